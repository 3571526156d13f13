"""Tricycle (keke) ride app "Kekego" in Kano: sign-in by SMS, the profile, ``/me``, a saved
place, kekes nearby, the fare estimate, the ride requested (pickup by the house, the market she
typed), its status, the trip's trace (msgpack) and heartbeat (protobuf, a nested fix), the trip
shared with her husband, a message to the driver by the masked line, an SOS, the receipt in the
query, a tip, a rating, a wallet top-up, a lost-item report with a photo, a promo code, push,
events and the ride history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families88_kit import DROP, HUSBAND, KANO_HOME, KEKE, KEKE_AT, PICKUP, fix, obj, trip
from eval_families88_sdk import fw_crash, fw_crumb, kd_batch, tb_bid, tb_win, tl_event, tl_open
from eval_families88_svc import tg_eval, tw_reverse, tw_route, tw_tiles
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("kekego", "Kekego", "com.example.kekego", "3.4.0", "https://api.kekego.example.net")
IID = "X-Kg-Device"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def kekego() -> list[Case]:
    rng = random.Random(8841)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "session"}
    ride = obj(rng, "rd", 10)
    pla, plo = fix(PICKUP, 6)
    dla, dlo = fix(DROP, 5)
    sos = fix((11.995112, 8.530904))
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, ride), (3, [(1, L(11.996204, PRECISE)),
                                                     (2, L(8.532117, PRECISE))]),
               (4, 21.5), (5, KEKE["id"])], "", lab)
    return [
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "lang": L("ha", DEV)}),
        case(f, f"{a}/v1/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "code": L("318206", CRED)}),
        case(f, f"{a}/v1/riders/me", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "gender": L("female", GENDER), "prefer_female_driver": False}),
        case(f, f"{a}/v1/riders/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/riders/me/places", headers=_h(rng, **b), body={
            "label": "Gida", "address": L(f"{KANO_HOME['titi']}, {KANO_HOME['unguwa']}", ADDR),
            "lat": pla, "lng": plo}),
        case(f, f"{a}/v1/kekes/nearby", headers=_h(rng, **b), query={
            "at": L(f"{PICKUP[0]:.4f},{PICKUP[1]:.4f}", PRECISE), "radius_m": "800"}),
        case(f, f"{a}/v1/fares/estimate", headers=_h(rng, **b), query={
            "from_lat": L(f"{PICKUP[0]:.5f}", PRECISE), "from_lng": L(f"{PICKUP[1]:.5f}", PRECISE),
            "to_lat": L(f"{DROP[0]:.5f}", PRECISE), "to_lng": L(f"{DROP[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/rides", headers=_h(rng, **b), body={
            "ride": ride, "pickup": {"lat": pla, "lng": plo, "note": L("Gate with the blue "
                                                                        "door", TEXT)},
            "dropoff": {"lat": dla, "lng": dlo, "name": "Kantin Kwari"},
            "fare": L(900, BUY), "pay": "cash", "seats": 1}),
        case(f, f"{a}/v1/rides/{ride}", headers=_h(rng, **b), query={
            "keke": KEKE["id"], "driver_lat": str(KEKE_AT[0]), "driver_lng": str(KEKE_AT[1])}),
        case(f, f"{a}/v1/rides/{ride}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "points": trip(rng, 6), "keke": KEKE["id"], "seq": 2}),
        raw(f, f"{a}/v1/rides/{ride}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rides/{ride}/share", fmt="form", headers=_h(rng, **b), body={
            "to_name": L(HUSBAND[0], NAMEC), "to_phone": L(HUSBAND[1], TEL), "via": "sms"}),
        case(f, f"{a}/v1/rides/{ride}/messages", headers=_h(rng, **b), body={
            "to": KEKE["driver"], "relay": KEKE["relay"],
            "text": L("Ina jiran ka a bakin gate, riga ja", TEXT)}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "ride": ride, "lat": sos[0], "lng": sos[1], "plate": KEKE["plate"],
            "notify": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}]}),
        case(f, f"{a}/v1/rides/{ride}/receipt", headers=_h(rng, **b), query={
            "fare": L("900", BUY), "km": "4.1", "minutes": "17", "currency": "NGN"}),
        case(f, f"{a}/v1/rides/{ride}/tip", fmt="form", headers=_h(rng, **b), body={
            "amount": L("100", BUY), "driver": KEKE["driver"]}),
        case(f, f"{a}/v1/rides/{ride}/rating", headers=_h(rng, **b), body={
            "stars": 4, "driver": KEKE["driver"],
            "comment": L("Careful driver but the seat was torn", TEXT)}),
        case(f, f"{a}/v1/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("2000", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/lost-items", [
            ("photo", "bag.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("item", None, "application/json", {
                "ride": ride, "plate": KEKE["plate"],
                "text": L("Black handbag with my glasses left on the back seat", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/promos/apply", fmt="form", headers=_h(rng, **b), body={
            "code": "SALLAH25", "ride": ride}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device_id": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("ha_NG", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "rider": L(USER_ID, UID), "events": [
                ev("ride_requested", 1, fare=L(900, BUY)), ev("ride_completed", 2),
                ev("screen", 3, screen=L("RideReceipt", USAGE))]}),
        case(f, f"{a}/v1/rides/history", headers=_h(rng, how="nodash"),
             cookies={"kg_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def kekego_sdks() -> list[Case]:
    rng = random.Random(8842)
    return [
        kd_batch(APP, rng, [("Ride Requested", {"fare": L(900, BUY)}),
                            ("Ride Completed", {"minutes": 17})], at=PICKUP, nd=4),
        tl_open(APP, rng, user=True, n=9),
        tl_event(APP, rng, "ride_completed", {"vehicle": "keke"}, revenue=900.0),
        tb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PICKUP, nd=3, gender="F"),
        tb_win(APP, rng),
        fw_crash(APP, rng, ("java.lang.NullPointerException", "driver marker null"),
                 [fw_crumb("nav", "Home -> Ride"),
                  fw_crumb("tap", "cancel_ride", {"ride": "rd_" + opaque(rng, "", 10)})],
                 screen="RideActivity"),
        tg_eval(APP, rng, {"city": L("Kano", "location.coarse"), "cashOnly": True}, query=True),
        tw_reverse(APP, rng, PICKUP, PRECISE, nd=5),
        tw_route(APP, rng, [(PICKUP, PRECISE), (KEKE_AT, None), (DROP, PRECISE)]),
        tw_tiles(APP, rng, [(12.001902, 8.536411), (11.996204, 8.532117)], PRECISE),
    ]
