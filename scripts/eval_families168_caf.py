"""A union-run tax-assistance centre's app "Cuntribuente" (a CAF in Cagliari that prepares the
yearly 730 return for union members and others; keys Sardinian, LSC spelling without accents:
``nomine`` / ``sambenadu``, ``codighe_fiscale`` tax code, ``data_de_naschida`` birth date,
``tzellulare`` mobile, ``codighe`` SMS code, ``sindacadu`` union, ``tessera`` card,
``appuntamentu`` appointment, ``sede`` office, ``servitziu`` service, ``dichiaratzione`` return,
``familiares_a_caricu`` dependents, ``maridu`` husband, ``fizu`` son, ``ispesas`` expenses,
``medicas`` medical, ``retzidas`` receipts, ``descritzione`` description, ``iscola`` school,
``rimborsu`` refund, ``intestadu`` account holder, ``delega`` authorisation, ``firma`` signature,
``documentu`` ID document, ``pratica`` case file, ``notas`` notes, ``messagiu`` message,
``chirca`` search, ``cuota`` dues, ``cunsentimentos`` consents). Her union membership is
``personal.sensitive``. Set 16 has a US self-filing tax app and sets 13, 26 and others have
trade-union member apps; this is an Italian assisted return booked and documented through the
union's centre (no self-filing, no union campaigns)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families168_kit import (
    CAF,
    CF,
    HUSBAND,
    HUSBAND_CF,
    IBAN,
    ID_CARD,
    SON,
    UNION_CARD,
    hd,
    obj,
    push,
)
from eval_families168_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families168_svc import cl_confirm, cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "cuntribuente",
    "Cuntribuente",
    "com.example.cuntribuente",
    "5.1.3",
    "https://api.cuntribuente.example.com",
)
IID = "X-CTB-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, sc=True, **kw)


def cuntribuente() -> list[Case]:
    rng = random.Random(16831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, cf=L(CF, NID), tessera=L(UNION_CARD, SENS), email=L(EMAIL, MAIL))
        )
    }
    lab: dict[str, str] = {}
    sync = pb(
        [(1, L(CF, NID)), (2, "730/2026"), (3, L(UNION_CARD, SENS)), (4, 1781000000)], "", lab
    )
    income = at_path(
        case(
            f,
            f"{a}/api/v3/cuntribuentes/{CF}/redditos",
            headers=_h(rng, **b),
            query={"annu": "2025"},
        ),
        CF,
        NID,
    )
    return [
        case(
            f,
            f"{a}/api/v3/registratzione",
            headers=_h(rng),
            body={
                "nomine": L(FIRST, NAMEC),
                "sambenadu": L(LAST, NAMEC),
                "codighe_fiscale": L(CF, NID),
                "data_de_naschida": L(DOB, BIRTH),
                "posta_eletronica": L(EMAIL, MAIL),
                "tzellulare": L(E164, TEL),
                "sindacadu": L("Sindacadu Traballadores Iscola", SENS),
                "tessera": L(UNION_CARD, SENS),
                "privacy": True,
            },
        ),
        case(
            f,
            f"{a}/api/v3/intrada/sms",
            fmt="form",
            headers=_h(rng),
            body={"tzellulare": L(E164, TEL), "codighe": L("318406", CRED)},
        ),
        case(f, f"{a}/api/v3/deo", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v3/appuntamentos",
            headers=_h(rng, **b),
            body={
                "sede": CAF["id"],
                "die": "2026-05-12",
                "ora": "09:30",
                "servitziu": "730/2026",
                "codighe_fiscale": L(CF, NID),
                "cun_maridu": True,
            },
        ),
        multipart(
            f,
            f"{a}/api/v3/documentos",
            [
                ("cu", "CU_2026.pdf", "application/pdf", L(PDF, MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"tipu": "CU", "codighe_fiscale": L(CF, NID), "annu": 2025},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v3/dichiaratzione/familiares",
            headers=_h(rng, **b),
            body={
                "familiares_a_caricu": [
                    {
                        "relatzione": "maridu",
                        "nomine": L(HUSBAND[0], NAMEC),
                        "codighe_fiscale": L(HUSBAND_CF, NID),
                        "a_caricu": False,
                    },
                    {
                        "relatzione": "fizu",
                        "nomine": L(KID, NAMEC),
                        "codighe_fiscale": L(SON["cf"], NID),
                        "data_de_naschida": L(SON["dob"], BIRTH),
                        "pertzentuale": 50,
                    },
                ]
            },
        ),
        case(
            f,
            f"{a}/api/v3/ispesas/medicas",
            gz=True,
            headers=_h(rng, **b),
            body={
                "retzidas": [
                    {
                        "die": "2025-03-11",
                        "importu": L(120, BUY),
                        "descritzione": L("visita pneumologica pediatrica", MED),
                        "pro": L(SON["cf"], NID),
                    },
                    {
                        "die": "2025-06-02",
                        "importu": L(38.5, BUY),
                        "descritzione": L("salbutamolo spray", MED),
                        "pro": L(SON["cf"], NID),
                    },
                    {
                        "die": "2025-09-19",
                        "importu": L(85, BUY),
                        "descritzione": L("ecografia tiroide", MED),
                        "pro": L(CF, NID),
                    },
                ]
            },
        ),
        case(
            f,
            f"{a}/api/v3/ispesas/iscola",
            headers=_h(rng, **b),
            body={
                "fizu": L(SON["cf"], NID),
                "iscola": "Iscola primaria Is Mirrionis",
                "mensa": L(420, BUY),
                "gita": L(60, BUY),
            },
        ),
        case(
            f,
            f"{a}/api/v3/rimborsu/iban",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "iban": L(IBAN, PAY),
                "intestadu": L(f"{FIRST} {LAST}", NAMEC),
                "cointestadu": L(HUSBAND[0], NAMEC),
            },
        ),
        multipart(
            f,
            f"{a}/api/v3/delega",
            [
                ("firma", "firma.png", "image/png", L(PNG, MEDIA)),
                ("documentu", "carta_identidade.pdf", "application/pdf", L(PDF, f"{MEDIA}|{NID}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "codighe_fiscale": L(CF, NID),
                        "numeru_documentu": L(ID_CARD, NID),
                        "precompilada": True,
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(f, f"{a}/api/v3/praticas/pr_730_88412/istadu", headers=_h(rng, **b)),
        income,
        raw(f, f"{a}/api/v3/sincronia", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/api/v3/notas",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "pratica": "pr_730_88412",
                "notas": [
                    L("In su 2025 apo cambiadu traballu in cabudanni", TEXT),
                    L("Su contu est cointestadu cun Bachisio", TEXT),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v3/messagios",
            headers=_h(rng, **b),
            body={
                "a": "operadore_sede",
                "testu": L(
                    "Su maridu meu Bachisio Mura tenet sa legge 104 pro s'iscoliosi, "
                    "serbint sos certificados?",
                    f"{TEXT}|{NAMEC}|{MED}|{SENS}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/v3/chirca",
            headers=_h(rng, **b),
            query={"chirca": L("detratzione ispesas veterinarias", SEARCH)},
        ),
        case(
            f,
            f"{a}/api/v3/sindacadu/cuota",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "tessera": L(UNION_CARD, SENS),
                "importu": L("48.00", BUY),
                "metodu": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/api/v3/cunsentimentos",
            headers=_h(rng, **b),
            body={
                "codighe_fiscale": L(CF, NID),
                "newsletter": False,
                "sondagios": False,
                "versione": "2026-01",
            },
        ),
        case(
            f,
            f"{a}/api/v3/ritzevuda/ultima",
            headers=_h(rng, how="none"),
            cookies={
                "ctb_sessione": L(opaque(rng, "", 40), CRED),
                "ctb_dispositivu": L(INSTALL_ID, DID),
                "ctb_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/v3/dispositivu", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/api/v3/eventos",
            headers=_h(rng, **b),
            body={
                "utente": L(USER_ID, UID),
                "eventos": [
                    ev("documentu_carrigadu", 1, tipu="CU"),
                    ev("ischermu", 2, ischermu=L("IspesasMedicas", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v3/essida",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "appuntamentu": obj(rng, "ap")},
        ),
    ]


def cuntribuente_sdks() -> list[Case]:
    rng = random.Random(16832)
    return [
        mc_batch(
            APP,
            rng,
            [("Document Uploaded", {"kind": "CU"}), ("Appointment Booked", {"office": CAF["id"]})],
        ),
        mc_queue(
            APP, rng, [("Receipt Scanned", {"kind": L("medical", MED)}), ("Refund Estimated", {})]
        ),
        tn_launch(APP, rng, first=True, user=True),
        fn_eval(APP, rng, {"sede": CAF["id"], "member": L(True, SENS)}, hdr=True),
        cd_session(APP, rng, secs=688),
        pt_register(APP, rng, lang="sc", tags={"sede": CAF["id"], "servitziu": "730"}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_confirm(APP, rng, "48.00"),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ricevuta_farmacia.pdf", "application/pdf"),
        mm_geocode(APP, rng, "CAF via Sonnino Cagliari", SEARCH),
    ]
