"""A children's carpet-weaving class app "Qolinbof" for her daughter Zarina (the child's data;
carpet and weaving apps exist in sets 95, 106, 109, 117 and 129: this one is a Dushanbe
after-school class for children, the parent's account): the parent's sign-up and log-in,
``/me``, the child's profile and health note, the enrolment, progress by the child's ID in the
path, a photo and a video of her carpet, attendance (msgpack), a message to the teacher, photo
consent, the timetable by a child-profile cookie, an emergency contact, a Play purchase, push
and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families131_kit import DAUGHTER, HUSBAND, KID_ID, LOOM, TEACHER, knots, obj
from eval_families131_sdk import by_bid, fp_session, gm_batch, gm_identify, il_event, il_launch
from eval_families131_svc import at_save, ck_message, pc_register, ss_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("qolinbof", "Qolinbof", "org.example.qolinbof", "1.4.3",
          "https://api.qolinbof.example.org")
IID = "X-Qb-Install"
PASS = "Qolin-Gul-2014"
KID_NAME = L(DAUGHTER[0], NAMEC)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def qolinbof() -> list[Case]:
    rng = random.Random(13151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID_ID, UID)]))}
    prog = at_path(case(f, f"{a}/api/v1/children/{KID_ID}/progress", headers=_h(rng, **b)),
                   KID_ID, UID)
    work = at_path(multipart(f, f"{a}/api/v1/children/{KID_ID}/works", [
        ("photo", "qolin.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
        ("meta", None, "application/json", {
            "child": L(KID_ID, UID), "pattern": "gul-i bodom", "rows": 18,
            "knotsPerRow": knots(rng, 6), "loom": LOOM,
            "title": L("Zarina's first almond-flower rug", f"{TEXT}|{NAMEC}")})],
        headers=_h(rng, **b)), KID_ID, UID)
    clip = multipart(f, f"{a}/api/v1/works/videos", [
        ("video", "weaving.mp4", "video/mp4", L(MP4 + b"\x72", MEDIA)),
        ("meta", None, "application/json", {"child": L(KID_ID, UID), "seconds": 24})],
        headers=_h(rng, **b))
    return [
        case(f, f"{a}/api/v1/parents", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "password": L(PASS, CRED), "relation": "mother", "lang": L("en", DEV)}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PASS, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/children", headers=_h(rng, **b), body={
            "id": L(KID_ID, UID), "firstName": KID_NAME, "lastName": L(LAST, NAMEC),
            "dob": L(DAUGHTER[1], BIRTH), "age": L(DAUGHTER[2], BIRTH),
            "gender": L("girl", GENDER), "school": "School No. 20", "grade": 5,
            "health": L("mild asthma, wool dust makes her cough", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/enrolments", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "course": "crs_young_weavers", "term": "2025-winter",
            "fee": L("240.00", BUY), "currency": "TJS", "enrolment": obj(rng, "enr")}),
        prog,
        work,
        clip,
        case(f, f"{a}/api/v1/attendance", fmt="msgpack", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "date": "2025-12-09", "present": True,
            "pickedUpBy": {"name": L(NAME, NAMEC), "phone": L(PHONE, TEL)}}),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "to": TEACHER[1], "child": L(KID_ID, UID),
            "text": L("Zarina will miss Thursday, she has a cough again",
                      f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/api/v1/consents", fmt="form", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "photos": "class_only", "video": "no",
            "signature": L(NAME, NAMEC), "parentPin": L("2014", CRED)}),
        case(f, f"{a}/api/v1/timetable", headers=_h(rng, how="none"), cookies={
            "qb_session": L(opaque(rng, "", 40), CRED), "qb_child": L(KID_ID, UID),
            "qb_req": rid(rng)}),
        case(f, f"{a}/api/v1/children/{KID_ID}/emergency", headers=_h(rng, **b), body={
            "contacts": [{"name": L(NAME, NAMEC), "phone": L(PHONE, TEL), "rel": "mother"},
                         {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                          "rel": "father"}]}),
        case(f, f"{a}/api/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("qolinbof.term.winter", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3371-0912-4471-20518", BUY)}),
        case(f, f"{a}/api/v1/looms/{LOOM}/book", fmt="form", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "slot": "2025-12-13T10:00"}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Asia/Dushanbe", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "events": [
                ev("work_uploaded", 1, child=L(KID_ID, UID)), ev("timetable_viewed", 2),
                ev("screen", 3, screen=L("ChildProgress", USAGE))]}),
        case(f, f"{a}/api/v1/teachers/{TEACHER[1].split('@')[0]}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/courses", headers=_h(rng, **b), query={
            "age": L(str(DAUGHTER[2]), BIRTH)}),
        case(f, f"{a}/api/v1/gallery", headers=_h(rng, **b), query={
            "class": "crs_young_weavers", "page": "1"}),
        case(f, f"{a}/api/v1/notifications", headers=_h(rng, **b)),
    ]


def qolinbof_sdks() -> list[Case]:
    rng = random.Random(13152)
    return [
        gm_batch(APP, rng, [("Work Uploaded", {"child_age": L(DAUGHTER[2], BIRTH)}),
                            ("Term Purchased", {"price": L(240, BUY)})]),
        gm_identify(APP, rng, {"children": 1, "child_first_name": L(DAUGHTER[0], NAMEC)}),
        il_launch(APP, rng, n=3, user=True),
        il_event(APP, rng, "purchase", {"sku": "term.winter"}, revenue=240.0),
        by_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        fp_session(APP, rng, secs=188),
        pc_register(APP, rng, tags={"child_age": L(str(DAUGHTER[2]), BIRTH)}),
        at_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        ss_eval(APP, rng, {"kids": 1}, hdr=True),
        ck_message(APP, rng, L("The video of Zarina's rug will not upload", f"{TEXT}|{NAMEC}"),
                   {"child": L(KID_ID, UID)}),
    ]
