"""Native-artist jewellery shop app "Beeshligaii" (béésh łigaii "silver"; a fictional marketplace
for enrolled Native silversmiths, which must certify each artist's enrollment under the Indian
Arts and Crafts Act). Her husband Leon is the silversmith (atsidi); she runs his shop from her
phone: the certification with his census number and clan, listings, commissions, shipping, the
payout, taxes, a booth at the Gallup arts market and the cash sales there. Keys (Navajo without
diacritics or glottal stops, with English): ``atsidi`` silversmith (the artist), ``yoo`` jewel /
piece (yoo' "bead"), ``beesh_ligaii`` silver, ``dootlizhii`` turquoise, ``naalyehe`` item /
goods, ``bike`` price / payment, ``beeso`` money / amount, ``nahaazhne`` sale, ``bizhi`` name,
``beesh_naaltsoos`` e-mail, ``beesh_bee_hane`` phone, ``bee_adaalkaal`` password, ``census``,
``doonee`` clan, ``hoolye`` town, ``hane`` message, ``hadinitaa`` search, ``nahookos`` /
``haaaah`` latitude / longitude. Calls: seller sign-up, a form log-in, ``/shi``, the artist's
certification (his census number, nation and clan; his CIB scan), a listing and its photo, a
commission accepted, a shipping label, the payout account, a W-9 (her SSN), the quarter's sales
tax (gzip), sheet silver bought from a supplier (msgpack), the market booth and its payment, a
check-in at the market, cash sales synced (JSON Lines), sales by seller number in the path, a
message to a buyer, a search of the shop, push, events and a refresh. Set 142 pawns gold
jewellery and set 151 has her selling wine; no set sells Native-made silver ("silversmith"
matched nothing)."""

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
    NATIONAL,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families170_kit import (
    ACCOUNT,
    HOME,
    HUSBAND,
    MARKET,
    ROUTING,
    SSN,
    fix,
    hd,
    obj,
    push,
)
from eval_families170_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch, tn_link
from eval_families170_svc import cl_payout, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App(
    "beeshligaii",
    "Beeshligaii",
    "com.example.beeshligaii",
    "4.0.2",
    "https://api.beeshligaii.example.com",
)
IID = "X-BL-Install"
NID = "personal.national_id"
SELLER = "BL-S-00917"  # her seller account (id.user)
LEON_CENSUS = "2044381"  # her husband's census number (personal.national_id)
MARKET_FIX = (35.528412, -108.742233)  # her phone at the booth


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def beeshligaii() -> list[Case]:
    rng = random.Random(17061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, seller=L(SELLER, UID), beesh_bee_hane=L(E164, TEL)))}
    mla, mlo = fix(MARKET_FIX)
    item = obj(rng, "yoo", 8)
    sales = at_path(
        case(
            f,
            f"{a}/v2/sellers/{SELLER}/nahaazhne",
            headers=_h(rng, **b),
            query={"from": "2026-01-01", "to": "2026-06-30"},
        ),
        SELLER,
        UID,
    )
    return [
        case(
            f,
            f"{a}/v2/sellers",
            headers=_h(rng),
            body={
                "bizhi": L(f"{FIRST} {LAST}", NAMEC),
                "beesh_naaltsoos": L(EMAIL, MAIL),
                "beesh_bee_hane": L(NATIONAL, TEL),
                "bee_adaalkaal": L("Squash$Blossom91", CRED),
                "shop": "Yazzie Silver",
                "hoolye": L(HOME["town"], COARSE),
                "state": L(HOME["state"], COARSE),
                "seller": L(SELLER, UID),
            },
        ),
        case(
            f,
            f"{a}/v2/login",
            fmt="form",
            headers=_h(rng),
            body={"beesh_naaltsoos": L(EMAIL, MAIL), "bee_adaalkaal": L("Squash$Blossom91", CRED)},
        ),
        case(f, f"{a}/v2/shi", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v2/atsidi/certify",
            headers=_h(rng, **b),
            body={
                "atsidi": {
                    "bizhi": L(HUSBAND[0], NAMEC),
                    "census": L(LEON_CENSUS, NID),
                    "nation": L("Navajo Nation", SENS),
                    "doonee": L("Kinyaaaanii", SENS),
                },
                "iaca_ack": True,
                "seller": L(SELLER, UID),
            },
        ),
        multipart(
            f,
            f"{a}/v2/atsidi/cib",
            [
                ("cib", "leon_cib.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NID}|{SENS}")),
                ("meta", None, "application/json", {"census": L(LEON_CENSUS, NID)}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/naalyehe",
            headers=_h(rng, **b),
            body={
                "yoo": item,
                "title": "Squash blossom necklace, Kingman turquoise",
                "beesh_ligaii": {"oz": 6.2, "sterling": True},
                "dootlizhii": "Kingman",
                "bike": 1450,
                "atsidi": L("Leon Yazzie (Dine)", f"{NAMEC}|{SENS}"),
                "handmade": True,
            },
        ),
        multipart(
            f,
            f"{a}/v2/naalyehe/{item}/photos",
            [
                ("photo", "squash_blossom.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
                ("meta", None, "application/json", {"yoo": item, "order": 1}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/commissions/cm_40871/accept",
            headers=_h(rng, **b),
            body={
                "bike": L(680, BUY),
                "deposit": L(200, BUY),
                "due": "2026-08-01",
                "hane": L("Leon will use the Royston stone you picked, ring size 7", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v2/orders/od_55120/label",
            headers=_h(rng, **b),
            body={
                "from": {
                    "bizhi": L(f"{FIRST} {LAST}", NAMEC),
                    "beesh_bee_hane": L(E164, TEL),
                    "address": L(HOME["po"], ADDR),
                    "hoolye": L(HOME["town"], COARSE),
                    "zip": L(HOME["zip"], COARSE),
                },
                "parcel": {"oz": 9, "insured": 680},
                "service": "priority",
            },
        ),
        case(
            f,
            f"{a}/v2/payouts/account",
            headers=_h(rng, **b),
            body={
                "holder": L(f"{FIRST} {LAST}", NAMEC),
                "routing": L(ROUTING, PAY),
                "account": L(ACCOUNT, PAY),
                "type": "checking",
                "seller": L(SELLER, UID),
            },
        ),
        case(
            f,
            f"{a}/v2/tax/w9",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "name": L(f"{FIRST} {LAST}", NAMEC),
                "tin_type": "ssn",
                "tin": L(SSN, NID),
                "address": L(HOME["po"], ADDR),
                "city_state_zip": L("St. Michaels AZ 86511", COARSE),
            },
        ),
        case(
            f,
            f"{a}/v2/tax/sales",
            gz=True,
            headers=_h(rng, **b),
            body={
                "seller": L(SELLER, UID),
                "period": "2026-Q2",
                "gross": L(9340, BUY),
                "nn_rate": 0.06,
                "tax": 560.4,
                "jurisdiction": "navajo_nation",
            },
        ),
        case(
            f,
            f"{a}/v2/supplies/orders",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "supplier": "sup_rio_sheet",
                "naalyehe": [{"sku": "ss-18ga-6x6", "qty": 4}, {"sku": "bezel-fine-3mm", "qty": 2}],
                "beeso": L(412.75, BUY),
                "seller": L(SELLER, UID),
            },
        ),
        case(
            f,
            f"{a}/v2/market/booths",
            headers=_h(rng, **b),
            body={
                "market": MARKET["id"],
                "ji": "2026-07-11",
                "booth": "C-07",
                "beeso": L(35, BUY),
                "seller": L(SELLER, UID),
            },
        ),
        case(
            f,
            f"{a}/v2/market/bike",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "booth": "C-07",
                "beeso": L("35.00", BUY),
                "method": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v2/market/checkin",
            headers=_h(rng, **b),
            body={
                "market": MARKET["id"],
                "at": {"nahookos": mla, "haaaah": mlo},
                "plaza": {"nahookos": MARKET["lat"], "haaaah": MARKET["lon"]},
            },
        ),
        lines(
            f,
            f"{a}/v2/sync",
            [
                {
                    "op": "nahaazhne",
                    "yoo": "yoo_cuff_22",
                    "bike": L(240, BUY),
                    "cash": True,
                    "seller": L(SELLER, UID),
                },
                {"op": "nahaazhne", "yoo": "yoo_earr_08", "bike": L(95, BUY), "cash": True},
                {"op": "stock", "yoo": item, "qty": 0},
            ],
            headers=_h(rng, **b),
        ),
        sales,
        case(
            f,
            f"{a}/v2/hane",
            headers=_h(rng, **b),
            body={
                "thread": obj(rng, "th"),
                "to": "buyer_cm_40871",
                "hane": L("Ahehee for your patience, the ring ships Friday", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v2/shop/search",
            headers=_h(rng, **b),
            query={"hadinitaa": L("storyteller bracelet sold", SEARCH), "seller": L(SELLER, UID)},
        ),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v2/events",
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "events": [ev("listing_created", 1), ev("screen", 2, screen=L("Payouts", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/v2/session/refresh",
            fmt="form",
            headers=_h(rng, how="none"),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)},
        ),
    ]


def beeshligaii_sdks() -> list[Case]:
    rng = random.Random(17062)
    link = U(
        "https://beeshligaii.example.com/o",
        {"order": L("od_55120", BUY), "src": "mail", "em": L(EMAIL, MAIL)},
    )
    return [
        mc_batch(
            APP,
            rng,
            [("Listing Created", {"price": 1450}), ("Sale Synced", {"total": L(335, BUY)})],
            at=MARKET_FIX,
            nd=2,
        ),
        mc_identify(APP, rng, {"state": L("AZ", COARSE), "seller": L(SELLER, UID)}),
        mc_pixel(APP, rng, "Payouts Opened", {"period": "2026-Q2"}),
        tn_launch(APP, rng, user=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "listing", {"yoo": "squash_blossom"}),
        fn_eval(APP, rng, {"state": L("AZ", COARSE), "role": "seller"}),
        pt_register(APP, rng, at=MARKET_FIX, nd=2, tags={"market": MARKET["id"]}),
        cl_payout(APP, rng, "335.00"),
        mm_geocode(APP, rng, "Gallup post office", SEARCH, near=MARKET_FIX, nd=3),
        hs_message(
            APP,
            rng,
            L("The buyer of order od_55120 says the parcel never arrived", f"{TEXT}|{BUY}"),
            {"seller": L(SELLER, UID)},
        ),
    ]
