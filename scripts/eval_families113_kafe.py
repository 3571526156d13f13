"""Bolaven-plateau coffee roastery subscription "Kafephou" (a Paksong roastery ships beans to
Vientiane and gift boxes abroad; GraphQL for most calls). Not set 100's cooperative washing
station nor set 31's café chain: a roaster's subscription. Sign-up, a Google-style sign-in (an ID
token in a JSON field), ``/me`` with a JWT, a taste quiz, the subscription, her delivery address
with a gate code, the payment method, an order tracked by number in the path, a skipped delivery,
a gift box to a friend in New York, a review with a photo, a brew log (msgpack), a farm tour for
the family and the check-in on the farm, stockists near her New York home (she is there for the
holidays), a referral, loyalty points, a support ticket, her birthday, a Play purchase, push,
events and the orders by a cookie GET."""

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
    EMAIL_SHA256,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families22_kit import gql
from eval_families24_kit import claims, rid
from eval_families113_kit import (
    FARM_AT,
    FARM_FIX,
    GIFT_TO,
    HOME,
    HOME_AT,
    HUSBAND,
    LA_PHONE,
    ORDER_KP,
    fix,
    home_ny,
    la_head,
    obj,
)
from eval_families113_sdk import (
    bl_bid,
    ff_crash,
    ff_crumb,
    ig_event,
    ig_link,
    pw_batch,
    pw_identify,
)
from eval_families113_svc import no_register, tb_card, tq_geocode
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("kafephou", "Kafephou", "com.example.kafephou", "4.6.3", "https://api.kafephou.example.com")
IID = "X-Kafephou-Install"
PW = "Paksong-Arabica-19"
GQ = "mutation {op}($input: {op}Input!) {{ {op}(input: $input) {{ ok id }} }}"
US_NET = "Example Mobile"  # her US carrier, at home in New York
GOOGLE_SUB = "108811447209331870442"  # her account at the identity provider (id.user)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return la_head(APP, rng, IID, how=how, lang=None, **kw)


def _g(op: str, variables: dict[str, Any]) -> dict[str, Any]:
    return gql(op, GQ.format(op=op), {"input": variables})


def kafephou() -> list[Case]:
    rng = random.Random(11351)
    a, f = APP.api, APP.fam
    g = f"{a}/graphql"
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sub_plan="2w"))}
    b = {"auth": "bearer", "how": "none"}  # the GraphQL client sends no install ID
    sub = obj(rng, "sub", 8)
    tour = obj(rng, "tour", 8)
    hla, hlo = fix(HOME_AT)
    fla, flo = fix(FARM_FIX, 5)
    nla, nlo = home_ny(4)
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "aud": "kafephou-android.apps.example.com", "email": L(EMAIL, MAIL),
               "email_verified": True, "name": L(NAME, NAMEC), "iat": 1765330000,
               "exp": 1765333600}, "body", "id_token", acc)
    return [
        case(f, g, headers=_h(rng), body=_g("SignUp", {
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "marketingOptIn": True})),
        add(case(f, f"{a}/auth/google", headers=_h(rng), body={
            "id_token": idt, "nonce": opaque(rng, "", 16), "client": "android"}), acc),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, g, headers=_h(rng, **b), body=_g("TasteQuiz", {
            "brew": "phin", "roast": "medium", "milk": True, "note": L(
                "Strong coffee gives me palpitations, I'd rather have half-caf",
                f"{TEXT}|{MED}")})),
        case(f, g, headers=_h(rng, **b), body=_g("CreateSubscription", {
            "plan": L("bolaven-washed-500g-2w", BUY), "grind": "coarse",
            "price": L("185000", BUY), "currency": "LAK", "subscriptionId": sub})),
        case(f, g, headers=_h(rng, **b), body=_g("SaveAddress", {
            "line1": L(HOME["line"], ADDR), "village": L(HOME["ban"], COARSE),
            "district": L(HOME["meuang"], COARSE), "province": L(HOME["khweng"], COARSE),
            "postcode": L(HOME["postcode"], COARSE), "lat": hla, "lng": hlo,
            "phone": L(LA_PHONE, TEL), "gateCode": L("2580#", CRED)})),
        case(f, g, headers=_h(rng, **b), body=_g("SetPaymentMethod", {
            "subscriptionId": sub, "paymentMethodId": L(opaque(rng, "pm_", 24), PAY),
            "last4": L("4444", PAY)})),
        at_path(case(f, f"{a}/orders/{ORDER_KP}/tracking", headers=_h(rng, **b)), ORDER_KP, BUY),
        case(f, f"{a}/subscriptions/{sub}/skip", fmt="form", headers=_h(rng, **b), body={
            "delivery": "2025-12-24", "reason": L("We'll be in New York for the holidays", TEXT)}),
        case(f, g, headers=_h(rng, **b), body=_g("SendGift", {
            "recipient": {"name": L(GIFT_TO["name"], NAMEC), "line1": L(GIFT_TO["line"], ADDR),
                          "city": L(GIFT_TO["city"], COARSE), "zip": L(GIFT_TO["zip"], COARSE),
                          "country": L("US", COARSE), "phone": L(GIFT_TO["phone"], TEL)},
            "message": L("Merry Christmas Lucía! Beans from the Bolaven, love Jane",
                         f"{TEXT}|{NAMEC}"),
            "sku": "gift-box-3", "total": L("62.00", BUY), "currency": "USD"})),
        multipart(f, f"{a}/reviews", [
            ("photo", "phin.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("review", None, "application/json", {"sku": "bolaven-natural-250", "rating": 5,
                                                  "text": L("Blueberry and cocoa, perfect in a "
                                                            "phin with condensed milk", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/brew-log", fmt="msgpack", headers=_h(rng, **b), body={
            "method": "phin", "doseG": 18, "waterMl": 250, "timeS": 300, "tempC": 93,
            "rating": 4, "bean": "bolaven-natural-250"}),
        case(f, g, headers=_h(rng, **b), body=_g("BookFarmTour", {
            "tour": tour, "date": "2026-01-17", "fee": L("750000", BUY), "guests": [
                {"name": L(NAME, NAMEC)}, {"name": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC)},
                {"name": L("Nina Doe", NAMEC), "age": L(7, BIRTH)}],
            "pickupHotel": {"name": "Pakse Riverside Inn", "line": "12 Road 11, Pakse"}})),
        case(f, f"{a}/tours/{tour}/checkin", headers=_h(rng, **b), body={
            "lat": fla, "lon": flo, "farm": {"lat": FARM_AT[0], "lon": FARM_AT[1]},
            "guests": 3}),
        case(f, f"{a}/stockists", headers=_h(rng, **b), query={
            "lat": L(str(nla.value), nla.category), "lon": L(str(nlo.value), nlo.category),
            "radiusKm": "10"}),
        case(f, f"{a}/referrals", fmt="form", headers=_h(rng, **b), body={
            "friend_name": L(PEOPLE[4][0], NAMEC), "friend_email": L(PEOPLE[4][2], MAIL),
            "code": "JANE-BOLAVEN"}),
        case(f, f"{a}/loyalty/redeem", headers=_h(rng, **b), body={
            "points": 1200, "voucher": "BEAN-9X2K", "order": L(ORDER_KP, BUY)}),
        case(f, f"{a}/support/tickets", headers=_h(rng, **b), body={
            "order": L(ORDER_KP, BUY), "topic": "damaged",
            "text": L(f"Order {ORDER_KP} arrived with a split valve on one bag",
                      f"{TEXT}|{BUY}")}),
        case(f, g, headers=_h(rng, **b), body=_g("UpdateProfile", {
            "birthday": L("05-17", BIRTH), "newsletter": "monthly"})),
        case(f, f"{a}/billing/play/verify", headers=_h(rng, **b), body={
            "productId": L("kafephou_club_monthly", BUY),
            "orderId": L("GPA.3361-0952-7710-28813", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("subscription_started", 1, plan="2w"), ev("gift_sent", 2),
                ev("screen", 3, screen=L("FarmTour", USAGE))]}),
        case(f, f"{a}/orders", headers=_h(rng, how="none"),
             cookies={"kp_session": L(opaque(rng, "", 40), CRED),
                      "kp_install": L(INSTALL_ID, DID), "kp_trace": rid(rng)}),
    ]


def kafephou_sdks() -> list[Case]:
    rng = random.Random(11352)
    link = U("https://kafephou.example.com/r/gift", {
        "ref": "JANE-BOLAVEN", "em": L(EMAIL_SHA256, MAIL), "utm_source": "mail"})
    return [
        pw_batch(APP, rng, [("Subscription Started", {"plan": L("bolaven-washed-500g-2w", BUY)}),
                            ("Stockist Search", {"results": 3})], at=(LAT, LON), nd=3,
                 adid=True, tz="America/New_York", carrier=US_NET),
        pw_identify(APP, rng, {"plan": L("bolaven-washed-500g-2w", BUY),
                               "city": L("Vientiane", COARSE), "brew": "phin"}),
        ig_event(APP, rng, "g1ftbx", {"sku": "gift-box-3", "order": L(ORDER_KP, BUY)},
                 revenue=62.0, currency="USD", hashed=True),
        ig_link(APP, rng, link),
        bl_bid(APP, rng, {"native": {"ver": "1.2"}}, at=(LAT, LON), nd=3, country="USA",
               yob=1991, gender="F", net=(US_NET, "310-260")),
        ff_crash(APP, rng, ("com.apollographql.ApolloHttpException", "502 SendGift"),
                 [ff_crumb("navigation", "Shop -> Gift"),
                  ff_crumb("http", "POST", {"url": f"{APP.api}/graphql", "status": 502})],
                 screen="GiftActivity"),
        no_register(APP, rng, at=(LAT, LON), nd=2, tz="America/New_York",
                    tags={"plan": "2w"}, carrier=US_NET),
        tb_card(APP, rng, email=True),
        tq_geocode(APP, rng, f"{GIFT_TO['line']}, New York", ADDR, near=(LAT, LON), nd=3),
        pw_batch(APP, rng, [("Tour Booked", {"fee": L(750000, BUY), "guests": 3})],
                 at=FARM_FIX, nd=2),
    ]
