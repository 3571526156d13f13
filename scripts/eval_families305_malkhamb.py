"""The daughter's rope-mallakhamb akhada app "Malkhamb" (a vyayamshala in Paota, Jodhpur, where
Tanvi, 9, trains on the rope four evenings a week; the child's data is what the app is for). Its
API's keys are Marwari in ASCII with English loans: ``tabar`` child, ``tabar_ro_naanv`` child's
name, ``upnaanv`` surname, ``janam_ri_tarikh`` birth date, ``chhori``/``chhoro`` girl/boy,
``lambai`` height, ``vajan`` weight, ``chot`` injury, ``alarjee`` allergy, ``nisal`` school,
``kalas`` class, ``maavdi`` mother, ``sanrakshak`` guardian, ``haajri`` attendance, ``fees``,
``mukablo`` competition, ``lene_aavno`` pick-up, ``ustad`` coach, ``photu``, ``sandeso``,
``sodh``, ``jagah`` place, ``gupt_sabad`` password, ``mobail``: the parent's sign-up, an OAuth
password grant, ``/mharo`` with a ``tabar`` claim, the child enrolled (Aadhaar, height, weight,
health), the consent signature, fees, the batch, attendance by the child's number in the path,
the drop-off check-in, a monthly height and weight check, an injury note, a district competition
entry, a routine video, a message to the coach, a pick-up authorisation for her mother-in-law, a
summer camp, a search, push and events with a session cookie. Set 180 has a kids' kushti (wrestling)
akhara and set 223 a girls' gymnastics club; this is Indian pole and rope gymnastics with a
competition entry by age category."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    MP4,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families305_kit import (
    AKHADA,
    AKHADA_FIX,
    DAUGHTER,
    HOME,
    MOTHER_IL,
    PUPIL,
    fix,
    hd,
    obj,
    push,
)
from eval_families305_sdk import (
    bb_bid,
    ck_crash,
    ck_crumb,
    kj_event,
    kj_launch,
    mo_batch,
    mo_identify,
)
from eval_families305_svc import cn_card, cn_confirm, cr_save, fg_eval, hj_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("malkhamb", "Malkhamb", "com.example.malkhamb", "1.3.7",
          "https://api.malkhamb.example.in")
IID = "X-Malkhamb-Device"
PW = "Rassi!Tanvi2016"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def malkhamb() -> list[Case]:
    rng = random.Random(30541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tabar=[L(PUPIL, UID)],
                                    role="maavdi"))}
    ala, alo = fix(AKHADA_FIX, 5)
    att = at_path(case(f, f"{a}/v1/tabar/{PUPIL}/haajri", headers=_h(rng, **b),
                       query={"mahino": "2025-11"}), PUPIL, UID)
    return [
        case(f, f"{a}/v1/maavdi/signup", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "upnaanv": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "gupt_sabad": L(PW, CRED), "sahar": L("Jodhpur", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "malkhamb-android"}),
        case(f, f"{a}/v1/mharo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tabar", headers=_h(rng, **b), body={
            "tabar_ro_naanv": L(DAUGHTER["first"], NAMEC), "upnaanv": L(DAUGHTER["last"], NAMEC),
            "janam_ri_tarikh": L(DAUGHTER["dob"], BIRTH), "ling": L(DAUGHTER["sex"], GENDER),
            "aadhaar": L(DAUGHTER["aadhaar"], NID), "nisal": "Paota Senior Secondary",
            "kalas": "4", "lambai_cm": L(134, FIT), "vajan_kg": L(27.5, FIT),
            "alarjee": [L("moongphali", MED)], "dama": L(False, MED),
            "sadasya": L(PUPIL, UID)}),
        multipart(f, f"{a}/v1/sahmati", [
            ("sahi", "sahi.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"tabar": L(PUPIL, UID), "form": "rassi_v3",
                                                "sanrakshak": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fees", fmt="form", headers=_h(rng, **b), body={
            "tabar": L(PUPIL, UID), "mahino": "2025-11", "rakam": L("1200", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/batch", headers=_h(rng, **b), query={
            "akhada": AKHADA["id"], "umar_varg": "u10", "din": "mon,tue,thu,fri"}),
        att,
        case(f, f"{a}/v1/chhodno", headers=_h(rng, **b), body={
            "tabar": L(PUPIL, UID), "jagah": {"lat": ala, "lng": alo},
            "akhada": {"id": AKHADA["id"], "lat": AKHADA["lat"], "lng": AKHADA["lon"]},
            "kisam": "chhodno"}),
        case(f, f"{a}/v1/naap", headers=_h(rng, **b), body={
            "tabar": L(PUPIL, UID), "mahino": "2025-11", "lambai_cm": L(135, FIT),
            "vajan_kg": L(27.9, FIT), "pakad_kg": L(11, FIT)}),
        case(f, f"{a}/v1/chot", headers=_h(rng, **b), body={
            "tabar": L(PUPIL, UID), "din": "2025-11-14",
            "chot": L("kohni par neel, baraf lagayo", MED),
            "tipni": L("Tanvi rassi su fisal gayi, kohni ma chot hai, do din aaram karsi.",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/mukablo/pravesh", headers=_h(rng, **b), body={
            "mukablo": "jila_mk_2025", "tabar": {
                "naanv": L(KID, NAMEC), "janam_ri_tarikh": L(DAUGHTER["dob"], BIRTH),
                "ling": L("girl", GENDER), "vajan_kg": L(27.9, FIT),
                "aadhaar": L(DAUGHTER["aadhaar"], NID)},
            "varg": "u10 rassi", "fees": L(300, BUY)}),
        multipart(f, f"{a}/v1/video", [
            ("video", "rassi_routine.mp4", "video/mp4", L(MP4 + b"\x17", MEDIA)),
            ("meta", None, "application/json", {"tabar": L(PUPIL, UID),
                                                "routine": "rassi 60s"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sandeso", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "kane": "ustad_rk",
            "sandeso": L("Ustadji, mukablo su pehli extra practice ho sake kai?", TEXT)}),
        case(f, f"{a}/v1/lene_aavno", headers=_h(rng, **b), body={
            "tabar": L(PUPIL, UID),
            "manakh": {"naanv": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL),
                       "rishto": "daadi"}, "din": ["thu"]}),
        case(f, f"{a}/v1/camp", headers=_h(rng, **b), body={
            "camp": "garmi_2026", "tabar": L(PUPIL, UID), "rakam": L(3500, BUY),
            "lunch": L("jain, bina kando lasan", "personal.sensitive")}),
        multipart(f, f"{a}/v1/tabar/photu", [
            ("photu", "tanvi_card.jpg", "image/jpeg", L(JPEG + b"\x18", MEDIA)),
            ("meta", None, "application/json", {"tabar": L(PUPIL, UID), "kaam": "id_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sodh", headers=_h(rng, **b), query={
            "q": L("rassi mallakhamb u10 niyam", SEARCH)}),
        case(f, f"{a}/v1/profile/thikano", headers=_h(rng, **b), body={
            "line": L(HOME["line"], "contact.address"), "sahar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "mk_sid": L(opaque(rng, "", 40), CRED), "mk_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("attendance_opened", 1), ev("screen", 2, screen=L("Mukablo", USAGE))]}),
    ]


def malkhamb_sdks() -> list[Case]:
    rng = random.Random(30542)
    return [
        mo_batch(APP, rng, [("Child Enrolled", {"age_group": "u10"}),
                            ("Fee Paid", {"amount": L(1200, BUY)})]),
        mo_identify(APP, rng, {"role": "parent", "children": 1, "city": L("Jodhpur", COARSE)}),
        kj_launch(APP, rng),
        kj_event(APP, rng, "enrol", {"group": "u10"}, revenue=1200.0),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,sports,jodhpur"),
        ck_crash(APP, rng, ("java.lang.NullPointerException", "video thumb"),
                 [ck_crumb("nav", "Tabar -> Video")],
                 user={"id": L(USER_ID, UID)}, screen="VideoActivity"),
        fg_eval(APP, rng, {"akhada": AKHADA["id"], "children": 1}),
        pk_register(APP, rng, tags={"akhada": AKHADA["id"], "batch": "u10"}),
        cr_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cn_card(APP, rng),
        cn_confirm(APP, rng, "1200.00"),
        hj_message(APP, rng, L(f"The November fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"tabar": L(PUPIL, UID)}),
    ]
