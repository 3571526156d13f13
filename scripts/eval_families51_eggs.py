"""Fertility clinic's egg-freezing portal "Cryobloom": registration, a log-in with a one-time
code, ``/me`` (a JWT with her patient number), the intake (pregnancy history, cycle, conditions),
the insurance card, outside lab results (a PDF and the values), the stimulation cycle and its
medicines, injections logged (msgpack) with a photo of the medicine box, symptoms, her own
tracker of the scans, a check-in at the clinic for monitoring, a message to the nurses, the
storage consent (a typed and drawn signature, a designee), the escort for the retrieval, a
storage plan, financing and a payment, a telehealth visit, the specialty pharmacy's delivery,
push, events and the appointments by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF, strokes
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
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families51_kit import CLINIC, DESIGNEE, MEMBER_CB, MRN, STRAWS, fix, follicles, home, obj
from eval_families51_sdk import cp_crash, cp_crumb, iv_event, iv_session, ty_batch, ty_identify
from eval_families51_svc import (
    af_message,
    cg_save,
    mt_route,
    pk_register,
    pq_card,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("cryobloom", "Cryobloom", "com.example.cryobloom", "3.4.7",
          "https://portal.cryobloom.example.com")
IID = "X-Cb-Install"
PW = "Snowdrop-Vial-38"
PREG = f"{MED}|{SENS}"  # pregnancy history: medical and, per TAXONOMY.md, a sensitive trait
CLINIC_FIX = (40.753642, -73.981452)  # her phone in the clinic's waiting room
MEDS = [("follitropin alfa", "225 IU"), ("menotropins", "75 IU"), ("ganirelix", "250 mcg")]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def cryobloom() -> list[Case]:
    rng = random.Random(5141)
    a, f = APP.api + "/portal/api", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, UID)))}
    b = {"auth": "bearer"}
    cyc = obj(rng, "cyc", 8)
    cla, clo = fix(CLINIC_FIX)
    return [
        case(f, f"{a}/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL), "password": L(PW, CRED),
            "sexAtBirth": L("female", GENDER), "zip": L(ZIP, COARSE),
            "heardFrom": "podcast"}),
        case(f, f"{a}/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/mfa/verify", headers=_h(rng), body={
            "code": L("552093", CRED), "trustDevice": True, "deviceName": L("Pixel 8", DEV),
            "challenge": opaque(rng, "ch_", 16)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/intake", headers=_h(rng, **b), body={
            "goal": L("elective egg freezing", MED), "gravida": L(1, PREG),
            "para": L(0, PREG), "miscarriages": L(1, PREG), "cycleLengthDays": L(29, MED),
            "lmp": L("2025-11-28", MED), "conditions": [L("PCOS", MED)],
            "contraception": L("none", MED), "heightCm": L(165, FIT), "weightKg": L(61.2, FIT),
            "smoker": L(False, MED), "familyHistory": L("mother: early menopause at 44", MED)}),
        multipart(f, f"{a}/insurance", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_CB, MED),
                                                "group": "GRP-77310", "payer": "Quorum Health",
                                                "holder": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/labs/outside", [
            ("report", "amh_panel.pdf", "application/pdf", L(PDF + b"\x41", f"{MEDIA}|{MED}")),
            ("values", None, "application/json", {"amh": L(2.1, MED), "fsh": L(7.4, MED),
                                                  "afc": L(14, MED), "drawn": "2025-11-30",
                                                  "lab": "Murray Hill Diagnostics"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/cycles", headers=_h(rng, **b), body={
            "id": cyc, "protocol": L("antagonist", MED), "start": L("2025-12-01", MED),
            "meds": [{"name": L(n, MED), "dose": L(d, MED)} for n, d in MEDS]}),
        case(f, f"{a}/cycles/{cyc}/injections", fmt="msgpack", headers=_h(rng, **b), body={
            "med": L(MEDS[0][0], MED), "dose": L(MEDS[0][1], MED),
            "site": L("left abdomen", MED), "at": 1765321200, "lot": "FA2-77104",
            "day": L(8, MED)}),
        multipart(f, f"{a}/cycles/{cyc}/injections/photo", [
            ("photo", "pen_box.jpg", "image/jpeg", L(JPEG + b"\x42", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"day": 8, "kind": "med_box"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/cycles/{cyc}/symptoms", headers=_h(rng, **b), body={
            "bloating": L(3, MED), "pain": L(2, MED), "nausea": L(0, MED), "note": L(
                "Bloated and crampy tonight, is that normal on day 8?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/cycles/{cyc}/tracker", headers=_h(rng, **b), body={
            "day": 8, "e2": L(1480, MED), "liningMm": L(9.1, MED),
            "folliclesLeft": L(follicles(rng, 7), MED),
            "folliclesRight": L(follicles(rng, 6), MED)}),
        case(f, f"{a}/visits/checkin", headers=_h(rng, **b), body={
            "visit": obj(rng, "vis", 8), "clinic": dict(CLINIC), "lat": cla, "lon": clo,
            "acc": 14}),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "to": "nursing", "thread": obj(rng, "thr", 8), "text": L(
                "My trigger shot is at 9:30pm tonight, do I still take ganirelix this morning?",
                f"{TEXT}|{MED}")}),
        case(f, f"{a}/consents/storage", headers=_h(rng, **b), body={
            "form": "EGG-STORAGE-v9", "typedName": L(f"{FIRST} {LAST}", NAMEC),
            "signature": L(strokes(rng, 24), MOTION),
            "onDeath": L("donate to research", MED),
            "designee": {"name": L(DESIGNEE[0], NAMEC), "phone": L(DESIGNEE[1], TEL)}}),
        case(f, f"{a}/retrieval/escort", fmt="form", headers=_h(rng, **b), body={
            "escort_name": L(PEOPLE[0][0], NAMEC), "escort_phone": L(PEOPLE[0][1], TEL),
            "npo_confirmed": "1", "arrival": "07:15"}),
        case(f, f"{a}/storage/plan", headers=_h(rng, **b), body={
            "plan": L("annual", BUY), "amount": L("800.00", BUY), "straws": STRAWS,
            "tank": "T04", "autoRenew": True}),
        case(f, f"{a}/financing/prequal", fmt="form", headers=_h(rng, **b), body={
            "ssn_last4": L("4325", NATID), "dob": L(DOB, BIRTH), "income": "98000",
            "address1": L(LINE1, ADDR), "address2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "amount": L("6850", BUY)}),
        case(f, f"{a}/payments", headers=_h(rng, **b), body={
            "invoice": obj(rng, "inv", 8), "amount": L("6850.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "description": L("Cycle 1 stimulation "
                                                                        "and retrieval", MED)}),
        case(f, f"{a}/telehealth/join", headers=_h(rng, **b), body={
            "appointment": obj(rng, "apt", 8), "joinToken": L(opaque(rng, "jt_", 32), CRED),
            "camera": "front", "network": L("wifi", DEV)}),
        case(f, f"{a}/pharmacy/delivery", headers=_h(rng, **b), body={
            "pharmacy": "Coldchain Specialty Rx", "meds": [L(n, MED) for n, _ in MEDS],
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)},
            "phone": L(NATIONAL, TEL), "refrigerate": True}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "patient": L(USER_ID, UID), "events": [
                ev("injection_logged", 1, day=8), ev("message_sent", 2),
                ev("screen", 3, screen=L("CycleCalendar", USAGE))]}),
        case(f, f"{a}/appointments", headers=_h(rng, how="upper"),
             cookies={"cb_session": L(opaque(rng, "", 48), CRED), "cb_mrn": L(MRN, UID)}),
    ]


def cryobloom_sdks() -> list[Case]:
    rng = random.Random(5142)
    hla, hlo = home(5)
    return [
        ty_batch(APP, rng, [("Injection Logged", {"day": 8}),
                            ("Consult Booked", {"kind": "telehealth"})]),
        ty_identify(APP, rng, {"email": L(EMAIL, MAIL), "stage": L("stimulation", MED),
                               "zip": L(ZIP, COARSE)}),
        iv_session(APP, rng, first=True),
        iv_event(APP, rng, "consult_booked", {"kind": "new_patient"}, hashed=True),
        cp_crash(APP, rng, ("java.lang.NullPointerException", "cycle day was null"),
                 [cp_crumb("nav", "Calendar -> Injections"),
                  cp_crumb("http", "POST /portal/api/cycles", {"status": 200})],
                 screen="InjectionLogActivity"),
        pk_register(APP, rng, tags={"cycle_day": "8", "reminders": "injections"}),
        cg_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        pq_card(APP, rng),
        mt_route(APP, rng, [((hla.value, hlo.value), PRECISE), ((CLINIC["lat"], CLINIC["lon"]),
                                                                None)], profile="walking"),
        af_message(APP, rng, L("I was charged twice for the storage plan", TEXT),
                   {"plan": "annual"}),
    ]
