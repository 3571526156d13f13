"""Orders app "Bissapkeur" of her bissap-juice home business (snake_case English API; she is the
seller, her kitchen in Sacré-Cœur is the shop): seller sign-up, a log-in, ``/seller/me``, a
product and its photo, new orders, accepting one, a phone order she types for a regular, a
courier from her door, its tracking, her supplies order to the wholesaler, a payout, an expense,
stock (msgpack), her food-handler health certificate, the shop's point, a reply to the regular,
the month's sales, a promotion, her Sunday-market stall check-in, push, events and delivered
orders by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families112_kit import (
    CUSTOMER,
    DK_HOME,
    DK_HOME_AT,
    MARKET_AT,
    MARKET_FIX,
    SHOP,
    SN_E164,
    SN_NATIONAL,
    SUPPLIER,
    SUPPLY_ORDER,
    fix,
    obj,
    road,
)
from eval_families112_sdk import ag_event, ag_session, ck_crash, ck_crumb, lb_batch, lb_queue
from eval_families112_svc import cw_message, pc_confirm, ps_register, tl_geocode, tl_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bissapkeur", "Bissapkeur", "com.example.bissapkeur", "2.0.6",
          "https://api.bissapkeur.example.com")
IID = "X-Bissapkeur-Device"
PW = "Hibiscus&Gingembre3"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def bissapkeur() -> list[Case]:
    rng = random.Random(11261)
    a, f = APP.api + "/v1", APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), shop=SHOP["id"]))}
    hla, hlo = fix(DK_HOME_AT, 5)
    mla, mlo = fix(MARKET_FIX, 6)
    pid, oid, oid2 = obj(rng, "prd", 8), obj(rng, "ord", 10), obj(rng, "ord", 10)
    cust = {"name": L(CUSTOMER[0], NAMEC), "phone": L(CUSTOMER[1], TEL),
            "address": L(CUSTOMER[2], ADDR)}
    return [
        case(f, f"{a}/sellers", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "phone": L(SN_E164, TEL), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "shop_name": SHOP["name"], "ninea": SHOP["ninea"],
            "pickup_address": L(DK_HOME["line"], ADDR),
            "district": L(DK_HOME["quartier"], COARSE), "city": L("Dakar", COARSE)}),
        case(f, f"{a}/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(SN_NATIONAL, TEL), "password": L(PW, CRED),
            "client_id": "bk-seller-android"}),
        case(f, f"{a}/seller/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/products", headers=_h(rng, **b), body={
            "id": pid, "name": "Bissap rouge 1 L", "price": 1000, "stock": 40, "sku": "BSP-1L",
            "variants": [{"name": "Gingembre 1 L", "price": 1200}]}),
        multipart(f, f"{a}/products/{pid}/photo", [
            ("photo", "bissap.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"main": True})], headers=_h(rng, **b)),
        case(f, f"{a}/orders", headers=_h(rng, how="none"), query={
            "status": "new", "shop": SHOP["id"]}, cookies={
            "bk_session": L(opaque(rng, "", 40), CRED), "bk_seen": "ord_7", "bk_rq": rid(rng)}),
        case(f, f"{a}/orders/{oid}/accept", headers=_h(rng, **b), body={
            "ready_at": "17:00", "prep_minutes": 40}),
        case(f, f"{a}/orders/manual", headers=_h(rng, **b), body={
            "customer": cust, "items": [{"sku": "BSP-1L", "qty": 4}, {"sku": "GNG-1L", "qty": 2}],
            "total": 6400, "paid": False,
            "note": L("Fatou Kiné veut le bissap moins sucré", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/deliveries", headers=_h(rng, **b), body={
            "order": oid2, "pickup": {"lat": hla, "lon": hlo,
                                      "address": L(DK_HOME["line"], ADDR),
                                      "phone": L(SN_E164, TEL)},
            "dropoff": cust, "fee": L(1500, BUY), "vehicle": "moto"}),
        case(f, f"{a}/deliveries/{obj(rng, 'dlv', 8)}/track", headers=_h(rng, **b)),
        case(f, f"{a}/supplies", headers=_h(rng, **b), body={
            "supplier": {"id": SUPPLIER["id"], "name": SUPPLIER["name"],
                         "phone": SUPPLIER["phone"]},
            "items": [{"item": "fleurs de bissap", "kg": 10}, {"item": "sucre", "kg": 25},
                      {"item": "bouteilles 1 L", "qty": 120}],
            "total": L(42500, BUY), "order_no": L(SUPPLY_ORDER, BUY)}),
        case(f, f"{a}/payouts", fmt="form", headers=_h(rng, **b), body={
            "amount": L("52000", BUY), "msisdn": L(SN_E164, TEL), "provider": "xaalis_mobile",
            "idempotency_key": rid(rng)}),
        case(f, f"{a}/expenses", headers=_h(rng, **b), body={
            "label": "Sucre 25 kg", "amount": L(18500, BUY), "date": "2025-12-08"}),
        case(f, f"{a}/stock", fmt="msgpack", headers=_h(rng, **b), body={
            "seller": L(USER_ID, UID), "counts": {"BSP-1L": 22, "GNG-1L": 9, "BOUYE-1L": 5},
            "at": 1765310000}),
        multipart(f, f"{a}/compliance/health-certificate", [
            ("scan", "certificat.jpg", "image/jpeg", L(JPEG + b"\xd2", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"issued": "2025-09-14",
                                                "expires": "2026-09-13"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/shop/location", headers=_h(rng, **b), body={
            "shop": SHOP["id"], "lat": L(round(DK_HOME_AT[0], 4), PRECISE),
            "lon": L(round(DK_HOME_AT[1], 4), PRECISE), "hours": "10:00-20:00",
            "delivery_radius_km": 5}),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "order": oid, "to": "cus_" + opaque(rng, "", 10),
            "text": L("Merci Fatou Kiné, livraison vers 17h", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/sales/report", headers=_h(rng, **b), query={
            "month": "2025-12", "shop": SHOP["id"], "format": "json"}),
        case(f, f"{a}/promos", headers=_h(rng, **b), body={
            "text": L("Bissap frais ce week-end, -10 % dès 3 bouteilles", TEXT),
            "audience": "all_customers", "channel": "sms"}),
        case(f, f"{a}/market/checkin", headers=_h(rng, **b), body={
            "market": "marche_dimanche_fass", "stall": "B-14", "lat": mla, "lon": mlo,
            "market_point": {"lat": MARKET_AT[0], "lon": MARKET_AT[1]}}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("fr_SN", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("order_accepted", 1, items=6), ev("payout_requested", 2),
                ev("screen", 3, screen=L("Orders", USAGE))]}),
        case(f, f"{a}/orders", headers=_h(rng, how="upper"), query={"status": "delivered"},
             cookies={"bk_session": L(opaque(rng, "", 40), CRED),
                      "bk_device": L(INSTALL_ID, DID)}),
    ]


def bissapkeur_sdks() -> list[Case]:
    rng = random.Random(11262)
    run = [(r["lat"].value, r["lon"].value) for r in road(rng, 3, DK_HOME_AT, (14.7245, -17.4871))]
    return [
        lb_batch(APP, rng, [("Order Accepted", {"items": 6}),
                            ("Payout Requested", {"amount": L(52000, BUY)})]),
        lb_queue(APP, rng, [("Stock Updated", {"skus": 3}), ("Promo Sent", {"recipients": 41})]),
        ag_session(APP, rng, user=True, n=31),
        ag_event(APP, rng, "supplies_ordered", {"order": L(SUPPLY_ORDER, BUY)}, revenue=42500),
        ck_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "orders adapter"),
                 [ck_crumb("navigation", "Orders -> Manual"), ck_crumb("ui", "save")],
                 screen="ManualOrderActivity"),
        ps_register(APP, rng, at=MARKET_FIX, nd=2, tags={"seller": "true"}),
        tl_geocode(APP, rng, "Ouakam cité Avion villa 12", ADDR, near=DK_HOME_AT, nd=3),
        tl_telemetry(APP, rng, run, PRECISE),
        cw_message(APP, rng, L("Le livreur n'est pas venu chercher la commande de 17h", TEXT),
                   {"shop": SHOP["id"]}),
        pc_confirm(APP, rng, "5000"),
    ]
