"""A longevity research cohort's participant app "Chentannos" (from the toast "a chent'annos",
"to a hundred years": a study of families of Nuoro's centenarians; the husband's grandmother is
101 and his family joined, she as a spouse in the comparison group; keys Sardinian, LSC spelling
without accents: ``nomine`` / ``sambenadu``, ``posta_eletronica``, ``tzellulare``, ``crae``,
``data_de_naschida``, ``sessu`` sex (``femina``), ``partetzipante`` participant,
``cunsentimentu`` consent, ``firma`` signature, ``chistionariu`` questionnaire, ``maladias``
illnesses, ``medighinas`` medicines, ``fumu`` smoking, ``pesu`` weight, ``artaria`` height,
``pressione`` blood pressure, ``dieta`` diet, ``pastos`` meals, ``binu`` wine, ``passos`` steps,
``bategos`` heartbeats, ``caminera`` walk test, ``acceleru`` accelerometer, ``forza_de_manu``
grip strength, ``mustra`` sample, ``arbore_familiare`` family tree, ``parentes`` relatives,
``annos`` age, ``sonnu`` sleep, ``visita`` visit, ``resultados`` results, ``rimborsu``
reimbursement, ``messagiu`` message, ``chirca`` search). No earlier set has a research-cohort
app of this kind (a docstring grep for "cohort", "longevity", "centenar" and "research study"
found two unrelated uses of "cohort" and one of "research study")."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families10_kit import series
from eval_families17_kit import (
    BIRTH,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MOTION,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families168_kit import (
    CA_HOME_AT,
    CLINIC,
    CLINIC_FIX,
    GRANDMA,
    HUSBAND,
    IBAN,
    KIT,
    NU_HOUSE_AT,
    PARTICIPANT,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families168_sdk import cd_crash, cd_crumb, cd_session, mc_batch, mc_queue, tn_launch
from eval_families168_svc import cy_save, fn_eval, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "chentannos",
    "Chentannos",
    "com.example.chentannos",
    "1.3.5",
    "https://api.chentannos.example.net",
)
IID = "X-Chentannos-Device"
PW = "ChentAnnos!2026"
FIT = "health.fitness"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(28)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def chentannos() -> list[Case]:
    rng = random.Random(16841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, partetzipante=L(PARTICIPANT, UID), grupu="cuntrollu", email=L(EMAIL, MAIL))
        )
    }
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    day = pb(
        [
            (1, L(PARTICIPANT, UID)),
            (2, "2026-03-02"),
            (3, [(1, L(8412, FIT)), (2, L(71, FIT)), (3, L(118, FIT))]),
            (4, "2.4.0"),
        ],
        "",
        lab,
    )
    results = at_path(
        case(f, f"{a}/v1/partetzipantes/{PARTICIPANT}/resultados", headers=_h(rng, **b)),
        PARTICIPANT,
        UID,
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
                "data_de_naschida": L(DOB, BIRTH),
                "sessu": L("femina", GENDER),
                "partetzipante": L(PARTICIPANT, UID),
                "grupu": "cuntrollu",
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
        multipart(
            f,
            f"{a}/v1/cunsentimentu",
            [
                ("firma", "firma.png", "image/png", L(PNG, MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "versione": "CHT-ICF-v4",
                        "analisi_genetica": True,
                        "biobanca": True,
                        "firmadu_dae": L(f"{FIRST} {LAST}", NAMEC),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/chistionariu/salude",
            gz=True,
            headers=_h(rng, **b),
            body={
                "partetzipante": L(PARTICIPANT, UID),
                "maladias": [L("ipotiroidismu", MED), L("asma lieve", MED)],
                "medighinas": [L("levotiroxina 50 mcg", MED)],
                "fumu": L(False, MED),
                "pesu": L(61.5, FIT),
                "artaria": L(168, FIT),
                "pressione": L("118/76", MED),
                "gravidantzias": L(1, MED),
            },
        ),
        case(
            f,
            f"{a}/v1/dieta/diariu",
            headers=_h(rng, **b),
            body={
                "die": "2026-03-02",
                "pastos": [
                    {
                        "pastu": "merie",
                        "alimentos": [
                            L("pane carasau", FIT),
                            L("casu de fitta", FIT),
                            L("fae", FIT),
                        ],
                    },
                    {"pastu": "chena", "alimentos": [L("minestra de legumene", FIT)]},
                ],
                "binu": {"tatzas": L(1, FIT), "tipu": L("cannonau", FIT)},
            },
        ),
        raw(f, f"{a}/v1/sensores/die", day, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/v1/testes/caminera",
            headers=_h(rng, **b),
            body={
                "teste": obj(rng, "ts"),
                "minutos": 6,
                "metros": L(512, FIT),
                "acceleru": L(series(rng, 12, ("ax", "ay", "az"), dt=20, scale=2.0), MOTION),
                "bategos_finale": L(124, FIT),
            },
        ),
        case(
            f,
            f"{a}/v1/testes/forza",
            fmt="form",
            headers=_h(rng, **b),
            body={"forza_de_manu_kg": L("27.5", FIT), "manu": "destra", "proa": "3"},
        ),
        case(
            f,
            f"{a}/v1/mustras",
            headers=_h(rng, **b),
            body={
                "mustra": L(KIT, MED),
                "tipu": L("saliva", MED),
                "regorta": "2026-03-03T07:10",
                "digiunu": L(True, MED),
                "ispeditzione": "corriere_ch_204",
            },
        ),
        case(
            f,
            f"{a}/v1/arbore_familiare",
            headers=_h(rng, **b),
            body={
                "parentes": [
                    {
                        "relatzione": "jaja_de_su_maridu",
                        "nomine": L(GRANDMA[0], NAMEC),
                        "annos": L(GRANDMA[1], BIRTH),
                        "maladias": [L("diabete tipu 2", MED)],
                    },
                    {
                        "relatzione": "maridu",
                        "nomine": L(HUSBAND[0], NAMEC),
                        "annu_de_naschida": L(1987, BIRTH),
                    },
                    {
                        "relatzione": "fizu",
                        "nomine": L(f"{SON['first']} {SON['last']}", NAMEC),
                        "data_de_naschida": L(SON["dob"], BIRTH),
                    },
                ]
            },
        ),
        results,
        case(
            f,
            f"{a}/v1/sonnu",
            headers=_h(rng, **b),
            body={"note": "2026-03-02", "oras": L(6.8, FIT), "ischidadas": L(2, FIT)},
        ),
        case(
            f,
            f"{a}/v1/sincronia",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "partetzipante": L(PARTICIPANT, UID),
                "pressiones": [
                    {"t": 1772440000, "sis": L(121, MED), "dia": L(78, MED)},
                    {"t": 1772526400, "sis": L(116, MED), "dia": L(74, MED)},
                ],
            },
        ),
        case(
            f,
            f"{a}/v1/messagios",
            headers=_h(rng, **b),
            body={
                "a": "infermiera_studiu",
                "testu": L(
                    "Dae unu chida tenzo dolore de petorra cando apo pigadu sas iscalas",
                    f"{TEXT}|{MED}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/visitas/prenotatzione",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "ambulatoriu": CLINIC["id"],
                "ora": obj(rng, "sl"),
                "partetzipante": L(PARTICIPANT, UID),
            },
        ),
        case(
            f,
            f"{a}/v1/visitas/checkin",
            headers=_h(rng, **b),
            body={
                "visita": obj(rng, "vs"),
                "positzione": {"lat": cla, "lng": clo},
                "ambulatoriu": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]},
            },
        ),
        case(
            f,
            f"{a}/v1/chirca",
            headers=_h(rng, **b),
            query={"chirca": L("dieta mediterranea casu de fitta colesterolu", SEARCH)},
        ),
        case(
            f,
            f"{a}/v1/rimborsu/biagiu",
            fmt="form",
            headers=_h(rng, **b),
            body={"iban": L(IBAN, PAY), "km": "420", "visita": "vs_2026_03", "importu": "88.20"},
        ),
        case(
            f,
            f"{a}/v1/resultados/ultimos",
            headers=_h(rng, how="none"),
            cookies={
                "ch_sessione": L(opaque(rng, "", 40), CRED),
                "ch_dispositivu": L(INSTALL_ID, DID),
                "ch_req": rid(rng),
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
                    ev("teste_acabadu", 1),
                    ev("ischermu", 2, ischermu=L("DiariuDieta", USAGE)),
                ],
            },
        ),
    ]


def chentannos_sdks() -> list[Case]:
    rng = random.Random(16842)
    return [
        mc_batch(
            APP,
            rng,
            [("Walk Test Done", {"metres": L(512, FIT)}), ("Diary Saved", {})],
            at=CA_HOME_AT,
            nd=2,
        ),
        mc_queue(
            APP,
            rng,
            [("Steps Synced", {"steps": L(8412, FIT)}), ("Sleep Logged", {"hours": L(6.8, FIT)})],
        ),
        tn_launch(APP, rng, first=True),
        cd_crash(
            APP,
            rng,
            ("java.lang.SecurityException", "activity recognition denied"),
            [cd_crumb("nav", "Testes -> Caminera"), cd_crumb("tap", "incumintza")],
            screen="CamineraActivity",
        ),
        cd_session(APP, rng, secs=402),
        fn_eval(APP, rng, {"grupu": "cuntrollu", "study_arm": "B"}),
        pt_register(APP, rng, lang="sc", tags={"grupu": "cuntrollu"}),
        cy_save(APP, rng, {"analytics": True, "research": True, "marketing": False}),
        mm_route(APP, rng, [(NU_HOUSE_AT, PRECISE), ((CLINIC["lat"], CLINIC["lon"]), None)]),
        hs_message(
            APP,
            rng,
            L("Su kit de saliva est arribadu apertu", f"{TEXT}|{MED}"),
            {"partetzipante": L(PARTICIPANT, UID)},
        ),
    ]
