"""A soapstone-carving shop app "Chonardash" (her husband Aldyn-Ool carves chonar-dash
(agalmatolite) figurines in the shed behind their block; she runs the online shop and is
registered as self-employed; the API's keys are Tuvan in ASCII with Russian loans, as a Kyzyl
developer writes them: ``sadykchy`` seller, ``ady_familiyazy`` full name, ``el_shuudang``
e-mail, ``telefon``, ``inn`` taxpayer number (loan), ``vid_na_zhitelstvo`` residence permit
(loan), ``uzchu`` craftsman, ``hooray`` town, ``budurug`` product, ``ortek`` price, ``dengzi``
weight, ``churuk`` photo, ``cher`` place, ``zakaz`` order (loan), ``chorudar`` sender,
``chedirilge`` delivery, ``schet`` account (loan), ``bik`` bank code, ``tolevirler`` payouts,
``chek`` receipt (loan), ``aksha`` amount, ``ulus`` the public, ``medee`` message,
``yarmarka`` fair (loan), ``demdeglel`` note): seller sign-up, an SMS code, ``/men``, her
self-employed status by taxpayer number, a product, its photo, the workshop's pick-up point,
an order's label, a courier, the payout account, payouts, a tax receipt for a sale, a stock
note (msgpack), an offline sync (JSON Lines), sales by seller number in the path, a message to
a buyer, a fair stall booked, statistics by cookie, push, events and a session refresh. Sets
with craft or wine sellers exist; none sells carvings, and here the money side (self-employed
receipts, the rouble payout account) is the point."""

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
from eval_families24_kit import claims, rid
from eval_families269_kit import (
    HUSBAND,
    INN,
    KZ_HOME,
    RESIDENCE,
    RU_ACCOUNT,
    SELLER,
    SHOP,
    WORKSHOP_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families269_sdk import th_event, th_launch, um_batch, um_identify, um_pixel
from eval_families269_svc import fk_eval, hk_message, mu_geocode, ps_register, py_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("chonardash", "Chonardash", "com.example.chonardash", "1.4.6",
          "https://api.chonardash.example.net")
IID = "X-Chonar-Install"
NID = "personal.national_id"
ORDER = "zk_50217"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def chonardash() -> list[Case]:
    rng = random.Random(26921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sadykchy=L(SELLER, UID), telefon=L(E164, TEL)))}
    wla, wlo = fix(WORKSHOP_AT)
    note = obj(rng, "nt")
    sales = at_path(case(f, f"{a}/v1/sadykchylar/{SELLER}/sadyg", headers=_h(rng, **b),
                         query={"from": "2025-10-01", "to": "2026-01-31"}), SELLER, UID)
    return [
        case(f, f"{a}/v1/sadykchylar", headers=_h(rng), body={
            "ady_familiyazy": L(f"{FIRST} {LAST}", NAMEC), "el_shuudang": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "inn": L(INN, NID),
            "vid_na_zhitelstvo": L(RESIDENCE, NID), "sadykchy": L(SELLER, UID),
            "uzchu": {"ady": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "hooray": L(KZ_HOME["town"], COARSE), "samozanyatyi": True}),
        case(f, f"{a}/v1/auth/shyn", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("904417", CRED)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/nalog/status", headers=_h(rng, **b), query={"inn": L(INN, NID)}),
        case(f, f"{a}/v1/buduruglar", headers=_h(rng, **b), body={
            "sadykchy": L(SELLER, UID), "ady": "Sarlyk (chonar-dash)", "ortek": 4500,
            "dengzi": 0.35, "ondur_sm": 9, "chonar_ong": "kyzyl-saryg", "sany": 3}),
        multipart(f, f"{a}/v1/buduruglar/churuk", [
            ("churuk", "sarlyk_front.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"budurug": "bd_sarlyk_09", "ortek": 4500})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sadykchylar/alyr_cher", headers=_h(rng, **b), body={
            "sadykchy": L(SELLER, UID), "cher": {"lat": wla, "lng": wlo},
            "market": {"id": SHOP["id"], "lat": SHOP["lat"], "lng": SHOP["lon"]}}),
        case(f, f"{a}/v1/zakazlar/{ORDER}/yarlyk", headers=_h(rng, **b), body={
            "chorudar": {"ady": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
                         "hooray": L(KZ_HOME["town"], COARSE)},
            "posylka": {"sany": 2, "dengzi": 1.1}, "chedirilge": "express"}),
        case(f, f"{a}/v1/kurier", fmt="form", headers=_h(rng, **b), body={
            "hun": "2026-01-21", "shak": "10-13", "telefon": L(HUSBAND[1], TEL),
            "posylka_sany": "2"}),
        case(f, f"{a}/v1/tolevirler/schet", headers=_h(rng, **b), body={
            "ee": L(f"{FIRST} {LAST}", NAMEC), "schet": L(RU_ACCOUNT, PAY),
            "bik": "049304001", "bank": "Example Bank Tuva", "sadykchy": L(SELLER, UID)}),
        case(f, f"{a}/v1/tolevirler", headers=_h(rng, **b), query={"sadykchy": L(SELLER, UID)}),
        case(f, f"{a}/v1/nalog/chek", gz=True, headers=_h(rng, **b), body={
            "inn": L(INN, NID), "zakaz": L(ORDER, BUY), "aksha": L(9000, BUY),
            "ulus": "fizlico", "budurug": "Sarlyk x2", "hun": "2026-01-20"}),
        case(f, f"{a}/v1/demdeglel/{note}", fmt="msgpack", headers=_h(rng, **b), body={
            "demdeglel": L("Ak chonar doostu, ashakym chaa dash Bayan-Kolden ekkelir", TEXT),
            "sadykchy": L(SELLER, UID), "dash_kg": 14}),
        lines(f, f"{a}/v1/sync", [
            {"op": "stock", "budurug": "bd_sarlyk_09", "sany": 1, "by": L(SELLER, UID)},
            {"op": "sale", "zakaz": L(ORDER, BUY), "aksha": L(9000, BUY)}],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/v1/medee", headers=_h(rng, **b), body={
            "zakaz": ORDER, "kymga": "buyer_7731",
            "medee": L("Sarlyktar ertenge chorutkan, posylka iyi hun chedirer. Chetirdim!",
                       TEXT)}),
        case(f, f"{a}/v1/yarmarka/bron", headers=_h(rng, **b), body={
            "yarmarka": "shagaa-2026", "orun": "B-14", "aksha": L(2000, BUY),
            "sadykchy": L(SELLER, UID)}),
        case(f, f"{a}/v1/statistika", headers=_h(rng, how="none"), cookies={
            "cd_session": L(opaque(rng, "", 40), CRED), "cd_device": L(INSTALL_ID, DID),
            "cd_req": rid(rng)}),
        case(f, f"{a}/v1/hereksel", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/v1/boluushkunnar", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("product_added", 1), ev("screen", 2, screen=L("Tolevirler", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def chonardash_sdks() -> list[Case]:
    rng = random.Random(26922)
    return [
        um_batch(APP, rng, [("Product Added", {"price": 4500}), ("Label Printed", {})],
                 at=WORKSHOP_AT, nd=2, locale="ru_RU"),
        um_identify(APP, rng, {"hooray": L("Kyzyl", COARSE), "sadykchy": L(SELLER, UID)}),
        um_pixel(APP, rng, "Sales Opened", {"period": "2025-Q4"}),
        th_launch(APP, rng, user=True),
        th_event(APP, rng, "listing", {"budurug": "bd_sarlyk_09"}),
        fk_eval(APP, rng, {"hooray": L("Kyzyl", COARSE), "role": "seller"}),
        ps_register(APP, rng, at=WORKSHOP_AT, nd=2, lang="ru",
                    tags={"hooray": L("Kyzyl", COARSE)}),
        py_wallet(APP, rng, "9000", L(E164, TEL)),
        mu_geocode(APP, rng, "Kyzyl post office courier desk", "behavior.search",
                   near=WORKSHOP_AT, nd=3),
        hk_message(APP, rng, L(f"Payout for order {ORDER} is missing", f"{TEXT}|{BUY}"),
                   {"sadykchy": L(SELLER, UID)}),
    ]
