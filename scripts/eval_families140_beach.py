"""A Riviera beach club's lounger booking app "Shezlongu" (Dhermi; the family's summer weekends).
Calls: sign-up, a log-in with a Google-style ID token in a JSON field, ``/me``, beaches near
Tirana (2 decimals), the lounger map, a booking (row and umbrella), its payment, the QR
check-in on the sand, the club's Wi-Fi, a drinks order to the lounger (msgpack), a tip, the sea
weather at her fix, a lost-and-found note, a review with a photo, a search, her
bookings by a cookie GET, the booking shared with her husband, a boat trip to Gjipe, the
receipt by booking number in the path, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    WIFI,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families140_kit import (
    BEACH,
    BEACH_FIX,
    HOME_AT,
    HUSBAND,
    LOUNGER_BOOKING,
    fix,
    hd,
    obj,
    push,
)
from eval_families140_sdk import bb_bid, bb_notice, cx_session, mk_batch, td_event, td_launch
from eval_families140_svc import ck_confirm, md_geocode, md_telemetry, pl_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("shezlongu", "Shezlongu", "com.example.shezlongu", "2.9.0",
          "https://api.shezlongu.example.net")
IID = "X-Shz-Install"
PW = "Dhermi@Sun2025"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def shezlongu() -> list[Case]:
    rng = random.Random(14041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    bla, blo = fix(BEACH_FIX, 6)
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": "104881239912047716233",
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "shezlongu-android",
               "iat": 1752400000}, "body", "id_token", acc)
    login = add(case(f, f"{a}/v1/login/google", headers=_h(rng), body={
        "id_token": idt, "device": L(INSTALL_ID, DID)}), acc)
    receipt = at_path(case(f, f"{a}/v1/receipts/{LOUNGER_BOOKING}", headers=_h(rng, **b)),
                      LOUNGER_BOOKING, BUY)
    order = "DR-" + opaque(rng, "", 6).upper()
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "homeCity": L("Tirana", COARSE), "marketing": False}),
        login,
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/beaches", headers=_h(rng, **b), query={
            "near": L(f"{HOME_AT[0]:.2f},{HOME_AT[1]:.2f}", COARSE), "region": "riviera",
            "date": "2025-08-09"}),
        case(f, f"{a}/v1/beaches/{BEACH['id']}/map", headers=_h(rng, **b),
             query={"date": "2025-08-09"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "beach": BEACH["id"], "date": "2025-08-09", "row": 2, "umbrella": 14,
            "loungers": 2, "booking": L(LOUNGER_BOOKING, BUY), "price": L(3500, BUY),
            "guestName": L(NAME, NAMEC), "kids": 1}),
        case(f, f"{a}/v1/bookings/{LOUNGER_BOOKING}/pay", fmt="form", headers=_h(rng, **b),
             body={"amount": L("3500", BUY), "currency": "ALL",
                   "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "qr": f"{BEACH['id']}-U14", "booking": L(LOUNGER_BOOKING, BUY),
            "at": {"lat": bla, "lon": blo, "acc": 5},
            "beachAt": {"lat": BEACH["lat"], "lon": BEACH["lon"]}}),
        case(f, f"{a}/v1/wifi/join", headers=_h(rng, **b), body={
            "ssid": L(BEACH["ssid"], WIFI), "bssid": L(BEACH["bssid"], WIFI),
            "ip": L("10.8.0.57", DEV), "booking": L(LOUNGER_BOOKING, BUY)}),
        case(f, f"{a}/v1/orders", fmt="msgpack", headers=_h(rng, **b), body={
            "umbrella": 14, "items": [{"sku": "frappe", "n": 2}, {"sku": "byrek-spinach", "n": 1}],
            "order": L(order, BUY), "total": L(1150, BUY), "user": L(USER_ID, UID)}),
        case(f, f"{a}/v1/orders/{order}/tip", fmt="form", headers=_h(rng, **b), body={
            "tip": L("200", BUY), "waiter": "wt_07"}),
        case(f, f"{a}/v1/weather/sea", headers=_h(rng, **b), query={
            "lat": L(f"{BEACH_FIX[0]:.4f}", PRECISE), "lon": L(f"{BEACH_FIX[1]:.4f}", PRECISE),
            "units": "metric"}),
        case(f, f"{a}/v1/lostfound", headers=_h(rng, **b), body={
            "beach": BEACH["id"], "phone": L(E164, TEL),
            "text": L("Lost my son's blue goggles and a towel near umbrella 14, row 2", TEXT)}),
        multipart(f, f"{a}/v1/reviews", [
            ("photo", "sunset.jpg", "image/jpeg", L(JPEG + b"\xf1", MEDIA)),
            ("review", None, "application/json", {
                "beach": BEACH["id"], "stars": 4,
                "text": L("Clear water, loud music after 5, the frappe was great", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("sandy beach shallow water for kids", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, how="none"), cookies={
            "shz_sess": L(opaque(rng, "", 40), CRED), "shz_inst": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/bookings/{LOUNGER_BOOKING}/share", headers=_h(rng, **b), body={
            "to": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "message": L("Umbrella 14, second row. Bring Ilir's hat!", TEXT)}),
        case(f, f"{a}/v1/boats/gjipe/tickets", headers=_h(rng, **b), body={
            "date": "2025-08-09", "adults": 2, "children": 1, "total": L(4000, BUY),
            "ticket": L(obj(rng, "bt").upper(), BUY), "pickup": BEACH["id"]}),
        receipt,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("map_opened", 1), ev("booking_paid", 2),
                ev("screen", 3, view=L("LoungerMap", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "client": rid(rng)}),
    ]


def shezlongu_sdks() -> list[Case]:
    rng = random.Random(14042)
    return [
        mk_batch(APP, rng, [("Lounger Booked", {"row": 2, "price": L(3500, BUY)}),
                            ("Checked In", {})], at=BEACH_FIX, nd=3),
        td_launch(APP, rng, first=True),
        td_event(APP, rng, "purchase", {"booking": L(LOUNGER_BOOKING, BUY)}, revenue=3500.0,
                 hashed=True),
        bb_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}}, at=BEACH_FIX,
               nd=3, keywords="beach,summer,riviera"),
        bb_notice(APP, rng, "win"),
        cx_session(APP, rng, secs=733),
        pl_register(APP, rng, at=BEACH_FIX, nd=2, tags={"beach": BEACH["id"]}),
        ck_confirm(APP, rng, "3500", "all"),
        md_telemetry(APP, rng, [(40.152284, 19.638021), (40.152301, 19.638047)], PRECISE),
        md_geocode(APP, rng, "Dhermi beach clubs", "behavior.search",
                   near=BEACH_FIX, nd=3),
    ]
