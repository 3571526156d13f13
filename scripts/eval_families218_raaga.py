"""Crafts trade fair visitor app "Nugtuum Raaga" (``nug-tuumde`` handicraft, lit. hand work,
``raaga`` market: a fictional biennial crafts fair on Ouagadougou's fairground; she visits with
her family, buys woven cloth and a leather bag and ships a basket to her brother in Chicago).
Its API's keys are Moore with French loans: ``yuure`` first name, ``sondre`` family name,
``portabl`` mobile, ``solgo`` password (lit. secret), ``tengkasenga`` town, ``vizitor``
visitor badge, ``tike`` ticket, ``neba`` people, ``biiga`` child, ``yuumde`` age (lit. year),
``ligdi`` amount, ``yaobre`` payment, ``stand``, ``pavillon`` hall, ``kolg`` gate scan,
``nongre`` favourites (lit. love), ``nug_tuumda`` artisan, ``raab`` purchase, ``yaoodo``
price, ``tuumsgo`` shipping (lit. sending), ``deegda`` recipient, ``zak_soore`` street line,
``post`` postcode, ``foto`` photo, ``neere`` rating, ``yamleoogo`` comment, ``baob`` search,
``resi`` receipt, ``konferans`` talk, ``koeega`` message, ``biig_menem`` lost child (lit.
child lost), ``apare`` device: sign-up, a log-in, ``/mam``, tickets for the family, their
payment by mobile money, halls, stands near her (4 decimals), the gate scan with her fix, a
protobuf presence beat, favourites (msgpack), a purchase at a stand, its shipping to Chicago, a
photo and a rating, a search, the receipt by order number in the path, a talk booked, a message
to an artisan, a lost-child alert, tickets by cookie (a base64 JSON context cookie), push and
events. New: "trade fair" matched no file name or docstring and "crafts fair" only a line in set
114's lace app; set 167's bronze foundry is a commission, set 114/126/129 crafts marketplaces
sell online."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families218_kit import (
    BROTHER_US,
    FAIR,
    FAIR_FIX,
    HUSBAND,
    LOCAL_PHONE,
    OUA_HOME,
    OUA_HOME_AT,
    SON,
    VISITOR,
    fix,
    hd,
    push,
)
from eval_families218_sdk import (
    ab_event,
    ab_launch,
    ab_link,
    bn_bid,
    bn_notice,
    st_batch,
    st_identify,
)
from eval_families218_svc import hw_message, mz_route, pm_card, pm_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("nugtuumraaga", "Nugtuum Raaga", "com.example.nugtuumraaga", "4.4.0",
          "https://api.nugtuumraaga.example.com")
IID = "X-NR-Apare"
PW = "Raaga2026$Oua"
KID = f"{SON['first']} {SON['last']}"
TICKET = "NR26-T-558102"  # the family's tickets (financial.purchase)
ORDER = "NR26-O-88410"  # a purchase at a stand (financial.purchase)
BRO_ADDR = ("1420 W Foster Ave Apt 3", "Chicago", "60640")  # her brother's (typed: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nugtuumraaga() -> list[Case]:
    rng = random.Random(21871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), vizitor=L(VISITOR, UID)))}
    fla, flo = fix(FAIR_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(VISITOR, UID)), (2, "pav3_b12"), (3, 1769857200),
               (4, [(1, L(FAIR_FIX[0], PRECISE)), (2, L(FAIR_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(71, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v3/raab/{ORDER}/resi", headers=_h(rng, **b)),
                      ORDER, BUY)
    return [
        case(f, f"{a}/api/v3/vizitor", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "portabl": L(E164, TEL), "solgo": L(PW, CRED),
            "tengkasenga": L(OUA_HOME["town"], COARSE), "vizitor": L(VISITOR, UID),
            "interet": ["tissage", "cuir", "vannerie"]}),
        case(f, f"{a}/api/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "solgo": L(PW, CRED), "apare": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/mam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/tike", headers=_h(rng, **b), body={
            "vizitor": L(VISITOR, UID), "tike": L(TICKET, BUY), "daare": "2026-01-31",
            "neba": [{"yuure": L(f"{FIRST} {LAST}", NAMEC), "buudu": "adult"},
                     {"yuure": L(HUSBAND[0], NAMEC), "buudu": "adult"},
                     {"yuure": L(KID, NAMEC), "buudu": "biiga", "yuumde": L(8, BIRTH)}],
            "ligdi": L(3500, BUY)}),
        case(f, f"{a}/api/v3/yaobre", fmt="form", headers=_h(rng, **b), body={
            "tike": L(TICKET, BUY), "ligdi": L("3500", BUY), "devise": "XOF",
            "wallet": L(LOCAL_PHONE, TEL), "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v3/pavillon", headers=_h(rng, **b), query={
            "fair": FAIR["id"], "lang": "fr"}),
        case(f, f"{a}/api/v3/stand/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{FAIR_FIX[0]:.4f}", PRECISE), "lng": L(f"{FAIR_FIX[1]:.4f}", PRECISE),
            "radius_m": "150", "category": "cuir"}),
        case(f, f"{a}/api/v3/kolg", headers=_h(rng, **b), body={
            "vizitor": L(VISITOR, UID), "tike": L(TICKET, BUY), "gate": "porte_B",
            "ziiga": {"lat": fla, "lng": flo},
            "fairground": {"lat": FAIR["lat"], "lng": FAIR["lon"]}}),
        raw(f, f"{a}/api/v3/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/nongre", fmt="msgpack", headers=_h(rng, **b), body={
            "vizitor": L(VISITOR, UID), "stand": ["b12", "c04", "a21"],
            "note": L("Ask B12 for the black bag, C04 baskets for Mike", TEXT)}),
        case(f, f"{a}/api/v3/raab", headers=_h(rng, **b), body={
            "raab": L(ORDER, BUY), "stand": "b12", "nug_tuumda": "art_b12",
            "lines": [{"item": "sac cuir tanne", "yaoodo": 18000, "qty": 1},
                      {"item": "pagne tisse 3 m", "yaoodo": 12500, "qty": 2},
                      {"item": "panier Bolgatanga", "yaoodo": 9000, "qty": 1}],
            "total": L(52000, BUY), "vizitor": L(VISITOR, UID)}),
        case(f, f"{a}/api/v3/tuumsgo", headers=_h(rng, **b), body={
            "raab": L(ORDER, BUY),
            "deegda": {"yuure": L(BROTHER_US[0], NAMEC), "zak_soore": L(BRO_ADDR[0], ADDR),
                       "tengkasenga": L(BRO_ADDR[1], COARSE), "post": L(BRO_ADDR[2], COARSE),
                       "tenga": L("US", COARSE), "portabl": L(BROTHER_US[1], TEL),
                       "email": L(BROTHER_US[2], MAIL)},
            "kilo": 2.4, "ligdi": L(41000, BUY)}),
        multipart(f, f"{a}/api/v3/foto", [
            ("foto", "sac_b12.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("meta", None, "application/json", {
                "stand": "b12", "yamleoogo": L("Beautiful leather, stitched in front of us",
                                               TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/neere", fmt="form", headers=_h(rng, **b), body={
            "stand": "b12", "neere": "5",
            "yamleoogo": L("Fair price and the artisan explained the tanning", TEXT)}),
        case(f, f"{a}/api/v3/baob", headers=_h(rng, **b), query={
            "q": L("panier vannerie Koudougou", SEARCH), "page": "1"}),
        receipt,
        case(f, f"{a}/api/v3/konferans/kf_0201/reserv", headers=_h(rng, **b), body={
            "vizitor": L(VISITOR, UID), "seats": 1}),
        case(f, f"{a}/api/v3/koeega", headers=_h(rng, **b), body={
            "reegda": "art_b12",
            "koeega": L("Can you make the same bag in black? I come back to your stand on "
                        "Saturday", TEXT)}),
        case(f, f"{a}/api/v3/biig_menem", headers=_h(rng, **b), body={
            "biiga": {"yuure": L(KID, NAMEC), "yuumde": L(8, BIRTH),
                      "description": L("Wendyam, 8, green football shirt, near hall 3",
                                       f"{TEXT}|{NAMEC}|{BIRTH}")},
            "portabl": L(LOCAL_PHONE, TEL), "ziiga": {"lat": fla, "lng": flo}}),
        case(f, f"{a}/api/v3/tike/latest", headers=_h(rng, how="none"), cookies={
            "nr_sesion": L(opaque(rng, "", 40), CRED), "nr_apare": L(INSTALL_ID, DID),
            "nr_ctx": W({"vizitor": L(VISITOR, UID), "lang": L("fr", DEV)}, "b64json"),
            "nr_req": rid(rng)}),
        case(f, f"{a}/api/v3/apare", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/yela", gz=True, headers=_h(rng, **b), body={
            "neda": L(USER_ID, UID), "yela": [
                ev("stand_viewed", 1, stand="b12"), ev("raab", 2, total=L(52000, BUY)),
                ev("screen", 3, screen=L("Nongre", USAGE))]}),
    ]


def nugtuumraaga_sdks() -> list[Case]:
    rng = random.Random(21872)
    link = U("https://nugtuumraaga.example.com/t", {"tike": L(TICKET, BUY), "src": "mail",
                                                     "em": L(EMAIL, MAIL)})
    return [
        st_batch(APP, rng, [("Ticket Bought", {"total": L(3500, BUY)}),
                            ("Stand Viewed", {"stand": "b12"})], at=FAIR_FIX, nd=3),
        st_identify(APP, rng, {"tengkasenga": L("Ouagadougou", COARSE),
                               "vizitor": L(VISITOR, UID), "interet": "cuir"}),
        ab_launch(APP, rng, first=True),
        ab_link(APP, rng, link),
        ab_event(APP, rng, "purchase", {"raab": L(ORDER, BUY)}, revenue=52000.0, hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FAIR_FIX, nd=2,
               keywords="crafts,leather,fair"),
        bn_notice(APP, rng, "win"),
        pm_card(APP, rng, email=True),
        pm_confirm(APP, rng, "52000"),
        mz_route(APP, rng, [(OUA_HOME_AT, PRECISE), ((FAIR["lat"], FAIR["lon"]), None)]),
        hw_message(APP, rng, L(f"Order {ORDER} to Chicago has no tracking yet",
                               f"{TEXT}|{BUY}"), {"vizitor": L(VISITOR, UID)}),
    ]
