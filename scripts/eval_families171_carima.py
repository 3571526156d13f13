"""A traffic-fines and motor-insurance app "Carima" (the family's car in Naberezhnye Chelny; its
API's keys are Tatar in Latin letters with some English: ``isem``, ``familia``,
``elektron_pocta``, ``telefon``, ``sersuz``, ``kod``, ``tugan_kon``, ``yortuce`` driver,
``yortuce_taniqligi`` driving licence, ``yortuceler`` drivers, ``carima`` / ``carimalar``
fine(s), ``uin`` the fine's payment number, ``summa``, ``taslama`` discount, ``tulaw``, ``inn``,
``sikayat`` appeal, ``sabap`` reason, ``polis`` insurance policy, ``tobak`` region, ``awaria``
accident, ``caraxatlar`` injuries, ``ikence_yortuce`` the other driver, ``urin`` / ``kinlek`` /
``ozinliq``, ``texosmotr`` inspection, ``ezlaw``, ``xabar``; unlabelled ``masina_nomeri`` plate,
``sts`` registration certificate, ``vin``, ``model``, ``yil`` year, ``staj`` years of driving,
``quat`` engine power, ``kamera`` camera, ``punkt`` station, ``karar`` decree, ``kameralar``
cameras): sign-up, an SMS code, ``/min``, the car, her licence, the fines, a fine by its number
in the path, its decree, cameras near home, its payment (her INN), an appeal with a PDF, the
motor-insurance quote naming her husband, the policy bought, the policy PDF by number in the
path, an accident report with her fix and photos, a tow-yard lookup, an inspection booking, a
search, a message, push, events and a refresh. Traffic fines appear inside a moto-taxi app (set
125) and a transit card (set 103); a car owner's fines-and-insurance app is new ("speed camera"
matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families171_kit import (
    CAR,
    HOME,
    HOME_AT,
    HUSBAND,
    INN,
    LICENCE,
    POLICY,
    STOP_FIX,
    fix,
    hd,
    push,
    waq,
)
from eval_families171_sdk import (
    bb_bid,
    is_batch,
    is_identify,
    tp_event,
    tp_launch,
)
from eval_families171_svc import (
    cn_check,
    ft_eval,
    hc_attach,
    kt_card,
    kt_confirm,
    mi_geocode,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("carima", "Carima", "com.example.carima", "6.3.0", "https://api.carima.example.org")
IID = "X-Carima-Device"
PW = "Vesta!Chelny116"
NID = "personal.national_id"
UIN = "18810116260127004412"  # the fine's payment number (financial.purchase, as an invoice)
POL = POLICY.replace(" ", "")
HUSB_LICENCE = "1632 907415"  # her husband's licence, typed by her (personal.national_id)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def carima() -> list[Case]:
    rng = random.Random(17161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), elektron_pocta=L(EMAIL, MAIL)))}
    sla, slo = fix(STOP_FIX)
    fine = at_path(case(f, f"{a}/v3/carimalar/{UIN}", headers=_h(rng, **b)), UIN, BUY)
    pol = at_path(case(f, f"{a}/v3/polislar/{POL}/pdf", headers=_h(rng, **b)), POL, BUY)
    return [
        case(
            f,
            f"{a}/v3/terkalu",
            headers=_h(rng),
            body={
                "isem": L(FIRST, NAMEC),
                "familia": L(LAST, NAMEC),
                "elektron_pocta": L(EMAIL, MAIL),
                "telefon": L(E164, TEL),
                "sersuz": L(PW, CRED),
                "tugan_kon": L(DOB, BIRTH),
            },
        ),
        case(
            f,
            f"{a}/v3/keru/sms",
            fmt="form",
            headers=_h(rng),
            body={"telefon": L(E164, TEL), "kod": L("318806", CRED)},
        ),
        case(f, f"{a}/v3/min", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v3/avtomobillar",
            headers=_h(rng, **b),
            body={
                "masina_nomeri": CAR["plate"],
                "sts": CAR["sts"],
                "vin": CAR["vin"],
                "model": CAR["model"],
                "yil": 2020,
            },
        ),
        case(
            f,
            f"{a}/v3/yortuceler",
            headers=_h(rng, **b),
            body={
                "isem": L(f"{FIRST} {LAST}", NAMEC),
                "tugan_kon": L(DOB, BIRTH),
                "yortuce_taniqligi": L(LICENCE, NID),
                "staj": 2009,
            },
        ),
        case(
            f,
            f"{a}/v3/carimalar",
            headers=_h(rng, **b),
            query={"sts": CAR["sts"], "yortuce_taniqligi": L(LICENCE, NID), "tolanmagan": "1"},
        ),
        fine,
        case(f, f"{a}/v3/karar", headers=_h(rng, **b), query={"uin": L(UIN, BUY), "format": "pdf"}),
        case(
            f,
            f"{a}/v3/kameralar",
            headers=_h(rng, **b),
            query={
                "kinlek": L(f"{HOME_AT[0]:.2f}", COARSE),
                "ozinliq": L(f"{HOME_AT[1]:.2f}", COARSE),
                "radius_km": "10",
            },
        ),
        case(
            f,
            f"{a}/v3/tulaw",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "uin": L(UIN, BUY),
                "summa": L("250.00", BUY),
                "taslama": "50%",
                "inn": L(INN, NID),
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "songi_durt": L("4444", PAY),
            },
        ),
        multipart(
            f,
            f"{a}/v3/sikayat",
            [
                ("fayl", "sikayat.pdf", "application/pdf", L(PDF, MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "uin": L(UIN, BUY),
                        "sabap": L("Ul kon masinani irem yortte, min Kazanda idim", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v3/polis/bahalaw",
            headers=_h(rng, **b),
            body={
                "tobak": L("Tatarstan", COARSE),
                "sahar": L(HOME["town"], COARSE),
                "quat": 106,
                "yortuceler": [
                    {
                        "tugan_kon": L(DOB, BIRTH),
                        "yortuce_taniqligi": L(LICENCE, NID),
                        "staj": 2009,
                    },
                    {
                        "isem": L(HUSBAND[0], NAMEC),
                        "tugan_kon": L("02.11.1987", BIRTH),
                        "yortuce_taniqligi": L(HUSB_LICENCE, NID),
                        "staj": 2006,
                    },
                ],
            },
        ),
        case(
            f,
            f"{a}/v3/polislar",
            headers=_h(rng, **b),
            body={
                "polis": L(POLICY, BUY),
                "summa": L(7412.5, BUY),
                "baslanu": "2026-02-01",
                "metod": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        pol,
        case(
            f,
            f"{a}/v3/awaria",
            headers=_h(rng, **b),
            body={
                "urin": {"kinlek": sla, "ozinliq": slo},
                "waqit": "2026-01-22T08:12",
                "caraxatlar": L(False, MED),
                "polis": L(POLICY, BUY),
                "ikence_yortuce": {
                    "isem": L("Ilnur Sabirov", NAMEC),
                    "telefon": L("+79033417725", TEL),
                },
                "xabar": L("Svetoforda artqa berip kerde, bamper watildi", TEXT),
            },
        ),
        multipart(
            f,
            f"{a}/v3/awaria/fotolar",
            [
                ("foto", "bamper.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
                ("foto2", "sxema.jpg", "image/jpeg", L(JPEG + b"\x78", MEDIA)),
                ("meta", None, "application/json", {"polis": L(POLICY, BUY)}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v3/evakuacia",
            headers=_h(rng, **b),
            query={
                "masina_nomeri": CAR["plate"],
                "kinlek": L(f"{STOP_FIX[0]:.3f}", PRECISE),
                "ozinliq": L(f"{STOP_FIX[1]:.3f}", PRECISE),
            },
        ),
        case(
            f,
            f"{a}/v3/texosmotr",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "punkt": "to_chl_07",
                "kon": "2026-02-10T09:30",
                "summa": L("1800", BUY),
                "masina_nomeri": CAR["plate"],
            },
        ),
        case(
            f,
            f"{a}/v3/ezlaw",
            headers=_h(rng, **b),
            query={"q": L("tizlek kamerasi Mira prospekti", SEARCH)},
        ),
        case(
            f,
            f"{a}/v3/xabarlar",
            headers=_h(rng, **b),
            body={
                "tema": "carima",
                "xabar": L(
                    "Carima tulandi, lakin haman kursatele. Minem telefon +1 555 010 0199",
                    f"{TEXT}|{TEL}",
                ),
            },
        ),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v3/waqigalar",
            headers=_h(rng, **b),
            body={
                "qullanuci": L(USER_ID, UID),
                "waqigalar": [
                    waq("carima_tulandi", 1),
                    waq("ekran", 2, ekran=L("Polislar", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/v3/token/yanartu",
            fmt="form",
            headers=_h(rng, how="none"),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)},
        ),
    ]


def carima_sdks() -> list[Case]:
    rng = random.Random(17162)
    return [
        is_batch(
            APP,
            rng,
            [("Fine Paid", {"amount": L(250, BUY)}), ("Policy Bought", {"total": L(7412.5, BUY)})],
            at=HOME_AT,
            nd=2,
        ),
        is_identify(APP, rng, {"tobak": L("Tatarstan", COARSE), "masinalar": 1}),
        tp_launch(APP, rng, user=True),
        tp_event(APP, rng, "purchase", {"polis": L(POLICY, BUY)}, revenue=7412.5, hashed=True),
        bb_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            yob=1991,
            gender="F",
            keywords="auto,insurance,fines",
        ),
        ft_eval(APP, rng, {"tobak": L("Tatarstan", COARSE), "masinalar": 1}, hdr=True),
        pk_register(APP, rng, tags={"carima_xabarlari": True}),
        cn_check(APP, rng, {"analytics": True}),
        kt_card(APP, rng),
        kt_confirm(APP, rng, "7412.50"),
        mi_geocode(APP, rng, "texosmotr Naberezhnye Chelny", SEARCH, near=HOME_AT, nd=2),
        hc_attach(APP, rng, L(JPEG + b"\x79", MEDIA), "bamper.jpg", "image/jpeg"),
    ]
