"""Psoriasis phototherapy tracker "Lumaderm": sign-up (skin type, diagnosis), an OAuth password
grant, ``/me``, the history (arthritis, medicines, pregnancy), a PASI assessment, plaque photos,
pairing the home NB-UVB panel, a session's start and its protobuf log, the dose history (gzip),
an itch diary, a DLQI in msgpack, a methotrexate dose, liver tests, a message and a report shared
with her dermatologist, the insurance card, a clinic visit, the UV index near her flat, a Play
subscription, reminders, push, events and the sessions by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families90_kit import (
    BG_HOME_AT,
    DERM_CLINIC,
    DERMATOLOGIST,
    MEMBER_LD,
    PANEL,
    doses,
    obj,
)
from eval_families90_sdk import (
    kv_crash,
    kv_crumb,
    kv_session,
    mk_batch,
    tg_event,
    tg_open,
)
from eval_families90_svc import ks_card, ks_charge, pk_eval, ps_status, zv_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lumaderm", "Lumaderm", "com.example.lumaderm", "5.2.0",
          "https://api.lumaderm.example.com")
IID = "X-Lumaderm-Install"
PW = "Heliotrope-Jam-48"
MT = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _region(rng: random.Random, site: str) -> dict[str, Any]:
    return {"site": site, "erythema": rng.randrange(1, 4), "induration": rng.randrange(1, 3),
            "scaling": rng.randrange(1, 4), "area": rng.randrange(1, 3)}


def lumaderm() -> list[Case]:
    rng = random.Random(9021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER_LD, MED)))}
    ses = obj(rng, "uvs", 10)
    lab: dict[str, str] = {}
    log = pb([(1, L(USER_ID, UID)), (2, ses), (3, [(1, L(373, MED)), (2, L(143, MED)),
                                                   (3, L(0, MED))]),
              (4, PANEL["serial"]), (5, 2.61), (6, 1765287000)], "", lab)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dateOfBirth": L(DOB, BIRTH), "sex": L("female", GENDER),
            "phone": L(NATIONAL, TEL), "zip": L(ZIP, COARSE), "skinType": L("II", MED),
            "diagnosis": L("plaque psoriasis", MED), "diagnosedYear": L(2014, MED)}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lumaderm-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/history", headers=_h(rng, **b), body={
            "conditions": [L("psoriatic arthritis", MED), L("mild hypertension", MED)],
            "medications": [{"name": L("methotrexate", MED), "dose": L("15 mg weekly", MED)},
                            {"name": L("calcipotriol cream", MED), "dose": L("daily", MED)}],
            "photosensitisingDrugs": L(False, MED), "skinCancerHistory": L(False, MED),
            "pregnant": L(False, SENS), "smoker": False}),
        case(f, f"{a}/v2/assessments/pasi", headers=_h(rng, **b), body={
            "regions": L([_region(rng, r) for r in ("head", "arms", "trunk", "legs")], MED),
            "pasi": L(9.6, MED), "bsaPct": L(7, MED), "assessedBy": "self"}),
        multipart(f, f"{a}/v2/photos", [
            ("photo1", "elbow_l.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("photo2", "shin_r.jpg", "image/jpeg", L(JPEG + b"\x22", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"sites": [L("left elbow", MED),
                                                          L("right shin", MED)],
                                                "lighting": "daylight"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices/panel", headers=_h(rng, **b), body={
            "serial": PANEL["serial"], "model": PANEL["model"], "firmware": PANEL["fw"],
            "lampHours": PANEL["lampHours"], "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/sessions", headers=_h(rng, **b), body={
            "session": ses, "panel": PANEL["serial"], "plannedMj": L(373, MED),
            "plannedSecs": L(143, MED), "goggles": True, "sites": L(["trunk", "legs"], MED)}),
        raw(f, f"{a}/v2/sessions/{ses}/log", log, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sessions/sync", gz=True, headers=_h(rng, **b), body={
            "sessions": L(doses(rng, 8), MED), "protocol": "nbuvb-standard",
            "panel": PANEL["serial"]}),
        case(f, f"{a}/v2/diary", fmt="form", headers=_h(rng, **b), body={
            "date": "2025-12-09", "itch": L("6", MED), "sleepLostHours": L("1.5", MED),
            "note": L("Itching worse after the hot shower, new spot on my scalp", MT)}),
        case(f, f"{a}/v2/questionnaires/dlqi", fmt="msgpack", headers=_h(rng, **b), body={
            "answers": L([2, 1, 3, 0, 1, 2, 0, 1, 1, 0], MED), "total": L(11, MED),
            "version": "dlqi-1.2"}),
        case(f, f"{a}/v2/labs", headers=_h(rng, **b), body={
            "date": "2025-12-02", "alt": L(31, MED), "ast": L(27, MED), "wbc": L(6.1, MED),
            "lab": "Northpoint Lab #221"}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": DERM_CLINIC["id"],
            "text": L("My knees are stiff in the mornings since I raised the methotrexate", MT)}),
        case(f, f"{a}/v2/reports/share", headers=_h(rng, **b), body={
            "recipientName": L(DERMATOLOGIST[0], NAMEC), "recipientPhone": L(DERMATOLOGIST[1], TEL),
            "recipientEmail": L("p.raman@westsidederm.example.com", MAIL),
            "include": ["pasi", "doses", "photos"]}),
        multipart(f, f"{a}/v2/insurance", [
            ("card", "card_front.jpg", "image/jpeg", L(JPEG + b"\x23", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_LD, MED),
                                                "group": "G-88120", "payer": "Meridian Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "clinic": DERM_CLINIC, "slot": "2026-01-08T10:15",
            "reason": L("phototherapy review and MTX bloods", MED), "copay": L("40.00", BUY)}),
        case(f, f"{a}/v2/uv-index", headers=_h(rng, **b), query={
            "lat": L(f"{BG_HOME_AT[0]:.2f}", COARSE), "lon": L(f"{BG_HOME_AT[1]:.2f}", COARSE),
            "units": "metric"}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("lumaderm_plus_yearly", BUY), "orderId": L("GPA.3371-0924-5583-21940",
                                                                      BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "days": "mon,wed,fri", "time": "19:30", "tz": L("Europe/Belgrade", DEV)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("session_completed", 1, mj=373), ev("photo_added", 2),
                ev("screen", 3, screen=L("DoseChart", USAGE))]}),
        case(f, f"{a}/v2/sessions", headers=_h(rng, how="nodash"),
             cookies={"ld_session": L(opaque(rng, "", 44), CRED)}),
    ]


def lumaderm_sdks() -> list[Case]:
    rng = random.Random(9022)
    return [
        mk_batch(APP, rng, [("Session Completed", {"doseMj": L(373, MED), "erythema": 0}),
                            ("PASI Logged", {"pasi": L(9.6, MED)})], tz="Europe/Belgrade"),
        tg_open(APP, rng, user=True, n=23),
        tg_event(APP, rng, "subscribe", {"plan": "plus_yearly"}, revenue=59.99, hashed=True),
        kv_crash(APP, rng, ("java.util.concurrent.TimeoutException", "panel ack 5000 ms"),
                 [kv_crumb("nav", "Session -> Countdown"),
                  kv_crumb("log", "panel ble", {"serial": PANEL["serial"]})],
                 screen="CountdownActivity"),
        kv_session(APP, rng, secs=612),
        pk_eval(APP, rng, {"homePanel": True, "skinType": L("II", MED)}),
        zv_register(APP, rng, tags={"protocol": "nbuvb"}, lang="en"),
        ps_status(APP, rng, {"analytics": True, "ads": False}),
        ks_card(APP, rng, email=True),
        ks_charge(APP, rng, "59.99"),
    ]
