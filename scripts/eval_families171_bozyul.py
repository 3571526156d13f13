"""An ice-fishing safety and catch app "Bozyul" (winter fishing on the Kama reservoir off
Naberezhnye Chelny; its API's keys are Tatar in Latin letters with some English: ``isem``,
``familia``, ``elektron_pocta``, ``telefon``, ``login``, ``sersuz``, ``tugan_kon``, ``sahar``,
``boz`` ice, ``cigu`` going out (onto the ice), ``yoldaslar`` companions, ``avariya_kontakti``
emergency contact, ``qaytu`` return, ``urin`` / ``kinlek`` / ``ozinliq`` / ``togallek``,
``eslar`` tracks, ``baliq`` fish, ``salamatlek``, ``xabar``, ``foto``, ``kibet`` shop,
``summa``, ``adres``, ``ezlaw``, ``hawa`` weather, ``post``; unlabelled ``qalinliq`` ice
thickness, ``tiranlek`` depth, ``sani`` count, ``awirliq`` a fish's weight, ``cigu_urini`` the
slipway, ``tisek`` hole, ``cirat`` queue, ``kisatular`` warnings; ``caqiru`` invite, labelled as
a message with a friend's name and phone): sign-up, a JSON log-in, ``/min``, the ice map near
home (2 decimals), thickness reports, going out on the ice with her husband (his diabetes
noted), a protobuf track, an offline fix queue (msgpack), her own thickness report with a photo,
the catch log, an SOS, "back on shore", the ice warnings, a friend invited, bait ordered home,
its payment, a forum post with a photo, a search, the weather at her hole, the catch stats by
cookie, push and events. Fishing fleets are in sets 104, 118 and 136 and a hike registry in set
151; recreational ice fishing is new ("ice fish" and "ice thick" matched nothing)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families24_kit import claims, rid
from eval_families171_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    ICE_FIXES,
    MOTHER_IL,
    SLIP,
    fix,
    hd,
    obj,
    push,
    waq,
)
from eval_families171_sdk import (
    bb_bid,
    ck_crash,
    ck_crumb,
    is_batch,
    is_queue,
    tp_event,
    tp_launch,
)
from eval_families171_svc import (
    hc_message,
    mi_reverse,
    mi_route,
    mi_telemetry,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bozyul", "Bozyul", "com.example.bozyul", "4.1.0", "https://api.bozyul.example.com")
IID = "X-Bozyul-Install"
PW = "Alabuga*Kama7"
F1, F2, F3 = ICE_FIXES


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tt=True, **kw)


def bozyul() -> list[Case]:
    rng = random.Random(17151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elektron_pocta=L(EMAIL, MAIL), balikci=L(USER_ID, UID)))}
    la1, lo1 = fix(F1)
    trip = obj(rng, "cg")
    lab: dict[str, str] = {}
    track = pb(
        [
            (1, L(USER_ID, UID)),
            (2, trip),
            (3, 1769500800),
            (4, [(1, L(F2[0], PRECISE)), (2, L(F2[1], PRECISE)), (3, 6.0)]),
            (5, L(37, DEV)),
        ],
        "",
        lab,
    )
    return [
        case(
            f,
            f"{a}/v1/terkalu",
            headers=_h(rng),
            body={
                "isem": L(FIRST, NAMEC),
                "familia": L(LAST, NAMEC),
                "elektron_pocta": L(EMAIL_MIXED, MAIL),
                "telefon": L(E164, TEL),
                "sersuz": L(PW, CRED),
                "tugan_kon": L(DOB, BIRTH),
                "sahar": L(HOME["town"], COARSE),
            },
        ),
        case(
            f,
            f"{a}/v1/keru",
            headers=_h(rng),
            body={"login": L(EMAIL, MAIL), "sersuz": L(PW, CRED), "cihaz": L(INSTALL_ID, DID)},
        ),
        case(f, f"{a}/v1/min", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/boz/xarita",
            headers=_h(rng, **b),
            query={
                "kinlek": L(f"{HOME_AT[0]:.2f}", COARSE),
                "ozinliq": L(f"{HOME_AT[1]:.2f}", COARSE),
                "radius_km": "15",
            },
        ),
        case(
            f,
            f"{a}/v1/boz/qalinliq",
            headers=_h(rng, **b),
            query={"cigu_urini": "sl_kama_04", "konnar": "3"},
        ),
        case(
            f,
            f"{a}/v1/cigu",
            headers=_h(rng, **b),
            body={
                "cigu": trip,
                "cigu_urini": {"kinlek": SLIP[0], "ozinliq": SLIP[1]},
                "urin": {"kinlek": la1, "ozinliq": lo1, "togallek": 7},
                "yoldaslar": [
                    {
                        "isem": L(HUSBAND[0], NAMEC),
                        "telefon": L(HUSBAND[1], TEL),
                        "salamatlek": L("1 tip diabet, insulin yaninda", MED),
                    }
                ],
                "avariya_kontakti": {
                    "isem": L(MOTHER_IL[0], NAMEC),
                    "telefon": L(MOTHER_IL[1], TEL),
                },
                "qaytu": "2026-01-27T16:30",
            },
        ),
        raw(
            f,
            f"{a}/v1/cigu/{trip}/eslar",
            track,
            "application/x-protobuf",
            lab,
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/cigu/{trip}/cirat",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "qullanuci": L(USER_ID, UID),
                "urinnar": [
                    {
                        "kinlek": L(p[0], PRECISE),
                        "ozinliq": L(p[1], PRECISE),
                        "t": 1769501100 + 300 * i,
                    }
                    for i, p in enumerate(ICE_FIXES)
                ],
                "cigu_urini": {"kinlek": SLIP[0], "ozinliq": SLIP[1]},
            },
        ),
        multipart(
            f,
            f"{a}/v1/boz/qalinliq",
            [
                ("foto", "tisek.jpg", "image/jpeg", L(JPEG + b"\x67", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "qalinliq": 21,
                        "tiranlek": 6.5,
                        "urin": {
                            "kinlek": L(round(F2[0], 5), PRECISE),
                            "ozinliq": L(round(F2[1], 5), PRECISE),
                        },
                        "xabar": L("Yar buyinda boz yomsak, ortada 21 sm", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/baliq",
            headers=_h(rng, **b),
            body={
                "cigu": trip,
                "baliq": "alabuga",
                "sani": 14,
                "awirliq": 2.3,
                "urin": {
                    "kinlek": L(round(F3[0], 4), PRECISE),
                    "ozinliq": L(round(F3[1], 4), PRECISE),
                },
                "tisek": obj(rng, "ts"),
            },
        ),
        case(
            f,
            f"{a}/v1/sos",
            headers=_h(rng, **b),
            body={
                "cigu": trip,
                "urin": {"kinlek": L(F3[0], PRECISE), "ozinliq": L(F3[1], PRECISE), "togallek": 5},
                "telefon": L(E164, TEL),
                "batareya": L(19, DEV),
                "xabar": L("Boz yarildi, yarga kire qaytabiz, yardam kirak", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v1/cigu/{trip}/qaytu",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "xal": "yarda",
                "kinlek": L(f"{SLIP[0] + 0.000231:.5f}", PRECISE),
                "ozinliq": L(f"{SLIP[1] - 0.000118:.5f}", PRECISE),
            },
        ),
        case(
            f,
            f"{a}/v1/kibet/zakaz",
            headers=_h(rng, **b),
            body={
                "tawarlar": [{"id": "mormyshka_3", "sani": 5}, {"id": "motyl_200g", "sani": 2}],
                "summa": L(1340, BUY),
                "zakaz": L("BZ-77102", BUY),
                "adres": L(HOME["line"], ADDR),
                "sahar": L(HOME["town"], COARSE),
                "pocta_indeksi": L(HOME["post"], COARSE),
                "telefon": L(E164, TEL),
            },
        ),
        case(
            f,
            f"{a}/v1/kibet/tulaw",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "zakaz": L("BZ-77102", BUY),
                "summa": L("1340.00", BUY),
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "songi_durt": L("4444", PAY),
            },
        ),
        multipart(
            f,
            f"{a}/v1/forum/post",
            [
                ("foto", "alabuga.jpg", "image/jpeg", L(JPEG + b"\x68", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"bulek": "kama_ceber", "post": L("Bugen 14 alabuga! Irem belan", TEXT)},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/boz/kisatular",
            headers=_h(rng, **b),
            query={"tobak": "kama_chl", "kon": "2026-01-27"},
        ),
        case(
            f,
            f"{a}/v1/yoldaslar/caqiru",
            headers=_h(rng, **b),
            body={
                "isem": L("Ilsiyar Nurieva", NAMEC),
                "telefon": L("+79179021364", TEL),
                "xabar": L("Sanbe kon Kamaga baribizmi? Min cana alip kilam", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v1/ezlaw",
            headers=_h(rng, **b),
            query={"ezlaw": L("Kama buyinda cuqa ton qayda tota", SEARCH)},
        ),
        case(
            f,
            f"{a}/v1/hawa",
            headers=_h(rng, **b),
            query={"kinlek": L(f"{F3[0]:.3f}", PRECISE), "ozinliq": L(f"{F3[1]:.3f}", PRECISE)},
        ),
        case(
            f,
            f"{a}/v1/statistika",
            headers=_h(rng, how="none"),
            cookies={
                "bz_session": L(opaque(rng, "", 40), CRED),
                "bz_device": L(INSTALL_ID, DID),
                "bz_req": rid(rng),
            },
        ),
        case(f, f"{a}/v1/cihazlar", headers=_h(rng, **b), body=push(push_token(rng), "tt_RU")),
        case(
            f,
            f"{a}/v1/waqigalar",
            gz=True,
            headers=_h(rng, **b),
            body={
                "qullanuci": L(USER_ID, UID),
                "waqigalar": [
                    waq("cigu_baslandi", 1),
                    waq("ekran", 2, ekran=L("BozXaritasi", USAGE)),
                    waq("sos", 3),
                ],
            },
        ),
    ]


def bozyul_sdks() -> list[Case]:
    rng = random.Random(17152)
    return [
        is_batch(
            APP,
            rng,
            [("Trip Started", {"party": 2}), ("Catch Logged", {"count": 14})],
            at=F1,
            nd=3,
            locale="tt_RU",
        ),
        is_queue(APP, rng, [("Track Beat", {"battery": 37}), ("SOS Sent", {})]),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "purchase", {"zakaz": L("BZ-77102", BUY)}, revenue=1340.0),
        bb_bid(
            APP, rng, {"banner": {"w": 320, "h": 50}}, at=F1, nd=2, keywords="fishing,ice,winter"
        ),
        ck_crash(
            APP,
            rng,
            ("java.lang.SecurityException", "location permission revoked"),
            [ck_crumb("nav", "BozXaritasi -> Cigu"), ck_crumb("tap", "sos_button")],
            screen="CiguActivity",
        ),
        pk_register(APP, rng, lang="tt", at=HOME_AT, nd=2, tags={"sos_kontakt": True}),
        mi_reverse(APP, rng, F1, PRECISE, nd=5),
        mi_route(APP, rng, [(HOME_AT, PRECISE), (SLIP, None)], mode="driving"),
        mi_telemetry(APP, rng, [F1, F2, F3], PRECISE),
        hc_message(
            APP,
            rng,
            L("SOS knopkasi eslamide, boz ostende idik", TEXT),
            {"balikci": L(USER_ID, UID)},
        ),
    ]
