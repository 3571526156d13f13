"""Trading-post app "Naalyehe" (naalyéhé "goods", naalyéhé bá hooghan "trading post"; a fictional
family trading post on the road to Sawmill that still keeps charge accounts, takes pawn and rugs
on consignment, buys wool, holds rural mail and sells hay). Keys (Navajo without diacritics or
glottal stops, with English): ``naalyehe`` goods / order, ``tab`` charge account, ``beeso``
amount, ``bike`` payment, ``baah`` bread, ``akaan`` flour, ``dibe_bitsi`` mutton, ``tloh`` hay,
``naadaa`` corn, ``diyogi`` rug, ``yoo`` jewel, ``aghaa`` wool (aghaaʼ), ``bizhi`` name,
``beesh_bee_hane`` phone, ``beesh_naaltsoos`` e-mail, ``bee_adaalkaal`` password,
``bee_eehozinii`` ID document (bee ééhózinii "that by which one is known"), ``naanish`` job,
``hooghan_bitiin`` directions home, ``hane`` message, ``hadinitaa`` search, ``nahookos`` /
``haaaah`` latitude / longitude. Calls: sign-up, an SMS code, ``/shi``, the charge-account
application (SSN, licence), the tab by account number in the path, a grocery order, hay
delivered to the homesite, her grandmother's rug on consignment (photo), a pawn ticket for her
turquoise bracelet, its renewal, a cashed paycheck (photo), rural mail held in her box, a
protobuf store beat with her fix, a wool sale, a search, a message to the clerk, a utility bill
paid at the counter, a money order, a cookie GET, push and events. Set 142 is a city pawnshop
for gold and sets 109, 129 and 131 sell textiles; a trading post's charge account, hay, mail and
rug consignment is new ("trading post" matched nothing)."""

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
from eval_families170_kit import (
    DL_AZ,
    GRANDMA,
    HOME,
    HOME_AT,
    HOME_DIRECTIONS,
    POST,
    POST_FIX,
    SSN,
    fix,
    hd,
    obj,
    push,
)
from eval_families170_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families170_svc import cl_card, cl_confirm, cy_check, mm_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "naalyehe", "Naalyehe", "com.example.naalyehe", "1.11.4", "https://api.naalyehe.example.net"
)
IID = "X-Naalyehe-Device"
TAB = "RMW-0912"  # her charge account at the post (id.user)
PAWN = "PW-26-0318"  # her pawn ticket (financial.purchase)
UTIL = "NTU-5520918"  # her electric utility account (id.user)
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, nv=True, **kw)


def naalyehe() -> list[Case]:
    rng = random.Random(17071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tab=L(TAB, UID), beesh_bee_hane=L(E164, TEL)))}
    pla, plo = fix(POST_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(TAB, UID)),
            (2, POST["id"]),
            (3, 1781600000),
            (4, [(1, L(POST_FIX[0], PRECISE)), (2, L(POST_FIX[1], PRECISE)), (3, 9.0)]),
            (5, L("Pixel 8", DEV)),
        ],
        "",
        lab,
    )
    tab = at_path(
        case(f, f"{a}/api/tab/{TAB}", headers=_h(rng, **b), query={"month": "2026-10"}), TAB, UID
    )
    return [
        case(
            f,
            f"{a}/api/signup",
            headers=_h(rng),
            body={
                "bizhi": L(f"{FIRST} {LAST}", NAMEC),
                "beesh_bee_hane": L(E164, TEL),
                "beesh_naaltsoos": L(EMAIL, MAIL),
                "bee_adaalkaal": L("Bluebird&Flour26", CRED),
                "po_box": L(HOME["po"], ADDR),
                "zip": L(HOME["zip"], COARSE),
            },
        ),
        case(
            f,
            f"{a}/api/auth/sms",
            fmt="form",
            headers=_h(rng),
            body={"beesh_bee_hane": L(E164, TEL), "code": L("913027", CRED)},
        ),
        case(f, f"{a}/api/shi", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/tab/apply",
            headers=_h(rng, **b),
            body={
                "bizhi": L(f"{FIRST} {LAST}", NAMEC),
                "ssn": L(SSN, NID),
                "bee_eehozinii": {"kind": "az_license", "number": L(DL_AZ, NID)},
                "naanish": "Navajo Nation office assistant",
                "payday": "biweekly",
                "limit": 300,
                "tab": L(TAB, UID),
            },
        ),
        tab,
        case(
            f,
            f"{a}/api/naalyehe",
            headers=_h(rng, **b),
            body={
                "naalyehe": [
                    {"sku": "baah_white", "qty": 2},
                    {"sku": "akaan_bluebird_25", "qty": 1},
                    {"sku": "dibe_bitsi_ribs", "qty": 3},
                    {"sku": "naadaa_blue", "qty": 1},
                ],
                "beeso": L(61.47, BUY),
                "on_tab": True,
                "tab": L(TAB, UID),
                "pickup": "today",
            },
        ),
        case(
            f,
            f"{a}/api/tloh",
            headers=_h(rng, **b),
            body={
                "tloh": {"kind": "alfalfa", "bales": 10, "per_bale": 14.5},
                "beeso": L(165, BUY),
                "deliver": True,
                "hooghan_bitiin": L(HOME_DIRECTIONS, ADDR),
                "beesh_bee_hane": L(E164, TEL),
            },
        ),
        multipart(
            f,
            f"{a}/api/diyogi/consign",
            [
                ("photo", "two_grey_hills.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "weaver": L(f"{GRANDMA['first']} {GRANDMA['last']}", NAMEC),
                        "style": "Two Grey Hills",
                        "size_in": [36, 52],
                        "ask": 2200,
                        "tab": L(TAB, UID),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/tloh/status",
            headers=_h(rng, **b),
            query={"tab": L(TAB, UID), "delivery": obj(rng, "dl", 8)},
        ),
        case(
            f,
            f"{a}/api/pawn",
            headers=_h(rng, **b),
            body={
                "yoo": {"kind": "bracelet", "stone": "Morenci turquoise", "oz": 2.1},
                "loan": L(150, BUY),
                "ticket": L(PAWN, BUY),
                "due": "2027-01-15",
                "bee_eehozinii": L(DL_AZ, NID),
                "tab": L(TAB, UID),
            },
        ),
        case(
            f,
            f"{a}/api/pawn/renew",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "ticket": L(PAWN, BUY),
                "interest": L("15.00", BUY),
                "method": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        multipart(
            f,
            f"{a}/api/checks",
            [
                ("front", "check_front.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{PAY}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "amount": L(1184.33, BUY),
                        "fee": 5,
                        "tab": L(TAB, UID),
                        "payer": "Navajo Nation",
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/mail",
            headers=_h(rng, **b),
            query={"box": L(HOME["po"], ADDR), "held": "true"},
        ),
        raw(f, f"{a}/api/visits/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/api/aghaa",
            headers=_h(rng, **b),
            body={
                "aghaa": {"lbs": 64, "grade": "fine", "per_lb": 1.1},
                "beeso": L(70.4, BUY),
                "credit_tab": True,
                "tab": L(TAB, UID),
                "at": {"nahookos": pla, "haaaah": plo},
            },
        ),
        case(
            f,
            f"{a}/api/search",
            headers=_h(rng, **b),
            query={"hadinitaa": L("stove pipe 6 inch and piñon coal bucket", SEARCH)},
        ),
        case(
            f,
            f"{a}/api/hane",
            headers=_h(rng, **b),
            body={
                "to": "clerk",
                "hane": L(
                    "Please hold the last sack of blue corn meal for me, I come after work", TEXT
                ),
            },
        ),
        case(
            f,
            f"{a}/api/bills",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "utility": "ntu_electric",
                "account": L(UTIL, UID),
                "beeso": L("96.40", BUY),
                "on_tab": "true",
            },
        ),
        case(
            f,
            f"{a}/api/money_orders",
            headers=_h(rng, **b),
            body={
                "payee": "Navajo Nation Vital Records",
                "beeso": L(15, BUY),
                "fee": 1.5,
                "memo": L("Birth certificate for Kaden Yazzie", f"{TEXT}|{NAMEC}"),
            },
        ),
        case(
            f,
            f"{a}/api/receipts",
            headers=_h(rng, how="none"),
            cookies={
                "ny_sess": L(opaque(rng, "", 40), CRED),
                "ny_dev": L(INSTALL_ID, DID),
                "ny_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "nv_US")),
        case(
            f,
            f"{a}/api/events",
            gz=True,
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "events": [
                    ev("order_placed", 1, beeso=L(61.47, BUY)),
                    ev("screen", 2, screen=L("Tab", USAGE)),
                    ev("pawn_renewed", 3),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/hours",
            headers=_h(rng, **b),
            query={"post": POST["id"], "ji": "2026-11-26"},
        ),
    ]


def naalyehe_sdks() -> list[Case]:
    rng = random.Random(17072)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Order Placed", {"total": L(61.47, BUY)}),
                ("Pawn Renewed", {"ticket": L(PAWN, BUY)}),
            ],
            at=POST_FIX,
            nd=3,
            locale="nv_US",
        ),
        mc_pixel(APP, rng, "Tab Opened", {"post": POST["id"]}),
        tn_launch(APP, rng, first=True),
        tn_event(
            APP, rng, "purchase", {"order": "groceries"}, revenue=61.47, currency="USD", hashed=True
        ),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=HOME_AT,
            nd=2,
            keywords="groceries,hay,feed",
        ),
        bf_notice(APP, rng, "imp"),
        cd_crash(
            APP,
            rng,
            ("java.lang.NumberFormatException", "tab balance"),
            [cd_crumb("nav", "Home -> Tab")],
            screen="TabActivity",
        ),
        cy_check(APP, rng, {"analytics": True, "ads": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "15.00", "usd"),
        mm_reverse(APP, rng, POST_FIX, PRECISE, nd=5),
    ]
