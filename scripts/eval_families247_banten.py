"""Offering-maker order app "Bantenbecik" (``banten``: offerings; ``becik``: good): a Renon
offering maker (tukang banten) takes orders for the offerings of a family's rites, delivers them,
and the app shows the Pawukon calendar with the family's otonan (210-day birthdays) and the
odalan of the family temple. Her religion as a married-in member of a Balinese Hindu family. Its
API's keys are Balinese (ASCII, as a Denpasar developer writes them): ``adan`` first name,
``adan_kulawarga`` family name, ``surel`` e-mail, ``nomer_hp`` mobile number, ``kruna_sandi``
password (lit. "secret word"), ``tanggal_lekad`` birth date, ``wuku_lekad`` Pawukon birth day,
``agama`` religion, ``merajan`` family temple, ``alamat_umah`` house address, ``kota`` town,
``pesenan`` order, ``banten`` offering, ``upacara`` rite, ``rahina`` day, ``aji`` price,
``jumlah`` total, ``pamayahan`` payment, ``lintang`` / ``bujur`` latitude / longitude,
``tongos`` spot, ``patokan`` landmark, ``catetan`` note, ``pabesen`` message, ``ulasan`` review,
``bintang`` stars, ``alih`` search, ``panganggo`` user, ``piranti`` device, ``basa`` language,
``zona_galah`` time zone; ``token``, ``id`` and ``poin`` as they are. Calls: sign-up, log-in,
``/tiang`` with a JWT, her otonan in the calendar, makers near her house, a maker's catalogue,
the daughter's otonan offerings ordered, the payment, a daily canang subscription (msgpack), the
family temple's odalan, the receipt by order number in the path, the delivery pin, a protobuf
beat while she waits, a review, a search, a message to the maker, a photo of the offerings, points
by cookie, holy-day reminders, push, events and a log-out."""

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
    SEARCH,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families247_kit import (
    COMPOUND,
    DAUGHTER,
    DOB_ID,
    HOME,
    HOME_AT,
    HUSBAND,
    KID,
    MAKER,
    MERAJAN,
    MOTHER_IL,
    ORDER,
    TZ,
    WUKU_HER,
    fix,
    hd,
    obj,
)
from eval_families247_sdk import (
    bl_bid,
    bl_notice,
    ck_crash,
    ck_crumb,
    mk_batch,
    mk_identify,
    tb_event,
    tb_launch,
)
from eval_families247_svc import cp_card, cp_confirm, hm_message, mb_reverse, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bantenbecik", "Bantenbecik", "com.example.bantenbecik", "3.4.1",
          "https://api.bantenbecik.example.com")
IID = "X-Banten-Piranti"
PW = "Canang!Renon2026"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ban=True, **kw)


def bantenbecik() -> list[Case]:
    rng = random.Random(24701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, surel=L(EMAIL, MAIL), agama=L("Hindu", REL)))}
    hla, hlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, ORDER), (3, 1771286400),
               (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    nota = at_path(case(f, f"{a}/api/v3/pesenan/{ORDER}/nota", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/v3/daftar", headers=_h(rng), body={
            "adan": L(FIRST, NAMEC), "adan_kulawarga": L(LAST, NAMEC), "surel": L(EMAIL, MAIL),
            "nomer_hp": L(E164, TEL), "kruna_sandi": L(PW, CRED),
            "tanggal_lekad": L(DOB_ID, BIRTH), "wuku_lekad": L(WUKU_HER, BIRTH),
            "agama": L("Hindu", REL), "merajan": L(MERAJAN, REL),
            "alamat_umah": L(HOME["line"], ADDR), "kota": L(HOME["town"], COARSE),
            "setuju": True}),
        case(f, f"{a}/api/v3/macelep", fmt="form", headers=_h(rng), body={
            "surel": L(EMAIL_MIXED, MAIL), "kruna_sandi": L(PW, CRED), "inget": "1"}),
        case(f, f"{a}/api/v3/tiang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/kalender/otonan", headers=_h(rng, **b), query={
            "wuku_lekad": L(WUKU_HER, BIRTH), "tahun": "2026"}),
        case(f, f"{a}/api/v3/tukang/paek", headers=_h(rng, **b), query={
            "lintang": L(f"{HOME_AT[0]:.3f}", PRECISE), "bujur": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "3"}),
        case(f, f"{a}/api/v3/tukang/{MAKER['id']}/katalog", headers=_h(rng, **b),
             query={"kategori": "otonan", "halaman": "1"}),
        case(f, f"{a}/api/v3/pesenan", headers=_h(rng, **b), body={
            "tukang": MAKER["id"], "pesenan": L(ORDER, BUY),
            "upacara": L("otonan", REL), "banten": [L("banten otonan alit", REL),
                                                    L("pejati", REL), L("segehan", REL)],
            "anggen": {"adan": L(KID, "contact.name"),
                       "wuku_lekad": L(DAUGHTER["wuku"], BIRTH)},
            "rahina": "2026-02-16", "jumlah": L(385000, BUY),
            "alamat_umah": L(HOME["line"], ADDR),
            "catetan": L("Otonan pianak tiange, canang nganggen bunga jepun", f"{TEXT}|{REL}")}),
        case(f, f"{a}/api/v3/pamayahan", fmt="form", headers=_h(rng, **b), body={
            "pesenan": L(ORDER, BUY), "jumlah": L("385000", BUY), "mata_uang": "IDR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "kartu_4": L("4444", PAY)}),
        case(f, f"{a}/api/v3/langganan/canang", fmt="msgpack", headers=_h(rng, **b), body={
            "banten": L("canang sari", REL), "akeh_sadina": 12,
            "rahina": ["redite", "soma", "anggara", "buda", "wraspati", "sukra", "saniscara"],
            "aji_sadina": 15000, "jumlah_sasih": L(450000, BUY),
            "alamat_umah": L(HOME["line"], ADDR)}),
        case(f, f"{a}/api/v3/odalan", headers=_h(rng, **b), body={
            "merajan": L(MERAJAN, REL), "rahina": "2026-03-04", "upacara": L("odalan", REL),
            "alamat": L(f"{COMPOUND['line']}, {COMPOUND['kec']}", ADDR),
            "kabupaten": L(COMPOUND["kab"], COARSE),
            "pengempon": [L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC)],
            "punia": L(250000, BUY)}),
        nota,
        case(f, f"{a}/api/v3/pengiriman/tongos", headers=_h(rng, **b), body={
            "pesenan": L(ORDER, BUY), "tongos": {"lintang": hla, "bujur": hlo, "akurasi": 6},
            "patokan": L("Gang sane mapintu biru, samping warung Men Bagus", TEXT),
            "tukang_tongos": {"lintang": MAKER["lat"], "bujur": MAKER["lon"]}}),
        raw(f, f"{a}/api/v3/pengiriman/pulsa", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/ulasan", fmt="form", headers=_h(rng, **b), body={
            "tukang": MAKER["id"], "bintang": "5",
            "ulasan": L("Bantene becik pisan, jaja uli lan bagina seger. Suksma Jero!", TEXT)}),
        case(f, f"{a}/api/v3/alih", headers=_h(rng, **b), query={
            "alih": L("banten pejati galungan antar ke renon", f"{SEARCH}|{REL}"),
            "halaman": "1"}),
        case(f, f"{a}/api/v3/pabesen", headers=_h(rng, **b), body={
            "ring": MAKER["id"],
            "pabesen": L(f"Jero, bantene jagi kaambil olih matua tiange {MOTHER_IL[0]} "
                         f"({MOTHER_IL[1]}) ring Tegalsari", f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        multipart(f, f"{a}/api/v3/foto", [
            ("foto", "otonan_sekar.jpg", "image/jpeg", L(JPEG + b"\x57", MEDIA)),
            ("meta", None, "application/json", {
                "pesenan": L(ORDER, BUY),
                "catetan": L("Banten otonan sampun katur ring merajan", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/poin", headers=_h(rng, how="none"), cookies={
            "bb_sesi": L(opaque(rng, "", 40), CRED), "bb_piranti": L(INSTALL_ID, DID),
            "bb_req": rid(rng)}),
        case(f, f"{a}/api/v3/pangeling", headers=_h(rng, **b), body={
            "rerahinan": [L("purnama", REL), L("tilem", REL), L("kajeng kliwon", REL)],
            "otonan_kulawarga": [{"adan": L(HUSBAND[0], NAMEC)},
                                 {"adan": L(KID, NAMEC),
                                  "wuku_lekad": L(DAUGHTER["wuku"], BIRTH)}],
            "galah": "06:00"}),
        case(f, f"{a}/api/v3/piranti", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "piranti_id": L(INSTALL_ID, DID),
            "basa": L("ban", DEV), "zona_galah": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v3/event", gz=True, headers=_h(rng, **b), body={
            "panganggo": L(USER_ID, UID), "event": [
                ev("pesenan", 1, tukang=MAKER["id"]), ev("pamayahan", 2, jumlah=L(385000, BUY)),
                ev("layar", 3, layar=L("KalenderPawukon", USAGE))], "batch": obj(rng, "eb")}),
        case(f, f"{a}/api/v3/pesu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "piranti": L(INSTALL_ID, DID)}),
    ]


def bantenbecik_sdks() -> list[Case]:
    rng = random.Random(24702)
    return [
        mk_batch(APP, rng, [("Order Placed", {"rite": L("otonan", REL), "total": L(385000, BUY)}),
                            ("Calendar Viewed", {"month": "2026-02"})],
                 at=HOME_AT, nd=2, locale="ban_ID"),
        mk_identify(APP, rng, {"kota": L("Denpasar", COARSE), "agama": L("Hindu", REL),
                               "poin": 120}),
        tb_launch(APP, rng, first=True),
        tb_event(APP, rng, "purchase", {"pesenan": L(ORDER, BUY)}, revenue=385000.0,
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="bali,ceremony,flowers"),
        bl_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "calendar page out of range"),
                 [ck_crumb("nav", "Kalender -> Otonan"),
                  ck_crumb("net", "GET", {"url": f"{APP.api}/api/v3/kalender/otonan",
                                          "status": 200})], screen="KalenderActivity"),
        pk_register(APP, rng, lang="ban", at=HOME_AT, nd=2,
                    tags={"tukang": MAKER["id"], "rerahinan": L("purnama", REL)}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "385000"),
        mb_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hm_message(APP, rng, L(f"Pesenan {ORDER} durung rauh, sampun jam 9", f"{TEXT}|{BUY}"),
                   {"pesenan": L(ORDER, BUY)}),
    ]
