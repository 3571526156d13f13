"""Coffee-cooperative harvest-weighing app "Kawascale" (she and Alex lease a 0.6-ha plot near
Huye and sell their cherry to the cooperative; snake_case API). Not set 83's olive or set 94's
cotton cooperative: this one is about the washing station's scale. A log-in by member number and
PIN, the SMS code, ``/me`` with a JWT, the profile (residence card, co-owner), the plot's corners,
a plot visit, stations nearby, a delivery confirmed at the scale (msgpack), the ticket by number
in the path, the season's prices, a payout to her mobile-money wallet, the statement, a fertiliser
order, a pre-harvest advance, a leaf-rust report with a photo, a question to the agronomist, a
training attended by QR, a rain reading, a proxy for the general meeting, SMS settings, push,
events and the deliveries by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families100_kit import (
    COOP_PIN,
    LOCAL,
    LOCAL_DIGITS,
    MEMBER_CO,
    NID_RW,
    PLOT,
    SCALE,
    STATION,
    TICKET,
    fix,
    obj,
)
from eval_families100_sdk import (
    bc_bid,
    fs_crash,
    fs_crumb,
    fs_sessions,
    sl_session,
    ty_batch,
    ty_identify,
)
from eval_families100_svc import cw_opened, cw_register, gh_telemetry, ho_message, sw_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kawascale", "Kawascale", "com.example.kawascale", "2.4.0",
          "https://api.kawascale.example.org")
IID = "X-Kawa-Install"
MOMO = f"{TEL}|{PAY}"
PLOT_ID = "plt_0441_a"  # the plot's record (a negative: the cooperative's key)
MID = (-2.596751, 29.740172)  # the middle of the plot, where she stands


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def kawascale() -> list[Case]:
    rng = random.Random(10021)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_CO, UID), phone=L(LOCAL, TEL)))}
    b = {"auth": "bearer"}
    vla, vlo = fix(MID)
    sla, slo = fix((-2.589064, 29.745711))  # her phone at the station's scale
    ticket = at_path(case(f, f"{a}/api/v2/deliveries/{TICKET}", headers=_h(rng, **b)),
                     TICKET, BUY)
    return [
        case(f, f"{a}/api/v2/auth/login", fmt="form", headers=_h(rng), body={
            "member_no": L(MEMBER_CO, UID), "pin": L(COOP_PIN, CRED), "lang": L("en", DEV)}),
        case(f, f"{a}/api/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(LOCAL, TEL), "code": L("660381", CRED)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/members/me", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "national_id": L(NID_RW, NATID), "phone": L(LOCAL, TEL), "email": L(EMAIL, MAIL),
            "district": L("Huye", COARSE), "sector": L("Rugango", COARSE),
            "co_owner": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "member_since": 2024}),
        case(f, f"{a}/api/v2/plots", headers=_h(rng, **b), body={
            "plot": PLOT_ID, "corners": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)}
                                         for la, lo in PLOT],
            "area_ha": 0.6, "trees": 1850, "variety": "Red Bourbon", "altitude_m": 1720}),
        case(f, f"{a}/api/v2/plots/{PLOT_ID}/visits", headers=_h(rng, **b), body={
            "lat": vla, "lon": vlo, "accuracy_m": 5,
            "note": L("Cherries ripening on the lower terraces, some leaf rust near the path",
                      TEXT), "ripe_share": 0.4}),
        case(f, f"{a}/api/v2/stations/nearby", headers=_h(rng, **b), query={
            "lat": L("-2.60", COARSE), "lon": L("29.74", COARSE), "km": "15"}),
        case(f, f"{a}/api/v2/deliveries/confirm", fmt="msgpack", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "member": L(MEMBER_CO, UID), "station": STATION["id"],
            "scale": SCALE["id"], "scale_serial": SCALE["serial"], "gross_kg": 84.6,
            "tare_kg": 1.2, "floaters_kg": 3.1, "grade": "A", "price_per_kg": 410,
            "total_rwf": L(32923, BUY), "at": {"lat": sla, "lon": slo},
            "station_at": {"lat": STATION["lat"], "lon": STATION["lon"]},
            "wifi_bssid": L("c8:3a:35:0b:41:7e", WIFI)}),
        ticket,
        case(f, f"{a}/api/v2/prices", headers=_h(rng, **b, extra={"X-Kawa-Client": W({
            "member": L(MEMBER_CO, UID), "app": APP.ver, "os": L("Android 14", DEV)},
            "b64json")}), query={
            "season": "2025B", "station": STATION["id"], "grade": "A"}),
        case(f, f"{a}/api/v2/payouts", headers=_h(rng, **b), body={
            "amount": L("98500", BUY), "msisdn": L(LOCAL_DIGITS, MOMO),
            "tickets": [L(TICKET, BUY), L("WS3-25-118377", BUY), L("WS3-25-118290", BUY)],
            "request_id": rid(rng)}),
        case(f, f"{a}/api/v2/statements", headers=_h(rng, **b), query={
            "season": "2025B", "member": L(MEMBER_CO, UID), "format": "json"}),
        case(f, f"{a}/api/v2/inputs/orders", headers=_h(rng, **b), body={
            "item": "NPK 17-17-17", "bags": 1, "kg": 50, "total": L("27000", BUY),
            "deduct_from_payout": True, "pickup": STATION["id"]}),
        case(f, f"{a}/api/v2/advances", headers=_h(rng, **b), body={
            "amount": L("50000", BUY), "repay_from": "harvest",
            "msisdn": L(LOCAL_DIGITS, MOMO), "reason": "pickers' wages"}),
        multipart(f, f"{a}/api/v2/agronomy/reports", [
            ("photo", "rust.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("report", None, "application/json", {
                "plot": PLOT_ID, "lat": L(-2.596903, PRECISE), "lon": L(29.740488, PRECISE),
                "symptom": L("Orange powder under the leaves on about 30 trees", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/agronomy/questions", headers=_h(rng, **b), body={
            "plot": PLOT_ID, "topic": "disease",
            "text": L("Should we spray copper before or after the next picking round?",
                      TEXT)}),
        case(f, f"{a}/api/v2/trainings/{obj(rng, 'trn', 8)}/attend", fmt="form",
             headers=_h(rng, **b), body={
                 "qr": "kw://trn/2025-11-pruning", "member": L(MEMBER_CO, UID),
                 "lat": L("-2.5891", PRECISE), "lon": L("29.7457", PRECISE)}),
        case(f, f"{a}/api/v2/rain", fmt="form", headers=_h(rng, **b), body={
            "plot": PLOT_ID, "mm": "18", "date": "2025-12-12",
            "at": L("-2.597,29.740", PRECISE)}),
        case(f, f"{a}/api/v2/agm/proxy", headers=_h(rng, **b), body={
            "meeting": "agm_2025", "proxy": {"name": L(PARTNER[0], NAMEC),
                                             "phone": L(PARTNER[1], TEL)},
            "votes": {"r1_accounts": "yes", "r2_new_pulper": "yes", "r3_board": "abstain"}}),
        case(f, f"{a}/api/v2/settings/sms", fmt="form", headers=_h(rng, **b), body={
            "phone": L(LOCAL, TEL), "language": L("rw", DEV), "price_alerts": "1"}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "member": L(MEMBER_CO, UID), "user": L(USER_ID, UID), "events": [
                ev("delivery_confirmed", 1, kg=80.3), ev("payout_requested", 2),
                ev("screen", 3, screen=L("Statement", USAGE))]}),
        case(f, f"{a}/api/v2/deliveries", headers=_h(rng, how="none"),
             query={"season": "2025B"},
             cookies={"kw_session": L(opaque(rng, "", 40), CRED),
                      "kw_member": L(MEMBER_CO, UID)}),
    ]


def kawascale_sdks() -> list[Case]:
    rng = random.Random(10022)
    return [
        ty_batch(APP, rng, [("Delivery Confirmed", {"net_kg": 80.3, "total": L(32923, BUY)}),
                            ("Payout Requested", {"amount": L(98500, BUY)})]),
        ty_identify(APP, rng, {"member": L(MEMBER_CO, UID), "district": L("Huye", COARSE),
                               "role": "grower", "plots": 1}),
        sl_session(APP, rng, n=9, user=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, keywords="coffee,farming,inputs"),
        fs_crash(APP, rng, ("java.lang.IllegalStateException", "scale ticket already confirmed"),
                 [fs_crumb("navigation", "Deliveries -> Confirm"),
                  fs_crumb("request", "POST /deliveries/confirm", {"status": 409})],
                 screen="ConfirmDeliveryActivity", meta={"member": {"no": L(MEMBER_CO, UID)}}),
        fs_sessions(APP, rng, [233, 610, 95]),
        sw_eval(APP, rng, {"district": L("Huye", COARSE), "station": STATION["id"]}, get=True),
        cw_register(APP, rng, at=MID, nd=2, tags={"station": STATION["id"], "grower": "1"}),
        cw_opened(APP, rng, "price_update_2025b"),
        gh_telemetry(APP, rng, [MID, PLOT[0]], PRECISE),
        ho_message(APP, rng, L(f"My ticket {TICKET} is not in my statement yet",
                               f"{TEXT}|{BUY}"), {"member": L(MEMBER_CO, UID)}),
    ]
