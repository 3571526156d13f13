"""Blood-donation app "Dropwell": registration, a log-in with the donor ID and birth date
(form), ``/me`` with a JWT bearer, donation centres near her and by ZIP, an appointment,
the eligibility questionnaire (gzip), the pre-donation pass (a JWT in a JSON field), the
kiosk check-in at the centre (protobuf with her fix), the donor card in the wallet, results
shared with her doctor (haemoglobin, blood pressure, pulse), an iron reminder, a deferral
question, a post-donation reaction, a referral, the centre's geofence, platelet interest
(form), devices, events and a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    pb,
    push_token,
    raw,
    tok,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import FIRST, LAST, ZIP, App, ev, opaque, pos
from eval_families24_kit import claims, head
from eval_families32_kit import CENTRE_FIX, CENTRES, DONOR_ID, GUESTS, SSN_LAST4, fix, oid
from eval_families32_sdk import (
    al_event,
    al_session,
    ck_crumb,
    ck_notify,
    ck_session,
    tm_batch,
    tm_identify,
)
from eval_families32_svc import cs_save, mf_route, mf_search, pr_register, tb_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("dropwell", "Dropwell", "com.example.dropwell", "2.9.1",
          "https://donor.dropwell.example.org")
IID = "X-Dropwell-Device"
PW = "Crimson+Gift+17"
DOCTOR = ("Dr. Helen Park", "h.park@gramercyfamilymed.example.com")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _answers() -> list[dict[str, Any]]:
    return [{"q": "DQ01_feel_well_today", "a": True},
            {"q": "DQ06_pregnant_or_12wk_postpartum", "a": L(False, SENS)},
            {"q": "DQ09_medications", "a": [L("levothyroxine 50 mcg", MED),
                                            L("ferrous sulfate 325 mg", MED)]},
            {"q": "DQ12_new_partner_3m_anal_sex", "a": L(False, SENS)},
            {"q": "DQ15_hiv_prep_pep", "a": L(False, MED)},
            {"q": "DQ18_travel_3y", "a": [L("Mexico", COARSE), L("Portugal", COARSE)]},
            {"q": "DQ21_tattoo_piercing_3m", "a": False},
            {"q": "DQ24_weight_lb", "a": L(148, FIT)},
            {"q": "DQ25_height_in", "a": L(66, FIT)}]


def dropwell() -> list[Case]:
    rng = random.Random(3251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, donor_id=L(DONOR_ID, UID), bt=L("O+", MED)))}
    mid, chelsea = CENTRES[0], CENTRES[1]
    pacc: Acc = {}
    pss = tok({"donor": L(DONOR_ID, UID), "valid": "2025-12-10", "eligible": True,
               "answers_sha256": opaque(rng, "", 64)}, "body", "pass", pacc)
    kacc: dict[str, str] = {}
    clat, clon = fix(CENTRE_FIX)
    kiosk = pb([(1, L(DONOR_ID, UID)), (2, mid[0]), (3, [(1, clat), (2, clon), (3, 8)]),
                (4, L(opaque(rng, "RP-", 12), CRED)), (5, 1765362710)], "", kacc)
    cases = [
        case(f, f"{a}/v1/donors", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "dateOfBirth": L("1991-05-17", BIRTH), "sex": L("F", GENDER),
            "email": L(EMAIL, MAIL), "mobile": L(PHONE, TEL), "zip": L(ZIP, COARSE),
            "ssnLast4": L(SSN_LAST4, NATID), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "donor_id": L(DONOR_ID, UID), "dob": L("05/17/1991", BIRTH),
            "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/centres", headers=_h(rng, **b), query={
            "lat": pos(4)[0], "lon": pos(4)[1], "radius_mi": "5", "type": "whole_blood"}),
        case(f, f"{a}/v1/centres", headers=_h(rng, **b),
             query={"zip": L(ZIP, COARSE), "type": "platelets"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "centreId": mid[0], "slot": "2025-12-10T09:30:00-05:00", "type": "whole_blood",
            "reminders": {"sms": L(E164, TEL), "email": L(EMAIL, MAIL)}}),
        case(f, f"{a}/v1/questionnaire", gz=True, headers=_h(rng, **b), body={
            "donorId": L(DONOR_ID, UID), "appointment": oid(rng, "apt"),
            "answers": _answers(), "version": "AABB-DHQ-4.0", "durationSec": 294}),
        add(case(f, f"{a}/v1/rapidpass", headers=_h(rng, **b), body={
            "pass": pss, "centreId": mid[0], "format": "qr"}), pacc),
        raw(f, f"{a}/v1/kiosk/checkin", kiosk, "application/x-protobuf", kacc,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wallet/card", headers=_h(rng, **b), body={
            "donorId": L(DONOR_ID, UID), "name": L(NAME, NAMEC),
            "bloodType": L("O positive", MED), "barcode": L(DONOR_ID, UID),
            "format": "CODE128", "gallons": 1.5}),
        case(f, f"{a}/v1/results/share", headers=_h(rng, **b), body={
            "to": {"name": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "results": [{"date": "2025-08-30", "hemoglobin_gdl": L(12.6, MED),
                         "bp": L("116/72", MED), "pulse": L(68, FIT),
                         "temp_f": L(98.1, MED), "cholesterol": L(182, MED)},
                        {"date": "2025-12-10", "hemoglobin_gdl": L(13.2, MED),
                         "bp": L("118/74", MED), "pulse": L(64, FIT),
                         "temp_f": L(98.3, MED), "cholesterol": L(176, MED)}]}),
        case(f, f"{a}/v1/reminders/iron", headers=_h(rng, **b), body={
            "supplement": L("ferrous sulfate 325 mg", MED), "time": "08:00", "days": 60}),
        case(f, f"{a}/v1/deferrals/questions", headers=_h(rng, **b), body={
            "deferral": L("LOW_HGB", MED), "message": L(
                "My haemoglobin was 12.3 in August and I've taken iron since. Can I book "
                "again?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/donations/{oid(rng, 'don')}/reaction", headers=_h(rng, **b), body={
            "symptoms": [L("dizziness", MED), L("bruising", MED)], "fainted": L(True, MED),
            "note": L("Felt lightheaded in the lobby and sat down for ten minutes",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "friends": [{"name": L(f"{g['first']} {g['last']}", NAMEC),
                         "phone": L(g["phone"], TEL)} for g in GUESTS[:2]],
            "message": L("Come donate with me on Saturday!", TEXT)}),
        case(f, f"{a}/v1/geofence", headers=_h(rng, **b), body={
            "event": "enter", "centreId": mid[0], "fix": {"lat": clat, "lon": clon},
            "centre": {"lat": mid[2][0], "lon": mid[2][1], "radius_m": 120}}),
        case(f, f"{a}/v1/platelets/interest", fmt="form", headers=_h(rng, **b), body={
            "interested": "true", "blood_type": L("O+", MED), "weight_lb": L("148", FIT),
            "best_days": "sat", "centre": chelsea[0]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, how="upper", **b), body={
            "fcmToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "donor": L(DONOR_ID, UID), "events": [
                ev("appointment_booked", 1, type="whole_blood"),
                ev("rapidpass_done", 2, minutes=L(5, USAGE)),
                ev("screen_view", 3, screen=L("DonorCard", USAGE))]}),
        case(f, f"{a}/v1/history", query={"limit": "20"}, headers=_h(rng, how="none"),
             cookies={"dw_sess": L(opaque(rng, "", 44), CRED), "dw_dev": L(INSTALL_ID, DID)}),
    ]
    return cases


def dropwell_sdks() -> list[Case]:
    rng = random.Random(3252)
    return [
        tm_batch(APP, rng, [("Appointment Booked", {"type": "whole_blood"}),
                            ("Deferral Viewed", {"reason": L("low hemoglobin", MED)})]),
        tm_identify(APP, rng, {"blood_type": L("O+", MED), "donations": 7,
                               "zip": L(ZIP, COARSE), "$first_name": L(FIRST, NAMEC)}),
        al_session(APP, rng, user=True),
        al_event(APP, rng, "bk4don", {"centre": CENTRES[0][0]}),
        ck_notify(APP, rng, ("java.lang.NullPointerException", "slot list was null"),
                  [ck_crumb("Centres", "navigation"), ck_crumb("GET /slots", "request")],
                  user={"id": L(USER_ID, UID), "name": L(DONOR_ID, UID)}, ctx="SlotsActivity"),
        ck_session(APP, rng),
        tb_eval(APP, rng, {"bloodType": L("O+", MED), "region": L("NY", COARSE)}),
        pr_register(APP, rng, tags=[L("O+", MED), "whole_blood"], at=pos(3)),
        cs_save(APP, rng, {"analytics": True, "marketing": True}),
        mf_search(APP, rng, "midtown donor center", SEARCH, near=(LAT, LON)),
        mf_route(APP, rng, [((LAT, LON), PRECISE), (CENTRES[0][2], None)], "pedestrian"),
    ]
