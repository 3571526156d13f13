"""Pick-your-own strawberry farm app "Metikan" (metik: to pick; a farm in Rancabali, Ciwidey, south
of Bandung). Its API's keys are Sundanese: ``ngaran`` name, ``surelek`` e-mail, ``nomer_hape``
mobile, ``kecap_sandi`` password, ``kode`` code, ``kebon`` farm, ``tiket`` ticket, ``dewasa``
adults, ``budak`` child, ``umur`` age, ``jumlah`` amount, ``pamayaran`` payment, ``gerbang``
gate, ``karanjang`` basket, ``timbang`` weigh, ``harga`` price, ``kagiatan`` activity,
``keterangan`` caption, ``ulasan``/``peunteun``/``komentar`` review/score/remark, ``neangan``
search, ``kirim_ka`` ship to, ``tempat_cicing`` street address, ``kelurahan``/``kacamatan``
ward/district, ``kota`` city, ``kode_pos`` post code, ``talatah`` message, ``hadiah`` gift,
``panarima`` recipient, ``cuaca`` weather, ``lintang``/``bujur`` latitude/longitude. Sign-up, an
SMS code, ``/abdi``, farms near home (2 decimals), ticket types, tickets for the three of them,
the payment, the gate check-in with her fix, the weigh-out of the baskets (msgpack), the farm's
Wi-Fi, a pony ride for her son, a photo, a review, a search, jam delivered home, the tickets by
code in the path, points by cookie, a lost item, a gift voucher for her sister, the farm's
weather, push and events. No earlier set has a pick-your-own farm (a docstring grep for
"strawberr" and "pick-your-own" found nothing)."""

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
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
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
from eval_families24_kit import claims, rid
from eval_families153_kit import (
    BDG_HOME,
    BDG_HOME_AT,
    FARM,
    ROW_FIX,
    SISTER_US,
    SON,
    TICKET,
    fix,
    hd,
    push,
)
from eval_families153_sdk import (
    bb_bid,
    sc_batch,
    sc_pixel,
    tm_event,
    tm_launch,
    tm_link,
)
from eval_families153_svc import cp_card, cp_confirm, mp_reverse, mp_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("metikan", "Metikan", "com.example.metikan", "1.8.0", "https://api.metikan.example.org")
IID = "X-Metikan-Install"
FIT = "health.fitness"
JAM_ORDER = "MT-PS-20331"  # jam delivered home (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, su=True, **kw)


def metikan() -> list[Case]:
    rng = random.Random(15321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nomer_hape=L(E164, TEL), surelek=L(EMAIL, MAIL)))}
    rla, rlo = fix(ROW_FIX)
    tickets = at_path(case(f, f"{a}/api/tiket/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/api/daptar", headers=_h(rng), body={
            "ngaran": L(f"{FIRST} {LAST}", NAMEC), "surelek": L(EMAIL, MAIL),
            "nomer_hape": L(E164, TEL), "kota": L(BDG_HOME["town"], COARSE),
            "narima_promo": False}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "nomer_hape": L(E164, TEL), "kode": L("551907", CRED)}),
        case(f, f"{a}/api/abdi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/kebon/caket", headers=_h(rng, **b), query={
            "lintang": L(f"{BDG_HOME_AT[0]:.2f}", COARSE),
            "bujur": L(f"{BDG_HOME_AT[1]:.2f}", COARSE), "jenis": "stroberi"}),
        case(f, f"{a}/api/kebon/{FARM['id']}/tiket", headers=_h(rng, **b),
             query={"tanggal": "2026-02-22"}),
        case(f, f"{a}/api/tiket", headers=_h(rng, **b), body={
            "kebon": FARM["id"], "tanggal": "2026-02-22", "dewasa": 2, "budak": 1,
            "umur_budak": [L(10, BIRTH)], "kode_tiket": L(TICKET, BUY), "jumlah": L(75000, BUY),
            "ngaran_pamesen": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/pamayaran", fmt="form", headers=_h(rng, **b), body={
            "kode_tiket": L(TICKET, BUY), "jumlah": L("75000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/check_in", headers=_h(rng, **b), body={
            "kode_tiket": L(TICKET, BUY), "gerbang": "g1",
            "tempat": {"lintang": rla, "bujur": rlo, "akurasi": 6},
            "kebon": {"lintang": FARM["lat"], "bujur": FARM["lon"]}}),
        case(f, f"{a}/api/timbang", fmt="msgpack", headers=_h(rng, **b), body={
            "kode_tiket": L(TICKET, BUY),
            "karanjang": [{"no": i + 1, "gram": g, "harga": g * 100}
                          for i, g in enumerate((850, 640))],
            "jumlah": L(149000, BUY), "kasir": "ks_03"}),
        case(f, f"{a}/api/wifi/asup", headers=_h(rng, **b), body={
            "ssid": L(FARM["ssid"], WIFI), "bssid": L(FARM["bssid"], WIFI),
            "ip_lokal": L("10.0.8.41", DEV), "kode_tiket": L(TICKET, BUY)}),
        case(f, f"{a}/api/kagiatan", headers=_h(rng, **b), body={
            "kagiatan": "kuda_poni", "kode_tiket": L(TICKET, BUY),
            "budak": {"ngaran": L(f"{SON['first']} {SON['last']}", NAMEC), "umur": L(10, BIRTH),
                      "beurat": L(31.5, FIT)}, "jumlah": L(20000, BUY)}),
        multipart(f, f"{a}/api/poto", [
            ("poto", "stroberi.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {
                "kebon": FARM["id"],
                "keterangan": L("Panen stroberi munggaran Rangga!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ulasan", headers=_h(rng, **b), body={
            "kebon": FARM["id"], "peunteun": 4,
            "komentar": L("Stroberina amis, tapi jalanna leutak pisan sanggeus hujan", TEXT)}),
        case(f, f"{a}/api/neangan", headers=_h(rng, **b), query={
            "q": L("stroberi organik ciwidey kolam renang", SEARCH), "kaca": "1"}),
        case(f, f"{a}/api/pesenan/kirim", headers=_h(rng, **b), body={
            "kode_pesenan": L(JAM_ORDER, BUY),
            "barang": [{"produk": "selai_stroberi_250", "qty": 3},
                       {"produk": "dodol_stroberi", "qty": 2}],
            "kirim_ka": {"ngaran": L(f"{FIRST} {LAST}", NAMEC),
                         "tempat_cicing": L(BDG_HOME["line"], ADDR),
                         "kelurahan": L(BDG_HOME["kel"], COARSE),
                         "kacamatan": L(BDG_HOME["kec"], COARSE),
                         "kota": L(BDG_HOME["town"], COARSE),
                         "kode_pos": L(BDG_HOME["post"], COARSE), "nomer_hape": L(E164, TEL)},
            "ongkir": L(18000, BUY), "jumlah": L(114000, BUY)}),
        tickets,
        case(f, f"{a}/api/poin", headers=_h(rng, how="none"), cookies={
            "mt_sesi": L(opaque(rng, "", 40), CRED), "mt_dev": L(INSTALL_ID, DID),
            "mt_req": rid(rng)}),
        case(f, f"{a}/api/talatah", headers=_h(rng, **b), body={
            "ka": "kebon_" + FARM["id"],
            "talatah": L("Abdi kaleungitan kacamata hideung di blok C, nomer abdi +1 555 010 0199",
                         f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/hadiah", headers=_h(rng, **b), body={
            "panarima": {"ngaran": L(SISTER_US[0], NAMEC), "surelek": L(SISTER_US[2], MAIL)},
            "talatah": L("Emily, urang metik stroberi bareng mun anjeun ka Bandung!", TEXT),
            "jumlah": L(100000, BUY), "kode_voucher": opaque(rng, "VC", 8)}),
        case(f, f"{a}/api/cuaca", headers=_h(rng, **b), query={
            "lintang": f"{FARM['lat']:.4f}", "bujur": f"{FARM['lon']:.4f}", "poe": "2026-02-22"}),
        case(f, f"{a}/api/pakakas", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/kajadian", headers=_h(rng, how="none"), cookies={
            "mt_sesi": L(opaque(rng, "", 40), CRED), "mt_dev": L(INSTALL_ID, DID)}, body={
            "pamake": L(USER_ID, UID), "kajadian": [
                ev("tiket_dibeuli", 1), ev("layar", 2, layar=L("PetaKebon", USAGE))]}),
    ]


def metikan_sdks() -> list[Case]:
    rng = random.Random(15322)
    link = U("https://metikan.example.org/t", {"tiket": L(TICKET, BUY), "ref": "wa",
                                                "em": L(EMAIL, MAIL)})
    return [
        sc_batch(APP, rng, [("Tickets Bought", {"total": L(75000, BUY)}),
                            ("Basket Weighed", {"baskets": 2})], at=ROW_FIX, nd=2),
        sc_pixel(APP, rng, "Farm Map Opened", {"farm": FARM["id"]}),
        tm_launch(APP, rng, first=True),
        tm_link(APP, rng, link),
        tm_event(APP, rng, "purchase", {"tiket": L(TICKET, BUY)}, revenue=75000.0, hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ROW_FIX, nd=3,
               keywords="wisata,ciwidey,stroberi"),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "75000"),
        mp_reverse(APP, rng, ROW_FIX, PRECISE, nd=4),
        mp_telemetry(APP, rng, [ROW_FIX, (-7.132941, 107.459268)], PRECISE),
    ]
