"""Akhal-Teke stud-book app "Gyrat" (a stable near Ashgabat keeps their mare Gulgyz; she is the
registered owner and her foal is born this spring). Its API's keys are Turkmen in Latin letters,
diacritics dropped: ``ady`` name, ``familiyasy`` surname, ``e_pocta`` e-mail, ``telefon`` phone,
``acarsoz`` password, ``doglan_senesi`` birth date, ``pasport`` passport, ``salgy`` address,
``sahar`` city, ``etrap`` district, ``jynsy`` sex (``ayal`` woman), ``adamsy`` her husband,
``eyesi_belgisi`` owner number, ``baytal`` mare, ``aygyr`` stallion, ``tay`` foal, ``renki``
colour, ``ginlik``/``uzaklyk`` latitude/longitude, ``yer`` place, ``mukdar`` amount, ``toleg``
payment, ``hasap`` account, ``surat`` photo, ``yazgy`` text, ``habar`` message, ``gozleg``
search, ``agram`` weight, ``boy`` height, ``sugurta`` insurance, ``enjam`` device, ``wakalar``
events: sign-up, log-in, ``/men``, her horses, the mare's record, the foal registered, the DNA
parentage test paid (base64 JSON in a form field), a protobuf microchip scan with her fix, the
livery bill by owner number in the path, its payment (msgpack), a vet visit (the horse's
lameness: a negative), a foal photo, a message to the stable, a search, co-ownership for her
husband, the riding hall's timetable, insurance, a certificate by cookie GET, a riding lesson
(her weight and height), push, events and a log-out."""

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
    GENDER,
    JPEG,
    MAIL,
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
from eval_families169_kit import (
    AS_HOME,
    AS_HOME_AT,
    HUSBAND,
    HUSBAND_PASS,
    MARE,
    OWNER_NO,
    PASSPORT,
    STABLE,
    STABLE_FIX,
    TM_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families169_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families169_svc import cl_card, cl_confirm, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("gyrat", "Gyrat", "com.example.gyrat", "3.4.1", "https://api.gyrat.example.com")
IID = "X-Gyrat-Enjam"
PW = "Gulgyz!Kopetdag26"
DOB_TK = "17.05.1991"
NID, FIT = "personal.national_id", "health.fitness"
FOAL_REG = "AT-2026-0118"  # the foal's stud-book number (a horse's: negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tk=True, **kw)


def gyrat() -> list[Case]:
    rng = random.Random(16901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_pocta=L(EMAIL, MAIL), eyesi=L(OWNER_NO, UID)))}
    sla, slo = fix(STABLE_FIX)
    lab: dict[str, str] = {}
    scan = pb(
        [
            (1, MARE["chip"]),
            (2, L(OWNER_NO, UID)),
            (3, 1772323200),
            (4, [(1, L(STABLE_FIX[0], PRECISE)), (2, L(STABLE_FIX[1], PRECISE)), (3, 9.0)]),
            (5, L(63, DEV)),
        ],
        "",
        lab,
    )
    bill = at_path(
        case(f, f"{a}/api/v1/hasaplar/{OWNER_NO}", headers=_h(rng, **b), query={"ay": "2026-02"}),
        OWNER_NO,
        UID,
    )
    return [
        case(
            f,
            f"{a}/api/v1/registrasiya",
            headers=_h(rng),
            body={
                "ady": L(FIRST, NAMEC),
                "familiyasy": L(LAST, NAMEC),
                "e_pocta": L(EMAIL, MAIL),
                "telefon": L(E164, TEL),
                "acarsoz": L(PW, CRED),
                "doglan_senesi": L(DOB_TK, BIRTH),
                "pasport": L(PASSPORT, NID),
                "salgy": L(AS_HOME["line"], ADDR),
                "sahar": L(AS_HOME["town"], COARSE),
                "etrap": L(AS_HOME["etrap"], COARSE),
                "jynsy": L("ayal", GENDER),
                "eyesi_belgisi": L(OWNER_NO, UID),
                "adamsy": {"ady": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                "habarnama": True,
            },
        ),
        case(
            f,
            f"{a}/api/v1/giris",
            fmt="form",
            headers=_h(rng),
            body={"e_pocta": L(EMAIL_UPPER, MAIL), "acarsoz": L(PW, CRED), "yatda_sakla": "1"},
        ),
        case(f, f"{a}/api/v1/men", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v1/atlar",
            headers=_h(rng, **b),
            query={"eyesi_belgisi": L(OWNER_NO, UID), "gornus": "hemmesi"},
        ),
        case(f, f"{a}/api/v1/atlar/{MARE['reg']}", headers=_h(rng, **b)),
        case(
            f,
            f"{a}/api/v1/taylar",
            headers=_h(rng, **b),
            body={
                "baytal": MARE["reg"],
                "aygyr": "AT-2009-0271",
                "eyesi_belgisi": L(OWNER_NO, UID),
                "tay": {
                    "ady": "Akyldar",
                    "doglan_senesi": "2026-02-27",
                    "jynsy": "erkek",
                    "renki": "altyn-dore",
                    "belgisi": FOAL_REG,
                },
                "dogan_yeri": STABLE["id"],
                "yer": {"ginlik": sla, "uzaklyk": slo},
            },
        ),
        case(
            f,
            f"{a}/api/v1/dnk/toleg",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "maglumat": W(
                    {
                        "eyesi_belgisi": L(OWNER_NO, UID),
                        "tay": FOAL_REG,
                        "mukdar": L(420, BUY),
                        "kart_sonky_4": L("4444", PAY),
                    },
                    "b64json",
                ),
                "wersiya": "2",
            },
        ),
        raw(f, f"{a}/api/v1/cip/skan", scan, "application/x-protobuf", lab, headers=_h(rng, **b)),
        bill,
        case(
            f,
            f"{a}/api/v1/hasaplar/toleg",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "eyesi_belgisi": L(OWNER_NO, UID),
                "ay": "2026-02",
                "mukdar": L(1850, BUY),
                "hasap": L(TM_ACCOUNT, PAY),
                "pul_birligi": "TMT",
                "bolumler": [{"ady": "ot-iym", "baha": 900}, {"ady": "seyis", "baha": 950}],
            },
        ),
        case(
            f,
            f"{a}/api/v1/veterinar/bron",
            headers=_h(rng, **b),
            body={
                "at": MARE["reg"],
                "veterinar": "vet_0412",
                "sebap": "cep art ayagynda aksaklyk",
                "sene": "2026-03-04",
                "wagt": "09:30",
                "eyesi_belgisi": L(OWNER_NO, UID),
            },
        ),
        multipart(
            f,
            f"{a}/api/v1/surat",
            [
                ("surat", "akyldar.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
                (
                    "maglumat",
                    None,
                    "application/json",
                    {"at": FOAL_REG, "yazgy": L("Akyldar bir hepdelik, ejesinin yanynda", TEXT)},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v1/habarlar",
            headers=_h(rng, **b),
            body={
                "kime": "menejer_st_gokdere",
                "yazgy": L(
                    "Sembe gunu adamym Serdar Atayev gelyar, telefony +99365318244",
                    f"{TEXT}|{NAMEC}|{TEL}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/v1/gozleg",
            headers=_h(rng, **b),
            query={"gozleg": L("ahalteke aygyr altyn renk satlyk", SEARCH), "sahypa": "1"},
        ),
        case(
            f,
            f"{a}/api/v1/atlar/{MARE['reg']}/eyeler",
            headers=_h(rng, **b),
            body={
                "adamsy": {
                    "ady": L(HUSBAND[0], NAMEC),
                    "pasport": L(HUSBAND_PASS, NID),
                    "telefon": L(HUSBAND[1], TEL),
                },
                "paysy": 50,
                "eyesi_belgisi": L(OWNER_NO, UID),
            },
        ),
        case(
            f,
            f"{a}/api/v1/manez/tertip",
            headers=_h(rng, **b),
            query={"atcylyk": STABLE["id"], "hepde": "2026-W10"},
        ),
        case(
            f,
            f"{a}/api/v1/sugurta",
            headers=_h(rng, **b),
            body={
                "at": MARE["reg"],
                "polis": L("SG-26-55012", BUY),
                "mukdar": L(2400, BUY),
                "eyesi": {"ady": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)},
            },
        ),
        case(
            f,
            f"{a}/api/v1/sertifikat",
            headers=_h(rng, how="none"),
            cookies={
                "gy_sessiya": L(opaque(rng, "", 40), CRED),
                "gy_enjam": L(INSTALL_ID, DID),
                "gy_req": rid(rng),
            },
            query={"at": FOAL_REG},
        ),
        case(
            f,
            f"{a}/api/v1/sapak",
            headers=_h(rng, **b),
            body={
                "tertip": obj(rng, "sp"),
                "tejribe": "basdayjy",
                "agram": L(61, FIT),
                "boy": L(168, FIT),
                "bellik": L("Yenil gorkyan, yuwas at gerek", TEXT),
            },
        ),
        case(f, f"{a}/api/v1/enjam", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/api/v1/wakalar",
            gz=True,
            headers=_h(rng, **b),
            body={
                "ulanyjy": L(USER_ID, UID),
                "wakalar": [
                    ev("tay_hasaba_alyndy", 1),
                    ev("toleg", 2, mukdar=L(1850, BUY)),
                    ev("ekran", 3, ekran=L("MeninAtlarym", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v1/cykys",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "enjam": L(INSTALL_ID, DID)},
        ),
    ]


def gyrat_sdks() -> list[Case]:
    rng = random.Random(16902)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Foal Registered", {"stable": STABLE["id"]}),
                ("Livery Paid", {"total": L(1850, BUY)}),
            ],
            at=STABLE_FIX,
            nd=2,
            locale="tk_TM",
        ),
        mc_identify(
            APP, rng, {"sahar": L("Asgabat", COARSE), "eyesi": L(OWNER_NO, UID), "atlar": 2}
        ),
        tn_launch(APP, rng, first=True),
        tn_event(
            APP, rng, "purchase", {"polis": L("SG-26-55012", BUY)}, revenue=2400.0, hashed=True
        ),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=STABLE_FIX,
            nd=3,
            keywords="horses,akhal-teke,saddles",
        ),
        bf_notice(APP, rng, "win"),
        cd_crash(
            APP,
            rng,
            ("java.lang.IllegalStateException", "chip reader disconnected"),
            [
                cd_crumb("nav", "MeninAtlarym -> CipSkaner"),
                cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/cip/skan", "status": 500}),
            ],
            screen="CipSkanerActivity",
        ),
        pt_register(APP, rng, lang="tk", at=AS_HOME_AT, nd=2, tags={"atcylyk": STABLE["id"]}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "420.00"),
        mm_route(APP, rng, [(AS_HOME_AT, PRECISE), ((STABLE["lat"], STABLE["lon"]), None)]),
    ]
