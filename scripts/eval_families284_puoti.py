"""The unmanned village shop's app "Kyläpuoti" (``kyläpuoti``: village shop; the Kengis shop
has no staff: the app verifies who she is once, opens the door from 06 to 23, scans what she
takes, charges her card or a monthly invoice, checks her age for strong beer, and takes wishes for
the shelves; the shop is also the pharmacy agent). Its API's keys are Meänkieli, ASCII-folded,
lowerCamel in the shop's own API, with English ``id``, ``token``, ``email``: ``etunimi``,
``sukunimi``, ``email``, ``telefooni`` phone, ``salasana`` password, ``syntymaaika`` birth
date, ``henkilonumero`` personal number, ``atressi`` address, ``postinumero``, ``kyla``,
``asiakas`` customer, ``tunnistus`` identification, ``ovi`` door, ``avaa`` open, ``korgi``
basket (a Swedish loan), ``tuote`` product, ``viivakoodi`` barcode, ``hinta`` price, ``maara``
quantity, ``yhteensa`` total, ``kvitti`` receipt (a loan), ``kuukausilasku`` monthly invoice,
``kortti`` card, ``ikaraja`` age limit, ``toive`` wish, ``noutopaketti`` parcel pick-up,
``lahetys`` shipment, ``viesti``, ``haku``, ``paikka``/``lat``/``lon``: sign-up with her
personal number, an e-mail code, ``/mie``, the card linked (base64 JSON in a form field), the
door opened with her fix (6 decimals), a protobuf self-scan basket, the checkout, the age check,
the receipt by number in the path, the monthly invoice, the opening hours, a product search, a
wish for gluten-free bread, a parcel pick-up code, a pharmacy-agent parcel, a complaint, an
offline basket queue (JSON Lines), her household on the invoice, push and events. The grep found
no unmanned or village shop ("self-scan" only inside set 273's co-operative supermarket app)."""

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
    MAIL,
    MED,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families284_kit import (
    CUSTOMER,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    PNR,
    SHOP,
    SHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families284_sdk import jr_event, jr_launch, lp_batch, lp_identify, lp_pixel
from eval_families284_svc import (
    fj_eval,
    ht_message,
    kp_card,
    kp_confirm,
    mv_geocode,
    pr_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kylapuoti", "Kyläpuoti", "com.example.kylapuoti", "2.6.0",
          "https://api.kylapuoti.example.net")
IID = "X-Puoti-Install"
NID = "personal.national_id"
RECEIPT = "KV-2026-0211-0387"  # a receipt of her purchase (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kylapuoti() -> list[Case]:
    rng = random.Random(28451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, asiakas=L(CUSTOMER, UID), telefooni=L(E164, TEL)))}
    sla, slo = fix(SHOP_FIX)
    lab: dict[str, str] = {}
    basket = pb([(1, L(CUSTOMER, UID)), (2, SHOP["id"]), (3, 1770817200),
                 (4, [(1, "7310865004703"), (2, 2), (3, 2490)]),
                 (4, [(1, "7311041013083"), (2, 1), (3, 5900)]),
                 (4, [(1, "7340011495437"), (2, 1), (3, 1995)]),
                 (5, L(12375, BUY))], "", lab)
    kvitti = at_path(case(f, f"{a}/v1/kvitit/{RECEIPT}", headers=_h(rng, **b)), RECEIPT, BUY)
    return [
        case(f, f"{a}/v1/asiakkaat", headers=_h(rng), body={
            "etunimi": L(FIRST, NAMEC), "sukunimi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefooni": L(E164, TEL), "syntymaaika": L(DOB, BIRTH),
            "henkilonumero": L(PNR, NID), "atressi": L(HOME["line"], ADDR),
            "postinumero": L(HOME["post"], COARSE), "kyla": L(HOME["village"], COARSE),
            "asiakas": L(CUSTOMER, UID), "puoti": SHOP["id"]}),
        case(f, f"{a}/v1/tunnistus/email", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "koodi": L("290518", CRED)}),
        case(f, f"{a}/v1/mie", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kortti/liita", fmt="form", headers=_h(rng, **b), body={
            "data": W({"asiakas": L(CUSTOMER, UID), "kortti_4": L("4444", PAY),
                       "voimassa": L("11/29", PAY), "telefooni": L(E164, TEL)}, "b64json"),
            "v": "2"}),
        case(f, f"{a}/v1/ovi/avaa", headers=_h(rng, **b), body={
            "puoti": SHOP["id"], "ovi": SHOP["door"], "asiakas": L(CUSTOMER, UID),
            "paikka": {"lat": sla, "lon": slo, "tarkkuus": 5},
            "puodin_paikka": {"lat": SHOP["lat"], "lon": SHOP["lon"]}}),
        raw(f, f"{a}/v1/korgi", basket, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/korgi/maksa", headers=_h(rng, **b), body={
            "korgi": obj(rng, "kg"), "yhteensa": L(123.75, BUY), "valuutta": "SEK",
            "maksutapa": L(opaque(rng, "pm_", 24), PAY), "kvitti": L(RECEIPT, BUY)}),
        case(f, f"{a}/v1/ikaraja", fmt="form", headers=_h(rng, **b), body={
            "tuote": "7310070766106", "ikaraja": "18", "syntymaaika": L(DOB, BIRTH),
            "asiakas": L(CUSTOMER, UID)}),
        kvitti,
        case(f, f"{a}/v1/kuukausilasku", headers=_h(rng, **b), query={
            "asiakas": L(CUSTOMER, UID), "kuukausi": "2026-01"}),
        case(f, f"{a}/v1/puodit/{SHOP['id']}/aukioloajat", headers=_h(rng, how="none")),
        case(f, f"{a}/v1/tuotteet/haku", headers=_h(rng, **b), query={
            "haku": L("gluteeniton leipä", f"{SEARCH}|{MED}"), "puoti": SHOP["id"]}),
        case(f, f"{a}/v1/tuotteet", headers=_h(rng, **b), query={
            "puoti": SHOP["id"], "kategoria": "maito", "sivu": "1"}),
        case(f, f"{a}/v1/toiveet", headers=_h(rng, **b), body={
            "puoti": SHOP["id"], "toive": L(
                "Gluteenitonta leipää, miun mies on keliaakikko", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/noutopaketit", headers=_h(rng, **b), query={
            "asiakas": L(CUSTOMER, UID), "lahetys": L("PKT-88213-SE", BUY)}),
        case(f, f"{a}/v1/apteekkiasiamies/paketti", fmt="form", headers=_h(rng, **b), body={
            "asiakas": L(CUSTOMER, UID), "noutokoodi": L("55302", CRED),
            "henkilonumero": L(PNR, NID)}),
        case(f, f"{a}/v1/reklamaatio", headers=_h(rng, **b), body={
            "kvitti": L(RECEIPT, BUY), "tuote": "7311041013083",
            "viesti": L("Maito oli vanhentunut, veloitettiin silti", TEXT)}),
        lines(f, f"{a}/v1/korgi/synkka", [
            {"op": "skannaus", "tuote": "7310865004703", "maara": 2, "t": 1770817140,
             "asiakas": L(CUSTOMER, UID)},
            {"op": "poisto", "tuote": "7340011495437", "maara": 1, "t": 1770817170,
             "asiakas": L(CUSTOMER, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/talous", headers=_h(rng, **b), body={
            "asiakas": L(CUSTOMER, UID), "jasenet": [
                {"nimi": L(HUSBAND[0], NAMEC), "telefooni": L(HUSBAND[1], TEL),
                 "saaOstaa": True},
                {"nimi": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "syntymavuosi": L(2015, BIRTH), "saaOstaa": False}]}),
        case(f, f"{a}/v1/laitteet", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tapahtumat", headers=_h(rng, how="none"), cookies={
            "kp_sid": L(opaque(rng, "", 40), CRED), "kp_dev": L(INSTALL_ID, DID)}, body={
            "kayttaja": L(USER_ID, UID), "tapahtumat": [
                ev("ovi_avattu", 1), ev("naytto", 2, naytto=L("Korgi", USAGE))]}),
        case(f, f"{a}/v1/kieli", fmt="form", headers=_h(rng, **b), body={
            "kieli": L("fit", DEV), "sessio": rid(rng)}),
    ]


def kylapuoti_sdks() -> list[Case]:
    rng = random.Random(28452)
    return [
        lp_batch(APP, rng, [("Door Opened", {"shop": SHOP["id"]}),
                            ("Basket Paid", {"total": L(123.75, BUY)})], at=SHOP_FIX, nd=2),
        lp_identify(APP, rng, {"kyla": L("Kengis", COARSE), "asiakas": L(CUSTOMER, UID)}),
        lp_pixel(APP, rng, "Offer Seen", {"offer": "of_kahvi_2"}),
        jr_launch(APP, rng, user=True),
        jr_event(APP, rng, "purchase", {"kvitti": L(RECEIPT, BUY)}, revenue=123.75),
        fj_eval(APP, rng, {"puoti": SHOP["id"], "ovi": "v2"}),
        pr_register(APP, rng, at=HOME_AT, nd=2, tags={"puoti": SHOP["id"]}),
        kp_card(APP, rng, email=True),
        kp_confirm(APP, rng, "123.75"),
        mv_geocode(APP, rng, "Kengis kyläpuoti", "behavior.search", near=HOME_AT, nd=3),
        ht_message(APP, rng, L(f"Kvitti {RECEIPT} veloitettiin kahesti", f"{TEXT}|{BUY}"),
                   {"asiakas": L(CUSTOMER, UID)}),
    ]
