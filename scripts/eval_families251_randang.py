"""A Padang home kitchen's rendang ordering app "Randangamai" (Dapua Randang Amai Upiak cooks
rendang and other dry side dishes, samba, to order, vacuum-packs them and ships them in Indonesia
and abroad; she sends two kilos to her sister in Ohio and a weekly order to her mother-in-law in
Bukittinggi). Its API's keys are Minangkabau with shop loans, as a Padang developer writes them:
``namo`` name, ``nomor_wa`` WhatsApp number, ``pasword`` password, ``alamaik`` address, ``koto``
town, ``kode_pos`` post code, ``samba`` side dishes, ``randang`` rendang, ``padeh`` spiciness,
``karanjang`` cart, ``banyak`` quantity, ``harago`` price, ``pasanan`` order, ``panarimo``
recipient, ``nagaro`` country, ``nagaro_bagian`` state, ``ongkir`` shipping fee, ``pabean``
customs, ``isi`` contents, ``pangirim`` sender, ``paspor`` passport, ``bayia`` payment, ``resi``
waybill, ``lacak`` tracking, ``ulasan`` review, ``catatan`` note, ``alergi`` allergy,
``langganan`` subscription, ``cari`` search, ``pasan`` message: sign-up, a WhatsApp code,
``/ambo``, the menu, a shipping quote, the cart (msgpack), the order to her sister, the customs
declaration (gzip; her passport), the payment, the order by number in the path, tracking, a
weekly order for her mother-in-law, a note about the daughter's shrimp allergy, a review with a
photo, a rating, a search, a subscription, a voucher by cookie, a message to the kitchen, saved
addresses, push, events and a log-out. Food-delivery marketplaces and caterers exist in earlier
sets; this is one kitchen's made-to-order dish shipped abroad ("rendang" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families251_kit import (
    DAPUA,
    HOME,
    MIL_HOME,
    MOTHER_IL,
    ORDER,
    PASSPORT,
    SISTER_ADDR,
    SISTER_US,
    hd,
    obj,
    push,
)
from eval_families251_sdk import (
    bs_bid,
    bs_notice,
    cm_session,
    mk_batch,
    mk_identify,
    tg_event,
    tg_launch,
    tg_link,
)
from eval_families251_svc import cr_card, cr_confirm, hp_message, mp_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("randangamai", "Randangamai", "com.example.randangamai", "5.1.0",
          "https://api.randangamai.example.com")
IID = "X-RA-Device"
NID = "personal.national_id"
PW = "Samba_Lado_99"
WAYBILL = "EXP7720418836ID"  # the parcel's waybill (her order: financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def randangamai() -> list[Case]:
    rng = random.Random(25141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nomor_wa=L(E164, TEL)))}
    status = at_path(case(f, f"{a}/v1/pasanan/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    sis = {"namo": L(SISTER_US[0], NAMEC), "alamaik": L(SISTER_ADDR["line"], ADDR),
           "koto": L(SISTER_ADDR["town"], COARSE), "nagaro_bagian": L(SISTER_ADDR["state"],
                                                                      COARSE),
           "kode_pos": L(SISTER_ADDR["zip"], COARSE), "nagaro": L("US", COARSE),
           "talipon": L(SISTER_US[1], TEL), "email": L(SISTER_US[2], MAIL)}
    return [
        case(f, f"{a}/v1/daftar", headers=_h(rng), body={
            "namo": L(f"{FIRST} {LAST}", NAMEC), "nomor_wa": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "pasword": L(PW, CRED),
            "alamaik": L(HOME["line"], ADDR), "koto": L(HOME["town"], COARSE),
            "kode_pos": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/otp_wa", fmt="form", headers=_h(rng), body={
            "nomor_wa": L(E164, TEL), "kode": L("590377", CRED)}),
        case(f, f"{a}/v1/ambo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/menu", headers=_h(rng, **b), query={
            "kategori": "samba_kariang", "dapua": DAPUA["id"]}),
        case(f, f"{a}/v1/ongkir", headers=_h(rng, **b), query={
            "nagaro": L("US", COARSE), "kode_pos": L(SISTER_ADDR["zip"], COARSE),
            "barek_gram": "2400", "layanan": "udara_ekspres"}),
        case(f, f"{a}/v1/karanjang", fmt="msgpack", headers=_h(rng, **b), body={
            "isi": [{"menu": "randang_daging_1kg", "banyak": 2, "harago": 380000,
                     "padeh": "sadang"},
                    {"menu": "dendeng_batokok_500g", "banyak": 1, "harago": 175000,
                     "padeh": "padeh"}],
            "jumlah": L(935000, BUY), "pamakai": L(USER_ID, UID)}),
        case(f, f"{a}/v1/pasanan", headers=_h(rng, **b), body={
            "pasanan": L(ORDER, BUY), "panarimo": sis, "ongkir": L(1240000, BUY),
            "jumlah": L(2175000, BUY), "vakum": True,
            "catatan": L("Untuak ulang tahun adiak ambo, tolong tulih 'Happy birthday Em' di "
                         "kartu", TEXT)}),
        case(f, f"{a}/v1/pasanan/{ORDER}/pabean", gz=True, headers=_h(rng, **b), body={
            "isi": "beef rendang, dried beef, vacuum packed", "barek_kg": 2.4,
            "nilai_usd": L(58, BUY), "pangirim": {"namo": L(f"{FIRST} {LAST}", NAMEC),
                                                  "paspor": L(PASSPORT, NID),
                                                  "talipon": L(E164, TEL)},
            "panarimo": {"namo": L(SISTER_US[0], NAMEC), "kode_pos": L(SISTER_ADDR["zip"],
                                                                          COARSE)},
            "hs_code": "1602.50"}),
        case(f, f"{a}/v1/bayia", fmt="form", headers=_h(rng, **b), body={
            "pasanan": L(ORDER, BUY), "jumlah": L("2175000", BUY), "mato_uang": "IDR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "kartu_4_akhia": L("4444", PAY)}),
        status,
        case(f, f"{a}/v1/lacak", headers=_h(rng, **b), query={
            "resi": L(WAYBILL, BUY), "kurir": "ekspres_intl"}),
        case(f, f"{a}/v1/pasanan/lokal", headers=_h(rng, **b), body={
            "pasanan": L("RAU-2601-0735", BUY),
            "panarimo": {"namo": L(MOTHER_IL[0], NAMEC), "talipon": L(MOTHER_IL[1], TEL),
                         "alamaik": L(MIL_HOME["line"], ADDR),
                         "koto": L(MIL_HOME["town"], COARSE)},
            "isi": [{"menu": "randang_paru_500g", "banyak": 1, "harago": 160000}],
            "jumlah": L(185000, BUY), "antar": "travel_padang_bukittinggi"}),
        case(f, f"{a}/v1/pasanan/catatan", fmt="form", headers=_h(rng, **b), body={
            "pasanan": L("RAU-2601-0735", BUY),
            "alergi": L("Anak ambo alergi udang, jan dicampua samba udang", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/ulasan", [
            ("foto", "randang_sampai.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {
                "pasanan": L(ORDER, BUY),
                "kato": L("Emily says it arrived still sealed and tastes like Padang!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ulasan/nilai", fmt="form", headers=_h(rng, **b), body={
            "dapua": DAPUA["id"], "bintang": "5", "pasanan": L(ORDER, BUY)}),
        case(f, f"{a}/v1/cari", headers=_h(rng, **b), query={
            "cari": L("randang paru indak padeh untuak anak", SEARCH)}),
        case(f, f"{a}/v1/langganan", headers=_h(rng, **b), body={
            "ulang": "tiok_jumaik", "menu": "randang_paru_500g", "jumlah": L(185000, BUY),
            "panarimo": L(MOTHER_IL[0], NAMEC), "mulai": "2026-01-09"}),
        case(f, f"{a}/v1/voucher", headers=_h(rng, how="none"), cookies={
            "ra_sesi": L(opaque(rng, "", 40), CRED), "ra_dev": L(INSTALL_ID, DID),
            "ra_ctx": W({"pamakai": L(USER_ID, UID), "bahaso": L("en", DEV),
                         "koto": L("Padang", COARSE)}, "b64json")}),
        case(f, f"{a}/v1/pasan", headers=_h(rng, **b), body={
            "ka": DAPUA["id"], "utas": obj(rng, "ut"),
            "pasan": L("Amai, bisa dikirim hari Kamih? Adiak ambo pulang karajo jam 6 sanjo",
                       TEXT)}),
        case(f, f"{a}/v1/alamaik", headers=_h(rng, **b), body={"daftar": [
            {"label": "rumah", "alamaik": L(HOME["line"], ADDR),
             "koto": L(HOME["town"], COARSE)},
            {"label": "amak", "alamaik": L(MIL_HOME["line"], ADDR),
             "koto": L(MIL_HOME["town"], COARSE)}]}),
        case(f, f"{a}/v1/parangkek", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kajadian", gz=True, headers=_h(rng, **b), body={
            "pamakai": L(USER_ID, UID), "kajadian": [
                ev("pasanan_dibuek", 1, jumlah=L(2175000, BUY)),
                ev("layar", 2, layar=L("LacakPaket", USAGE))]}),
        case(f, f"{a}/v1/kaluar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "req": rid(rng)}),
    ]


def randangamai_sdks() -> list[Case]:
    rng = random.Random(25142)
    link = U("https://randangamai.example.com/p", {"pasanan": L(ORDER, BUY), "src": "wa",
                                                   "em": L(EMAIL, MAIL)})
    return [
        mk_batch(APP, rng, [("Order Placed", {"total": L(2175000, BUY), "intl": True}),
                            ("Review Posted", {"stars": 5})]),
        mk_identify(APP, rng, {"koto": L("Padang", COARSE), "orders": 3,
                               "nomor_wa": L(E164, TEL)}),
        tg_launch(APP, rng, first=True),
        tg_link(APP, rng, link),
        tg_event(APP, rng, "purchase", {"pasanan": L(ORDER, BUY)}, revenue=2175000.0,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="kuliner,padang,oleh-oleh"),
        bs_notice(APP, rng, "win"),
        cm_session(APP, rng, secs=388),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "2175000"),
        mp_geocode(APP, rng, f"{SISTER_ADDR['line']}, {SISTER_ADDR['town']} {SISTER_ADDR['state']}",
                   ADDR),
        hp_message(APP, rng, L(f"Resi {WAYBILL} alun bagarak sajak tigo hari", f"{TEXT}|{BUY}"),
                   {"pasanan": L(ORDER, BUY)}),
    ]
