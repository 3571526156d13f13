"""Kuala Lumpur motorbike-parcel and e-wallet app "Lajuhantar" (its API's keys are Malay):
sign-up, the SMS code, a log-in, ``/saya``, the e-KYC (her MyPR card, both sides, and a selfie),
her saved address, a quote and a parcel booking to a friend in Petaling Jaya, the parcel's photo,
tracking by number in the path, a chat with the rider (msgpack), a rating and tip, a location
heartbeat while waiting (protobuf), wallet top-up, a transfer to her husband, a coffee shop's QR
payment, her bank account, contact matching by hashed numbers, a promo, a complaint, push,
events and the wallet history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
    sha,
)
from eval_families17_kit import E164 as PHONE_E164
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families91_kit import (
    DROP_AT,
    HUSBAND,
    KOPI,
    MY_HOME,
    MY_HOME_AT,
    MYPR,
    OFFICE_AT,
    PARCEL,
    RECIPIENT,
    RIDER,
    WALLET_PIN,
)
from eval_families91_sdk import (
    hb_batch,
    hb_identify,
    jm_event,
    jm_install,
    ls_bid,
    rp_crash,
    rp_crumb,
)
from eval_families91_svc import bp_obank, lw_register, ps_search, st_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("lajuhantar", "Lajuhantar", "com.example.lajuhantar", "5.8.2",
          "https://api.lajuhantar.example.com")
IID = "X-LH-Peranti"
KATA = "Kenanga#Ampang88"
KOPI_AT = (3.148815, 101.712406)  # her fix at the coffee shop near her office


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("ms-MY,ms;q=0.9,en;q=0.8", DEV)
    return h


def _addr(**more: Any) -> dict[str, Any]:
    la, lo = fix(MY_HOME_AT)
    return {"alamat": L(MY_HOME["alamat"], ADDR), "jalan": L(MY_HOME["jalan"], ADDR),
            "bandar": L(MY_HOME["bandar"], COARSE), "poskod": L(MY_HOME["poskod"], COARSE),
            "negeri": L(MY_HOME["negeri"], COARSE), "lat": la, "lng": lo, **more}


def lajuhantar() -> list[Case]:
    rng = random.Random(9111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(PHONE_E164, TEL), nama=L(NAME, NAMEC)))}
    p_url = f"{a}/v1/penghantaran/{PARCEL}"
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, [(1, L(3.158197, PRECISE)), (2, L(101.744871, PRECISE))]),
               (3, L(PARCEL, BUY)), (4, 62), (5, "4g")], "", lab)
    rec = RECIPIENT
    return [
        case(f, f"{a}/v1/akaun/daftar", headers=_h(rng), body={
            "nama": L(FIRST, NAMEC), "nama_keluarga": L(LAST, NAMEC),
            "nombor_telefon": L(PHONE_E164, TEL), "emel": L(EMAIL, MAIL),
            "kata_laluan": L(KATA, CRED), "tarikh_lahir": L(DOB, BIRTH),
            "jantina": L("perempuan", GENDER), "kod_rujukan": "LAJU-8Q2M", "terma": True}),
        case(f, f"{a}/v1/akaun/otp", fmt="form", headers=_h(rng), body={
            "nombor_telefon": L(PHONE_E164, TEL), "kod_otp": L("481920", CRED),
            "saluran": "sms"}),
        case(f, f"{a}/v1/akaun/log-masuk", fmt="form", headers=_h(rng), body={
            "emel": L(EMAIL_UPPER, MAIL), "kata_laluan": L(KATA, CRED), "ingat": "1"}),
        case(f, f"{a}/v1/saya", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/ekyc/dokumen", [
            ("depan", "mypr_depan.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("belakang", "mypr_belakang.jpg", "image/jpeg",
             L(JPEG + b"\x92", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "jenis_kad": "MyPR", "no_kad_pengenalan": L(MYPR, NATID),
                "nama_penuh": L(NAME, NAMEC), "tarikh_lahir": L(DOB, BIRTH),
                "alamat": L(f"{MY_HOME['alamat']}, {MY_HOME['jalan']}", ADDR),
                "poskod": L(MY_HOME["poskod"], COARSE)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/ekyc/swafoto", [
            ("swafoto", "selfie.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("meta", None, "application/json", {"semakan": obj(rng, "kyc", 10),
                                                "skor_hidup": 0.97, "kamera": "depan"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/alamat", headers=_h(rng, **b), body=_addr(
            label="Rumah", nota_penunggang=L("Blok B, beritahu pengawal unit B-18-07",
                                             f"{TEXT}|{ADDR}"))),
        case(f, f"{a}/v1/penghantaran/sebut-harga", headers=_h(rng, **b), query={
            "ambil_lat": L(f"{MY_HOME_AT[0]:.6f}", PRECISE),
            "ambil_lng": L(f"{MY_HOME_AT[1]:.6f}", PRECISE),
            "hantar_lat": f"{DROP_AT[0]:.6f}", "hantar_lng": f"{DROP_AT[1]:.6f}", "saiz": "S"}),
        case(f, f"{a}/v1/penghantaran", headers=_h(rng, **b), body={
            "no_tempahan": L(PARCEL, BUY), "tambang": L("14.50", BUY), "kaedah": "dompet",
            "pengirim": {"nama": L(NAME, NAMEC), "telefon": L(PHONE_E164, TEL)},
            "ambil": _addr(), "penerima": {
                "nama": L(rec["nama"], NAMEC), "telefon": L(rec["telefon"], TEL),
                "alamat": L(rec["alamat"], ADDR), "poskod": L(rec["poskod"], ADDR),
                "bandar": L(rec["bandar"], ADDR), "lat": DROP_AT[0], "lng": DROP_AT[1]},
            "barang": "Dokumen", "saiz": "S", "insurans": False}),
        at_path(multipart(f, f"{p_url}/foto", [
            ("foto", "bungkusan.jpg", "image/jpeg", L(JPEG + b"\x94", MEDIA)),
            ("meta", None, "application/json", {"berat_kg": 0.4})], headers=_h(rng, **b)),
            PARCEL, BUY),
        at_path(case(f, f"{p_url}/jejak", headers=_h(rng, **b)), PARCEL, BUY),
        raw(f, f"{a}/v1/lokasi/denyut", beat, "application/x-protobuf", lab,
            headers=_h(rng, how="upper", **b)),
        at_path(case(f, f"{p_url}/sembang", fmt="msgpack", headers=_h(rng, **b), body={
            "penunggang": RIDER["id"], "mesej": L("Saya tunggu di lobi Blok B ya", TEXT),
            "id_mesej": obj(rng, "msg", 10), "masa": 1765331820}), PARCEL, BUY),
        at_path(case(f, f"{p_url}/penilaian", fmt="form", headers=_h(rng, **b), body={
            "penunggang": RIDER["id"], "bintang": "5", "tip": L("3.00", BUY),
            "komen": L("Cepat dan sopan, terima kasih!", TEXT)}), PARCEL, BUY),
        case(f, f"{a}/v1/dompet/tambah-nilai", fmt="form", headers=_h(rng, **b), body={
            "jumlah": L("100.00", BUY), "sumber": "obank", "bank": "BSM0101",
            "rujukan": rid(rng)}),
        case(f, f"{a}/v1/dompet/pindah", headers=_h(rng, **b), body={
            "telefon_penerima": L(HUSBAND[1], TEL), "nama_penerima": L(HUSBAND[0], NAMEC),
            "jumlah": L("250.00", BUY), "nota": L("Duit barang dapur minggu ni", TEXT),
            "pin_dompet": L(WALLET_PIN, CRED), "idempotensi": rid(rng)}),
        case(f, f"{a}/v1/dompet/bayar-qr", headers=_h(rng, **b), body={
            "qr": KOPI["qr"], "peniaga": KOPI["nama"], "telefon_peniaga": KOPI["tel"],
            "jumlah": L("8.90", BUY), "pin_dompet": L(WALLET_PIN, CRED),
            "lokasi": {"lat": L(KOPI_AT[0], PRECISE), "lng": L(KOPI_AT[1], PRECISE)}}),
        case(f, f"{a}/v1/dompet/bank", headers=_h(rng, **b), body={
            "nama_bank": "Bank Seri Mutiara", "no_akaun": L("1640 2290 1775", PAY),
            "nama_pemegang": L(NAME, NAMEC), "utama": True}),
        case(f, f"{a}/v1/kenalan/padan", headers=_h(rng, **b), body={
            "senarai": [L(sha("sha256", p), CONTACTS) for _, p, _ in PEOPLE[:4]],
            "algo": "sha256", "versi": 2}),
        case(f, f"{a}/v1/promosi/tebus", fmt="form", headers=_h(rng, **b), body={
            "kod": "HANTAR5", "no_tempahan": L(PARCEL, BUY)}),
        case(f, f"{a}/v1/sokongan/aduan", headers=_h(rng, **b), body={
            "kategori": "penghantaran", "no_tempahan": L(PARCEL, BUY),
            "mesej": L(f"Bungkusan {PARCEL} lambat 40 minit, penerima tunggu lama",
                       f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v1/peranti/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "peranti_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "versi_os": L("Android 14", DEV),
            "bahasa": L("ms_MY", DEV), "zon_waktu": L("Asia/Kuala_Lumpur", DEV)}),
        case(f, f"{a}/v1/analitik", gz=True, headers=_h(rng, **b), body={
            "pengguna": L(USER_ID, UID), "acara": [
                ev("tempah_penghantaran", 1, saiz="S"), ev("bayar_qr", 2),
                ev("skrin", 3, skrin=L("Dompet", USAGE))]}),
        case(f, f"{a}/v1/dompet/sejarah", headers=_h(rng, how="none"), query={"bulan": "2025-12"},
             cookies={"lh_sesi": L(opaque(rng, "", 40), CRED), "lh_peranti": L(INSTALL_ID, DID),
                      "lh_req": rid(rng)}),
    ]


def lajuhantar_sdks() -> list[Case]:
    rng = random.Random(9112)
    return [
        hb_batch(APP, rng, [("Parcel Booked", {"fare": L(14.5, BUY), "size": "S"}),
                            ("Wallet Top Up", {"amount": L(100, BUY)})],
                 at=MY_HOME_AT, nd=2, locale="ms_MY"),
        hb_identify(APP, rng, {"bandar": L("Kuala Lumpur", COARSE),
                               "poskod": L("55000", COARSE), "tier": "emas"}),
        jm_install(APP, rng, first=True),
        jm_event(APP, rng, "parcel_booked", {"order": L(PARCEL, BUY)}, revenue=14.5,
                 hashed=True),
        ls_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=OFFICE_AT, nd=3, yob=1991,
               gender="F"),
        rp_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [rp_crumb("nav", "Utama -> Jejak"), rp_crumb("net", "GET /v1/penghantaran",
                                                               {"status": 200})],
                 screen="JejakActivity"),
        lw_register(APP, rng, at=MY_HOME_AT, nd=2, lang="ms", tags={"tier": "emas"}),
        bp_obank(APP, rng, "100.00", "BSM0101"),
        ps_search(APP, rng, "Jalan SS 2/55, Petaling Jaya", ADDR, near=MY_HOME_AT, nd=3),
        st_message(APP, rng, L(f"Tambang {PARCEL} dicaj dua kali", f"{TEXT}|{BUY}"),
                   {"no_tempahan": L(PARCEL, BUY)}),
    ]
