"""A becak-motor and andong (horse-cart) ride app "Tumpakan" for Yogyakarta's old town (the
user rides to the market, the palace quarter and Malioboro). Unlike the ride-hailing and taxi
apps of earlier sets (taxi 131, trotro 147, sakay 142, habal 104), the drivers wait at named
stands, a fare is haggled in the app (offer and counter-offer), an andong is booked by the hour
for a palace-quarter tour, a becak is hired for the school run by the month and the ride's
route is shared with her husband. Keys are English with Indonesian values."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    EMAIL_UPPER,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families150_kit import (
    HUSBAND,
    KRATON_AT,
    MALIOBORO_FIX,
    SCHOOL,
    SON,
    STAND,
    YK_HOME,
    YK_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families150_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    tn_event,
    tn_launch,
)
from eval_families150_svc import (
    mm_geocode,
    mm_route,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, U, case

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))
FIT, NATID = "health.fitness", "personal.national_id"

APP = App("tumpakan", "Tumpakan", "com.example.tumpakan", "5.4.0",
          "https://api.tumpakan.example.com")
IID = "X-Tumpakan-Install"
PW = "Becak!Kotagede91"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="id", **{"how": "upper", **kw})


def tumpakan() -> list[Case]:
    rng = random.Random(15021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), rider=L(USER_ID, UID)))}
    hla, hlo = fix(YK_HOME_AT, 6)
    mla, mlo = fix(MALIOBORO_FIX, 6)
    ride = obj(rng, "rd")
    trip = "TP-26-0093318"
    rcpt = at_path(case(f, f"{a}/v2/trips/{trip}/receipt", headers=_h(rng, **b)), trip, BUY)
    lab: dict[str, str] = {}
    track = pb([(1, ride), (2, [(1, L(MALIOBORO_FIX[0], PRECISE)),
                                (2, L(MALIOBORO_FIX[1], PRECISE)), (3, 8.0)]),
                (3, 1767330000), (4, L(USER_ID, UID))], "", lab)
    return [
        case(f, f"{a}/v2/riders", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "lang": L("id", DEV)}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "tumpakan-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/places/saved", headers=_h(rng, **b), body={
            "label": "Rumah", "address": L(YK_HOME["line"], ADDR),
            "area": L(YK_HOME["town"], COARSE), "lat": hla, "lng": hlo}),
        case(f, f"{a}/v2/stands/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{YK_HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{YK_HOME_AT[1]:.4f}", PRECISE),
            "type": "becak_motor"}),
        case(f, f"{a}/v2/rides/quote", headers=_h(rng, **b), body={
            "pickup": {"lat": hla, "lng": hlo}, "dropoff": {"lat": mla, "lng": mlo},
            "vehicle": "becak_motor", "stand": STAND["id"]}),
        case(f, f"{a}/v2/rides/offer", fmt="form", headers=_h(rng, **b), body={
            "ride": ride, "offer": L("25000", BUY), "note": L("Lewat Pasar Kotagede ya pak",
                                                            TEXT)}),
        case(f, f"{a}/v2/rides", headers=_h(rng, **b), body={
            "ride": ride, "rider": L(USER_ID, UID), "fare": L(30000, BUY), "pay": "cash",
            "pickup": {"lat": hla, "lng": hlo, "address": L(YK_HOME["line"], ADDR)},
            "dropoff": {"lat": mla, "lng": mlo, "name": L("Pasar Beringharjo", SEARCH)}}),
        raw(f, f"{a}/v2/rides/{ride}/track", track, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/rides/{ride}/share", headers=_h(rng, **b), body={
            "to": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "link": U("https://tumpakan.example.com/t", {"r": ride, "u": L(USER_ID, UID)})}),
        case(f, f"{a}/v2/rides/{ride}/rate", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "comment": L("Pak sopirnya ramah, becaknya bersih", TEXT)}),
        rcpt,
        case(f, f"{a}/v2/andong/bookings", headers=_h(rng, **b), body={
            "rider": L(USER_ID, UID), "hours": 2, "start": "2026-01-17T08:00:00+07:00",
            "from": {"lat": KRATON_AT[0], "lng": KRATON_AT[1], "name": "Alun-alun Utara"},
            "pax": 3, "total": L(150000, BUY), "booking": L("AN-26-00412", BUY),
            "note": L("Dengan suami dan anak umur 8 tahun", TEXT)}),
        case(f, f"{a}/v2/subscriptions/school-run", headers=_h(rng, **b), body={
            "rider": L(USER_ID, UID), "child": L(SON["first"], NAMEC),
            "pickup": {"lat": hla, "lng": hlo}, "school": SCHOOL["name"],
            "monthly": L(450000, BUY), "days": ["mon", "tue", "wed", "thu", "fri", "sat"]}),
        case(f, f"{a}/v2/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("100000", BUY), "method": L(opaque(rng, "pm_", 20), PAY),
            "phone": L(E164, TEL)}),
        case(f, f"{a}/v2/history", headers=_h(rng, how="none"), query={"page": "1"},
             cookies={"tp_sess": L(opaque(rng, "", 36), CRED), "tp_uid": L(USER_ID, UID)}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("gudeg Wijilan", SEARCH), "near": L(f"{YK_HOME_AT[0]:.3f},{YK_HOME_AT[1]:.3f}",
                                                      PRECISE)}),
        case(f, f"{a}/v2/rides/{ride}/sos", headers=_h(rng, **b), body={
            "rider": L(USER_ID, UID), "at": {"lat": mla, "lng": mlo},
            "contact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/promos/redeem", fmt="form", headers=_h(rng, **b), body={
            "code": "JOGJA26", "rider": L(USER_ID, UID)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("ride_booked", 1), ev("offer_sent", 2),
                ev("screen", 3, screen=L("Map", USAGE))]}),
    ]


def tumpakan_sdks() -> list[Case]:
    rng = random.Random(15022)
    return [
        tn_launch(APP, rng, first=True),
        tn_launch(APP, rng, user=True, n=14),
        tn_event(APP, rng, "ride_completed", {"vehicle": "becak_motor"}, revenue=30000.0,
                 hashed=True),
        mc_batch(APP, rng, [("Ride Booked", {"fare": L(30000, BUY)}),
                            ("Map Opened", {})], at=YK_HOME_AT, nd=3, adid=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=MALIOBORO_FIX, nd=3),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        bf_notice(APP, rng),
        mm_route(APP, rng, [(YK_HOME_AT, PRECISE), (MALIOBORO_FIX, PRECISE)]),
        mm_telemetry(APP, rng, [YK_HOME_AT, MALIOBORO_FIX], PRECISE),
        mm_geocode(APP, rng, "Pasar Beringharjo", SEARCH, near=YK_HOME_AT, nd=3),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "stand list empty"),
                 [cd_crumb("nav", "Map -> Quote")], screen="QuoteActivity"),
        pt_register(APP, rng, tags={"vehicle": "becak"}, at=YK_HOME_AT, nd=2, lang="id"),
    ]
