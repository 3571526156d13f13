"""Motorbike rental app "Chuolmoto" (chuol: rent): a Phnom Penh shop chain renting 125 cc
scooters by the day or month, delivered to the door; she rents one for a month while her own
bike is repaired (snake_case API). Not set 37's scooter sharing, set 113's motorbike loan nor the
motorbike taxis of sets 58, 60 and 68: a rental with a licence check, a passport deposit and a
handover. SMS sign-in, the profile, ``/me`` with a JWT, the licence (a photo, the number) and her
passport as the deposit, a liveness template, shops near her house, bikes free for her dates,
the rental with delivery to her door and its page by code in the path, the payment, the
handover photos at her door, where she parked (protobuf), an extension, a flat tyre, a fuel
receipt, a traffic fine, the return, the deposit refunded to her wallet, a review, push, events
and the rental history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    FACE,
    IPLOC,
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
    WIFI,
    f32b64,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head
from eval_families125_kit import (
    BIKE,
    FACTORY_FIX,
    FLAT_AT,
    HOME_AT,
    HOME_LINE,
    KH_E164,
    KH_NATIONAL,
    LICENCE_KH,
    RENTAL,
    SHOP,
    WALLET_ACCT,
    fix,
    trip,
)
from eval_families125_sdk import cb_crash, cb_crumb, dl_event, dl_launch, kb_bid, mv_batch
from eval_families125_svc import as_save, bb_card, pp_register, sm_route, sm_telemetry
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("chuolmoto", "Chuolmoto", "com.example.chuolmoto", "2.3.5",
          "https://api.chuolmoto.example.com")
IID = "Cm-Install"
PARK_AT = (11.551204, 104.928873)  # where she parked at the market (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _r(c: Case) -> Case:
    """Label the rental code in the URL path (a purchase)."""
    return at_path(c, RENTAL, BUY)


def chuolmoto() -> list[Case]:
    rng = random.Random(12571)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(PHONE.replace(" ", ""), TEL),
                                    email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    r = f"{a}/v1/rentals/{RENTAL}"
    hla, hlo = fix(HOME_AT)
    fla, flo = fix(FLAT_AT, 5)
    rla, rlo = fix(HOME_AT, 4)
    vec = [round(rng.gauss(0, 0.085), 4) for _ in range(128)]
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, L(RENTAL, BUY)),
               (3, [(1, L(PARK_AT[0], PRECISE)), (2, L(PARK_AT[1], PRECISE))]),
               (4, L(57, DEV)), (5, BIKE["id"])], "", lab)
    return [
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(KH_E164, TEL), "locale": L("en_KH", DEV)}),
        case(f, f"{a}/v1/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(KH_E164, TEL), "code": L("918204", CRED)}),
        case(f, f"{a}/v1/profile", headers=_h(rng, auth="bearer"), body={
            "first_name": L("Jane", NAMEC), "last_name": L("Doe", NAMEC),
            "email": L(EMAIL, MAIL), "birth_date": L("1991-05-17", BIRTH),
            "whatsapp": L(PHONE.replace(" ", ""), TEL), "nationality": "US"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/kyc/documents", [
            ("licence", "licence.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "licence_no": L(LICENCE_KH, NATID), "class": "A1", "expires": "2030-08-14",
                "deposit_type": "passport", "passport_no": L(PASSPORT, NATID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kyc/selfie", headers=_h(rng, **b), body={
            "check": opaque(rng, "kyc_", 10), "template": L(f32b64(vec), FACE),
            "liveness": 0.991}),
        case(f, f"{a}/v1/shops/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{HOME_AT[1]:.4f}", PRECISE)}),
        case(f, f"{a}/v1/bikes", headers=_h(rng, **b), query={
            "shop": SHOP["id"], "from": "2025-12-08", "to": "2026-01-07", "cc": "125"}),
        case(f, f"{a}/v1/rentals", headers=_h(rng, **b), body={
            "code": L(RENTAL, BUY), "bike": BIKE["id"], "shop": SHOP["id"],
            "from": "2025-12-08", "to": "2026-01-07", "price": L(75.0, BUY),
            "deposit": L(100.0, BUY), "deliver_to": {"address": L(HOME_LINE, ADDR),
                                                     "lat": hla, "lng": hlo},
            "helmets": 2}),
        _r(case(f, r, headers=_h(rng, **b))),
        _r(case(f, f"{r}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("175.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)})),
        _r(multipart(f, f"{r}/handover", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("side", "side.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("check", None, "application/json", {
                "odometer": 18412, "fuel": "1/2", "plate": BIKE["plate"],
                "frame": BIKE["frame"], "lat": rla, "lng": rlo})], headers=_h(rng, **b))),
        _r(raw(f, f"{r}/parked", ping, "application/x-protobuf", lab, headers=_h(rng, **b))),
        _r(case(f, f"{r}/extend", headers=_h(rng, **b), body={
            "to": "2026-01-14", "extra": L(17.5, BUY), "risk": {
                "ip": L(PUBLIC_IP, IPLOC), "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                "network": L("Example Mobile", CARRIER), "roaming": False}})),
        _r(case(f, f"{r}/incidents", headers=_h(rng, **b), body={
            "kind": "flat_tyre", "lat": fla, "lng": flo,
            "text": L("Rear tyre flat on Norodom near the roundabout, can you send someone?",
                      TEXT), "phone": L(KH_NATIONAL, TEL)})),
        _r(multipart(f, f"{r}/fuel", [
            ("receipt", "fuel.jpg", "image/jpeg", L(JPEG + b"\x94", MEDIA)),
            ("meta", None, "application/json", {"amount": L(4.2, BUY), "litres": 3.1})],
            headers=_h(rng, **b))),
        _r(case(f, f"{r}/fines", headers=_h(rng, **b), body={
            "amount": L("7.50", BUY), "plate": BIKE["plate"],
            "note": L("Stopped for no mirror, shop had removed it", TEXT)})),
        _r(case(f, f"{r}/return", headers=_h(rng, **b), body={
            "lat": L(round(FACTORY_FIX[0], 5), PRECISE), "lng": L(round(FACTORY_FIX[1], 5),
                                                                  PRECISE),
            "odometer": 19307, "damage": False, "trace": trip(rng, 4, HOME_AT, FACTORY_FIX)})),
        _r(case(f, f"{r}/deposit-refund", fmt="form", headers=_h(rng, **b), body={
            "wallet": L(WALLET_ACCT, PAY), "holder": L("Jane Doe", NAMEC)})),
        _r(case(f, f"{r}/review", headers=_h(rng, **b), body={
            "stars": 5, "text": L("Bike was clean and they fixed the tyre in 30 minutes", TEXT)})),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("rental_created", 1, days=31), ev("handover_done", 2),
                ev("screen", 3, screen=L("RentalDetail", USAGE))]}),
        case(f, f"{a}/v1/rentals/history", headers=_h(rng, how="upper"),
             cookies={"cm_session": L(opaque(rng, "", 40), CRED)}),
    ]


def chuolmoto_sdks() -> list[Case]:
    rng = random.Random(12572)
    return [
        mv_batch(APP, rng, [("Rental Created", {"price": L(75.0, BUY), "days": 31}),
                            ("Handover Done", {})], at=HOME_AT, nd=4),
        cb_crash(APP, rng, ("java.net.SocketTimeoutException", "POST /v1/rentals/*/handover"),
                 [cb_crumb("nav", "Rental -> Handover"), cb_crumb("tap", "take_photo"),
                  cb_crumb("net", "POST handover", {"rental": L(RENTAL, BUY)})],
                 screen="HandoverActivity"),
        dl_launch(APP, rng, first=True),
        dl_event(APP, rng, "rental_paid", {"days": 31}, revenue=175.0, hashed=True),
        kb_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=(LAT, LON), nd=3, yob=1991, gender="F", ny=True),
        pp_register(APP, rng, tags={"rental": "active"}, at=HOME_AT, nd=2),
        as_save(APP, rng, {"analytics": True, "ads": True}),
        bb_card(APP, rng),
        sm_route(APP, rng, [((SHOP["lat"], SHOP["lon"]), None), (HOME_AT, PRECISE)]),
        sm_telemetry(APP, rng, [(FLAT_AT[0], FLAT_AT[1]), (PARK_AT[0], PARK_AT[1])], PRECISE),
    ]
