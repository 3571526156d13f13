"""A Lagan small-boat app "Ongts" (``ongts`` boat): the family's motor boat's registry and the
notices a skipper files before going out to sea on the Caspian, a border zone (crew and their
documents, departure and return, the track), plus catches, fuel, insurance and the mooring fee.
Its API's keys are Kalmyk in Latin letters with Russian loans: ``nern`` name, ``ovg`` surname,
``utsn`` phone, ``el_bichg`` e-mail, ``nuuts_ug`` password, ``kod`` code, ``torsn_odr`` birth
date, ``haig`` address, ``balhsn`` town, ``ezd`` owners, ``ongts`` boat, ``reg_too``
registration number, ``kapitan`` skipper, ``ekipazh`` crew, ``pasport`` / ``vnzh`` documents,
``nasn`` age, ``dalad_harh`` going out to sea, ``harh`` departure, ``irh`` return, ``hil_haruul``
border guard, ``hazr`` place, ``zagsn`` fish, ``dong`` help, ``ovchn`` illness, ``salhn``
wind, ``tulsh`` fuel, ``litr`` litres, ``mongn`` amount, ``tolvr`` payment, ``strahovk``
insurance, ``stoyank`` mooring, ``bichg`` message, ``zurg`` photo, ``haah`` search; ``token``,
``id``, ``lat``/``lon`` as they are. Sign-up (her residence permit and skipper's certificate),
an SMS code, ``/bi``, the boat registered, its papers, a sea-exit notice (crew with passports
and the child's age), the departure at the berth, a protobuf beat at sea, an offline track
(msgpack), a catch, an emergency contact, the return (5-decimal strings), the wind at 2
decimals, fuel, notices by skipper number in the path, a message to the border post, the
insurance, documents by cookie, the mooring fee, a search, push and events. Set 154 has a
mooring association and set 171 an ice-fishing safety app; Ongts is the regulatory sea-exit
notice of a border zone with the boat registry (no earlier set has one: a docstring grep for
"sea exit", "border zone" and "boat registr" found only set 117's mountain permit)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families202_kit import (
    BOAT,
    BROTHER_IL,
    DAUGHTER,
    HUSBAND,
    LAGAN,
    LAGAN_AT,
    MIR,
    PASSPORT,
    POST,
    RESIDENCE,
    SEA_FIX,
    SKIPPER,
    fix,
    hd,
    obj,
    push,
)
from eval_families202_sdk import (
    bk_bid,
    bk_notice,
    ct_session,
    md_batch,
    md_queue,
    tm_launch,
    tm_link,
)
from eval_families202_svc import ft_eval, mk_reverse, mk_telemetry, pg_card, pg_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("ongts", "Ongts", "com.example.ongts", "2.2.7", "https://api.ongts.example.com")
IID = "X-Ongts-Device"
PW = "Kaspi$Lagan26"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
BERTH = (45.385017, 47.389422)  # her phone at the family's berth in the Lagan canal
NOTICE = "LG-2026-07-1183"  # the sea-exit notice (a negative: the post's reference)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, xal=True, **kw)


def ongts() -> list[Case]:
    rng = random.Random(20271)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kapitan=L(SKIPPER, UID), utsn=L(E164, TEL)))}
    bla, blo = fix(BERTH, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SKIPPER, UID)), (2, NOTICE), (3, 1783054800),
               (4, [(1, L(SEA_FIX[0], PRECISE)), (2, L(SEA_FIX[1], PRECISE)), (3, 14.5)]),
               (5, L(52, DEV))], "", lab)
    notices = at_path(case(f, f"{a}/api/kapitan/{SKIPPER}/notices", headers=_h(rng, **b),
                           query={"sar": "2026-07"}), SKIPPER, UID)
    return [
        case(f, f"{a}/api/burtkl", headers=_h(rng), body={
            "nern": L(FIRST, NAMEC), "ovg": L(LAST, NAMEC), "utsn": L(E164, TEL),
            "el_bichg": L(EMAIL, MAIL), "nuuts_ug": L(PW, CRED), "torsn_odr": L(DOB, BIRTH),
            "vnzh": L(RESIDENCE, NID), "kapitan": L(SKIPPER, UID),
            "haig": L(LAGAN["line"], ADDR), "balhsn": L(LAGAN["town"], COARSE)}),
        case(f, f"{a}/api/orh/sms", fmt="form", headers=_h(rng), body={
            "utsn": L(E164, TEL), "kod": L("614390", CRED)}),
        case(f, f"{a}/api/bi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ongts", headers=_h(rng, **b), body={
            "reg_too": BOAT["reg"], "nern": BOAT["name"], "motor": BOAT["engine"], "urtn": 4.6,
            "ezd": [{"nern": L(f"{FIRST} {LAST}", NAMEC), "kapitan": L(SKIPPER, UID)},
                    {"nern": L(BROTHER_IL[0], NAMEC), "utsn": L(BROTHER_IL[1], TEL)}]}),
        multipart(f, f"{a}/api/ongts/docs", [
            ("zurg", "bilet.jpg", "image/jpeg", L(JPEG + b"\x4f", MEDIA)),
            ("meta", None, "application/json", {"reg_too": BOAT["reg"], "torl": "sudovoy"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/dalad_harh", headers=_h(rng, **b), body={
            "notice": NOTICE, "reg_too": BOAT["reg"], "kapitan": L(SKIPPER, UID),
            "ekipazh": [{"nern": L(f"{FIRST} {LAST}", NAMEC), "pasport": L(PASSPORT, NID)},
                        {"nern": L(BROTHER_IL[0], NAMEC), "pasport": L("8509 552731", NID)},
                        {"nern": L(KID, NAMEC), "nasn": L(9, BIRTH)}],
            "harh": "2026-07-04T05:00", "irh": "2026-07-04T13:00", "raion": "LG-3",
            "hil_haruul": POST["id"]}),
        case(f, f"{a}/api/harh", headers=_h(rng, **b), body={
            "notice": NOTICE, "hazr": {"lat": bla, "lon": blo},
            "post": {"id": POST["id"], "lat": POST["lat"], "lon": POST["lon"]}}),
        raw(f, f"{a}/api/dala/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/dala/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID),
            "hazrs": [{"lat": L(round(SEA_FIX[0] + 0.0031 * i, 6), PRECISE),
                       "lon": L(round(SEA_FIX[1] + 0.0042 * i, 6), PRECISE),
                       "t": 1783055100 + 300 * i} for i in range(3)]}),
        case(f, f"{a}/api/zagsn", headers=_h(rng, **b), body={
            "notice": NOTICE, "zagsn": [{"torl": "sudak", "kg": 6.2}, {"torl": "vobla", "kg": 3}],
            "hazr": {"lat": L(round(SEA_FIX[0], 3), PRECISE),
                     "lon": L(round(SEA_FIX[1], 3), PRECISE)}}),
        case(f, f"{a}/api/dong/kontakt", headers=_h(rng, **b), body={
            "nern": L(HUSBAND[0], NAMEC), "utsn": L(HUSBAND[1], TEL),
            "ovchn": L("dalad bolhla tolgam ergdg, dramina avch yovna", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/irh", fmt="form", headers=_h(rng, **b), body={
            "notice": NOTICE, "status": "irv", "lat": L(f"{BERTH[0]:.5f}", PRECISE),
            "lon": L(f"{BERTH[1]:.5f}", PRECISE)}),
        case(f, f"{a}/api/salhn", headers=_h(rng, **b), query={
            "lat": L(f"{LAGAN_AT[0]:.2f}", COARSE), "lon": L(f"{LAGAN_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/tulsh", fmt="form", headers=_h(rng, **b), body={
            "litr": "40", "mongn": L("2480.00", BUY), "kartin_suul": L(MIR[-4:], PAY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "azs": "azs_lagan_2"}),
        notices,
        case(f, f"{a}/api/hil_haruul/bichg", headers=_h(rng, **b), body={
            "to": POST["id"], "notice": NOTICE,
            "bichg": L("Bi Mergen Erdnievla hamdan 14.00 ta irnavidn, salhn ikh", f"{TEXT}|"
                       f"{NAMEC}")}),
        case(f, f"{a}/api/strahovk", headers=_h(rng, **b), body={
            "reg_too": BOAT["reg"], "strahovk": L("OSG-2026-448120", BUY),
            "mongn": L(3900, BUY), "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/docs", headers=_h(rng, how="none"), cookies={
            "on_sess": L(opaque(rng, "", 40), CRED), "on_dev": L(INSTALL_ID, DID),
            "on_req": rid(rng)}),
        case(f, f"{a}/api/stoyank/tolvr", fmt="form", headers=_h(rng, **b), body={
            "berth": "kanal-17", "sar": "2026-07", "mongn": L("1500", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "zakaz": obj(rng, "mf")}),
        case(f, f"{a}/api/haah", headers=_h(rng, **b), query={
            "haah": L("sudak bolhn hazr lagan kanal", SEARCH)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("dalad_harh", 1), ev("screen", 2, screen=L("Dala", USAGE))]}),
    ]


def ongts_sdks() -> list[Case]:
    rng = random.Random(20272)
    link = U("https://ongts.example.com/n", {"notice": NOTICE, "ref": "sms",
                                            "em": L(EMAIL, MAIL)})
    return [
        md_batch(APP, rng, [("Notice Filed", {"crew": 3}), ("Returned", {})],
                 at=SEA_FIX, nd=3),
        md_queue(APP, rng, [("Sea Beat", {"kn": 14}), ("Catch Logged", {"kg": 9.2})]),
        tm_launch(APP, rng, first=True),
        tm_link(APP, rng, link),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=LAGAN_AT, nd=2,
               keywords="fishing,boats,caspian"),
        bk_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=1930),
        ft_eval(APP, rng, {"balhsn": L("Lagan", COARSE), "role": "kapitan"}),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "2480.00"),
        mk_reverse(APP, rng, SEA_FIX, PRECISE, nd=4),
        mk_telemetry(APP, rng, [SEA_FIX, BERTH], PRECISE),
    ]
