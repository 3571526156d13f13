"""A corn-drying cooperative's booking app "Pangimba" (the family's maize field near Tualango; she
books the cooperative's dryer and sheller for her husband's family's harvest and sells the dried
grain; its API's keys are Gorontalo with Indonesian farm words: ``anggota`` member number,
``pin``, ``pangimba`` field, ``binte`` corn, ``desa`` village, ``kecamatani`` district,
``luasi`` area, ``panen`` harvest, ``ton``, ``kadar_air`` moisture, ``pengering`` dryer,
``jadwal`` slot, ``truk`` truck, ``timbangan`` weighbridge, ``doi`` amount, ``harga`` price,
``rekening`` bank account, ``pupuk`` fertiliser, ``bibit`` seed, ``loiya`` message,
``cuaca`` weather): a PIN log-in, ``/anggota/saya``, the field's boundary, the harvest with her
fix in the field, dryer slots, a dryer booking, a truck pick-up, the dryer's moisture readings
(gzip), the weighbridge ticket by number in the path, the sale to the feed mill, the payout
account, seed and fertiliser on credit, a photo of the cobs, an offline sync (JSON Lines), the
weather at the field, a message to the cooperative, push, events and a log-out. Sets with maize
(108, 134, 187, 195, 224, 229, 232, 261) are seed, market or farm-record apps; none books a dryer
or a sheller."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families286_kit import (
    DRYER,
    FARMER,
    FIELD_AT,
    FIELD_FIX,
    HOME_AT,
    HUSBAND,
    ID_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families286_sdk import bb_bid, cr_session, hg_batch, hg_identify, jb_launch
from eval_families286_svc import (
    by_wallet,
    fp_eval,
    hw_message,
    mt_geocode,
    mt_telemetry,
    ps_register,
    st_check,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pangimba", "Pangimba", "com.example.pangimba", "1.2.9",
          "https://api.pangimba.example.id")
IID = "X-Pangimba-Install"
TICKET = "TMB-260219-0331"  # the weighbridge ticket of her load (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, loc=True, **kw)


def pangimba() -> list[Case]:
    rng = random.Random(28641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, anggota=L(FARMER, UID), hp=L(E164, TEL)))}
    fla, flo = fix(FIELD_FIX)
    booking = obj(rng, "bk")
    ticket = at_path(case(f, f"{a}/api/timbangan/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/api/masuk", fmt="form", headers=_h(rng), body={
            "anggota": L(FARMER, UID), "pin": L("260911", CRED),
            "perangkat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/anggota/saya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/pangimba", headers=_h(rng, **b), body={
            "anggota": L(FARMER, UID), "desa": L("Tualango", COARSE),
            "kecamatani": L("Tilango", COARSE), "luasi_ha": 0.8, "binte": "hibrida",
            "batas": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in FIELD_AT]}),
        case(f, f"{a}/api/panen", headers=_h(rng, **b), body={
            "anggota": L(FARMER, UID), "dulahu": "2026-02-17", "perkiraan_ton": 4.2,
            "titik": {"lat": fla, "lng": flo}, "pekerja": 7}),
        case(f, f"{a}/api/pengering/jadwal", headers=_h(rng, **b), query={
            "pengering": DRYER["id"], "dulahu": "2026-02-19"}),
        case(f, f"{a}/api/pengering/pesan", headers=_h(rng, **b), body={
            "pengering": DRYER["id"], "jadwal": obj(rng, "slt"), "pesanan": booking,
            "ton": 4.2, "pipil": True, "doi": L(630000, BUY), "anggota": L(FARMER, UID)}),
        case(f, f"{a}/api/truk/jemput", fmt="form", headers=_h(rng, **b), body={
            "pesanan": booking, "lat": L(f"{FIELD_FIX[0]:.5f}", PRECISE),
            "lng": L(f"{FIELD_FIX[1]:.5f}", PRECISE), "karung": "84",
            "kontak": L(HUSBAND[1], TEL), "ongkosi": L("150000", BUY)}),
        case(f, f"{a}/api/pengering/bacaan", gz=True, headers=_h(rng, **b), body={
            "pengering": DRYER["id"], "pesanan": booking, "bacaan": [
                {"jam": "08:00", "kadar_air": 31.5, "suhu": 58.0},
                {"jam": "12:00", "kadar_air": 22.1, "suhu": 61.5},
                {"jam": "16:00", "kadar_air": 16.8, "suhu": 60.2}]}),
        ticket,
        case(f, f"{a}/api/jual", headers=_h(rng, **b), body={
            "anggota": L(FARMER, UID), "pembeli": "pakan_sulut_01", "ton_kering": 3.6,
            "harga_kg": 5200, "total": L(18720000, BUY), "timbangan": L(TICKET, BUY)}),
        case(f, f"{a}/api/rekening", headers=_h(rng, **b), body={
            "pemilik": L(f"{FIRST} {LAST}", NAMEC), "rekening": L(ID_ACCOUNT, PAY),
            "bank": "Example Bank Sulawesi", "anggota": L(FARMER, UID)}),
        case(f, f"{a}/api/saprodi/kredit", headers=_h(rng, **b), body={
            "anggota": L(FARMER, UID), "barang": [
                {"jenis": "bibit", "merek": "hibrida_b12", "kg": 15, "harga": 95000},
                {"jenis": "pupuk", "merek": "npk_16", "sak": 6, "harga": 180000}],
            "doi": L(2505000, BUY), "bayar_saat_panen": True}),
        multipart(f, f"{a}/api/panen/foto", [
            ("foto", "tongkol.jpg", "image/jpeg", L(JPEG + b"\x3b", MEDIA)),
            ("meta", None, "application/json", {"anggota": L(FARMER, UID),
                                                "catatan": L("Cobs are full, some rot on the "
                                                             "west edge after the rain", TEXT)})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/sinkron", [
            {"op": "karung", "jumlah": 42, "oleh": L(FARMER, UID), "t": 1771300000},
            {"op": "karung", "jumlah": 42, "oleh": L(FARMER, UID), "t": 1771303600},
            {"op": "titik", "lat": L(round(FIELD_FIX[0], 3), PRECISE),
             "lng": L(round(FIELD_FIX[1], 3), PRECISE), "t": 1771304000}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/cuaca", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_FIX[0]:.2f}", COARSE), "lng": L(f"{FIELD_FIX[1]:.2f}", COARSE),
            "hari": "3"}),
        case(f, f"{a}/api/loiya", headers=_h(rng, **b), body={
            "ode": "kud_admin", "loiya": L("Can the truck come before 9? The road to the field "
                                           "floods in the afternoon.", TEXT)}),
        case(f, f"{a}/api/lulahu", headers=_h(rng, **b), query={
            "q": L("harga binte kering minggu ini", SEARCH)}),
        case(f, f"{a}/api/perangkat", headers=_h(rng, **b),
             body=push(push_token(rng), lang="id_ID")),
        case(f, f"{a}/api/peristiwa", headers=_h(rng, **b), body={
            "pengguna": L(USER_ID, UID), "peristiwa": [
                ev("pengering_dipesan", 1), ev("layar", 2, layar=L("Timbangan", USAGE))]}),
        case(f, f"{a}/api/keluar", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "perangkat": L(INSTALL_ID, DID)}),
    ]


def pangimba_sdks() -> list[Case]:
    rng = random.Random(28642)
    return [
        hg_batch(APP, rng, [("Dryer Booked", {"ton": 4.2}), ("Grain Sold", {
            "total": L(18720000, BUY)})], at=FIELD_FIX, nd=2, locale="id_ID"),
        hg_identify(APP, rng, {"desa": L("Tualango", COARSE), "anggota": L(FARMER, UID),
                               "komoditas": "binte"}),
        jb_launch(APP, rng, user=True),
        cr_session(APP, rng, secs=388),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="pertanian,pupuk,traktor"),
        st_check(APP, rng, {"analytics": True, "marketing": False}),
        fp_eval(APP, rng, {"kecamatani": L("Tilango", COARSE), "role": "anggota"}),
        ps_register(APP, rng, lang="id", at=FIELD_FIX, nd=3, tags={"pengering": DRYER["id"]}),
        by_wallet(APP, rng, "18720000", L(E164, TEL)),
        mt_geocode(APP, rng, "KUD Binte Tualango", SEARCH, near=HOME_AT, nd=3),
        mt_telemetry(APP, rng, [FIELD_FIX, (FIELD_FIX[0] + 0.0004, FIELD_FIX[1] - 0.0003)],
                     PRECISE),
        hw_message(APP, rng, L(f"Payment for ticket {TICKET} has not come to my account",
                               f"{TEXT}|{BUY}"), {"anggota": L(FARMER, UID)}),
    ]
