"""Songbird contest app "Gantangan" (gantangan: the poles the cages hang from at a contest; her
husband keeps a magpie-robin and a shama, and the club account is in her name). Its API's keys
are Sundanese: ``ngaran`` name, ``surelek`` e-mail, ``nomer_hape`` mobile, ``kecap_sandi``
password, ``kota`` city, ``klub`` club, ``nomer_anggota`` member number, ``manuk`` bird,
``jenis`` species, ``ring`` leg ring, ``nu_boga`` owner, ``pasanggiri`` contest, ``kelas``
class, ``tiket`` ticket, ``jumlah`` amount, ``pamayaran`` payment, ``lapangan`` field, ``tempat``
place, ``catetan_rawat`` care log (``pakan`` feed, ``mandi`` bath, ``jemur`` sunning), ``sora``
song recording, ``hasil`` results, ``dijual`` for sale, ``harga`` price, ``kontak`` contact,
``talatah`` message, ``neangan`` search, ``toko`` shop, ``pesenan`` order, ``kirim_ka`` ship
to, ``tempat_cicing`` street address, ``iuran`` dues, ``kartu`` card, ``komentar`` comment,
``lintang``/``bujur`` latitude/longitude. Sign-up, log-in, ``/abdi``, the birds registered,
contests in Bandung, contest tickets, their payment, the check-in at the field with her fix, a
care log (msgpack), a song recording, results by member number, a bird listed for sale, a
message to a buyer with her address, a search, a feed order delivered home, shops near home (3
decimals), club dues, the member card by number in the path, a live-stream comment, points by
cookie (a base64 JSON preferences cookie), push, events and a log-out. No earlier set has a
songbird contest (a docstring grep for "songbird", "kicau" and "manuk" found nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    M4A,
    MAIL,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families153_kit import (
    BDG_HOME,
    BDG_HOME_AT,
    BIRDS,
    HUSBAND,
    KICAU,
    VENUE,
    VENUE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families153_sdk import bb_bid, ck_crash, ck_crumb, sc_batch, sc_pixel, tm_event, tm_launch
from eval_families153_svc import cs_save, hb_attach, mp_geocode, pw_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("gantangan", "Gantangan", "com.example.gantangan", "4.6.0",
          "https://api.gantangan.example.com")
IID = "X-Gantangan-Id"
PW = "MuraiBatu!2026"
CONTEST = "psg_bdg_0301"  # a contest (a negative)
ENTRY = "GT-26-0301-33"  # her contest tickets (financial.purchase)
FEED_ORDER = "TK-55120"  # a feed order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def gantangan() -> list[Case]:
    rng = random.Random(15361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, anggota=L(KICAU, UID), surelek=L(EMAIL, MAIL)))}
    vla, vlo = fix(VENUE_FIX)
    card = at_path(case(f, f"{a}/api/anggota/{KICAU}/kartu", headers=_h(rng, **b)), KICAU, UID)
    return [
        case(f, f"{a}/api/daptar", headers=_h(rng), body={
            "ngaran": L(f"{FIRST} {LAST}", NAMEC), "surelek": L(EMAIL, MAIL),
            "nomer_hape": L(E164, TEL), "kecap_sandi": L(PW, CRED),
            "kota": L(BDG_HOME["town"], COARSE), "klub": "kicau_bdg_kidul",
            "nomer_anggota": L(KICAU, UID)}),
        case(f, f"{a}/api/asup", fmt="form", headers=_h(rng), body={
            "surelek": L(EMAIL_UPPER, MAIL), "kecap_sandi": L(PW, CRED), "inget": "1"}),
        case(f, f"{a}/api/abdi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/manuk", headers=_h(rng, **b), body={
            "nomer_anggota": L(KICAU, UID), "nu_boga": L(f"{FIRST} {LAST}", NAMEC),
            "nu_ngurus": L(HUSBAND[0], NAMEC), "manuk": BIRDS}),
        case(f, f"{a}/api/pasanggiri", headers=_h(rng, **b), query={
            "kota": L("Bandung", COARSE), "ti": "2026-03-01", "dugi": "2026-03-31"}),
        case(f, f"{a}/api/pasanggiri/tiket", headers=_h(rng, **b), body={
            "pasanggiri": CONTEST, "kelas": ["murai_batu_utama", "kacer_bebas"],
            "ring": [BIRDS[0]["ring"], BIRDS[1]["ring"]], "kode_tiket": L(ENTRY, BUY),
            "jumlah": L(250000, BUY), "nomer_anggota": L(KICAU, UID)}),
        case(f, f"{a}/api/pamayaran", fmt="form", headers=_h(rng, **b), body={
            "kode_tiket": L(ENTRY, BUY), "jumlah": L("250000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "opat_angka_tungtung": L("4444", PAY)}),
        case(f, f"{a}/api/check_in", headers=_h(rng, **b), body={
            "kode_tiket": L(ENTRY, BUY), "nomer_gantangan": 14,
            "tempat": {"lintang": vla, "bujur": vlo},
            "lapangan": {"id": VENUE["id"], "lintang": VENUE["lat"], "bujur": VENUE["lon"]}}),
        case(f, f"{a}/api/catetan_rawat", fmt="msgpack", headers=_h(rng, **b), body={
            "ring": BIRDS[0]["ring"], "pakan": "kroto", "mandi": True, "jemur_menit": 45,
            "catetan": L("Si Jalu rada males sora isuk ieu, dipasihan jangkrik tambahan", TEXT),
            "pamake": L(USER_ID, UID)}),
        multipart(f, f"{a}/api/sora", [
            ("sora", "si_jalu.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"ring": BIRDS[0]["ring"], "detik": 60,
                                                "nomer_anggota": L(KICAU, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/hasil/{CONTEST}", headers=_h(rng, **b), query={
            "nomer_anggota": L(KICAU, UID)}),
        case(f, f"{a}/api/dijual", headers=_h(rng, **b), body={
            "ring": BIRDS[1]["ring"], "jenis": BIRDS[1]["jenis"], "harga": 3500000,
            "kontak": L(E164, TEL), "kota": L("Bandung", COARSE),
            "katerangan": L("Kacer gacor, juara 2 kelas bebas, siap pasanggiri", TEXT)}),
        case(f, f"{a}/api/talatah", headers=_h(rng, **b), body={
            "ka": "usr_k8w2mh4", "utas": obj(rng, "ut"),
            "talatah": L(f"Mangga ka imah wae, {BDG_HOME['line']}, sonten tabuh opat",
                         f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/api/neangan", headers=_h(rng, **b), query={
            "q": L("pakan kroto murai batu", SEARCH)}),
        case(f, f"{a}/api/toko/caket", headers=_h(rng, **b), query={
            "lintang": L(f"{BDG_HOME_AT[0]:.3f}", PRECISE),
            "bujur": L(f"{BDG_HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/api/toko/pesenan", headers=_h(rng, **b), body={
            "kode_pesenan": L(FEED_ORDER, BUY),
            "barang": [{"sku": "kroto_250", "qty": 2}, {"sku": "jangkrik_1kg", "qty": 1}],
            "kirim_ka": {"ngaran": L(f"{FIRST} {LAST}", NAMEC),
                         "tempat_cicing": L(BDG_HOME["line"], ADDR),
                         "kota": L(BDG_HOME["town"], COARSE), "nomer_hape": L(E164, TEL)},
            "jumlah": L(138000, BUY)}),
        case(f, f"{a}/api/klub/iuran", fmt="form", headers=_h(rng, **b), body={
            "nomer_anggota": L(KICAU, UID), "taun": "2026", "jumlah": L("120000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        card,
        case(f, f"{a}/api/live/komentar", headers=_h(rng, **b), body={
            "siaran": "lv_" + CONTEST, "komentar": L("Si Jalu gacor pisan, hayu!", TEXT)}),
        case(f, f"{a}/api/poin", headers=_h(rng, how="none"), cookies={
            "gt_sesi": L(opaque(rng, "", 40), CRED), "gt_dev": L(INSTALL_ID, DID),
            "gt_pref": W({"kota": L("Bandung", COARSE), "basa": L("su", DEV)}, "b64json")}),
        case(f, f"{a}/api/pakakas", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/kajadian", gz=True, headers=_h(rng, **b), body={
            "pamake": L(USER_ID, UID), "kajadian": [
                ev("tiket", 1, jumlah=L(250000, BUY)), ev("layar", 2, layar=L("Hasil", USAGE))]}),
        case(f, f"{a}/api/kaluar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "pakakas": L(INSTALL_ID, DID)}),
    ]


def gantangan_sdks() -> list[Case]:
    rng = random.Random(15362)
    return [
        sc_batch(APP, rng, [("Ticket Bought", {"total": L(250000, BUY)}),
                            ("Song Uploaded", {"seconds": 60})], at=VENUE_FIX, nd=2),
        sc_pixel(APP, rng, "Results Opened", {"contest": CONTEST}),
        tm_launch(APP, rng, first=True),
        tm_event(APP, rng, "ticket", {"kode": L(ENTRY, BUY)}, revenue=250000.0, hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=VENUE_FIX, nd=3,
               keywords="kicau,murai,pakan"),
        ck_crash(APP, rng, ("java.lang.OutOfMemoryError", "m4a encoder"),
                 [ck_crumb("nav", "Manuk -> Sora"), ck_crumb("tap", "rekam")],
                 screen="SoraActivity"),
        pw_register(APP, rng, tags={"klub": "kicau_bdg_kidul"}),
        cs_save(APP, rng, {"analytics": True, "marketing": True}),
        mp_geocode(APP, rng, VENUE["name"], SEARCH, near=BDG_HOME_AT, nd=2),
        hb_attach(APP, rng, L(M4A, MEDIA), "sora_kacer.m4a", "audio/mp4"),
    ]
