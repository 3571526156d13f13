"""Volunteer registry of an archaeological dig at ancient Merv, "Gazuwchy" (she spends the spring
fortnight of school holidays as a volunteer finds-washer and photographer at Gyaur Gala, staying
with her mother-in-law in Mary). Snake_case Turkmen keys, diacritics dropped: ``meyletinci``
volunteer, ``ady``, ``familiyasy``, ``e_pocta``, ``telefon``, ``acarsoz``, ``doglan_senesi``,
``pasport``, ``rugsatnama``, ``gyssagly_aragatnasyk`` emergency contact, ``saglyk`` health,
``gan_gorni`` blood group, ``cukur`` trench, ``gatlak`` layer, ``tapyndy`` find, ``gornus``
kind, ``tapan`` finder, ``yurek_urgusy`` heart rate, ``suw`` water, ``bas_agyry`` headache,
``yasayys`` lodging, ``nahar`` meals, ``gundelik`` diary, ``caklanma`` incident, ``kepilnama``
certificate: the application (her passport, her residence permit, her husband as emergency
contact, her bee-sting allergy), a log-in, ``/men``, the passport scan for the site permit, the
season's schedule, the trench sign-in with her fix, a find registered with a photo, a protobuf
position beat, a heat check (msgpack: heart rate, water, a headache), an offline find queue
(JSON Lines), the bus from Mary, lodging and its fee, a message to the director, a search, a
diary entry, a section drawing photo, the certificate by volunteer number in the path, the
gallery by cookie GET, a first-aid incident, push, events and a token refresh. No earlier set has
an archaeology app (a docstring grep for "archaeolog" and "excavat" found nothing)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families169_kit import (
    DIG_FIX,
    HUSBAND,
    MARY_HOME,
    MARY_HOME_AT,
    PASSPORT,
    RESIDENCE,
    SITE,
    TRENCH,
    VOLUNTEER,
    fix,
    hd,
    push,
)
from eval_families169_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_launch,
    tn_link,
)
from eval_families169_svc import cy_save, mm_reverse, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App(
    "gazuwchy", "Gazuwchy", "com.example.gazuwchy", "1.3.7", "https://api.gazuwchy.example.org"
)
IID = "X-Gazuw-Device"
PW = "Merw#Gyaurgala26"
NID, FIT = "personal.national_id", "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _find(rng: random.Random, n: int, kind: str) -> dict[str, Any]:
    return {
        "belgi": f"GK26-T4-{n:04d}",
        "gornus": kind,
        "gatlak": "3b",
        "cukur": TRENCH["id"],
        "e": round(TRENCH["e"] + rng.uniform(0, 4), 2),
        "n": round(TRENCH["n"] + rng.uniform(0, 4), 2),
        "tapan": L(VOLUNTEER, UID),
    }


def gazuwchy() -> list[Case]:
    rng = random.Random(16931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, meyletinci=L(VOLUNTEER, UID), e_pocta=L(EMAIL, MAIL)))}
    dla, dlo = fix(DIG_FIX)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(VOLUNTEER, UID)),
            (2, TRENCH["id"]),
            (3, 1775640000),
            (4, [(1, L(DIG_FIX[0], PRECISE)), (2, L(DIG_FIX[1], PRECISE)), (3, 4.0)]),
            (5, L(52, DEV)),
        ],
        "",
        lab,
    )
    cert = at_path(
        case(f, f"{a}/v1/meyletinciler/{VOLUNTEER}/kepilnama", headers=_h(rng, **b)), VOLUNTEER, UID
    )
    return [
        case(
            f,
            f"{a}/v1/meyletinciler",
            headers=_h(rng),
            body={
                "ady": L(FIRST, NAMEC),
                "familiyasy": L(LAST, NAMEC),
                "e_pocta": L(EMAIL_MIXED, MAIL),
                "telefon": L(E164, TEL),
                "acarsoz": L(PW, CRED),
                "doglan_senesi": L(DOB, BIRTH),
                "pasport": L(PASSPORT, NID),
                "rugsatnama": L(RESIDENCE, NID),
                "gyssagly_aragatnasyk": {
                    "ady": L(HUSBAND[0], NAMEC),
                    "telefon": L(HUSBAND[1], TEL),
                },
                "saglyk": {
                    "allergiya": L("ari sancmasy (epinefrin bar)", MED),
                    "gan_gorni": L("B+", MED),
                },
                "meyletinci": L(VOLUNTEER, UID),
                "tejribe": "yok",
            },
        ),
        case(
            f,
            f"{a}/v1/login",
            fmt="form",
            headers=_h(rng),
            body={"e_pocta": L(EMAIL, MAIL), "acarsoz": L(PW, CRED), "enjam": L(INSTALL_ID, DID)},
        ),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        multipart(
            f,
            f"{a}/v1/rugsat/pasport",
            [
                ("skan", "pasport.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{NID}")),
                (
                    "maglumat",
                    None,
                    "application/json",
                    {"meyletinci": L(VOLUNTEER, UID), "mowsum": "2026-bahar"},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/mowsum/tertip",
            headers=_h(rng, **b),
            query={"yer": SITE["id"], "hepde": "2026-W15"},
        ),
        case(
            f,
            f"{a}/v1/cukur/giris",
            headers=_h(rng, **b),
            body={
                "cukur": TRENCH["id"],
                "meyletinci": L(VOLUNTEER, UID),
                "yer": {"ginlik": dla, "uzaklyk": dlo, "takyklyk": 5},
                "yadygarlik": {"ady": SITE["name"], "ginlik": SITE["lat"], "uzaklyk": SITE["lon"]},
            },
        ),
        multipart(
            f,
            f"{a}/v1/tapyndylar",
            [
                ("surat", "gk26_t4_0117.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
                ("tapyndy", None, "application/json", _find(rng, 117, "keramika")),
            ],
            headers=_h(rng, **b),
        ),
        raw(f, f"{a}/v1/yer/pulsi", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/v1/saglyk/yssy",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "meyletinci": L(VOLUNTEER, UID),
                "wagt": "2026-04-08T12:40",
                "yurek_urgusy": L(104, FIT),
                "suw_litr": L(2.5, FIT),
                "bas_agyry": L(True, MED),
                "howa_c": 36,
            },
        ),
        lines(
            f,
            f"{a}/v1/tapyndylar/nobat",
            [_find(rng, 118, "tenne"), _find(rng, 119, "sunk")],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/awtobus",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "alys_salgy": L(MARY_HOME["line"], ADDR),
                "sahar": L(MARY_HOME["town"], COARSE),
                "telefon": L(E164, TEL),
                "sene": "2026-04-06",
                "orun": "1",
            },
        ),
        case(
            f,
            f"{a}/v1/yasayys",
            headers=_h(rng, **b),
            body={
                "otag": "oy-2",
                "gijeler": 12,
                "nahar": "wegetarian",
                "mukdar": L(360, BUY),
                "bron": L("GZ-Y-2604", BUY),
            },
        ),
        case(
            f,
            f"{a}/v1/toleg",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "bron": L("GZ-Y-2604", BUY),
                "mukdar": L("360", BUY),
                "kart_token": L(opaque(rng, "tok_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v1/habarlar",
            headers=_h(rng, **b),
            body={
                "kime": "direktor",
                "yazgy": L(
                    "Ertir sagat 10-da Mara gitmeli, gayynenemin lukman nobaty bar", f"{TEXT}|{MED}"
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/gozleg",
            headers=_h(rng, **b),
            query={"q": L("Sultan Sanjar kumbezi tapyndylar", SEARCH)},
        ),
        case(
            f,
            f"{a}/v1/gundelik",
            headers=_h(rng, **b),
            body={
                "sene": "2026-04-08",
                "meyletinci": L(VOLUNTEER, UID),
                "yazgy": L("Bu gun dort sany syrcaly kase bolegi yuwdum, gaty yssydy.", TEXT),
            },
        ),
        multipart(
            f,
            f"{a}/v1/cyzgylar",
            [
                ("surat", "kesik_T4_N.jpg", "image/jpeg", L(JPEG + b"\x33", MEDIA)),
                ("maglumat", None, "application/json", {"cukur": TRENCH["id"], "diwar": "N"}),
            ],
            headers=_h(rng, **b),
        ),
        cert,
        case(
            f,
            f"{a}/v1/galereya",
            headers=_h(rng, how="none"),
            cookies={
                "gz_sessiya": L(opaque(rng, "", 40), CRED),
                "gz_enjam": L(INSTALL_ID, DID),
                "gz_req": rid(rng),
            },
            query={"cukur": TRENCH["id"]},
        ),
        case(
            f,
            f"{a}/v1/caklanma",
            headers=_h(rng, **b),
            body={
                "meyletinci": L(VOLUNTEER, UID),
                "gornus": "ilkinji_komek",
                "yazgy": L("Elimi gyrmyzy keramika bilen kesdim, sarildi", f"{TEXT}|{MED}"),
                "yer": {
                    "ginlik": L(round(DIG_FIX[0], 4), PRECISE),
                    "uzaklyk": L(round(DIG_FIX[1], 4), PRECISE),
                },
            },
        ),
        case(f, f"{a}/v1/enjam", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v1/wakalar",
            gz=True,
            headers=_h(rng, **b),
            body={
                "ulanyjy": L(USER_ID, UID),
                "wakalar": [ev("tapyndy_gosuldy", 1), ev("ekran", 2, ekran=L("Tapyndylar", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/v1/token/tazele",
            fmt="form",
            headers=_h(rng, how="none"),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "enjam": L(INSTALL_ID, DID)},
        ),
    ]


def gazuwchy_sdks() -> list[Case]:
    rng = random.Random(16932)
    link = U(
        "https://gazuwchy.example.org/m",
        {"meyletinci": L(VOLUNTEER, UID), "ref": "mail", "em": L(EMAIL, MAIL)},
    )
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Find Registered", {"kind": "keramika"}),
                ("Trench Sign In", {"trench": TRENCH["id"]}),
            ],
            at=DIG_FIX,
            nd=3,
        ),
        mc_identify(
            APP,
            rng,
            {"welayat": L("Mary", COARSE), "meyletinci": L(VOLUNTEER, UID), "mowsum": "2026-bahar"},
        ),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 300, "h": 250}},
            city="Mary",
            keywords="history,travel,museums",
        ),
        cd_crash(
            APP,
            rng,
            ("java.io.IOException", "camera busy"),
            [cd_crumb("nav", "Tapyndylar -> Surat")],
            screen="SuratActivity",
        ),
        mm_telemetry(APP, rng, [DIG_FIX, MARY_HOME_AT], PRECISE),
        mm_reverse(APP, rng, DIG_FIX, PRECISE, nd=4),
        pt_register(APP, rng, lang="tk", tags={"yer": SITE["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
    ]
