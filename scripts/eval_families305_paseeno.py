"""A Jodhpur skin clinic's hyperhidrosis programme "Sukhohath" ("dry hand"; her own health data:
her palms and soles sweat heavily, worse in the Marwar summer; tap-water iontophoresis at home with a
rented unit, tablets, and underarm injections at the clinic). Its API's keys are Marwari in ASCII
with English loans: ``poro_naanv`` full name, ``fon`` phone, ``gupt_sabad`` password,
``janam_din`` birth date, ``umar`` age, ``ling`` sex (``lugai`` woman), ``thikano`` address,
``sahar`` town, ``marij_nambar`` patient number, ``mandgi`` illness, ``okhad`` medicine,
``paseeno`` sweat, ``hatheli`` palm, ``pag_ra_taliya`` soles, ``kaankh`` underarm, ``tol``
weight, ``ilaj`` treatment, ``milni`` appointment, ``rakam`` amount, ``chukaro`` payment,
``photu`` photo, ``sandeso`` message, ``daktar`` doctor, ``bhadu`` rent, ``kiraye_ri_masheen``
the rented unit: sign-up, an OTP log-in, ``/mharo``, the intake questionnaire (gzip), starch-iodine
test photos, the unit rented and its deposit, a protobuf session record, a sweat diary (msgpack),
an appointment for underarm injections, her check-in, a payment, prescriptions, a pharmacy order,
a message to her doctor, a video consult, her report shared with her husband, the invoice by
patient number in the path, a heat-alert subscription, the saved address, push and events."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families305_kit import (
    CLINIC,
    CLINIC_FIX,
    DEVICE_SN,
    DOCTOR,
    HOME,
    HOME_AT,
    HUSBAND,
    PATIENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families305_sdk import ck_session, kj_launch, mo_batch, mo_queue
from eval_families305_svc import cr_check, fg_eval, hj_attach, mh_geocode, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sukhohath", "Sukhohath", "com.example.sukhohath", "1.9.0",
          "https://api.sukhohath.example.in")
IID = "X-SH-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
PW = "Hatheli$Sukhi2025"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def sukhohath() -> list[Case]:
    rng = random.Random(30521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), marij=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    sess = pb([(1, L(PATIENT, MED)), (2, DEVICE_SN), (3, 1756700000),
               (4, [(1, L(15, MED)), (2, L(20, MED)), (3, L("hatheli", MED))]),
               (5, "fw 2.3.1")], "", lab)
    inv = at_path(case(f, f"{a}/api/marij/{PATIENT}/bill", headers=_h(rng, **b)), PATIENT, MED)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "poro_naanv": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "fon": L(E164, TEL), "gupt_sabad": L(PW, CRED), "janam_din": L(DOB, BIRTH),
            "ling": L("lugai", GENDER), "thikano": L(HOME["line"], ADDR),
            "sahar": L(HOME["town"], COARSE), "kathu_suniyo": "daktar ri salah"}),
        case(f, f"{a}/api/otp/verify", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "otp": L("507318", CRED)}),
        case(f, f"{a}/api/mharo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/jaankari", gz=True, headers=_h(rng, **b), body={
            "marij_nambar": L(PATIENT, MED), "mandgi": L("primary hyperhidrosis", MED),
            "paseeno": {"hatheli": L(4, MED), "pag_ra_taliya": L(3, MED), "kaankh": L(3, MED)},
            "hdss": L(3, MED), "kad_su": L("12 baras ri umar su", MED),
            "thyroid": L("hypothyroid, goli chalu", MED),
            "okhad": [L("levothyroxine 50 mcg", MED)], "alarjee": [L("sulfa", MED)],
            "tol": L(58, FIT), "lambai_cm": L(163, FIT)}),
        multipart(f, f"{a}/api/jaanch/photu", [
            ("photu", "starch_iodine_hatheli.jpg", "image/jpeg",
             L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"marij_nambar": L(PATIENT, MED),
                                                "jaanch": L("starch-iodine", MED),
                                                "jagah": L("dono hatheli", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/masheen/kiraye", headers=_h(rng, **b), body={
            "marij_nambar": L(PATIENT, MED), "masheen": DEVICE_SN, "mahina": 3,
            "bhadu": L(1500, BUY), "jamanat": L(5000, BUY), "rakam": L(6500, BUY),
            "bhejno_thikano": L(HOME["line"], ADDR)}),
        raw(f, f"{a}/api/masheen/sesan", sess, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/diary", fmt="msgpack", headers=_h(rng, **b), body={
            "marij_nambar": L(PATIENT, MED), "din": "2025-09-04",
            "paseeno_hatheli": L(2, MED), "garmi_c": 39.5,
            "tipni": L("Aaj pen pakadni sori, sesan ke baad hatheli sukhi", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/milni", headers=_h(rng, **b), body={
            "marij_nambar": L(PATIENT, MED), "ilaj": L("botulinum kaankh", MED),
            "bakhat": "2025-09-18T11:00", "kursi": "ch_02", "daktar": "dr_mr_01"}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "milni": obj(rng, "ml"), "jagah": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/api/chukaro", fmt="form", headers=_h(rng, **b), body={
            "rakam": L("8400", BUY), "mudra": "INR", "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "marij_nambar": L(PATIENT, MED)}),
        case(f, f"{a}/api/parchi", headers=_h(rng, **b), query={
            "marij_nambar": L(PATIENT, MED), "chalu": "true"}),
        case(f, f"{a}/api/dawakhano/order", headers=_h(rng, **b), body={
            "okhad": [{"naanv": L("glycopyrrolate 1 mg", MED), "matra": 30},
                      {"naanv": L("aluminium chloride 20% lotion", MED), "matra": 1}],
            "thikano": L(HOME["line"], ADDR), "pin": L(HOME["pin"], COARSE),
            "rakam": L(640, BUY)}),
        case(f, f"{a}/api/sandeso", headers=_h(rng, **b), body={
            "kane": {"naanv": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "sandeso": L("Goli su mundo sukho rahe ar aankhya dhundhli lage, kai karun?",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/video/kamro", headers=_h(rng, **b), body={
            "milni": obj(rng, "ml"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/share", headers=_h(rng, **b), body={
            "marij_nambar": L(PATIENT, MED),
            "kane": {"naanv": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL)},
            "kai": ["milni", "bill"]}),
        inv,
        case(f, f"{a}/api/garmi/alert", fmt="form", headers=_h(rng, **b), body={
            "sahar": L("Jodhpur", COARSE), "seema_c": "40", "bakhat": "07:00"}),
        case(f, f"{a}/api/profile/thikano", headers=_h(rng, **b), body={
            "line": L(HOME["line"], ADDR), "sahar": L(HOME["town"], COARSE),
            "jillo": L(HOME["district"], COARSE), "pin": L(HOME["pin"], COARSE)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sesan": rid(rng), "events": [
                ev("diary_saved", 1), ev("screen", 2, screen=L("SweatDiary", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def sukhohath_sdks() -> list[Case]:
    rng = random.Random(30522)
    return [
        mo_batch(APP, rng, [("Device Rented", {"months": 3}),
                            ("Session Logged", {"minutes": L(20, MED)})]),
        mo_queue(APP, rng, [("Diary Entry", {"hdss": L(2, MED)}),
                            ("Photo Uploaded", {"kind": "starch-iodine"})]),
        kj_launch(APP, rng, first=True, user=True),
        ck_session(APP, rng, secs=388),
        fg_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("hyperhidrosis", MED)}, hdr=True),
        pk_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cr_check(APP, rng, {"analytics": True, "research": False}),
        mh_geocode(APP, rng, "Ratanada skin clinic", "behavior.search", near=HOME_AT, nd=2),
        hj_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "sweat_test_report.pdf", "application/pdf"),
    ]
