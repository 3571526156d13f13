"""A gamelan studio's class app "Gendhingan" (she learns the saron and the gender at a sanggar
in Yogyakarta): term enrolment, lesson bookings, practice recordings, the notation library,
the studio's performance costume hire and term fees. No earlier set has a gamelan class (a
file-name and docstring grep for "gamelan" and "gendhing" found nothing); the music lessons of
earlier sets (a band 135, a drum 136) are Western instruments. English keys."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families150_kit import (
    PUPIL,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families150_sdk import (
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_pixel,
    mc_queue,
    tn_launch,
    tn_link,
)
from eval_families150_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    hs_message,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, U, W, case

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))
FIT, NATID = "health.fitness", "personal.national_id"

APP = App("gendhingan", "Gendhingan", "com.example.gendhingan", "2.3.7",
          "https://api.gendhingan.example.net")
IID = "X-Gendhingan-Device"
PW = "Saron&Gender2026"
OGG = b"OggS\x00\x02" + bytes(range(60))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def gendhingan() -> list[Case]:
    rng = random.Random(15031)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, pupil=L(PUPIL, UID), name=L(f"{FIRST} {LAST}",
                                                                     NAMEC)))}
    sla, slo = fix(STUDIO_FIX, 5)
    lesson = obj(rng, "ls")
    fees = at_path(case(f, f"{a}/v1/pupils/{PUPIL}/invoices", headers=_h(rng, **b)), PUPIL, UID)
    return [
        case(f, f"{a}/v1/pupils", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dob": L(DOB, BIRTH),
            "gender": L("female", GENDER), "level": "beginner", "instrument": "saron"}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/enrolments", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "term": "2026-1", "studio": STUDIO["id"],
            "class": "karawitan_dasar", "fee": L(600000, BUY), "invoice": L("GD-26-1-0334", BUY)}),
        fees,
        case(f, f"{a}/v1/payments", headers=_h(rng, **b), body={
            "invoice": L("GD-26-1-0334", BUY), "amount": L(600000, BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "pupil": L(PUPIL, UID)}),
        case(f, f"{a}/v1/lessons/book", fmt="form", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "slot": "2026-01-14T16:00", "teacher": "tc_0912",
            "instrument": "gender"}),
        case(f, f"{a}/v1/lessons/{lesson}/checkin", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "at": {"lat": sla, "lon": slo}, "studio": STUDIO["id"]}),
        multipart(f, f"{a}/v1/recordings", [
            ("audio", "ladrang_wilujeng.ogg", "audio/ogg", L(OGG, MEDIA)),
            ("meta", None, "application/json", {"pupil": L(PUPIL, UID),
                                                "piece": "Ladrang Wilujeng",
                                                "tempo": 60})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/library/search", headers=_h(rng, **b), query={
            "q": L("gendhing pelog barang", SEARCH), "level": "1"}),
        case(f, f"{a}/v1/practice", fmt="msgpack", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "minutes": L(35, USAGE), "piece": "lancaran",
            "day": "2026-01-12"}),
        case(f, f"{a}/v1/costumes/hire", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "items": ["kebaya_hitam_M", "jarik_parang"],
            "size": L("M", FIT), "deposit": L(100000, BUY), "event": "pentas_2026_02"}),
        case(f, f"{a}/v1/performances/tickets", fmt="form", headers=_h(rng, **b), body={
            "event": "pentas_2026_02", "qty": "3", "buyer": L(f"{FIRST} {LAST}", NAMEC),
            "email": L(EMAIL, MAIL), "total": L("75000", BUY)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "teacher", "pupil": L(PUPIL, UID),
            "text": L("Mas, my wrist is still sore from the tendinitis, can I play kenong "
                      "this week?", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/profile/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="none"),
             query={"studio": STUDIO["id"]},
             cookies={"gd_sid": L(opaque(rng, "", 40), CRED),
                      "gd_ctx": W({"pupil": L(PUPIL, UID), "lang": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), query={
            "pupil": L(PUPIL, UID), "term": "2026-1"}),
        case(f, f"{a}/v1/lessons/{lesson}/cancel", fmt="form", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "reason": L("Fever since last night, staying home",
                                                f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/pupils/{PUPIL}/feedback", headers=_h(rng, **b), body={
            "lesson": lesson, "stars": 5, "text": L("Pak Harjo explains the kendhangan "
                                                    "patterns so patiently", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("lesson_booked", 1), ev("recording_uploaded", 2),
                ev("screen", 3, screen=L("Library", USAGE))]}),
    ]


def gendhingan_sdks() -> list[Case]:
    rng = random.Random(15032)
    return [
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, U("https://gendhingan.example.net/invite",
                            {"ref": L(PUPIL, UID), "c": "pentas"})),
        mc_batch(APP, rng, [("Lesson Booked", {"instrument": "gender"}),
                            ("Recording Uploaded", {"seconds": 94})]),
        mc_queue(APP, rng, [("Practice Logged", {"minutes": L(35, USAGE)}),
                            ("Notation Opened", {"piece": "lancaran"})]),
        mc_pixel(APP, rng, "notice_viewed", {"studio": STUDIO["id"]}),
        cd_crash(APP, rng, ("java.io.IOException", "recorder busy"),
                 [cd_crumb("tap", "record")], screen="RecordActivity"),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "600000"),
        cy_check(APP, rng, {"analytics": True}),
        hs_message(APP, rng, L("I paid twice for term 2026-1", f"{TEXT}"), {"pupil": L(PUPIL,
                                                                                    UID)}),
    ]
