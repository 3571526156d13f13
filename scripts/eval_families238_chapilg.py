"""A home cooks' order app "Chapilg" (women in Nazran and Magas bake chapilgash, the Ingush
cheese- and pumpkin-filled flatbread, halva and pies to order; she orders for the mawlid her
mother-in-law holds on Friday; its API's keys are Ingush in Latin letters with the loans of
delivery apps: ``tsi`` name, ``telefon`` phone, ``el_pochta`` e-mail, ``kayla_dosh``
password, ``khacha`` food, ``zakaz`` order and ``dostavka`` delivery (Russian loans),
``dukhal`` quantity, ``makh`` price, ``dalar`` payment, ``adres`` address, ``uram`` street,
``tsa`` house, ``gala`` town, ``rayon`` district, ``dosh`` remark, ``khyasha`` guests,
``lekhar`` search, ``yukhe`` near, ``surt`` photo, ``metta`` place, ``khan`` time): sign-up, a
log-in, ``/so``, her saved address with her fix, cooks near her flat, a cook's menu, the cart
(msgpack), the order delivered to her mother-in-law's house, the payment, a dietary note for a
guest, the order by number in the path, the courier's position polled, a tip, a review, a
search, favourites by cookie, a complaint with a photo, a promo code, push, events and a
log-out. Food-delivery marketplaces exist (sets 8, 32, 66); "home cook", "flatbread" and
"chapilgash" matched nothing: here home bakers' pre-orders for a family gathering."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
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
from eval_families24_kit import claims, rid
from eval_families238_kit import (
    COOK,
    HOME,
    HOME_AT,
    MIL_HOME,
    MIL_HOME_AT,
    MOTHER_IL,
    ORDER,
    fix,
    hd,
    push,
)
from eval_families238_sdk import bl_bid, cm_crash, cm_crumb, mg_batch, mg_identify, tv_event
from eval_families238_svc import ca_card, ca_confirm, fd_eval, hg_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("chapilg", "Chapilg", "com.example.chapilg", "4.0.9", "https://api.chapilg.example.com")
IID = "X-Chapilg-Device"
PW = "Chapilgash+Halva7"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def chapilg() -> list[Case]:
    rng = random.Random(23871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_pochta=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT, 5)
    mla, mlo = fix(MIL_HOME_AT, 5)
    order = at_path(case(f, f"{a}/api/zakaz/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/registratsi", headers=_h(rng), body={
            "tsi": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
            "el_pochta": L(EMAIL, MAIL), "kayla_dosh": L(PW, CRED)}),
        case(f, f"{a}/api/chuvalar", headers=_h(rng), body={
            "login": L(EMAIL_UPPER, MAIL), "kayla_dosh": L(PW, CRED)}),
        case(f, f"{a}/api/so", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/adres", headers=_h(rng, **b), body={
            "tip": "tsa", "uram": L(HOME["line"], ADDR), "gala": L(HOME["town"], COARSE),
            "metta": {"lat": hla, "lon": hlo}}),
        case(f, f"{a}/api/kulinary/yukhe", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "khacha": "chapilgash", "agho": "1"}),
        case(f, f"{a}/api/kulinary/{COOK['id']}/menu", headers=_h(rng, **b)),
        case(f, f"{a}/api/korzina", fmt="msgpack", headers=_h(rng, **b), body={
            "kulinar": COOK["id"],
            "khacha": [{"id": "ch_kald", "tsi": "chapilgash with cottage cheese", "dukhal": 25,
                        "makh": 90},
                       {"id": "ch_gaba", "tsi": "chapilgash with pumpkin", "dukhal": 15,
                        "makh": 90},
                       {"id": "hv_01", "tsi": "flour halva", "dukhal": 2, "makh": 650}],
            "dukhal_makh": L(4900, BUY)}),
        case(f, f"{a}/api/zakaz", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "kulinar": COOK["id"], "dukhal_makh": L(5150, BUY),
            "dostavka": {"tsi": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                         "uram": L(MIL_HOME["line"], ADDR), "rayon": L(MIL_HOME["area"], COARSE),
                         "gala": L(MIL_HOME["town"], COARSE),
                         "metta": {"lat": mla, "lon": mlo}, "khan": "2026-01-30T11:00"},
            "khyasha": 40,
            "dosh": L("For the mawlid at my mother-in-law's, please bring it before the "
                      "midday prayer", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/dalar", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "dukhal": L("5150.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "bolo4": L("4444", PAY)}),
        case(f, f"{a}/api/zakaz/{ORDER}/dosh", fmt="form", headers=_h(rng, **b), body={
            "dosh": L("One guest is diabetic, please make 5 pumpkin ones without sugar",
                      f"{TEXT}|{MED}")}),
        order,
        case(f, f"{a}/api/dostavka/kurier", headers=_h(rng, **b), query={
            "zakaz": L(ORDER, BUY), "since": "1769763000"}),
        case(f, f"{a}/api/chaevye", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "dukhal": L("200", BUY)}),
        case(f, f"{a}/api/otzyv", headers=_h(rng, **b), body={
            "kulinar": COOK["id"], "otsenka": 5,
            "dosh": L("The chapilgash were thin and hot, the guests asked for the cook's "
                      "number", TEXT)}),
        case(f, f"{a}/api/lekhar", headers=_h(rng, **b), query={
            "lekhar": L("chapilgash with pumpkin Nazran to order", SEARCH)}),
        case(f, f"{a}/api/izbrannoe", headers=_h(rng, how="none"), cookies={
            "chp_sess": L(opaque(rng, "", 40), CRED), "chp_dev": L(INSTALL_ID, DID),
            "chp_req": rid(rng)}),
        multipart(f, f"{a}/api/zhaloba", [
            ("surt", "halva.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "zakaz": L(ORDER, BUY),
                "dosh": L("One halva tray arrived broken", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/promo", fmt="form", headers=_h(rng, **b), body={
            "kod": "MAWLID10", "zakaz": L(ORDER, BUY)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, dukhal=L(5150, BUY)),
                ev("screen", 2, screen=L("CourierMap", USAGE))]}),
        case(f, f"{a}/api/aravala", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def chapilg_sdks() -> list[Case]:
    rng = random.Random(23872)
    return [
        mg_batch(APP, rng, [("Order Placed", {"total": L(5150, BUY)}),
                            ("Courier Tracked", {})], at=HOME_AT, nd=2, locale="ru_RU"),
        mg_identify(APP, rng, {"gala": L("Magas", COARSE), "orders": 3}),
        tv_event(APP, rng, "purchase", {"zakaz": L(ORDER, BUY)}, revenue=5150.0, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="food,bakery,halva"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [cm_crumb("nav", "Zakaz -> CourierMap"),
                  cm_crumb("net", "GET", {"url": f"{APP.api}/api/dostavka/kurier",
                                          "status": 200})], screen="CourierMapActivity"),
        fd_eval(APP, rng, {"gala": L("Magas", COARSE), "cooks_nearby": 12}),
        pk_register(APP, rng, lang="ru", at=HOME_AT, nd=2, tags={"gala": L("Magas", COARSE)}),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "5150.00"),
        hg_message(APP, rng, L(f"Order {ORDER} was late by an hour", f"{TEXT}|{BUY}"),
                   {"zakaz": L(ORDER, BUY)}),
    ]
