"""A primary school's pupil-savings app "Doiwalao" (``doi`` money, ``walao`` child: Aisyah's
savings book at SD Negeri 3 Limboto, kept by the class teacher, with the canteen paid from it;
the child's data is what the app is for; its API's keys are Gorontalo with Indonesian school
words: ``walao`` child, ``tanggulo`` name, ``fam`` family name, ``nisn`` national pupil number,
``dulahu_lahiri`` birth date, ``jk`` sex, ``kelas`` class, ``buku`` savings book, ``setoran``
deposit, ``penarikan`` withdrawal, ``saldo`` balance, ``target`` goal, ``jajan`` canteen
spending, ``pantangan`` food restriction, ``wali`` guardian, ``loiya`` message, ``alamati``
address): the parent's OAuth log-in, ``/saya`` with the child's book in a claim, linking Aisyah
by NISN, the children, the book's entries by its number in the path, a top-up, a goal (a red
bicycle), a withdrawal for the class trip (PIN), the trip, a canteen limit with her peanut
allergy, canteen spending, the passbook photo, a message to the teacher, the gate pick-up with
her fix, the address, a preferences cookie, push and events with a session cookie. New to the
evaluation: a grep for "school savings", "student savings", "kids' savings" and "piggy" found
nothing; the canteen of sets 100, 125, 137 and 150 is a school app's side page."""

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
    JPEG,
    MAIL,
    MED,
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
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families286_kit import (
    DAUGHTER,
    GATE_FIX,
    HOME,
    SAVINGS,
    SCHOOL,
    fix,
    hd,
    obj,
    push,
)
from eval_families286_sdk import cr_crash, cr_crumb, hg_batch, hg_identify, jb_launch
from eval_families286_svc import by_card, by_confirm, fp_eval, hw_message, ps_register, st_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("doiwalao", "Doiwalao", "com.example.doiwalao", "3.0.7",
          "https://api.doiwalao.example.sch.id")
IID = "X-Doiwalao-Device"
PW = "Aisyah2015!Lmb"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
CLASS = {"id": "kls_5b", "grade": "5", "letter": "B"}  # (negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def doiwalao() -> list[Case]:
    rng = random.Random(28651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), buku=[L(SAVINGS, PAY)],
                                    peran="wali"))}
    gla, glo = fix(GATE_FIX, 5)
    book = at_path(case(f, f"{a}/v1/buku/{SAVINGS}/mutasi", headers=_h(rng, **b),
                        query={"bulan": "2026-02"}), SAVINGS, PAY)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "doiwalao-wali"}),
        case(f, f"{a}/v1/saya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/walao/tautkan", headers=_h(rng, **b), body={
            "nisn": L(DAUGHTER["nisn"], NATID), "dulahu_lahiri": L(DAUGHTER["dob"], BIRTH),
            "wali": {"tanggulo": L(f"{FIRST} {LAST}", NAMEC), "hp": L(E164, TEL),
                     "hubungan": "ibu"}, "sekolah": SCHOOL["id"]}),
        case(f, f"{a}/v1/walao", headers=_h(rng, **b)),
        book,
        case(f, f"{a}/v1/setoran", fmt="form", headers=_h(rng, **b), body={
            "buku": L(SAVINGS, PAY), "doi": L("100000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "catatan": "uang saku Februari"}),
        case(f, f"{a}/v1/target", headers=_h(rng, **b), body={
            "buku": L(SAVINGS, PAY), "target": L("A red bicycle (rasipede mela) for her birthday",
                                                 TEXT),
            "doi": L(1200000, BUY), "sampai": "2026-11-03"}),
        case(f, f"{a}/v1/penarikan", headers=_h(rng, **b), body={
            "buku": L(SAVINGS, PAY), "doi": L(75000, BUY), "untuk": "trip_bulalo_5b",
            "alasan": L("Class trip to the Limboto lake museum", TEXT),
            "pin_wali": L("4417", CRED)}),
        case(f, f"{a}/v1/kegiatan/trip_bulalo_5b", headers=_h(rng, **b), query={
            "kelas": CLASS["id"]}),
        case(f, f"{a}/v1/jajan/aturan", headers=_h(rng, **b), body={
            "buku": L(SAVINGS, PAY), "batas_harian": L(10000, BUY),
            "pantangan": [L("kacang tanah", MED)], "minuman_manis": False,
            "catatan": L("Aisyah is allergic to peanuts, no satay sauce please",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/jajan", headers=_h(rng, **b), query={
            "buku": L(SAVINGS, PAY), "bulan": "2026-02"}),
        multipart(f, f"{a}/v1/walao/foto", [
            ("foto", "aisyah_buku.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
            ("meta", None, "application/json", {"nisn": L(DAUGHTER["nisn"], NATID),
                                                "untuk": "sampul_buku"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/profil/walao", headers=_h(rng, **b), body={
            "walao": {"tanggulo": L(DAUGHTER["first"], NAMEC), "fam": L(DAUGHTER["last"], NAMEC),
                      "jk": L(DAUGHTER["sex"], GENDER), "dulahu_lahiri": L(DAUGHTER["dob"],
                                                                           BIRTH)},
            "kelas": CLASS["id"]}),
        case(f, f"{a}/v1/loiya", headers=_h(rng, **b), body={
            "ode": "guru_5b", "utas": obj(rng, "ut"),
            "loiya": L("Bu Wati, Aisyah's deposit of Rp50.000 on Monday is not in her book yet",
                       f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v1/gerbang/jemput", headers=_h(rng, **b), body={
            "nisn": L(DAUGHTER["nisn"], NATID), "titik": {"lat": gla, "lng": glo},
            "gerbang": {"id": "grb_utama", "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]}}),
        case(f, f"{a}/v1/profil/alamati", headers=_h(rng, **b), body={
            "alamati": L(HOME["line"], ADDR), "kelurahani": L(HOME["kel"], COARSE),
            "lipu": L(HOME["town"], COARSE), "kode_pos": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/profil/pref", headers=_h(rng, **b), cookies={
            "dw_sesi": L(opaque(rng, "", 40), CRED),
            "dw_pref": W({"buku": L(SAVINGS, PAY), "bahasa": L("en", DEV), "notif": True},
                         "b64json")}),
        case(f, f"{a}/v1/buku/laporan/terbaru", headers=_h(rng, how="none"), cookies={
            "dw_sesi": L(opaque(rng, "", 40), CRED), "dw_dev": L(INSTALL_ID, DID),
            "dw_buku": L(SAVINGS, PAY)}),
        case(f, f"{a}/v1/perangkat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/peristiwa", headers=_h(rng, how="none"), cookies={
            "dw_sid": L(opaque(rng, "", 40), CRED), "dw_dev": L(INSTALL_ID, DID)}, body={
            "pengguna": L(USER_ID, UID), "peristiwa": [
                ev("buku_dibuka", 1), ev("layar", 2, layar=L("TargetTabungan", USAGE))]}),
    ]


def doiwalao_sdks() -> list[Case]:
    rng = random.Random(28652)
    return [
        hg_batch(APP, rng, [("Book Opened", {"month": "2026-02"}),
                            ("Top Up", {"amount": L(100000, BUY)})]),
        hg_identify(APP, rng, {"peran": "wali", "walao": 1, "lipu": L("Limboto", COARSE)}),
        jb_launch(APP, rng),
        cr_crash(APP, rng, ("java.lang.NullPointerException", "mutasi row"),
                 [cr_crumb("nav", "Walao -> Buku")], screen="BukuActivity"),
        fp_eval(APP, rng, {"sekolah": SCHOOL["id"], "walao": 1}),
        ps_register(APP, rng, tags={"sekolah": SCHOOL["id"], "kelas": CLASS["id"]}),
        st_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        by_card(APP, rng),
        by_confirm(APP, rng, "100000"),
        hw_message(APP, rng, L(f"The top-up for {KID} shows pending", f"{TEXT}|{NAMEC}"),
                   {"buku": L(SAVINGS, PAY)}),
    ]
