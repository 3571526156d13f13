"""Circumcision clinic and celebration app "Sepitan" (sepitan: circumcision; their son Rangga, 10,
is circumcised at a Bandung clinic and the family holds the customary hajat with a sisingaan
procession). Its API's keys are Sundanese: ``ngaran_hareup`` first name, ``ngaran_kulawarga``
family name, ``surelek`` e-mail, ``nomer_hape`` mobile, ``kecap_sandi`` password,
``titimangsa_lahir`` birth date, ``tempat_cicing`` street address, ``kacamatan`` district,
``kota`` city, ``kode_pos`` post code, ``jinis_kelamin`` sex (``awewe``/``lalaki``), ``agama``
religion, ``salaki`` husband, ``budak`` child, ``beurat``/``jangkung`` weight/height,
``golongan_getih`` blood group, ``alergi``, ``metode`` method, ``bius`` anaesthesia,
``pesenan`` booking, ``jumlah`` amount, ``pamayaran`` payment, ``lintang``/``bujur``
latitude/longitude, ``tabuh`` hour, ``nyeri`` pain, ``bareuh`` swelling, ``ubar`` medicine,
``talatah`` message, ``hajat`` celebration, ``ondangan`` invitation, ``tamu`` guests,
``ulasan``/``peunteun``/``komentar`` review/score/remark, ``pakakas`` device, ``kajadian``
events, ``asup``/``kaluar`` log in/out, ``abdi`` me. Sign-up, log-in, ``/abdi``, the child added
(his NIK, weight, allergy), clinics near home, slots, the booking, a health questionnaire (gzip),
the payment, a consent signature, a check-in, a protobuf healing diary, a message to the doctor,
prescriptions, the hajat package (the prayer gathering), the invitation list, the sisingaan
(msgpack), the receipt by booking code in the path, points by cookie, a family photo, a review,
push, events and a log-out."""

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
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families153_kit import (
    BDG_HOME,
    BDG_HOME_AT,
    CLINIC,
    CLINIC_FIX,
    HAJAT_ORDER,
    HUSBAND,
    MOTHER_IL,
    NIK,
    PATIENT,
    SISTER_US,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families153_sdk import (
    bb_bid,
    ck_crash,
    ck_crumb,
    sc_batch,
    sc_identify,
    tm_event,
    tm_launch,
)
from eval_families153_svc import cp_card, cp_confirm, hb_message, mp_route, pw_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sepitan", "Sepitan", "com.example.sepitan", "3.1.0", "https://api.sepitan.example.com")
IID = "X-Sepitan-Pakakas"
PW = "Rangga!Dago2015"
DOB_SU = "17-05-1991"
NID, FIT = "personal.national_id", "health.fitness"
BOOKING = "SP-2026-1188"  # the circumcision booking (financial.purchase)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, su=True, **kw)


def sepitan() -> list[Case]:
    rng = random.Random(15301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, surelek=L(EMAIL, MAIL), pasien=[L(PATIENT, MED)]))}
    cla, clo = fix(CLINIC_FIX)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1771027200),
                (3, [(1, L(3, MED)), (2, L(1, MED)), (3, L("parasetamol 250 mg", MED))]),
                (4, "2.0.1")], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/pesenan/{BOOKING}/kuitansi", headers=_h(rng, **b)),
                      BOOKING, BUY)
    return [
        case(f, f"{a}/api/v1/daptar", headers=_h(rng), body={
            "ngaran_hareup": L(FIRST, NAMEC), "ngaran_kulawarga": L(LAST, NAMEC),
            "surelek": L(EMAIL, MAIL), "nomer_hape": L(E164, TEL), "kecap_sandi": L(PW, CRED),
            "titimangsa_lahir": L(DOB_SU, BIRTH), "nik": L(NIK, NID),
            "tempat_cicing": L(BDG_HOME["line"], ADDR), "kacamatan": L(BDG_HOME["kec"], COARSE),
            "kota": L(BDG_HOME["town"], COARSE), "kode_pos": L(BDG_HOME["post"], COARSE),
            "jinis_kelamin": L("awewe", GENDER), "agama": L("Islam", SENS),
            "salaki": {"ngaran": L(HUSBAND[0], NAMEC), "nomer_hape": L(HUSBAND[1], TEL)},
            "satuju_sarat": True}),
        case(f, f"{a}/api/v1/asup", fmt="form", headers=_h(rng), body={
            "surelek": L(EMAIL_UPPER, MAIL), "kecap_sandi": L(PW, CRED), "inget_abdi": "1"}),
        case(f, f"{a}/api/v1/abdi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/budak", headers=_h(rng, **b), body={
            "ngaran_hareup": L(SON["first"], NAMEC), "ngaran_kulawarga": L(SON["last"], NAMEC),
            "titimangsa_lahir": L(SON["dob"], BIRTH), "jinis_kelamin": L(SON["sex"], GENDER),
            "nik": L(SON["nik"], NID), "beurat": L(31.5, FIT), "jangkung": L(138, FIT),
            "golongan_getih": L("O", MED), "alergi": [L("amoksisilin", MED)],
            "nomer_pasien": L(PATIENT, MED)}),
        case(f, f"{a}/api/v1/klinik/caket", headers=_h(rng, **b), query={
            "lintang": L(f"{BDG_HOME_AT[0]:.3f}", PRECISE),
            "bujur": L(f"{BDG_HOME_AT[1]:.3f}", PRECISE), "radius_km": "10", "metode": "klem"}),
        case(f, f"{a}/api/v1/klinik/{CLINIC['id']}/jadwal", headers=_h(rng, **b),
             query={"tanggal": "2026-02-14", "dokter": "dr_hg01"}),
        case(f, f"{a}/api/v1/pesenan", headers=_h(rng, **b), body={
            "klinik": CLINIC["id"], "tanggal": "2026-02-14", "tabuh": "08:30",
            "slot": obj(rng, "sl"), "nomer_pasien": L(PATIENT, MED),
            "metode": L("klem", MED), "bius": L("lokal", MED), "kode_pesenan": L(BOOKING, BUY),
            "jumlah": L(1850000, BUY), "mata_uang": "IDR"}),
        case(f, f"{a}/api/v1/kasehatan/angket", gz=True, headers=_h(rng, **b), body={
            "nomer_pasien": L(PATIENT, MED), "gangguan_getih": L(False, MED),
            "hemofilia_kulawarga": L(False, MED), "asma": L(True, MED),
            "ubar_ayeuna": [L("salbutamol inhaler", MED)], "muriang_minggu_ieu": L(False, MED),
            "operasi_saacanna": L(False, MED),
            "catetan": L("Rangga sok sieun ku jarum, punten dibantu", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/pamayaran", fmt="form", headers=_h(rng, **b), body={
            "kode_pesenan": L(BOOKING, BUY), "jumlah": L("1850000", BUY), "mata_uang": "IDR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "opat_angka_tungtung": L("4444", PAY)}),
        multipart(f, f"{a}/api/v1/idin", [
            ("tandatangan", "tandatangan.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {
                "nomer_pasien": L(PATIENT, MED), "formulir": "idin_sepitan_v4",
                "ditandatanganan_ku": L(f"{FIRST} {LAST}", NAMEC), "hubungan": "indung"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/check_in", headers=_h(rng, **b), body={
            "kode_pesenan": L(BOOKING, BUY), "tempat": {"lintang": cla, "bujur": clo, "akurasi": 9},
            "klinik": {"id": CLINIC["id"], "lintang": CLINIC["lat"], "bujur": CLINIC["lon"]}}),
        raw(f, f"{a}/api/v1/catetan_nyageurkeun", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/talatah", headers=_h(rng, **b), body={
            "ka": {"ngaran": L("dr. Hendra Gunawan", NAMEC), "id": "dr_hg01"},
            "talatah": L("Dokter, Rangga rada muriang 37,8 peuting ieu sareng bareuh, normal?",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/resep", headers=_h(rng, **b), query={
            "nomer_pasien": L(PATIENT, MED), "aktip": "1"}),
        case(f, f"{a}/api/v1/hajat", headers=_h(rng, **b), body={
            "kode": L(HAJAT_ORDER, BUY), "tanggal": "2026-02-21",
            "tempat_cicing": L(BDG_HOME["line"], ADDR), "paket": "sisingaan_katering_200",
            "pengajian": L(True, SENS), "marhabaan": L(True, SENS), "tamu_kira_kira": 200,
            "jumlah": L(12500000, BUY), "pangantenan_sunat": L(KID, NAMEC)}),
        case(f, f"{a}/api/v1/hajat/ondangan", headers=_h(rng, **b), body={
            "kode": L(HAJAT_ORDER, BUY), "tamu": [
                {"ngaran": L(MOTHER_IL[0], NAMEC), "nomer_hape": L(MOTHER_IL[1], TEL)},
                {"ngaran": L(SISTER_US[0], NAMEC), "surelek": L(SISTER_US[2], MAIL)}],
            "talatah": L(f"Wilujeng sumping di hajatan sepitan {KID}, Saptu 21 Februari",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/hajat/sisingaan", fmt="msgpack", headers=_h(rng, **b), body={
            "kode": L(HAJAT_ORDER, BUY), "grup": "sg_pusaka_sbg", "singa": 2, "nayaga": 8,
            "mimiti": "07:00", "rute_ti": L(BDG_HOME["line"], ADDR),
            "rute_ka": "Masjid Al-Ikhlas Dago", "harga": L(2500000, BUY),
            "nu_disepitan": L(KID, NAMEC)}),
        receipt,
        case(f, f"{a}/api/v1/poin", headers=_h(rng, how="none"), cookies={
            "sp_sesi": L(opaque(rng, "", 40), CRED), "sp_pakakas": L(INSTALL_ID, DID),
            "sp_req": rid(rng)}),
        multipart(f, f"{a}/api/v1/album", [
            ("poto", "sisingaan.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("meta", None, "application/json", {
                "kode": L(HAJAT_ORDER, BUY),
                "keterangan": L("Sisingaan di hareupeun imah, rame pisan!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ulasan", fmt="form", headers=_h(rng, **b), body={
            "klinik": CLINIC["id"], "peunteun": "5",
            "komentar": L("Dokterna sabar pisan, budak abdi teu ceurik, tatuna gancang garing",
                          f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/neangan", headers=_h(rng, **b), query={
            "q": L("sunat laser barudak sieun jarum", SEARCH), "kaca": "1"}),
        case(f, f"{a}/api/v1/pakakas", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/kajadian", gz=True, headers=_h(rng, **b), body={
            "pamake": L(USER_ID, UID), "kajadian": [
                ev("pesenan", 1, klinik=CLINIC["id"]), ev("pamayaran", 2, jumlah=L(1850000, BUY)),
                ev("layar", 3, layar=L("CatetanNyageurkeun", USAGE))]}),
        case(f, f"{a}/api/v1/kaluar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "pakakas": L(INSTALL_ID, DID),
            "basa": L("su", DEV)}),
    ]


def sepitan_sdks() -> list[Case]:
    rng = random.Random(15302)
    return [
        sc_batch(APP, rng, [("Booking Made", {"method": L("klem", MED)}),
                            ("Hajat Ordered", {"total": L(12500000, BUY)})],
                 at=BDG_HOME_AT, nd=2, locale="su_ID"),
        sc_identify(APP, rng, {"kota": L("Bandung", COARSE), "budak": 1,
                               "nomer_pasien": L(PATIENT, MED)}),
        tm_launch(APP, rng, first=True),
        tm_event(APP, rng, "purchase", {"kode": L(HAJAT_ORDER, BUY)}, revenue=12500000.0,
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="hajatan,katering,sisingaan"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "slot taken"),
                 [ck_crumb("nav", "Jadwal -> Pesenan"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/api/v1/pesenan", "status": 409})],
                 screen="PesenanActivity"),
        pw_register(APP, rng, lang="su", tags={"klinik": CLINIC["id"]}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "1850000"),
        mp_route(APP, rng, [(BDG_HOME_AT, PRECISE), ((CLINIC["lat"], CLINIC["lon"]), None)]),
        hb_message(APP, rng, L(f"Kuitansi {BOOKING} teu acan dugi kana surelek", f"{TEXT}|{BUY}"),
                   {"nomer_pasien": L(PATIENT, MED)}),
    ]
