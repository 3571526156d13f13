"""Blind set twenty-one, part eight: a ski-resort app ("Powderline": lift tickets, rentals, lessons
and run tracking), its own API and the SDKs it embeds (see ``eval_families21.py`` for the rules of
this set, its conventions and its calls).

First party: a log-in, resorts near a 2-decimal ``"lat,lon"``, a resort's conditions and lifts, a
lift-ticket purchase (the skier's name and date of birth for age pricing, total, payment method),
linking a season pass by its number, the pass photo (multipart), a rental fitting (height, weight,
age, ability: the binding setting needs them), a lesson with a note naming a knee surgery, a ski
day's GPS track (gzip: the user's own 6-decimal fixes at the resort, distance, vertical, calories
and heart rate), the offline queue flushed as JSON Lines (lift scans, a run, a friend ping at 5
decimals with the battery), a friend request by phone, a ski-patrol report with the position and the
user's phone, the resort's weather by its own coordinates, webcams and push registration; calls
carry a bearer JWT (user ID claim) and the app's User-Agent. SDKs: analytics batch and a season-pass
identify, MMP launch and purchase event, card and confirmation, a route to the resort, a crash with
a location-permission breadcrumb, push with a home-state tag, consent status and save (with the IP
as proof) and flags.
"""

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
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    encode,
    jsonl,
    multipart,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, STATE, T0, App, latlng, pos
from eval_families21_kit import RESORT_AT, sdk_uid, track
from eval_families21_sdk import bf_error, ew_batch, ew_identify, ew_msg, tm_event, tm_launch
from eval_families21_svc import (
    cb_card,
    cb_confirm,
    ch_save,
    ch_status,
    gn_route,
    nf_register,
    tg_ctx,
    tg_eval,
)
from eval_payloads import EMAIL, LAT, LON, USER_ID, Case, J, L, case, rnd_hex, rnd_uuid

PL = App("powderline", "Powderline", "com.example.powderline", "6.1.5",
         "https://api.powderline.example.net/v2")
RESORT = "rs_mansfield"
ORDER = "PWD-30918"
PASS = "PL-7731-2291-04"


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": L(PL.ua, DEV)}
    if auth:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "iat": T0, "exp": T0 + 1800,
                                "tier": "member", "pass": "season"})
    return h


def powderline() -> list[Case]:
    rng = random.Random(21061)
    a, f = PL.api, PL.fam
    out = [case(f, f"{a}/auth/login", headers=_h(rng, False), body={
        "email": L(EMAIL, MAIL), "password": L("FreshTracks#19", CRED), "client": "android"})]
    out.append(case(f, f"{a}/resorts", headers=_h(rng), query={"near": latlng(2),
                                                                "pass": "any"}))
    out.append(case(f, f"{a}/resorts/{RESORT}/conditions", headers=_h(rng)))
    out.append(case(f, f"{a}/resorts/{RESORT}/lifts", headers=_h(rng), query={"live": "1"}))
    out.append(case(f, f"{a}/tickets/purchase", headers=_h(rng), body={
        "resort": RESORT, "product": L("2-day adult lift ticket", BUY),
        "dates": ["2026-01-17", "2026-01-18"],
        "skier": {"first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
                  "birthdate": L(DOB, BIRTH)},
        "total": L(298.0, BUY), "order_ref": L(ORDER, BUY),
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY)}))
    out.append(case(f, f"{a}/passes/link", headers=_h(rng), body={
        "pass_number": L(PASS, BUY), "last_name": L(LAST, NAMEC)}))
    out.append(multipart(f, f"{a}/passes/photo", [
        ("meta", None, "application/json", {"pass": L(PASS, BUY), "crop": [0.1, 0.05, 0.8,
                                                                         0.8]}),
        ("photo", "pass_photo.jpg", "image/jpeg", L(JPEG + b"\x12" * 40, MEDIA)),
    ], headers=_h(rng)))
    out.append(case(f, f"{a}/rentals/fitting", headers=_h(rng), body={
        "resort": RESORT, "pickup": "2026-01-17", "height_cm": L(168, FIT),
        "weight_kg": L(61, FIT), "age": L(34, BIRTH), "ability": "III", "boot_mondo": 24.5,
        "package": "performance"}))
    out.append(case(f, f"{a}/lessons", headers=_h(rng), body={
        "resort": RESORT, "type": "private_2h", "date": "2026-01-18", "level": "intermediate",
        "note": L("Had ACL surgery in March, cleared to ski but no moguls please",
                  f"{TEXT}|{MED}"), "price": L(219.0, BUY)}))
    pts = track(rng, 6, RESORT_AT)
    out.append(case(f, f"{a}/days", headers=_h(rng), gz=True, body={
        "resort": RESORT, "date": "2026-01-17", "points": pts,
        "summary": {"runs": 14, "distance_km": L(31.4, FIT), "vertical_m": L(4120, FIT),
                    "calories": L(1860, FIT), "avg_hr": L(128, FIT),
                    "max_speed_kmh": L(61.2, FIT)}}))
    acc: Acc = {}
    flat, flon = pos(5, RESORT_AT[0] - LAT + 0.0031, RESORT_AT[1] - LON - 0.0012)
    lines = jsonl([
        {"k": L("lift_scan", USAGE), "lift": "fourrunner_quad", "ts": (T0 + 86400 * 39) * 1000},
        {"k": L("run_end", USAGE), "trail": "nosedive", "ts": (T0 + 86400 * 39 + 600) * 1000},
        {"k": L("friend_ping", USAGE), "lat": flat, "lon": flon, "battery": L(37, DEV),
         "ts": (T0 + 86400 * 39 + 700) * 1000},
        {"k": L("lift_scan", USAGE), "lift": "gondola", "ts": (T0 + 86400 * 39 + 900) * 1000},
    ], acc)
    out.append(add(encode(raw(f, f"{a}/queue/flush", lines, "application/x-ndjson", {},
                              headers=_h(rng)), "gzip"), acc))
    out.append(case(f, f"{a}/friends/requests", headers=_h(rng), body={
        "phone": L(PEOPLE[0][1], TEL), "note": L("ski buddy from the bus", TEXT)}))
    plat, plon = pos(5, RESORT_AT[0] - LAT - 0.0021, RESORT_AT[1] - LON + 0.0017)
    out.append(case(f, f"{a}/patrol/reports", headers=_h(rng), body={
        "resort": RESORT, "lat": plat, "lon": plon,
        "text": L("Skier down below the Lift 4 unload, conscious, left leg hurt", TEXT),
        "callback": L(E164, TEL)}))
    out.append(case(f, f"{a}/weather", headers=_h(rng, False), query={
        "lat": f"{RESORT_AT[0]:.3f}", "lon": f"{RESORT_AT[1]:.3f}", "hours": "48"}))
    out.append(case(f, f"{a}/resorts/{RESORT}/webcams", headers=_h(rng, False)))
    out.append(case(f, f"{a}/devices", headers=_h(rng), body={
        "push_token": L(push_token(rng), DID), "tz": L("America/New_York", DEV),
        "model": L("Pixel 8", DEV)}))
    return out


def powderline_sdks() -> list[Case]:
    rng = random.Random(21062)
    uid = sdk_uid(rng)
    out = [ew_batch(PL, [
        ew_msg(0, "Resort", kind="screen"),
        ew_msg(1, "Ticket Purchased", {"order_id": L(ORDER, BUY), "revenue": L(298.0, BUY),
                                       "days": 2}),
        ew_msg(2, "Run Tracked", {"trail": "nosedive", "difficulty": "black"})])]
    out.append(ew_identify(PL, {"email": L(EMAIL, MAIL), "passHolder": True,
                                "homeState": L(STATE, COARSE), "ageGroup": L("30-39", BIRTH)}))
    out.append(tm_launch(PL, uid, 9, push=push_token(rng), cuid=True))
    out.append(tm_event(PL, uid, "af_purchase", {"af_revenue": L(298.0, BUY),
                                                 "af_content_id": "lift_2day_adult",
                                                 "af_order_id": L(ORDER, BUY)}))
    out.append(cb_card(PL, rng))
    out.append(cb_confirm(PL, rng))
    out.append(gn_route(PL, RESORT_AT, "auto"))
    out.append(bf_error(PL, rng, "java.lang.SecurityException",
                        "Need ACCESS_FINE_LOCATION for background tracking",
                        ["Home", "TrackDay"]))
    out.append(nf_register(PL, push_token(rng), [L(f"home_{STATE.lower()}", COARSE),
                                                 "pass_holder", "powder_alerts"]))
    cid = rnd_uuid(rng)
    out.append(ch_status(PL, cid))
    out.append(ch_save(PL, cid, True, ip=True))
    out.append(tg_eval(PL, tg_ctx(), ["lift_lines_live", "rental_upsell"]))
    return out
