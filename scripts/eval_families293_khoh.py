"""A basket seller's app "Khohiew" (she sells the conical carrying baskets, ``khoh``, and the
winnowing trays her mother-in-law's neighbours weave in Sohra, at a stall in Iewduh market and
online; she is the seller). Its API's keys are Khasi, ASCII-folded: ``kyrteng`` name,
``nombar_phone`` phone, ``kyntien_rieh`` password, ``nongdie`` seller, ``nongthied`` buyer,
``khoh`` basket, ``jingdie`` sale, ``bai`` price, ``jingsiew`` payment, ``jingsiew_ha`` payout
account, ``dukan`` stall, ``jaka`` place, ``dur`` picture, ``khubor`` message, ``nongtbeh``
weaver, ``shnong`` village, ``jingkhein`` stock count, ``tarik`` date, ``parcel`` (loan):
seller sign-up (her trading licence, her husband as contact), an SMS code, ``/nga``, the stall's
opening with her fix, stock (msgpack), a product photo, a price list, an order's shipping label,
a courier pick-up in Sohra, the payout account, payouts, weavers paid by UPI, an offline sale
sync (JSON Lines), sales by seller number in the path, a buyer's message answered, a search, the
GST-exempt turnover note (gzip; her PAN), push, events and a token refresh."""

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
from eval_families24_kit import claims
from eval_families293_kit import (
    HUSBAND,
    IFSC,
    IN_ACCOUNT,
    LICENCE,
    MOTHER_IL,
    PAN,
    SELLER,
    SOHRA_HOUSE,
    STALL,
    STALL_FIX,
    UPI,
    fix,
    hd,
    push,
)
from eval_families293_sdk import mu_batch, mu_identify, mu_pixel, tm_event, tm_launch
from eval_families293_svc import cp_wallet, fw_eval, hk_message, mp_geocode, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("khohiew", "Khohiew", "com.example.khohiew", "2.0.3",
          "https://api.khohiew.example.com")
IID = "X-Khohiew-Install"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def khohiew() -> list[Case]:
    rng = random.Random(29351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nongdie=L(SELLER, UID), phone=L(E164, TEL)))}
    sla, slo = fix(STALL_FIX)
    order = "od_k_40917"
    sales = at_path(case(f, f"{a}/v1/nongdie/{SELLER}/jingdie", headers=_h(rng, **b),
                         query={"na": "2025-12-01", "haduh": "2026-01-31"}), SELLER, UID)
    return [
        case(f, f"{a}/v1/nongdie", headers=_h(rng), body={
            "kyrteng": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "nombar_phone": L(E164, TEL), "trading_licence": L(LICENCE, UID),
            "nongdie": L(SELLER, UID),
            "contact": {"kyrteng": L(HUSBAND[0], NAMEC), "nombar_phone": L(HUSBAND[1], TEL)},
            "dukan": STALL["id"], "nongbah": L("Shillong", COARSE)}),
        case(f, f"{a}/v1/auth/verify", fmt="form", headers=_h(rng), body={
            "nombar_phone": L(E164, TEL), "kod": L("774120", CRED)}),
        case(f, f"{a}/v1/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/dukan/open", headers=_h(rng, **b), body={
            "dukan": STALL["id"], "jaka": {"lat": sla, "lng": slo},
            "row": {"lat": STALL["lat"], "lng": STALL["lon"]}, "por": "08:40"}),
        case(f, f"{a}/v1/jingkhein", fmt="msgpack", headers=_h(rng, **b), body={
            "nongdie": L(SELLER, UID), "items": [
                {"khoh": "khoh_big", "jingkhein": 14, "bai": 650},
                {"khoh": "prah_tray", "jingkhein": 22, "bai": 240},
                {"khoh": "shang_small", "jingkhein": 30, "bai": 180}]}),
        multipart(f, f"{a}/v1/khoh/photo", [
            ("dur", "khoh_big.jpg", "image/jpeg", L(JPEG + b"\x35", MEDIA)),
            ("meta", None, "application/json", {"khoh": "khoh_big", "bai": 650,
                                                "nongtbeh": "wv_sohra_03"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/khoh", headers=_h(rng, **b), query={"nongdie": L(SELLER, UID)}),
        case(f, f"{a}/v1/orders/{order}/label", headers=_h(rng, **b), body={
            "sender": {"kyrteng": L(f"{FIRST} {LAST}", NAMEC), "nombar_phone": L(E164, TEL),
                       "shnong": L(SOHRA_HOUSE["town"], COARSE),
                       "pin": L(SOHRA_HOUSE["pin"], COARSE)},
            "parcel": {"khoh": 2, "kg": 3.4}, "service": "surface"}),
        case(f, f"{a}/v1/courier/pickup", fmt="form", headers=_h(rng, **b), body={
            "tarik": "2026-01-19", "por": "11-14", "nombar_phone_jaka": L(MOTHER_IL[1], TEL),
            "parcels": "2"}),
        case(f, f"{a}/v1/jingsiew_ha", headers=_h(rng, **b), body={
            "kyrteng": L(f"{FIRST} {LAST}", NAMEC), "account": L(IN_ACCOUNT, PAY),
            "ifsc": IFSC, "nongdie": L(SELLER, UID)}),
        case(f, f"{a}/v1/payouts", headers=_h(rng, **b), query={"nongdie": L(SELLER, UID)}),
        case(f, f"{a}/v1/nongtbeh/pay", headers=_h(rng, **b), body={
            "nongtbeh": "wv_sohra_03", "bai": L(2600, BUY), "upi_na": L(UPI, PAY),
            "khubor": L("Khublei Kong, for the 4 big khoh", TEXT)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "sale", "order": L("cash_0119_01", BUY), "bai": L(650, BUY),
             "by": L(SELLER, UID)},
            {"op": "sale", "order": L("cash_0119_02", BUY), "bai": L(240, BUY),
             "by": L(SELLER, UID)},
            {"op": "stock", "khoh": "khoh_big", "jingkhein": 13}], headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/v1/khubor", headers=_h(rng, **b), body={
            "sha": "buyer_8812", "order": L(order, BUY),
            "khubor": L("Your parcel left Sohra today, my mother-in-law packed it", TEXT)}),
        case(f, f"{a}/v1/wad", headers=_h(rng, **b), query={
            "wad": L("courier rates Sohra to Guwahati", SEARCH)}),
        case(f, f"{a}/v1/turnover", gz=True, headers=_h(rng, **b), body={
            "nongdie": L(SELLER, UID), "period": "2025-26 Q3", "turnover": L(86400, BUY),
            "pan": L(PAN, NID), "gst": "exempt"}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), query={
            "nongdie": L(SELLER, UID), "status": "to_ship", "page": "1"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("stall_opened", 1), ev("screen", 2, screen=L("Stock", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def khohiew_sdks() -> list[Case]:
    rng = random.Random(29352)
    return [
        mu_batch(APP, rng, [("Stall Opened", {"stall": STALL["id"]}), ("Label Printed", {})],
                 at=STALL_FIX, nd=2),
        mu_identify(APP, rng, {"state": L("Meghalaya", COARSE), "nongdie": L(SELLER, UID)}),
        mu_pixel(APP, rng, "Sales Opened", {"period": "2026-01"}),
        tm_launch(APP, rng, user=True),
        tm_event(APP, rng, "listing", {"khoh": "khoh_big"}),
        fw_eval(APP, rng, {"state": L("Meghalaya", COARSE), "role": "seller"}),
        pg_register(APP, rng, at=STALL_FIX, nd=2, tags={"market": "iewduh"}),
        cp_wallet(APP, rng, "650", L(E164, TEL)),
        mp_geocode(APP, rng, "Sohra post office", SEARCH, near=STALL_FIX, nd=3),
        hk_message(APP, rng, L("Payout for order od_k_40917 has not arrived", f"{TEXT}|{BUY}"),
                   {"nongdie": L(SELLER, UID)}),
    ]
