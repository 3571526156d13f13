"""Made-to-measure leather app "Kulitan" (a Sukaregang, Garut leather workshop that cuts jackets
from its own tanned sheepskin). Its API's keys are Sundanese: ``ngaran_hareup``/
``ngaran_kulawarga`` first/family name, ``surelek`` e-mail, ``nomer_hape`` mobile,
``kecap_sandi`` password, ``jinis_kelamin`` sex, ``ukuran`` measurements (``dada`` chest,
``cangkeng`` waist, ``taktak`` shoulder, ``leungeun`` sleeve, ``panjang`` length), ``beurat``/
``jangkung`` weight/height, ``catetan`` note, ``kulit`` hide, ``warna`` colour, ``sulaman``
embroidery, ``pesenan`` order, ``jumlah`` amount, ``kamajuan`` progress, ``talatah`` message,
``tur`` tour, ``anggota`` members, ``kirim``/``panarima`` shipping/recipient, ``tempat_cicing``
street address, ``kelurahan``/``kacamatan`` ward/district, ``kota`` city, ``kode_pos`` post code,
``ongkir`` postage, ``perbaikan`` repair, ``cicilan`` instalments, ``rekening`` bank account,
``neangan`` search, ``ulasan`` review. Sign-up, log-in, ``/abdi``, the catalogue, her
measurements (gzip), a fitting photo, the order with her name embroidered, the down payment,
progress by order number in the path, a fitting video call, a message to the cutter, a tannery
tour for the family, a check-in at the workshop, shipping home, an offline sync (JSON Lines), a
bag repair, instalments from her bank account, a search, a review, an invoice by cookie, push and
events. Sets 69, 79 and 112 have cloth tailors with body measurements; Kulitan is a leather
workshop (hide and tannery, a fitting call, repairs, a tannery tour)."""

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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims, rid
from eval_families153_kit import (
    BDG_HOME,
    HUSBAND,
    ID_ACCOUNT,
    JACKET_ORDER,
    SIZES,
    SON,
    WORKSHOP,
    WORKSHOP_FIX,
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
from eval_families153_svc import cp_wallet, fc_eval, hb_attach, mp_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kulitan", "Kulitan", "com.example.kulitan", "2.2.5", "https://api.kulitan.example.com")
IID = "X-Kulitan-Device"
PW = "Sukaregang*2026"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kulitan() -> list[Case]:
    rng = random.Random(15331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, surelek=L(EMAIL, MAIL), ngaran=L(f"{FIRST} {LAST}",
                                                                          NAMEC)))}
    wla, wlo = fix(WORKSHOP_FIX)
    progress = at_path(case(f, f"{a}/v1/pesenan/{JACKET_ORDER}/kamajuan", headers=_h(rng, **b)),
                       JACKET_ORDER, BUY)
    return [
        case(f, f"{a}/v1/daptar", headers=_h(rng), body={
            "ngaran_hareup": L(FIRST, NAMEC), "ngaran_kulawarga": L(LAST, NAMEC),
            "surelek": L(EMAIL_MIXED, MAIL), "nomer_hape": L(E164, TEL),
            "kecap_sandi": L(PW, CRED), "jinis_kelamin": L("awewe", GENDER)}),
        case(f, f"{a}/v1/asup", fmt="form", headers=_h(rng), body={
            "surelek": L(EMAIL, MAIL), "kecap_sandi": L(PW, CRED), "pakakas": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/abdi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/katalog", headers=_h(rng, **b), query={
            "jenis": "jaket", "kulit": "domba", "gender": "awewe", "kaca": "1"}),
        case(f, f"{a}/v1/ukuran", gz=True, headers=_h(rng, **b), body={
            "ukuran": {k: L(v, FIT) for k, v in SIZES.items()}, "beurat": L(61, FIT),
            "jangkung": L(167, FIT), "satuan": "cm",
            "catetan": L("Leungeun katuhu rada panjang, taktak rada lega", f"{TEXT}|{FIT}")}),
        multipart(f, f"{a}/v1/ukuran/poto", [
            ("hareup", "hareup.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("gigir", "gigir.jpg", "image/jpeg", L(JPEG + b"\x67", MEDIA)),
            ("meta", None, "application/json", {"ukuran": obj(rng, "uk"), "jangkung": L(167,
                                                                                      FIT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pesenan", headers=_h(rng, **b), body={
            "kode_pesenan": L(JACKET_ORDER, BUY), "model": "bomber_awewe", "kulit": "domba_garut",
            "warna": "coklat_tua", "lapisan": "satin", "sulaman": L(f"{FIRST} {LAST}", NAMEC),
            "jumlah": L(1650000, BUY), "bengkel": WORKSHOP["id"]}),
        case(f, f"{a}/v1/pamayaran/dp", fmt="form", headers=_h(rng, **b), body={
            "kode_pesenan": L(JACKET_ORDER, BUY), "jumlah": L("500000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "opat_angka_tungtung": L("4444", PAY)}),
        progress,
        case(f, f"{a}/v1/video/fitting", headers=_h(rng, **b), body={
            "kode_pesenan": L(JACKET_ORDER, BUY), "rohangan": obj(rng, "rm"),
            "token_asup": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/talatah", headers=_h(rng, **b), body={
            "ka": "tukang_ujang", "kode_pesenan": L(JACKET_ORDER, BUY),
            "talatah": L("Kang, saku jerona dua nya, hiji keur hape", TEXT)}),
        case(f, f"{a}/v1/tur", headers=_h(rng, **b), body={
            "bengkel": WORKSHOP["id"], "tanggal": "2026-03-14", "jumlah_jalma": 3,
            "anggota": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                        L(f"{SON['first']} {SON['last']}", NAMEC)],
            "umur_budak": L(10, BIRTH), "harga": L(75000, BUY)}),
        case(f, f"{a}/v1/check_in", headers=_h(rng, **b), body={
            "bengkel": {"id": WORKSHOP["id"], "lintang": WORKSHOP["lat"],
                        "bujur": WORKSHOP["lon"]},
            "tempat": {"lintang": wla, "bujur": wlo}, "kode_pesenan": L(JACKET_ORDER, BUY)}),
        case(f, f"{a}/v1/kirim", headers=_h(rng, **b), body={
            "kode_pesenan": L(JACKET_ORDER, BUY), "kurir": "reg",
            "panarima": {"ngaran": L(f"{FIRST} {LAST}", NAMEC), "nomer_hape": L(E164, TEL),
                         "tempat_cicing": L(BDG_HOME["line"], ADDR),
                         "kelurahan": L(BDG_HOME["kel"], COARSE),
                         "kacamatan": L(BDG_HOME["kec"], COARSE),
                         "kota": L(BDG_HOME["town"], COARSE),
                         "kode_pos": L(BDG_HOME["post"], COARSE)},
            "ongkir": L(24000, BUY)}),
        lines(f, f"{a}/v1/sinkron", [
            {"op": "favorit", "produk": "jk_0192", "t": 1770100000},
            {"op": "ukuran", "dada": L(SIZES["dada"], FIT), "cangkeng": L(SIZES["cangkeng"], FIT)},
            {"op": "pesenan", "kode_pesenan": L(JACKET_ORDER, BUY)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/perbaikan", headers=_h(rng, **b), body={
            "barang": "tas_kulit", "kode": obj(rng, "pb"),
            "masalah": L("Sleting tas abdi rusak, kulitna aya nu soek saeutik", TEXT),
            "harga": L(85000, BUY)}),
        case(f, f"{a}/v1/cicilan", headers=_h(rng, **b), body={
            "kode_pesenan": L(JACKET_ORDER, BUY), "total": L(1150000, BUY), "bulan": 3,
            "rekening": L(ID_ACCOUNT, "financial.payment"), "bank": "Bank Conto Jabar",
            "ngaran_rekening": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/neangan", headers=_h(rng, **b), query={
            "q": L("jaket kulit domba bomber awewe coklat", SEARCH)}),
        case(f, f"{a}/v1/ulasan", fmt="form", headers=_h(rng, **b), body={
            "kode_pesenan": L(JACKET_ORDER, BUY), "peunteun": "5",
            "komentar": L("Pas pisan dina taktak, kulitna lemes", TEXT)}),
        case(f, f"{a}/v1/invoice/panungtung", headers=_h(rng, how="none"), cookies={
            "kl_sesi": L(opaque(rng, "", 40), CRED), "kl_dev": L(INSTALL_ID, DID),
            "kl_req": rid(rng)}),
        case(f, f"{a}/v1/pakakas", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kajadian", headers=_h(rng, **b), body={
            "pamake": L(USER_ID, UID), "sesi": rid(rng), "kajadian": [
                ev("ukuran_disimpen", 1), ev("layar", 2, layar=L("Kamajuan", USAGE))]}),
    ]


def kulitan_sdks() -> list[Case]:
    rng = random.Random(15332)
    return [
        sc_batch(APP, rng, [("Measurements Saved", {"chest": L(SIZES["dada"], FIT)}),
                            ("Order Placed", {"total": L(1650000, BUY)})]),
        sc_identify(APP, rng, {"kota": L("Bandung", COARSE), "ukuran_dada": L(92, FIT)}),
        tm_launch(APP, rng),
        tm_event(APP, rng, "purchase", {"kode": L(JACKET_ORDER, BUY)}, revenue=1650000.0,
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="leather,jacket,garut"),
        ck_crash(APP, rng, ("java.lang.NumberFormatException", "dada: '92,5'"),
                 [ck_crumb("nav", "Ukuran -> Simpen"), ck_crumb("tap", "simpen_button")],
                 screen="UkuranActivity"),
        fc_eval(APP, rng, {"bengkel": WORKSHOP["id"], "fitting_video": True}, hdr=True),
        cp_wallet(APP, rng, "500000", L(E164, TEL)),
        mp_geocode(APP, rng, "Sukaregang Garut", SEARCH, near=WORKSHOP_FIX, nd=3),
        hb_attach(APP, rng, L(JPEG + b"\x68", MEDIA), "jaket_soek.jpg", "image/jpeg"),
    ]
