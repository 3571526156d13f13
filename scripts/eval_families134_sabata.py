"""A Seventh-day Adventist congregation's app "Sabata" (Area 47, Lilongwe; her religion; a
``/v1`` camelCase API). Unlike set 132's Presbyterian fellowship and the parish, mosque and
church apps of sets 101, 112, 124, 126, 128, 130 and 131, it is built around the Sabbath: the
Sabbath School lesson and class attendance, the tithe-and-offering envelope paid by mobile money,
the Adventurer club's Little Lambs (her son), the Dorcas welfare society, the camp meeting and a
health expo's blood-pressure screening. Calls: member sign-up, a log-in (form), ``/me`` with a
JWT, the quarter's lesson, class attendance with her fix, the envelope and its payment, her son
enrolled in Little Lambs and his photo, a prayer request, a Dorcas donation, a hymn search, the
camp-meeting registration, a Bible-study group, the health expo, the directory by a cookie GET,
a group message, statements by member number in the path, an offline attendance queue
(msgpack), push and events."""

from __future__ import annotations

import random
from typing import Any

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
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families134_kit import (
    CHURCH,
    CHURCH_FIX,
    FRIEND,
    HOME,
    HUSBAND,
    MEMBER,
    MOMO,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families134_sdk import ac_launch, ck_crash, ck_crumb, ck_session, sm_batch, sm_identify
from eval_families134_svc import cm_confirm, cz_check, cz_save, hc_message, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sabata", "Sabata", "com.example.sabata", "2.2.6", "https://api.sabata.example.org")
IID = "X-Sabata-Device"
PW = "Sabbath7th&Rest"
FIT = "health.fitness"
CONG = "Area 47 SDA Church"
CHILD = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sabata() -> list[Case]:
    rng = random.Random(13451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER, UID), church=L(CONG, SENS)))}
    cla, clo = fix(CHURCH_FIX, 4)
    envelope = "ENV-" + opaque(rng, "", 8).upper()
    kid = obj(rng, "kid", 8)
    stmts = at_path(case(f, f"{a}/v1/giving/statements/{MEMBER}", headers=_h(rng, **b),
                         query={"year": "2025"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "gender": L("female", GENDER), "church": CHURCH["id"],
            "denomination": L("Seventh-day Adventist", SENS), "baptised": L(True, SENS),
            "memberNo": L(MEMBER, UID), "spouse": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lessons/current", headers=_h(rng, **b), query={
            "quarter": "2025Q4", "lang": L("ny", DEV), "class": L("adult", SENS)}),
        case(f, f"{a}/v1/sabbath-school/attendance", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "class": L("Dorcas Sisters class", SENS),
            "date": "2025-12-06", "studiedDays": 6, "at": {"lat": cla, "lon": clo},
            "churchAt": {"lat": CHURCH["lat"], "lon": CHURCH["lon"]}}),
        case(f, f"{a}/v1/giving/envelopes", headers=_h(rng, **b), body={
            "envelope": L(envelope, BUY), "lines": [
                {"fund": L("Tithe", SENS), "amount": L(25000, BUY)},
                {"fund": L("Combined offering", SENS), "amount": L(5000, BUY)},
                {"fund": L("Camp meeting", SENS), "amount": L(3000, BUY)}],
            "total": L(33000, BUY)}),
        case(f, f"{a}/v1/giving/pay", fmt="form", headers=_h(rng, **b), body={
            "envelope": L(envelope, BUY), "amount": L("33000", BUY), "msisdn": L(MOMO, TEL),
            "network": "momo", "ref": rid(rng)}),
        case(f, f"{a}/v1/clubs/adventurers/enrol", headers=_h(rng, **b), body={
            "child": {"firstName": L(SON["first"], NAMEC), "lastName": L(SON["last"], NAMEC),
                      "birthDate": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER),
                      "allergies": [L("penicillin", MED)]},
            "club": L("Little Lambs", SENS), "parent": L(MEMBER, UID), "photoConsent": True,
            "kidId": kid}),
        multipart(f, f"{a}/v1/clubs/adventurers/{kid}/photo", [
            ("photo", "taonga.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {"crop": "face", "w": 600})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/prayer-requests", headers=_h(rng, **b), body={
            "text": L("Please pray for my mother-in-law Agnes, her sugar is high again",
                      f"{TEXT}|{SENS}|{MED}|{NAMEC}"), "visibility": "pastors"}),
        case(f, f"{a}/v1/dorcas/donations", headers=_h(rng, **b), body={
            "items": [{"kind": "clothes", "qty": 12},
                                                {"kind": "maize flour 10kg", "qty": 2}],
            "valueMwk": L(26000, BUY), "dropOff": CHURCH["id"],
            "society": L("Dorcas Welfare", SENS)}),
        case(f, f"{a}/v1/hymns/search", headers=_h(rng, **b), query={
            "q": L("Nyimbo ya Sabata 12", f"{SEARCH}|{SENS}"), "book": "ny-hymnal"}),
        case(f, f"{a}/v1/camp-meeting/registrations", headers=_h(rng, **b), body={
            "event": L("Central Malawi Conference camp meeting 2025", SENS),
            "attendees": [{"name": L(f"{FIRST} {LAST}", NAMEC)},
                          {"name": L(HUSBAND[0], NAMEC)}, {"name": L(CHILD, NAMEC),
                                                            "age": L(3, BIRTH)}],
            "tent": "family", "fee": L(15000, BUY)}),
        case(f, f"{a}/v1/groups/join", fmt="form", headers=_h(rng, **b), body={
            "group": L("Area 47 women's Bible study", SENS), "day": "wednesday"}),
        case(f, f"{a}/v1/health-expo/screenings", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "systolic": L(128, MED), "diastolic": L(84, MED),
            "weightKg": L(68.4, FIT), "heightCm": L(166, FIT), "glucoseMmol": L(5.6, MED),
            "station": "bp-2"}),
        case(f, f"{a}/v1/directory", headers=_h(rng, how="none"), cookies={
            "sb_session": L(opaque(rng, "", 40), CRED), "sb_device": L(INSTALL_ID, DID),
            "sb_church": CHURCH["id"]}),
        case(f, f"{a}/v1/groups/messages", headers=_h(rng, **b), body={
            "group": L("Area 47 women's Bible study", SENS),
            "text": L(f"{FRIEND[0].split()[0]} will host on Wednesday, call her on {FRIEND[1]}",
                      f"{TEXT}|{NAMEC}|{TEL}")}),
        stmts,
        case(f, f"{a}/v1/offline/attendance", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "items": [
                {"class": L("Dorcas Sisters class", SENS), "date": "2025-11-29"},
                {"class": L("Little Lambs", SENS), "date": "2025-11-29",
                 "child": L(CHILD, NAMEC)}]}),
        case(f, f"{a}/v1/visits/request", headers=_h(rng, **b), body={
            "address": L(HOME["line"], "contact.address"),
            "text": L("Elder, please visit, my husband wants to join the baptism class",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("lesson_opened", 1, day=6), ev("envelope_paid", 2),
                ev("screen", 3, screen=L("SabbathSchool", USAGE))]}),
    ]


def sabata_sdks() -> list[Case]:
    rng = random.Random(13452)
    return [
        sm_batch(APP, rng, [("Lesson Opened", {"quarter": "2025Q4"}),
                            ("Envelope Paid", {"total": L(33000, BUY)})], at=CHURCH_FIX, nd=2),
        sm_identify(APP, rng, {"church": L(CONG, SENS), "city": L("Lilongwe", COARSE),
                               "memberNo": L(MEMBER, UID)}),
        ac_launch(APP, rng, user=True, n=22),
        ck_crash(APP, rng, ("java.io.IOException", "audio stream closed"),
                 [ck_crumb("nav", "Lesson -> Audio"), ck_crumb("tap", "play")],
                 screen="LessonAudioActivity"),
        ck_session(APP, rng, secs=1804),
        pn_register(APP, rng, lang="ny", at=CHURCH_FIX, nd=2,
                    tags={"church": L(CONG, SENS), "ministry": L("Dorcas", SENS)}),
        cz_save(APP, rng, {"analytics": True, "marketing": False}),
        cz_check(APP, rng, {"analytics": True, "marketing": False}),
        cm_confirm(APP, rng, "33000"),
        hc_message(APP, rng, L("The envelope shows twice in my statement for December",
                               f"{TEXT}|{BUY}"), {"memberNo": L(MEMBER, UID)}),
    ]
