"""An allergy clinic's immunotherapy app "Tozan" (tozan: pollen; Almaty's ragweed, wormwood and
poplar seasons; snake_case English API with a few Russian values). Unlike set 44's pollen
tracker with auto-injector reminders, this app is the clinic's: skin-prick results, a
sublingual immunotherapy (SLIT) plan, each dose logged with its reaction, build-up visits,
video consults with the allergist. Registration (her IIN), an SMS code, ``/me``, the intake
(conditions, triggers, medicines, pregnancy), the skin-test report (PDF and wheal sizes), the
plan by record number in the query, a dose, offline doses (msgpack), peak flows (gzip), symptoms,
pollen by a rounded point, an appointment, the check-in at the clinic, a message to the
allergist, a video room, a payment, IgE results by record number in the path, the plan shared
with her US doctor, her auto-injector, notices by a cookie GET, her height and weight, push and
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families137_kit import (
    ALA_HOME,
    ALA_HOME_AT,
    ALLERGIST,
    CARD_NO,
    CLINIC,
    CLINIC_FIX,
    FIT,
    IIN,
    NATID,
    VIAL,
    fix,
    hd,
    obj,
    peakflow,
    push,
)
from eval_families137_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families137_svc import (
    cl_confirm,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tozan", "Tozan", "com.example.tozan", "2.8.1", "https://api.tozan.example.org")
IID = "X-Tozan-Install"
US_DOCTOR = ("Dr Paul Green", "p.green@ohioallergy.example.com")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def tozan() -> list[Case]:
    rng = random.Random(13721)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), card=L(CARD_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    ige = at_path(case(f, f"{a}/api/results/{CARD_NO}/ige", headers=_h(rng, **b),
                       query={"format": "json"}), CARD_NO, MED)
    return [
        case(f, f"{a}/api/patients/register", headers=_h(rng), body={
            "full_name": L(f"{FIRST} {LAST}", NAMEC), "dob": L(DOB, BIRTH),
            "sex": L("F", GENDER), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "iin": L(IIN, NATID), "address": L(ALA_HOME["line"], ADDR),
            "city": L(ALA_HOME["city"], COARSE), "lang": L("en", DEV),
            "consent_version": "2025-09"}),
        case(f, f"{a}/api/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("772019", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/intake", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED),
            "conditions": [L("allergic rhinitis", MED), L("mild intermittent asthma", MED)],
            "triggers": [L("ragweed", MED), L("wormwood", MED), L("poplar fluff", MED)],
            "medications": [L("cetirizine 10 mg", MED), L("salbutamol inhaler", MED)],
            "pregnant": L(False, f"{MED}|{SENS}"), "smoker": L(False, MED),
            "anaphylaxis_history": L(True, MED)}),
        multipart(f, f"{a}/api/skin-test/results", [
            ("report", "skin_prick.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "card": L(CARD_NO, MED), "wheals_mm": {"ragweed": L(9, MED),
                                                      "wormwood": L(6, MED),
                                                      "poplar": L(4, MED)},
                "histamine_control": 5, "panel": "KZ-south-12"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/treatment/plan", headers=_h(rng, **b), query={
            "card": L(CARD_NO, MED), "lang": "en"}),
        case(f, f"{a}/api/doses", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED), "lot": VIAL["lot"], "kit": VIAL["kit"],
            "drops": L(5, MED), "phase": L("build-up", MED), "taken_at": 1765342800,
            "reaction": L("Itchy mouth for ten minutes, no swelling", f"{TEXT}|{MED}"),
            "dose_id": obj(rng, "ds")}),
        case(f, f"{a}/api/doses/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED), "doses": [
                {"drops": L(3, MED), "t": 1765170000, "id": obj(rng, "ds")},
                {"drops": L(4, MED), "t": 1765256400, "id": obj(rng, "ds")}]}),
        case(f, f"{a}/api/peakflow", gz=True, headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED), "meter": "PF-MINI-0918",
            "readings": L(peakflow(rng, 8), MED)}),
        case(f, f"{a}/api/symptoms", fmt="form", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED), "sneezing": L("3", MED), "eyes": L("2", MED),
            "wheeze": L("1", MED), "note": L("Worse after the walk in the park, used inhaler twice",
                                             f"{TEXT}|{MED}"), "day": "2025-12-09"}),
        case(f, f"{a}/api/pollen", headers=_h(rng, **b), query={
            "lat": L(f"{ALA_HOME_AT[0]:.2f}", COARSE), "lon": L(f"{ALA_HOME_AT[1]:.2f}", COARSE),
            "taxa": "ambrosia,artemisia,populus"}),
        case(f, f"{a}/api/appointments", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": "2025-12-16T10:30:00+06:00",
            "reason": L("Build-up week 6 review, asthma flare", MED), "card": L(CARD_NO, MED),
            "appointment_id": obj(rng, "apt"), "fee": L(15000, BUY)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "card": L(CARD_NO, MED), "at": {"lat": cla, "lon": clo},
            "clinic_at": {"lat": CLINIC["lat"], "lon": CLINIC["lon"]}, "kiosk": "K2"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": {"name": L(ALLERGIST[0], NAMEC), "email": L(ALLERGIST[1], MAIL)},
            "text": L("Since the dose went up to 5 drops my throat itches, should I stay at 4?",
                      f"{TEXT}|{MED}"), "card": L(CARD_NO, MED), "client_ref": rid(rng)}),
        case(f, f"{a}/api/video/join", fmt="form", headers=_h(rng, **b), body={
            "room": "vr_" + opaque(rng, "", 10), "token": L(opaque(rng, "vt_", 40), CRED),
            "card": L(CARD_NO, MED)}),
        case(f, f"{a}/api/payments", fmt="form", headers=_h(rng, **b), body={
            "invoice": L("AAC-INV-25-9912", BUY), "amount": L("15000", BUY),
            "currency": "KZT", "method": L(opaque(rng, "pm_", 24), PAY)}),
        ige,
        case(f, f"{a}/api/share", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED), "recipient": {"name": L(US_DOCTOR[0], NAMEC),
                                                   "email": L(US_DOCTOR[1], MAIL)},
            "scope": ["plan", "doses", "skin_test"], "expires_days": 30}),
        case(f, f"{a}/api/rescue", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED), "device": L("epinephrine auto-injector 0.3 mg", MED),
            "expires": "2026-08", "count": 2}),
        case(f, f"{a}/api/notices", headers=_h(rng, how="none"), cookies={
            "tz_sid": L(opaque(rng, "", 40), CRED), "tz_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/profile", headers=_h(rng, **b), body={
            "height_cm": L(168, FIT), "weight_kg": L(61, FIT), "card": L(CARD_NO, MED)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("dose_logged", 1), ev("symptoms_saved", 2),
                ev("screen", 3, screen=L("DoseDiary", USAGE))]}),
    ]


def tozan_sdks() -> list[Case]:
    rng = random.Random(13722)
    return [
        mc_batch(APP, rng, [("Dose Logged", {"drops": L(5, MED)}),
                            ("Pollen Viewed", {})], at=ALA_HOME_AT, nd=2),
        mc_identify(APP, rng, {"city": L("Almaty", COARSE),
                               "therapy": L("SLIT ragweed", MED)}),
        tn_launch(APP, rng, user=True, n=14),
        tn_event(APP, rng, "appointment_booked", {"clinic": CLINIC["id"]}, revenue=15000.0,
                 currency="KZT"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "peak flow chart"),
                 [cd_crumb("nav", "DoseDiary -> PeakFlow")], screen="PeakFlowActivity"),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"clinic": CLINIC["id"]}, hdr=True),
        pt_register(APP, rng, tags={"phase": L("build-up", MED), "clinic": CLINIC["id"]}),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ige_results.pdf", "application/pdf"),
        mm_geocode(APP, rng, "Almaty Allergy Centre", SEARCH, near=ALA_HOME_AT, nd=3),
        cl_confirm(APP, rng, "15000", "kzt"),
    ]
