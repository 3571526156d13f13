"""Child-growth app "Cenikkelih" (``cenik``: small; ``kelih``: grown up) of the posyandu that the
banjar's volunteers (kader) and the village midwife hold in the bale banjar once a month: the
parent's side (weighings, the growth chart, immunisations, vitamin A, the midwife's advice, the
supplementary food). The child's data (Ni Putu Sekar, 3). Its API's keys are Balinese with
Indonesian health-service words: ``rerama`` parent, ``wasta`` name, ``surel`` e-mail,
``telepon``, ``kruna_sandi`` password, ``hubungan`` relation (``meme`` mother), ``pianak``
child, ``anak`` child record, ``nik`` national ID number, ``nomer_kia`` mother-and-child health
book number, ``tanggal_lekad`` birth date, ``jenis`` sex, ``baat`` weight (lit. "heavy"),
``tegeh`` height (lit. "tall"), ``lingkar_tendas`` head circumference, ``status_gizi`` nutrition
status, ``imunisasi``, ``vitamin``, ``obat_cacing`` deworming, ``panes`` fever, ``kader``
volunteer, ``bidan`` midwife, ``patakon`` question, ``pabesen`` message, ``hadir`` present,
``genah`` place, ``sasih`` month, ``alamat``, ``kota``, ``kode_pos``. Calls: the parent's
sign-up, an OAuth password grant, ``/tiang`` with an ``anak`` claim, the child added (NIK, KIA
book), the growth chart by child number in the path, a weighing typed at home, immunisations,
the schedule, the check-in at the bale banjar (5 decimals), a question to the midwife, a photo of
a rash, vitamin A and deworming (msgpack), an offline fever diary (JSON Lines), the
supplementary food, a message to the kader, a search, the mothers' class, the KIA book page
photo, notices by cookie, the address, push and events. New: "posyandu" and "growth monitoring"
matched nothing in the docstring grep; children's health programmes exist (set 167's docstring
names growth and vaccinations on a treatment card), none a community weighing post run by
neighbours."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families247_kit import (
    DAUGHTER,
    HOME,
    KID,
    MOTHER_IL,
    POSYANDU,
    POSYANDU_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families247_sdk import (
    bl_bid,
    ck_crash,
    ck_crumb,
    ck_session,
    mk_batch,
    mk_identify,
    mk_pixel,
    tb_launch,
)
from eval_families247_svc import cs_save, fp_eval, hm_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("cenikkelih", "Cenikkelih", "com.example.cenikkelih", "2.2.0",
          "https://api.cenikkelih.example.org")
IID = "X-CK-Device"
PW = "Posyandu!Sekar22"
NID = "personal.national_id"
FIT = "health.fitness"
ANAK = DAUGHTER["anak"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def cenikkelih() -> list[Case]:
    rng = random.Random(24741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, surel=L(EMAIL, MAIL), anak=[L(ANAK, UID)],
                                    peran="rerama"))}
    pla, plo = fix(POSYANDU_FIX, 5)
    kms = at_path(case(f, f"{a}/v1/anak/{ANAK}/kms", headers=_h(rng, **b),
                       query={"saking": "2024-01", "kantos": "2026-02"}), ANAK, UID)
    return [
        case(f, f"{a}/v1/rerama", headers=_h(rng), body={
            "wasta": L(f"{FIRST} {LAST}", NAMEC), "surel": L(EMAIL_MIXED, MAIL),
            "telepon": L("+15550100199", TEL), "kruna_sandi": L(PW, CRED),
            "hubungan": "meme", "posyandu": POSYANDU["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "cenikkelih-rerama"}),
        case(f, f"{a}/v1/tiang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pianak", headers=_h(rng, **b), body={
            "wasta": L(KID, NAMEC), "tanggal_lekad": L(DAUGHTER["dob"], BIRTH),
            "jenis": L(DAUGHTER["sex"], GENDER), "nik": L(DAUGHTER["nik"], NID),
            "nomer_kia": L(DAUGHTER["kia"], MED), "anak": L(ANAK, UID),
            "baat_lekad": L(3.1, FIT), "tegeh_lekad": L(49, FIT)}),
        kms,
        case(f, f"{a}/v1/penimbangan", headers=_h(rng, **b), body={
            "anak": L(ANAK, UID), "tanggal": "2026-02-05", "baat": L(13.4, FIT),
            "tegeh": L(94.5, FIT), "lingkar_tendas": L(48.2, FIT),
            "status_gizi": L("gizi baik", MED), "sane_nimbang": "kader"}),
        case(f, f"{a}/v1/imunisasi", headers=_h(rng, **b), body={
            "anak": L(ANAK, UID), "nomer_kia": L(DAUGHTER["kia"], MED),
            "imunisasi": [{"vaksin": L("campak-rubela lanjutan", MED),
                           "tanggal": L("2024-02-07", MED)},
                          {"vaksin": L("DPT-HB-Hib 4", MED), "tanggal": L("2024-02-07", MED)}]}),
        case(f, f"{a}/v1/jadwal", headers=_h(rng, **b), query={
            "posyandu": POSYANDU["id"], "sasih": "2026-03", "anak": L(ANAK, UID)}),
        case(f, f"{a}/v1/hadir", headers=_h(rng, **b), body={
            "anak": L(ANAK, UID), "genah": {"lat": pla, "lng": plo},
            "posyandu": {"id": POSYANDU["id"], "lat": POSYANDU["lat"],
                         "lng": POSYANDU["lon"]}}),
        case(f, f"{a}/v1/bidan/patakon", headers=_h(rng, **b), body={
            "anak": L(ANAK, UID),
            "patakon": L("Bu Bidan, Sekar meweh ngamah sayur lan baatne tuun 0,3 kg, napi "
                         "patut?", f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/bidan/foto", [
            ("foto", "kulit_sekar.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"anak": L(ANAK, UID),
                                                "keluhan": L("bintik barak di tangkah", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/vitamin", fmt="msgpack", headers=_h(rng, **b), body={
            "anak": L(ANAK, UID), "vitamin": L("vitamin A 200.000 IU (barak)", MED),
            "obat_cacing": L("albendazole 400 mg", MED), "tanggal": "2026-02-05",
            "kader": "kd_012"}),
        lines(f, f"{a}/v1/diari/sinkron", [
            {"anak": L(ANAK, UID), "t": 1771200000, "panes": L(38.6, MED),
             "catetan": L("Panes wengi, sampun kaicen paracetamol sirup", f"{TEXT}|{MED}")},
            {"anak": L(ANAK, UID), "t": 1771221600, "panes": L(37.4, MED)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pmt/ambil", fmt="form", headers=_h(rng, **b), body={
            "anak": L(ANAK, UID), "paket": "pmt_biskuit_feb", "akeh": "2"}),
        case(f, f"{a}/v1/kader/pabesen", headers=_h(rng, **b), body={
            "ring": "kd_012",
            "pabesen": L(f"Bu Kader, tiang ten prasida rauh Wraspati, {MOTHER_IL[0]} sane "
                         f"ngajak Sekar", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/alih", headers=_h(rng, **b), query={
            "q": L("menu MPASI anak 3 tahun seret awak", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/kelas-ibu", fmt="form", headers=_h(rng, **b), body={
            "kelas": "kl_gizi_mar", "wasta": L(f"{FIRST} {LAST}", NAMEC),
            "telepon": L("+15550100199", TEL), "akeh_anak": "1"}),
        multipart(f, f"{a}/v1/kia/foto", [
            ("foto", "buku_kia_hal12.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nomer_kia": L(DAUGHTER["kia"], MED),
                                                "halaman": 12})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/pengumuman", headers=_h(rng, how="none"), cookies={
            "ck_sid": L(opaque(rng, "", 40), CRED), "ck_dev": L(INSTALL_ID, DID),
            "ck_anak": L(ANAK, UID)}),
        case(f, f"{a}/v1/profil/alamat", headers=_h(rng, **b), body={
            "alamat": L(HOME["line"], ADDR), "kota": L(HOME["town"], COARSE),
            "kecamatan": L(HOME["kec"], COARSE), "kode_pos": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": obj(rng, "ss"), "events": [
                ev("kms_dibuka", 1), ev("screen", 2, screen=L("Imunisasi", USAGE))]}),
    ]


def cenikkelih_sdks() -> list[Case]:
    rng = random.Random(24742)
    return [
        mk_batch(APP, rng, [("Weighing Logged", {"weight": L(13.4, FIT)}),
                            ("Chart Opened", {})]),
        mk_identify(APP, rng, {"role": "parent", "children": 1, "kota": L("Denpasar", COARSE)}),
        tb_launch(APP, rng),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="baby,milk,toddler"),
        ck_crash(APP, rng, ("java.lang.ArithmeticException", "z-score of empty series"),
                 [ck_crumb("nav", "Anak -> KMS")],
                 user={"id": L(USER_ID, UID)}, screen="KmsActivity"),
        fp_eval(APP, rng, {"posyandu": POSYANDU["id"], "children": 1}),
        pk_register(APP, rng, tags={"posyandu": POSYANDU["id"]}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        mk_pixel(APP, rng, "Reminder Opened", {"month": "2026-03"}),
        ck_session(APP, rng, secs=288),
        hm_message(APP, rng, L(f"Data timbangan {KID} sasih Januari ilang", f"{TEXT}|{NAMEC}"),
                   {"anak": L(ANAK, UID)}),
    ]
