"""A small-winery seller app "Marani Tsinandlebi" (she runs the online shop of her husband's
family's qvevri cellar in Kakheti): seller sign-up (her residence permit, her husband as
co-owner), an SMS code, ``/me``, the vineyard's boundary, the harvest (rtveli) log with her fix in
the rows, a qvevri's fermentation note (msgpack), the wine list, a bottle photo, an order's
shipping label, a courier pick-up, the payout account, a lari transfer to her, a tasting booked by
a guest at the cellar, the excise declaration, an offline sync (JSON Lines), sales by seller
number in the path, a message to the courier, push and events. Sets 67, 89, 111 and 119 have
wine apps as a buyer, a tour guest or a club member; here she is the seller."""

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
from eval_families24_kit import claims
from eval_families151_kit import (
    CELLAR,
    GE_ACCOUNT,
    HUSBAND,
    RESIDENCE,
    SELLER,
    VINEYARD_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families151_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families151_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tsinandlebi", "Marani Tsinandlebi", "com.example.tsinandlebi", "2.1.8",
          "https://api.tsinandlebi.example.net")
IID = "X-Marani-Install"
NID = "personal.national_id"
ROW_FIX = (41.889402, 45.572611)  # her phone in the rows at harvest


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tsinandlebi() -> list[Case]:
    rng = random.Random(15151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, seller=L(SELLER, UID), phone=L(E164, TEL)))}
    rla, rlo = fix(ROW_FIX)
    q1 = obj(rng, "qv")
    sales = at_path(case(f, f"{a}/v1/sellers/{SELLER}/sales", headers=_h(rng, **b),
                         query={"from": "2025-10-01", "to": "2026-01-31"}), SELLER, UID)
    return [
        case(f, f"{a}/v1/sellers", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "residencePermit": L(RESIDENCE, NID), "seller": L(SELLER, UID),
            "coOwner": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "village": L("Tsinandali", COARSE), "region": L("Kakheti", COARSE),
            "cellar": CELLAR["id"]}),
        case(f, f"{a}/v1/auth/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("660214", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vineyards", headers=_h(rng, **b), body={
            "seller": L(SELLER, UID), "variety": "Rkatsiteli", "hectares": 1.4,
            "boundary": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in VINEYARD_AT]}),
        case(f, f"{a}/v1/harvest", headers=_h(rng, **b), body={
            "date": "2025-09-24", "kg": 3120, "brix": 22.5, "row": "r12",
            "at": {"lat": rla, "lng": rlo}, "pickers": 6}),
        case(f, f"{a}/v1/qvevri/{q1}/notes", fmt="msgpack", headers=_h(rng, **b), body={
            "qvevri": q1, "litres": 1200, "skins": True, "temp": 18.5,
            "note": L("Punched down twice, smells of quince", TEXT), "by": L(SELLER, UID)}),
        case(f, f"{a}/v1/wines", headers=_h(rng, **b), query={"seller": L(SELLER, UID)}),
        multipart(f, f"{a}/v1/wines/photo", [
            ("photo", "rkatsiteli_2024.jpg", "image/jpeg", L(JPEG + b"\x33", MEDIA)),
            ("meta", None, "application/json", {"wine": "wn_rk24", "price": 38})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/orders/od_88213/label", headers=_h(rng, **b), body={
            "sender": {"name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
                       "village": L("Tsinandali", COARSE)},
            "parcel": {"bottles": 6, "kg": 9.1}, "service": "express"}),
        case(f, f"{a}/v1/couriers/pickup", fmt="form", headers=_h(rng, **b), body={
            "date": "2026-01-15", "window": "10-13", "contact_phone": L(HUSBAND[1], TEL),
            "parcels": "3"}),
        case(f, f"{a}/v1/payouts/account", headers=_h(rng, **b), body={
            "holder": L(f"{FIRST} {LAST}", NAMEC), "iban": L(GE_ACCOUNT, PAY),
            "bank": "Example Bank Georgia", "seller": L(SELLER, UID)}),
        case(f, f"{a}/v1/payouts", headers=_h(rng, **b), query={"seller": L(SELLER, UID)}),
        case(f, f"{a}/v1/tastings", headers=_h(rng, **b), query={
            "cellar": CELLAR["id"], "date": "2026-01-18"}),
        case(f, f"{a}/v1/excise", gz=True, headers=_h(rng, **b), body={
            "seller": L(SELLER, UID), "period": "2025-Q4", "litres": 840,
            "revenue": L(12740, BUY), "taxId": L("4010287715", NID)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "stock", "wine": "wn_rk24", "qty": 112, "by": L(SELLER, UID)},
            {"op": "sale", "order": L("od_88213", BUY), "total": L(228, BUY)}],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "courier_desk",
            "text": L("Please call my husband Davit Meskhishvili on +995555018244 at the gate",
                      f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("harvest_logged", 1), ev("screen", 2, screen=L("Qvevri", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def tsinandlebi_sdks() -> list[Case]:
    rng = random.Random(15152)
    return [
        mc_batch(APP, rng, [("Harvest Logged", {"kg": 3120}), ("Label Printed", {})],
                 at=ROW_FIX, nd=2),
        mc_identify(APP, rng, {"region": L("Kakheti", COARSE), "seller": L(SELLER, UID)}),
        mc_pixel(APP, rng, "Sales Opened", {"period": "2025-Q4"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "listing", {"wine": "wn_rk24"}),
        fn_eval(APP, rng, {"region": L("Kakheti", COARSE), "role": "seller"}),
        pt_register(APP, rng, at=ROW_FIX, nd=2, tags={"region": L("Kakheti", COARSE)}),
        cl_wallet(APP, rng, "228", L(E164, TEL)),
        mm_geocode(APP, rng, "Telavi courier depot", "behavior.search", near=ROW_FIX, nd=3),
        hs_message(APP, rng, L("Payout for order od_88213 is missing", f"{TEXT}|{BUY}"),
                   {"seller": L(SELLER, UID)}),
    ]
