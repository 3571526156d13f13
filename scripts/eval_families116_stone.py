"""Kidney-stone hydration and pain log "Stonelog" (her own health data; unlike set 70's smart
bottle, drinks are typed by hand and the app is a pain and treatment diary): sign-up with her
stone history, a log-in and an e-mailed code, ``/me``, drinks (JSON), a pain episode where she
was, medicines and a dose taken, an emergency visit, the strained stone's photo, the stone
analysis, a 24-hour urine test, weight, a urine-colour check, an offline sync (msgpack), a
protobuf day summary, a Health Connect import, a note, sharing with her urologist, reminders,
push, events and history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, pb, push_token, raw
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families116_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    ER,
    GENDER,
    HNL_AT,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    UROLOGIST,
    USAGE,
    fix,
    intake,
    obj,
)
from eval_families116_sdk import cw_batch, cw_identify, fp_crash, fp_crumb, fp_session, sc_session
from eval_families116_svc import ms_geocode, nu_register, oo_save, sw_eval, tb_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("stonelog", "Stonelog", "com.example.stonelog", "1.14.3",
          "https://api.stonelog.example.net")
IID = "X-Stonelog-Install"
TM = f"{TEXT}|{MED}"
NAME_FULL = f"{FIRST} {LAST}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def stonelog() -> list[Case]:
    rng = random.Random(11631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    ep = obj(rng, "ep", 10)
    pla, plo = fix((21.297214, -157.842906), 4)
    lab: dict[str, str] = {}
    day = pb([(1, L(USER_ID, UID)), (2, "2025-12-11"), (3, L(2650, MED)), (4, L(7, MED)),
              (5, L(3, MED)), (6, 41)], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L("Lemonade+2L", CRED),
            "name": L(NAME_FULL, NAMEC),
            "dob": L(DOB, BIRTH), "sexAtBirth": L("female", GENDER),
            "history": {"firstStoneYear": L(2019, MED), "stones": L(3, MED),
                        "lithotripsy": L(True, MED)}}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Lemonade+2L", CRED)}),
        case(f, f"{a}/v1/login/verify", fmt="form", headers=_h(rng), body={
            "challenge": opaque(rng, "ch_", 16), "code": L("448120", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(rng))})),
        case(f, f"{a}/v1/profile/health", gz=True, headers=_h(rng, **b), body={
            "heightCm": L(168, FIT), "weightKg": L(61.5, FIT),
            "conditions": [L("hypertension", MED), L("gout", MED)],
            "diet": L("low sodium, low oxalate", MED), "stoneType": L("calcium oxalate", MED),
            "urologist": {"name": L(UROLOGIST[0], NAMEC), "phone": L(UROLOGIST[1], TEL)}}),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "date": "2025-12-11", "targetMl": L(2800, MED), "entries": L(intake(rng, 6), MED)}),
        case(f, f"{a}/v1/pain", headers=_h(rng, **b), body={
            "episode": ep, "score": L(8, MED), "where": L("left flank", MED),
            "radiates": L("groin", MED), "nausea": L(True, MED), "blood": L(True, MED),
            "started": "2025-12-11T03:40:00-10:00", "at": {"lat": pla, "lon": plo}}),
        case(f, f"{a}/v1/medications", headers=_h(rng, **b), body={"meds": [
            {"name": L("Tamsulosin", MED), "dose": L("0.4 mg daily", MED)},
            {"name": L("Ketorolac", MED), "dose": L("10 mg as needed", MED)},
            {"name": L("Potassium citrate", MED), "dose": L("15 mEq twice daily", MED)}]}),
        case(f, f"{a}/v1/medications/med_02/taken", fmt="form", headers=_h(rng, **b), body={
            "takenAt": "2025-12-11T04:05:00-10:00", "dose": L("10 mg", MED), "episode": ep}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "kind": L("emergency", MED), "facility": ER["name"],
            "facilityAt": [ER["lat"], ER["lon"]],
            "findings": L("CT: 5 mm stone, left distal ureter, mild hydronephrosis", TM),
            "copay": L("150.00", BUY), "episode": ep}),
        multipart(f, f"{a}/v1/stones", [
            ("photo", "stone.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"passed": L("2025-12-13", MED),
                                                "sizeMm": L(5, MED), "sentToLab": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/labs/stone", headers=_h(rng, **b), body={
            "accession": "LAB-7730419", "composition": L("calcium oxalate monohydrate 80%", MED),
            "other": L("calcium phosphate 20%", MED), "labPhone": "+18085550187"}),
        case(f, f"{a}/v1/labs/urine24", headers=_h(rng, **b), body={
            "volumeL": L(1.6, MED), "citrate": L(310, MED), "oxalate": L(52, MED),
            "calcium": L(280, MED), "collected": "2025-12-09"}),
        case(f, f"{a}/v1/body", fmt="form", headers=_h(rng, **b), body={
            "weightKg": L("61.2", FIT), "date": "2025-12-11"}),
        case(f, f"{a}/v1/urine/colour", headers=_h(rng, **b), body={
            "scale": L(5, MED), "at": "2025-12-11T14:00:00-10:00", "chart": "v2"}),
        case(f, f"{a}/v1/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "pain": [{"t": 1765462800, "score": L(4, MED)},
                                              {"t": 1765477200, "score": L(2, MED)}],
            "drinks": L(intake(rng, 3, 1765460000), MED), "cursor": rid(rng)}),
        raw(f, f"{a}/v1/days", day, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/import/health-connect", headers=_h(rng, **b), body={
            "source": "health_connect", "hydration": L([
                {"start": "2025-12-10T08:00:00Z", "ml": 500}, {"start": "2025-12-10T12:30:00Z",
                                                               "ml": 750}], MED),
            "steps": L(8412, FIT)}),
        case(f, f"{a}/v1/notes", headers=_h(rng, **b), body={
            "episode": ep, "text": L("Pain eased after the ketorolac, still passing blood", TM)}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "doctor": {"name": L(UROLOGIST[0], NAMEC), "phone": L(UROLOGIST[1], TEL)},
            "from": "2025-11-01", "to": "2025-12-13", "include": ["pain", "intake", "labs"]}),
        case(f, f"{a}/v1/reports/pdf", headers=_h(rng, **b),
             query={"from": "2025-11-01", "to": "2025-12-13", "tz": L("Pacific/Honolulu", DEV)}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "water": {"everyMin": 60, "from": "07:00", "to": "21:00"},
            "med": {"id": "med_03", "times": ["08:00", "20:00"]}}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("pain_logged", 1, score=L(8, MED)), ev("drink_logged", 2, ml=500),
                ev("screen", 3, screen=L("TodayScreen", USAGE))]}),
        case(f, f"{a}/v1/history", headers=_h(rng, how="nodash"),
             cookies={"sl_sess": L(opaque(rng, "", 40), CRED)}),
    ]



def stonelog_sdks() -> list[Case]:
    rng = random.Random(11632)
    return [
        cw_batch(APP, rng, [("Pain Logged", {"score": L(8, MED)}),
                            ("Drink Logged", {"ml": 500})]),
        cw_identify(APP, rng, {"condition": L("kidney stones", MED), "plan": "free"}),
        sc_session(APP, rng, user=True, n=41),
        fp_crash(APP, rng, ("android.database.sqlite.SQLiteException", "disk I/O error"),
                 [fp_crumb("nav", "Today -> Pain"), fp_crumb("log", "sync deferred")],
                 screen="PainActivity"),
        fp_session(APP, rng, secs=211),
        sw_eval(APP, rng, {"targetMl": L(2800, MED)}),
        nu_register(APP, rng, tags={"water_reminders": True}, at=HNL_AT, nd=1),
        oo_save(APP, rng, {"analytics": True, "ads": False}),
        tb_message(APP, rng, L("The app lost my pain entries from last night's ER trip", TM),
                   {"plan": "free"}),
        ms_geocode(APP, rng, "24 hour pharmacy", SEARCH, near=HNL_AT, nd=3),
    ]
