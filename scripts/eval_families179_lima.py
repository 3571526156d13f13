"""Handicraft seller app "Mea Fai Lima" (a fictional women's handicraft centre's online shop:
she lists the fans, mats and crochet her mother-in-law makes on Nukufetau and ships them to
buyers in Auckland). Keys in Tuvaluan (the shared words, plus ``mea_fai_lima`` handicraft (lit.
"things made by hand"), ``numela_fakatau`` seller number, ``tau`` price, ``oka`` order,
``tagata_fai`` maker, ``tagata_fakatau`` buyer, ``pusa`` parcel, ``uta`` freight, ``ili`` fan,
``fala`` mat, ``taone`` town, ``vaega`` share): seller sign-up with her residence permit, an SMS
code, ``/au``, a listing, its photo, orders, an order by number in the path, a parcel label to
her sister-in-law in Mangere, a freight quote, the payout account, payouts, a sale at the centre
with her fix, a stock sync (msgpack), a reply to a review, a message to a buyer, the maker's
share for her mother-in-law, a search, the stall fee, push, events and a refresh by cookie. An
earlier set books weaving workshops as a pupil; none sells handicrafts (a docstring grep for
"handicraft" found nothing)."""

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
from eval_families24_kit import claims
from eval_families179_kit import (
    CENTRE,
    CENTRE_FIX,
    HOME,
    MOTHER_IL,
    ORDER,
    RESIDENCE,
    SELLER,
    SISTER_IL,
    SISTER_IL_ADDR,
    TV_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families179_sdk import (
    bl_bid,
    bl_notice,
    ck_crash,
    ck_crumb,
    me_batch,
    me_pixel,
    tk_event,
    tk_launch,
)
from eval_families179_svc import hf_message, ma_geocode, pf_register, pt_wallet
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("failima", "Mea Fai Lima", "com.example.failima", "1.2.7",
          "https://api.failima.example.com")
IID = "X-FaiLima-Masini"
NID = "personal.national_id"
ORDER2 = "ML-2026-0413"  # a sale at the centre (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tvl=True, **kw)


def failima() -> list[Case]:
    rng = random.Random(17951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, numela_fakatau=L(SELLER, UID), telefoni=L(E164, TEL)))}
    cla, clo = fix(CENTRE_FIX, 5)
    item = obj(rng, "mea")
    order = at_path(case(f, f"{a}/v1/oka/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/fai_fakatau", headers=_h(rng), body={
            "igoa": L(FIRST, NAMEC), "igoa_kaiga": L(LAST, NAMEC), "imeli": L(EMAIL_MIXED, MAIL),
            "telefoni": L(E164, TEL), "numela_fakatau": L(SELLER, UID),
            "numela_pemita": L(RESIDENCE, NID), "tuatusi": L(HOME["line"], ADDR),
            "fakai": L("Alapi", COARSE), "koga_fakatau": CENTRE["id"]}),
        case(f, f"{a}/v1/kode", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kode": L("227164", CRED)}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/mea_fai_lima", headers=_h(rng, **b), body={
            "mea": item, "ituaiga": "ili", "igoa_mea": "Ili fakatalofa (lau fala)", "tau": 45,
            "tupe_ituaiga": "AUD", "tagata_fai": L(MOTHER_IL[0], NAMEC), "numela": 4,
            "numela_fakatau": L(SELLER, UID)}),
        multipart(f, f"{a}/v1/mea_fai_lima/ata", [
            ("ata", "ili_fakatalofa.jpg", "image/jpeg", L(JPEG + b"\x67", MEDIA)),
            ("meta", None, "application/json", {"mea": item, "tau": 45})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/oka", headers=_h(rng, **b), query={
            "numela_fakatau": L(SELLER, UID), "tulaga": "fou"}),
        order,
        case(f, f"{a}/v1/pusa", headers=_h(rng, **b), body={
            "oka": L(ORDER, BUY),
            "mai": {"igoa": L(f"{FIRST} {LAST}", NAMEC), "telefoni": L(E164, TEL),
                    "motu": L(HOME["islet"], COARSE)},
            "ki": {"igoa": L(SISTER_IL[0], NAMEC), "telefoni": L(SISTER_IL[1], TEL),
                   "laina": L(SISTER_IL_ADDR["line"], ADDR),
                   "fakai": L(SISTER_IL_ADDR["suburb"], COARSE),
                   "taone": L(SISTER_IL_ADDR["city"], COARSE),
                   "post": L(SISTER_IL_ADDR["post"], COARSE)},
            "mamafa_kg": 2.5, "mea": [{"mea": item, "numela": 2}]}),
        case(f, f"{a}/v1/uta", headers=_h(rng, **b), query={
            "mamafa_kg": "2.5", "ki": "NZ", "auala": "vaalele"}),
        case(f, f"{a}/v1/faletupe", fmt="form", headers=_h(rng, **b), body={
            "igoa_tino": L(f"{FIRST} {LAST}", NAMEC), "numela_faletupe": L(TV_ACCOUNT, PAY),
            "numela_fakatau": L(SELLER, UID)}),
        case(f, f"{a}/v1/tupe_maua", headers=_h(rng, **b), query={
            "numela_fakatau": L(SELLER, UID), "masina": "2026-02"}),
        case(f, f"{a}/v1/fakatau/koga", headers=_h(rng, **b), body={
            "oka": L(ORDER2, BUY), "tupe": L(45, BUY), "mea": [{"mea": item, "numela": 1}],
            "koga": {"lat": cla, "lon": clo},
            "koga_fakatau": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lon": CENTRE["lon"]}}),
        case(f, f"{a}/v1/mea/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "numela_fakatau": L(SELLER, UID),
            "mea": [{"mea": item, "numela": 1}, {"mea": obj(rng, "mea"), "numela": 6}],
            "taimi": 1771830000}),
        case(f, f"{a}/v1/iloa/tali", headers=_h(rng, **b), body={
            "iloa": obj(rng, "rv"),
            "tali": L("Fakafetai! Ko toku tinana avaga ne fai te ili tenei i Nukufetau", TEXT)}),
        case(f, f"{a}/v1/fekau", headers=_h(rng, **b), body={
            "ki": "byr_7kq2m9xa", "oka": L(ORDER, BUY),
            "fekau": L("Ka uta atu i te vaalele i te Aso Lua, tou pusa ko te numela "
                       f"{ORDER}", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v1/tagata_fai/vaega", headers=_h(rng, **b), body={
            "igoa": L(MOTHER_IL[0], NAMEC), "telefoni": L(MOTHER_IL[1], TEL),
            "vaega": 70, "tupe": 31.5, "oka": L(ORDER, BUY)}),
        case(f, f"{a}/v1/sala", headers=_h(rng, **b), query={
            "sala": L("ili mo fala mai Nukufetau", SEARCH)}),
        case(f, f"{a}/v1/koga_fakatau/totogi", fmt="form", headers=_h(rng, **b), body={
            "masina": "2026-03", "tupe": L("10.00", BUY), "tupe_ituaiga": "AUD",
            "metotia": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/masini", headers=_h(rng, **b), body=push(push_token(rng), "tvl_TV")),
        case(f, f"{a}/v1/mea_tutupu", headers=_h(rng, **b), body={
            "tino": L(USER_ID, UID), "mea_tutupu": [
                ev("listing_created", 1), ev("screen", 2, screen=L("Oka", USAGE))]}),
        case(f, f"{a}/v1/sesi/fou", fmt="form", headers=_h(rng, how="none"), cookies={
            "fl_sesi": L(opaque(rng, "", 40), CRED)}, body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def failima_sdks() -> list[Case]:
    rng = random.Random(17952)
    return [
        me_batch(APP, rng, [("Listing Created", {"price": 45}),
                            ("Order Shipped", {"total": L(90, BUY)})], at=CENTRE_FIX, nd=2),
        me_pixel(APP, rng, "Shop Opened", {"day": "2026-02-24"}),
        tk_launch(APP, rng, user=True),
        tk_event(APP, rng, "sale", {"oka": L(ORDER, BUY)}, revenue=90.0),
        bl_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=CENTRE_FIX, nd=3,
               keywords="crafts,weaving,pacific"),
        bl_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalArgumentException", "label size"),
                 [ck_crumb("nav", "Oka -> Pusa")], screen="PusaActivity"),
        pf_register(APP, rng, lang="tvl", tags={"role": "seller"}),
        pt_wallet(APP, rng, "90", L(E164, TEL)),
        ma_geocode(APP, rng, "Mangere Town Centre", SEARCH),
        hf_message(APP, rng, L(f"Oka {ORDER}: te tupe ne seki oko mai", f"{TEXT}|{BUY}"),
                   {"numela_fakatau": L(SELLER, UID)}),
    ]
