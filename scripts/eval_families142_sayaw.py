"""The daughter's Sinulog street-dance contingent app "Sayawkids" (a school-based children's
troupe that rehearses for the January parade; the user is the parent). New to the evaluation:
a grep of ``scripts/`` finds "dance" only in school timetables, music and fitness apps, none a
festival contingent. Isabel (9) is a data subject (sets 29, 35, 37). Calls: the parent's sign-up,
a log-in, ``/me`` with a JWT, enrolling Isabel (birth date, sex, learner number), her health
waiver (asthma, inhaler, allergy), costume measurements, the rehearsal schedule, a parent's
check-in at the court (her fix), the fee and its payment, a costume deposit (msgpack), the photo
consent, Isabel's ID photo, an authorised pick-up (her husband), an absence (fever), a message
to the trainer, the parade-day tracker (protobuf: her fix, the child's number), the roster by
dancer number in the path, announcements by a cookie GET, the emergency contact, push, events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families10_kit import PDF
from eval_families17_kit import (
    BIRTH,
    BUY,
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
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families142_kit import (
    DANCER,
    DAUGHTER,
    GYM,
    GYM_FIX,
    HOME,
    HUSBAND,
    SISTER_US,
    TRAINER,
    TROUPE_FEE,
    fix,
    hd,
    obj,
    push,
)
from eval_families142_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_queue,
    tn_launch,
    tn_link,
)
from eval_families142_svc import cl_card, cy_save, fn_eval, hs_attach, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("sayawkids", "Sayawkids", "com.example.sayawkids", "3.0.8",
          "https://api.sayawkids.example.com")
IID = "X-Sayaw-Install"
PW = "Tribu*Isabel2016"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PARADE_FIX = (10.311207, 123.893318)  # her phone on the parade route (hers: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, accept=False, **kw)


def sayawkids() -> list[Case]:
    rng = random.Random(14241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dancers=[L(DANCER, UID)]))}
    gla, glo = fix(GYM_FIX, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(DANCER, UID)), (2, "sinulog_2026_kids"),
               (3, [(1, L(PARADE_FIX[0], PRECISE)), (2, L(PARADE_FIX[1], PRECISE)),
                    (3, 14.0)]), (4, 1768700400), (5, L(41, DEV))], "", lab)
    roster = at_path(case(f, f"{a}/v1/dancers/{DANCER}/rehearsals", headers=_h(rng, **b),
                          query={"month": "2026-01"}), DANCER, UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relationship": "mother",
            "city": L(HOME["city"], COARSE)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/dancers", headers=_h(rng, **b), body={
            "firstName": L(DAUGHTER["first"], NAMEC), "lastName": L(DAUGHTER["last"], NAMEC),
            "birthDate": L(DAUGHTER["dob"], BIRTH), "sex": L(DAUGHTER["sex"], GENDER),
            "lrn": L(DAUGHTER["lrn"], UID), "gradeLevel": "4", "section": "Sampaguita",
            "dancerNo": L(DANCER, UID), "troupe": "tribu_lahug_kids"}),
        case(f, f"{a}/v1/dancers/health", headers=_h(rng, **b), body={
            "dancerNo": L(DANCER, UID), "asthma": L(True, MED),
            "inhaler": L("salbutamol, carries her own", MED), "allergies": L("shrimp", MED),
            "bloodType": L("O+", MED), "doctorCleared": L(True, MED),
            "notes": L("Needs a break every 20 minutes in the heat", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/costumes/measurements", headers=_h(rng, **b), body={
            "dancerNo": L(DANCER, UID), "heightCm": L(134, FIT), "waistCm": L(58, FIT),
            "shoeSize": L(33, FIT), "headdress": "small", "color": "gold"}),
        case(f, f"{a}/v1/rehearsals", headers=_h(rng, **b), query={
            "troupe": "tribu_lahug_kids", "from": "2026-01-05", "to": "2026-01-17"}),
        case(f, f"{a}/v1/rehearsals/checkin", headers=_h(rng, **b), body={
            "dancerNo": L(DANCER, UID), "rehearsal": obj(rng, "rh"),
            "parentAt": {"lat": gla, "lon": glo, "acc": 10},
            "courtAt": {"lat": GYM["lat"], "lon": GYM["lon"]}, "dropOff": True}),
        at_path(case(f, f"{a}/v1/fees/{TROUPE_FEE}", headers=_h(rng, **b)), TROUPE_FEE, BUY),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "invoice": L(TROUPE_FEE, BUY), "amount": L("2750.00", BUY), "currency": "PHP",
            "method": L(opaque(rng, "pm_", 24), PAY), "dancerNo": L(DANCER, UID)}),
        case(f, f"{a}/v1/costumes/deposit", fmt="msgpack", headers=_h(rng, **b), body={
            "dancerNo": L(DANCER, UID), "deposit": L(800, BUY), "items": ["headdress", "skirt"],
            "returnBy": "2026-01-25", "ref": obj(rng, "cd")}),
        case(f, f"{a}/v1/consents", fmt="form", headers=_h(rng, **b), body={
            "dancerNo": L(DANCER, UID), "photoConsent": "yes", "videoConsent": "yes",
            "socialMedia": "no", "signedBy": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/dancers/photo", [
            ("photo", "isabel.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"dancerNo": L(DANCER, UID), "crop": "id"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pickups", headers=_h(rng, **b), body={
            "dancerNo": L(DANCER, UID), "authorised": [
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                 "relation": "father"}], "pin": L("4417", CRED)}),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "dancerNo": L(DANCER, UID), "date": "2026-01-09",
            "reason": L(f"{DAUGHTER['first']} has a fever and a cough since last night",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": {"name": L(TRAINER[0], NAMEC), "email": L(TRAINER[1], MAIL)},
            "text": L("Coach, can Isabel stand at the back row? Her asthma acts up in front.",
                      f"{TEXT}|{MED}|{NAMEC}"), "client": rid(rng)}),
        raw(f, f"{a}/v1/parade/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        roster,
        case(f, f"{a}/v1/announcements", headers=_h(rng, how="none"), cookies={
            "sk_session": L(opaque(rng, "", 40), CRED), "sk_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/emergency", headers=_h(rng, **b), body={
            "dancerNo": L(DANCER, UID), "contacts": [
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
                {"name": L(SISTER_US[0], NAMEC), "phone": L(SISTER_US[1], TEL)}]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rehearsal_checkin", 1), ev("fee_paid", 2),
                ev("screen", 3, screen=L("ParadeMap", USAGE))]}),
    ]


def sayawkids_sdks() -> list[Case]:
    rng = random.Random(14242)
    return [
        mc_batch(APP, rng, [("Dancer Enrolled", {"grade": "4"}), ("Fee Paid", {})],
                 at=GYM_FIX, nd=2),
        mc_queue(APP, rng, [("Parade Map Opened", {}), ("Dancer Located", {"pos": 14})]),
        tn_launch(APP, rng, user=True, n=12),
        tn_link(APP, rng, U("https://sayawkids.example.com/join", {
            "troupe": "tribu_lahug_kids", "d": L(DANCER, UID), "utm_source": "sms"})),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap too large"),
                 [cd_crumb("nav", "Dancer -> Photo")],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                 screen="DancerPhotoActivity"),
        cd_session(APP, rng, secs=512),
        pt_register(APP, rng, tags={"troupe": "tribu_lahug_kids", "grade": "4"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "medical_clearance.pdf",
                  "application/pdf"),
        fn_eval(APP, rng, {"troupe": "tribu_lahug_kids"}, hdr=True),
    ]
