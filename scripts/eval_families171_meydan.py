"""Sabantuy festival app "Meydan" (the summer festival on a village field near Arsk; its API's keys
are Tatar in Latin letters, Zamanalif with the diacritics dropped: ``isem`` first name,
``familia`` surname, ``elektron_pocta`` e-mail, ``kesa_telefoni`` mobile number, ``sersuz``
password, ``tugan_kon`` birth date, ``cenes`` sex (``xatin-qiz`` woman, ``malay`` boy),
``sahar`` town, ``rayon`` district, ``ire`` husband, ``qunaq_nomeri`` guest number, ``bilet``
ticket, ``baya`` price, ``summa`` amount, ``zakaz`` order, ``tulaw`` payment, ``songi_durt``
last four, ``kuras`` wrestling, ``qatnasuci`` contestant, ``awirliq`` weight, ``tabib_roxsate``
doctor's clearance, ``yogeru`` race, ``bala`` child, ``yas`` age, ``urin`` place, ``kinlek`` /
``ozinliq`` latitude / longitude, ``togallek`` accuracy, ``bayalaw`` rating, ``fiker`` comment,
``ezlaw`` search, ``xabar`` message, ``alici`` recipient, ``bulek`` gift, ``yugalgan`` lost,
``kiyem`` clothing, ``tasvir`` caption, ``cihaz`` device, ``waqigalar`` events; unlabelled
``maydan`` field, ``kon`` day, ``ista_qaldir`` remember me, ``natijalar`` results,
``kiyem_razmeri`` shirt size, ``cakcak``/``ecpocmak`` dishes): sign-up, log-in, ``/min``, the
programme, tickets, their payment, her husband's kuras entry, her son's sack race, her check-in
on the field, a protobuf gate scan, stall food (msgpack), points by cookie, a review, a search,
a photo, a gift ticket for her sister, the receipt by order number in the path, the wrestling
results, a volunteer form, a lost-child alert, push, events and a log-out. No earlier set has a
Sabantuy (a file-name and docstring grep for "sabantuy" found nothing)."""

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
    EMAIL_UPPER,
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
from eval_families20_kit import FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families171_kit import (
    FIELD,
    FIELD_FIX,
    GUEST,
    HOME,
    HOME_AT,
    HUSBAND,
    SISTER_US,
    SON,
    TZ,
    fix,
    hd,
    obj,
    waq,
)
from eval_families171_sdk import (
    bb_bid,
    ck_crash,
    ck_crumb,
    is_batch,
    is_identify,
    tp_event,
    tp_launch,
)
from eval_families171_svc import hc_message, kt_card, kt_confirm, mi_reverse, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("meydan", "Meydan", "com.example.meydan", "3.4.1", "https://api.meydan.example.com")
IID = "X-Meydan-Cihaz"
PW = "Sabantuy!Arsk26"
DOB_TT = "17.05.1991"
ORDER = "MZ-0620-44817"  # the ticket order (financial.purchase)
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tt=True, **kw)


def meydan() -> list[Case]:
    rng = random.Random(17101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(claims(rng, elektron_pocta=L(EMAIL, MAIL), qunaq_nomeri=L(GUEST, UID)))
    }
    fla, flo = fix(FIELD_FIX)
    lab: dict[str, str] = {}
    scan = pb(
        [
            (1, L(GUEST, UID)),
            (2, "qapqa_3"),
            (3, 1781942400),
            (4, [(1, L(FIELD_FIX[0], PRECISE)), (2, L(FIELD_FIX[1], PRECISE)), (3, 9.0)]),
            (5, L(64, DEV)),
        ],
        "",
        lab,
    )
    cek = at_path(case(f, f"{a}/api/v1/zakazlar/{ORDER}/cek", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(
            f,
            f"{a}/api/v1/terkalu",
            headers=_h(rng),
            body={
                "isem": L(FIRST, NAMEC),
                "familia": L(LAST, NAMEC),
                "elektron_pocta": L(EMAIL, MAIL),
                "kesa_telefoni": L(E164, TEL),
                "sersuz": L(PW, CRED),
                "tugan_kon": L(DOB_TT, BIRTH),
                "cenes": L("xatin-qiz", GENDER),
                "sahar": L(HOME["town"], COARSE),
                "rayon": L(HOME["area"], COARSE),
                "ire": {"isem": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                "qunaq_nomeri": L(GUEST, UID),
                "xabarlar_kilsen": True,
            },
        ),
        case(
            f,
            f"{a}/api/v1/keru",
            fmt="form",
            headers=_h(rng),
            body={
                "elektron_pocta": L(EMAIL_UPPER, MAIL),
                "sersuz": L(PW, CRED),
                "ista_qaldir": "1",
            },
        ),
        case(f, f"{a}/api/v1/min", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v1/programma",
            headers=_h(rng, **b),
            query={"maydan": FIELD["id"], "kon": "2026-06-20", "tel": L("tt", DEV)},
        ),
        case(
            f,
            f"{a}/api/v1/biletlar",
            headers=_h(rng, **b),
            body={
                "maydan": FIELD["id"],
                "kon": "2026-06-20",
                "olkannar": 2,
                "balalar": 1,
                "baya": 300,
                "summa": L(750, BUY),
                "zakaz": L(ORDER, BUY),
                "qunaq_nomeri": L(GUEST, UID),
                "avtobus": "Kazan - Arsk 07:30",
            },
        ),
        case(
            f,
            f"{a}/api/v1/tulaw",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "zakaz": L(ORDER, BUY),
                "summa": L("750.00", BUY),
                "valuta": "RUB",
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "songi_durt": L("4444", PAY),
            },
        ),
        case(
            f,
            f"{a}/api/v1/kuras/yazilu",
            headers=_h(rng, **b),
            body={
                "qatnasuci": {
                    "isem": L(HUSBAND[0], NAMEC),
                    "tugan_kon": L("02.11.1987", BIRTH),
                    "telefon": L(HUSBAND[1], TEL),
                    "awirliq": L(84.5, FIT),
                    "awirliq_kategoriasi": L("90 kg qadar", FIT),
                    "tabib_roxsate": L(True, MED),
                },
                "bayge": "kuras_olkannar",
                "yazdiruci": L(GUEST, UID),
            },
        ),
        case(
            f,
            f"{a}/api/v1/yogeru/yazilu",
            headers=_h(rng, **b),
            body={
                "yogeru": "qapcik_belan_yogeru",
                "yas_torkeme": "8-10",
                "bala": {
                    "isem": L(SON["first"], NAMEC),
                    "familia": L(SON["last"], NAMEC),
                    "yas": L(9, BIRTH),
                    "cenes": L(SON["sex"], GENDER),
                },
                "ata_ana_telefoni": L(E164, TEL),
            },
        ),
        case(
            f,
            f"{a}/api/v1/kilu",
            headers=_h(rng, **b),
            body={
                "maydan": FIELD["id"],
                "urin": {"kinlek": fla, "ozinliq": flo, "togallek": 9},
                "maydan_urini": {"kinlek": FIELD["lat"], "ozinliq": FIELD["lon"]},
                "qunaq_nomeri": L(GUEST, UID),
                "kilu_id": obj(rng, "kl"),
            },
        ),
        raw(f, f"{a}/api/v1/qapqa/skan", scan, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/api/v1/asxana/zakaz",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "qunaq_nomeri": L(GUEST, UID),
                "ashamlyklar": [
                    {"atama": "cakcak", "sani": 1, "baya": 350},
                    {"atama": "ecpocmak", "sani": 4, "baya": 90},
                    {"atama": "ayran", "sani": 3, "baya": 60},
                ],
                "summa": L(890, BUY),
                "kiosk": "ks_12",
            },
        ),
        case(
            f,
            f"{a}/api/v1/ballar",
            headers=_h(rng, how="none"),
            cookies={
                "md_sessia": L(opaque(rng, "", 40), CRED),
                "md_cihaz": L(INSTALL_ID, DID),
                "md_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/api/v1/bayalaw",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "maydan": FIELD["id"],
                "bayalaw": "5",
                "fiker": L(
                    "Kuras bik matur uzdi, Rustem ikence urinda! Balalar ocen uyinnar az idi.", TEXT
                ),
            },
        ),
        case(
            f,
            f"{a}/api/v1/ezlaw",
            headers=_h(rng, **b),
            query={"ezlaw": L("balalar ocen uyinnar hem at bayge waqiti", SEARCH), "bit": "1"},
        ),
        multipart(
            f,
            f"{a}/api/v1/fotolar",
            [
                ("foto", "kuras_final.jpg", "image/jpeg", L(JPEG + b"\x17", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "maydan": FIELD["id"],
                        "tasvir": L("Rustem kuras finalinda, Timur qarap tora", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v1/bulek",
            headers=_h(rng, **b),
            body={
                "alici": {"isem": L(SISTER_US[0], NAMEC), "elektron_pocta": L(SISTER_US[2], MAIL)},
                "xabar": L("Emily, kilase yilga Sabantuyga bergalap baribiz!", TEXT),
                "summa": L(300, BUY),
                "bulek_kody": opaque(rng, "BL", 8),
            },
        ),
        cek,
        case(
            f,
            f"{a}/api/v1/kuras/natijalar",
            headers=_h(rng, **b),
            query={"maydan": FIELD["id"], "bayge": "kuras_olkannar", "tur": "final"},
        ),
        case(
            f,
            f"{a}/api/v1/volontyorlar",
            headers=_h(rng, **b),
            body={
                "isem": L(f"{FIRST} {LAST}", NAMEC),
                "telefon": L(E164, TEL),
                "tugan_kon": L(DOB_TT, BIRTH),
                "kiyem_razmeri": "M",
                "tellar": ["tt", "en", "ru"],
                "smena": "10:00-14:00",
                "qunaq_nomeri": L(GUEST, UID),
            },
        ),
        case(
            f,
            f"{a}/api/v1/yugalgan_bala",
            headers=_h(rng, **b),
            body={
                "bala": {
                    "isem": L(KID, NAMEC),
                    "yas": L(9, BIRTH),
                    "cenes": L(SON["sex"], GENDER),
                    "kiyem": L("zangar futbolka, kara kepka, 9 nomerli", TEXT),
                },
                "songi_urin": {
                    "kinlek": L(round(FIELD_FIX[0] + 0.0007, 6), PRECISE),
                    "ozinliq": L(round(FIELD_FIX[1] - 0.0004, 6), PRECISE),
                },
                "telefon": L(E164, TEL),
                "maydan": FIELD["id"],
            },
        ),
        case(
            f,
            f"{a}/api/v1/cihaz",
            headers=_h(rng, **b),
            body={
                "push_token": L(push_token(rng), DID),
                "cihaz_id": L(INSTALL_ID, DID),
                "tel": L("tt", DEV),
                "waqit_zonasi": L(TZ, DEV),
                "model": L("Pixel 8", DEV),
                "os": L("Android 14", DEV),
            },
        ),
        case(
            f,
            f"{a}/api/v1/waqigalar",
            gz=True,
            headers=_h(rng, **b),
            body={
                "qullanuci": L(USER_ID, UID),
                "waqigalar": [
                    waq("bilet_aldi", 1, summa=L(750, BUY)),
                    waq("kuras_yazildi", 2),
                    waq("ekran", 3, ekran=L("MinemBiletlar", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v1/cigu",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "cihaz": L(INSTALL_ID, DID)},
        ),
    ]


def meydan_sdks() -> list[Case]:
    rng = random.Random(17102)
    return [
        is_batch(
            APP,
            rng,
            [
                ("Tickets Bought", {"total": L(750, BUY)}),
                ("Kuras Entered", {"weight_class": L("90 kg qadar", FIT)}),
            ],
            at=FIELD_FIX,
            nd=2,
            locale="tt_RU",
        ),
        is_identify(
            APP,
            rng,
            {"sahar": L(HOME["town"], COARSE), "qunaq_nomeri": L(GUEST, UID), "ballar": 120},
        ),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "purchase", {"zakaz": L(ORDER, BUY)}, revenue=750.0, hashed=True),
        bb_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=FIELD_FIX,
            nd=3,
            keywords="festival,sabantuy,kuras",
        ),
        ck_crash(
            APP,
            rng,
            ("java.lang.IllegalStateException", "ticket qr closed"),
            [
                ck_crumb("nav", "MinemBiletlar -> Skaner"),
                ck_crumb("net", "POST", {"url": f"{APP.api}/api/v1/kilu", "status": 201}),
            ],
            screen="SkanerActivity",
        ),
        pk_register(
            APP,
            rng,
            lang="tt",
            at=HOME_AT,
            nd=2,
            tags={"maydan": FIELD["id"], "sahar": L(HOME["town"], COARSE)},
        ),
        kt_card(APP, rng),
        kt_confirm(APP, rng, "750.00"),
        mi_reverse(APP, rng, FIELD_FIX, PRECISE, nd=5),
        hc_message(
            APP,
            rng,
            L(f"Zakaz {ORDER} ike tapqir tulandi", f"{TEXT}|{BUY}"),
            {"qunaq_nomeri": L(GUEST, UID)},
        ),
    ]
