"""Customary-village credit institution app "Pipisdesa" (``pipis``: money; ``desa``: village) of
the LPD (Lembaga Perkreditan Desa) of Desa Adat Tegalsari, owned by the customary village where
her husband's family are members: savings, transfers, a loan for the family's ceremony costs, the
field collector's visits, an electricity token, QR payments. Its API's keys are Balinese, many of
them the polite register a bank uses, with Indonesian banking loans: ``parab`` full name,
``tanggal_embas`` birth date (``embas``: born, polite), ``nomer_telpon`` phone, ``surel``
e-mail, ``pin``, ``paspor``, ``kitas``, ``alamat`` address, ``kota`` town, ``kurenan`` spouse,
``nik`` national ID number, ``nasabah`` customer, ``rekening`` account, ``saldo`` balance,
``mutasi`` statement, ``saking`` / ``ring`` from / to, ``jumlah`` amount, ``berita`` note,
``kredit`` loan, ``tetujon`` purpose, ``penjamin`` guarantor, ``cicilan`` instalment,
``tabungan`` savings, ``setoran`` deposit, ``kolektor`` collector, ``nomer_meter`` meter number,
``pabesen`` message. Calls: opening an account (passport, KITAS, her husband's NIK), a PIN log-in,
``/tiang`` with a JWT, the balance by account in the path, the statement, a transfer to her
mother-in-law, a loan application (her husband as guarantor), her KITAS photo, an instalment,
the daughter's education savings, offices near her (3 decimals), an electricity token, a QR
payment at a warung, a protobuf session beat, the collector's deposit (msgpack, her fix at 4
decimals), the loan schedule by loan number in the path, a message, a PIN change, promotions by
cookie, push, events and a log-out. Credit unions (sets 181, 226, 228) and microfinance (125,
241) exist; an LPD is owned by a customary (adat) village and open to its members' families."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families247_kit import (
    DAUGHTER,
    DOB_ID,
    HOME,
    HOME_AT,
    HUSBAND,
    ID_NET,
    KID,
    KITAS,
    LOAN,
    LPD,
    LPD_ACCOUNT,
    MOTHER_IL,
    NASABAH,
    PASSPORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families247_sdk import (
    ck_crash,
    ck_crumb,
    ck_session,
    mk_batch,
    mk_identify,
    tb_event,
    tb_launch,
)
from eval_families247_svc import cp_confirm, cs_check, fp_eval, hm_attach, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pipisdesa", "Pipisdesa", "com.example.pipisdesa", "5.0.3",
          "https://api.pipisdesa.example.co.id")
IID = "X-PD-Install"
NID = "personal.national_id"
MIL_ACCOUNT = "LPD-TGS-01-0012907"  # her mother-in-law's account (financial.payment)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def pipisdesa() -> list[Case]:
    rng = random.Random(24721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nasabah=L(NASABAH, UID),
                                    rekening=[L(LPD_ACCOUNT, PAY)]))}
    kla, klo = fix(HOME_AT, 4)
    lab: dict[str, str] = {}
    beat = pb([(1, L(NASABAH, UID)), (2, 1771459200), (3, L(LPD_ACCOUNT, PAY)),
               (4, [(1, L("Pixel 8", DEV)), (2, L("14", DEV))]), (5, L(47, DEV))], "", lab)
    saldo = at_path(case(f, f"{a}/v2/rekening/{LPD_ACCOUNT}/saldo", headers=_h(rng, **b)),
                    LPD_ACCOUNT, PAY)
    jadwal = at_path(case(f, f"{a}/v2/kredit/{LOAN}/jadwal", headers=_h(rng, **b)), LOAN, PAY)
    return [
        case(f, f"{a}/v2/nasabah", headers=_h(rng), body={
            "parab": L(f"{FIRST} {LAST}", NAMEC), "tanggal_embas": L(DOB_ID, BIRTH),
            "nomer_telpon": L(E164, TEL), "surel": L(EMAIL, MAIL),
            "paspor": L(PASSPORT, NID), "kitas": L(KITAS, NID),
            "alamat": L(HOME["line"], ADDR), "kota": L(HOME["town"], COARSE),
            "kode_pos": L(HOME["post"], COARSE),
            "kurenan": {"parab": L(HUSBAND[0], NAMEC), "nik": L(HUSBAND[2], NID),
                        "nomer_telpon": L(HUSBAND[1], TEL)},
            "jenis_tabungan": "sukarela", "kantor": LPD["id"]}),
        case(f, f"{a}/v2/macelep", fmt="form", headers=_h(rng), body={
            "nasabah": L(NASABAH, UID), "pin": L("270591", CRED),
            "piranti": L(INSTALL_ID, DID), "operator": L(ID_NET, "location.carrier"),
            "roaming": L("1", DEV)}),
        case(f, f"{a}/v2/tiang", headers=_h(rng, extra=jw)),
        saldo,
        case(f, f"{a}/v2/mutasi", headers=_h(rng, **b), query={
            "rekening": L(LPD_ACCOUNT, PAY), "saking": "2026-01-01", "kantos": "2026-01-31"}),
        case(f, f"{a}/v2/transfer", headers=_h(rng, **b), body={
            "saking": L(LPD_ACCOUNT, PAY),
            "ring": {"rekening": L(MIL_ACCOUNT, PAY), "parab": L(MOTHER_IL[0], NAMEC)},
            "jumlah": L(1500000, BUY), "berita": L("Anggen ubad lan belanja Meme", TEXT),
            "ref": rid(rng)}),
        case(f, f"{a}/v2/kredit/pengajuan", headers=_h(rng, **b), body={
            "nasabah": L(NASABAH, UID), "jumlah": L(25000000, BUY), "jangka_sasih": 24,
            "tetujon": L("Biaya upacara ngaben mertua lanang ring sasih kapitu", f"{TEXT}|{SENS}"),
            "penjamin": {"parab": L(HUSBAND[0], NAMEC), "nik": L(HUSBAND[2], NID),
                         "nomer_telpon": L(HUSBAND[1], TEL)},
            "jaminan": "sertifikat_tanah", "kode_produk": "KUP-12"}),
        multipart(f, f"{a}/v2/dokumen", [
            ("berkas", "kitas.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {"nasabah": L(NASABAH, UID), "jenis": "KITAS",
                                                "nomer": L(KITAS, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kredit/cicilan", fmt="form", headers=_h(rng, **b), body={
            "kredit": L(LOAN, PAY), "jumlah": L("1187500", BUY),
            "saking": L(LPD_ACCOUNT, PAY), "sasih": "2026-02"}),
        case(f, f"{a}/v2/tabungan/pendidikan", headers=_h(rng, **b), body={
            "nasabah": L(NASABAH, UID),
            "anggen": {"parab": L(KID, NAMEC), "tanggal_embas": L(DAUGHTER["dob"], BIRTH)},
            "setoran_sasih": L(500000, BUY), "target_tahun": 2035}),
        case(f, f"{a}/v2/kantor/paek", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/v2/token-listrik", headers=_h(rng, **b), body={
            "nomer_meter": L("14237719052", UID), "nominal": 200000,
            "jumlah": L(202500, BUY), "saking": L(LPD_ACCOUNT, PAY)}),
        case(f, f"{a}/v2/qris/mayah", headers=_h(rng, **b), body={
            "merchant": {"id": "ID1022031478291", "wasta": "Warung Men Bagus",
                         "kota": "Denpasar"},
            "jumlah": L(47000, BUY), "saking": L(LPD_ACCOUNT, PAY), "ref": rid(rng)}),
        raw(f, f"{a}/v2/sesi/detak", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/kolektor/setoran", fmt="msgpack", headers=_h(rng, **b), body={
            "kolektor": "kl_017", "rekening": L(LPD_ACCOUNT, PAY), "jumlah": L(300000, BUY),
            "genah": {"lat": kla, "lng": klo}, "bukti": obj(rng, "sb")}),
        jadwal,
        case(f, f"{a}/v2/pabesen", headers=_h(rng, **b), body={
            "ring": "cs_lpd",
            "pabesen": L(f"Om Swastyastu, cicilan kredit {LOAN} sasih niki dados kaundur?",
                         f"{TEXT}|{PAY}")}),
        case(f, f"{a}/v2/pin/ganti", fmt="form", headers=_h(rng, **b), body={
            "pin_lawas": L("270591", CRED), "pin_anyar": L("913508", CRED)}),
        case(f, f"{a}/v2/promo", headers=_h(rng, how="none"), cookies={
            "pd_sesi": L(opaque(rng, "", 40), CRED), "pd_dev": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("transfer", 1), ev("screen", 2, screen=L("Mutasi", USAGE))]}),
        case(f, f"{a}/v2/pesu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def pipisdesa_sdks() -> list[Case]:
    rng = random.Random(24722)
    return [
        mk_batch(APP, rng, [("Transfer Sent", {"amount": L(1500000, BUY)}),
                            ("Loan Applied", {"product": "KUP-12"})]),
        mk_identify(APP, rng, {"kota": L("Denpasar", COARSE), "nasabah": L(NASABAH, UID)}),
        tb_launch(APP, rng, first=True, user=True),
        tb_event(APP, rng, "loan_application", {"product": "KUP-12"}),
        ck_crash(APP, rng, ("java.lang.NumberFormatException", "jumlah: '1.500.000'"),
                 [ck_crumb("nav", "Beranda -> Transfer"), ck_crumb("tap", "kirim")],
                 screen="TransferActivity"),
        ck_session(APP, rng, secs=377),
        fp_eval(APP, rng, {"kantor": LPD["id"], "segment": "nasabah_anyar"}, hdr=True),
        pk_register(APP, rng, tags={"kantor": LPD["id"]}),
        cs_check(APP, rng, {"analytics": True, "marketing": False}),
        cp_confirm(APP, rng, "202500"),
        hm_attach(APP, rng, L(PDF, f"{MEDIA}|{PAY}"), "mutasi_januari.pdf", "application/pdf"),
    ]
