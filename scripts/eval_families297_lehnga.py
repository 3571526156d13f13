"""A wedding-wear rental shop's app "Shingaar" (a Raghunath Bazaar shop rents lehngas, suits and
jewellery sets for weddings; she rents a lehnga for her husband's cousin's wedding in February).
Its API's keys are Dogri in Latin letters with English: ``naa`` name, ``mobail`` mobile,
``gupt_shabad`` password, ``shehar`` town, ``naap`` measurements, ``chhati`` bust, ``kamar``
waist, ``kulhe`` hips, ``lambai`` height, ``baanh`` sleeve, ``pehrawa`` outfit, ``kiraya``
rent, ``amaanat`` deposit, ``byah`` wedding, ``tarik`` date, ``vela`` time, ``thaan`` place,
``pata`` address, ``pin`` post code, ``badlav`` alterations, ``wapsi`` return, ``nuksan``
damage, ``raay`` review, ``taare`` stars, ``tasveer`` photo, ``pasand`` wishlist, ``sneha``
message, ``khoj`` search. Sign-up, a log-in, ``/mera``, an outfit search, an outfit's page, her
measurements, a try-on slot, the check-in at the shop, a try-on photo, the rental, its payment
by UPI, delivery and pick-up (her address, her husband as second contact), the order by number in
the path, alterations (msgpack), a jewellery set, the return from her house, a damage note with a
photo, the deposit refund, a review, a wishlist shared with her sister, push and events."""

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
    EMAIL_UPPER,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families297_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    RENTAL,
    SHOP,
    SHOP_FIX,
    SISTER_US,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families297_sdk import (
    bt_bid,
    bt_notice,
    ct_session,
    mk_batch,
    mk_identify,
    tr_event,
    tr_launch,
    tr_link,
)
from eval_families297_svc import cr_card, cr_confirm, ms_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("shingaar", "Shingaar", "com.example.shingaar", "2.8.5",
          "https://api.shingaar.example.net")
IID = "X-Shingaar-Install"
PW = "Lehnga@Feb14"
FIT = "health.fitness"
SKU = "lh_maroon_0412"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def shingaar() -> list[Case]:
    rng = random.Random(29771)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mobail=L(E164, TEL)))}
    sla, slo = fix(SHOP_FIX, 5)
    order = at_path(case(f, f"{a}/v1/order/{RENTAL}", headers=_h(rng, **b)), RENTAL, BUY)
    return [
        case(f, f"{a}/v1/khata", headers=_h(rng), body={
            "naa": L(f"{FIRST} {LAST}", NAMEC), "mobail": L(E164, TEL), "email": L(EMAIL, MAIL),
            "gupt_shabad": L(PW, CRED), "shehar": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "gupt_shabad": L(PW, CRED)}),
        case(f, f"{a}/v1/mera", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pehrawe", headers=_h(rng, **b), query={
            "khoj": L("maroon lehnga dogri kadhai kiraya 5000 tak", SEARCH), "naap": "M",
            "byah_tarik": "2026-02-14"}),
        case(f, f"{a}/v1/pehrawa/{SKU}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/naap", headers=_h(rng, **b), body={
            "chhati": L(92, FIT), "kamar": L(76, FIT), "kulhe": L(100, FIT),
            "lambai": L(165, FIT), "baanh": L(56, FIT),
            "note": L("Blouse with half sleeves please, not backless", TEXT)}),
        case(f, f"{a}/v1/trial", fmt="form", headers=_h(rng, **b), body={
            "sku": SKU, "tarik": "2026-01-31", "vela": "16:00", "shop": SHOP["id"]}),
        case(f, f"{a}/v1/trial/checkin", headers=_h(rng, **b), body={
            "thaan": {"lat": sla, "lng": slo},
            "shop": {"id": SHOP["id"], "lat": SHOP["lat"], "lng": SHOP["lon"]},
            "trial": obj(rng, "tr")}),
        multipart(f, f"{a}/v1/trial/tasveer", [
            ("tasveer", "trial_maroon.jpg", "image/jpeg", L(JPEG + b"\x3a", MEDIA)),
            ("meta", None, "application/json", {"sku": SKU, "pasand": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kiraya", headers=_h(rng, **b), body={
            "sku": SKU, "order": L(RENTAL, BUY), "byah_tarik": "2026-02-14",
            "lena": "2026-02-12", "wapsi": "2026-02-16", "kiraya": L(4500, BUY),
            "amaanat": L(10000, BUY),
            "byah": {"thaan": "Jamwal family function, Kathua", "kis_da": "husband's cousin"}}),
        case(f, f"{a}/v1/adaigi", fmt="form", headers=_h(rng, **b), body={
            "order": L(RENTAL, BUY), "rakam": L("14500.00", BUY), "tarika": "upi",
            "upi_id": L(UPI, PAY)}),
        case(f, f"{a}/v1/delivery", headers=_h(rng, **b), body={
            "order": L(RENTAL, BUY), "pata": L(HOME["line"], ADDR),
            "shehar": L(HOME["town"], COARSE), "pin": L(HOME["pin"], COARSE),
            "mobail": L(E164, TEL),
            "doosra": {"naa": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)}}),
        order,
        case(f, f"{a}/v1/badlav", fmt="msgpack", headers=_h(rng, **b), body={
            "order": L(RENTAL, BUY), "badlav": ["blouse_fit", "hem_2cm"],
            "kamar": L(78, FIT), "rakam": L(350, BUY)}),
        case(f, f"{a}/v1/jewellery", headers=_h(rng, **b), body={
            "order": L(RENTAL, BUY), "set": "jw_kundan_07", "kiraya": L(1200, BUY)}),
        case(f, f"{a}/v1/wapsi", headers=_h(rng, **b), body={
            "order": L(RENTAL, BUY), "tarik": "2026-02-16", "vela": "11:00",
            "thaan": {"lat": L(round(HOME_AT[0], 5), PRECISE),
                      "lng": L(round(HOME_AT[1], 5), PRECISE)}}),
        multipart(f, f"{a}/v1/nuksan", [
            ("tasveer", "dupatta.jpg", "image/jpeg", L(JPEG + b"\x3b", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(RENTAL, BUY),
                "text": L("Dupatte par haldi da chhota jeha daag, maafi", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/amaanat/wapsi", fmt="form", headers=_h(rng, **b), body={
            "order": L(RENTAL, BUY), "rakam": L("9500", BUY), "upi_id": L(UPI, PAY),
            "katauti": "500"}),
        case(f, f"{a}/v1/raay", headers=_h(rng, **b), body={
            "shop": SHOP["id"], "taare": 4,
            "raay": L("Lehnga bahut sohna, fitting theek. Daag aaste 500 katt gaye.", TEXT)}),
        case(f, f"{a}/v1/pasand/share", headers=_h(rng, **b), body={
            "list": obj(rng, "wl"),
            "naal": {"naa": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "sneha": L("Emily, which one for the mehndi night?", TEXT)}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rental_booked", 1, kul=L(14500, BUY)),
                ev("screen", 2, screen=L("MeriOrder", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def shingaar_sdks() -> list[Case]:
    rng = random.Random(29772)
    link = U("https://shingaar.example.net/o", {"order": L(RENTAL, BUY), "src": "sms",
                                               "em": L(EMAIL, MAIL)})
    return [
        mk_batch(APP, rng, [("Rental Booked", {"total": L(14500, BUY)}),
                            ("Trial Booked", {"shop": SHOP["id"]})], at=SHOP_FIX, nd=3),
        mk_identify(APP, rng, {"city": L("Jammu", COARSE), "size": L("M", FIT)}),
        tr_launch(APP, rng, first=True),
        tr_link(APP, rng, link),
        tr_event(APP, rng, "purchase", {"order": L(RENTAL, BUY)}, revenue=14500.0,
                 currency="INR", hashed=True),
        bt_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=SHOP_FIX, nd=3, yob=1991,
               gender="F", keywords="wedding,lehnga,jewellery"),
        bt_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=930),
        cr_card(APP, rng),
        cr_confirm(APP, rng, "14500.00"),
        ms_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
