"""A women's oyster cooperative's app "Ooyo Muso" (the harvesters of the Lamin bolong sell dried
and fresh oysters and run mangrove boat trips; keys Mandinka in ASCII with English loans:
``too`` name, ``kontong`` surname, ``telefoon`` phone, ``imeel`` e-mail, ``gundo`` password,
``komandi`` order, ``kiloo`` kilograms, ``sango`` price, ``kodoo`` amount, ``joo`` payment,
``suwo`` compound (street line), ``saatee`` town, ``dulaa`` place, ``kuloo`` boat,
``taamaa`` trip, ``luntangolu`` guests, ``sanji`` age, ``looloo`` stars, ``safee`` writing,
``nyinin`` search, ``nyininkaaroo`` question, ``jaa`` photo, ``sadaa`` gift): sign-up, log-in
(a form), ``/nna``, the catalogue, an order of dried oysters for delivery to her compound (a
pin at 5 decimals), its payment, a boat trip for her, her sister and her daughter, the trip's
payment, the check-in at the landing with her fix, a question about her daughter's shellfish
allergy, a sponsored harvester kit, trip photos, a review, a search, a gift voucher for her
mother-in-law, the order by number in the path, a receipt by cookie, push, events and a
log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
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
from eval_families265_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    LANDING,
    LANDING_FIX,
    MOTHER_IL,
    OYSTER_ORDER,
    SISTER_US,
    fix,
    hd,
    obj,
)
from eval_families265_sdk import (
    bw_bid,
    bw_notice,
    ct_session,
    mb_batch,
    mb_identify,
    tk_event,
    tk_launch,
    tk_link,
)
from eval_families265_svc import ha_attach, mk_reverse, pd_card, pd_confirm, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("ooyomuso", "Ooyo Muso", "com.example.ooyomuso", "1.3.5",
          "https://api.ooyomuso.example.net")
IID = "X-Ooyo-Device"
PW = "Bolong*Lamin26"
TRIP = "OM-T-26-0093"  # the boat trip (financial.purchase)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ooyomuso() -> list[Case]:
    rng = random.Random(26531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeel=L(EMAIL, MAIL), telefoon=L(E164, TEL)))}
    lla, llo = fix(LANDING_FIX, 6)
    hla, hlo = fix(HOME_AT, 5)
    order = at_path(case(f, f"{a}/v1/komandi/{OYSTER_ORDER}", headers=_h(rng, **b)),
                    OYSTER_ORDER, BUY)
    return [
        case(f, f"{a}/v1/konto", headers=_h(rng), body={
            "too": L(FIRST, NAMEC), "kontong": L(LAST, NAMEC), "imeel": L(EMAIL, MAIL),
            "telefoon": L(E164, TEL), "gundo": L(PW, CRED), "saatee": L(HOME["town"], COARSE),
            "newsletter": False}),
        case(f, f"{a}/v1/konto/dun", fmt="form", headers=_h(rng), body={
            "imeel": L(EMAIL_UPPER, MAIL), "gundo": L(PW, CRED), "muta": "1"}),
        case(f, f"{a}/v1/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fengolu", headers=_h(rng, **b), query={
            "kuu": "jaata", "landing": LANDING["id"]}),
        case(f, f"{a}/v1/komandi", headers=_h(rng, **b), body={
            "komandi": L(OYSTER_ORDER, BUY),
            "fengolu": [{"sku": "oy_dried_1kg", "kiloo": 2, "sango": 450},
                        {"sku": "oy_fresh_bowl", "kiloo": 1, "sango": 300}],
            "kodoo": L(1200, BUY), "suwo": L(HOME["line"], ADDR),
            "kabilo": L(HOME["area"], COARSE), "saatee": L(HOME["town"], COARSE),
            "dulaa": {"lat": hla, "lon": hlo},
            "telefoon": L(E164, TEL), "safee": L("Please call before you come, the gate is blue",
                                                 TEXT)}),
        case(f, f"{a}/v1/joo", fmt="form", headers=_h(rng, **b), body={
            "komandi": L(OYSTER_ORDER, BUY), "kodoo": L("1200.00", BUY), "currency": "GMD",
            "card_token": L(opaque(rng, "tok_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/komandi/taa", headers=_h(rng, **b), query={
            "komandi": L(OYSTER_ORDER, BUY), "kiilaa": "dv_12"}),
        case(f, f"{a}/v1/fengolu/maraa", fmt="form", headers=_h(rng, **b), body={
            "sku": "oy_dried_1kg", "user": L(USER_ID, UID)}),
        case(f, f"{a}/v1/taamaa", headers=_h(rng, **b), body={
            "taamaa": L(TRIP, BUY), "kuloo": "kl_03", "taariki": "2026-03-07",
            "waatoo": "09:30", "kodoo": L(1500, BUY),
            "luntangolu": [{"too": L(f"{FIRST} {LAST}", NAMEC)},
                           {"too": L(SISTER_US[0], NAMEC), "telefoon": L(SISTER_US[1], TEL)},
                           {"too": L(KID, NAMEC), "sanji": L(8, BIRTH)}],
            "life_jackets": {"adult": 2, "child": 1}}),
        case(f, f"{a}/v1/taamaa/joo", fmt="form", headers=_h(rng, **b), body={
            "taamaa": L(TRIP, BUY), "kodoo": L("1500", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/taamaa/checkin", headers=_h(rng, **b), body={
            "taamaa": L(TRIP, BUY), "dulaa": {"lat": lla, "lon": llo, "acc": 12},
            "landing": {"id": LANDING["id"], "lat": LANDING["lat"], "lon": LANDING["lon"]},
            "checkin_id": obj(rng, "ci")}),
        case(f, f"{a}/v1/nyininkaaroo", headers=_h(rng, **b), body={
            "taamaa": L(TRIP, BUY),
            "safee": L("My daughter Fatoumata is allergic to shellfish, can she still come on "
                       "the boat if we bring our own lunch?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/sadaa/harvester", headers=_h(rng, **b), body={
            "kit": "gloves_knife_boots", "kodoo": L(900, BUY),
            "safee": L("For the new harvesters of the bolong", TEXT)}),
        multipart(f, f"{a}/v1/taamaa/jaa", [
            ("jaa", "mangroves.jpg", "image/jpeg", L(JPEG + b"\x4f", MEDIA)),
            ("meta", None, "application/json", {"taamaa": L(TRIP, BUY), "public": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/looloo", fmt="form", headers=_h(rng, **b), body={
            "taamaa": L(TRIP, BUY), "looloo": "5",
            "safee": L("The pelicans and the women singing while they cut the roots, beautiful",
                       TEXT)}),
        case(f, f"{a}/v1/nyinin", headers=_h(rng, **b), query={
            "q": L("smoked oysters for Tobaski", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/voucher", headers=_h(rng, **b), body={
            "to": {"too": L(MOTHER_IL[0], NAMEC), "telefoon": L(MOTHER_IL[1], TEL)},
            "kodoo": L(1000, BUY), "safee": L("For Mba Kaddy, for the Koriteh cooking", TEXT),
            "code": opaque(rng, "OMV", 8)}),
        order,
        case(f, f"{a}/v1/resi", headers=_h(rng, how="none"), cookies={
            "om_sess": L(opaque(rng, "", 40), CRED), "om_dev": L(INSTALL_ID, DID),
            "om_pref": W({"imeel": L(EMAIL, MAIL), "kango": L("en", DEV)}, "b64json"),
            "om_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "kango": L("en", DEV), "modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, kodoo=L(1200, BUY)), ev("trip_booked", 2),
                ev("screen", 3, screen=L("Taamaa", USAGE))]}),
        case(f, f"{a}/v1/konto/bo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def ooyomuso_sdks() -> list[Case]:
    rng = random.Random(26532)
    link = U("https://ooyomuso.example.net/t", {"trip": L(TRIP, BUY), "src": "sms",
                                                 "tel": L(E164, TEL)})
    return [
        mb_batch(APP, rng, [("Order Placed", {"total": L(1200, BUY)}),
                            ("Trip Booked", {"guests": 3})], at=LANDING_FIX, nd=3),
        mb_identify(APP, rng, {"saatee": L("Serekunda", COARSE), "orders": 1}),
        tk_launch(APP, rng, first=True),
        tk_link(APP, rng, link),
        tk_event(APP, rng, "purchase", {"order": L(OYSTER_ORDER, BUY)}, revenue=1200.0,
                 hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="seafood,oysters,mangrove"),
        bw_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=377),
        pd_card(APP, rng),
        pd_confirm(APP, rng, "1500"),
        mk_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        pk_register(APP, rng, tags={"landing": LANDING["id"]}),
        ha_attach(APP, rng, L(JPEG + b"\x50", MEDIA), "wrong_bowl.jpg", "image/jpeg"),
    ]
