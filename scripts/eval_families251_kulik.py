"""Cinnamon-bark sales app "Kulikmanih" (a collector, toke, in Matua buys dried cassia-vera bark,
kulik manih, from the smallholders of Agam; she sells the harvest of her husband's family's garden
and takes the payouts). Its API's keys are Minangkabau as an Agam developer writes them:
``namo_langkok`` full name, ``nomor_hape`` mobile number, ``kato_rahasio`` password (lit. "secret
word"), ``nomor_kitas`` stay-permit number, ``npwp`` tax number, ``nagari`` village,
``kabupaten`` regency, ``penjual`` seller, ``laki`` husband, ``parak`` garden, ``sudut`` corner,
``batang`` trees, ``panen`` harvest, ``barek`` weight, ``kadar_aia`` moisture, ``jamua`` drying,
``mutu`` grade, ``harago`` price, ``jumlah_pitih`` sum of money, ``timbangan`` weighing ticket,
``rekening`` bank account, ``pancairan`` payout, ``panjar`` advance, ``pasan`` message,
``catatan`` note, ``pakarajo`` workers: seller sign-up, an SMS code, ``/ambo``, the garden's
boundary, a harvest log with her fix, a drying note (msgpack), today's prices, warehouses near the
garden, a lot offered, its photo, the weighing ticket by number in the path, the payout account,
payouts, an advance, the tax withholding statement (gzip), an offline sync (JSON Lines), a
message to the collector, a truck pick-up, sales by seller number in the path, push, events and a
session refresh. Not set 151's winery shop (wine sold to consumers): here raw bark is sold by
weight and grade to a collector."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families251_kit import (
    GUDANG,
    HUSBAND,
    ID_ACCOUNT,
    KITAS,
    NPWP,
    PARAK_AT,
    PARAK_FIX,
    SELLER,
    fix,
    hd,
    obj,
    push,
)
from eval_families251_sdk import cm_session, mk_batch, mk_pixel, mk_queue, tg_event, tg_launch
from eval_families251_svc import cr_wallet, fs_eval, hp_message, mp_geocode, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kulikmanih", "Kulikmanih", "com.example.kulikmanih", "3.0.6",
          "https://api.kulikmanih.example.net")
IID = "X-KM-Parangkek"
NID = "personal.national_id"
PW = "Kulik#Matua2025"
TICKET = "TB-MTA-2512-0581"  # the weighing ticket of her lot (her sale: financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, idn=True, **kw)


def kulikmanih() -> list[Case]:
    rng = random.Random(25111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, penjual=L(SELLER, UID), nomor_hape=L(E164, TEL)))}
    pla, plo = fix(PARAK_FIX, 5)
    lot = obj(rng, "lot")
    ticket = at_path(case(f, f"{a}/v2/timbangan/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    sales = at_path(case(f, f"{a}/v2/penjual/{SELLER}/penjualan", headers=_h(rng, **b),
                         query={"dari": "2025-07-01", "sampai": "2025-12-31"}), SELLER, UID)
    return [
        case(f, f"{a}/v2/penjual/daftar", headers=_h(rng), body={
            "namo_langkok": L(f"{FIRST} {LAST}", NAMEC), "nomor_hape": L(E164, TEL),
            "email": L(EMAIL, MAIL), "kato_rahasio": L(PW, CRED), "nomor_kitas": L(KITAS, NID),
            "npwp": L(NPWP, NID), "nagari": L("Matua", COARSE), "kabupaten": L("Agam", COARSE),
            "penjual": L(SELLER, UID),
            "laki": {"namo": L(HUSBAND[0], NAMEC), "nomor_hape": L(HUSBAND[1], TEL)},
            "gudang_langganan": GUDANG["id"]}),
        case(f, f"{a}/v2/otp/cek", fmt="form", headers=_h(rng), body={
            "nomor_hape": L(E164, TEL), "otp": L("774120", CRED)}),
        case(f, f"{a}/v2/ambo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/parak", headers=_h(rng, **b), body={
            "penjual": L(SELLER, UID), "luas_ha": 1.2, "batang": 850, "umua_batang_tahun": 11,
            "sudut": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in PARAK_AT]}),
        case(f, f"{a}/v2/panen", headers=_h(rng, **b), body={
            "tanggal": "2025-11-22", "barek_basah_kg": 610, "pakarajo": 3,
            "posisi": {"lat": pla, "lng": plo}, "blok": "b2"}),
        case(f, f"{a}/v2/jamua/{lot}", fmt="msgpack", headers=_h(rng, **b), body={
            "lot": lot, "hari": 5, "kadar_aia": 13.5, "barek_kariang_kg": 428,
            "catatan": L("Ujan duo hari, kulik dijamua di ateh tarpal di halaman", TEXT),
            "penjual": L(SELLER, UID)}),
        case(f, f"{a}/v2/harago", headers=_h(rng, **b), query={
            "mutu": "KB", "gudang": GUDANG["id"], "tanggal": "2025-12-06"}),
        case(f, f"{a}/v2/gudang/dakek", headers=_h(rng, **b), query={
            "lat": L(f"{PARAK_FIX[0]:.2f}", COARSE), "lng": L(f"{PARAK_FIX[1]:.2f}", COARSE)}),
        case(f, f"{a}/v2/tawaran", headers=_h(rng, **b), body={
            "lot": lot, "gudang": GUDANG["id"], "mutu": "KB", "barek_kg": 428,
            "harago_per_kg": 32000, "jumlah_pitih": L(13696000, BUY),
            "penjual": L(SELLER, UID)}),
        multipart(f, f"{a}/v2/tawaran/{lot}/foto", [
            ("foto", "kulik_kb.jpg", "image/jpeg", L(JPEG + b"\x25", MEDIA)),
            ("meta", None, "application/json", {"lot": lot, "mutu": "KB"})],
            headers=_h(rng, **b)),
        ticket,
        case(f, f"{a}/v2/rekening", headers=_h(rng, **b), body={
            "namo_pamiliak": L(f"{FIRST} {LAST}", NAMEC), "nomor_rekening": L(ID_ACCOUNT, PAY),
            "bank": "Example Bank Sumbar", "npwp": L(NPWP, NID), "penjual": L(SELLER, UID)}),
        case(f, f"{a}/v2/pancairan", headers=_h(rng, **b), query={
            "penjual": L(SELLER, UID), "status": "alah_cair"}),
        case(f, f"{a}/v2/panjar", fmt="form", headers=_h(rng, **b), body={
            "penjual": L(SELLER, UID), "jumlah_pitih": L("2000000", BUY),
            "potong_dari": lot, "alasan": L("Untuak ongkos pakarajo panen", TEXT)}),
        case(f, f"{a}/v2/pajak/bukti_potong", gz=True, headers=_h(rng, **b), body={
            "npwp": L(NPWP, NID), "masa": "2025-12", "bruto": L(13696000, BUY),
            "pph_persen": 0.25, "pph": L(34240, BUY), "penjual": L(SELLER, UID)}),
        lines(f, f"{a}/v2/sync", [
            {"op": "panen", "tanggal": "2025-11-22", "kg": 610, "oleh": L(SELLER, UID)},
            {"op": "jua", "timbangan": L(TICKET, BUY), "jumlah": L(13696000, BUY)},
            {"op": "jamua", "lot": lot, "kadar_aia": 13.5}], headers=_h(rng, **b)),
        case(f, f"{a}/v2/pasan", headers=_h(rng, **b), body={
            "ka": GUDANG["id"],
            "pasan": L("Pak Toke, tolong hubungi laki ambo Fadli Rahman di 0812-6601-4427 "
                       "kalau oto alah sampai di simpang", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/jampuik", fmt="form", headers=_h(rng, **b), body={
            "lot": lot, "tanggal": "2025-12-09", "jam": "09-12",
            "talipon_kontak": L(HUSBAND[1], TEL), "karuang": "9"}),
        sales,
        case(f, f"{a}/v2/parangkek", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/v2/kajadian", headers=_h(rng, **b), body={
            "pamakai": L(USER_ID, UID), "kajadian": [
                ev("panen_dicatat", 1), ev("layar", 2, layar=L("Timbangan", USAGE))]}),
        case(f, f"{a}/v2/sesi/baru", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "parangkek": L(INSTALL_ID, DID)}),
    ]


def kulikmanih_sdks() -> list[Case]:
    rng = random.Random(25112)
    return [
        mk_batch(APP, rng, [("Harvest Logged", {"kg": 610}), ("Lot Offered", {"grade": "KB"})],
                 at=PARAK_FIX, nd=2, locale="id_ID"),
        mk_queue(APP, rng, [("Drying Note", {"days": 5}), ("Photo Taken", {})]),
        mk_pixel(APP, rng, "Prices Opened", {"grade": "KB"}),
        tg_launch(APP, rng, user=True),
        tg_event(APP, rng, "sale", {"timbangan": L(TICKET, BUY)}, revenue=13696000.0),
        fs_eval(APP, rng, {"kabupaten": L("Agam", COARSE), "role": "penjual"}),
        pg_register(APP, rng, at=PARAK_FIX, nd=2, lang="id",
                    tags={"nagari": L("Matua", COARSE), "gudang": GUDANG["id"]}),
        cr_wallet(APP, rng, "13661760", L(E164, TEL)),
        mp_geocode(APP, rng, "gudang kulik manih Matua", SEARCH, near=PARAK_FIX, nd=3),
        hp_message(APP, rng, L(f"Pancairan untuak timbangan {TICKET} alun masuak",
                               f"{TEXT}|{BUY}"), {"penjual": L(SELLER, UID)}),
        cm_session(APP, rng, secs=674),
    ]
