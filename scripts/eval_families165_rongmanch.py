"""Children's tiatr (Konkani musical theatre) workshop and show-ticket app "Rongmanch" (Alisha, 8,
rehearses for the children's tiatr on Saturdays in Panaji; its API's keys are Konkani in Romi
script: ``palok`` guardian, ``naton`` relation, ``bhurgem`` child, ``nanv`` first name, ``apelid``
surname, ``zolm_tarik`` birth date, ``ling`` sex, ``adhar`` Aadhaar, ``iskol`` school, ``vorg``
standard, ``bholaiki`` health (``dhompachi_piddi`` asthma), ``vokot`` medicine, ``sorov``
rehearsal, ``kantar`` song, ``patr`` role, ``awaz`` voice, ``hazri`` attendance, ``vesh``
costume, ``mapam`` measurements (``unchai`` height, ``komor`` waist, ``vozon`` weight),
``ghevpi`` pick-up person, ``tiket`` ticket, ``jago`` seats, ``rokom`` amount, ``khann``
snacks, ``sommot`` consent, ``sohi`` signature, ``sondes`` message, ``sod`` search, ``xar``
town): the guardian's sign-up and log-in, ``/mhaka`` with a ``bhurgim`` claim, enrolling
Alisha (her Aadhaar, school, asthma), rehearsals by workshop number in the path, the fee, a
voice audition (M4A), attendance at pick-up with her fix, costume measurements, a pick-up
authorisation for the grandmother, a message to the director, the backstage-pass photo, shows,
tickets, snacks (msgpack), a video consent, the progress card (PDF), a search, push, events with
a session cookie and the ticket by number in the path. Sets 119 (music school), 147 (junior
football) and others have children's activities; none a tiatr or theatre workshop (docstring
grep: "tiatr" and "theatre" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    M4A,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families165_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME_AT,
    IN_PHONE,
    MOTHER_IL,
    SCHOOL,
    STUDENT,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families165_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families165_svc import cl_card, cl_confirm, cy_save, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "rongmanch", "Rongmanch", "com.example.rongmanch", "1.9.0", "https://api.rongmanch.example.org"
)
IID = "X-Rongmanch-Device"
PW = "Tiatr!Alisha17"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
TICKET = "RMT-260215-0442"  # her show tickets (financial.purchase)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(40))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kok=True, **kw)


def rongmanch() -> list[Case]:
    rng = random.Random(16531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, email=L(EMAIL, MAIL), bhurgim=[L(STUDENT, UID)], role="palok")
        )
    }
    hla, hlo = fix(HALL_FIX, 5)
    reh = at_path(
        case(
            f, f"{a}/v1/bhurgem/{STUDENT}/sorov", headers=_h(rng, **b), query={"mhoino": "2026-02"}
        ),
        STUDENT,
        UID,
    )
    tk = at_path(case(f, f"{a}/v1/tiket/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(
            f,
            f"{a}/v1/palok/nondonni",
            headers=_h(rng),
            body={
                "nanv": L(FIRST, NAMEC),
                "apelid": L(LAST, NAMEC),
                "email": L(EMAIL, MAIL),
                "mobail": L(IN_PHONE, TEL),
                "gupit_utor": L(PW, CRED),
                "naton": "avoi",
            },
        ),
        case(
            f,
            f"{a}/v1/login",
            fmt="form",
            headers=_h(rng),
            body={"email": L(EMAIL, MAIL), "gupit_utor": L(PW, CRED)},
        ),
        case(f, f"{a}/v1/mhaka", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/bhurgem",
            headers=_h(rng, **b),
            body={
                "nanv": L(DAUGHTER["first"], NAMEC),
                "apelid": L(DAUGHTER["last"], NAMEC),
                "zolm_tarik": L(DAUGHTER["dob"], BIRTH),
                "ling": L(DAUGHTER["sex"], GENDER),
                "adhar": L(DAUGHTER["aadhaar"], NID),
                "iskol": SCHOOL,
                "vorg": "3",
                "bholaiki": {
                    "dhompachi_piddi": L(True, MED),
                    "allergy": L("peanut", MED),
                    "vokot": L("salbutamol inhaler", MED),
                },
                "batch": "sonvar_sokalim",
                "workshop_no": L(STUDENT, UID),
            },
        ),
        reh,
        case(
            f,
            f"{a}/v1/fee",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "bhurgem": L(STUDENT, UID),
                "rokom": L("1800", BUY),
                "valut": "INR",
                "upi": L(UPI, PAY),
                "tim": "2026-T1",
            },
        ),
        multipart(
            f,
            f"{a}/v1/audition",
            [
                ("awaz", "alisha_kantar.m4a", "audio/mp4", L(M4A, MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"bhurgem": L(STUDENT, UID), "kantar": "Goyam Mhojem Mogall"},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/hazri",
            headers=_h(rng, **b),
            body={
                "bhurgem": L(STUDENT, UID),
                "prokar": "ghevop",
                "jaga": {"lat": hla, "lon": hlo},
                "hall": {"id": HALL["id"], "lat": HALL["lat"], "lon": HALL["lon"]},
            },
        ),
        case(
            f,
            f"{a}/v1/vesh/mapam",
            headers=_h(rng, **b),
            body={
                "bhurgem": L(STUDENT, UID),
                "patr": "Rosa (bhurgi)",
                "mapam": {"unchai": L(128, FIT), "komor": L(56, FIT), "vozon": L(26, FIT)},
                "vesh": "kunbi saddi",
            },
        ),
        case(
            f,
            f"{a}/v1/ghevpi",
            headers=_h(rng, **b),
            body={
                "bhurgem": L(STUDENT, UID),
                "ghevpi": {
                    "nanv": L(MOTHER_IL[0], NAMEC),
                    "mobail": L(MOTHER_IL[1], TEL),
                    "naton": "aji",
                },
                "dis": ["sonvar"],
            },
        ),
        case(
            f,
            f"{a}/v1/sondes",
            headers=_h(rng, **b),
            body={
                "thread": obj(rng, "th"),
                "dakhoi": "director",
                "sondes": L(
                    "Alisha-k dhompachi piddi asa, inhaler tichea bagent asa; dhuliche vesh naka",
                    f"{TEXT}|{MED}|{NAMEC}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/sorov/gair",
            headers=_h(rng, **b),
            body={
                "bhurgem": L(STUDENT, UID),
                "dis": "2026-02-07",
                "karonn": L(
                    "Alisha-k jor ani khokhlo, aiz sorovak ieunk zaina", f"{TEXT}|{MED}|{NAMEC}"
                ),
            },
        ),
        multipart(
            f,
            f"{a}/v1/bhurgem/foto",
            [
                ("foto", "alisha_pass.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"bhurgem": L(STUDENT, UID), "use": "backstage_pass"},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/tiatr",
            headers=_h(rng, **b),
            query={"xar": L("Margao", COARSE), "mhoino": "2026-02"},
        ),
        case(
            f,
            f"{a}/v1/tiket",
            headers=_h(rng, **b),
            body={
                "tiatr": "tt_bhurgeanchem_26",
                "jago": ["B12", "B13", "B14"],
                "tiket": L(TICKET, BUY),
                "rokom": L(900, BUY),
                "hall": HALL["id"],
            },
        ),
        case(
            f,
            f"{a}/v1/khann",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "tiket": L(TICKET, BUY),
                "bhurgem": L(STUDENT, UID),
                "vostu": [
                    {"nanv": "patoleo", "sonkhea": 2, "mol": 40},
                    {"nanv": "limbu sorbot", "sonkhea": 3, "mol": 30},
                ],
                "suchona": L("tichea khannant peanut naka", f"{TEXT}|{MED}"),
                "rokom": L(170, BUY),
            },
        ),
        case(
            f,
            f"{a}/v1/sommot",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "bhurgem": L(STUDENT, UID),
                "video": "ho",
                "foto": "ho",
                "sohi": L(f"{FIRST} {LAST}", NAMEC),
            },
        ),
        multipart(
            f,
            f"{a}/v1/progress/ack",
            [
                ("card", "progress_t1.pdf", "application/pdf", L(PDF, MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"bhurgem": L(STUDENT, UID), "sohi": L(f"{FIRST} {LAST}", NAMEC)},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/sod",
            headers=_h(rng, **b),
            query={"sod": L("bhurgeanchem tiatr Margao februar", SEARCH)},
        ),
        case(f, f"{a}/v1/yontr", headers=_h(rng, **b), body=push(push_token(rng), "kok_IN")),
        case(
            f,
            f"{a}/v1/ghoddnneo",
            headers=_h(rng, how="none"),
            cookies={"rm_sid": L(opaque(rng, "", 40), CRED), "rm_dev": L(INSTALL_ID, DID)},
            body={
                "vaparpi": L(USER_ID, UID),
                "ghoddnneo": [ev("sorov_dekhlo", 1), ev("screen", 2, screen=L("Tiket", USAGE))],
            },
        ),
        tk,
    ]


def rongmanch_sdks() -> list[Case]:
    rng = random.Random(16532)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Child Enrolled", {"batch": "sonvar_sokalim"}),
                ("Tickets Bought", {"amount": L(900, BUY)}),
            ],
            locale="kok_IN",
        ),
        mc_identify(APP, rng, {"role": "palok", "bhurgim": 1, "xar": L("Panaji", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="tiatr,konkani,kids"),
        cd_crash(
            APP,
            rng,
            ("java.lang.NullPointerException", "seat map"),
            [cd_crumb("nav", "Tiatr -> Jago")],
            screen="SeatMapActivity",
        ),
        pt_register(APP, rng, lang="kok", at=HOME_AT, nd=2, tags={"batch": "sonvar_sokalim"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "900.00", "inr"),
        hs_message(
            APP,
            rng,
            L(f"{KID} hichi fee doon pavtt dakhoita", f"{TEXT}|{NAMEC}"),
            {"bhurgem": L(STUDENT, UID)},
        ),
    ]
