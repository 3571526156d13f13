"""A Hamakua-coast zipline tour's booking app "Zippah" (she takes her sister Sarah, visiting from
Ohio, and Malia on the nine-line tour over the gulch). Its API's keys are Hawaii Pidgin with
English where such APIs keep it (``email``, ``token``, ``promo``): ``nem`` / ``fam_nem`` name and
surname, ``fone``, ``da_sekret`` password, ``bafday`` birth date, ``kode`` e-mailed code,
``da_gang`` the party, ``how_heavy`` weight, ``how_old`` age, ``wen`` / ``wat_time`` date and
time, ``book_um`` booking, ``hamuch`` amount, ``pay_um`` payment, ``las_4`` last four digits,
``hapai`` pregnant, ``back_pilikia`` / ``heart_pilikia`` back and heart trouble, ``recent_owie``
recent injury, ``emergency_who``, ``wea_you_at`` where she is, ``shaka`` rating,
``wat_you_tink`` review, ``look_fo`` search, ``mesej`` message, ``makana`` gift): sign-up, an
e-mailed code, ``/me``, tours, slots, the booking for three with their weights, the payment, the
health waiver (gzip) and its signature, the minor's waiver, a check-in at the base with her fix,
the booking by number in the path, the photo package (msgpack), a review, a search, a gift
voucher for her sister, a message to the guide, a referral (base64 JSON in a form field),
receipts by cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DASHED,
    DID,
    DIGITS,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families259_kit import (
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    SISTER,
    ZIP_BOOKING,
    ZIPS,
    ZIPS_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families259_sdk import (
    bp_bid,
    bp_notice,
    cn_session,
    mo_batch,
    tk_event,
    tk_launch,
    tk_link,
)
from eval_families259_svc import mp_reverse, mp_route, mp_telemetry, pl_card, pl_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("zippah", "Zippah", "com.example.zippah", "4.0.6", "https://api.zippah.example.com")
IID = "X-Zippah-Device"
PW = "Gulch9Lines!"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(28)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def zippah() -> list[Case]:
    rng = random.Random(25941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}", NAMEC)))}
    zla, zlo = fix(ZIPS_FIX)
    booking = at_path(case(f, f"{a}/api/bookings/{ZIP_BOOKING}", headers=_h(rng, **b)),
                      ZIP_BOOKING, BUY)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "nem": L(FIRST, NAMEC), "fam_nem": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fone": L(DASHED, TEL), "da_sekret": L(PW, CRED), "bafday": L(DOB, BIRTH),
            "news_ok": False}),
        case(f, f"{a}/api/auth/email_kode", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kode": L("314159", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/tours", headers=_h(rng, **b), query={
            "site": ZIPS["id"], "wen": "2026-03-14"}),
        case(f, f"{a}/api/tours/zl_hmk_9line/slots", headers=_h(rng, **b), query={
            "wen": "2026-03-14", "da_gang": "3"}),
        case(f, f"{a}/api/book_um", headers=_h(rng, **b), body={
            "tour": "zl_hmk_9line", "wen": "2026-03-14", "wat_time": "10:30",
            "book_um": L(ZIP_BOOKING, BUY), "hamuch": L(447, BUY), "da_gang": [
                {"nem": L(f"{FIRST} {LAST}", NAMEC), "how_heavy": L(142, FIT)},
                {"nem": L(SISTER[0], NAMEC), "how_heavy": L(128, FIT)},
                {"nem": L(KID, NAMEC), "how_heavy": L(76, FIT), "how_old": L(10, BIRTH)}]}),
        case(f, f"{a}/api/pay_um", fmt="form", headers=_h(rng, **b), body={
            "book_um": L(ZIP_BOOKING, BUY), "hamuch": L("447.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "las_4": L("4444", PAY),
            "promo": "KAMAAINA10"}),
        case(f, f"{a}/api/waiver", gz=True, headers=_h(rng, **b), body={
            "book_um": ZIP_BOOKING, "sign_by": L(f"{FIRST} {LAST}", NAMEC),
            "hapai": L(False, MED), "back_pilikia": L(False, MED),
            "heart_pilikia": L(False, MED),
            "recent_owie": L("Sprained ankle in February, all healed now", f"{TEXT}|{MED}"),
            "emergency_who": {"nem": L(HUSBAND[0], NAMEC), "fone": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/api/waiver/signature", [
            ("signature", "sign.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"book_um": L(ZIP_BOOKING, BUY),
                                                "form": "waiver_adult_v5"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/waiver/minor", headers=_h(rng, **b), body={
            "book_um": L(ZIP_BOOKING, BUY), "keiki_nem": L(KID, NAMEC),
            "bafday": L(DAUGHTER["dob"], BIRTH), "guardian": L(f"{FIRST} {LAST}", NAMEC),
            "relation": "mom"}),
        case(f, f"{a}/api/check_in", headers=_h(rng, **b), body={
            "book_um": L(ZIP_BOOKING, BUY), "wea_you_at": {"lat": zla, "lng": zlo},
            "base": {"id": ZIPS["id"], "lat": ZIPS["lat"], "lng": ZIPS["lon"]},
            "check_in_id": obj(rng, "ci")}),
        booking,
        case(f, f"{a}/api/photos/buy", fmt="msgpack", headers=_h(rng, **b), body={
            "book_um": L(ZIP_BOOKING, BUY), "package": "digital_all", "hamuch": L(39, BUY),
            "lines": [{"line": 4, "clip": "cl_8812"}, {"line": 9, "clip": "cl_8850"}]}),
        case(f, f"{a}/api/review", fmt="form", headers=_h(rng, **b), body={
            "tour": "zl_hmk_9line", "shaka": "5",
            "wat_you_tink": L("Da view of da waterfall was unreal, my sista was screaming da "
                              "whole time!", TEXT)}),
        case(f, f"{a}/api/look_fo", headers=_h(rng, **b), query={
            "look_fo": L("zipline weight limit keiki", SEARCH)}),
        case(f, f"{a}/api/makana", headers=_h(rng, **b), body={
            "to": {"nem": L(SISTER[0], NAMEC), "email": L(SISTER[2], MAIL)},
            "mesej": L("Fo next time you come, sis! Da night tour stay even mo scary", TEXT),
            "hamuch": L(150, BUY), "voucher": opaque(rng, "ZV", 8)}),
        case(f, f"{a}/api/mesej", headers=_h(rng, **b), body={
            "to": "guide_desk", "book_um": L(ZIP_BOOKING, BUY),
            "mesej": L("We running 15 minutes late, stuck behind one big truck on da highway",
                       TEXT)}),
        case(f, f"{a}/api/referral", fmt="form", headers=_h(rng, **b), body={
            "data": W({"email": L(EMAIL, MAIL), "fone": L(DIGITS, TEL),
                       "friend_email": L(SISTER[2], MAIL)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/receipts", headers=_h(rng, how="none"), cookies={
            "zp_sesh": L(opaque(rng, "", 40), CRED), "zp_device": L(INSTALL_ID, DID),
            "zp_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("book_um", 1, hamuch=L(447, BUY)), ev("screen", 2, screen=L("MyTrip", USAGE))]}),
    ]


def zippah_sdks() -> list[Case]:
    rng = random.Random(25942)
    link = U("https://zippah.example.com/b", {"book": L(ZIP_BOOKING, BUY), "src": "mail",
                                              "em": L(EMAIL, MAIL)})
    return [
        mo_batch(APP, rng, [("Tour Booked", {"total": L(447, BUY)}),
                            ("Checked In", {"site": ZIPS["id"]})], at=ZIPS_FIX, nd=3),
        tk_launch(APP, rng, first=True),
        tk_link(APP, rng, link),
        tk_event(APP, rng, "purchase", {"book": L(ZIP_BOOKING, BUY)}, revenue=447.0, hashed=True),
        bp_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=HOME_AT, nd=2,
               keywords="zipline,waterfall,hamakua"),
        bp_notice(APP, rng, "imp"),
        cn_session(APP, rng, secs=733),
        pl_card(APP, rng, email=True),
        pl_confirm(APP, rng, "447.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((ZIPS["lat"], ZIPS["lon"]), None)]),
        mp_telemetry(APP, rng, [HOME_AT, ZIPS_FIX], PRECISE),
        mp_reverse(APP, rng, ZIPS_FIX, PRECISE, nd=5),
    ]
