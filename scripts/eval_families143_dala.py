"""A dala-dala route finder and fare wallet "Daladash" (Unguja's shared minibuses: routes by
number, stands, a tap-on fare card topped up by mobile money). Calls: sign-up by phone with an
SMS code, ``/me`` with a JWT, the fare card, stands near her (3 decimals), a route search, a
trip tapped on at the terminal and off at Paje, the fare, a queue of offline taps (msgpack), a
live-bus subscription (protobuf, her nested fix), a top-up, her saved places (home street line),
a trip shared with her husband (a URL in JSON whose query names the trip), a harassment report,
a lost item, her trip history by card number in the path, the wallet by a cookie GET, a
conductor rating, a base64 JSON context header, push and events."""

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
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families143_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    RIDER,
    ROUTE,
    STAND_DARAJANI,
    STAND_FIX,
    fix,
    hd,
    push,
)
from eval_families143_sdk import dh_event, dh_launch, kd_crash, kd_crumb, ng_bid, pz_batch
from eval_families143_svc import bp_register, kc_check, mw_geocode, mw_reverse, mw_route
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("daladash", "Daladash", "com.example.daladash", "1.9.3",
          "https://api.daladash.example.net")
IID = "X-DD-Device"
PAJE_FIX = (-6.264517, 39.534118)  # her phone stepping off at Paje (hers)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "upper", **kw})


def daladash() -> list[Case]:
    rng = random.Random(14321)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, card=L(RIDER, UID), msisdn=L(E164, TEL)))}
    sla, slo = fix(STAND_FIX)
    pla, plo = fix(PAJE_FIX, 5)
    trip = "trp_" + opaque(rng, "", 12)
    hist = at_path(case(f, f"{a}/v1/cards/{RIDER}/trips", headers=_h(rng, **b),
                        query={"limit": "20"}), RIDER, UID)
    lab: dict[str, str] = {}
    live = pb([(1, ROUTE["id"]), (2, L(RIDER, UID)),
               (3, [(1, L(STAND_FIX[0], PRECISE)), (2, L(STAND_FIX[1], PRECISE))]),
               (4, 600), (5, L("sw", DEV))], "", lab)
    ctx = W({"card": L(RIDER, UID), "area": L(HOME["area"], COARSE), "net": L("3g", DEV)},
            "b64json")
    return [
        case(f, f"{a}/v1/signup", fmt="form", headers=_h(rng), body={
            "msisdn": L(E164, TEL), "lang": L("sw", DEV), "accept": "1"}),
        case(f, f"{a}/v1/otp/verify", headers=_h(rng), body={
            "msisdn": L(NATIONAL, TEL), "code": L("339120", CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/cards/mine", headers=_h(rng, **b), query={"card": L(RIDER, UID)}),
        case(f, f"{a}/v1/stands/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "r": "800"}),
        case(f, f"{a}/v1/routes/search", headers=_h(rng, **b), query={
            "q": L("Darajani to Paje", SEARCH), "time": "07:30"}),
        case(f, f"{a}/v1/trips/tap-on", headers=_h(rng, **b), body={
            "card": L(RIDER, UID), "route": ROUTE["id"], "stand": STAND_DARAJANI["id"],
            "at": {"lat": sla, "lng": slo}, "trip": trip, "vehicle": "T 418 DKX"}),
        case(f, f"{a}/v1/trips/tap-off", headers=_h(rng, **b), body={
            "card": L(RIDER, UID), "trip": trip, "at": {"lat": pla, "lng": plo},
            "fare": L(3000, BUY), "currency": "TZS"}),
        case(f, f"{a}/v1/taps/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "card": L(RIDER, UID), "taps": [
                {"k": "on", "route": "r_505", "t": 1772541000, "fare": L(500, BUY)},
                {"k": "off", "route": "r_505", "t": 1772542200, "fare": L(500, BUY)}]}),
        raw(f, f"{a}/v1/live/subscribe", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wallet/topup", headers=_h(rng, **b), body={
            "card": L(RIDER, UID), "amount": L(20000, BUY), "channel": "mobile_money",
            "payer": L(E164, TEL), "ref": rid(rng)}),
        case(f, f"{a}/v1/places", headers=_h(rng, **b), body={
            "label": "Nyumbani", "line": L(HOME["line"], ADDR), "area": L(HOME["area"], COARSE),
            "lat": L(round(HOME_AT[0], 5), PRECISE), "lng": L(round(HOME_AT[1], 5), PRECISE)}),
        case(f, f"{a}/v1/trips/{trip}/share", headers=_h(rng, **b), body={
            "to": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "link": U("https://daladash.example.net/live", {"t": trip, "c": L(RIDER, UID)}),
            "note": L("Niko kwenye 324, nitafika Paje saa tatu", TEXT)}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "trip": trip, "kind": "harassment",
            "text": L("The conductor kept touching women's shoulders when we got in", TEXT),
            "vehicle": "T 418 DKX", "anonymous": False}),
        case(f, f"{a}/v1/lost", fmt="form", headers=_h(rng, **b), body={
            "trip": trip, "item": L("Blue kikapu basket with my clinic card inside", TEXT),
            "contact": L(E164, TEL)}),
        hist,
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="none"), cookies={
            "dd_sess": L(opaque(rng, "", 40), CRED), "dd_dev": L(INSTALL_ID.upper(), DID),
            "dd_lang": L("sw", DEV)}),
        case(f, f"{a}/v1/ratings", fmt="form", headers=_h(rng, **b), body={
            "trip": trip, "stars": "4", "tags": "safe,crowded"}),
        case(f, f"{a}/v1/fares", headers=_h(rng, **b, extra={"X-DD-Context": ctx}),
             query={"route": ROUTE["id"]}),
        case(f, f"{a}/v1/alerts", headers=_h(rng, **b), body={
            "routes": [ROUTE["id"], "r_505"], "card": L(RIDER, UID), "sms": L(E164, TEL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "sw_TZ")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tap_on", 1, route=ROUTE["id"]), ev("tap_off", 2),
                ev("screen", 3, screen=L("LiveMap", USAGE))]}),
    ]


def daladash_sdks() -> list[Case]:
    rng = random.Random(14322)
    return [
        pz_batch(APP, rng, [("Tap On", {"route": ROUTE["id"]}), ("Tap Off", {"fare": 3000})],
                 at=STAND_FIX, nd=2),
        dh_launch(APP, rng, first=True),
        dh_event(APP, rng, "topup", {"channel": "mobile_money"}, revenue=20000.0),
        ng_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=STAND_FIX, nd=3),
        kd_crash(APP, rng, ("android.os.DeadObjectException", "nfc service died"),
                 [kd_crumb("nav", "Wallet -> TapOn")], screen="TapOnActivity"),
        bp_register(APP, rng, lang="sw", at=HOME_AT, nd=2, tags={"route": ROUTE["id"]}),
        kc_check(APP, rng, {"analytics": True, "ads": True}),
        mw_geocode(APP, rng, "Paje beach", "behavior.search", near=STAND_FIX, nd=4),
        mw_reverse(APP, rng, PAJE_FIX, PRECISE, nd=5),
        mw_route(APP, rng, [(STAND_FIX, PRECISE), (PAJE_FIX, PRECISE)]),
    ]
