"""The national spelling bee's parent app "Beelize" (Aniya, 11, won her district bee in Dangriga
and spells in the national final in Belize City): an English API, as the bee's organisers run
it, with Garifuna and Kriol words where the Dangriga developer kept them (``taun`` town,
``distrik`` district, ``irahu`` child, ``meisturu`` teacher/coach, ``liburu`` book (a word
list), ``sensu`` amount, ``weyu`` day). The parent's sign-up, an e-mail code, ``/me`` with a
``spellers`` claim, Aniya registered (her social security number, school, standard), her
photo, the word lists by speller number, a protobuf practice session, a voice recording of
her spelling, the final's check-in with her mother's fix, the travel grant (msgpack), the fee,
the hotel night, the medical and emergency form (gzip), the media consent, the results by
speller number in the path, a message to her coach, a search, the home address, push and
events with a session cookie. No earlier docstring names a spelling bee ("spelling bee", "quiz
bowl" and "math olymp" matched nothing; school e-journals and a science fair exist)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
from eval_families252_kit import (
    DAUGHTER,
    DG_HOME,
    HUSBAND,
    SCHOOL,
    VENUE,
    VENUE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families252_sdk import bg_bid, cm_crash, cm_crumb, mh_batch, mh_identify, tp_launch
from eval_families252_svc import cb_save, cg_card, cg_confirm, fc_eval, hp_message, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("beelize", "Beelize", "com.example.beelize", "4.1.0", "https://api.beelize.example.org")
IID = "X-Beelize-Device"
PW = "Hummingbird#2026"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
SP = DAUGHTER["speller"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def beelize() -> list[Case]:
    rng = random.Random(25231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), spellers=[L(SP, UID)],
                                    role="guardian"))}
    vla, vlo = fix(VENUE_FIX, 5)
    lab: dict[str, str] = {}
    practice = pb([(1, L(SP, UID)), (2, 1772006400),
                   (3, [(1, "list_nat_26"), (2, 50), (3, 43), (4, 612)]), (4, "4.1.0")], "", lab)
    results = at_path(case(f, f"{a}/v1/results/{SP}", headers=_h(rng, **b),
                           query={"round": "district"}), SP, UID)
    return [
        case(f, f"{a}/v1/guardians", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(E164, TEL), "password": L(PW, CRED),
            "relation": "mother", "taun": L(DG_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("409117", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/spellers", headers=_h(rng, **b), body={
            "irahu": {"firstName": L(DAUGHTER["first"], NAMEC),
                      "lastName": L(DAUGHTER["last"], NAMEC),
                      "dob": L(DAUGHTER["dob"], BIRTH), "sex": L(DAUGHTER["sex"], GENDER),
                      "socialSecurity": L(DAUGHTER["ssn"], NID)},
            "school": SCHOOL["id"], "standard": "6", "speller": L(SP, UID),
            "distrik": L("Stann Creek", COARSE),
            "meisturu": L("Velda Arzu", NAMEC)}),
        multipart(f, f"{a}/v1/spellers/photo", [
            ("photo", "aniya_badge.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"speller": L(SP, UID), "use": "badge"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/liburu", headers=_h(rng, **b), query={
            "speller": L(SP, UID), "level": "national", "page": "3"}),
        raw(f, f"{a}/v1/practice", practice, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/practice/voice", [
            ("audio", "word_rhythm.m4a", "audio/mp4", L(M4A + b"\x02", MEDIA)),
            ("meta", None, "application/json", {"speller": L(SP, UID), "word": "rhythm",
                                                "attempt": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/final/checkin", headers=_h(rng, **b), body={
            "speller": L(SP, UID), "at": {"lat": vla, "lng": vlo},
            "venue": {"id": VENUE["id"], "lat": VENUE["lat"], "lng": VENUE["lon"]},
            "seat": "C-14"}),
        case(f, f"{a}/v1/travel/grant", fmt="msgpack", headers=_h(rng, **b), body={
            "speller": L(SP, UID), "from": L("Dangriga", COARSE), "to": "Belize City",
            "mode": "bus", "riders": 2, "sensu": L(48, BUY),
            "chaperone": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/final/guests", headers=_h(rng, **b), body={
            "speller": L(SP, UID), "guests": [
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
                {"name": L("Cleotilda Palacio", NAMEC)}],
            "tickets": 2, "total": L(20, BUY)}),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "speller": L(SP, UID), "sensu": L("25.00", BUY), "currency": "BZD",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/lodging", headers=_h(rng, **b), body={
            "hotel": "ht_fortst", "nights": 1, "weyu": "2026-04-22",
            "guests": [L(f"{FIRST} {LAST}", NAMEC), L(KID, NAMEC)], "total": L(160, BUY)}),
        case(f, f"{a}/v1/medical", gz=True, headers=_h(rng, **b), body={
            "speller": L(SP, UID), "conditions": [L("asthma", MED)],
            "medication": L("salbutamol inhaler before exercise", MED),
            "emergency": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/consent/media", fmt="form", headers=_h(rng, **b), body={
            "speller": L(SP, UID), "photo": "yes", "broadcast": "yes",
            "signedBy": L(f"{FIRST} {LAST}", NAMEC)}),
        results,
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "coach_dg07",
            "text": L("Miss Arzu, Aniya keeps missing 'rhythm' and 'Caribbean', can we practise "
                      "Thursday after school?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("words with silent k", SEARCH)}),
        case(f, f"{a}/v1/profile/address", headers=_h(rng, **b), body={
            "line": L(DG_HOME["line"], ADDR), "taun": L(DG_HOME["town"], COARSE),
            "distrik": L(DG_HOME["district"], COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "bz_sid": L(opaque(rng, "", 40), CRED), "bz_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("list_opened", 1), ev("screen", 2, screen=L("Practice", USAGE))]}),
    ]


def beelize_sdks() -> list[Case]:
    rng = random.Random(25232)
    return [
        mh_batch(APP, rng, [("Practice Done", {"score": 43}),
                            ("Fee Paid", {"amount": L(25, BUY)})]),
        mh_identify(APP, rng, {"role": "guardian", "children": 1,
                               "taun": L("Dangriga", COARSE)}),
        tp_launch(APP, rng),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,books,spelling"),
        cm_crash(APP, rng, ("java.lang.NullPointerException", "word audio"),
                 [cm_crumb("nav", "Liburu -> Practice")],
                 user={"id": L(USER_ID, UID)}, screen="PracticeActivity"),
        fc_eval(APP, rng, {"round": "national", "children": 1}),
        pj_register(APP, rng, tags={"round": "national", "distrik": L("Stann Creek", COARSE)}),
        cb_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cg_card(APP, rng),
        cg_confirm(APP, rng, "25.00"),
        hp_message(APP, rng, L(f"The entry fee for {KID} still shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"speller": L(SP, UID)}),
    ]
