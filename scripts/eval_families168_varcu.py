"""Cagliari's restricted-traffic-zone permit app "Varcu" (residents of Castello drive through
camera gates with a permit; keys Sardinian, LSC spelling without accents: ``nomine`` /
``sambenadu``, ``codighe_fiscale``, ``posta_eletronica``, ``tzellulare``, ``crae``,
``indiritzu_de_residentzia`` home address, ``tzitade`` city, ``codighe_postale`` post code,
``zona`` zone, ``permissu`` permit, ``veiculu`` vehicle, ``targa`` plate, ``libretu``
registration document, ``importu``, ``pagamentu``, ``intradas`` gate passages, ``varcu`` gate,
``ospite`` guest, ``multa`` fine, ``recursu`` appeal, ``motivu`` reason, ``aberta`` opening,
``parchegiu`` parking, ``sessione`` session, ``contrassignu`` disabled badge, ``titulare``
holder, ``messagiu``, ``chirca``). Many sets have parking permits for a building or a lease;
this is a city's camera-gate access permit with its passage log, guest passes, a fine appeal
and a geofenced gate opening."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    CA_HOME,
    CA_HOME_AT,
    CF,
    GATE,
    GATE_FIX,
    MOTHER_IL,
    PERMIT,
    PLATE,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families168_sdk import bf_bid, bf_notice, cd_session, mc_batch, tn_launch, tn_link
from eval_families168_svc import (
    cl_card,
    cl_confirm,
    fn_eval,
    mm_geocode,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("varcu", "Varcu", "com.example.varcu", "4.4.0", "https://api.varcu.example.org")
IID = "X-Varcu-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))
HOME = f"{CA_HOME['line']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def varcu() -> list[Case]:
    rng = random.Random(16861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, codighe_fiscale=L(CF, NID), permissu=L(PERMIT, UID), email=L(EMAIL, MAIL))
        )
    }
    gla, glo = fix(GATE_FIX)
    lab: dict[str, str] = {}
    opener = pb(
        [
            (1, L(PERMIT, UID)),
            (2, GATE["id"]),
            (3, 1771000000),
            (4, [(1, L(GATE_FIX[0], PRECISE)), (2, L(GATE_FIX[1], PRECISE)), (3, 9.0)]),
            (5, L(47, DEV)),
        ],
        "",
        lab,
    )
    perm = at_path(case(f, f"{a}/api/permissos/{PERMIT}", headers=_h(rng, **b)), PERMIT, UID)
    return [
        case(
            f,
            f"{a}/api/registratzione",
            headers=_h(rng),
            body={
                "nomine": L(FIRST, NAMEC),
                "sambenadu": L(LAST, NAMEC),
                "codighe_fiscale": L(CF, NID),
                "posta_eletronica": L(EMAIL, MAIL),
                "tzellulare": L(NATIONAL, TEL),
                "crae": L("Casteddu$Susu91", CRED),
                "indiritzu_de_residentzia": L(HOME, ADDR),
                "tzitade": L(CA_HOME["town_it"], COARSE),
                "codighe_postale": L(CA_HOME["post"], COARSE),
                "zona": L("Castello", COARSE),
            },
        ),
        case(
            f,
            f"{a}/oauth/token",
            fmt="form",
            headers=_h(rng),
            body={
                "grant_type": "authorization_code",
                "code": L(opaque(rng, "ac_", 32), CRED),
                "code_verifier": L(opaque(rng, "", 43), CRED),
                "redirect_uri": "com.example.varcu:/callback",
                "client_id": "varcu-android",
            },
        ),
        case(f, f"{a}/api/deo", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/permissos",
            headers=_h(rng, **b),
            body={
                "tipu": "residente",
                "zona": L("Castello", COARSE),
                "veiculu": {"targa": PLATE, "marca": "Fiat", "modellu": "Panda"},
                "importu": L(25, BUY),
                "permissu": L(PERMIT, UID),
                "codighe_fiscale": L(CF, NID),
            },
        ),
        multipart(
            f,
            f"{a}/api/permissos/documentos",
            [
                ("libretu", "libretu.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
                ("residentzia", "residentzia.pdf", "application/pdf", L(PDF, f"{MEDIA}|{ADDR}")),
                ("meta", None, "application/json", {"permissu": L(PERMIT, UID)}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/pagamentu",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "iuv": "RF47000000000088120",
                "importu": L("25.00", BUY),
                "metodu": L(opaque(rng, "pm_", 24), PAY),
                "ultimas_bator": L("4444", PAY),
            },
        ),
        perm,
        case(
            f,
            f"{a}/api/intradas",
            headers=_h(rng, **b),
            query={"permissu": L(PERMIT, UID), "mese": "2026-02"},
        ),
        case(
            f,
            f"{a}/api/ospites",
            headers=_h(rng, **b),
            body={
                "ospite": {
                    "nomine": L(SISTER_US[0], NAMEC),
                    "tzellulare": L(SISTER_US[1], TEL),
                    "posta_eletronica": L(SISTER_US[2], MAIL),
                },
                "targa": "FX 902 TT",
                "dae": "2026-04-02",
                "a": "2026-04-09",
                "permissu": L(PERMIT, UID),
            },
        ),
        case(
            f,
            f"{a}/api/multas/VB-2026-004417/recursu",
            headers=_h(rng, **b),
            body={
                "motivu": L(
                    "Apo portadu a fizu meu Efisio Mura a su pronto soccorso pro un'attacu de asma",
                    f"{TEXT}|{MED}|{NAMEC}",
                ),
                "permissu": L(PERMIT, UID),
                "allegadu": "cert_ps_0214",
            },
        ),
        case(
            f,
            f"{a}/api/multas/pagamentu",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "verbale": "VB-2026-003981",
                "importu": L("83.00", BUY),
                "metodu": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        raw(
            f, f"{a}/api/varcos/aberta", opener, "application/x-protobuf", lab, headers=_h(rng, **b)
        ),
        case(
            f,
            f"{a}/api/parchegiu/sessione",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "zona": "CA-B2",
                "incumintzu": 1771002000,
                "minutos": 90,
                "positzione": {"lat": gla, "lng": glo},
                "importu": L(1.8, BUY),
                "permissu": L(PERMIT, UID),
            },
        ),
        case(
            f,
            f"{a}/api/varcos",
            headers=_h(rng, **b),
            query={
                "lat": L(f"{CA_HOME_AT[0]:.3f}", PRECISE),
                "lon": L(f"{CA_HOME_AT[1]:.3f}", PRECISE),
                "raggiu": "800",
            },
        ),
        case(
            f,
            f"{a}/api/contrassignu",
            headers=_h(rng, **b),
            body={
                "titulare": {
                    "nomine": L(MOTHER_IL[0], NAMEC),
                    "codighe_fiscale": L(MOTHER_IL[2], NID),
                },
                "contrassignu": L("CUDE-NU-0041187", SENS),
                "dae": "2026-03-10",
                "a": "2026-03-24",
                "motivu": L("Mia sogra andat in cadira de rodas", f"{TEXT}|{MED}|{SENS}"),
            },
        ),
        case(
            f,
            f"{a}/api/messagios",
            headers=_h(rng, **b),
            body={
                "a": "ufitziu_ztl",
                "testu": L("Su varcu de Porta Cristina non leghet sa targa dae tres dies", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/chirca",
            headers=_h(rng, **b),
            query={"chirca": L("varcu Porta Cristina orariu", SEARCH)},
        ),
        case(
            f,
            f"{a}/api/permissos/qr",
            headers=_h(rng, how="none"),
            cookies={
                "vr_sessione": L(opaque(rng, "", 40), CRED),
                "vr_dispositivu": L(INSTALL_ID, DID),
                "vr_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/dispositivu", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/api/eventos",
            headers=_h(rng, **b),
            body={
                "utente": L(USER_ID, UID),
                "sessione": obj(rng, "se"),
                "eventos": [
                    ev("varcu_abertu", 1),
                    ev("ischermu", 2, ischermu=L("Intradas", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/essida",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED)},
        ),
    ]


def varcu_sdks() -> list[Case]:
    rng = random.Random(16862)
    link = U(
        "https://varcu.example.org/p",
        {"permissu": L(PERMIT, UID), "ref": "mail", "em": L(EMAIL, MAIL)},
    )
    return [
        mc_batch(
            APP,
            rng,
            [("Permit Paid", {"total": L(25, BUY)}), ("Gate Opened", {"gate": GATE["id"]})],
            at=GATE_FIX,
            nd=3,
        ),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=CA_HOME_AT,
            nd=3,
            keywords="auto,parcheggio,cagliari",
        ),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=96),
        fn_eval(APP, rng, {"zona": L("Castello", COARSE), "resident": True}, hdr=True),
        pt_register(APP, rng, at=CA_HOME_AT, nd=2, tags={"zona": L("Castello", COARSE)}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "25.00"),
        mm_reverse(APP, rng, GATE_FIX, PRECISE, nd=5),
        mm_geocode(
            APP, rng, "Via Lamarmora 42 Cagliari", f"{ADDR}|{SEARCH}", near=CA_HOME_AT, nd=2
        ),
    ]
