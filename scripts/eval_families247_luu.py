"""Neighbourhood waste-bank app "Luuresik" (``luu``: rubbish; ``resik``: clean) of a Renon waste
bank (bank sampah) run by the women's group: households bring or have collected their sorted
plastic, paper and bottles, which are weighed and credited to a savings balance that can be
withdrawn to a bank account or spent on groceries. Its API's keys are Balinese with Indonesian
loans: ``adan_lengkap`` full name, ``no_hp`` phone, ``surel`` e-mail, ``sandi`` password,
``alamat``, ``kelurahan`` ward, ``kota``, ``kode_pos``, ``nasabah`` saver, ``luu`` rubbish,
``jenis`` kind, ``baat_kg`` weight in kg, ``aji_kg`` price per kg, ``saldo`` balance,
``setoran`` deposit, ``penarikan`` withdrawal, ``jemput`` pick-up, ``tongos`` spot, ``galah``
time, ``kompos`` compost, ``sembako`` staple groceries, ``pabesen`` message, ``bintang`` stars,
``ulasan`` review, ``riwayat`` history, ``alih`` search. Calls: sign-up, log-in, ``/tiang`` with a
JWT, the price list, a deposit weighed, a pick-up requested from her gate (6 decimals), a photo
of the sorted bags, the balance by saver number in the path, a withdrawal to her LPD account, a
groceries exchange, a protobuf beat while the collector comes, an offline sorting diary (JSON
Lines), a compost log (msgpack), waste banks near her (2 decimals), a message to the collector,
an illegal-dumping report (5 decimals), a search, a review, the history by cookie, push, events
and a log-out. New: "waste bank" and "bank sampah" matched nothing; garbage-collection apps
exist (sets 142, 235), none where sorted waste is a savings account."""

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
    PRECISE,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families247_kit import (
    HOME,
    HOME_AT,
    LPD_ACCOUNT,
    MOTHER_IL,
    SAVER,
    WASTEBANK,
    fix,
    hd,
    obj,
    push,
)
from eval_families247_sdk import (
    bl_bid,
    bl_notice,
    ck_session,
    mk_batch,
    mk_queue,
    tb_event,
    tb_launch,
)
from eval_families247_svc import cp_wallet, hm_message, mb_reverse, pk_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("luuresik", "Luuresik", "com.example.luuresik", "1.5.4",
          "https://api.luuresik.example.org")
IID = "X-Luu-Device"
PW = "Resik*Renon80226"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def luuresik() -> list[Case]:
    rng = random.Random(24761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nasabah=L(SAVER, UID), no_hp=L(E164, TEL)))}
    gla, glo = fix((HOME_AT[0] + 0.000081, HOME_AT[1] + 0.000047))
    dla, dlo = fix((HOME_AT[0] - 0.00311, HOME_AT[1] + 0.00209), 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SAVER, UID)), (2, obj(rng, "jp")), (3, 1771641000),
               (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))]),
               (5, [(1, -8.68233), (2, 115.23801)])], "", lab)
    saldo = at_path(case(f, f"{a}/v1/nasabah/{SAVER}/saldo", headers=_h(rng, **b)), SAVER, UID)
    return [
        case(f, f"{a}/v1/nasabah", headers=_h(rng), body={
            "adan_lengkap": L(f"{FIRST} {LAST}", NAMEC), "no_hp": L(E164, TEL),
            "surel": L(EMAIL_MIXED, MAIL), "sandi": L(PW, CRED),
            "alamat": L(HOME["line"], ADDR), "kelurahan": L(HOME["area"], COARSE),
            "kota": L(HOME["town"], COARSE), "kode_pos": L(HOME["post"], COARSE),
            "bank_sampah": WASTEBANK["id"]}),
        case(f, f"{a}/v1/macelep", fmt="form", headers=_h(rng), body={
            "no_hp": L(E164, TEL), "sandi": L(PW, CRED)}),
        case(f, f"{a}/v1/tiang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/aji", headers=_h(rng, **b), query={"bank_sampah": WASTEBANK["id"]}),
        case(f, f"{a}/v1/setoran", headers=_h(rng, **b), body={
            "nasabah": L(SAVER, UID), "setoran": obj(rng, "st"),
            "luu": [{"jenis": "botol PET", "baat_kg": 3.2, "aji_kg": 3500},
                    {"jenis": "kardus", "baat_kg": 5.5, "aji_kg": 2000},
                    {"jenis": "kaleng", "baat_kg": 0.8, "aji_kg": 6000}],
            "jumlah": L(27000, BUY), "petugas": "pt_luh_03"}),
        case(f, f"{a}/v1/jemput", headers=_h(rng, **b), body={
            "nasabah": L(SAVER, UID), "alamat": L(HOME["line"], ADDR),
            "tongos": {"lat": gla, "lng": glo}, "galah": "2026-02-21T07:00/09:00",
            "catetan": L("Kantong di arep pintu biru, durung mepilah kaca", TEXT)}),
        multipart(f, f"{a}/v1/jemput/foto", [
            ("foto", "kantong.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"nasabah": L(SAVER, UID), "kantong": 3})],
            headers=_h(rng, **b)),
        saldo,
        case(f, f"{a}/v1/penarikan", headers=_h(rng, **b), body={
            "nasabah": L(SAVER, UID), "jumlah": L(150000, BUY),
            "rekening": L(LPD_ACCOUNT, PAY), "adan_rekening": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/sembako", fmt="form", headers=_h(rng, **b), body={
            "nasabah": L(SAVER, UID), "paket": "beras_5kg", "jumlah": L("68000", BUY)}),
        raw(f, f"{a}/v1/jemput/pulsa", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/pilah/sinkron", [
            {"nasabah": L(SAVER, UID), "t": 1771550000, "jenis": "plastik", "kg": 1.2},
            {"nasabah": L(SAVER, UID), "t": 1771636400, "jenis": "kertas", "kg": 2.0,
             "catetan": L("Koran saking kantor Bli Made", TEXT)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/kompos", fmt="msgpack", headers=_h(rng, **b), body={
            "nasabah": L(SAVER, UID), "minggu": "2026-W08", "kg_organik": 4.6,
            "tong": "kp_2", "suhu": 41.5}),
        case(f, f"{a}/v1/bank-sampah/paek", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/v1/pabesen", headers=_h(rng, **b), body={
            "ring": "pt_luh_03",
            "pabesen": L(f"Bli, kantonge sampun di arep. Matua tiange {MOTHER_IL[0]} jagi "
                         "mukak pintu.", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/laporan/ngutang-luu", headers=_h(rng, **b), body={
            "genah": {"lat": dla, "lng": dlo}, "kategori": "tukad",
            "catetan": L("Wenten sane ngutang luu ka tukad Badung saban wengi", TEXT)}),
        case(f, f"{a}/v1/alih", headers=_h(rng, **b), query={
            "alih": L("aji minyak jelantah", SEARCH)}),
        case(f, f"{a}/v1/ulasan", fmt="form", headers=_h(rng, **b), body={
            "bintang": "4", "ulasan": L("Petugasne becik, nanging kasep rauh", TEXT)}),
        case(f, f"{a}/v1/riwayat", headers=_h(rng, how="none"), cookies={
            "lr_sesi": L(opaque(rng, "", 40), CRED),
            "lr_pref": W({"nasabah": L(SAVER, UID), "basa": L("ban", DEV), "unit": "kg"},
                         "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "device": L(INSTALL_ID, DID), "events": [
                ev("setoran", 1, kg=9.5), ev("screen", 2, screen=L("Saldo", USAGE))]}),
        case(f, f"{a}/v1/pesu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def luuresik_sdks() -> list[Case]:
    rng = random.Random(24762)
    return [
        mk_batch(APP, rng, [("Deposit Weighed", {"amount": L(27000, BUY)}),
                            ("Pickup Requested", {})], at=HOME_AT, nd=2),
        mk_queue(APP, rng, [("Sorted", {"kind": "plastik"}), ("Sorted", {"kind": "kertas"})]),
        tb_launch(APP, rng, user=True),
        tb_event(APP, rng, "withdrawal", {"amount": L(150000, BUY)}),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="recycling,home,bali"),
        bl_notice(APP, rng, "win"),
        ck_session(APP, rng, secs=233),
        pk_register(APP, rng, at=HOME_AT, nd=2, tags={"bank_sampah": WASTEBANK["id"]}),
        cp_wallet(APP, rng, "150000", L(E164, TEL)),
        mb_reverse(APP, rng, HOME_AT, PRECISE, nd=6),
        hm_message(APP, rng, L("Saldo tiang kirang 27.000 saking setoran Sabtu", f"{TEXT}|{BUY}"),
                   {"nasabah": L(SAVER, UID)}),
    ]
