"""Safari-lodge staff roster app "Kudushift" of Letlhare River Lodge (the Okavango camp where she
works as front-of-house manager, a fortnight on, a week off). Log-in by employee number and PIN,
``/me``, the week's roster, clock-in with her fix, the staff Wi-Fi and a selfie, clock-out, a
punch queue (msgpack) and a protobuf punch sync, a shift swap, leave (a refill trip) and a sick
note, the payslip by her number in the path, salary account, an emergency contact, a guest
incident, tasks, the staff shop, team chat, training, push, events and notices by a cookie GET."""

from __future__ import annotations

import random

from eval_families13_kit import PDF
from eval_families17_kit import JPEG, multipart, pb, push_token, raw
from eval_families20_kit import ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, others
from eval_families130_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    HUSBAND,
    LODGE,
    LODGE_BSSID,
    LODGE_SSID,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    QUARTERS_AT,
    STAFF_NO,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    BwApp,
    fix,
    hd,
    obj,
)
from eval_families130_sdk import ak_launch, fl_crash, fl_crumb, fl_session, ql_batch, ql_queue
from eval_families130_svc import ae_message, bh_register, cm_check, fm_eval, tb_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = BwApp("kudushift", "Kudushift", "com.example.kudushift", "5.2.0",
            "https://api.kudushift.example.com")
IID = "X-Device-Install"
PIN = "4417"


def _h(rng: random.Random, **kw: object) -> dict:
    return hd(APP, rng, iid=IID, **kw)


def kudushift() -> list[Case]:
    rng = random.Random(13011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    mates = others(rng, 3, "stf_")
    lab: dict[str, str] = {}
    punch = pb([(1, L(USER_ID, UID)), (2, L(STAFF_NO, UID)), (3, "in"),
                (4, [(1, fix(QUARTERS_AT, 6)[0]), (2, fix(QUARTERS_AT, 6)[1])]),
                (5, 1765342810), (6, LODGE["id"])], "", lab)
    return [
        case(f, f"{a}/v2/auth/login", headers=_h(rng), body={
            "staffNumber": L(STAFF_NO, UID), "pin": L(PIN, CRED), "lodge": LODGE["id"],
            "deviceId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, staff=L(STAFF_NO, UID), email=L(EMAIL, MAIL), role="foh_manager"))})),
        case(f, f"{a}/v2/roster", headers=_h(rng, **b), query={
            "week": "2025-W50", "staff": L(STAFF_NO, UID), "lodge": LODGE["id"]}),
        multipart(f, f"{a}/v2/clock/in", [
            ("selfie", "clockin.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("punch", None, "application/json", {
                "staffNumber": L(STAFF_NO, UID), "lat": fix(QUARTERS_AT)[0],
                "lon": fix(QUARTERS_AT)[1], "accuracy": 7.5,
                "wifi": {"ssid": L(LODGE_SSID, WIFI), "bssid": L(LODGE_BSSID, WIFI)},
                "shift": obj(rng, "sh", 8)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/clock/out", fmt="form", headers=_h(rng, **b), body={
            "staff": L(STAFF_NO, UID), "lat": L(f"{QUARTERS_AT[0]:.4f}", "location.precise"),
            "lon": L(f"{QUARTERS_AT[1]:.4f}", "location.precise"), "shift": obj(rng, "sh", 8),
            "breakMin": "45"}),
        case(f, f"{a}/v2/clock/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "staff": L(STAFF_NO, UID), "punches": [
                {"t": 1765256400 + 3600 * i, "kind": k, "lat": fix(QUARTERS_AT, 5)[0],
                 "lon": fix(QUARTERS_AT, 5)[1]} for i, k in enumerate(["in", "out"])]}),
        raw(f, f"{a}/v2/clock/sync", punch, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/swaps", headers=_h(rng, **b), body={
            "from": obj(rng, "sh", 8), "with": mates[0], "date": "2025-12-14",
            "note": L("Can you take my Sunday breakfast shift? I'll do your Tuesday", TEXT)}),
        case(f, f"{a}/v2/leave", headers=_h(rng, **b), body={
            "type": "personal", "from": "2025-12-18", "to": "2025-12-19",
            "reason": L("Going to Gaborone to collect my ARV refill at the clinic",
                        f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/leave/sicknote", [
            ("note", "sick_note.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"days": 2, "leave": obj(rng, "lv", 8)})],
            headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v2/staff/{STAFF_NO}/payslips/2025-11", headers=_h(rng, **b)),
                STAFF_NO, UID),
        case(f, f"{a}/v2/staff/bank", headers=_h(rng, **b), body={
            "bank": "First Lentswe Bank", "branch": "Maun", "account": L("62190488137", PAY),
            "holder": L("J Doe", NAMEC)}),
        case(f, f"{a}/v2/staff/emergency", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "husband"}),
        case(f, f"{a}/v2/incidents", headers=_h(rng, **b), body={
            "tent": "T6", "category": "guest_property",
            "text": L("Guest in tent 6 left a camera bag on the morning drive vehicle", TEXT),
            "reportedBy": L(STAFF_NO, UID), "lodge": {"id": LODGE["id"], "phone": LODGE["phone"],
                                                       "lat": LODGE["lat"], "lon": LODGE["lon"]}}),
        case(f, f"{a}/v2/tasks/complete", headers=_h(rng, **b), body={
            "tasks": [obj(rng, "tk", 6) for _ in range(4)], "area": "main_deck",
            "at": 1765349120}),
        case(f, f"{a}/v2/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "UNI-SHIRT-M", "qty": 2}, {"sku": "AIRTIME-50", "qty": 1}],
            "total": L("310.00", BUY), "payVia": "payroll", "order": opaque(rng, "so-", 8)}),
        case(f, f"{a}/v2/chat/rooms/foh/messages", headers=_h(rng, **b), body={
            "text": L("Boat transfer for tent 3 moved to 15:30, please tell the guests", TEXT),
            "clientId": obj(rng, "cm", 10), "mentions": mates[1:]}),
        case(f, f"{a}/v2/training/results", fmt="form", headers=_h(rng, **b), body={
            "module": "fire-safety-2025", "score": "18", "of": "20",
            "staff": L(STAFF_NO, UID)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_BW", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("roster_viewed", 1), ev("clock_in", 2),
                ev("screen", 3, screen=L("Payslip", USAGE))]}),
        case(f, f"{a}/v2/notices", headers=_h(rng, how="upper"),
             cookies={"ks_session": L(opaque(rng, "", 44), CRED), "ks_lodge": LODGE["id"]}),
        case(f, f"{a}/v2/maintenance", headers=_h(rng, **b), body={
            "room": "Q-14", "kind": "plumbing", "priority": 2,
            "text": L("Geyser in staff room Q-14 leaking since last night", TEXT)}),
        case(f, f"{a}/v2/availability", fmt="form", headers=_h(rng, **b), body={
            "staff": L(STAFF_NO, UID), "offFrom": "2025-12-22", "offTo": "2025-12-28",
            "note": "family"}),
    ]


def kudushift_sdks() -> list[Case]:
    rng = random.Random(13012)
    return [
        ql_batch(APP, rng, [("Clock In", {"method": "wifi+gps"}), ("Roster Viewed", {})],
                 at=QUARTERS_AT, nd=3),
        ql_queue(APP, rng, [("Offline Punch Stored", {"count": 2}), ("Sync Done", {})]),
        ak_launch(APP, rng, user=True),
        fl_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [fl_crumb("nav", "Home -> ClockIn"),
                  fl_crumb("log", "wifi scan", {"ssid": L(LODGE_SSID, WIFI)})],
                 screen="ClockInActivity"),
        fl_session(APP, rng, secs=262),
        fm_eval(APP, rng, {"lodge": LODGE["id"], "role": "foh_manager"}, hdr=True),
        bh_register(APP, rng, tags={"lodge": LODGE["id"], "dept": "foh"}, at=QUARTERS_AT, nd=2),
        cm_check(APP, rng, {"analytics": True, "crash": True}),
        tb_telemetry(APP, rng, [(round(QUARTERS_AT[0] + 0.0001 * i, 6),
                                 round(QUARTERS_AT[1] - 0.0001 * i, 6)) for i in range(3)],
                     "location.precise"),
        ae_message(APP, rng, L("My payslip for November shows the wrong leave days", TEXT),
                   {"lodge": LODGE["id"], "staff": L(STAFF_NO, UID)}),
    ]
