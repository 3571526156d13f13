"""A dual-citizen child's immigration-facility app "Duonagari" (a fictional immigration office's
app for the children of mixed marriages, who hold two passports until they choose at 18: the
affidavit that lets the child enter and leave on the foreign passport, its renewal when a
passport is renewed, the appointment, the fee, travel notices). The user is the parent; their
daughter Aisyah (8) is the data subject. Its API's keys are Minangkabau with Indonesian
administrative loans, as a Padang developer writes them: ``namo_sasuai_paspor`` name as in the
passport, ``hp`` mobile number, ``kunci`` password (lit. "key"), ``paspor`` passport, ``kitas``
stay permit, ``hubungan`` relation, ``anak`` child, ``namo_anak`` child's name,
``tanggal_lahia`` birth date, ``tampek_lahia`` birth place, ``kalamin`` sex, ``nik_anak`` the
child's national ID number, ``paspor_amerika``/``paspor_indonesia`` passports, ``akta_lahia``
birth certificate number, ``nomor_kk`` family card number, ``ayah``/``ibu`` father/mother,
``alamaik`` address, ``jadwal`` appointment, ``hadia`` present, ``kode_billing`` billing code,
``jumlah`` amount, ``pasan`` message, ``pajalanan`` trip, ``pangingek`` reminder, ``cari`` search,
``nilai`` rating: the parent's account, an e-mail code, log-in, ``/ambo``, the affidavit
application, the birth certificate (PDF), the child's photo, slots, the appointment, her check-in
at the office, the fee, the affidavit by number in the path, a message to the officer, notices, a
travel notice, the choice-at-18 reminder, the child's US passport scan, a search, a rating, push,
events and a log-out by cookie. Consular apps of earlier sets (a child's first US passport at an
embassy) are the nearest kind; this is the host country's immigration facility for a dual
citizen child ("dual citizen", "dual nationality" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

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
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families251_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    IMIGRASI,
    IMIGRASI_FIX,
    KITAS,
    KK,
    PASSPORT,
    SISTER_ADDR,
    fix,
    hd,
    obj,
    push,
)
from eval_families251_sdk import cm_crash, cm_crumb, cm_session, mk_batch, mk_pixel, tg_launch
from eval_families251_svc import cb_save, cr_confirm, fs_eval, hp_attach, mp_geocode, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("duonagari", "Duonagari", "com.example.duonagari", "1.1.7",
          "https://api.duonagari.example.org")
IID = "X-Duonagari-Device"
NID = "personal.national_id"
PW = "Aisyah#Duo2017"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
AFF = DAUGHTER["affidavit"]
KID = DAUGHTER["full"]
FADLI_NIK = "1306111503860004"  # her husband's national ID number (typed by her)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, idn=True, **kw)


def duonagari() -> list[Case]:
    rng = random.Random(25151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), paspor=L(PASSPORT, NID),
                                    anak=[L(AFF, NID)]))}
    ila, ilo = fix(IMIGRASI_FIX)
    st = at_path(case(f, f"{a}/v1/affidavit/{AFF}/status", headers=_h(rng, **b)), AFF, NID)
    return [
        case(f, f"{a}/v1/akun", headers=_h(rng), body={
            "namo_sasuai_paspor": L(f"{FIRST} {LAST}".upper(), NAMEC), "email": L(EMAIL, MAIL),
            "hp": L(E164, TEL), "kunci": L(PW, CRED), "paspor": L(PASSPORT, NID),
            "kitas": L(KITAS, NID), "hubungan": "ibu"}),
        case(f, f"{a}/v1/akun/verifikasi", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kode": L("204917", CRED)}),
        case(f, f"{a}/v1/masuak", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kunci": L(PW, CRED), "parangkek": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ambo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/affidavit/pamohonan", headers=_h(rng, **b), body={
            "jinih": "perpanjangan", "anak": {
                "namo_anak": L(KID, NAMEC), "tanggal_lahia": L(DAUGHTER["dob"], BIRTH),
                "tampek_lahia": L("Padang", COARSE), "kalamin": L(DAUGHTER["sex"], GENDER),
                "nik_anak": L(DAUGHTER["nik"], NID),
                "paspor_amerika": L(DAUGHTER["us_passport"], NID),
                "paspor_indonesia": L(DAUGHTER["id_passport"], NID),
                "akta_lahia": L(DAUGHTER["akta"], NID)},
            "nomor_kk": L(KK, NID),
            "ayah": {"namo": L(HUSBAND[0], NAMEC), "nik": L(FADLI_NIK, NID),
                     "hp": L(HUSBAND[1], TEL)},
            "ibu": {"namo": L(f"{FIRST} {LAST}", NAMEC), "paspor": L(PASSPORT, NID)},
            "alamaik": L(HOME["line"], ADDR), "koto": L(HOME["town"], COARSE),
            "affidavit_lamo": L(AFF, NID)}),
        multipart(f, f"{a}/v1/affidavit/berkas", [
            ("berkas", "akta_lahir_aisyah.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"jinih": "akta_lahia",
                                                "nomor": L(DAUGHTER["akta"], NID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/affidavit/pasfoto", [
            ("foto", "pasfoto_4x6.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"latar": "putiah",
                                                "anak": L(AFF, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/jadwal/slot", headers=_h(rng, **b), query={
            "kanim": IMIGRASI["id"], "bulan": "2026-02", "layanan": "affidavit"}),
        case(f, f"{a}/v1/jadwal", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "kanim": IMIGRASI["id"], "affidavit": L(AFF, NID),
            "pandamping": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/jadwal/hadia", headers=_h(rng, **b), body={
            "kanim": IMIGRASI["id"], "posisi": {"lat": ila, "lng": ilo, "akurasi": 5},
            "kanim_titik": {"lat": IMIGRASI["lat"], "lng": IMIGRASI["lon"]},
            "nomor_antrian": "AF-07"}),
        case(f, f"{a}/v1/bayia", fmt="form", headers=_h(rng, **b), body={
            "kode_billing": L("820251207441903", BUY), "jumlah": L("500000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        st,
        case(f, f"{a}/v1/pasan", headers=_h(rng, **b), body={
            "ka": "petugas_affidavit", "utas": obj(rng, "ut"),
            "pasan": L("Aisyah's US passport was renewed in Jakarta, the new number is "
                       f"{DAUGHTER['us_passport']}. Does she need a new affidavit?",
                       f"{TEXT}|{NAMEC}|{NID}")}),
        case(f, f"{a}/v1/pemberitahuan", headers=_h(rng, **b), query={
            "kanim": IMIGRASI["id"], "sajak": "2026-01-01"}),
        case(f, f"{a}/v1/pajalanan", headers=_h(rng, **b), body={
            "affidavit": L(AFF, NID), "tujuan": "US", "barangkek": "2026-06-20",
            "pulang": "2026-07-25", "bandara": "PDG",
            "alamaik_di_sinan": L(f"{SISTER_ADDR['line']}, {SISTER_ADDR['town']}", ADDR),
            "paspor_dipakai": L(DAUGHTER["us_passport"], NID)}),
        case(f, f"{a}/v1/pangingek", headers=_h(rng, **b), body={
            "jinih": "pilih_kawarganagaraan", "tanggal_lahia_anak": L(DAUGHTER["dob"], BIRTH),
            "ingekan_pado": "2035-06-03", "lewat": "email", "email": L(EMAIL, MAIL)}),
        multipart(f, f"{a}/v1/affidavit/paspor", [
            ("berkas", "paspor_us_aisyah.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"nomor": L(DAUGHTER["us_passport"], NID),
                                                "habis": "2030-11-14"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/cari", headers=_h(rng, **b), query={
            "cari": L("affidavit paspor baru anak", SEARCH)}),
        case(f, f"{a}/v1/nilai", fmt="form", headers=_h(rng, **b), body={
            "kanim": IMIGRASI["id"], "bintang": "4",
            "kato": L("Petugasnyo ramah, tapi antrian lamo bana", TEXT)}),
        case(f, f"{a}/v1/parangkek", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kajadian", headers=_h(rng, **b), body={
            "pamakai": L(USER_ID, UID), "sesi": rid(rng), "kajadian": [
                ev("pamohonan_dikirim", 1), ev("layar", 2, layar=L("StatusAffidavit", USAGE))]}),
        case(f, f"{a}/v1/kaluar", headers=_h(rng, how="none"), cookies={
            "dn_sesi": L(opaque(rng, "", 40), CRED), "dn_dev": L(INSTALL_ID, DID),
            "dn_req": rid(rng)}),
    ]


def duonagari_sdks() -> list[Case]:
    rng = random.Random(25152)
    return [
        mk_batch(APP, rng, [("Application Sent", {"kind": "renewal"}),
                            ("Checked In", {"office": IMIGRASI["id"]})], at=IMIGRASI_FIX, nd=3),
        mk_pixel(APP, rng, "Status Opened", {"step": 3}),
        tg_launch(APP, rng),
        cm_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo resize"),
                 [cm_crumb("nav", "Pamohonan -> Pasfoto"), cm_crumb("tap", "ambiak_foto")],
                 screen="PasfotoActivity"),
        cm_session(APP, rng, secs=955),
        fs_eval(APP, rng, {"kanim": IMIGRASI["id"], "children": 1}),
        pg_register(APP, rng, lang="id", tags={"kanim": IMIGRASI["id"]}),
        cb_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cr_confirm(APP, rng, "500000"),
        mp_geocode(APP, rng, "Kantor Imigrasi Padang", SEARCH, near=HOME_AT, nd=2),
        hp_attach(APP, rng, L(PDF, MEDIA), "akta_lahir.pdf", "application/pdf"),
    ]

