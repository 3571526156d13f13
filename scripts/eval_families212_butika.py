"""The Osmanbey community kasher shop's app "Butika Kasher" (its Pesah pre-orders: matsa, wine,
meat; her religion, and her daughter's coeliac disease). Its API's keys are Ladino:
``klienta`` customer (``numero_de_klienta``), ``nombre``, ``alkunya``, ``posta_elektronika``,
``telefon``, ``kontrasenya``, ``kodigo``, ``adreso``, ``kuartier``, ``sivdad``,
``kodigo_postal``, ``kasherut`` (the standard she keeps), ``karrito`` basket, ``produkto``,
``kantidad``, ``komanda`` order, ``total``, ``entrega`` delivery (``ventana`` window),
``notas``, ``pago``, ``metodo``, ``ultimos_kuatro``, ``resivido`` received (``firma``),
``kupa`` (``fondo``), ``vendida_de_hamets`` the sale of leaven before Pesah (``lugares`` where
it is kept), ``abono`` subscription (``plan``), ``resividor`` recipient, ``mesaje``,
``opinion``, ``bushkar``. Calls: sign-up, an SMS code, ``/yo``, the Pesah catalogue, a search,
the basket, the order, its payment, the tracking by order number in the path, the delivery
received at the door, a Pesah charity gift, the sale of leaven, a Shabbat bread subscription, a
gift order for her mother-in-law in Izmir, a message, a review, past orders by cookie, push,
events and a log-out. Earlier food-shop sets (groceries, butchers, bakeries) are ordinary
shops; none is a religious community's holiday pre-order shop with the sale of leaven."""

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
    MAIL,
    MED,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families212_kit import HOME, HOME_AT, MEMBER, MOTHER_IL, SHOP, fix, hd, obj, push
from eval_families212_sdk import ab_event, ab_launch, bk_bid, ko_batch, ko_pixel
from eval_families212_svc import (
    fs_eval,
    hc_message,
    kl_save,
    mb_geocode,
    pa_card,
    pa_confirm,
    pv_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("butikakasher", "Butika Kasher", "com.example.butikakasher", "4.7.2",
          "https://api.butikakasher.example.org")
IID = "X-BK-Device"
PW = "Massa&Pesah26"
CLIENT = "BKC-02291"  # her customer number (id.user)
ORDER = "BK-P26-1184"  # her Pesah order (financial.purchase)
MIL_LINE = "Cemal Gürsel Cd. No: 412 D: 3"  # her mother-in-law's street line in Karşıyaka


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lad=True, **kw)


def butika() -> list[Case]:
    rng = random.Random(21271)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, klienta=L(CLIENT, UID), telefon=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT)
    track = at_path(case(f, f"{a}/api/komandas/{ORDER}/sigimiento", headers=_h(rng, **b)),
                    ORDER, BUY)
    return [
        case(f, f"{a}/api/klientas", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "alkunya": L(LAST, NAMEC), "posta_elektronika": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kontrasenya": L(PW, CRED), "adreso": L(HOME["line"], ADDR),
            "kuartier": L(HOME["area"], COARSE), "sivdad": L(HOME["town"], COARSE),
            "kodigo_postal": L(HOME["post"], COARSE), "numero_de_miembro": L(MEMBER, UID),
            "kasherut": L("kasher le Pesah, minag sefaradi", SENS)}),
        case(f, f"{a}/api/entrada/kodigo", fmt="form", headers=_h(rng), body={
            "telefon": L(NATIONAL, TEL), "kodigo": L("846102", CRED)}),
        case(f, f"{a}/api/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/katalogo", headers=_h(rng, **b), query={
            "kategoria": "pesah", "butika": SHOP["id"], "pajina": "1"}),
        case(f, f"{a}/api/bushkar", headers=_h(rng, **b), query={
            "bushkar": L("massa shmura sin gluten", SEARCH)}),
        case(f, f"{a}/api/karrito", headers=_h(rng, **b), body={
            "klienta": L(CLIENT, UID), "produktos": [
                {"produkto": "pr_massa_shmura", "kantidad": 3, "presio": 420},
                {"produkto": "pr_massa_sg", "kantidad": 2, "presio": 510},
                {"produkto": "pr_vino_kasher_7", "kantidad": 4, "presio": 690}]}),
        case(f, f"{a}/api/komandas", headers=_h(rng, **b), body={
            "komanda": L(ORDER, BUY), "klienta": L(CLIENT, UID), "total": L(6740, BUY),
            "entrega": {"adreso": L(HOME["line"], ADDR), "ventana": "2026-03-30 10-14"},
            "seder_personas": 9,
            "notas": L("La massa sin gluten es para mi ija, es seliaka", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/pago", fmt="form", headers=_h(rng, **b), body={
            "komanda": L(ORDER, BUY), "suma": L("6740.00", BUY), "moneda": "TRY",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultimos_kuatro": L("4444", PAY)}),
        track,
        case(f, f"{a}/api/komandas/resivido", headers=_h(rng, **b), body={
            "komanda": L(ORDER, BUY), "posision": {"lat": hla, "lng": hlo},
            "firma": L(f"{FIRST} {LAST}", NAMEC), "kurier": "kr_osm_07"}),
        case(f, f"{a}/api/kupa", fmt="form", headers=_h(rng, **b), body={
            "fondo": L("kupa_de_pesah", SENS), "suma": L("500", BUY), "moneda": "TRY",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/vendida-de-hamets", headers=_h(rng, **b), body={
            "nombre": L(f"{FIRST} {LAST}", NAMEC), "adreso": L(HOME["line"], ADDR),
            "lugares": L("La despensa de la kuzina i el dolap del balkon", f"{TEXT}|{SENS}"),
            "autorizo_al_rabino": L(True, SENS)}),
        case(f, f"{a}/api/abonos", fmt="form", headers=_h(rng, **b), body={
            "plan": L("pan_de_shabat_semanal", SENS), "dia": "viernes",
            "klienta": L(CLIENT, UID), "presio": L("240", BUY)}),
        case(f, f"{a}/api/komandas/regalo", headers=_h(rng, **b), body={
            "komanda": obj(rng, "kg"), "total": L(1850, BUY),
            "resividor": {"nombre": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                          "adreso": L(MIL_LINE, ADDR), "kuartier": L("Karşıyaka", COARSE),
                          "sivdad": L("İzmir", COARSE)},
            "mesaje": L("Pesah alegre, kerida Sara!", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/mesajes", headers=_h(rng, **b), body={
            "a": SHOP["id"],
            "mesaje": L("Pueden trayer la komanda antes de las 14? Mi suegra Sara Barokas yega "
                        "de Izmir", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/opiniones", headers=_h(rng, **b), body={
            "komanda": L(ORDER, BUY), "estrellas": 4,
            "opinion": L("La karne muy buena, el vino vino kayente", TEXT)}),
        case(f, f"{a}/api/komandas/pasadas", headers=_h(rng, how="none"), cookies={
            "bk_sesion": L(opaque(rng, "", 40), CRED), "bk_aparato": L(INSTALL_ID, DID),
            "bk_req": rid(rng)}),
        case(f, f"{a}/api/butikas/{SHOP['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/aparatos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "uzador": L(USER_ID, UID), "eventos": [
                ev("komanda_echa", 1, total=L(6740, BUY)),
                ev("ekran", 2, ekran=L("Pesah", USAGE))]}),
        case(f, f"{a}/api/salida", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
    ]


def butika_sdks() -> list[Case]:
    rng = random.Random(21272)
    return [
        ko_batch(APP, rng, [("Order Placed", {"order": L(ORDER, BUY), "total": L(6740, BUY)}),
                            ("Catalogue Viewed", {"category": "pesah"})], locale="tr_TR"),
        ko_pixel(APP, rng, "Promo Opened", {"promo": "pesah26"}),
        ab_launch(APP, rng),
        ab_event(APP, rng, "purchase", {"komanda": L(ORDER, BUY)}, revenue=6740.0,
                 currency="TRY", hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="food,holiday,wine"),
        fs_eval(APP, rng, {"butika": SHOP["id"], "sivdad": L("İstanbul", COARSE)}, hdr=True),
        pv_register(APP, rng, at=HOME_AT, nd=3, tags={"butika": SHOP["id"]}),
        kl_save(APP, rng, {"analytics": True, "marketing": True}),
        pa_card(APP, rng),
        pa_confirm(APP, rng, "6740.00"),
        mb_geocode(APP, rng, MIL_LINE + ", Karşıyaka", ADDR, near=HOME_AT, nd=2),
        hc_message(APP, rng, L(f"La komanda {ORDER} yego sin el vino", f"{TEXT}|{BUY}"),
                   {"klienta": L(CLIENT, UID)}),
    ]


