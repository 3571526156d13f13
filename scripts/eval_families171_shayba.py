"""A youth hockey school's parent app "Shayba" (her son Timur's under-10 team at the Chelny ice
rink; its API's keys are Tatar in Latin letters with some English: ``ata_ana`` parent, ``isem``,
``familia``, ``elektron_pocta``, ``telefon``, ``sersuz``, ``bala`` child, ``tugan_kon`` birth
date, ``cenes`` sex, ``snils``, ``tuu_taniqligi`` birth certificate, ``buy`` height, ``awirliq``
weight, ``uyinci`` / ``uyinci_nomeri`` player / player number, ``uyincilar`` players,
``tabib_belesmasi`` doctor's certificate, ``nategese`` its outcome, ``salamatlek`` health,
``allergia``, ``astma``, ``daru`` medicine, ``qan_torkeme`` blood group, ``caraxat`` injury,
``sabap`` reason, ``xat`` note, ``qatnasu`` attendance, ``urin`` / ``kinlek`` / ``ozinliq``
place / latitude / longitude, ``tulaw`` payment, ``summa``, ``ay`` month, ``roxsat`` consent,
``ozata_baruci`` accompanying adult, ``xabar`` message, ``trener`` coach, ``ezlaw`` search,
``arqadagi_yazu`` the name on the jersey's back, ``adres``, ``sahar``, ``rayon``,
``pocta_indeksi`` post code; unlabelled ``komanda`` team, ``atna`` week, ``tot`` grip,
``razmer`` size, ``poziciya`` position): the parent's sign-up, an OAuth password grant, ``/min``
with an ``uyincilar`` claim, enrolling Timur (his SNILS and birth certificate), the doctor's
certificate (PDF), the health form (gzip), the schedule, attendance, an absence (a cold), the
rink check-in, an injury report with a photo, skate hire, the monthly fee, a tournament trip
consent (his grandmother goes along), a message to the coach, a training video, the player-card
photo, a search, his statistics by player number in the path, the coaches, a jersey order, the
address, push and events with a session cookie. "hockey" matched only a sports-score app in
``scripts/``; this is a school's own parent app."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families171_kit import (
    HOME,
    MOTHER_IL,
    RINK,
    RINK_FIX,
    SON,
    TEAM,
    fix,
    hd,
    obj,
    push,
    waq,
)
from eval_families171_sdk import bb_bid, ck_crash, ck_crumb, is_batch, is_identify, tp_launch
from eval_families171_svc import cn_save, hc_message, kt_card, kt_confirm, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("shayba", "Shayba", "com.example.shayba", "2.2.0", "https://api.shayba.example.org")
IID = "X-Shayba-Cihaz"
PW = "Timur16!Bars"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
P = SON["player"]
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def shayba() -> list[Case]:
    rng = random.Random(17111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, elektron_pocta=L(EMAIL, MAIL), uyincilar=[L(P, UID)], rol="ata_ana")
        )
    }
    rla, rlo = fix(RINK_FIX, 5)
    stats = at_path(
        case(
            f, f"{a}/v1/uyincilar/{P}/statistika", headers=_h(rng, **b), query={"sezon": "2025-26"}
        ),
        P,
        UID,
    )
    return [
        case(
            f,
            f"{a}/v1/ata_ana/terkalu",
            headers=_h(rng),
            body={
                "isem": L(FIRST, NAMEC),
                "familia": L(LAST, NAMEC),
                "elektron_pocta": L(EMAIL_MIXED, MAIL),
                "telefon": L(E164, TEL),
                "sersuz": L(PW, CRED),
                "tuganlik": "ana",
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
                "client_id": "shayba-parent",
            },
        ),
        case(f, f"{a}/v1/min", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/balalar/yazilu",
            headers=_h(rng, **b),
            body={
                "bala": {
                    "isem": L(SON["first"], NAMEC),
                    "familia": L(SON["last"], NAMEC),
                    "tugan_kon": L(SON["dob"], BIRTH),
                    "cenes": L(SON["sex"], GENDER),
                    "snils": L(SON["snils"], NID),
                    "tuu_taniqligi": L(SON["cert"], NID),
                    "buy": L(138, FIT),
                    "awirliq": L(31.5, FIT),
                    "tot": "sul",
                    "poziciya": "hujumci",
                },
                "komanda": TEAM["id"],
                "uyinci_nomeri": L(P, UID),
            },
        ),
        multipart(
            f,
            f"{a}/v1/tabib_belesmasi",
            [
                ("fayl", "belesma_timur.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "uyinci_nomeri": L(P, UID),
                        "nategese": L("roxsat, 1 torkem", MED),
                        "biremlek_srogi": "2026-09-01",
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/salamatlek",
            gz=True,
            headers=_h(rng, **b),
            body={
                "uyinci_nomeri": L(P, UID),
                "allergia": [L("penicillin", MED)],
                "astma": L("fiziq koc belan bagli", MED),
                "daru": [L("salbutamol ingalyator", MED)],
                "qan_torkeme": L("B+", MED),
                "elekke_caraxatlar": [L("2025: sul ayaq bilege", MED)],
                "ata_ana_isqarmasi": L(
                    "Trenirovka aldinnan ingalyator kirak bula", f"{TEXT}|{MED}"
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/trenirovkalar",
            headers=_h(rng, **b),
            query={"komanda": TEAM["id"], "atna": "2026-W03"},
        ),
        case(
            f, f"{a}/v1/qatnasu", headers=_h(rng, **b), query={"uyinci": L(P, UID), "ay": "2026-01"}
        ),
        case(
            f,
            f"{a}/v1/qatnasmau",
            headers=_h(rng, **b),
            body={
                "uyinci": L(P, UID),
                "kon": "2026-01-15",
                "sabap": L("awiru", MED),
                "xat": L(
                    "Timur suiq tigan, temperaturasi 38, bugen trenirovkaga kilmi.",
                    f"{TEXT}|{MED}|{NAMEC}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/boz/kilu",
            headers=_h(rng, **b),
            body={
                "uyinci": L(P, UID),
                "urin": {"kinlek": rla, "ozinliq": rlo},
                "boz_sarayi": {"id": RINK["id"], "kinlek": RINK["lat"], "ozinliq": RINK["lon"]},
                "tor": "trenirovka",
            },
        ),
        multipart(
            f,
            f"{a}/v1/caraxatlar",
            [
                ("foto", "bilek.jpg", "image/jpeg", L(JPEG + b"\x27", f"{MEDIA}|{MED}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "uyinci": L(P, UID),
                        "caraxat": L("sul bilek suzilgan, bozga yegilgan", MED),
                        "trener": TEAM["coach"],
                        "waqit": "2026-01-17T18:40",
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/cihazlar/kira",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "uyinci": L(P, UID),
                "konki_razmeri": "36",
                "saqlagic": "YS",
                "summa": L("900", BUY),
            },
        ),
        case(
            f,
            f"{a}/v1/tulaw",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "uyinci": L(P, UID),
                "ay": "2026-02",
                "summa": L("4500.00", BUY),
                "valuta": "RUB",
                "metod": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v1/turnirlar/tr_kazan_cup/roxsat",
            headers=_h(rng, **b),
            body={
                "uyinci": L(P, UID),
                "roxsat": True,
                "ozata_baruci": {
                    "isem": L(MOTHER_IL[0], NAMEC),
                    "telefon": L(MOTHER_IL[1], TEL),
                    "tuganlik": "abi",
                },
                "ata_ana_telefoni": L(E164, TEL),
                "avtobus_urini": 14,
            },
        ),
        case(
            f,
            f"{a}/v1/xabarlar",
            headers=_h(rng, **b),
            body={
                "kemga": TEAM["coach"],
                "tema": obj(rng, "th"),
                "xabar": L(
                    "Timurga ingalyatorni trenirovka aldinnan birerga onitmagiz ale.",
                    f"{TEXT}|{MED}|{NAMEC}",
                ),
            },
        ),
        multipart(
            f,
            f"{a}/v1/videolar",
            [
                ("video", "dribling.mp4", "video/mp4", L(MP4, MEDIA)),
                ("meta", None, "application/json", {"uyinci": L(P, UID), "mesq": "dribling"}),
            ],
            headers=_h(rng, **b),
        ),
        multipart(
            f,
            f"{a}/v1/uyinci_kartasi/foto",
            [
                ("foto", "timur_karta.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
                ("meta", None, "application/json", {"uyinci": L(P, UID)}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/ezlaw",
            headers=_h(rng, **b),
            query={"q": L("konki ytkelaw Yana sahar", SEARCH)},
        ),
        stats,
        case(f, f"{a}/v1/trenerlar", headers=_h(rng, **b), query={"komanda": TEAM["id"]}),
        case(
            f,
            f"{a}/v1/forma/zakaz",
            headers=_h(rng, **b),
            body={
                "uyinci": L(P, UID),
                "arqadagi_yazu": L(SON["last"].upper(), NAMEC),
                "nomer": 9,
                "razmer": "YM",
                "summa": L(3200, BUY),
                "zakaz": L("FZ-2026-0193", BUY),
            },
        ),
        case(
            f,
            f"{a}/v1/adres",
            headers=_h(rng, **b),
            body={
                "adres": L(HOME["line"], ADDR),
                "sahar": L(HOME["town"], COARSE),
                "rayon": L(HOME["area"], COARSE),
                "pocta_indeksi": L(HOME["post"], COARSE),
            },
        ),
        case(f, f"{a}/v1/cihazlar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v1/waqigalar",
            headers=_h(rng, how="none"),
            cookies={"sh_sid": L(opaque(rng, "", 40), CRED), "sh_dev": L(INSTALL_ID, DID)},
            body={
                "qullanuci": L(USER_ID, UID),
                "waqigalar": [
                    waq("raspisanie_acildi", 1),
                    waq("ekran", 2, ekran=L("Statistika", USAGE)),
                ],
            },
        ),
    ]


def shayba_sdks() -> list[Case]:
    rng = random.Random(17112)
    return [
        is_batch(
            APP,
            rng,
            [("Schedule Opened", {"team": TEAM["id"]}), ("Fee Paid", {"amount": L(4500, BUY)})],
        ),
        is_identify(APP, rng, {"rol": "ata_ana", "balalar": 1, "sahar": L(HOME["town"], COARSE)}),
        tp_launch(APP, rng),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="hockey,skates,kids"),
        ck_crash(
            APP,
            rng,
            ("java.lang.NullPointerException", "stats row"),
            [ck_crumb("nav", "Uyincilar -> Statistika")],
            screen="StatistikaActivity",
        ),
        pk_register(APP, rng, tags={"komanda": TEAM["id"], "rink": RINK["id"]}),
        cn_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        kt_card(APP, rng),
        kt_confirm(APP, rng, "4500.00"),
        hc_message(
            APP,
            rng,
            L(f"Fevral tulawi {KID} ocen tulanmagan dip kursatele", f"{TEXT}|{NAMEC}"),
            {"uyinci": L(P, UID)},
        ),
    ]
