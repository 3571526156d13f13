"""3-D printing service and makerspace app "Layerly" (a model library with native ads): models
uploaded and printed to order, a warped print reported, a laser-cutter booking, a check-in at the
makerspace (protobuf), the user's own printer paired on her home Wi-Fi."""

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
    EMAIL_MD5,
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
    device_headers,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, latlng, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others, rid
from eval_families25_kit import MAKERSPACE_AT, MAKERSPACE_PHONE, MEMBER_NO, PRINT_ORDER, obj_id, stl
from eval_families25_sdk import (
    cove_bid,
    cove_notice,
    gauge_batch,
    moth_crumb,
    moth_event,
    ref_open,
)
from eval_families25_svc import (
    bell_register,
    cairn_ping,
    flag_eval,
    smith_reverse,
    smith_telemetry,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("layerly", "Layerly", "com.example.layerly", "1.22.4", "https://api.layerly.example.com")
IID = "X-Install-Id"
HANDLE = "janeprints"
SPACE = "mks_0c3f"
O_URL = f"https://api.layerly.example.com/v1/orders/{PRINT_ORDER}"
FIX = (40.709684, -73.961607)  # the phone's own fix at the makerspace's door


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _checkin(rng: random.Random) -> Case:
    """The makerspace check-in (protobuf): the member number, the phone's fix (2, 3) and the
    Wi-Fi it is on (4), beside the space's own record (5: negatives)."""
    labels: dict[str, str] = {}
    data = pb([(1, L(MEMBER_NO, UID)), (2, L(FIX[0], PRECISE)), (3, L(FIX[1], PRECISE)),
               (4, L("Makers-Guest", WIFI)),
               (5, [(1, SPACE), (2, MAKERSPACE_AT[0]), (3, MAKERSPACE_AT[1])]),
               (6, 1765312200)], "", labels)
    return raw(APP.fam, f"{APP.api}/v1/checkin", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def layerly() -> list[Case]:
    rng = random.Random(2551)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    preferred_username=L(HANDLE, UID)))}
    model = obj_id(rng, "mdl")
    cases = [
        case(f, f"{a}/v1/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Petg-Infill-30", CRED)}),
        case(f, f"{a}/v1/mfa/verify", headers=_h(rng), body={
            "mfa_token": L(opaque(rng, "mfa_", 32), CRED), "code": L("552901", CRED),
            "method": "totp"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, auth="bearer"), body={
            "username": L(HANDLE, UID), "display_name": L(NAME, NAMEC),
            "avatar_hash": L(EMAIL_MD5, MAIL),
            "bio": L("Bike tinkerer, mostly PETG mounts and brackets", TEXT)}),
        multipart(f, f"{a}/v1/models", [
            ("file", "bike_light_mount.stl", "model/stl", L(stl(rng), MEDIA)),
            ("meta", None, "application/json",
             {"name": L("bike light mount v3", TEXT), "units": "mm", "license": "cc-by"})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/quotes", headers=_h(rng, auth="bearer"), body={
            "model_id": model, "material": "PETG", "color": "black", "infill": 30, "qty": 2,
            "layer_mm": 0.2}),
        case(f, f"{a}/v1/orders", headers=_h(rng, auth="bearer"), body={
            "quote_id": obj_id(rng, "qt"), "total": L("31.80", BUY),
            "payment_method": L("pm_" + opaque(rng, "", 24), PAY),
            "shipping": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR),
                         "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                         "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                         "phone": L(E164, TEL)}}),
        at_path(case(f, f"{O_URL}/tracking", headers=_h(rng, auth="bearer")), PRINT_ORDER, BUY),
        at_path(multipart(f, f"{O_URL}/issues", [
            ("photo", "warped.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("issue", None, "application/json",
             {"kind": "warping",
              "description": L("The base lifted on both prints, the corners curl up", TEXT)})],
            headers=_h(rng, auth="bearer")), PRINT_ORDER, BUY),
        case(f, f"{a}/v1/makerspaces/nearby", headers=_h(rng, auth="bearer"),
             query={"near": latlng(5), "radius_km": "10"}),
        case(f, f"{a}/v1/makerspaces/{SPACE}/bookings", headers=_h(rng, auth="bearer"), body={
            "member_no": L(MEMBER_NO, UID), "machine": "laser_cutter_2",
            "slot": "2025-12-13T14:00", "minutes": 60, "fee": L("24.00", BUY)}),
        _checkin(rng),
        case(f, f"{a}/v1/messages", headers=_h(rng, auth="bearer"), body={
            "thread": obj_id(rng, "thr"), "client_id": rid(rng),
            "to": {"space": SPACE, "phone": MAKERSPACE_PHONE},
            "text": L("Could you reprint with a brim? Happy to pay the difference", TEXT)}),
        case(f, f"{a}/v1/library/search", headers=_h(rng, auth="bearer"),
             query={"q": L("raspberry pi 5 case", SEARCH), "sort": "popular"}),
        case(f, f"{a}/v1/library/likes", headers=_h(rng, auth="bearer"),
             body={"model_id": obj_id(rng, "mdl"), "author": others(rng, 1)[0]}),
        case(f, f"{a}/v1/printers/pair", headers=_h(rng, auth="bearer"), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "printer_serial": "01P00A3B2200417",
            "printer_ip": "192.168.1.57", "phone_ip": L(LOCAL_IP, DEV),
            "access_code": L("40118237", CRED), "model": "Layer X1"}),
        case(f, f"{a}/v1/printers/prn_7d21/jobs", headers=_h(rng, auth="bearer"), body={
            "file_id": model, "plate": 1, "filament_slots": [0, 1], "bed_leveling": True}),
        case(f, f"{a}/v1/devices", headers=_h(rng, auth="bearer", extra=device_headers()),
             body={"push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, auth="bearer"), body={
            "uid": L(USER_ID, UID), "events": [
                ev("model_uploaded", 1, size_kb=212),
                ev("order_placed", 2, total=L("31.80", BUY)),
                ev("screen_view", 3, screen=L("Library", USAGE))]}),
        case(f, f"{a}/v1/feed", query={"page": "1"}, headers=_h(rng, how="none"),
             cookies={"ly_session": L(opaque(rng, "", 60), CRED), "ly_iid": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/membership/renew", headers=_h(rng, auth="bearer"), body={
            "member_no": L(MEMBER_NO, UID), "plan": L("hobbyist_monthly", BUY),
            "price": L("45.00", BUY), "payment_method": L("pm_" + opaque(rng, "", 24), PAY)}),
    ]
    return cases


def layerly_sdks() -> list[Case]:
    rng = random.Random(2552)
    native = {"native": {"request": '{"ver":"1.2","assets":[{"id":2,"img":{"type":3}}]}',
                         "ver": "1.2"}, "tag": "library_feed"}
    search = U("https://api.layerly.example.com/v1/library/search",
               {"q": L("raspberry pi 5 case", SEARCH), "sort": "popular"})
    return [
        gauge_batch(APP, rng, [("Model Uploaded", {"size_kb": 212}),
                               ("Order Placed", {"total": L(31.8, BUY)})], nd=3),
        ref_open(APP, rng, user=True),
        cove_bid(APP, rng, native, nd=5, hem=True),
        cove_bid(APP, rng, {"banner": {"w": 320, "h": 50}, "tag": "order_banner"}, nd=None),
        cove_notice(APP, rng, "imp"),
        moth_event(APP, rng, ("kotlinx.serialization.SerializationException", "field 'thumb'"),
                   [moth_crumb("navigation", "Home -> Library"),
                    moth_crumb("http", "GET", {"url": search, "status_code": 200})],
                   screen="LibraryActivity"),
        flag_eval(APP, rng, {"plan": "hobbyist", "printers": 1}),
        bell_register(APP, rng, nd=4, tags={"printer": "layer_x1"}),
        smith_reverse(APP, rng, nd=5),
        smith_telemetry(APP, rng, nd=5),
        cairn_ping(APP, rng, "OrderDetail", sessions=9),
    ]
