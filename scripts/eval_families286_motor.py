"""A motorcycle consumer-finance app "Motoripu" (a scooter on credit from a Limboto dealer, paid
monthly by virtual account; its API's keys are Gorontalo with the Indonesian words of credit:
``tanggulo`` name, ``fam`` family name, ``surel`` e-mail, ``hp`` mobile number, ``sandi``
password, ``dulahu_lahiri`` birth date, ``kitas`` limited-stay permit, ``paspor`` passport,
``npwp`` tax number, ``alamati`` address, ``kelurahani`` ward, ``kecamatani`` district, ``lipu``
town, ``karaja`` work, ``penghasilan`` income, ``penjamin`` guarantor (``nik`` national ID),
``motoru`` motorcycle, ``harga`` price, ``dp`` down payment, ``tenor`` months, ``angsurani``
instalment, ``doi`` amount, ``kontrak`` contract, ``va`` virtual account, ``patokan`` landmark,
``loiya`` message, ``aplikasi`` installed apps): sign-up, log-in, ``/akun``, the credit
application (her KITAS, passport, tax number, work, her husband as guarantor), a device check with
the installed apps, a selfie with her KITAS, the home survey with her fix and a landmark, the
offer, the e-signature and its OTP, the contract PDF by number in the path, the schedule, an
instalment by VA, the early-settlement quote, the BPKB (ownership book) by contract in the path,
reminders, a complaint, push, events and a token refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    APPS,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families286_kit import (
    BRANCH,
    CONTRACT,
    DEALER,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_NIK,
    KITAS,
    NPWP,
    PASSPORT,
    VA,
    fix,
    hd,
    obj,
    push,
)
from eval_families286_sdk import (
    cr_crash,
    cr_crumb,
    hg_batch,
    hg_pixel,
    hg_queue,
    jb_event,
    jb_launch,
)
from eval_families286_svc import by_wallet, fp_eval, hw_message, mt_reverse, ps_register, st_check
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("motoripu", "Motoripu", "com.example.motoripu", "5.4.2",
          "https://api.motoripu.example.co.id")
IID = "X-MRP-Device-Id"
PW = "Vario125!Limboto"
APPLICATION = "APL-2602-55821"  # the application (financial.purchase)
INSTALLED = ["com.example.walletku", "com.example.karawoku", "com.example.tolangga",
             "com.example.pinjolcepat", "com.example.marketplace"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, loc=True, **kw)


def motoripu() -> list[Case]:
    rng = random.Random(28631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, hp=L(E164, TEL), kontrak=[L(CONTRACT, BUY)]))}
    hla, hlo = fix(HOME_AT, 6)
    pdf = at_path(case(f, f"{a}/v5/kontrak/{CONTRACT}/dokumen", headers=_h(rng, **b),
                       query={"format": "pdf"}), CONTRACT, BUY)
    bpkb = at_path(case(f, f"{a}/v5/kontrak/{CONTRACT}/bpkb", headers=_h(rng, **b)),
                   CONTRACT, BUY)
    return [
        case(f, f"{a}/v5/daftar", headers=_h(rng), body={
            "tanggulo": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "surel": L(EMAIL, MAIL),
            "hp": L(E164, TEL), "sandi": L(PW, CRED), "setuju_slik": True}),
        case(f, f"{a}/v5/masuk", fmt="form", headers=_h(rng), body={
            "hp": L(E164, TEL), "sandi": L(PW, CRED), "perangkat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v5/akun", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v5/pengajuan", headers=_h(rng, **b), body={
            "pengajuan": L(APPLICATION, BUY),
            "pemohon": {"tanggulo": L(f"{FIRST} {LAST}", NAMEC), "dulahu_lahiri": L(DOB, BIRTH),
                        "jk": L("P", GENDER), "kitas": L(KITAS, NATID),
                        "paspor": L(PASSPORT, NATID), "npwp": L(NPWP, NATID),
                        "status_kawin": "kawin"},
            "alamati": {"jalan": L(HOME["line"], ADDR), "kelurahani": L(HOME["kel"], COARSE),
                        "kecamatani": L(HOME["town"], COARSE), "lipu": L(HOME["regency"], COARSE),
                        "kode_pos": L(HOME["post"], COARSE)},
            "karaja": {"jenis": "guru bahasa Inggris", "kantor": "Lembaga Kursus Bahasa",
                       "lama_tahun": 2},
            "penghasilan": 9500000,
            "penjamin": {"tanggulo": L(HUSBAND[0], NAMEC), "hp": L(HUSBAND[1], TEL),
                         "nik": L(HUSBAND_NIK, NATID), "hubungan": "suami"},
            "motoru": {"model": "Matic 125 CBS", "warna": "merah", "dealer": DEALER["id"]},
            "harga": L(27650000, BUY), "dp": L(4500000, BUY), "tenor": 24}),
        case(f, f"{a}/v5/perangkat/cek", headers=_h(rng, **b), body={
            "android_id": L(ANDROID_ID, DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "root": L(False, DEV),
            "aplikasi": [L(p, APPS) for p in INSTALLED], "pengajuan": L(APPLICATION, BUY)}),
        multipart(f, f"{a}/v5/pengajuan/swafoto", [
            ("foto", "selfie_kitas.jpg", "image/jpeg", L(JPEG + b"\x6e", MEDIA)),
            ("meta", None, "application/json", {"pengajuan": L(APPLICATION, BUY),
                                                "dokumen": "kitas"})], headers=_h(rng, **b)),
        case(f, f"{a}/v5/survei", headers=_h(rng, **b), body={
            "pengajuan": L(APPLICATION, BUY), "titik": {"lat": hla, "lng": hlo, "akurasi": 9},
            "patokan": L("Green house with a mango tree, two doors after the Al-Falah mosque",
                         f"{TEXT}|{ADDR}"),
            "jadwal": "2026-02-14T10:00", "surveyor": "sv_0212"}),
        case(f, f"{a}/v5/penawaran", headers=_h(rng, **b), query={
            "pengajuan": L(APPLICATION, BUY), "tenor": "24"}),
        multipart(f, f"{a}/v5/tandatangan", [
            ("ttd", "ttd.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"kontrak": L(CONTRACT, BUY),
                                                "otp": L("774120", CRED)})],
            headers=_h(rng, **b)),
        pdf,
        case(f, f"{a}/v5/jadwal", headers=_h(rng, **b), query={"kontrak": L(CONTRACT, BUY)}),
        case(f, f"{a}/v5/bayari", headers=_h(rng, **b), body={
            "kontrak": L(CONTRACT, BUY), "va": L(VA, PAY), "bank": "bank_sulut_va",
            "angsurani_ke": 1, "doi": L(1187000, BUY), "denda": 0}),
        case(f, f"{a}/v5/pelunasan/simulasi", fmt="form", headers=_h(rng, **b), body={
            "kontrak": L(CONTRACT, BUY), "per_tanggal": "2026-08-01"}),
        bpkb,
        multipart(f, f"{a}/v5/asuransi/klaim", [
            ("foto", "spion.jpg", "image/jpeg", L(JPEG + b"\x6f", MEDIA)),
            ("meta", None, "application/json", {
                "kontrak": L(CONTRACT, BUY), "kejadian": "2026-04-02T17:40",
                "kronologi": L("A bentor hit my mirror at the Limboto roundabout, nobody hurt",
                               TEXT),
                "lokasi": L("Bundaran Limboto", COARSE)})], headers=_h(rng, **b)),
        case(f, f"{a}/v5/pengingat", fmt="form", headers=_h(rng, **b), body={
            "kontrak": L(CONTRACT, BUY), "hari_sebelum": "3", "kanal": "wa",
            "hp": L(E164, TEL)}),
        case(f, f"{a}/v5/keluhan", headers=_h(rng, **b), body={
            "kontrak": L(CONTRACT, BUY), "kategori": "pembayaran",
            "loiya": L("I paid the February instalment by VA on the 5th but the app still shows "
                       "it unpaid", f"{TEXT}|{BUY}"), "tiket": obj(rng, "tkt")}),
        case(f, f"{a}/v5/cabang", headers=_h(rng, **b), query={
            "id": BRANCH["id"], "layanan": "bpkb"}),
        case(f, f"{a}/v5/perangkat/push", headers=_h(rng, **b),
             body=push(push_token(rng), lang="id_ID")),
        case(f, f"{a}/v5/peristiwa", gz=True, headers=_h(rng, **b), body={
            "pengguna": L(USER_ID, UID), "sesi": rid(rng), "peristiwa": [
                ev("pengajuan_kirim", 1), ev("layar", 2, layar=L("JadwalAngsuran", USAGE))]}),
        case(f, f"{a}/v5/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "perangkat": L(INSTALL_ID, DID)}),
    ]


def motoripu_sdks() -> list[Case]:
    rng = random.Random(28632)
    return [
        hg_batch(APP, rng, [("Application Sent", {"tenor": 24}),
                            ("Instalment Paid", {"amount": L(1187000, BUY)})], locale="id_ID"),
        hg_pixel(APP, rng, "Schedule Opened", {"tenor": 24}),
        hg_queue(APP, rng, [("Survey Scheduled", {}), ("Offer Viewed", {"tenor": 24})]),
        jb_launch(APP, rng, first=True, user=True),
        jb_event(APP, rng, "credit_approved", {"kontrak": L(CONTRACT, BUY)},
                 revenue=27650000.0, hashed=True),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "camera busy"),
                 [cr_crumb("nav", "Pengajuan -> Swafoto")], screen="SwafotoActivity"),
        fp_eval(APP, rng, {"lipu": L("Limboto", COARSE), "segment": "new_customer"}, hdr=True),
        st_check(APP, rng, {"analytics": True, "marketing": True}),
        ps_register(APP, rng, lang="id", tags={"cabang": BRANCH["id"]}),
        by_wallet(APP, rng, "1187000", L(E164, TEL)),
        mt_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hw_message(APP, rng, L(f"Please send the BPKB status for contract {CONTRACT}",
                               f"{TEXT}|{BUY}"), {"kontrak": L(CONTRACT, BUY)}),
    ]
