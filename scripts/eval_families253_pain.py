"""A pain-management and hydrotherapy clinic's patient app "Aashagh" (``aashagh`` at ease; the
Douglas unit follows her fibromyalgia; its API's keys are Manx Gaelic in camelCase, ASCII-folded,
mixed with the English words its vendor kept: ``ennymBashtee`` first name, ``sloinney``
surname, ``postL`` e-mail, ``chellvane`` phone, ``laaRuggyree`` birth date,
``earrooArreyAshoonagh`` national insurance number, ``ferLhee`` doctor, ``oyr`` reason,
``earrooPatient`` patient number, ``coad`` code, ``pian`` pain, ``skeeys`` fatigue, ``cadley``
sleep, ``imnea`` worry, ``lheeys`` medicines, ``ardjyn`` body regions, ``cooney`` help,
``kesmadyn`` steps, ``bwoalleyCree`` heart rate, ``chaghteraght`` message, ``gys`` to,
``ennym`` name, ``sym`` amount, ``shirrey`` search, ``obbyr`` work, ``raa`` remark, ``laa`` day):
sign-up with the GP's referral, an SMS code, ``/mee``, the symptom questionnaire (gzip), a pain
map (PNG), hydrotherapy slots and a booking, a check-in at the clinic, a protobuf flare diary,
steps and heart rate from her band (msgpack), a message to her physiotherapist, prescriptions
and a repeat, a video room, sharing with her husband, her letters by patient number in the path,
a pacing plan, a private session's payment, a search of the leaflets, push, events and the next
appointment by cookie. Earlier pain diaries belong to a lupus app (a flare and medication
diary) and many clinics; no file name or docstring matched "hydrotherapy", "pain clinic",
"chronic pain" or "fibromyalgia"."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families253_kit import (
    CLINIC,
    CLINIC_FIX,
    GP,
    HOME_AT,
    HUSBAND,
    NI_NUMBER,
    PATIENT,
    PHYSIO,
    fix,
    hd,
    obj,
    push,
)
from eval_families253_sdk import cc_session, co_batch, co_queue, tv_launch
from eval_families253_svc import (
    cx_check,
    ep_card,
    ep_confirm,
    fs_eval,
    hm_attach,
    mb_geocode,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("aashagh", "Aashagh", "com.example.aashagh", "3.4.0", "https://api.aashagh.example.net")
IID = "X-Aashagh-Install"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(13, 61))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def aashagh() -> list[Case]:
    rng = random.Random(25311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, postL=L(EMAIL, MAIL), earrooPatient=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1769990400),
                (3, [(1, L(8, MED)), (2, L(7, MED)),
                     (3, L("Flare after a long day at the post, hands and hips",
                           f"{TEXT}|{MED}"))]),
                (4, "3.4.0")], "", lab)
    letters = at_path(case(f, f"{a}/v2/patients/{PATIENT}/letters", headers=_h(rng, **b)),
                      PATIENT, MED)
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "ennymBashtee": L(FIRST, NAMEC), "sloinney": L(LAST, NAMEC), "postL": L(EMAIL, MAIL),
            "chellvane": L(E164, TEL), "laaRuggyree": L(DOB, BIRTH), "sex": L("F", GENDER),
            "earrooArreyAshoonagh": L(NI_NUMBER, NID), "ferLhee": L(GP, NAMEC),
            "oyr": L("fibromyalgia, widespread pain and fatigue since 2023", MED),
            "earrooPatient": L(PATIENT, MED), "chengey": "en"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "chellvane": L(E164, TEL), "coad": L("551902", CRED)}),
        case(f, f"{a}/v2/mee", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/questionnaire", gz=True, headers=_h(rng, **b), body={
            "earrooPatient": L(PATIENT, MED), "laa": "2026-02-02", "form": "FIQR",
            "pian": L(7, MED), "skeeys": L(8, MED), "cadley": L(4.5, MED), "imnea": L(5, MED),
            "stiffness": L(6, MED),
            "lheeys": [L("pregabalin 75 mg", MED), L("amitriptyline 10 mg", MED)]}),
        multipart(f, f"{a}/v2/pain-map", [
            ("drawing", "painmap.png", "image/png", L(PNG, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "earrooPatient": L(PATIENT, MED),
                "ardjyn": [L("neck", MED), L("lower back", MED), L("both hips", MED)]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/hydro/slots", headers=_h(rng, **b), query={
            "pool": CLINIC["pool"], "shiaghtin": "2026-W06"}),
        case(f, f"{a}/v2/hydro/bookings", headers=_h(rng, **b), body={
            "slot": obj(rng, "hs"), "earrooPatient": L(PATIENT, MED),
            "kind": L("hydrotherapy, fibromyalgia group", MED),
            "cooney": L("needs the hoist into the pool", MED), "pool": CLINIC["pool"]}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "at": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/band/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "earrooPatient": L(PATIENT, MED), "laa": "2026-02-03",
            "kesmadyn": L(4210, FIT), "bwoalleyCree": L(78, FIT), "cadley_min": L(262, FIT),
            "band": "bd_7713", "firmware": "2.8.1"}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "gys": {"ennym": L(PHYSIO[0], NAMEC), "postL": L(PHYSIO[1], MAIL)},
            "chaghteraght": L("The warm pool helped my hips, but my hands were worse the next "
                              "morning", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/prescriptions", headers=_h(rng, **b), query={
            "earrooPatient": L(PATIENT, MED), "active": "true"}),
        case(f, f"{a}/v2/prescriptions/repeat", fmt="form", headers=_h(rng, **b), body={
            "earrooPatient": L(PATIENT, MED), "lheeys": L("pregabalin 75 mg", MED),
            "pharmacy": "ph_ramsey_sq", "collect": "2026-02-06"}),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "earrooPatient": L(PATIENT, MED),
            "with": {"ennym": L(HUSBAND[0], NAMEC), "chellvane": L(HUSBAND[1], TEL)},
            "scope": ["appointments", "pacing"]}),
        letters,
        case(f, f"{a}/v2/pacing-plan", headers=_h(rng, **b), body={
            "earrooPatient": L(PATIENT, MED), "obbyr": "3x4h",
            "raa": L("Keep the marshalling shifts to four hours, with a stool, and rest the "
                     "day after", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "sym": L("45.00", BUY), "currency": "GBP", "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY),
            "session": L("private physio, 45 min", f"{BUY}|{MED}")}),
        case(f, f"{a}/v2/leaflets/search", headers=_h(rng, **b), query={
            "shirrey": L("pacing fatigue flare cold weather", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("diary_saved", 1), ev("screen", 2, screen=L("PainMap", USAGE))]}),
        case(f, f"{a}/v2/appointments/next", headers=_h(rng, how="none"), cookies={
            "ah_sid": L(opaque(rng, "", 40), CRED), "ah_dev": L(INSTALL_ID, DID)}),
    ]


def aashagh_sdks() -> list[Case]:
    rng = random.Random(25312)
    return [
        co_batch(APP, rng, [("Diary Saved", {"pain": L(8, MED)}),
                            ("Hydro Booked", {"pool": CLINIC["pool"]})]),
        co_queue(APP, rng, [("Pain Logged", {"score": L(7, MED)}),
                            ("Steps Synced", {"steps": L(4210, FIT)})]),
        tv_launch(APP, rng, first=True, user=True),
        cc_session(APP, rng, secs=388),
        fs_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("fibromyalgia", MED)}, hdr=True),
        pk_register(APP, rng, tags={"clinic": CLINIC["id"], "group": L("hydro-fibro", MED)}),
        cx_check(APP, rng, {"analytics": True, "research": False}),
        mb_geocode(APP, rng, "Douglas Pain and Hydrotherapy Unit", SEARCH, near=HOME_AT, nd=2),
        hm_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "gp_letter.pdf", "application/pdf"),
        ep_card(APP, rng),
        ep_confirm(APP, rng, "45.00"),
    ]
