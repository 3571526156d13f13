"""A frozen-fish and chicken depot's order app "Iyakice" (``iyak`` fish: a fictional cold-room depot
on Marian Road that sells frozen mackerel, croaker and chicken by the carton, with periwinkle and
dried crayfish, delivered or picked up). Its API's keys are Efik in ASCII with the English words
shops keep (``email``, ``token``, ``sku``, ``order``, ``delivery``, ``lat``/``lng``): ``enyin``
name, ``enyin_ubon`` surname, ``ukwak_iko`` phone, ``iko_ndibe`` password, ``itie_odung`` delivery
address, ``obio`` town, ``ibat_customer`` customer number, ``iyak`` fish, ``unen``
chicken, ``mfi`` periwinkle, ``katon`` carton (loan), ``ibat`` quantity, ``okuk`` price / money,
``ibat_okuk`` amount, ``ukpe`` payment, ``ndidep`` order (lit. "to buy"), ``usen`` day, ``mfin``
today, ``ini`` time, ``nkpo`` items, ``itie`` place, ``owo`` recipient / user, ``ndise`` photo,
``mfina`` complaint, ``iko`` words, ``etop`` message, ``ndiyom`` search, ``usem`` language. Calls:
sign-up, an SMS code, ``/ami``, the catalogue, today's prices, an order delivered home (her pin at
5 decimals), its payment, a delivery slot, a pick-up at the depot with her fix, periwinkle and
crayfish (msgpack), the order by number in the path, a complaint with a photo of thawed fish, a
message to the dispatch, a search, points by cookie, an offline cart (JSON Lines), a gift carton
for her mother-in-law in Uyo, a rating, a base64 JSON preferences cookie, push, events and a
log-out. Set 193 rents crates in a landing beach's cold room to fishermen and set 206 stores
apples; a depot's retail order app for frozen fish ("frozen fish" matched nothing) is new."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families255_kit import (
    CB_HOME,
    CB_HOME_AT,
    CUSTOMER,
    DEPOT,
    DEPOT_FIX,
    MIL_HOME,
    MOTHER_IL,
    ORDER,
    fix,
    hd,
    ukwak,
)
from eval_families255_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    tn_event,
    tn_launch,
)
from eval_families255_svc import cl_card, cl_confirm, hs_message, mm_geocode, mm_reverse
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("iyakice", "Iyakice", "com.example.iyakice", "1.8.5", "https://api.iyakice.example.com")
IID = "X-Iyakice-Ukwak"
PW = "Iyak$Marian2026"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, efi=True, **kw)


def iyakice() -> list[Case]:
    rng = random.Random(25561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ibat_customer=L(CUSTOMER, UID),
                                    ukwak_iko=L(E164, TEL)))}
    hla, hlo = fix(CB_HOME_AT, 5)
    dla, dlo = fix(DEPOT_FIX)
    order = at_path(case(f, f"{a}/v1/ndidep/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/owo", headers=_h(rng), body={
            "enyin": L(FIRST, NAMEC), "enyin_ubon": L(LAST, NAMEC), "ukwak_iko": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "iko_ndibe": L(PW, CRED),
            "itie_odung": L(CB_HOME["line"], ADDR), "obio": L(CB_HOME["town"], COARSE),
            "ibat_customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/auth/kod", fmt="form", headers=_h(rng), body={
            "ukwak_iko": L(E164, TEL), "kod": L("390517", CRED)}),
        case(f, f"{a}/v1/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/catalogue", headers=_h(rng, **b), query={
            "depot": DEPOT["id"], "kind": "iyak"}),
        case(f, f"{a}/v1/okuk/mfin", headers=_h(rng, **b), query={
            "depot": DEPOT["id"], "usen": "2026-01-14"}),
        case(f, f"{a}/v1/ndidep", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "ibat_customer": L(CUSTOMER, UID),
            "nkpo": [{"sku": "iyak_titus_20kg", "katon": 1, "okuk": 58000},
                     {"sku": "unen_hard_10kg", "katon": 1, "okuk": 36500}],
            "ibat_okuk": L(94500, BUY), "delivery": {
                "itie_odung": L(CB_HOME["line"], ADDR), "obio": L(CB_HOME["town"], COARSE),
                "lat": hla, "lng": hlo}}),
        case(f, f"{a}/v1/ukpe", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "ibat_okuk": L("96000.00", BUY), "delivery_fee": L(1500, BUY),
            "ukpe": L(opaque(rng, "pm_", 24), PAY), "currency": "NGN"}),
        case(f, f"{a}/v1/delivery/slot", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "usen": "2026-01-14", "ini": "16:00-18:00"}),
        case(f, f"{a}/v1/pickup/check_in", headers=_h(rng, **b), body={
            "order": L("IY-260121-0140", BUY), "itie": {"lat": dla, "lng": dlo, "acc": 7},
            "depot": {"id": DEPOT["id"], "lat": DEPOT["lat"], "lng": DEPOT["lon"]}}),
        case(f, f"{a}/v1/ndidep/dry", fmt="msgpack", headers=_h(rng, **b), body={
            "ibat_customer": L(CUSTOMER, UID),
            "nkpo": [{"sku": "mfi_paint", "ibat": 2, "okuk": 6000},
                     {"sku": "crayfish_mudu", "ibat": 1, "okuk": 9500}],
            "ibat_okuk": L(21500, BUY), "order": L("IY-260114-0093", BUY)}),
        order,
        multipart(f, f"{a}/v1/mfina", [
            ("ndise", "thawed.jpg", "image/jpeg", L(JPEG + b"\x2f", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(ORDER, BUY),
                "mfina": L("The croaker came soft, it was not frozen when it reached me",
                           TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/etop", headers=_h(rng, **b), body={
            "to": "dispatch",
            "etop": L("If I am not at home call my husband on +2348035550117, he is at the "
                      "gate", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/ndiyom", headers=_h(rng, **b), query={
            "ndiyom": L("croaker 1 carton price", SEARCH)}),
        case(f, f"{a}/v1/points", headers=_h(rng, how="none"), cookies={
            "iy_sesion": L(opaque(rng, "", 40), CRED), "iy_ukwak": L(INSTALL_ID, DID),
            "iy_req": rid(rng)}),
        lines(f, f"{a}/v1/cart/sync", [
            {"op": "add", "sku": "iyak_titus_20kg", "katon": 1, "owo": L(CUSTOMER, UID)},
            {"op": "add", "sku": "unen_laps_10kg", "katon": 1, "owo": L(CUSTOMER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ndidep/gift", headers=_h(rng, **b), body={
            "owo": {"enyin": L(MOTHER_IL[0], NAMEC), "ukwak_iko": L(MOTHER_IL[1], TEL),
                    "itie_odung": L(MIL_HOME["line"], ADDR), "obio": L(MIL_HOME["town"], COARSE)},
            "nkpo": [{"sku": "iyak_titus_20kg", "katon": 1}], "ibat_okuk": L(62000, BUY),
            "iko": L("For Mma, happy new year from Calabar", TEXT)}),
        case(f, f"{a}/v1/rating", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "stars": "4",
            "iko": L("Rider was fast, but call before coming", TEXT)}),
        case(f, f"{a}/v1/prefs", headers=_h(rng, **b), cookies={
            "iy_sesion": L(opaque(rng, "", 40), CRED),
            "iy_prefs": W({"ibat_customer": L(CUSTOMER, UID), "usem": L("efi", DEV),
                           "depot": DEPOT["id"]}, "b64json")}),
        case(f, f"{a}/v1/ukwak", headers=_h(rng, **b), body=ukwak(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "events": [
                ev("order_placed", 1, total=L(94500, BUY)),
                ev("screen", 2, screen=L("Catalogue", USAGE))]}),
        case(f, f"{a}/v1/ndiworo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ukwak": L(INSTALL_ID, DID)}),
    ]


def iyakice_sdks() -> list[Case]:
    rng = random.Random(25562)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(94500, BUY)}),
                            ("Pickup Checked In", {"depot": DEPOT["id"]})],
                 at=DEPOT_FIX, nd=3),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=96000.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CB_HOME_AT, nd=2,
               keywords="fish,frozen,calabar"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=274),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "96000.00", "ngn"),
        mm_geocode(APP, rng, CB_HOME["line"] + ", Calabar", ADDR, near=CB_HOME_AT, nd=3),
        mm_reverse(APP, rng, CB_HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L(f"Order {ORDER} arrived soft", f"{TEXT}|{BUY}"),
                   {"ibat_customer": L(CUSTOMER, UID)}),
    ]
