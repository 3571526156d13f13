"""Blind set twenty-two, part four: a tutoring marketplace ("Tutorwell"), used by a parent for her
child; its GraphQL API, a few REST calls and the SDKs it embeds (see ``eval_families22.py`` for the
rules of this set, its conventions and its calls).

First party (GraphQL: operation name, query text and variables): sign-up (e-mail, password, names,
the phone dashed, ZIP), the SMS code, the child's profile (first name, birth year, an ADHD note and
an IEP flag), a tutor search near a 3-decimal position with a typed query, a tutor's profile, the
upcoming lessons as a persisted-query GET (JSON variables in the query string), a message to a tutor
naming the child's ADHD, a lesson booking at home (street line, city, ZIP, a package and its price,
a card), a co-parent invitation, a review, the profile (time zone, E.164 phone) and push
registration; REST: the lesson's video-room token, a homework photo (multipart) and the config with
the device in the query. Calls carry OkHttp's default User-Agent, the install ID in capitals and,
signed in, a bearer JWT with the user ID and e-mail claims. SDKs: the legacy analytics form upload
and an identify, an MMP purchase event and a referral deep-link click, a crash whose HTTP
breadcrumb carries the e-mail, card token and confirmation, address autocomplete, the tutor's
studio map, push with a focus ping, flags, consent lookup and save.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families18_kit import IID_UPPER
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, T0, ZIP, App
from eval_families22_kit import CHILD_FIRST, PARTNER, STUDIO_AT, gql, sdk_uuid
from eval_families22_sdk import (
    cr_click,
    cr_event,
    gw_event,
    http,
    nav,
    sl_event,
    sl_identify,
    sl_legacy,
)
from eval_families22_svc import (
    bc_focus,
    bc_player,
    cn_event,
    cn_lookup,
    fw_init,
    fw_user,
    ms_geocode,
    ms_static,
    tl_confirm,
    tl_token,
)
from eval_payloads import EMAIL, LAT, LON, USER_ID, Case, J, L, W, case, rnd_hex, rnd_uuid

TU = App("tutorwell", "Tutorwell", "com.example.tutorwell", "3.18.0",
         "https://gql.tutorwell.example.com/graphql")
REST = "https://api.tutorwell.example.com/v1"
LESSON = "ls_40Xq7Rb2"
STUDENT = "st_2291Ka"
TUTOR = "tu_88c1e0"


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": "okhttp/4.12.0", "X-Install-Id": L(IID_UPPER, DID),
                         "apollographql-client-name": "tutorwell-android",
                         "apollographql-client-version": TU.ver}
    if auth:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                "role": "parent", "iat": T0, "exp": T0 + 3600,
                                "jti": rnd_hex(rng, 16)})
    return h


def _q(rng: random.Random, op: str, text: str, variables: dict[str, Any],
       auth: bool = True) -> Case:
    return case(TU.fam, TU.api, headers=_h(rng, auth), body=gql(op, text, variables))


def tutorwell() -> list[Case]:
    rng = random.Random(22041)
    f = TU.fam
    out = [_q(rng, "SignUp", "mutation SignUp($input: SignUpInput!) { signUp(input: $input) "
              "{ token user { id } } }", {"input": {
                  "email": L(EMAIL, MAIL), "password": L("Fractions4Fun!", CRED),
                  "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                  "phone": L(DASHED, TEL), "zip": L(ZIP, COARSE), "role": "parent",
                  "referralCode": "FRIEND25"}}, auth=False)]
    out.append(_q(rng, "VerifyPhone", "mutation VerifyPhone($phone: String!, $code: String!) "
                  "{ verifyPhone(phone: $phone, code: $code) { ok } }",
                  {"phone": L(E164, TEL), "code": L("482913", CRED)}))
    out.append(_q(rng, "AddStudent", "mutation AddStudent($input: StudentInput!) "
                  "{ addStudent(input: $input) { id } }", {"input": {
                      "firstName": L(CHILD_FIRST, NAMEC), "birthYear": L(2015, BIRTH),
                      "grade": 5, "subjects": ["math", "reading"],
                      "learningNeeds": [L("ADHD", MED)], "hasIEP": L(True, SENS)}}))
    out.append(_q(rng, "SearchTutors", "query SearchTutors($q: String, $near: GeoInput, "
                  "$subject: Subject) { tutors(q: $q, near: $near, subject: $subject) "
                  "{ id name rate rating } }", {
                      "q": L("fractions word problems", SEARCH), "subject": "MATH",
                      "near": {"lat": L(round(LAT, 3), PRECISE), "lng": L(round(LON, 3),
                                                                          PRECISE)},
                      "mode": "IN_PERSON", "maxRate": 60}))
    out.append(_q(rng, "TutorProfile", "query TutorProfile($id: ID!) { tutor(id: $id) "
                  "{ id bio subjects availability { start } } }", {"id": TUTOR}))
    out.append(case(f, TU.api, headers=_h(rng), query={
        "operationName": "Upcoming",
        "variables": W({"studentId": STUDENT, "tz": L("America/New_York", DEV), "first": 10},
                       "json"),
        "extensions": '{"persistedQuery":{"version":1,"sha256Hash":"'
                      + rnd_hex(rng, 64) + '"}}'}))
    out.append(_q(rng, "SendMessage", "mutation SendMessage($threadId: ID!, $body: String!) "
                  "{ sendMessage(threadId: $threadId, body: $body) { id } }", {
                      "threadId": "th_" + rnd_hex(rng, 10),
                      "body": L("Hi! Mia struggles with fractions. She has ADHD so short "
                                "breaks help a lot. Are you free Tuesdays at 4?",
                                f"{TEXT}|{MED}")}))
    out.append(_q(rng, "BookLesson", "mutation BookLesson($input: BookingInput!) "
                  "{ bookLesson(input: $input) { id status } }", {"input": {
                      "tutorId": TUTOR, "studentId": STUDENT, "start": "2025-12-16T16:00:00-05:00",
                      "durationMin": 60, "location": {
                          "type": "HOME", "street": L(f"{LINE1}, {LINE2}", ADDR),
                          "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)},
                      "packageId": L("pkg_5x60_math", BUY), "price": L(275.0, BUY),
                      "paymentMethodId": L("pm_" + rnd_hex(rng, 24), PAY),
                      "idempotencyKey": rnd_uuid(rng)}}))
    out.append(_q(rng, "InviteGuardian", "mutation InviteGuardian($input: InviteInput!) "
                  "{ inviteGuardian(input: $input) { id } }", {"input": {
                      "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
                      "studentId": STUDENT, "role": "GUARDIAN"}}))
    out.append(case(f, f"{REST}/video/token", headers=_h(rng), body={
        "lessonId": L(LESSON, BUY), "identity": L(USER_ID, UID),
        "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}))
    out.append(multipart(f, f"{REST}/files", [
        ("meta", None, "application/json", {
            "lessonId": L(LESSON, BUY), "kind": "homework",
            "note": L("Page 2, questions 4-7 are the ones she got stuck on", TEXT)}),
        ("file", "worksheet_3.jpg", "image/jpeg", L(JPEG + b"\x33" * 40, MEDIA)),
    ], headers=_h(rng)))
    out.append(_q(rng, "LeaveReview", "mutation LeaveReview($input: ReviewInput!) "
                  "{ leaveReview(input: $input) { id } }", {"input": {
                      "lessonId": L(LESSON, BUY), "rating": 5,
                      "text": L("Patient and clear, Mia finally gets common denominators",
                                TEXT)}}))
    out.append(_q(rng, "UpdateProfile", "mutation UpdateProfile($input: ProfileInput!) "
                  "{ updateProfile(input: $input) { id } }", {"input": {
                      "timezone": L("America/New_York", DEV), "phone": L(E164, TEL),
                      "smsOptIn": True, "avatar": "av_12"}}))
    out.append(_q(rng, "RegisterDevice", "mutation RegisterDevice($token: String!, "
                  "$platform: Platform!) { registerDevice(token: $token, platform: $platform) }",
                  {"token": L(push_token(rng), DID), "platform": L("ANDROID", DEV)}))
    out.append(case(f, f"{REST}/config", headers=_h(rng, False), query={
        "model": L("Pixel 8", DEV), "os": L("14", DEV), "locale": L("en_US", DEV),
        "v": TU.ver}))
    return out


def tutorwell_sdks() -> list[Case]:
    rng = random.Random(22042)
    cuid = sdk_uuid(rng)
    out = [sl_legacy(TU, [
        sl_event(TU, 0, "Tutor Search", {"subject": "math", "results": 14}, adid=False),
        sl_event(TU, 1, "Tutor Profile Viewed", {"tutor": TUTOR, "rate": 55}, adid=False),
        sl_event(TU, 2, "Lesson Booked", {"lesson_id": L(LESSON, BUY),
                                          "price": L(275.0, BUY)}, adid=False)])]
    out.append(sl_identify(TU, {"role": "parent", "students": 1, "zip": L(ZIP, COARSE),
                                "plan": "pay_as_you_go"}))
    out.append(cr_event(TU, cuid, 6, "bk91zt", {"lesson_id": L(LESSON, BUY)}, revenue=275.0))
    out.append(cr_click(TU, cuid, 6, "https://tutorwell.example.com/r/invite", {
        "ref": L("u_Lq83Ha2Zt", UID), "utm_source": "sms", "utm_campaign": "refer_a_parent"}))
    out.append(gw_event(TU, rng, "com.example.tutorwell.net.ApiException",
                        "HTTP 409 on /v1/users/lookup", [
                            nav("Onboarding", "SignUp"),
                            http(f"{REST}/users/lookup", {"email": L(EMAIL, MAIL)}, 409)],
                        user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)}))
    out.append(tl_token(TU, rng))
    out.append(tl_confirm(TU, rng))
    out.append(ms_geocode(TU, "350 Fifth Ave", ADDR, nd=3))
    out.append(ms_static(TU, STUDIO_AT))
    out.append(bc_player(TU, push_token(rng), {"role": "parent", "subject_math": "1"}))
    out.append(bc_focus(TU, sdk_uuid(rng), 642))
    user = fw_user(TU, plan="payg")
    out.append(fw_init(TU, user))
    cid = sdk_uuid(rng)
    out.append(cn_lookup(TU, cid))
    out.append(cn_event(TU, cid, False, uid=False))
    return out
