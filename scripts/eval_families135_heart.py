"""A children's rheumatic-heart-disease programme's app "Mafumoui" (mafu "heart", mo'ui "life"):
their son Viliami (10) has rheumatic heart disease and must have a benzathine-penicillin injection
every four weeks at a Nuku'alofa heart clinic; the user is the mother, the health data are the
child's. New to the evaluation (no earlier set names rheumatic fever or secondary prophylaxis).
Calls: the caregiver's sign-up, a password grant, ``/me`` (a ``patients`` claim), linking the child,
his injection schedule by patient number in the path, an injection recorded, a growth record by
patient number in the path (weight for the dose), the nurse's card sync (protobuf, a nested dose),
an echo appointment, results by record number, the echo report (PDF and JSON), symptoms, a message
to the nurse, sharing with the nurse, a dental check, adherence (msgpack), reminders, a clinic
check-in, the care plan by a cookie GET, a video consult, a school letter, push and events."""

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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families24_kit import claims
from eval_families135_kit import (
    CLINIC,
    CLINIC_FIX,
    HOME,
    HOME_AT,
    NURSE,
    SCHOOL,
    SON,
    TZ,
    fix,
    hd,
    obj,
    push,
)
from eval_families135_sdk import af_launch, ct_crash, ct_crumb, ct_session, mk_batch
from eval_families135_svc import ch_check, ft_eval, hn_attach, mt_geocode, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mafumoui", "Mafumoui", "com.example.mafumoui", "1.7.0",
          "https://api.mafumoui.example.org")
IID = "X-Mafu-Install"
PW = "Vili@Heart2015"
PNO = SON["patient"]
KID = f"{SON['first']} {SON['last']}"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(56))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "nodash", **kw})


def mafumoui() -> list[Case]:
    rng = random.Random(13531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patients=[L(PNO, MED)]))}
    lab: dict[str, str] = {}
    card = pb([(1, L(PNO, MED)), (2, 1765330200),
               (3, [(1, L("BPG 1.2 MU", MED)), (2, "LOT-BX2291"), (3, L("left thigh", MED))]),
               (4, CLINIC["id"]), (5, L(58, DEV))], "", lab)
    sched = at_path(case(f, f"{a}/v1/patients/{PNO}/schedule", headers=_h(rng, **b)), PNO, MED)
    cla, clo = fix(CLINIC_FIX, 5)
    return [
        case(f, f"{a}/v1/caregivers", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relationship": "mother",
            "address": {"line": L(HOME["line"], ADDR), "village": L(HOME["area"], COARSE)}}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "mafumoui-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/patients/link", headers=_h(rng, **b), body={
            "patientNumber": L(PNO, MED), "firstName": L(SON["first"], NAMEC),
            "lastName": L(SON["last"], NAMEC), "dob": L(SON["dob"], BIRTH),
            "sex": L("M", GENDER), "diagnosis": L("RHD, mild mitral regurgitation", MED),
            "diagnosed": L("2024-06", MED), "clinic": CLINIC["id"]}),
        sched,
        at_path(case(f, f"{a}/v1/patients/{PNO}/growth", headers=_h(rng, **b), body={
            "date": "2025-12-09", "weightKg": L(31.4, FIT), "heightCm": L(139, FIT),
            "doseBand": "1.2 MU (>= 20 kg)"}), PNO, MED),
        case(f, f"{a}/v1/injections", headers=_h(rng, **b), body={
            "patient": L(PNO, MED), "drug": L("Benzathine penicillin G 1.2 MU", MED),
            "site": L("left thigh", MED), "date": "2025-12-09", "painScore": L(6, MED),
            "lidocaine": L(True, MED), "givenBy": "nrs_0142"}),
        raw(f, f"{a}/v1/injections/card-sync", card, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", fmt="form", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": "2026-01-06T08:30+13:00", "kind": "echo",
            "reason": L("Yearly echo for his heart valve", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/results", headers=_h(rng, **b), query={
            "mrn": L(PNO, MED), "type": "echo"}),
        multipart(f, f"{a}/v1/documents", [
            ("report", "echo_2025.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "type": "echocardiogram", "patient": L(PNO, MED),
                "summary": L("Mild MR, no stenosis, LV normal", MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/symptoms", headers=_h(rng, **b), body={
            "patient": L(PNO, MED), "soreThroat": L(True, MED), "feverC": L(38.2, MED),
            "jointPain": L(False, MED),
            "note": L("Viliami has had a sore throat since Sunday", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "nurse", "text": L("He cried a lot after the last injection, can we use the "
                                     "numbing cream?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "with": {"name": L(NURSE[0], NAMEC), "email": L(NURSE[1], MAIL)},
            "patient": L(PNO, MED), "include": ["injections", "echo"], "days": 90}),
        case(f, f"{a}/v1/dental", headers=_h(rng, **b), body={
            "patient": L(PNO, MED), "lastCheck": "2025-09-30", "cavities": L(2, MED),
            "referral": True}),
        case(f, f"{a}/v1/adherence", fmt="msgpack", headers=_h(rng, **b), body={
            "patient": L(PNO, MED), "months": [{"m": "2025-10", "given": True, "late": 0},
                                               {"m": "2025-11", "given": True, "late": 3}],
            "adherencePct": L(92, MED)}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "items": [{"what": L("Penicillin injection", MED), "every": "28d"},
                      {"what": L("Brush teeth twice", MED), "at": "19:30"}],
            "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "at": {"lat": cla, "lon": clo},
            "clinicAt": {"lat": CLINIC["lat"], "lon": CLINIC["lon"]},
            "patient": L(PNO, MED)}),
        case(f, f"{a}/v1/careplan", headers=_h(rng, how="none"), cookies={
            "mf_session": L(opaque(rng, "", 40), CRED), "mf_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/consults/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room"), "displayName": L(f"{FIRST} {LAST}", NAMEC),
            "joinToken": L(opaque(rng, "vt_", 40), CRED), "camera": "front"}),
        case(f, f"{a}/v1/letters/school", headers=_h(rng, **b), body={
            "school": SCHOOL["id"], "student": L(KID, NAMEC),
            "text": L("Viliami may join band but no heavy lifting or contact rugby",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("injection_logged", 1), ev("echo_viewed", 2),
                ev("screen", 3, screen=L("Schedule", USAGE))]}),
    ]


def mafumoui_sdks() -> list[Case]:
    rng = random.Random(13532)
    return [
        mk_batch(APP, rng, [("Injection Logged", {"program": L("rhd", MED)}),
                            ("Consult Joined", {})]),
        af_launch(APP, rng, user=True, n=11),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "echo pdf viewer"),
                 [ct_crumb("nav", "Schedule -> Documents"), ct_crumb("log", "pdf page 0")],
                 screen="DocumentActivity"),
        ct_session(APP, rng, secs=302),
        ft_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("rheumatic heart", MED)},
                hdr=True),
        pk_register(APP, rng, tags={"clinic": CLINIC["id"], "cycle": "28d"}),
        ch_check(APP, rng, {"analytics": True, "research": False}),
        mt_geocode(APP, rng, "Tofoa Children's Heart Clinic", SEARCH, near=HOME_AT, nd=3),
        hn_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "referral.pdf", "application/pdf"),
    ]
