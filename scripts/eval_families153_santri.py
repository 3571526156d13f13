"""Pesantren guardians' app "Santrina" (a boarding pesantren in Tarogong, Garut, where her husband's
nephew Fajar, 14, boards; his mother works in Riyadh, so she and her husband are his guardians).
Its API's keys are Sundanese: ``ngaran`` name, ``surelek`` e-mail, ``nomer_hape`` mobile,
``kecap_sandi`` password, ``nik``/``nomer_kk`` resident and family-card numbers, ``hubungan``
relation (``bibi`` aunt), ``agama`` religion, ``suku`` ethnic group, ``tempat_cicing`` street
address, ``kota`` city, ``akun_wali`` guardian account, ``santri`` boarding pupil, ``nis`` pupil
number, ``titimangsa_lahir`` birth date, ``indung`` mother, ``apalan`` memorisation, ``juz``,
``duit_jajan`` pocket money, ``jumlah`` amount, ``syahriah`` monthly fee, ``nganjang`` visit,
``tamu`` visitors, ``beungeut`` face, ``kasehatan`` health, ``alergi``, ``panyakit`` illness,
``ubar`` medicine, ``golongan_getih`` blood group, ``talatah`` message, ``izin_mulih`` home
leave, ``alesan`` reason, ``dijemput_ku`` collected by, ``dokumen``, ``rapor`` report,
``infaq`` donation, ``dana`` fund, ``kiriman`` parcel, ``eusi`` contents, ``neangan`` search.
Registration (her NIK and family card, religion), an OAuth password grant, ``/abdi`` with a
``santri`` claim, linking the nephew (his NIK, birth date, ethnic group, his mother), the
memorisation by pupil number in the path, pocket money, its history, the monthly fee, a visit
booked, the gate's face enrolment, the visit check-in with her fix, the health record, a clinic
consent (gzip), a message to the ustadz, a home leave, the family card scan, the report, a mosque
donation, a search, bills by cookie, a parcel, push and events. No earlier set has a pesantren or
boarding-pupil app (a docstring grep for "pesantren", "santri" and "boarding school" found
nothing)."""

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
    FACE,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
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
from eval_families153_kit import (
    BDG_HOME,
    HUSBAND,
    KK,
    NEPHEW,
    NIK,
    PONDOK,
    PONDOK_FIX,
    SISTER_IL,
    SON,
    WALI,
    fix,
    hd,
    obj,
    push,
)
from eval_families153_sdk import ck_crash, ck_crumb, sc_batch, sc_identify, tm_event, tm_launch
from eval_families153_svc import cp_card, cp_confirm, fc_eval, hb_message, pw_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("santrina", "Santrina", "com.example.santrina", "5.0.2",
          "https://api.santrina.example.net")
IID = "X-Santrina-Device"
PW = "Tarogong#Wali26"
NID = "personal.national_id"
PUPIL = f"{NEPHEW['first']} {NEPHEW['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, su=True, **kw)


def santrina() -> list[Case]:
    rng = random.Random(15351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    nis = NEPHEW["nis"]
    jw = {"Authorization": J(claims(rng, wali=L(WALI, UID), santri=[L(nis, UID)],
                                    surelek=L(EMAIL, MAIL)))}
    pla, plo = fix(PONDOK_FIX, 5)
    face = [round(rng.gauss(0, 0.09), 4) for _ in range(128)]
    hafalan = at_path(case(f, f"{a}/v3/santri/{nis}/apalan", headers=_h(rng, **b),
                           query={"juz": "30", "bulan": "2026-02"}), nis, UID)
    return [
        case(f, f"{a}/v3/wali/daptar", headers=_h(rng), body={
            "ngaran": L(f"{FIRST} {LAST}", NAMEC), "surelek": L(EMAIL, MAIL),
            "nomer_hape": L(E164, TEL), "kecap_sandi": L(PW, CRED), "nik": L(NIK, NID),
            "nomer_kk": L(KK, NID), "hubungan": "bibi", "agama": L("Islam", SENS),
            "tempat_cicing": L(BDG_HOME["line"], ADDR), "kota": L(BDG_HOME["town"], COARSE),
            "akun_wali": L(WALI, UID)}),
        case(f, f"{a}/v3/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "santrina-wali"}),
        case(f, f"{a}/v3/abdi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/santri/tautkeun", headers=_h(rng, **b), body={
            "nis": L(nis, UID), "nik": L(NEPHEW["nik"], NID),
            "titimangsa_lahir": L(NEPHEW["dob"], BIRTH), "ngaran": L(PUPIL, NAMEC),
            "jinis_kelamin": L(NEPHEW["sex"], "personal.gender"), "suku": L("Sunda", SENS),
            "indung": {"ngaran": L(SISTER_IL[0], NAMEC), "nomer_hape": L(SISTER_IL[1], TEL),
                       "damel_di": L("Riyadh", COARSE)}}),
        hafalan,
        case(f, f"{a}/v3/duit_jajan", headers=_h(rng, **b), body={
            "nis": L(nis, UID), "jumlah": L(300000, BUY), "wates_sapoe": 25000,
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/duit_jajan/riwayat", headers=_h(rng, **b), query={
            "nis": L(nis, UID), "bulan": "2026-02"}),
        case(f, f"{a}/v3/syahriah", fmt="form", headers=_h(rng, **b), body={
            "nis": L(nis, UID), "bulan": "2026-03", "jumlah": L("850000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "tagihan": L("SYH-2603-0713", BUY)}),
        case(f, f"{a}/v3/nganjang", headers=_h(rng, **b), body={
            "nis": L(nis, UID), "tanggal": "2026-03-01", "tabuh": "10:00",
            "tamu": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                     L(f"{SON['first']} {SON['last']}", NAMEC)],
            "kandaraan": "D 1472 AGS"}),
        case(f, f"{a}/v3/gerbang/beungeut", headers=_h(rng, **b), body={
            "akun_wali": L(WALI, UID), "model": "fn-128-v3", "beungeut": L(face, FACE),
            "kualitas": 0.93}),
        case(f, f"{a}/v3/nganjang/check_in", headers=_h(rng, **b), body={
            "kunjungan": obj(rng, "kj"), "tempat": {"lintang": pla, "bujur": plo},
            "pondok": {"id": PONDOK["id"], "lintang": PONDOK["lat"], "bujur": PONDOK["lon"]}}),
        case(f, f"{a}/v3/kasehatan", headers=_h(rng, **b), query={"nis": L(nis, UID)}),
        case(f, f"{a}/v3/kasehatan/idin", gz=True, headers=_h(rng, **b), body={
            "nis": L(nis, UID), "alergi": [L("kacang taneuh", MED)],
            "panyakit": L("kudis bulan kamari", MED), "ubar": L("salep permetrin 5%", MED),
            "golongan_getih": L("B", MED), "idin_tindakan": True,
            "ditandatanganan_ku": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v3/talatah", headers=_h(rng, **b), body={
            "ka": "ust_wali_kelas_8b",
            "talatah": L("Ustadz, Fajar nembe gering muriang, punten dipariksa ku dokter pondok",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/izin_mulih", headers=_h(rng, **b), body={
            "nis": L(nis, UID), "ti": "2026-02-20", "dugi": "2026-02-22",
            "alesan": L("Hajatan sepitan alona di Bandung", TEXT),
            "dijemput_ku": {"ngaran": L(HUSBAND[0], NAMEC), "nomer_hape": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/v3/dokumen", [
            ("kk", "kartu_kulawarga.jpg", "image/jpeg", L(JPEG + b"\x4b\x4b", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"nis": L(nis, UID), "jenis": "kartu_kulawarga",
                                                "nomer_kk": L(KK, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/rapor", headers=_h(rng, **b), query={
            "nis": L(nis, UID), "semester": "2025-2"}),
        case(f, f"{a}/v3/infaq", fmt="form", headers=_h(rng, **b), body={
            "dana": L("wakaf_masjid_pondok", SENS), "jumlah": L("250000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "anonim": "0"}),
        case(f, f"{a}/v3/neangan", headers=_h(rng, **b), query={
            "q": L("jadwal libur pondok ramadan", SEARCH)}),
        case(f, f"{a}/v3/tagihan", headers=_h(rng, how="none"), cookies={
            "st_sesi": L(opaque(rng, "", 40), CRED), "st_dev": L(INSTALL_ID, DID),
            "st_req": rid(rng)}),
        case(f, f"{a}/v3/kiriman", headers=_h(rng, **b), body={
            "nis": L(nis, UID), "panarima": L(PUPIL, NAMEC),
            "eusi": L("Sarung anyar, kitab jurumiyah, snack", TEXT), "ongkir": L(15000, BUY)}),
        case(f, f"{a}/v3/pakakas", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/kajadian", gz=True, headers=_h(rng, **b), body={
            "pamake": L(USER_ID, UID), "kajadian": [
                ev("duit_jajan", 1, jumlah=L(300000, BUY)),
                ev("layar", 2, layar=L("Apalan", USAGE))]}),
    ]


def santrina_sdks() -> list[Case]:
    rng = random.Random(15352)
    return [
        sc_batch(APP, rng, [("Pocket Money Sent", {"amount": L(300000, BUY)}),
                            ("Visit Booked", {"visitors": 3})], locale="su_ID"),
        sc_identify(APP, rng, {"peran": "wali", "pondok": PONDOK["id"],
                               "kota": L("Bandung", COARSE)}),
        tm_launch(APP, rng, user=True),
        tm_event(APP, rng, "topup", {"nis": L(NEPHEW["nis"], UID)}, revenue=300000.0),
        ck_crash(APP, rng, ("java.io.IOException", "upload kk"),
                 [ck_crumb("nav", "Dokumen -> Unggah")], screen="DokumenActivity"),
        fc_eval(APP, rng, {"pondok": PONDOK["id"], "face_gate": True}),
        pw_register(APP, rng, lang="su", tags={"pondok": PONDOK["id"], "kelas": "mts_8b"}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "850000"),
        hb_message(APP, rng, L(f"Duit jajan {PUPIL} teu acan lebet", f"{TEXT}|{NAMEC}"),
                   {"nis": L(NEPHEW["nis"], UID)}),
    ]
