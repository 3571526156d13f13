"""Monastic-school volunteer-teacher app "Kyaungsa" (a network of monastic schools in Yangon;
she teaches English twice a week at a school in Hlaing; keys in Burmese, MLC romanisation:
``cetana_wanhtam`` volunteer, ``cetana_nampat`` volunteer number, ``hcara`` teacher,
``kyaungsa`` pupil, ``atan`` class, ``casangkhyin`` lesson, ``takrauk`` attendance, ``amhat``
marks, ``imca`` homework, ``caup`` books, ``ahlu`` donation, ``lakhmat_hturu`` signature,
``thaukkhanca`` certificate, ``khari_ca`` travel, ``nayi`` hours, ``sanhcin`` plan, plus the
set's common words): sign-up with her passport, a JSON log-in, ``/kywannup``, the volunteer
agreement (signature image), classes, her timetable, her check-in at the school, the class's
attendance (pupils by opaque ID), marks, a class photo, a book donation, messages to the
coordinator (her phone) and about a pupil's fever, a travel claim, her hours by volunteer number
in the path, a protobuf lesson beat, an offline lesson plan (msgpack), a volunteering
certificate, push, events (gzip) and a notices GET by cookie. Other sets' volunteer apps are food
banks, hospices and festivals; this is teaching at a Buddhist monastic school."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families161_kit import (
    PASSPORT,
    SCHOOL,
    SCHOOL_FIX,
    VOLUNTEER,
    YG_HOME,
    YG_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families161_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families161_svc import fn_eval, hs_message, mm_geocode, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "kyaungsa", "Kyaungsa", "com.example.kyaungsa", "2.2.7", "https://api.kyaungsa.example.org"
)
IID = "X-Kyaungsa-Device"
PW = "Hlaing@Teach26"
NID = "personal.national_id"
CLASS = {"id": "at_g5_b", "grade": "5"}  # (negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kyaungsa() -> list[Case]:
    rng = random.Random(16151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, imel=L(EMAIL, MAIL), cetana_nampat=L(VOLUNTEER, UID), role="hcara")
        )
    }
    sla, slo = fix(SCHOOL_FIX, 5)
    pupils = [obj(rng, "ks", 8) for _ in range(6)]
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(VOLUNTEER, UID)),
            (2, CLASS["id"]),
            (3, 1765350000),
            (4, [(1, L(SCHOOL_FIX[0], PRECISE)), (2, L(SCHOOL_FIX[1], PRECISE))]),
            (5, L(52, DEV)),
        ],
        "",
        lab,
    )
    hours = at_path(
        case(f, f"{a}/v1/cetana/{VOLUNTEER}/nayi", headers=_h(rng, **b), query={"la": "2025-12"}),
        VOLUNTEER,
        UID,
    )
    return [
        case(
            f,
            f"{a}/v1/cetana_wanhtam",
            headers=_h(rng),
            body={
                "amany": L(f"{FIRST} {LAST}", NAMEC),
                "imel": L(EMAIL_MIXED, MAIL),
                "hpun": L(E164, TEL),
                "cakahwak": L(PW, CRED),
                "mwe_ne": L(DOB, BIRTH),
                "passport": L(PASSPORT, NID),
                "mruinay": L(YG_HOME["township"], COARSE),
                "ba_sa_ca": "English",
                "cetana_nampat": L(VOLUNTEER, UID),
            },
        ),
        case(
            f,
            f"{a}/v1/wangrauk",
            headers=_h(rng),
            body={"imel": L(EMAIL, MAIL), "cakahwak": L(PW, CRED), "cak": L(INSTALL_ID, DID)},
        ),
        case(f, f"{a}/v1/kywannup", headers=_h(rng, extra=jw)),
        multipart(
            f,
            f"{a}/v1/cetana/sabotuny",
            [
                (
                    "lakhmat_hturu",
                    "lakhmat.png",
                    "image/png",
                    L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA),
                ),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "cetana_nampat": L(VOLUNTEER, UID),
                        "pum_cam": "child_safe_v3",
                        "amany": L(f"{FIRST} {LAST}", NAMEC),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(f, f"{a}/v1/atan", headers=_h(rng, **b), query={"kyaung": SCHOOL["id"]}),
        case(
            f,
            f"{a}/v1/casangkhyin",
            headers=_h(rng, **b),
            query={"cetana_nampat": L(VOLUNTEER, UID), "apat": "2025-W50"},
        ),
        case(
            f,
            f"{a}/v1/takrauk/hcara",
            headers=_h(rng, **b),
            body={
                "kyaung": SCHOOL["id"],
                "tanyne": {"lat": sla, "lng": slo, "tikya": 9},
                "kyaung_tanyne": {"lat": SCHOOL["lat"], "lng": SCHOOL["lon"]},
                "cetana_nampat": L(VOLUNTEER, UID),
            },
        ),
        case(
            f,
            f"{a}/v1/atan/{CLASS['id']}/takrauk",
            headers=_h(rng, **b),
            body={
                "necwai": "2025-12-10",
                "kyaungsa": [{"id": p, "takrauk": i != 2} for i, p in enumerate(pupils)],
                "hcara": L(VOLUNTEER, UID),
            },
        ),
        case(
            f,
            f"{a}/v1/atan/{CLASS['id']}/amhat",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "cacmeipwai": "spelling_7",
                **{f"amhat[{p}]": str(12 + i) for i, p in enumerate(pupils[:4])},
            },
        ),
        multipart(
            f,
            f"{a}/v1/atan/dhatpum",
            [
                ("dhatpum", "grade5_class.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "atan": CLASS["id"],
                        "ca_tan": L("Grade 5 English spelling bee, kyaungsa mya pyau kra", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/ahlu/caup",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "kyaung": SCHOOL["id"],
                "caup": "oxford_starter_x20",
                "pamana": L("240000", BUY),
                "nany": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v1/catui",
            headers=_h(rng, **b),
            body={
                "lakkhan": "coordinator_hlaing",
                "catui": L(
                    "Nakphran ma la nuing par, na kyang ne lui. Hpun +1 555 010 0199 ko hcak par",
                    f"{TEXT}|{TEL}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/catui",
            headers=_h(rng, **b),
            body={
                "lakkhan": "coordinator_hlaing",
                "kyaungsa": pupils[2],
                "catui": L(
                    "Maung Ko Ko ei apu kri: tai, hcepran ko pui lhwat lui", f"{TEXT}|{MED}"
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/khari_ca",
            headers=_h(rng, **b),
            body={
                "cetana_nampat": L(VOLUNTEER, UID),
                "mha": L(YG_HOME["township"], COARSE),
                "tho": "Hlaing",
                "pamana": L(6000, BUY),
                "la": "2025-12",
            },
        ),
        hours,
        raw(
            f, f"{a}/v1/casangkhyin/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)
        ),
        case(
            f,
            f"{a}/v1/sanhcin/offline",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "atan": CLASS["id"],
                "sanhcin": L("Colours and fruits, song then flashcards", TEXT),
                "imca": L("Draw your family and write 5 words", TEXT),
                "by": L(VOLUNTEER, UID),
            },
        ),
        case(
            f,
            f"{a}/v1/thaukkhanca",
            headers=_h(rng, **b),
            body={
                "amany": L(f"{FIRST} {LAST}", NAMEC),
                "passport": L(PASSPORT, NID),
                "cetana_nampat": L(VOLUNTEER, UID),
                "nayi": 96,
                "ato": "2025-06/2025-12",
            },
        ),
        case(f, f"{a}/v1/cak", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v1/lhup_rhar_hmu",
            gz=True,
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "hlup": [ev("takrauk_tang", 1), ev("screen", 2, screen=L("AtanTakrauk", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/v1/kyanyacac",
            headers=_h(rng, how="none"),
            cookies={
                "ky_sid": L(opaque(rng, "", 40), CRED),
                "ky_dev": L(INSTALL_ID, DID),
                "ky_req": rid(rng),
            },
        ),
    ]


def kyaungsa_sdks() -> list[Case]:
    rng = random.Random(16152)
    return [
        mc_batch(
            APP,
            rng,
            [("Lesson Logged", {"class": CLASS["id"]}), ("Attendance Saved", {"present": 5})],
            at=SCHOOL_FIX,
            nd=2,
        ),
        mc_identify(
            APP,
            rng,
            {"role": "hcara", "cetana_nampat": L(VOLUNTEER, UID), "mruinay": L("Kamayut", COARSE)},
        ),
        mc_pixel(APP, rng, "Certificate Opened", {"hours": 96}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "donation", {"caup": "oxford_starter_x20"}, revenue=240000.0),
        fn_eval(APP, rng, {"role": "hcara", "kyaung": SCHOOL["id"]}),
        pt_register(APP, rng, at=SCHOOL_FIX, nd=2, tags={"kyaung": SCHOOL["id"]}),
        mm_geocode(APP, rng, "Hlaing monastic school", SEARCH, near=YG_HOME_AT, nd=3),
        mm_route(
            APP,
            rng,
            [(YG_HOME_AT, PRECISE), ((SCHOOL["lat"], SCHOOL["lon"]), None)],
            mode="driving",
        ),
        hs_message(
            APP,
            rng,
            L(f"Hours for {VOLUNTEER} show 90 not 96", f"{TEXT}|{UID}"),
            {"cetana_nampat": L(VOLUNTEER, UID)},
        ),
    ]
