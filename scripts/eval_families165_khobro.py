"""A Konkani Romi-script weekly's reader app "Khobro" (a fictional Margao weekly's e-paper,
subscriptions, letters to the editor and polls; its API's keys are Konkani in Romi script:
``vachpi`` reader, ``nanv`` first name, ``apelid`` surname, ``mobail`` mobile, ``gupit_utor``
password, ``xar`` town, ``taluko`` taluka, ``pin`` PIN code, ``patto`` address, ``vorgonni``
subscription, ``rokom`` amount, ``bhornni`` payment, ``ank`` issue, ``e_pann`` e-paper page,
``lekh`` article, ``vachlele`` read, ``zomoilele`` saved, ``sorvekxonn`` poll, ``zap`` answer,
``tippnni`` comment, ``potr`` letter, ``sompadok`` editor, ``khobor`` news tip, ``jaga`` place,
``vixoy`` topics, ``sod`` search, ``bhas`` language, ``pavti`` receipt): sign-up, an OAuth
password grant, ``/mhaka``, a print-and-digital subscription, its payment, the latest issue, an
e-paper page by cookie, read history (gzip), a link opened in the in-app browser, a saved
article, a poll answer on official status for Romi Konkani, a comment stating how she will vote,
a letter to the editor, a news tip with a photo and her fix, a search, topics, an article,
receipts by reader number in the path, the newsletter, push, events and a log-out. Set 33 has
a news app (reading and ads); Khobro is a local-language weekly whose calls carry political
opinions (poll, comment, letter), which set 33 does not."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BROWSE,
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
from eval_families24_kit import claims, rid
from eval_families165_kit import HOME, HOME_AT, READER, fix, hd, obj, push
from eval_families165_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_pixel,
    mc_queue,
    tn_launch,
)
from eval_families165_svc import cy_save, fn_eval, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("khobro", "Khobro", "com.example.khobro", "4.6.1", "https://api.khobro.example.org")
IID = "X-Khobro-Device"
PW = "Romi!Konknni26"
TIP_FIX = (15.491873, 73.824410)  # where she took the flooded-road photo (hers: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kok=True, **kw)


def khobro() -> list[Case]:
    rng = random.Random(16561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, email=L(EMAIL, MAIL), vachpi=L(READER, UID), plan="digital+print")
        )
    }
    tla, tlo = fix(TIP_FIX)
    rec = at_path(case(f, f"{a}/api/vachpi/{READER}/pavti", headers=_h(rng, **b)), READER, UID)
    return [
        case(
            f,
            f"{a}/api/vachpi/signup",
            headers=_h(rng),
            body={
                "nanv": L(FIRST, NAMEC),
                "apelid": L(LAST, NAMEC),
                "email": L(EMAIL, MAIL),
                "mobail": L(E164, TEL),
                "gupit_utor": L(PW, CRED),
                "xar": L(HOME["town"], COARSE),
                "taluko": L(HOME["taluka"], COARSE),
                "bhas": L("kok", DEV),
            },
        ),
        case(
            f,
            f"{a}/oauth/token",
            fmt="form",
            headers=_h(rng),
            body={
                "grant_type": "password",
                "username": L(EMAIL, MAIL),
                "password": L(PW, CRED),
                "client_id": "khobro-android",
            },
        ),
        case(f, f"{a}/api/mhaka", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/vorgonni",
            headers=_h(rng, **b),
            body={
                "vachpi": L(READER, UID),
                "plan": "voros_print_digital",
                "rokom": L(1200, BUY),
                "patto": L(HOME["line"], ADDR),
                "pin": L(HOME["pin"], COARSE),
                "suru": "2026-02-01",
            },
        ),
        case(
            f,
            f"{a}/api/bhornni",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "rokom": L("1200.00", BUY),
                "valut": "INR",
                "card_last4": L("4444", PAY),
                "method": L(opaque(rng, "pm_", 24), PAY),
                "vachpi": L(READER, UID),
            },
        ),
        case(f, f"{a}/api/ank/latest", headers=_h(rng, **b), query={"bhas": L("kok", DEV)}),
        case(
            f,
            f"{a}/api/e_pann/ank_2026_05/4",
            headers=_h(rng, how="none"),
            cookies={
                "kh_sesion": L(opaque(rng, "", 40), CRED),
                "kh_vachpi": L(READER, UID),
                "kh_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/api/vachlele",
            gz=True,
            headers=_h(rng, **b),
            body={
                "vachpi": L(READER, UID),
                "lekh": [
                    L("koilachi-vahatuk-vasco", USAGE),
                    L("romi-lipi-odhikrut-man", USAGE),
                    L("benaulim-comunidade-zomat", USAGE),
                ],
                "vell_sekond": [184, 92, 240],
            },
        ),
        case(
            f,
            f"{a}/api/webview/open",
            headers=_h(rng, **b),
            body={
                "url": L("https://heritage-walks.example.org/fontainhas/route-2", BROWSE),
                "from_lekh": "fontainhas-heritage-week",
            },
        ),
        case(
            f,
            f"{a}/api/zomoilele",
            fmt="form",
            headers=_h(rng, **b),
            body={"lekh": L("romi-lipi-odhikrut-man", USAGE), "vachpi": L(READER, UID)},
        ),
        case(
            f,
            f"{a}/api/sorvekxonn/sv_romi_2026/mot",
            headers=_h(rng, **b),
            body={"prosn": "q1", "zap": L("ho", SENS), "vachpi": L(READER, UID)},
        ),
        case(
            f,
            f"{a}/api/tippnni",
            headers=_h(rng, **b),
            body={
                "lekh": "koilachi-vahatuk-vasco",
                "thread": obj(rng, "tp"),
                "tippnni": L(
                    "Hanv Panaji-ant apakx umedvarak mot ditolim; koilachi vahatuk bond zaunk zai",
                    f"{TEXT}|{SENS}|{COARSE}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/potr",
            headers=_h(rng, **b),
            body={
                "sompadok": "ed_desk",
                "nanv": L(f"{FIRST} {LAST}", NAMEC),
                "xar": L(HOME["town"], COARSE),
                "mobail": L(E164, TEL),
                "potr": L(
                    "Goyant koilachi vahatuk naka. Sorkaran ganvkarancho avaz aikunk zai ani "
                    "Romi Konknnek odhikrut man dium zai.",
                    f"{TEXT}|{SENS}",
                ),
            },
        ),
        multipart(
            f,
            f"{a}/api/khobor",
            [
                ("foto", "udak_rostear.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "jaga": {"lat": tla, "lon": tlo},
                        "sondes": L("Altinho rostear don fut udak, bus roktli", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/sod",
            headers=_h(rng, **b),
            query={"sod": L("Romi Konknni odhikrut bhas", SEARCH), "pan": "1"},
        ),
        case(
            f,
            f"{a}/api/vixoy",
            headers=_h(rng, **b),
            body={"vachpi": L(READER, UID), "vixoy": ["rajkaran", "Salcete", "futbol", "tiatr"]},
        ),
        case(
            f,
            f"{a}/api/lekh/fontainhas-heritage-week",
            headers=_h(rng, **b),
            query={"vachpi": L(READER, UID)},
        ),
        multipart(
            f,
            f"{a}/api/jahirat/ugddas",
            [
                ("foto", "papa_ugddas.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "nanv": L("Anthony Rodrigues", NAMEC),
                        "mornn": "2016-02-14",
                        "missa": L("Holy Spirit Church, Margao, 14 Feb 08:00", SENS),
                        "mozkur": L(
                            "Tuzo ugddas sodanch amchea kallzant. Melwyn, Jane ani Alisha", TEXT
                        ),
                        "rokom": L(1500, BUY),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        rec,
        case(
            f,
            f"{a}/api/newsletter",
            fmt="form",
            headers=_h(rng, **b),
            body={"email": L(EMAIL, MAIL), "bhas": L("kok", DEV), "dis": "sukrar"},
        ),
        case(f, f"{a}/api/yontr", headers=_h(rng, **b), body=push(push_token(rng), "kok_IN")),
        case(
            f,
            f"{a}/api/ghoddnneo",
            gz=True,
            headers=_h(rng, **b),
            body={
                "vaparpi": L(USER_ID, UID),
                "ghoddnneo": [ev("lekh_vachlo", 1), ev("screen", 2, screen=L("EPann", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/api/bhair",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "yontr": L(INSTALL_ID, DID)},
        ),
    ]


def khobro_sdks() -> list[Case]:
    rng = random.Random(16562)
    return [
        mc_batch(
            APP,
            rng,
            [("Article Read", {"section": "Goa"}), ("Subscribed", {"amount": L(1200, BUY)})],
            locale="kok_IN",
        ),
        mc_identify(APP, rng, {"plan": "voros_print_digital", "xar": L("Panaji", COARSE)}),
        mc_queue(APP, rng, [("EPaper Page", {"page": 4}), ("EPaper Page", {"page": 5})]),
        mc_pixel(APP, rng, "Paywall Shown", {"lekh": "koilachi-vahatuk-vasco"}),
        tn_launch(APP, rng, user=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        bf_bid(
            APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2, keywords="goa,news,konkani"
        ),
        cd_crash(
            APP,
            rng,
            ("java.lang.OutOfMemoryError", "epaper bitmap"),
            [cd_crumb("nav", "Ank -> EPann")],
            screen="EPaperActivity",
        ),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        fn_eval(APP, rng, {"plan": "voros_print_digital"}, hdr=True),
        pt_register(APP, rng, lang="kok", tags={"vixoy": "rajkaran"}),
    ]
