"""A public school's parent e-journal "Dghiuri" (Nino's third class in Vake; English API with
Georgian words): the parent's log-in (OAuth password grant), ``/me`` with a ``pupils`` claim,
linking Nino by her personal number, the journal (grades by pupil number in the path), homework,
attendance, an absence note (a fever), the school doctor's form (allergies, vaccinations, vision),
a meal plan payment, the after-school English club, a trip consent, a pickup authorisation for
her mother-in-law, the gate check-in, a message to the class teacher, a parents' meeting slot,
Nino's photo for the pupil card, notices, the term report (PDF), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families151_kit import (
    CLASS,
    DAUGHTER,
    GATE_FIX,
    MOTHER_IL,
    SCHOOL,
    TB_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families151_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families151_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dghiuri", "Dghiuri", "com.example.dghiuri", "6.0.4", "https://api.dghiuri.example.org")
IID = "X-Dghiuri-Device"
PW = "Nino2016!Vake"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(40))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def dghiuri() -> list[Case]:
    rng = random.Random(15131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    pupils=[L(DAUGHTER["pupil"], UID)], role="parent"))}
    gla, glo = fix(GATE_FIX, 5)
    journal = at_path(case(f, f"{a}/v2/pupils/{DAUGHTER['pupil']}/journal", headers=_h(rng, **b),
                           query={"term": "2", "subject": "all"}), DAUGHTER["pupil"], UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "dghiuri-parent"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/parents/link", headers=_h(rng, **b), body={
            "pupilPersonalNumber": L(DAUGHTER["pn"], NID), "pupilBirthDate": L(DAUGHTER["dob"],
            BIRTH),
            "relation": "mother", "parentName": L(f"{FIRST} {LAST}", NAMEC),
            "parentPhone": L("+15550100199", TEL)}),
        case(f, f"{a}/v2/pupils", headers=_h(rng, **b)),
        journal,
        case(f, f"{a}/v2/homework", headers=_h(rng, **b), query={
            "pupil": L(DAUGHTER["pupil"], UID), "class": CLASS["id"], "week": "2026-W03"}),
        case(f, f"{a}/v2/attendance", headers=_h(rng, **b), query={
            "pupil": L(DAUGHTER["pupil"], UID), "month": "2026-01"}),
        case(f, f"{a}/v2/absences", headers=_h(rng, **b), body={
            "pupil": L(DAUGHTER["pupil"], UID), "from": "2026-01-12", "to": "2026-01-13",
            "reason": L("illness", MED),
            "note": L("Nino has a fever of 38.5 and a sore throat, she stays home today.",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/health/form", gz=True, headers=_h(rng, **b), body={
            "pupil": L(DAUGHTER["pupil"], UID), "firstName": L(DAUGHTER["first"], NAMEC),
            "lastName": L(DAUGHTER["last"], NAMEC), "dob": L(DAUGHTER["dob"], BIRTH),
            "sex": L(DAUGHTER["sex"], GENDER), "allergies": [L("hazelnut", MED)],
            "vaccinations": {"MMR": L("2017-10-02", MED), "DTaP": L("2020-11-15", MED)},
            "vision": L("glasses, -1.25 both eyes", MED), "bloodGroup": L("A+", MED),
            "doctorNote": L("Carries an antihistamine in her bag", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/meals/pay", fmt="form", headers=_h(rng, **b), body={
            "pupil": L(DAUGHTER["pupil"], UID), "month": "2026-02", "amount": L("60.00", BUY),
            "diet": L("nut-free", MED), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/clubs/enrol", headers=_h(rng, **b), body={
            "pupil": L(DAUGHTER["pupil"], UID), "club": "eng_conv_3", "fee": L(45, BUY)}),
        case(f, f"{a}/v2/trips/tr_botanic/consent", fmt="form", headers=_h(rng, **b), body={
            "pupil": L(DAUGHTER["pupil"], UID), "consent": "yes",
            "emergencyPhone": L("+15550100199", TEL)}),
        case(f, f"{a}/v2/pickup/authorise", headers=_h(rng, **b), body={
            "pupil": L(DAUGHTER["pupil"], UID),
            "person": {"name": L(MOTHER_IL[0], NAMEC), "phone": L(MOTHER_IL[1], TEL),
                       "relation": "grandmother"}, "days": ["tue", "thu"]}),
        case(f, f"{a}/v2/gate/checkin", headers=_h(rng, **b), body={
            "pupil": L(DAUGHTER["pupil"], UID), "at": {"lat": gla, "lng": glo},
            "gate": {"id": "gt_main", "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]},
            "kind": "pickup"}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "tch_3b",
            "text": L("Batono Maia, Nino forgot her maths book at school, can she take it "
                      "tomorrow?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/meetings/slots", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "ms"), "pupil": L(DAUGHTER["pupil"], UID), "lang": "en"}),
        multipart(f, f"{a}/v2/pupils/photo", [
            ("photo", "nino_card.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"pupil": L(DAUGHTER["pupil"], UID),
                                                "use": "pupil_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/notices", headers=_h(rng, **b), query={
            "school": SCHOOL["id"], "class": CLASS["id"], "since": "2026-01-01"}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("nut free menu February", SEARCH)}),
        multipart(f, f"{a}/v2/reports/ack", [
            ("report", "term1_report.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"pupil": L(DAUGHTER["pupil"], UID),
                                                "signed": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/profile/address", headers=_h(rng, **b), body={
            "line": L(TB_HOME["line"], "contact.address"), "city": L(TB_HOME["town"], COARSE),
            "district": L(TB_HOME["area"], COARSE), "postcode": L(TB_HOME["post"], COARSE)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, how="none"), cookies={
            "dg_sid": L(opaque(rng, "", 40), CRED), "dg_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("journal_opened", 1), ev("screen", 2, screen=L("Homework", USAGE))]}),
    ]


def dghiuri_sdks() -> list[Case]:
    rng = random.Random(15132)
    return [
        mc_batch(APP, rng, [("Journal Opened", {"term": 2}),
                            ("Meal Paid", {"amount": L(60, BUY)})]),
        mc_identify(APP, rng, {"role": "parent", "children": 1, "city": L("Tbilisi", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="school,kids,books"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "journal row"),
                 [cd_crumb("nav", "Pupils -> Journal")],
                 user={"id": L(USER_ID, UID)}, screen="JournalActivity"),
        fn_eval(APP, rng, {"school": SCHOOL["id"], "children": 1}),
        pt_register(APP, rng, tags={"school": SCHOOL["id"], "class": CLASS["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "60.00"),
        hs_message(APP, rng, L(f"The meal payment for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"pupil": L(DAUGHTER["pupil"], UID)}),
    ]
