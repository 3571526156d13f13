"""Indonesian super-app "Kilatku" for rides, food and payments (its API's keys are Indonesian; the
user lives in Jakarta for work and roams on the US SIM): a log-in by WhatsApp code, the profile,
``/me``, saved places, a ride quoted, booked and followed (a protobuf heartbeat with a nested fix),
chat with the driver (msgpack), a rating with a tip, the trip shared with a colleague, restaurants
nearby with a search, a food order, a QRIS payment, a transfer to a colleague by phone number, a
top-up, the wallet's KYC (passport, KITAS, a selfie) and a liveness template, an electricity bill,
a Play subscription, push, events and the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
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
    f32b64,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families39_kit import (
    COLLEAGUE,
    DRIVER,
    JKT_HOME,
    JKT_HOME_AT,
    JKT_OFFICE_AT,
    JKT_OFFICE_LINE,
    KILAT_PIN,
    KITAS,
    PASSPORT_IE,
    QRIS_MERCHANT,
    ROAM_NET,
    WARUNG,
    geo,
)
from eval_families39_sdk import (
    af_event,
    af_launch,
    bq_bid,
    bq_win,
    cb_crash,
    cb_crumb,
    tw_batch,
    tw_identify,
)
from eval_families39_svc import ft_eval, hw_message, pm_register, tc_reverse, tc_telemetry
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("kilatku", "Kilatku", "com.example.kilatku", "5.31.0", "https://api.kilatku.example.com")
IID = "X-Kilat-Device"
TZ = "Asia/Jakarta"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("id-ID,id;q=0.9,en-US;q=0.8", DEV)
    return h


def kilatku() -> list[Case]:
    rng = random.Random(3911)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, nomorHp=L(E164, TEL), surel=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    hla, hlo = geo(JKT_HOME_AT, 6)
    ola, olo = geo(JKT_OFFICE_AT, 6)
    oid = obj(rng, "ord", 12)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, oid), (3, [(1, L(-6.241187, PRECISE)),
                                                     (2, L(106.816502, PRECISE)), (3, 8.0)]),
               (4, 23.5), (5, L(int(ROAM_NET), CARRIER)), (6, DRIVER["id"])], "", lab)
    home_addr = {"alamat": L(JKT_HOME["alamat"], ADDR),
                 "kelurahan": L(JKT_HOME["kelurahan"], COARSE),
                 "kota": L(JKT_HOME["kota"], COARSE), "kodePos": L(JKT_HOME["kodePos"], COARSE)}
    return [
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "nomorHp": L(E164, TEL), "kanal": "whatsapp", "bahasa": L("id", DEV)}),
        case(f, f"{a}/v2/auth/otp/verifikasi", headers=_h(rng), body={
            "nomorHp": L(PHONE, TEL), "kodeOtp": L("530714", CRED),
            "idPerangkat": L(ANDROID_ID, DID), "modelPerangkat": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/pengguna/profil", headers=_h(rng, **b), body={
            "namaLengkap": L(NAME, NAMEC), "surel": L(EMAIL, MAIL), "tanggalLahir": L(DOB, BIRTH),
            "kewarganegaraan": L("IE", SENS), "bahasaAplikasi": L("en", DEV)}),
        case(f, f"{a}/v2/pengguna/saya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tempat-favorit", headers=_h(rng, **b), body={"tempat": [
            {"label": "Rumah", **home_addr, "lat": hla, "lng": hlo},
            {"label": "Kantor", "alamat": JKT_OFFICE_LINE, "lat": ola, "lng": olo}]}),
        case(f, f"{a}/v2/ojek/estimasi", headers=_h(rng, **b), query={
            "jemputLat": L(f"{JKT_HOME_AT[0]:.5f}", PRECISE),
            "jemputLng": L(f"{JKT_HOME_AT[1]:.5f}", PRECISE),
            "tujuan": L(f"{JKT_OFFICE_AT[0]:.5f},{JKT_OFFICE_AT[1]:.5f}", PRECISE),
            "layanan": "motor,mobil"}),
        case(f, f"{a}/v2/ojek/pesanan", headers=_h(rng, **b), body={
            "idPesanan": oid, "layanan": "KilatMotor",
            "jemput": {"lat": hla, "lng": hlo, "alamat": L(JKT_HOME["alamat"], ADDR)},
            "tujuan": {"lat": ola, "lng": olo, "nama": "Kantor"},
            "catatanJemput": L("Lobby Tower B, saya pakai jaket biru", TEXT),
            "metodeBayar": "kilatpay", "harga": L("18000", BUY), "kodePromo": "HEMAT10"}),
        case(f, f"{a}/v2/ojek/pesanan/{oid}/status", headers=_h(rng, **b)),
        raw(f, f"{a}/v2/ojek/pesanan/{oid}/detak", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ojek/pesanan/{oid}/chat", fmt="msgpack", headers=_h(rng, **b), body={
            "ke": DRIVER["id"], "pesan": L("Pak, saya di depan pos satpam ya", TEXT),
            "idKlien": obj(rng, "cm", 10), "ts": 1765253112}),
        case(f, f"{a}/v2/ojek/pesanan/{oid}/rating", fmt="form", headers=_h(rng, **b), body={
            "bintang": "5", "tip": L("5000", BUY), "driver": DRIVER["id"],
            "komentar": L("Ramah dan hati-hati, terima kasih", TEXT)}),
        case(f, f"{a}/v2/ojek/pesanan/{oid}/bagikan", headers=_h(rng, **b), body={
            "kontak": {"nama": L(COLLEAGUE[0], NAMEC), "nomorHp": L(COLLEAGUE[1], TEL)},
            "driver": {"nama": DRIVER["nama"], "plat": DRIVER["plat"]}}),
        case(f, f"{a}/v2/makan/restoran", headers=_h(rng, **b), query={
            "lat": L(f"{JKT_HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{JKT_HOME_AT[1]:.4f}", PRECISE),
            "q": L("sate ayam", SEARCH), "urut": "jarak"}),
        case(f, f"{a}/v2/makan/pesanan", headers=_h(rng, **b), body={
            "restoran": {"id": WARUNG["id"], "nama": WARUNG["nama"], "telp": WARUNG["telp"],
                         "lat": WARUNG["lat"], "lng": WARUNG["lng"]},
            "item": [{"menu": "Sate Ayam 10 tusuk", "jumlah": 2, "harga": 30000},
                     {"menu": "Es Teh Manis", "jumlah": 2, "harga": 6000}],
            "total": L(79000, BUY), "antarKe": {**home_addr, "lat": hla, "lng": hlo},
            "catatan": L("Tanpa bumbu kacang ya, saya alergi kacang", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/bayar/qris", fmt="form", headers=_h(rng, **b), body={
            "payload": f"00020101021226610016ID.CO.EXAMPLE.WWW0118{QRIS_MERCHANT['mid']}5204581",
            "merchant": QRIS_MERCHANT["nama"], "nominal": L("38000", BUY),
            "pin": L(KILAT_PIN, CRED)}),
        at_path(case(f, f"{a}/v2/bayar/penerima/{COLLEAGUE[1]}", headers=_h(rng, **b)),
                COLLEAGUE[1], TEL),
        case(f, f"{a}/v2/bayar/transfer", headers=_h(rng, **b), body={
            "penerima": {"nomorHp": L(COLLEAGUE[1], TEL), "nama": L(COLLEAGUE[0], NAMEC)},
            "nominal": L(125000, BUY), "pesan": L("Patungan makan siang kemarin", TEXT),
            "pin": L(KILAT_PIN, CRED), "idTransaksi": obj(rng, "trx", 12)}),
        case(f, f"{a}/v2/saldo/isi", fmt="form", headers=_h(rng, **b), body={
            "nominal": L("500000", BUY), "sumber": "virtual_account",
            "nomorVa": L("88081204471937", PAY)}),
        multipart(f, f"{a}/v2/kyc/dokumen", [
            ("paspor", "paspor.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("kitas", "kitas.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "nomorPaspor": L(PASSPORT_IE, NATID), "nomorKitas": L(KITAS, NATID),
                "kewarganegaraan": L("Irlandia", SENS), "tanggalLahir": L(DOB, BIRTH),
                "alamatDomisili": L(JKT_HOME["alamat"], ADDR),
                "pekerjaan": "karyawan swasta"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/kyc/wajah", headers=_h(rng, **b), body={
            "sesi": obj(rng, "lv", 10),
            "templat": L(f32b64([round(rng.gauss(0, 0.08), 4) for _ in range(128)]), FACE),
            "skorLiveness": 0.977, "kotakWajah": [188, 302, 410, 410]}),
        case(f, f"{a}/v2/tagihan/listrik", fmt="form", headers=_h(rng, **b), body={
            "nomorMeter": "532101884471", "nominal": L("200000", BUY), "pin": L(KILAT_PIN, CRED)}),
        case(f, f"{a}/v2/langganan/play", headers=_h(rng, **b), body={
            "productId": L("kilat_plus_bulanan", BUY),
            "orderId": L("GPA.3319-4410-2287-61022", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/perangkat/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "idInstalasi": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "zonaWaktu": L(TZ, DEV),
            "operator": L("Example Mobile", CARRIER), "jaringan": L(ROAM_NET, CARRIER)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("ride_booked", 1, layanan="motor"), ev("food_checkout", 2, items=2),
                ev("screen", 3, screen=L("WalletHome", USAGE))]}),
        case(f, f"{a}/v2/riwayat", headers=_h(rng, how="nodash"),
             cookies={"kl_sesi": L(opaque(rng, "", 40), CRED)}, query={"jenis": "semua"}),
    ]


def kilatku_sdks() -> list[Case]:
    rng = random.Random(3912)
    ride = [(-6.252118, 106.815309), (-6.241187, 106.816502)]
    return [
        tw_batch(APP, rng, [("Ride Booked", {"harga": L(18000, BUY), "layanan": "motor"}),
                            ("Food Ordered", {"total": L(79000, BUY)})],
                 at=JKT_HOME_AT, nd=2, tz=TZ, locale="id-ID"),
        tw_identify(APP, rng, {"email": L(EMAIL, MAIL), "city": L("Jakarta", COARSE),
                               "kycLevel": "full"}, tz=TZ, locale="id-ID"),
        af_launch(APP, rng, first=True),
        af_event(APP, rng, "af_purchase", {"vertical": "food"}, revenue=79000.0,
                 currency="IDR"),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, at=JKT_HOME_AT, nd=3, country="IDN",
               lang="id"),
        bq_win(APP, rng, "0.41"),
        cb_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [cb_crumb("navigation", "Home -> RideTracking"),
                  cb_crumb("request", "GET /v2/ojek/pesanan", {"status": 200})],
                 screen="RideTrackingActivity", tz=TZ, locale="in_ID"),
        ft_eval(APP, rng, {"market": L("ID", COARSE), "walletKyc": True}, get=True),
        pm_register(APP, rng, at=JKT_OFFICE_AT, nd=2, tz=TZ, lang="id"),
        tc_reverse(APP, rng, JKT_HOME_AT, PRECISE, nd=5),
        tc_telemetry(APP, rng, ride, PRECISE),
        hw_message(APP, rng, L("Saldo terpotong dua kali untuk pesanan makan tadi", TEXT),
                   {"lastOrder": "food"}, lang="id"),
    ]
