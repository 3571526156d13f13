"""Asmara art-deco cinema app "Ekranna" (tickets, the bar and a member card at the fictional
"Cinema Marhaba" on Harnet Avenue; its API's keys are Tigrinya in Latin letters: ``sim`` first
name, ``sim_abbo`` father's name (the surname), ``imeyl`` e-mail, ``kuxri_silki`` phone number,
``hbue_qal`` password (lit. "hidden word"), ``elet_wldet`` birth date, ``xota`` sex (``anesti``
woman), ``ketema`` city, ``kebabi`` neighbourhood, ``kard_abal`` member card, ``tezaz`` order,
``meten`` amount, ``genzeb`` currency, ``mkfal`` payment, ``menberat`` seats, ``seansi`` showing,
``bota`` place, ``kekros`` / ``kentros`` latitude / longitude, ``reyto`` comment, ``dereja``
rating, ``dleya`` search, ``hiyab`` gift, ``teqebali`` recipient, ``melekti`` message, ``wlad``
child, ``teteqami`` user, ``fxametat`` events, ``qreta`` complaint): sign-up, log-in, ``/ane``
(me), films and seats, a ticket order for the family, a child ticket for Abel, the payment, the bar
(msgpack), a check-in at the door, a protobuf showing beat, points by cookie, a review, a search,
the cinema Wi-Fi, a gift card for her sister-in-law, the receipt by order number in the path, the
card by number in the path, a card link (base64 JSON in a form field), a complaint, push, events
and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families163_kit import (
    ASM_HOME,
    ASM_HOME_AT,
    CINE_CARD,
    CINE_ORDER,
    CINEMA,
    CINEMA_FIX,
    SISTER_IL,
    SON,
    fix,
    hd,
    mesarhi,
    obj,
)
from eval_families163_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families163_svc import cl_card, cl_confirm, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ekranna", "Ekranna", "com.example.ekranna", "3.1.2", "https://api.ekranna.example.com")
IID = "X-Ekranna-Mesarhi"
PW = "Harnet#Sinema88"
DOB_TI = "17/05/1991"
FILM = "fm_2512_temesgen"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ekranna() -> list[Case]:
    rng = random.Random(16301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyl=L(EMAIL, MAIL), kard_abal=L(CINE_CARD, UID)))}
    cla, clo = fix(CINEMA_FIX)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(CINE_CARD, UID)),
            (2, CINEMA["id"]),
            (3, 1766080800),
            (4, [(1, L(CINEMA_FIX[0], PRECISE)), (2, L(CINEMA_FIX[1], PRECISE)), (3, 9.0)]),
            (5, L(64, DEV)),
        ],
        "",
        lab,
    )
    receipt = at_path(
        case(f, f"{a}/api/v1/tezaz/{CINE_ORDER}/qbelti", headers=_h(rng, **b)), CINE_ORDER, BUY
    )
    card = at_path(
        case(f, f"{a}/api/v1/kard/{CINE_CARD}", headers=_h(rng, **b), query={"formati": "qr"}),
        CINE_CARD,
        UID,
    )
    kid = f"{SON['first']} {SON['last']}"
    return [
        case(
            f,
            f"{a}/api/v1/temezgeb",
            headers=_h(rng),
            body={
                "sim": L(FIRST, NAMEC),
                "sim_abbo": L(LAST, NAMEC),
                "imeyl": L(EMAIL, MAIL),
                "kuxri_silki": L(E164, TEL),
                "hbue_qal": L(PW, CRED),
                "elet_wldet": L(DOB_TI, BIRTH),
                "xota": L("anesti", GENDER),
                "ketema": L(ASM_HOME["town"], COARSE),
                "kebabi": L(ASM_HOME["area"], COARSE),
                "kard_abal": L(CINE_CARD, UID),
                "zena": True,
            },
        ),
        case(
            f,
            f"{a}/api/v1/ito",
            fmt="form",
            headers=_h(rng),
            body={"imeyl": L(EMAIL_UPPER, MAIL), "hbue_qal": L(PW, CRED), "zktr": "1"},
        ),
        case(f, f"{a}/api/v1/ane", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v1/filmtat",
            headers=_h(rng, **b),
            query={"elet": "2025-12-18", "sinema": CINEMA["id"], "qanqa_film": "ti"},
        ),
        case(
            f,
            f"{a}/api/v1/filmtat/{FILM}/menberat",
            headers=_h(rng, **b),
            query={"seansi": "19:30", "elet": "2025-12-18"},
        ),
        case(
            f,
            f"{a}/api/v1/tezaz",
            headers=_h(rng, **b),
            body={
                "film": FILM,
                "seansi": "2025-12-18T19:30",
                "menberat": ["F7", "F8", "F9"],
                "tiketat": 3,
                "tezaz": L(CINE_ORDER, BUY),
                "meten": L(150, BUY),
                "kard_abal": L(CINE_CARD, UID),
                "reyto": L("Wedey Abel hade kursi ab xegam yidli, ab mewxi kedi", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/v1/tezaz/wlad",
            headers=_h(rng, **b),
            body={
                "tezaz": L(CINE_ORDER, BUY),
                "menber": "F9",
                "wlad": {"sim": L(kid, NAMEC), "elet_wldet": L(SON["dob"], BIRTH)},
                "meten": L(30, BUY),
                "waga_deqi": True,
            },
        ),
        case(
            f,
            f"{a}/api/v1/mkfal",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "tezaz": L(CINE_ORDER, BUY),
                "meten": L("150.00", BUY),
                "genzeb": "ERN",
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "dhrat_4": L("4444", PAY),
            },
        ),
        case(
            f,
            f"{a}/api/v1/bar/tezaz",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "tezaz": L(CINE_ORDER, BUY),
                "nebreta": [
                    {"sim": "macchiato", "bzhi": 2, "waga": 15},
                    {"sim": "popcorn", "bzhi": 1, "waga": 20},
                ],
                "meten": L(50, BUY),
                "kard_abal": L(CINE_CARD, UID),
            },
        ),
        case(
            f,
            f"{a}/api/v1/ateto",
            headers=_h(rng, **b),
            body={
                "sinema": CINEMA["id"],
                "bota": {"kekros": cla, "kentros": clo, "xuxet": 9},
                "bota_sinema": {"kekros": CINEMA["lat"], "kentros": CINEMA["lon"]},
                "tezaz": L(CINE_ORDER, BUY),
                "qr": obj(rng, "qr"),
            },
        ),
        raw(
            f, f"{a}/api/v1/seansi/pulsi", beat, "application/x-protobuf", lab, headers=_h(rng, **b)
        ),
        case(
            f,
            f"{a}/api/v1/nqxbi",
            headers=_h(rng, how="none"),
            cookies={
                "ek_sesia": L(opaque(rng, "", 40), CRED),
                "ek_mesarhi": L(INSTALL_ID, DID),
                "ek_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/api/v1/reyto",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "film": FILM,
                "dereja": "4",
                "reyto": L("Xbuq film, gn ab mewxi seat ayer kondishn ayserhen", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/v1/dleya",
            headers=_h(rng, **b),
            query={"dleya": L("haddas film tigrinya mes deqi", SEARCH), "gexi": "1"},
        ),
        case(
            f,
            f"{a}/api/v1/wifi",
            headers=_h(rng, **b),
            body={
                "ssid": L("Marhaba-Lobby", WIFI),
                "bssid": L("3c:84:6a:1e:07:c2", WIFI),
                "ip_wisti": L("10.0.8.41", DEV),
                "kard_abal": L(CINE_CARD, UID),
            },
        ),
        case(
            f,
            f"{a}/api/v1/hiyab",
            headers=_h(rng, **b),
            body={
                "teqebali": {"sim": L(SISTER_IL[0], NAMEC), "kuxri_silki": L(SISTER_IL[1], TEL)},
                "melekti": L("Senait, mes Yonatan kab sinema kiedku! Hiyab kab Jane", TEXT),
                "meten": L(200, BUY),
                "kod_hiyab": opaque(rng, "GF", 8),
            },
        ),
        receipt,
        card,
        case(
            f,
            f"{a}/api/v1/kard/zmd",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "data": W(
                    {
                        "kard_abal": L(CINE_CARD, UID),
                        "kuxri_silki": L(NATIONAL, TEL),
                        "elet_wldet": L(DOB_TI, BIRTH),
                    },
                    "b64json",
                ),
                "v": "1",
            },
        ),
        case(
            f,
            f"{a}/api/v1/qreta",
            headers=_h(rng, **b),
            body={
                "sinema": CINEMA["id"],
                "ayni": "dmxi",
                "melekti": L("Ab seansi 19:30 dmxi ayneberen, slet gzie tezaz melisulna", TEXT),
            },
        ),
        case(f, f"{a}/api/v1/mesarhi", headers=_h(rng, **b), body=mesarhi(APP, push_token(rng))),
        case(
            f,
            f"{a}/api/v1/fxametat",
            gz=True,
            headers=_h(rng, **b),
            body={
                "teteqami": L(USER_ID, UID),
                "fxametat": [
                    ev("tezaz", 1, film=FILM),
                    ev("mkfal", 2, meten=L(150, BUY)),
                    ev("gexi", 3, gexi=L("TezazatKa", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v1/wxia",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "mesarhi": L(INSTALL_ID, DID)},
        ),
    ]


def ekranna_sdks() -> list[Case]:
    rng = random.Random(16302)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Tickets Ordered", {"film": FILM, "total": L(150, BUY)}),
                ("Checked In", {"cinema": CINEMA["id"]}),
            ],
            at=CINEMA_FIX,
            nd=2,
        ),
        mc_identify(
            APP,
            rng,
            {
                "ketema": L("Asmara", COARSE),
                "kebabi": L("Geza Banda", COARSE),
                "kard_abal": L(CINE_CARD, UID),
                "nqxbi": 220,
            },
        ),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"tezaz": L(CINE_ORDER, BUY)}, revenue=150.0, hashed=True),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=CINEMA_FIX,
            nd=3,
            keywords="cinema,film,asmara",
        ),
        cd_crash(
            APP,
            rng,
            ("java.lang.IllegalStateException", "seat map not loaded"),
            [
                cd_crumb("nav", "Filmtat -> Menberat"),
                cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/tezaz", "status": 201}),
            ],
            screen="MenberatActivity",
        ),
        pt_register(
            APP,
            rng,
            lang="ti",
            at=ASM_HOME_AT,
            nd=2,
            tags={"sinema": CINEMA["id"], "kebabi": L("Geza Banda", COARSE)},
        ),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "150.00"),
        hs_message(
            APP,
            rng,
            L(f"Tezaz {CINE_ORDER} klte gzie tekfilu", f"{TEXT}|{BUY}"),
            {"kard_abal": L(CINE_CARD, UID)},
        ),
    ]
