"""A Gorontalo City skin clinic's melasma programme app "Wajahbohu" (``wajah`` face, ``bohu``
new: her own health data; the equatorial sun darkened patches on her cheeks; its API's keys are
Gorontalo with Indonesian clinic words: ``tanggulo`` name, ``fam`` family name, ``surel``
e-mail, ``hp`` mobile number, ``dulahu_lahiri`` birth date, ``jk`` sex, ``kitas`` stay permit,
``rekam_medis`` record number, ``panyaki`` complaint, ``obati`` medicines, ``alergi``
allergies, ``hamili`` pregnant, ``menyusui`` breastfeeding, ``jenis_kulit`` skin type,
``tindakan`` procedure, ``resep`` prescription, ``paket`` package, ``doi`` amount, ``loiya``
message, ``skor`` score): sign-up, an SMS code, ``/saya``, the intake questionnaire (gzip), face
photos, the recommended programme, a chemical-peel booking, the package payment, a check-in at
the clinic, a protobuf skin diary, prescriptions, a product order, a message to her doctor, a
week-4 photo, a MASI score, a video consult, the invoice by record number in the path, a cream
reminder, push, events and a log-out. New to the evaluation: "melasma", "chemical peel",
"beauty clinic" matched nothing; the skin apps of sets 34, 140 and 145 are acne, vitiligo
phototherapy and a dermatology clinic of other conditions."""

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
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families286_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HOME_AT,
    KITAS,
    PATIENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families286_sdk import cr_session, hg_batch, hg_queue, jb_launch
from eval_families286_svc import (
    by_card,
    by_confirm,
    fp_eval,
    hw_attach,
    mt_geocode,
    ps_register,
    st_check,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("wajahbohu", "Wajahbohu", "com.example.wajahbohu", "2.6.0",
          "https://api.wajahbohu.example.org")
IID = "X-WB-Install"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def wajahbohu() -> list[Case]:
    rng = random.Random(28661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, surel=L(EMAIL, MAIL), rm=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1771900000),
                (3, [(1, L(2, MED)), (2, L(1, MED)), (3, L("sunscreen SPF50 x3", MED))]),
                (4, "2.6.0")], "", lab)
    inv = at_path(case(f, f"{a}/api/pasien/{PATIENT}/tagihan", headers=_h(rng, **b)),
                  PATIENT, MED)
    return [
        case(f, f"{a}/api/pasien", headers=_h(rng), body={
            "tanggulo": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "surel": L(EMAIL, MAIL),
            "hp": L(E164, TEL), "dulahu_lahiri": L(DOB, BIRTH), "jk": L("P", GENDER),
            "kitas": L(KITAS, NATID), "rekam_medis": L(PATIENT, MED),
            "dari": "teman"}),
        case(f, f"{a}/api/otp", fmt="form", headers=_h(rng), body={
            "hp": L(E164, TEL), "kode": L("193058", CRED)}),
        case(f, f"{a}/api/saya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/anamnesis", gz=True, headers=_h(rng, **b), body={
            "rekam_medis": L(PATIENT, MED), "panyaki": L("melasma", MED),
            "sejak": L("2025-04", MED), "lokasi": [L("pipi kiri", MED), L("pipi kanan", MED),
                                                   L("dahi", MED)],
            "obati": [L("oral contraceptive", MED)], "alergi": [L("sulfa", MED)],
            "hamili": L(False, MED), "menyusui": L(False, MED),
            "jenis_kulit": L("Fitzpatrick III", MED), "jam_matahari": L(3, MED)}),
        multipart(f, f"{a}/api/foto/wajah", [
            ("depan", "depan.jpg", "image/jpeg", L(JPEG + b"\x11", f"{MEDIA}|{MED}")),
            ("kiri", "kiri.jpg", "image/jpeg", L(JPEG + b"\x12", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"rekam_medis": L(PATIENT, MED),
                                                "cahaya": "wood_lamp"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/program/rekomendasi", headers=_h(rng, **b), query={
            "rekam_medis": L(PATIENT, MED)}),
        case(f, f"{a}/api/janji", headers=_h(rng, **b), body={
            "rekam_medis": L(PATIENT, MED), "tindakan": L("chemical peel glycolic 35%", MED),
            "mulai": "2026-02-24T16:00", "ruang": "r_02", "dokter": "dr_dunggio"}),
        case(f, f"{a}/api/bayari/paket", fmt="form", headers=_h(rng, **b), body={
            "paket": L("pkt_melasma_6x", BUY), "doi": L("3600000", BUY), "mata_uang": "IDR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "kartu_akhir": L("4444", PAY)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "janji": obj(rng, "jn"), "titik": {"lat": cla, "lng": clo},
            "klinik": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/api/diari", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/resep", headers=_h(rng, **b), query={
            "rekam_medis": L(PATIENT, MED), "aktif": "true"}),
        case(f, f"{a}/api/toko/pesan", headers=_h(rng, **b), body={
            "barang": [{"produk": "prd_spf50_gel", "jumlah": 2, "harga": 145000},
                       {"produk": "prd_hq4_cream", "jumlah": 1, "harga": 210000,
                        "resep": L("hydroquinone 4% night cream", MED)}],
            "total": L(500000, BUY), "ambil": "klinik"}),
        case(f, f"{a}/api/loiya", headers=_h(rng, **b), body={
            "ode": {"tanggulo": L(DOCTOR[0], NAMEC), "surel": L(DOCTOR[1], MAIL)},
            "loiya": L("The skin is peeling and stings after the second peel, should I stop "
                       "the cream for a few days?", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/foto/progres", [
            ("foto", "minggu4.jpg", "image/jpeg", L(JPEG + b"\x13", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"rekam_medis": L(PATIENT, MED), "minggu": 4})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/penilaian", fmt="form", headers=_h(rng, **b), body={
            "rekam_medis": L(PATIENT, MED), "skor_masi": L("14.2", MED),
            "minggu": "4"}),
        case(f, f"{a}/api/video/ruang", headers=_h(rng, **b), body={
            "janji": obj(rng, "jn"), "token_gabung": L(opaque(rng, "vr_", 36), CRED)}),
        inv,
        case(f, f"{a}/api/pengingat", headers=_h(rng, **b), body={
            "obati": L("hydroquinone 4% night cream", MED), "jam": "21:00",
            "ulang": "harian"}),
        case(f, f"{a}/api/lulahu", headers=_h(rng, **b), query={
            "q": L("sunscreen for melasma safe", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/perangkat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/peristiwa", headers=_h(rng, **b), body={
            "pengguna": L(USER_ID, UID), "sesi": rid(rng), "peristiwa": [
                ev("paket_dibeli", 1), ev("layar", 2, layar=L("DiariKulit", USAGE))]}),
        case(f, f"{a}/api/keluar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def wajahbohu_sdks() -> list[Case]:
    rng = random.Random(28662)
    return [
        hg_batch(APP, rng, [("Package Bought", {"total": L(3600000, BUY)}),
                            ("Peel Booked", {"procedure": L("chemical peel", MED)})]),
        hg_queue(APP, rng, [("Diary Entry", {"redness": L(2, MED)}),
                            ("Photo Uploaded", {"week": 4})]),
        jb_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=402),
        fp_eval(APP, rng, {"klinik": CLINIC["id"], "program": L("melasma", MED)}, hdr=True),
        ps_register(APP, rng, tags={"klinik": CLINIC["id"]}),
        st_check(APP, rng, {"analytics": True, "research": False}),
        by_card(APP, rng, email=True),
        by_confirm(APP, rng, "3600000"),
        mt_geocode(APP, rng, "Klinik Kulit Hulontalo", SEARCH, near=HOME_AT, nd=2),
        hw_attach(APP, rng, L(JPEG + b"\x14", f"{MEDIA}|{MED}"), "ruam.jpg", "image/jpeg"),
    ]
