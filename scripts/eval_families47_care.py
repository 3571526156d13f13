"""Home-care visit app "Hearthwell" for her mother Ruth in Woodside (an agency's carers visit; she
is registered as the family carer for the Sunday visit): sign-up, a log-in and MFA, ``/me``, her
mother's profile (birth date, address, home point, Medicare number, GP), the care plan (with the
key safe), medicines, visits by the client ID in the path, her own check-in at the door (GPS and
the home's Wi-Fi), a medication round, vitals (form), a wound photo, the check-out note,
feedback on and a dispute of agency visits, a message to the coordinator, emergency contacts, a
fall reported, the weekly plan authorised and an invoice paid, a presence ping (protobuf), push,
telemetry and the schedule by a cookie GET."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families47_kit import (
    AGENCY,
    CARER,
    KEYSAFE,
    MBI,
    MUM,
    MUM_AT,
    MUM_BSSID,
    MUM_GP,
    MUM_MEDS,
    MUM_SSID,
    fix,
    home,
    near,
    obj,
)
from eval_families47_sdk import aq_session, ck_crumb, ck_logs, ck_report, cw_batch, cw_identify
from eval_families47_svc import (
    cb_upload,
    fm_eval,
    ms_route,
    pl_register,
    qp_bank,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hearthwell", "Hearthwell", "com.example.hearthwell", "6.1.3",
          "https://api.hearthwell.example.com")
IID = "Hw-Install"
PW = "Woodside!Sunday4"
CLIENT = "cli_7731042"  # her mother's client ID (id.user: the mother's record, as set 37's child)
BROTHER = ("Michael Doe", "+15550164428")
NEIGHBOUR = ("Edith Park", "+17185550129")
NEARBY = ["9c:3d:cf:52:71:e5", "f0:9f:c2:1a:44:08", "60:38:e0:7b:2c:91"]  # neighbours' BSSIDs


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _cl(rng: random.Random, tail: str, **kw: Any) -> Case:
    c = case(APP.fam, f"{APP.api}/v2/clients/{CLIENT}/{tail}", headers=_h(rng, auth="bearer"),
             **kw)
    return at_path(c, CLIENT, UID)


def hearthwell() -> list[Case]:
    rng = random.Random(4731)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL),
                                    clients=[L(CLIENT, UID)]))}
    b = {"auth": "bearer"}
    mla, mlo = fix(MUM_AT)
    ci = fix(near(MUM_AT, rng))
    co = fix(near(MUM_AT, rng))
    visit, agency_visit = obj(rng, "vis", 10), obj(rng, "vis", 10)
    pla, plo = near(MUM_AT, rng)
    lab: dict[str, str] = {}
    ping = pb([(1, visit), (2, L(USER_ID, UID)), (3, [(1, L(pla, PRECISE)), (2, L(plo, PRECISE))]),
               (4, 8), (5, 1765128000), (6, L(MUM_BSSID, WIFI))], "", lab)
    return [
        case(f, f"{a}/v2/family/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "phone": L(NATIONAL, TEL), "relationship": "daughter",
            "role": "family_carer"}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "hw-family-android"}),
        case(f, f"{a}/v2/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("448120", CRED), "method": "sms", "trustDevice": "true"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/clients", headers=_h(rng, **b), body={
            "clientId": L(CLIENT, UID), "firstName": L(MUM["first"], NAMEC),
            "lastName": L(MUM["last"], NAMEC), "dob": L(MUM["dob"], BIRTH),
            "sex": L("female", GENDER), "phone": L(MUM["phone"], TEL),
            "address": {"line1": L(MUM["line"], ADDR), "line2": L(MUM["apt"], ADDR),
                        "city": L(MUM["city"], COARSE), "state": L(MUM["state"], COARSE),
                        "zip": L(MUM["zip"], COARSE)},
            "home": {"lat": mla, "lon": mlo}, "medicare": L(MBI, MED),
            "gp": {"name": L(MUM_GP[0], NAMEC), "phone": L(MUM_GP[1], TEL)},
            "language": "English", "agency": AGENCY["id"]}),
        _cl(rng, "careplan", body={
            "conditions": [L("ischaemic stroke (2024)", MED), L("atrial fibrillation", MED),
                           L("type 2 diabetes", MED), L("mild cognitive impairment", MED)],
            "allergies": [L("penicillin", MED)], "mobility": L("walker, one assist", MED),
            "diet": L("diabetic, soft foods", MED), "dnr": L(True, MED),
            "tasks": [L("medication prompt", MED), L("shower assist", MED),
                      L("blood glucose check", MED)],
            "access": {"keySafe": L(KEYSAFE, CRED),
                       "note": L(f"Key safe left of the door, code {KEYSAFE}. Ring twice.",
                                 f"{TEXT}|{CRED}")}}),
        _cl(rng, "medications", body={"items": [
            {"name": L(n, MED), "dose": L(d, MED), "times": L(t, MED)} for n, d, t in MUM_MEDS]}),
        _cl(rng, "visits", query={"from": "2025-12-08", "to": "2025-12-14"}),
        case(f, f"{a}/v2/visits/{visit}/checkin", headers=_h(rng, **b), body={
            "carer": L(USER_ID, UID), "client": L(CLIENT, UID), "method": "gps+wifi",
            "position": {"lat": ci[0], "lon": ci[1], "accuracy": 7},
            "wifi": {"ssid": L(MUM_SSID, WIFI), "bssid": L(MUM_BSSID, WIFI)},
            "nearby": [L(x, WIFI) for x in NEARBY], "at": 1765126800}),
        case(f, f"{a}/v2/visits/{visit}/mar", headers=_h(rng, **b), body={"entries": [
            {"med": L("Apixaban", MED), "dose": L("5 mg", MED), "status": L("given", MED),
             "time": "08:10"},
            {"med": L("Metformin", MED), "dose": L("500 mg", MED), "status": L("refused", MED),
             "reason": L("Nauseous after breakfast, will retry at lunch", f"{TEXT}|{MED}")}]}),
        case(f, f"{a}/v2/visits/{visit}/vitals", fmt="form", headers=_h(rng, **b), body={
            "bp_sys": L("142", MED), "bp_dia": L("88", MED), "glucose": L("164", MED),
            "pulse": L("78", FIT), "weight_kg": L("61.3", FIT), "temp_c": L("36.8", MED)}),
        multipart(f, f"{a}/v2/visits/{visit}/photos", [
            ("photo", "heel.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"bodySite": L("left heel", MED),
                                                "stage": L("2", MED), "client": L(CLIENT, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/visits/{visit}/checkout", headers=_h(rng, **b), body={
            "position": {"lat": co[0], "lon": co[1], "accuracy": 9}, "at": 1765132500,
            "notes": L(f"Mum ate half her lunch and was confused about the day. "
                       f"{CARER['name']} comes at 6.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/visits/{agency_visit}/feedback", headers=_h(rng, **b), body={
            "rating": 5, "carer": CARER["id"], "carerName": CARER["name"],
            "comment": L(f"{CARER['name']} was lovely with Mum today", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/visits/{obj(rng, 'vis', 10)}/dispute", fmt="form",
             headers=_h(rng, **b), body={
                 "reason": "late", "carer": CARER["id"],
                 "text": L("Checked in 40 minutes late, Mum missed her 8am Apixaban",
                           f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "coordinator", "agency": AGENCY["id"],
            "text": L("Can the evening visit move to 7pm? The Donepezil makes her drowsy.",
                      f"{TEXT}|{MED}")}),
        _cl(rng, "contacts", body={"contacts": [
            {"name": L(BROTHER[0], NAMEC), "phone": L(BROTHER[1], TEL), "relation": "son"},
            {"name": L(NEIGHBOUR[0], NAMEC), "phone": L(NEIGHBOUR[1], TEL),
             "relation": "neighbour", "hasKey": True}]}),
        case(f, f"{a}/v2/incidents", headers=_h(rng, **b), body={
            "client": L(CLIENT, UID), "type": L("fall", MED), "ambulance": False,
            "lat": mla, "lon": mlo, "at": 1765129020,
            "text": L("Found Mum on the floor by the bed, no injury I can see", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/billing/authorise", headers=_h(rng, **b), body={
            "client": L(CLIENT, UID), "plan": L("20h_week_personal_care", BUY),
            "hourlyRate": "34.00", "weeklyTotal": L("680.00", BUY), "start": "2025-12-15"}),
        case(f, f"{a}/v2/billing/invoices/{obj(rng, 'inv', 8)}/pay", fmt="form",
             headers=_h(rng, **b), body={
                 "amount": L("2720.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
                 "currency": "usd"}),
        raw(f, f"{a}/v2/visits/{visit}/presence", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/telemetry", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("visit_checkin", 1, method="gps+wifi"), ev("mar_saved", 2),
                ev("screen", 3, screen=L("VisitTimeline", USAGE))]}),
        case(f, f"{a}/v2/schedule", headers=_h(rng, how="none"), cookies={
            "hw_sid": L(opaque(rng, "", 40), CRED), "hw_dev": L(INSTALL_ID.upper(), DID),
            "hw_trace": rid(rng)}),
    ]


def hearthwell_sdks() -> list[Case]:
    rng = random.Random(4732)
    hla, hlo = home(6)
    return [
        cw_batch(APP, rng, [("Visit Checked In", {"method": "gps+wifi"}),
                            ("MAR Saved", {"refused": 1}),
                            ("Incident Reported", {"type": L("fall", MED)})],
                 at=MUM_AT, nd=2),
        cw_identify(APP, rng, {"role": "family_carer", "clients": 1, "email": L(EMAIL, MAIL),
                               "firstName": L(FIRST, NAMEC)}),
        aq_session(APP, rng, first=True),
        ck_report(APP, rng, ("java.lang.SecurityException", "wifi scan not permitted"),
                  [ck_crumb("navigation", "Visit -> CheckIn"),
                   ck_crumb("request", "POST /v2/visits/checkin", {"status": 409})],
                  meta={"client": {"id": L(CLIENT, UID)}}, screen="CheckInActivity"),
        ck_logs(APP, rng, [("checkin gps weak", {"accuracy": 41}),
                           ("wifi scan throttled", {"retryS": 30})]),
        fm_eval(APP, rng, {"agency": AGENCY["id"], "familyCarer": True}, get=True),
        pl_register(APP, rng, tags={"role": "family"}, at=MUM_AT, nd=2),
        ms_route(APP, rng, [((hla.value, hlo.value), PRECISE), (MUM_AT, PRECISE)]),
        qp_bank(APP, rng),
        cb_upload(APP, rng, L(JPEG + b"\x92", f"{MEDIA}|{MED}"), "pharmacy_label.jpg",
                  "image/jpeg"),
    ]
