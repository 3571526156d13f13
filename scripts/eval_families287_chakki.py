"""Neighbourhood flour-mill app "Chakkighar" (the Lalbagh atta chakki grinds a household's own
grain, collects it from the door and brings the flour back; keys Maithili in Latin letters:
``grahak`` customer, ``naam`` name, ``mobail`` mobile, ``pata`` street line, ``tola``
neighbourhood, ``nagar`` town, ``jila`` district, ``anaaj`` grain (``gahum`` wheat, ``makai``
maize, ``chana`` gram), ``bhaar_kg`` weight, ``pisaai`` grinding (``mahin`` fine), ``dar`` rate,
``kul`` total, ``aadesh`` order, ``tippani`` remark, ``uthaav`` pick-up, ``pahunchaai`` delivery,
``khep`` slot, ``sthiti`` status, ``tokri`` basket, ``mulyankan`` rating, ``shikayat``
complaint, ``masik`` monthly plan, ``hapta`` week, ``mitra`` friend, ``satyapan`` verification,
``rasid`` receipt, mixed with ``otp``, ``upi``, ``lat``/``lng``, ``refresh_token``): sign-up
with her US number typed nationally, an SMS code, ``/hamar``, the rate list, a grinding order (a
remark about her mother-in-law's diabetes), the pick-up with her fix at the door, the UPI
payment, the order's status by number in the path, a delivery slot, a basket of sattu and
mustard oil (msgpack), a search, a rating, a complaint, a weekly plan, the receipt by cookie, her
mother-in-law's address as a second drop, a referral, an address check (base64 JSON in a form
field), push, events and a log-out. Grocery and bakery apps of earlier sets sell flour; a mill
that grinds the customer's own grain matched nothing ("chakki", "flour mill")."""

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
    MED,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families287_kit import (
    HOME,
    HOME_AT,
    MILL,
    MILL_CUSTOMER,
    MOTHER_IL,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families287_sdk import (
    hb_bid,
    hb_notice,
    lj_batch,
    sp_event,
    sp_launch,
    tp_crash,
    tp_crumb,
)
from eval_families287_svc import gb_register, mb_message, ng_reverse, tk_upi
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("chakkighar", "Chakkighar", "com.example.chakkighar", "1.3.5",
          "https://api.chakkighar.example.com")
IID = "X-Chakki-Yantra"
ORDER = "CK-A-77120"  # a grinding order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mai=True, **kw)


def chakkighar() -> list[Case]:
    rng = random.Random(28751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grahak=L(MILL_CUSTOMER, UID), mobail=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT, 5)
    status = at_path(case(f, f"{a}/api/aadesh/{ORDER}/sthiti", headers=_h(rng, **b)),
                     ORDER, BUY)
    return [
        case(f, f"{a}/api/grahak", headers=_h(rng), body={
            "naam": L(f"{FIRST} {LAST}", NAMEC), "mobail": L(NATIONAL, TEL),
            "pata": L(HOME["line"], ADDR), "tola": L(HOME["tola"], COARSE),
            "pin": L(HOME["pin"], COARSE), "grahak": L(MILL_CUSTOMER, UID),
            "chakki": MILL["id"]}),
        case(f, f"{a}/api/otp/jaanch", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("247730", CRED)}),
        case(f, f"{a}/api/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/dar", headers=_h(rng, **b), query={"chakki": MILL["id"]}),
        case(f, f"{a}/api/aadesh", headers=_h(rng, **b), body={
            "chakki": MILL["id"], "aadesh": L(ORDER, BUY),
            "anaaj": [{"prakar": "gahum", "bhaar_kg": 10, "dar": 4},
                      {"prakar": "makai", "bhaar_kg": 2, "dar": 5},
                      {"prakar": "chana", "bhaar_kg": 3, "dar": 6}],
            "pisaai": "mahin", "kul": L(68, BUY),
            "tippani": L("Sasu ke sugar chhainh, multigrain me chaur nai milabu",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/uthaav", headers=_h(rng, **b), body={
            "aadesh": L(ORDER, BUY), "pata": L(HOME["line"], ADDR),
            "thaam": {"lat": hla, "lng": hlo}, "khep": "bhor_7_9",
            "chakki_thaam": {"lat": MILL["lat"], "lng": MILL["lon"]}}),
        case(f, f"{a}/api/bhugtaan", fmt="form", headers=_h(rng, **b), body={
            "aadesh": L(ORDER, BUY), "rashi": L("68.00", BUY), "upi": L(UPI, PAY),
            "sandarbh": rid(rng)}),
        status,
        case(f, f"{a}/api/pahunchaai/khep", fmt="form", headers=_h(rng, **b), body={
            "aadesh": L(ORDER, BUY), "khep": obj(rng, "kp"), "din": "2026-01-17"}),
        case(f, f"{a}/api/tokri", fmt="msgpack", headers=_h(rng, **b), body={
            "grahak": L(MILL_CUSTOMER, UID),
            "vastu": [{"sku": "sattu_chana_1kg", "daam": 140, "sankhya": 2},
                      {"sku": "tel_sarson_kachchi_1l", "daam": 185, "sankhya": 1}],
            "kul": L(465, BUY)}),
        case(f, f"{a}/api/khoj", headers=_h(rng, **b), query={
            "khoj": L("chana sattu 1 kg", SEARCH)}),
        case(f, f"{a}/api/mulyankan", fmt="form", headers=_h(rng, **b), body={
            "aadesh": L(ORDER, BUY), "tara": "4",
            "tippani": L("Aata mahin chhal, muda pahunchaai ek ghanta der sa", TEXT)}),
        case(f, f"{a}/api/shikayat", headers=_h(rng, **b), body={
            "aadesh": L(ORDER, BUY), "prakar": "gunvatta",
            "tippani": L("Makai ke aata me kankar bhetal, badli kay diyau", TEXT)}),
        case(f, f"{a}/api/masik", headers=_h(rng, **b), body={
            "grahak": L(MILL_CUSTOMER, UID), "hapta": ["shani"], "gahum_kg": 5,
            "rashi_maas": L(80, BUY), "san": "2026-02-01"}),
        case(f, f"{a}/api/rasid", headers=_h(rng, how="none"), cookies={
            "ck_satra": L(opaque(rng, "", 40), CRED), "ck_yantra": L(INSTALL_ID, DID),
            "ck_req": rid(rng)}),
        case(f, f"{a}/api/pata/naya", headers=_h(rng, **b), body={
            "naam": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL),
            "pata": L("Gandhi Chowk, near Rajnagar Palace gate", ADDR),
            "nagar": L("Rajnagar", COARSE), "jila": L("Madhubani", COARSE),
            "pin": L("847235", COARSE)}),
        case(f, f"{a}/api/mitra", headers=_h(rng, **b), body={
            "mitra": {"naam": L("Sunita Karn", NAMEC), "mobail": L("+919801127745", TEL)},
            "grahak": L(MILL_CUSTOMER, UID)}),
        case(f, f"{a}/api/pata/satyapan", fmt="form", headers=_h(rng, **b), body={
            "data": W({"pata": L(HOME["line"], ADDR),
                       "lat": L(round(HOME_AT[0], 4), PRECISE),
                       "lng": L(round(HOME_AT[1], 4), PRECISE)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/yantra", headers=_h(rng, **b), body=push(push_token(rng), "mai_IN")),
        case(f, f"{a}/api/ghatna", gz=True, headers=_h(rng, **b), body={
            "upyogkarta": L(USER_ID, UID), "ghatna": [
                ev("aadesh", 1, kul=L(68, BUY)), ev("parda", 2, parda=L("Tokri", USAGE))]}),
        case(f, f"{a}/api/nikas", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantra": L(INSTALL_ID, DID)}),
    ]


def chakkighar_sdks() -> list[Case]:
    rng = random.Random(28752)
    return [
        lj_batch(APP, rng, [("Order Placed", {"total": L(68, BUY)}),
                            ("Pickup Scheduled", {"slot": "bhor_7_9"})],
                 at=HOME_AT, nd=3),
        sp_launch(APP, rng),
        sp_event(APP, rng, "purchase", {"aadesh": L(ORDER, BUY)}, revenue=68.0, hashed=True),
        hb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="atta,grocery,sattu"),
        hb_notice(APP, rng, "win"),
        tp_crash(APP, rng, ("java.net.UnknownHostException", "api.chakkighar.example.com"),
                 [tp_crumb("nav", "Aadesh -> Bhugtaan")], screen="BhugtaanActivity"),
        gb_register(APP, rng, lang="mai", at=HOME_AT, nd=2, tags={"tola": L("Lalbagh", COARSE)}),
        tk_upi(APP, rng, "68.00", L(UPI, PAY)),
        ng_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        mb_message(APP, rng, L(f"Aadesh {ORDER} ke aata abhi dhari nai aayal", f"{TEXT}|{BUY}"),
                   {"grahak": L(MILL_CUSTOMER, UID)}),
    ]
