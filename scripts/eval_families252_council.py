"""A Garifuna heritage council's member app "Wagucha" ("our roots"): associate membership for her
(not Garifuna, married into a Garifuna family), the household's heritage, Garifuna language
classes, the Settlement Day (19 November) landing re-enactment and a family dugu (ancestral
rite). Its API's keys are Garifuna, ASCII-folded (``u`` for u-umlaut, ``n`` for n-tilde) with
English and Kriol loans: ``iri`` name, ``apeyidu`` surname, ``telefon``, ``paswod``,
``usteragule`` birth date, ``muna`` house (street line), ``taun`` town, ``etnisidad`` ethnicity
(Spanish loan), ``hosban`` husband, ``irahu`` child, ``uguchu`` mother, ``dimurei`` words
(the dictionary), ``meisturu`` teacher, ``aturiahani`` studies (a class), ``irumu`` year,
``sensu`` amount, ``pago`` payment, ``ritu`` rite, ``garada`` paper (a form), ``mesij``
message, ``busca`` search, ``posishan`` position. Registration, an OAuth password grant,
``/me``, the household, the classes, a class enrolment, Aniya's role in the landing, a dugu
contribution, a donation for the hall's roof, attendance at the dawn landing with her fix, the
calendar by town, a photo, a message to her teacher, the member card by number in the path,
dues (msgpack), a dictionary search, her pronunciation recording, a heritage survey (gzip),
push, events and a receipt by cookie. Sets 101, 102, 115 and 151 have parish apps, set 155 a
Xhosa healer, a later set a post-death ancestral rite booked from a phone; this is an ethnic
association's membership app (no earlier docstring names Garifuna or Settlement Day)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    M4A,
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
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families252_kit import (
    DAUGHTER,
    DG_HOME,
    DG_HOME_AT,
    HALL,
    HALL_FIX,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families252_sdk import bg_bid, cm_crash, cm_crumb, mh_batch, mh_identify, tp_event
from eval_families252_svc import cb_save, cg_card, cg_confirm, hp_message, mp_route, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("wagucha", "Wagucha", "com.example.wagucha", "1.8.2", "https://api.wagucha.example.org")
IID = "X-Wagucha-Device"
PW = "Yurumein1832!"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def wagucha() -> list[Case]:
    rng = random.Random(25221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER, UID),
                                    tier="associate"))}
    hla, hlo = fix(HALL_FIX, 4)
    card = at_path(case(f, f"{a}/v2/members/{MEMBER}/card", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v2/members", headers=_h(rng), body={
            "iri": L(FIRST, NAMEC), "apeyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "paswod": L(PW, CRED), "usteragule": L(DOB, BIRTH),
            "muna": L(DG_HOME["line"], ADDR), "taun": L(DG_HOME["town"], COARSE),
            "etnisidad": L("non-Garifuna (American)", SENS), "tier": "associate",
            "hosban": {"iri": L(HUSBAND[0], NAMEC), "etnisidad": L("Garifuna", SENS)},
            "member": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "wagucha-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/household", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "people": [
                {"iri": L(HUSBAND[0], NAMEC), "etnisidad": L("Garifuna", SENS),
                 "from": L("Hopkins", COARSE), "language": L("Garifuna (first)", SENS)},
                {"iri": L(KID, NAMEC), "irahu": True, "usteragule": L(DAUGHTER["dob"], BIRTH),
                 "etnisidad": L("Garifuna", SENS)},
                {"iri": L(MOTHER_IL[0], NAMEC), "uguchu": "hosban",
                 "language": L("Garifuna (first)", SENS)}]}),
        case(f, f"{a}/v2/aturiahani", headers=_h(rng, **b), query={
            "level": "beginner", "taun": "Dangriga", "term": "2026-1"}),
        case(f, f"{a}/v2/aturiahani/enrol", fmt="form", headers=_h(rng, **b), body={
            "class": obj(rng, "cl"), "member": L(MEMBER, UID), "level": "beginner"}),
        case(f, f"{a}/v2/settlement/roles", headers=_h(rng, **b), body={
            "irumu": 2025, "event": "yurumein-landing", "role": "canoe-child",
            "irahu": {"iri": L(KID, NAMEC), "usteragule": L(DAUGHTER["dob"], BIRTH),
                      "etnisidad": L("Garifuna", SENS)},
            "costume": "girl-m", "guardian_phone": L(E164, TEL)}),
        case(f, f"{a}/v2/ritu/contribution", headers=_h(rng, **b), body={
            "ritu": L("dugu", SENS), "for": L("Alfonso Palacio", NAMEC),
            "relation": "hosban_grandfather", "sensu": L(300, BUY), "currency": "BZD",
            "items": ["rum", "cassava bread", "chickens"], "temple": "dby_07"}),
        case(f, f"{a}/v2/donations", fmt="form", headers=_h(rng, **b), body={
            "fund": "hall-roof", "sensu": L("40", BUY), "currency": "BZD",
            "pago": L(opaque(rng, "pm_", 24), PAY), "anonymous": "false"}),
        case(f, f"{a}/v2/attendance", headers=_h(rng, **b), body={
            "event": "yurumein-landing", "weyu": "2025-11-19",
            "posishan": {"lat": hla, "lng": hlo},
            "hall": {"lat": HALL["lat"], "lng": HALL["lon"]}, "member": L(MEMBER, UID)}),
        case(f, f"{a}/v2/calendar", headers=_h(rng, **b), query={
            "taun": L("Dangriga", COARSE), "from": "2026-01-01"}),
        multipart(f, f"{a}/v2/album", [
            ("foto", "landing.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {
                "album": "yurumein-2025",
                "caption": L("Aniya in the canoe at the landing, so proud of her",
                             f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/mesij", headers=_h(rng, **b), body={
            "to": "meisturu_cl2",
            "mesij": L("Seremei meisturu! I missed Tuesday because my mother-in-law was in "
                       "hospital with her sugar", f"{TEXT}|{MED}")}),
        card,
        case(f, f"{a}/v2/dues", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "irumu": 2026, "sensu": L(25, BUY),
            "pago": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/dimurei", headers=_h(rng, **b), query={
            "busca": L("how to say grandmother", SEARCH), "limit": "20"}),
        multipart(f, f"{a}/v2/aturiahani/recording", [
            ("audio", "lesson4.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"member": L(MEMBER, UID), "lesson": 4})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/aturiahani/quiz", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "lesson": 4, "answers": [
                {"q": "good morning", "a": L("buiti binafi", TEXT)},
                {"q": "thank you", "a": L("seremei", TEXT)},
                {"q": "see you next year", "a": L("dari amu irumu", TEXT)}]}),
        case(f, f"{a}/v2/garada/survey", gz=True, headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "household_size": 3,
            "languages": ["English", L("Garifuna", SENS), "Kriol"],
            "religion": L("Catholic, and the family keeps the dugu", SENS),
            "taun": L("Dangriga", COARSE)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("class_joined", 1), ev("screen", 2, screen=L("Dimurei", USAGE)),
                ev("donation", 3, fund="hall-roof")]}),
        case(f, f"{a}/v2/receipts/latest", headers=_h(rng, how="none"), cookies={
            "wg_session": L(opaque(rng, "", 40), CRED), "wg_device": L(INSTALL_ID, DID),
            "wg_req": rid(rng)}),
    ]


def wagucha_sdks() -> list[Case]:
    rng = random.Random(25222)
    return [
        mh_batch(APP, rng, [("Class Joined", {"level": "beginner"}),
                            ("Landing Attended", {"irumu": 2025})], at=HALL_FIX, nd=2),
        mh_identify(APP, rng, {"member": L(MEMBER, UID), "heritage": L("garifuna-family", SENS),
                               "taun": L("Dangriga", COARSE)}),
        tp_event(APP, rng, "donation", {"fund": "hall-roof"}, revenue=40.0),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="culture,music,belize"),
        cm_crash(APP, rng, ("java.io.IOException", "recorder busy"),
                 [cm_crumb("nav", "Aturiahani -> Recording"), cm_crumb("tap", "record")],
                 screen="RecordingActivity"),
        pj_register(APP, rng, at=DG_HOME_AT, nd=2,
                    tags={"group": L("garifuna-members", SENS), "class": "beginner"}),
        cb_save(APP, rng, {"analytics": True, "marketing": False}),
        cg_card(APP, rng, email=True),
        cg_confirm(APP, rng, "40.00"),
        mp_route(APP, rng, [(DG_HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)],
                 mode="walking"),
        hp_message(APP, rng, L("My dues for 2026 show unpaid though I paid at the hall", TEXT),
                   {"member": L(MEMBER, UID)}),
    ]
