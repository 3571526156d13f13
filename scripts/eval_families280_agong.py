"""The son's kulintang school "Agongan" (a Maranao gong-ensemble school in Iligan; its API mixes
English with Maranao: ``wata`` child, ``estudyante`` student number, ``ngaran``/``apelyido``
name, ``kiyambata`` birth date, ``mama_ataw_babay`` sex, ``LRN`` learner reference number,
``pagadan`` lesson, ``goro`` teacher, ``arga`` fee, ``bayad`` payment, ``kapaginsay`` practice,
``tataro`` piece (lit. "tune"), ``gibon`` height, ``bisita`` guests, ``sulat`` message,
``kasasakit`` condition, ``pangilay`` search, ``walay`` house, ``latitud``/``longhitud``): the
parent's OAuth log-in, ``/ako`` with a ``wata`` claim, enrolling the son, the lesson schedule,
the fee, the pick-up check-in, a practice recording (audio), an offline practice log (JSON
Lines), a kulintang set rented home, the recital registration (his height for the costume),
recital seats for the family, a message to the teacher, his medical note, photo consent, a
search, the progress report by student number in the path, the certificate (PDF), a carpool
pick-up point, push and events by session cookie. The kulintang is new to the sets (a file-name
and docstring grep found no "kulintang"; music schools exist for other instruments)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families280_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    SCHOOL,
    SCHOOL_FIX,
    SON,
    STUDENT,
    TEACHER,
    fix,
    hd,
    obj,
    push,
)
from eval_families280_sdk import (
    ct_crash,
    ct_crumb,
    gb_bid,
    ok_batch,
    ok_identify,
    ok_pixel,
    sm_launch,
)
from eval_families280_svc import cg_save, cp_card, cp_confirm, fi_eval, hp_message, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("agongan", "Agongan", "com.example.agongan", "1.9.0", "https://api.agongan.example.net")
IID = "X-Agongan-Device"
PW = "Kulintang!2016"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def agongan() -> list[Case]:
    rng = random.Random(28031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), wata=[L(STUDENT, UID)],
                                    role="magulang"))}
    sla, slo = fix(SCHOOL_FIX, 5)
    report = at_path(case(f, f"{a}/v1/estudyante/{STUDENT}/progreso", headers=_h(rng, **b),
                          query={"semestre": "2"}), STUDENT, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "agongan-magulang"}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/enrol", headers=_h(rng, **b), body={
            "wata": {"ngaran": L(SON["first"], NAMEC), "apelyido": L(SON["last"], NAMEC),
                     "kiyambata": L(SON["dob"], BIRTH), "mama_ataw_babay": L(SON["sex"], GENDER),
                     "LRN": L(SON["lrn"], NID)},
            "estudyante": L(STUDENT, UID), "instrumento": "kulintang", "lebel": "pamuno",
            "ina": {"ngaran": L(f"{FIRST} {LAST}", NAMEC), "selpon": L("+15550100199", TEL)}}),
        case(f, f"{a}/v1/pagadan", headers=_h(rng, **b), query={
            "estudyante": L(STUDENT, UID), "semana": "2025-W50"}),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "estudyante": L(STUDENT, UID), "bulan": "2026-01", "arga": L("1200.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/pickup/checkin", headers=_h(rng, **b), body={
            "estudyante": L(STUDENT, UID), "lugar": {"latitud": sla, "longhitud": slo},
            "iskwelahan": {"id": SCHOOL["id"], "latitud": SCHOOL["lat"],
                           "longhitud": SCHOOL["lon"]}, "kind": "pickup"}),
        multipart(f, f"{a}/v1/kapaginsay/recording", [
            ("audio", "binalig_practice.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"estudyante": L(STUDENT, UID),
                                                "tataro": "binalig", "minutes": 12})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/kapaginsay/sync", [
            {"estudyante": L(STUDENT, UID), "petsa": "2025-12-06", "minutes": 25,
             "tataro": "kapagonor"},
            {"estudyante": L(STUDENT, UID), "petsa": "2025-12-07", "minutes": 30,
             "tataro": "tidtu"},
            {"estudyante": L(STUDENT, UID), "petsa": "2025-12-08", "minutes": 15,
             "tataro": "binalig", "sulat": L("Pithay ako sa lima ka minuto ka masakit so tuhod "
                                            "iyan", f"{TEXT}|{MED}")}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rental", headers=_h(rng, **b), body={
            "set": "kul_8g_07", "gongs": 8, "deposit": L(2000, BUY), "bulan": 3,
            "walay": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "tomarima": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/recital/register", headers=_h(rng, **b), body={
            "estudyante": L(STUDENT, UID), "ngaran": L(KID, NAMEC), "tataro": "kapagonor",
            "ensemble": "agung-A", "gibon_cm": L(132, FIT), "pakay": "M"}),
        case(f, f"{a}/v1/recital/seats", headers=_h(rng, **b), body={
            "recital": "rc_2026_feb", "seats": 3,
            "bisita": [L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC), L(f"{FIRST} {LAST}", NAMEC)],
            "arga": L(450, BUY)}),
        case(f, f"{a}/v1/sulat", headers=_h(rng, **b), body={
            "to": {"ngaran": L(TEACHER[0], NAMEC), "selpon": L(TEACHER[1], TEL)},
            "sulat": L("Guro, di makapembabandir si Faisal sa Sabtu, miyabago so tuhod iyan "
                       "(haemophilia).", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/medical-note", headers=_h(rng, **b), body={
            "estudyante": L(STUDENT, UID), "kasasakit": L("haemophilia A", MED),
            "bolong": L("factor VIII at home", MED),
            "di_kapakay": [L("heavy gong lifting", MED)],
            "emergency": {"ngaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/absences", fmt="form", headers=_h(rng, **b), body={
            "estudyante": L(STUDENT, UID), "petsa": "2025-12-13",
            "sabap": L("knee bleed, resting at home", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/consent/photos", fmt="form", headers=_h(rng, **b), body={
            "estudyante": L(STUDENT, UID), "recital_video": "yes", "social_media": "no"}),
        case(f, f"{a}/v1/pangilay", headers=_h(rng, **b), query={
            "q": L("kulintang a maliit para sa wata", SEARCH)}),
        report,
        multipart(f, f"{a}/v1/certificates/ack", [
            ("certificate", "agongan_cert_lvl1.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"estudyante": L(STUDENT, UID),
                                                "signed": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/carpool", headers=_h(rng, **b), body={
            "estudyante": L(STUDENT, UID), "seats_offered": 2,
            "pickup": {"latitud": L(round(HOME_AT[0], 3), PRECISE),
                       "longhitud": L(round(HOME_AT[1], 3), PRECISE)},
            "group": obj(rng, "cp")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "ag_sid": L(opaque(rng, "", 40), CRED), "ag_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("recording_uploaded", 1), ev("screen", 2, screen=L("Recital", USAGE))]}),
    ]


def agongan_sdks() -> list[Case]:
    rng = random.Random(28032)
    return [
        ok_batch(APP, rng, [("Lesson Paid", {"amount": L(1200, BUY)}),
                            ("Recording Uploaded", {"piece": "binalig"})]),
        ok_identify(APP, rng, {"role": "parent", "children": 1,
                               "syudad": L("Iligan City", COARSE)}),
        sm_launch(APP, rng),
        ok_pixel(APP, rng, "Schedule Opened", {"week": "2025-W50"}),
        gb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,kids,gongs"),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "recorder"),
                 [ct_crumb("nav", "Home -> Practice"), ct_crumb("tap", "record_button")],
                 user={"id": L(USER_ID, UID)}, screen="PracticeActivity"),
        fi_eval(APP, rng, {"school": SCHOOL["id"], "children": 1}),
        pl_register(APP, rng, tags={"school": SCHOOL["id"], "ensemble": "agung-A"}),
        cg_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "1200.00", "php"),
        hp_message(APP, rng, L(f"The January fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"estudyante": L(STUDENT, UID)}),
    ]
