"""A thalassaemia centre's family carrier-screening app "Hemokita" (her husband's cousin has
thalassaemia major, so the centre screens the family: she and her son give blood for a full
blood count and HbA2 by HPLC; the son's result shows beta-thalassaemia trait). Unlike set 75's
transfusion tracker (the user with thalassaemia intermedia), no transfusions: cascade
screening, consent, results, genetic counselling, an iron-supplement warning, the family
pedigree. Her own and her child's health data. English keys with Indonesian values."""

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
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families150_kit import (
    CLINIC,
    CLINIC_FIX,
    HUSBAND,
    KITAS,
    MIL,
    MRN,
    MRN_SON,
    SON,
    YK_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families150_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_launch,
)
from eval_families150_svc import (
    cy_save,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))
FIT, NATID = "health.fitness", "personal.national_id"

APP = App("hemokita", "Hemokita", "com.example.hemokita", "1.9.2",
          "https://api.hemokita.example.org")
IID = "X-Hemokita-Install"
PW = "HbA2-screen!26"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="id", **{"how": "nodash", **kw})


def hemokita() -> list[Case]:
    rng = random.Random(15041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mrn=L(MRN, MED), family=[L(MRN, MED),
                                                                   L(MRN_SON, MED)]))}
    cla, clo = fix(CLINIC_FIX, 6)
    sample = obj(rng, "smp")
    res = at_path(case(f, f"{a}/v1/patients/{MRN_SON}/results", headers=_h(rng, **b)),
                  MRN_SON, MED)
    mine = at_path(case(f, f"{a}/v1/patients/{MRN}/results", headers=_h(rng, **b),
                        query={"test": "hba2"}), MRN, MED)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "dob": L(DOB, BIRTH), "sex": L("P", GENDER),
            "kitas": L(KITAS, NATID)}),
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("730915", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/patients", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "children": [{
                "mrn": L(MRN_SON, MED), "name": L(KID, NAMEC), "dob": L(SON["dob"], BIRTH),
                "sex": L(SON["sex"], GENDER)}]}),
        case(f, f"{a}/v1/screening/referral", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "reason": L("family_history", MED),
            "relative": {"relation": "husband's cousin", "diagnosis": L("thalassaemia major",
                                                                         MED)},
            "spouse": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                       "screened": L(False, MED)}}),
        case(f, f"{a}/v1/consents", fmt="form", headers=_h(rng, **b), body={
            "mrn": L(MRN_SON, MED), "guardian": L(f"{FIRST} {LAST}", NAMEC),
            "test": L("hplc_hba2", MED), "signed": "2026-01-19T20:14"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "mrn": [L(MRN, MED), L(MRN_SON, MED)], "clinic": CLINIC["id"],
            "slot": "2026-01-20T08:30:00+07:00", "service": L("blood_draw_fasting", MED)}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "at": {"lat": cla, "lon": clo}, "queue": "B-17"}),
        case(f, f"{a}/v1/samples/{sample}", headers=_h(rng, **b), fmt="msgpack", body={
            "mrn": L(MRN_SON, MED), "tube": "EDTA", "drawn": 1768872600,
            "ferritin_pending": True}),
        res,
        mine,
        case(f, f"{a}/v1/results/ack", gz=True, headers=_h(rng, **b), body={
            "mrn": L(MRN_SON, MED), "values": {"hb": L(10.9, MED), "mcv": L(62.1, MED),
                                              "mch": L(19.8, MED), "hba2": L(5.6, MED),
                                              "hbf": L(1.1, MED), "ferritin": L(48, MED)},
            "interpretation": L("beta-thalassaemia trait", MED)}),
        case(f, f"{a}/v1/counselling/book", fmt="form", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "topic": L("carrier_result_child", MED),
            "with_spouse": "1", "lang": L("en", DEV)}),
        case(f, f"{a}/v1/counselling/room", headers=_h(rng, **b), body={
            "room": obj(rng, "vr"), "join": L(opaque(rng, "", 48), CRED)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "counsellor", "mrn": L(MRN, MED),
            "text": L("Should Bima stop the iron syrup the school doctor gave him now that he "
                      "has the trait?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/pedigree", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "members": [
                {"rel": "spouse", "name": L(HUSBAND[0], NAMEC), "status": L("untested", MED)},
                {"rel": "son", "name": L(KID, NAMEC), "status": L("carrier", MED)},
                {"rel": "mother_in_law", "name": L(MIL[0], NAMEC), "status": L("untested", MED)}]}),
        multipart(f, f"{a}/v1/documents", [
            ("file", "hasil_lab_bima.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mrn": L(MRN_SON, MED), "kind": "lab_report"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reminders", headers=_h(rng, how="none"), query={"mrn": L(MRN, MED)},
             cookies={"hk_session": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("result_viewed", 1), ev("counselling_booked", 2),
                ev("screen", 3, screen=L("Results", USAGE))]}),
    ]


def hemokita_sdks() -> list[Case]:
    rng = random.Random(15042)
    return [
        tn_launch(APP, rng, first=True),
        mc_batch(APP, rng, [("Result Viewed", {}), ("Counselling Booked", {})], user=True),
        mc_identify(APP, rng, {"city": L("Yogyakarta", COARSE), "children": 1}),
        cd_crash(APP, rng, ("java.lang.IllegalArgumentException", "pdf page -1"),
                 [cd_crumb("nav", "Results -> Document")], screen="DocumentActivity"),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"clinic": CLINIC["id"]}),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"]}, lang="id"),
        cy_save(APP, rng, {"analytics": False, "marketing": False}),
        mm_geocode(APP, rng, "Klinik Talasemia Mataram", SEARCH, near=YK_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "rujukan.pdf", "application/pdf"),
    ]
