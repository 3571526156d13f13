"""A children's respiratory clinic's app "Amisgal" (breath; Ulaanbaatar's winter smog; the patient
is her daughter Saruul, so the child's data and health; snake_case API). Not set 127's adult
asthma and allergy clinic nor set 119's inhaler: a paediatric clinic that pairs the family's
home air purifier (its PM2.5 readings stream from the flat), logs the nebuliser, records the
child's cough and her pulse oximeter, and writes the school's absence note. Calls: the parent's
sign-up, a log-in, ``/me`` with a JWT, the child's registration (history, insurance book), a
symptom diary, pairing the purifier on the home Wi-Fi, indoor readings (protobuf with the
flat's fix), outdoor air by her coarse position, a visit booked, nebuliser doses (msgpack), a
video consult, a cough recording (multipart audio), SpO2 readings (gzip), a refill delivered
home, a school note, results by record number in the path, sharing with her husband, growth,
the vaccination record, the nearest emergency room, push, events and the visits by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    M4A,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families141_kit import (
    CHILD_INS,
    CHILD_MRN,
    CLINIC,
    CLINIC_FIX,
    DAUGHTER,
    HUSBAND,
    PURIFIER,
    UB_HOME,
    UB_HOME_AT,
    fix,
    hd,
    obj,
    push,
    spo2,
)
from eval_families141_sdk import cz_crash, cz_crumb, cz_session, mg_batch, mg_queue, tb_launch
from eval_families141_svc import ft_eval, hg_attach, mo_geocode, mo_telemetry, pk_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("amisgal", "Amisgal", "com.example.amisgal", "2.2.5", "https://api.amisgal.example.com")
IID = "X-Amisgal-Device"
PW = "Saruul#Breathe16"
FIT = "health.fitness"
CHILD = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def amisgal() -> list[Case]:
    rng = random.Random(14121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patients=[L(CHILD_MRN, MED)]))}
    lab: dict[str, str] = {}
    hla, hlo = fix(UB_HOME_AT, 6)
    indoor = pb([(1, L(USER_ID, UID)), (2, PURIFIER["serial"]), (3, 1765324800),
                 (4, [(1, hla), (2, hlo)]),
                 (5, [(1, 186), (2, 41), (3, 22)]), (6, PURIFIER["fw"])], "", lab)
    results = at_path(case(f, f"{a}/api/v3/patients/{CHILD_MRN}/results", headers=_h(rng, **b),
                           query={"type": "xray,cbc"}), CHILD_MRN, MED)
    cla, clo = fix(CLINIC_FIX, 5)
    return [
        case(f, f"{a}/api/v3/accounts", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relationship": "mother",
            "terms": True}),
        case(f, f"{a}/api/v3/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/patients", headers=_h(rng, **b), body={
            "first_name": L(DAUGHTER["first"], NAMEC), "last_name": L(DAUGHTER["last"], NAMEC),
            "birth_date": L(DAUGHTER["dob"], BIRTH), "sex": L("F", GENDER),
            "mrn": L(CHILD_MRN, MED), "insurance_book": L(CHILD_INS, MED),
            "history": {"conditions": [L("recurrent bronchitis", MED),
                                       L("winter wheeze", MED)],
                        "allergies": [L("house dust mite", MED)],
                        "birth_weight_g": L(3150, MED), "premature": L(False, MED),
                        "smoke_at_home": L(False, MED)},
            "school": "School No. 44", "class": "3B"}),
        case(f, f"{a}/api/v3/diary", headers=_h(rng, **b), body={
            "patient": L(CHILD_MRN, MED), "date": "2025-12-20",
            "cough_score": L(3, MED), "night_wakings": L(2, MED), "fever_c": L(37.9, MED),
            "wheeze": L(True, MED), "note": L("Coughs after coming in from the cold",
                                              f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/purifiers/pair", headers=_h(rng, **b), body={
            "serial": PURIFIER["serial"], "ble": PURIFIER["ble"], "fw": PURIFIER["fw"],
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "lan_ip": L(LOCAL_IP, DEV), "room": "bedroom", "pairing_id": obj(rng, "pr")}),
        raw(f, f"{a}/api/v3/purifiers/readings", indoor, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/air/outdoor", headers=_h(rng, **b), query={
            "lat": L(f"{UB_HOME_AT[0]:.2f}", COARSE), "lon": L(f"{UB_HOME_AT[1]:.2f}", COARSE),
            "pollutant": "pm25"}),
        case(f, f"{a}/api/v3/appointments", fmt="form", headers=_h(rng, **b), body={
            "patient": L(CHILD_MRN, MED), "clinic": CLINIC["id"],
            "slot": "2025-12-22T15:20+08:00",
            "reason": L("Cough for 10 days, wheezing at night", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/nebuliser/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "patient": L(CHILD_MRN, MED), "drug": L("Budesonide 0.5 mg/2 ml", MED),
            "doses": [{"t": 1765324800, "min": 8}, {"t": 1765368000, "min": 7}],
            "device": "NB-220", "dose_ids": [obj(rng, "nd"), obj(rng, "nd")]}),
        case(f, f"{a}/api/v3/consults/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room"), "display_name": L(f"{FIRST} (mother)", NAMEC),
            "join_token": L(opaque(rng, "vt_", 40), CRED), "patient": L(CHILD_MRN, MED)}),
        multipart(f, f"{a}/api/v3/recordings", [
            ("audio", "cough_night.m4a", "audio/mp4", L(M4A + b"\x09", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "patient": L(CHILD_MRN, MED), "kind": L("night cough", MED), "secs": 24})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/oximeter", gz=True, headers=_h(rng, **b), body={
            "patient": L(CHILD_MRN, MED), "device": "OX-31", "readings": L(spo2(rng, 10), MED)}),
        case(f, f"{a}/api/v3/refills", headers=_h(rng, **b), body={
            "patient": L(CHILD_MRN, MED), "drug": L("Salbutamol inhaler 100 mcg", MED),
            "spacer": L(True, MED), "deliver_to": {"line": L(UB_HOME["line"], ADDR),
                                                    "district": L(UB_HOME["district"], COARSE),
                                                    "phone": L(E164, TEL)},
            "total": L(28500, BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v3/school-notes", headers=_h(rng, **b), body={
            "patient": L(CHILD_MRN, MED), "child": L(CHILD, NAMEC), "school": "School No. 44",
            "from": "2025-12-15", "to": "2025-12-19",
            "diagnosis": L("acute bronchitis", MED), "pe_exempt": L(True, MED)}),
        results,
        case(f, f"{a}/api/v3/shares", headers=_h(rng, **b), body={
            "patient": L(CHILD_MRN, MED), "with": {"name": L(HUSBAND["name"], NAMEC),
                                                   "phone": L(HUSBAND["phone"], TEL)},
            "role": "father", "scope": ["visits", "results"]}),
        case(f, f"{a}/api/v3/growth", headers=_h(rng, **b), body={
            "patient": L(CHILD_MRN, MED), "height_cm": L(131.5, FIT), "weight_kg": L(27.2, FIT),
            "measured": "2025-12-20"}),
        case(f, f"{a}/api/v3/vaccinations", headers=_h(rng, **b), query={
            "mrn": L(CHILD_MRN, MED), "include": "due"}),
        case(f, f"{a}/api/v3/er/nearest", headers=_h(rng, **b), query={
            "lat": L(f"{UB_HOME_AT[0]:.5f}", PRECISE), "lon": L(f"{UB_HOME_AT[1]:.5f}", PRECISE),
            "child": "1"}),
        case(f, f"{a}/api/v3/visits/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "patient": L(CHILD_MRN, MED),
            "at": {"lat": cla, "lon": clo}, "clinic_at": {"lat": CLINIC["lat"],
                                                          "lon": CLINIC["lon"]}}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("diary_saved", 1), ev("purifier_paired", 2),
                ev("screen", 3, view=L("AirQualityHome", USAGE))]}),
        case(f, f"{a}/api/v3/visits", headers=_h(rng, how="upper"), cookies={
            "am_session": L(opaque(rng, "", 40), CRED), "am_req": rid(rng)}),
    ]


def amisgal_sdks() -> list[Case]:
    rng = random.Random(14122)
    return [
        mg_batch(APP, rng, [("Diary Saved", {"cough_score": L(3, MED)}),
                            ("Purifier Paired", {"model": "AP-X9"})]),
        mg_queue(APP, rng, [("Reading Viewed", {"pm25": 41}),
                            ("Nebuliser Logged", {"drug": L("Budesonide", MED)})]),
        tb_launch(APP, rng, user=True, n=22),
        cz_crash(APP, rng, ("android.bluetooth.BluetoothException", "gatt 133"),
                 [cz_crumb("nav", "Home -> PairPurifier"), cz_crumb("log", "scan timeout")],
                 screen="PairActivity"),
        cz_session(APP, rng, secs=517),
        ft_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("paediatric asthma", MED)},
                hdr=True),
        pk_register(APP, rng, at=UB_HOME_AT, nd=2, tags={"clinic": CLINIC["id"],
                                                           "aqi_alerts": "on"}),
        mo_geocode(APP, rng, "Amisgal Children's Lung Clinic", "behavior.search",
                   near=UB_HOME_AT, nd=2),
        mo_telemetry(APP, rng, [(47.91812, 106.94733), (47.91593, 106.94302)], PRECISE),
        hg_attach(APP, rng, L(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44)),
                              f"{MEDIA}|{MED}"), "xray_report.pdf", "application/pdf"),
    ]
