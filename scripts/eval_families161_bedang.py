"""Burmese astrology (bedin) consultation app "Bedang" (a Yangon astrologer's practice: charts by
weekday of birth, auspicious dates and remedies; keys in Burmese, MLC romanisation: ``jata``
horoscope chart, ``nenam`` weekday of birth (``saukkra`` Friday, ``angga`` Tuesday,
``tanangganwe`` Sunday), ``mwe_khyin`` birth time, ``mwe_rap`` birthplace, ``akhyinkaung``
auspicious date, ``yatra`` remedy, ``lakkhwai`` palm, ``imhtaung`` marriage match, ``mhanthan``
forecast, ``mei_khwan`` question, ``asany`` member number, ``hcara`` the astrologer, plus the set's
common words): sign-up (birth date, time, place, weekday), a log-in form, ``/kywannup``, her
chart, the family's charts, an auspicious date for the son's novitiation, a consultation booked
and paid, a palm photo, a remedy, a match for her sister-in-law and her fiance, the daily forecast
by weekday, a voice question, her chart by member number in the path, offline saved readings
(msgpack), a message, a search, astrologers near her flat, the receipt by cookie, push, events
and a log-out. Set 87 has horoscope matchmaking and set 141 a monastery's astrologer; this one is
a weekday-of-birth practice for a family's dates and remedies."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    M4A,
    MAIL,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families161_kit import (
    ASTRO,
    DOW_HER,
    HUSBAND,
    HUSBAND_DOB,
    SISTER_IL,
    SON,
    YG_HOME_AT,
    hd,
    obj,
    push,
)
from eval_families161_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families161_svc import cl_card, cl_confirm, cy_save, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bedang", "Bedang", "com.example.bedang", "4.6.0", "https://api.bedang.example.com")
IID = "X-Bedang-Device"
PW = "Saukkra$Star91"
MEMBER = "BDG-M-20771"  # her member number at the practice (id.user)
FIANCE = ("Htet Aung Lwin", "1992-07-16", "kracsapate")  # Su Myat Noe's fiance (a Thursday)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, my=True, **kw)


def bedang() -> list[Case]:
    rng = random.Random(16161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, imel=L(EMAIL, MAIL), asany=L(MEMBER, UID), nenam=L(DOW_HER, BIRTH))
        )
    }
    chart = at_path(
        case(f, f"{a}/api/jata/{MEMBER}", headers=_h(rng, **b), query={"format": "pdf"}),
        MEMBER,
        UID,
    )
    return [
        case(
            f,
            f"{a}/api/carangswang",
            headers=_h(rng),
            body={
                "amany": L(f"{FIRST} {LAST}", NAMEC),
                "imel": L(EMAIL, MAIL),
                "hpun": L(E164, TEL),
                "cakahwak": L(PW, CRED),
                "mwe_ne": L(DOB, BIRTH),
                "mwe_khyin": L("06:42", BIRTH),
                "mwe_rap": L("New York", COARSE),
                "nenam": L(DOW_HER, BIRTH),
                "kya_ma": L("ma", GENDER),
                "asany": L(MEMBER, UID),
            },
        ),
        case(
            f,
            f"{a}/api/wangrauk",
            fmt="form",
            headers=_h(rng),
            body={"hpun": L(E164, TEL), "cakahwak": L(PW, CRED), "mhatthar": "1"},
        ),
        case(f, f"{a}/api/kywannup", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/jata",
            headers=_h(rng, **b),
            body={
                "asany": L(MEMBER, UID),
                "mwe_ne": L(DOB, BIRTH),
                "mwe_khyin": L("06:42", BIRTH),
                "nenam": L(DOW_HER, BIRTH),
                "mwe_rap": L("New York", COARSE),
                "mei_khwan": L(
                    "Sa lay hrangpru pwai ko April mha lup ra kaung la:", f"{TEXT}|{SENS}"
                ),
            },
        ),
        case(
            f,
            f"{a}/api/jata/misacu",
            headers=_h(rng, **b),
            body={
                "asany": L(MEMBER, UID),
                "misacu": [
                    {
                        "amany": L(HUSBAND[0], NAMEC),
                        "mwe_ne": L(HUSBAND_DOB, BIRTH),
                        "nenam": L("tanangganwe", BIRTH),
                        "hcakhcany": "khangpwan",
                    },
                    {
                        "amany": L(SON["name"], NAMEC),
                        "mwe_ne": L(SON["dob"], BIRTH),
                        "nenam": L(SON["weekday"], BIRTH),
                        "hcakhcany": "sa",
                    },
                ],
            },
        ),
        case(
            f,
            f"{a}/api/akhyinkaung",
            headers=_h(rng, **b),
            body={
                "pwai": L("hrangpru", SENS),
                "nenam": L(SON["weekday"], BIRTH),
                "ato": "2026-04-01/2026-05-15",
                "asany": L(MEMBER, UID),
            },
        ),
        case(
            f,
            f"{a}/api/khyinhcui",
            headers=_h(rng, **b),
            body={
                "hcara": ASTRO["id"],
                "necwai": "2025-12-20",
                "akhyin": "10:00",
                "amyui": "jata_apran",
                "pamana": L(30000, BUY),
                "khyinhcui_id": obj(rng, "kc"),
            },
        ),
        case(
            f,
            f"{a}/api/ngwe_pekhye",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "pamana": L("30000", BUY),
                "ngwe_kraw": "MMK",
                "nany": L(opaque(rng, "pm_", 24), PAY),
                "kat_nauk4": L("4444", PAY),
            },
        ),
        multipart(
            f,
            f"{a}/api/lakkhwai",
            [
                ("dhatpum", "lakkhwai_ya.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
                ("meta", None, "application/json", {"asany": L(MEMBER, UID), "lak": "ya"}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/yatra",
            headers=_h(rng, **b),
            body={
                "asany": L(MEMBER, UID),
                "yatra": L("Saukkra daung mha hpayaung tuing 9 tuing hlu", f"{TEXT}|{SENS}"),
                "necwai": "2025-12-26",
            },
        ),
        case(
            f,
            f"{a}/api/imhtaung",
            headers=_h(rng, **b),
            body={
                "lu1": {
                    "amany": L(SISTER_IL[0], NAMEC),
                    "mwe_ne": L("1994-09-02", BIRTH),
                    "nenam": L("saukkra", BIRTH),
                },
                "lu2": {
                    "amany": L(FIANCE[0], NAMEC),
                    "mwe_ne": L(FIANCE[1], BIRTH),
                    "nenam": L(FIANCE[2], BIRTH),
                },
                "asany": L(MEMBER, UID),
            },
        ),
        case(
            f,
            f"{a}/api/mhanthan",
            headers=_h(rng, **b),
            query={"nenam": L(DOW_HER, BIRTH), "necwai": "2025-12-10", "bhasa_ca": L("my", DEV)},
        ),
        multipart(
            f,
            f"{a}/api/mei_khwan/asam",
            [
                ("asam", "mei_khwan.m4a", "audio/mp4", L(M4A, MEDIA)),
                ("meta", None, "application/json", {"asany": L(MEMBER, UID), "kra_khyin": 41}),
            ],
            headers=_h(rng, **b),
        ),
        chart,
        case(
            f,
            f"{a}/api/mhat_tam/offline",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "asany": L(MEMBER, UID),
                "mhattam": [
                    {"necwai": "2025-12-08", "mhanthan": "kaung", "nenam": L(DOW_HER, BIRTH)},
                    {"necwai": "2025-12-09", "mhanthan": "ale", "nenam": L(DOW_HER, BIRTH)},
                ],
            },
        ),
        case(
            f,
            f"{a}/api/catui",
            headers=_h(rng, **b),
            body={
                "lakkhan": ASTRO["id"],
                "catui": L(
                    "Khangpwan alup pyauk nei tai, alup sac ra hpui akhyin kaung pra pe par", TEXT
                ),
            },
        ),
        case(
            f,
            f"{a}/api/hrahpwe",
            headers=_h(rng, **b),
            query={"q": L("angga ne nam sa lay namany", SEARCH)},
        ),
        case(
            f,
            f"{a}/api/hcara/ani",
            headers=_h(rng, **b),
            query={
                "lat": L(f"{YG_HOME_AT[0]:.2f}", COARSE),
                "lng": L(f"{YG_HOME_AT[1]:.2f}", COARSE),
            },
        ),
        case(
            f,
            f"{a}/api/pyecalwha",
            headers=_h(rng, how="none"),
            cookies={
                "bd_session": L(opaque(rng, "", 40), CRED),
                "bd_device": L(INSTALL_ID, DID),
                "bd_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/cak", headers=_h(rng, **b), body=push(push_token(rng), "my_MM")),
        case(
            f,
            f"{a}/api/lhup_rhar_hmu",
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "hlup": [ev("jata_kran", 1), ev("screen", 2, screen=L("Mhanthan", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/api/htwak",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "cak": L(INSTALL_ID, DID)},
        ),
    ]


def bedang_sdks() -> list[Case]:
    rng = random.Random(16162)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Chart Opened", {"nenam": L(DOW_HER, BIRTH)}),
                ("Consult Paid", {"amount": L(30000, BUY)}),
            ],
            locale="my_MM",
        ),
        mc_identify(
            APP,
            rng,
            {"nenam": L(DOW_HER, BIRTH), "asany": L(MEMBER, UID), "mrui": L("Yangon", COARSE)},
        ),
        mc_pixel(APP, rng, "Forecast Shared", {"day": "2025-12-10"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"amyui": "jata_apran"}, revenue=30000.0, hashed=True),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 300, "h": 250}},
            yob=1991,
            gender="F",
            keywords="astrology,horoscope,myanmar",
        ),
        bf_notice(APP, rng, "win"),
        cd_crash(
            APP,
            rng,
            ("java.lang.ArithmeticException", "moon phase"),
            [cd_crumb("nav", "Jata -> Mhanthan")],
            screen="MhanthanActivity",
        ),
        pt_register(APP, rng, lang="my", tags={"nenam": L(DOW_HER, BIRTH)}),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "30000", "mmk"),
    ]
