"""Motor-vehicle tax and registration app "Ondapajak" (a fictional provincial one-roof office's
app, Samsat: the yearly motorbike tax, the mandatory accident levy, the five-yearly registration
renewal with a physical check; her scooter, bought from her husband's cousin, is in her name on
her stay permit). Its API's keys are Minangkabau with Indonesian administrative loans, as a
Padang developer writes them: ``namo_pamiliak`` owner's name, ``nomor_hape`` mobile number,
``kato_sandi`` password, ``nomor_kitas`` stay-permit number, ``paspor`` passport,
``tanggal_lahia`` birth date, ``alamaik`` address, ``kalurahan``/``kecamatan`` ward/district,
``koto`` town, ``kode_pos`` post code, ``kandaraan`` vehicle, ``nomor_polisi`` plate,
``nomor_rangka``/``nomor_mesin`` frame/engine number, ``tagihan`` bill, ``pajak`` tax, ``dando``
fine, ``jatuah_tampo`` due date, ``kode_bayia`` billing code, ``bayia`` payment, ``nomor_va``
virtual account, ``jumlah`` amount, ``bukti`` receipt, ``jadwal`` appointment, ``pamiliak_lamo``
previous owner, ``nik`` national ID number, ``dompet`` e-wallet, ``pangingek`` reminder,
``pasan`` message: sign-up, an OAuth password grant, ``/ambo``, the scooter added, the bill, its
payment by virtual account, the receipt by billing code in the path, the accident levy, a
renewal appointment, the check-in at the office, the stay-permit scan, the frame-number rubbing
photo, an address change, the fines check, the transfer from the previous owner, an e-wallet
link (base64 JSON in a form field), a reminder, a help message, history by cookie, push, events
and a log-out. Set 105's property tax and the licence apps (tests, conversions) are the nearest
kinds; no earlier set has a vehicle tax or registration renewal."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families251_kit import (
    HOME,
    KITAS,
    ONDA,
    PASSPORT,
    SAMSAT,
    SAMSAT_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families251_sdk import bs_bid, bs_notice, cm_crash, cm_crumb, mk_batch, tg_launch
from eval_families251_svc import cb_save, cr_card, cr_confirm, fs_eval, hp_attach, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ondapajak", "Ondapajak", "com.example.ondapajak", "2.4.1",
          "https://api.ondapajak.example.org")
IID = "X-Ondapajak-Device"
NID = "personal.national_id"
PW = "Vario125!Padang"
BILL = "SBR2512040017731"  # the billing code of her tax bill (financial.purchase)
COUSIN = ("Rudi Hartono", "1306071204880002")  # the previous owner (typed by her)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, idn=True, **kw)


def ondapajak() -> list[Case]:
    rng = random.Random(25121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nomor_kitas=L(KITAS, NID),
                                    wn="WNA"))}
    sla, slo = fix(SAMSAT_FIX, 4)
    receipt = at_path(case(f, f"{a}/v1/bukti/{BILL}", headers=_h(rng, **b)), BILL, BUY)
    return [
        case(f, f"{a}/v1/daftar", headers=_h(rng), body={
            "namo_pamiliak": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "nomor_hape": L(E164, TEL), "kato_sandi": L(PW, CRED), "nomor_kitas": L(KITAS, NID),
            "paspor": L(PASSPORT, NID), "tanggal_lahia": L(DOB, BIRTH),
            "alamaik": L(HOME["line"], ADDR), "kalurahan": L(HOME["kel"], COARSE),
            "kecamatan": L(HOME["kec"], COARSE), "koto": L(HOME["town"], COARSE),
            "kode_pos": L(HOME["post"], COARSE), "kawarganagaraan": "US"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ondapajak-android"}),
        case(f, f"{a}/v1/ambo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kandaraan", headers=_h(rng, **b), body={
            "nomor_polisi": ONDA["plate"], "nomor_rangka": ONDA["frame"],
            "nomor_mesin": ONDA["engine"], "merek": ONDA["make"], "tahun": ONDA["year"],
            "nomor_kitas_pamiliak": L(KITAS, NID)}),
        case(f, f"{a}/v1/tagihan", headers=_h(rng, **b), query={
            "nopol": ONDA["plate"], "kitas": L(KITAS, NID)}),
        case(f, f"{a}/v1/bayia", fmt="form", headers=_h(rng, **b), body={
            "kode_bayia": L(BILL, BUY), "pajak": L("412000", BUY), "swdkllj": L("35000", BUY),
            "jumlah": L("447000", BUY), "metode": "va",
            "nomor_va": L("8877001371440217", PAY)}),
        receipt,
        case(f, f"{a}/v1/swdkllj", headers=_h(rng, **b), query={
            "nopol": ONDA["plate"], "kode_bayia": L(BILL, BUY)}),
        case(f, f"{a}/v1/jadwal/cek_fisik", headers=_h(rng, **b), body={
            "kantor": SAMSAT["id"], "slot": obj(rng, "sl"), "tanggal": "2026-01-08",
            "jam": "09:30", "nopol": ONDA["plate"], "pamiliak": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/jadwal/hadia", headers=_h(rng, **b), body={
            "kantor": SAMSAT["id"], "posisi": {"lat": sla, "lng": slo},
            "kantor_titik": {"lat": SAMSAT["lat"], "lng": SAMSAT["lon"]},
            "antrian": "B-041"}),
        multipart(f, f"{a}/v1/dokumen/kitas", [
            ("berkas", "kitas_depan.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"jenis": "kitas",
                                                "nomor": L(KITAS, NID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/dokumen/gesek_rangka", [
            ("berkas", "gesek.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("meta", None, "application/json", {"nomor_rangka": ONDA["frame"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/alamaik", fmt="form", headers=_h(rng, **b), body={
            "alamaik": L(HOME["line"], ADDR), "kalurahan": L(HOME["kel"], COARSE),
            "kecamatan": L(HOME["kec"], COARSE), "kode_pos": L(HOME["post"], COARSE),
            "provinsi": L(HOME["prov"], COARSE)}),
        case(f, f"{a}/v1/dando/etle", headers=_h(rng, **b), query={
            "nopol": ONDA["plate"], "sajak": "2025-01-01"}),
        case(f, f"{a}/v1/balik_namo", headers=_h(rng, **b), body={
            "nopol": ONDA["plate"], "bpkb": ONDA["bpkb"],
            "pamiliak_lamo": {"namo": L(COUSIN[0], NAMEC), "nik": L(COUSIN[1], NID)},
            "pamiliak_baru": {"namo": L(f"{FIRST} {LAST}", NAMEC), "kitas": L(KITAS, NID)},
            "harago_jua": L(9500000, BUY)}),
        case(f, f"{a}/v1/dompet/hubuangkan", fmt="form", headers=_h(rng, **b), body={
            "data": W({"nomor_hape": L(E164, TEL), "id_dompet": L(opaque(rng, "ew_", 20), PAY),
                       "namo": L(f"{FIRST} {LAST}", NAMEC)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/pangingek", headers=_h(rng, **b), body={
            "nopol": ONDA["plate"], "jatuah_tampo": "2026-12-04", "hari_sabalun": 14,
            "lewat": "wa", "nomor_hape": L(E164, TEL)}),
        case(f, f"{a}/v1/pasan", headers=_h(rng, **b), body={
            "topik": "data_pamiliak",
            "pasan": L(f"My KITAS was renewed, the new number is {KITAS}, please update the "
                       "owner record", f"{TEXT}|{NID}")}),
        case(f, f"{a}/v1/riwayat", headers=_h(rng, how="none"), cookies={
            "op_sesi": L(opaque(rng, "", 40), CRED), "op_dev": L(INSTALL_ID, DID),
            "op_req": rid(rng)}),
        case(f, f"{a}/v1/parangkek", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kajadian", gz=True, headers=_h(rng, **b), body={
            "pamakai": L(USER_ID, UID), "kajadian": [
                ev("tagihan_dibuka", 1), ev("bayia", 2, jumlah=L(447000, BUY)),
                ev("layar", 3, layar=L("BuktiBayia", USAGE))]}),
        case(f, f"{a}/v1/kaluar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def ondapajak_sdks() -> list[Case]:
    rng = random.Random(25122)
    return [
        mk_batch(APP, rng, [("Bill Viewed", {"plate_region": "BA"}),
                            ("Tax Paid", {"amount": L(447000, BUY)})], at=SAMSAT_FIX, nd=3),
        tg_launch(APP, rng, first=True, user=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="motor,asuransi,servis"),
        bs_notice(APP, rng, "imp"),
        cm_crash(APP, rng, ("java.io.IOException", "va status timeout"),
                 [cm_crumb("nav", "Tagihan -> Bayia"), cm_crumb("tap", "salin_va")],
                 screen="BayiaActivity"),
        fs_eval(APP, rng, {"provinsi": L("Sumatera Barat", COARSE), "wn": "WNA"}, hdr=True),
        pg_register(APP, rng, lang="id", tags={"samsat": SAMSAT["id"]}),
        cb_save(APP, rng, {"analytics": True, "marketing": False}),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "447000"),
        hp_attach(APP, rng, L(JPEG + b"\x54", MEDIA), "bukti_transfer.jpg", "image/jpeg"),
    ]
