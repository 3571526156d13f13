"""Ceremony-equipment rental app "Sigilanw" (``sigilan`` chair, ``-w`` plural: a Lafiabougou yard
renting plastic chairs, canopies (bâches), a sound system and a generator for naming ceremonies,
weddings and funerals; its API mixes Bambara and English snake_case): an SMS code sent and
checked, ``/ne`` with a JWT, the catalogue, the order for Bakary's naming ceremony delivered to
their flat (her pin, 6 decimals), its payment (card token), 50 more chairs by order number in the
path, the order read back, the delivery slot, the delivery signed (a signature image and her
fix), a generator's fuel (msgpack), the deposit refunded to her mobile money, loyalty points by
cookie, a broken chair's photo, a message quoting her address, a search, her details in a base64
JSON form field, push, events and a token refresh. Keys: ``togo`` name, ``jamu`` surname,
``telefoni`` phone, ``kode`` code, ``ci`` order, ``sigilan`` chairs, ``bache`` canopies,
``sono`` sound system, ``kuran`` generator, ``seli`` ceremony, ``don`` day, ``taali`` delivery,
``yoro`` place, ``sigiyoro`` street line, ``kin`` neighbourhood, ``hake`` amount, ``songo``
price, ``sarali`` payment, ``lamini`` refund, ``bonya`` points (lit. honour), ``tinyenen``
broken, ``cikan`` message, ``kuma`` text, ``nyinini`` search, ``minen`` device, ``kow`` events.
"""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families157_kit import (
    BKO_HOME,
    BKO_HOME_AT,
    HUSBAND,
    RENTAL,
    WALLET,
    YARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families157_sdk import ck_crash, ck_crumb, jm_batch, jm_queue, sb_bid, st_launch
from eval_families157_svc import cs_check, mj_reverse, pk_register, ws_card, ws_confirm, ws_wallet
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("sigilanw", "Sigilanw", "com.example.sigilanw", "2.4.1",
          "https://api.sigilanw.example.com")
IID = "X-Sigilanw-Minen"
CLIENT = "SGW-C-20417"  # her customer account (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def sigilanw() -> list[Case]:
    rng = random.Random(15721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefoni=L(E164, TEL), client=L(CLIENT, UID)))}
    hla, hlo = fix(BKO_HOME_AT)
    dla, dlo = fix(BKO_HOME_AT, 5)
    more = at_path(case(f, f"{a}/v1/ci/{RENTAL}/yeleman", headers=_h(rng, **b), body={
        "sigilan": 50, "songo": L(12500, BUY), "client": L(CLIENT, UID)}), RENTAL, BUY)
    back = at_path(case(f, f"{a}/v1/ci/{RENTAL}", headers=_h(rng, **b)), RENTAL, BUY)
    return [
        case(f, f"{a}/v1/auth/kode/ci", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kan": L("bm", DEV)}),
        case(f, f"{a}/v1/auth/kode/seginni", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kode": L("540917", CRED)}),
        case(f, f"{a}/v1/ne", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ne", headers=_h(rng, **b), body={
            "togo": L(FIRST, NAMEC), "jamu": L(LAST, NAMEC), "client": L(CLIENT, UID),
            "telefoni_2": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/catalog", headers=_h(rng, **b), query={
            "yard": YARD["id"], "seli": "denkundi"}),
        case(f, f"{a}/v1/ci", headers=_h(rng, **b), body={
            "yard": YARD["id"], "ci": L(RENTAL, BUY), "seli": L("denkundi", SENS),
            "don": "2026-01-16", "items": {"sigilan": 150, "bache": 3, "sono": 1, "kuran": 1},
            "hake": L(185000, BUY),
            "taali": {"sigiyoro": L(BKO_HOME["line"], ADDR), "kin": L(BKO_HOME["area"], COARSE),
                      "lat": hla, "lon": hlo, "telefoni": L(HUSBAND[1], TEL),
                      "kuma": L("Da kalan finman, so 37, Seydou be na a minen", TEXT)},
            "client": L(CLIENT, UID)}),
        case(f, f"{a}/v1/sarali", fmt="form", headers=_h(rng, **b), body={
            "ci": L(RENTAL, BUY), "hake": L("185000", BUY), "wari": "XOF",
            "card_token": L(opaque(rng, "tok_", 24), PAY), "laban4": L("4444", PAY)}),
        more,
        back,
        case(f, f"{a}/v1/taali/waati", fmt="form", headers=_h(rng, **b), body={
            "ci": L(RENTAL, BUY), "don": "2026-01-15", "waati": "16-18",
            "slot": obj(rng, "sl")}),
        multipart(f, f"{a}/v1/taali/seginni", [
            ("bolonoo", "bolonoo.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(34), MEDIA)),
            ("meta", None, "application/json", {
                "ci": L(RENTAL, BUY), "yoro": {"lat": dla, "lon": dlo},
                "mina": L(f"{FIRST} {LAST}", NAMEC), "sigilan_jate": 200})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kuran/esansi", fmt="msgpack", headers=_h(rng, **b), body={
            "ci": L(RENTAL, BUY), "litiri": 20, "songo": L(17000, BUY),
            "client": L(CLIENT, UID)}),
        case(f, f"{a}/v1/ci/segin", fmt="form", headers=_h(rng, **b), body={
            "ci": L(RENTAL, BUY), "don": "2026-01-17", "waati": "08-10",
            "telefoni": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/lamini", headers=_h(rng, **b), body={
            "ci": L(RENTAL, BUY), "hake": L(25000, BUY), "telefoni": L(WALLET, TEL),
            "cogoya": "mobile_money"}),
        case(f, f"{a}/v1/bonya", headers=_h(rng, how="none"), cookies={
            "sg_sesi": L(opaque(rng, "", 40), CRED), "sg_minen": L(INSTALL_ID, DID),
            "sg_client": L(CLIENT, UID)}),
        multipart(f, f"{a}/v1/tinyenen", [
            ("ja", "sigilan_kari.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {
                "ci": L(RENTAL, BUY), "kuma": L("Sigilan 3 karila ka kon taali ye", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/cikan", headers=_h(rng, **b), body={
            "ka_taa": "support",
            "kuma": L(f"Camion te so ye. An sigiyoro: {BKO_HOME['line']}, Hamdallaye",
                      f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/nyinini", headers=_h(rng, **b), query={
            "q": L("bache 10x20 ni sono denkundi", SEARCH), "yard": YARD["id"]}),
        case(f, f"{a}/v1/ne/kunnafoni", fmt="form", headers=_h(rng, **b), body={
            "data": W({"client": L(CLIENT, UID), "telefoni": L(E164, TEL),
                       "sigiyoro": L(BKO_HOME["line"], ADDR)}, "b64json"), "v": "2"}),
        case(f, f"{a}/v1/minen", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kow", gz=True, headers=_h(rng, **b), body={
            "tigi": L(USER_ID, UID), "kow": [
                ev("ci_kera", 1, hake=L(185000, BUY)),
                ev("ekran", 2, ekran=L("TaaliMap", USAGE))]}),
        case(f, f"{a}/v1/auth/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "minen": L(INSTALL_ID, DID)}),
    ]


def sigilanw_sdks() -> list[Case]:
    rng = random.Random(15722)
    return [
        jm_batch(APP, rng, [("Order Placed", {"total": L(185000, BUY)}),
                            ("Delivery Signed", {"chairs": 200})], adid=True),
        jm_queue(APP, rng, [("Catalog Viewed", {"yard": YARD["id"]}), ("Cart Updated", {})]),
        st_launch(APP, rng, user=True),
        sb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=BKO_HOME_AT, nd=2,
               keywords="wedding,baptism,rental"),
        ck_crash(APP, rng, ("java.lang.NumberFormatException", "chairs: \"\""),
                 [ck_crumb("nav", "Ci -> Yeleman"), ck_crumb("tap", "add_chairs")],
                 screen="OrderEditActivity"),
        pk_register(APP, rng, at=BKO_HOME_AT, nd=3, tags={"yard": YARD["id"]}),
        cs_check(APP, rng, {"analytics": True, "ads": True}),
        ws_card(APP, rng),
        ws_confirm(APP, rng, "185000", "xof"),
        ws_wallet(APP, rng, "25000", L(WALLET, TEL)),
        mj_reverse(APP, rng, BKO_HOME_AT, PRECISE, nd=5),
    ]
