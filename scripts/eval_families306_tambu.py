"""A Bhiwani tent house's booking app "Tambuwala": she rents the tent, chairs, coolers, a
generator and a cook for her parents-in-law's 40th wedding anniversary at their house in a
village by Tosham. Haryanvi keys in Latin letters: ``naam`` first name, ``kunba_naam`` surname,
``fon`` phone, ``ghar`` home address, ``shahar`` town, ``gaam`` village, ``tehsil``, ``zila``
district, ``kaaj`` family function, ``mehmaan`` guests, ``tambu`` tent, ``shamiyana`` canopy,
``kursi`` chairs, ``dari`` floor rugs, ``bartan`` utensils, ``halwai`` cook, ``pakwaan`` dishes,
``thaali`` plates, ``bayana`` advance (earnest money), ``baki`` balance, ``zamanat`` security
deposit, ``rakam`` amount, ``daam`` price, ``tarik`` date, ``sampark`` contact on the spot,
``tootfoot`` breakage, ``raay`` review, ``tohna`` search, ``baat`` message, ``rasta`` way, with
English ``otp``, ``email``, ``upi``, ``ifsc``, ``order``, ``cooler``, ``generator``,
``lat``/``lng``: an OTP log-in, the profile, ``/me``, the catalogue, a quote, the order (the
in-laws' house and its point), the advance by UPI, the cook's menu (msgpack), a photo of the
courtyard, a delivery slot, the order by number in the URL path, her live pin for the truck, a
breakage report, a review, the deposit's refund account, a search, the invoice by cookie, a
message to the owner, push and events."""

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
from eval_families306_kit import (
    HOME,
    HUSBAND,
    IN_ACCOUNT,
    IN_IFSC,
    ORDER,
    TENT_HOUSE,
    VILLAGE_AT,
    VILLAGE_HOUSE,
    VPA,
    fix,
    hd,
    push,
)
from eval_families306_sdk import (
    cp_batch,
    cp_identify,
    ht_event,
    ht_launch,
    ht_link,
    nb_bid,
    nb_notice,
    tf_crash,
    tf_crumb,
)
from eval_families306_svc import ck_upi, dp_register, gm_geocode, gm_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("tambuwala", "Tambuwala", "com.example.tambuwala", "4.0.9",
          "https://api.tambuwala.example.com")
IID = "X-Tambu-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def tambuwala() -> list[Case]:
    rng = random.Random(30661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, fon=L(E164, TEL), order=[L(ORDER, BUY)]))}
    vla, vlo = fix(VILLAGE_AT)
    order = at_path(case(f, f"{a}/v3/order/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v3/otp/bhejo", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "kism": "sms"}),
        case(f, f"{a}/v3/otp/jaanch", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "otp": L("662018", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/profile", headers=_h(rng, **b), body={
            "naam": L(FIRST, NAMEC), "kunba_naam": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "ghar": L(HOME["line"], ADDR),
            "shahar": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/saaman", headers=_h(rng, **b), query={
            "dukaan": TENT_HOUSE["id"], "kism": "tambu,kursi,cooler"}),
        case(f, f"{a}/v3/andaza", headers=_h(rng, **b), body={
            "kaaj": "saalgirah", "mehmaan": 150,
            "saaman": [{"cheez": "shamiyana 40x60", "daam": 9000},
                       {"cheez": "kursi", "ginti": 150, "daam": 12},
                       {"cheez": "cooler", "ginti": 6, "daam": 400},
                       {"cheez": "generator 15kva", "daam": 3500}]}),
        case(f, f"{a}/v3/order", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "kaaj": "saalgirah", "tarik": "2026-02-22",
            "ghar": L(VILLAGE_HOUSE["line"], ADDR), "gaam": L(VILLAGE_HOUSE["village"], COARSE),
            "tehsil": L(VILLAGE_HOUSE["tehsil"], COARSE),
            "zila": L(VILLAGE_HOUSE["district"], COARSE),
            "jagah": {"lat": vla, "lng": vlo},
            "sampark": {"naam": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL)},
            "rakam": L(26700, BUY), "dukaan": TENT_HOUSE["id"]}),
        case(f, f"{a}/v3/bayana", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "bayana": L("10000", BUY), "upi": L(VPA, PAY),
            "ref": rid(rng)}),
        case(f, f"{a}/v3/halwai", fmt="msgpack", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "thaali": 150,
            "pakwaan": ["kadhi pakoda", "bajre ki khichdi", "churma", "jalebi"],
            "rakam": L(33000, BUY)}),
        multipart(f, f"{a}/v3/order/{ORDER}/tasveer", [
            ("tasveer", "aangan.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"lat": L(round(VILLAGE_AT[0], 5), PRECISE),
                                                "lng": L(round(VILLAGE_AT[1], 5), PRECISE),
                                                "lambai_ft": 60, "chaudai_ft": 45})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/delivery/slot", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "tarik": "2026-02-21", "samay": "14-17"}),
        order,
        case(f, f"{a}/v3/rasta", headers=_h(rng, **b), query={
            "order": L(ORDER, BUY), "pin": L(f"{VILLAGE_AT[0]:.5f},{VILLAGE_AT[1]:.5f}",
                                             PRECISE)}),
        case(f, f"{a}/v3/tootfoot", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY),
            "baat": L("Do kursi tooti aayi aur ek cooler ka pankha na chale", TEXT)}),
        case(f, f"{a}/v3/raay", fmt="form", headers=_h(rng, **b), body={
            "dukaan": TENT_HOUSE["id"], "taare": "4",
            "raay": L("Shamiyana badhiya tha, churma ghana swaad, generator der se aaya", TEXT)}),
        case(f, f"{a}/v3/zamanat/wapsi", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "khatedaar": L(f"{FIRST} {LAST}", NAMEC),
            "khata": L(IN_ACCOUNT, PAY), "ifsc": IN_IFSC, "rakam": L(5000, BUY)}),
        case(f, f"{a}/v3/tohna", headers=_h(rng, **b), query={
            "q": L("cooler kiraya Tosham 6 din", SEARCH)}),
        case(f, f"{a}/v3/bill", headers=_h(rng, how="none"), cookies={
            "tw_sess": L(opaque(rng, "", 40), CRED), "tw_dev": L(INSTALL_ID, DID),
            "tw_order": L(ORDER, BUY)}),
        case(f, f"{a}/v3/baat", headers=_h(rng, **b), body={
            "kisko": TENT_HOUSE["id"],
            "baat": L("Truck aale ne kahiyo gaam mein pahunch ke +1 555 010 0199 pe fon kare",
                      f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/v3/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, rakam=L(26700, BUY)),
                ev("screen", 2, screen=L("MeraOrder", USAGE))]}),
    ]


def tambuwala_sdks() -> list[Case]:
    rng = random.Random(30662)
    link = U("https://tambuwala.example.com/o", {"order": L(ORDER, BUY), "src": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        cp_batch(APP, rng, [("Order Placed", {"rakam": L(26700, BUY)}),
                            ("Advance Paid", {"bayana": L(10000, BUY)})],
                 at=VILLAGE_AT, nd=3, locale="hi_IN"),
        cp_identify(APP, rng, {"shahar": L("Rohtak", COARSE), "orders": 1}),
        ht_launch(APP, rng, first=True),
        ht_link(APP, rng, link),
        ht_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=26700.0,
                 currency="INR", hashed=True),
        nb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=VILLAGE_AT, nd=2,
               keywords="wedding,tent,catering"),
        nb_notice(APP, rng, "win"),
        tf_crash(APP, rng, ("java.lang.IllegalArgumentException", "slot full"),
                 [tf_crumb("nav", "Order -> Delivery")], screen="DeliveryActivity"),
        dp_register(APP, rng, lang="hi", tags={"dukaan": TENT_HOUSE["id"]}),
        ck_upi(APP, rng, "10000.00", L(VPA, PAY)),
        gm_geocode(APP, rng, f"{VILLAGE_HOUSE['line']}, {VILLAGE_HOUSE['village']}, Tosham",
                   ADDR),
        gm_reverse(APP, rng, VILLAGE_AT, PRECISE, nd=5),
    ]
