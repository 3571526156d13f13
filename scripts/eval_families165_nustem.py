"""Margao fish-market pre-order app "Nustem" (she orders from a fisherwoman's stall: cleaned and
cut to her liking, collected or delivered to her mother-in-law's house; its API's keys are
Konkani in Romi script: ``nanv`` name, ``mobail`` mobile, ``gupit_utor`` password, ``patto``
address, ``xar`` town, ``pin`` PIN code, ``ghenar`` buyer, ``nustem`` fish (``visvon`` kingfish,
``kolombi`` prawns, ``bangdde`` mackerel, ``pomflet`` pomfret), ``vozon`` weight, ``nitoll``
cleaned, ``katorop`` cut, ``vostu`` items, ``bhav`` market rates, ``bazar`` market, ``pavonni``
delivery, ``rokom`` amount, ``bhornni`` payment, ``jaga`` place, ``allergy``, ``sondes``
message, ``obhiprai`` review, ``tokrar`` complaint, ``sod`` search, ``bhas`` language,
``pavsali_bondi`` the monsoon fishing ban): sign-up, a form log-in, ``/mhaka``, the day's
rates, stalls near her, an order delivered to her mother-in-law, its payment, the pick-up
check-in at the stall, a protobuf beat on the way, her shellfish allergy, a message to the
fisherwoman, a review, a search, the order by number in the path, favourites, a complaint
with a photo, a wallet top-up, the monsoon-ban notice, history by cookie, push and events. Sets
46 (a fishing log), 136 (a fish traders' market where she sells) and 159 (ciguatera reports)
have fish; here she is a retail buyer pre-ordering from a market stall."""

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
    JPEG,
    MAIL,
    MED,
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
from eval_families165_kit import (
    BUYER,
    HOME,
    HOME_AT,
    IN_PHONE,
    MARGAO_AT,
    MARGAO_HOUSE,
    MARKET_FIX,
    MOTHER_IL,
    STALL,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families165_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families165_svc import cl_card, cl_confirm, hs_message, mm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nustem", "Nustem", "com.example.nustem", "5.1.0", "https://api.nustem.example.net")
IID = "X-Nustem-Install"
PW = "Bangdde#Margao5"
ORDER = "NS-260124-3391"  # her order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def nustem() -> list[Case]:
    rng = random.Random(16551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ghenar=L(BUYER, UID)))}
    mla, mlo = fix(MARKET_FIX)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(BUYER, UID)),
            (2, obj(rng, "od")),
            (3, 1769228400),
            (4, [(1, L(15.275118, PRECISE)), (2, L(73.960214, PRECISE)), (3, 14.0)]),
            (5, L(38, DEV)),
        ],
        "",
        lab,
    )
    order = at_path(case(f, f"{a}/v1/order/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(
            f,
            f"{a}/v1/signup",
            headers=_h(rng),
            body={
                "nanv": L(f"{FIRST} {LAST}", NAMEC),
                "mobail": L(IN_PHONE, TEL),
                "email": L(EMAIL, MAIL),
                "gupit_utor": L(PW, CRED),
                "patto": L(HOME["line"], ADDR),
                "xar": L(HOME["town"], COARSE),
                "pin": L(HOME["pin"], COARSE),
            },
        ),
        case(
            f,
            f"{a}/v1/login",
            fmt="form",
            headers=_h(rng),
            body={"mobail": L(IN_PHONE, TEL), "gupit_utor": L(PW, CRED)},
        ),
        case(f, f"{a}/v1/mhaka", headers=_h(rng, extra=jw)),
        case(
            f, f"{a}/v1/bhav", headers=_h(rng, **b), query={"bazar": "margao", "dis": "2026-01-24"}
        ),
        case(
            f,
            f"{a}/v1/stall/lagim",
            headers=_h(rng, **b),
            query={
                "lat": L(f"{MARKET_FIX[0]:.3f}", PRECISE),
                "lon": L(f"{MARKET_FIX[1]:.3f}", PRECISE),
                "km": "1",
            },
        ),
        case(
            f,
            f"{a}/v1/order",
            headers=_h(rng, **b),
            body={
                "stall": STALL["id"],
                "ghenar": L(BUYER, UID),
                "order": L(ORDER, BUY),
                "vostu": [
                    {"nustem": "visvon", "vozon": 1.5, "nitoll": True, "katorop": "tukde"},
                    {"nustem": "bangdde", "vozon": 1.0, "nitoll": True, "katorop": "rechead"},
                ],
                "rokom": L(1480, BUY),
                "pavonni": {
                    "nanv": L(MOTHER_IL[0], NAMEC),
                    "mobail": L(MOTHER_IL[1], TEL),
                    "patto": L(MARGAO_HOUSE["line"], ADDR),
                    "xar": L(MARGAO_HOUSE["town"], COARSE),
                    "vell": "11:00",
                },
            },
        ),
        case(
            f,
            f"{a}/v1/patte",
            headers=_h(rng, **b),
            body={
                "ghenar": L(BUYER, UID),
                "label": "avoi",
                "nanv": L(MOTHER_IL[0], NAMEC),
                "patto": L(MARGAO_HOUSE["line"], ADDR),
                "pin": L(MARGAO_HOUSE["pin"], COARSE),
                "mobail": L(MOTHER_IL[1], TEL),
            },
        ),
        case(
            f,
            f"{a}/v1/bhornni",
            fmt="form",
            headers=_h(rng, **b),
            body={"order": L(ORDER, BUY), "rokom": L("1480.00", BUY), "upi": L(UPI, PAY)},
        ),
        case(
            f,
            f"{a}/v1/pickup/check_in",
            headers=_h(rng, **b),
            body={
                "order": L(ORDER, BUY),
                "jaga": {"lat": mla, "lon": mlo, "nemkai": 10},
                "stall": {"lat": STALL["lat"], "lon": STALL["lon"], "phone": STALL["phone"]},
            },
        ),
        raw(f, f"{a}/v1/pickup/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/v1/allergy",
            headers=_h(rng, **b),
            body={
                "ghenar": L(BUYER, UID),
                "allergy": [L("kolombi", MED), L("kurlleo", MED)],
                "sondes": L(
                    "Mhaka kolombichi allergy asa, kolombi vegllim pack korat", f"{TEXT}|{MED}"
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/sondes",
            headers=_h(rng, **b),
            body={
                "stall": STALL["id"],
                "thread": obj(rng, "th"),
                "sondes": L("Bai, bangdde aiz taje asat? Dha vazta ietam", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v1/obhiprai",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "stall": STALL["id"],
                "star": "4",
                "obhiprai": L("Visvon boro nitoll kelo, punn vozon thodo unno", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v1/sod",
            headers=_h(rng, **b),
            query={"sod": L("tajem pomflet margao aiz", SEARCH)},
        ),
        order,
        case(
            f,
            f"{a}/v1/favourites",
            fmt="form",
            headers=_h(rng, **b),
            body={"stall": STALL["id"], "ghenar": L(BUYER, UID)},
        ),
        multipart(
            f,
            f"{a}/v1/tokrar",
            [
                ("foto", "bangdde.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "order": L(ORDER, BUY),
                        "sondes": L("Bangdde kuzleat, porot dinat vo poixe porot", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/wallet/topup",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "rokom": L("2000", BUY),
                "card_last4": L("4444", PAY),
                "method": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v1/pavsali_bondi",
            headers=_h(rng, **b),
            query={"bhas": L("kok", DEV), "voros": "2026"},
        ),
        case(
            f,
            f"{a}/v1/history",
            headers=_h(rng, how="none"),
            cookies={
                "ns_session": L(opaque(rng, "", 40), CRED),
                "ns_device": L(INSTALL_ID, DID),
                "ns_req": rid(rng),
            },
        ),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v1/events",
            gz=True,
            headers=_h(rng, **b),
            body={
                "vaparpi": L(USER_ID, UID),
                "events": [
                    ev("order_ghetlo", 1, rokom=L(1480, BUY)),
                    ev("screen", 2, screen=L("Bhav", USAGE)),
                ],
            },
        ),
    ]


def nustem_sdks() -> list[Case]:
    rng = random.Random(16552)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Order Placed", {"total": L(1480, BUY)}),
                ("Pickup Checked In", {"stall": STALL["id"]}),
            ],
            at=MARKET_FIX,
            nd=2,
        ),
        mc_identify(APP, rng, {"xar": L("Panaji", COARSE), "ghenar": L(BUYER, UID)}),
        tn_launch(APP, rng, first=True),
        tn_event(
            APP,
            rng,
            "purchase",
            {"order": L(ORDER, BUY)},
            revenue=1480.0,
            currency="INR",
            hashed=True,
        ),
        bf_bid(
            APP,
            rng,
            {"native": {"ver": "1.2"}},
            at=MARKET_FIX,
            nd=3,
            keywords="fish,seafood,margao",
        ),
        cd_crash(
            APP,
            rng,
            ("java.io.IOException", "order sync"),
            [cd_crumb("nav", "Bhav -> Order"), cd_crumb("tap", "pay_upi")],
            screen="OrderActivity",
        ),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "2000.00", "inr"),
        mm_route(
            APP,
            rng,
            [(HOME_AT, PRECISE), ((STALL["lat"], STALL["lon"]), None), (MARGAO_AT, PRECISE)],
        ),
        hs_message(
            APP,
            rng,
            L(f"Order {ORDER} Margao ghora pavlo na", f"{TEXT}|{BUY}"),
            {"ghenar": L(BUYER, UID)},
        ),
    ]
