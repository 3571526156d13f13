"""Cargo-tricycle ("motor king") hire app "Motorking Tam" (riders at Tamale's ranks carry loads
for hire: she books one to bring feed, crates and market shopping home, and once to Yendi).
Keys are Dagbani, ASCII-folded, with English: ``yuli`` name, ``dang_yuli`` surname, ``fon_nomba``
phone, ``soghisim`` password, ``kaya`` load, ``piligu`` pickup (start), ``naabu`` drop-off
(end), ``yaghili`` place, ``ligidi`` fare, ``yobu`` payment, ``chani`` trip (going),
``yeltogha`` message, ``dini_deeri`` receiver, ``yili`` home, ``bori`` lost, ``masini`` device,
``yela`` events: sign-up, an SMS code, ``/me``, riders near her (3 decimals), a fare quote from
her fix to home, the booking, the trip by number in the path, a live wait beat (protobuf), the
fare from her wallet, a tip and a review, saved places (home with its point), a message to the
rider, a delivery to her mother-in-law in Yendi, a lost item with a photo, route waypoints
(msgpack), an offline queue (JSON Lines), trips by cookie, a promo code, push, events and a
token refresh. Set 88 has a passenger keke app in Kano and set 199 an e-trike loan; this one
hires a cargo tricycle and its rider for goods."""

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
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families225_kit import (
    MARKET_AT,
    MOTHER_IL,
    RANK,
    RIDER,
    TML_HOME,
    TML_HOME_AT,
    TZ,
    WALLET,
    YENDI_AT,
    fix,
    hd,
)
from eval_families225_sdk import (
    ay_event,
    ay_launch,
    ay_link,
    bt_bid,
    bt_notice,
    ch_crash,
    ch_crumb,
    km_batch,
    km_identify,
)
from eval_families225_svc import md_geocode, md_reverse, md_route, md_telemetry, pg_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("motorking", "Motorking Tam", "com.example.motorkingtam", "4.0.7",
          "https://api.motorkingtam.example.com")
IID = "X-MK-Device"
PW = "Aboabo!load26"
TRIP = "MK-7730415"  # her booked trip (financial.purchase)
HER_AT = (9.401842, -0.844103)  # her phone at the market's yam gate


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def motorking() -> list[Case]:
    rng = random.Random(22551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), ninsala=L(USER_ID, UID)))}
    mla, mlo = fix(HER_AT)
    hla, hlo = fix(TML_HOME_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TRIP, BUY)), (2, [(1, L(HER_AT[0], PRECISE)), (2, L(HER_AT[1], PRECISE)),
                                       (3, 6.0)]),
               (3, 1768500000), (4, RIDER["id"]), (5, L(52, DEV))], "", lab)
    trip = at_path(case(f, f"{a}/v1/chani/{TRIP}", headers=_h(rng, **b)), TRIP, BUY)
    return [
        case(f, f"{a}/v1/ninsala", headers=_h(rng), body={
            "yuli": L(FIRST, NAMEC), "dang_yuli": L(LAST, NAMEC), "fon_nomba": L(E164, TEL),
            "email": L(EMAIL, MAIL), "soghisim": L(PW, CRED), "ting": L("Tamale", COARSE)}),
        case(f, f"{a}/v1/ninsala/code", fmt="form", headers=_h(rng), body={
            "fon_nomba": L(E164, TEL), "code": L("913027", CRED)}),
        case(f, f"{a}/v1/mani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/riders/kpe", headers=_h(rng, **b), query={
            "lat": L(f"{HER_AT[0]:.3f}", PRECISE), "lng": L(f"{HER_AT[1]:.3f}", PRECISE),
            "kind": "motorking"}),
        case(f, f"{a}/v1/ligidi/quote", headers=_h(rng, **b), body={
            "piligu": {"lat": mla, "lng": mlo},
            "naabu": {"lat": hla, "lng": hlo}, "kaya": "medium", "rank": RANK["id"]}),
        case(f, f"{a}/v1/chani", headers=_h(rng, **b), body={
            "chani": L(TRIP, BUY), "piligu": {"lat": mla, "lng": mlo, "yuli": "Central market"},
            "naabu": {"yaghili": L(TML_HOME["line"], ADDR), "lat": hla, "lng": hlo},
            "kaya": [{"what": "maize bran", "bags": 3}, {"what": "keet crates", "count": 2},
                     {"what": "yams", "count": 20}],
            "ligidi": L(45, BUY), "helpers": 1}),
        trip,
        raw(f, f"{a}/v1/chani/{TRIP}/wait", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/yobu", fmt="form", headers=_h(rng, **b), body={
            "chani": L(TRIP, BUY), "ligidi": L("45.00", BUY), "momo": L(WALLET, TEL),
            "network": "mtn"}),
        case(f, f"{a}/v1/chani/{TRIP}/review", headers=_h(rng, **b), body={
            "stars": 5, "tip": L(5, BUY),
            "yeltogha": L("Fuseini carried everything inside, very careful with the keets", TEXT)}),
        case(f, f"{a}/v1/yaghili/saved", headers=_h(rng, **b), body={
            "places": [{"label": "yili", "line": L(TML_HOME["line"], ADDR),
                        "gps": L(TML_HOME["gps"], ADDR), "lat": hla, "lng": hlo},
                       {"label": "yendi", "ting": L("Yendi", COARSE)}]}),
        case(f, f"{a}/v1/yeltogha", headers=_h(rng, **b), body={
            "chani": L(TRIP, BUY), "to": RIDER["id"],
            "yeltogha": L("N be yam sellers gate, I am wearing a blue scarf", TEXT)}),
        case(f, f"{a}/v1/delivery", headers=_h(rng, **b), body={
            "piligu": {"lat": hla, "lng": hlo},
            "naabu": {"ting": L("Yendi", COARSE), "lat": L(YENDI_AT[0], PRECISE),
                      "lng": L(YENDI_AT[1], PRECISE)},
            "dini_deeri": {"yuli": L(MOTHER_IL[0], NAMEC), "fon_nomba": L(MOTHER_IL[1], TEL)},
            "kaya": "2 bags feed", "ligidi": L(220, BUY), "order": L("MK-7731102", BUY)}),
        multipart(f, f"{a}/v1/bori", [
            ("foto", "basket.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {"chani": L(TRIP, BUY),
                                                "yeltogha": L("Green basket with my shea "
                                                              "butter left on the tricycle",
                                                              TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/chani/{TRIP}/route", fmt="msgpack", headers=_h(rng, **b), body={
            "pts": [[L(round(HER_AT[0] + 0.0021 * i, 6), PRECISE),
                     L(round(HER_AT[1] - 0.0030 * i, 6), PRECISE)] for i in range(3)],
            "rank": [RANK["lat"], RANK["lon"]], "market": [MARKET_AT[0], MARKET_AT[1]]}),
        lines(f, f"{a}/v1/queue", [
            {"e": "app_open", "u": L(USER_ID, UID), "t": 1768499000},
            {"e": "quote", "u": L(USER_ID, UID), "t": 1768499060, "ligidi": L(45, BUY)},
            {"e": "book", "u": L(USER_ID, UID), "t": 1768499100, "chani": L(TRIP, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/chani/history", headers=_h(rng, how="none"), cookies={
            "mk_sesi": L(opaque(rng, "", 40), CRED), "mk_dev": L(INSTALL_ID, DID),
            "mk_req": rid(rng)}),
        case(f, f"{a}/v1/promo", fmt="form", headers=_h(rng, **b), body={
            "code": "DAMBA26", "chani": L(TRIP, BUY)}),
        case(f, f"{a}/v1/masini", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masini_id": L(INSTALL_ID, DID),
            "lang": L("en", DEV), "tz": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/yela", gz=True, headers=_h(rng, **b), body={
            "ninsala": L(USER_ID, UID), "yela": [
                ev("booked", 1, kaya="medium"), ev("screen", 2, screen=L("LiveTrip", USAGE))]}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def motorking_sdks() -> list[Case]:
    rng = random.Random(22552)
    link = U("https://motorkingtam.example.com/t", {"chani": L(TRIP, BUY), "src": "sms",
                                                    "ph": L(E164, TEL)})
    return [
        km_batch(APP, rng, [("Trip Booked", {"fare": L(45, BUY)}),
                            ("Trip Paid", {"fare": L(45, BUY)})], at=HER_AT, nd=2),
        km_identify(APP, rng, {"ting": L("Tamale", COARSE), "trips": 7}),
        ay_launch(APP, rng, first=True),
        ay_link(APP, rng, link),
        ay_event(APP, rng, "trip_completed", {"chani": L(TRIP, BUY)}, revenue=45.0,
                 hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HER_AT, nd=3,
               keywords="transport,market,tamale"),
        bt_notice(APP, rng, "win"),
        ch_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [ch_crumb("nav", "Home -> LiveTrip"), ch_crumb("tap", "call_rider")],
                 screen="LiveTripActivity"),
        pg_wallet(APP, rng, "45", L(WALLET, TEL)),
        md_geocode(APP, rng, "Aboabo motorking rank", "behavior.search", near=HER_AT, nd=3),
        md_reverse(APP, rng, HER_AT, PRECISE, nd=5),
        md_route(APP, rng, [(HER_AT, PRECISE), (TML_HOME_AT, PRECISE)], mode="driving"),
        md_telemetry(APP, rng, [HER_AT, TML_HOME_AT], PRECISE),
    ]
