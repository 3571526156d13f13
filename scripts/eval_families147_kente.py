"""A Bonwire kente weaver's order app "Kentenwene": she orders a woven kente cloth for her son's
naming-day anniversary and her own church cloth; the pattern (adinkra and weave names), her
measurements for a kaba and slit sewn from it, a deposit by card, progress photos from the loom,
a visit to the weaving shed, the balance by mobile money, delivery to her house, an invoice PDF,
a review, a gift message to her sister in Ohio with shipping, and push. New: a file-name grep
for "kente" and "weav" matched nothing; sets 112, 125 and 141 have tailors and set 134 a kaba
seller, so this one follows a hand-woven cloth at the loom (strips, warp colours, progress
photos), not a sewing order."""

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
    NATIONAL,
    PAY,
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
from eval_families147_kit import (
    KENTE_ORDER,
    KSI_HOME,
    KSI_HOME_AT,
    MOMO,
    SISTER_US,
    WEAVER,
    WEAVER_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families147_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families147_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    hs_message,
    mm_geocode,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

NID, FIT = "personal.national_id", "health.fitness"

APP = App("kentenwene", "Kentenwene", "com.example.kentenwene", "1.9.6",
          "https://api.kentenwene.example.org")
IID = "X-Install-Id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kentenwene() -> list[Case]:
    rng = random.Random(14721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, customer=L(USER_ID, UID), email=L(EMAIL, MAIL)))}
    wla, wlo = fix(WEAVER_FIX, 5)
    inv = at_path(case(f, f"{a}/v1/orders/{KENTE_ORDER}/invoice.pdf", headers=_h(rng, **b)),
                  KENTE_ORDER, BUY)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL),
            "password": L("Bonwire2026!", CRED), "country": L("GH", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Bonwire2026!", CRED), "client_id": "kn-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/patterns", headers=_h(rng, **b), query={
            "q": L("Sika Futuro gold and green", SEARCH), "weave": "double"}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "order": L(KENTE_ORDER, BUY), "weaver": WEAVER["id"],
            "pattern": "Sika Futuro", "strips": 24, "warp": ["gold", "green", "black"],
            "purpose": "naming anniversary", "total": L(4800, BUY), "currency": "GHS",
            "customer": L(USER_ID, UID)}),
        case(f, f"{a}/v1/orders/{KENTE_ORDER}/measurements", headers=_h(rng, **b), body={
            "bust_cm": L(94, FIT), "waist_cm": L(78, FIT), "hip_cm": L(104, FIT),
            "height_cm": L(168, FIT), "style": "kaba and slit"}),
        case(f, f"{a}/v1/orders/{KENTE_ORDER}/notes", headers=_h(rng, **b), body={
            "text": L("Please leave room at the waist, I am expecting by the time of the "
                      "outdooring", f"{TEXT}|{MED}")}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "2400", "ghs"),
        case(f, f"{a}/v1/orders/{KENTE_ORDER}/deposit", headers=_h(rng, **b), body={
            "amount": L(2400, BUY), "pm": L(opaque(rng, "pm_", 24), PAY),
            "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/orders/{KENTE_ORDER}/progress", headers=_h(rng, **b),
             query={"since": "2026-01-05"}),
        multipart(f, f"{a}/v1/orders/{KENTE_ORDER}/reference", [
            ("photo", "cloth_ref.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"order": L(KENTE_ORDER, BUY),
                                                "note": "like my mother-in-law's cloth"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/visits", fmt="form", headers=_h(rng, **b), body={
            "weaver": WEAVER["id"], "date": "2026-01-17", "people": "2",
            "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "weaver": WEAVER["id"], "at": {"lat": wla, "lng": wlo},
            "shed": {"lat": WEAVER["lat"], "lng": WEAVER["lon"]}}),
        case(f, f"{a}/v1/orders/{KENTE_ORDER}/balance", headers=_h(rng, **b), body={
            "amount": L(2400, BUY), "method": "momo", "wallet": L(MOMO, TEL)}),
        case(f, f"{a}/v1/orders/{KENTE_ORDER}/delivery", headers=_h(rng, **b), body={
            "to": {"name": L(f"{FIRST} {LAST}", NAMEC), "line": L(KSI_HOME["line"], ADDR),
                   "area": L(KSI_HOME["area"], COARSE), "town": L("Kumasi", COARSE),
                   "gps": L(KSI_HOME["gps"], ADDR), "phone": L(E164, TEL)},
            "rider": "Bonwire dispatch"}),
        inv,
        case(f, f"{a}/v1/gifts", headers=_h(rng, **b), body={
            "order": obj(rng, "g"), "recipient": {
                "name": L(SISTER_US[0], NAMEC), "phone": L(SISTER_US[1], TEL),
                "email": L(SISTER_US[2], MAIL),
                "address": L("418 Maple Ave, Dayton, OH 45402", ADDR)},
            "message": L("For Emily, from Kumasi with love", f"{TEXT}|{NAMEC}"),
            "shipping": L(310, BUY)}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "weaver": WEAVER["id"], "stars": 5,
            "text": L("Master weaver finished in three weeks, colours perfect", TEXT)}),
        case(f, f"{a}/v1/cart", headers=_h(rng, how="none"),
             cookies={"kn_session": L(opaque(rng, "", 44), CRED),
                      "kn_did": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("order_placed", 1), ev("deposit_paid", 2),
                ev("screen", 3, screen=L("LoomProgress", USAGE))]}),
    ]


def kentenwene_sdks() -> list[Case]:
    rng = random.Random(14722)
    link = U("https://kentenwene.example.org/o", {"order": L(KENTE_ORDER, BUY),
                                                 "ref": "wa_share"})
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(4800, BUY)}),
                            ("Pattern Viewed", {"pattern": "Sika Futuro"})], adid=True),
        mc_identify(APP, rng, {"email": L(EMAIL, MAIL), "phone": L(E164, TEL),
                               "country": L("GH", COARSE)}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"order": L(KENTE_ORDER, BUY)}, revenue=4800,
                 currency="GHS", hashed=True),
        bf_bid(APP, rng, {"native": {"ver": "1.2"}}, yob=1991, gender="F"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap too large"),
                 [cd_crumb("tap", "UploadReference")], screen="ReferenceActivity"),
        cy_check(APP, rng, {"analytics": True, "ads": True}),
        hs_message(APP, rng, L("The deposit went through twice on my card", f"{TEXT}|{PAY}"),
                   {"order": L(KENTE_ORDER, BUY)}),
        mm_geocode(APP, rng, "Bonwire Kente Village", SEARCH, near=KSI_HOME_AT, nd=3),
    ]
