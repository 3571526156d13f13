"""Kids' coding game "Bytebud" with a parent dashboard (the user is the parent; her son plays):
the parent's sign-up and log-in, ``/me``, the child's profile, a parent PIN, a classroom joined by
code, projects (the blocks' source, a recorded sprite voice and a drawn sprite), a typing lesson
(key events), drag telemetry (msgpack), a level, the gallery, canned chat, the dashboard by the
child's ID in the path, screen-time limits, a friend approval, a subscription bought on Play,
report e-mails, a support ticket, push, events and the badges by a cookie GET. Ads are
child-directed (COPPA: no advertising ID)."""

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
    GENDER,
    KEYS,
    M4A,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    TEXT,
    UID,
    USAGE,
    keys,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, STATE, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families25_kit import PNG
from eval_families37_kit import (
    CLASS_CODE,
    KID_AGE,
    KID_BIRTH_YEAR,
    KID_FIRST,
    PARENT_PIN,
    TEACHER_MAIL,
    drag,
    obj,
)
from eval_families37_sdk import (
    am_launch,
    bf_bid,
    cc_crash,
    cc_crumb,
    ml_batch,
)
from eval_families37_svc import ct_save, hq_message, nw_register, pl_card, pl_confirm, ts_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bytebud", "Bytebud", "com.example.bytebud", "2.8.5",
          "https://api.bytebud.example.com")
IID = "X-Bytebud-Install"
PW = "Robots&Kites88"
KID_ID = "kid_4c81e07d"  # the child's profile on her account (id.user)
FRIENDS = others(random.Random(3751), 3, "kid_")  # other children (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def bytebud() -> list[Case]:
    rng = random.Random(3752)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="parent",
                                    kids=[L(KID_ID, UID)]))}
    b = {"auth": "bearer"}
    proj = obj(rng, "prj", 10)
    dash = at_path(case(f, f"{a}/v2/parents/kids/{KID_ID}/report",
                        headers=_h(rng, **b), query={"range": "7d"}), KID_ID, UID)
    return [
        case(f, f"{a}/v2/parents/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "state": L(STATE, COARSE), "consentMethod": "card_check", "agreeCoppa": True}),
        case(f, f"{a}/v2/parents/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/parents/kids", headers=_h(rng, **b), body={
            "nickname": L(KID_FIRST, NAMEC), "birthYear": L(KID_BIRTH_YEAR, BIRTH),
            "age": L(KID_AGE, BIRTH), "gender": L("boy", GENDER), "grade": 4,
            "avatar": "av_robot_07", "readingLevel": "independent"}),
        case(f, f"{a}/v2/parents/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L(PARENT_PIN, CRED), "confirm": L(PARENT_PIN, CRED)}),
        case(f, f"{a}/v2/classrooms/join", headers=_h(rng, **b), body={
            "kid": L(KID_ID, UID), "code": L(CLASS_CODE, CRED),
            "teacher": {"name": "Ms. Alvarez", "email": TEACHER_MAIL},
            "school": "P.S. 116 Mary Lindley Murray"}),
        case(f, f"{a}/v2/projects", headers=_h(rng, **b), body={
            "id": proj, "kid": L(KID_ID, UID), "title": L("Milo's Space Dog", f"{TEXT}|{NAMEC}"),
            "source": L('when flag clicked\n  say "Hi I am Milo and this is Rocket"\n'
                        '  repeat 10: move 10 steps', f"{TEXT}|{NAMEC}"),
            "blocks": 14, "sprites": ["spr_dog_02", "spr_star_11"]}),
        multipart(f, f"{a}/v2/projects/{proj}/sounds", [
            ("sound", "rocket_bark.m4a", "audio/mp4", L(M4A + b"\x75", MEDIA)),
            ("meta", None, "application/json", {"name": "bark", "durationMs": 2380})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/projects/{proj}/costumes", [
            ("image", "drawing.png", "image/png", L(PNG + b"\x76", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v2/lessons/typing/attempts", headers=_h(rng, **b), body={
            "lesson": "tl_print_03", "kid": L(KID_ID, UID),
            "keys": L(keys(rng, 'print("hi")'), f"{KEYS}|{TEXT}"), "wpm": 11, "errors": 2}),
        case(f, f"{a}/v2/telemetry/drag", fmt="msgpack", headers=_h(rng, **b), body={
            "project": proj, "block": "motion_move", "path": L(drag(rng, 18), MOTION),
            "dropped": True}),
        case(f, f"{a}/v2/levels/lvl_loops_05/complete", headers=_h(rng, **b), body={
            "kid": L(KID_ID, UID), "stars": 3, "attempts": 2, "playTimeS": L(412, USAGE),
            "hintsUsed": 1}),
        case(f, f"{a}/v2/gallery/submit", headers=_h(rng, **b), body={
            "project": proj, "title": L("Space Dog", TEXT),
            "description": L("my dog Rocket flies to the moon and back", TEXT),
            "showFirstName": False}),
        case(f, f"{a}/v2/chat/canned", fmt="form", headers=_h(rng, **b), body={
            "to": FRIENDS[0], "phrase": "cp_017", "project": proj}),
        dash,
        case(f, f"{a}/v2/parents/limits", headers=_h(rng, **b), body={
            "kid": L(KID_ID, UID), "dailyMinutes": 45, "bedtime": "19:30",
            "weekendMinutes": 90, "chat": "canned_only"}),
        case(f, f"{a}/v2/parents/friend-requests/{obj(rng, 'fr', 8)}", fmt="form",
             headers=_h(rng, **b), body={"decision": "approve", "from": FRIENDS[1]}),
        case(f, f"{a}/v2/store/verify", headers=_h(rng, **b), body={
            "productId": L("bytebud_family_yearly", BUY),
            "orderId": L("GPA.3390-7731-0412-66018", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/parents/notifications", fmt="form", headers=_h(rng, **b), body={
            "weeklyReport": "1", "reportEmail": L(EMAIL, MAIL), "tips": "0"}),
        case(f, f"{a}/v2/support/tickets", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "topic": "progress_lost",
            "text": L("Milo's loops level progress vanished after the update",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "tablet": L(False, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "kid": L(KID_ID, UID), "events": [
                ev("level_complete", 1, level="loops_05"), ev("project_saved", 2),
                ev("screen", 3, screen=L("Editor", USAGE))]}),
        case(f, f"{a}/v2/kids/badges", headers=_h(rng, how="none"),
             cookies={"bb_sess": L(opaque(rng, "", 40), CRED), "bb_kid": L(KID_ID, UID)}),
    ]


def bytebud_sdks() -> list[Case]:
    rng = random.Random(3753)
    return [
        ml_batch(APP, rng, [("Level Complete", {"level": "loops_05", "age": L(KID_AGE, BIRTH)}),
                            ("Project Saved", {"blocks": 14})]),
        am_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 728, "h": 90}}, coppa=True,
               keywords="kids,coding,education"),
        cc_crash(APP, rng, ("java.lang.OutOfMemoryError", "costume bitmap"),
                 [cc_crumb("navigation", "Editor -> PaintEditor")], screen="PaintActivity"),
        ts_eval(APP, rng, {"kidAge": L(KID_AGE, BIRTH), "classroom": True}),
        nw_register(APP, rng, tags={"role": "parent", "kid_age": L(KID_AGE, BIRTH)}),
        ct_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        pl_card(APP, rng, email=True),
        pl_confirm(APP, rng, "0.50"),
        hq_message(APP, rng, L("How do I let Milo share projects only with his class?",
                               f"{TEXT}|{NAMEC}"), {"plan": "family"}),
    ]
