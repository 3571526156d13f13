"""A truck-art workshop's commission app "Gaddirang" (Peshawar; she commissions the repainting of
her husband's family's Bedford goods truck with a chinar, the Swat river and her landay on the
tailboard): its API's keys are Pashto in Latin letters: ``noom`` name, ``mobile`` mobile,
``brekhnalik`` e-mail, ``patnoom`` password, ``khar`` city, ``pata`` address, ``cnic`` identity
card, ``kod`` code, ``naqqash`` painter, ``kar`` work (portfolio), ``gaddi`` vehicle, ``plate``
number plate, ``dizain`` design, ``markaz`` centrepiece, ``shaeri`` verse, ``da_mera_noom`` /
``malik`` husband's name / the truck's owner, ``farmaish`` commission, ``tol_paise`` total,
``peshgi`` advance, ``qist`` instalment, ``iban``, ``rasedal`` arrival, ``dzay`` place,
``zyatay`` extras, ``baya`` price, ``rasawal`` hand-over, ``paigham`` message, ``latun``
search, ``tabsira`` remark, ``rasid`` receipt, ``pekhe`` events: sign-up, an SMS code,
``/zama``, painters near her, a portfolio, the commission, her sketch and the truck's photo,
the advance (her IBAN), an instalment plan (her card number), a visit to the workshop, a
protobuf progress acknowledgement, the commission by number in the path, a message to the
painter, extras (msgpack), the hand-over, a search, a review, a receipt by cookie, push, events
and a log-out. No earlier set has truck art (docstring grep "truck art" / "truck-art": no
match; trucking and freight apps exist, this is a painter's commission)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families176_kit import (
    ART_ORDER,
    HUSBAND,
    PK_HOME,
    PK_HOME_AT,
    PK_IBAN,
    POC,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    push,
)
from eval_families176_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families176_svc import (
    cl_card,
    cl_confirm,
    fn_eval,
    md_attach,
    mm_geocode,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("gaddirang", "Gaddirang", "com.example.gaddirang", "1.9.0",
          "https://api.gaddirang.example.com")
IID = "X-Gaddirang-Device"
PW = "Bedford1976!Rang"
NID = "personal.national_id"
VERSE = "Pa Swat ke me zra pate shu da chinar la sore"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def gaddirang() -> list[Case]:
    rng = random.Random(17661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, brekhnalik=L(EMAIL, MAIL), mobile=L(E164, TEL)))}
    wla, wlo = fix(WORKSHOP_FIX)
    lab: dict[str, str] = {}
    ack = pb([(1, L(ART_ORDER, BUY)), (2, "stage_tailboard"), (3, 1768900000),
              (4, L(USER_ID, UID)), (5, L("Pixel 8", DEV))], "", lab)
    order = at_path(case(f, f"{a}/api/v1/farmaish/{ART_ORDER}", headers=_h(rng, **b)),
                    ART_ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/nomlikana", headers=_h(rng), body={
            "noom": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(E164, TEL),
            "brekhnalik": L(EMAIL, MAIL), "patnoom": L(PW, CRED),
            "khar": L(PK_HOME["town"], COARSE), "cnic": L(POC, NID)}),
        case(f, f"{a}/api/v1/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "kod": L("229461", CRED)}),
        case(f, f"{a}/api/v1/zama", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/naqqashan", headers=_h(rng, **b), query={
            "lat": L(f"{PK_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{PK_HOME_AT[1]:.3f}", PRECISE),
            "km": "25", "dol": "truck"}),
        case(f, f"{a}/api/v1/naqqashan/{WORKSHOP['id']}/kar", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/farmaish", headers=_h(rng, **b), body={
            "farmaish": L(ART_ORDER, BUY), "naqqash": WORKSHOP["id"], "gaddi": "Bedford J6",
            "plate": "PR-4417", "malik": L(HUSBAND[0], NAMEC),
            "dizain": {"markaz": "chinar ao da Swat sind", "rangona": ["sheen", "zhaar", "sur"],
                       "shaeri": L(VERSE, TEXT)}, "tol_paise": L(285000, BUY)}),
        multipart(f, f"{a}/api/v1/dizain/sketch", [
            ("sketch", "tailboard_sketch.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"farmaish": L(ART_ORDER, BUY)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/gaddi/andzor", [
            ("andzor", "bedford_front.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {"farmaish": L(ART_ORDER, BUY), "arakh": "makh"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/adaygi/peshgi", fmt="form", headers=_h(rng, **b), body={
            "farmaish": L(ART_ORDER, BUY), "paise": L("100000", BUY), "sikka": "PKR",
            "iban": L(PK_IBAN, PAY), "hisab_noom": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/qistuna", headers=_h(rng, **b), body={
            "farmaish": L(ART_ORDER, BUY), "tol": L(185000, BUY), "miashte": 5,
            "qist": L(37000, BUY), "iban": L(PK_IBAN, PAY), "cnic": L(POC, NID)}),
        case(f, f"{a}/api/v1/warkshap/rasedal", headers=_h(rng, **b), body={
            "farmaish": L(ART_ORDER, BUY), "dzay": {"lat": wla, "lng": wlo},
            "warkshap": {"id": WORKSHOP["id"], "lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"]}}),
        raw(f, f"{a}/api/v1/farmaish/ack", ack, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        order,
        case(f, f"{a}/api/v1/paigham", headers=_h(rng, **b), body={
            "ta": WORKSHOP["id"],
            "matan": L("Ustada, pa shishe bande 'Shahzeb Khan Yousafzai' olikai ao lande ye "
                       "'Mor ta dua' ", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/zyatay", fmt="msgpack", headers=_h(rng, **b), body={
            "farmaish": L(ART_ORDER, BUY),
            "shayan": [{"noom": "zanzeer", "tedad": 40, "baya": 150},
                       {"noom": "zangulay", "tedad": 24, "baya": 120}],
            "tol_paise": L(8880, BUY)}),
        case(f, f"{a}/api/v1/rasawal", headers=_h(rng, **b), body={
            "farmaish": L(ART_ORDER, BUY), "neta": "2026-02-20",
            "pata": L(PK_HOME["line"], ADDR), "khar": L(PK_HOME["town"], COARSE),
            "driver_mobile": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/v1/latun", headers=_h(rng, **b), query={
            "q": L("tailboard chinar peacock dizain", SEARCH)}),
        case(f, f"{a}/api/v1/tabsira", fmt="form", headers=_h(rng, **b), body={
            "naqqash": WORKSHOP["id"], "rating": "5",
            "tabsira": L("Ustad Gul Zaman da zra na kar okro, zama landay ye der khkuli olikale",
                         TEXT)}),
        case(f, f"{a}/api/v1/rasid", headers=_h(rng, how="none"), cookies={
            "gr_sesia": L(opaque(rng, "", 40), CRED), "gr_aala": L(INSTALL_ID, DID),
            "gr_req": rid(rng)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/pekhe", headers=_h(rng, **b), body={
            "karan": L(USER_ID, UID), "pekhe": [
                ev("farmaish_placed", 1, tol=L(285000, BUY)),
                ev("screen", 2, screen=L("FarmaishProgress", USAGE))]}),
        case(f, f"{a}/api/v1/watal", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "brekhnalik": L(EMAIL_UPPER, MAIL)}),
    ]


def gaddirang_sdks() -> list[Case]:
    rng = random.Random(17662)
    return [
        mc_batch(APP, rng, [("Commission Placed", {"total": L(285000, BUY)}),
                            ("Sketch Uploaded", {})], at=WORKSHOP_FIX, nd=2),
        mc_identify(APP, rng, {"khar": L("Peshawar", COARSE), "farmaishuna": 1}),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"farmaish": L(ART_ORDER, BUY)}, revenue=285000.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="trucks,art,peshawar"),
        cd_session(APP, rng, secs=655),
        fn_eval(APP, rng, {"khar": L("Peshawar", COARSE), "rol": "customer"}, hdr=True),
        pt_register(APP, rng, tags={"naqqash": WORKSHOP["id"]}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "8880"),
        mm_geocode(APP, rng, "Hashtnagri truck adda", SEARCH, near=PK_HOME_AT, nd=2),
        mm_route(APP, rng, [(PK_HOME_AT, PRECISE), ((WORKSHOP["lat"], WORKSHOP["lon"]), None)]),
        md_attach(APP, rng, L(JPEG + b"\xa3", MEDIA), "tailboard_progress.jpg", "image/jpeg"),
    ]
