"""A federal joint-surgery centre's patient app "Utamla" ("with steps"; Cheboksary: her left hip
replaced for dysplasia arthritis under a high-tech-care quota). Its API's keys are Chuvash in Latin
letters, ASCII-folded (``yat`` first name, ``khushamat`` surname, ``telefon``, ``varttan_samakh``
password (lit. "secret word"), ``suralna_kun`` birth date, ``pol`` sex (``kheraram`` woman),
``adres``/``uram``/``khula``/``respublika``, ``karta`` medical record, ``kvota`` quota, ``chir``
illness, ``yratu`` pain, ``emel`` medicine, ``allergi``, ``yun_pusame`` blood pressure,
``tayakash`` weight, ``sullesh`` height, ``operatsi``, ``ayakh`` side (``sulakhay`` left),
``upashka`` husband, ``ala_pusni`` signature, ``khanakhtaru`` exercise, ``kheres`` times,
``utam`` steps, ``suran`` wound, ``shyssi`` swelling, ``tukhtar`` doctor, ``syru`` message,
``tuya`` crutch, ``summa``/``khak`` amount/price, ``tulev`` payment, ``apat`` meal), with the
Russian loans and English words a Cheboksary developer keeps (``polis_oms``, ``snils``,
``vnzh``, ``bolnichny``, ``email``, ``token``): sign-up, an SMS code, ``/manan``, the quota's
status, the questionnaire (gzip), her X-ray, the pre-operative tests, the hip school, the
operation date, the consent, a check-in at the centre, the ward's meals (msgpack), a protobuf
rehab diary, home exercises (JSON Lines), a wound photo, a message to her surgeon, prescriptions,
crutches, a video check, the sick note, the discharge summary by record number in the path, the
single-room payment, push and events. Set 232's knee arthroscopy, 178's wrist and 138's physio
are other orthopaedic apps: this is a joint replacement (endoprosthesis) under a state quota;
"endoprosth", "arthroplast", "hip replacement" and "joint replacement" matched nothing."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families245_kit import (
    CENTRE,
    CENTRE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    IMPLANT,
    OMS,
    QUOTA,
    RECORD,
    SNILS,
    SURGEON,
    VNZH,
    fix,
    hd,
    obj,
    push,
)
from eval_families245_sdk import cy_session, ta_launch, ts_batch, ts_queue
from eval_families245_svc import (
    cu_check,
    fs_eval,
    hk_attach,
    ms_geocode,
    pu_card,
    pu_confirm,
    py_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("utamla", "Utamla", "com.example.utamla", "3.7.1", "https://api.utamla.example.org")
IID = "X-Utamla-Khater"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
FIT = "health.fitness"
DOB_RU = "17.05.1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def utamla() -> list[Case]:
    rng = random.Random(24511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), karta=L(RECORD, MED)))}
    cla, clo = fix(CENTRE_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(RECORD, MED)), (2, 1767254400),
                (3, [(1, L(3, MED)), (2, L(1840, FIT)), (3, L(85, MED)),
                     (4, L("ketorolac 10 mg", MED))]), (4, "3.7.1")], "", lab)
    summary = at_path(case(f, f"{a}/api/v1/karta/{RECORD}/vypiska", headers=_h(rng, **b),
                           query={"formati": "pdf"}), RECORD, MED)
    return [
        case(f, f"{a}/api/v1/registratsi", headers=_h(rng), body={
            "yat": L(FIRST, NAMEC), "khushamat": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "varttan_samakh": L("Atal#Shupashkar25", CRED),
            "suralna_kun": L(DOB_RU, BIRTH), "pol": L("kheraram", GENDER),
            "polis_oms": L(OMS, NID), "snils": L(SNILS, NID), "vnzh": L(VNZH, NID),
            "adres": {"uram": L(HOME["line"], ADDR), "khula": L(HOME["town"], COARSE),
                      "respublika": L(HOME["region"], COARSE)}}),
        case(f, f"{a}/api/v1/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("504218", CRED)}),
        case(f, f"{a}/api/v1/manan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kvota/status", headers=_h(rng, **b), query={
            "kvota": L(QUOTA, MED), "karta": L(RECORD, MED)}),
        case(f, f"{a}/api/v1/anketa", gz=True, headers=_h(rng, **b), body={
            "karta": L(RECORD, MED),
            "chir": L("sulakhay pese shakhlavan displazi artroze, 3 tapkhar", MED),
            "yratu": L(7, MED), "emel": [L("meloxicam 15 mg", MED), L("omeprazole 20 mg", MED)],
            "allergi": [L("penicillin", MED)], "yun_pusame": L("128/84", MED),
            "tayakash": L(63, FIT), "sullesh": L(168, FIT), "tabak": L(False, MED),
            "umrankhi_operatsisem": [L("appendectomy 2009", MED)]}),
        multipart(f, f"{a}/api/v1/rentgen", [
            ("ukerchek", "pelvis_ap.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"karta": L(RECORD, MED),
                                                "kun": "2025-10-28", "tesh": "pelvis AP"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/analizsem/bron", fmt="form", headers=_h(rng, **b), body={
            "karta": L(RECORD, MED), "slot": obj(rng, "lab"), "kun": "2025-12-15",
            "analiz": L("coagulogram,ECG,HbA1c", MED)}),
        case(f, f"{a}/api/v1/shkul/urok", headers=_h(rng, **b), body={
            "urok": "hip_school_03", "puten": True, "vakhat_sek": 612,
            "karta": L(RECORD, MED)}),
        case(f, f"{a}/api/v1/operatsi", headers=_h(rng, **b), body={
            "karta": L(RECORD, MED), "kvota": L(QUOTA, MED),
            "operatsi": L("total hip endoprosthesis", MED), "ayakh": L("sulakhay", MED),
            "anestezi": L("spinal", MED), "kun": "2026-01-19", "palata": "2-bed",
            "implant": {"cup": IMPLANT["cup"], "stem": IMPLANT["stem"]},
            "upashka": {"yat": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/api/v1/kileshu", [
            ("ala_pusni", "signature.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"karta": L(RECORD, MED), "form": "tep_v4",
                                                "pusna": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/check_in", headers=_h(rng, **b), body={
            "karta": L(RECORD, MED), "vyran": {"lat": cla, "lon": clo, "tochnost": 9},
            "centr": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lon": CENTRE["lon"]},
            "korpus": "B", "check_in_id": obj(rng, "ci")}),
        case(f, f"{a}/api/v1/apat", fmt="msgpack", headers=_h(rng, **b), body={
            "karta": L(RECORD, MED), "kun": "2026-01-20",
            "apat": [{"menu": "m_204", "khisep": 1}, {"menu": "m_311", "khisep": 1}],
            "dieta": L("lactose-free", MED)}),
        raw(f, f"{a}/api/v1/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        lines(f, f"{a}/api/v1/khanakhtaru/sync", [
            {"khanakhtaru": "ankle_pumps", "kheres": L(30, FIT), "yratu": L(2, MED),
             "vakhat": 1767340800},
            {"khanakhtaru": "heel_slides", "kheres": L(15, FIT), "yratu": L(3, MED),
             "vakhat": 1767344400},
            {"khanakhtaru": "walk_crutches", "utam": L(420, FIT), "vakhat": 1767351600}],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/suran/ukerchek", [
            ("ukerchek", "day5.jpg", "image/jpeg", L(JPEG + b"\x53", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"karta": L(RECORD, MED), "kun": 5,
                                                "shyssi": L("vatam", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/syru", headers=_h(rng, **b), body={
            "tukhtar": {"yat": L(SURGEON[0], NAMEC), "email": L(SURGEON[1], MAIL)},
            "syru": L("Olga Nikolaevna, kasna pese shysse ulttamesh kun tukhtamast, "
                      "temperatura 37.4. Ku yurat?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/retsept", headers=_h(rng, **b), query={
            "karta": L(RECORD, MED), "aktiv": "1"}),
        case(f, f"{a}/api/v1/tuya/bron", headers=_h(rng, **b), body={
            "tuya": 2, "kun_khisepe": 42, "khak": L(1260, BUY),
            "leserse_pamalli": L(HOME["line"], ADDR), "khula": L(HOME["town"], COARSE),
            "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/v1/video/room", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v1/bolnichny", fmt="form", headers=_h(rng, **b), body={
            "snils": L(SNILS, NID), "karta": L(RECORD, MED), "pusla": "2026-01-19",
            "vesle": "2026-03-02"}),
        summary,
        case(f, f"{a}/api/v1/tulev", fmt="form", headers=_h(rng, **b), body={
            "servis": "single_room", "summa": L("18400.00", BUY), "valyuta": "RUB",
            "karta_vessi": L("4444", PAY), "tulev_mel": L(opaque(rng, "pm_", 24), PAY),
            "karta": L(RECORD, MED)}),
        case(f, f"{a}/api/v1/khater", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/pulamsem", headers=_h(rng, **b), body={
            "usa_kurakan": L(USER_ID, UID), "session": rid(rng), "pulamsem": [
                ev("diary_saved", 1), ev("screen", 2, screen=L("Khanakhtaru", USAGE))]}),
    ]


def utamla_sdks() -> list[Case]:
    rng = random.Random(24512)
    return [
        ts_batch(APP, rng, [("Surgery Date Confirmed", {"centre": CENTRE["id"]}),
                            ("Single Room Paid", {"amount": L(18400, BUY)})]),
        ts_queue(APP, rng, [("Exercise Done", {"reps": L(30, FIT)}),
                            ("Diary Saved", {"pain": L(3, MED)})]),
        ta_launch(APP, rng, first=True, user=True),
        cy_session(APP, rng, secs=734),
        fs_eval(APP, rng, {"centre": CENTRE["id"], "programme": L("hip_replacement", MED)},
                hdr=True),
        py_register(APP, rng, lang="ru", tags={"centre": CENTRE["id"]}),
        cu_check(APP, rng, {"analytics": True, "research": False}),
        ms_geocode(APP, rng, "Shupashkar Joint Surgery Centre", "behavior.search",
                   near=HOME_AT, nd=2),
        hk_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "mri_hip.pdf", "application/pdf"),
        pu_card(APP, rng, email=True),
        pu_confirm(APP, rng, "18400.00"),
    ]
