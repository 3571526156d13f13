"""Online card-game app "Birisko" (biriscola and other Italian-Eritrean card games at four-player
tables, played in the evenings with family in Asmara from Frankfurt; Tigrinya keys:
``texawatay`` player, ``xewta`` game, ``tawla`` table, ``karta`` card, ``arki`` friends,
``santimat`` coins, ``dukan`` shop, ``hagher`` country, ``dmxi`` voice, ``gbri`` move,
``wallet``, ``xeblo`` report, with the set's shared keys): sign-up (birth year as age gate), an
OAuth password grant by player name, ``/ane``, a contacts friend-finder (hashed numbers), friends,
an invitation to her husband, a table started, moves (msgpack), a protobuf table beat, table chat,
a coin purchase and its verification, the city leaderboard, an avatar, a voice message at the
table, a player search, a report about a rude player, coins gifted, the wallet by cookie, the
anti-cheat scan of installed apps, push, events and a log-out. Sets with chess or fantasy sports
differ: no earlier set has a card game (a docstring grep of ``card game``)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    APPS,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    JPEG,
    M4A,
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
    pb,
    push_token,
    sha,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, rid
from eval_families163_kit import FFM_HOME_AT, HUSBAND, PLAYER, hd, mesarhi, obj
from eval_families163_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families163_svc import cy_save, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("birisko", "Birisko", "com.example.birisko", "5.12.1", "https://api.birisko.example.net")
IID = "X-Birisko-Device"
PW = "Briscola!Asmara4"
BOOK = ["+2917160294", "+2917214836", "+4915114207731", "+4969123456"]  # her address book


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def birisko() -> list[Case]:
    rng = random.Random(16351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, texawatay=L(PLAYER, UID), imeyl=L(EMAIL, MAIL)))}
    table = obj(rng, "tw")
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(USER_ID, UID)),
            (2, table),
            (3, 1767034800),
            (4, 84),
            (5, L(47, DEV)),
            (6, L("wifi", DEV)),
        ],
        "",
        lab,
    )
    order = "GPA.3318-4420-9177-20512"
    return [
        case(
            f,
            f"{a}/api/v3/temezgeb",
            headers=_h(rng),
            body={
                "texawatay": L(PLAYER, UID),
                "imeyl": L(EMAIL, MAIL),
                "hbue_qal": L(PW, CRED),
                "amet_wldet": L(1991, BIRTH),
                "hagher": L("DE", COARSE),
                "zena": True,
            },
        ),
        case(
            f,
            f"{a}/oauth/token",
            fmt="form",
            headers=_h(rng),
            body={
                "grant_type": "password",
                "username": L(PLAYER, UID),
                "password": L(PW, CRED),
                "client_id": "birisko-android",
            },
        ),
        case(f, f"{a}/api/v3/ane", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v3/arki/contacts",
            headers=_h(rng, **b),
            body={
                "texawatay": L(PLAYER, UID),
                "hash": "sha256",
                "kuxrat": [L(sha("sha256", n), CONTACTS) for n in BOOK],
            },
        ),
        case(f, f"{a}/api/v3/arki", headers=_h(rng, **b), query={"gexi": "1"}),
        case(
            f,
            f"{a}/api/v3/arki/zerga",
            headers=_h(rng, **b),
            body={
                "teqebali": {"sim": L(HUSBAND[0], NAMEC), "kuxri_silki": L(HUSBAND[1], TEL)},
                "melekti": L("Filmon, ntxawet! Tawla 4 nsebat ala", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/v3/tawla/jemir",
            headers=_h(rng, **b),
            body={
                "tawla": table,
                "xewta": "biriscola_4",
                "texawatay": L(PLAYER, UID),
                "santimat": 100,
                "private": True,
            },
        ),
        case(
            f,
            f"{a}/api/v3/tawla/{table}/gbri",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "texawatay": L(PLAYER, UID),
                "gbri": [{"karta": "7S", "t": 1767034811}, {"karta": "AC", "t": 1767034840}],
                "zurya": 3,
            },
        ),
        raw(
            f,
            f"{a}/api/v3/tawla/{table}/pulsi",
            beat,
            "application/x-protobuf",
            lab,
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v3/tawla/{table}/melekti",
            headers=_h(rng, **b),
            body={"text": L("Adey Saba, karta ab ide abbey aloka! Kabzi ntsewet kndgm", TEXT)},
        ),
        case(
            f,
            f"{a}/api/v3/dukan/santimat",
            headers=_h(rng, **b),
            body={
                "sku": "coins_1200",
                "meten": L(4.99, BUY),
                "genzeb": "EUR",
                "purchase_token": L(play_token(rng), PAY),
                "tezaz": L(order, BUY),
            },
        ),
        case(
            f,
            f"{a}/api/v3/dukan/verify",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "tezaz": L(order, BUY),
                "purchase_token": L(play_token(rng), PAY),
                "package": APP.pkg,
            },
        ),
        case(
            f,
            f"{a}/api/v3/dereja",
            headers=_h(rng, **b),
            query={
                "ketema": L("Frankfurt am Main", COARSE),
                "hagher": L("DE", COARSE),
                "xewta": "biriscola_4",
            },
        ),
        multipart(
            f,
            f"{a}/api/v3/profile",
            [
                ("seali", "avatar.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "texawatay": L(PLAYER, UID),
                        "bio": L("Asmarina ab Frankfurt. Biriscola kab 2014", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        multipart(
            f,
            f"{a}/api/v3/tawla/{table}/dmxi",
            [
                ("dmxi", "voice.m4a", "audio/mp4", L(M4A, MEDIA)),
                ("meta", None, "application/json", {"gzie_ms": 4200, "texawatay": L(PLAYER, UID)}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v3/dleya",
            headers=_h(rng, **b),
            query={"q": L("SenaitAsm", SEARCH), "ayni": "texawatay"},
        ),
        case(
            f,
            f"{a}/api/v3/xeblo",
            headers=_h(rng, **b),
            body={
                "texawatay_kale": "pl_9b31x",
                "ayni": "insult",
                "text": L("Ab tawla dmxi geyru zeyxbuq qal yblu", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/v3/santimat/hiyab",
            headers=_h(rng, **b),
            body={
                "teqebali": "pl_senait_asm",
                "santimat": 300,
                "melekti": L("Nsenait: mes ntxawet hiyab", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/v3/wallet",
            headers=_h(rng, how="none"),
            cookies={
                "br_sesia": L(opaque(rng, "", 40), CRED),
                "br_mesarhi": L(INSTALL_ID, DID),
                "br_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/api/v3/anticheat",
            gz=True,
            headers=_h(rng, **b),
            body={
                "texawatay": L(PLAYER, UID),
                "rooted": L(False, DEV),
                "emulator": L(False, DEV),
                "apps": [
                    L(p, APPS)
                    for p in (
                        "com.example.ekranna",
                        "com.example.mehzo",
                        "com.example.gezana",
                        "com.example.egrifit",
                        "com.example.cardcounter",
                    )
                ],
            },
        ),
        case(f, f"{a}/api/v3/mesarhi", headers=_h(rng, **b), body=mesarhi(APP, push_token(rng))),
        case(
            f,
            f"{a}/api/v3/fxametat",
            gz=True,
            headers=_h(rng, **b),
            body={
                "teteqami": L(USER_ID, UID),
                "sesia_gzie": L(2710, USAGE),
                "fxametat": [
                    ev("tawla_jemir", 1, xewta="biriscola_4"),
                    ev("santimat_bought", 2, meten=L(4.99, BUY)),
                    ev("gexi", 3, gexi=L("Dereja", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v3/wxia",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "mesarhi": L(INSTALL_ID, DID)},
        ),
    ]


def birisko_sdks() -> list[Case]:
    rng = random.Random(16352)
    return [
        mc_batch(
            APP,
            rng,
            [("Table Started", {"game": "biriscola_4"}), ("Coins Bought", {"total": L(4.99, BUY)})],
            adid=True,
            at=FFM_HOME_AT,
            nd=2,
            locale="ti_DE",
        ),
        mc_identify(
            APP,
            rng,
            {
                "texawatay": L(PLAYER, UID),
                "hagher": L("DE", COARSE),
                "level": 17,
                "imeyl": L(EMAIL, MAIL),
            },
        ),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"sku": "coins_1200"}, revenue=4.99, hashed=True),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=FFM_HOME_AT,
            nd=3,
            yob=1991,
            gender="F",
            keywords="cards,briscola,games",
        ),
        bf_bid(APP, rng, {"video": {"w": 320, "h": 480}, "instl": 1}),
        bf_notice(APP, rng, "win"),
        cd_crash(
            APP,
            rng,
            ("java.lang.IndexOutOfBoundsException", "hand size 4"),
            [cd_crumb("nav", "Lobby -> Tawla"), cd_crumb("tap", "card_7S")],
            screen="TawlaActivity",
        ),
        cd_session(APP, rng, secs=2710),
        pt_register(APP, rng, lang="ti", tags={"level": 17, "vip": False}),
        cy_save(APP, rng, {"analytics": True, "ads_personalised": True}),
    ]
