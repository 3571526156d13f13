"""A Kalimpong cactus and succulent nursery's shop app "Kaktusli" (``li`` house: "cactus house";
its API's keys are Lepcha in Latin letters with Nepali loans and the English words shops keep:
``abryang`` name, ``ptso`` surname, ``fon`` phone, ``sangket`` password, ``li`` house (street
line), ``sahar`` town, ``kyong`` village, ``rakam`` amount, ``bhuktani`` payment, ``paune``
recipient (Nepali), ``buta`` plant (Nepali), ``faat`` soil, ``ong`` water, ``khoj`` search,
``ring`` message, ``tara`` stars): sign-up, an SMS code, ``/gosa``, the catalogue, a search, the
cart, an order with a plant sent to her mother-in-law in Dzongu, a UPI payment, tracking by
order number in the path, a photo of a rotting cactus for the nursery's plant doctor, a watering
schedule, the pick-up at the nursery, a wish list (msgpack), points by a base64 JSON cookie, a
review, a grafting workshop for her and her daughter, her address pinned, a return, push,
events and a token refresh. No earlier set sells cacti or succulents (a file-name and docstring
grep: "succulent" matched nothing, "cactus" one kit's place; set 242 has a plant nursery and
set 256 an orchid app: this is a cactus grower's shop with a plant doctor)."""

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
from eval_families24_kit import claims, rid
from eval_families308_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    MOTHER_IL,
    NURSERY,
    NURSERY_CARD,
    NURSERY_FIX,
    NURSERY_ORDER,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families308_sdk import (
    bk_bid,
    bk_notice,
    cr_crash,
    cr_crumb,
    ta_batch,
    ta_identify,
    ta_pixel,
    tr_event,
    tr_launch,
)
from eval_families308_svc import (
    cm_save,
    co_card,
    co_confirm,
    fd_eval,
    mt_geocode,
    pr_register,
)
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, W, case

APP = App("kaktusli", "Kaktusli", "com.example.kaktusli", "3.4.0",
          "https://api.kaktusli.example.net")
IID = "X-Kaktusli-Install"
PW = "Echeveria#8thMile"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kaktusli() -> list[Case]:
    rng = random.Random(30821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    customer=L(NURSERY_CARD, UID), tier="gold"))}
    nla, nlo = fix(NURSERY_FIX, 5)
    track = at_path(case(f, f"{a}/v2/orders/{NURSERY_ORDER}/track", headers=_h(rng, **b)),
                    NURSERY_ORDER, BUY)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "abryang": L(FIRST, NAMEC), "ptso": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "fon": L(PHONE, TEL), "sangket": L(PW, CRED), "customer": L(NURSERY_CARD, UID),
            "sahar": L(HOME["town"], COARSE), "newsletter": False}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "otp": L("319027", CRED)}),
        case(f, f"{a}/v2/gosa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/catalogue", headers=_h(rng, **b), query={
            "kind": "succulent", "page": "1", "sort": "new"}),
        case(f, f"{a}/v2/khoj", headers=_h(rng, **b), query={
            "khoj": L("grafted moon cactus red", SEARCH), "stock": "1"}),
        case(f, f"{a}/v2/cart", headers=_h(rng, **b), body={
            "customer": L(NURSERY_CARD, UID),
            "items": [{"sku": "GYM-MIH-RED", "buta": "Gymnocalycium mihanovichii", "qty": 2,
                       "mol": 180},
                      {"sku": "ECH-ELG-10", "buta": "Echeveria elegans", "qty": 3, "mol": 120},
                      {"sku": "FAAT-MIX-5", "buta": "faat: cactus mix 5 kg", "qty": 1,
                       "mol": 220}],
            "cart_id": obj(rng, "ct")}),
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "order": L(NURSERY_ORDER, BUY), "rakam": L(1140, BUY), "customer": L(NURSERY_CARD,
                                                                                  UID),
            "delivery": {"li": L(HOME["line"], ADDR), "sahar": L(HOME["town"], COARSE),
                         "pin": L(HOME["pin"], COARSE), "fon": L(E164, TEL)},
            "gift": {"paune": L(MOTHER_IL[0], NAMEC), "fon": L(MOTHER_IL[1], TEL),
                     "kyong": L("Lingthem", COARSE), "buta": "Aloe vera, 2 pots"},
            "ring": L("If nobody is home leave it with the Pradhans in flat 2", TEXT)}),
        case(f, f"{a}/v2/payments/upi", headers=_h(rng, **b), body={
            "order": L(NURSERY_ORDER, BUY), "rakam": L("1140.00", BUY), "mudra": "INR",
            "vpa": L(VPA, PAY), "txn": rid(rng)}),
        track,
        multipart(f, f"{a}/v2/plantdoctor", [
            ("photo", "rot_base.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {
                "buta": "Astrophytum asterias",
                "ring": L("Soft brown spot at the base since the monsoon, too much ong?", TEXT),
                "case": obj(rng, "pd")})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/care/schedule", headers=_h(rng, **b), body={
            "customer": L(NURSERY_CARD, UID), "ong_din": ["sat"], "ghanta": "07:30",
            "plants": ["GYM-MIH-RED", "ECH-ELG-10"], "tz": L("Asia/Kolkata", DEV)}),
        case(f, f"{a}/v2/pickup/checkin", headers=_h(rng, **b), body={
            "order": L(NURSERY_ORDER, BUY), "at": {"lat": nla, "lng": nlo},
            "nursery": {"id": NURSERY["id"], "lat": NURSERY["lat"], "lng": NURSERY["lon"],
                        "fon": NURSERY["phone"]}}),
        case(f, f"{a}/v2/wishlist", fmt="msgpack", headers=_h(rng, **b), body={
            "customer": L(NURSERY_CARD, UID),
            "items": ["ARI-FIS-01", "LIT-KAR-05", "HAW-ATT-02"], "rev": 7}),
        case(f, f"{a}/v2/points", headers=_h(rng, how="none"), cookies={
            "kt_sid": L(opaque(rng, "", 40), CRED),
            "kt_me": W({"customer": L(NURSERY_CARD, UID), "sahar": L("Kalimpong", COARSE),
                        "lang": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/v2/reviews", fmt="form", headers=_h(rng, **b), body={
            "sku": "ECH-ELG-10", "tara": "5",
            "ring": L("Healthy rosettes, packed in newspaper and dry faat, none broken", TEXT)}),
        case(f, f"{a}/v2/workshops/book", headers=_h(rng, **b), body={
            "workshop": "ws_grafting_feb", "seats": 2,
            "participants": [L(f"{FIRST} {LAST}", NAMEC), L(KID, NAMEC)],
            "rakam": L(600, BUY), "customer": L(NURSERY_CARD, UID)}),
        case(f, f"{a}/v2/address/pin", headers=_h(rng, **b), body={
            "li": L(HOME["line"], ADDR), "lat": L(round(HOME_AT[0], 4), PRECISE),
            "lng": L(round(HOME_AT[1], 4), PRECISE), "landmark": "near Dr. Graham's Homes gate"}),
        case(f, f"{a}/v2/returns", headers=_h(rng, **b), body={
            "order": L(NURSERY_ORDER, BUY), "sku": "GYM-MIH-RED",
            "ring": L("One graft arrived snapped from the stock", TEXT), "refund": L(180, BUY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("add_to_cart", 1, sku="GYM-MIH-RED"), ev("purchase", 2, rakam=L(1140, BUY)),
                ev("screen", 3, screen=L("PlantDoctor", USAGE))]}),
        case(f, f"{a}/v2/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kaktusli_sdks() -> list[Case]:
    rng = random.Random(30822)
    return [
        ta_batch(APP, rng, [("Product Viewed", {"sku": "GYM-MIH-RED"}),
                            ("Order Completed", {"total": L(1140, BUY)})],
                 at=NURSERY_FIX, nd=3),
        ta_identify(APP, rng, {"sahar": L("Kalimpong", COARSE),
                               "customer": L(NURSERY_CARD, UID), "tier": "gold"}),
        ta_pixel(APP, rng, "Catalogue Opened", {"kind": "succulent"}),
        tr_launch(APP, rng, user=True),
        tr_event(APP, rng, "purchase", {"order": L(NURSERY_ORDER, BUY)}, revenue=1140.0),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="plants,garden,cactus"),
        bk_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "camera busy"),
                 [cr_crumb("nav", "Order -> PlantDoctor"), cr_crumb("tap", "take_photo")],
                 screen="PlantDoctorActivity"),
        fd_eval(APP, rng, {"tier": "gold", "sahar": L("Kalimpong", COARSE)}),
        pr_register(APP, rng, at=HOME_AT, nd=2, tags={"favourite": "echeveria"}),
        cm_save(APP, rng, {"analytics": True, "marketing": True}),
        co_card(APP, rng),
        co_confirm(APP, rng, "600.00"),
        mt_geocode(APP, rng, "Kaktusli Nursery 8th Mile", SEARCH, near=HOME_AT, nd=2),
    ]
