"""Dengue-fever symptom tracker "Denguard" (a city health programme's app run by a fictional
foundation; camelCase API): she falls ill in Cebu in the rainy season. Sign-up, a password grant,
``/me`` with a JWT, her history (prior dengue, conditions, pregnancy, blood type), daily symptoms
and warning signs, a Bluetooth thermometer paired and its readings (gzip JSON), a lab result
photo with NS1, platelets and haematocrit, the platelet trend (msgpack), a clinic visit, her
husband's symptoms, a breeding site reported with a photo at her fix, the barangay case map, cases
near her by ``lat,lon`` in the path, a daily check-in at 2 decimals, her travel history, a message
to the hotline, reminders, the report shared with her doctor, feedback, push, events and the
advisories by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families104_kit import (
    BANA,
    BREEDING_AT,
    DENGUE_CLINIC,
    HOME,
    HOME_AT,
    HOTLINE,
    PH_MOBILE,
    THERMO,
    TZ,
    mine,
    temps,
)
from eval_families104_sdk import bs_logs, bs_session, cn_screen, cn_track, iq_install, iq_session
from eval_families104_svc import ck_message, fv_eval, mn_reverse, pc_register, pm_save, pm_status
from eval_payloads import BSSID, EMAIL, INSTALL_ID, SSID, USER_ID, Case, J, L, case

APP = App("denguard", "Denguard", "com.example.denguard", "2.3.5", "https://api.denguard.example.org")
IID = "X-Denguard-Install"
PW = "Lamok-Out-2025"
GP = ("Dr. Ramon Cabahug", "r.cabahug@lahugclinic.example.com")  # her doctor, typed by her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def denguard() -> list[Case]:
    rng = random.Random(10421)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    seg = f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}"
    near = at_path(case(f, f"{a}/v2/cases/near/{seg}", query={"days": "14"},
                        headers=_h(rng, **b)), seg, PRECISE)
    bla, blo = mine(BREEDING_AT, 6)
    lab: dict[str, str] = {}
    chk = pb([(1, L(USER_ID, UID)), (2, [(1, mine(HOME_AT, 2)[0]), (2, mine(HOME_AT, 2)[1])]),
              (3, [(1, L(SSID, WIFI)), (2, L(BSSID, WIFI))]), (4, False), (5, 1765330000)],
             "", lab)
    plt = [{"d": f"2025-12-0{5 + i}", "plt": v} for i, v in enumerate((152000, 131000, 98000))]
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "sex": L("female", GENDER), "mobile": L(E164, TEL),
            "localMobile": L(PH_MOBILE, TEL),
            "barangay": L(HOME["brgy"], COARSE), "city": L(HOME["city"], COARSE),
            "householdSize": 3, "researchConsent": True}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "denguard-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/history", headers=_h(rng, **b), body={
            "priorDengue": L(False, MED), "conditions": [L("asthma", MED)],
            "pregnant": L(False, SENS), "bloodType": L("O+", MED),
            "dengueVaccine": L("none", MED), "weightKg": L(58.5, "health.fitness")}),
        case(f, f"{a}/v2/symptoms/daily", headers=_h(rng, **b), body={
            "date": "2025-12-09", "feverC": L(39.1, MED), "dayOfIllness": L(4, MED),
            "symptoms": [L("retro-orbital pain", MED), L("joint pain", MED), L("rash", MED)],
            "warningSigns": {"abdominalPain": L(True, MED), "persistentVomiting": L(False, MED),
                             "bleedingGums": L(True, MED)},
            "fluidsMl": L(2100, MED), "urinatedLast6h": L(True, MED),
            "note": L("Gums bled when I brushed this morning", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/thermometer/pair", headers=_h(rng, **b), body={
            "serial": THERMO["serial"], "ble": THERMO["ble"], "model": THERMO["model"],
            "firmware": "1.4.0", "battery": 71, "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/temperatures", gz=True, headers=_h(rng, **b), body={
            "thermometer": THERMO["serial"], "unit": "C", "readings": L(temps(rng, 6), MED)}),
        multipart(f, f"{a}/v2/labs", [
            ("photo", "cbc_ns1.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("result", None, "application/json", {
                "test": L("NS1 antigen", MED), "result": L("positive", MED),
                "plateletCount": L(98000, MED), "hematocrit": L(44, MED),
                "lab": DENGUE_CLINIC["name"], "collectedAt": "2025-12-09T07:40:00+08:00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/labs/trend", fmt="msgpack", headers=_h(rng, **b), body={
            "platelets": L(plt, MED), "source": "manual"}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "clinic": {"id": DENGUE_CLINIC["id"], "name": DENGUE_CLINIC["name"],
                       "phone": DENGUE_CLINIC["phone"], "lat": DENGUE_CLINIC["lat"],
                       "lng": DENGUE_CLINIC["lon"]},
            "slot": "2025-12-10T09:00", "reason": L("dengue follow-up, platelets falling", MED),
            "fee": L("350.00", BUY)}),
        case(f, f"{a}/v2/household", headers=_h(rng, **b), body={
            "member": {"name": L(BANA[0], NAMEC), "relation": "spouse",
                       "feverSince": L("2025-12-07", MED),
                       "symptoms": [L("fever", MED), L("headache", MED)]}}),
        multipart(f, f"{a}/v2/breeding-sites", [
            ("photo", "canal.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("report", None, "application/json", {
                "lat": bla, "lng": blo, "kind": "clogged canal",
                "note": L("Stagnant water in the canal by the covered court since the rains",
                          TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/cases/map", headers=_h(rng, **b), query={
            "barangay": L(HOME["brgy"], COARSE), "city": L(HOME["city"], COARSE),
            "days": "14", "layer": "clusters"}),
        near,
        raw(f, f"{a}/v2/checkin", chk, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/travel", headers=_h(rng, **b), body={
            "places": [{"place": L("Moalboal", COARSE), "from": "2025-11-29", "to": "2025-11-30"},
                       {"place": L("Talisay City", COARSE), "from": "2025-12-03",
                        "to": "2025-12-03"}]}),
        case(f, f"{a}/v2/hotline/messages", headers=_h(rng, **b), body={
            "to": HOTLINE, "thread": opaque(rng, "thr_", 8),
            "text": L("My platelets went from 152k to 98k in two days, should I go to the ER?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "fluidsEveryMin": "120", "repellent": "1", "tz": L(TZ, DEV)}),
        case(f, f"{a}/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(GP[0], NAMEC), "recipientEmail": L(GP[1], MAIL),
            "include": "symptoms,temperatures,labs"}),
        case(f, f"{a}/v2/feedback", fmt="form", headers=_h(rng, **b), body={
            "rating": "4", "comment": L("Please add Cebuano translations", TEXT),
            "appVersion": APP.ver}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("symptoms_logged", 1, day=4), ev("lab_uploaded", 2),
                ev("screen", 3, screen=L("WarningSigns", USAGE))]}),
        case(f, f"{a}/v2/advisories", headers=_h(rng, how="upper"),
             cookies={"dg_session": L(opaque(rng, "", 44), CRED), "dg_req": rid(rng)}),
    ]


def denguard_sdks() -> list[Case]:
    rng = random.Random(10422)
    return [
        cn_track(APP, rng, [("Symptoms Logged", {"feverC": L(39.1, MED), "day": 4}),
                            ("Lab Uploaded", {"ns1": L("positive", MED)})]),
        cn_screen(APP, rng, "Onboarding2", "Onboarding1"),
        iq_install(APP, rng),
        iq_session(APP, rng, 5),
        bs_logs(APP, rng, [("ble read timeout", {"thermometer": THERMO["model"]}),
                           ("sync retry", {"attempt": 2})]),
        bs_session(APP, rng),
        fv_eval(APP, rng, {"barangay": L(HOME["brgy"], COARSE), "beta": False}, get=True),
        pc_register(APP, rng, tags={"barangay": L(HOME["brgy"], COARSE)}, at=HOME_AT, nd=2),
        pm_save(APP, rng, {"analytics": True, "research": True, "ads": False}, user=True),
        pm_status(APP, rng, {"analytics": True, "research": True, "ads": False}),
        mn_reverse(APP, rng, BREEDING_AT, PRECISE, nd=5),
        ck_message(APP, rng, L("The app lost my temperature readings from last night", TEXT),
                   {"plan": "free", "lang": "en"}),
    ]
