"""Senior-center home services app "Shimasani" (shimásání "my maternal grandmother"; a fictional
chapter senior center's app through which families enrol an elder for delivered meals, wellness
visits by a community health worker, wood and coal hauling and rides to the clinic). She is the
caregiver of her grandmother Ella Tsosie (85), who lives alone in her hogan near Sawmill and
speaks only Dine bizaad; the grandmother is the data subject of most calls. Keys (Navajo without
diacritics or glottal stops, with English): ``amasani`` the grandmother (a grandmother),
``sitsoi`` my grandchild (the caregiver's relation), ``bizhi`` / ``bizhi_naaki`` first name /
surname, ``dizhchi`` birth date, ``census`` enrollment number, ``hastiin_asdzaan`` sex,
``saad`` language, ``hooghan`` / ``hooghan_bitiin`` home / directions, ``beesh_bee_hane`` phone,
``beesh_naaltsoos`` e-mail, ``bee_adaalkaal`` password, ``chiyaan`` food / meals, ``azee``
medicine, ``naalniih`` illness, ``ashiih_likan`` blood sugar ("sugar"), ``dil`` blood (pressure),
``chizh`` firewood, ``leejin`` coal, ``ba_naalnishi`` care worker ("one who works for her"),
``hane`` message, ``ji`` day, ``nahookos`` / ``haaaah`` latitude / longitude. Calls: the
caregiver's sign-up, an SMS code, ``/shi``, the elder's enrolment (census and Medicare numbers,
her hogan's point), her conditions and medicines (gzip), the meal plan, meal deliveries, a
wellness visit (protobuf), a wood and coal haul, a ride to the clinic, medicine refills, a photo
of a foot sore for the nurse, a message to the health worker, emergency contacts, the power of
attorney (PDF), the elder's activity by client number in the path, a sheep-feeding request, push,
events, a cookie GET and a log-out. Many sets have caregiving and home-visit apps (a grep for
"caregiv" matched 42 files, "home visit" 13); none is a senior center's meals-and-hauling
service for a rural elder ("senior cent" and "meals on wheels" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families170_kit import (
    GRANDMA,
    GRANDMA_AT,
    HOME_AT,
    HUSBAND,
    MOTHER,
    SENIOR,
    fix,
    hd,
    obj,
    push,
)
from eval_families170_sdk import cd_crash, cd_crumb, cd_session, mc_batch, mc_queue, tn_launch
from eval_families170_svc import cy_save, fn_eval, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "shimasani", "Shimasani", "com.example.shimasani", "2.0.3", "https://api.shimasani.example.org"
)
IID = "X-Shimasani-Device"
NID = "personal.national_id"
CLIENT = "SC-TL-00381"  # the grandmother's client number at the senior center (id.user)
GMA = f"{GRANDMA['first']} {GRANDMA['last']}"
GRANDMA_DIR = (
    "Past the Sawmill store take the dirt road east 3 miles, hogan with the red door "
    "behind the sheep corral"
)  # her hogan (contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, nv=True, **kw)


def shimasani() -> list[Case]:
    rng = random.Random(17051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, beesh_naaltsoos=L(EMAIL, MAIL), clients=[L(CLIENT, UID)], role="caregiver")
        )
    }
    gla, glo = fix(GRANDMA_AT)
    lab: dict[str, str] = {}
    visit = pb(
        [
            (1, L(CLIENT, UID)),
            (2, obj(rng, "vs")),
            (3, 1781500000),
            (4, [(1, L(148, MED)), (2, L(138, MED)), (3, L(84, MED)), (4, L(72, MED))]),
            (5, [(1, L(GRANDMA_AT[0], PRECISE)), (2, L(GRANDMA_AT[1], PRECISE))]),
            (6, L("feet checked, left heel sore unchanged", MED)),
        ],
        "",
        lab,
    )
    act = at_path(
        case(
            f, f"{a}/v1/amasani/{CLIENT}/activity", headers=_h(rng, **b), query={"month": "2026-12"}
        ),
        CLIENT,
        UID,
    )
    return [
        case(
            f,
            f"{a}/v1/caregivers",
            headers=_h(rng),
            body={
                "bizhi": L(FIRST, NAMEC),
                "bizhi_naaki": L(LAST, NAMEC),
                "beesh_naaltsoos": L(EMAIL_MIXED, MAIL),
                "beesh_bee_hane": L(E164, TEL),
                "bee_adaalkaal": L("Sitsoi*Ella1941", CRED),
                "relation": "sitsoi",
            },
        ),
        case(
            f,
            f"{a}/v1/auth/code",
            fmt="form",
            headers=_h(rng),
            body={"beesh_bee_hane": L(E164, TEL), "code": L("274409", CRED)},
        ),
        case(f, f"{a}/v1/shi", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/amasani",
            headers=_h(rng, **b),
            body={
                "bizhi": L(GRANDMA["first"], NAMEC),
                "bizhi_naaki": L(GRANDMA["last"], NAMEC),
                "dizhchi": L(GRANDMA["dob"], BIRTH),
                "census": L(GRANDMA["census"], NID),
                "medicare": L(GRANDMA["medicare"], NID),
                "hastiin_asdzaan": L("asdzaan", GENDER),
                "saad": "Dine bizaad",
                "beesh_bee_hane": L(GRANDMA["phone"], TEL),
                "hooghan_bitiin": L(GRANDMA_DIR, ADDR),
                "hooghan": {"nahookos": gla, "haaaah": glo},
                "client": L(CLIENT, UID),
                "senior_center": SENIOR["id"],
            },
        ),
        case(
            f,
            f"{a}/v1/amasani/{CLIENT}/health",
            gz=True,
            headers=_h(rng, **b),
            body={
                "naalniih": [
                    L("type 2 diabetes", MED),
                    L("high blood pressure", MED),
                    L("chronic kidney disease, stage 4", MED),
                    L("hearing loss, left ear", MED),
                ],
                "azee": [L("metformin 500 mg twice daily", MED), L("lisinopril 10 mg", MED)],
                "mobility": L("uses a walker", f"{MED}|{SENS}"),
                "allergies": [L("sulfa", MED)],
                "ihs_clinic": "Sawmill Health Station",
            },
        ),
        case(
            f,
            f"{a}/v1/chiyaan/plan",
            headers=_h(rng, **b),
            body={
                "client": L(CLIENT, UID),
                "days": ["mon", "wed", "fri"],
                "chiyaan": L("diabetic, soft foods, no pork", f"{MED}"),
                "frozen_weekend": True,
            },
        ),
        case(
            f,
            f"{a}/v1/chiyaan/deliveries",
            headers=_h(rng, **b),
            query={"client": L(CLIENT, UID), "week": "2026-W50"},
        ),
        raw(f, f"{a}/v1/visits", visit, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/v1/hauling",
            headers=_h(rng, **b),
            body={
                "client": L(CLIENT, UID),
                "chizh": {"cords": 1, "split": True},
                "leejin": {"tons": 0.5},
                "beeso": L(45, BUY),
                "ji": "2026-12-05",
                "hooghan": {
                    "nahookos": L(f"{GRANDMA_AT[0]:.4f}", PRECISE),
                    "haaaah": L(f"{GRANDMA_AT[1]:.4f}", PRECISE),
                },
            },
        ),
        case(
            f,
            f"{a}/v1/rides",
            headers=_h(rng, **b),
            body={
                "client": L(CLIENT, UID),
                "ji": "2026-12-09T09:30",
                "to": "Sawmill Health Station",
                "why": L("diabetes follow-up and foot check", MED),
                "wheelchair": False,
                "escort": L(f"{FIRST} {LAST}", NAMEC),
            },
        ),
        case(
            f,
            f"{a}/v1/azee/refills",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "client": L(CLIENT, UID),
                "azee": L("metformin 500 mg", MED),
                "qty": "60",
                "pickup": "senior_center",
            },
        ),
        multipart(
            f,
            f"{a}/v1/amasani/{CLIENT}/photos",
            [
                ("photo", "left_heel.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "for": "chr_nurse",
                        "hane": L("Sore on her left heel, day 4", f"{TEXT}|{MED}"),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/hane",
            headers=_h(rng, **b),
            body={
                "to": "ba_naalnishi_0914",
                "hane": L(
                    "Her sugar was 240 this morning and she skipped breakfast, can you stop by?",
                    f"{TEXT}|{MED}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/amasani/{CLIENT}/contacts",
            headers=_h(rng, **b),
            body={
                "contacts": [
                    {
                        "bizhi": L(f"{FIRST} {LAST}", NAMEC),
                        "beesh_bee_hane": L(E164, TEL),
                        "relation": "sitsoi",
                    },
                    {
                        "bizhi": L(MOTHER[0], NAMEC),
                        "beesh_bee_hane": L(MOTHER[1], TEL),
                        "relation": "bitsi",
                    },
                    {"bizhi": L(HUSBAND[0], NAMEC), "beesh_bee_hane": L(HUSBAND[1], TEL)},
                ]
            },
        ),
        multipart(
            f,
            f"{a}/v1/amasani/{CLIENT}/documents",
            [
                (
                    "poa",
                    "power_of_attorney.pdf",
                    "application/pdf",
                    L(b"%PDF-1.6\n" + bytes(range(30)), MEDIA),
                ),
                (
                    "meta",
                    None,
                    "application/json",
                    {"kind": "healthcare_poa", "agent": L(f"{FIRST} {LAST}", NAMEC)},
                ),
            ],
            headers=_h(rng, **b),
        ),
        act,
        case(
            f,
            f"{a}/v1/requests",
            headers=_h(rng, **b),
            body={
                "client": L(CLIENT, UID),
                "kind": "livestock_feeding",
                "hane": L(
                    "While she is in Gallup for dialysis tests someone must feed her 12 sheep",
                    f"{TEXT}|{MED}",
                ),
                "ji": "2026-12-09",
            },
        ),
        case(
            f,
            f"{a}/v1/donations",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "beeso": L("30.00", BUY),
                "fund": "elder_meals",
                "method": L(opaque(rng, "pm_", 24), "financial.payment"),
            },
        ),
        case(
            f,
            f"{a}/v1/menu",
            headers=_h(rng, how="none"),
            cookies={
                "sm_sess": L(opaque(rng, "", 40), CRED),
                "sm_dev": L(INSTALL_ID, DID),
                "sm_req": rid(rng),
            },
        ),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "nv_US")),
        case(
            f,
            f"{a}/v1/events",
            gz=True,
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "events": [ev("ride_booked", 1), ev("screen", 2, screen=L("Visits", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/v1/logout",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "refresh_token": L(opaque(rng, "rt_", 48), CRED),
                "device": L(INSTALL_ID, DID),
                "battery": L("41", DEV),
            },
        ),
    ]


def shimasani_sdks() -> list[Case]:
    rng = random.Random(17052)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Ride Booked", {"purpose": L("diabetes follow-up", MED)}),
                ("Meal Plan Saved", {"days": 3}),
            ],
            locale="nv_US",
        ),
        mc_queue(APP, rng, [("Visit Logged", {"sugar": L(148, MED)}), ("Photo Sent", {})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_crash(
            APP,
            rng,
            ("java.lang.NullPointerException", "visit vitals"),
            [cd_crumb("nav", "Amasani -> Visits")],
            screen="VisitActivity",
        ),
        cd_session(APP, rng, secs=905),
        fn_eval(APP, rng, {"center": SENIOR["id"], "clients": 1}),
        pt_register(APP, rng, lang="nv", tags={"center": SENIOR["id"], "meals": "mwf"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_route(
            APP, rng, [(HOME_AT, PRECISE), (GRANDMA_AT, PRECISE), ((35.70341, -109.06112), None)]
        ),
        hs_message(
            APP,
            rng,
            L(f"The meal driver could not find {GMA}'s hogan on Friday", f"{TEXT}|{NAMEC}"),
            {"client": L(CLIENT, UID)},
        ),
    ]
