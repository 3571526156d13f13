"""Fish-smoking business book "Kpanlasmoke" (her mother-in-law Efua Ackah smokes herring, kpanla
and tuna in clay ovens on Axim beach and sells to Takoradi traders; she keeps the books on the
app: buying from canoes, oven batches, sales, payouts). Its API's keys are Nzema in ASCII with
loans: ``duma``, ``agyale_duma``, ``fonu``, ``paasiwodi`` password (a loan), ``koodu`` code,
``tonvole`` seller and ``tovole`` buyer (``tɔne`` sell, ``tɔ`` buy, ``-vɔlɛ`` one who),
``tonle``/``tole`` sale/purchase, ``bole`` price, ``ezukoa`` money (amount), ``tuale`` payment,
``elene`` canoe, ``kilo``, ``ovin`` oven, ``sua`` house (street line), ``digital_adrese``
GhanaPostGPS address, ``suakpole`` town, ``nli`` mother (the owner, her mother-in-law),
``eleka`` place, ``edweke`` message, ``kponde`` search, ``kenle`` day, ``akonta`` account,
``foto``. Calls: seller sign-up (her Ghana Card, the owner), an SMS code, ``/me``, a canoe
purchase paid to the canoe owner's mobile money, her check-in at the ovens, an oven batch
(msgpack: the oven's thermometer readings), the price list, a sale to a Takoradi trader, a lorry
to Takoradi, a photo of the fish, firewood, her food-handler's health certificate, the payout
account, the sales by seller number in the path, an offline sync (JSON Lines), a message to a
buyer, a search, push, events and a receipt by cookie. A file-name and docstring grep of
``scripts/eval_families*`` found no fish-smoking app ("smokehouse", "fish smok", "chorkor" 0;
"smoked" one betel-quit mention); fish apps there are an auction logbook, a catch diary, a fishing
log, a crew roster and a dried-fish trader's app."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families235_kit import (
    AX_HOME,
    GH_ACCOUNT,
    MOMO,
    MOTHER_IL,
    NCG,
    SELLER,
    SMOKE_FIX,
    SMOKEHOUSE,
    fix,
    hd,
    obj,
    push,
)
from eval_families235_sdk import ak_batch, ak_identify, ak_pixel, sk_event, sk_launch
from eval_families235_svc import ck_wallet, fs_eval, he_message, mb_geocode, pa_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kpanlasmoke", "Kpanlasmoke", "com.example.kpanlasmoke", "1.9.4",
          "https://api.kpanlasmoke.example.net")
IID = "X-Kpanla-Install"
PW = "Ovin3Axim!2026"
NID = "personal.national_id"
CANOE_OWNER = ("Kofi Blay Nyanzu", "+233246118830")  # typed by her: contact.*
TRADER = ("Esi Quansah", "+233244010233")  # a Market Circle trader she sells to: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kpanlasmoke() -> list[Case]:
    rng = random.Random(23511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tonvole=L(SELLER, UID), fonu=L(E164, TEL)))}
    sla, slo = fix(SMOKE_FIX, 5)
    batch = obj(rng, "bt")
    sales = at_path(case(f, f"{a}/v2/tonvole/{SELLER}/tonle", headers=_h(rng, **b),
                         query={"fi": "2026-01-01", "kosi": "2026-01-31"}), SELLER, UID)
    return [
        case(f, f"{a}/v2/tonvole", headers=_h(rng, tw=True), body={
            "duma": L(FIRST, NAMEC), "agyale_duma": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "fonu": L(E164, TEL), "paasiwodi": L(PW, CRED), "ghana_kaade": L(NCG, NID),
            "tonvole_nomba": L(SELLER, UID), "sua": L(AX_HOME["line"], ADDR),
            "digital_adrese": L(AX_HOME["gps"], ADDR), "suakpole": L(AX_HOME["town"], COARSE),
            "nli": {"duma": L(MOTHER_IL[0], NAMEC), "fonu": L(MOTHER_IL[1], TEL),
                    "role": "owner"}, "business": SMOKEHOUSE["id"]}),
        case(f, f"{a}/v2/koodu", fmt="form", headers=_h(rng), body={
            "fonu": L(E164, TEL), "koodu": L("905318", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tole", headers=_h(rng, **b), body={
            "elene": "Nyamenle Ye Kpole", "kenle": "2026-01-12", "fish": "kpanla",
            "kilo": 240, "bole_kilo": 14.5, "ezukoa": L(3480, BUY),
            "tuale": {"kind": "momo", "fonu": L(CANOE_OWNER[1], TEL),
                      "duma": L(CANOE_OWNER[0], NAMEC)},
            "tonvole_nomba": L(SELLER, UID)}),
        case(f, f"{a}/v2/ovin/checkin", headers=_h(rng, **b), body={
            "eleka": {"lat": sla, "lng": slo},
            "business": {"id": SMOKEHOUSE["id"], "lat": SMOKEHOUSE["lat"],
                         "lng": SMOKEHOUSE["lon"]}, "checkin": obj(rng, "ck")}),
        case(f, f"{a}/v2/ovin/batches", fmt="msgpack", headers=_h(rng, **b), body={
            "batch": batch, "ovin": "ov_3", "fish": "kpanla", "kilo": 120,
            "firewood": "mangrove offcuts", "temps": [88.5, 92.0, 95.5, 91.0],
            "hours": 9, "edweke": L("Turned the trays twice, the top rack dried faster", TEXT),
            "by": L(SELLER, UID)}),
        case(f, f"{a}/v2/bole", headers=_h(rng, **b), query={
            "business": SMOKEHOUSE["id"], "kenle": "2026-01-13"}),
        case(f, f"{a}/v2/tonle", headers=_h(rng, **b), body={
            "tovole": {"duma": L(TRADER[0], NAMEC), "fonu": L(TRADER[1], TEL),
                       "stall": "Market Circle, row F, stall 14"},
            "items": [{"fish": "kpanla", "basket": 6, "bole": 320},
                      {"fish": "herring", "basket": 4, "bole": 260}],
            "ezukoa": L(2960, BUY), "tuale": "momo_on_delivery", "order": L("KS-26-0188", BUY)}),
        case(f, f"{a}/v2/tuale/collect", headers=_h(rng, **b), body={
            "order": L("KS-26-0188", BUY), "ezukoa": L(2960, BUY),
            "tovole_fonu": L(TRADER[1], TEL), "network": "mtn", "ref": rid(rng)}),
        case(f, f"{a}/v2/lori", fmt="form", headers=_h(rng, **b), body={
            "order": L("KS-26-0188", BUY), "fi": "Axim", "kosi": "Takoradi Market Circle",
            "ezukoa": L("150.00", BUY), "baskets": "10"}),
        multipart(f, f"{a}/v2/foto", [
            ("foto", "kpanla_batch.jpg", "image/jpeg", L(JPEG + b"\x37", MEDIA)),
            ("meta", None, "application/json", {"batch": batch, "grade": "A"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/expenses", headers=_h(rng, **b), body={
            "kind": "firewood", "ezukoa": L(420, BUY), "kenle": "2026-01-12",
            "tonvole_nomba": L(SELLER, UID)}),
        multipart(f, f"{a}/v2/health_certificate", [
            ("kelata", "food_handler_cert.jpg", "image/jpeg",
             L(JPEG + b"\x38", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "typhoid": L("negative", MED), "hepatitis_a": L("immune", MED),
                "chest_xray": L("clear", MED), "wie": "2026-12-31",
                "duma": L(f"{FIRST} {LAST}", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/akonta", headers=_h(rng, **b), body={
            "duma": L(f"{FIRST} {LAST}", NAMEC), "akonta": L(GH_ACCOUNT, PAY),
            "baanke": "Example Bank Ghana, Axim", "momo": L(MOMO, TEL)}),
        sales,
        lines(f, f"{a}/v2/sync", [
            {"op": "sale", "order": L("KS-26-0191", BUY), "ezukoa": L(640, BUY),
             "by": L(SELLER, UID)},
            {"op": "stock", "fish": "herring", "baskets": 11, "by": L(SELLER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/edweke", headers=_h(rng, **b), body={
            "to": "tv_8821",
            "edweke": L("Auntie Esi, the six baskets leave Axim at 5am, pay the driver half",
                        TEXT)}),
        case(f, f"{a}/v2/kponde", headers=_h(rng, **b), query={
            "q": L("kpanla price Elmina this week", SEARCH)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("sale_saved", 1, baskets=10), ev("screen", 2, screen=L("Ovens", USAGE))]}),
        case(f, f"{a}/v2/fi", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "device": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v2/receipts/latest", headers=_h(rng, how="none"), cookies={
            "ks_sess": L(opaque(rng, "", 40), CRED), "ks_dev": L(INSTALL_ID, DID),
            "ks_req": rid(rng)}),
    ]


def kpanlasmoke_sdks() -> list[Case]:
    rng = random.Random(23512)
    return [
        ak_batch(APP, rng, [("Sale Saved", {"total": L(2960, BUY)}),
                            ("Batch Logged", {"kilo": 120})], at=SMOKE_FIX, nd=2),
        ak_identify(APP, rng, {"suakpole": L("Axim", COARSE), "tonvole": L(SELLER, UID)}),
        ak_pixel(APP, rng, "Prices Opened", {"kenle": "2026-01-13"}),
        sk_launch(APP, rng, user=True),
        sk_event(APP, rng, "sale", {"order": L("KS-26-0188", BUY)}, revenue=2960.0),
        fs_eval(APP, rng, {"region": L("Western", COARSE), "role": "bookkeeper"}),
        pa_register(APP, rng, at=SMOKE_FIX, nd=2, tags={"business": SMOKEHOUSE["id"]}),
        ck_wallet(APP, rng, "2960", L(MOMO, TEL)),
        mb_geocode(APP, rng, "Takoradi Market Circle", SEARCH, near=SMOKE_FIX, nd=3),
        he_message(APP, rng, L("Payout for order KS-26-0188 has not reached my account",
                               f"{TEXT}|{BUY}"), {"tonvole": L(SELLER, UID)}),
    ]
