"""Asthma inhaler-adherence programme "Otemfrend" (her own health data): unlike set 81's
symptom tracker, her pulmonologist enrols her in an adherence programme for her controller
inhaler and the smart cap reports every dose and its inhalation technique. Sign-up with the
clinic's invitation code, a form log-in, ``/me`` with a JWT, her CNS insurance by matricule, the
asthma profile, medicines, pairing the cap, a protobuf cap sync (packed dose times), a dose's
inhalation-flow curve, a reliever puff with where she was, peak flows, a symptom diary (msgpack),
air quality by her position, pollen by postcode in the path, the adherence report shared with
her pulmonologist, a message to the programme nurse, the action plan's photo, a refill,
reminders, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
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
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
    varints,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families119_kit import (
    CAP,
    CLINIC_AT,
    CONTROLLER,
    HOME,
    HOME_AT,
    MATRIKEL,
    OFFICE_AT,
    PULMO,
    RELIEVER,
    fix,
    flow,
    obj,
    puffs,
)
from eval_families119_sdk import cf_crash, cf_crumb, cf_sessions, cl_batch, cl_pixel, ih_open
from eval_families119_svc import ch_message, cq_status, fs_eval, pn_register, tb_reverse
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("otemfrend", "Otemfrend", "com.example.otemfrend", "2.11.4",
          "https://api.otemfrend.example.org")
IID = "x-otf-install"
PW = "Breathe!Slowly42"
NATID = "personal.national_id"
PUFF_AT = (49.600814, 6.133952)  # the station platform where she took her reliever


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return head(APP, rng, iid=IID, lang=True, **kw)


def otemfrend() -> list[Case]:
    rng = random.Random(11905)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    pla, plo = fix(PUFF_AT, 5)
    dose = obj(rng, "dose")
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, CAP["serial"]), (3, L(varints(
        [p["t"] for p in puffs(rng, 8)]), MED)), (4, L(7, MED)), (5, 81)], "", lab)
    pollen = at_path(case(f, f"{a}/v1/pollen/{HOME['plz']}", headers=_h(rng, **b)),
                     HOME["plz"], COARSE)
    return [
        case(f, f"{a}/v1/enrol", headers=_h(rng), body={
            "invitation": L("OTF-CHL-77Q4K", CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL), "mobile": L(PHONE, TEL),
            "dateOfBirth": L(DOB, BIRTH), "sex": L("female", GENDER), "password": L(PW, CRED),
            "consents": {"programme": True, "research": False}}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, programme="adherence-ics", name=L("Jane Doe", NAMEC)))})),
        case(f, f"{a}/v1/me/insurance", headers=_h(rng, **b), body={
            "insurer": "CNS", "matricule": L(MATRIKEL, NATID),
            "complementary": {"name": "Mutuelle", "member": L("MUT-0044719-2", MED)}}),
        case(f, f"{a}/v1/me/asthma", headers=_h(rng, **b), body={
            "diagnosis": L("moderate persistent asthma", MED), "since": L(2009, MED),
            "triggers": [L("cold air", MED), L("cat dander", MED), L("birch pollen", MED)],
            "act": L(17, MED), "exacerbationsLastYear": L(2, MED), "smoker": L(False, MED)}),
        case(f, f"{a}/v1/me/medicines", headers=_h(rng, **b), body={"medicines": [
            {"name": L(CONTROLLER, MED), "dose": L("1 puff twice daily", MED),
             "role": "controller"},
            {"name": L(RELIEVER, MED), "dose": L("as needed", MED), "role": "reliever"}]}),
        case(f, f"{a}/v1/caps", headers=_h(rng, **b), body={
            "serial": CAP["serial"], "ble": CAP["ble"], "firmware": CAP["fw"],
            "model": CAP["model"], "battery": 94, "inhaler": L(CONTROLLER, MED)}),
        raw(f, f"{a}/v1/caps/{CAP['serial']}/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/doses/{dose}/technique", headers=_h(rng, **b), body={
            "dose": dose, "hz": 20, "flowLpm": L(flow(rng), MED),
            "shaken": L(True, MED), "exhaledFirst": L(False, MED), "holdSecs": L(6, MED)}),
        case(f, f"{a}/v1/reliever-uses", headers=_h(rng, **b), body={
            "at": "2025-12-09T07:48:10+01:00", "puffs": L(2, MED), "lat": pla, "lon": plo,
            "trigger": L("Cold wind waiting on the platform, chest tight", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/peak-flows", fmt="form", headers=_h(rng, **b), body={
            "pef": L("410", MED), "personalBest": L("480", MED), "time": "07:05"}),
        case(f, f"{a}/v1/diary", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-08", "nightWaking": L(1, MED), "cough": L("mild", MED),
            "activityLimited": L(False, MED),
            "note": L("Woke at 3 with wheeze after the heating came on", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/air", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "pollutants": "pm25,no2,o3"}),
        pollen,
        case(f, f"{a}/v1/reports/share", headers=_h(rng, **b), body={
            "period": "2025-11", "to": {"name": L(PULMO[0], NAMEC), "phone": L(PULMO[1], TEL),
                                        "email": L("a.weber@pneumo-kirchberg.example.lu", MAIL)},
            "adherencePct": L(86, MED), "missedDoses": L(8, MED), "clinicPos": list(CLINIC_AT)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr"), "text": L(
                "Since the dose went up I get hoarse in the evening, is that normal?",
                f"{TEXT}|{MED}"), "client_id": rid(rng)}),
        multipart(f, f"{a}/v1/action-plan", [
            ("image", "action_plan.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("info", None, "application/json", {"issued": "2025-10-14", "zones": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "medicine": L(CONTROLLER, MED), "prescription": L("RX-LU-25-0918834", MED),
            "pharmacy": "ph_thi_centre", "pickup": "2025-12-11", "phone": L(NATIONAL, TEL)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "morning": "07:00", "evening": "21:30", "snoozeMin": "10"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "lang": L("en-LU", DEV), "tz": L("Europe/Paris", DEV),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "ble": L(True, DEV)}),
        case(f, f"{a}/v1/telemetry", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("dose_recorded", 1), ev("technique_viewed", 2),
                ev("screen", 3, screen=L("AdherenceWeek", USAGE))]}),
        case(f, f"{a}/v1/adherence/week", headers=_h(rng, how="none"), cookies={
            "otf_session": L(opaque(rng, "", 40), CRED), "otf_dev": L(INSTALL_ID, DID)}),
    ]


def otemfrend_sdks() -> list[Case]:
    rng = random.Random(11906)
    return [
        cl_pixel(APP, rng, "Enrol Started", {"source": "clinic_qr"}),
        ih_open(APP, rng, first=True),
        cl_batch(APP, rng, [("Dose Recorded", {"on_time": True}),
                            ("Reliever Used", {"puffs": L(2, MED)})], at=OFFICE_AT, nd=2),
        fs_eval(APP, rng, {"programme": "adherence-ics", "capModel": CAP["model"]}),
        pn_register(APP, rng, tags={"reminders": "07:00,21:30"}),
        cq_status(APP, rng, {"analytics": True, "research": False}),
        cf_crash(APP, rng, ("android.bluetooth.BluetoothException", "GATT 133"),
                 [cf_crumb("nav", "Home -> PairCap"),
                  cf_crumb("log", "scan", {"found": CAP["ble"]})], screen="PairCapActivity"),
        cf_sessions(APP, rng, secs=188),
        tb_reverse(APP, rng, PUFF_AT, PRECISE),
        ch_message(APP, rng, L("The cap stopped counting my evening doses",
                               f"{TEXT}|{MED}"), {"cap": CAP["serial"]}),
    ]
