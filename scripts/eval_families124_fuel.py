"""Generator-fuel delivery app "Tankdrop" in Enugu (diesel for the family house's generator):
sign-up, the SMS code, a log-in, ``/me`` with a JWT, the house's address with a landmark and its
point, the generator (an appliance: negatives), prices near her (3 decimals), an order, its status
and the rider by order number in the path, her live location for the rider (protobuf doubles), a
photo of the tank's gauge, the delivery PIN, a rating, a masked call, a weekly plan, a wallet
top-up, a complaint, a referral, the generator's hours (msgpack), push, events and the wallet by
cookie."""

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
    F32,
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
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families124_kit import DEPOT, GENSET, HUSBAND, NG_HOME, NG_HOME_AT, RIDER, fix, obj, trail
from eval_families124_sdk import (
    as_bid,
    as_win,
    ck_crumb,
    ck_report,
    gh_batch,
    gh_pixel,
    of_event,
    of_link,
)
from eval_families124_svc import pay_charge, pg_register, ps_geocode, ps_telemetry
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("tankdrop", "Tankdrop", "com.example.tankdrop", "6.0.1",
          "https://api.tankdrop.example.com")
IID = "X-Tankdrop-Install"
PW = "Diesel!Nnaji12"
ORDER = "TD-88K4Q2WN"  # the order number (financial.purchase)
TOPUP = "TDW-3M7XK9PE"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _o(c: Any) -> Any:
    return at_path(c, ORDER, BUY)


def tankdrop() -> list[Case]:
    rng = random.Random(12461)
    a, f = APP.api, APP.fam
    o = f"{a}/v1/orders/{ORDER}"
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(NG_HOME_AT, 6)
    gen = obj(rng, "gen", 8)
    la, lo = trail(rng, 1, NG_HOME_AT)[0]
    lab: dict[str, str] = {}
    live = pb([(1, L(USER_ID, UID)), (2, L(la, PRECISE)), (3, L(lo, PRECISE)), (4, F32(6.5)),
               (5, 1765281044), (6, ORDER)], "", lab)
    lab["6"] = BUY
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "phone": L(PHONE, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED)}),
        case(f, f"{a}/v1/users/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("907315", CRED)}),
        case(f, f"{a}/v1/sessions", headers=_h(rng), body={
            "phone": L(E164, TEL), "password": L(PW, CRED), "deviceId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/addresses", headers=_h(rng, **b), body={
            "label": "Home", "line": L(NG_HOME["line"], ADDR),
            "landmark": L("Black gate opposite the borehole, after the Nnaji Crescent junction",
                          f"{TEXT}|{ADDR}"),
            "area": L(NG_HOME["area"], COARSE), "city": L(NG_HOME["city"], COARSE),
            "lat": hla, "lon": hlo,
            "gateContact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/generators", headers=_h(rng, **b), body={
            "id": gen, **GENSET, "fuel": "diesel"}),
        case(f, f"{a}/v1/prices", query={
            "lat": L(f"{NG_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{NG_HOME_AT[1]:.3f}", PRECISE),
            "fuel": "diesel"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "fuel": "diesel", "litres": 150, "pricePerLitre": 1450, "deliveryFee": 2500,
            "total": L("220000", BUY), "orderNo": L(ORDER, BUY), "generator": gen,
            "depot": {"id": DEPOT["id"], "lat": DEPOT["lat"], "lon": DEPOT["lon"]},
            "slot": "2025-12-10T09:00/11:00"}),
        _o(case(f, f"{o}/status", headers=_h(rng, **b))),
        _o(case(f, f"{o}/rider", query={"since": "1765281000"}, headers=_h(rng, **b))),
        _o(raw(f, f"{o}/live", live, "application/x-protobuf", lab, headers=_h(rng, **b))),
        _o(multipart(f, f"{o}/tank-photo", [
            ("photo", "gauge.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"gauge": "1/4", "serial": GENSET["serial"]})],
            headers=_h(rng, **b))),
        _o(case(f, f"{o}/confirm", fmt="form", headers=_h(rng, **b), body={
            "deliveryPin": L("7731", CRED), "litresReceived": "150"})),
        _o(case(f, f"{o}/rating", fmt="form", headers=_h(rng, **b), body={
            "stars": "4", "comment": L("Fast, but he parked across the neighbour's gate", TEXT)})),
        case(f, f"{a}/v1/calls/masked", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "callerPhone": L(E164, TEL), "rider": RIDER["id"]}),
        case(f, f"{a}/v1/subscriptions", headers=_h(rng, **b), body={
            "plan": L("weekly_100l", BUY), "amount": L("145000", BUY), "day": "saturday",
            "generator": gen}),
        case(f, f"{a}/v1/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("50000", BUY), "reference": L(TOPUP, BUY)}),
        case(f, f"{a}/v1/complaints", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "category": "short_delivery",
            "text": L("The rider delivered 130 litres, not 150; the gauge shows it", TEXT)}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "friendName": L("Obiageli Nwosu", NAMEC), "friendPhone": L("+2348095550183", TEL)}),
        case(f, f"{a}/v1/generators/{gen}/hours", fmt="msgpack", headers=_h(rng, **b), body={
            "hours": 9.5, "meter": 2214, "fuelLeftPct": 22, "ts": 1765280000}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Africa/Lagos", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, litres=150), ev("rider_tracked", 2),
                ev("screen", 3, screen=L("Track", USAGE))]}),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="nodash"),
             cookies={"td_sess": L(opaque(rng, "", 40), CRED), "td_city": "enugu"}),
    ]


def tankdrop_sdks() -> list[Case]:
    rng = random.Random(12462)
    link = U("https://tankdrop.example.com/o", {"order": L(ORDER, BUY), "utm_source": "sms"})
    return [
        gh_batch(APP, rng, [("Order Placed", {"litres": 150, "total": L(220000, BUY)}),
                            ("Screen Viewed", {"screen": L("Track", USAGE)})],
                 at=NG_HOME_AT, nd=2),
        gh_pixel(APP, rng, "Price Checked", {"fuel": "diesel"}),
        of_event(APP, rng, "purchase", {"fuel": "diesel"}, revenue=220000.0, hashed=True),
        of_link(APP, rng, link),
        as_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=NG_HOME_AT, nd=3, country="NGA"),
        as_win(APP, rng),
        ck_report(APP, rng, ("java.lang.NullPointerException", "rider marker is null"),
                  [ck_crumb("navigation", "Orders -> Track"),
                   ck_crumb("request", "GET /v1/orders/{id}/rider", {"status": 200})],
                  screen="TrackActivity"),
        pg_register(APP, rng, at=NG_HOME_AT, nd=2, tags={"city": L("Enugu", COARSE)}),
        ps_geocode(APP, rng, NG_HOME["line"], ADDR, near=NG_HOME_AT, nd=4),
        ps_telemetry(APP, rng, trail(rng, 3, NG_HOME_AT), PRECISE),
        pay_charge(APP, rng, 22000000, ORDER),
    ]
