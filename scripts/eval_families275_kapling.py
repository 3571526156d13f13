"""A sharia land-plot developer's app "Tanamabarakka" (instalment plots without interest at
Lumpue, Parepare; the plot is bought in her husband's name with her as co-applicant and payer).
Its API's keys are Buginese with the Arabic and Indonesian loans the trade uses, and English
``email``, ``token``, ``id``: ``aseng_riolo`` / ``aseng_rimunri`` first / last name (lit.
"front" / "back name"), ``nomoro_telpong`` phone number, ``sandi`` password, ``esso_jaji`` birth
date, ``agama`` religion (``Selleng`` Islam), ``masselleng`` converted to Islam, ``jenis`` sex
(``makkunrai`` woman), ``onrong_monro`` residence, ``kota`` town, ``kode_pos`` post code,
``pangelli`` buyer, ``kapeling`` plot, ``tana`` land, ``panjar`` down payment, ``akad`` contract,
``cicilang`` instalment, ``jumella`` amount, ``ellinna`` price, ``lakkai`` husband, ``saksi``
witness, ``wakaf`` endowment, ``niat`` intention, ``pappaseng`` message, ``pakkeda`` comment,
``bintang`` stars, ``sappa`` search, ``siaga_tau`` number of people, ``parewa`` device):
sign-up, an SMS code, ``/iyya``, the catalogue, a plot's page, a site visit booked and her fix
there, the booking fee, the contract application (gzip), her KITAS and the marriage book
uploaded, the signing with witnesses, the contract by number in the path, the instalment
schedule, an instalment paid, the virtual account, an endowment for the estate's mosque, a
message to the agent, a review, a search, push, events and a log-out."""

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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families275_kit import (
    AKAD,
    BROTHER_IL,
    BUYER,
    HUSBAND,
    KITAS,
    MKS_HOME,
    NPWP,
    PASSPORT,
    PLOT,
    SITE,
    SITE_FIX,
    VA,
    fix,
    hd,
    obj,
    push,
)
from eval_families275_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families275_svc import cl_card, cl_confirm, fn_eval, mm_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tanamabarakka", "Tanamabarakka", "com.example.tanamabarakka", "2.2.0",
          "https://api.tanamabarakka.example.net")
IID = "X-TMB-Parewa"
PW = "Lumpue!C12barakka"
NID = "personal.national_id"
HUSBAND_NIK = "7371102208880003"  # her husband's NIK, typed by her (personal.national_id)
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, bug=True, **kw)


def tanamabarakka() -> list[Case]:
    rng = random.Random(27521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pangelli=L(BUYER, UID),
                                    akad=L(AKAD, BUY)))}
    sla, slo = fix(SITE_FIX, 5)
    contract = at_path(case(f, f"{a}/v2/akad/{AKAD}", headers=_h(rng, **b)), AKAD, BUY)
    return [
        case(f, f"{a}/v2/daftar", headers=_h(rng), body={
            "aseng_riolo": L(FIRST, NAMEC), "aseng_rimunri": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "nomoro_telpong": L(NATIONAL, TEL),
            "sandi": L(PW, CRED), "esso_jaji": L(DOB, BIRTH), "agama": L("Selleng", REL),
            "jenis": L("makkunrai", GENDER), "kitas": L(KITAS, NID),
            "onrong_monro": L(MKS_HOME["line"], ADDR), "kota": L(MKS_HOME["town"], COARSE),
            "kode_pos": L(MKS_HOME["post"], COARSE), "pangelli": L(BUYER, UID)}),
        case(f, f"{a}/v2/otp/verifikasi", fmt="form", headers=_h(rng), body={
            "nomoro_telpong": L(E164, TEL), "kode": L("507133", CRED)}),
        case(f, f"{a}/v2/iyya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kapeling", headers=_h(rng, **b), query={
            "lokasi": SITE["id"], "blok": "C", "status": "lowong"}),
        case(f, f"{a}/v2/kapeling/{SITE['id']}/{PLOT['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/kunjungan", headers=_h(rng, **b), body={
            "lokasi": SITE["id"], "esso": "2026-01-17", "wettu": "09:00", "siaga_tau": 3,
            "seajing": [L(HUSBAND[0], NAMEC)], "pangelli": L(BUYER, UID)}),
        case(f, f"{a}/v2/kunjungan/lettu", headers=_h(rng, **b), body={
            "kunjungan": obj(rng, "kj"), "onrong": {"lat": sla, "lng": slo, "akurasi": 6},
            "kantoro": {"lat": SITE["lat"], "lng": SITE["lon"]}, "kapeling": PLOT["id"]}),
        case(f, f"{a}/v2/booking", fmt="form", headers=_h(rng, **b), body={
            "kapeling": PLOT["id"], "panjar_booking": L("2000000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "pangelli": L(BUYER, UID)}),
        case(f, f"{a}/v2/akad/pengajuan", gz=True, headers=_h(rng, **b), body={
            "pangelli": L(BUYER, UID), "aseng": L(f"{FIRST} {LAST}", NAMEC),
            "kitas": L(KITAS, NID), "paspor": L(PASSPORT, NID), "npwp": L(NPWP, NID),
            "agama": L("Selleng", REL), "masselleng": L("2019", REL),
            "lakkai": {"aseng": L(HUSBAND[0], NAMEC), "nik": L(HUSBAND_NIK, NID),
                       "nomoro_telpong": L(HUSBAND[1], TEL)},
            "kapeling": PLOT["id"], "luas_m2": PLOT["m2"], "akad": "murabahah",
            "ellinna": L(185000000, BUY), "panjar": L(37000000, BUY), "tenor_bulang": 36,
            "cicilang": L(4110000, BUY)}),
        multipart(f, f"{a}/v2/berkas", [
            ("kitas", "kitas_depan.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"pangelli": L(BUYER, UID), "jenis": "kitas"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/berkas", [
            ("buku_nika", "buku_nika.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{REL}")),
            ("meta", None, "application/json", {"pangelli": L(BUYER, UID),
                                                "jenis": "buku_nika"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/akad/tanda-tangan", headers=_h(rng, **b), body={
            "akad": L(AKAD, BUY), "esso": "2026-01-24", "wettu": "13:30",
            "saksi": [{"aseng": L(BROTHER_IL[0], NAMEC), "nomoro_telpong": L(BROTHER_IL[1], TEL)},
                      {"aseng": "Staf Notaris", "id": "nt_0021"}],
            "onrong_akad": SITE["name"]}),
        contract,
        case(f, f"{a}/v2/cicilang", headers=_h(rng, **b), query={
            "akad": L(AKAD, BUY), "taung": "2026"}),
        case(f, f"{a}/v2/cicilang/bayara", fmt="form", headers=_h(rng, **b), body={
            "akad": L(AKAD, BUY), "cicilang_ke": "3", "jumella": L("4110000", BUY),
            "va": L(VA, PAY), "idempotency": rid(rng)}),
        case(f, f"{a}/v2/va", headers=_h(rng, **b), body={
            "bank": "Bank Syariah Example", "va": L(VA, PAY),
            "aseng": L(f"{FIRST} {LAST}", NAMEC), "akad": L(AKAD, BUY)}),
        case(f, f"{a}/v2/wakaf", headers=_h(rng, **b), body={
            "program": L("masigi-kompleks", REL), "wakaf": L(500000, BUY),
            "niat": L("Wakaf untuk masigi kompleks, niat ri indo'na lakkaiku", f"{TEXT}|{REL}"),
            "anonim": False}),
        case(f, f"{a}/v2/pappaseng", headers=_h(rng, **b), body={
            "lao_ri": "agen_mrs01",
            "pappaseng": L("Iye' Bu, kapeling C-12 riala atas aseng lakkaiku Andi Ridwan "
                           "Pananrangi, iyya ma'bayara cicilangna.", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/ulasang", fmt="form", headers=_h(rng, **b), body={
            "lokasi": SITE["id"], "bintang": "4",
            "pakkeda": L("Agen macenning ati, jalang ri blok C de'pa naaspal", TEXT)}),
        case(f, f"{a}/v2/sappa", headers=_h(rng, **b), query={
            "sappa": L("kapling syariah tanpa riba dekat masigi Parepare", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/v2/parewa", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/v2/kajadiang", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "kajadiang": [
                ev("kapeling_dilihat", 1, kapeling=PLOT["id"]),
                ev("screen", 2, screen=L("JadwalCicilang", USAGE)),
                ev("cicilang_bayara", 3, jumella=L(4110000, BUY))]}),
        case(f, f"{a}/v2/lesu", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "parewa": L(INSTALL_ID, DID)}),
    ]


def tanamabarakka_sdks() -> list[Case]:
    rng = random.Random(27522)
    return [
        mc_batch(APP, rng, [("Plot Viewed", {"plot": PLOT["id"]}),
                            ("Instalment Paid", {"amount": L(4110000, BUY)})], locale="id_ID"),
        mc_pixel(APP, rng, "Catalogue Opened", {"site": SITE["id"]}),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"akad": L(AKAD, BUY)}, revenue=37000000.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=SITE_FIX, nd=3,
               keywords="tanah,kapling,syariah"),
        bf_notice(APP, rng, "win"),
        cd_session(APP, rng, secs=1204),
        fn_eval(APP, rng, {"lokasi": SITE["id"], "kota": L("Parepare", COARSE)}, hdr=True),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "2000000"),
        mm_reverse(APP, rng, SITE_FIX, PRECISE, nd=5),
    ]
