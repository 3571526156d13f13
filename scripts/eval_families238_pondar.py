"""A children's accordion studio's parent app "Kekhat Pondar" (Nazran; Zalina, 8, learns the
Ingush accordion and dances in the studio's ensemble; an English camelCase API with Ingush
words: ``ber`` child, ``yoi`` daughter/girl, ``deshar`` lesson (lit. "learning"),
``khekharkho`` teacher, ``yish`` tune, ``lovzar`` dance (also a celebration), ``pondar``
instrument, ``lakhal`` height, ``dozal`` weight, ``khaam`` message, ``surt`` photo,
``lekhar`` search, ``makh`` price, ``tsi`` name, ``familie`` surname, ``vaennai_di`` birth
date, ``kayla_dosh`` password): the parent's sign-up, an OAuth password grant, ``/me`` with a
``beri`` claim, Zalina enrolled (SNILS, birth date), the timetable, a private lesson booked and
paid, an absence (an ear infection), a practice recording (audio), the practice log
(protobuf), an accordion rented, the costume's measurements, concert tickets, the ticket by
number in the path, a pick-up by her grandmother, the door check-in with her fix, a message to
the teacher, the concert photo with a publication consent, a search, homework ticks (msgpack),
push and events with a session cookie. Children's music schools exist (sets 95, 111) and
single-instrument variants (a pipe band, a harp); here an accordion and folk-dance studio."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    M4A,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families238_kit import (
    DAUGHTER,
    MOTHER_IL,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families238_sdk import bl_bid, cm_crash, cm_crumb, mg_batch, mg_identify, tv_launch
from eval_families238_svc import ca_card, ca_confirm, cb_save, fd_eval, hg_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kekhatpondar", "Kekhat Pondar", "com.example.kekhatpondar", "3.0.2",
          "https://api.kekhatpondar.example.com")
IID = "X-KP-Device"
PW = "Zalina2017!Pondar"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
TICKET = "KT-0207-3318"  # the concert tickets' order (financial.purchase)
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kekhat_pondar() -> list[Case]:
    rng = random.Random(23831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    pupil = DAUGHTER["pupil"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), beri=[L(pupil, UID)],
                                    role="parent"))}
    sla, slo = fix(STUDIO_FIX, 5)
    lab: dict[str, str] = {}
    practice = pb([(1, L(pupil, UID)), (2, 1768550400), (3, [(1, "yish_07"), (2, 96), (3, 25)]),
                   (4, [(1, "yish_11"), (2, 88), (3, 15)]), (5, "3.0.2")], "", lab)
    ticket = at_path(case(f, f"{a}/v3/tickets/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v3/parents", headers=_h(rng), body={
            "tsi": L(FIRST, NAMEC), "familie": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "kayla_dosh": L(PW, CRED), "relation": "nana"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kp-parent-android"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/ber", headers=_h(rng, **b), body={
            "tsi": L(DAUGHTER["first"], NAMEC), "familie": L(DAUGHTER["last"], NAMEC),
            "vaennai_di": L(DAUGHTER["dob"], BIRTH), "pol": L(DAUGHTER["sex"], GENDER),
            "snils": L(DAUGHTER["snils"], NID), "pupilNo": L(pupil, UID),
            "group": "kp_junior_2", "pondar": "kekhat_pondar"}),
        case(f, f"{a}/v3/timetable", headers=_h(rng, **b), query={
            "ber": L(pupil, UID), "week": "2026-W03", "studio": STUDIO["id"]}),
        case(f, f"{a}/v3/deshar/book", headers=_h(rng, **b), body={
            "ber": L(pupil, UID), "slot": obj(rng, "ds"), "khekharkho": "tch_0014",
            "minutes": 45, "makh": L(1200, BUY), "currency": "RUB"}),
        case(f, f"{a}/v3/payments", fmt="form", headers=_h(rng, **b), body={
            "ber": L(pupil, UID), "month": "2026-02", "amount": L("4800.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v3/absences", headers=_h(rng, **b), body={
            "ber": L(pupil, UID), "date": "2026-01-22", "reason": L("illness", MED),
            "note": L("Zalina has an ear infection and drops, she misses Thursday's deshar.",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v3/recordings", [
            ("audio", "zalina_yish07.m4a", "audio/mp4", L(M4A + b"\x07", MEDIA)),
            ("meta", None, "application/json", {"ber": L(pupil, UID), "yish": "yish_07",
                                                "tempo": 96})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v3/practice", practice, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/pondar/rent", headers=_h(rng, **b), body={
            "ber": L(pupil, UID), "instrument": "acc_2_4_row_0093", "months": 3,
            "deposit": L(5000, BUY), "makh": L(900, BUY)}),
        case(f, f"{a}/v3/costume", headers=_h(rng, **b), body={
            "ber": L(pupil, UID), "lovzar": "ensemble_spring", "lakhal": L(128, FIT),
            "dozal": L(26, FIT), "chest": L(62, FIT), "shoe": L(31, FIT),
            "makh": L(3500, BUY)}),
        case(f, f"{a}/v3/concerts/cn_0207/tickets", headers=_h(rng, **b), body={
            "order": L(TICKET, BUY), "seats": 3, "total": L(900, BUY),
            "buyer": {"name": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)}}),
        ticket,
        case(f, f"{a}/v3/pickup", headers=_h(rng, **b), body={
            "ber": L(pupil, UID), "person": {"tsi": L(MOTHER_IL[0], NAMEC),
                                             "telefon": L(MOTHER_IL[1], TEL),
                                             "relation": "grandmother"},
            "days": ["mon", "wed"]}),
        case(f, f"{a}/v3/door/checkin", headers=_h(rng, **b), body={
            "ber": L(pupil, UID), "at": {"lat": sla, "lng": slo},
            "door": {"id": "dr_main", "lat": STUDIO["lat"], "lng": STUDIO["lon"]},
            "kind": "dropoff"}),
        case(f, f"{a}/v3/khaam", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "tch_0014",
            "text": L("Khekharkho Madina, Zalina practised the lovzar tune every evening, can "
                      "she play it at the concert?", f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v3/surt", [
            ("photo", "concert_row2.jpg", "image/jpeg", L(JPEG + b"\x17", MEDIA)),
            ("meta", None, "application/json", {"ber": L(pupil, UID),
                                                "publish": "studio_only",
                                                "consentBy": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/lekhar", headers=_h(rng, **b), query={
            "q": L("ingush lovzar notes for beginners", SEARCH)}),
        case(f, f"{a}/v3/homework/ticks", fmt="msgpack", headers=_h(rng, **b), body={
            "ber": L(pupil, UID), "week": "2026-W03",
            "ticks": [{"task": "scales_c", "done": True}, {"task": "yish_07", "done": True},
                      {"task": "bellows", "done": False}]}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", headers=_h(rng, how="none"), cookies={
            "kp_sid": L(opaque(rng, "", 40), CRED), "kp_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("timetable_opened", 1), ev("screen", 2, screen=L("Recordings", USAGE))]}),
    ]


def kekhat_pondar_sdks() -> list[Case]:
    rng = random.Random(23832)
    return [
        mg_batch(APP, rng, [("Lesson Booked", {"price": L(1200, BUY)}),
                            ("Recording Uploaded", {"seconds": 94})]),
        mg_identify(APP, rng, {"role": "parent", "children": 1, "gala": L("Magas", COARSE)}),
        tv_launch(APP, rng),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,kids,accordion"),
        cm_crash(APP, rng, ("android.media.MediaCodec$CodecException", "recorder stop"),
                 [cm_crumb("nav", "Ber -> Recordings"), cm_crumb("tap", "record_stop")],
                 user={"id": L(USER_ID, UID)}, screen="RecorderActivity"),
        fd_eval(APP, rng, {"studio": STUDIO["id"], "children": 1}),
        pk_register(APP, rng, tags={"studio": STUDIO["id"], "group": "kp_junior_2"}),
        cb_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "4800.00"),
        hg_message(APP, rng, L(f"The February payment for {KID} shows unpaid",
                               f"{TEXT}|{NAMEC}"), {"ber": L(DAUGHTER["pupil"], UID)}),
    ]
