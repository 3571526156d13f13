"""Music-conservatory lesson app "Museksschoul" for her daughter Lena (10, violin): the user is
the parent, Lena is a data subject. The parent's sign-up, a log-in by phone, ``/me`` with a JWT
naming the child, Lena's enrolment (matricule, birth date, a medical note), the placement test,
her timetable by her ID in the path, the non-resident fee with the family's address, the term's
invoice, a 3/4 violin rented, practice logs (msgpack and JSON Lines), a practice recording, a
message to the teacher, an absence, the recital's tickets, photo consent, who may pick her up, a
score search, the solfège exam, push, events and the child's profile by a cookie GET."""

from __future__ import annotations

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
    E164,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families119_kit import CLASS, CONSERVATORY, HOME, HUSBAND, KID, RENTAL, TEACHER
from eval_families119_sdk import bs_bid, cf_sessions, cl_batch, cl_traits, ih_event
from eval_families119_svc import ch_attach, cq_save, fs_eval, pm_sepa, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("museksschoul", "Museksschoul", "com.example.museksschoul", "4.0.7",
          "https://portal.museksschoul.example.com")
IID = "X-Device-Token"
PW = "Violin&Lena2015"
KID_ID = "stu_3b90c2e71f"  # Lena's student ID (id.user: the child is a data subject)
NATID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L("fr-LU,fr;q=0.9,en;q=0.7", DEV)
    return h


def museksschoul() -> list[Case]:
    rng = random.Random(11907)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    kid = L(KID_ID, UID)
    tt = at_path(case(f, f"{a}/api/students/{KID_ID}/timetable", headers=_h(rng, **b),
                      query={"term": "2025-T2"}), KID_ID, UID)
    logs = [{"student": kid, "day": f"2025-12-0{i + 2}", "minutes": L(m, USAGE),
             "piece": "Seitz Concerto No. 2"} for i, m in enumerate((20, 35, 15))]
    return [
        case(f, f"{a}/api/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, CRED), "relation": "mother"}),
        case(f, f"{a}/api/auth/login", headers=_h(rng), body={
            "login": L(E164, TEL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, children=[kid], email=L(EMAIL, MAIL)))})),
        case(f, f"{a}/api/students", headers=_h(rng, **b), body={
            "firstName": L(KID["first"], NAMEC), "lastName": L(LAST, NAMEC),
            "birthDate": L(KID["dob"], BIRTH), "matricule": L(KID["matrikel"], NATID),
            "gender": L("girl", GENDER), "schoolYear": "cycle 4.1", "instrument": "violin",
            "medicalNotes": L("Epilepsy, well controlled; no strobe lights", f"{TEXT}|{MED}"),
            "studentId": kid}),
        case(f, f"{a}/api/students/{KID_ID}/placement", fmt="form", headers=_h(rng, **b),
             body={"slot": "2025-12-17T14:00", "level": "2", "studentId": kid}),
        tt,
        case(f, f"{a}/api/fees/residence", headers=_h(rng, **b), body={
            "studentId": kid, "resident": False, "street": L(HOME["strooss"], ADDR),
            "postcode": L(HOME["plz"], COARSE), "town": L(HOME["uertschaft"], COARSE),
            "country": L("FR", COARSE), "crossBorderWorker": True}),
        case(f, f"{a}/api/invoices", headers=_h(rng, **b), body={
            "studentId": kid, "term": "2025-T2", "invoice": L("INV-CM-25-11873", BUY),
            "amount": L("182.00", BUY), "currency": "EUR", "method": "sepa"}),
        case(f, f"{a}/api/rentals", headers=_h(rng, **b), body={
            "instrument": RENTAL, "size": "3/4", "fee": L("12.00", BUY),
            "deposit": L("80.00", BUY), "studentId": kid}),
        case(f, f"{a}/api/practice", fmt="msgpack", headers=_h(rng, **b), body={
            "studentId": kid, "minutes": L(25, USAGE), "piece": "Seitz Concerto No. 2",
            "tempo": 84, "day": "2025-12-08"}),
        lines(f, f"{a}/api/practice/bulk", logs, headers=_h(rng, **b)),
        multipart(f, f"{a}/api/recordings", [
            ("audio", "lena_seitz.m4a", "audio/mp4", L(M4A + b"\x21", MEDIA)),
            ("meta", None, "application/json", {"studentId": kid, "piece": "Seitz 2, mvt 1",
                                                "teacher": TEACHER[1]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": TEACHER[1], "class": CLASS, "client_id": rid(rng), "text": L(
                "Lena struggles with the shifts in bar 12, could you show her again?",
                f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/absences", fmt="form", headers=_h(rng, **b), body={
            "studentId": KID_ID, "date": "2025-12-10",
            "reason": L("Lena has a fever and an ear infection", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/recitals/rc_2512/tickets", headers=_h(rng, **b), body={
            "holders": [L("Jane Doe", NAMEC), L(HUSBAND[0], NAMEC)], "count": 2,
            "total": L("10.00", BUY), "venue": CONSERVATORY["id"]}),
        case(f, f"{a}/api/students/{KID_ID}/consents", fmt="form", headers=_h(rng, **b),
             body={"photos": "false", "recordingsPublic": "false"}),
        case(f, f"{a}/api/students/{KID_ID}/pickup", headers=_h(rng, **b), body={"people": [
            {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "father"},
            {"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
             "relation": "neighbour"}]}),
        case(f, f"{a}/api/scores/search", headers=_h(rng, **b), query={
            "q": L("Seitz concerto 2 violin", SEARCH), "level": "2"}),
        case(f, f"{a}/api/exams/solfege", headers=_h(rng, **b), body={
            "studentId": kid, "birth": L("03.09.2015", BIRTH),
            "matricule": L(KID["matrikel"], NATID), "fee": L("25.00", BUY), "session": "2026-06"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceToken": L(INSTALL_ID, DID),
            "language": L("fr", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "child": kid, "events": [
                ev("practice_logged", 1), ev("recording_uploaded", 2),
                ev("view", 3, view=L("Timetable", USAGE))]}),
        case(f, f"{a}/api/students/current", headers=_h(rng, how="none"), cookies={
            "ms_session": L(opaque(rng, "", 40), CRED), "ms_student": kid,
            "ms_locale": L("fr_LU", DEV)}),
    ]


def museksschoul_sdks() -> list[Case]:
    rng = random.Random(11908)
    return [
        cl_batch(APP, rng, [("Practice Logged", {"minutes": L(25, USAGE)}),
                            ("Recording Uploaded", {"instrument": "violin"})]),
        cl_traits(APP, rng, {"children": 1, "child_age": L(KID["age"], BIRTH),
                             "instrument": "violin"}),
        ih_event(APP, rng, "enrolment_complete", {"term": "2025-T2"}, revenue=182.0),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        fs_eval(APP, rng, {"childAge": L(KID["age"], BIRTH), "resident": False}),
        pn_register(APP, rng, tags={"child": L(KID["first"], NAMEC), "class": CLASS},
                    lang="fr"),
        pm_sepa(APP, rng),
        cq_save(APP, rng, {"analytics": True, "ads": False}, user=True, country="LU"),
        cf_sessions(APP, rng, secs=611),
        ch_attach(APP, rng, L(JPEG + b"\x22", MEDIA), "violin_crack.jpg", "image/jpeg"),
    ]
