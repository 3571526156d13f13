"""A children's carnival-mask group's parent app "Maschereddas" (the junior mask group of a
Barbagia town, where Efisio, 9, walks in the small masks' parade at the January bonfires and at
carnival; keys Sardinian, LSC spelling without accents: ``genitore`` parent, ``pitzinnu``
child, ``nomine`` / ``sambenadu``, ``posta_eletronica``, ``tzellulare``, ``crae``,
``codighe_fiscale``, ``data_de_naschida``, ``sessu`` sex (``mascru`` male), ``misuras``
measurements, ``artaria`` height, ``pesu`` weight, ``salude`` health, ``asma`` asthma,
``allergias`` allergies, ``dotore`` doctor, ``cuota`` fee, ``autorizatziones`` permissions,
``imagines`` pictures, ``provas`` rehearsals, ``presentzia`` attendance, ``sfilada`` parade,
``bestire`` costume, ``prestitu`` loan, ``caparra`` deposit, ``ritiru`` pick-up, ``autobus`` /
``postos`` bus / seats, ``partentzia`` departure, ``messagiu`` message, ``chirca`` search).
Efisio is a data subject (name, birth date, sex, tax code, member number, measurements, health).
Set 101 has carnival seat tickets and set 155 a junior surf club; this is a child's membership in
a traditional mask group (costume sizing, rehearsals, the parade, pick-ups)."""

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
    GENDER,
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
from eval_families24_kit import claims, rid
from eval_families168_kit import (
    CA_HOME,
    CF,
    HALL,
    HALL_FIX,
    MOTHER_IL,
    PARADE_FIX,
    SON,
    SON_MEMBER,
    fix,
    hd,
    obj,
    push,
)
from eval_families168_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_pixel,
    tn_launch,
)
from eval_families168_svc import cl_card, cl_confirm, cy_check, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "maschereddas",
    "Maschereddas",
    "com.example.maschereddas",
    "2.0.1",
    "https://api.maschereddas.example.com",
)
IID = "X-Maschera-Device"
PW = "Fogarone!Efis16"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sc=True, **kw)


def maschereddas() -> list[Case]:
    rng = random.Random(16851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, email=L(EMAIL, MAIL), pitzinnos=[L(SON_MEMBER, UID)], rolu="genitore")
        )
    }
    hla, hlo = fix(HALL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(USER_ID, UID)),
            (2, "sf_2026_fogarones"),
            (3, 1768590000),
            (4, [(1, L(PARADE_FIX[0], PRECISE)), (2, L(PARADE_FIX[1], PRECISE))]),
            (5, L(29, DEV)),
        ],
        "",
        lab,
    )
    meas = at_path(
        case(
            f,
            f"{a}/v2/pitzinnos/{SON_MEMBER}/misuras",
            headers=_h(rng, **b),
            body={
                "artaria": L(136, FIT),
                "pesu": L(31, FIT),
                "pee": L(34, FIT),
                "die": "2026-01-05",
            },
        ),
        SON_MEMBER,
        UID,
    )
    att = at_path(
        case(
            f,
            f"{a}/v2/pitzinnos/{SON_MEMBER}/presentzias",
            headers=_h(rng, **b),
            query={"istajone": "2026"},
        ),
        SON_MEMBER,
        UID,
    )
    return [
        case(
            f,
            f"{a}/v2/genitores",
            headers=_h(rng),
            body={
                "nomine": L(FIRST, NAMEC),
                "sambenadu": L(LAST, NAMEC),
                "posta_eletronica": L(EMAIL_MIXED, MAIL),
                "tzellulare": L(E164, TEL),
                "crae": L(PW, CRED),
                "codighe_fiscale": L(CF, NID),
                "relatzione": "mama",
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
                "client_id": "maschereddas-genitores",
            },
        ),
        case(f, f"{a}/v2/deo", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v2/pitzinnos",
            headers=_h(rng, **b),
            body={
                "nomine": L(SON["first"], NAMEC),
                "sambenadu": L(SON["last"], NAMEC),
                "data_de_naschida": L(SON["dob"], BIRTH),
                "sessu": L(SON["sex"], GENDER),
                "codighe_fiscale": L(SON["cf"], NID),
                "grupu": HALL["id"],
                "sotziu": L(SON_MEMBER, UID),
            },
        ),
        meas,
        case(
            f,
            f"{a}/v2/salude",
            gz=True,
            headers=_h(rng, **b),
            body={
                "pitzinnu": L(SON_MEMBER, UID),
                "asma": L("asma de isfortzu, tenet su spray", MED),
                "allergias": [L("latte", MED), L("pelu de ebba", MED)],
                "celiachia": L(True, MED),
                "dotore": {
                    "nomine": L("Dott.ssa Rita Sanna", NAMEC),
                    "telefonu": L("+393482207731", TEL),
                },
            },
        ),
        case(
            f,
            f"{a}/v2/cuotas/pagamentu",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "pitzinnu": L(SON_MEMBER, UID),
                "istajone": "2026",
                "importu": L("40.00", BUY),
                "metodu": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v2/autorizatziones",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "pitzinnu": L(SON_MEMBER, UID),
                "imagines": "si",
                "biagios": "si",
                "firma": L(f"{FIRST} {LAST}", NAMEC),
            },
        ),
        case(
            f,
            f"{a}/v2/provas",
            headers=_h(rng, **b),
            query={"grupu": HALL["id"], "mese": "2026-01"},
        ),
        case(
            f,
            f"{a}/v2/provas/presentzia",
            headers=_h(rng, **b),
            body={
                "pitzinnu": L(SON_MEMBER, UID),
                "prova": obj(rng, "pv"),
                "positzione": {"lat": hla, "lng": hlo},
                "sala": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]},
            },
        ),
        raw(f, f"{a}/v2/sfilada/pulsu", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(
            f,
            f"{a}/v2/fotografias",
            [
                ("fotografia", "efisio_maschera.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "album": "fogarones-2026",
                        "testu": L(
                            f"{KID} cun sa maschera noa in sa prima sfilada", f"{TEXT}|{NAMEC}"
                        ),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/bestire/prestitu",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "pitzinnu": L(SON_MEMBER, UID),
                "pecas": [
                    {"peca": "maschera_pitica", "codighe": "MP-031"},
                    {"peca": "campaneddas", "codighe": "CB-118"},
                ],
                "mannaria": L("M (136 cm)", FIT),
                "caparra": L(25, BUY),
            },
        ),
        case(
            f,
            f"{a}/v2/ritiru",
            headers=_h(rng, **b),
            body={
                "pitzinnu": L(SON_MEMBER, UID),
                "persone": {
                    "nomine": L(MOTHER_IL[0], NAMEC),
                    "tzellulare": L(MOTHER_IL[1], TEL),
                    "relatzione": "ajaja",
                },
                "dies": ["giobia", "sabadu"],
            },
        ),
        case(
            f,
            f"{a}/v2/messagios",
            headers=_h(rng, **b),
            body={
                "a": "capugrupu",
                "testu": L(
                    "Efisio giobia non podet benner a sa prova, tenet sa frebba a 38",
                    f"{TEXT}|{MED}|{NAMEC}",
                ),
            },
        ),
        att,
        case(
            f,
            f"{a}/v2/autobus/postos",
            headers=_h(rng, **b),
            body={
                "autobus": "bs_ca_mamoi",
                "postos": 2,
                "partentzia": {
                    "indiritzu": L(CA_HOME["line"], ADDR),
                    "tzitade": L(CA_HOME["town_it"], COARSE),
                },
                "importu": L(24, BUY),
            },
        ),
        case(
            f,
            f"{a}/v2/chirca",
            headers=_h(rng, **b),
            query={"chirca": L("campaneddas pro pitzinnos mannaria", SEARCH)},
        ),
        case(
            f,
            f"{a}/v2/ritzevudas",
            headers=_h(rng, how="none"),
            cookies={
                "msk_sessione": L(opaque(rng, "", 40), CRED),
                "msk_dispositivu": L(INSTALL_ID, DID),
                "msk_req": rid(rng),
            },
        ),
        case(f, f"{a}/v2/dispositivu", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v2/eventos",
            gz=True,
            headers=_h(rng, **b),
            body={
                "utente": L(USER_ID, UID),
                "eventos": [
                    ev("prova_presente", 1),
                    ev("ischermu", 2, ischermu=L("Sfilada", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/v2/essida",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "refresh_token": L(opaque(rng, "rt_", 48), CRED),
                "dispositivu": L(INSTALL_ID, DID),
            },
        ),
    ]


def maschereddas_sdks() -> list[Case]:
    rng = random.Random(16852)
    return [
        mc_batch(
            APP,
            rng,
            [("Rehearsal Attended", {"group": HALL["id"]}), ("Fee Paid", {"amount": L(40, BUY)})],
            at=HALL_FIX,
            nd=2,
        ),
        mc_identify(
            APP, rng, {"role": "genitore", "pitzinnos": 1, "tzitade": L("Casteddu", COARSE)}
        ),
        mc_pixel(APP, rng, "Parade Map Opened", {"parade": "sf_2026_fogarones"}),
        tn_launch(APP, rng),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=PARADE_FIX,
            nd=3,
            keywords="carnevale,maschere,sardegna",
        ),
        bf_notice(APP, rng, "win"),
        cd_crash(
            APP,
            rng,
            ("java.lang.NullPointerException", "parade route"),
            [cd_crumb("nav", "Sfilada -> Mapa")],
            screen="SfiladaActivity",
        ),
        pt_register(APP, rng, lang="sc", tags={"grupu": HALL["id"]}),
        cy_check(APP, rng, {"analytics": True, "photos_public": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "40.00"),
        hs_message(
            APP,
            rng,
            L(f"Sa cuota de {KID} resurtat non pagada", f"{TEXT}|{NAMEC}"),
            {"pitzinnu": L(SON_MEMBER, UID)},
        ),
    ]
