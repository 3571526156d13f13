"""House-call doctor app "Dokter Rauh" (``rauh``: comes, arrives; a Sanur-based service whose
doctors visit homes and villas in Denpasar): she books a doctor to her house for a two-day
gastroenteritis with fever, follows up, fills the prescription, adds her daughter and claims
from her travel-health insurer. Her own health data. Its API's keys are Balinese with Indonesian
and English medical words: ``pesengan`` first name (a polite word for name), ``kulawarga``
family name, ``nomer_hp``, ``email``, ``sandi`` password, ``tanggal_lekad`` birth date,
``jenis`` sex (``luh`` woman), ``paspor``, ``polis`` insurance policy, ``keluhan`` complaints,
``panes`` fever, ``mising`` diarrhoea, ``ngutah`` vomiting, ``sakit_basang`` stomach ache,
``saking`` since, ``gering`` illness, ``ubad`` medicines, ``alergi``, ``beling`` pregnant,
``resep`` prescription, ``rauh`` visit, ``genah`` place, ``patokan`` landmark, ``aji`` fee,
``pianak`` child, ``pabesen`` message, ``ulasan`` review. Calls: sign-up (passport, policy),
an SMS code, ``/tiang`` with a JWT, doctors near her (3 decimals), the visit requested from her
house (6 decimals), its deposit, the history (gzip), a protobuf beat while the doctor drives, a
photo of what she already took, the prescription delivered, a hydration log (msgpack), an
offline symptom diary (JSON Lines), the invoice by record number in the path, the insurance
claim (PDF), a message to the doctor, a video follow-up, her daughter added, a review, a search,
the sick note by cookie, push and events. No earlier set has a house-call doctor service (a
docstring grep: "house call" and "puskesmas" matched nothing; "home visit" matched lab,
technician and health-worker visits, e.g. sets 111 and 160)."""

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
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families247_kit import (
    CLINIC,
    DAUGHTER,
    DOB_ID,
    DOCTOR,
    HOME,
    HOME_AT,
    KID,
    LPD_ACCOUNT,
    PASSPORT,
    POLICY,
    RM,
    fix,
    hd,
    obj,
    push,
)
from eval_families247_sdk import ck_session, mk_batch, mk_queue, tb_launch
from eval_families247_svc import (
    cp_card,
    cp_confirm,
    cs_check,
    fp_eval,
    hm_attach,
    mb_geocode,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dokterrauh", "Dokter Rauh", "com.example.dokterrauh", "2.7.5",
          "https://api.dokterrauh.example.com")
IID = "X-DR-Device"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def dokterrauh() -> list[Case]:
    rng = random.Random(24731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), rm=L(RM, MED)))}
    hla, hlo = fix(HOME_AT)
    visit = obj(rng, "rv")
    lab: dict[str, str] = {}
    beat = pb([(1, visit), (2, 1771574400),
               (3, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)), (3, 7.0)]),
               (4, [(1, -8.69104), (2, 115.25322)]), (5, L(RM, MED))], "", lab)
    inv = at_path(case(f, f"{a}/v2/pasien/{RM}/invoice", headers=_h(rng, **b)), RM, MED)
    return [
        case(f, f"{a}/v2/pasien", headers=_h(rng), body={
            "pesengan": L(FIRST, NAMEC), "kulawarga": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nomer_hp": L(E164, TEL), "sandi": L("Sanur&Sehat91", CRED),
            "tanggal_lekad": L(DOB_ID, BIRTH), "jenis": L("luh", GENDER),
            "paspor": L(PASSPORT, NID), "kewarganegaraan": "US",
            "polis": {"nomer": L(POLICY, MED), "asuransi": "ins_trv_04"}}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "nomer_hp": L(E164, TEL), "otp": L("664208", CRED)}),
        case(f, f"{a}/v2/tiang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/dokter/paek", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "basa": "en"}),
        case(f, f"{a}/v2/rauh", headers=_h(rng, **b), body={
            "rauh": visit, "rm": L(RM, MED),
            "keluhan": [L("mising", MED), L("ngutah", MED), L("sakit basang", MED)],
            "panes": L(38.9, MED), "saking": "2026-02-18",
            "alamat": L(HOME["line"], ADDR),
            "genah": {"lat": hla, "lng": hlo, "akurasi": 5},
            "patokan": L("Umah pager barak, di samping pura banjar", TEXT),
            "aji": L(850000, BUY), "basa": "en"}),
        case(f, f"{a}/v2/rauh/{visit}/pamayahan", fmt="form", headers=_h(rng, **b), body={
            "jumlah": L("850000", BUY), "mata_uang": "IDR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "kartu_4": L("4444", PAY)}),
        case(f, f"{a}/v2/riwayat", gz=True, headers=_h(rng, **b), body={
            "rm": L(RM, MED), "ubad": [L("loperamide 2 mg", MED), L("paracetamol 500 mg", MED)],
            "alergi": [L("sulfa", MED)], "gering_kronis": L("tidak ada", MED),
            "beling": L(False, MED), "vaksin_tifoid": L("2024-03", MED), "ngerokok": L(False, MED),
            "dahar_terakhir": L("Nasi campur ring warung pasar, Selasa", f"{TEXT}|{MED}")}),
        raw(f, f"{a}/v2/rauh/{visit}/pelacak", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/rauh/{visit}/foto", [
            ("foto", "ubad_sampun.jpg", "image/jpeg", L(JPEG + b"\x73", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"rm": L(RM, MED),
                                                "catetan": L("Ubad sane sampun tunas", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/resep/tebus", headers=_h(rng, **b), body={
            "resep": obj(rng, "rx"), "rm": L(RM, MED),
            "ubad": [{"wasta": L("oralit", MED), "akeh": 10},
                     {"wasta": L("ciprofloxacin 500 mg", MED), "akeh": 6}],
            "jumlah": L(126000, BUY), "alamat": L(HOME["line"], ADDR), "apotek": "ap_renon2"}),
        case(f, f"{a}/v2/cairan", fmt="msgpack", headers=_h(rng, **b), body={
            "rm": L(RM, MED), "gelas_oralit": L(6, MED), "mising_kali": L(3, MED),
            "panes": L(37.8, MED), "tanggal": "2026-02-19"}),
        lines(f, f"{a}/v2/diari/sinkron", [
            {"t": 1771552800, "rm": L(RM, MED), "panes": L(38.4, MED),
             "catetan": L("Basang kari sakit, sampun nginem oralit", f"{TEXT}|{MED}")},
            {"t": 1771574400, "rm": L(RM, MED), "panes": L(37.6, MED)}],
            headers=_h(rng, **b)),
        inv,
        multipart(f, f"{a}/v2/klaim", [
            ("invoice", "invoice_rauh.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "polis": L(POLICY, MED), "diagnosa": L("gastroenteritis akut", MED),
                "jumlah": L(976000, BUY), "rekening": L(LPD_ACCOUNT, PAY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pabesen", headers=_h(rng, **b), body={
            "ring": {"wasta": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "pabesen": L("Dok, panes sampun tuun nanging tiang kari lemet. Ciprofloxacin "
                         "terusang?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/video/kamar", headers=_h(rng, **b), body={
            "rauh": visit, "token": L(opaque(rng, "vk_", 36), CRED)}),
        case(f, f"{a}/v2/kulawarga", headers=_h(rng, **b), body={
            "pianak": {"wasta": L(KID, NAMEC), "tanggal_lekad": L(DAUGHTER["dob"], BIRTH),
                       "jenis": L(DAUGHTER["sex"], GENDER), "alergi": [L("kacang tanah", MED)],
                       "eksim": L(True, MED)}, "hubungan": "pianak"}),
        case(f, f"{a}/v2/ulasan", fmt="form", headers=_h(rng, **b), body={
            "rauh": visit, "bintang": "5",
            "ulasan": L("Dokterne rauh wantah 40 menit, becik pisan", TEXT)}),
        case(f, f"{a}/v2/alih", headers=_h(rng, **b), query={
            "q": L("dokter anak english speaking renon", SEARCH)}),
        case(f, f"{a}/v2/surat-sakit", headers=_h(rng, how="none"), cookies={
            "dr_sesi": L(opaque(rng, "", 40), CRED), "dr_dev": L(INSTALL_ID, DID),
            "dr_rm": L(RM, MED)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rauh_requested", 1), ev("screen", 2, screen=L("Resep", USAGE))]}),
    ]


def dokterrauh_sdks() -> list[Case]:
    rng = random.Random(24732)
    return [
        mk_batch(APP, rng, [("Visit Requested", {"fee": L(850000, BUY)}),
                            ("Prescription Filled", {})], at=HOME_AT, nd=2),
        mk_queue(APP, rng, [("Diary Entry", {"fever": L(38.4, MED)}),
                            ("Hydration Logged", {"glasses": L(6, MED)})]),
        tb_launch(APP, rng, first=True),
        ck_session(APP, rng, secs=694),
        fp_eval(APP, rng, {"area": L("Denpasar", "location.coarse"), "tier": "standard"}),
        pk_register(APP, rng, tags={"base": CLINIC["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        mb_geocode(APP, rng, HOME["line"], ADDR, near=HOME_AT, nd=3),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "850000"),
        hm_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "hasil_lab.pdf", "application/pdf"),
    ]
