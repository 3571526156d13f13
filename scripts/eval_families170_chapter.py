"""Chapter-house services app "Naabikiyati" (naabik'iyati' "discussing it together", the word for
a council's deliberation; the app of a fictional chapter, Tse Ligai, the local government unit
of the Navajo Nation where she is a registered member). Keys (Navajo without diacritics or glottal
stops, with English): ``bizhi`` / ``bizhi_naaki`` first name / surname, ``census`` enrollment
number, ``dizhchi`` birth date, ``doonee`` her clan (dóone'é), ``bashishchiin`` the clan she is
born for, ``dabicheii`` / ``danalii`` her maternal / paternal grandfathers' clans,
``beesh_bee_hane`` phone, ``beesh_naaltsoos`` e-mail, ``hooghan`` home (street line),
``hooghan_keyah`` homesite lease ("home land"), ``alah_aleeh`` meeting (ałah ałeeh),
``atsiniltish`` electricity ("lightning"), ``analwo`` assistance (anáʼálwoʼ "help"),
``atiin`` road, ``hane`` message, ``hadinitaa`` search, ``naanish`` job, ``dine`` household
members (people), ``nahookos`` / ``haaaah`` latitude / longitude. Calls: registration with her
census number and four clans, an SMS code, ``/shi``, the agenda, the meeting sign-in with her
fix, her vote on a resolution and a comment, the homesite lease application (corners), the
survey PDF, a power-line extension request, winter heating assistance (gzip), a road report with
a photo, a message to the chapter staff, a search of the bulletin, her applications by census
number in the path, a residency letter, receipts by cookie, push and events. A chapter (local
government) app is new: a grep of ``scripts/`` for "chapter house" found nothing; "council"
matched bulky-waste and shelter apps of other sets, "town hall" a copy shop."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families170_kit import (
    CENSUS,
    CHAPTER,
    CHAPTER_FIX,
    CLANS,
    GRANDMA,
    HOME,
    HOME_AT,
    HOME_DIRECTIONS,
    HUSBAND,
    SON,
    SSN,
    fix,
    hd,
    push,
)
from eval_families170_sdk import cd_session, mc_batch, mc_pixel, tn_launch
from eval_families170_svc import cy_save, fn_eval, hs_message, mm_geocode, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "naabikiyati",
    "Naabikiyati",
    "com.example.naabikiyati",
    "1.8.0",
    "https://api.naabikiyati.example.org",
)
IID = "X-Chapter-Device"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
LEASE = [
    (35.648401, -109.104902),
    (35.648399, -109.104388),
    (35.648012, -109.104391),
    (35.648015, -109.104905),
]  # the homesite lease corners (hers: precise)
ROAD_FIX = (35.661473, -109.101925)  # her fix at the washed-out crossing


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, nv=True, **kw)


def naabikiyati() -> list[Case]:
    rng = random.Random(17021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, census=L(CENSUS, NID), chapter=CHAPTER["id"], beesh_bee_hane=L(E164, TEL))
        )
    }
    cla, clo = fix(CHAPTER_FIX, 4)
    rla, rlo = fix(ROAD_FIX, 5)
    apps = at_path(
        case(f, f"{a}/api/members/{CENSUS}/applications", headers=_h(rng, **b)), CENSUS, NID
    )
    return [
        case(
            f,
            f"{a}/api/members",
            headers=_h(rng),
            body={
                "bizhi": L(FIRST, NAMEC),
                "bizhi_naaki": L(LAST, NAMEC),
                "census": L(CENSUS, NID),
                "dizhchi": L(DOB, BIRTH),
                "doonee": L(CLANS["doonee"], SENS),
                "bashishchiin": L(CLANS["bashishchiin"], SENS),
                "dabicheii": L(CLANS["dabicheii"], SENS),
                "danalii": L(CLANS["danalii"], SENS),
                "beesh_bee_hane": L(E164, TEL),
                "beesh_naaltsoos": L(EMAIL_MIXED, MAIL),
                "hooghan": L(HOME["line"], ADDR),
                "chapter": L(HOME["chapter"], COARSE),
                "zip": L(HOME["zip"], COARSE),
                "voter": True,
            },
        ),
        case(
            f,
            f"{a}/api/auth/sms",
            fmt="form",
            headers=_h(rng),
            body={"beesh_bee_hane": L(E164, TEL), "code": L("508113", CRED)},
        ),
        case(f, f"{a}/api/shi", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/alah_aleeh/agenda",
            headers=_h(rng, **b),
            query={"chapter": CHAPTER["id"], "ji": "2026-04-12", "kind": "planning"},
        ),
        case(
            f,
            f"{a}/api/alah_aleeh/signin",
            headers=_h(rng, **b),
            body={
                "alah_aleeh": "mt_0412",
                "census": L(CENSUS, NID),
                "at": {"nahookos": cla, "haaaah": clo},
                "chapter_house": {"nahookos": CHAPTER["lat"], "haaaah": CHAPTER["lon"]},
            },
        ),
        case(
            f,
            f"{a}/api/resolutions/TL-2026-014/vote",
            fmt="form",
            headers=_h(rng, **b),
            body={"vote": L("dooda", SENS), "census": L(CENSUS, NID), "alah_aleeh": "mt_0412"},
        ),
        case(
            f,
            f"{a}/api/resolutions/TL-2026-014/comments",
            headers=_h(rng, **b),
            body={
                "hane": L(
                    "I voted no: the paving money should first go to the water line for the "
                    "families past the second cattle guard",
                    f"{TEXT}|{SENS}",
                )
            },
        ),
        case(
            f,
            f"{a}/api/hooghan_keyah",
            headers=_h(rng, **b),
            body={
                "census": L(CENSUS, NID),
                "acres": 1.0,
                "use": "residential",
                "corners": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in LEASE],
                "grazing_permit_holder": L(f"{GRANDMA['first']} {GRANDMA['last']}", NAMEC),
                "permittee_relation": "shimasani",
                "consent_signed": True,
            },
        ),
        multipart(
            f,
            f"{a}/api/hooghan_keyah/survey",
            [
                ("survey", "homesite_survey.pdf", "application/pdf", L(PDF, MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"census": L(CENSUS, NID), "surveyor": "sv_0913"},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/atsiniltish/extension",
            headers=_h(rng, **b),
            body={
                "census": L(CENSUS, NID),
                "nahookos": L(f"{HOME_AT[0]:.5f}", PRECISE),
                "haaaah": L(f"{HOME_AT[1]:.5f}", PRECISE),
                "pole_distance_ft": 1400,
                "dine": [
                    {"bizhi": L(HUSBAND[0], NAMEC)},
                    {
                        "bizhi": L(f"{SON['first']} {SON['last']}", NAMEC),
                        "naahai": L(SON["age"], BIRTH),
                    },
                ],
                "atiin": L(HOME_DIRECTIONS, ADDR),
            },
        ),
        case(
            f,
            f"{a}/api/analwo/heating",
            gz=True,
            headers=_h(rng, **b),
            body={
                "census": L(CENSUS, NID),
                "ssn": L(SSN, NID),
                "household": 3,
                "naanish": "office assistant",
                "income_month": 2450,
                "fuel": ["chizh", "leejin"],
                "need": L("Kaden has asthma, the coal smoke makes it worse", f"{TEXT}|{MED}"),
                "hooghan": L(HOME["line"], ADDR),
            },
        ),
        multipart(
            f,
            f"{a}/api/atiin/reports",
            [
                ("photo", "wash_crossing.jpg", "image/jpeg", L(JPEG + b"\x2a", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "atiin": "N12 spur",
                        "kind": "washout",
                        "at": {"nahookos": rla, "haaaah": rlo},
                        "hane": L("School bus cannot pass the wash after the rain", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/hane",
            headers=_h(rng, **b),
            body={
                "to": "chapter_staff",
                "hane": L(
                    "Yaateeh, my grandmother Ella Tsosie needs her wood hauled before the freeze",
                    f"{TEXT}|{NAMEC}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/alah_aleeh/minutes",
            headers=_h(rng, **b),
            query={"chapter": CHAPTER["id"], "alah_aleeh": "mt_0308", "format": "pdf"},
        ),
        case(
            f,
            f"{a}/api/members/profile",
            headers=_h(rng, **b),
            body={
                "mail": {
                    "po": L(HOME["po"], ADDR),
                    "hoolye": L(HOME["town"], COARSE),
                    "zip": L(HOME["zip"], COARSE),
                },
                "beesh_naaltsoos": L(EMAIL, MAIL),
                "saad": "Dine bizaad",
            },
        ),
        case(
            f,
            f"{a}/api/bulletin",
            headers=_h(rng, **b),
            query={
                "hadinitaa": L("scholarship deadline chapter", SEARCH),
                "chapter": CHAPTER["id"],
            },
        ),
        apps,
        case(
            f,
            f"{a}/api/letters/residency",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "census": L(CENSUS, NID),
                "bizhi": L(f"{FIRST} {LAST}", NAMEC),
                "hooghan": L(HOME["line"], ADDR),
                "purpose": L("for my son's school enrollment", TEXT),
                "copies": "2",
            },
        ),
        case(
            f,
            f"{a}/api/fees/pay",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "item": "homesite_application",
                "beeso": L("25.00", BUY),
                "method": L(opaque(rng, "pm_", 24), "financial.payment"),
            },
        ),
        case(
            f,
            f"{a}/api/receipts/latest",
            headers=_h(rng, how="none"),
            cookies={
                "nb_session": L(opaque(rng, "", 40), CRED),
                "nb_device": L(INSTALL_ID, DID),
                "nb_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "nv_US")),
        case(
            f,
            f"{a}/api/events",
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "session": rid(rng),
                "events": [
                    ev("meeting_signin", 1),
                    ev("vote_cast", 2),
                    ev("screen", 3, screen=L("Resolutions", USAGE)),
                ],
            },
        ),
    ]


def naabikiyati_sdks() -> list[Case]:
    rng = random.Random(17022)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Meeting Signed In", {"chapter": CHAPTER["id"]}),
                ("Application Filed", {"kind": "homesite"}),
            ],
            at=CHAPTER_FIX,
            nd=2,
            locale="nv_US",
        ),
        mc_pixel(APP, rng, "Agenda Opened", {"ji": "2026-04-12"}),
        tn_launch(APP, rng, first=True),
        cd_session(APP, rng, secs=1320),
        fn_eval(
            APP, rng, {"chapter": CHAPTER["id"], "hoolye": L("St. Michaels", COARSE)}, hdr=True
        ),
        pt_register(
            APP, rng, lang="nv", tags={"chapter": CHAPTER["id"], "agency": "fort_defiance"}
        ),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        mm_geocode(APP, rng, "Tse Ligai Chapter House", SEARCH, near=HOME_AT, nd=2),
        hs_message(
            APP,
            rng,
            L("My homesite application shows no survey attached", TEXT),
            {"census": L(CENSUS, NID)},
        ),
    ]
