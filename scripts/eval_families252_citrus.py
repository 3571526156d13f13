"""The citrus growers' delivery-ticket and crop-payment app "Boksu" (Garifuna-ised English "box":
fruit is sold by the box; she keeps the account of the orange grove she and her husband own near
Alta Vista, Stann Creek): its API's keys mix Garifuna and the English of the trade: ``iri`` /
``apeyidu`` name and surname, ``telefon``, ``paswod`` password (Kriol spelling), ``kodu`` code,
``ubou`` land (the grove), ``boksu`` boxes, ``presiu`` price, ``sensu`` amount, ``pago``
payment, ``weyu`` day, ``irumu`` year (crop year), ``akaunt`` bank account, ``mesij`` message,
``posishan`` position, ``ko_grower`` co-grower, ``taun`` village/town, ``distrik`` district.
Sign-up as grower (her social security number, her husband co-grower), an SMS code, ``/me``, the
grove boundary, the price list, a picking day with her fix in the rows, a truck booked (msgpack),
tickets by grower number, a ticket by number in the path, a weight dispute, a photo of the loaded
truck, the payout account, payments, a crop advance, a fertiliser order (gzip), a spray log
synced offline (JSON Lines), the season statement by grower number in the path, a message to
the extension officer, the income declaration (gzip; her tax number), push, events with a
session cookie and a token refresh. Sets 132 (copra) and 151 (wine) have sellers of farm
produce; no earlier set names citrus."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
from eval_families24_kit import claims
from eval_families252_kit import (
    BZ_ACCOUNT,
    GROVE_AT,
    GROVE_FIX,
    GROWER,
    HUSBAND,
    PLANT,
    SOCSEC,
    fix,
    hd,
    obj,
    push,
)
from eval_families252_sdk import mh_batch, mh_identify, mh_pixel, tp_event, tp_launch
from eval_families252_svc import cg_wallet, fc_eval, hp_message, mp_geocode, pj_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("boksu", "Boksu Grower", "com.example.boksu", "3.0.7", "https://api.boksu.example.com")
IID = "X-Boksu-Install"
PW = "Valencia!Grove2026"
NID = "personal.national_id"
TICKET = "PT-25-118204"  # a delivery ticket (her sale: financial.purchase)
TIN = "000231877"  # her Belize tax identification number (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def boksu() -> list[Case]:
    rng = random.Random(25211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grower=L(GROWER, UID), telefon=L(E164, TEL)))}
    gla, glo = fix(GROVE_FIX)
    tk = at_path(case(f, f"{a}/api/tickets/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    stmt = at_path(case(f, f"{a}/api/statements/{GROWER}/2025-26", headers=_h(rng, **b)),
                   GROWER, UID)
    return [
        case(f, f"{a}/api/grower/rejistru", headers=_h(rng), body={
            "iri": L(FIRST, NAMEC), "apeyidu": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "paswod": L(PW, CRED), "socsec": L(SOCSEC, NID),
            "grower": L(GROWER, UID),
            "ko_grower": {"iri": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "taun": L("Alta Vista", COARSE), "distrik": L("Stann Creek", COARSE),
            "association": "scga"}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kodu": L("551802", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ubou", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "variety": "Valencia", "acres": 6.5, "trees": 780,
            "boundary": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in GROVE_AT]}),
        case(f, f"{a}/api/presiu", headers=_h(rng, **b), query={
            "irumu": "2025-26", "variety": "valencia", "plant": PLANT["id"]}),
        case(f, f"{a}/api/weather", headers=_h(rng, **b), query={
            "lat": L(f"{GROVE_FIX[0]:.2f}", COARSE), "lng": L(f"{GROVE_FIX[1]:.2f}", COARSE),
            "days": "7"}),
        case(f, f"{a}/api/picking", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "weyu": "2026-02-18", "boksu": 320, "pickers": 5,
            "posishan": {"lat": gla, "lng": glo, "acc": 9}, "block": "north-3"}),
        case(f, f"{a}/api/truck", fmt="msgpack", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "weyu": "2026-02-19", "boksu": 320, "truck": "SC-C-2271",
            "driver": "drv_0912", "plant": PLANT["id"], "booking": obj(rng, "tb")}),
        case(f, f"{a}/api/tickets", headers=_h(rng, **b), query={
            "grower": L(GROWER, UID), "irumu": "2025-26"}),
        tk,
        case(f, f"{a}/api/tickets/{TICKET}/dispute", headers=_h(rng, **b), body={
            "boksu_ticket": 298, "boksu_loaded": 320,
            "mesij": L("The ticket says 298 boxes but we loaded 320, the scale line was long "
                       "and they rushed us", TEXT)}),
        multipart(f, f"{a}/api/tickets/photo", [
            ("foto", "truck_loaded.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"ticket": L(TICKET, BUY),
                                                "grower": L(GROWER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/akaunt", headers=_h(rng, **b), body={
            "holder": L(f"{FIRST} {LAST}", NAMEC), "akaunt": L(BZ_ACCOUNT, PAY),
            "bank": "Example Bank Belize, Dangriga", "grower": L(GROWER, UID)}),
        case(f, f"{a}/api/pago", headers=_h(rng, **b), query={"grower": L(GROWER, UID)}),
        case(f, f"{a}/api/advance", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "sensu": L(2500, BUY), "currency": "BZD",
            "purpose": "fertiliser", "repay_from": "2026-27 crop"}),
        case(f, f"{a}/api/fertiliser/order", gz=True, headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "items": [{"sku": "npk-15-15-15", "bags": 12, "presiu": 74},
                                                 {"sku": "urea", "bags": 4, "presiu": 68}],
            "total": L(1160, BUY), "deliver_to": L("Alta Vista", COARSE)}),
        lines(f, f"{a}/api/spray/sync", [
            {"op": "spray", "block": "north-3", "product": "copper-oxychloride", "litres": 200,
             "by": L(GROWER, UID)},
            {"op": "scout", "block": "north-3", "pest": "psyllid", "count": 7,
             "lat": L(round(GROVE_FIX[0], 5), PRECISE), "lng": L(round(GROVE_FIX[1], 5),
                                                                  PRECISE)}],
            headers=_h(rng, **b)),
        stmt,
        case(f, f"{a}/api/mesij", headers=_h(rng, **b), body={
            "to": "extension_officer",
            "mesij": L("Please send the extension officer, the north rows show yellow leaves, "
                       "we fear greening", TEXT)}),
        case(f, f"{a}/api/tax/declaration", gz=True, headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "irumu": "2025", "tin": L(TIN, NID),
            "gross_sales": L(41860, BUY), "advance_repaid": L(2500, BUY)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, how="none"), cookies={
            "bx_sid": L(opaque(rng, "", 40), CRED), "bx_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("ticket_opened", 1), ev("screen", 2, screen=L("Statement", USAGE))]}),
        case(f, f"{a}/api/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def boksu_sdks() -> list[Case]:
    rng = random.Random(25212)
    return [
        mh_batch(APP, rng, [("Picking Logged", {"boxes": 320}), ("Ticket Viewed", {})],
                 at=GROVE_FIX, nd=2),
        mh_identify(APP, rng, {"distrik": L("Stann Creek", COARSE), "grower": L(GROWER, UID)}),
        mh_pixel(APP, rng, "Statement Opened", {"irumu": "2025-26"}),
        tp_launch(APP, rng, user=True),
        tp_event(APP, rng, "delivery", {"ticket": L(TICKET, BUY)}),
        fc_eval(APP, rng, {"distrik": L("Stann Creek", COARSE), "role": "grower"}),
        pj_register(APP, rng, at=GROVE_FIX, nd=2, tags={"plant": PLANT["id"]}),
        cg_wallet(APP, rng, "1840.00", L(E164, TEL)),
        mp_geocode(APP, rng, "Pomona weighbridge", SEARCH, near=GROVE_FIX, nd=3),
        hp_message(APP, rng, L(f"Payment for ticket {TICKET} is missing from my statement",
                               f"{TEXT}|{BUY}"), {"grower": L(GROWER, UID)}),
    ]
