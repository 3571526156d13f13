"""A teachers' in-service training and certification portal "Malaka" (she teaches English at a
Nukus school and takes the republic's refresher course and the language-certificate bonus; its
API's keys are Karakalpak in Latin letters, camelCase, ASCII-folded: ``ati``, ``familiyasi``,
``elPochta``, ``telefon``, ``parol``, ``tuwilganSane``, ``pinfl``, ``jasawRuqsatnamasi``,
``mugallimNomeri`` teacher number, ``jumisOrni`` workplace, ``pan`` subject, ``staj`` years of
service, ``kurs`` course, ``tolem``, ``summa``, ``orin``, ``kenlik`` / ``uzinliq``,
``sabaq`` lesson, ``juwaplar`` answers, ``esse`` essay, ``sertifikat`` certificate,
``daraje`` level, ``ustama`` salary bonus, ``bankEsabi`` bank account, ``kartaSongiTort``,
``forum``, ``xabar``, ``mentor``, ``izlew``, ``attestatsiya``, ``paydalaniwshi``,
``waqiyalar``): sign-up, an OAuth password grant, ``/men``, courses, the enrolment and its fee,
the attendance check-in at the centre (its Wi-Fi joined), a demonstration lesson video, a lesson
plan (PDF), the test's answers (msgpack), a reflective essay, her certificate's photo, results
by teacher number in the path, the bonus's bank account, a forum post, a message to her mentor,
a search, the attestation slot, the course certificate by cookie, push and events. Teachers'
unions and school apps exist; an in-service training portal is new ("in-service",
"professional development", "teacher training" matched nothing; "attestation" only device
attestation)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families258_kit import (
    CENTRE,
    CENTRE_FIX,
    NK_HOME_AT,
    PINFL,
    RESIDENCE,
    SCHOOL,
    TEACHER,
    UZ_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families258_sdk import cj_session, es_batch, es_identify, es_pixel, tq_launch
from eval_families258_svc import ft_eval, hj_message, jy_save, mp_geocode, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("malaka", "Malaka", "com.example.malaka", "5.1.2", "https://api.malaka.example.org")
IID = "X-Malaka-Device"
PW = "Berdaq$Teach26"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
MP4 = b"\x00\x00\x00\x18ftypisom" + bytes(44)
SSID, BSSID = "MalakaOrayi-Free", "d8:07:b6:3c:91:e2"  # the centre's Wi-Fi (joined: wifi)
MENTOR = ("Raushan Tleumuratova", "r.tleumuratova@malaka.example.org")  # typed: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def malaka() -> list[Case]:
    rng = random.Random(25861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elPochta=L(EMAIL, MAIL),
                                    mugallimNomeri=L(TEACHER, UID)))}
    cla, clo = fix(CENTRE_FIX, 5)
    res = at_path(case(f, f"{a}/v3/mugallimler/{TEACHER}/natiyjeler", headers=_h(rng, **b)),
                  TEACHER, UID)
    return [
        case(f, f"{a}/v3/dizim", headers=_h(rng), body={
            "ati": L(FIRST, NAMEC), "familiyasi": L(LAST, NAMEC), "elPochta": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "tuwilganSane": L(DOB, BIRTH),
            "pinfl": L(PINFL, NID), "jasawRuqsatnamasi": L(RESIDENCE, NID),
            "mugallimNomeri": L(TEACHER, UID), "jumisOrni": SCHOOL["id"],
            "pan": "ingliz tili", "staj": 9}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "malaka-mobile"}),
        case(f, f"{a}/v3/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/kurslar", headers=_h(rng, **b), query={
            "pan": "ingliz-tili", "qala": L("Nukus", COARSE), "format": "aralas"}),
        case(f, f"{a}/v3/kurslar/kr_eng_2026a/jaziliw", headers=_h(rng, **b), body={
            "mugallimNomeri": L(TEACHER, UID), "kurs": "kr_eng_2026a", "topar": "EN-3",
            "jumisOrni": SCHOOL["id"]}),
        case(f, f"{a}/v3/tolem", fmt="form", headers=_h(rng, **b), body={
            "kurs": "kr_eng_2026a", "summa": L("350000", BUY), "valyuta": "UZS",
            "tolemUsili": L(opaque(rng, "pm_", 24), PAY), "kvitansiya": L("MQ-T-55091", BUY)}),
        case(f, f"{a}/v3/qatnasiw", headers=_h(rng, **b), body={
            "sabaq": obj(rng, "sb"), "orin": {"kenlik": cla, "uzinliq": clo},
            "oray": {"id": CENTRE["id"], "kenlik": CENTRE["lat"], "uzinliq": CENTRE["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        multipart(f, f"{a}/v3/portfolio/video", [
            ("video", "ashiq_sabaq.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"mugallimNomeri": L(TEACHER, UID),
                                                "klass": "7-B", "tema": "Past Simple"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/portfolio/jobe", [
            ("fayl", "sabaq_jobesi.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"mugallimNomeri": L(TEACHER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/testler/ts_0412/juwaplar", fmt="msgpack", headers=_h(rng, **b), body={
            "mugallimNomeri": L(TEACHER, UID), "juwaplar": ["B", "D", "A", "C", "C", "A"],
            "waqit_s": 1710, "urinis": 1}),
        case(f, f"{a}/v3/esse", headers=_h(rng, **b), body={
            "kurs": "kr_eng_2026a",
            "esse": L("Men Nukusta toqiz jildan beri ingliz tilin uyretemen. Klasimda 34 "
                      "oqiwshi bar, kopshiligi awildan keledi.", TEXT)}),
        multipart(f, f"{a}/v3/sertifikat", [
            ("suwret", "cefr_c1.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
            ("meta", None, "application/json", {"mugallimNomeri": L(TEACHER, UID),
                                                "daraje": "C1", "berilgen": "2025-11-20"})],
            headers=_h(rng, **b)),
        res,
        case(f, f"{a}/v3/ustama/rekvizitler", headers=_h(rng, **b), body={
            "mugallimNomeri": L(TEACHER, UID), "bankEsabi": L(UZ_ACCOUNT, PAY),
            "kartaSongiTort": L("4444", PAY), "iyesi": L(f"{FIRST} {LAST}", NAMEC),
            "ustamaProtsent": 20}),
        case(f, f"{a}/v3/vebinar/qosiliw", headers=_h(rng, **b), body={
            "vebinar": "wb_clil_07", "mugallimNomeri": L(TEACHER, UID),
            "joinToken": L(opaque(rng, "wbt_", 32), CRED)}),
        case(f, f"{a}/v3/forum/postlar", headers=_h(rng, **b), body={
            "bolme": "ingliz-tili",
            "tekst": L("Kim 5-klass ushin jaqsi tinlaw materiallarin bilsedi? Bolisiniz.",
                       TEXT)}),
        case(f, f"{a}/v3/xabarlar", headers=_h(rng, **b), body={
            "mentor": {"ati": L(MENTOR[0], NAMEC), "elPochta": L(MENTOR[1], MAIL)},
            "xabar": L("Raushan apa, videomdi korip pikir bere alasiz ba?", TEXT)}),
        case(f, f"{a}/v3/izlew", headers=_h(rng, **b), query={
            "izlew": L("CLIL metodikasi ashiq sabaq", SEARCH)}),
        case(f, f"{a}/v3/attestatsiya/bron", fmt="form", headers=_h(rng, **b), body={
            "mugallimNomeri": L(TEACHER, UID), "oray": CENTRE["id"], "sane": "2026-05-12",
            "slot": obj(rng, "at")}),
        case(f, f"{a}/v3/sertifikatlar/songi", headers=_h(rng, how="none"), cookies={
            "mq_sessiya": L(opaque(rng, "", 40), CRED), "mq_qurilma": L(INSTALL_ID, DID),
            "mq_req": rid(rng)}),
        case(f, f"{a}/v3/qurilmalar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/waqiyalar", headers=_h(rng, **b), body={
            "paydalaniwshi": L(USER_ID, UID), "qurilma": {"til": L("en", DEV)}, "waqiyalar": [
                ev("test_tapsirildi", 1), ev("ekran", 2, ekran=L("Portfolio", USAGE))]}),
    ]


def malaka_sdks() -> list[Case]:
    rng = random.Random(25862)
    return [
        es_batch(APP, rng, [("Course Enrolled", {"course": "kr_eng_2026a"}),
                            ("Test Submitted", {"attempt": 1})], at=CENTRE_FIX, nd=2),
        es_identify(APP, rng, {"subject": "english", "mugallimNomeri": L(TEACHER, UID),
                               "city": L("Nukus", COARSE)}),
        es_pixel(APP, rng, "Results Opened", {"term": "2026-1"}),
        tq_launch(APP, rng, user=True),
        cj_session(APP, rng, secs=1388),
        ft_eval(APP, rng, {"region": L("Qaraqalpaqstan", COARSE), "role": "teacher"}),
        pq_register(APP, rng, at=NK_HOME_AT, nd=2, tags={"pan": "ingliz-tili"}),
        jy_save(APP, rng, {"analytics": True, "marketing": False}),
        mp_geocode(APP, rng, "Malaka arttiriw orayi", "behavior.search", near=NK_HOME_AT, nd=3),
        hj_message(APP, rng, L("Testtin natiyjesi portfolioda korinbey tur", TEXT),
                   {"mugallimNomeri": L(TEACHER, UID)}),
    ]
