"""A smiths' workshop app "Tamzak" (the camel saddle with the cross pommel; the inaden of Sabon
Gari make saddles, leather bags and cushions to order): she commissions a riding saddle for her
husband and a leather bag for her sister. Keys are Tamasheq in Latin letters (ASCII-folded) with
French loans and English API words: ``esem``/``esem_n_ebba`` first/family name, ``imel``
e-mail, ``portabl`` mobile, ``awal_n_ekchem`` password, ``kod`` code (loan), ``adres`` street
line, ``kartye`` quarter, ``ened`` smith (``inaden`` smiths), ``tamzak`` camel saddle,
``tassufra`` leather bag, ``ilem`` leather (lit. skin), ``ini`` colour, ``tirra`` writing
(engraving text), ``kommand`` order (loan), ``avans`` deposit (loan), ``azref`` amount,
``takfit`` payment, ``imesli`` recipient (a coinage from "hear/receive"), ``ultma`` sister,
``ales`` husband, ``edag`` place, ``awal`` message, ``asiggel`` search, ``foto`` photo, ``aparey``
device, ``nak`` me. Sign-up, an SMS code, ``/nak``, the catalogue, the workshop, the saddle
commission, the deposit, a photo of the old saddle, a visit slot, a check-in at the workshop,
progress photos by order number in the path, a bag sent to her sister, the courier, the
engraving (Tifinagh), a review, a search, a basket (msgpack), the balance paid, an invoice by
cookie, a message to the smith, the pick-up authorisation, push and events. "silver" and
"artisan" match other sets' docstrings (170, 174, 195, 201, 218, 273 among them; not read);
"saddle" and "blacksmith" matched nothing: this is a commission to a smith's workshop for
riding tack."""

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
from eval_families299_kit import (
    FORGE,
    FORGE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    ORDER,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families299_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families299_svc import cl_card, cl_confirm, fn_eval, hs_attach, mm_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tamzak", "Tamzak", "com.example.tamzak", "2.0.7", "https://api.tamzak.example.net")
IID = "X-Tamzak-Install"
PW = "Inaden*SabonGari7"
SISTER_LINE = "1840 Maple Ave, Columbus, OH 43201"  # her sister's address (typed by her)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def tamzak() -> list[Case]:
    rng = random.Random(29921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), portabl=L(E164, TEL)))}
    fla, flo = fix(FORGE_FIX)
    progress = at_path(case(f, f"{a}/v1/kommand/{ORDER}/foto", headers=_h(rng, **b)),
                       ORDER, BUY)
    return [
        case(f, f"{a}/v1/amaris", headers=_h(rng), body={
            "esem": L(FIRST, NAMEC), "esem_n_ebba": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "portabl": L(E164, TEL), "awal_n_ekchem": L(PW, CRED),
            "adres": L(HOME["line"], ADDR), "kartye": L(HOME["area"], COARSE),
            "aghrem": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/ekchem/kod", fmt="form", headers=_h(rng), body={
            "portabl": L(E164, TEL), "kod": L("507218", CRED)}),
        case(f, f"{a}/v1/nak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/katalog", headers=_h(rng, **b), query={
            "tawsit": "tamzak", "ened": FORGE["id"], "tasna": "1"}),
        case(f, f"{a}/v1/inaden/{FORGE['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/kommand", headers=_h(rng, **b), body={
            "kommand": L(ORDER, BUY), "tamzak": "tamzak_n_tamghart", "ened": FORGE["id"],
            "ales": {"esem": L(HUSBAND[0], NAMEC)},
            "amis": {"tassirt_cm": 212, "eghef": "awara"}, "ilem": "takarkart",
            "ini": ["azeggagh", "asattafa"], "azref": L(185000, BUY), "tadrimt": "XOF",
            "awal": L("For my husband's riding camel, the pommel a little higher than usual",
                      TEXT)}),
        case(f, f"{a}/v1/kommand/avans", fmt="form", headers=_h(rng, **b), body={
            "kommand": L(ORDER, BUY), "avans": L("60000", BUY), "tadrimt": "XOF",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart_4": L("4444", PAY)}),
        multipart(f, f"{a}/v1/kommand/foto_taqdimt", [
            ("foto", "old_saddle.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"kommand": L(ORDER, BUY),
                                                "awal": L("The old one, cracked at the back",
                                                          TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/inaden/slot", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "ened": FORGE["id"], "ashal": "2025-12-18"}),
        case(f, f"{a}/v1/inaden/ekchem", headers=_h(rng, **b), body={
            "kommand": L(ORDER, BUY), "edag": {"lat": fla, "lng": flo},
            "ened": {"id": FORGE["id"], "lat": FORGE["lat"], "lng": FORGE["lon"],
                     "portabl": FORGE["phone"]}}),
        progress,
        case(f, f"{a}/v1/tassufra", headers=_h(rng, **b), body={
            "tassufra": "tassufra_tamast", "ini": "azeggagh", "azref": L(42000, BUY),
            "imesli": {"esem": L(SISTER_US[0], NAMEC), "imel": L(SISTER_US[2], MAIL),
                       "portabl": L(SISTER_US[1], TEL), "adres": L(SISTER_LINE, ADDR)},
            "awal": L("Emily, this is for your birthday, made by our smith in Agadez!", TEXT)}),
        case(f, f"{a}/v1/kurye", fmt="form", headers=_h(rng, **b), body={
            "kommand": L("TZK-1191", BUY), "kg": "1.2", "azref": L("27500", BUY),
            "portabl_n_amesekki": L(E164, TEL), "daw": "US"}),
        case(f, f"{a}/v1/kommand/tirra", headers=_h(rng, **b), body={
            "kommand": L(ORDER, BUY), "script": "tifinagh",
            "tirra": L("\u2d56\u2d30\u2d4d\u2d49 \u2d30\u2d33 \u2d30\u2d59\u2d59\u2d30\u2d4d"
                       "\u2d3b\u2d3d", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/ahanay", fmt="form", headers=_h(rng, **b), body={
            "ened": FORGE["id"], "itran": "5",
            "awal": L("Beautiful work, finished one week early. Tanemmert!", TEXT)}),
        case(f, f"{a}/v1/asiggel", headers=_h(rng, **b), query={
            "asiggel": L("tassufra ilem azeggagh tamast", SEARCH)}),
        case(f, f"{a}/v1/basket", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"sku": "cushion_07", "n": 2, "azref": 9000},
                      {"sku": "girth_strap", "n": 1, "azref": 6500}],
            "total": L(24500, BUY), "user": L(USER_ID, UID)}),
        case(f, f"{a}/v1/kommand/takfit", fmt="form", headers=_h(rng, **b), body={
            "kommand": L(ORDER, BUY), "azref": L("125000", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/fakture/latest", headers=_h(rng, how="none"), cookies={
            "tz_session": L(opaque(rng, "", 40), CRED), "tz_install": L(INSTALL_ID, DID),
            "tz_req": rid(rng)}),
        case(f, f"{a}/v1/awal", headers=_h(rng, **b), body={
            "to": "ened_07_master",
            "awal": L("Can you add brass tacks on the pommel? My husband will come on Friday.",
                      TEXT)}),
        case(f, f"{a}/v1/kommand/amekkas", headers=_h(rng, **b), body={
            "kommand": L(ORDER, BUY),
            "amekkas": {"esem": L(HUSBAND[0], NAMEC), "portabl": L(HUSBAND[1], TEL),
                        "relation": "ales"}}),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b), body=push(push_token(rng), "fr_NE")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("order_placed", 1), ev("screen", 2, screen=L("Progress", USAGE))]}),
    ]


def tamzak_sdks() -> list[Case]:
    rng = random.Random(29922)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(185000, BUY)}),
                            ("Deposit Paid", {"amount": L(60000, BUY)})]),
        mc_identify(APP, rng, {"aghrem": L("Agadez", COARSE), "orders": 2}),
        tn_launch(APP, rng),
        tn_event(APP, rng, "purchase", {"kommand": L(ORDER, BUY)}, revenue=185000.0,
                 currency="XOF"),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=FORGE_FIX, nd=2,
               keywords="leather,crafts,saddle"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo decode"),
                 [cd_crumb("nav", "Order -> Photos")], screen="ProgressActivity"),
        fn_eval(APP, rng, {"market": "NE", "lang": L("fr", DEV)}, hdr=True),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "125000"),
        hs_attach(APP, rng, L(JPEG + b"\x32", MEDIA), "pommel.jpg", "image/jpeg"),
        mm_geocode(APP, rng, "inaden Sabon Gari", SEARCH, near=HOME_AT, nd=2),
    ]

