"""Household well-water testing app "Tolikan" (to likan "sweet water"; a fictional Gallup lab's
programme for unregulated wells, windmills and cisterns, testing for uranium and arsenic near the
old mines). Keys (Navajo without diacritics or glottal stops, with English): ``bizhi`` /
``bizhi_naaki`` first name / surname, ``beesh_naaltsoos`` e-mail, ``beesh_bee_hane`` phone,
``bee_adaalkaal`` password, ``hooghan`` home (street line), ``hooghan_bitiin`` directions home,
``to`` water, ``to_haali`` water source (tó háálį́ "water flows up", a spring or well),
``leetso`` uranium (łeetsoh "yellow dirt"), ``naaldlooshii`` livestock, ``dine`` household
members, ``naalniih`` illness, ``awee`` baby, ``ji`` day, ``hane`` message, ``hadinitaa``
search, ``nahookos`` / ``haaaah`` latitude / longitude. Calls: sign-up, a form log-in, ``/shi``,
the water source registered at its point, a sample kit ordered to her PO box, the sample taken
(her fix), the chain-of-custody signature, the household exposure survey (gzip), results by
sample ID in the path, sharing them with her clinic, a photo of the well head, tested sources
nearby (2 decimals), a note about the mine, a search for a hauling station, a message to the
lab, a pick-up at home, a community meeting RSVP, push, events and a cookie GET. New: a grep of
``scripts/`` for "uranium", "well water" and "well test" found nothing (sets 126 and 138 deliver
water by truck; nothing tests a private well)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families170_kit import (
    GRANDMA,
    HOME,
    HOME_AT,
    HOME_DIRECTIONS,
    LAB,
    WELL_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families170_sdk import cd_session, mc_batch, mc_identify, tn_launch
from eval_families170_svc import (
    cy_check,
    fn_eval,
    hs_attach,
    mm_reverse,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tolikan", "Tolikan", "com.example.tolikan", "1.3.5", "https://api.tolikan.example.org")
IID = "X-Tolikan-Device"
PW = "Windmill$Well26"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
HH = "TLK-HH-20817"  # her household's account in the programme (id.user)
CLINICIAN = ("Dr. Nora Benally", "n.benally@clinic.example.org")  # typed by her: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def tolikan() -> list[Case]:
    rng = random.Random(17041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, beesh_naaltsoos=L(EMAIL, MAIL), household=L(HH, UID)))}
    sla, slo = fix(WELL_AT)
    sample = obj(rng, "smp", 8)
    src = obj(rng, "src", 8)
    return [
        case(
            f,
            f"{a}/v1/signup",
            headers=_h(rng),
            body={
                "bizhi": L(FIRST, NAMEC),
                "bizhi_naaki": L(LAST, NAMEC),
                "beesh_naaltsoos": L(EMAIL, MAIL),
                "beesh_bee_hane": L(E164, TEL),
                "bee_adaalkaal": L(PW, CRED),
                "hooghan": L(HOME["line"], ADDR),
                "chapter": L(HOME["chapter"], COARSE),
                "zip": L(HOME["zip"], COARSE),
                "household": L(HH, UID),
            },
        ),
        case(
            f,
            f"{a}/v1/login",
            fmt="form",
            headers=_h(rng),
            body={"beesh_naaltsoos": L(EMAIL_UPPER, MAIL), "bee_adaalkaal": L(PW, CRED)},
        ),
        case(f, f"{a}/v1/shi", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/to_haali",
            headers=_h(rng, **b),
            body={
                "to_haali": src,
                "kind": "windmill_well",
                "depth_ft": 310,
                "nahookos": L(round(WELL_AT[0], 5), PRECISE),
                "haaaah": L(round(WELL_AT[1], 5), PRECISE),
                "uses": ["drinking", "livestock"],
                "naaldlooshii": {"dibe": 23, "lii": 2},
                "household": L(HH, UID),
            },
        ),
        case(
            f,
            f"{a}/v1/kits",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "to_haali": src,
                "ship_to": L(HOME["po"], ADDR),
                "hoolye": L(HOME["town"], COARSE),
                "zip": L(HOME["zip"], COARSE),
                "bizhi": L(f"{FIRST} {LAST}", NAMEC),
            },
        ),
        case(
            f,
            f"{a}/v1/samples",
            headers=_h(rng, **b),
            body={
                "sample": sample,
                "to_haali": src,
                "taken": "2026-05-03T07:40-06:00",
                "at": {"nahookos": sla, "haaaah": slo, "acc": 5},
                "flushed_min": 5,
                "collector": L(f"{FIRST} {LAST}", NAMEC),
            },
        ),
        multipart(
            f,
            f"{a}/v1/samples/{sample}/custody",
            [
                ("signature", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(24), MEDIA)),
                (
                    "form",
                    None,
                    "application/json",
                    {"signed_by": L(f"{FIRST} {LAST}", NAMEC), "courier": "UPS", "lab": LAB["id"]},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/survey/exposure",
            gz=True,
            headers=_h(rng, **b),
            body={
                "household": L(HH, UID),
                "dine": 3,
                "years_drinking": 2,
                "naalniih": [L("kidney disease (grandmother, on dialysis)", MED)],
                "pregnant": L(False, MED),
                "child_under_12": True,
                "hauls_to": True,
                "hane": L("We stopped drinking it last year, only for the sheep", TEXT),
            },
        ),
        case(f, f"{a}/v1/samples/{sample}/results", headers=_h(rng, **b)),
        case(
            f,
            f"{a}/v1/to_haali",
            headers=_h(rng, **b),
            query={"household": L(HH, UID), "include": "latest_result"},
        ),
        case(
            f,
            f"{a}/v1/results/share",
            headers=_h(rng, **b),
            body={
                "sample": sample,
                "to": {"bizhi": L(CLINICIAN[0], NAMEC), "beesh_naaltsoos": L(CLINICIAN[1], MAIL)},
                "hane": L(
                    "Please add these uranium results to my grandmother's chart", f"{TEXT}|{MED}"
                ),
            },
        ),
        multipart(
            f,
            f"{a}/v1/to_haali/{src}/photos",
            [
                ("photo", "wellhead.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
                ("meta", None, "application/json", {"to_haali": src, "view": "casing"}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/map/sources",
            headers=_h(rng, **b),
            query={
                "lat": L(f"{HOME_AT[0]:.2f}", COARSE),
                "lng": L(f"{HOME_AT[1]:.2f}", COARSE),
                "radius_km": "15",
                "leetso": "true",
            },
        ),
        case(
            f,
            f"{a}/v1/to_haali/{src}/notes",
            headers=_h(rng, **b),
            body={
                "leetso": L(
                    "There is an old uranium mine about two miles north of our windmill", TEXT
                )
            },
        ),
        case(
            f,
            f"{a}/v1/stations",
            headers=_h(rng, **b),
            query={"hadinitaa": L("water hauling station open Saturday", SEARCH)},
        ),
        case(
            f,
            f"{a}/v1/hane",
            headers=_h(rng, **b),
            body={
                "to": LAB["id"],
                "sample": sample,
                "hane": L("The cap of bottle 2 cracked in the mail, should I resend?", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v1/pickups",
            headers=_h(rng, **b),
            body={
                "sample": sample,
                "ji": "2026-05-04",
                "hooghan_bitiin": L(HOME_DIRECTIONS, ADDR),
                "beesh_bee_hane": L(E164, TEL),
            },
        ),
        case(
            f,
            f"{a}/v1/meetings/rsvp",
            fmt="form",
            headers=_h(rng, **b),
            body={"meeting": "cm_0517_tseligai", "seats": "2", "household": L(HH, UID)},
        ),
        case(
            f,
            f"{a}/v1/donations",
            fmt="form",
            headers=_h(rng, **b),
            body={"beeso": L("20", BUY), "method": L(opaque(rng, "pm_", 24), "financial.payment")},
        ),
        case(
            f,
            f"{a}/v1/reports/latest",
            headers=_h(rng, how="none"),
            cookies={
                "tk_sid": L(opaque(rng, "", 40), CRED),
                "tk_dev": L(INSTALL_ID, DID),
                "tk_req": rid(rng),
            },
        ),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v1/events",
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "events": [ev("sample_logged", 1), ev("screen", 2, screen=L("Results", USAGE))],
            },
        ),
    ]


def tolikan_sdks() -> list[Case]:
    rng = random.Random(17042)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Sample Logged", {"kind": "windmill_well"}),
                ("Results Viewed", {"leetso": "above_mcl"}),
            ],
            at=WELL_AT,
            nd=3,
        ),
        mc_identify(APP, rng, {"chapter": L("Tse Ligai", COARSE), "household": L(HH, UID)}),
        tn_launch(APP, rng, first=True),
        cd_session(APP, rng, secs=640),
        fn_eval(APP, rng, {"lab": LAB["id"], "zip": L(HOME["zip"], COARSE)}, hdr=True),
        pt_register(APP, rng, tags={"lab": LAB["id"], "results": "ready"}),
        cy_check(APP, rng, {"analytics": True, "research": True}),
        mm_reverse(APP, rng, WELL_AT, PRECISE, nd=4),
        mm_telemetry(APP, rng, [WELL_AT, HOME_AT], PRECISE),
        hs_attach(
            APP,
            rng,
            L(PDF, f"{MEDIA}|{MED}"),
            f"{GRANDMA['last'].lower()}_nephrology_letter.pdf",
            "application/pdf",
        ),
        hs_attach(APP, rng, L(PDF + b"\x01", MEDIA), "well_results_may.pdf", "application/pdf"),
    ]
