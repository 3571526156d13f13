"""A Midelt mineral-specimen shop app "Azru" (azru "stone"; her brother-in-law digs and sorts
vanadinite and barite near Mibladen, she runs the online shop and ships to collectors). Keys
are Central Atlas Tamazight in Latin letters with loans: ``isem`` name, ``imayl`` e-mail,
``tilifun`` phone, ``uttun_n_tanttit`` identity number, ``uttun_afiskal`` tax identifier,
``tansa`` address, ``tamdint`` town, ``amzenzi`` seller, ``amsagh`` buyer, ``ashrik`` partner,
``azru``/``izra`` stone/stones, ``tazayt`` weight, ``azal`` price / amount, ``tawlaft`` photo,
``tinadin`` orders, ``lkoli`` parcel, ``ddiwana`` customs, ``ass`` day, ``tangalt`` code,
``rib``/``iban`` account, ``bab_n_lhisab`` account holder, ``azenzi`` sale / sales, ``awal``
note, ``tabrat`` message, ``anadi`` search, ``adeg`` place, ``lmakan`` spot (Arabic loan),
``tasghart`` stock, ``allal`` device, ``nekk`` me, ``tidyanin`` events, ``tasna`` screen,
``tanadit`` order, ``amazan`` sender, ``addad`` status, ``anaw`` kind, ``tizi`` time window,
``ilkoliyn`` parcels, ``ansa_d_yusa`` where it came from, ``tamazirt_n_umsagh`` the buyer's
country, ``zeg``/``ar`` from/until, ``imzenziyn`` sellers.
Earlier sets have a fossil/ivory app and a gemstone (emerald) app; Azru is a mineral-specimen
seller's shop (listings, the dig spot, export customs, parcels, payouts), new by a docstring grep
("mineral", "vanadinite" matched nothing)."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families206_kit import (
    BROTHER_IL,
    HOME,
    HOME_AT,
    HUSBAND,
    MA_IBAN,
    RES_CARD,
    SELLER,
    SORTYARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families206_sdk import sz_batch, sz_identify, sz_pixel, ta_event, ta_launch
from eval_families206_svc import fa_eval, ha_message, mi_geocode, pf_register, pm_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("azru", "Azru", "com.example.azru", "1.9.4", "https://api.azru.example.com")
IID = "X-Azru-Allal"
NID = "personal.national_id"
TAX_ID = "52418830"  # her tax identifier as a sole trader (identifiant fiscal: national_id)
DIG_FIX = (32.771304, -4.619877)  # her phone at the family's dig spot (location.precise)
ORDER = "AZR-O-26-0148"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def azru() -> list[Case]:
    rng = random.Random(20631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, amzenzi=L(SELLER, UID), tilifun=L(E164, TEL)))}
    dla, dlo = fix(DIG_FIX)
    item = obj(rng, "az")
    stmt = at_path(case(f, f"{a}/v1/imzenziyn/{SELLER}/azenzi", headers=_h(rng, **b),
                        query={"zeg": "2025-10-01", "ar": "2026-01-31"}), SELLER, UID)
    return [
        case(f, f"{a}/v1/imzenziyn", headers=_h(rng), body={
            "isem": L(f"{FIRST} {LAST}", NAMEC), "imayl": L(EMAIL, MAIL), "tilifun": L(E164, TEL),
            "uttun_n_tanttit": L(RES_CARD, NID), "uttun_afiskal": L(TAX_ID, NID),
            "amzenzi": L(SELLER, UID), "tansa": L(HOME["line"], ADDR),
            "tamdint": L(HOME["town"], COARSE),
            "ashrik": {"isem": L(BROTHER_IL[0], NAMEC), "tilifun": L(BROTHER_IL[1], TEL)}}),
        case(f, f"{a}/v1/tuqqna/tangalt", fmt="form", headers=_h(rng), body={
            "tilifun": L(E164, TEL), "tangalt": L("774102", CRED)}),
        case(f, f"{a}/v1/nekk", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/izra", headers=_h(rng, **b), body={
            "azru": item, "anaw": "vanadinite on barite", "tazayt_g": 212, "azal": 450,
            "tadrimt": "MAD", "ansa_d_yusa": {"id": SORTYARD["id"], "lat": SORTYARD["lat"],
                                               "lng": SORTYARD["lon"]}}),
        multipart(f, f"{a}/v1/izra/{item}/tawlaft", [
            ("tawlaft", "vanadinite_212g.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"azru": item, "amzenzi": L(SELLER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lmakan", headers=_h(rng, **b), body={
            "amzenzi": L(SELLER, UID), "adeg": {"lat": dla, "lng": dlo, "alt": 1512},
            "awal": L("Asqqif amaynu, 30 n izra imezyanen", TEXT)}),
        case(f, f"{a}/v1/tinadin", headers=_h(rng, **b), query={
            "amzenzi": L(SELLER, UID), "addad": "new"}),
        case(f, f"{a}/v1/tinadin/{ORDER}/lkoli", headers=_h(rng, **b), body={
            "amazan": {"isem": L(f"{FIRST} {LAST}", NAMEC), "tilifun": L(E164, TEL),
                       "tamdint": L(HOME["town"], COARSE)},
            "lkoli": {"tazayt_kg": 0.6, "izra": 1}, "anaw": "express_intl",
            "tanadit": L(ORDER, BUY)}),
        case(f, f"{a}/v1/ddiwana", gz=True, headers=_h(rng, **b), body={
            "amzenzi": L(SELLER, UID), "uttun_afiskal": L(TAX_ID, NID), "hs": "2530.90",
            "tanadit": L(ORDER, BUY), "azal": L(450, BUY), "tamazirt_n_umsagh": "DE"}),
        case(f, f"{a}/v1/lkoli/pickup", fmt="form", headers=_h(rng, **b), body={
            "ass": "2026-01-22", "tizi": "10-13", "tilifun": L(HUSBAND[1], TEL),
            "ilkoliyn": "2"}),
        case(f, f"{a}/v1/iban", headers=_h(rng, **b), body={
            "bab_n_lhisab": L(f"{FIRST} {LAST}", NAMEC), "iban": L(MA_IBAN, PAY),
            "lbank": "Example Bank Maroc", "amzenzi": L(SELLER, UID)}),
        stmt,
        case(f, f"{a}/v1/tasghart", fmt="msgpack", headers=_h(rng, **b), body={
            "azru": item, "tasghart": 1, "by": L(SELLER, UID),
            "awal": L("Ali yufa tayyart n tbarit d tazeggwaght", TEXT)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "stock", "azru": item, "qty": 1, "by": L(SELLER, UID)},
            {"op": "sale", "tanadit": L(ORDER, BUY), "azal": L(450, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tabrat", headers=_h(rng, **b), body={
            "i": "buyer_9f31", "tanadit": L(ORDER, BUY),
            "tabrat": L("The specimen ships on Thursday from Midelt, well wrapped.", TEXT)}),
        case(f, f"{a}/v1/tabrat", headers=_h(rng, **b), body={
            "i": "courier_desk",
            "tabrat": L(f"Ssiwl i urgaz inu Hammou Amahrouq g {HUSBAND[1]} g tiflut",
                        f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/anadi", headers=_h(rng, **b), query={
            "anadi": L("vanadinite hexagonal red Mibladen", SEARCH), "tasna": "1"}),
        case(f, f"{a}/v1/lfatura/taneggarut", headers=_h(rng, how="none"), cookies={
            "az_sesyu": L(opaque(rng, "", 40), CRED), "az_allal": L(INSTALL_ID, DID),
            "az_req": rid(rng)}),
        case(f, f"{a}/v1/allalen", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tidyanin", headers=_h(rng, **b), body={
            "anessemres": L(USER_ID, UID), "tidyanin": [
                ev("azru_yettwarnan", 1), ev("tasna", 2, tasna=L("Tinadin", USAGE))]}),
        case(f, f"{a}/v1/sesyu/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "allal": L(INSTALL_ID, DID)}),
    ]


def azru_sdks() -> list[Case]:
    rng = random.Random(20632)
    return [
        sz_batch(APP, rng, [("Listing Added", {"grams": 212}), ("Label Printed", {})],
                 at=DIG_FIX, nd=2),
        sz_identify(APP, rng, {"tamdint": L("Midelt", COARSE), "amzenzi": L(SELLER, UID)}),
        sz_pixel(APP, rng, "Sales Opened", {"period": "2025-Q4"}),
        ta_launch(APP, rng, user=True),
        ta_event(APP, rng, "listing", {"azru": "vanadinite"}),
        fa_eval(APP, rng, {"tamdint": L("Midelt", COARSE), "role": "amzenzi"}),
        pf_register(APP, rng, at=HOME_AT, nd=2, tags={"tamdint": L("Khenifra", COARSE)}),
        pm_wallet(APP, rng, "450", L(E164, TEL)),
        mi_geocode(APP, rng, "poste Midelt", SEARCH, near=DIG_FIX, nd=3),
        ha_message(APP, rng, L(f"Ur d-yusi uxlles n tanadit {ORDER}", f"{TEXT}|{BUY}"),
                   {"amzenzi": L(SELLER, UID)}),
    ]
