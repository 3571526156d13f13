"""The poder's (village baker's) morning bread-round app "Sakalchem Pao" (an Altinho bakery's
bicycle round: pao, poie and kankonn at her gate at dawn; its API's keys are Konkani in Romi
script: ``nanv`` name, ``mobail`` mobile, ``kod`` code, ``patto`` address, ``xar`` town, ``pin``
PIN code, ``ghor_jaga`` home pin, ``vorgonni`` subscription, ``pao`` / ``poie`` / ``kankonn`` /
``undo`` the breads, ``sonkhea`` count, ``vell`` time, ``dis`` days, ``dar`` gate, ``dar_kod``
gate code, ``band`` pause (``thavn`` from, ``meren`` to), ``karonn`` reason, ``vostu`` items,
``rokom`` amount, ``bhornni`` payment, ``tokrar`` complaint, ``obhiprai`` feedback, ``sondes``
message, ``sod`` search, ``bhas`` language, ``poder`` baker): sign-up with her gate pinned, an
SMS code, ``/mhaka``, the subscription, a UPI autopay mandate, gate instructions and code, a gate
photo, the round's arrival estimate from her gate, a pause while she travels, a party order
(msgpack), the monthly bill by account in the path, its payment, a complaint, a rating, a
search, the delivery acknowledged at the gate, a tip, notices by cookie, the language, push and
events (gzip). No earlier set has a bread round (docstring grep: "bakery" matched set 90's
slava bread order and a kit place; "poder" and "bread subscription" nothing)."""

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
    PRECISE,
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
from eval_families165_kit import (
    BAKERY,
    GATE_FIX,
    HOME,
    HOME_AT,
    IN_PHONE,
    SUBSCRIBER,
    UPI,
    fix,
    hd,
    push,
)
from eval_families165_sdk import (
    bf_bid,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families165_svc import cl_upi, hs_message, mm_reverse, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "sakalpao", "Sakalchem Pao", "com.example.sakalpao", "1.2.3", "https://api.sakalpao.example.com"
)
IID = "X-Pao-Device"
BILL = "SP-B-2026-01-1044"  # January's bill (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kok=True, **kw)


def sakalpao() -> list[Case]:
    rng = random.Random(16541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mobail=L(IN_PHONE, TEL), account=L(SUBSCRIBER, UID)))}
    gla, glo = fix(GATE_FIX)
    bill = at_path(
        case(f, f"{a}/api/v1/bill/{SUBSCRIBER}/2026-01", headers=_h(rng, **b)), SUBSCRIBER, UID
    )
    return [
        case(
            f,
            f"{a}/api/v1/nondonni",
            headers=_h(rng),
            body={
                "nanv": L(f"{FIRST} {LAST}", NAMEC),
                "mobail": L(IN_PHONE, TEL),
                "email": L(EMAIL, MAIL),
                "patto": L(HOME["line"], ADDR),
                "xar": L(HOME["town"], COARSE),
                "pin": L(HOME["pin"], COARSE),
                "ghor_jaga": {"lat": gla, "lon": glo},
                "poder": BAKERY["id"],
            },
        ),
        case(
            f,
            f"{a}/api/v1/otp",
            fmt="form",
            headers=_h(rng),
            body={"mobail": L(IN_PHONE, TEL), "kod": L("3317", CRED)},
        ),
        case(f, f"{a}/api/v1/mhaka", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v1/vorgonni",
            headers=_h(rng, **b),
            body={
                "account": L(SUBSCRIBER, UID),
                "poder": BAKERY["id"],
                "vostu": [
                    {"nanv": "pao", "sonkhea": 4, "mol": 5},
                    {"nanv": "poie", "sonkhea": 2, "mol": 8},
                ],
                "vell": "06:15",
                "dis": ["somar", "mongllar", "budhvar", "birestar", "sukrar", "sonvar"],
                "mhoineachi_rokom": L(900, BUY),
            },
        ),
        case(
            f,
            f"{a}/api/v1/upi/mandate",
            headers=_h(rng, **b),
            body={
                "account": L(SUBSCRIBER, UID),
                "upi": L(UPI, PAY),
                "chodd_rokom": L(1500, BUY),
                "frequency": "monthly",
                "mandate_ref": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/api/v1/dar",
            headers=_h(rng, **b),
            body={
                "account": L(SUBSCRIBER, UID),
                "dar_kod": L("4721", CRED),
                "sondes": L("Dar ugtem asta, pao pixvent bandun doroit; kutro borem asa", TEXT),
            },
        ),
        multipart(
            f,
            f"{a}/api/v1/dar/foto",
            [
                ("foto", "mhojem_dar.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
                ("meta", None, "application/json", {"account": L(SUBSCRIBER, UID)}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v1/poder/{BAKERY['id']}/eta",
            headers=_h(rng, **b),
            query={
                "lat": L(f"{GATE_FIX[0]:.5f}", PRECISE),
                "lon": L(f"{GATE_FIX[1]:.5f}", PRECISE),
                "account": L(SUBSCRIBER, UID),
            },
        ),
        case(
            f,
            f"{a}/api/v1/band",
            headers=_h(rng, **b),
            body={
                "account": L(SUBSCRIBER, UID),
                "thavn": "2026-03-01",
                "meren": "2026-03-15",
                "karonn": L("Amerikek bhoinnik bhettunk vetam, don hoptte", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/v1/extra",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "account": L(SUBSCRIBER, UID),
                "dis": "2026-02-21",
                "vostu": [
                    {"nanv": "kankonn", "sonkhea": 10, "mol": 10},
                    {"nanv": "undo", "sonkhea": 12, "mol": 6},
                ],
                "sondes": L("Melwyn-achea vhaddadisache party khatir", TEXT),
                "rokom": L(172, BUY),
            },
        ),
        case(
            f,
            f"{a}/api/v1/invite",
            headers=_h(rng, **b),
            body={
                "account": L(SUBSCRIBER, UID),
                "shezari": {"nanv": L("Rita Pereira", NAMEC), "mobail": L("+919765530442", TEL)},
                "code": opaque(rng, "REF", 6),
            },
        ),
        bill,
        case(
            f,
            f"{a}/api/v1/bhornni",
            fmt="form",
            headers=_h(rng, **b),
            body={"bill": L(BILL, BUY), "rokom": L("900.00", BUY), "upi": L(UPI, PAY)},
        ),
        case(
            f,
            f"{a}/api/v1/tokrar",
            headers=_h(rng, **b),
            body={
                "account": L(SUBSCRIBER, UID),
                "dis": "2026-01-19",
                "sondes": L("Aiz pao ailo na, sat vazta meren rakhlem", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/v1/obhiprai",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "poder": BAKERY["id"],
                "star": "5",
                "obhiprai": L("Poie sodanch ubi ani vellar", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/v1/sod",
            headers=_h(rng, **b),
            query={"sod": L("godd kankonn sonvar", SEARCH)},
        ),
        case(
            f,
            f"{a}/api/v1/pavlo",
            headers=_h(rng, **b),
            body={
                "account": L(SUBSCRIBER, UID),
                "dis": "2026-01-20",
                "jaga": {"lat": gla, "lon": glo},
                "vell": "06:21",
            },
        ),
        case(
            f,
            f"{a}/api/v1/poder/tip",
            fmt="form",
            headers=_h(rng, **b),
            body={"poder": BAKERY["id"], "rokom": L("100", BUY), "upi": L(UPI, PAY)},
        ),
        case(
            f,
            f"{a}/api/v1/suchona",
            headers=_h(rng, how="none"),
            cookies={
                "sp_sesion": L(opaque(rng, "", 40), CRED),
                "sp_yontr": L(INSTALL_ID, DID),
                "sp_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/api/v1/bhas",
            fmt="form",
            headers=_h(rng, **b),
            body={"bhas": L("kok", DEV), "account": L(SUBSCRIBER, UID)},
        ),
        case(f, f"{a}/api/v1/yontr", headers=_h(rng, **b), body=push(push_token(rng), "kok_IN")),
        case(
            f,
            f"{a}/api/v1/ghoddnneo",
            gz=True,
            headers=_h(rng, **b),
            body={
                "vaparpi": L(USER_ID, UID),
                "ghoddnneo": [
                    ev("vorgonni_chalu", 1),
                    ev("screen", 2, screen=L("PoderVatt", USAGE)),
                ],
            },
        ),
    ]


def sakalpao_sdks() -> list[Case]:
    rng = random.Random(16542)
    return [
        mc_batch(
            APP,
            rng,
            [("Subscribed", {"items": 2}), ("Delivered", {"late": False})],
            at=GATE_FIX,
            nd=3,
            locale="kok_IN",
        ),
        mc_pixel(APP, rng, "Bill Opened", {"month": "2026-01"}),
        tn_launch(APP, rng, first=True),
        tn_event(
            APP, rng, "subscribe", {"plan": "daily"}, revenue=900.0, currency="INR", hashed=True
        ),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=HOME_AT,
            nd=2,
            keywords="bakery,breakfast,panaji",
        ),
        cl_upi(APP, rng, "900.00"),
        pt_register(APP, rng, lang="kok", at=HOME_AT, nd=2, tags={"vell": "06:15"}),
        mm_reverse(APP, rng, GATE_FIX, PRECISE, nd=5),
        mm_telemetry(APP, rng, [GATE_FIX, HOME_AT], PRECISE),
        hs_message(
            APP,
            rng,
            L("Mandate chukon doon pavtt kaddla", TEXT),
            {"account": L(SUBSCRIBER, UID), "mobail": L(E164, TEL)},
        ),
    ]
