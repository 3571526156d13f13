"""A lab-grown diamond jeweller's app "Heeraghat" (a Varachha maker that grows and cuts its own
stones and sets them to order; she has a solitaire ring made for her anniversary). Its API's keys
are Gujarati in Latin letters, snake_case, with the trade's English (``carat``, ``cad``,
``emi``, ``otp``): ``grahak`` customer, ``naam`` name, ``atak`` surname, ``mobile``,
``janm_tarikh`` birth date, ``lagna_tarikh`` wedding date, ``gupt_pin`` PIN, ``heero`` stone,
``ghat`` shape/design, ``dhatu`` metal, ``vinti`` ring, ``map`` size, ``kotarkam`` engraving,
``pramanpatra`` certificate, ``kimat`` price, ``aagotru`` advance, ``hapto`` instalment,
``saranamu`` address, ``pahonchad`` delivery, ``olakh`` identity document, ``mulakat`` visit,
``bhet_card`` gift card, ``shodh`` search, ``sandesh`` message, ``abhipray`` review, ``sthal``/
``aksh``/``rekh`` place and coordinates. Sign-up, a PIN log-in, ``/maru``, a search, stones in
stock, the design with her ring size and an engraving, a showroom visit and her check-in, the
order, her PAN for the cash limit, the advance by card, a card EMI, the CAD render by order
number in the path, a photo of her old ring, a message to the designer, insured delivery with
her OCI card at the door, a buy-back quote, a wishlist (msgpack), a gift card for her
mother-in-law, invoices by cookie, a review, push and events."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families262_kit import (
    CERT,
    HOME,
    HOME_AT,
    JEWELLER,
    JEWELLER_FIX,
    MOTHER_IL,
    OCI,
    PAN,
    RING_ORDER,
    fix,
    hd,
    obj,
    upkaran,
)
from eval_families262_sdk import (
    bk_bid,
    bk_notice,
    cf_session,
    md_batch,
    md_identify,
    tt_event,
    tt_launch,
)
from eval_families262_svc import fj_eval, ht_message, mp_route, pc_card, pc_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("heeraghat", "Heeraghat", "com.example.heeraghat", "1.12.2",
          "https://api.heeraghat.example.com")
IID = "X-Heera-Device"
NID = "personal.national_id"
FIT = "health.fitness"
CLIENT = "HG-C-30417"  # her customer number (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, gu=True, **kw)


def heeraghat() -> list[Case]:
    rng = random.Random(26271)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grahak=L(CLIENT, UID), email=L(EMAIL, MAIL)))}
    jla, jlo = fix(JEWELLER_FIX)
    cad = at_path(case(f, f"{a}/api/order/{RING_ORDER}/cad", headers=_h(rng, **b),
                       query={"view": "top,side"}), RING_ORDER, BUY)
    return [
        case(f, f"{a}/api/grahak", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "atak": L(LAST, NAMEC), "mobile": L(E164, TEL),
            "email": L(EMAIL, MAIL), "janm_tarikh": L(DOB, BIRTH),
            "lagna_tarikh": "2012-12-16", "grahak_no": L(CLIENT, UID),
            "shaher": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/pravesh", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "gupt_pin": L("4417", CRED), "upkaran": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/maru", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/shodh", headers=_h(rng, **b), query={
            "shodh": L("oval solitaire 1.5 carat rose gold", SEARCH), "page": "1"}),
        case(f, f"{a}/api/heera", headers=_h(rng, **b), query={
            "ghat": "oval", "carat_min": "1.4", "carat_max": "1.6", "rang": "E-F",
            "spashtata": "VS1"}),
        case(f, f"{a}/api/design", headers=_h(rng, **b), body={
            "grahak_no": L(CLIENT, UID), "heero": {"pramanpatra": CERT, "carat": 1.52,
                                                  "ghat": "oval"},
            "dhatu": "18K rose gold", "vinti": {"map": L("14", FIT), "pehol": 2.1},
            "kotarkam": L("K & J 16.12.2012", TEXT)}),
        case(f, f"{a}/api/mulakat", fmt="form", headers=_h(rng, **b), body={
            "showroom": JEWELLER["id"], "tarikh": "2025-12-12", "samay": "17:00",
            "grahak_no": L(CLIENT, UID), "vyakti": "1"}),
        case(f, f"{a}/api/mulakat/checkin", headers=_h(rng, **b), body={
            "grahak_no": L(CLIENT, UID), "sthal": {"aksh": jla, "rekh": jlo},
            "showroom": {"id": JEWELLER["id"], "aksh": JEWELLER["lat"],
                         "rekh": JEWELLER["lon"], "phone": JEWELLER["phone"]}}),
        case(f, f"{a}/api/order", headers=_h(rng, **b), body={
            "order": L(RING_ORDER, BUY), "grahak_no": L(CLIENT, UID), "pramanpatra": CERT,
            "kimat": L(184500, BUY), "aagotru": L(50000, BUY), "taiyar_tarikh": "2026-01-05",
            "line_id": obj(rng, "ln")}),
        case(f, f"{a}/api/kyc/pan", headers=_h(rng, **b), body={
            "order": L(RING_ORDER, BUY), "pan": L(PAN, NID),
            "pan_naam": L(f"{FIRST} {LAST}", NAMEC), "karan": "rokad_maryada"}),
        case(f, f"{a}/api/chukavani/aagotru", fmt="form", headers=_h(rng, **b), body={
            "order": L(RING_ORDER, BUY), "rakam": L("50000.00", BUY),
            "card_last4": L("4444", PAY), "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/emi", headers=_h(rng, **b), body={
            "order": L(RING_ORDER, BUY), "card_bin": L("555555", PAY), "hapta": 6,
            "hapto": L(22420, BUY), "bank": "Example Bank"}),
        cad,
        multipart(f, f"{a}/api/photo/juni_vinti", [
            ("photo", "juni_vinti.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(RING_ORDER, BUY),
                "sandesh": L("Aa juni vinti jevo j patlo band joie", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sandesh", headers=_h(rng, **b), body={
            "kone": "designer_03", "order": L(RING_ORDER, BUY),
            "sandesh": L("Aa lagna ni varshganth mate surprise che, mara ghare phone na "
                         "karta, fakt email karjo", TEXT)}),
        case(f, f"{a}/api/pahonchad", headers=_h(rng, **b), body={
            "order": L(RING_ORDER, BUY), "saranamu": L(HOME["line"], ADDR),
            "vistar": L(HOME["area"], COARSE), "pin_kod": L(HOME["pin"], COARSE),
            "vimo_mulya": L(184500, BUY),
            "olakh": {"prakar": "OCI", "no": L(OCI, NID)}, "samay": "sanj"}),
        case(f, f"{a}/api/buyback/quote", headers=_h(rng, **b), query={
            "order": L(RING_ORDER, BUY), "pramanpatra": CERT}),
        case(f, f"{a}/api/wishlist", fmt="msgpack", headers=_h(rng, **b), body={
            "grahak_no": L(CLIENT, UID), "items": [
                {"sku": "ear_studs_oval_0.5ct", "kimat": 48000},
                {"sku": "pendant_pear_0.7ct", "kimat": 61000}]}),
        case(f, f"{a}/api/bhet_card", headers=_h(rng, **b), body={
            "prapt_karta": {"naam": L(MOTHER_IL[0], NAMEC), "mobile": L(MOTHER_IL[1], TEL)},
            "rakam": L(10000, BUY), "sandesh": L("Mummy, tamara janmdivas ni bhet", TEXT),
            "card_code": opaque(rng, "GC", 10)}),
        case(f, f"{a}/api/bill", headers=_h(rng, how="none"), cookies={
            "hg_sess": L(opaque(rng, "", 40), CRED), "hg_dev": L(INSTALL_ID, DID),
            "hg_req": rid(rng)}),
        case(f, f"{a}/api/abhipray", fmt="form", headers=_h(rng, **b), body={
            "order": L(RING_ORDER, BUY), "tara": "5",
            "abhipray": L("CAD thi final vinti sudhi badhu saras, heero chamke che!", TEXT)}),
        case(f, f"{a}/api/upkaran", headers=_h(rng, **b), body=upkaran(push_token(rng))),
        case(f, f"{a}/api/ghatna", gz=True, headers=_h(rng, **b), body={
            "upyogkarta": L(USER_ID, UID), "ghatnao": [
                ev("design_saved", 1), ev("order_placed", 2, kimat=L(184500, BUY)),
                ev("screen", 3, screen=L("CadViewer", USAGE))]}),
    ]


def heeraghat_sdks() -> list[Case]:
    rng = random.Random(26272)
    return [
        md_batch(APP, rng, [("Ring Ordered", {"kimat": L(184500, BUY)}),
                            ("Showroom Visit", {"showroom": JEWELLER["id"]})],
                 at=JEWELLER_FIX, nd=2, locale="gu_IN"),
        md_identify(APP, rng, {"shaher": L("Surat", COARSE), "grahak_no": L(CLIENT, UID),
                               "segment": "solitaire"}),
        tt_launch(APP, rng, first=True),
        tt_event(APP, rng, "purchase", {"order": L(RING_ORDER, BUY)}, revenue=50000.0,
                 currency="INR", hashed=True),
        bk_bid(APP, rng, {"native": {"ver": "1.2"}}, at=JEWELLER_FIX, nd=3,
               keywords="jewellery,diamond,anniversary"),
        bk_notice(APP, rng, "win"),
        cf_session(APP, rng, secs=964),
        fj_eval(APP, rng, {"showroom": JEWELLER["id"], "shaher": L("Surat", COARSE)}),
        pc_card(APP, rng, email=True),
        pc_confirm(APP, rng, "50000.00", "inr"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((JEWELLER["lat"], JEWELLER["lon"]), None)]),
        ht_message(APP, rng, L(f"Order {RING_ORDER} ni CAD file khulti nathi", f"{TEXT}|{BUY}"),
                   {"grahak_no": L(CLIENT, UID)}),
    ]
