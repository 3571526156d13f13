"""Hamlet council app "Kulkul" (the slit drum that calls a banjar together) of Banjar Tegeh Renon,
the customary hamlet of their street in Denpasar: membership, dues, communal work (ngayah) for
the temple's rites, the youth's ogoh-ogoh for Nyepi eve, a Nyepi-day exemption, reports to the
pecalang (customary guards), the registration of a guest, meetings, the funeral fund, the night
watch, the household. Its API's keys are Balinese with Indonesian civic loans: ``adan`` name,
``kurenan`` spouse, ``nomer_kk`` family card number, ``kitas``, ``alamat``, ``banjar``,
``status_krama`` membership kind, ``agama`` religion, ``krama`` member household, ``urunan``
dues, ``ngayah`` communal work, ``punia`` gift, ``ogoh_ogoh``, ``ijin`` permission, ``sebab``
reason, ``sopir`` driver, ``laporan`` report, ``tamiu`` guest, ``paspor``, ``paruman`` meeting,
``suka_duka`` the funeral and wedding fund, ``ronda`` night watch, ``kulawarga`` household,
``yusa`` age, ``pabesen`` message, ``alih`` search, ``lat``/``lng``, ``wifi``. Calls: joining
(her KITAS, the family card, her husband), a log-in, ``/tiang`` with a JWT, dues, a payment, a
ngayah shift, the ogoh-ogoh gift, the Nyepi exemption for the child, a pecalang report with a
photo (5 decimals), notices by cookie, a guest registered (her sister's passport), the member
card by number in the path, the meeting check-in (4 decimals), a funeral-fund gift, a message to
the group, a night-watch swap (msgpack), an offline queue of ngayah scans (JSON Lines), a search,
the household, the bale banjar's Wi-Fi, push and events. New: "banjar", "hamlet", "nyepi" and
"ogoh" matched nothing; set 151 has a residents' association: a banjar is a customary hamlet
with religious duties, its own guards and a funeral fund."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families247_kit import (
    BALE_FIX,
    BANJAR,
    HOME,
    HOME_AT,
    HUSBAND,
    KID,
    KITAS,
    KK,
    KRAMA,
    MOTHER_IL,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families247_sdk import (
    bl_bid,
    bl_notice,
    ck_crash,
    ck_crumb,
    mk_batch,
    mk_pixel,
    tb_launch,
    tb_link,
)
from eval_families247_svc import cs_check, hm_message, mb_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kulkul", "Kulkul", "com.example.kulkul", "4.1.2", "https://api.kulkul.example.net")
IID = "X-Kulkul-Device"
NID = "personal.national_id"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ban=True, **kw)


def kulkul() -> list[Case]:
    rng = random.Random(24751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, krama=L(KRAMA, UID), email=L(EMAIL, MAIL)))}
    rla, rlo = fix((HOME_AT[0] + 0.00041, HOME_AT[1] - 0.00052), 5)
    bla, blo = fix(BALE_FIX, 4)
    card = at_path(case(f, f"{a}/api/krama/{KRAMA}/kartu", headers=_h(rng, **b)), KRAMA, UID)
    return [
        case(f, f"{a}/api/krama/daftar", headers=_h(rng), body={
            "adan": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "hp": L(E164, TEL),
            "kitas": L(KITAS, NID), "nomer_kk": L(KK, NID),
            "kurenan": {"adan": L(HUSBAND[0], NAMEC), "nik": L(HUSBAND[2], NID)},
            "alamat": L(HOME["line"], ADDR), "banjar": L(BANJAR["name"], COARSE),
            "status_krama": L("krama pengarep", REL), "agama": L("Hindu", REL),
            "krama": L(KRAMA, UID), "sandi": L("Kulkul@Tegeh9", CRED)}),
        case(f, f"{a}/api/macelep", fmt="form", headers=_h(rng), body={
            "hp": L(E164, TEL), "sandi": L("Kulkul@Tegeh9", CRED)}),
        case(f, f"{a}/api/tiang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/urunan", headers=_h(rng, **b), query={
            "krama": L(KRAMA, UID), "tahun": "2026"}),
        case(f, f"{a}/api/urunan/mayah", fmt="form", headers=_h(rng, **b), body={
            "krama": L(KRAMA, UID), "jumlah": L("60000", BUY), "periode": "2026-02",
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/ngayah", headers=_h(rng, **b), body={
            "karya": L("piodalan Pura Dalem", REL), "rahina": "2026-03-02",
            "tugas": L("metanding banten", REL), "krama": L(KRAMA, UID),
            "sareng": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)]}),
        case(f, f"{a}/api/ogoh-ogoh/punia", headers=_h(rng, **b), body={
            "sekaa": "st_tegeh", "punia": L(200000, BUY), "krama": L(KRAMA, UID),
            "rahina": L("pengerupukan", REL)}),
        case(f, f"{a}/api/nyepi/ijin", headers=_h(rng, **b), body={
            "krama": L(KRAMA, UID),
            "sebab": L(f"Pianak tiange {KID} kari cenik, sering step yening panes. Yening "
                       "gelem, dados ka rumah sakit?", f"{TEXT}|{MED}|{NAMEC}"),
            "sopir": {"adan": L(HUSBAND[0], NAMEC), "hp": L(HUSBAND[1], TEL)},
            "kendaraan": "DK 4471 KB"}),
        multipart(f, f"{a}/api/laporan", [
            ("foto", "lampu_mati.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "kategori": "lampu_jalan", "genah": {"lat": rla, "lng": rlo},
                "catetan": L("Lampu gang sampun seminggu mati, peteng pisan", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/pengumuman", headers=_h(rng, how="none"), cookies={
            "kk_sesi": L(opaque(rng, "", 40), CRED), "kk_dev": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        case(f, f"{a}/api/tamiu", headers=_h(rng, **b), body={
            "adan": L(SISTER_US[0], NAMEC), "paspor": L("561177402", NID),
            "hp": L(SISTER_US[1], TEL), "saking": "2026-03-10", "kantos": "2026-03-24",
            "genah_nginep": L(HOME["line"], ADDR), "krama": L(KRAMA, UID)}),
        card,
        case(f, f"{a}/api/paruman/hadir", headers=_h(rng, **b), body={
            "paruman": obj(rng, "pr"), "krama": L(KRAMA, UID),
            "genah": {"lat": bla, "lng": blo},
            "bale": {"lat": BANJAR["lat"], "lng": BANJAR["lon"]}}),
        case(f, f"{a}/api/suka-duka/punia", fmt="form", headers=_h(rng, **b), body={
            "krama": L(KRAMA, UID), "punia": L("100000", BUY),
            "pabesen": L("Turut berduka, dumogi amor ring acintya", f"{TEXT}|{REL}")}),
        case(f, f"{a}/api/chat", headers=_h(rng, **b), body={
            "grup": "krama_istri",
            "pabesen": L("Sira sane ngaba janur buin mani? Tiang prasida ngaba bunga.",
                         TEXT)}),
        case(f, f"{a}/api/ronda/tukar", fmt="msgpack", headers=_h(rng, **b), body={
            "ronda": obj(rng, "rd"), "krama": L(KRAMA, UID),
            "gentos": {"adan": L(HUSBAND[0], NAMEC)}, "wengi": "2026-02-21"}),
        lines(f, f"{a}/api/ngayah/scan", [
            {"krama": L(KRAMA, UID), "t": 1772409600, "pos": "pos_dapur"},
            {"krama": L(KRAMA, UID), "t": 1772424000, "pos": "pos_dapur", "menit": 240}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/alih", headers=_h(rng, **b), query={
            "alih": L("jadwal ngayah piodalan dalem", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/api/kulawarga", headers=_h(rng, **b), body={
            "krama": L(KRAMA, UID), "kulawarga": [
                {"adan": L(HUSBAND[0], NAMEC), "hp": L(HUSBAND[1], TEL)},
                {"adan": L(KID, NAMEC), "yusa": L(3, BIRTH)},
                {"adan": L(MOTHER_IL[0], NAMEC), "hubungan": "matua"}]}),
        case(f, f"{a}/api/wifi/bale", headers=_h(rng, **b), body={
            "ssid": L(BANJAR["ssid"], WIFI), "bssid": L(BANJAR["bssid"], WIFI),
            "ip_lokal": L("10.0.8.114", DEV), "krama": L(KRAMA, UID)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "ban_ID")),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("urunan_paid", 1), ev("screen", 2, screen=L("Pengumuman", USAGE)),
                ev("ngayah_joined", 3, karya=L("piodalan", REL))]}),
    ]


def kulkul_sdks() -> list[Case]:
    rng = random.Random(24752)
    link = U("https://kulkul.example.net/punia", {"sekaa": "st_tegeh", "src": "wa",
                                                 "em": L(EMAIL, MAIL)})
    return [
        mk_batch(APP, rng, [("Dues Paid", {"amount": L(60000, BUY)}),
                            ("Ngayah Joined", {"rite": L("piodalan", REL)})],
                 at=BALE_FIX, nd=2, locale="ban_ID"),
        mk_pixel(APP, rng, "Notice Opened", {"notice": "pg_0218"}),
        tb_launch(APP, rng, first=True),
        tb_link(APP, rng, link),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="bali,nyepi,community"),
        bl_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "ronda list"),
                 [ck_crumb("nav", "Ronda -> Tukar")], screen="RondaActivity"),
        pk_register(APP, rng, lang="ban", tags={"banjar": BANJAR["id"],
                                                "krama_istri": L(True, "personal.gender")}),
        cs_check(APP, rng, {"analytics": True}),
        mb_route(APP, rng, [(HOME_AT, "location.precise"), ((BANJAR["lat"], BANJAR["lon"]),
                                                             None)], mode="walking"),
        hm_message(APP, rng, L("Urunan Februari kacatet kalih pisan", TEXT),
                   {"krama": L(KRAMA, UID)}),
    ]
