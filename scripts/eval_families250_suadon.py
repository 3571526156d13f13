"""A mineral-spring water delivery app "Suadon" (suadon: spring; 19-litre bottles of spring water
from a depot on the Sunzha, a rented cooler, weekly deliveries; Ossetian keys: ``nom``,
``myggag``, ``telefon``, ``el_post``, ``kod``, ``aelkhaenaeg`` buyer (her account),
``tsaeraenbynat`` address (street line), ``goraet`` town, ``qaeu`` village, ``don`` water,
``avg`` bottle, ``nymaets`` count, ``arg`` price, ``aekhtsa`` amount, ``fidyd`` payment,
``sakhat`` hour, ``bon`` day, ``kaemaen`` recipient (lit. "to whom"), ``aefsin`` mother-in-law,
``bynat`` pin (``uaerkh``/``daerg``), ``quydy`` remark, ``qast`` complaint, ``kam`` photo,
``aguyrd`` search, ``baelltae`` points, ``duar_kod`` door code, ``arkhaiaeg`` user, ``tsautae``
events, with the loans ``zakaz``, ``kuler``, ``zalog`` deposit, ``podpiska`` subscription,
``kurer``, ``indeks``): sign-up, an SMS log-in, ``/mae``, the catalogue, an order with a pin at
her door, its payment, the cooler and its deposit, a weekly subscription, a delivery to her
mother-in-law in Beslan, the courier's track, empties returned, an order draft (msgpack), a
rating, a complaint with a photo, a search, points by cookie, the spring's certificate, the door
code, push, events and a log-out. New kind: "mineral water", "water cooler", "19-litre" matched
no docstring; the water deliveries of earlier sets are a cyclone-season emergency service and a
smart water tank."""

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
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families24_kit import claims, rid
from eval_families250_kit import (
    CLIENT,
    DEPOT,
    HOME,
    HOME_AT,
    MIL_AT,
    MIL_LINE,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families250_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, tn_event, tn_launch
from eval_families250_svc import cl_card, cl_wallet, mm_reverse, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("suadon", "Suadon", "com.example.suadon", "4.0.2", "https://api.suadon.example.ru")
IID = "X-Suadon-Device"
MAIL = "contact.email"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def suadon() -> list[Case]:
    rng = random.Random(25061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, aelkhaenaeg=L(CLIENT, UID), telefon=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT)
    mla, mlo = fix(MIL_AT, 5)
    z1, z2 = "SD-Z-558120", "SD-Z-558377"
    return [
        case(f, f"{a}/v3/registratsi", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "myggag": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "el_post": L(EMAIL, MAIL), "tsaeraenbynat": L(HOME["line"], ADDR),
            "goraet": L(HOME["town"], COARSE), "indeks": L(HOME["post"], COARSE),
            "aelkhaenaeg": L(CLIENT, UID)}),
        case(f, f"{a}/v3/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(NATIONAL, TEL), "kod": L("7741", CRED)}),
        case(f, f"{a}/v3/mae", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/katalog", headers=_h(rng), query={"depot": DEPOT["id"], "gaz": "0"}),
        case(f, f"{a}/v3/zakaz", headers=_h(rng, **b), body={
            "zakaz": L(z1, BUY), "aelkhaenaeg": L(CLIENT, UID),
            "dzaumaettae": [{"sku": "suadon_19l", "nymaets": 2, "arg": 290},
                            {"sku": "pompae", "nymaets": 1, "arg": 450}],
            "aekhtsa": L(1030, BUY), "bon": "2026-02-18", "sakhat": "18-21",
            "tsaeraenbynat": L(HOME["line"], ADDR), "bynat": {"uaerkh": hla, "daerg": hlo}}),
        case(f, f"{a}/v3/fidyd", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(z1, BUY), "aekhtsa": L("1030.00", BUY), "valuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kartae_kaeron": L("4444", PAY)}),
        case(f, f"{a}/v3/kuler", headers=_h(rng, **b), body={
            "aelkhaenaeg": L(CLIENT, UID), "kuler": "HC-66L-white", "serial": "HC6604418812",
            "zalog": L(2000, BUY), "maeitae": 12}),
        case(f, f"{a}/v3/podpiska", headers=_h(rng, **b), body={
            "aelkhaenaeg": L(CLIENT, UID), "bontae": ["wed"], "avg": 2,
            "aekhtsa": L(580, BUY), "sakhat": "18-21"}),
        case(f, f"{a}/v3/zakaz", headers=_h(rng, **b), body={
            "zakaz": L(z2, BUY), "aelkhaenaeg": L(CLIENT, UID),
            "kaemaen": {"nom": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                        "kaei": "aefsin"},
            "tsaeraenbynat": L(MIL_LINE, ADDR), "goraet": L("Beslan", COARSE),
            "bynat": {"uaerkh": mla, "daerg": mlo},
            "dzaumaettae": [{"sku": "suadon_19l", "nymaets": 3, "arg": 290}],
            "aekhtsa": L(870, BUY)}),
        case(f, f"{a}/v3/kurer/track", headers=_h(rng, **b), query={
            "zakaz": L(z1, BUY), "kurer": "cr_0318"}),
        case(f, f"{a}/v3/avgtae/raestaejyn", fmt="form", headers=_h(rng, **b), body={
            "aelkhaenaeg": L(CLIENT, UID), "avg": "3", "zakaz": L(z1, BUY)}),
        case(f, f"{a}/v3/zakaz/draft", fmt="msgpack", headers=_h(rng, **b), body={
            "aelkhaenaeg": L(CLIENT, UID), "draft": obj(rng, "dr"),
            "dzaumaettae": [{"sku": "suadon_19l", "nymaets": 4}],
            "quydy": L("Ring twice, the bell on the gate is broken", TEXT)}),
        case(f, f"{a}/v3/aerg", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(z1, BUY), "aerg": "4",
            "quydy": L("The courier was late but carried the bottles up to the fourth floor",
                       TEXT)}),
        multipart(f, f"{a}/v3/qast", [
            ("kam", "bottle.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {
                "zakaz": L(z1, BUY),
                "qast": L("One bottle came cracked and leaked in the hall", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/aguyrd", headers=_h(rng, **b), query={
            "q": L("still spring water 5 litres for the car", SEARCH)}),
        case(f, f"{a}/v3/baelltae", headers=_h(rng, how="none"), cookies={
            "sd_sesi": L(opaque(rng, "", 40), CRED), "sd_dev": L(INSTALL_ID, DID),
            "sd_req": rid(rng)}),
        case(f, f"{a}/v3/suadon/sertifikat", headers=_h(rng, **b), query={
            "depot": DEPOT["id"], "partii": "P-2602-11"}),
        case(f, f"{a}/v3/tsaeraenbynat", fmt="form", headers=_h(rng, **b), body={
            "aelkhaenaeg": L(CLIENT, UID), "podezd": "2", "uaelaejyn": "4",
            "duar_kod": L("38K2917", CRED)}),
        case(f, f"{a}/v3/faeraez", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/tsautae", gz=True, headers=_h(rng, **b), body={
            "arkhaiaeg": L(USER_ID, UID), "tsautae": [
                ev("zakaz", 1, aekhtsa=L(1030, BUY)), ev("ekran", 2, ekran=L("Podpiska", USAGE))]}),
        case(f, f"{a}/v3/rakhizyn", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "faeraez": L(INSTALL_ID, DID),
            "aevzag": L("ru", DEV)}),
    ]


def suadon_sdks() -> list[Case]:
    rng = random.Random(25062)
    depot = (DEPOT["lat"], DEPOT["lon"])
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(1030, BUY)}),
                            ("Subscription Started", {"weekly": 2})], at=HOME_AT, nd=3),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"zakaz": L("SD-Z-558120", BUY)}, revenue=1030.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="water,home,delivery"),
        cd_crash(APP, rng, ("java.lang.IllegalArgumentException", "empty slot list"),
                 [cd_crumb("nav", "Katalog -> Zakaz")], screen="ZakazActivity"),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"podpiska": "weekly"}),
        cl_card(APP, rng),
        cl_wallet(APP, rng, "2000", L(E164, TEL)),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        mm_route(APP, rng, [(depot, None), (HOME_AT, PRECISE)]),
    ]


__all__ = ["APP", "suadon", "suadon_sdks"]
