"""Valletta ferry-and-bus card and local-council app "Vapuretta" (its API's keys are Maltese;
she is on a year's posting in Valletta): sign-up with her identity card, a log-in, ``/me``, the
card linked, its balance by number in the path, a top-up, journeys, a ferry ticket, stops near
her, arrivals, a trip plan, a protobuf ferry tap, offline taps in msgpack, a resident's concession
with the card's photo, council services (a pothole with a photo, a bulky-refuse collection, a
residence certificate, the newsletter, events by cookie), a search, favourites, feedback, push
and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
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
    raw,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families85_kit import (
    CARD_NO,
    COUNCIL,
    LANDING,
    MT_HOME,
    MT_HOME_AT,
    MT_ID,
    POTHOLE_AT,
    SLIEMA,
    STOPS,
    fix,
    obj,
)
from eval_families85_sdk import (
    gb_batch,
    gb_identify,
    lz_event,
    lz_launch,
    pz_bid,
    xk_crash,
    xk_crumb,
)
from eval_families85_svc import (
    bj_save,
    dg_register,
    fp_card,
    fp_confirm,
    gm_reverse,
    kz_message,
    mj_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vapuretta", "Vapuretta", "com.example.vapuretta", "4.2.1",
          "https://api.vapuretta.example.com")
IID = "X-Vapuretta-Device"
PW = "Bajja-Kalma-42"
LANG = {"Accept-Language": L("en-MT,mt;q=0.8,en-US;q=0.6", DEV)}


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = dict(LANG, **kw.pop("extra", {}))
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def _addr() -> dict[str, Any]:
    return {"triq": L(MT_HOME["triq"], ADDR), "flat": L(MT_HOME["flat"], ADDR),
            "lokalita": L(MT_HOME["lokalita"], COARSE),
            "kodici_postali": L(MT_HOME["kodici_postali"], COARSE)}


def vapuretta() -> list[Case]:
    rng = random.Random(8511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), karta=L(CARD_NO, UID)))}
    hla, hlo = fix(MT_HOME_AT, 4)
    pla, plo = fix(POTHOLE_AT, 6)
    lab: dict[str, str] = {}
    tap = pb([(1, L(USER_ID, UID)), (2, L(CARD_NO, UID)), (3, LANDING["id"]),
              (4, [(1, L(35.896731, PRECISE)), (2, L(14.517188, PRECISE))]),
              (5, 1765318800), (6, L(2.8, BUY))], "", lab)
    bal = case(f, f"{a}/v1/karti/{CARD_NO}/bilanc", headers=_h(rng, **b))
    taps = [{"stop": s, "ts": 1765290000 + 1800 * i, "tariffa": L(1.5, BUY)}
            for i, s in enumerate(STOPS[:3])]
    return [
        case(f, f"{a}/v1/utenti", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "kunjom": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "password": L(PW, CRED),
            "data_tat_twelid": L("17/05/1991", "personal.birthdate"),
            "numru_tal_karta_tal_identita": L(MT_ID, NATID), "indirizz": _addr(),
            "lingwa": L("en", DEV), "newsletter": False}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "client": "android"}),
        case(f, f"{a}/v1/jien", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/karti", headers=_h(rng, **b), body={
            "numru_tal_karta": L(CARD_NO, UID), "tip": "residenti", "isem_fuq_il_karta":
            L(f"{FIRST} {LAST}", NAMEC)}),
        at_path(bal, CARD_NO, UID),
        case(f, f"{a}/v1/karti/topup", headers=_h(rng, **b), body={
            "karta": L(CARD_NO, UID), "ammont": L("15.00", BUY), "munita": "EUR",
            "metodu": L(opaque(rng, "pm_", 24), PAY), "request_id": obj(rng, "rq", 12)}),
        case(f, f"{a}/v1/vjaggi", headers=_h(rng, **b), query={
            "karta": L(CARD_NO, UID), "minn": "2025-12-01", "sa": "2025-12-09", "pagna": "1"}),
        case(f, f"{a}/v1/biljetti/vapur", headers=_h(rng, **b), body={
            "rotta": f"{LANDING['id']}>{SLIEMA['id']}", "passiggieri": 1,
            "prezz": L("2.80", BUY), "tluq": "2025-12-10T08:15",
            "utent": L(USER_ID, UID)}),
        case(f, f"{a}/v1/waqfiet/qrib", headers=_h(rng, **b), query={
            "lat": hla, "lon": hlo, "radju": "400"}),
        case(f, f"{a}/v1/waqfiet/{STOPS[0]}/wasliet", headers=_h(rng, how="upper")),
        case(f, f"{a}/v1/pjan", headers=_h(rng, **b), body={
            "minn": {"lat": L(35.898377, PRECISE), "lon": L(14.512951, PRECISE)},
            "sa": {"id": SLIEMA["id"], "lat": SLIEMA["lat"], "lon": SLIEMA["lon"]},
            "hin": "2025-12-10T08:00", "modi": ["bus", "vapur"]}),
        raw(f, f"{a}/v1/vapur/tap", tap, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/karti/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "karta": L(CARD_NO, UID), "device": L(INSTALL_ID, DID), "taps": taps}),
        multipart(f, f"{a}/v1/koncessjonijiet", [
            ("karta_id", "id_front.jpg", "image/jpeg", L(JPEG + b"\x85", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "numru_tal_karta_tal_identita": L(MT_ID, NATID), "tip": "residenti",
                "isem": L(FIRST, NAMEC), "kunjom": L(LAST, NAMEC)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/kunsill/rapporti", [
            ("ritratt", "hofra.jpg", "image/jpeg", L(JPEG + b"\x86", MEDIA)),
            ("rapport", None, "application/json", {
                "kategorija": "triq", "kunsill": COUNCIL["id"],
                "deskrizzjoni": L("Deep pothole outside number 31, scooters keep swerving",
                                  TEXT), "lat": pla, "lon": plo, "precizjoni_m": 6})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kunsill/skart-goff", fmt="form", headers=_h(rng, **b), body={
            "triq": L(MT_HOME["triq"], ADDR), "lokalita": L("Valletta", COARSE),
            "telefon": L("+1 555 010 0199", TEL), "oggetti": L("old mattress and a bedside "
                                                               "table", TEXT),
            "data": "2025-12-15", "kunsill": COUNCIL["id"]}),
        case(f, f"{a}/v1/kunsill/certifikat-residenza", headers=_h(rng, **b), body={
            "isem": L(FIRST, NAMEC), "kunjom": L(LAST, NAMEC),
            "numru_tal_karta_tal_identita": L(MT_ID, NATID), "indirizz": _addr(),
            "skop": L("to register with a GP in Valletta", TEXT), "tariffa": L("5.00", BUY)}),
        case(f, f"{a}/v1/kunsill/newsletter", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL.upper(), MAIL), "lokalita": L("Valletta", COARSE), "lingwa": "en"}),
        case(f, f"{a}/v1/kunsill/avvenimenti", headers=_h(rng, how="none"),
             query={"kunsill": COUNCIL["id"], "xahar": "2025-12"},
             cookies={"vp_sess": L(opaque(rng, "", 40), CRED), "vp_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/fittex", headers=_h(rng, **b), query={
            "q": L("ferry to Three Cities", SEARCH), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/favoriti", headers=_h(rng, **b), body={
            "postijiet": [{"isem": "Dar", "lat": L(35.89841, PRECISE),
                           "lon": L(14.51291, PRECISE)},
                          {"isem": "Sliema ferry", "waqfa": SLIEMA["id"]}],
            "waqfiet": STOPS[:2]}),
        case(f, f"{a}/v1/feedback", headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "rating": 2, "vjagg": obj(rng, "vj", 10),
            "kumment": L("The 08:15 ferry left five minutes early and my card was charged "
                         "twice", TEXT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "mudell": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "locale": L("en_MT", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "events": [
                ev("card_topped_up", 1, amount=15), ev("ferry_ticket", 2),
                ev("screen", 3, screen=L("JourneyPlanner", USAGE))]}),
    ]


def vapuretta_sdks() -> list[Case]:
    rng = random.Random(8512)
    return [
        gb_batch(APP, rng, [("Card Topped Up", {"amount": L(15.0, BUY)}),
                            ("Ferry Ticket Bought", {"route": "VLT-SLM"})],
                 at=MT_HOME_AT, nd=2),
        gb_identify(APP, rng, {"locality": L("Valletta", COARSE), "card_type": "resident",
                               "email": L(EMAIL, MAIL)}),
        lz_launch(APP, rng, first=True),
        lz_event(APP, rng, "topup", {"card_type": "resident"}, revenue=15.0, hashed=True),
        pz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        xk_crash(APP, rng, ("java.lang.NullPointerException", "stop.arrivals is null"),
                 [xk_crumb("nav", "Home -> Arrivals"),
                  xk_crumb("net", "GET /v1/waqfiet", {"status": 200})],
                 screen="ArrivalsActivity"),
        mj_eval(APP, rng, {"locality": L("Valletta", COARSE), "ferryBeta": True}, hdr=True),
        dg_register(APP, rng, tags={"route_alerts": "VLT-SLM"}),
        bj_save(APP, rng, {"analytics": True, "advertising": True}),
        fp_card(APP, rng, postcode=L(MT_HOME["kodici_postali"], COARSE)),
        fp_confirm(APP, rng, "15.00"),
        gm_reverse(APP, rng, POTHOLE_AT, PRECISE),
        kz_message(APP, rng, L("My card was charged twice for the 08:15 ferry", TEXT),
                   {"card": L(CARD_NO, UID)}),
    ]
