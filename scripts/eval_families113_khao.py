"""Sticky-rice farmers' cooperative milling app "Khaoniaw" (a Naxaythong cooperative mills its
members' glutinous paddy and buys their surplus; she and Alex lease a 0.4-ha paddy there; snake
case API). Not set 108's neighbourhood hammer-mill queue nor set 100's coffee washing station:
the member delivers paddy, books milling, takes her share back and sells the rest. Registration
with her residence card, a member-number and PIN log-in, the SMS code, ``/me`` with a JWT, the
member card by number in the path, the plot's corners, a plot visit with a photo, mills near the
plot, a paddy delivery and its bags (msgpack) by ticket in the path, a milling booking and its
status by code in the path, the collection by Alex at the mill, a sale of surplus, the payout to
her wallet and account, the statement, an inputs order, a message to the board,
weather alerts, a PIN change, push, events and the ledger by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families113_kit import (
    COOP,
    DELIVERY,
    HUSBAND,
    LA_ACCOUNT,
    LA_E164,
    LA_NAT,
    MEMBER_KN,
    MILL,
    MILL_FIX,
    MILLING,
    NATID,
    PLOT,
    RES_CARD,
    fix,
    la_head,
    obj,
)
from eval_families113_sdk import (
    bl_bid,
    ff_crash,
    ff_crumb,
    ig_event,
    ig_session,
    pw_queue,
)
from eval_families113_svc import no_register, pk_attach, tg_eval, tq_geocode, tq_telemetry
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("khaoniaw", "Khaoniaw", "com.example.khaoniaw", "1.14.2",
          "https://api.khaoniaw.example.org")
IID = "X-KN-Install"
PIN = "7305"
ALEX = f"{HUSBAND[0]} {HUSBAND[1]}"
LANDLADY = ("Bouasone Phommachanh", "+8562055507716")  # the plot's owner, typed by her
PLOT_C = (18.118211, 102.524390)  # her phone in the middle of the plot


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return la_head(APP, rng, IID, how=how, **kw)


def khaoniaw() -> list[Case]:
    rng = random.Random(11321)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, member_no=L(MEMBER_KN, UID), coop=COOP["id"]))}
    b = {"auth": "bearer"}
    plot = obj(rng, "plot", 8)
    cla, clo = fix(PLOT_C)
    mla, mlo = fix(MILL_FIX, 5)
    corners = [{"lat": la, "lon": lo} for la, lo in (fix(p) for p in PLOT)]
    m_url = f"{a}/api/v2/milling/bookings/{MILLING}"
    return [
        case(f, f"{a}/api/v2/members/register", headers=_h(rng), body={
            "full_name": L(NAME, NAMEC), "phone": L(LA_E164, TEL), "email": L(EMAIL_MIXED, MAIL),
            "residence_card": L(RES_CARD, NATID), "birth_date": L(DOB, BIRTH),
            "village": L("Nongkhon", COARSE), "district": L("Naxaythong", COARSE),
            "co_member": {"name": L(ALEX, NAMEC), "phone": L(HUSBAND[2], TEL)},
            "plot_area_ha": 0.4, "pin": L(PIN, CRED), "coop": COOP["id"]}),
        case(f, f"{a}/api/v2/auth/login", fmt="form", headers=_h(rng), body={
            "member_no": L(MEMBER_KN, UID), "pin": L(PIN, CRED), "coop": COOP["id"]}),
        case(f, f"{a}/api/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "member_no": L(MEMBER_KN, UID), "code": L("660914", CRED)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{a}/api/v2/members/{MEMBER_KN}/card", headers=_h(rng, **b)),
                MEMBER_KN, UID),
        case(f, f"{a}/api/v2/plots", headers=_h(rng, **b), body={
            "plot": plot, "corners": corners, "area_ha": 0.4, "crop": "glutinous rice",
            "lease_until": "2026-11-30",
            "owner": {"name": L(LANDLADY[0], NAMEC), "phone": L(LANDLADY[1], TEL)}}),
        multipart(f, f"{a}/api/v2/plots/{plot}/visits", [
            ("photo", "paddy.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("visit", None, "application/json", {
                "lat": cla, "lon": clo, "stage": "heading", "note": L(
                    "Water low on the east side, planthoppers on a few hills", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/mills/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{PLOT_C[0]:.4f}", PRECISE), "lon": L(f"{PLOT_C[1]:.4f}", PRECISE),
            "km": "15"}),
        case(f, f"{a}/api/v2/deliveries", headers=_h(rng, **b), body={
            "ticket": L(DELIVERY, BUY), "mill": MILL["id"], "member_no": L(MEMBER_KN, UID),
            "bags": 14, "gross_kg": 812.5, "moisture_pct": 14.2, "variety": "TDK8",
            "delivered_by": {"name": L(ALEX, NAMEC)}, "scale": "scl_02"}),
        at_path(case(f, f"{a}/api/v2/deliveries/{DELIVERY}/bags", fmt="msgpack",
                     headers=_h(rng, **b), body={
                         "weights": [58.1, 57.6, 58.4, 59.0, 57.9, 58.3], "tare": 0.4,
                         "scale": "scl_02", "seq": 1}), DELIVERY, BUY),
        case(f, f"{a}/api/v2/milling/bookings", headers=_h(rng, **b), body={
            "booking": L(MILLING, BUY), "delivery": L(DELIVERY, BUY), "mill": MILL["id"],
            "slot": "2025-12-15T08:00:00+07:00", "kg": 800, "fee": L("240000", BUY),
            "return_share": {"rice_kg": 520, "bran_kg": 90}}),
        at_path(case(f, m_url, headers=_h(rng, **b)), MILLING, BUY),
        at_path(case(f, f"{m_url}/collect", headers=_h(rng, **b), body={
            "collector": {"name": L(ALEX, NAMEC), "phone": L(HUSBAND[2], TEL)},
            "position": {"lat": mla, "lon": mlo}, "mill_point": [18.12233, 102.53017],
            "sacks": 11}), MILLING, BUY),
        case(f, f"{a}/api/v2/sales", fmt="form", headers=_h(rng, **b), body={
            "member_no": L(MEMBER_KN, UID), "kg": "300", "price_per_kg": "9500",
            "total": L("2850000", BUY), "sale_ref": L("KN-S-25-0712", BUY)}),
        case(f, f"{a}/api/v2/payouts", headers=_h(rng, **b), body={
            "sale_ref": L("KN-S-25-0712", BUY), "amount": L("2850000", BUY),
            "wallet_phone": L(LA_NAT, TEL), "account": L(LA_ACCOUNT, PAY),
            "holder": L(NAME, NAMEC), "currency": "LAK"}),
        case(f, f"{a}/api/v2/statements", headers=_h(rng, **b), query={
            "member_no": L(MEMBER_KN, UID), "season": "2025", "format": "json"}),
        case(f, f"{a}/api/v2/inputs/orders", headers=_h(rng, **b), body={
            "order": L("KN-I-25-2207", BUY), "items": [{"sku": "seed-tdk8-25kg", "qty": 1},
                                                      {"sku": "urea-50kg", "qty": 2}],
            "total": L("1380000", BUY), "deliver_to": plot}),
        case(f, f"{a}/api/v2/messages", headers=_h(rng, **b), body={
            "to": "board", "thread": obj(rng, "thr", 8), "text": L(
                "Can the mill take our second delivery before Boun That Luang? Alex will "
                "bring it on the tractor", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v2/weather/alerts", headers=_h(rng, **b), body={
            "ll": L(f"{PLOT_C[0]:.2f},{PLOT_C[1]:.2f}", COARSE), "kinds": ["flood", "drought"],
            "sms": False}),
        case(f, f"{a}/api/v2/auth/pin", fmt="form", headers=_h(rng, **b), body={
            "old_pin": L(PIN, CRED), "new_pin": L("5291", CRED)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("delivery_confirmed", 1, bags=14), ev("milling_booked", 2),
                ev("screen", 3, screen=L("Ledger", USAGE))]}),
        case(f, f"{a}/api/v2/ledger", headers=_h(rng, how="upper"),
             cookies={"kn_sid": L(opaque(rng, "", 36), CRED), "kn_member": L(MEMBER_KN, UID),
                      "kn_trace": rid(rng)}),
    ]


def khaoniaw_sdks() -> list[Case]:
    rng = random.Random(11322)
    return [
        pw_queue(APP, rng, [("Delivery Confirmed", {"bags": 14}),
                            ("Milling Booked", {"fee": L(240000, BUY)}),
                            ("Offline Sync", {"queued": 3})]),
        ig_session(APP, rng, user=True, n=9),
        ig_event(APP, rng, "s3ale9", {"kg": 300, "sale_ref": L("KN-S-25-0712", BUY)},
                 revenue=2850000),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="agriculture,fertiliser"),
        ff_crash(APP, rng, ("java.net.SocketTimeoutException", "scale sync"),
                 [ff_crumb("navigation", "Home -> Delivery"),
                  ff_crumb("log", "scale paired", {"scale": "scl_02"})],
                 screen="DeliveryActivity"),
        tg_eval(APP, rng, {"coop": COOP["id"], "memberSince": 2025}, hdr=True),
        no_register(APP, rng, at=MILL_FIX, nd=2, tags={"coop": COOP["id"]}),
        tq_geocode(APP, rng, "rice mill Naxaythong", SEARCH, near=PLOT_C, nd=3),
        tq_telemetry(APP, rng, [PLOT_C, MILL_FIX], PRECISE),
        pk_attach(APP, rng, L(JPEG + b"\x82", MEDIA), "torn_sack.jpg", "image/jpeg"),
    ]
