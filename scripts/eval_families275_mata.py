"""An eye clinic's patient app "Matacenning" (Pettarani, Makassar; her right-eye pterygium, a
"surfer's eye" from the sea glare, excised with a conjunctival autograft). Its API's keys are
Buginese with the clinic's Indonesian medical loans and English ``email``, ``token``: ``aseng``
name, ``esso_jaji`` birth date, ``jenis`` sex, ``nomoro_hp`` mobile, ``paspor`` passport,
``onrong_monro`` residence, ``kota`` town, ``rm`` medical record, ``lasa`` illness, ``pabbura``
medicine, ``tette`` drops, ``siaga_esso`` times a day, ``alergi`` allergy, ``tensi`` blood
pressure, ``mattampu`` pregnant, ``mata`` eye (``atau`` right, ``abeo`` left), ``peddi`` pain,
``macella`` red, ``keluhang`` complaint, ``tindakan`` procedure, ``dottoro`` doctor, ``janci``
appointment, ``ellinna`` price, ``jumella`` amount, ``tanra`` signature, ``pappaseng`` message,
``lakkai`` husband, ``akses`` access, ``kajadiang`` events): registration with her travel
insurance, an SMS code, ``/iyya``, the questionnaire (gzip), a photo of the eye, a consultation
booked, her check-in, the exam by record number in the path, the surgery plan, the deposit, the
consent, a protobuf post-op diary, the drops schedule (msgpack), a healing photo, a message to
her surgeon, prescriptions, a video room, a vision self-test, sharing with her husband, the bill
by cookie, push and events. Sets 113 and 166 have eye apps (an eye-test and a visiting cataract
team with glasses); this one is her own pterygium surgery at a city clinic."""

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
from eval_families275_kit import (
    CLINIC,
    CLINIC_FIX,
    HUSBAND,
    MKS_HOME,
    MKS_HOME_AT,
    MRN,
    PASSPORT,
    SURGEON,
    fix,
    hd,
    obj,
    push,
)
from eval_families275_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families275_svc import cl_card, cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("matacenning", "Matacenning", "com.example.matacenning", "5.0.2",
          "https://api.matacenning.example.com")
IID = "X-Matacenning-Install"
NID = "personal.national_id"
POLICY = "TRV-US-44820931"  # her travel health insurance member number (health.medical)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def matacenning() -> list[Case]:
    rng = random.Random(27531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), rm=L(MRN, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(MRN, MED)), (2, 1768867200),
                (3, [(1, L(3, MED)), (2, L("macella sikiti", MED)), (3, L(True, MED))]),
                (4, "2.3.1")], "", lab)
    exam = at_path(case(f, f"{a}/v1/pasieng/{MRN}/periksa", headers=_h(rng, **b)), MRN, MED)
    return [
        case(f, f"{a}/v1/pasieng", headers=_h(rng), body={
            "aseng": L(f"{FIRST} {LAST}", NAMEC), "esso_jaji": L(DOB, BIRTH),
            "jenis": L("makkunrai", GENDER), "nomoro_hp": L(E164, TEL), "email": L(EMAIL, MAIL),
            "paspor": L(PASSPORT, NID), "onrong_monro": L(MKS_HOME["line"], ADDR),
            "kota": L(MKS_HOME["town"], COARSE),
            "asuransi": {"nama": "Example Travel Health", "nomoro_polis": L(POLICY, MED)}}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "nomoro_hp": L(E164, TEL), "kode": L("318406", CRED)}),
        case(f, f"{a}/v1/iyya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kuesioner", gz=True, headers=_h(rng, **b), body={
            "rm": L(MRN, MED), "lasa": [L("pterigium mata atau", MED)],
            "pabbura_sibiasa": [L("loratadine 10 mg", MED)], "alergi": [L("sulfa", MED)],
            "diabetes": L(False, MED), "tensi": L("118/76", MED), "mattampu": L(False, MED),
            "kacamata": L(True, MED),
            "keluhang": L("Mata atauku macella, mapeddi narekko engka anging sibawa cahaya "
                          "tasi", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/gambara/mata", [
            ("gambara", "mata_atau.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"rm": L(MRN, MED), "mata": L("atau", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/janci", headers=_h(rng, **b), body={
            "rm": L(MRN, MED), "dottoro": "dr_nrauf", "esso": "2026-01-19", "wettu": "10:30",
            "keluhang": L("pterigium, mata macella", MED), "klinik": CLINIC["id"]}),
        case(f, f"{a}/v1/janci/lettu", headers=_h(rng, **b), body={
            "janci": obj(rng, "jc"), "onrong": {"lat": cla, "lng": clo},
            "klinik": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        exam,
        case(f, f"{a}/v1/rencana/setuju", headers=_h(rng, **b), body={
            "rm": L(MRN, MED), "tindakan": L("eksisi pterigium + autograft konjungtiva", MED),
            "mata": L("atau", MED), "anestesi": L("lokal", MED), "ellinna": L(4500000, BUY),
            "kamar_operasi": "ok_02"}),
        case(f, f"{a}/v1/pabbayara/panjar", fmt="form", headers=_h(rng, **b), body={
            "jumella": L("1500000", BUY), "kartu_bolo_eppa": L("4444", PAY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "rm": L(MRN, MED)}),
        multipart(f, f"{a}/v1/persetujuan", [
            ("tanra", "tanra.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"rm": L(MRN, MED), "form": "ptg_v4",
                                                "tanra_ri": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/diari", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/pabbura/jadwal", fmt="msgpack", headers=_h(rng, **b), body={
            "rm": L(MRN, MED), "pabbura": [
                {"aseng": L("prednisolone asetat 1%", MED), "tette": 1, "siaga_esso": 4},
                {"aseng": L("levofloxacin 0,5%", MED), "tette": 1, "siaga_esso": 3}],
            "wettu": ["06:00", "12:00", "18:00", "22:00"]}),
        multipart(f, f"{a}/v1/gambara/mata", [
            ("gambara", "esso7.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"rm": L(MRN, MED), "esso": 7})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pappaseng", headers=_h(rng, **b), body={
            "lao_ri": {"aseng": L(SURGEON[0], NAMEC), "email": L(SURGEON[1], MAIL)},
            "pappaseng": L("Dokter, esso eppa' mata atauku macella mupa, mapeddi sikiti. "
                           "Makessing mupa?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/resep", headers=_h(rng, **b), query={
            "rm": L(MRN, MED), "aktif": "1"}),
        case(f, f"{a}/v1/video/kamara", headers=_h(rng, **b), body={
            "janci": obj(rng, "jc"), "join_token": L(opaque(rng, "vk_", 36), CRED)}),
        case(f, f"{a}/v1/visus", fmt="form", headers=_h(rng, **b), body={
            "rm": L(MRN, MED), "visus_atau": L("6/9", MED), "visus_abeo": L("6/6", MED),
            "jara_cm": "40"}),
        case(f, f"{a}/v1/bagi", headers=_h(rng, **b), body={
            "rm": L(MRN, MED),
            "lakkai": {"aseng": L(HUSBAND[0], NAMEC), "nomoro_hp": L(HUSBAND[1], TEL)},
            "akses": ["janci", "tagihan"]}),
        case(f, f"{a}/v1/tagihan/paling_baru", headers=_h(rng, how="none"), cookies={
            "mc_sesi": L(opaque(rng, "", 40), CRED), "mc_parewa": L(INSTALL_ID, DID),
            "mc_req": rid(rng)}),
        case(f, f"{a}/v1/parewa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kajadiang", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sesi": rid(rng), "kajadiang": [
                ev("rencana_dibaca", 1), ev("screen", 2, screen=L("DiariMata", USAGE))]}),
    ]


def matacenning_sdks() -> list[Case]:
    rng = random.Random(27532)
    return [
        mc_batch(APP, rng, [("Plan Accepted", {"eye": L("right", MED)}),
                            ("Deposit Paid", {"amount": L(1500000, BUY)})]),
        mc_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}),
                            ("Drops Taken", {"drug": L("prednisolone", MED)})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"klinik": CLINIC["id"], "program": L("pterigium", MED)}, hdr=True),
        pt_register(APP, rng, tags={"klinik": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Klinik Mata Pettarani", SEARCH, near=MKS_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "surat_rujukan.pdf", "application/pdf"),
        cl_card(APP, rng),
    ]
