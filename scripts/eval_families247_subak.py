"""Rice-terrace irrigation society app "Yehsubak" (``yeh``: water; the subak of Tegalsari Kelod in
Sukawati, Gianyar): she keeps the family's membership for her mother-in-law's field, the water
turns, the dues, pests, the harvest and the water temple's rites. Its API's keys are Balinese
mixed with Indonesian and English: ``wasta`` name (the polite word), ``telepon`` phone,
``email``, ``sandi`` password, ``nomer_krama`` member number, ``pemilik_carik`` field owner,
``carik`` rice field, ``wates`` boundary, ``luas_are`` area, ``giliran_yeh`` water turn,
``tempek`` section, ``urunan`` dues, ``mrana`` crop pest (``bikul`` rats), ``manyi`` harvest,
``gabah`` unhusked rice, ``pangasilan`` proceeds, ``bulih`` seedlings, ``piodalan`` temple rite,
``punia`` offering gift, ``paruman`` meeting, ``rauh`` attends, ``cuaca`` weather, ``rekening``
account, ``pengumuman`` notices, ``kode`` code, ``lat``/``lng``. Calls: sign-up (her KITAS, the
owner), an SMS code, ``/tiang`` with a JWT, the field's boundary, the water-turn schedule, a
swap with a neighbour, the dues, a rat report with a photo and her fix in the field, the harvest,
seedlings (msgpack), the water temple's rite, dues by member number in the path, an offline field
diary (JSON Lines), a protobuf reading of the water gate's sensor, the meeting RSVP, a message to
the pekaseh, the weather at 2 decimals, the payout account, notices by cookie, a search, push and
events. "irrigation" is in the docstrings of sets 58, 107, 114 and 202 (not read further);
"subak" in none: a farmers' water-sharing society with its own temple is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families247_kit import (
    COMPOUND,
    COMPOUND_AT,
    FIELD_AT,
    FIELD_FIX,
    GATE,
    KITAS,
    LPD_ACCOUNT,
    MEMBER,
    MOTHER_IL,
    SUBAK,
    fix,
    hd,
    obj,
    push,
)
from eval_families247_sdk import bl_bid, mk_batch, mk_queue, tb_launch
from eval_families247_svc import (
    cp_wallet,
    cs_save,
    fp_eval,
    hm_message,
    mb_geocode,
    mb_telemetry,
    pk_register,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("yehsubak", "Yehsubak", "com.example.yehsubak", "1.9.0",
          "https://api.yehsubak.example.org")
IID = "X-Yehsubak-Device"
NID = "personal.national_id"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ban=True, **kw)


def yehsubak() -> list[Case]:
    rng = random.Random(24711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nomer_krama=L(MEMBER, UID), telepon=L(E164, TEL)))}
    fla, flo = fix(FIELD_FIX)
    lab: dict[str, str] = {}
    gate = pb([(1, GATE["id"]), (2, 1771372800), (3, [(1, 14.2), (2, 0.63)]),
               (4, L(MEMBER, UID)), (5, 88)], "", lab)
    dues = at_path(case(f, f"{a}/v1/krama/{MEMBER}/urunan", headers=_h(rng, **b),
                        query={"tahun": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/krama/daftar", headers=_h(rng), body={
            "wasta": L(f"{FIRST} {LAST}", NAMEC), "telepon": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "sandi": L("Sawah#Tegalsari7", CRED),
            "kitas": L(KITAS, NID), "nomer_krama": L(MEMBER, UID),
            "pemilik_carik": {"wasta": L(MOTHER_IL[0], NAMEC), "telepon": L(MOTHER_IL[1], TEL)},
            "desa": L("Tegalsari", COARSE), "kecamatan": L(COMPOUND["kec"], COARSE),
            "kabupaten": L(COMPOUND["kab"], COARSE), "subak": SUBAK["id"],
            "tempek": SUBAK["tempek"]}),
        case(f, f"{a}/v1/auth/kode", fmt="form", headers=_h(rng), body={
            "telepon": L(E164, TEL), "kode": L("508117", CRED)}),
        case(f, f"{a}/v1/tiang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/carik", headers=_h(rng, **b), body={
            "nomer_krama": L(MEMBER, UID), "luas_are": 34, "pari": "cicih",
            "wates": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in FIELD_AT]}),
        case(f, f"{a}/v1/giliran-yeh", headers=_h(rng, **b), query={
            "tempek": SUBAK["tempek"], "krama": L(MEMBER, UID), "sasih": "2026-02"}),
        case(f, f"{a}/v1/giliran-yeh/tukar", headers=_h(rng, **b), body={
            "saking": obj(rng, "gl"), "ring": obj(rng, "gl"),
            "sareng": {"wasta": L("I Ketut Darmayasa", NAMEC), "telepon": L("+6281999402716", TEL)},
            "alasan": L("Ipah tiange ngelah karya, yeh dados kagentosin buin mani?", TEXT)}),
        case(f, f"{a}/v1/urunan/mayah", fmt="form", headers=_h(rng, **b), body={
            "nomer_krama": L(MEMBER, UID), "jumlah": L("175000", BUY), "mata_uang": "IDR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "periode": "2026-S1"}),
        multipart(f, f"{a}/v1/mrana", [
            ("foto", "bikul_carik.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "mrana": "bikul", "nomer_krama": L(MEMBER, UID),
                "genah": {"lat": fla, "lng": flo},
                "catetan": L("Bikul ngamah padi di pojok kaja kangin, sampun telung are",
                             TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/manyi", headers=_h(rng, **b), body={
            "nomer_krama": L(MEMBER, UID), "tanggal": "2026-02-20", "gabah_kg": 2140,
            "aji_kg": 6800, "pangasilan": L(14552000, BUY), "penebas": "pb_0412",
            "genah": {"lat": L(round(FIELD_FIX[0], 5), PRECISE),
                      "lng": L(round(FIELD_FIX[1], 5), PRECISE)}}),
        case(f, f"{a}/v1/bulih", fmt="msgpack", headers=_h(rng, **b), body={
            "nomer_krama": L(MEMBER, UID),
            "bulih": [{"varietas": "cicih", "kg": 25, "aji": 14000},
                      {"varietas": "IR64", "kg": 10, "aji": 12500}],
            "jumlah": L(475000, BUY)}),
        case(f, f"{a}/v1/piodalan", headers=_h(rng, **b), body={
            "pura": SUBAK["id"], "upacara": L("ngusaba nini", REL),
            "rahina": "2026-03-11", "punia": L(100000, BUY),
            "nomer_krama": L(MEMBER, UID), "ngayah": L(True, REL)}),
        dues,
        lines(f, f"{a}/v1/sinkron", [
            {"op": "catetan", "t": 1771400000, "nomer_krama": L(MEMBER, UID),
             "lat": L(round(FIELD_FIX[0] + 0.00021, 6), PRECISE),
             "lng": L(round(FIELD_FIX[1] - 0.00017, 6), PRECISE),
             "catetan": L("Yeh di pundukan kaja bocor", TEXT)},
            {"op": "pupuk", "t": 1771403600, "kg": 50, "jenis": "urea"}],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/pintu-yeh/bacaan", gate, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/paruman/rauh", fmt="form", headers=_h(rng, **b), body={
            "paruman": obj(rng, "pr"), "nomer_krama": L(MEMBER, UID), "rauh": "1"}),
        case(f, f"{a}/v1/pabesen", headers=_h(rng, **b), body={
            "ring": "pekaseh",
            "pabesen": L("Pak Pekaseh, tiang jagi ngayah ngantiang matua tiange sane gelem",
                         f"{TEXT}|{REL}|{MED}")}),
        case(f, f"{a}/v1/cuaca", headers=_h(rng, **b), query={
            "lat": L(f"{COMPOUND_AT[0]:.2f}", COARSE), "lng": L(f"{COMPOUND_AT[1]:.2f}", COARSE),
            "dina": "3"}),
        case(f, f"{a}/v1/rekening", headers=_h(rng, **b), body={
            "wasta": L(f"{FIRST} {LAST}", NAMEC), "rekening": L(LPD_ACCOUNT, PAY),
            "bank": "LPD", "nomer_krama": L(MEMBER, UID)}),
        case(f, f"{a}/v1/pengumuman", headers=_h(rng, how="none"), cookies={
            "ys_sesi": L(opaque(rng, "", 40), CRED),
            "ys_pref": W({"krama": L(MEMBER, UID), "basa": L("ban", DEV),
                          "tempek": SUBAK["tempek"]}, "b64json")}),
        case(f, f"{a}/v1/alih", headers=_h(rng, **b), query={
            "q": L("ubad bikul sane aman", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ban_ID")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "device": L(INSTALL_ID, DID), "events": [
                ev("giliran_dibuka", 1), ev("screen", 2, screen=L("Manyi", USAGE))]}),
    ]


def yehsubak_sdks() -> list[Case]:
    rng = random.Random(24712)
    return [
        mk_batch(APP, rng, [("Harvest Logged", {"kg": 2140}), ("Dues Paid", {})],
                 at=FIELD_FIX, nd=3, locale="ban_ID"),
        mk_queue(APP, rng, [("Pest Reported", {"pest": "bikul"}),
                            ("Turn Viewed", {"tempek": SUBAK["tempek"]})]),
        tb_launch(APP, rng),
        fp_eval(APP, rng, {"subak": SUBAK["id"], "kabupaten": L("Gianyar", COARSE)}),
        pk_register(APP, rng, lang="ban", tags={"tempek": SUBAK["tempek"]}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        cp_wallet(APP, rng, "14552000", L(E164, TEL)),
        mb_geocode(APP, rng, "Pura Ulun Carik Tegalsari", "behavior.search", near=FIELD_FIX,
                   nd=2),
        mb_telemetry(APP, rng, [FIELD_FIX, (FIELD_FIX[0] - 0.0003, FIELD_FIX[1] + 0.0004)],
                     PRECISE),
        hm_message(APP, rng, L("Urunan semester niki kacatet kalih pisan", TEXT),
                   {"krama": L(MEMBER, UID)}),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="rice,farm,weather"),
    ]
