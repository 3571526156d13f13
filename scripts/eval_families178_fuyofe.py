"""A fracture and cast clinic's patient app "Fuyofe" (``ƒu`` bone, ``yɔ`` heal, ``-ƒe`` place: her
left wrist, broken when the moto taxi she rode slid on sand in Bè). Ewe keys in ASCII:
``dono`` patient, ``dono_id`` record number, ``nko`` / ``fome_nko`` name / surname, ``dzigbe``
birth date, ``nutsu_alo_nyonu`` sex (``nyonu`` woman), ``mawusubosubo`` religion (the intake form
asks, as hospital forms in the region do), ``fometo`` next of kin, ``afoku`` accident, ``fu``
bone, ``asi`` hand (``mia`` left), ``vevesese`` pain, ``atikewo`` medicines, ``dolele``
conditions, ``gbosasra`` visit, ``asidede`` signature, ``nonometata`` photo, ``agbososo`` amount,
``gaxexe`` payment, ``gbedasi`` message, ``kpekpeme`` weight, ``nuse`` strength. Calls: sign-up,
an SMS code, ``/nye``, the intake (gzip), the accident report, the X-ray (PDF), the cast
appointment, consent, a check-in with her fix, a protobuf pain diary, cast-check photos, a message
to the surgeon, medicines, a video check, hand-therapy measures, the sick note, insurance, the
invoice by record number in the path, a deposit, push and events."""

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
    SENS,
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
from eval_families178_kit import (
    CLINIC,
    CLINIC_FIX,
    HUSBAND,
    LOME_HOME,
    LOME_HOME_AT,
    RECORD,
    RESIDENCE,
    SURGEON,
    fix,
    hd,
    obj,
    push,
)
from eval_families178_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families178_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("fuyofe", "Fuyofe", "com.example.fuyofe", "2.2.0", "https://api.fuyofe.example.net")
IID = "X-Fuyofe-Install"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def fuyofe() -> list[Case]:
    rng = random.Random(17811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dono_id=L(RECORD, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(RECORD, MED)), (2, 1769212800),
                (3, [(1, L(5, MED)), (2, L(3, MED)), (3, L("paracetamol 1 g", MED))]),
                (4, "2.2.0")], "", lab)
    inv = at_path(case(f, f"{a}/v2/dono/{RECORD}/gaxogbalewo", headers=_h(rng, **b)), RECORD, MED)
    return [
        case(f, f"{a}/v2/dono", headers=_h(rng), body={
            "nko": L(FIRST, NAMEC), "fome_nko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fon": L(E164, TEL), "dzigbe": L(DOB, BIRTH), "nutsu_alo_nyonu": L("nyonu", GENDER),
            "nofe": L(LOME_HOME["line"], ADDR), "du": L(LOME_HOME["town"], COARSE),
            "nofegbale": L(RESIDENCE, NID), "mawusubosubo": L("Kristoto (Katolik)", SENS),
            "fometo": {"nko": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL), "kadodo": "sro"}}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "code": L("307418", CRED)}),
        case(f, f"{a}/v2/nye", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/lamese/nyabiase", gz=True, headers=_h(rng, **b), body={
            "dono_id": L(RECORD, MED), "atikewo": [L("levothyroxine 50 mcg", MED)],
            "dolele": [L("hypothyroidism", MED)], "allergy": [L("penicillin", MED)],
            "fu_ngene_tsa": L(False, MED), "fu_dolele": L(False, MED), "ahanono": L("ao", MED),
            "kpekpeme": L(61, "health.fitness"), "kokome": L(168, "health.fitness")}),
        case(f, f"{a}/v2/afoku", headers=_h(rng, **b), body={
            "dono_id": L(RECORD, MED), "nkeke": "2026-01-19T18:40",
            "nudzodzo": L("Zemidjan la dze anyi le ke dzi le Bè, medze anyi ɖe nye asi mia dzi",
                          f"{TEXT}|{MED}"),
            "fu": L("distal radius", MED), "asi": L("mia", MED), "ta_fofo": L(False, MED)}),
        multipart(f, f"{a}/v2/xray", [
            ("scan", "xray_left_wrist.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dono_id": L(RECORD, MED), "fomevi": "XR",
                                                "nutila": L("left wrist, 2 views", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/gbosasra", headers=_h(rng, **b), body={
            "dono_id": L(RECORD, MED), "nu": L("closed reduction + forearm cast", MED),
            "nkeke": "2026-01-20T09:30", "xo": "rm_cast_2", "dokita": "dr_amedzro"}),
        multipart(f, f"{a}/v2/lolodenu", [
            ("asidede", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"dono_id": L(RECORD, MED), "form": "reduction_v3",
                                                "asidela": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/gbosasra/ge", headers=_h(rng, **b), body={
            "gbosasra": obj(rng, "gb"), "tefe": {"lat": cla, "lng": clo},
            "klinik": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v2/vevesese", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/cast/nonometatawo", [
            ("photo", "cast_day5.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dono_id": L(RECORD, MED), "nkeke": 5,
                                                "asibidewo_fufu": L("yes, little", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/gbedasi", headers=_h(rng, **b), body={
            "xola": {"nko": L(SURGEON[0], NAMEC), "email": L(SURGEON[1], MAIL)},
            "gbedasi": L("My fingers are swollen and numb tonight under the cast, should I come?",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/atikewo", headers=_h(rng, **b), query={
            "dono_id": L(RECORD, MED), "egbe": "true"}),
        case(f, f"{a}/v2/video/xowo", headers=_h(rng, **b), body={
            "gbosasra": obj(rng, "gb"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/asi_dodokpo", fmt="form", headers=_h(rng, **b), body={
            "dono_id": L(RECORD, MED), "asi_nuse_kg": L("9.5", MED), "asi_tro_dzi": L("35", MED),
            "asi_tro_anyi": L("40", MED), "kwasida": "6"}),
        multipart(f, f"{a}/v2/dowofe_agbale", [
            ("note", "sick_note.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dono_id": L(RECORD, MED),
                                                "nkekewo": L(21, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/asurans", headers=_h(rng, **b), body={
            "dono_id": L(RECORD, MED), "asurans_xexledzesi": L("ASC-TG-88120493", MED),
            "asurans_fe": "expat_care", "agbososo": L(412000, BUY)}),
        inv,
        case(f, f"{a}/v2/gaxexe", fmt="form", headers=_h(rng, **b), body={
            "agbososo": L("150000", BUY), "ga_fomevi": "XOF", "kad_4_mamlea": L("4444", PAY),
            "xexemo": L(opaque(rng, "pm_", 24), PAY), "dono_id": L(RECORD, MED)}),
        case(f, f"{a}/v2/mowo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/nyadzodzo", headers=_h(rng, **b), body={
            "zala": L(USER_ID, UID), "sesi": rid(rng), "nyadzodzo": [
                ev("xray_kpo", 1), ev("ekran", 2, ekran=L("CastDiary", USAGE))]}),
    ]


def fuyofe_sdks() -> list[Case]:
    rng = random.Random(17812)
    return [
        mc_batch(APP, rng, [("Cast Booked", {"bone": L("radius", MED)}),
                            ("Deposit Paid", {"amount": L(150000, BUY)})]),
        mc_queue(APP, rng, [("Pain Logged", {"pain": L(5, MED)}),
                            ("Photo Uploaded", {"day": 5})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"klinik": CLINIC["id"], "program": L("fracture-care", MED)}, hdr=True),
        pt_register(APP, rng, tags={"klinik": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Clinique Fuyofe Bè", "behavior.search", near=LOME_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "xray_report.pdf", "application/pdf"),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "150000"),
    ]
