"""A road-bowling (Bosseln) team league app "Kloottrupp" (village teams throw a ball along
country roads in winter; the league's app keeps the fixtures, the throws and the kale outings
(Kohlfahrt) that end at an inn; its API's keys are Saterland Frisian, snake_case:
``foarnoome``, ``tounoome``, ``handy``, ``paaswoud``, ``gebuurtsdai``, ``geslacht``, ``oard``,
``trupp`` team, ``spielerpass`` player licence, ``smiete`` throws, ``wiedte`` distance,
``runde`` round, ``steede``, ``breedte``/``lengte``, ``koolfoart`` kale outing, ``persoonen``,
``bedraach``, ``betoalenge``, ``laaste_fjauwer``, ``uunfal`` accident, ``ferlet`` injury,
``mitfoart`` ride share, ``ouhoalje_adresse`` pick-up address, ``naricht``, ``saike``): sign-up,
a log-in, ``/ik``, the fixtures, her throws with her fixes, a protobuf round beat, the round
closed, a kale outing booked at the inn, its payment, her statistics by licence in the path, a
team photo, the team chat, an accident report (her ankle), a search, a ride share from her
house, an offline throw queue (msgpack), the table by cookie, push, events and a refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families282_kit import (
    COURSE_START,
    HOME,
    HUSBAND,
    INN,
    PLAYER,
    THROW_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families282_sdk import (
    bk_bid,
    bk_notice,
    ct_crash,
    ct_crumb,
    ct_session,
    mr_batch,
    mr_queue,
    ts_event,
    ts_launch,
    ts_link,
)
from eval_families282_svc import ms_reverse, ms_telemetry, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kloottrupp", "Kloottrupp", "com.example.kloottrupp", "4.1.0",
          "https://api.kloottrupp.example.com")
IID = "X-Kloot-Device"
PW = "Kool&Pinkel2026"
OUTING = "KF-26-0214"  # the kale outing booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _throws(n: int) -> list[dict[str, Any]]:
    return [{"nr": i + 1, "wiedte": 62 + 7 * i,
             "breedte": L(round(THROW_FIX[0] + 0.00052 * i, 6), PRECISE),
             "lengte": L(round(THROW_FIX[1] - 0.00081 * i, 6), PRECISE)} for i in range(n)]


def kloottrupp() -> list[Case]:
    rng = random.Random(28261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, spielerpass=L(PLAYER, UID), email=L(EMAIL, MAIL)))}
    rnd = obj(rng, "rd")
    lab: dict[str, str] = {}
    beat = pb([(1, L(PLAYER, UID)), (2, rnd), (3, 1770480000),
               (4, [(1, L(THROW_FIX[0], PRECISE)), (2, L(THROW_FIX[1], PRECISE)), (3, 5.0)]),
               (5, L(38, DEV))], "", lab)
    stats = at_path(case(f, f"{a}/v1/spieler/{PLAYER}/statistik", headers=_h(rng, **b),
                         query={"saison": "2025-26"}), PLAYER, UID)
    tla, tlo = fix(THROW_FIX, 5)
    return [
        case(f, f"{a}/v1/spieler", headers=_h(rng), body={
            "foarnoome": L(FIRST, NAMEC), "tounoome": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "handy": L(E164, TEL), "paaswoud": L(PW, CRED),
            "gebuurtsdai": L(DOB, BIRTH), "geslacht": L("w", GENDER),
            "oard": L(HOME["town"], COARSE), "trupp": "tr_kloot_wiefke_rmsl",
            "spielerpass": L(PLAYER, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "paaswoud": L(PW, CRED), "apparoat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ik", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/spielplan", headers=_h(rng, **b), query={
            "liga": "kreisliga-frauen", "saison": "2025-26", "trupp": "tr_kloot_wiefke_rmsl"}),
        case(f, f"{a}/v1/runde/{rnd}/smiete", headers=_h(rng, **b), body={
            "spielerpass": L(PLAYER, UID), "smiete": _throws(4),
            "start": {"breedte": COURSE_START[0], "lengte": COURSE_START[1]}}),
        raw(f, f"{a}/v1/runde/{rnd}/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/runde/{rnd}/ouslutje", fmt="form", headers=_h(rng, **b), body={
            "smiete_totoal": "41", "schoet": "2", "breedte": tla, "lengte": tlo}),
        case(f, f"{a}/v1/koolfoart", headers=_h(rng, **b), body={
            "gasthof": INN["id"], "dai": "2026-02-14", "persoonen": 18,
            "meenu": "gruenkohl_pinkel", "bedraach": L(414, BUY), "buukenge": L(OUTING, BUY),
            "kontakt": {"noome": L(f"{FIRST} {LAST}", NAMEC), "handy": L(E164, TEL)}}),
        case(f, f"{a}/v1/betoalenge", fmt="form", headers=_h(rng, **b), body={
            "buukenge": L(OUTING, BUY), "bedraach": L("100.00", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "laaste_fjauwer": L("4444", PAY)}),
        stats,
        multipart(f, f"{a}/v1/fotos", [
            ("foto", "bollerwagen.jpg", "image/jpeg", L(JPEG + b"\xd4", MEDIA)),
            ("meta", None, "application/json", {
                "trupp": "tr_kloot_wiefke_rmsl",
                "unnerschrift": L("Our team with the handcart before the kale dinner", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trupp/chat", headers=_h(rng, **b), body={
            "trupp": "tr_kloot_wiefke_rmsl",
            "tekst": L("Hinnerk brings the handcart, I bring the schnapps and the gloves.", TEXT)}),
        case(f, f"{a}/v1/uunfal", headers=_h(rng, **b), body={
            "spielerpass": L(PLAYER, UID), "dai": "2026-01-24",
            "ferlet": L("sprained left ankle", MED),
            "beschrieuwenge": L("Slipped into the ditch fetching the ball, ankle swollen, "
                                "x-ray at the hospital in Friesoythe", f"{TEXT}|{MED}"),
            "steede": {"breedte": tla, "lengte": tlo}}),
        case(f, f"{a}/v1/saike", headers=_h(rng, **b), query={
            "saike": L("kohlfahrt gasthof altenoythe", SEARCH)}),
        case(f, f"{a}/v1/mitfoart", headers=_h(rng, **b), body={
            "runde": rnd, "ouhoalje_adresse": L(f"{HOME['line']}, {HOME['town']}", ADDR),
            "sitte": 3, "fierer": {"noome": L(HUSBAND[0], NAMEC), "handy": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/runde/{rnd}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "spielerpass": L(PLAYER, UID), "smiete": _throws(3)}),
        case(f, f"{a}/v1/tabelle", headers=_h(rng, how="none"), cookies={
            "kt_sesjoon": L(opaque(rng, "", 40), CRED), "kt_device": L(INSTALL_ID, DID),
            "kt_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/evente", gz=True, headers=_h(rng, **b), body={
            "bruker": L(USER_ID, UID), "evente": [
                ev("smiet_fastholden", 1, antal=4), ev("skirm", 2, skirm=L("Runde", USAGE))]}),
        case(f, f"{a}/v1/token/fernje", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparoat": L(INSTALL_ID, DID)}),
    ]


def kloottrupp_sdks() -> list[Case]:
    rng = random.Random(28262)
    link = U("https://kloottrupp.example.com/i", {"koolfoart": L(OUTING, BUY), "ref": "mail",
                                                  "em": L(EMAIL, MAIL)})
    return [
        mr_batch(APP, rng, [("Throw Logged", {"distance": 62}), ("Round Closed", {})],
                 at=THROW_FIX, nd=3),
        mr_queue(APP, rng, [("Throw Logged", {"distance": 69}), ("Photo Added", {})]),
        ts_launch(APP, rng, first=True),
        ts_link(APP, rng, link),
        ts_event(APP, rng, "purchase", {"koolfoart": L(OUTING, BUY)}, revenue=414.0,
                 hashed=True),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=THROW_FIX, nd=2,
               keywords="bosseln,kohlfahrt,winter"),
        bk_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalArgumentException", "negative distance"),
                 [ct_crumb("nav", "Runde -> Smiet")], screen="ThrowActivity"),
        ct_session(APP, rng, secs=3120),
        ms_telemetry(APP, rng, [THROW_FIX, (53.041749, 7.838794)], PRECISE),
        ms_reverse(APP, rng, THROW_FIX, PRECISE, nd=4),
        pg_register(APP, rng, tags={"trupp": "tr_kloot_wiefke_rmsl"}),
    ]
