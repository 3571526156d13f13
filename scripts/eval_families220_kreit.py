"""The eighth-grade graduation app "Kreit Eit" of Nechap Elementary School (``kreit eit`` the
loan for "grade eight"; the daughter Marisa graduates): the school's own small API, English with
Chuukese words a local developer keeps (``nau`` child, ``sensei`` teacher (a Japanese loan),
``it`` name, ``iten_famili`` surname, ``ranin_upwutiw`` birth date, ``tekiyan`` height,
``chommong`` count, ``moni`` amount, ``liwin`` payment, ``mwaramwar`` flower crown, ``wa`` boat,
``kapas`` message, ``kuta`` search, ``leeni`` place, ``foto`` photo): the parent's log-in (OAuth
password grant), ``/me`` with a ``students`` claim, linking Marisa by her student number and
birth date, the graduate's registration (the name on the diploma, its pronunciation), the gown
(her height), guest tickets, the fee, a baby photo for the slideshow, the parents' line in the
programme, flower crowns ordered, the guests' boat from Weno, the party's allergy list, the
diploma name check, the ceremony check-in with her fix, a message to the class teacher, the
programme, the record by student number in the path, prints ordered, the graduate's speech
rehearsal (M4A), a gallery search, push and events by a session cookie. School e-journals and
yearbook photos exist in earlier sets; a graduation's own app does not ("graduation",
"commencement", "cap and gown", "valedictor" matched no docstring)."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
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
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families220_kit import (
    AUNT,
    DAUGHTER,
    HUSBAND,
    SCHOOL,
    SCHOOL_FIX,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families220_sdk import bf_bid, cm_crash, cm_crumb, mn_batch, mn_identify, tw_launch
from eval_families220_svc import ce_save, ct_card, ct_confirm, fp_eval, ha_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kreiteit", "Kreit Eit", "com.example.kreiteit", "1.2.3",
          "https://api.kreiteit.example.org")
IID = "X-KE-Device"
PW = "Marisa2012!Nechap"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
ST = DAUGHTER["student"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kreiteit() -> list[Case]:
    rng = random.Random(22041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), students=[L(ST, UID)],
                                    role="parent"))}
    sla, slo = fix(SCHOOL_FIX, 5)
    rec = at_path(case(f, f"{a}/v1/students/{ST}/graduation", headers=_h(rng, **b)), ST, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "kreiteit-parent"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/parents/link", headers=_h(rng, **b), body={
            "studentNo": L(ST, UID), "ranin_upwutiw": L(DAUGHTER["dob"], BIRTH),
            "relation": "inan (mother)", "parent": L(f"{FIRST} {LAST}", NAMEC),
            "parentPhone": L("+15550100199", TEL)}),
        case(f, f"{a}/v1/graduates", headers=_h(rng, **b), body={
            "studentNo": L(ST, UID), "it": L(DAUGHTER["first"], NAMEC),
            "iten_famili": L(DAUGHTER["last"], NAMEC), "diplomaName": L("Marisa S. Nukuto", NAMEC),
            "pronounce": L("Ma-REE-sa Noo-KOO-to", NAMEC), "honours": "salutatorian",
            "class": "8A"}),
        case(f, f"{a}/v1/gowns", fmt="form", headers=_h(rng, **b), body={
            "studentNo": L(ST, UID), "tekiyan": L("152", FIT), "size": "M",
            "colour": "navy"}),
        case(f, f"{a}/v1/tickets", headers=_h(rng, **b), body={
            "studentNo": L(ST, UID), "chommong": 4,
            "guests": [L(HUSBAND[0], NAMEC), L(AUNT[0], NAMEC), L(SISTER_US[0], NAMEC)],
            "moni": L(20, BUY)}),
        case(f, f"{a}/v1/liwin", fmt="form", headers=_h(rng, **b), body={
            "studentNo": L(ST, UID), "items": "gown,tickets,fee", "moni": L("65.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/slideshow", [
            ("foto", "marisa_baby.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {"studentNo": L(ST, UID), "year": "2013",
                                                "caption": L("Marisa at one, Nechap", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/programme/line", headers=_h(rng, **b), body={
            "studentNo": L(ST, UID),
            "kapas": L("Kinisou chapur Marisa! From Mom, Dad and Aunty Serina",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/mwaramwar", headers=_h(rng, **b), body={
            "chommong": 3, "for": L(KID, NAMEC), "flowers": "plumeria, ylang-ylang",
            "moni": L(45, BUY), "pickup": "2026-05-29T07:00", "maker": "mk_sapore_04"}),
        case(f, f"{a}/v1/wa/seats", headers=_h(rng, **b), body={
            "seni": "Weno (Mechitiw dock)", "ngeni": "Tonoas", "chommong": 2,
            "moni": L(16, BUY), "contact": L(SISTER_US[1], TEL), "trip": obj(rng, "bt")}),
        case(f, f"{a}/v1/party/allergies", headers=_h(rng, **b), body={
            "studentNo": L(ST, UID), "allergy": L("shellfish", MED),
            "kapas": L("Marisa cannot eat crab or shrimp", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/diploma/check", fmt="form", headers=_h(rng, **b), body={
            "studentNo": L(ST, UID), "diplomaName": L("Marisa S. Nukuto", NAMEC),
            "ranin_upwutiw": L(DAUGHTER["dob"], BIRTH), "mwaan_fefin": L("F", GENDER),
            "ok": "true"}),
        case(f, f"{a}/v1/ceremony/checkin", headers=_h(rng, **b), body={
            "ticket": obj(rng, "tk"), "leeni": {"lat": sla, "lng": slo},
            "venue": {"id": SCHOOL["id"], "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]}}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "sensei_8a", "thread": obj(rng, "th"),
            "kapas": L("Sensei, Marisa is nervous about her speech, can she practise on "
                       "Thursday?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/programme", headers=_h(rng, **b), query={
            "school": SCHOOL["id"], "year": "2026"}),
        rec,
        case(f, f"{a}/v1/prints", headers=_h(rng, **b), body={
            "photos": ["ph_1102", "ph_1107"], "size": "8x10", "chommong": 3,
            "moni": L(24, BUY), "studentNo": L(ST, UID)}),
        multipart(f, f"{a}/v1/speech/rehearsal", [
            ("audio", "speech.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"studentNo": L(ST, UID), "secs": 184})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/gallery/kuta", headers=_h(rng, **b), query={
            "kuta": L("Marisa speech", f"{SEARCH}|{NAMEC}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "ke_sid": L(opaque(rng, "", 40), CRED), "ke_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("ticket_bought", 1), ev("screen", 2, screen=L("Programme", USAGE))]}),
    ]


def kreiteit_sdks() -> list[Case]:
    rng = random.Random(22042)
    return [
        mn_batch(APP, rng, [("Tickets Bought", {"count": 4}),
                            ("Fee Paid", {"amount": L(65, BUY)})], at=SCHOOL_FIX, nd=3),
        mn_identify(APP, rng, {"role": "parent", "children": 1,
                               "fonu": L("Tonoas", COARSE)}),
        tw_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="school,graduation,gifts"),
        cm_crash(APP, rng, ("java.lang.NullPointerException", "gown size"),
                 [cm_crumb("nav", "Graduate -> Gown")], screen="GownActivity"),
        fp_eval(APP, rng, {"school": SCHOOL["id"], "children": 1}),
        pk_register(APP, rng, tags={"school": SCHOOL["id"], "class": "8A"}),
        ce_save(APP, rng, {"analytics": True, "marketing": False}),
        ct_card(APP, rng),
        ct_confirm(APP, rng, "65.00"),
        ha_message(APP, rng, L(f"The ticket for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"studentNo": L(ST, UID)}),
    ]
