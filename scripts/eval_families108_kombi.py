"""Kombi (minibus) route and fare app "Hwindi" (Harare). Sets 73, 78, 94 and 107 have minibus
planners with live trips; this one centres on the fare: the published fare board by route and
time band, paying the conductor's QR at boarding, a monthly commuter pass, an overcharge complaint
with a photo, and checking a kombi's operator permit by its plate. Also: sign-up, an OAuth password
grant, ``/me`` with a JWT, saved places, a route from home to work as ``lat,lon``, ranks near her,
boarding with her fix, the ride's fixes (msgpack), the trip shared live with her husband, an SOS
(protobuf, a nested fix), alighting, a wallet top-up, a crowd report at the rank, a lost bag, a
search, push, events and the trip history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, pb, push_token, raw
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families108_kit import (
    BUY,
    CARRIER,
    CITY_ZW,
    COARSE,
    CRED,
    DEV,
    DID,
    HOME_ZW_AT,
    HUSBAND,
    KOMBI,
    LOCAL_NO,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    RANK,
    SEARCH,
    SUBURB,
    TEL,
    TEXT,
    UID,
    USAGE,
    WORK_ZW_AT,
    fix,
    ll,
    obj,
    trip,
)
from eval_families108_sdk import at_link, at_session, bn_bid, cm_crash, cm_crumb, ms_batch, ms_pixel
from eval_families108_svc import md_route, md_telemetry, pj_register, ta_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("hwindi", "Hwindi", "com.example.hwindi", "2.2.7", "https://api.hwindi.example.com")
IID = "X-Hwindi-Device"
PW = "Kombi-R14-go!"
BOARD_AT = (-17.770314, 31.049902)  # where she boarded, on Harare Drive
ALIGHT_AT = (-17.805877, 31.044212)  # where she got off, by the office
RANK_AT = (RANK["lat"], RANK["lon"])


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def hwindi() -> list[Case]:
    rng = random.Random(10821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mobile=L(LOCAL_NO, TEL), name=L(NAME, NAMEC)))}
    tid = obj(rng, "trip", 10)
    bla, blo = fix(BOARD_AT, 6)
    ala, alo = fix(ALIGHT_AT, 5)
    hla, hlo = fix(HOME_ZW_AT, 5)
    wla, wlo = fix(WORK_ZW_AT, 5)
    lab: dict[str, str] = {}
    sos = pb([(1, L(USER_ID, UID)), (2, tid), (3, [(1, L(-17.784402, PRECISE)),
                                                  (2, L(31.047135, PRECISE))]),
              (4, L(37, DEV)), (5, L("zw", CARRIER)), (6, KOMBI["plate"])], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "mobile": L(LOCAL_NO, TEL),
            "email": L("Jane.Doe@Example.org", MAIL), "password": L(PW, CRED),
            "homeTown": L(CITY_ZW, COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "hwindi-android", "scope": "trips wallet"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/places", headers=_h(rng, **b), body={"places": [
            {"label": "Home", "lat": hla, "lng": hlo, "area": L(SUBURB, COARSE)},
            {"label": "Work", "lat": wla, "lng": wlo, "area": L("Belgravia", COARSE)}]}),
        case(f, f"{a}/v1/routes/plan", headers=_h(rng, **b), query={
            "from": ll(HOME_ZW_AT, 4), "to": ll(WORK_ZW_AT, 4), "depart": "07:10"}),
        case(f, f"{a}/v1/ranks/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_ZW_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_ZW_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/v1/fares", headers=_h(rng, **b), query={
            "route": KOMBI["route"], "band": "peak", "rank": RANK["id"]}),
        case(f, f"{a}/v1/kombis/{KOMBI['plate']}/permit", headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b), body={
            "trip": tid, "route": KOMBI["route"], "plate": KOMBI["plate"],
            "boardedAt": {"lat": bla, "lng": blo, "acc": 7}, "riders": 1}),
        case(f, f"{a}/v1/trips/{tid}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("1.00", BUY), "currency": "USD", "method": "qr",
            "qr": KOMBI["qr"], "msisdn": L(LOCAL_NO, TEL)}),
        case(f, f"{a}/v1/trips/{tid}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "points": trip(rng, 5, BOARD_AT, ALIGHT_AT), "seq": 2}),
        case(f, f"{a}/v1/trips/{tid}/share", headers=_h(rng, **b), body={
            "to": L(HUSBAND[1], TEL), "name": L(HUSBAND[0], NAMEC), "live": True,
            "expiresMin": 60}),
        raw(f, f"{a}/v1/sos", sos, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{tid}/end", headers=_h(rng, **b), body={
            "lat": ala, "lng": alo, "rating": 2, "minutes": 34}),
        multipart(f, f"{a}/v1/complaints", [
            ("photo", "kombi.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("complaint", None, "application/json", {
                "trip": tid, "plate": KOMBI["plate"], "kind": "overcharge", "charged": "2.00",
                "boardFare": "1.00", "text": L(
                    "Hwindi akandibhadharisa $2 pachinzvimbo che $1 ndokuramba kundidzorera",
                    TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/passes", headers=_h(rng, **b), body={
            "product": L("r14_monthly_commuter", BUY), "price": L("30.00", BUY),
            "route": KOMBI["route"], "startsOn": "2026-01-01"}),
        case(f, f"{a}/v1/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("10.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/crowd", headers=_h(rng, **b), body={
            "rank": RANK["id"], "queue": "long", "kombisWaiting": 0,
            "lat": L(-17.831152, PRECISE), "lng": L(31.054037, PRECISE)}),
        case(f, f"{a}/v1/lost-items", headers=_h(rng, **b), body={
            "trip": tid, "item": "bag", "text": L(
                "Left my son's small red school bag under the back seat", TEXT),
            "contact": L(LOCAL_NO, TEL)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("Mbare Musika", SEARCH), "near": ll(HOME_ZW_AT, 2)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("fare_paid", 1, amount=L(1.0, BUY)), ev("trip_shared", 2),
                ev("screen", 3, screen=L("FareBoard", USAGE))]}),
        case(f, f"{a}/v1/trips/history", headers=_h(rng, how="none"),
             cookies={"hw_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def hwindi_sdks() -> list[Case]:
    rng = random.Random(10822)
    return [
        ms_batch(APP, rng, [("Fare Paid", {"amount": L(1.0, BUY), "route": "R14"}),
                            ("Trip Shared", {})], at=BOARD_AT, nd=2),
        ms_pixel(APP, rng, "Fare Board Viewed", {"route": "R14"}),
        at_session(APP, rng, first=True),
        at_link(APP, rng, U("https://hwindi.example.com/t/join", {
            "trip": "trip_2c81", "from": L(HUSBAND[1], TEL), "utm_source": "share"})),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BOARD_AT, nd=3, yob=1991,
               gender="F"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "qr scanner closed"),
                 [cm_crumb("Trip -> Pay"), cm_crumb("scan", "user", {"qr": KOMBI["qr"]})],
                 screen="PayActivity"),
        ta_eval(APP, rng, {"city": L("harare", COARSE), "qrFares": True}, hdr=True),
        pj_register(APP, rng, at=HOME_ZW_AT, nd=2, tags={"pass": "monthly"}),
        md_route(APP, rng, [(HOME_ZW_AT, PRECISE), (RANK_AT, None), (WORK_ZW_AT, PRECISE)]),
        md_telemetry(APP, rng, [BOARD_AT, (-17.784402, 31.047135)], PRECISE),
    ]
