"""All-Indian rodeo entry app "Liizhini" (lii "horse", zhini "black": the entry office of a
fictional Dine rodeo association whose rodeos run at the Bonito Wash grounds near Window Rock).
She runs barrels on her mare, her husband heels in the team roping and their son enters junior
breakaway. An all-Indian rodeo needs proof of enrollment, so her Certificate of Indian Blood and
census number are on file. Keys (Navajo without diacritics or glottal stops, with English):
``bizhi`` first name (bizhi' "his/her name"), ``bizhi_naaki`` surname ("second name"),
``beesh_naaltsoos`` e-mail ("metal letter"), ``beesh_bee_hane`` phone ("metal one tells by"),
``bee_adaalkaal`` password (a coinage, "that which locks"), ``dizhchi`` birth date ("was born"),
``hastiin_asdzaan`` sex ("man/woman"; value ``asdzaan`` woman, ``ashkii`` boy), ``naahai`` age
(winters), ``hoolye`` town ("it is called"), ``lii`` horse, ``lii_bizhi`` horse's name, ``tlool``
rope, ``bil_tlool`` roping partner ("who ropes with"), ``shiyaazh`` my son, ``beeso`` money /
amount, ``bike`` payment, ``ji`` day, ``aheeilkid`` time, ``nahookos`` latitude ("north"),
``haaaah`` longitude ("east"), ``hane`` message, ``hadinitaa`` search ("looking for"),
``naalniih`` injury/illness, ``dine_naaltsoos`` member card. Calls: sign-up, log-in, ``/shi``, the
CIB upload, a search of rodeos, her barrel entry, the team-roping entry, the son's junior entry,
the entry fees, a stall (msgpack), a check-in at the arena, a protobuf run beat, the draw,
results by member number in the path, the payout with a W-9, an injury report, a run photo, a
message to the secretary, standings by cookie, the entry by number in the path, push, events and
a log-out. No earlier set has a rodeo (a grep of ``scripts/`` for "rodeo" found nothing)."""

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
from eval_families170_kit import (
    ACCOUNT,
    CENSUS,
    CIB,
    GROUNDS,
    GROUNDS_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    QUANTUM,
    ROUTING,
    SON,
    SSN,
    fix,
    hd,
    obj,
    push,
)
from eval_families170_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families170_svc import cl_card, cl_confirm, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "liizhini", "Liizhini", "com.example.liizhini", "3.4.1", "https://api.liizhini.example.com"
)
IID = "X-Liizhini-Device"
PW = "Barrels#Smoke2026"
NID = "personal.national_id"
MEMBER = "DRA-044718"  # her rodeo association member card (id.user)
ENTRY = "EN-26-07731"  # her barrel entry (financial.purchase)
DOB_US = "05/17/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def liizhini() -> list[Case]:
    rng = random.Random(17011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, beesh_naaltsoos=L(EMAIL, MAIL), dine_naaltsoos=L(MEMBER, UID))
        )
    }
    gla, glo = fix(GROUNDS_FIX)
    lab: dict[str, str] = {}
    run = obj(rng, "run")
    beat = pb(
        [
            (1, L(MEMBER, UID)),
            (2, run),
            (3, 1781280000),
            (4, [(1, L(GROUNDS_FIX[0], PRECISE)), (2, L(GROUNDS_FIX[1], PRECISE)), (3, 6.0)]),
            (5, 16.482),
            (6, L(63, DEV)),
        ],
        "",
        lab,
    )
    results = at_path(
        case(f, f"{a}/v2/members/{MEMBER}/results", headers=_h(rng, **b), query={"season": "2026"}),
        MEMBER,
        UID,
    )
    entry = at_path(case(f, f"{a}/v2/entries/{ENTRY}", headers=_h(rng, **b)), ENTRY, BUY)
    kid = f"{SON['first']} {SON['last']}"
    return [
        case(
            f,
            f"{a}/v2/signup",
            headers=_h(rng),
            body={
                "bizhi": L(FIRST, NAMEC),
                "bizhi_naaki": L(LAST, NAMEC),
                "beesh_naaltsoos": L(EMAIL, MAIL),
                "beesh_bee_hane": L(E164, TEL),
                "bee_adaalkaal": L(PW, CRED),
                "dizhchi": L(DOB_US, BIRTH),
                "hastiin_asdzaan": L("asdzaan", GENDER),
                "hoolye": L(HOME["town"], COARSE),
                "zip": L(HOME["zip"], COARSE),
                "dine_naaltsoos": L(MEMBER, UID),
            },
        ),
        case(
            f,
            f"{a}/v2/login",
            fmt="form",
            headers=_h(rng),
            body={
                "beesh_naaltsoos": L(EMAIL_UPPER, MAIL),
                "bee_adaalkaal": L(PW, CRED),
                "remember": "1",
            },
        ),
        case(f, f"{a}/v2/shi", headers=_h(rng, extra=jw)),
        multipart(
            f,
            f"{a}/v2/members/cib",
            [
                ("cib", "cib_front.jpg", "image/jpeg", L(JPEG + b"\x17", f"{MEDIA}|{NID}|{SENS}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "census": L(CENSUS, NID),
                        "cib": L(CIB, NID),
                        "quantum": L(QUANTUM, SENS),
                        "nation": L("Navajo Nation", SENS),
                        "dine_naaltsoos": L(MEMBER, UID),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/rodeos",
            headers=_h(rng, **b),
            query={"hadinitaa": L("barrel racing open Window Rock June", SEARCH), "ji": "2026-06"},
        ),
        case(
            f,
            f"{a}/v2/entries",
            headers=_h(rng, **b),
            body={
                "rodeo": "ro_bw_0612",
                "event": "womens_barrels",
                "entry": L(ENTRY, BUY),
                "dine_naaltsoos": L(MEMBER, UID),
                "lii": {"lii_bizhi": "Smoke", "naahai": 9, "coggins": "2026-02-20"},
                "beeso": L(85, BUY),
                "perf": "slack",
            },
        ),
        case(
            f,
            f"{a}/v2/entries/team",
            headers=_h(rng, **b),
            body={
                "rodeo": "ro_bw_0612",
                "event": "team_roping",
                "position": "header",
                "bil_tlool": {"bizhi": L(HUSBAND[0], NAMEC), "beesh_bee_hane": L(HUSBAND[1], TEL)},
                "beeso": L(120, BUY),
                "dine_naaltsoos": L(MEMBER, UID),
            },
        ),
        case(
            f,
            f"{a}/v2/entries/junior",
            headers=_h(rng, **b),
            body={
                "event": "junior_breakaway",
                "rodeo": "ro_bw_0612",
                "shiyaazh": {
                    "bizhi": L(kid, NAMEC),
                    "dizhchi": L(SON["dob"], BIRTH),
                    "naahai": L(SON["age"], BIRTH),
                    "hastiin_asdzaan": L(SON["sex"], GENDER),
                    "census": L(SON["census"], NID),
                },
                "parent_sign": L(f"{FIRST} {LAST}", NAMEC),
                "beeso": L(40, BUY),
            },
        ),
        case(
            f,
            f"{a}/v2/bike",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "entry": L(ENTRY, BUY),
                "beeso": L("245.00", BUY),
                "currency": "USD",
                "method": L(opaque(rng, "pm_", 24), PAY),
                "last4": L("4444", PAY),
            },
        ),
        case(
            f,
            f"{a}/v2/stalls",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "rodeo": "ro_bw_0612",
                "stall": "B-14",
                "nights": 2,
                "lii": 2,
                "shavings": 3,
                "beeso": L(70, BUY),
                "dine_naaltsoos": L(MEMBER, UID),
            },
        ),
        case(
            f,
            f"{a}/v2/checkin",
            headers=_h(rng, **b),
            body={
                "rodeo": "ro_bw_0612",
                "at": {"nahookos": gla, "haaaah": glo, "acc": 7},
                "arena": {"nahookos": GROUNDS["lat"], "haaaah": GROUNDS["lon"]},
                "checkin": obj(rng, "ci"),
            },
        ),
        raw(
            f, f"{a}/v2/runs/{run}/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)
        ),
        case(
            f,
            f"{a}/v2/members/card",
            headers=_h(rng, **b),
            query={"dine_naaltsoos": L(MEMBER, UID), "format": "qr"},
        ),
        case(
            f,
            f"{a}/v2/draw",
            headers=_h(rng, **b),
            query={"rodeo": "ro_bw_0612", "event": "womens_barrels", "perf": "slack"},
        ),
        results,
        case(
            f,
            f"{a}/v2/payouts",
            headers=_h(rng, **b),
            body={
                "w9": {
                    "bizhi": L(f"{FIRST} {LAST}", NAMEC),
                    "ssn": L(SSN, NID),
                    "address": L(HOME["po"], "contact.address"),
                    "hoolye": L(HOME["town"], COARSE),
                    "zip": L(HOME["zip"], COARSE),
                },
                "bank": {"routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY)},
                "beeso": L(612.5, BUY),
                "dine_naaltsoos": L(MEMBER, UID),
            },
        ),
        case(
            f,
            f"{a}/v2/naalniih",
            headers=_h(rng, **b),
            body={
                "rodeo": "ro_bw_0612",
                "who": "self",
                "naalniih": L("sprained left wrist", MED),
                "hane": L(
                    "Smoke ducked at the second barrel, my wrist is swollen, medic taped it",
                    f"{TEXT}|{MED}",
                ),
                "ji": "2026-06-12",
            },
        ),
        multipart(
            f,
            f"{a}/v2/photos",
            [
                ("photo", "barrels_run.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
                ("meta", None, "application/json", {"entry": L(ENTRY, BUY), "aheeilkid": 16.482}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/hane",
            headers=_h(rng, **b),
            body={
                "to": "secretary_bw",
                "hane": L(
                    "Please scratch Leon from the second go, call him at 928-555-0147 if needed",
                    f"{TEXT}|{TEL}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v2/standings",
            headers=_h(rng, how="none"),
            cookies={
                "lz_session": L(opaque(rng, "", 40), CRED),
                "lz_device": L(INSTALL_ID, DID),
                "lz_req": rid(rng),
            },
        ),
        entry,
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v2/events",
            gz=True,
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "events": [
                    ev("entry_paid", 1, beeso=L(245, BUY)),
                    ev("screen", 2, screen=L("Draw", USAGE)),
                    ev("photo_uploaded", 3),
                ],
            },
        ),
        case(
            f,
            f"{a}/v2/logout",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)},
        ),
    ]


def liizhini_sdks() -> list[Case]:
    rng = random.Random(17012)
    return [
        mc_batch(
            APP,
            rng,
            [("Entry Paid", {"total": L(245, BUY)}), ("Run Timed", {"event": "womens_barrels"})],
            at=GROUNDS_FIX,
            nd=2,
        ),
        mc_identify(
            APP,
            rng,
            {"hoolye": L("St. Michaels", COARSE), "dine_naaltsoos": L(MEMBER, UID), "events": 3},
        ),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"entry": L(ENTRY, BUY)}, revenue=245.0, hashed=True),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=GROUNDS_FIX,
            nd=3,
            keywords="rodeo,horses,western",
        ),
        bf_notice(APP, rng, "win"),
        cd_crash(
            APP,
            rng,
            ("java.lang.IllegalStateException", "draw not published"),
            [
                cd_crumb("nav", "Entries -> Draw"),
                cd_crumb("net", "GET", {"url": f"{APP.api}/v2/draw", "status": 404}),
            ],
            screen="DrawActivity",
        ),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"event": "barrels", "rodeo": "ro_bw_0612"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "245.00"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((GROUNDS["lat"], GROUNDS["lon"]), None)]),
    ]
