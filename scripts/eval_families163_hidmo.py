"""Self-guided architecture audio-walk app "Hidmowalk" (Asmara's modernist and art-deco streets:
the petrol station, cinemas, bars and the cathedral as stops; Tigrinya keys: ``sim_mlue`` full
name, ``mengedi`` route, ``gexitat`` stops, ``guzo`` walk/journey, ``jemir`` start, ``ateto``
arrived, ``seali`` photo, ``mezekakeri`` note, ``zerga`` share, ``tarik`` history, ``sebat``
people, ``nexa_bota`` free storage, ``tsegem`` difficulty, ``hjji`` nearby, with the set's shared
keys): an account, an OAuth password grant, ``/ane``, routes near the house, a walk pass for two,
its payment, the start with her fix, a protobuf walk beat, an offline queue of fixes (msgpack),
arrivals at stops, a photo with its fix, a note, a search, a review, the pass by number in the
path, an audio download, sharing the walk with her husband, an offline sync (JSON Lines), an
accessibility request naming her heel pain, cafes near her, the history by cookie, push, events
and a token refresh. Set 22 has a museum audio guide; this is an outdoor
GPS walk through a city's buildings (no museum, no tickets at a door)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families163_kit import (
    ASM_HOME_AT,
    HUSBAND,
    STOPS,
    WALK_FIXES,
    WALK_PASS,
    fix,
    hd,
    mesarhi,
    obj,
)
from eval_families163_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families163_svc import mm_geocode, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App(
    "hidmowalk", "Hidmowalk", "com.example.hidmowalk", "2.4.0", "https://api.hidmowalk.example.net"
)
IID = "X-HW-Install"
PW = "Tagliero1938!walk"
ROUTE = "mg_modernist_core"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def _s(i: int) -> dict[str, Any]:
    return {"id": STOPS[i][0], "kekros": STOPS[i][2], "kentros": STOPS[i][3]}


def hidmowalk() -> list[Case]:
    rng = random.Random(16311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyl=L(EMAIL, MAIL), walk_pass=L(WALK_PASS, BUY)))}
    walk = obj(rng, "gz")
    s0a, s0o = fix(WALK_FIXES[0])
    s2a, s2o = fix(WALK_FIXES[2], 5)
    _s3a, _s3o = fix(WALK_FIXES[3])
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(USER_ID, UID)),
            (2, walk),
            (3, 1766134800),
            (
                4,
                [(1, L(WALK_FIXES[1][0], PRECISE)), (2, L(WALK_FIXES[1][1], PRECISE)), (3, 2338.0)],
            ),
            (5, L(58, DEV)),
        ],
        "",
        lab,
    )
    pas = at_path(case(f, f"{a}/v2/pass/{WALK_PASS}", headers=_h(rng, **b)), WALK_PASS, BUY)
    return [
        case(
            f,
            f"{a}/v2/ab-hsab",
            headers=_h(rng),
            body={
                "sim_mlue": L(f"{FIRST} {LAST}", NAMEC),
                "imeyl": L(EMAIL_MIXED, MAIL),
                "hbue_qal": L(PW, CRED),
                "qanqa_audio": "ti",
                "zena": False,
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
                "client_id": "hidmowalk-android",
            },
        ),
        case(f, f"{a}/v2/ane", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v2/mengedtat",
            headers=_h(rng, **b),
            query={
                "kekros": L(f"{ASM_HOME_AT[0]:.3f}", PRECISE),
                "kentros": L(f"{ASM_HOME_AT[1]:.3f}", PRECISE),
                "km": "3",
            },
        ),
        case(
            f,
            f"{a}/v2/pass",
            headers=_h(rng, **b),
            body={
                "mengedi": ROUTE,
                "pass": L(WALK_PASS, BUY),
                "sebat": 2,
                "meten": L(120, BUY),
                "genzeb": "ERN",
                "msaki": {"sim": L(HUSBAND[0], NAMEC)},
            },
        ),
        case(
            f,
            f"{a}/v2/mkfal",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "pass": L(WALK_PASS, BUY),
                "meten": L("120", BUY),
                "genzeb": "ERN",
                "card_token": L(opaque(rng, "tok_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v2/guzo/jemir",
            headers=_h(rng, **b),
            body={
                "guzo": walk,
                "mengedi": ROUTE,
                "bota": {"kekros": s0a, "kentros": s0o, "xuxet": 6},
                "gexi_bota": _s(0),
                "batri": L(71, DEV),
            },
        ),
        raw(
            f,
            f"{a}/v2/guzo/{walk}/pulsi",
            beat,
            "application/x-protobuf",
            lab,
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/guzo/{walk}/queue",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "teteqami": L(USER_ID, UID),
                "botatat": [
                    {"kekros": L(la, PRECISE), "kentros": L(lo, PRECISE), "t": 1766134900 + 60 * i}
                    for i, (la, lo) in enumerate(WALK_FIXES[1:4])
                ],
                "gexitat": [_s(1), _s(2)],
            },
        ),
        case(
            f,
            f"{a}/v2/gexitat/{STOPS[2][0]}/ateto",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "guzo": walk,
                "kekros": L(f"{WALK_FIXES[3][0]:.5f}", PRECISE),
                "kentros": L(f"{WALK_FIXES[3][1]:.5f}", PRECISE),
                "audio": "played",
            },
        ),
        multipart(
            f,
            f"{a}/v2/seali",
            [
                ("photo", "impero.jpg", "image/jpeg", L(JPEG + b"\x16", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "gexi": STOPS[1][0],
                        "bota": {"kekros": s2a, "kentros": s2o},
                        "reyto": L("Filmon ab qedmi Cinema Impero, kem zeybelkayo", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/mezekakeri",
            headers=_h(rng, **b),
            body={
                "gexi": STOPS[0][0],
                "text": L(
                    "Abboy Filmon ab'zi garage 1974 yseriH neyru; ab Geza Banda geza neyrom", TEXT
                ),
            },
        ),
        case(
            f,
            f"{a}/v2/dleya",
            headers=_h(rng, **b),
            query={"q": L("bar zilli buna seat kfut", SEARCH), "mengedi": ROUTE},
        ),
        case(
            f,
            f"{a}/v2/reyto",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "mengedi": ROUTE,
                "dereja": "5",
                "reyto": L("Xbuq audio, Tigrinya kali ab kulu gexi ale", TEXT),
            },
        ),
        pas,
        case(
            f,
            f"{a}/v2/audio/download",
            headers=_h(rng, **b),
            body={
                "mengedi": ROUTE,
                "qanqa": "ti",
                "kalite": "128k",
                "nexa_bota": L(18_204_000_000, DEV),
                "modeli": L("Pixel 8", DEV),
            },
        ),
        case(
            f,
            f"{a}/v2/guzo/{walk}/zerga",
            headers=_h(rng, **b),
            body={
                "teqebali": {"sim": L(HUSBAND[0], NAMEC), "kuxri_silki": L(HUSBAND[1], TEL)},
                "live": True,
                "ngzie": 90,
            },
        ),
        lines(
            f,
            f"{a}/v2/offline/sync",
            [
                {
                    "op": "visit",
                    "gexi": STOPS[i][0],
                    "t": 1766135000 + 300 * i,
                    "kekros": L(WALK_FIXES[i + 1][0], PRECISE),
                    "kentros": L(WALK_FIXES[i + 1][1], PRECISE),
                }
                for i in range(3)
            ]
            + [{"op": "done", "guzo": walk, "teteqami": L(USER_ID, UID)}],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/tsegem",
            headers=_h(rng, **b),
            body={
                "mengedi": ROUTE,
                "hxir": True,
                "melekti": L(
                    "Hxir menged bejakum, egrey tqenzwen (plantar fasciitis)", f"{TEXT}|{MED}"
                ),
            },
        ),
        case(
            f,
            f"{a}/v2/bota/hjji",
            headers=_h(rng, **b),
            query={
                "kekros": L(f"{WALK_FIXES[3][0]:.4f}", PRECISE),
                "kentros": L(f"{WALK_FIXES[3][1]:.4f}", PRECISE),
                "ayni": "kafe",
            },
        ),
        case(
            f,
            f"{a}/v2/tarik",
            headers=_h(rng, how="none"),
            cookies={
                "hw_sesia": L(opaque(rng, "", 40), CRED),
                "hw_mesarhi": L(INSTALL_ID, DID),
                "hw_req": rid(rng),
            },
        ),
        case(f, f"{a}/v2/mesarhi", headers=_h(rng, **b), body=mesarhi(APP, push_token(rng))),
        case(
            f,
            f"{a}/v2/fxametat",
            gz=True,
            headers=_h(rng, **b),
            body={
                "teteqami": L(USER_ID, UID),
                "fxametat": [
                    ev("guzo_jemir", 1, mengedi=ROUTE),
                    ev("gexi_ateto", 2, gexi=STOPS[2][0]),
                    ev("gexi", 3, gexi=L("AudioPlayer", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/v2/session/refresh",
            fmt="form",
            headers=_h(rng, how="none"),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "mesarhi": L(INSTALL_ID, DID)},
        ),
    ]


def hidmowalk_sdks() -> list[Case]:
    rng = random.Random(16312)
    link = U(
        "https://hidmowalk.example.net/p",
        {"pass": L(WALK_PASS, BUY), "ref": "mail", "em": L(EMAIL, MAIL)},
    )
    return [
        mc_batch(
            APP,
            rng,
            [("Walk Started", {"route": ROUTE}), ("Stop Reached", {"stop": STOPS[2][0]})],
            at=WALK_FIXES[2],
            nd=3,
        ),
        mc_queue(APP, rng, [("Audio Played", {"stop": STOPS[0][0]}), ("Photo Taken", {})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"pass": L(WALK_PASS, BUY)}, revenue=120.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="architecture,travel,asmara"),
        cd_session(APP, rng, secs=3904),
        mm_route(APP, rng, [(ASM_HOME_AT, PRECISE), (STOPS[0][2:], None)], mode="walking"),
        mm_telemetry(APP, rng, WALK_FIXES[:3], PRECISE),
        mm_geocode(APP, rng, "Bar Zilli", SEARCH, near=WALK_FIXES[2], nd=3),
    ]
