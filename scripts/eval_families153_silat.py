"""Pencak silat school app "Paguron" (a Cimande-line paguron's hall in Cicaheum, Bandung: she trains
in the women's class). Its API's keys are Sundanese: ``ngaran`` name, ``surelek`` e-mail,
``nomer_hape`` mobile, ``kecap_sandi`` password, ``titimangsa_lahir`` birth date,
``jinis_kelamin`` sex, ``beurat``/``jangkung`` weight/height, ``tempat_cicing`` street address,
``kota`` city, ``panyakit`` illness, ``kontak_darurat`` emergency contact, ``nomer_anggota``
member number, ``latihan`` training, ``hadir`` present, ``iuran`` dues, ``sabuk`` belt
(``hejo``/``biru`` green/blue), ``ujian`` grading, ``jurus`` form, ``hasil`` result,
``pasanggiri`` tournament, ``kelas_beurat`` weight class, ``tatu`` injury, ``bagian_awak`` body
part, ``pelatih`` coach, ``seragam`` uniform, ``sulaman`` embroidery, ``timbangan`` scales,
``budak`` child, ``kelas`` class. Sign-up (her NIK, weight, asthma, her husband as emergency
contact), an OAuth password grant, ``/abdi``, the week's schedule, attendance with her fix, a
protobuf training summary from her watch, dues, the belt grading and her form video, the grading
result, a tournament entry (weight class), her ID card scan, an injury report, a message to the
coach, the member card by number in the path, a uniform with her name embroidered, a search, the
weigh-in log (msgpack), her son enrolled in the children's class, a certificate by cookie, push,
events and a token refresh. Set 45 has a boxing and martial-arts coach with wrist pods and
sparring video; Paguron is a traditional school's membership, grading and tournament registry
(no sensors beyond a watch's summary)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families10_kit import MP4
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families153_kit import (
    BDG_HOME,
    BDG_HOME_AT,
    HALL,
    HALL_FIX,
    HUSBAND,
    MEMBER,
    NIK,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families153_sdk import ck_session, sc_batch, sc_queue, tm_event, tm_launch
from eval_families153_svc import cs_save, fc_eval, hb_attach, mp_geocode, pw_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("paguron", "Paguron", "com.example.paguron", "2.4.1", "https://api.paguron.example.net")
IID = "X-Paguron-Device"
PW = "Maung#Bodas1991"
NID, FIT = "personal.national_id", "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
ENTRY = "PSG-JB26-0388"  # her tournament entry (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def paguron() -> list[Case]:
    rng = random.Random(15311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, anggota=L(MEMBER, UID), surelek=L(EMAIL, MAIL),
                                    sabuk="hejo"))}
    hla, hlo = fix(HALL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, obj(rng, "ss")), (3, 1769508000),
               (4, [(1, L(142, FIT)), (2, L(410, FIT)), (3, L(88, FIT))]),
               (5, L(63, DEV))], "", lab)
    card = at_path(case(f, f"{a}/v2/anggota/{MEMBER}/kartu", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v2/anggota/daptar", headers=_h(rng), body={
            "ngaran": L(f"{FIRST} {LAST}", NAMEC), "surelek": L(EMAIL_MIXED, MAIL),
            "nomer_hape": L(E164, TEL), "kecap_sandi": L(PW, CRED),
            "titimangsa_lahir": L(DOB, BIRTH), "jinis_kelamin": L("awewe", GENDER),
            "beurat": L(61, FIT), "jangkung": L(167, FIT), "nik": L(NIK, NID),
            "tempat_cicing": L(BDG_HOME["line"], ADDR), "kota": L(BDG_HOME["town"], COARSE),
            "panyakit": L("asma hampang", MED), "paguron": HALL["id"],
            "kontak_darurat": {"ngaran": L(HUSBAND[0], NAMEC), "nomer_hape": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "paguron-android"}),
        case(f, f"{a}/v2/abdi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/jadwal", headers=_h(rng, **b), query={
            "paguron": HALL["id"], "kelas": "awewe_dewasa", "minggu": "2026-W05"}),
        case(f, f"{a}/v2/latihan/hadir", headers=_h(rng, **b), body={
            "nomer_anggota": L(MEMBER, UID), "sesi": obj(rng, "ss"),
            "tempat": {"lintang": hla, "bujur": hlo},
            "paguron": {"lintang": HALL["lat"], "bujur": HALL["lon"]}}),
        raw(f, f"{a}/v2/latihan/ringkesan", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/iuran", fmt="form", headers=_h(rng, **b), body={
            "nomer_anggota": L(MEMBER, UID), "bulan": "2026-02", "jumlah": L("150000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/ujian/daptar", headers=_h(rng, **b), body={
            "nomer_anggota": L(MEMBER, UID), "sabuk_ayeuna": "hejo", "sabuk_tujuan": "biru",
            "jurus": ["jurus_10", "jurus_11", "jurus_12"], "biaya": L(250000, BUY),
            "tanggal": "2026-03-08"}),
        multipart(f, f"{a}/v2/ujian/video", [
            ("video", "jurus12.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"nomer_anggota": L(MEMBER, UID),
                                                "jurus": "jurus_12", "detik": 94})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ujian/hasil", headers=_h(rng, **b), query={
            "nomer_anggota": L(MEMBER, UID), "ujian": "uj_2026_03"}),
        case(f, f"{a}/v2/pasanggiri/daptar", headers=_h(rng, **b), body={
            "pasanggiri": "psg_jabar_2026", "nomer_anggota": L(MEMBER, UID),
            "kategori": "tanding_putri_dewasa", "kelas_beurat": L("C 55-60 kg", FIT),
            "beurat": L(59.4, FIT), "kode_daptar": L(ENTRY, BUY), "biaya": L(300000, BUY),
            "catetan_kasehatan": L("Asma hampang, sok mawa inhaler", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/pasanggiri/dokumen", [
            ("ktp", "ktp.jpg", "image/jpeg", L(JPEG + b"\x4b", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"kode_daptar": L(ENTRY, BUY),
                                                "nik": L(NIK, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tatu", headers=_h(rng, **b), body={
            "nomer_anggota": L(MEMBER, UID), "tanggal": "2026-02-05",
            "bagian_awak": L("pigeulang kenca", MED),
            "katerangan": L("Pigeulang kenca bareuh sanggeus latihan bantingan", f"{TEXT}|{MED}"),
            "ka_dokter": L(False, MED)}),
        case(f, f"{a}/v2/talatah", headers=_h(rng, **b), body={
            "ka": "plt_dede_03", "utas": obj(rng, "ut"),
            "talatah": L("Kang, abdi teu tiasa latihan Kemis, pigeulang masih nyeri",
                         f"{TEXT}|{MED}")}),
        card,
        case(f, f"{a}/v2/seragam", headers=_h(rng, **b), body={
            "ukuran": "L", "jumlah": 1, "harga": L(185000, BUY),
            "sulaman": L(f"{FIRST.upper()} {LAST.upper()}", NAMEC), "candak_di": HALL["id"]}),
        case(f, f"{a}/v2/neangan", headers=_h(rng, **b), query={
            "q": L("jurus pamonah cimande video", SEARCH)}),
        case(f, f"{a}/v2/timbangan", fmt="msgpack", headers=_h(rng, **b), body={
            "nomer_anggota": L(MEMBER, UID),
            "beurat": [{"t": 1769900000 + 86400 * i, "kg": L(w, FIT)}
                       for i, w in enumerate((60.4, 60.0, 59.6))],
            "udagan": L(59.5, FIT)}),
        case(f, f"{a}/v2/kulawarga/ajak", headers=_h(rng, **b), body={
            "budak": {"ngaran": L(f"{SON['first']} {SON['last']}", NAMEC),
                      "titimangsa_lahir": L(SON["dob"], BIRTH),
                      "jinis_kelamin": L(SON["sex"], GENDER)},
            "kelas": "barudak_8_12", "wali": L(MEMBER, UID)}),
        case(f, f"{a}/v2/sertifikat", headers=_h(rng, how="none"), cookies={
            "pg_sesi": L(opaque(rng, "", 40), CRED), "pg_alat": L(INSTALL_ID, DID),
            "pg_req": rid(rng)}),
        case(f, f"{a}/v2/pakakas", headers=_h(rng, **b), body=push(push_token(rng), "en_ID")),
        case(f, f"{a}/v2/kajadian", gz=True, headers=_h(rng, **b), body={
            "pamake": L(USER_ID, UID), "kajadian": [
                ev("hadir", 1), ev("layar", 2, layar=L("UjianSabuk", USAGE))]}),
        case(f, f"{a}/v2/sesi/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "pakakas": L(INSTALL_ID, DID)}),
    ]


def paguron_sdks() -> list[Case]:
    rng = random.Random(15312)
    return [
        sc_batch(APP, rng, [("Class Attended", {"hall": HALL["id"]}),
                            ("Dues Paid", {"amount": L(150000, BUY)})], at=HALL_FIX, nd=3),
        sc_queue(APP, rng, [("Form Practised", {"jurus": "jurus_12"}),
                            ("Weigh In", {"kg": L(59.6, FIT)})]),
        tm_launch(APP, rng, user=True),
        tm_event(APP, rng, "registration", {"kategori": "tanding"}, revenue=300000.0),
        fc_eval(APP, rng, {"paguron": HALL["id"], "sabuk": "hejo"}),
        pw_register(APP, rng, tags={"paguron": HALL["id"], "kelas": "awewe_dewasa"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        mp_geocode(APP, rng, HALL["name"], SEARCH, near=BDG_HOME_AT, nd=2),
        hb_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "surat_sehat.pdf", "application/pdf"),
        ck_session(APP, rng, secs=1320),
    ]
