"""An HMO (health maintenance organisation) enrolee app "Nsongidem" (``nsongidem`` good health:
her family's plan through her school employer; she chose a family clinic in Calabar). Its API's
keys are Efik in ASCII with English medical and API words kept (``email``, ``token``,
``enrolee``, ``plan``, ``pcp``, ``lat``/``lng``): ``enyin`` name, ``usen_emana`` birth date,
``nwan_eren`` sex (``eren`` man), ``ukwak_iko`` phone, ``iko_ndibe`` password, ``ubon``
family / dependants, ``ebe`` husband, ``eyen`` child, ``ufok_ibok`` clinic (lit. "house of
medicine"), ``abia_ibok`` doctor, ``udongo`` illness, ``ibok`` medicine, ``ubiak`` pain,
``iyip`` blood, ``presho_iyip`` blood pressure (loan), ``ekpere`` near, ``itie`` place,
``ibat_okuk`` amount, ``ukpe`` payment, ``akaunt`` account, ``mfina`` complaint (lit.
"trouble"), ``etop`` message, ``ndiyom`` search, ``owo`` user. Calls: activation with the
enrolee number, an OAuth password grant, ``/ami``, dependants, clinics near her (3 decimals),
the primary-care clinic chosen, a pre-authorisation for a fever visit, the visit check-in with the
code and her fix, a lab result (PDF), refills, home blood-pressure readings (protobuf), the
health questionnaire (gzip), a video consult token, a message to the doctor, a reimbursement
claim, the ID card by enrolee number in the path, a plan upgrade, a search, a complaint,
encounters by cookie, push and events. HMO claims appear as features of a dental
app (set 145) and a day-surgery app (199), and set 92 pairs a spa with health insurance; an
HMO's own enrolee app ("health maintenance", "enrolee" matched nothing) is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families255_kit import (
    CB_HOME_AT,
    CLINIC,
    CLINIC_FIX,
    DAUGHTER,
    ENROLEE,
    HUSBAND,
    NG_ACCOUNT,
    PA_CODE,
    fix,
    hd,
    obj,
    ukwak,
)
from eval_families255_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families255_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nsongidem", "Nsongidem", "com.example.nsongidem", "5.0.3",
          "https://api.nsongidem.example.net")
IID = "X-NSH-Ukwak"
PW = "Nsong!Idem2026"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def nsongidem() -> list[Case]:
    rng = random.Random(25531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), enrolee=L(ENROLEE, MED),
                                    plan="family_silver"))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    bp = pb([(1, L(ENROLEE, MED)), (2, 1768200000),
             (3, [(1, L(142, MED)), (2, L(91, MED)), (3, L(78, FIT))]),
             (4, [(1, L(136, MED)), (2, L(88, MED)), (3, L(74, FIT))]),
             (5, "cuff_bm58_2210")], "", lab)
    idcard = at_path(case(f, f"{a}/v1/enrolees/{ENROLEE}/card", headers=_h(rng, **b)),
                     ENROLEE, MED)
    return [
        case(f, f"{a}/v1/enrolees/activate", headers=_h(rng), body={
            "enrolee": L(ENROLEE, MED), "usen_emana": L(DOB, BIRTH), "ukwak_iko": L(E164, TEL),
            "email": L(EMAIL, MAIL), "iko_ndibe": L(PW, CRED), "employer": "emp_0931"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "nsongidem-android"}),
        case(f, f"{a}/v1/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ubon", headers=_h(rng, **b), body={
            "enrolee": L(ENROLEE, MED),
            "ubon": [{"ebuana": "ebe", "enyin": L(HUSBAND[0], NAMEC),
                      "usen_emana": L("1986-02-11", BIRTH), "nwan_eren": L("eren", GENDER),
                      "ukwak_iko": L(HUSBAND[1], TEL)},
                     {"ebuana": "eyen", "enyin": L(KID, NAMEC),
                      "usen_emana": L(DAUGHTER["dob"], BIRTH),
                      "nwan_eren": L(DAUGHTER["sex"], GENDER)}]}),
        case(f, f"{a}/v1/ufok_ibok/ekpere", headers=_h(rng, **b), query={
            "lat": L(f"{CB_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{CB_HOME_AT[1]:.3f}", PRECISE),
            "plan": "family_silver", "km": "5"}),
        case(f, f"{a}/v1/pcp", fmt="form", headers=_h(rng, **b), body={
            "enrolee": L(ENROLEE, MED), "ufok_ibok": CLINIC["id"], "effective": "2026-01-01"}),
        case(f, f"{a}/v1/authorisations", headers=_h(rng, **b), body={
            "enrolee": L(ENROLEE, MED), "ufok_ibok": CLINIC["id"],
            "udongo": L("fever and headache for three days", MED),
            "tests": [L("malaria parasite", MED), L("widal", MED)], "visit": "outpatient"}),
        case(f, f"{a}/v1/visits/check_in", headers=_h(rng, **b), body={
            "pa_code": L(PA_CODE, MED), "itie": {"lat": cla, "lng": clo},
            "ufok_ibok": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]},
            "visit": obj(rng, "vs")}),
        multipart(f, f"{a}/v1/results", [
            ("result", "mp_widal_jan.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"enrolee": L(ENROLEE, MED),
                                                "pa_code": L(PA_CODE, MED),
                                                "lab": "lab_0077"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "enrolee": L(ENROLEE, MED),
            "ibok": [L("amlodipine 5 mg", MED), L("artemether-lumefantrine 80/480", MED)],
            "pharmacy": "ph_0231", "pickup": True}),
        raw(f, f"{a}/v1/presho_iyip", bp, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/questionnaire", gz=True, headers=_h(rng, **b), body={
            "enrolee": L(ENROLEE, MED), "udongo": [L("hypertension", MED)],
            "ibok": [L("amlodipine 5 mg", MED)], "allergies": [L("sulfa drugs", MED)],
            "smoker": L(False, MED), "pregnant": L(False, MED),
            "udongo_ubon": [L("diabetes (mother)", MED)], "anyan_cm": L(168, FIT),
            "kg": L(64, FIT)}),
        case(f, f"{a}/v1/video/rooms", headers=_h(rng, **b), body={
            "pa_code": L(PA_CODE, MED), "room_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/etop", headers=_h(rng, **b), body={
            "to": "dr_pcp_0118", "abia_ibok": "Dr. on duty",
            "etop": L("The fever is gone but I still feel weak and my BP was 142/91 this "
                      "morning", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/claims", fmt="form", headers=_h(rng, **b), body={
            "enrolee": L(ENROLEE, MED), "ibat_okuk": L("18500", BUY),
            "reason": L("antimalarial bought on a Sunday", MED),
            "akaunt": L(NG_ACCOUNT, PAY), "bank": "Example Bank Nigeria"}),
        idcard,
        case(f, f"{a}/v1/plan/upgrade", fmt="form", headers=_h(rng, **b), body={
            "enrolee": L(ENROLEE, MED), "plan": "family_gold", "ibat_okuk": L("96000.00", BUY),
            "ukpe": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/ndiyom", headers=_h(rng, **b), query={
            "ndiyom": L("pharmacy open Sunday Calabar", SEARCH)}),
        case(f, f"{a}/v1/mfina", headers=_h(rng, **b), body={
            "ufok_ibok": CLINIC["id"], "kind": "waiting_time",
            "mfina": L("I waited three hours with my code before seeing a doctor", TEXT)}),
        case(f, f"{a}/v1/encounters", headers=_h(rng, how="none"), cookies={
            "nsh_sesion": L(opaque(rng, "", 40), CRED), "nsh_ukwak": L(INSTALL_ID, DID),
            "nsh_req": rid(rng)}),
        case(f, f"{a}/v1/ukwak", headers=_h(rng, **b), body=ukwak(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("pa_requested", 1), ev("screen", 2, screen=L("BloodPressure", USAGE))]}),
    ]


def nsongidem_sdks() -> list[Case]:
    rng = random.Random(25532)
    return [
        mc_batch(APP, rng, [("PA Requested", {"visit": "outpatient"}),
                            ("Refill Requested", {"items": 2})]),
        mc_queue(APP, rng, [("BP Logged", {"systolic": L(142, MED)}),
                            ("Result Uploaded", {"kind": "pdf"})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"plan": "family_silver", "programme": L("hypertension", MED)},
                hdr=True),
        pt_register(APP, rng, tags={"plan": "family_silver", "pcp": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Bethany Family Clinic", SEARCH, near=CB_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "receipt_antimalarial.pdf",
                  "application/pdf"),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "96000.00", "ngn"),
    ]
