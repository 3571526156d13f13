"""A sweet and farsan shop's festival pre-order app "Ghariwala" (a Bhagal mithaighar: ghari for
Chandani Padvo, Diwali boxes sent to relatives, farsan by the kilo). Its API's keys are Gujarati
in Latin letters, snake_case, with the loans the shop's developer kept (``order``, ``coupon``,
``otp``, ``token``): ``grahak`` customer, ``naam`` name, ``atak`` surname, ``mobile``,
``saranamu`` address, ``vistar`` area, ``pin_kod``, ``mithai`` sweets, ``vastu`` items, ``kilo``,
``nang`` pieces, ``kimat`` price, ``kul`` total, ``pahonchad`` delivery, ``upadvu`` pick-up,
``bhet`` gift, ``prapt_karta`` recipient, ``sandesh`` message, ``tarikh`` date, ``samay`` time
slot, ``chukavani`` payment, ``gun`` points, ``abhipray`` review, ``fariyad`` complaint,
``shodh`` search, ``sthal``/``aksh``/``rekh`` place and coordinates, ``radd`` cancel. Sign-up,
the OTP, ``/maru``, the catalogue, a search, the Chandani Padvo pre-order, its UPI payment,
Diwali boxes to her mother-in-law and her husband's aunt (gzip), the order by number in the
path, the delivery pin at her door, a pick-up at the shop with her fix, the cart (msgpack),
history by cookie, points (base64 JSON cookie), a complaint with a photo, a review, a
cancellation, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families262_kit import (
    HOME,
    HOME_AT,
    MOTHER_IL,
    ORDER,
    SHOP,
    SHOP_FIX,
    VPA,
    fix,
    hd,
    obj,
    upkaran,
)
from eval_families262_sdk import (
    bk_bid,
    cf_crash,
    cf_crumb,
    md_batch,
    md_pixel,
    tt_event,
    tt_launch,
)
from eval_families262_svc import (
    fj_eval,
    ht_message,
    mp_geocode,
    pc_card,
    pc_confirm,
    pu_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ghariwala", "Ghariwala", "com.example.ghariwala", "3.1.0",
          "https://api.ghariwala.example.com")
IID = "X-Ghari-Upkaran"
CUSTOMER = "GW-C-55102"  # her customer number (id.user)
GIFT_ORDER = "GH-2510-34022"  # the Diwali gift boxes (financial.purchase)
AUNT = ("Dinaz Mistry", "+919879512260", "14 Parsi Sheri, Rander Road", "395005")  # his aunt


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, gu=True, **kw)


def ghariwala() -> list[Case]:
    rng = random.Random(26241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grahak=L(CUSTOMER, UID), mobile=L(E164, TEL),
                                    email=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT, 5)
    sla, slo = fix(SHOP_FIX)
    status = at_path(case(f, f"{a}/v1/order/{ORDER}/sthiti", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/grahak", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "atak": L(LAST, NAMEC), "mobile": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "saranamu": L(HOME["line"], ADDR),
            "vistar": L(HOME["area"], COARSE), "pin_kod": L(HOME["pin"], COARSE),
            "grahak_no": L(CUSTOMER, UID), "whatsapp_sammati": True}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "otp": L("391806", CRED)}),
        case(f, f"{a}/v1/maru", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/mithai", headers=_h(rng, **b), query={
            "dukan": SHOP["id"], "tahevar": "chandani_padvo"}),
        case(f, f"{a}/v1/shodh", headers=_h(rng, **b), query={
            "shodh": L("sugar free ghari kesar pista", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/order", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "grahak_no": L(CUSTOMER, UID),
            "vastu": [{"sku": "ghari_kesar_pista", "kilo": 2, "kimat": 1480},
                      {"sku": "bhusu", "kilo": 1, "kimat": 360},
                      {"sku": "ghari_sugar_free", "kilo": 0.5, "kimat": 420}],
            "kul": L(3260, BUY), "upadvu": {"tarikh": "2025-10-06", "samay": "10-12"},
            "sandesh": L("Sugar free ghari alag dabba ma, sasu ne diabetes che", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/chukavani", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "rakam": L("3260.00", BUY), "rit": "upi",
            "upi_id": L(VPA, PAY), "txn": opaque(rng, "T", 20)}),
        case(f, f"{a}/v1/bhet/dabba", gz=True, headers=_h(rng, **b), body={
            "order": L(GIFT_ORDER, BUY), "tahevar": "diwali",
            "prapt_karta": [
                {"naam": L(MOTHER_IL[0], NAMEC), "mobile": L(MOTHER_IL[1], TEL),
                 "saranamu": L("Parsiwad, Tarota Bazar", ADDR), "shaher": L("Navsari", COARSE),
                 "pin_kod": L("396445", COARSE), "dabbo": "kaju_katri_1kg",
                 "sandesh": L("Saal Mubarak mummy! Jane, Kaizad ane Anahita", TEXT)},
                {"naam": L(AUNT[0], NAMEC), "mobile": L(AUNT[1], TEL),
                 "saranamu": L(AUNT[2], ADDR), "shaher": L("Surat", COARSE),
                 "pin_kod": L(AUNT[3], COARSE), "dabbo": "mix_mithai_500g",
                 "sandesh": L("Happy Diwali Dinaz aunty", TEXT)}],
            "kul": L(2140, BUY), "pahonchad_tarikh": "2025-10-19"}),
        status,
        case(f, f"{a}/v1/pahonchad/pin", headers=_h(rng, **b), body={
            "order": L(GIFT_ORDER, BUY), "saranamu": L(HOME["line"], ADDR),
            "sthal": {"aksh": hla, "rekh": hlo}, "floor": 7, "lift": True}),
        case(f, f"{a}/v1/upadvu/aavi_gai", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "sthal": {"aksh": sla, "rekh": slo},
            "dukan": {"id": SHOP["id"], "aksh": SHOP["lat"], "rekh": SHOP["lon"],
                      "phone": SHOP["phone"]}, "counter": "c2"}),
        case(f, f"{a}/v1/cart", fmt="msgpack", headers=_h(rng, **b), body={
            "grahak_no": L(CUSTOMER, UID), "vastu": [
                {"sku": "surti_locho_mix", "nang": 2, "kimat": 120},
                {"sku": "khaman", "kilo": 0.5, "kimat": 160}],
            "coupon": "DIWALI10", "cart_id": obj(rng, "ct")}),
        case(f, f"{a}/v1/order/itihas", headers=_h(rng, how="none"), cookies={
            "gw_sess": L(opaque(rng, "", 40), CRED), "gw_upkaran": L(INSTALL_ID, DID),
            "gw_req": rid(rng)}),
        case(f, f"{a}/v1/gun", headers=_h(rng, **b), cookies={
            "gw_gun": W({"grahak_no": L(CUSTOMER, UID), "gun": 420, "star": "chandi"},
                        "b64json")}),
        multipart(f, f"{a}/v1/fariyad", [
            ("photo", "tutelo_dabbo.jpg", "image/jpeg", L(JPEG + b"\x75", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(GIFT_ORDER, BUY),
                "fariyad": L("Navsari vala dabba nu dhankan tutelu hatu, kaju katri bhukko thai "
                             "gai", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/abhipray", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "tara": "5",
            "abhipray": L("Ghari ekdam taji, pista vadhare joie", TEXT)}),
        case(f, f"{a}/v1/order/radd", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "sku": "bhusu", "karan": L("Bhusu ghare banavyu", TEXT)}),
        case(f, f"{a}/v1/upkaran", headers=_h(rng, **b), body=upkaran(push_token(rng))),
        case(f, f"{a}/v1/ghatna", headers=_h(rng, **b), body={
            "upyogkarta": L(USER_ID, UID), "ghatnao": [
                ev("preorder", 1, kul=L(3260, BUY)), ev("screen", 2, screen=L("Bhet", USAGE))]}),
    ]


def ghariwala_sdks() -> list[Case]:
    rng = random.Random(26242)
    return [
        md_batch(APP, rng, [("Order Placed", {"total": L(3260, BUY)}),
                            ("Gift Boxes Sent", {"boxes": 2})], at=SHOP_FIX, nd=2),
        md_pixel(APP, rng, "Menu Opened", {"tahevar": "chandani_padvo"}),
        tt_launch(APP, rng, user=True),
        tt_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=3260.0, currency="INR",
                 hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="sweets,diwali,gifts"),
        cf_crash(APP, rng, ("java.lang.NumberFormatException", "kilo: 0,5"),
                 [cf_crumb("nav", "Cart -> Checkout"), cf_crumb("tap", "pay_upi")],
                 screen="CheckoutActivity"),
        fj_eval(APP, rng, {"dukan": SHOP["id"], "shaher": L("Surat", COARSE)}, hdr=True),
        pu_register(APP, rng, lang="gu", tags={"tahevar": "diwali"}),
        pc_card(APP, rng),
        pc_confirm(APP, rng, "2140.00", "inr"),
        mp_geocode(APP, rng, HOME["line"] + ", Adajan", ADDR, near=HOME_AT, nd=2),
        ht_message(APP, rng, L(f"Order {GIFT_ORDER} no ek dabbo tutelo aavyo", f"{TEXT}|{BUY}"),
                   {"grahak_no": L(CUSTOMER, UID)}),
    ]

