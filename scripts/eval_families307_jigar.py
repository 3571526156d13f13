"""A fatty-liver clinic's patient app "Jigar Jatan" (``jigar`` liver, ``jatan`` care: a fictional
Devendra Nagar, Raipur clinic for non-alcoholic fatty liver disease; her own health data: a
grade-2 fatty liver found on an ultrasound, raised ALT, pre-diabetes, a FibroScan, a diet and
walking plan, vitamin E). Its API's keys are Chhattisgarhi in Latin letters with the medical
English a clinic keeps (``fibroscan``, ``ALT``, ``HbA1c``, ``uhid``): ``marij`` patient,
``naanv`` first name, ``upnaanv`` surname, ``mobail`` mobile, ``janam_tithi`` birth date,
``ling`` sex, ``bemari`` illness, ``dawai`` medicine, ``jaanch`` test, ``wajan`` weight,
``lambai`` height, ``kamar`` waist, ``daaru`` alcohol, ``jevan`` meal, ``rengai`` walking,
``kadam`` steps, ``sandesa`` message, ``chukara`` payment, ``rakam`` amount, ``bera`` time,
``jagha`` place, ``gosaiyan`` husband, ``bima`` insurance: sign-up with her OCI card, an SMS
code, ``/mor``, the history (gzip), the ultrasound report (PDF), FibroScan slots, the booking,
its payment by UPI, the check-in, a protobuf daily log, a msgpack meal diary, results by record
number in the query, a message to the doctor, medicine reminders, an offline walk log (JSON
Lines), a video consult, sharing with her husband, the bill by record number in the path, a
cashless insurance claim, feedback, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    E164,
    GENDER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families307_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HUSBAND,
    OCI,
    RP_HOME_AT,
    UHID,
    UPI_VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families307_sdk import bf_bid, cd_session, mc_batch, mc_queue, tn_launch
from eval_families307_svc import cl_wallet, cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("jigarjatan", "Jigar Jatan", "com.example.jigarjatan", "2.4.0",
          "https://api.jigarjatan.example.net")
IID = "X-JJ-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
WALK = [(21.245512, 81.667230), (21.246081, 81.668015), (21.246702, 81.668893)]  # her walk


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def jigar() -> list[Case]:
    rng = random.Random(30721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mobail=L(E164, TEL), uhid=L(UHID, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    log = pb([(1, L(UHID, MED)), (2, 1771286400),
              (3, [(1, L(8412, FIT)), (2, L(73.2, FIT)), (3, L(91.0, FIT))]),
              (4, [(1, L("vitamin E 400 IU", MED)), (2, L(True, MED))]), (5, "2.4.0")], "", lab)
    bill = at_path(case(f, f"{a}/v2/marij/{UHID}/bill", headers=_h(rng, **b)), UHID, MED)
    return [
        case(f, f"{a}/v2/marij", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "upnaanv": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "janam_tithi": L(DOB, BIRTH), "ling": L("F", GENDER),
            "pahchan": {"prakar": "oci_card", "kramank": L(OCI, NID)},
            "bhakha": "en", "kaise_jaanis": "doctor_referral"}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("274019", CRED)}),
        case(f, f"{a}/v2/mor", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/itihas", gz=True, headers=_h(rng, **b), body={
            "uhid": L(UHID, MED),
            "bemari": [L("fatty liver grade 2", MED), L("pre-diabetes", MED)],
            "dawai": [L("metformin 500 mg", MED)], "daaru": L("kabhu kabhu, hafta ma ek", MED),
            "wajan": L(74.5, FIT), "lambai": L(163, FIT), "kamar": L(92, FIT),
            "parivar_itihas": L("pita la sugar rahis", f"{TEXT}|{MED}"),
            "pichhla_jaanch": "2025-12"}),
        multipart(f, f"{a}/v2/riport/upload", [
            ("riport", "usg_abdomen.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"uhid": L(UHID, MED), "prakar": "ultrasound",
                                                "nateeja": L("grade 2 fatty liver", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/jaanch/slot", headers=_h(rng, **b), query={
            "clinic": CLINIC["id"], "jaanch": "fibroscan", "tithi": "2026-02-18"}),
        case(f, f"{a}/v2/appointment", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "jaanch": L("fibroscan + ALT/AST + HbA1c", MED),
            "slot": obj(rng, "sl"), "doctor": "dr_sv_01", "bhukha_pet": L(True, MED),
            "rakam": L(2800, BUY)}),
        case(f, f"{a}/v2/chukara", fmt="form", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "rakam": L("2800.00", BUY), "mudra": "INR",
            "upi_id": L(UPI_VPA, PAY), "txn_ref": rid(rng)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "jagha": {"lat": cla, "lng": clo, "acc": 10},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v2/roj/log", log, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/jevan/diary", fmt="msgpack", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "tithi": "2026-02-20", "jevan": [
                {"bera": "08:30", "ka_khais": L("poha, chai bina shakkar", TEXT)},
                {"bera": "13:30", "ka_khais": L("do roti, dal, bhaji, salad", TEXT)},
                {"bera": "20:00", "ka_khais": L("khichdi, tala hua nahi", TEXT)}],
            "paani_gilas": 9}),
        case(f, f"{a}/v2/riport", headers=_h(rng, **b), query={
            "uhid": L(UHID, MED), "jaanch": "fibroscan"}),
        case(f, f"{a}/v2/sandesa", headers=_h(rng, **b), body={
            "paane_wala": {"naanv": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "sandesa": L("Doctor sahab, CAP 298 aaye he aur ALT 71, ka vitamin E chalu rakhvo?",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/dawai/yaad", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "dawai": [
                {"naanv": L("vitamin E 400 IU", MED), "bera": "21:00"},
                {"naanv": L("metformin 500 mg", MED), "bera": "08:00"}]}),
        lines(f, f"{a}/v2/rengai/sync", [
            {"uhid": L(UHID, MED), "kadam": L(6120, FIT), "din": "2026-02-21"},
            {"lat": L(WALK[0][0], PRECISE), "lng": L(WALK[0][1], PRECISE), "t": 1771686000},
            {"lat": L(WALK[1][0], PRECISE), "lng": L(WALK[1][1], PRECISE), "t": 1771686300},
            {"lat": L(WALK[2][0], PRECISE), "lng": L(WALK[2][1], PRECISE), "t": 1771686600}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/video/join", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "room_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "gosaiyan": {"naanv": L(HUSBAND[0], NAMEC),
                                              "mobail": L(HUSBAND[1], TEL)},
            "kya": ["riport", "appointment"]}),
        bill,
        case(f, f"{a}/v2/bima/cashless", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "bima_company": "Example Health Insurance",
            "policy": L("EHI-4471-0932-11", MED), "dava_rakam": L(2800, BUY),
            "bemari_code": L("K76.0", MED)}),
        case(f, f"{a}/v2/feedback", fmt="form", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "tara": "4",
            "raay": L("Doctor badhiya samjhais, fer line lamba rahis", TEXT)}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("report_viewed", 1), ev("screen", 2, screen=L("JevanDiary", USAGE))]}),
    ]


def jigar_sdks() -> list[Case]:
    rng = random.Random(30722)
    return [
        mc_batch(APP, rng, [("Scan Booked", {"test": L("fibroscan", MED)}),
                            ("Paid", {"amount": L(2800, BUY)})]),
        mc_queue(APP, rng, [("Meal Logged", {"meal": "lunch"}),
                            ("Walk Synced", {"steps": L(6120, FIT)})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "programme": L("nafld", MED)}, hdr=True),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"], "reminders": "on"}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        cl_wallet(APP, rng, "2800", L(UPI_VPA, PAY)),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RP_HOME_AT, nd=2,
               keywords="health,diet,raipur"),
        mm_geocode(APP, rng, "liver clinic Devendra Nagar", "behavior.search",
                   near=RP_HOME_AT, nd=3),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "lft_report.pdf", "application/pdf"),
    ]
