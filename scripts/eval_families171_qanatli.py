"""A river hydrofoil ticket app "Qanatli" (Kazan river port to Bolgar and Sviyazhsk on the Volga;
its API's keys are Tatar in Latin letters with some English: ``isem``, ``familia``,
``elektron_pocta``, ``telefon``, ``sersuz``, ``tugan_kon``, ``cenes``, ``dokument`` ID document
(``tor`` kind, ``nomer`` number), ``yulcilar`` passengers, ``bilet`` ticket, ``bron`` booking,
``summa``, ``tulaw``, ``ashamliq`` meal (``xalal``), ``ziyarat`` pilgrimage visit, ``tur``,
``xatin_qiz_namaz_urini`` women's prayer room, ``namaz_waqitlari`` prayer times, ``mazhab``
school of law, ``utirtu`` boarding, ``urin`` / ``kinlek`` / ``ozinliq`` / ``togallek``,
``qaytaru`` refund, ``sabap`` reason, ``bayalaw``, ``fiker``, ``ezlaw``, ``xabar``, ``tasvir``
caption; unlabelled ``reys`` sailing, ``qaydan`` / ``qayda`` from / to, ``kon`` date,
``urinnar`` seats, ``bagaj`` luggage, ``ogrlek`` bag weight, ``port``, ``xal`` status, ``kupon``
coupon): sign-up with her US passport, an OAuth password grant, ``/min``, sailings, a booking
for the three of them (her husband's passport, her son's birth certificate), the payment, the
Bolgar pilgrimage tour ("small hajj": her religion), prayer times, boarding (a protobuf scan), a
position on deck, the ticket PDF by booking number in the path, the sailing's status, a coupon,
a refund of the return leg, luggage, a review, a search, a photo at the White Mosque, a message
to the operator, points by cookie, push and events. A ferry app is in set 126 and pilgrimages in
sets 57, 91, 111 and 112; a hydrofoil ticket app with a pilgrimage add-on is new ("hydrofoil"
and "bolgar" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families171_kit import (
    BOLGAR_PIER,
    DECK_FIX,
    HUSBAND,
    HUSBAND_PASSPORT,
    PASSPORT,
    SON,
    TICKET,
    fix,
    hd,
    obj,
    push,
    waq,
)
from eval_families171_sdk import (
    bb_bid,
    ck_session,
    is_batch,
    tp_event,
    tp_launch,
    tp_link,
)
from eval_families171_svc import kt_card, kt_confirm, mi_reverse, mi_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("qanatli", "Qanatli", "com.example.qanatli", "5.0.2", "https://api.qanatli.example.net")
IID = "X-Qanatli-Device"
PW = "Idel#Bolgar2026"
NID = "personal.national_id"
DOB_TT = "17.05.1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def qanatli() -> list[Case]:
    rng = random.Random(17141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elektron_pocta=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    dla, dlo = fix(DECK_FIX)
    reys = obj(rng, "rs")
    lab: dict[str, str] = {}
    board = pb(
        [
            (1, L(TICKET, BUY)),
            (2, reys),
            (3, 1782460800),
            (4, [(1, L(DECK_FIX[0], PRECISE)), (2, L(DECK_FIX[1], PRECISE)), (3, 14.0)]),
            (5, L(81, DEV)),
        ],
        "",
        lab,
    )
    pdf = at_path(case(f, f"{a}/v2/bronlar/{TICKET}/bilet.pdf", headers=_h(rng, **b)), TICKET, BUY)
    kid = {
        "isem": L(f"{SON['first']} {SON['last']}", NAMEC),
        "tugan_kon": L(SON["dob"], BIRTH),
        "dokument": {"tor": "tuu_taniqligi", "nomer": L(SON["cert"], NID)},
    }
    return [
        case(
            f,
            f"{a}/v2/terkalu",
            headers=_h(rng),
            body={
                "isem": L(FIRST, NAMEC),
                "familia": L(LAST, NAMEC),
                "elektron_pocta": L(EMAIL, MAIL),
                "telefon": L(E164, TEL),
                "sersuz": L(PW, CRED),
                "tugan_kon": L(DOB_TT, BIRTH),
                "cenes": L("xatin", GENDER),
                "dokument": {"tor": "pasport_AQS", "nomer": L(PASSPORT, NID)},
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
                "client_id": "qanatli-android",
                "scope": "bilet",
            },
        ),
        case(f, f"{a}/v2/min", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v2/reyslar",
            headers=_h(rng, **b),
            query={"qaydan": "Kazan", "qayda": "Bolgar", "kon": "2026-06-27", "yulcilar": "3"},
        ),
        case(
            f,
            f"{a}/v2/bronlar",
            headers=_h(rng, **b),
            body={
                "reys": reys,
                "bron": L(TICKET, BUY),
                "summa": L(5850, BUY),
                "yulcilar": [
                    {
                        "isem": L(f"{FIRST} {LAST}", NAMEC),
                        "tugan_kon": L(DOB_TT, BIRTH),
                        "dokument": {"tor": "pasport_AQS", "nomer": L(PASSPORT, NID)},
                    },
                    {
                        "isem": L(HUSBAND[0], NAMEC),
                        "tugan_kon": L("02.11.1987", BIRTH),
                        "dokument": {"tor": "pasport_RF", "nomer": L(HUSBAND_PASSPORT, NID)},
                    },
                    kid,
                ],
                "urinnar": ["12A", "12B", "12C"],
                "ashamliq": L("xalal", SENS),
            },
        ),
        case(
            f,
            f"{a}/v2/tulaw",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "bron": L(TICKET, BUY),
                "summa": L("5850.00", BUY),
                "valuta": "RUB",
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "songi_durt": L("4444", PAY),
            },
        ),
        case(
            f,
            f"{a}/v2/ziyarat",
            headers=_h(rng, **b),
            body={
                "bron": L(TICKET, BUY),
                "tur": L("kece_xac", SENS),
                "yulcilar": 3,
                "gid_tele": "en",
                "xatin_qiz_namaz_urini": L(True, SENS),
                "summa": L(2400, BUY),
            },
        ),
        case(
            f,
            f"{a}/v2/namaz_waqitlari",
            headers=_h(rng, **b),
            query={"urin": "Bolgar", "kon": "2026-06-27", "mazhab": L("hanafi", SENS)},
        ),
        raw(f, f"{a}/v2/utirtu", board, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/v2/palubada",
            headers=_h(rng, **b),
            body={
                "bron": L(TICKET, BUY),
                "urin": {"kinlek": dla, "ozinliq": dlo, "togallek": 14},
                "port": {"kinlek": BOLGAR_PIER[0], "ozinliq": BOLGAR_PIER[1]},
            },
        ),
        pdf,
        case(f, f"{a}/v2/reyslar/{reys}/xal", headers=_h(rng, **b)),
        case(
            f,
            f"{a}/v2/kupon",
            fmt="form",
            headers=_h(rng, **b),
            body={"bron": L(TICKET, BUY), "kod": "IDEL10", "summa": L("5265.00", BUY)},
        ),
        case(
            f,
            f"{a}/v2/qaytaru",
            headers=_h(rng, **b),
            body={
                "bron": L(TICKET, BUY),
                "reys": obj(rng, "rs"),
                "summa": L(1950, BUY),
                "sabap": L("Timur awirip kitte, kice qaytabiz", f"{TEXT}|{MED}|{NAMEC}"),
            },
        ),
        case(
            f,
            f"{a}/v2/bagaj",
            fmt="form",
            headers=_h(rng, **b),
            body={"bron": L(TICKET, BUY), "bagaj": "2", "ogrlek": "18", "balalar_arbasi": "1"},
        ),
        case(
            f,
            f"{a}/v2/bayalaw",
            headers=_h(rng, **b),
            body={
                "reys": reys,
                "bayalaw": 4,
                "fiker": L("Qanatli tiz bardi, lakin salonda bik essi idi.", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v2/ezlaw",
            headers=_h(rng, **b),
            query={"ezlaw": L("Sviyajsk ekskursia balalar belan", SEARCH)},
        ),
        multipart(
            f,
            f"{a}/v2/fotolar",
            [
                ("foto", "aq_macet.jpg", "image/jpeg", L(JPEG + b"\x57", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "bron": L(TICKET, BUY),
                        "tasvir": L("Bolgarda Aq macette ikende namazin uqidiq", f"{TEXT}|{SENS}"),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/xabarlar",
            headers=_h(rng, **b),
            body={
                "tema": obj(rng, "th"),
                "xabar": L("Pristanda kotabiz, iremnen telefoni +79172854413", f"{TEXT}|{TEL}"),
            },
        ),
        case(
            f,
            f"{a}/v2/ballar",
            headers=_h(rng, how="none"),
            cookies={
                "qn_session": L(opaque(rng, "", 40), CRED),
                "qn_device": L(INSTALL_ID, DID),
                "qn_req": rid(rng),
            },
        ),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v2/waqigalar",
            gz=True,
            headers=_h(rng, **b),
            body={
                "qullanuci": L(USER_ID, UID),
                "waqigalar": [
                    waq("bron_yasaldi", 1, summa=L(5850, BUY)),
                    waq("ekran", 2, ekran=L("ZiyaratTur", USAGE)),
                ],
            },
        ),
    ]


def qanatli_sdks() -> list[Case]:
    rng = random.Random(17142)
    link = U(
        "https://qanatli.example.net/b",
        {"bron": L(TICKET, BUY), "utm": "mail", "em": L(EMAIL, MAIL)},
    )
    return [
        is_batch(
            APP,
            rng,
            [
                ("Booking Made", {"total": L(5850, BUY)}),
                ("Pilgrimage Added", {"tour": L("kece_xac", SENS)}),
            ],
            at=DECK_FIX,
            nd=3,
        ),
        tp_launch(APP, rng, first=True),
        tp_link(APP, rng, link),
        tp_event(APP, rng, "purchase", {"bron": L(TICKET, BUY)}, revenue=5850.0, hashed=True),
        bb_bid(
            APP,
            rng,
            {"video": {"w": 320, "h": 480}},
            at=DECK_FIX,
            nd=2,
            keywords="river,volga,tours",
        ),
        ck_session(APP, rng, secs=1744),
        kt_card(APP, rng, email=True),
        kt_confirm(APP, rng, "5850.00"),
        mi_reverse(APP, rng, DECK_FIX, PRECISE, nd=4),
        mi_telemetry(APP, rng, [DECK_FIX, (55.398112, 49.207731)], PRECISE),
    ]
