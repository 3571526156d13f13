"""A lionfish derby and fillet-market app "Hanou Derby" (``hanou`` is the Garifuna name of the
trigger fish; the fisheries office's yearly derby pays teams that spear the invasive lionfish on
the reef off Dangriga, and sells the fillets to restaurants): an English API with Garifuna
words: ``iri`` / ``apeyidu`` name and surname, ``telefon``, ``usteragule`` birth date,
``ugunei`` dory (the boat), ``barana`` sea, ``posishan`` position, ``weyu`` day, ``sensu``
amount, ``presiu`` price, ``akaunt`` bank account, ``mesij`` message, ``busca`` search. She is
a registered diver on her husband's team: sign-up (her dive certification), a log-in, ``/me``,
the team, the entry fee, the waiver signature, the trip start with her fix at the pier, a
protobuf catch beat over the reef, an offline catch queue (msgpack), a catch photo, the
weigh-in, a sting report, a fillet listing, an order accepted, sales by diver number, the
payout account, the leaderboard by cookie, a message to the organisers, a recipe search, push
and events. New: "lionfish", "derby", "spearfish" and "fishing tournament" matched no docstring
(an earlier set hosts a brown-tree-snake trap for an invasive-species desk: a trap, not a
spearfishing derby with sales)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families252_kit import (
    BZ_ACCOUNT,
    DIVER,
    HUSBAND,
    REEF_FIX,
    TEAM,
    WEIGH,
    fix,
    hd,
    obj,
    push,
)
from eval_families252_sdk import (
    bg_bid,
    cm_crash,
    cm_crumb,
    cm_session,
    mh_batch,
    mh_queue,
    tp_event,
    tp_launch,
)
from eval_families252_svc import cg_card, cg_confirm, mp_route, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hanouderby", "Hanou Derby", "com.example.hanouderby", "2.0.3",
          "https://api.hanouderby.example.net")
IID = "X-HD-Install"
PW = "Pterois$Reef2026"
CERT = "OWD-24-771903"  # her open-water diver certification number (id.user, see the calls)
PIER_FIX = (16.969588, -88.218432)  # her phone at the pier, leaving (precise)
ORDER = "HDM-5521"  # a restaurant's order of her fillets (her sale: financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def hanou() -> list[Case]:
    rng = random.Random(25251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), diver=L(DIVER, UID),
                                    team=TEAM))}
    pla, plo = fix(PIER_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(DIVER, UID)), (2, TEAM), (3, 1774170000),
               (4, [(1, L(REEF_FIX[0], PRECISE)), (2, L(REEF_FIX[1], PRECISE)), (3, 14.5)]),
               (5, 9), (6, L(63, DEV))], "", lab)
    return [
        case(f, f"{a}/v1/divers", headers=_h(rng), body={
            "iri": L(FIRST, NAMEC), "apeyidu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "password": L(PW, CRED), "usteragule": L(DOB, BIRTH),
            "certification": {"level": "open-water", "number": L(CERT, UID)},
            "diver": L(DIVER, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/teams", headers=_h(rng, **b), body={
            "team": TEAM, "ugunei": "Garawon II", "ugunei_reg": "SC-F-0412",
            "captain": {"iri": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "divers": [L(f"{FIRST} {LAST}", NAMEC), L("Jerome Nunez", NAMEC)],
            "fee": L(150, BUY)}),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "team": TEAM, "sensu": L("150.00", BUY), "currency": "BZD",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/waiver", [
            ("signature", "waiver.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("form", None, "application/json", {"diver": L(DIVER, UID), "form": "derby_2026",
                                                "signedBy": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/start", headers=_h(rng, **b), body={
            "team": TEAM, "ugunei": "Garawon II", "weyu": "2026-03-22T05:50",
            "posishan": {"lat": pla, "lng": plo},
            "station": {"id": WEIGH["id"], "lat": WEIGH["lat"], "lng": WEIGH["lon"]}}),
        raw(f, f"{a}/v1/catch/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/catch/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "diver": L(DIVER, UID),
            "fish": [{"mm": 312 + 17 * i, "depth_m": 11 + i,
                      "lat": L(round(REEF_FIX[0] + 0.0008 * i, 6), PRECISE),
                      "lng": L(round(REEF_FIX[1] - 0.0006 * i, 6), PRECISE)} for i in range(3)],
            "buoy": {"lat": 16.80102, "lng": -88.07511}}),
        multipart(f, f"{a}/v1/catch/photo", [
            ("photo", "biggest.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"diver": L(DIVER, UID), "mm": 382})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/weighin", headers=_h(rng, **b), body={
            "team": TEAM, "count": 64, "largest_mm": 382, "smallest_mm": 118,
            "station": WEIGH["id"], "ticket": obj(rng, "wi")}),
        case(f, f"{a}/v1/sting", headers=_h(rng, **b), body={
            "diver": L(DIVER, UID), "site": L("right thumb", MED),
            "treatment": L("hot water soak, ibuprofen", MED),
            "mesij": L("Spine went into my right thumb at the second dive, swelling up to the "
                       "wrist, soaked it in hot water on the boat", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/market/listing", headers=_h(rng, **b), body={
            "seller": L(DIVER, UID), "fillets_lb": 6.5, "presiu": 14.0, "frozen": False,
            "pickup": WEIGH["id"]}),
        case(f, f"{a}/v1/market/orders/{ORDER}/accept", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "buyer": "rs_0071", "total": L("91.00", BUY)}),
        case(f, f"{a}/v1/sales", headers=_h(rng, **b), query={
            "seller": L(DIVER, UID), "season": "2026"}),
        case(f, f"{a}/v1/payout/akaunt", headers=_h(rng, **b), body={
            "holder": L(f"{FIRST} {LAST}", NAMEC), "akaunt": L(BZ_ACCOUNT, PAY),
            "diver": L(DIVER, UID)}),
        case(f, f"{a}/v1/leaderboard", headers=_h(rng, how="none"), cookies={
            "hd_session": L(opaque(rng, "", 40), CRED), "hd_device": L(INSTALL_ID, DID),
            "hd_req": rid(rng)}),
        case(f, f"{a}/v1/mesij", headers=_h(rng, **b), body={
            "to": "derby_desk",
            "mesij": L("We come in late, engine trouble near the caye, call me on "
                       "+1 555 010 0199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/recipes", headers=_h(rng, **b), query={
            "busca": L("lionfish ceviche coconut", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("trip_started", 1), ev("screen", 2, screen=L("CatchLog", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def hanou_sdks() -> list[Case]:
    rng = random.Random(25252)
    return [
        mh_batch(APP, rng, [("Trip Started", {"team": TEAM}),
                            ("Catch Logged", {"count": 3})], at=REEF_FIX, nd=2),
        mh_queue(APP, rng, [("Catch Beat", {"depth": 14}), ("Weigh In", {})]),
        tp_launch(APP, rng),
        tp_event(APP, rng, "purchase", {"item": "entry-fee"}, revenue=150.0, hashed=True),
        bg_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=REEF_FIX, nd=3,
               keywords="fishing,diving,reef"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "gps lost"),
                 [cm_crumb("nav", "Trip -> CatchLog"), cm_crumb("log", "fix timeout 30s")],
                 screen="CatchLogActivity"),
        cm_session(APP, rng, secs=3120),
        pj_register(APP, rng, at=REEF_FIX, nd=2, tags={"team": TEAM, "role": "diver"}),
        cg_card(APP, rng),
        cg_confirm(APP, rng, "150.00"),
        mp_route(APP, rng, [((WEIGH["lat"], WEIGH["lon"]), None), (REEF_FIX, PRECISE)],
                 mode="boat"),
    ]
