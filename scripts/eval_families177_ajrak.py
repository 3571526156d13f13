"""A Hala block-printing workshop's app "Ajrak Chhaap" (weekend ajrak classes with its master
printer, and custom ajrak printed to order; Sindhi keys: ``thappo`` printing block, ``chhapai``
printing, ``rang`` dye, ``neer`` indigo, ``kapro`` cloth, ``map`` size, ``sabaq`` class,
``shagird`` pupil, ``ustad`` master, ``tohfo`` gift, ``wasool_kandar`` recipient, ``mokal``
shipping, ``raye`` review, ``jild`` skin, ``kharish`` itch, ``dastana`` gloves, ``naqsho``
design, ``hashiyo`` border, ``tasveer`` photo, ``likhat`` text). Set 174 commissions silver
filigree and several sets have tailors; this one is a dye-and-block workshop class with a child
and a printed gift: sign-up, a sign-in with an identity provider's token (a JWT in a JSON field),
``/muhinjo``, classes, a class booked for her and Marvi, her dye-allergy declaration, the payment,
a check-in with her fix, her design (names on the border), the custom order as a gift for her
mother-in-law, the order by number in the path, shipping a second piece to her sister in the US,
a search, a review, photos of her cloth, a message to the master, a block cart (msgpack), a
class-progress sync (JSON Lines), her delivery address, invoices by cookie, push, events and a
log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families177_kit import (
    AJ_ORDER,
    DAUGHTER,
    HUSBAND,
    INLAWS,
    KHI_HOME,
    KHI_HOME_AT,
    MOTHER_IL,
    PK_SIM,
    SISTER_US,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families177_sdk import bb_bid, km_batch, rk_event, rk_launch, tc_crash, tc_crumb
from eval_families177_svc import ck_check, cr_card, cr_confirm, hp_attach, mp_route
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("ajrakchhaap", "Ajrak Chhaap", "com.example.ajrakchhaap", "1.3.7",
          "https://api.ajrakchhaap.example.com")
IID = "X-AC-Device"
PW = "Neer&Laal#Hala"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
CLASS_BOOKING = "AC-CL-0219"  # the class booking (financial.purchase)
SSO_SUB = "sso|108822413390127"  # her account at the identity provider (id.user)
US_LINE = "1208 Maple Avenue, Apt 3"  # her sister's street line (contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ajrakchhaap() -> list[Case]:
    rng = random.Random(17741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    wla, wlo = fix(WORKSHOP_FIX)
    hla, hlo = fix(KHI_HOME_AT, 5)
    acc: Acc = {}
    idt = tok({"iss": "https://id.example.com", "sub": L(SSO_SUB, UID), "email": L(EMAIL, MAIL),
               "name": L(NAME, NAMEC), "aud": "ajrakchhaap", "iat": 1768900000},
              "body", "id_token", acc)
    order = at_path(case(f, f"{a}/api/v3/order/{AJ_ORDER}", headers=_h(rng, **b)), AJ_ORDER, BUY)
    return [
        case(f, f"{a}/api/v3/users", headers=_h(rng), body={
            "nalo": L(FIRST, NAMEC), "akhri_nalo": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "gujho_lafz": L(PW, CRED), "jaman_tareekh": L(DOB, BIRTH),
            "shahar": L(KHI_HOME["town"], COARSE)}),
        add(case(f, f"{a}/api/v3/auth/sso", headers=_h(rng), body={
            "provider": "example-id", "id_token": idt, "device": L(INSTALL_ID, DID)}), acc),
        case(f, f"{a}/api/v3/muhinjo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/sabaq", headers=_h(rng, **b), query={
            "workshop": WORKSHOP["id"], "mahino": "2026-02"}),
        case(f, f"{a}/api/v3/sabaq/booking", headers=_h(rng, **b), body={
            "sabaq": "cl_weekend_neer", "ustad": "us_0042", "booking": L(CLASS_BOOKING, BUY),
            "shagird": [{"nalo": L(f"{FIRST} {LAST}", NAMEC)},
                        {"nalo": L(KID, NAMEC), "umar": L(8, BIRTH)}],
            "raqam": L(18000, BUY)}),
        case(f, f"{a}/api/v3/sihat", headers=_h(rng, **b), body={
            "booking": L(CLASS_BOOKING, BUY),
            "jild": L("naqli rang sa hathan te kharish thindi aahe", f"{TEXT}|{MED}"),
            "allergy": [L("azo dyes", MED)], "dastana": "M"}),
        case(f, f"{a}/api/v3/adaigi", fmt="form", headers=_h(rng, **b), body={
            "booking": L(CLASS_BOOKING, BUY), "raqam": L("18000", BUY), "currency": "PKR",
            "card_akhri_4": L("4444", PAY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v3/checkin", headers=_h(rng, **b), body={
            "booking": L(CLASS_BOOKING, BUY), "jaga": {"lat": wla, "lng": wlo},
            "workshop": {"id": WORKSHOP["id"], "lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"]}}),
        multipart(f, f"{a}/api/v3/naqsho", [
            ("sketch", "naqsho.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
            ("meta", None, "application/json", {
                "hashiyo": L(f"{HUSBAND[0]} - {FIRST} {LAST} - 2016", NAMEC),
                "rang": ["neer", "laal", "kaaro"], "thappa": 4})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/order", headers=_h(rng, **b), body={
            "order": L(AJ_ORDER, BUY), "kapro": "cotton", "map": "2.5x1.2", "raqam": L(9500, BUY),
            "tohfo": True, "wasool_kandar": {
                "nalo": L(MOTHER_IL[0], NAMEC), "mobile": L(MOTHER_IL[1], TEL),
                "patto": L(INLAWS["line"], ADDR), "mahallo": L(INLAWS["area"], COARSE),
                "shahar": L(INLAWS["town"], COARSE)},
            "likhat": L("Ammi lai Eid jo tohfo, muhinje hathan sa chhapiyal", TEXT)}),
        order,
        case(f, f"{a}/api/v3/order/{AJ_ORDER}/mokal", headers=_h(rng, **b), body={
            "wasool_kandar": {"nalo": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL),
                              "mobile": L(SISTER_US[1], TEL), "patto": L(US_LINE, ADDR),
                              "shahar": L("Columbus", COARSE), "mulk": L("US", COARSE)},
            "courier": "intl_economy", "kharcho": L(6200, BUY)}),
        case(f, f"{a}/api/v3/gol", headers=_h(rng, **b), query={
            "q": L("neer ajrak bed sheet double", SEARCH)}),
        case(f, f"{a}/api/v3/raye", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "stars": 5,
            "likhat": L("Ustad sahib wado sabar waro, Marvi pehriyon thappo pan lagayo!",
                        f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/api/v3/tasveer", [
            ("tasveer", "muhinji_ajrak.jpg", "image/jpeg", L(JPEG + b"\x7b", MEDIA)),
            ("meta", None, "application/json", {
                "likhat": L("Muhinji pehriyon ajrak, ba dinhan ji mehnat", TEXT),
                "public": False})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/niyapo", headers=_h(rng, **b), body={
            "ustad": "us_0042",
            "likhat": L("Ustad, order tayar thiye ta fon kajo: +92 315 1220934",
                        f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v3/thappa/cart", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID),
            "items": [{"thappo": "tp_kakar_12", "qty": 1, "mulh": 2800},
                      {"thappo": "tp_hashiyo_3", "qty": 2, "mulh": 1900}],
            "kul": L(6600, BUY)}),
        lines(f, f"{a}/api/v3/sabaq/progress", [
            {"step": "kasano", "user": L(USER_ID, UID), "minutes": 40},
            {"step": "neer_rang", "user": L(USER_ID, UID), "minutes": 95}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/patto", headers=_h(rng, **b), body={
            "patto": L(KHI_HOME["line"], ADDR), "mahallo": L(KHI_HOME["area"], COARSE),
            "shahar": L(KHI_HOME["town"], COARSE), "post_code": L(KHI_HOME["post"], COARSE),
            "jaga": {"lat": hla, "lng": hlo}, "mobile": L(PK_SIM, TEL)}),
        case(f, f"{a}/api/v3/invoices", headers=_h(rng, how="none"), cookies={
            "ac_session": L(opaque(rng, "", 40), CRED), "ac_device": L(INSTALL_ID, DID),
            "ac_req": obj(rng, "rq")}),
        case(f, f"{a}/api/v3/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/waqiya", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "waqiya": [
                ev("class_booked", 1), ev("order_placed", 2, raqam=L(9500, BUY)),
                ev("screen", 3, screen=L("NaqshoEditor", USAGE))]}),
        case(f, f"{a}/api/v3/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def ajrakchhaap_sdks() -> list[Case]:
    rng = random.Random(17742)
    return [
        km_batch(APP, rng, [("Class Booked", {"total": L(18000, BUY)}),
                            ("Design Saved", {"blocks": 4})], at=WORKSHOP_FIX, nd=2),
        rk_launch(APP, rng, first=True),
        rk_event(APP, rng, "purchase", {"order": L(AJ_ORDER, BUY)}, revenue=9500.0,
                 currency="PKR", hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="ajrak,crafts,sindh"),
        tc_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "block layer 5"),
                 [tc_crumb("nav", "Order -> NaqshoEditor"), tc_crumb("tap", "add_block")],
                 screen="NaqshoEditorActivity"),
        ck_check(APP, rng, {"analytics": True, "ads": False}),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "18000"),
        mp_route(APP, rng, [(KHI_HOME_AT, "location.precise"),
                            ((WORKSHOP["lat"], WORKSHOP["lon"]), None)]),
        hp_attach(APP, rng, L(JPEG + b"\x7c", MEDIA), "smudged_border.jpg", "image/jpeg"),
    ]
