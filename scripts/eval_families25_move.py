"""Moving and removals quote app "Cratewise": a move from the user's flat to her next home, an
inventory with photos and a room scan, quotes, a deposit, an e-signed contract, move-day
location sharing, storage, a utilities hand-over, a review and a damage report."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families25_kit import (
    MOVE_JOB,
    MOVER_LINE,
    MOVER_MAIL,
    MOVER_PHONE,
    NEW_LINE1,
    NEW_ZIP,
    PNG,
    STORAGE_AT,
    new_address,
    obj_id,
)
from eval_families25_sdk import (
    gauge_batch,
    gauge_identify,
    moth_crumb,
    moth_event,
    ref_event,
    ref_open,
)
from eval_families25_svc import (
    bell_register,
    cairn_message,
    cons_save,
    finch_confirm,
    finch_token,
    smith_forward,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("cratewise", "Cratewise", "com.example.cratewise", "3.14.0",
          "https://api.cratewise.example.com")
IID = "X-Cratewise-Install"
MV = "mv_5c81e2a07d"
J_URL = f"https://api.cratewise.example.com/v1/jobs/{MOVE_JOB}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _job(path: str, rng: random.Random, body: Any = None) -> Case:
    """A call on the booked job (its customer-facing code in the URL path)."""
    c = case(APP.fam, f"{J_URL}{path}", headers=_h(rng, auth="bearer"), body=body)
    return at_path(c, MOVE_JOB, BUY)


def cratewise() -> list[Case]:
    rng = random.Random(2511)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    lat3, lon3 = pos(3)
    lat5, lon5 = pos(5)
    cases = [
        case(f, f"{a}/v1/auth/signup", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(NATIONAL, TEL),
            "password": L("Boxes&Tape2025", CRED), "accept_terms": True,
            "marketing_opt_in": False, "referral_code": "FRIEND25"}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Boxes&Tape2025", CRED), "client_id": "cratewise-android",
            "scope": "openid profile moves"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/moves", headers=_h(rng, auth="bearer"), body={
            "from": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                     "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "floor": 4,
                     "elevator": True, "long_carry_ft": 50},
            "to": dict(new_address(), floor=2, elevator=False),
            "move_date": "2026-01-17", "flexible_days": 2, "home_size": "1br",
            "source": "app"}),
        case(f, f"{a}/v1/moves/{MV}/inventory", headers=_h(rng, auth="bearer"), body={
            "rooms": [{"room": "living", "items": [{"type": "sofa_3seat", "qty": 1},
                                                   {"type": "bookcase", "qty": 2},
                                                   {"type": "tv_55in", "qty": 1}]},
                      {"room": "bedroom", "items": [{"type": "bed_queen", "qty": 1},
                                                    {"type": "dresser", "qty": 1}]}],
            "boxes_estimate": 35,
            "notes": L("The upright piano stays, the buyer collects it on the 15th", TEXT)}),
        multipart(f, f"{a}/v1/moves/{MV}/photos", [
            ("photo", "living_room.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", {"room": "living", "move_id": MV,
                                                "upload_id": rid(rng)})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/moves/{MV}/scan", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"uid": L(USER_ID, UID), "scan_id": obj_id(rng, "scn"), "room": "bedroom",
                   "volume_ft3": 412.5, "items": [
                       {"label": "bed_queen", "conf": 0.93, "dims_in": [80, 60, 14]},
                       {"label": "dresser", "conf": 0.88, "dims_in": [58, 18, 32]},
                       {"label": "box_medium", "conf": 0.71, "dims_in": [18, 18, 16]}],
                   "device": {"model": L("Pixel 8", DEV), "arcore": "1.46.0"}}),
        case(f, f"{a}/v1/moves/{MV}/quotes", query={"sort": "price", "page": "1"},
             headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/quotes/{obj_id(rng, 'q')}/accept", headers=_h(rng, auth="bearer"),
             body={"deposit": L("150.00", BUY), "estimate_total": L("1840.00", BUY),
                   "payment_method": L("pm_" + opaque(rng, "", 24), PAY),
                   "valuation": "full_value", "valuation_premium": L("89.00", BUY),
                   "idempotency_key": rid(rng)}),
        _job("", rng),
        at_path(multipart(f, f"{J_URL}/contract/sign", [
            ("signature", "signature.png", "image/png", L(PNG, MEDIA)),
            ("signer", None, "application/json",
             {"name": L(NAME, NAMEC), "signed_at": "2025-12-09T23:08:12Z",
              "ip": L(PUBLIC_IP, IPLOC), "user_agent": L(APP.ua, DEV),
              "contract_version": "2025-11"})],
            headers=_h(rng, auth="bearer")), MOVE_JOB, BUY),
        _job("/live-location", rng, {"lat": lat5, "lng": lon5, "accuracy_m": 8, "speed": 0,
                                     "battery": L(0.41, DEV), "ts": 1768658400000}),
        case(f, f"{a}/v1/messages", headers=_h(rng, auth="bearer"), body={
            "thread_id": obj_id(rng, "th"), "client_msg_id": rid(rng),
            "to": {"company": "Bronx Movers", "phone": MOVER_PHONE, "email": MOVER_MAIL,
                   "address": MOVER_LINE},
            "text": L("Can the crew bring four wardrobe boxes? The super says use the service "
                      "entrance on 34th St", TEXT)}),
        case(f, f"{a}/v1/storage/nearby", headers=_h(rng, auth="bearer"),
             query={"lat": lat3, "lng": lon3, "size": "5x10", "climate": "1"}),
        case(f, f"{a}/v1/storage/reservations", headers=_h(rng, auth="bearer"), body={
            "facility_id": obj_id(rng, "fac"), "facility_at": list(STORAGE_AT),
            "unit_size": "5x10", "start": "2026-01-16", "monthly_rate": L("129.00", BUY),
            "insurance": "basic"}),
        case(f, f"{a}/v1/partners/utilities/referral", headers=_h(rng, auth="bearer"), body={
            "partner": "example-power", "consent": True, "start_date": "2026-01-17",
            "contact": {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL)},
            "service_address": {"line1": L(NEW_LINE1, ADDR), "zip": L(NEW_ZIP, COARSE)}}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, auth="bearer"), body={
            "friend_name": L(PEOPLE[1][0], NAMEC), "friend_email": L(PEOPLE[1][2], MAIL),
            "message": L("These guys moved me in a day, use my code", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, auth="bearer"), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "platform": "android", "app_version": APP.ver}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, auth="bearer"), body={
            "user_id": L(USER_ID, UID), "os": L("Android 14", DEV), "events": [
                ev("quote_viewed", 1, mover=obj_id(rng, "mvr")),
                ev("quote_accepted", 2, value=L("1840.00", BUY)),
                ev("screen_view", 3, screen=L("MoveDay", USAGE))]}),
        case(f, f"{a}/v1/moves", query={"status": "active"}, headers=_h(rng, how="none"),
             cookies={"cw_session": L(opaque(rng, "", 56), CRED),
                      "cw_install": L(INSTALL_ID, DID), "cw_exp": "quote_b"}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, auth="bearer"), body={
            "job": L(MOVE_JOB, BUY), "stars": 4, "display_name": L(f"{FIRST} D.", NAMEC),
            "text": L("On time and careful with the bookcases, one door frame got scratched",
                      TEXT)}),
        at_path(multipart(f, f"{J_URL}/damage", [
            ("photo", "door_frame.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("claim", None, "application/json",
             {"item": "door frame", "room": "hallway", "callback_phone": L(DASHED, TEL),
              "description": L("Deep scratch on the hallway door frame at the new place",
                               TEXT)})],
            headers=_h(rng, auth="bearer")), MOVE_JOB, BUY),
    ]
    return cases


def cratewise_sdks() -> list[Case]:
    rng = random.Random(2512)
    return [
        gauge_batch(APP, rng, [("Quote Requested", {"home_size": "1br", "distance_mi": 6.2}),
                               ("Quote Accepted", {"value": L(1840.0, BUY)}),
                               ("Screen Viewed", {"name": L("MoveDay", USAGE)})]),
        gauge_identify(APP, rng, {"move_month": "2026-01", "from_zip": L(ZIP, COARSE),
                                  "to_zip": L(NEW_ZIP, COARSE), "home_size": "1br"}),
        ref_open(APP, rng, first=True),
        ref_event(APP, rng, "PURCHASE", {"revenue": L(150.0, BUY), "currency": "USD",
                                         "transaction_id": L(MOVE_JOB, BUY)}, hashed=True),
        moth_event(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                   [moth_crumb("navigation", "Quotes -> AcceptQuote"),
                    moth_crumb("http", "POST", {"url": "https://api.cratewise.example.com/v1/"
                                                      "quotes/{id}/accept", "status_code": 504})],
                   screen="AcceptQuoteActivity"),
        bell_register(APP, rng, tags={"move_date": "2026-01-17", "home_size": "1br"}),
        finch_token(APP, rng),
        finch_confirm(APP, rng),
        smith_forward(APP, rng, f"{NEW_LINE1}, Brooklyn", ADDR),
        cairn_message(APP, rng, L("The crew scratched a door frame, how do I file a claim?",
                                  TEXT), {"job": L(MOVE_JOB, BUY), "plan": "full_service"},
                      phone=L(PHONE, TEL)),
        cons_save(APP, rng, {"analytics": True, "advertising": False, "sale_of_data": False}),
    ]
