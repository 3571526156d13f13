"""A rural sanctuary's novena app "Cumbessias" (the nine-day novena at a country church in the
hills above Nuoro, where families stay in the ``cumbessias``, the pilgrims' huts round the
church; the feast committee, the night walk from Nuoro, Masses, offerings, communal meals; keys
Sardinian, LSC spelling without accents: ``nomine`` / ``sambenadu``, ``posta_eletronica``,
``tzellulare``, ``crae`` password, ``parrochia`` parish, ``cunfessione`` religious confession,
``batijimu`` baptism, ``cumbessia`` hut, ``dies`` days, ``ospites`` guests, ``annos`` age,
``votu`` vow, ``prenotatzione`` booking, ``importu`` amount, ``offerta`` offering,
``intentzione`` intention, ``defuntos`` the departed, ``missa`` Mass, ``comunione`` communion,
``camminada`` walk, ``partetzipantes`` walkers, ``positzione`` position, ``gosos`` sacred songs,
``pastos`` meals, ``chentza_glutine`` gluten-free, ``turnu`` shift, ``sotziu`` committee member,
``cuotas`` dues, ``messagiu`` message, ``chirca`` search, ``ritzevuda`` receipt). Her Catholic
devotion is ``personal.sensitive``. Set 142 has a Santo Nino confraternity (novena, fiesta walk,
candles) and many sets have pilgrimages; this one is about lodging in a sanctuary's huts for the
novena, the committee's kitchen rota and the communal meals."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families168_kit import (
    GRANDMA,
    HUSBAND,
    HUT_BOOKING,
    MEMBER,
    NU_HOUSE_AT,
    SANCT_FIX,
    SANCTUARY,
    SON,
    WALK_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families168_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_event, tn_launch
from eval_families168_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "cumbessias",
    "Cumbessias",
    "com.example.cumbessias",
    "2.2.0",
    "https://api.cumbessias.example.org",
)
IID = "X-Cumbessias-Device"
PW = "SantuBainzu!26"
REL = SENS
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sc=True, **kw)


def cumbessias() -> list[Case]:
    rng = random.Random(16821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(
                rng,
                posta_eletronica=L(EMAIL, MAIL),
                sotziu=L(MEMBER, UID),
                parrochia=L("Santa Eulalia Casteddu", REL),
            )
        )
    }
    sla, slo = fix(SANCT_FIX, 4)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(USER_ID, UID)),
            (2, "cm_2026_notte"),
            (3, 1790200000),
            (4, [(1, L(WALK_FIX[0], PRECISE)), (2, L(WALK_FIX[1], PRECISE)), (3, 640.0)]),
            (5, L(52, DEV)),
        ],
        "",
        lab,
    )
    dues = at_path(case(f, f"{a}/v1/sotzios/{MEMBER}/cuotas", headers=_h(rng, **b)), MEMBER, UID)
    receipt = at_path(
        case(f, f"{a}/v1/prenotatziones/{HUT_BOOKING}", headers=_h(rng, **b)), HUT_BOOKING, BUY
    )
    return [
        case(
            f,
            f"{a}/v1/registratzione",
            headers=_h(rng),
            body={
                "nomine": L(FIRST, NAMEC),
                "sambenadu": L(LAST, NAMEC),
                "posta_eletronica": L(EMAIL, MAIL),
                "tzellulare": L(E164, TEL),
                "crae": L(PW, CRED),
                "parrochia": L("Santa Eulalia Casteddu", REL),
                "cunfessione": L("catolica", REL),
                "batijimu": L("1991-07-21", REL),
                "sotziu": L(MEMBER, UID),
            },
        ),
        case(
            f,
            f"{a}/v1/intrada",
            fmt="form",
            headers=_h(rng),
            body={"posta_eletronica": L(EMAIL, MAIL), "crae": L(PW, CRED)},
        ),
        case(f, f"{a}/v1/deo", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/cumbessias/disponibiles",
            headers=_h(rng, **b),
            query={"santuariu": SANCTUARY["id"], "novena": "2026", "letos": "3"},
        ),
        case(
            f,
            f"{a}/v1/cumbessias/prenotatzione",
            headers=_h(rng, **b),
            body={
                "cumbessia": "cb_07",
                "dies": ["2026-09-21", "2026-09-29"],
                "ospites": [
                    {"nomine": L(HUSBAND[0], NAMEC)},
                    {"nomine": L(KID, NAMEC), "annos": L(9, BIRTH)},
                ],
                "prenotatzione": L(HUT_BOOKING, BUY),
                "importu": L(90, BUY),
                "votu": L("Pro sa salude de jaja Giuseppina", f"{TEXT}|{REL}"),
            },
        ),
        case(
            f,
            f"{a}/v1/pagamentu",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "prenotatzione": L(HUT_BOOKING, BUY),
                "importu": L("90.00", BUY),
                "muneda": "EUR",
                "metodu": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v1/offertas",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "importu": L("20", BUY),
                "fundu": L("lampadas_de_su_santu", REL),
                "intentzione": L("Pro s'anima de tziu Antoni Mura", f"{TEXT}|{REL}|{NAMEC}"),
                "anonimu": "false",
            },
        ),
        case(
            f,
            f"{a}/v1/missas/intentziones",
            headers=_h(rng, **b),
            body={
                "missa": "ms_2026_09_25_1800",
                "defuntos": [L("Antoni Mura", NAMEC), L("Peppina Ladu", NAMEC)],
                "vivos": [L(GRANDMA[0], NAMEC)],
                "offerta": L(10, BUY),
            },
        ),
        case(
            f,
            f"{a}/v1/camminada/iscritzione",
            headers=_h(rng, **b),
            body={
                "camminada": "cm_2026_notte",
                "partetzipantes": [
                    {"nomine": L(f"{FIRST} {LAST}", NAMEC)},
                    {"nomine": L(HUSBAND[0], NAMEC)},
                ],
                "cuntatu": L(HUSBAND[1], TEL),
                "torra_in_macchina": True,
            },
        ),
        raw(
            f, f"{a}/v1/camminada/pulsu", beat, "application/x-protobuf", lab, headers=_h(rng, **b)
        ),
        case(
            f,
            f"{a}/v1/presentzia/missa",
            headers=_h(rng, **b),
            body={
                "missa": "ms_2026_09_25_1800",
                "positzione": {"lat": sla, "lng": slo},
                "santuariu": {
                    "id": SANCTUARY["id"],
                    "lat": SANCTUARY["lat"],
                    "lng": SANCTUARY["lon"],
                },
                "comunione": L(True, REL),
            },
        ),
        case(
            f,
            f"{a}/v1/gosos",
            headers=_h(rng, **b),
            query={"santuariu": SANCTUARY["id"], "limba": "sc"},
        ),
        multipart(
            f,
            f"{a}/v1/fotografias",
            [
                ("fotografia", "processione.jpg", "image/jpeg", L(JPEG + b"\x4b", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "album": "novena-2026",
                        "testu": L(
                            "Sa processione cun Efisio chi portat su candelabru", f"{TEXT}|{REL}"
                        ),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/pastos",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "prenotatzione": L(HUT_BOOKING, BUY),
                "pastos": [
                    {"die": "2026-09-24", "pratu": "filindeu", "porziones": 3},
                    {"die": "2026-09-25", "pratu": "pecora_in_cappotu", "porziones": 2},
                ],
                "importu": L(36, BUY),
                "chentza_glutine": L("unu, pro su pitzinnu (celiachia)", f"{TEXT}|{MED}"),
            },
        ),
        case(
            f,
            f"{a}/v1/prioria/turnos",
            headers=_h(rng, **b),
            body={
                "sotziu": L(MEMBER, UID),
                "turnu": obj(rng, "tu"),
                "cumpitu": "coghina",
                "die": "2026-09-26",
            },
        ),
        dues,
        receipt,
        case(
            f,
            f"{a}/v1/messagios",
            headers=_h(rng, **b),
            body={
                "a": "prioressa",
                "testu": L(
                    "Prioressa, sa sogra mea Grazia Ladu benit in cadira de rodas, bi at "
                    "una cumbessia a pianu?",
                    f"{TEXT}|{NAMEC}|{MED}|{REL}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/chirca",
            headers=_h(rng, **b),
            query={"chirca": L("orariu missas novena santu bainzu", SEARCH)},
        ),
        case(
            f,
            f"{a}/v1/ritzevudas/ultima",
            headers=_h(rng, how="none"),
            cookies={
                "cb_sessione": L(opaque(rng, "", 40), CRED),
                "cb_dispositivu": L(INSTALL_ID, DID),
                "cb_req": rid(rng),
            },
        ),
        case(f, f"{a}/v1/dispositivu", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v1/eventos",
            gz=True,
            headers=_h(rng, **b),
            body={
                "utente": L(USER_ID, UID),
                "eventos": [
                    ev("cumbessia_prenotada", 1),
                    ev("offerta", 2, fundu=L("lampadas", REL)),
                    ev("ischermu", 3, ischermu=L("Gosos", USAGE)),
                ],
            },
        ),
    ]


def cumbessias_sdks() -> list[Case]:
    rng = random.Random(16822)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Hut Booked", {"total": L(90, BUY)}),
                ("Mass Attended", {"novena": L("Santu Bainzu", REL)}),
            ],
            at=SANCT_FIX,
            nd=2,
            locale="sc_IT",
        ),
        mc_identify(
            APP,
            rng,
            {
                "parrochia": L("Santa Eulalia Casteddu", REL),
                "sotziu": L(MEMBER, UID),
                "bidda": L("Nugoro", COARSE),
            },
        ),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "offering", {"fundu": L("lampadas", REL)}, revenue=20.0),
        cd_crash(
            APP,
            rng,
            ("java.net.UnknownHostException", "api.cumbessias.example.org"),
            [cd_crumb("nav", "Novena -> Camminada"), cd_crumb("log", "no signal")],
            screen="CamminadaActivity",
        ),
        pt_register(
            APP,
            rng,
            lang="sc",
            at=NU_HOUSE_AT,
            nd=2,
            tags={"novena": L("santu_bainzu", REL), "prioria": "coghina"},
        ),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "90.00"),
        mm_route(
            APP,
            rng,
            [(NU_HOUSE_AT, PRECISE), ((SANCTUARY["lat"], SANCTUARY["lon"]), None)],
            mode="walking",
        ),
        hs_message(
            APP,
            rng,
            L(f"Sa prenotatzione {HUT_BOOKING} non mustrat s'importu", f"{TEXT}|{BUY}"),
            {"sotziu": L(MEMBER, UID)},
        ),
    ]
