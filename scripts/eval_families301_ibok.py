"""A private hospital's inpatient app "Ufokibok" (``ufok ibok`` hospital, lit. "house of medicine":
a fictional specialist hospital in Ewet Housing where she was admitted for three days with
severe malaria). Its API's keys are Ibibio in ASCII with the English medical and API words
hospitals keep (``email``, ``token``, ``ward``, ``bed``, ``admission``, ``discharge``, ``lab``,
``genotype``, ``lat``/``lng``): ``enying`` first name, ``enying_ekpuk`` surname, ``nomba_fon``
phone, ``usen_mana`` birth date, ``eren_nwaan`` sex (``nwaan`` female), ``pasport`` passport
number (loan), ``ufok`` house (street line), ``obio`` town, ``owo_ekpuk`` next of kin (lit.
"family person"), ``nomba_ufokibok`` hospital number, ``udongo`` illness, ``ibok`` medicine,
``abia_ibok`` doctor (lit. "medicine man"), ``ubiak`` pain, ``ufiop`` fever (lit. "heat"),
``iyip`` blood, ``udia`` food, ``okuk`` amount, ``ukpe`` payment, ``akaunt`` account (loan),
``usen`` day, ``ini`` time, ``itie`` place, ``ndise`` photo, ``nwed`` document, ``iko`` words,
``etop`` message, ``ami`` me. Calls: pre-registration (blood group, genotype, allergy, her
passport, her husband as next of kin), an SMS code, ``/ami``, the admission request (the
illness), the deposit, the admission check-in with her fix, the medication chart by hospital
number in the path, meals (msgpack), visitor passes, a nurse call, a photo of the drip site, a
message to her doctor, a protobuf fever diary, the malaria history (gzip), the discharge summary
(PDF, signed), the bill by cookie, the final payment, a sick note for her employer, a refill,
the temperature log after discharge (JSON Lines), push and events."""

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
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families301_kit import (
    DOCTOR,
    HOSP_NO,
    HOSPITAL,
    HOSPITAL_FIX,
    HUSBAND,
    MOTHER_IL,
    NG_ACCOUNT,
    PASSPORT,
    UY_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families301_sdk import af_crash, af_crumb, af_session, nd_batch, nd_queue
from eval_families301_svc import cs_save, fe_eval, hu_message, mi_geocode, pe_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ufokibok", "Ufokibok", "com.example.ufokibok", "5.1.0",
          "https://api.ufokibok.example.net")
IID = "X-ESH-Device"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ufokibok() -> list[Case]:
    rng = random.Random(30141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    nomba_ufokibok=L(HOSP_NO, MED)))}
    hla, hlo = fix(HOSPITAL_FIX)
    lab: dict[str, str] = {}
    diary = pb([(1, L(HOSP_NO, MED)), (2, 1765360800),
                (3, [(1, L(38.6, MED)), (2, L(4, MED)), (3, L("vomited once", MED))]),
                (4, "5.1.0")], "", lab)
    chart = at_path(case(f, f"{a}/v2/patients/{HOSP_NO}/medication", headers=_h(rng, **b)),
                    HOSP_NO, MED)
    adm = obj(rng, "adm")
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "enying": L(FIRST, NAMEC), "enying_ekpuk": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nomba_fon": L(E164, TEL), "usen_mana": L(DOB, BIRTH),
            "eren_nwaan": L("nwaan", GENDER), "pasport": L(PASSPORT, NID),
            "ufok": L(UY_HOME["line"], ADDR), "obio": L(UY_HOME["town"], COARSE),
            "iyip": L("O+", MED), "genotype": L("AA", MED), "allergy": L("sulfa drugs", MED),
            "owo_ekpuk": {"enying": L(HUSBAND[0], NAMEC), "nomba_fon": L(HUSBAND[1], TEL),
                          "relation": "ebe"}, "nomba_ufokibok": L(HOSP_NO, MED)}),
        case(f, f"{a}/v2/auth/kod", fmt="form", headers=_h(rng), body={
            "nomba_fon": L(E164, TEL), "kod": L("771036", CRED)}),
        case(f, f"{a}/v2/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/admissions", headers=_h(rng, **b), body={
            "admission": adm, "nomba_ufokibok": L(HOSP_NO, MED),
            "udongo": L("Fever 39.4 for two days, vomiting, cannot keep tablets down",
                        f"{TEXT}|{MED}"),
            "ward": "private", "referred_by": "walk-in"}),
        case(f, f"{a}/v2/admissions/{adm}/deposit", fmt="form", headers=_h(rng, **b), body={
            "okuk": L("150000", BUY), "currency": "NGN", "card_last4": L("4444", PAY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/admissions/{adm}/checkin", headers=_h(rng, **b), body={
            "itie": {"lat": hla, "lng": hlo, "acc": 7},
            "hospital": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lng": HOSPITAL["lon"]},
            "bed": "PR-2-06"}),
        chart,
        case(f, f"{a}/v2/udia/order", fmt="msgpack", headers=_h(rng, **b), body={
            "bed": "PR-2-06", "udia": [{"item": "pap_akamu", "ibaat": 1},
                                       {"item": "fish_pepper_soup_mild", "ibaat": 1}],
            "diet": L("soft, low fat (doctor's order)", MED), "okuk": L(4500, BUY)}),
        case(f, f"{a}/v2/visitors", headers=_h(rng, **b), body={
            "admission": adm, "owo": [
                {"enying": L(HUSBAND[0], NAMEC), "nomba_fon": L(HUSBAND[1], TEL)},
                {"enying": L(MOTHER_IL[0], NAMEC), "nomba_fon": L(MOTHER_IL[1], TEL)}],
            "usen": "2025-12-11"}),
        case(f, f"{a}/v2/nurse/call", fmt="form", headers=_h(rng, **b), body={
            "bed": "PR-2-06", "iko": L("The drip has finished and my arm is swelling",
                                       f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/ndise", [
            ("ndise", "drip_site.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nomba_ufokibok": L(HOSP_NO, MED),
                                                "site": L("left forearm cannula", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/etop", headers=_h(rng, **b), body={
            "to": {"enying": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "etop": L("Doctor, the fever came back at night, can I still go home tomorrow?",
                      f"{TEXT}|{MED}")}),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/history/malaria", gz=True, headers=_h(rng, **b), body={
            "nomba_ufokibok": L(HOSP_NO, MED), "episodes_12m": L(2, MED),
            "net": L("sometimes", MED), "prophylaxis": L("stopped in June", MED),
            "pregnant": L(False, MED), "g6pd": L("normal", MED)}),
        multipart(f, f"{a}/v2/discharge/ack", [
            ("nwed", "discharge_summary.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nomba_ufokibok": L(HOSP_NO, MED),
                                                "signed": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/bills/current", headers=_h(rng, how="none"), cookies={
            "esh_sess": L(opaque(rng, "", 40), CRED), "esh_dev": L(INSTALL_ID, DID),
            "esh_req": rid(rng)}),
        case(f, f"{a}/v2/ukpe", headers=_h(rng, **b), body={
            "invoice": L("ESH-INV-25-88310", BUY), "okuk": L(212500, BUY), "currency": "NGN",
            "akaunt": L(NG_ACCOUNT, PAY), "bank": "058", "reference": rid(rng)}),
        case(f, f"{a}/v2/sicknote", headers=_h(rng, **b), body={
            "nomba_ufokibok": L(HOSP_NO, MED), "days": 5, "employer": "Example Apps Inc.",
            "send_to": L("m.okafor@example.com", MAIL),
            "reason": L("admitted for malaria", MED)}),
        case(f, f"{a}/v2/refills", headers=_h(rng, **b), body={
            "nomba_ufokibok": L(HOSP_NO, MED), "pharmacy": "ph_esh_main",
            "ibok": [L("artemether-lumefantrine 80/480", MED), L("paracetamol 1 g", MED)]}),
        lines(f, f"{a}/v2/home/temperature", [
            {"nomba_ufokibok": L(HOSP_NO, MED), "ufiop": L(37.4, MED), "at": 1765450800},
            {"nomba_ufokibok": L(HOSP_NO, MED), "ufiop": L(36.9, MED), "at": 1765494000}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("admission_started", 1), ev("screen", 2, screen=L("Medication", USAGE))]}),
    ]


def ufokibok_sdks() -> list[Case]:
    rng = random.Random(30142)
    return [
        nd_batch(APP, rng, [("Admission Started", {"ward": "private"}),
                            ("Deposit Paid", {"amount": L(150000, BUY)})]),
        nd_queue(APP, rng, [("Symptom Report", {"fever": L(38.9, MED)}),
                            ("Meal Ordered", {})]),
        af_session(APP, rng, secs=644),
        af_crash(APP, rng, ("java.lang.OutOfMemoryError", "pdf render"),
                 [af_crumb("nav", "Discharge -> Summary")], screen="SummaryActivity"),
        fe_eval(APP, rng, {"hospital": HOSPITAL["id"], "ward": "private"}),
        pe_register(APP, rng, tags={"hospital": HOSPITAL["id"], "inpatient": "1"}),
        cs_save(APP, rng, {"analytics": True, "research": False}),
        mi_geocode(APP, rng, "Ewet Specialist Hospital", "behavior.search"),
        hu_message(APP, rng, L("My deposit shows twice on the bill after malaria admission",
                               f"{TEXT}|{MED}"), {"nomba_ufokibok": L(HOSP_NO, MED)}),
    ]
