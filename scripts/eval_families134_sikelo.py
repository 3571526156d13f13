"""An under-five clinic's growth and immunisation app "Sikelo" (sikelo: the weighing scale) at a
Lilongwe health centre, for her son Taonga (three; camelCase API; the user is the caregiver, the
child a data subject). Not the day-care, creche and early-childhood-centre apps of sets 96, 104
and 108: it is the health centre's under-five clinic, where the child is weighed on a Bluetooth
scale (protobuf), measured (height, MUAC), immunised and given vitamin A and deworming, and
where a fever is tested for malaria; his health-passport pages are photographed. Calls: the
caregiver's sign-up, a log-in, ``/me`` with a JWT naming the child's card, the child added
(his father named), growth by his card number in the path, his immunisations by card number in
the path, doses recorded, a passport page photo, an appointment for a fever, the clinic
check-in, a malaria test, vitamin A and deworming (msgpack), a bed-net voucher, a message to
the nurse, clinics near her, reminders by SMS, the card by a cookie GET, sharing with the
father, milestones, the growth chart by card number in the query, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
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
from eval_families24_kit import claims
from eval_families134_kit import (
    CLINIC,
    CLINIC_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    SCALE,
    SON,
    fix,
    hd,
    push,
)
from eval_families134_sdk import (
    ac_launch,
    ck_crash,
    ck_crumb,
    ck_session,
    sm_batch,
    sm_queue,
)
from eval_families134_svc import cz_check, fm_eval, hc_attach, mk_geocode, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sikelo", "Sikelo", "com.example.sikelo", "3.0.1", "https://api.sikelo.example.org")
IID = "X-Sikelo-Install"
PW = "Taonga&Scale22"
FIT = "health.fitness"
CHILD = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "upper", **kw})


def sikelo() -> list[Case]:
    rng = random.Random(13421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    u5 = SON["u5"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), children=[L(u5, MED)]))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    weigh = pb([(1, L(u5, MED)), (2, SCALE["serial"]), (3, 1765353600), (4, L(14.2, FIT)),
                (5, [(1, L(95.5, FIT)), (2, L(14.8, MED))]), (6, SCALE["fw"])], "", lab)
    growth = at_path(case(f, f"{a}/api/children/{u5}/growth", headers=_h(rng, **b), body={
        "weightKg": L(14.2, FIT), "heightCm": L(95.5, FIT), "muacCm": L(14.8, MED),
        "weightForAgeZ": L(-0.4, MED), "oedema": L(False, MED), "measuredAt": "2025-12-10",
        "clinic": CLINIC["id"]}), u5, MED)
    imms = at_path(case(f, f"{a}/api/children/{u5}/immunisations", headers=_h(rng, **b)),
                   u5, MED)
    return [
        case(f, f"{a}/api/caregivers", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relation": "mother",
            "address": L(HOME["line"], ADDR), "area": L(HOME["area"], COARSE),
            "language": L("en", DEV)}),
        case(f, f"{a}/api/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": True}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/children", headers=_h(rng, **b), body={
            "firstName": L(SON["first"], NAMEC), "lastName": L(SON["last"], NAMEC),
            "dateOfBirth": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER),
            "underFiveCard": L(u5, MED), "birthWeightKg": L(3.1, FIT),
            "placeOfBirth": L("Lilongwe", COARSE), "father": L(HUSBAND[0], NAMEC),
            "clinic": CLINIC["id"]}),
        growth,
        imms,
        case(f, f"{a}/api/immunisations", headers=_h(rng, **b), body={
            "child": L(u5, MED), "doses": [
                {"vaccine": L("Measles-Rubella 2", MED), "date": "2023-09-12",
                 "batch": "MR-23-1184"},
                {"vaccine": L("Pentavalent 3", MED), "date": "2022-06-15",
                 "batch": "PV-22-0771"}], "clinic": CLINIC["id"]}),
        multipart(f, f"{a}/api/children/{u5}/passport", [
            ("page", "passport_p4.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"page": 4, "child": L(u5, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/appointments", fmt="form", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": "2025-12-11T08:00+02:00",
            "reason": L("Taonga has had fever two days and is not eating",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/visits/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "at": {"lat": cla, "lon": clo},
            "clinicAt": {"lat": CLINIC["lat"], "lon": CLINIC["lon"]}, "queueNo": 37}),
        case(f, f"{a}/api/children/malaria-tests", headers=_h(rng, **b), body={
            "child": L(u5, MED), "fever": L(True, MED), "temperatureC": L(38.6, MED),
            "rdt": L("negative", MED), "treatment": L("paracetamol syrup", MED),
            "testedBy": "HSA", "clinic": CLINIC["id"]}),
        case(f, f"{a}/api/supplements", fmt="msgpack", headers=_h(rng, **b), body={
            "child": L(u5, MED), "vitaminA": L(True, MED), "albendazole": L(True, MED),
            "given": "2025-12-10", "round": "2025-R2"}),
        case(f, f"{a}/api/bednets/voucher", fmt="form", headers=_h(rng, **b), body={
            "area": L(HOME["area"], COARSE), "householdSize": "3",
            "voucher": "BNV-" + opaque(rng, "", 6)}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "nurse",
            "text": L("He coughs at night and his breathing is fast when he sleeps",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/clinics/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "service": "under5"}),
        case(f, f"{a}/api/reminders", headers=_h(rng, **b), body={
            "sms": L(E164, TEL), "items": [
                {"what": L("Vitamin A round", MED), "due": "2026-06-01"},
                {"what": L("Growth check", MED), "due": "2026-01-10"}]}),
        case(f, f"{a}/api/children/card", headers=_h(rng, how="none"), cookies={
            "sk_session": L(opaque(rng, "", 40), CRED), "sk_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/share", headers=_h(rng, **b), body={
            "with": {"name": L(HUSBAND[0], NAMEC),
                                          "phone": L(HUSBAND[1], TEL)}, "role": "father"}),
        case(f, f"{a}/api/milestones", headers=_h(rng, **b), body={
            "child": L(u5, MED), "ageMonths": L(45, BIRTH), "answers": {
                "jumpsBothFeet": L(True, MED), "speaksSentences": L(True, MED),
                "drawsCircle": L(False, MED)}}),
        case(f, f"{a}/api/growth/chart", headers=_h(rng, **b), query={
            "child": L(u5, MED), "metric": "wfa", "sex": L("m", GENDER)}),
        raw(f, f"{a}/api/scale/sync", weigh, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("child_weighed", 1), ev("dose_recorded", 2, n=2),
                ev("screen", 3, view=L("GrowthChart", USAGE))]}),
    ]


def sikelo_sdks() -> list[Case]:
    rng = random.Random(13422)
    return [
        sm_batch(APP, rng, [("Child Weighed", {"clinic": CLINIC["id"]}),
                            ("Reminder Set", {"kind": "vitamin_a"})]),
        sm_queue(APP, rng, [("Growth Entered", {"clinic": CLINIC["id"]}),
                            ("Card Photo", {"page": 4}), ("Screen", {"name": "Immunisations"})]),
        ac_launch(APP, rng, first=True),
        ck_crash(APP, rng, ("java.lang.NullPointerException", "scale reading was null"),
                 [ck_crumb("nav", "Child -> Weigh"), ck_crumb("log", "ble disconnected")],
                 screen="WeighActivity"),
        ck_session(APP, rng, secs=517),
        fm_eval(APP, rng, {"clinic": CLINIC["id"], "program": "under5"}, hdr=True),
        pn_register(APP, rng, tags={"clinic": CLINIC["id"], "childAgeBand": L("36-48m", BIRTH)}),
        cz_check(APP, rng, {"analytics": True, "research": False}),
        mk_geocode(APP, rng, "Mthunzi Health Centre", "behavior.search", near=HOME_AT, nd=3),
        hc_attach(APP, rng, L(JPEG + b"\x63", f"{MEDIA}|{MED}"), "rash_arm.jpg", "image/jpeg"),
    ]
