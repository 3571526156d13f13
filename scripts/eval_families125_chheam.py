"""A dengue fever clinic's visit app "Chheamcare" (krun chheam: dengue), the patient app of a
Phnom Penh fever clinic: her own health data, when she fell ill in early December (camelCase
API). Not set 104's symptom tracker ("Denguard", a public programme's daily log): a private
clinic's visits, queue, triage, lab results, home nurse and bills. Registration (blood type,
allergy, emergency contact), a log-in, ``/me`` with a JWT, a visit booked with her symptoms, a
queue ticket with her position, triage (fever, pulse, weight, warning signs, pregnancy), a lab
result read by order in the path and shared with her factory's HR, her fever log (msgpack), a
Bluetooth thermometer's sync (protobuf), a home nurse booked for a blood draw, an older result
uploaded, her medicines, a message to the doctor, the invoice by number in the path and its
payment, an insurance claim, a sick note for her employer, clinics near her, a Health Connect
import, push, events and appointments by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families18_kit import FIT, NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families125_kit import (
    CITY_PP,
    CLINIC,
    FACTORY,
    HOME_AT,
    HOME_LINE,
    HUSBAND,
    KH_E164,
    KH_ID,
    KH_NATIONAL,
    KHAN,
    PATIENT_NO,
    POLICY_NO,
    THERMO,
    WALLET_ACCT,
    WORKER_NO,
    fever,
    fix,
    obj,
)
from eval_families125_sdk import cb_crash, cb_crumb, dl_launch, mv_batch, mv_identify
from eval_families125_svc import (
    bb_card,
    bt_eval,
    ha_attach,
    ha_message,
    pp_register,
    sm_reverse,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("chheamcare", "Chheamcare", "com.example.chheamcare", "5.0.3",
          "https://api.chheamcare.example.com")
IID = "X-Chc-Install-Id"
PW = "Mosquito$Net91"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def chheamcare() -> list[Case]:
    rng = random.Random(12541)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, patientNo=L(PATIENT_NO, UID), phone=L(KH_E164, TEL)))}
    b = {"auth": "bearer"}
    invoice = f"INV-{rng.randrange(10 ** 6, 10 ** 7)}"
    order = obj(rng, "lab", 10)
    hla, hlo = fix(HOME_AT, 6)
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, THERMO["serial"]),
               (3, [(1, L(39.1, MED)), (2, 1765004400)]), (4, THERMO["fw"]), (5, 81)], "", lab)
    return [
        case(f, f"{a}/api/patients/register", headers=_h(rng), body={
            "fullName": L("Jane Doe", NAMEC), "sex": L("F", GENDER),
            "dob": L("1991-05-17", BIRTH), "phone": L(KH_NATIONAL, TEL),
            "idCard": L(KH_ID, NATID), "address": {"line": L(HOME_LINE, ADDR),
                                                   "khan": L(KHAN, COARSE),
                                                   "city": L(CITY_PP, COARSE)},
            "emergencyContact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "allergies": [L("penicillin", MED)], "bloodType": L("O+", MED),
            "password": L(PW, CRED)}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "phone": L(KH_E164, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/patients/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/visits", headers=_h(rng, **b), body={
            "branch": CLINIC["id"], "slot": "2025-12-02T08:30:00+07:00", "doctor": "dr_0412",
            "reason": L("Fever 39.4 for two days, pain behind the eyes, rash on arms",
                        f"{TEXT}|{MED}"),
            "symptoms": [L(s, MED) for s in ("fever", "retro_orbital_pain", "rash", "myalgia")],
            "feverDays": L(2, MED)}),
        case(f, f"{a}/api/queue/tickets", headers=_h(rng, **b), body={
            "visit": obj(rng, "vis", 8), "from": {"lat": L(round(HOME_AT[0], 5), PRECISE),
                                                  "lng": L(round(HOME_AT[1], 5), PRECISE)},
            "etaMin": 22}),
        case(f, f"{a}/api/triage", headers=_h(rng, **b), body={
            "temperatureC": L(39.4, MED), "pulse": L(104, FIT), "weightKg": L(54, FIT),
            "warningSigns": [L("abdominal_pain", MED), L("vomiting", MED)],
            "tourniquetTest": L("positive", MED), "pregnant": L(False, SENS)}),
        case(f, f"{a}/api/results/{order}", headers=_h(rng, **b)),
        case(f, f"{a}/api/results/{order}/share", headers=_h(rng, **b), body={
            "to": [FACTORY["hr"]], "results": {"ns1": L("positive", MED),
                                              "plateletsK": L(92, MED),
                                              "haematocritPct": L(44, MED)},
            "expiresHours": 72}),
        case(f, f"{a}/api/home-log", fmt="msgpack", headers=_h(rng, **b), body={
            "patientNo": L(PATIENT_NO, UID), "entries": L(fever(rng, 6), MED)}),
        raw(f, f"{a}/api/devices/thermometer/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/home-nurse/bookings", headers=_h(rng, **b), body={
            "service": "blood_draw_cbc", "address": L(HOME_LINE, ADDR), "lat": hla, "lng": hlo,
            "note": L("Blue gate, ring twice, dog is friendly", TEXT),
            "fee": L("15.00", BUY), "phone": L(KH_E164, TEL)}),
        multipart(f, f"{a}/api/documents", [
            ("file", "earlier_cbc.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kind": "lab_result",
                                                "takenOn": "2025-11-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/medications", headers=_h(rng, **b), body={
            "current": [L("Paracetamol 500 mg every 6 h", MED), L("ORS sachets", MED)],
            "avoid": L("NSAIDs", MED)}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8),
            "text": L("My gums bled a little this morning, is that a warning sign?",
                      f"{TEXT}|{MED}")}),
        at_path(case(f, f"{a}/api/invoices/{invoice}", headers=_h(rng, **b)), invoice, BUY),
        case(f, f"{a}/api/payments", fmt="form", headers=_h(rng, **b), body={
            "invoice": L(invoice, BUY), "amount": L("84.50", BUY),
            "method": "wallet", "account": L(WALLET_ACCT, PAY)}),
        case(f, f"{a}/api/insurance/claims", headers=_h(rng, **b), body={
            "insurer": "ins_amh", "policyNo": L(POLICY_NO, MED), "diagnosis": L("A97.0", MED),
            "invoice": L(invoice, BUY), "amount": L(84.5, BUY)}),
        case(f, f"{a}/api/sick-notes", headers=_h(rng, **b), body={
            "days": 5, "diagnosis": L("Dengue fever without warning signs", MED),
            "employer": FACTORY["name"], "workerNo": L(WORKER_NO, UID)}),
        case(f, f"{a}/api/clinics/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/health-connect/import", headers=_h(rng, **b), body={
            "steps": L([812, 640, 1210, 3344, 5120], FIT),
            "restingHr": L([88, 92, 84, 76, 71], FIT)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_KH", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "patientNo": L(PATIENT_NO, UID), "events": [
                ev("visit_booked", 1), ev("result_viewed", 2, test=L("NS1", MED)),
                ev("screen", 3, screen=L("LabResult", USAGE))]}),
        case(f, f"{a}/api/appointments", headers=_h(rng, how="upper"),
             cookies={"chc_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def chheamcare_sdks() -> list[Case]:
    rng = random.Random(12542)
    return [
        mv_batch(APP, rng, [("Visit Booked", {"condition": L("dengue", MED)}),
                            ("Result Viewed", {"test": L("NS1", MED)})], at=HOME_AT, nd=2),
        mv_identify(APP, rng, {"name": L("Jane Doe", NAMEC), "email": L(EMAIL, "contact.email"),
                               "khan": L(KHAN, COARSE), "bloodType": L("O+", MED)}),
        dl_launch(APP, rng, first=True),
        cb_crash(APP, rng, ("java.lang.NullPointerException", "platelet chart axis"),
                 [cb_crumb("nav", "Results -> LabResult"),
                  cb_crumb("net", "GET /api/results", {"status": 200})],
                 screen="LabResultActivity"),
        bt_eval(APP, rng, {"condition": L("dengue", MED), "homeNurse": True}),
        pp_register(APP, rng, tags={"followUp": L("platelets", MED), "branch": CLINIC["id"]}),
        bb_card(APP, rng),
        sm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        ha_attach(APP, rng, L(JPEG + b"\x62", f"{MEDIA}|{MED}"), "cbc_dec3.jpg", "image/jpeg"),
        ha_message(APP, rng, L("Can the nurse come before 8, I start work at 7:30 after sick "
                               "leave", f"{TEXT}|{MED}"), {"patient": L(PATIENT_NO, UID)}),
    ]
