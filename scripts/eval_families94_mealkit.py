"""Halal meal-kit delivery app "Halolbox" (New York; she orders for December at her flat): a
GraphQL sign-up, a form log-in, ``/me`` with a JWT, the diet (zabiha halal, allergies), the
delivery address with her point and instructions, delivery windows by ZIP, a plan chosen
(GraphQL), the week's halal menu, recipe picks and add-ons (msgpack), checkout, the order by
number in the path and its live tracking (GET), a damaged-box report with a photo, a recipe
rating, a recipe search, a gift box for a friend, a referral, a skipped week, the household
(her husband and son), a nutrition log, push, events and past orders by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import gql
from eval_families24_kit import claims, head
from eval_families37_kit import home, obj
from eval_families94_kit import KIT_ORDER, KITCHEN, SON, SPOUSE
from eval_families94_sdk import (
    kz_batch,
    kz_queue,
    mb_event,
    mb_link,
    mb_session,
    sb_bid,
    xc_crash,
    xc_crumb,
)
from eval_families94_svc import tg_card, xt_geocode, yd_message
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, U, case

APP = App("halolbox", "Halolbox", "com.example.halolbox", "1.42.0",
          "https://api.halolbox.example.com")
IID = "X-HB-Device"
PW = "Saffron-Lamb-5520"
GQL = f"{APP.api}/graphql"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def halolbox() -> list[Case]:
    rng = random.Random(9451)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), zip=L(ZIP, COARSE)))}
    b = {"auth": "bearer"}
    box = obj(rng, "box", 8)
    hla, hlo = home(6)
    return [
        case(f, GQL, headers=_h(rng), body=gql(
            "SignUp", "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }",
            {"input": {"email": L(EMAIL, MAIL), "password": L(PW, CRED),
                       "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                       "phone": L(NATIONAL, TEL), "zip": L(ZIP, COARSE)}})),
        case(f, f"{a}/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/diet", headers=_h(rng, **b), body={
            "diet": L("halal_zabiha", SENS), "noAlcoholInSauces": L(True, SENS),
            "allergies": [L("sesame", MED), L("tree nuts", MED)], "dislikes": ["cilantro"],
            "spice": 3}),
        case(f, f"{a}/v1/addresses", headers=_h(rng, **b), body={
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "lat": hla, "lng": hlo,
            "instructions": L("Buzz 4B, leave with the doorman if we're out",
                              f"{TEXT}|{ADDR}"), "default": True}),
        case(f, f"{a}/v1/delivery/windows", headers=_h(rng, **b), query={
            "zip": L(ZIP, COARSE), "week": "2025-W50"}),
        case(f, GQL, headers=_h(rng, **b), body=gql(
            "ChoosePlan", "mutation ChoosePlan($p: PlanInput!) { choosePlan(input: $p) { ok } }",
            {"p": {"planId": L("family_3x4", BUY), "pricePerWeek": L("89.94", BUY),
                   "firstDelivery": "2025-12-11"}})),
        case(f, f"{a}/v1/menu", headers=_h(rng, **b), query={
            "week": "2025-W50", "diet": L("halal_zabiha", SENS), "servings": "4"}),
        case(f, f"{a}/v1/boxes/{box}/selections", fmt="msgpack", headers=_h(rng, **b), body={
            "recipes": ["rc_1187", "rc_1203", "rc_1244"], "swaps": {"rc_1203": "rc_1210"},
            "addOns": [{"sku": "lamb-kofta-2lb", "price": L("14.99", BUY)}],
            "userId": L(USER_ID, UID)}),
        case(f, f"{a}/v1/checkout", headers=_h(rng, **b), body={
            "box": box, "paymentMethod": L(opaque(rng, "pm_", 24), PAY),
            "total": L("104.93", BUY), "tip": L("5.00", BUY), "promo": "SALAAM20",
            "idempotencyKey": obj(rng, "ik", 16)}),
        at_path(case(f, f"{a}/v1/orders/{KIT_ORDER}", headers=_h(rng, **b)), KIT_ORDER, BUY),
        case(f, f"{a}/v1/orders/{KIT_ORDER}/live", headers=_h(rng, **b), query={
            "kitchen": KITCHEN["id"], "since": "1765472400"}),
        multipart(f, f"{a}/v1/orders/{KIT_ORDER}/issues", [
            ("photo", "box_damaged.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("issue", None, "application/json", {
                "order": L(KIT_ORDER, BUY), "kind": "thawed",
                "text": L("Ice packs were melted and the chicken was warm", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/recipes/rc_1187/rating", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "comment": L("My son ate every bite of the kofta", TEXT)}),
        case(f, f"{a}/v1/recipes/search", headers=_h(rng, **b), query={
            "q": L("lamb biryani", SEARCH), "diet": L("halal_zabiha", SENS)}),
        case(f, f"{a}/v1/gifts", headers=_h(rng, **b), body={
            "recipient": {"name": L(PEOPLE[1][0], NAMEC), "email": L(PEOPLE[1][2], MAIL),
                          "line1": L("88 Court Street", ADDR), "zip": L("11201", COARSE)},
            "message": L("Happy housewarming, Lucía! No cooking this week", f"{TEXT}|{NAMEC}"),
            "price": L("69.95", BUY), "deliverOn": "2025-12-18"}),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendEmail": L(PEOPLE[3][2], MAIL), "channel": "email"}),
        case(f, f"{a}/v1/boxes/skip", headers=_h(rng, **b), body={
            "week": "2026-W02", "reason": "travel",
            "note": L("Back in Tashkent until March", f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/v1/household", headers=_h(rng, **b), body={
            "adults": [{"name": L(f"{SPOUSE[0]} {SPOUSE[1]}", NAMEC)}],
            "kids": [{"name": L(SON["first"], NAMEC), "birthDate": L(SON["dob"], BIRTH),
                      "portion": "kid"}]}),
        case(f, f"{a}/v1/nutrition/log", headers=_h(rng, **b), body={
            "date": "2025-12-12", "kcal": L(1840, FIT), "proteinG": L(96, FIT),
            "goal": L("lose 0.5 kg a week", FIT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("box_customized", 1, recipes=3), ev("checkout_completed", 2),
                ev("screen", 3, screen=L("MenuWeek", USAGE))]}),
        case(f, f"{a}/v1/account/orders", headers=_h(rng, how="upper"),
             cookies={"hb_sess": L(opaque(rng, "", 40), CRED), "hb_ab": "menu_v3"}),
    ]


def halolbox_sdks() -> list[Case]:
    rng = random.Random(9452)
    return [
        kz_batch(APP, rng, [("Checkout Completed", {"total": L(104.93, BUY)}),
                            ("Menu Viewed", {"diet": L("halal_zabiha", SENS)})],
                 adid=True, at=(LAT, LON), nd=2, tz="America/New_York"),
        kz_queue(APP, rng, [("Recipe Opened", {"recipe": "rc_1187"}),
                            ("Recipe Rated", {"stars": 5})], gz=True),
        mb_session(APP, rng, first=True, roaming=False),
        mb_event(APP, rng, "first_purchase", {"plan": "family_3x4"}, revenue=104.93,
                 currency="USD", hashed=True, roaming=False),
        mb_link(APP, rng, U("https://halolbox.example.com/l/plans", {"utm_source": "newsletter",
                                                 "uid": L(USER_ID, UID), "promo": "SALAAM20"})),
        sb_bid(APP, rng, {"native": {"ver": "1.2"}}, uz=False),
        xc_crash(APP, rng, ("retrofit2.HttpException", "HTTP 409 box locked"),
                 [xc_crumb("nav", "Menu -> Checkout"),
                  xc_crumb("net", "POST /v1/checkout", {"status": 409})],
                 screen="CheckoutActivity", tz="America/New_York"),
        tg_card(APP, rng, email=True),
        xt_geocode(APP, rng, "350 Fifth Ave", ADDR, near=(LAT, LON), nd=3),
        yd_message(APP, rng, L("Order HB-7781204 arrived warm, can you refund the chicken?",
                               f"{TEXT}|{BUY}"), {"order": L(KIT_ORDER, BUY)}),
    ]
