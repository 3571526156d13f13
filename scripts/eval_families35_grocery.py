"""Grocery-delivery app "Crateroot" with a loyalty card and receipt scanning (a .NET back end:
PascalCase keys): sign-up with the
loyalty card, an SMS code, ``/me``, linking the card, stores nearby, a check-in inside the store,
a search, a named shopping list, allergies, the cart, the delivery address with a door code, an
order (an age check for wine), its status by the order number in the path, a substitution chat
with the shopper, a rating and tip, a receipt's photo and its read-back, coupons clipped, a
referral, devices, events and the points balance by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families35_kit import (
    DOOR_CODE,
    LOYALTY,
    ORDER_CR,
    RECEIPT,
    SHOPPER_AT,
    STORE,
    STORE_FIX,
    fix,
    home,
    obj,
)
from eval_families35_sdk import aw_event, aw_session, cl_crumb, cl_notify, sl_batch, sl_identify
from eval_families35_svc import (
    cb_attach,
    cb_message,
    cw_geocode,
    fw_eval,
    pf_register,
    pw_card,
    pw_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("crateroot", "Crateroot", "com.example.crateroot", "8.3.0",
          "https://api.crateroot.example.com")
IID = "X-CR-DeviceId"
PW = "Turnip!Harbor42"
O_URL = f"https://api.crateroot.example.com/api/v3/orders/{ORDER_CR}"


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _o(rng: random.Random, path: str, body: Any = None, **kw: Any) -> Case:
    """A call on her order (the order number in the URL path: ``financial.purchase``)."""
    c = case(APP.fam, f"{O_URL}{path}", headers=_h(rng, auth="bearer"), body=body, **kw)
    return at_path(c, ORDER_CR, BUY)


def crateroot() -> list[Case]:
    rng = random.Random(3541)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), loyalty=L(LOYALTY, UID)))}
    b = {"auth": "bearer"}
    sla, slo = fix(STORE_FIX)
    hla, hlo = home(6)
    cases = [
        case(f, f"{a}/api/v3/signup", headers=_h(rng), body={
            "FirstName": L(FIRST, NAMEC), "LastName": L(LAST, NAMEC), "Email": L(EMAIL, MAIL),
            "Password": L(PW, CRED), "Phone": L(PHONE_PAREN, TEL), "Zip": L(ZIP, COARSE),
            "LoyaltyCard": L(LOYALTY, UID), "Marketing": True}),
        case(f, f"{a}/api/v3/auth/otp", fmt="form", headers=_h(rng), body={
            "Phone": L(DASHED, TEL), "Code": L("661904", CRED)}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/loyalty/link", headers=_h(rng, **b), body={
            "CardNumber": L(LOYALTY, UID), "BirthDate": L(DOB, BIRTH), "Source": "scan"}),
        case(f, f"{a}/api/v3/stores/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE),
            "radius_mi": "3", "services": "pickup,pharmacy"}),
        case(f, f"{a}/api/v3/stores/{STORE['id']}/checkin", headers=_h(rng, **b), body={
            "Position": {"Lat": sla, "Lng": slo, "Acc": 6},
            "Store": {"Lat": STORE["lat"], "Lng": STORE["lon"], "RadiusM": 60},
            "Beacon": {"Uuid": "f7826da6-4fa2-4e98-8024-bc5b71e0893e", "Major": 4,
                       "Minor": 12, "Rssi": -71}}),
        case(f, f"{a}/api/v3/search", headers=_h(rng, **b), query={
            "q": L("gluten free bread", SEARCH), "store": STORE["id"], "page": "1"}),
        case(f, f"{a}/api/v3/lists", headers=_h(rng, **b), body={
            "Name": L("Ella's lunchbox", f"{TEXT}|{NAMEC}"),
            "Items": [{"Sku": "CR-OATM-1L", "Qty": 2}, {"Sku": "CR-APPL-GALA", "Qty": 6}]}),
        case(f, f"{a}/api/v3/profile/dietary", headers=_h(rng, **b), body={
            "Allergies": [L("peanuts", MED), L("tree nuts", MED)], "Diet": "vegetarian",
            "HouseholdSize": 3, "BabyInHousehold": False}),
        case(f, f"{a}/api/v3/cart", headers=_h(rng, **b), body={
            "Store": STORE["id"], "Lines": [{"Sku": "CR-OATM-1L", "Qty": 2},
                                            {"Sku": "CR-BRD-GF-500", "Qty": 1},
                                            {"Sku": "CR-WINE-RIOJA", "Qty": 1}]}),
        case(f, f"{a}/api/v3/addresses", headers=_h(rng, **b), body={
            "Line1": L(LINE1, ADDR), "Line2": L(LINE2, ADDR), "City": L(CITY, COARSE),
            "State": L(STATE, COARSE), "Zip": L(ZIP, COARSE), "Lat": hla, "Lng": hlo,
            "DoorCode": L(DOOR_CODE, CRED),
            "Instructions": L("Ring 4B, leave it with the doorman if I'm out", TEXT)}),
        case(f, f"{a}/api/v3/orders", headers=_h(rng, **b), body={
            "Cart": obj(rng, "cart", 10), "Slot": "2025-12-10T18:00/20:00",
            "Address": obj(rng, "adr", 8), "Total": L("84.37", BUY), "Tip": L("6.00", BUY),
            "Substitutions": "allow", "PaymentMethod": L(opaque(rng, "pm_", 24), PAY),
            "LoyaltyCard": L(LOYALTY, UID), "AgeCheck": {"Dob": L(DOB, BIRTH),
                                                         "Reason": "alcohol"}}),
        _o(rng, "", query={"include": "lines,shopper"}),
        _o(rng, "/chat", fmt="msgpack", body={
            "To": "shopper", "Text": L("Oat milk is fine instead of almond, my daughter is "
                                       "allergic to peanuts", f"{TEXT}|{MED}"),
            "Shopper": {"Lat": SHOPPER_AT[0], "Lng": SHOPPER_AT[1]}}),
        _o(rng, "/rating", fmt="form", body={
            "Stars": "5", "Tip": L("6.00", BUY),
            "Comment": L("Great swaps and the eggs were fine this time", TEXT)}),
        multipart(f, f"{a}/api/v3/receipts/scan", [
            ("image", "receipt_20251209.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"StoreHint": STORE["id"], "Rotation": 90})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/receipts/{obj(rng, 'rcp', 10)}/confirm", headers=_h(rng, **b),
             body={"ReceiptNo": L(RECEIPT["no"], BUY), "Total": L(RECEIPT["total"], BUY),
                   "CardLast4": L(RECEIPT["last4"], PAY), "Date": "2025-12-09",
                   "Store": {"Name": STORE["name"], "Line": STORE["line"],
                             "Phone": STORE["phone"]},
                   "Items": [{"Desc": "OAT MILK 1L", "Price": 3.49},
                             {"Desc": "GF SOURDOUGH", "Price": 6.99}],
                   "PointsEarned": 47}),
        case(f, f"{a}/api/v3/coupons/clip", headers=_h(rng, **b), body={
            "Offers": ["of_55120", "of_55188"], "Card": L(LOYALTY, UID)}),
        case(f, f"{a}/api/v3/referrals", headers=_h(rng, **b), body={
            "FriendName": L(PEOPLE[4][0], NAMEC), "FriendEmail": L(PEOPLE[4][2], MAIL),
            "Message": L("Free delivery on your first order!", TEXT)}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body={
            "PushToken": L(push_token(rng), DID), "DeviceId": L(INSTALL_ID, DID),
            "Locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "User": L(USER_ID, UID), "Events": [
                ev("order_placed", 1, total=L(84.37, BUY)), ev("receipt_scanned", 2),
                ev("screen", 3, screen=L("OrderTracking", USAGE))]}),
        case(f, f"{a}/api/v3/loyalty/points", headers=_h(rng, how="none"),
             cookies={"cr_session": L(opaque(rng, "", 40), CRED),
                      "cr_device": L(INSTALL_ID, DID)}),
    ]
    return cases


def crateroot_sdks() -> list[Case]:
    rng = random.Random(3542)
    return [
        sl_batch(APP, rng, [("Product Searched", {"query": L("gluten free bread", SEARCH)}),
                            ("Order Placed", {"revenue": L(84.37, BUY)})],
                 at=STORE_FIX, nd=4),
        sl_identify(APP, rng, {"zip": L(ZIP, COARSE), "loyalty_tier": "gold",
                               "household": 3}),
        aw_session(APP, rng, user=True),
        aw_event(APP, rng, "order", {"order": L(ORDER_CR, BUY), "items": 3}, revenue=84.37,
                 hashed=True),
        cl_notify(APP, rng, ("java.lang.IllegalArgumentException", "slot not available"),
                  [cl_crumb("navigation", "Cart -> Checkout"),
                   cl_crumb("user", "tap", {"target": "place_order"})], ctx="CheckoutActivity"),
        fw_eval(APP, rng, {"store": STORE["id"], "loyalty": True}),
        pf_register(APP, rng, at=(LAT, LON), nd=3, tags={"zip": L(ZIP, COARSE)}),
        pw_card(APP, rng, email=True),
        pw_confirm(APP, rng, "84.37"),
        cw_geocode(APP, rng, "350 Fifth Ave", ADDR, near=(LAT, LON), nd=3),
        cb_message(APP, rng, L("My order CR-88120-4471 was missing the eggs", f"{TEXT}|{BUY}"),
                   {"order": L(ORDER_CR, BUY), "tier": "gold"}),
        cb_attach(APP, rng, L(JPEG + b"\x42", MEDIA), "damaged_eggs.jpg", "image/jpeg"),
    ]
