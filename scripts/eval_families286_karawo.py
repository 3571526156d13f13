"""A karawo embroidery workshop's commission app "Karawoku" (a sanggar in Limboto whose women cut
and re-weave the threads of a cloth into a motif; she orders a kebaya for herself and a shirt
for her husband, and sends a piece to her sister in Oregon; its API's keys are Gorontalo with
Indonesian trade words: ``tanggulo`` name, ``fam`` family name, ``surel`` e-mail, ``hp`` mobile
number, ``sandi`` password, ``kode`` code, ``lipu`` town, ``bele`` home, ``alamati`` address,
``pesanan`` order, ``motif``, ``warna`` colour (``mela`` red), ``ukuran`` measurements
(``lingkar_dada`` bust, ``lingkar_pinggang`` waist, ``lingkar_pinggul`` hips,
``panjang_lengan`` sleeve, ``tinggi`` height, ``berat`` weight), ``doi`` amount, ``uang_muka``
deposit, ``ongkosi`` cost, ``kiriman`` parcel, ``ode`` to, ``loiya`` message, ``bintang``
stars, ``lulahu`` search): sign-up, an SMS code, ``/saya``, the motif catalogue, the order, her
measurements, a motif sketch, the deposit, a visit to the workshop with her fix, the order by
number in the path, a protobuf progress beat, a message to the embroiderer, the parcel to her
sister, a saved cart (msgpack), a review, a search, the invoice by cookie, a default address
(base64 JSON in a form field), push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families286_kit import (
    HOME,
    HOME_AT,
    KRW_ORDER,
    SISTER_US,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families286_sdk import (
    bb_bid,
    bb_notice,
    cr_session,
    hg_batch,
    jb_event,
    jb_launch,
    jb_link,
)
from eval_families286_svc import by_card, by_confirm, hw_attach, mt_geocode
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("karawoku", "Karawoku", "com.example.karawoku", "1.8.4",
          "https://api.karawoku.example.com")
IID = "X-Karawoku-Device"
CUST = "KRW-C-02291"  # her customer number at the workshop (id.user)
SIS_ADDR = {"line": "1420 SE Alder St", "city": "Portland", "state": "OR", "zip": "97214"}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def karawoku() -> list[Case]:
    rng = random.Random(28621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, hp=L(E164, TEL), pelanggan=L(CUST, UID)))}
    wla, wlo = fix(WORKSHOP_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(KRW_ORDER, BUY)), (2, 3), (3, 1771200000), (4, L(CUST, UID)),
               (5, L(63, DEV))], "", lab)
    status = at_path(case(f, f"{a}/v2/pesanan/{KRW_ORDER}/status", headers=_h(rng, **b)),
                     KRW_ORDER, BUY)
    return [
        case(f, f"{a}/v2/daftar", headers=_h(rng), body={
            "tanggulo": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "surel": L(EMAIL_MIXED, MAIL),
            "hp": L(E164, TEL), "lipu": L(HOME["town"], COARSE), "pelanggan": L(CUST, UID),
            "bahasa": L("en", DEV), "setuju_syarat": True}),
        case(f, f"{a}/v2/otp/verifikasi", fmt="form", headers=_h(rng), body={
            "hp": L(E164, TEL), "kode": L("508316", CRED)}),
        case(f, f"{a}/v2/saya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/motif", headers=_h(rng, **b), query={
            "sanggar": WORKSHOP["id"], "jenis": "kebaya", "hal": "1"}),
        case(f, f"{a}/v2/pesanan", headers=_h(rng, **b), body={
            "pesanan": L(KRW_ORDER, BUY), "sanggar": WORKSHOP["id"], "pelanggan": L(CUST, UID),
            "barang": [{"jenis": "kebaya", "kain": "sutra", "motif": "mtf_bunga_cengkih",
                        "warna": "mela", "harga": 1850000},
                       {"jenis": "kemeja", "ukuran": "L", "motif": "mtf_polopalo",
                        "warna": "biru", "harga": 950000}],
            "doi": L(2800000, BUY), "selesai": "2026-03-20",
            "catatan": L("Shirt is for my husband, size L, short sleeves", TEXT)}),
        case(f, f"{a}/v2/ukuran", headers=_h(rng, **b), body={
            "pesanan": L(KRW_ORDER, BUY), "satuan": "cm", "ukuran": {
                "lingkar_dada": L(92, FIT), "lingkar_pinggang": L(76, FIT),
                "lingkar_pinggul": L(98, FIT), "panjang_lengan": L(57, FIT),
                "tinggi": L(168, FIT), "berat": L(61, FIT)}}),
        multipart(f, f"{a}/v2/motif/sketsa", [
            ("gambar", "sketsa_lengan.jpg", "image/jpeg", L(JPEG + b"\x4b", MEDIA)),
            ("meta", None, "application/json", {"pesanan": L(KRW_ORDER, BUY),
                                                "letak": "lengan"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/bayari/uang_muka", fmt="form", headers=_h(rng, **b), body={
            "pesanan": L(KRW_ORDER, BUY), "uang_muka": L("1400000", BUY), "mata_uang": "IDR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "kartu_akhir": L("4444", PAY)}),
        case(f, f"{a}/v2/kunjungan", headers=_h(rng, **b), body={
            "sanggar": {"id": WORKSHOP["id"], "lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"]},
            "titik": {"lat": wla, "lng": wlo}, "keperluan": "fitting",
            "kunjungan_id": obj(rng, "kj")}),
        status,
        case(f, f"{a}/v2/fitting/jadwal", fmt="form", headers=_h(rng, **b), body={
            "pesanan": L(KRW_ORDER, BUY), "slot": obj(rng, "fit"), "dulahu": "2026-03-07",
            "hp": L(E164, TEL)}),
        raw(f, f"{a}/v2/pesanan/progres", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/loiya", headers=_h(rng, **b), body={
            "ode": "pengrajin_ti_ani", "pesanan": L(KRW_ORDER, BUY),
            "loiya": L("Ibu Ani, can the clove flowers on the sleeve be a bit smaller? Thank you!",
                       TEXT)}),
        case(f, f"{a}/v2/kiriman", headers=_h(rng, **b), body={
            "ode": {"tanggulo": L(SISTER_US[0], NAMEC), "hp": L(SISTER_US[1], TEL),
                    "surel": L(SISTER_US[2], MAIL), "alamati": L(SIS_ADDR["line"], ADDR),
                    "lipu": L(SIS_ADDR["city"], COARSE), "negara_bagian": L(SIS_ADDR["state"],
                                                                         COARSE),
                    "kode_pos": L(SIS_ADDR["zip"], COARSE), "negara": L("US", COARSE)},
            "barang": "selendang karawo", "berat_kg": 0.4, "ongkosi": L(420000, BUY),
            "resi": obj(rng, "rs", 12)}),
        case(f, f"{a}/v2/keranjang", fmt="msgpack", headers=_h(rng, **b), body={
            "pelanggan": L(CUST, UID),
            "isi": [{"produk": "prd_selendang_07", "jumlah": 2, "harga": 350000},
                    {"produk": "prd_taplak_02", "jumlah": 1, "harga": 275000}],
            "doi": L(975000, BUY)}),
        case(f, f"{a}/v2/ulasan", fmt="form", headers=_h(rng, **b), body={
            "sanggar": WORKSHOP["id"], "bintang": "5",
            "teks": L("Beautiful fine work, the red threads are perfect. Worth the wait.", TEXT)}),
        case(f, f"{a}/v2/lulahu", headers=_h(rng, **b), query={
            "q": L("karawo kebaya mela sutra", SEARCH), "urut": "terbaru"}),
        case(f, f"{a}/v2/faktur/terbaru", headers=_h(rng, how="none"), cookies={
            "kw_sesi": L(opaque(rng, "", 40), CRED), "kw_dev": L(INSTALL_ID, DID),
            "kw_req": rid(rng)}),
        case(f, f"{a}/v2/alamati/utama", fmt="form", headers=_h(rng, **b), body={
            "data": W({"bele": L(HOME["line"], ADDR), "lipu": L(HOME["town"], COARSE),
                       "kode_pos": L(HOME["post"], COARSE), "hp": L(E164, TEL)}, "b64json"),
            "v": "1"}),
        case(f, f"{a}/v2/perangkat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/peristiwa", gz=True, headers=_h(rng, **b), body={
            "pengguna": L(USER_ID, UID), "peristiwa": [
                ev("pesanan_dibuat", 1, doi=L(2800000, BUY)),
                ev("layar", 2, layar=L("DetailMotif", USAGE))]}),
        case(f, f"{a}/v2/keluar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def karawoku_sdks() -> list[Case]:
    rng = random.Random(28622)
    link = U("https://karawoku.example.com/p", {"pesanan": L(KRW_ORDER, BUY), "src": "wa",
                                                "hp": L(E164, TEL)})
    return [
        hg_batch(APP, rng, [("Order Placed", {"total": L(2800000, BUY)}),
                            ("Workshop Visited", {"workshop": WORKSHOP["id"]})],
                 at=WORKSHOP_FIX, nd=3),
        jb_launch(APP, rng, first=True),
        jb_link(APP, rng, link),
        jb_event(APP, rng, "purchase", {"pesanan": L(KRW_ORDER, BUY)}, revenue=2800000.0,
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="batik,kebaya,fashion"),
        bb_notice(APP, rng, "imp"),
        cr_session(APP, rng, secs=633),
        by_card(APP, rng, email=True),
        by_confirm(APP, rng, "1400000"),
        mt_geocode(APP, rng, "Sanggar Karawo Ilomata", SEARCH, near=HOME_AT, nd=2),
        hw_attach(APP, rng, L(JPEG + b"\x5c", MEDIA), "loose_thread.jpg", "image/jpeg"),
    ]
