"""National health insurance membership and health-centre queue app "Sehatbasamo" (a fictional
social health insurer's app: the family's cards, the monthly premium, the registered primary
health centre, taking a queue number, referrals to a hospital; as a resident for more than six
months she must be a member, with her husband and their daughter on one family account). Her own
health data: tiredness and dizziness, heavy periods, iron-deficiency anaemia found at the health
centre, a referral to internal medicine, iron tablets; and the daughter's cough. Its API's keys
are Minangkabau with health loans, as a Padang developer writes them: ``nomor_kartu`` card
number, ``namo_pasarto`` member's name, ``tanggal_lahia`` birth date, ``kitas`` stay permit,
``nomor_hp`` mobile number, ``sandi_masuak`` password, ``anggota_kaluarga`` family members,
``hubungan`` relation, ``kalamin`` sex, ``iuran`` premium, ``kalas`` ward class, ``faskes``
health facility, ``antrean`` queue, ``poli`` clinic, ``kaluhan`` complaint, ``tensi`` blood
pressure, ``barek_badan``/``tinggi_badan`` weight/height, ``haid`` menstruation, ``hasil_lab``
lab result, ``diagnosa`` diagnosis, ``rujuakan`` referral, ``ubek`` medicine, ``konsultasi``
consultation, ``pasan`` message, ``nilai`` rating: sign-up with her card, an SMS code, ``/ambo``,
the digital card, the family members, the premium bill and its payment, health centres near
home, a queue number with her complaint, the check-in, her visits by card number in the path, a
screening questionnaire (gzip), a lab result (PDF), the referral, a hospital queue, medicines, a
question to the doctor, the daughter's queue for a cough, a rating, push, events and a log-out.
Hospital and clinic apps exist in many sets; a social insurer's membership and primary-care
queue app is new ("national health insurance", "bpjs", "hospital queue" and "anemia" matched
nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families251_kit import (
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    KITAS,
    MEMBER,
    MEMBER_KID,
    PKM_FIX,
    PUSKESMAS,
    RSUD,
    fix,
    hd,
    obj,
    push,
)
from eval_families251_sdk import (
    cm_crash,
    cm_crumb,
    cm_session,
    mk_batch,
    mk_queue,
    tg_event,
    tg_launch,
)
from eval_families251_svc import cb_check, cr_card, cr_confirm, fs_eval, mp_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sehatbasamo", "Sehatbasamo", "com.example.sehatbasamo", "4.7.3",
          "https://api.sehatbasamo.example.net")
IID = "X-SB-Device-Id"
NID = "personal.national_id"
FIT = "health.fitness"
PW = "Sehat!Sawahan25"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
REFERRAL = "0211R0011225B000417"  # her referral letter's number (health.medical)
FADLI_NIK = "1306111503860004"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, idn=True, **kw)


def sehatbasamo() -> list[Case]:
    rng = random.Random(25161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nomor_kartu=L(MEMBER, MED),
                                    kalas="2"))}
    pla, plo = fix(PKM_FIX)
    visits = at_path(case(f, f"{a}/v2/pasarto/{MEMBER}/kunjungan", headers=_h(rng, **b),
                          query={"tahun": "2025"}), MEMBER, MED)
    return [
        case(f, f"{a}/v2/daftar", headers=_h(rng), body={
            "nomor_kartu": L(MEMBER, MED), "namo_pasarto": L(f"{FIRST} {LAST}", NAMEC),
            "tanggal_lahia": L(DOB, BIRTH), "kitas": L(KITAS, NID), "nomor_hp": L(E164, TEL),
            "email": L(EMAIL, MAIL), "sandi_masuak": L(PW, CRED)}),
        case(f, f"{a}/v2/otp", fmt="form", headers=_h(rng), body={
            "nomor_hp": L(E164, TEL), "otp": L("903618", CRED)}),
        case(f, f"{a}/v2/ambo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kartu", headers=_h(rng, **b), query={
            "nomor_kartu": L(MEMBER, MED), "format": "qr"}),
        case(f, f"{a}/v2/anggota_kaluarga", headers=_h(rng, **b)),
        case(f, f"{a}/v2/anggota_kaluarga/tambah", headers=_h(rng, **b), body={"anggota": [
            {"namo": L(HUSBAND[0], NAMEC), "nik": L(FADLI_NIK, NID), "hubungan": "laki"},
            {"namo": L(DAUGHTER["full"], NAMEC), "nik": L(DAUGHTER["nik"], NID),
             "tanggal_lahia": L(DAUGHTER["dob"], BIRTH), "kalamin": L("P", GENDER),
             "nomor_kartu": L(MEMBER_KID, MED), "hubungan": "anak"}]}),
        case(f, f"{a}/v2/iuran", headers=_h(rng, **b), query={
            "nomor_kartu": L(MEMBER, MED), "bulan": "2025-12"}),
        case(f, f"{a}/v2/iuran/bayia", fmt="form", headers=_h(rng, **b), body={
            "bulan": "2025-12", "jiwa": "3", "kalas": "2", "jumlah": L("300000", BUY),
            "nomor_va": L("8888801002817744", PAY), "metode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/faskes/dakek", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "jinih": "puskesmas"}),
        case(f, f"{a}/v2/antrean", headers=_h(rng, **b), body={
            "faskes": PUSKESMAS["id"], "poli": "umum", "tanggal": "2025-12-08",
            "nomor_kartu": L(MEMBER, MED),
            "kaluhan": L("Litak jo pusiang duo minggu, haid banyak bana bulan ko",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/antrean/hadia", headers=_h(rng, **b), body={
            "faskes": PUSKESMAS["id"], "posisi": {"lat": pla, "lng": plo},
            "faskes_titik": {"lat": PUSKESMAS["lat"], "lng": PUSKESMAS["lon"]},
            "nomor_antrean": "U-023"}),
        visits,
        case(f, f"{a}/v2/skrining", gz=True, headers=_h(rng, **b), body={
            "nomor_kartu": L(MEMBER, MED), "tensi": L("100/65", MED),
            "barek_badan": L(58, FIT), "tinggi_badan": L(167, FIT),
            "marokok": L(False, MED), "diabetes_kaluarga": L(True, MED),
            "haid_banyak": L(True, MED), "hamil": L(False, MED)}),
        multipart(f, f"{a}/v2/hasil_lab", [
            ("berkas", "lab_darah.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nomor_kartu": L(MEMBER, MED),
                                                "hb": L(9.8, MED), "feritin": L(8, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/rujuakan", headers=_h(rng, **b), query={
            "nomor_rujuakan": L(REFERRAL, MED)}),
        case(f, f"{a}/v2/antrean/rs", headers=_h(rng, **b), body={
            "rs": RSUD["id"], "nomor_rujuakan": L(REFERRAL, MED),
            "poli": L("penyakit dalam", MED), "diagnosa": L("D50.0", MED),
            "tanggal": "2025-12-15", "dokter": "dr_int_04"}),
        case(f, f"{a}/v2/ubek", fmt="form", headers=_h(rng, **b), body={
            "nomor_kartu": L(MEMBER, MED), "resep": obj(rng, "rsp"),
            "ubek": L("ferrous sulfate 300 mg 2x1", MED), "apotek": "apt_swh02"}),
        case(f, f"{a}/v2/konsultasi", headers=_h(rng, **b), body={
            "ka": "dr_pkm_swh_01", "utas": obj(rng, "ut"),
            "pasan": L("Dok, apo ubek tambah darah buliah diminum samo kopi pagi?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/antrean", headers=_h(rng, **b), body={
            "faskes": PUSKESMAS["id"], "poli": "anak", "tanggal": "2025-12-10",
            "nomor_kartu": L(MEMBER_KID, MED),
            "kaluhan": L("Aisyah batuak tigo hari, demam saketek malam", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/nilai", fmt="form", headers=_h(rng, **b), body={
            "faskes": PUSKESMAS["id"], "bintang": "4",
            "kato": L("Dokternyo sabar, tapi antrean apotek lamo", TEXT)}),
        case(f, f"{a}/v2/parangkek", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/v2/kajadian", gz=True, headers=_h(rng, **b), body={
            "pamakai": L(USER_ID, UID), "kajadian": [
                ev("antrean_diambiak", 1), ev("layar", 2, layar=L("KartuDigital", USAGE))]}),
        case(f, f"{a}/v2/kaluar", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "parangkek": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def sehatbasamo_sdks() -> list[Case]:
    rng = random.Random(25162)
    return [
        mk_batch(APP, rng, [("Queue Taken", {"poli": "umum"}),
                            ("Premium Paid", {"amount": L(300000, BUY)})], at=PKM_FIX, nd=2),
        mk_queue(APP, rng, [("Card Shown", {}), ("Referral Opened", {"poli": L("penyakit dalam",
                                                                                MED)})]),
        tg_launch(APP, rng, first=True, user=True),
        tg_event(APP, rng, "premium_paid", {"kalas": "2"}, revenue=300000.0),
        cm_crash(APP, rng, ("java.lang.NullPointerException", "queue number null"),
                 [cm_crumb("nav", "Antrean -> Hadia")], screen="AntreanActivity"),
        cm_session(APP, rng, secs=512),
        fs_eval(APP, rng, {"faskes": PUSKESMAS["id"], "kalas": "2"}, hdr=True),
        pg_register(APP, rng, lang="id", tags={"faskes": PUSKESMAS["id"]}),
        cb_check(APP, rng, {"analytics": True, "research": False}),
        cr_card(APP, rng),
        cr_confirm(APP, rng, "300000"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((PUSKESMAS["lat"], PUSKESMAS["lon"]), None)],
                 mode="walking"),
    ]
