"""The city polyclinic's patient app "Elyuur" (elyuur "healthy": City Polyclinic No. 7, where she
is attached by her health-insurance policy; this winter her yearly check-up, the
dispanserizatsiya: a questionnaire, blood tests, a fluorography, an ECG, then the GP). Its API's
keys are Buryat in Latin letters with Russian medical loans: ``nere``, ``obog``,
``turehen_uder``, ``khuihen`` sex (``ekhener`` woman), ``polis`` insurance policy, ``snils``,
``utahan``, ``khayag``, ``khoto``, ``indeks``, ``uchastok`` the GP's catchment area, ``kod``,
``emshen`` doctor, ``mergezhel`` speciality, ``uzleg`` visit, ``shaltagaan`` reason, ``asuulga``
questionnaire, ``tamkhi`` tobacco, ``arkhi`` alcohol, ``ubshen`` illness, ``shegnuur`` weight,
``under`` height, ``shuhanai_daralta`` blood pressure, ``ure_dun`` result, ``em`` medicine,
``zhor`` prescription, ``khaluun`` temperature, ``shenzhe`` symptoms, ``gerte_duudalga`` home
visit, ``ochered`` queue, ``karta`` outpatient card, ``spravka`` certificate; ``email``,
``token``, ``id``, ``diagnoz`` kept. Calls: registration, an SMS code, ``/me``, doctors and
slots, the check-up visit booked, the questionnaire (gzip), the arrival with her fix, a protobuf
queue ticket, lab results by card number in the query and the fluorography by card number in
the path, her US ECG uploaded (PDF), a message to the GP, a prescription renewal, a home visit for
the son, a flu shot consent, a sports certificate for the son, a video room, the policy linked
(base64 JSON in a form field), the last ticket by cookie, a search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families264_kit import (
    CARD_NO,
    FIT,
    NID,
    OMS,
    POLY,
    POLY_FIX,
    SNILS,
    SON,
    UU_HOME,
    UU_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families264_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families264_svc import (
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("elyuur", "Elyuur", "com.example.elyuur", "3.0.9", "https://api.elyuur.example.org")
IID = "X-Elyuur-Install"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
SON_OMS = "0351600471128835"  # the son's insurance policy (health.medical, as hers)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def elyuur() -> list[Case]:
    rng = random.Random(26441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, karta=L(CARD_NO, MED), polis=L(OMS, MED),
                                    email=L(EMAIL, MAIL)))}
    pla, plo = fix(POLY_FIX, 5)
    lab: dict[str, str] = {}
    ticket = pb([(1, L(CARD_NO, MED)), (2, "T-045"), (3, 1768446000),
                 (4, L("fluorografi", MED)), (5, L(54, DEV))], "", lab)
    fluoro = at_path(case(f, f"{a}/api/v2/patsient/{CARD_NO}/fluorografi",
                          headers=_h(rng, **b)), CARD_NO, MED)
    return [
        case(f, f"{a}/api/v2/patsient", headers=_h(rng), body={
            "nere": L(FIRST, NAMEC), "obog": L(LAST, NAMEC), "turehen_uder": L(DOB, BIRTH),
            "khuihen": L("ekhener", GENDER), "polis": L(OMS, MED), "snils": L(SNILS, NID),
            "utahan": L(E164, TEL), "email": L(EMAIL, MAIL),
            "khayag": L(UU_HOME["line"], ADDR), "khoto": L(UU_HOME["town"], COARSE),
            "indeks": L(UU_HOME["post"], COARSE), "uchastok": L("12", COARSE),
            "poliklinika": POLY["id"]}),
        case(f, f"{a}/api/v2/auth/kod", fmt="form", headers=_h(rng), body={
            "utahan": L(E164, TEL), "kod": L("190447", CRED)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/emshed", headers=_h(rng, **b), query={
            "mergezhel": "terapevt", "poliklinika": POLY["id"]}),
        case(f, f"{a}/api/v2/slots", headers=_h(rng, **b), query={
            "emshen": "dr_0712", "uder": "2026-01-15"}),
        case(f, f"{a}/api/v2/uzleg", headers=_h(rng, **b), body={
            "emshen": "dr_0712", "slot": obj(rng, "sl"), "kabinet": "214",
            "karta": L(CARD_NO, MED),
            "shaltagaan": L("dispanserizatsiya, first stage", MED)}),
        case(f, f"{a}/api/v2/asuulga", gz=True, headers=_h(rng, **b), body={
            "karta": L(CARD_NO, MED), "tamkhi": L(False, MED), "arkhi": L("rarely", MED),
            "ubshenuud": [L("high cholesterol", MED)],
            "turelei_ubshen": L("father: heart attack at 58", MED),
            "shegnuur": L(61, FIT), "under": L(168, FIT),
            "shuhanai_daralta": L("128/82", MED), "yabalga_minut": L(150, FIT)}),
        case(f, f"{a}/api/v2/ireen", headers=_h(rng, **b), body={
            "uzleg": obj(rng, "uz"), "gazar": {"lat": pla, "lon": plo},
            "poliklinika": {"id": POLY["id"], "lat": POLY["lat"], "lon": POLY["lon"]}}),
        raw(f, f"{a}/api/v2/ochered", ticket, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/shalgalta/ure_dun", headers=_h(rng, **b), query={
            "karta": L(CARD_NO, MED), "torol": "biochem"}),
        fluoro,
        multipart(f, f"{a}/api/v2/dokument", [
            ("file", "ecg_portland_2024.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"karta": L(CARD_NO, MED), "torol": "ECG",
                                                "zhel": 2024})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/zakhyaa", headers=_h(rng, **b), body={
            "emshen": "dr_0712",
            "beshig": L("My cholesterol came back 6.4. Should I start the atorvastatin or "
                        "repeat the test in March?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/zhor", fmt="form", headers=_h(rng, **b), body={
            "karta": L(CARD_NO, MED), "em": L("atorvastatin 10 mg", MED), "too": "30"}),
        case(f, f"{a}/api/v2/gerte_duudalga", headers=_h(rng, **b), body={
            "ukhibuun": {"nere": L(f"{SON['first']} {SON['last']}", NAMEC),
                         "turehen_uder": L(SON["dob"], BIRTH), "polis": L(SON_OMS, MED)},
            "khaluun": L(38.4, MED), "shenzhe": L("cough, sore throat, since last night",
                                                  f"{TEXT}|{MED}"),
            "khayag": L(UU_HOME["line"], ADDR), "utahan": L(E164, TEL)}),
        case(f, f"{a}/api/v2/vaktsina", fmt="form", headers=_h(rng, **b), body={
            "karta": L(CARD_NO, MED), "vaktsina": L("influenza 2025/26", MED),
            "zubshoolgo": "1", "uder": "2026-01-15"}),
        case(f, f"{a}/api/v2/spravka", headers=_h(rng, **b), body={
            "torol": "073_sport", "ukhibuun_snils": L(SON["snils"], NID),
            "ukhibuun_polis": L(SON_OMS, MED), "sport": "biathlon"}),
        case(f, f"{a}/api/v2/telemed/rooms", headers=_h(rng, **b), body={
            "uzleg": obj(rng, "uz"), "joinToken": L(opaque(rng, "tm_", 36), CRED)}),
        case(f, f"{a}/api/v2/polis/kholbokho", fmt="form", headers=_h(rng, **b), body={
            "data": W({"polis": L(OMS, MED), "snils": L(SNILS, NID),
                       "turehen_uder": L(DOB, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v2/kvitok/huulshyn", headers=_h(rng, how="none"), cookies={
            "el_sess": L(opaque(rng, "", 40), CRED), "el_dev": L(INSTALL_ID, DID),
            "el_req": rid(rng)}),
        case(f, f"{a}/api/v2/bederelge", headers=_h(rng, **b), query={
            "q": L("dermatologist mole check", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("results_viewed", 1), ev("screen", 2, screen=L("Dispanserizatsiya", USAGE))]}),
    ]


def elyuur_sdks() -> list[Case]:
    rng = random.Random(26442)
    return [
        mc_batch(APP, rng, [("Visit Booked", {"speciality": "terapevt"}),
                            ("Results Viewed", {"kind": "biochem"})]),
        mc_queue(APP, rng, [("Ticket Taken", {"room": "214"}),
                            ("Questionnaire Sent", {"pages": 4})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=608),
        fn_eval(APP, rng, {"clinic": POLY["id"], "program": L("dispanserizatsiya", MED)},
                hdr=True),
        pt_register(APP, rng, lang="ru", tags={"clinic": POLY["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Polyclinic No. 7", SEARCH, near=UU_HOME_AT, nd=2),
        mm_reverse(APP, rng, POLY_FIX, "location.precise", nd=4),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "blood_tests.pdf", "application/pdf"),
    ]
