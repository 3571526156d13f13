"""A mushroom-picking permit and harvest app "Antunna" (named after the prized Sardinian
eryngo mushroom; permits for the Supramonte's forests, harvest declarations, the mycology
office's free inspection; keys Sardinian, LSC spelling without accents: ``nomine`` /
``sambenadu`` first name / surname, ``posta_eletronica`` e-mail, ``tzellulare`` mobile,
``crae`` password, ``data_de_naschida`` birth date, ``codighe_fiscale`` tax code, ``indiritzu``
address, ``tzitade`` city, ``codighe_postale`` post code, ``permissu`` permit, ``tesserinu``
licence card, ``documentu`` identity document, ``importu`` amount, ``pagamentu`` payment,
``regorta`` harvest, ``ispetzia`` species, ``chilos`` kilograms, ``logu`` spot, ``padente``
forest, ``tracas`` tracks, ``controllu`` inspection, ``intossicatzione`` poisoning,
``sintomos`` symptoms, ``maridu`` husband, ``cursu`` course, ``chirca`` search, ``messagiu``
message, ``testu`` text): sign-up, an OAuth password grant, ``/deo``, the yearly permit (her ID
card and tax code), its payment, the licence by number in the path, a harvest declaration with
her spot, a protobuf track, an inspection booking with a basket photo, inspection slots, her
saved spots (msgpack), a poisoning alert from home, a search, a message to the mycologist, a
spot shared with her husband, the forecast for the area (2 decimals), the licence QR by cookie, a
course, push, events and a log-out."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families24_kit import claims, rid
from eval_families168_kit import (
    CA_HOME,
    CA_HOME_AT,
    CF,
    HUSBAND,
    ID_CARD,
    LICENCE,
    MYCO,
    NU_HOUSE_AT,
    SPOTS,
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
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families168_svc import cy_save, hs_message, mm_geocode, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("antunna", "Antunna", "com.example.antunna", "3.0.7", "https://api.antunna.example.net")
IID = "X-Antunna-Device"
PW = "Supramonte#1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, sc=True, **kw)


def antunna() -> list[Case]:
    rng = random.Random(16811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, email=L(EMAIL, MAIL), tesserinu=L(LICENCE, UID), cf=L(CF, NID))
        )
    }
    s1la, s1lo = fix(SPOTS[0])
    hla, hlo = fix(NU_HOUSE_AT, 5)
    lab: dict[str, str] = {}
    track = pb(
        [
            (1, L(LICENCE, UID)),
            (2, 1790930000),
            (
                3,
                [
                    (1, [(1, L(SPOTS[0][0], PRECISE)), (2, L(SPOTS[0][1], PRECISE))]),
                    (2, [(1, L(SPOTS[1][0], PRECISE)), (2, L(SPOTS[1][1], PRECISE))]),
                ],
            ),
            (4, L(38, DEV)),
        ],
        "",
        lab,
    )
    lic = at_path(case(f, f"{a}/v2/permissos/{LICENCE}", headers=_h(rng, **b)), LICENCE, UID)
    return [
        case(
            f,
            f"{a}/v2/registratzione",
            headers=_h(rng),
            body={
                "nomine": L(FIRST, NAMEC),
                "sambenadu": L(LAST, NAMEC),
                "posta_eletronica": L(EMAIL_MIXED, MAIL),
                "tzellulare": L(NATIONAL, TEL),
                "crae": L(PW, CRED),
                "data_de_naschida": L(DOB, BIRTH),
                "codighe_fiscale": L(CF, NID),
                "indiritzu": L(CA_HOME["line"], ADDR),
                "tzitade": L(CA_HOME["town_it"], COARSE),
                "codighe_postale": L(CA_HOME["post"], COARSE),
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
                "client_id": "antunna-android",
            },
        ),
        case(f, f"{a}/v2/deo", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v2/permissos",
            headers=_h(rng, **b),
            body={
                "tipu": "annuale",
                "comunu": "Oliena",
                "annu": 2026,
                "documentu": {"tipu": "carta_identidade", "numeru": L(ID_CARD, NID)},
                "codighe_fiscale": L(CF, NID),
                "importu": L(30, BUY),
                "tesserinu": L(LICENCE, UID),
            },
        ),
        case(
            f,
            f"{a}/v2/pagamentu",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "iuv": "RF18000000000012345",
                "importu": L("30.00", BUY),
                "muneda": "EUR",
                "metodu": L(opaque(rng, "pm_", 24), PAY),
                "tesserinu": L(LICENCE, UID),
            },
        ),
        lic,
        case(
            f,
            f"{a}/v2/regortas",
            headers=_h(rng, **b),
            body={
                "tesserinu": L(LICENCE, UID),
                "die": "2026-10-24",
                "ispetzia": "Pleurotus eryngii",
                "chilos": 1.4,
                "logu": {"latitudine": s1la, "longitudine": s1lo},
                "padente": L("Supramonte de Oliena", COARSE),
                "regorta": obj(rng, "rg"),
            },
        ),
        raw(f, f"{a}/v2/tracas", track, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(
            f,
            f"{a}/v2/controllos",
            [
                ("fotografia", "canistedda.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "tesserinu": L(LICENCE, UID),
                        "ufitziu": MYCO["id"],
                        "ispetzias": ["Boletus aereus", "Amanita caesarea"],
                        "chilos": 2.1,
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/controllos/oras",
            headers=_h(rng, **b),
            query={"ufitziu": MYCO["id"], "die": "2026-10-25"},
        ),
        case(
            f,
            f"{a}/v2/controllos/prenotatzione",
            fmt="form",
            headers=_h(rng, **b),
            body={"ora": obj(rng, "sl"), "tesserinu": L(LICENCE, UID), "ufitziu": MYCO["id"]},
        ),
        case(
            f,
            f"{a}/v2/logos/sincronia",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "tesserinu": L(LICENCE, UID),
                "logos": [
                    {
                        "nomine": L("Sa funtana de tziu Bachis", TEXT),
                        "latitudine": L(SPOTS[0][0], PRECISE),
                        "longitudine": L(SPOTS[0][1], PRECISE),
                    },
                    {
                        "nomine": L("Su chercu mannu", TEXT),
                        "latitudine": L(SPOTS[1][0], PRECISE),
                        "longitudine": L(SPOTS[1][1], PRECISE),
                    },
                ],
            },
        ),
        case(
            f,
            f"{a}/v2/intossicatzione",
            headers=_h(rng, **b),
            body={
                "sintomos": [L("nausea", MED), L("dolore de brente", MED), L("gherrias", MED)],
                "ora_de_su_pastu": "2026-10-24T20:30",
                "ispetzia_suspeta": L("Omphalotus", MED),
                "positzione": {"latitudine": hla, "longitudine": hlo},
                "testu": L(
                    "Apo mandigadu fungos cotos a sas oto, como mi sento male", f"{TEXT}|{MED}"
                ),
            },
        ),
        case(
            f,
            f"{a}/v2/chirca",
            headers=_h(rng, **b),
            query={"chirca": L("antunna Oliena istajone", SEARCH)},
        ),
        case(
            f,
            f"{a}/v2/messagios",
            headers=_h(rng, **b),
            body={
                "a": "micologu_turnu",
                "testu": L("Custu boletu at su pede ruju, est bonu?", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v2/logos/cumpartzi",
            headers=_h(rng, **b),
            body={
                "maridu": {"nomine": L(HUSBAND[0], NAMEC), "tzellulare": L(HUSBAND[1], TEL)},
                "logu": {
                    "latitudine": L(SPOTS[1][0], PRECISE),
                    "longitudine": L(SPOTS[1][1], PRECISE),
                },
                "iscadentzia": "2026-11-30",
            },
        ),
        case(
            f,
            f"{a}/v2/tempus",
            headers=_h(rng, **b),
            query={
                "lat": L(f"{SPOTS[0][0]:.2f}", "location.coarse"),
                "lon": L(f"{SPOTS[0][1]:.2f}", "location.coarse"),
                "dies": "3",
            },
        ),
        case(
            f,
            f"{a}/v2/tesserinu/qr",
            headers=_h(rng, how="none"),
            cookies={
                "an_sessione": L(opaque(rng, "", 40), CRED),
                "an_dispositivu": L(INSTALL_ID, DID),
            },
        ),
        case(
            f,
            f"{a}/v2/cursos",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "cursu": "micologia_base_nu",
                "nomine_cumpletu": L(f"{FIRST} {LAST}", NAMEC),
                "importu": L("45", BUY),
                "metodu": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        case(f, f"{a}/v2/dispositivu", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v2/eventos",
            headers=_h(rng, **b),
            body={
                "utente": L(USER_ID, UID),
                "sessione": rid(rng),
                "eventos": [
                    ev("regorta_declarada", 1),
                    ev("ischermu", 2, ischermu=L("MapaLogos", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/v2/essida",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED)},
        ),
    ]


def antunna_sdks() -> list[Case]:
    rng = random.Random(16812)
    return [
        mc_batch(
            APP,
            rng,
            [("Harvest Declared", {"kg": 1.4}), ("Inspection Booked", {"office": MYCO["id"]})],
            at=SPOTS[0],
            nd=3,
            locale="sc_IT",
        ),
        mc_pixel(APP, rng, "Species Guide Opened", {"species": "Pleurotus eryngii"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "permit_purchase", {"tipu": "annuale"}, revenue=30.0, hashed=True),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=CA_HOME_AT,
            nd=2,
            keywords="funghi,boschi,sardegna",
        ),
        bf_notice(APP, rng, "imp"),
        cd_crash(
            APP,
            rng,
            ("java.lang.IllegalStateException", "gps provider disabled"),
            [cd_crumb("nav", "Regortas -> Mapa"), cd_crumb("tap", "salva_logu")],
            screen="MapaActivity",
        ),
        pt_register(APP, rng, lang="sc", at=CA_HOME_AT, nd=2, tags={"padente": "supramonte"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_telemetry(APP, rng, SPOTS, PRECISE),
        mm_geocode(APP, rng, "Oliena Su Gologone", SEARCH, near=SPOTS[0], nd=3),
        hs_message(
            APP, rng, L("Su tesserinu non si bidet in s'app", TEXT), {"tesserinu": L(LICENCE, UID)}
        ),
    ]
