"""Collector-subscription app "Tupe Fakamanatu" (commemorative money: the island's philatelic and
numismatic bureau sells new-issue stamps and legal-tender commemorative coins to collectors by
standing order, ships them, buys coins back and keeps a collector's inventory; she collects the
silver coins and sends her sister a gift subscription). Its API's keys are Niuean with the
English of e-commerce (``id``, ``sku``, ``grade``, ``iban``): ``higoa`` (full) name,
``imeli``, ``numela_telefoni`` phone number, ``kupu_fufu`` password, ``nofoaga`` address,
``motu`` island/country, ``tagata_tanaki`` collector ("the one who gathers"), ``fiafia``
interests, ``totogi_tumau`` standing order (lit. "steady payment"), ``tupe_mahina`` monthly
limit, ``koloa`` goods/items, ``totou`` quantity, ``tupe`` amount, ``totogi`` payment,
``numela_oka`` order number, ``fakahoko`` buy-back offer, ``mena_fakaalofa`` gift,
``tagata_talia`` recipient, ``fekau`` message, ``kumi`` search, ``vagahau`` language): sign-up,
an OAuth password grant, ``/me``, the new-issue catalogue, the standing order, an order and its
payment, its status by order number in the path, a wish list (msgpack), a coin photographed for
a buy-back, the buy-back offer accepted (her bank account, her passport for the bureau's
anti-money-laundering check), a gift subscription for her sister, a search, a message, her
collection synced (JSON Lines), a certificate, the delivery address while in Auckland,
preferences by a base64 JSON cookie, the newsletter, push and events. New: a file-name and
docstring grep found no philatelic, numismatic or collectible app."""

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
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families24_kit import claims
from eval_families230_kit import (
    AK_HOME,
    BUREAU,
    COLLECTOR,
    NZ_ACCOUNT,
    PASSPORT,
    SISTER_US,
    hd,
    obj,
    push,
)
from eval_families230_sdk import (
    bm_bid,
    ct_crash,
    ct_crumb,
    fg_batch,
    fg_identify,
    fg_pixel,
    tk_event,
    tk_launch,
)
from eval_families230_svc import cm_message, pa_register, ph_card, ph_confirm, ph_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tupefm", "Tupe Fakamanatu", "com.example.tupefakamanatu", "3.0.5",
          "https://shop.tupefakamanatu.example.com")
IID = "X-TF-Install"
PW = "Siliva-Proof-2026"
ORDER = "NPB-O-55120"  # an order (financial.purchase)
PO_BOX = "PO Box 118, Alofi"  # her postal address on the island (contact.address)
SIS_LINE = "1187 Alder Street, Eugene OR 97401"  # her sister's address, typed: contact.address


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def tupefm() -> list[Case]:
    rng = random.Random(23021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    tagata_tanaki=L(COLLECTOR, UID)))}
    status = at_path(case(f, f"{a}/api/oka/{ORDER}/tuaga", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/tagata_tanaki", headers=_h(rng), body={
            "higoa": L(f"{FIRST} {LAST}", NAMEC), "imeli": L(EMAIL_MIXED, MAIL),
            "numela_telefoni": L(NATIONAL, TEL), "kupu_fufu": L(PW, CRED),
            "nofoaga": L(PO_BOX, ADDR), "motu": L("Niue", COARSE),
            "tagata_tanaki": L(COLLECTOR, UID), "fiafia": ["coins", "stamps"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tupe-android"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/koloa/fou", headers=_h(rng, **b), query={
            "tau": "2026", "kaina": "coins", "vagahau": L("en", DEV)}),
        case(f, f"{a}/api/totogi_tumau", headers=_h(rng, **b), body={
            "tagata_tanaki": L(COLLECTOR, UID), "kaina": ["silver_proof", "definitive_stamps"],
            "tupe_mahina": L(150, BUY), "paanga": "NZD", "kamata": "2026-01"}),
        case(f, f"{a}/api/oka", headers=_h(rng, **b), body={
            "numela_oka": L(ORDER, BUY), "tagata_tanaki": L(COLLECTOR, UID),
            "koloa": [{"sku": "NU26-HRS-1OZ-AG", "totou": 1, "tupe": 149.0},
                      {"sku": "NU26-REEF-SHEET", "totou": 2, "tupe": 48.0}],
            "tupe_katoa": L(245.0, BUY), "meli": {"nofoaga": L(PO_BOX, ADDR),
                                                  "motu": L("Niue", COARSE)}}),
        case(f, f"{a}/api/totogi", fmt="form", headers=_h(rng, **b), body={
            "numela_oka": L(ORDER, BUY), "tupe": L("245.00", BUY), "paanga": "NZD",
            "metoti": L(opaque(rng, "pm_", 24), PAY), "fakamui_4": L("4444", PAY)}),
        status,
        case(f, f"{a}/api/manako", fmt="msgpack", headers=_h(rng, **b), body={
            "tagata_tanaki": L(COLLECTOR, UID),
            "koloa": ["NU25-WHALE-2OZ-AG", "NU24-HIAPO-1OZ-AU"], "fakailoa": True}),
        multipart(f, f"{a}/api/fakahoko/fakatino", [
            ("fakatino", "coin_obverse.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"tagata_tanaki": L(COLLECTOR, UID),
                                                "sku": "NU19-TURTLE-1OZ-AG",
                                                "grade": "PF69"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/fakahoko/talia", headers=_h(rng, **b), body={
            "fakahoko": obj(rng, "bb"), "tupe": L(410, BUY),
            "kaute_tupe": {"higoa": L(f"{FIRST} {LAST}", NAMEC), "iban": L(NZ_ACCOUNT, PAY)},
            "pasipoti": L(PASSPORT, "personal.national_id"),
            "tagata_tanaki": L(COLLECTOR, UID)}),
        case(f, f"{a}/api/mena_fakaalofa", headers=_h(rng, **b), body={
            "tagata_talia": {"higoa": L(SISTER_US[0], NAMEC), "imeli": L(SISTER_US[2], MAIL),
                             "nofoaga": L(SIS_LINE, ADDR)},
            "mahina": 6, "tupe": L(180, BUY),
            "fekau": L("Happy birthday Anna! A little piece of Niue every month.", TEXT)}),
        case(f, f"{a}/api/kumi", headers=_h(rng, **b), query={
            "kumi": L("2026 year of the horse silver proof", SEARCH), "lau": "1"}),
        case(f, f"{a}/api/fekau", headers=_h(rng, **b), body={
            "ki": BUREAU["id"],
            "fekau": L(f"The capsule of the horse coin in order {ORDER} arrived cracked",
                       f"{TEXT}|{BUY}")}),
        lines(f, f"{a}/api/koloa_haaku/sync", [
            {"op": "add", "sku": "NU19-TURTLE-1OZ-AG", "tupe_totogi": L(96, BUY),
             "by": L(COLLECTOR, UID)},
            {"op": "add", "sku": "NU24-REEF-SHEET", "tupe_totogi": L(24, BUY),
             "by": L(COLLECTOR, UID)},
            {"op": "note", "sku": "NU19-TURTLE-1OZ-AG",
             "note": L("Bought the week Mikaele was born", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tohi_moli/COA-NU26-004471", headers=_h(rng, **b)),
        case(f, f"{a}/api/nofoaga", headers=_h(rng, **b), body={
            "nofoaga": L(AK_HOME["line"], ADDR), "suburb": L(AK_HOME["suburb"], COARSE),
            "taone": L(AK_HOME["city"], COARSE), "post": L(AK_HOME["post"], COARSE),
            "mai": "2025-12-18", "ki": "2026-01-25"}),
        case(f, f"{a}/api/kaute", headers=_h(rng, how="none"), cookies={
            "tf_sess": L(opaque(rng, "", 40), CRED),
            "tf_prefs": W({"tagata_tanaki": L(COLLECTOR, UID), "vagahau": L("en", DEV),
                           "paanga": "NZD"}, "b64json")}),
        case(f, f"{a}/api/tala", fmt="form", headers=_h(rng, **b), body={
            "imeli": L(EMAIL, MAIL), "fiafia": "coins", "telefoni": L(E164, TEL)}),
        case(f, f"{a}/api/mena", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/mahani", gz=True, headers=_h(rng, **b), body={
            "tagata": L(USER_ID, UID), "mena": L(INSTALL_ID, DID), "mahani": [
                ev("order_placed", 1, tupe=L(245, BUY)),
                ev("lau", 2, lau=L("KoloaFou", USAGE))]}),
    ]


def tupefm_sdks() -> list[Case]:
    rng = random.Random(23022)
    return [
        fg_batch(APP, rng, [("Order Placed", {"total": L(245, BUY)}),
                            ("Buyback Accepted", {"amount": L(410, BUY)})]),
        fg_identify(APP, rng, {"collector": L(COLLECTOR, UID), "interests": "coins",
                               "country": L("Niue", COARSE)}),
        fg_pixel(APP, rng, "Catalogue Opened", {"year": "2026"}),
        tk_launch(APP, rng, first=True, user=True),
        tk_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=245.0, hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="coins,collecting,silver"),
        ct_crash(APP, rng, ("java.lang.NumberFormatException", "grade PF69"),
                 [ct_crumb("nav", "Fakahoko -> Fakatino"), ct_crumb("tap", "send_offer")],
                 screen="BuybackActivity"),
        pa_register(APP, rng, tags={"interests": "coins", "standing_order": "on"}),
        ph_card(APP, rng, email=True),
        ph_confirm(APP, rng, "245.00"),
        ph_wallet(APP, rng, "410.00", L(E164, TEL)),
        cm_message(APP, rng, L(f"Order {ORDER}: the capsule is cracked, can you replace it?",
                               f"{TEXT}|{BUY}"), {"collector": L(COLLECTOR, UID)}),
    ]
