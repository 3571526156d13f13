"""A Constanta lipid clinic's patient app "Qanyag" (``qan`` blood, ``yag`` fat: her familial
hypercholesterolaemia followed at a private lipid clinic in Tomis; its API's keys are Crimean
Tatar, ASCII-folded as the clinic's Medgidia-born developer writes them: ``ad`` first name,
``soyad`` surname, ``telefon``, ``parol``, ``doggan_kun`` birth date, ``cins`` sex (``qadin``
woman), ``sahsiy_kod`` personal code, ``soqaq`` street, ``seer`` town, ``judet`` county,
``posta_kodu`` post code, ``hasta`` patient, ``tahlil`` lab test, ``randevu`` appointment,
``sebep`` reason, ``miqdar`` amount, ``tolev`` payment, ``son_dort`` last four, ``kelis``
arrival, ``ukol`` injection, ``perhiz`` diet, ``yazi`` text, ``kime`` to whom, ``retsete``
prescription, ``aqraba`` relative, ``olcum`` reading, ``razilik`` consent, ``imza`` signature,
``qidiruv`` search, ``vaqialar`` events): sign-up with her personal code, a log-in, ``/menim``,
the family-history questionnaire (gzip), her lab results (a PDF), an appointment, its payment, a
check-in, a protobuf injection diary, a diet diary (msgpack), a message to her cardiologist,
prescriptions, cascade screening of her son and her sister, invoices by patient number in the
path, a video consult, home blood-pressure readings (gzip), a registry consent, a doctor search,
receipts by cookie, push and events."""

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
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families288_kit import (
    CARDIO,
    CLINIC,
    CLINIC_FIX,
    CNP,
    HOME,
    HOME_AT,
    PATIENT,
    SISTER_US,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families288_sdk import iz_launch, qc_session, sy_batch, sy_queue
from eval_families288_svc import (
    aq_card,
    aq_confirm,
    by_eval,
    cq_register,
    hq_geocode,
    mv_check,
    yd_attach,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("qanyag", "Qanyag", "com.example.qanyag", "3.4.1", "https://api.qanyag.example.com")
IID = "X-Qanyag-Cihaz"
PW = "Tomis!Lipid91"
DOB_CT = "17.05.1991"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ro=True, **kw)


def qanyag() -> list[Case]:
    rng = random.Random(28811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), hasta=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1773907200),
                (3, [(1, L("evolocumab 140 mg", MED)), (2, L("sol qarin", MED)),
                     (3, L(2, MED))]), (4, "3.4.1")], "", lab)
    inv = at_path(case(f, f"{a}/api/v1/hastalar/{PATIENT}/fakturalar", headers=_h(rng, **b)),
                  PATIENT, MED)
    return [
        case(f, f"{a}/api/v1/qayd", headers=_h(rng), body={
            "ad": L(FIRST, NAMEC), "soyad": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "doggan_kun": L(DOB_CT, BIRTH),
            "cins": L("qadin", GENDER), "sahsiy_kod": L(CNP, NID),
            "adres": {"soqaq": L(HOME["line"], ADDR), "seer": L(HOME["town"], COARSE),
                      "judet": L(HOME["county"], COARSE), "posta_kodu": L(HOME["post"], COARSE)},
            "sigorta": "privat", "til": L("en", DEV)}),
        case(f, f"{a}/api/v1/kiris", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "parol": L(PW, CRED), "hatirla": "1"}),
        case(f, f"{a}/api/v1/menim", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/anket", gz=True, headers=_h(rng, **b), body={
            "hasta": L(PATIENT, MED),
            "ailede_illet": L("babam 52 yasinda infarkt kecirdi", f"{TEXT}|{MED}"),
            "kolesterin_ilaclari": [L("atorvastatin 40 mg", MED), L("ezetimib 10 mg", MED)],
            "tutun_icuv": L(False, MED), "seker_hastaligi": L(False, MED),
            "ksantomalar": L("tirsekte", MED), "boy": L(168, FIT), "agirliq": L(61, FIT)}),
        case(f, f"{a}/api/v1/tahliller", headers=_h(rng, **b), query={
            "hasta": L(PATIENT, MED), "yil": "2026", "tur": "lipid"}),
        multipart(f, f"{a}/api/v1/tahliller/yukle", [
            ("dosye", "lipidograma_martta.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "hasta": L(PATIENT, MED), "ldl": L(5.8, MED), "hdl": L(1.4, MED),
                "trigliserid": L(1.2, MED), "laboratoriya": "Laborator Tomis Nord"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/randevu", headers=_h(rng, **b), body={
            "hasta": L(PATIENT, MED), "ekim": "dr_moraru", "tarih": "2026-03-24T09:30",
            "sebep": L("LDL hala yuksek, statinden bacaqlarim agriy", f"{TEXT}|{MED}"),
            "klinika": CLINIC["id"]}),
        case(f, f"{a}/api/v1/tolev", fmt="form", headers=_h(rng, **b), body={
            "randevu": obj(rng, "rv"), "miqdar": L("250.00", BUY), "valyuta": "RON",
            "metod": L(opaque(rng, "pm_", 24), PAY), "son_dort": L("4444", PAY)}),
        case(f, f"{a}/api/v1/kelis", headers=_h(rng, **b), body={
            "randevu": obj(rng, "rv"), "yer": {"lat": cla, "lng": clo, "aniqliq": 9},
            "klinika": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/api/v1/ukol/jurnal", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/perhiz", fmt="msgpack", headers=_h(rng, **b), body={
            "hasta": L(PATIENT, MED), "kun": "2026-03-18",
            "yemekler": [{"ad": "yulaf", "gram": 60}, {"ad": "baliq", "gram": 180}],
            "qayd": L("Toyda iki suberek yedim, qaymaq yoq", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/mesaj", headers=_h(rng, **b), body={
            "kime": {"ad": L(CARDIO[0], NAMEC), "email": L(CARDIO[1], MAIL)},
            "yazi": L("Doktor hanim, atorvastatinden son bacaqlarim agriy, dozani azaltayiqmi?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/retseteler", headers=_h(rng, **b), query={
            "hasta": L(PATIENT, MED), "faal": "true"}),
        case(f, f"{a}/api/v1/aile/tarama", headers=_h(rng, **b), body={
            "hasta": L(PATIENT, MED), "sebep": L("ailevi hiperkolesterolemiya", MED),
            "aqrabalar": [
                {"ad": L(f"{SON['first']} {SON['last']}", NAMEC), "aqrabaliq": "oglu",
                 "doggan_kun": L(SON["dob"], BIRTH)},
                {"ad": L(SISTER_US[0], NAMEC), "aqrabaliq": "qiz_qardasi",
                 "telefon": L(SISTER_US[1], TEL), "email": L(SISTER_US[2], MAIL)}]}),
        inv,
        case(f, f"{a}/api/v1/video/oda", headers=_h(rng, **b), body={
            "randevu": obj(rng, "rv"), "qosulma_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v1/olcumler", gz=True, headers=_h(rng, **b), body={
            "hasta": L(PATIENT, MED), "cihaz": "bp_omx_221", "olcumler": [
                {"sistolik": L(128, MED), "diastolik": L(82, MED), "nabiz": L(71, MED),
                 "vaqit": 1773820800},
                {"sistolik": L(131, MED), "diastolik": L(84, MED), "nabiz": L(74, MED),
                 "vaqit": 1773907200}]}),
        case(f, f"{a}/api/v1/razilik", fmt="form", headers=_h(rng, **b), body={
            "hasta": L(PATIENT, MED), "tadqiqat": "registru-FH-RO", "razi": "1",
            "imza": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/ekimler/qidiruv", headers=_h(rng, **b), query={
            "q": L("kardiolog Constanta cumaertesi", SEARCH), "sayfa": "1"}),
        case(f, f"{a}/api/v1/kvitansiyalar/son", headers=_h(rng, how="none"), cookies={
            "qy_oturum": L(opaque(rng, "", 40), CRED), "qy_cihaz": L(INSTALL_ID, DID),
            "qy_req": rid(rng)}),
        case(f, f"{a}/api/v1/cihazlar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/vaqialar", headers=_h(rng, **b), body={
            "qullanici": L(USER_ID, UID), "vaqialar": [
                ev("tahlil_acildi", 1), ev("ekran", 2, ekran=L("UkolJurnali", USAGE))]}),
    ]


def qanyag_sdks() -> list[Case]:
    rng = random.Random(28812)
    return [
        sy_batch(APP, rng, [("Lab Uploaded", {"kind": "lipid"}),
                            ("Appointment Paid", {"amount": L(250, BUY)})],
                 at=CLINIC_FIX, nd=2),
        sy_queue(APP, rng, [("Injection Logged", {"drug": L("evolocumab", MED)}),
                            ("Reading Saved", {"count": 2})]),
        iz_launch(APP, rng, first=True, user=True),
        qc_session(APP, rng, secs=604),
        by_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("familial-hypercholesterolaemia",
                                                                MED)}, hdr=True),
        cq_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        mv_check(APP, rng, {"analytics": True, "research": True}),
        hq_geocode(APP, rng, "Centrul Lipidologic Tomis", SEARCH, near=HOME_AT, nd=2),
        yd_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "eco_carotide.pdf", "application/pdf"),
        aq_card(APP, rng),
        aq_confirm(APP, rng, "250.00"),
    ]
