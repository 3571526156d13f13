"""A relief NGO's staff movement and safety app "Kalkalwa" (Sahel Lifeline International's
Maiduguri office, fictional: staff file movement requests, check in from sites by radio call
sign, carry a panic button and cross to Diffa). Its API mixes English and Kanuri keys:
``cu``/``cu_abba`` name/father's name, ``lamba_waya`` phone, ``lamba_staff`` staff number,
``paspo`` passport, ``bu_grup`` blood group (``bu`` blood), ``lapiya`` health, ``magani``
medicine, ``kam_lamar`` emergency contact (lit. "person for trouble"), ``kamye`` people,
``bla`` town, ``kau`` day, ``labar`` message, ``hoto`` photo, ``kurdi`` money, ``akawun``
account. OAuth password grant, an SMS code, ``/nyi`` (me), the staff profile (passport, blood
group, next of kin, satellite phone), a movement request to Damasak, a site check-in with her fix,
a protobuf track beat, an offline fix queue (msgpack), a panic alert, proof-of-life answers, a
face check for attendance (a face template), the roster by staff number in the path, a per diem
claim, incident photos, a border crossing to Diffa, the Diffa base's Wi-Fi joined, advisories for
towns, a radio-room message, leave by cookie, the medevac card, push, events and a log-out. No
earlier set has an aid worker's movement and safety app (a docstring grep for "humanitarian",
"aid work", "staff safety" and "debrief" found nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families182_kit import (
    ACCOUNT,
    BASE,
    CALLSIGN,
    DIFFA_AT,
    HOME_AT,
    KIN,
    LOCAL_NO,
    PASSPORT,
    SATPHONE,
    SISTER_US,
    SITE_FIX,
    STAFF,
    fix,
    hd,
    obj,
    push,
)
from eval_families182_sdk import kd_crash, kd_crumb, kd_session, mk_batch, mk_queue, ty_launch
from eval_families182_svc import cs_save, fl_eval, mp_route, mp_telemetry, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kalkalwa", "Kalkalwa", "org.example.kalkalwa", "5.0.2",
          "https://api.kalkalwa.example.org")
IID = "X-Kalkalwa-Device"
PW = "Lima-Kilo!Yerwa7"
NID = "personal.national_id"
FACE = "biometric.face"
ROAD = [(11.918204, 13.061588), (12.051377, 12.921044), (12.246615, 12.758310)]  # her fixes
DIFFA_BASE = {"id": "bs_dfa", "lat": 13.31402, "lon": 12.60518, "ssid": "SLI-Diffa-Staff",
              "bssid": "60:38:e0:4b:19:a2"}  # the Diffa base (point a negative; Wi-Fi joined)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _face(rng: random.Random) -> list[float]:
    return [round(rng.gauss(0.0, 0.09), 5) for _ in range(128)]


def kalkalwa() -> list[Case]:
    rng = random.Random(18211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), staff=L(STAFF, UID),
                                    callsign=L(CALLSIGN, UID), base=BASE["id"]))}
    sla, slo = fix(SITE_FIX)
    pla, plo = fix(ROAD[1], 5)
    mv = obj(rng, "mv")
    lab: dict[str, str] = {}
    beat = pb([(1, L(STAFF, UID)), (2, mv), (3, 1768030000),
               (4, [(1, L(ROAD[0][0], PRECISE)), (2, L(ROAD[0][1], PRECISE)), (3, 14.0)]),
               (5, L(52, DEV))], "", lab)
    roster = at_path(case(f, f"{a}/v2/staff/{STAFF}/roster", headers=_h(rng, **b),
                          query={"month": "2026-01"}), STAFF, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "kalkalwa-android"}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "lamba_waya": L(LOCAL_NO, TEL), "kodu": L("771204", CRED)}),
        case(f, f"{a}/v2/nyi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profile", headers=_h(rng, **b), body={
            "cu": L(FIRST, NAMEC), "cu_abba": L(LAST, NAMEC), "lamba_staff": L(STAFF, UID),
            "paspo": L(PASSPORT, NID), "bu_grup": L("O+", MED),
            "lapiya": {"allergy": L("penicillin", MED), "magani": L("salbutamol inhaler", MED)},
            "kam_lamar": {"cu": L(KIN[0], NAMEC), "lamba_waya": L(KIN[1], TEL),
                          "relation": "kwanyi"},
            "satphone": L(SATPHONE, TEL), "callsign": L(CALLSIGN, UID)}),
        case(f, f"{a}/v2/movements", headers=_h(rng, **b), body={
            "movement": mv, "bla_fara": L("Maiduguri", COARSE), "bla_dawu": L("Damasak", COARSE),
            "kau": "2026-01-14", "convoy": "cv_0114_a", "vehicle": "BO-552-KT",
            "kamye": [L(f"{FIRST} {LAST}", NAMEC), L("Ibrahim Goni Lawan", NAMEC)],
            "labar": L("Cash distribution, 2,400 households, back before 17:00", TEXT)}),
        case(f, f"{a}/v2/checkins", headers=_h(rng, **b), body={
            "site": "st_ngomari_3", "at": {"lat": sla, "lng": slo, "acc": 6},
            "callsign": L(CALLSIGN, UID), "status": "ngala", "checkin": obj(rng, "ck")}),
        raw(f, f"{a}/v2/track/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/track/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "staff": L(STAFF, UID), "movement": mv,
            "fixes": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE), "t": 1768030300 + 900 * i}
                      for i, (la, lo) in enumerate(ROAD)]}),
        case(f, f"{a}/v2/alerts/panic", headers=_h(rng, **b), body={
            "callsign": L(CALLSIGN, UID), "at": {"lat": pla, "lng": plo},
            "labar": L("Vehicle stopped at an unplanned checkpoint, all staff inside", TEXT),
            "battery": L(41, DEV), "alert": obj(rng, "al")}),
        case(f, f"{a}/v2/proof-of-life", headers=_h(rng, **b), body={
            "questions": ["q_first_pet", "q_school_street", "q_aunt"],
            "answers": [L("Biscuit", CRED), L("Maple Avenue", CRED), L("Rosalind", CRED)]}),
        case(f, f"{a}/v2/attendance/face", headers=_h(rng, **b), body={
            "staff": L(STAFF, UID), "base": BASE["id"], "model": "fn-128-v3",
            "face_template": L(_face(rng), FACE), "liveness": 0.97}),
        roster,
        case(f, f"{a}/v2/perdiem", headers=_h(rng, **b), body={
            "movement": mv, "days": 3, "kurdi": L(45000, BUY), "currency": "NGN",
            "kurdi_xof": L(30000, BUY), "akawun": L(ACCOUNT, PAY)}),
        multipart(f, f"{a}/v2/incidents/photos", [
            ("hoto", "checkpoint.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "incident": obj(rng, "in"),
                "labar": L("Road blocked by a broken-down truck, detour through Mafa", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/crossings", headers=_h(rng, **b), body={
            "paspo": L(PASSPORT, NID), "visa": L("NE-V-2025-118402", NID),
            "point": L("Damasak", COARSE), "bla_dawu": L("Diffa", COARSE),
            "kau": "2026-01-20", "purpose": "joint assessment"}),
        case(f, f"{a}/v2/wifi", headers=_h(rng, **b), body={
            "base": DIFFA_BASE["id"], "ssid": L(DIFFA_BASE["ssid"], WIFI),
            "bssid": L(DIFFA_BASE["bssid"], WIFI), "ip": L("10.8.0.23", DEV)}),
        case(f, f"{a}/v2/advisories", headers=_h(rng, **b), query={
            "bla": L("Diffa", COARSE), "route": "A3", "since": "2026-01-13"}),
        case(f, f"{a}/v2/radio/messages", headers=_h(rng, **b), body={
            "room": "mdg-ops",
            "labar": L(f"Lima-Kilo-7 at Diffa base, satphone {SATPHONE} on",
                       f"{TEXT}|{TEL}|{UID}")}),
        case(f, f"{a}/v2/leave/balance", headers=_h(rng, how="none"), cookies={
            "kk_session": L(opaque(rng, "", 40), CRED), "kk_device": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        case(f, f"{a}/v2/medevac", headers=_h(rng, **b), body={
            "policy": L("MEV-99-2041837", MED), "bu_grup": L("O+", MED),
            "conditions": [L("asthma", MED)], "hospital_pref": "hs_mdg_uth",
            "notify": {"cu": L(SISTER_US[0], NAMEC), "imel": L(SISTER_US[2], MAIL)}}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("checkin", 1), ev("screen", 2, screen=L("Movements", USAGE))]}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kalkalwa_sdks() -> list[Case]:
    rng = random.Random(18212)
    return [
        mk_batch(APP, rng, [("Checked In", {"site": "st_ngomari_3"}),
                            ("Movement Filed", {"to": L("Damasak", COARSE)})],
                 at=SITE_FIX, nd=3),
        mk_queue(APP, rng, [("Track Beat", {"speed": 62}), ("Arrived", {})]),
        ty_launch(APP, rng, user=True),
        kd_crash(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                 [kd_crumb("nav", "Home -> Panic")], screen="PanicActivity"),
        kd_session(APP, rng, secs=1930),
        fl_eval(APP, rng, {"base": BASE["id"], "role": "programme"}, hdr=True),
        pf_register(APP, rng, at=HOME_AT, nd=2, tags={"base": BASE["id"]}),
        cs_save(APP, rng, {"analytics": True, "crash": True, "marketing": False}),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((BASE["lat"], BASE["lon"]), None)]),
        mp_telemetry(APP, rng, [ROAD[2], DIFFA_AT], PRECISE),
    ]
