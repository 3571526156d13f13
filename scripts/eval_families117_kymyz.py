"""Kymyz (fermented mare's milk) farm-delivery app "Kymyzbar": a Suusamyr farm's weekly
bottles delivered to her Bishkek flat (camelCase API; set 81's yurt app only served kymyz at a
camp: this is a farm's subscription and courier). SMS sign-in, ``/me`` with a JWT, her profile,
the delivery address with its door code and point, farms near her, a subscription, a one-off
order, the courier by order number in the path, a delivery acknowledged at her door (protobuf),
a rating, her dietary notes, a referral, a wallet top-up, a support photo, a pause, push, events,
her orders and the loyalty by a cookie GET, a token refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import E164, JPEG, PEOPLE, multipart, push_token
from eval_families18_kit import IID_UPPER
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families117_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    FARM,
    GENDER,
    KG_HOME,
    KG_HOME_AT,
    KG_LANG,
    KYMYZ_SUB,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    obj,
)
from eval_families117_sdk import ag_batch, ag_queue, ay_event, ay_install, bs_bid, bs_win
from eval_families117_svc import ca_save, fj_eval, mm_reverse, ps_opened, ps_register, tp_charge
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kymyzbar", "Kymyzbar", "com.example.kymyzbar", "1.9.4",
          "https://api.kymyzbar.example.net")
IID = "X-Device-Id"
ORDER = "KB-250716-0412"
DOOR_AT = (42.874655, 74.612198)  # her phone at her door when the bottles came


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(KG_LANG, DEV)
    return h


def kymyzbar() -> list[Case]:
    rng = random.Random(11711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    hla, hlo = fix(KG_HOME_AT, 6)
    lab: dict[str, str] = {}
    dlv = obj(rng, "dlv", 8)
    ack = pb([(1, L(USER_ID, UID)), (2, dlv), (3, [(1, L(DOOR_AT[0], PRECISE)),
                                                   (2, L(DOOR_AT[1], PRECISE))]),
              (4, 1752652800), (5, 3)], "", lab)
    courier = at_path(case(f, f"{a}/api/orders/{ORDER}/courier", headers=_h(rng, **b)),
                      ORDER, BUY)
    return [
        case(f, f"{a}/api/auth/otp", headers=_h(rng), body={"phone": L(E164, TEL),
                                                            "channel": "sms"}),
        case(f, f"{a}/api/auth/verify", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("482913", CRED), "deviceId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/profile", headers=_h(rng, **b), body={
            "firstName": L("Jane", NAMEC), "lastName": L("Doe", NAMEC),
            "email": L(EMAIL, MAIL), "birthDate": L("1991-05-17", BIRTH),
            "gender": L("female", GENDER), "language": L("ru", DEV)}),
        case(f, f"{a}/api/addresses", headers=_h(rng, **b), body={
            "line": L(KG_HOME["line"], ADDR), "entrance": "2", "floor": 5,
            "doorCode": L("34K2580", CRED), "city": L(KG_HOME["town"], COARSE),
            "zip": L(KG_HOME["zip"], COARSE), "lat": hla, "lon": hlo,
            "note": L("Ring twice, the bell for 34 is broken", TEXT)}),
        case(f, f"{a}/api/farms", headers=_h(rng, **b), query={
            "near": L(f"{KG_HOME_AT[0]:.4f},{KG_HOME_AT[1]:.4f}", PRECISE), "deliver": "1"}),
        case(f, f"{a}/api/farms/{FARM['id']}/products", headers=_h(rng, **b)),
        case(f, f"{a}/api/subscriptions", headers=_h(rng, **b), body={
            "farmId": FARM["id"], "subscriptionId": L(KYMYZ_SUB, BUY),
            "plan": L("weekly_3l", BUY), "pricePerWeek": L("1350", BUY), "currency": "KGS",
            "deliveryDay": "wednesday", "paymentMethod": L(opaque(rng, "pm_", 20), PAY)}),
        case(f, f"{a}/api/orders", headers=_h(rng, **b), body={
            "orderId": L(ORDER, BUY), "items": [{"sku": "kymyz-1l", "qty": 2},
                                                {"sku": "kurut-200g", "qty": 1}],
            "total": L("1020", BUY), "window": "2025-07-16T18:00/20:00",
            "farm": {"id": FARM["id"], "phone": FARM["phone"], "lat": FARM["lat"],
                     "lon": FARM["lon"]}}),
        courier,
        raw(f, f"{a}/api/deliveries/{dlv}/ack", ack, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/orders/{ORDER}/rating", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "comment": L("Fresh and cold, courier was polite", TEXT)}),
        case(f, f"{a}/api/profile/preferences", headers=_h(rng, **b), body={
            "lactoseIntolerant": L(True, MED), "fermentation": "3-day",
            "note": L("My doctor suggested kymyz for my gastritis, please not too sour",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/referrals", headers=_h(rng, **b), body={
            "friendName": L(PEOPLE[1][0], NAMEC), "friendPhone": L(PEOPLE[1][1], TEL),
            "code": "JANE-KYMYZ"}),
        case(f, f"{a}/api/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("3000", BUY), "currency": "KGS",
            "method": L(opaque(rng, "pm_", 20), PAY), "requestId": rid(rng)}),
        multipart(f, f"{a}/api/support", [
            ("photo", "bottle.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("ticket", None, "application/json", {
                "orderId": L(ORDER, BUY),
                "text": L("One bottle arrived open and leaking", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/subscriptions/{KYMYZ_SUB}/pause", headers=_h(rng, **b), body={
            "from": "2025-07-17", "to": "2025-07-21",
            "reason": L("We are at Son-Kul for the weekend", TEXT)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(IID_UPPER, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("ru_KG", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("subscription_started", 1, plan="weekly_3l"), ev("courier_tracked", 2),
                ev("screen_view", 3, screen=L("Subscription", USAGE))]}),
        case(f, f"{a}/api/me/orders", headers=_h(rng, **b), query={
            "userId": L(USER_ID, UID), "page": "1", "size": "20"}),
        case(f, f"{a}/api/loyalty", headers=_h(rng, how="none"), cookies={
            "kb_sid": L(opaque(rng, "", 44), CRED), "kb_dev": L(INSTALL_ID, DID),
            "kb_ab": "B"}),
        case(f, f"{a}/api/auth/refresh", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 40), CRED),
            "client_id": "kymyzbar-android"}),
    ]


def kymyzbar_sdks() -> list[Case]:
    rng = random.Random(11712)
    return [
        ag_batch(APP, rng, [("Subscription Started", {"plan": L("weekly_3l", BUY)}),
                            ("Order Completed", {"revenue": L(1020, BUY), "items": 3})],
                 gz=False),
        ag_queue(APP, rng, [("App Opened", {"cold": True}),
                            ("Courier Tracked", {"order": L(ORDER, BUY)})]),
        ay_install(APP, rng, first=False),
        ay_event(APP, rng, "purchase", {"order_id": L(ORDER, BUY)}, revenue=1020),
        bs_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, yob=1991,
               gender="F"),
        bs_win(APP, rng),
        fj_eval(APP, rng, {"city": L("Bishkek", COARSE), "subscriber": True}, get=True),
        ps_register(APP, rng, at=KG_HOME_AT, nd=2, tags={"farm": FARM["id"]}),
        ps_opened(APP, rng, "courier_near"),
        tp_charge(APP, rng, "1020", L(ORDER, BUY)),
        mm_reverse(APP, rng, KG_HOME_AT, PRECISE, nd=5),
        ca_save(APP, rng, {"analytics": True, "ads": False, "personalisation": True}),
    ]
