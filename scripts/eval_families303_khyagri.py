"""Ice-climbing school app "Khyagri" (``khyag`` ice, ``ri`` mountain: a village climbing school in
Phortse runs two-week winter courses on the frozen falls above the village for guides, porters
and residents; she takes the basic course after her frostbite healed). Its API's keys are Sherpa,
ASCII-folded, with English loans (``email``, ``code``, ``visa``, ``route``) and Nepali ones
(``bima`` insurance): ``lobma`` student, ``lobjong`` course, ``gegen`` instructor, ``min`` /
``gyuming`` given / family name, ``khapar`` phone, ``sangta`` password, ``kyetshe`` birth date,
``pho_mo`` sex, ``lamyig`` passport, ``yul`` town, ``jitse`` weight, ``thotse`` height, ``lham``
boot size, ``chalag`` gear, ``dzey`` item, ``kha`` count, ``ne`` illness, ``men`` medicine,
``nyenkha_drog`` emergency contact, ``lagta`` signature, ``gong`` price, ``ngultre`` payment,
``nesa`` lodging, ``nyin`` day, ``tshok`` check-in, ``sacha`` place, ``par`` photo / video,
``tam`` message, ``tshol`` search. Calls: sign-up (passport, visa), an e-mail code, ``/nga``,
courses, the enrolment (weight, height, boot size), the medical waiver (gzip), the waiver's
signature image, the payment, gear hire (msgpack), a dorm bed, the check-in at the ice wall with
her fix, a day's log (form), a climbing video, the instructor's feedback by student number in
the path, the certificate by cookie, a message to the instructor, a review, a search, an offline
sync (JSON Lines), push and events. New kind: a docstring grep for "ice climb", "climbing
school", "climbing course", "crampon", "ice axe" and "via ferrata" matched only set 76's ski
app; set 117 has a climbing permit app and set 99 a trekking permit: this is a school's course."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families303_kit import (
    BROTHER_IL,
    HOME,
    HOME_AT,
    HUSBAND,
    ICESCHOOL,
    ICEWALL_FIX,
    PASSPORT,
    POLICY,
    VISA,
    fix,
    hd,
    obj,
    push,
)
from eval_families303_sdk import (
    bk_bid,
    bk_notice,
    ct_session,
    th_event,
    th_launch,
    tr_batch,
    tr_identify,
)
from eval_families303_svc import ck_save, cp_card, cp_confirm, hw_message, mg_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("khyagri", "Khyagri", "com.example.khyagri", "1.4.3", "https://api.khyagri.example.org")
IID = "X-Khyagri-Device"
PW = "Taboche!Ice26"
NID = "personal.national_id"
FIT = "health.fitness"
LM = "LM-26-0455"  # her student number (id.user)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(34)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def khyagri() -> list[Case]:
    rng = random.Random(30371)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lobma=L(LM, UID)))}
    wla, wlo = fix(ICEWALL_FIX)
    fb = at_path(case(f, f"{a}/v1/lobma/{LM}/feedback", headers=_h(rng, **b)), LM, UID)
    return [
        case(f, f"{a}/v1/lobma", headers=_h(rng), body={
            "min": L(FIRST, NAMEC), "gyuming": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "khapar": L(E164, TEL), "sangta": L(PW, CRED), "kyetshe": L(DOB, BIRTH),
            "pho_mo": L("mo", GENDER), "lamyig": L(PASSPORT, NID), "visa": L(VISA, NID),
            "yul": L(HOME["town"], COARSE), "lobma": L(LM, UID)}),
        case(f, f"{a}/v1/auth/email", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("264017", CRED)}),
        case(f, f"{a}/v1/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lobjong", headers=_h(rng, **b), query={
            "season": "2026-02", "level": "basic", "school": ICESCHOOL["id"]}),
        case(f, f"{a}/v1/lobjong/enrol", headers=_h(rng, **b), body={
            "lobjong": "ic_basic_feb", "lobma": L(LM, UID), "gong": L(18000, BUY),
            "jitse": L(58, FIT), "thotse": L(165, FIT), "lham": L(39, FIT),
            "chalag": [{"dzey": "crampons"}, {"dzey": "harness", "size": "S"}]}),
        case(f, f"{a}/v1/waiver", gz=True, headers=_h(rng, **b), body={
            "lobma": L(LM, UID),
            "ne": [L("frostbite, left hallux and second toe, January 2026", MED)],
            "asthma": L(False, MED), "men": [L("pentoxifylline 400 mg", MED)],
            "bima": L(POLICY, UID),
            "nyenkha_drog": {"min": L(HUSBAND[0], NAMEC), "khapar": L(HUSBAND[1], TEL)},
            "lagta": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/waiver/lagta", [
            ("lagta", "signature.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"lobma": L(LM, UID), "form": "waiver_v3"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ngultre", fmt="form", headers=_h(rng, **b), body={
            "gong": L("18000", BUY), "dram": "NPR", "metod": L(opaque(rng, "pm_", 24), PAY),
            "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/chalag", fmt="msgpack", headers=_h(rng, **b), body={
            "lobma": L(LM, UID), "chalag": [{"dzey": "ice_axe", "kha": 2},
                                           {"dzey": "boots", "lham": L(39, FIT)}],
            "gong": L(2400, BUY)}),
        case(f, f"{a}/v1/nesa/ngonzin", headers=_h(rng, **b), body={
            "lobma": L(LM, UID), "nyin": 13, "room": "dorm_b", "gong": L(4500, BUY),
            "tam": L("A bed near the stove please", TEXT)}),
        case(f, f"{a}/v1/tshok", headers=_h(rng, **b), body={
            "lobma": L(LM, UID), "sacha": {"lat": wla, "lng": wlo},
            "wall": {"id": "wl_upper", "lat": ICESCHOOL["lat"], "lng": ICESCHOOL["lon"]}}),
        case(f, f"{a}/v1/nyin/log", fmt="form", headers=_h(rng, **b), body={
            "nyin": "2", "route": "wi3_left",
            "tam": L("Left toes numb and white after two hours, stopped early",
                     f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/par", [
            ("par", "first_lead.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"lobma": L(LM, UID),
                                                "caption": L("My first WI3 lead", TEXT)})],
            headers=_h(rng, **b)),
        fb,
        case(f, f"{a}/v1/cert/latest", headers=_h(rng, how="none"), cookies={
            "kh_sess": L(opaque(rng, "", 40), CRED), "kh_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/tam", headers=_h(rng, **b), body={
            "to": "gegen_pemba", "thread": obj(rng, "th"),
            "tam": L(f"Can my brother-in-law {BROTHER_IL[0]} ({BROTHER_IL[1]}) join the rescue "
                     "day?", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/review", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "tam": L("Patient instructors, warm tea at the wall.", TEXT)}),
        case(f, f"{a}/v1/tshol", headers=_h(rng, **b), query={
            "tshol": L("mixed climbing course March", SEARCH)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "log", "nyin": 2, "lobma": L(LM, UID)},
            {"op": "tshok", "lat": L(round(ICEWALL_FIX[0], 5), PRECISE),
             "lng": L(round(ICEWALL_FIX[1], 5), PRECISE)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("course_booked", 1), ev("screen", 2, screen=L("DayLog", USAGE))]}),
    ]


def khyagri_sdks() -> list[Case]:
    rng = random.Random(30372)
    return [
        tr_batch(APP, rng, [("Course Booked", {"total": L(18000, BUY)}), ("Waiver Signed", {})],
                 at=ICEWALL_FIX, nd=2),
        tr_identify(APP, rng, {"level": "basic", "yul": L("Namche", COARSE),
                               "lobma": L(LM, UID)}),
        th_launch(APP, rng, first=True),
        th_event(APP, rng, "purchase", {"course": "ic_basic_feb"}, revenue=18000.0, hashed=True),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=ICEWALL_FIX, nd=2,
               keywords="climbing,ice,gear"),
        bk_notice(APP, rng, "win"),
        ct_session(APP, rng, secs=733),
        ck_save(APP, rng, {"analytics": True, "marketing": True}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "18000"),
        mg_geocode(APP, rng, "Phortse Ice School", SEARCH, near=HOME_AT, nd=3),
        hw_message(APP, rng, L("Please move my course to the March dates", TEXT),
                   {"lobma": L(LM, UID)}),
    ]
