"""An old-town cloth shop's app "Alechcho" (the indigo-dyed cloth beaten to a shine; veils,
turbans and women's wraps, sold by the metre or made up): she buys a veil for her husband and
wraps for herself and her mother-in-law. Keys are Tamasheq in Latin letters (ASCII-folded) with
French loans and English API words: ``esem``/``esem_n_ebba`` first/family name, ``imel``
e-mail, ``portabl`` mobile, ``awal_n_ekchem`` password, ``sekse`` sex, ``alechcho`` indigo
cloth, ``tagelmust`` veil/turban cloth, ``afer`` wrap (a coinage), ``metre`` metres (loan),
``eghef`` head (``tazzit_n_eghef`` head circumference, a coinage), ``akafay`` gift (a coinage
from ``ekf`` give), ``imesli`` recipient, ``adres`` street line, ``kartye`` quarter, ``aghrem``
town, ``azref`` amount, ``takfit`` payment, ``livrezon`` delivery (loan), ``edag`` place,
``awal`` message, ``asiggel`` search, ``foto`` photo, ``ahanay`` review (lit. seeing), ``itran``
stars, ``aparey`` device, ``nak`` me. Sign-up, a log-in, ``/nak``, the catalogue, a search, a
veil ordered as a gift (her husband's head size), the payment, delivery to the house (a pin at
6 decimals), a check-in at the shop (its Wi-Fi joined), the loyalty card, a photo to match, a
wish list (msgpack), wraps sent to her mother-in-law in Timia, a review, a message, the order by
number in the path, a basket by cookie (base64 JSON), a return, push and events. "tagelmust"
matched nothing; "turban" matched sets 24 and 28 and "indigo" sets 177 and 285
(docstrings not read beyond the hit)."""

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
    GENDER,
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
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families299_kit import (
    CUSTOMER,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    SHOP,
    SHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families299_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families299_svc import cl_card, cl_confirm, cy_check, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("alechcho", "Alechcho", "com.example.alechcho", "4.6.0",
          "https://api.alechcho.example.com")
IID = "X-Alechcho-Device"
PW = "Tagelmust~Indigo3"
SALE = "ALC-O-55820"  # the veil order (financial.purchase)
SHOP_SSID, SHOP_BSSID = "Alechcho-Clients", "6c:3b:6b:0a:91:e4"  # the shop's Wi-Fi (joined)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def alechcho() -> list[Case]:
    rng = random.Random(29961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), customer=L(CUSTOMER, UID)))}
    sla, slo = fix(SHOP_FIX, 5)
    dla, dlo = fix(HOME_AT)
    order = at_path(case(f, f"{a}/v3/kommand/{SALE}", headers=_h(rng, **b)), SALE, BUY)
    return [
        case(f, f"{a}/v3/amaris", headers=_h(rng), body={
            "esem": L(FIRST, NAMEC), "esem_n_ebba": L(LAST, NAMEC),
            "imel": L(EMAIL_MIXED, MAIL), "portabl": L(NATIONAL, TEL),
            "awal_n_ekchem": L(PW, CRED), "sekse": L("tamet", GENDER),
            "customer": L(CUSTOMER, UID), "newsletter": False}),
        case(f, f"{a}/v3/ekchem", fmt="form", headers=_h(rng), body={
            "portabl": L(E164, TEL), "awal_n_ekchem": L(PW, CRED)}),
        case(f, f"{a}/v3/nak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/katalog", headers=_h(rng, **b), query={
            "tawsit": "tagelmust", "metre_min": "4", "ini": "alechcho_shine"}),
        case(f, f"{a}/v3/asiggel", headers=_h(rng, **b), query={
            "asiggel": L("tagelmust alechcho 5 metre for a man", SEARCH)}),
        case(f, f"{a}/v3/kommand", headers=_h(rng, **b), body={
            "kommand": L(SALE, BUY), "tagelmust": "tg_indigo_5m", "metre": 5,
            "akafay": True, "imesli": {"esem": L(HUSBAND[0], NAMEC)},
            "tazzit_n_eghef_cm": L(58, "health.fitness"), "azref": L(32000, BUY),
            "awal": L("For Ghali's return from the salt pastures, please wrap it", TEXT)}),
        case(f, f"{a}/v3/takfit", fmt="form", headers=_h(rng, **b), body={
            "kommand": L(SALE, BUY), "azref": L("32000", BUY), "tadrimt": "XOF",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart_4": L("4444", PAY)}),
        case(f, f"{a}/v3/livrezon", headers=_h(rng, **b), body={
            "kommand": L(SALE, BUY), "adres": L(HOME["line"], ADDR),
            "kartye": L(HOME["area"], COARSE), "aghrem": L(HOME["town"], COARSE),
            "pin": {"lat": dla, "lng": dlo}, "portabl": L(E164, TEL), "saa": "17-19"}),
        case(f, f"{a}/v3/shop/ekchem", headers=_h(rng, **b), body={
            "customer": L(CUSTOMER, UID), "edag": {"lat": sla, "lng": slo},
            "shop": {"id": SHOP["id"], "lat": SHOP["lat"], "lng": SHOP["lon"],
                     "portabl": SHOP["phone"]},
            "wifi": {"ssid": L(SHOP_SSID, WIFI), "bssid": L(SHOP_BSSID, WIFI)}}),
        case(f, f"{a}/v3/loyalty", headers=_h(rng, **b), query={
            "customer": L(CUSTOMER, UID), "format": "qr"}),
        multipart(f, f"{a}/v3/match", [
            ("foto", "old_veil.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"customer": L(CUSTOMER, UID),
                                                "awal": L("Same shine as this one please",
                                                          TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/wishlist", fmt="msgpack", headers=_h(rng, **b), body={
            "customer": L(CUSTOMER, UID),
            "items": [{"sku": "afer_indigo_w", "azref": 18000},
                      {"sku": "tg_white_4m", "azref": 21000}]}),
        case(f, f"{a}/v3/akafay", headers=_h(rng, **b), body={
            "kommand": L("ALC-O-55821", BUY), "afer": "afer_indigo_w", "n": 2,
            "imesli": {"esem": L(MOTHER_IL[0], NAMEC), "portabl": L(MOTHER_IL[1], TEL),
                       "aghrem": L("Timia", COARSE)},
            "via": "bus_parcel", "azref": L(39500, BUY)}),
        case(f, f"{a}/v3/ahanay", fmt="form", headers=_h(rng, **b), body={
            "shop": SHOP["id"], "itran": "5",
            "awal": L("The cloth shines like the old ones, my husband was very happy", TEXT)}),
        case(f, f"{a}/v3/awal", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": SHOP["id"],
            "awal": L("Is the white tagelmust back in stock before the Tabaski?", TEXT)}),
        order,
        case(f, f"{a}/v3/basket", headers=_h(rng, how="none"), cookies={
            "al_sess": L(opaque(rng, "", 40), CRED),
            "al_cart": W({"customer": L(CUSTOMER, UID), "total": L(18000, BUY),
                          "ilas": L("en", DEV)}, "b64json"),
            "al_req": rid(rng)}),
        case(f, f"{a}/v3/retour", headers=_h(rng, **b), body={
            "kommand": L("ALC-O-55821", BUY), "n": 1,
            "awal": L("One wrap has a dye stain at the edge", TEXT)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng), "en_US")),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1), ev("screen", 2, screen=L("Catalogue", USAGE))]}),
        case(f, f"{a}/v3/effegh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def alechcho_sdks() -> list[Case]:
    rng = random.Random(29962)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(32000, BUY)}),
                            ("Shop Visit", {"shop": SHOP["id"]})], at=SHOP_FIX, nd=3),
        mc_identify(APP, rng, {"customer": L(CUSTOMER, UID), "aghrem": L("Agadez", COARSE)}),
        mc_pixel(APP, rng, "Catalogue Opened", {"cat": "tagelmust"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"kommand": L(SALE, BUY)}, revenue=32000.0,
                 currency="XOF", hashed=True),
        bf_bid(APP, rng, {"native": {"ver": "1.2"}}, at=SHOP_FIX, nd=2,
               keywords="cloth,indigo,fashion"),
        cd_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "colour swatch"),
                 [cd_crumb("nav", "Catalogue -> Item"), cd_crumb("tap", "swatch_3")],
                 screen="ItemActivity"),
        pt_register(APP, rng, tags={"customer_tier": "silver"}),
        cy_check(APP, rng, {"analytics": True, "marketing": True}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "32000"),
        mm_geocode(APP, rng, "gare routiere Agadez colis Timia", SEARCH),
    ]


