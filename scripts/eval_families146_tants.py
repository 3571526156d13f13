"""A children's folk-dance group's app "Tantsutuba" (dance room; her daughter dances for the
youth dance festival; English API): a parent's sign-up, a log-in, ``/me`` with the ``children``
claim, Liisa's enrolment (her personal code, birth date, sex), the term fee, the festival
costume's measurements, the costume rental, a rehearsal absence with a reason, her health note,
photo consent, a rehearsal check-in at the hall with her fix, the bus trip to the festival, a
message to the teacher, the gallery search, the schedule by the child's code in the path, the
parent's own fix when collecting her, push, events. Set 120 has a dance app for adults; this
one is a child's group preparing for a festival (costumes, a bus trip, consent)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families146_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HUSBAND,
    fix,
    hd,
    obj,
    push,
)
from eval_families146_sdk import cd_crash, cd_crumb, mc_batch, tn_event, tn_launch
from eval_families146_svc import cl_wallet, cy_check, fn_eval, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

NATID = "personal.national_id"

APP = App("tantsutuba", "Tantsutuba", "com.example.tantsutuba", "1.4.2",
          "https://app.tantsutuba.example.org")
IID = "X-Tantsutuba-Id"
PW = "Kaera-Jaan9"
CHILD = DAUGHTER["code"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "nodash", **kw})


def _tantsutuba_core() -> list[Case]:
    rng = random.Random(14671)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, children=[L(CHILD, NATID)], role="parent"))}
    hla, hlo = fix(HALL_FIX, 4)
    sch = at_path(case(f, f"{a}/api/children/{CHILD}/schedule", headers=_h(rng, **b)),
                  CHILD, NATID)
    return [
        case(f, f"{a}/api/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED),
            "secondParent": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/children", headers=_h(rng, **b), body={
            "firstName": L(DAUGHTER["first"], NAMEC), "lastName": L(DAUGHTER["last"], NAMEC),
            "personalCode": L(CHILD, NATID), "dob": L(DAUGHTER["dob"], BIRTH),
            "sex": L("F", GENDER), "group": "Pisikesed 2", "school": "Karlova Kool 2B"}),
        case(f, f"{a}/api/fees", headers=_h(rng, **b), body={
            "child": L(CHILD, NATID), "term": "2025-autumn", "amount": L(95.0, BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "invoice": L("TT-25-0912", BUY)}),
        case(f, f"{a}/api/costumes/measure", headers=_h(rng, **b), body={
            "child": L(CHILD, NATID), "heightCm": L(131, "health.fitness"),
            "chestCm": L(64, "health.fitness"), "shoe": L(32, "health.fitness"),
            "costume": "Mulgi seelik"}),
        case(f, f"{a}/api/costumes/rent", fmt="form", headers=_h(rng, **b), body={
            "costume": "Mulgi seelik", "deposit": L("40", BUY), "child": L(CHILD, NATID)}),
        case(f, f"{a}/api/absences", headers=_h(rng, **b), body={
            "child": L(CHILD, NATID), "date": "2025-11-13",
            "reason": L("Liisa has a fever and an ear infection", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/children/health", headers=_h(rng, **b), body={
            "child": L(CHILD, NATID), "allergies": [L("birch pollen", MED)],
            "asthma": L(False, MED), "notes": L("Needs to drink water often", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/consents", fmt="form", headers=_h(rng, **b), body={
            "child": L(CHILD, NATID), "photos": "1", "festival_tv": "0"}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "child": L(CHILD, NATID), "hall": HALL["id"], "lat": hla, "lon": hlo,
            "hallAt": {"lat": HALL["lat"], "lon": HALL["lon"]}}),
        case(f, f"{a}/api/trips/festival", headers=_h(rng, **b), body={
            "trip": "tantsupidu-2025", "child": L(CHILD, NATID), "seat": 14,
            "chaperone": True,
            "emergency": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "fare": L(25.0, BUY)}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "teacher", "text": L("Liisa's grandmother Maie's skirt needs shortening, "
                                       "can Rasmus bring it Friday?", f"{TEXT}|{NAMEC}"),
            "ref": rid(rng)}),
        case(f, f"{a}/api/gallery", headers=_h(rng, **b), query={
            "q": L("Liisa Tamm", f"{SEARCH}|{NAMEC}"), "album": "2025"}),
        sch,
        case(f, f"{a}/api/pickup", headers=_h(rng, how="none"), body={
            "child": L(CHILD, NATID), "by": "mother", "eta": 6, "booking": obj(rng, "pu")},
            cookies={"tt_sess": L(opaque(rng, "", 40), CRED), "tt_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("fee_paid", 1), ev("absence_sent", 2),
                ev("screen", 3, screen=L("Schedule", USAGE))]}),
    ]


def tantsutuba_sdks() -> list[Case]:
    rng = random.Random(14672)
    return [
        tn_launch(APP, rng, user=True, n=12),
        tn_event(APP, rng, "fee_paid", {"term": "autumn"}, revenue=95.0),
        mc_batch(APP, rng, [("Fee Paid", {"amount": L(95.0, BUY)}), ("Absence Sent", {})],
                 at=HALL_FIX, nd=2),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "schedule adapter"),
                 [cd_crumb("nav", "Home -> Schedule")], screen="ScheduleActivity"),
        fn_eval(APP, rng, {"group": "Pisikesed 2"}, hdr=True),
        pt_register(APP, rng, tags={"group": "Pisikesed 2"}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "25.00", L("+1 555 010 0199", TEL)),
        mm_reverse(APP, rng, HALL_FIX, PRECISE_CAT, nd=5),
    ]


PRECISE_CAT = "location.precise"


def _tantsutuba_more() -> list[Case]:
    rng = random.Random(14673)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    return [
        case(f, f"{a}/api/notices", headers=_h(rng, **b), query={"group": "Pisikesed 2"}),
        case(f, f"{a}/api/children/photo", fmt="form", headers=_h(rng, **b), body={
            "child": L(CHILD, NATID), "data": W({"name": L(DAUGHTER["first"], NAMEC),
                                                   "birthYear": L(2017, BIRTH)}, "b64json")}),
        case(f, f"{a}/api/carpool", headers=_h(rng, **b), body={
            "from": L("Karlova", "location.coarse"), "seats": 2, "driver": L(HUSBAND[0], NAMEC),
            "driverPhone": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/festival/tickets", headers=_h(rng, **b), body={
            "tickets": 3, "total": L(36.0, BUY), "email": L(EMAIL, MAIL)}),
    ]


def tantsutuba() -> list[Case]:
    return [*_tantsutuba_core(), *_tantsutuba_more()]
