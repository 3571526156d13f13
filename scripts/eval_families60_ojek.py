"""Ride-hailing and e-wallet app "Ojekita" in Jakarta (its API's keys are Indonesian; she is on a
two-year posting there and keeps her US number, roaming): WhatsApp OTP log-in, the profile
(``nama_lengkap``, ``tanggal_lahir``, ``jenis_kelamin``), ``/saya`` with a JWT, the saved home
address (``alamat``, ``kode_pos``), drivers nearby, a fare estimate, a motorbike ride booked from
her office to her flat, the trip's position heartbeat (protobuf), the trip shared with a friend,
a rating with a tip, the receipt mailed; the wallet: PIN set-up, a KYC upgrade (NIK, both
photos), the fraud engine's device check, a top-up, a transfer to a friend, a QRIS payment at a
café, history by a cookie GET; favourites, a place search, a promo, a Play subscription, push and
events."""

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
    GENDER,
    HW,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families60_kit import (
    DRIVER,
    JKT_CAFE_AT,
    JKT_HOME,
    JKT_HOME_AT,
    JKT_OFFICE_AT,
    MERCHANT,
    NIK,
    QRIS,
    TEMAN,
    WALLET_PIN,
    fix,
    obj,
)
from eval_families60_sdk import af_event, af_session, al_bid, sf_crumb, sf_error, tl_batch
from eval_families60_svc import bm_register, hm_message, mn_events, mn_search, pk_va, sb_eval
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    GAID,
    ICCID,
    IMEI,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PHONE,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("ojekita", "Ojekita", "com.example.ojekita", "5.12.0", "https://api.ojekita.example.com")
IID = "X-Ojk-Device"
TZ = "Asia/Jakarta"
LANG = "en-US,en;q=0.9,id;q=0.8"
ADID = "id.advertising"
CARRIER = "location.carrier"
JKT = ("IDN", "JK", "Jakarta", "")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = {"Accept-Language": L(LANG, DEV), **kw.pop("extra", {})}
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def ojekita() -> list[Case]:
    rng = random.Random(6011)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, hp=L(E164, "contact.phone"), nama=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    trip = obj(rng, "trp", 12)
    ola, olo = fix(JKT_OFFICE_AT)
    hla, hlo = fix(JKT_HOME_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, [(1, L(-6.228716, PRECISE)),
                                                     (2, L(106.808905, PRECISE))]),
               (4, 6.5), (5, 184), (6, 1765296420)], "", lab)
    return [
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "nomor_hp": L(E164, TEL), "saluran": "whatsapp", "bahasa": L("en", DEV)}),
        case(f, f"{a}/v1/auth/verifikasi", fmt="form", headers=_h(rng), body={
            "nomor_hp": L(PHONE, TEL), "kode_otp": L("771204", CRED),
            "id_perangkat": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v1/pengguna/daftar", headers=_h(rng, **b), body={
            "nama_lengkap": L(NAME, NAMEC), "email": L(EMAIL, MAIL),
            "tanggal_lahir": L("17-05-1991", BIRTH), "jenis_kelamin": L("P", GENDER),
            "kode_referal": "OJKHEMAT", "setuju_syarat": True}),
        case(f, f"{a}/v1/pengguna/saya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pengguna/alamat", headers=_h(rng, **b), body={
            "label": "Rumah", "alamat": L(JKT_HOME["alamat"], ADDR),
            "kelurahan": L(JKT_HOME["kelurahan"], COARSE),
            "kecamatan": L(JKT_HOME["kecamatan"], COARSE), "kota": L(JKT_HOME["kota"], COARSE),
            "provinsi": L(JKT_HOME["provinsi"], COARSE),
            "kode_pos": L(JKT_HOME["kode_pos"], COARSE), "lat": hla, "lng": hlo,
            "catatan": L("Lobi Tower B, unit 17C, telepon saat sampai", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/driver/terdekat", headers=_h(rng, **b), query={
            "lat": L(f"{JKT_OFFICE_AT[0]:.4f}", PRECISE),
            "lng": L(f"{JKT_OFFICE_AT[1]:.4f}", PRECISE), "layanan": "motor", "radius": "1500"}),
        case(f, f"{a}/v1/estimasi", headers=_h(rng, **b), body={
            "jemput": {"lat": ola, "lng": olo}, "tujuan": {"lat": hla, "lng": hlo},
            "layanan": ["motor", "mobil"], "kode_promo": None}),
        case(f, f"{a}/v1/perjalanan", headers=_h(rng, **b), body={
            "id_perjalanan": trip, "layanan": "motor",
            "jemput": {"lat": ola, "lng": olo, "nama_tempat": "Lobi Utara, Gedung Arta SCBD"},
            "tujuan": {"lat": hla, "lng": hlo, "alamat": L(JKT_HOME["alamat"], ADDR)},
            "metode_bayar": "saldo", "estimasi_tarif": 18500,
            "catatan_driver": L("Saya pakai jaket biru, tunggu di depan lobi utara", TEXT)}),
        raw(f, f"{a}/v1/perjalanan/{trip}/lokasi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/perjalanan/{trip}/bagikan", headers=_h(rng, **b), body={
            "kontak": [{"nama": L(TEMAN[0], NAMEC), "nomor_hp": L(TEMAN[1], TEL)}],
            "via": "whatsapp", "driver": {"id": DRIVER["id"], "plat": DRIVER["plat"],
                                          "lat": DRIVER["lat"], "lng": DRIVER["lon"]}}),
        case(f, f"{a}/v1/perjalanan/{trip}/rating", fmt="form", headers=_h(rng, **b), body={
            "bintang": "5", "tip": L("5000", BUY), "id_driver": DRIVER["id"],
            "komentar": L("Driver ramah, helm bersih, hati-hati di jalan", TEXT)}),
        case(f, f"{a}/v1/perjalanan/{trip}/struk", headers=_h(rng, **b), query={
            "kirim_ke": L(EMAIL, MAIL), "format": "pdf", "tarif": L("18500", BUY)}),
        case(f, f"{a}/v1/dompet/aktivasi", headers=_h(rng, **b), body={
            "pin": L(WALLET_PIN, CRED), "konfirmasi_pin": L(WALLET_PIN, CRED),
            "id_perangkat": L(ANDROID_ID, DID)}),
        multipart(f, f"{a}/v1/dompet/kyc", [
            ("foto_identitas", "identitas.jpg", "image/jpeg",
             L(JPEG + b"\x11", f"{MEDIA}|{NATID}")),
            ("swafoto_identitas", "swafoto.jpg", "image/jpeg",
             L(JPEG + b"\x12", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "nik": L(NIK, NATID), "nama_lengkap": L(NAME, NAMEC),
                "tanggal_lahir": L("1991-05-17", BIRTH), "jenis_kelamin": L("PEREMPUAN", GENDER),
                "alamat": L(JKT_HOME["alamat"], ADDR), "kota": L(JKT_HOME["kota"], COARSE),
                "pekerjaan": "Karyawan Swasta"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/risiko/perangkat", headers=_h(rng, **b), body={
            "android_id": L(ANDROID_ID, DID), "imei": L(IMEI, HW), "serial_sim": L(ICCID, SIM),
            "gaid": L(GAID, ADID), "root": L(False, DEV), "emulator": L(False, DEV),
            "ip_lokal": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "mcc_mnc": L("310260", CARRIER), "operator": L("Example Mobile", CARRIER),
            "model": L("Pixel 8", DEV), "versi_os": L("14", DEV),
            "sidik": L(opaque(rng, "", 32), DID)}),
        case(f, f"{a}/v1/dompet/isi-ulang", headers=_h(rng, **b), body={
            "nominal": L(500000, BUY), "metode": "virtual_account", "bank": "nusantara"}),
        case(f, f"{a}/v1/dompet/transfer", headers=_h(rng, **b), body={
            "tujuan": {"nomor_hp": L(TEMAN[1], TEL), "nama": L(TEMAN[0], NAMEC)},
            "nominal": L(150000, BUY), "pesan": L("Patungan makan malam kemarin, makasih!", TEXT),
            "pin": L(WALLET_PIN, CRED), "ref_klien": opaque(rng, "tf", 16)}),
        case(f, f"{a}/v1/dompet/bayar-qris", fmt="form", headers=_h(rng, **b), body={
            "qris": QRIS, "nmid": MERCHANT["nmid"], "merchant": MERCHANT["nama"],
            "kota_merchant": MERCHANT["kota"], "mcc": MERCHANT["mcc"], "nominal": L("38000", BUY),
            "pin": L(WALLET_PIN, CRED), "lat": L(f"{JKT_CAFE_AT[0]:.5f}", PRECISE),
            "lng": L(f"{JKT_CAFE_AT[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/dompet/riwayat", headers=_h(rng, how="upper"), query={
            "halaman": "1", "per_halaman": "20"},
            cookies={"ojk_sesi": L(opaque(rng, "", 48), CRED), "ojk_bahasa": L("en", DEV)}),
        case(f, f"{a}/v1/pengguna/tempat-favorit", headers=_h(rng, **b), body={
            "nama": "Kantor", "lat": ola, "lng": olo,
            "nama_tempat": "Gedung Arta SCBD, Lantai 22"}),
        case(f, f"{a}/v1/tempat/cari", headers=_h(rng, **b), query={
            "q": L("toko roti dekat kemang", SEARCH), "lat": L("-6.23", COARSE),
            "lng": L("106.81", COARSE)}),
        case(f, f"{a}/v1/promo/klaim", fmt="form", headers=_h(rng, **b), body={
            "kode": "HEMAT20", "layanan": "motor"}),
        case(f, f"{a}/v1/langganan/play", headers=_h(rng, **b), body={
            "productId": L("ojekita_plus_bulanan", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3371-2209-4418-55120", BUY)}),
        case(f, f"{a}/v1/perangkat/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "id_instalasi": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "zona_waktu": L(TZ, DEV),
            "bahasa": L("en", DEV)}),
        case(f, f"{a}/v1/event", gz=True, headers=_h(rng, how="nodash", **b), body={
            "id_pengguna": L(USER_ID, UID), "event": [
                ev("pesan_motor", 1, layanan="motor"), ev("bayar_qris", 2, nominal=L(38000, BUY)),
                ev("layar", 3, nama=L("RiwayatDompet", USAGE))]}),
    ]


def ojekita_sdks() -> list[Case]:
    rng = random.Random(6012)
    return [
        tl_batch(APP, rng, [("Ride Booked", {"service": "motor", "fare": L(18500, BUY)}),
                            ("Wallet Topped Up", {"amount": L(500000, BUY)})],
                 screen="TripTracking", at=JKT_OFFICE_AT, nd=2, tz=TZ),
        af_session(APP, rng, first=True),
        af_event(APP, rng, "ride_completed", {"service": "motor"}, revenue="18500",
                 currency="IDR", hashed=True),
        al_bid(APP, rng, {"banner": {"w": 320, "h": 50, "pos": 1}}, ipgeo=JKT, yob=1991,
               gender="F"),
        sf_error(APP, rng, ("java.net.SocketTimeoutException", "timeout /v1/perjalanan"),
                 [sf_crumb("navigation", "Home -> Booking"),
                  sf_crumb("request", "POST /v1/estimasi", {"status": 200, "ms": 812})],
                 context="BookingActivity", tz=TZ),
        sb_eval(APP, rng, {"kota": L("Jakarta", COARSE), "walletTier": "premium"}),
        bm_register(APP, rng, at=JKT_HOME_AT, nd=2, tz=TZ, tags={"service": "motor"}),
        pk_va(APP, rng, 500000, E164),
        mn_search(APP, rng, "Senopati Suites Tower B", ADDR, near=JKT_OFFICE_AT, nd=3,
                  country="id"),
        mn_events(APP, rng, [(-6.226902, 106.808455), (-6.228716, 106.808905)], PRECISE),
        hm_message(APP, rng, L("Driver took a much longer route and I was charged 45.000",
                               TEXT), {"trip": obj(rng, "trp", 12), "lang": L("en", DEV)}),
    ]
