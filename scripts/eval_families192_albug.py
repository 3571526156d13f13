"""City health office app "Albugsaup" (Angeles: leptospirosis after a flood; she waded to the
corner store through floodwater with a cut on her foot; her own health data; its API's keys are
Kapampangan with English: ``albug`` flood, ``danum`` water, ``sugat`` wound, ``bitis`` foot or
leg, ``pasu`` fever, ``sintomas`` symptoms, ``sakit`` illness or pain, ``gamut`` medicine,
``kaso`` case, ``resulta`` result, ``lagyu`` name, ``apelyidu`` surname, ``selpon`` mobile,
``aldo_kebaitan`` birth date, ``sexu`` sex, ``bale`` house, ``barangay``, ``balen`` town,
``kasambale`` household members, ``edad`` age, ``lugal`` place, ``oras`` time, ``mensahi``
message, ``letratu`` photo, ``panintun`` search, ``reklamu`` complaint, ``aku`` me): sign-up with
her PhilHealth number, an SMS code, ``/aku``, the flood exposure report (gzip) with the place she
waded, the symptom questionnaire, a doxycycline pick-up slot, the check-in at the health centre,
a lab result (PDF), a protobuf symptom diary, a photo of the wound, a message to the doctor,
medicine reminders, the PhilHealth check, a video consult, the household's screening, a medical
certificate for her employer, the case by number in the path, a flood-map search, a complaint,
push and events. No earlier set has a leptospirosis or flood-exposure app (a docstring grep for
"leptospir" found none; set 104's dengue tracker is mosquito-borne, set 183's schistosomiasis
app is about snail-infested water and stool tests)."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
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
from eval_families192_kit import (
    CASE_NO,
    DAUGHTER,
    EMPLOYEE,
    HEALTH_CTR,
    HEALTH_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    PHILHEALTH,
    fix,
    hd,
    obj,
    push,
)
from eval_families192_sdk import cb_session, mb_batch, mb_queue, tk_launch
from eval_families192_svc import ck_check, fb_eval, ht_attach, mp_geocode, mp_reverse, ps_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("albugsaup", "Albugsaup", "com.example.albugsaup", "1.2.0",
          "https://api.albugsaup.example.net")
IID = "X-Albug-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
WADE_AT = (15.141574, 120.595031)  # where she waded through the flood (her own place: precise)
DOCTOR = ("Dr. Carmela Yabut", "c.yabut@cho-angeles.example.org")  # typed by her: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def albugsaup() -> list[Case]:
    rng = random.Random(19241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kaso=L(CASE_NO, MED)))}
    cla, clo = fix(HEALTH_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CASE_NO, MED)), (2, 1771200000),
                (3, [(1, L(38.4, MED)), (2, L("calf pain", MED)), (3, L(True, MED))]),
                (4, "2.0.1")], "", lab)
    rec = at_path(case(f, f"{a}/v1/kaso/{CASE_NO}", headers=_h(rng, **b)), CASE_NO, MED)
    return [
        case(f, f"{a}/v1/magpalista", headers=_h(rng), body={
            "lagyu": L(FIRST, NAMEC), "apelyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "aldo_kebaitan": L(DOB, BIRTH), "sexu": L("babai", GENDER),
            "philhealth": L(PHILHEALTH, NID), "bale": L(HOME["line"], ADDR),
            "barangay": L(HOME["brgy"], COARSE), "balen": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/lub/sms", fmt="form", headers=_h(rng), body={
            "selpon": L(E164, TEL), "code": L("913046", CRED)}),
        case(f, f"{a}/v1/aku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/exposure", gz=True, headers=_h(rng, **b), body={
            "kaso": L(CASE_NO, MED), "albug_petsa": "2026-02-09", "oras_king_danum": L(2, MED),
            "katas_danum": L("tuhod", MED), "sugat": L(True, MED), "sugat_lugal": L("wanan a bitis", MED),
            "lugal": {"lat": L(round(WADE_AT[0], 4), PRECISE),
                      "lng": L(round(WADE_AT[1], 4), PRECISE)},
            "boots": L(False, MED)}),
        case(f, f"{a}/v1/sintomas", headers=_h(rng, **b), body={
            "kaso": L(CASE_NO, MED), "pasu": L(38.9, MED), "sakit_bitis": L(True, MED),
            "mapula_mata": L(True, MED), "sakit_ulu": L(True, MED), "dilaw_balat": L(False, MED),
            "ihi": L("malati, madilim", MED), "sulat": L("Atlung aldo na ing pasu ku", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/gamut/pickup", fmt="form", headers=_h(rng, **b), body={
            "kaso": L(CASE_NO, MED), "gamut": L("doxycycline 100 mg", MED),
            "center": HEALTH_CTR["id"], "slot": obj(rng, "pk")}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "lugal": {"lat": cla, "lng": clo},
            "center": {"id": HEALTH_CTR["id"], "lat": HEALTH_CTR["lat"],
                       "lng": HEALTH_CTR["lon"]}}),
        multipart(f, f"{a}/v1/resulta", [
            ("file", "mat_result.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kaso": L(CASE_NO, MED), "test": L("MAT", MED),
                                                "titer": L("1:400", MED)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/sugat/letratu", [
            ("letratu", "sugat_day3.jpg", "image/jpeg", L(JPEG + b"\x4e", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kaso": L(CASE_NO, MED), "aldo": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mensahi", headers=_h(rng, **b), body={
            "kang": {"lagyu": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "mensahi": L("Doc, mapula ya pa ing mata ku at masakit ing binti, ituloy ku pa ing "
                         "doxycycline?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/gamut/reminders", headers=_h(rng, **b), body={
            "gamut": L("doxycycline 100 mg", MED), "oras": ["08:00", "20:00"],
            "aldo": L(7, MED)}),
        case(f, f"{a}/v1/philhealth/check", headers=_h(rng, **b), query={
            "pin": L(PHILHEALTH, NID), "aldo_kebaitan": L(DOB, BIRTH)}),
        case(f, f"{a}/v1/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/kasambale/screening", headers=_h(rng, **b), body={
            "kaso": L(CASE_NO, MED), "kasambale": [
                {"lagyu": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL),
                 "sintomas": L("ala", MED), "memalub_albug": L(True, MED)},
                {"lagyu": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "edad": L(10, BIRTH), "sintomas": L("ala", MED)}]}),
        case(f, f"{a}/v1/certificate", fmt="form", headers=_h(rng, **b), body={
            "kaso": L(CASE_NO, MED), "employer": "Clark Example Outsourcing Inc.",
            "employee_no": L(EMPLOYEE, UID), "aldo_pahinga": L("5", MED),
            "diagnosis": L("leptospirosis, mild", MED)}),
        rec,
        case(f, f"{a}/v1/albug/map", headers=_h(rng, **b), query={
            "panintun": L("albug Pulung Bulu ngeni", SEARCH), "zoom": "15"}),
        case(f, f"{a}/v1/reklamu", headers=_h(rng, **b), body={
            "klase": "service",
            "sulat": L("Atlung oras ku mengintai king health centre bayu ku akakuanan gamut",
                       TEXT)}),
        case(f, f"{a}/v1/gamit", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("symptoms_sent", 1), ev("screen", 2, screen=L("Diary", USAGE))]}),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "fund": "relief-goods", "alaga": L("500", BUY), "currency": "PHP"}),
    ]


def albugsaup_sdks() -> list[Case]:
    rng = random.Random(19242)
    return [
        mb_batch(APP, rng, [("Exposure Reported", {"hours": L(2, MED)}),
                            ("Symptoms Sent", {"fever": L(38.9, MED)})]),
        mb_queue(APP, rng, [("Diary Entry", {"fever": L(38.4, MED)}),
                            ("Reminder Taken", {"dose": 3})]),
        tk_launch(APP, rng, first=True, user=True),
        cb_session(APP, rng, secs=388),
        fb_eval(APP, rng, {"center": HEALTH_CTR["id"], "program": L("leptospirosis", MED)},
                hdr=True),
        ps_register(APP, rng, tags={"center": HEALTH_CTR["id"], "barangay": L("Pulung Bulu",
                                                                              COARSE)}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Pulung Bulu Health Centre", "behavior.search", near=HOME_AT, nd=2),
        mp_reverse(APP, rng, WADE_AT, PRECISE, nd=5),
        ht_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "cbc_result.pdf", "application/pdf"),
    ]


__all__ = ["APP", "albugsaup", "albugsaup_sdks"]
