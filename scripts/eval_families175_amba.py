"""Alphonso mango box app "Hapuspeti" (a Devgad growers' co-operative selling hapus boxes direct
each April; she orders for the flat and sends a box to her mother-in-law in Nashik for Gudi Padwa;
its API's keys are Marathi in Latin letters: ``grahak`` customer, ``peti`` box, ``dazan`` dozen,
``prat`` grade, ``akar`` size, ``kimmat`` price, ``toplee`` cart, ``bhet`` gift, ``prapta_karta``
recipient, ``vitaran`` delivery, ``suchana`` instructions, ``magova`` tracking, ``parat`` refund,
``tapshil`` details, ``abhipray`` review, ``aagau_nondani`` pre-booking, ``mitra`` friends,
``sampark`` contacts, ``sandarbh`` referral, plus the set's ``pahila_nav``, ``kulnav``, ``ipatra``,
``bhramandhvani``, ``parvalicha_shabd``, the address keys ``ghar_kramank``, ``rasta``, ``parisar``,
``nagar``, ``pin_sanket``, ``ekun``): sign-up, a form log-in, ``/mi``, the boxes, her address with
its pin, the Nashik address, the cart (msgpack), the order with a gift note, its payment by UPI,
tracking by order number in the path, delivery instructions, an e-card to her sister, a complaint
photo, a refund, a review, a search, next season's pre-booking, contacts matched for referrals, a
referral, history by cookie, push and events. New: a docstring grep for "alphonso" and "hapus"
matched nothing and "mango" only set 114's service SDK module (not opened)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DID,
    EMAIL_UPPER,
    JPEG,
    MAIL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families175_kit import (
    IN_MOBILE_LOCAL,
    MANGO_ORDER,
    MOTHER_IL,
    NASHIK_HOME,
    ORCHARD,
    PUNE_HOME,
    PUNE_HOME_AT,
    SISTER_US,
    UPI_ID,
    fix,
    hd,
    obj,
    upkaran,
)
from eval_families175_sdk import bb_bid, bb_notice, gv_batch, gv_pixel, ss_event, ss_launch, ss_link
from eval_families175_svc import dr_geocode, pw_save, rp_card, rp_confirm, sy_attach
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("hapuspeti", "Hapuspeti", "com.example.hapuspeti", "1.3.4",
          "https://api.hapuspeti.example.com")
IID = "X-Hapus-Device"
PW = "Devgad!Hapus2026"
GRAHAK = "GR-" + USER_ID[2:]  # her customer number (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def hapuspeti() -> list[Case]:
    rng = random.Random(17561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grahak=L(GRAHAK, UID), ipatra=L(EMAIL, MAIL)))}
    hla, hlo = fix(PUNE_HOME_AT)
    track = at_path(case(f, f"{a}/api/v2/order/{MANGO_ORDER}/magova", headers=_h(rng, **b)),
                    MANGO_ORDER, BUY)
    return [
        case(f, f"{a}/api/v2/grahak", headers=_h(rng), body={
            "pahila_nav": L(FIRST, NAMEC), "kulnav": L(LAST, NAMEC), "ipatra": L(EMAIL, MAIL),
            "bhramandhvani": L(IN_MOBILE_LOCAL, TEL), "parvalicha_shabd": L(PW, CRED),
            "grahak": L(GRAHAK, UID), "batmipatra": True}),
        case(f, f"{a}/api/v2/login", fmt="form", headers=_h(rng), body={
            "ipatra": L(EMAIL_UPPER, MAIL), "parvalicha_shabd": L(PW, CRED)}),
        case(f, f"{a}/api/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/peti", headers=_h(rng, **b), query={
            "prat": "A", "akar": "mothi", "dazan": "5", "ugam": ORCHARD["id"]}),
        case(f, f"{a}/api/v2/patta", headers=_h(rng, **b), body={
            "ghar_kramank": L(PUNE_HOME["flat"], ADDR), "rasta": L(PUNE_HOME["road"], ADDR),
            "parisar": L(PUNE_HOME["area"], COARSE), "nagar": L(PUNE_HOME["town"], COARSE),
            "pin_sanket": L(PUNE_HOME["pin"], COARSE), "lat": hla, "lng": hlo,
            "prakar": "ghar"}),
        case(f, f"{a}/api/v2/patta", headers=_h(rng, **b), body={
            "nav": L(MOTHER_IL["name"], NAMEC), "bhramandhvani": L(MOTHER_IL["phone"], TEL),
            "ghar_kramank": L(NASHIK_HOME["line"], ADDR), "nagar": L(NASHIK_HOME["town"], COARSE),
            "pin_sanket": L(NASHIK_HOME["pin"], COARSE), "prakar": "bhet"}),
        case(f, f"{a}/api/v2/toplee", fmt="msgpack", headers=_h(rng, **b), body={
            "grahak": L(GRAHAK, UID), "vastu": [
                {"peti": "pt_a_5dz", "sankhya": 2, "kimmat": 4200},
                {"peti": "pt_b_2dz", "sankhya": 1, "kimmat": 1500}],
            "ekun": L(9900, BUY)}),
        case(f, f"{a}/api/v2/order", headers=_h(rng, **b), body={
            "order": L(MANGO_ORDER, BUY), "ekun": L(9900, BUY), "vitaran_dinank": "2026-03-18",
            "patte": ["ad_ghar", "ad_bhet"],
            "bhet": {"prapta_karta": L(MOTHER_IL["name"], NAMEC),
                     "sandesh": L("Aai, Gudhipadvyachya hardik shubhechha! - Jane ani Nikhil",
                                  TEXT)}}),
        case(f, f"{a}/api/v2/bharna", fmt="form", headers=_h(rng, **b), body={
            "order": L(MANGO_ORDER, BUY), "ekun": L("9900.00", BUY), "upi_id": L(UPI_ID, PAY),
            "paddhat": "upi_collect"}),
        track,
        case(f, f"{a}/api/v2/vitaran/suchana", headers=_h(rng, **b), body={
            "order": L(MANGO_ORDER, BUY),
            "suchana": L("Watchman kade dya, flat 702 B-wing, sandhyakali 7 nantar",
                         f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/api/v2/bhet/ecard", headers=_h(rng, **b), body={
            "prapta_karta": {"nav": L(SISTER_US[0], NAMEC), "ipatra": L(SISTER_US[2], MAIL)},
            "sandesh": L("Emily, this is the hapus I told you about!", TEXT),
            "design": "ec_mango_03"}),
        multipart(f, f"{a}/api/v2/takrar", [
            ("photo", "kharab_amba.jpg", "image/jpeg", L(JPEG + b"\x1c", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(MANGO_ORDER, BUY),
                "tapshil": L("Don peti madhe 6 amba kujlele hote", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/parat", fmt="form", headers=_h(rng, **b), body={
            "order": L(MANGO_ORDER, BUY), "parat_ekun": L("525", BUY), "upi_id": L(UPI_ID, PAY)}),
        case(f, f"{a}/api/v2/abhipray", fmt="form", headers=_h(rng, **b), body={
            "order": MANGO_ORDER, "gun": "4",
            "abhipray": L("Chav apratim, pan packing sudharayla have", TEXT)}),
        case(f, f"{a}/api/v2/shodh", headers=_h(rng, **b), query={
            "q": L("devgad hapus 5 dazan peti GI tag", SEARCH)}),
        case(f, f"{a}/api/v2/aagau_nondani", headers=_h(rng, **b), body={
            "hangam": "2027", "peti": "pt_a_5dz", "sankhya": 3, "ekun": L(12600, BUY),
            "grahak": L(GRAHAK, UID)}),
        case(f, f"{a}/api/v2/mitra/sampark", headers=_h(rng, **b), body={
            "grahak": L(GRAHAK, UID), "sampark": [
                {"nav": L("Smita Kale", CONTACTS), "bhramandhvani": L("+919881204517", CONTACTS)},
                {"nav": L("Meera Kulkarni", CONTACTS),
                 "bhramandhvani": L("+919881223450", CONTACTS)},
                {"nav": L("Rahul Deshmukh", CONTACTS),
                 "bhramandhvani": L("+919922310846", CONTACTS)}]}),
        case(f, f"{a}/api/v2/sandarbh", headers=_h(rng, **b), body={
            "nav": L("Meera Kulkarni", NAMEC), "bhramandhvani": L("+919881223450", TEL),
            "kod": obj(rng, "ref", 6)}),
        case(f, f"{a}/api/v2/itihas", headers=_h(rng, how="none"), cookies={
            "hp_sesh": L(opaque(rng, "", 40), CRED), "hp_device": L(INSTALL_ID, DID),
            "hp_req": rid(rng)}),
        case(f, f"{a}/api/v2/upkaran", headers=_h(rng, **b), body=upkaran(push_token(rng))),
        case(f, f"{a}/api/v2/ghatana", gz=True, headers=_h(rng, **b), body={
            "vaparkarta": L(USER_ID, UID), "ghatana": [
                ev("order_placed", 1, ekun=L(9900, BUY)),
                ev("screen", 2, screen=L("Peti", USAGE))]}),
    ]


def hapuspeti_sdks() -> list[Case]:
    rng = random.Random(17562)
    link = U("https://hapuspeti.example.com/o", {"order": L(MANGO_ORDER, BUY), "src": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        gv_batch(APP, rng, [("Order Placed", {"total": L(9900, BUY)}),
                            ("Gift Added", {"kind": "box"})], at=PUNE_HOME_AT, nd=2),
        gv_pixel(APP, rng, "Catalogue Opened", {"season": "2026"}),
        ss_launch(APP, rng, first=True),
        ss_link(APP, rng, link),
        ss_event(APP, rng, "purchase", {"order": L(MANGO_ORDER, BUY)}, revenue=9900.0,
                 currency="INR", hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PUNE_HOME_AT, nd=3,
               keywords="mango,fruit,gift"),
        bb_notice(APP, rng, "win"),
        rp_card(APP, rng),
        rp_confirm(APP, rng, "9900.00"),
        dr_geocode(APP, rng, "Sai Siddhi Heights Baner Road", f"{ADDR}|{SEARCH}",
                   near=PUNE_HOME_AT, nd=3),
        pw_save(APP, rng, {"analytics": True, "marketing": True}),
        sy_attach(APP, rng, L(JPEG + b"\x1d", MEDIA), "box_label.jpg", "image/jpeg"),
    ]


__all__ = ["APP", "hapuspeti", "hapuspeti_sdks"]
