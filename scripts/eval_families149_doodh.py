"""Kaski dairy's doorstep milk-subscription app "Doodhwala" (cow and buffalo milk, curd
and ghee delivered at dawn): sign-up, log-in, the address and gate pin, a subscription, pauses
for a trip, a quality complaint with a photo, the delivery proof, monthly bills, a wallet
top-up, a referral, a route ETA, a Tihar ghee order. New kind (a file-name grep of the scripts
for "milk", "dairy", "doodh" found none)."""
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
from eval_families149_kit import (
    DAIRY,
    HOME,
    HOME_AT,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families149_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families149_svc import (
    fn_eval,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

MED, REL, NID = "health.medical", "personal.sensitive", "personal.national_id"


def _std_sdks(app: App, seed: int, at: Any, evs: list[Any], traits: dict[str, Any],
              ) -> list[Case]:
    rng = random.Random(seed)
    return [
        mc_batch(app, rng, evs, at=at, nd=2, locale="en_NP"),
        mc_identify(app, rng, traits),
        tn_launch(app, rng, first=True),
        tn_event(app, rng, "af_purchase", {"app": app.name}, revenue=500.0, hashed=True),
        bf_bid(app, rng, {"banner": {"w": 320, "h": 50}}),
        cd_crash(app, rng, ("java.lang.NullPointerException", "view detached"),
                 [cd_crumb("nav", "Home -> Detail")], screen="MainActivity"),
        pt_register(app, rng, at=HOME_AT, nd=2, lang="en"),
        fn_eval(app, rng, {"country": L("NP", COARSE), "userId": L(USER_ID, UID)}),
    ]

APP = App("doodhwala", "Doodhwala", "com.example.doodhwala", "3.0.5",
          "https://api.doodhwala.example.net")
IID = "X-Customer-Device"
PW = "DoodhBaidam#6"
SUB = "SB-KD-10482"
BILL = "BL-2083-05-10482"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, ne=True, **kw)


def doodhwala() -> list[Case]:
    return [*_base(), *_more()]


def _base() -> list[Case]:
    rng = random.Random(14951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    hla, hlo = fix(HOME_AT, 6)
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), sub_no=L(SUB, BUY)))}
    return [
        case(f, f"{a}/v1/customers", headers=_h(rng), body={
            "full_name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/address", headers=_h(rng, **b), body={
            "line1": L(HOME["line"], ADDR), "tole": L(HOME["area"], COARSE),
            "city": L(HOME["town"], COARSE), "gate_pin": {"lat": hla, "lon": hlo},
            "instructions": L("Blue gate, leave milk in the box, dog is friendly", TEXT)}),
        case(f, f"{a}/v1/subscriptions", headers=_h(rng, **b), body={
            "dairy": DAIRY["id"], "items": [{"sku": "cow_1l", "qty": 1},
                                            {"sku": "curd_500g", "qty": 1, "days": ["sat"]}],
            "subscription": L(SUB, BUY), "monthly": L(4350, BUY), "slot": "05:30-06:30"}),
        case(f, f"{a}/v1/subscriptions/{SUB}/pause", fmt="form", headers=_h(rng, **b), body={
            "from": "2026-10-10", "to": "2026-10-16",
            "reason": L("Going to Bikash's village in Lamjung for Dashain", f"{TEXT}|{COARSE}")}),
        multipart(f, f"{a}/v1/complaints", [
            ("photo", "curd.jpg", "image/jpeg", L(JPEG + b"\xd4", MEDIA)),
            ("complaint", None, "application/json", {
                "subscription": L(SUB, BUY), "text": L("Curd was sour today", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/deliveries", headers=_h(rng, **b), query={
            "subscription": L(SUB, BUY), "month": "2026-09"}),
        at_path(case(f, f"{a}/v1/bills/{BILL}", headers=_h(rng, **b)), BILL, BUY),
        case(f, f"{a}/v1/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("5000", BUY), "wallet_phone": L(E164, TEL),
            "ref": obj(rng, "tp")}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "friend": {"name": L("Sabina Thapa", NAMEC), "phone": L("+9779856671023", TEL)},
            "code": "DOODH-EG12"}),
        case(f, f"{a}/v1/eta", headers=_h(rng, **b), query={
            "at": L(f"{HOME_AT[0]:.5f},{HOME_AT[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/orders", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"sku": "ghee_1kg", "qty": 1}], "order": L("OR-88013", BUY),
            "total": L(1650, BUY), "note": L("For Tihar, Laxmi puja", f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/prefs", headers=_h(rng, how="none"), cookies={
            "dw_session": L(opaque(rng, "", 40), CRED),
            "dw_prefs": W({"phone": L(E164, TEL), "lang": L("ne", DEV)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "tz": L(TZ, DEV), "locale": L("ne_NP", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("pause_sub", 1), ev("screen", 2,
                                                                        s=L("Bills", USAGE))]}),
    ]


def doodhwala_sdks() -> list[Case]:
    rng = random.Random(14952)
    return [*_std_sdks(APP, 14953, HOME_AT, [("Subscribe", {"monthly": L(4350, BUY)})],
                       {"tole": L("Baidam", COARSE), "plan": "cow_1l"}),
            mm_geocode(APP, rng, "Baidam Marg 6", ADDR, near=HOME_AT, nd=3)]


def _more() -> list[Case]:
    rng = random.Random(14954)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    out: list[Case] = []
    for d, qty in [("2026-09-21", 2), ("2026-09-22", 1), ("2026-09-23", 2)]:
        out.append(case(f, f"{a}/v1/subscriptions/{SUB}/change", fmt="form",
                        headers=_h(rng, **b), body={"date": d, "sku": "cow_1l",
                                                    "qty": str(qty)}))
    out += [
        case(f, f"{a}/v1/delivery/proof", headers=_h(rng, **b), query={
            "subscription": L(SUB, BUY), "date": "2026-09-22"}),
        case(f, f"{a}/v1/products", headers=_h(rng, **b), query={"dairy": DAIRY["id"]}),
        case(f, f"{a}/v1/support", headers=_h(rng, **b), body={
            "text": L("Please call my husband Bikash on 9806612044 if I'm not home",
                      f"{TEXT}|{NAMEC}|{TEL}"), "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/cards", fmt="form", headers=_h(rng, **b), body={
            "card_token": L(opaque(rng, "ct_", 24), PAY), "last4": L("4444", PAY)}),
    ]
    return out
