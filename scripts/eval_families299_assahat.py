"""The Agadez regional hospital's patient app "Assahat" (health; a loan from Arabic), used here
through a meningitis scare in the dry season: fever, headache and a stiff neck, a lumbar puncture
that came back clear, a viral illness treated at home, the meningitis vaccine afterwards, and
prophylaxis for the household. Her own health data. Keys are Tamasheq in Latin letters
(ASCII-folded) with French loans the staff use and English API words: ``esem``/``esem_n_ebba``
first/family name, ``imel`` e-mail, ``portabl`` mobile, ``awal_n_ekchem`` password,
``ashal_n_tahut`` birth date, ``sekse`` sex, ``paspor`` passport (loan), ``dosye`` hospital file
(loan), ``tarhent`` illness, ``tukusi`` fever (lit. heat), ``eghef`` head, ``iri`` neck,
``adag_n_eghef`` headache (a coinage), ``isefran`` medicines, ``doktor`` doctor, ``vaksin``
vaccine (loan), ``asirans`` insurance (loan), ``tamedrayt`` appointment (a coinage), ``edag``
place, ``azref`` amount, ``takfit`` payment, ``adres`` street line, ``awal`` message, ``foto``
photo, ``amidi`` contact person, ``iwatayen`` age, ``nak`` me. Sign-up with her passport and
file number, a password log-in, ``/nak``, the symptom triage (gzip), an urgent slot, the
check-in, the lumbar-puncture consent (signature), results by file number in the path,
prescriptions, a protobuf symptom diary, a pharmacy delivery, the visit paid, the vaccination
card, household contacts for prophylaxis, a message to the doctor, her travel-insurance member
number, a video consult, a photo of a rash, temperatures queued offline (msgpack), appointments
by cookie, push and events. Meningitis appears in the set docstrings only as a passing mention
(set 231); earlier fever clinics (malaria, dengue, typhoid) are triage of other diseases."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
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
from eval_families299_kit import (
    DAUGHTER,
    DOCTOR,
    FILE_NO,
    HOME,
    HOME_AT,
    HOSPITAL,
    HOSPITAL_FIX,
    HUSBAND,
    PASSPORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families299_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families299_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("assahat", "Assahat", "com.example.assahat", "5.1.2",
          "https://api.assahat.example.org")
IID = "X-Assahat-Device"
PW = "Tukusi&Eghef91"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
MEMBER = "TRV-88213004"  # her travel-insurance member number (health.medical, as set 37's)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def assahat() -> list[Case]:
    rng = random.Random(29931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dosye=L(FILE_NO, MED)))}
    hla, hlo = fix(HOSPITAL_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE_NO, MED)), (2, 1770163200),
                (3, [(1, L(38.4, MED)), (2, L(6, MED)), (3, L("paracetamol 1 g", MED))]),
                (4, "5.1.2")], "", lab)
    results = at_path(case(f, f"{a}/v2/dosye/{FILE_NO}/resultats", headers=_h(rng, **b)),
                      FILE_NO, MED)
    return [
        case(f, f"{a}/v2/amaris", headers=_h(rng), body={
            "esem": L(FIRST, NAMEC), "esem_n_ebba": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "portabl": L(E164, TEL), "awal_n_ekchem": L(PW, CRED),
            "ashal_n_tahut": L(DOB, BIRTH), "sekse": L("tamet", GENDER),
            "paspor": L(PASSPORT, NID), "dosye": L(FILE_NO, MED), "akal": "US"}),
        case(f, f"{a}/v2/ekchem", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "awal_n_ekchem": L(PW, CRED)}),
        case(f, f"{a}/v2/nak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/triage", gz=True, headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED), "tukusi": L(39.2, MED), "adag_n_eghef": L(True, MED),
            "iri_iqqor": L(True, MED), "tarhent_ashal": L(2, MED),
            "amaragh": L(False, MED), "vaksin_menin": L("none", MED),
            "awal": L("High fever since yesterday, strong headache, my neck hurts when I bend",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/tamedrayt", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED), "service": L("urgences adultes", MED),
            "slot": obj(rng, "sl"), "ashal": "2026-02-04T09:30"}),
        case(f, f"{a}/v2/ekchem_edag", headers=_h(rng, **b), body={
            "tamedrayt": obj(rng, "ap"), "edag": {"lat": hla, "lng": hlo},
            "hopital": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lng": HOSPITAL["lon"]}}),
        multipart(f, f"{a}/v2/consent", [
            ("signature", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"dosye": L(FILE_NO, MED),
                                                "acte": L("ponction lombaire", MED),
                                                "signed": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        results,
        case(f, f"{a}/v2/isefran", headers=_h(rng, **b), query={
            "dosye": L(FILE_NO, MED), "active": "1"}),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/farmasi/kommand", headers=_h(rng, **b), body={
            "isefran": [L("paracetamol 1 g x 12", MED), L("ORS sachets x 6", MED)],
            "azref": L(3850, BUY), "adres": L(HOME["line"], ADDR),
            "portabl": L(E164, TEL), "farmasi": "ph_garde_02"}),
        case(f, f"{a}/v2/takfit", fmt="form", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED), "azref": L("12500", BUY), "tadrimt": "XOF",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/vaksin", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED), "vaksin": L("MenFive", MED),
            "ashal": L("2026-02-20", MED), "lot": "MF25-0417", "centre": HOSPITAL["id"]}),
        case(f, f"{a}/v2/amidi/prophylaxie", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED), "amidi": [
                {"esem": L(HUSBAND[0], NAMEC), "iwatayen": L(41, BIRTH),
                 "kemoprofilaksi": L("ciprofloxacin 500 mg", MED)},
                {"esem": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "iwatayen": L(8, BIRTH), "kemoprofilaksi": L("azithromycin", MED)}]}),
        case(f, f"{a}/v2/awal", headers=_h(rng, **b), body={
            "to": {"esem": L(DOCTOR[0], NAMEC), "imel": L(DOCTOR[1], MAIL)},
            "awal": L("The fever is gone since Saturday but the headache comes back at night",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/asirans", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, MED), "insurer": "Example Travel Care",
            "dosye": L(FILE_NO, MED)}),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "tamedrayt": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        multipart(f, f"{a}/v2/foto", [
            ("foto", "rash_arm.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dosye": L(FILE_NO, MED),
                                                "edag_n_tagessa": L("left forearm", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tukusi/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED),
            "tukusi": [{"t": 1770170000 + 10800 * i, "c": L(v, MED)}
                       for i, v in enumerate([38.9, 38.1, 37.4])]}),
        case(f, f"{a}/v2/tamedrayt/list", headers=_h(rng, how="none"), cookies={
            "as_session": L(opaque(rng, "", 40), CRED), "as_device": L(INSTALL_ID, DID),
            "as_req": rid(rng)}),
        case(f, f"{a}/v2/aparey", headers=_h(rng, **b), body=push(push_token(rng), "fr_NE")),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("triage_sent", 1), ev("screen", 2, screen=L("Resultats", USAGE))]}),
    ]


def assahat_sdks() -> list[Case]:
    rng = random.Random(29932)
    return [
        mc_batch(APP, rng, [("Triage Sent", {"fever": L(True, MED)}),
                            ("Visit Paid", {"amount": L(12500, BUY)})]),
        mc_queue(APP, rng, [("Diary Entry", {"temp": L(38.4, MED)}),
                            ("Vaccine Recorded", {"vaccine": L("MenFive", MED)})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=604),
        fn_eval(APP, rng, {"hospital": HOSPITAL["id"], "service": L("meningitis", MED)},
                hdr=True),
        pt_register(APP, rng, lang="fr", tags={"hopital": HOSPITAL["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "pharmacie de garde", SEARCH, near=HOME_AT, nd=3),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "lp_result.pdf", "application/pdf"),
    ]
