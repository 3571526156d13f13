"""Paraguayan-harp lesson app "Arpamita" of one harp teacher's studio, for her son Tomás (9; the
child's data; sets 95 and 111 had children's music schools, this one is centred on the harp: a
36-string tuner, lesson videos watched, recordings for the teacher's feedback, a rented harp and a
festival audition). The parent's sign-up and log-in, ``/me`` with a JWT, Tomás's profile, the
term's lessons, his progress and recordings by his ID in the path, a tuning session, practice
minutes (gzip) and a video's progress (msgpack), the harp's rental with her as guarantor, the
audition video, a message and an absence, a teacher search, studios near her, who may pick him
up, the term's payment, the parental consent with a signature, push, events and a cookie GET."""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MP4,
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
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families114_kit import (
    ACCEPT_PY,
    CEDULA_DOTS,
    HARP,
    HOME_PY,
    HOME_PY_AT,
    HUSBAND,
    HUSBAND_CI,
    KID,
    LESSONS,
    PY_LINE,
    RUC,
    SON,
    TEACHER,
    TZ,
    obj,
    strings,
)
from eval_families114_sdk import ag_event, ag_session, bc_bid, cp_session, mc_batch, mc_queue
from eval_families114_svc import hc_attach, nc_register, pp_card, tc_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("arpamita", "Arpamita", "com.example.arpamita", "1.9.2",
          "https://api.arpamita.example.com")
IID = "X-Arpamita-Install"
PW = "Galopera-Tomas-16"
SIG = base64.b64encode(PNG + b"signature-strokes").decode()


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_PY, DEV)
    return h


def _kid(c: Case) -> Case:
    return at_path(c, KID, UID)


def arpamita() -> list[Case]:
    rng = random.Random(11441)
    a, f = APP.api, APP.fam
    k = f"{a}/v1/students/{KID}"
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID, UID)]))}
    b = {"auth": "bearer"}
    days = [{"d": f"2025-12-0{i + 1}", "min": m} for i, m in enumerate((25, 0, 40, 30, 15))]
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(PY_LINE, TEL), "relation": "madre"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body={
            "firstName": L(SON[0], NAMEC), "lastName": L(SON[1], NAMEC),
            "birthDate": L(SON[2], BIRTH), "age": L(SON[3], BIRTH), "gender": L("boy", GENDER),
            "school": "Escuela Básica 1140", "grade": "4", "level": "principiante",
            "handedness": "right", "allergies": [L("maní", MED)]}),
        _kid(case(f, f"{k}/lessons", headers=_h(rng, **b), body={
            "teacher": TEACHER["id"], "studio": {"lat": TEACHER["lat"], "lon": TEACHER["lon"]},
            "weekday": "thu", "time": "17:30", "term": "2026-1", "booking": L(LESSONS, BUY),
            "price": L(380000, BUY)})),
        _kid(case(f, f"{k}/progress", headers=_h(rng, **b))),
        _kid(multipart(f, f"{k}/recordings", [
            ("audio", "pajaro_campana.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"piece": "Pájaro Campana", "tempo": 84,
                                                "durationS": 143})], headers=_h(rng, **b))),
        case(f, f"{a}/v1/tuner/sessions", headers=_h(rng, **b), body={
            "harp": HARP["serial"], "a4": 440, "strings": strings(rng),
            "studentId": L(KID, UID)}),
        case(f, f"{a}/v1/practice", gz=True, headers=_h(rng, **b), body={
            "studentId": L(KID, UID), "days": L(days, USAGE), "goalMin": 30}),
        case(f, f"{a}/v1/videos/progress", fmt="msgpack", headers=_h(rng, **b), body={
            "studentId": L(KID, UID), "video": obj(rng, "vid", 8), "watchedS": L(412, USAGE),
            "completed": True}),
        case(f, f"{a}/v1/rentals", headers=_h(rng, **b), body={
            "harp": HARP["serial"], "maker": HARP["maker"], "strings": HARP["strings"],
            "monthly": L(150000, BUY), "deposit": L(600000, BUY),
            "guarantor": {"name": L(NAME, NAMEC), "cedula": L(CEDULA_DOTS, NATID),
                          "address": L(HOME_PY["line"], ADDR),
                          "city": L(HOME_PY["city"], COARSE)}}),
        multipart(f, f"{a}/v1/festival/auditions", [
            ("video", "audicion_tomas.mp4", "video/mp4", L(MP4, MEDIA)),
            ("form", None, "application/json", {
                "studentName": L(f"{SON[0]} {SON[1]}", NAMEC), "birthDate": L(SON[2], BIRTH),
                "category": "infantil 8-10", "piece": "Galopera"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": TEACHER["id"], "thread": obj(rng, "thr", 8),
            "text": L("Tomás tiene fiebre y no podrá venir el jueves",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        _kid(case(f, f"{k}/absences", headers=_h(rng, **b), body={
            "lesson": obj(rng, "lsn", 8), "reason": L("enfermo", MED)})),
        case(f, f"{a}/v1/teachers/search", headers=_h(rng, **b), query={
            "q": L("clases de arpa paraguaya para niños", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/studios/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_PY_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_PY_AT[1]:.3f}", PRECISE),
            "km": "5"}),
        _kid(case(f, f"{k}/pickup", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
            "cedula": L(HUSBAND_CI, NATID), "relation": "padre"})),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "booking": L(LESSONS, BUY), "amount": L("380000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "invoiceRuc": L(RUC, NATID)}),
        case(f, f"{a}/v1/consents/parental", headers=_h(rng, **b), body={
            "studentId": L(KID, UID), "photoConsent": True, "signedBy": L(NAME, NAMEC),
            "signature": L(SIG, MEDIA)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("recording_uploaded", 1), ev("tuner_opened", 2),
                ev("screen", 3, screen=L("StudentHome", USAGE))]}),
        case(f, f"{a}/v1/students", headers=_h(rng, how="upper"),
             cookies={"ap_session": L(opaque(rng, "", 40), CRED), "ap_student": L(KID, UID)}),
    ]


def arpamita_sdks() -> list[Case]:
    rng = random.Random(11442)
    return [
        mc_batch(APP, rng, [("Lesson Booked", {"price": L(380000, BUY)}),
                            ("Recording Uploaded", {"child_age": L(SON[3], BIRTH)})]),
        mc_queue(APP, rng, [("Tuner Opened", {}), ("String Tuned", {"string": 12})]),
        ag_session(APP, rng, 9),
        ag_event(APP, rng, "lsn_term", {"term": "2026-1"}, revenue=380000.0),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="musica,arpa,clases"),
        cp_session(APP, rng, secs=910),
        tc_eval(APP, rng, {"childAge": L(SON[3], BIRTH), "instrument": "arpa"}, hdr=True),
        nc_register(APP, rng, tags={"instrument": "arpa", "child_age": L(SON[3], BIRTH)}),
        pp_card(APP, rng),
        hc_attach(APP, rng, L(PNG, MEDIA), "partitura.png", "image/png"),
    ]
