"""Ten-day silent meditation course app "Maunvas" (a residential centre near Igatpuri: she applies
for a February course, her phone is deposited at check-in, then she logs her daily sittings; its
API's keys are Marathi in Latin letters: ``sadhak`` meditator (applicant), ``arj`` application,
``shibir`` course, ``kendra`` centre, ``purvanubhav`` previous experience, ``dharma`` religion,
``manasik_arogya`` mental health, ``sharirik_arogya`` physical health, ``aushadhe`` medicines,
``garbhavati`` pregnant, ``vyasan`` habits (``dhumrapan`` smoking, ``madya`` alcohol), ``olakh``
identity proof, ``sthiti`` status, ``pushti`` confirmation, ``vahatuk`` transport, ``aagman``
arrival, ``dainandin`` daily practice, ``minite`` minutes, ``samuh_sadhana`` group sitting,
``seva`` service, ``daan`` donation, ``pavti_nav`` name on the receipt, plus the set's
``pahila_nav``, ``kulnav``, ``ipatra``, ``bhramandhvani``, ``parvalicha_shabd``, ``janmadinank``,
``stri_purush``, ``ghar_patta`` keys): registration, a form log-in, ``/mi``, courses, the
application (gzip: her religion, anxiety and medicine), her PAN card's photo, the status, the
confirmation, the station pick-up, the check-in with her fix and the phone deposit, the practice
log (protobuf), feedback, a donation with her PAN, a doctor's letter (PDF), a service application,
group sittings near her flat, a message, the receipt by cookie, push, events and a log-out. New: a
docstring grep for "vipassana" and "meditation course" matched nothing; "meditation" matched set
31's breathing app (docstring read) and a set-7 module not opened."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families175_kit import (
    CENTRE,
    CENTRE_FIX,
    HUSBAND,
    PAN,
    PUNE_HOME,
    PUNE_HOME_AT,
    SADHAK,
    UPI_ID,
    fix,
    hd,
    obj,
    push,
)
from eval_families175_sdk import gv_batch, gv_identify, ss_launch, tl_session
from eval_families175_svc import dr_route, pw_check, pw_save, rp_upi, sp_register, sy_attach
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("maunvas", "Maunvas", "com.example.maunvas", "1.9.2", "https://api.maunvas.example.org")
IID = "X-Maunvas-Device"
PW = "Shanti*Igatpuri10"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def maunvas() -> list[Case]:
    rng = random.Random(17531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sadhak=L(SADHAK, UID), ipatra=L(EMAIL, MAIL)))}
    cla, clo = fix(CENTRE_FIX, 5)
    shibir = "sh_2026_02_04"
    lab: dict[str, str] = {}
    log = pb([(1, L(SADHAK, UID)), (2, "2026-02-20"),
              (3, [(1, L(60, FIT)), (2, L(45, FIT))]), (4, "1.9.2")], "", lab)
    return [
        case(f, f"{a}/api/v3/sadhak", headers=_h(rng), body={
            "pahila_nav": L(FIRST, NAMEC), "kulnav": L(LAST, NAMEC), "ipatra": L(EMAIL, MAIL),
            "bhramandhvani": L(E164, TEL), "parvalicha_shabd": L(PW, CRED),
            "janmadinank": L(DOB, BIRTH), "stri_purush": L("stri", GENDER),
            "sadhak": L(SADHAK, UID)}),
        case(f, f"{a}/api/v3/pravesh", fmt="form", headers=_h(rng), body={
            "ipatra": L(EMAIL_UPPER, MAIL), "parvalicha_shabd": L(PW, CRED)}),
        case(f, f"{a}/api/v3/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/shibire", headers=_h(rng, **b), query={
            "kendra": CENTRE["id"], "mahina": "2026-02", "bhasha": "english"}),
        case(f, f"{a}/api/v3/arj", gz=True, headers=_h(rng, **b), body={
            "shibir": shibir, "sadhak": L(SADHAK, UID), "purvanubhav": "pahila shibir",
            "dharma": L("Christian (Methodist)", SENS),
            "manasik_arogya": L("anxiety; 2023 madhye samupdeshan", MED),
            "aushadhe": [L("sertraline 50 mg", MED)],
            "sharirik_arogya": L("kambardukhi, jaminivar basta yet nahi", MED),
            "garbhavati": L(False, MED), "vyasan": {"dhumrapan": L(False, MED),
                                                    "madya": L("kadhi kadhi", MED)},
            "ghar_patta": {"ghar_kramank": L(PUNE_HOME["flat"], ADDR),
                           "rasta": L(PUNE_HOME["road"], ADDR),
                           "nagar": L(PUNE_HOME["town"], COARSE),
                           "pin_sanket": L(PUNE_HOME["pin"], COARSE)},
            "aapatkalin_sampark": {"nav": L(HUSBAND[0], NAMEC),
                                   "bhramandhvani": L(HUSBAND[1], TEL)},
            "aahar": "shakahari"}),
        multipart(f, f"{a}/api/v3/arj/olakh", [
            ("scan", "pan.jpg", "image/jpeg", L(JPEG + b"\x7a", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"olakh_prakar": "PAN", "olakh_kr": L(PAN, NID),
                                                "sadhak": L(SADHAK, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/arj/sthiti", headers=_h(rng, **b), query={
            "sadhak": L(SADHAK, UID), "shibir": shibir}),
        case(f, f"{a}/api/v3/pushti", fmt="form", headers=_h(rng, **b), body={
            "sadhak": L(SADHAK, UID), "shibir": shibir, "yenar": "ho"}),
        case(f, f"{a}/api/v3/vahatuk", headers=_h(rng, **b), body={
            "sadhak": L(SADHAK, UID), "dinank": "2026-02-04", "gadi": "12137",
            "station": "Igatpuri", "vel": "13:20", "sobat": 0}),
        case(f, f"{a}/api/v3/aagman", headers=_h(rng, **b), body={
            "sadhak": L(SADHAK, UID), "sthan": {"lat": cla, "lng": clo},
            "kendra": {"lat": CENTRE["lat"], "lng": CENTRE["lon"]},
            "phone_jama_kr": "J-118", "kholi": "W-B-07"}),
        case(f, f"{a}/api/v3/dainandin", headers=_h(rng, **b), query={
            "sadhak": L(SADHAK, UID), "aathavda": "2026-W08"}),
        raw(f, f"{a}/api/v3/dainandin/nond", log, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/abhipray", headers=_h(rng, **b), body={
            "shibir": shibir, "gun": 5,
            "abhipray": L("Sahavya divshi chinta khup vadhli hoti, pan acharyanshi bolun shant "
                          "zale", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/daan", fmt="form", headers=_h(rng, **b), body={
            "daan": L("5000", BUY), "pavti_nav": L(f"{FIRST} {LAST}", NAMEC),
            "pan_ank": L(PAN, NID), "upi_id": L(UPI_ID, PAY), "shibir": shibir}),
        multipart(f, f"{a}/api/v3/arj/doctor_patra", [
            ("patra", "doctor_letter.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"sadhak": L(SADHAK, UID),
                                                "vishay": L("sertraline chalu theva", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/seva", headers=_h(rng, **b), body={
            "sadhak": L(SADHAK, UID), "shibir": "sh_2026_05_13", "kaushalya": "swayampak",
            "dinank": "2026-05-12"}),
        case(f, f"{a}/api/v3/samuh_sadhana", headers=_h(rng, **b), query={
            "lat": L(f"{PUNE_HOME_AT[0]:.3f}", PRECISE),
            "lng": L(f"{PUNE_HOME_AT[1]:.3f}", PRECISE), "antar_km": "10"}),
        case(f, f"{a}/api/v3/samuh_sadhana/nondani", fmt="form", headers=_h(rng, **b), body={
            "gat": "sg_aundh_sun", "sadhak": L(SADHAK, UID), "dinank": "2026-03-01"}),
        case(f, f"{a}/api/v3/sandesh", headers=_h(rng, **b), body={
            "prati": "vyavasthapak", "vishay": "aushadhe",
            "sandesh": L("Mala roj sakali sertraline ghyavi lagte, ti jama karavi ka?",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/pavti", headers=_h(rng, how="none"), cookies={
            "mv_sesh": L(opaque(rng, "", 40), CRED), "mv_device": L(INSTALL_ID, DID),
            "mv_req": rid(rng)}),
        case(f, f"{a}/api/v3/upkaran", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/ghatana", headers=_h(rng, **b), body={
            "vaparkarta": L(USER_ID, UID), "satr": obj(rng, "st"), "ghatana": [
                ev("application_sent", 1), ev("screen", 2, screen=L("Dainandin", USAGE))]}),
        case(f, f"{a}/api/v3/baher", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def maunvas_sdks() -> list[Case]:
    rng = random.Random(17532)
    return [
        gv_batch(APP, rng, [("Application Sent", {"course": "10-day"}),
                            ("Sitting Logged", {"minutes": L(60, FIT)})]),
        gv_identify(APP, rng, {"kendra": CENTRE["id"], "courses": 1,
                               "nagar": L("Pune", COARSE)}),
        ss_launch(APP, rng, first=True),
        tl_session(APP, rng, secs=640),
        pw_check(APP, rng, {"analytics": True, "research": False}),
        pw_save(APP, rng, {"analytics": True, "marketing": False}),
        sp_register(APP, rng, tags={"kendra": CENTRE["id"]}),
        dr_route(APP, rng, [(PUNE_HOME_AT, PRECISE), ((CENTRE["lat"], CENTRE["lon"]), None)]),
        rp_upi(APP, rng, "5000", L(UPI_ID, PAY)),
        sy_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "prescription.pdf", "application/pdf"),
    ]


__all__ = ["APP", "maunvas", "maunvas_sdks"]
