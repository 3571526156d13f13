"""A customary council's clan-membership app "Sukuangku" (the Kerapatan Adat Nagari of Kapau keeps
its register of the suku, the matrilineal clans, and their lineages in it; she applies to be
adopted into suku Koto by its elder, malakok, so that their daughter, whose father is Caniago and
whose mother has no clan, has a suku and a place in a lineage). Its API's keys are Minangkabau
with adat words, as a Bukittinggi developer writes them: ``namo`` name, ``no_hp`` mobile number,
``sandi`` password, ``hari_lahia`` birth date, ``agamo`` religion, ``alamaik`` address, ``koto``
town, ``nagari`` village republic, ``jorong`` hamlet, ``laki`` husband, ``mintuo``
parent-in-law, ``suku`` clan, ``suku_asa`` clan (or ethnic group) of origin, ``suku_tujuan``
clan applied to, ``kaum`` lineage, ``mamak_angkek`` adoptive maternal uncle, ``anak`` child,
``alasan`` reason, ``syarat`` requirements, ``sidang`` hearing, ``hadia`` present, ``uang_adaik``
customary fee, ``baralek`` feast, ``ranji`` genealogy, ``pasan`` message, ``cari`` search,
``sumbangan`` contribution, ``piagam`` certificate: sign-up, log-in, ``/ambo``, the malakok
application with the daughter, the requirements, her statement letter (PDF), the marriage book
scan, the hearing with the family, her check-in at the hall, the customary fee, the feast order,
the lineage's genealogy by register number in the path, the daughter's genealogy entry, a message
to the council's secretary, a search, notices, a ceremony photo, a contribution to the lineage's
prayer house, push, events and the certificate by cookie. Clans were in earlier sets' funeral
ledgers (an Asante abusua) and a Saamaka land map (lo); this is a customary council's adoption into
a clan (a docstring grep for "malakok", "customary council", "penghulu", "ranji" and "datuk"
matched nothing)."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
    ANGGOTA,
    BALAI,
    BALAI_FIX,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MAMAK,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families251_sdk import cm_crash, cm_crumb, mk_batch, mk_identify, tg_event, tg_launch
from eval_families251_svc import cb_check, cr_card, cr_confirm, hp_message, mp_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("sukuangku", "Sukuangku", "com.example.sukuangku", "1.3.0",
          "https://api.sukuangku.example.org")
IID = "X-Sukuangku-Device"
NID = "personal.national_id"
PW = "Rumah_Gadang_17"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = DAUGHTER["full"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, idn=True, **kw)


def sukuangku() -> list[Case]:
    rng = random.Random(25131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), anggota=L(ANGGOTA, UID),
                                    suku=L("Koto", SENS)))}
    bla, blo = fix(BALAI_FIX, 5)
    ranji = at_path(case(f, f"{a}/api/ranji/{ANGGOTA}", headers=_h(rng, **b)), ANGGOTA, UID)
    return [
        case(f, f"{a}/api/daftar", headers=_h(rng), body={
            "namo": L(f"{FIRST} {LAST}", NAMEC), "no_hp": L(E164, TEL), "email": L(EMAIL, MAIL),
            "sandi": L(PW, CRED), "hari_lahia": L(DOB, BIRTH), "agamo": L("Islam", SENS),
            "alamaik": L(HOME["line"], ADDR), "koto": L(HOME["town"], COARSE),
            "laki": {"namo": L(HUSBAND[0], NAMEC), "suku": L("Caniago", SENS),
                     "nagari": L("Kapau", COARSE)},
            "anggota": L(ANGGOTA, UID)}),
        case(f, f"{a}/api/masuak", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "sandi": L(PW, CRED), "parangkek": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/ambo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/malakok", headers=_h(rng, **b), body={
            "nagari": L("Kapau", COARSE), "jorong": L("Cingkariang", COARSE),
            "suku_asa": L("indak basuku (urang asiang, Amerika)", SENS),
            "suku_tujuan": L("Koto", SENS), "kaum": L("Datuak Bandaro Kayo", SENS),
            "mamak_angkek": {"namo": L(MAMAK[0], NAMEC), "no_hp": L(MAMAK[1], TEL)},
            "anak": {"namo": L(KID, NAMEC), "hari_lahia": L(DAUGHTER["dob"], BIRTH),
                     "suku": L("Koto", SENS)},
            "alasan": L("Supayo anak ambo Aisyah punyo suku jo kaum di nagari lakinyo",
                        f"{TEXT}|{SENS}"),
            "anggota": L(ANGGOTA, UID)}),
        case(f, f"{a}/api/malakok/syarat", headers=_h(rng, **b), query={
            "nagari": "kapau", "jinih": "padusi_urang_asiang"}),
        multipart(f, f"{a}/api/malakok/surek", [
            ("surek", "surat_pernyataan.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"jinih": "pernyataan",
                                                "anggota": L(ANGGOTA, UID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/malakok/buku_nikah", [
            ("foto", "buku_nikah.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"nomor_akta_nikah": L("0217/041/VII/2016",
                                                                      NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sidang", headers=_h(rng, **b), body={
            "sidang": obj(rng, "sd"), "balai": BALAI["id"], "tanggal": "2026-01-10",
            "hadia": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                      L(MOTHER_IL[0], NAMEC)],
            "mamak_angkek": L(MAMAK[0], NAMEC)}),
        case(f, f"{a}/api/sidang/hadia", headers=_h(rng, **b), body={
            "balai": BALAI["id"], "posisi": {"lat": bla, "lng": blo, "akurasi": 6},
            "balai_titik": {"lat": BALAI["lat"], "lng": BALAI["lon"]}}),
        case(f, f"{a}/api/uang_adaik", fmt="form", headers=_h(rng, **b), body={
            "anggota": L(ANGGOTA, UID), "jumlah": L("1500000", BUY), "mato_uang": "IDR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "untuak": L("malakok_suku_koto", SENS)}),
        case(f, f"{a}/api/baralek/pasanan", headers=_h(rng, **b), body={
            "acara": L("batagak_malakok", SENS), "kambiang": 1, "jamba": 12,
            "jumlah": L(4200000, BUY), "tanggal": "2026-01-17", "balai": BALAI["id"]}),
        ranji,
        case(f, f"{a}/api/ranji/anak", headers=_h(rng, **b), body={
            "induak": L(ANGGOTA, UID), "namo": L(KID, NAMEC),
            "hari_lahia": L(DAUGHTER["dob"], BIRTH), "kalamin": L("padusi", "personal.gender"),
            "suku": L("Koto", SENS), "kaum": L("Datuak Bandaro Kayo", SENS)}),
        case(f, f"{a}/api/pasan", headers=_h(rng, **b), body={
            "ka": "sekretaris_kan",
            "pasan": L("Assalamualaikum Pak, ambo alah baraja adaik jo mamak ambo. Apo ado "
                       "syarat lain untuak malakok?", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/cari", headers=_h(rng, **b), query={
            "cari": L("caro malakok urang asiang ka suku Koto", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/api/pengumuman", headers=_h(rng, **b), query={
            "nagari": "kapau", "sajak": "2025-12-01"}),
        multipart(f, f"{a}/api/galeri", [
            ("foto", "batagak_malakok.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {
                "album": "malakok-2026",
                "caption": L("Hari ambo diangkek jadi anak kamanakan suku Koto",
                             f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/sumbangan", fmt="form", headers=_h(rng, **b), body={
            "untuak": L("surau_kaum", SENS), "jumlah": L("250000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "tampilkan_namo": "indak"}),
        case(f, f"{a}/api/parangkek", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/api/kajadian", headers=_h(rng, **b), body={
            "pamakai": L(USER_ID, UID), "sesi": rid(rng), "kajadian": [
                ev("malakok_dikirim", 1), ev("layar", 2, layar=L("Ranji", USAGE))]}),
        case(f, f"{a}/api/piagam", headers=_h(rng, how="none"), cookies={
            "sk_sesi": L(opaque(rng, "", 40), CRED),
            "sk_ctx": W({"anggota": L(ANGGOTA, UID), "suku": L("Koto", SENS),
                         "nagari": L("Kapau", COARSE)}, "b64json")}),
    ]


def sukuangku_sdks() -> list[Case]:
    rng = random.Random(25132)
    return [
        mk_batch(APP, rng, [("Application Sent", {"suku": L("Koto", SENS)}),
                            ("Fee Paid", {"amount": L(1500000, BUY)})], at=BALAI_FIX, nd=2),
        mk_identify(APP, rng, {"suku": L("Koto", SENS), "nagari": L("Kapau", COARSE),
                               "anggota": L(ANGGOTA, UID)}),
        tg_launch(APP, rng, first=True),
        tg_event(APP, rng, "application", {"suku": L("Koto", SENS)}),
        cm_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "ranji tree depth"),
                 [cm_crumb("nav", "Ambo -> Ranji")], screen="RanjiActivity"),
        pg_register(APP, rng, lang="id",
                    tags={"suku": L("Koto", SENS), "nagari": L("Kapau", COARSE)}),
        cb_check(APP, rng, {"analytics": True, "marketing": False}),
        cr_card(APP, rng),
        cr_confirm(APP, rng, "1500000"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((BALAI["lat"], BALAI["lon"]), None)]),
        hp_message(APP, rng, L("Uang adaik untuak malakok alah dibayia tapi status alun barubah",
                               f"{TEXT}|{SENS}"), {"anggota": L(ANGGOTA, UID)}),
    ]

