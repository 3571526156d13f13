"""A fibroid and gynaecology clinic's patient app "Wombkia" (Kingtom, Freetown; her uterine
fibroids and the myomectomy planned; its API's keys are Krio with the medical English clinics
keep: ``nem``/``las_nem`` names, ``imel`` e-mail, ``fon`` phone, ``paswod`` password, ``bon_de``
birth date, ``seks`` sex (``uman``), ``aydi`` identity document, ``fayl_nomba`` clinic file
number, ``si_mun`` period, ``bele_at`` belly pain, ``blod`` blood, ``meresin`` medicines,
``alaji`` allergies, ``pikin_dem`` children borne, ``want_get_bele`` wishes to conceive, ``sik``
illness, ``skan`` scan, ``apoyntment`` appointment, ``dokta`` doctor, ``mesej`` message, ``sher``
share, ``insurans`` insurance, ``moni`` amount): sign-up with her residence card, an SMS code,
``/mi``, the gynaecological questionnaire (gzip), an ultrasound report (PDF), the plan and its
quote, a deposit, the surgery booking, the consent signature, a check-in, a protobuf recovery
diary, blood donors for the surgery (her husband), a message to her doctor, medicines, a video
room, sharing her file with her husband, invoices by file number in the path, her US insurer's
member number, push and events. Set 147's fertility app records fibroids as one fertility fact;
this is a gynaecology clinic treating them (scan, plan, surgery, recovery)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
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
from eval_families219_kit import (
    CLINIC,
    CLINIC_FIX,
    CUR,
    DOCTOR,
    FILE_NO,
    FT_HOME_AT,
    HUSBAND,
    RESIDENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families219_sdk import kk_session, lk_batch, lk_queue, tp_event, tp_launch
from eval_families219_svc import ck_check, ff_eval, hb_attach, mb_geocode, pp_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("wombkia", "Wombkia", "com.example.wombkia", "2.6.0",
          "https://api.wombkia.example.org")
IID = "X-Wombkia-Install"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
INSURER_NO = "XGH-443-991-02"  # her US travel-health insurer's member number (as set 37's)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kri=True, **kw)


def wombkia() -> list[Case]:
    rng = random.Random(21931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), fayl=L(FILE_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE_NO, MED)), (2, 1774051200),
                (3, [(1, L(3, MED)), (2, L("smol", MED)), (3, L("paracetamol 1 g", MED))]),
                (4, "2.6.0")], "", lab)
    inv = at_path(case(f, f"{a}/api/pesent/{FILE_NO}/invoys", headers=_h(rng, **b)),
                  FILE_NO, MED)
    return [
        case(f, f"{a}/api/pesent", headers=_h(rng), body={
            "nem": L(FIRST, NAMEC), "las_nem": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "fon": L(E164, TEL), "paswod": L("Kingtom!2026", CRED), "bon_de": L(DOB, BIRTH),
            "seks": L("uman", GENDER),
            "aydi": {"kain": "rezident_kad", "nomba": L(RESIDENT, NID)},
            "langwej": "en", "udat_sen_yu": "fren"}),
        case(f, f"{a}/api/otp/chek", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "kod": L("844120", CRED)}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/kweshon", gz=True, headers=_h(rng, **b), body={
            "fayl_nomba": L(FILE_NO, MED),
            "si_mun": {"de_dem": L(8, MED), "ebi": L(True, MED), "las_wan": "2026-01-09"},
            "bele_at": L(7, MED), "blod": {"hb": L(9.1, MED), "grup": L("B+", MED)},
            "meresin": [L("ferrous sulfate 200 mg", MED), L("tranexamic acid 500 mg", MED)],
            "alaji": [L("sulfa drugs", MED)], "pikin_dem": L(1, MED),
            "want_get_bele": L(True, MED), "smok": L(False, MED)}),
        multipart(f, f"{a}/api/skan", [
            ("ripot", "ultrasound_pelvis.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "fayl_nomba": L(FILE_NO, MED), "kain": "pelvic ultrasound",
                "fayndin": L("3 intramural fibroids, biggest 6.2 cm", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/plan", headers=_h(rng, **b), query={"fayl_nomba": L(FILE_NO, MED)}),
        case(f, f"{a}/api/plan/gri", headers=_h(rng, **b), body={
            "fayl_nomba": L(FILE_NO, MED), "opareshon": L("abdominal myomectomy", MED),
            "bifo": L("iron and GnRH 2 mont", MED), "prays": L(26500, BUY), "kurensi": CUR}),
        case(f, f"{a}/api/pe/deposit", fmt="form", headers=_h(rng, **b), body={
            "moni": L("8000", BUY), "kurensi": CUR, "card_las_4": L("4444", PAY),
            "pement_metod": L(opaque(rng, "pm_", 24), PAY), "fayl_nomba": L(FILE_NO, MED)}),
        case(f, f"{a}/api/apoyntment", headers=_h(rng, **b), body={
            "fayl_nomba": L(FILE_NO, MED), "kain": L("myomectomy", MED),
            "stat": "2026-03-19T08:00", "tieta": "th_2", "slip_meresin": L("general", MED)}),
        multipart(f, f"{a}/api/konsent", [
            ("sayn", "sayn.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("fom", None, "application/json", {"fayl_nomba": L(FILE_NO, MED),
                                               "fom": "myomectomy_v3",
                                               "sayn_bay": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/chekin", headers=_h(rng, **b), body={
            "apoyntment": obj(rng, "ap"), "ples": {"lat": cla, "lng": clo},
            "klinik": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/api/dayari", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/blod_dona", headers=_h(rng, **b), body={
            "fayl_nomba": L(FILE_NO, MED), "yunit": 2,
            "dona_dem": [{"nem": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL),
                          "blod_grup": L("B+", MED)}]}),
        case(f, f"{a}/api/mesej", headers=_h(rng, **b), body={
            "to": {"nem": L(DOCTOR[0], NAMEC), "imel": L(DOCTOR[1], MAIL)},
            "mesej": L("Dokta, di blod stil de kam smol afta di opareshon, na so i fo bi?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/meresin", headers=_h(rng, **b), query={
            "fayl_nomba": L(FILE_NO, MED), "aktiv": "yes"}),
        case(f, f"{a}/api/fen", headers=_h(rng, **b), query={
            "q": L("wetin fo it afta myomectomy", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/video/rum", headers=_h(rng, **b), body={
            "apoyntment": obj(rng, "ap"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/sher", headers=_h(rng, **b), body={
            "fayl_nomba": L(FILE_NO, MED),
            "wit": {"nem": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL)},
            "skop": ["apoyntment", "invoys"]}),
        inv,
        case(f, f"{a}/api/insurans", headers=_h(rng, **b), body={
            "kompni": "Example Global Health", "memba_nomba": L(INSURER_NO, MED),
            "nem_pan_polisi": L(f"{FIRST} {LAST}", NAMEC), "fayl_nomba": L(FILE_NO, MED)}),
        multipart(f, f"{a}/api/pikcho/wund", [
            ("pikcho", "wund_de10.jpg", "image/jpeg", L(JPEG + b"\x5a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"fayl_nomba": L(FILE_NO, MED), "de": 10})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/divays", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ivent", headers=_h(rng, **b), body={
            "yuza": L(USER_ID, UID), "sesyon": rid(rng), "ivent_dem": [
                ev("plan_luk", 1), ev("skrin", 2, skrin=L("Dayari", USAGE))]}),
    ]


def wombkia_sdks() -> list[Case]:
    rng = random.Random(21932)
    return [
        lk_batch(APP, rng, [("Plan Accepted", {"procedure": L("myomectomy", MED)}),
                            ("Deposit Paid", {"amount": L(8000, BUY)})]),
        lk_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}),
                            ("Photo Uploaded", {"day": 10})]),
        tp_launch(APP, rng, first=True, user=True),
        tp_event(APP, rng, "deposit", {"program": L("fibroid", MED)}, revenue=8000.0,
                 currency=CUR),
        kk_session(APP, rng, secs=377),
        ff_eval(APP, rng, {"klinik": CLINIC["id"], "program": L("fibroid", MED)}, hdr=True),
        pp_register(APP, rng, lang="kri", tags={"klinik": CLINIC["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        mb_geocode(APP, rng, "Kingtom Women's Clinic", SEARCH, near=FT_HOME_AT, nd=2),
        hb_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "lab_fbc.pdf", "application/pdf"),
    ]
