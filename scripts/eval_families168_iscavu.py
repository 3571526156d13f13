"""A nuraghe dig's volunteer app "Iscavu" (a summer excavation campaign at a Bronze Age tower
near Orune, Nuoro; its API's keys are Sardinian, LSC spelling with accents dropped: ``nomine``
first name, ``sambenadu`` surname, ``posta_eletronica`` e-mail, ``tzellulare`` mobile, ``crae``
password (lit. "key"), ``data_de_naschida`` birth date, ``codighe_fiscale`` tax code,
``indiritzu`` address, ``tzitade`` city, ``volontariu`` volunteer, ``campagna`` campaign,
``turnos`` shifts, ``allozu`` lodging, ``importu`` amount, ``pagamentu`` payment, ``metodu``
method, ``ultimas_bator`` last four, ``salude`` health, ``vatzinu_tetanu`` tetanus shot,
``allergias`` allergies, ``grupu_sanguinu`` blood group, ``medighinas`` medicines,
``cuntatu_de_emergentzia`` emergency contact, ``positzione`` position, ``latitudine`` /
``longitudine``, ``situ`` site, ``setore`` trench, ``agatu`` find, ``materiale`` material,
``descritzione`` description, ``diariu`` diary, ``testu`` text, ``messagiu`` message, ``chirca``
search, ``trasportu`` transport, ``documentu`` document, ``firma`` signature, ``puntos`` points,
``eventos`` events, ``dispositivu`` device, ``limba`` language, ``fusu_orariu`` time zone,
``deo`` me, ``intrada``/``essida`` log-in/log-out): sign-up, log-in, ``/deo``, the campaign
enrolment, a health declaration (gzip), the emergency contact, the fee, a site check-in, a
protobuf shift beat, a find with its photo, the diary (msgpack), finds by volunteer, hours by
volunteer number in the path, a room share, a message, a search, transport from Nuoro, her ID
card scan and signed waiver, points by cookie, push, events and a log-out."""

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
    EMAIL_UPPER,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families168_kit import (
    CA_HOME,
    CF,
    DIG_FIX,
    HUSBAND,
    ID_CARD,
    NU_HOUSE,
    NURAGHE,
    VOLUNTEER,
    fix,
    hd,
    obj,
    push,
)
from eval_families168_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families168_svc import cl_card, cl_confirm, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("iscavu", "Iscavu", "com.example.iscavu", "1.8.2", "https://api.iscavu.example.org")
IID = "X-Iscavu-Dispositivu"
PW = "Nuraxi!Orune26"
DOB_IT = "17/05/1991"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sc=True, **kw)


def iscavu() -> list[Case]:
    rng = random.Random(16801)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, posta_eletronica=L(EMAIL, MAIL), volontariu=L(VOLUNTEER, UID))
        )
    }
    dla, dlo = fix(DIG_FIX)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(VOLUNTEER, UID)),
            (2, NURAGHE["id"]),
            (3, 1784620800),
            (4, [(1, L(DIG_FIX[0], PRECISE)), (2, L(DIG_FIX[1], PRECISE)), (3, 6.0)]),
            (5, L(63, DEV)),
        ],
        "",
        lab,
    )
    hours = at_path(
        case(
            f,
            f"{a}/api/v1/volontarios/{VOLUNTEER}/oras",
            headers=_h(rng, **b),
            query={"campagna": "2026"},
        ),
        VOLUNTEER,
        UID,
    )
    return [
        case(
            f,
            f"{a}/api/v1/registratzione",
            headers=_h(rng),
            body={
                "nomine": L(FIRST, NAMEC),
                "sambenadu": L(LAST, NAMEC),
                "posta_eletronica": L(EMAIL, MAIL),
                "tzellulare": L(E164, TEL),
                "crae": L(PW, CRED),
                "data_de_naschida": L(DOB_IT, BIRTH),
                "codighe_fiscale": L(CF, NID),
                "indiritzu": L(CA_HOME["line"], ADDR),
                "tzitade": L(CA_HOME["town"], COARSE),
                "esperientzia": "prima_campagna",
                "volontariu": L(VOLUNTEER, UID),
            },
        ),
        case(
            f,
            f"{a}/api/v1/intrada",
            fmt="form",
            headers=_h(rng),
            body={"posta_eletronica": L(EMAIL_UPPER, MAIL), "crae": L(PW, CRED), "ammenta": "1"},
        ),
        case(f, f"{a}/api/v1/deo", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v1/campagnas/cmp_2026_lug/iscritzione",
            headers=_h(rng, **b),
            body={
                "volontariu": L(VOLUNTEER, UID),
                "turnos": ["2026-07-13", "2026-07-20"],
                "allozu": "ostellu_orune",
                "importu": L(180, BUY),
                "situ": NURAGHE["id"],
            },
        ),
        case(
            f,
            f"{a}/api/v1/salude",
            gz=True,
            headers=_h(rng, **b),
            body={
                "volontariu": L(VOLUNTEER, UID),
                "vatzinu_tetanu": L("2019-03-14", MED),
                "allergias": [L("puntura de vespa", MED)],
                "grupu_sanguinu": L("0+", MED),
                "medighinas": [L("cetirizina 10 mg", MED)],
                "problemas_de_ischina": L(False, MED),
            },
        ),
        case(
            f,
            f"{a}/api/v1/cuntatu_de_emergentzia",
            headers=_h(rng, **b),
            body={
                "nomine_cumpletu": L(HUSBAND[0], NAMEC),
                "tzellulare": L(HUSBAND[1], TEL),
                "relatzione": "maridu",
            },
        ),
        case(
            f,
            f"{a}/api/v1/pagamentu",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "importu": L("180.00", BUY),
                "muneda": "EUR",
                "metodu": L(opaque(rng, "pm_", 24), PAY),
                "ultimas_bator": L("4444", PAY),
                "campagna": "cmp_2026_lug",
            },
        ),
        case(
            f,
            f"{a}/api/v1/presentzia",
            headers=_h(rng, **b),
            body={
                "situ": NURAGHE["id"],
                "positzione": {"latitudine": dla, "longitudine": dlo, "pretzisione": 5},
                "situ_positzione": {"latitudine": NURAGHE["lat"], "longitudine": NURAGHE["lon"]},
                "turnu": obj(rng, "tr"),
                "setore": "B2",
            },
        ),
        raw(
            f, f"{a}/api/v1/turnu/pulsu", beat, "application/x-protobuf", lab, headers=_h(rng, **b)
        ),
        multipart(
            f,
            f"{a}/api/v1/agatos",
            [
                ("fotografia", "b2_us104_ola.jpg", "image/jpeg", L(JPEG + b"\x68", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "setore": "B2",
                        "unidade_stratigrafica": "US 104",
                        "materiale": "ceramica",
                        "x_grilla": 12.45,
                        "y_grilla": 3.1,
                        "agatu": obj(rng, "ag"),
                        "descritzione": L(
                            "Frammentu de orlu de ola cun decoratzione a pettene", TEXT
                        ),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v1/diariu",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "volontariu": L(VOLUNTEER, UID),
                "intradas": [
                    {
                        "die": "2026-07-14",
                        "testu": L("Sa terra est sica, amus pulidu sa banca", TEXT),
                    },
                    {"die": "2026-07-15", "testu": L("Apo agatadu una fusaiola in US 104", TEXT)},
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v1/agatos",
            headers=_h(rng, **b),
            query={"volontariu": L(VOLUNTEER, UID), "setore": "B2", "pagina": "1"},
        ),
        hours,
        case(
            f,
            f"{a}/api/v1/allozu/istantza",
            headers=_h(rng, **b),
            body={
                "istantza": "st_04",
                "cumpagna": L("Maria Pinna", NAMEC),
                "notas": L("Mi corco chitzo, so allergica a sos pilos de gatu", f"{TEXT}|{MED}"),
            },
        ),
        case(
            f,
            f"{a}/api/v1/messagios",
            headers=_h(rng, **b),
            body={
                "a": "coord_situ",
                "testu": L(
                    "Oe no isco si benzo, mi at puntu una vespa e sa manu est unfrada",
                    f"{TEXT}|{MED}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/v1/chirca",
            headers=_h(rng, **b),
            query={"chirca": L("nuraghe a tholos bibliografia Orune", SEARCH), "pagina": "1"},
        ),
        case(
            f,
            f"{a}/api/v1/trasportu",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "dae": L(NU_HOUSE["line"], ADDR),
                "bidda": L(NU_HOUSE["town"], COARSE),
                "die": "2026-07-13",
                "ora": "06:40",
                "postos": "1",
            },
        ),
        multipart(
            f,
            f"{a}/api/v1/documentos",
            [
                (
                    "documentu",
                    "carta_identidade.jpg",
                    "image/jpeg",
                    L(JPEG + b"\x69", f"{MEDIA}|{NID}"),
                ),
                ("firma", "liberatoria.pdf", "application/pdf", L(PDF, MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "numeru_documentu": L(ID_CARD, NID),
                        "firmadu_dae": L(f"{FIRST} {LAST}", NAMEC),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v1/puntos",
            headers=_h(rng, how="none"),
            cookies={
                "isc_sessione": L(opaque(rng, "", 40), CRED),
                "isc_dispositivu": L(INSTALL_ID, DID),
                "isc_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/v1/dispositivu", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/api/v1/eventos",
            gz=True,
            headers=_h(rng, **b),
            body={
                "utente": L(USER_ID, UID),
                "eventos": [
                    ev("agatu_registradu", 1, setore="B2"),
                    ev("presentzia", 2),
                    ev("ischermu", 3, ischermu=L("DiariuIscavu", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v1/essida",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "refresh_token": L(opaque(rng, "rt_", 48), CRED),
                "dispositivu": L(INSTALL_ID, DID),
            },
        ),
    ]


def iscavu_sdks() -> list[Case]:
    rng = random.Random(16802)
    return [
        mc_batch(
            APP,
            rng,
            [("Find Logged", {"trench": "B2"}), ("Shift Started", {"site": NURAGHE["id"]})],
            at=DIG_FIX,
            nd=2,
            locale="sc_IT",
        ),
        mc_identify(
            APP,
            rng,
            {"tzitade": L("Casteddu", COARSE), "volontariu": L(VOLUNTEER, UID), "campagnas": 1},
        ),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "enrolment", {"campagna": "cmp_2026_lug"}, revenue=180.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="archeologia,nuraghe"),
        cd_crash(
            APP,
            rng,
            ("java.lang.OutOfMemoryError", "bitmap decode"),
            [
                cd_crumb("nav", "Agatos -> Fotografia"),
                cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/agatos", "status": 500}),
            ],
            screen="FotografiaActivity",
        ),
        cd_session(APP, rng, secs=1310),
        pt_register(APP, rng, lang="sc", tags={"campagna": "2026", "setore": "B2"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "180.00"),
        mm_reverse(APP, rng, DIG_FIX, PRECISE, nd=5),
    ]
