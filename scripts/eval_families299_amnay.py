"""A children's camel-riding club's parent app "Amnay" (rider; Saturday lessons on the club's
calm camels at the edge of town, a children's race at the end of the season): the child's data.
Keys are Tamasheq in Latin letters (ASCII-folded) with French loans and English API words:
``esem``/``esem_n_ebba`` first/family name, ``ashal_n_tahut`` birth date, ``sekse`` sex
(``tabarart`` girl), ``lekkol`` school (loan), ``nimero_n_lekkol`` school number, ``amnay``
rider (the rider number), ``kilo`` weight (loan), ``teghrert`` height (a coinage), ``tarhent``
illness/allergy, ``anna`` mother, ``amekkas`` the person collecting (a coinage from "take"),
``tamedrayt`` lesson slot, ``amis`` camel, ``edag`` place, ``azref`` amount, ``takfit`` payment,
``awal`` message, ``asiggel`` search, ``foto`` photo, ``kask`` helmet (loan), ``tazzla`` race
(lit. running), ``nak`` me. The parent's password grant, ``/nak`` with a ``riders`` claim, the
girl's enrolment, her health form (gzip), the waiver signed, the term fee, the schedule, a lesson
booked, the gate check-in, her progress by rider number in the path, a photo on the camel, an
absence note, a pick-up authorisation for her grandmother, a message to the instructor, a helmet,
the race entry, a protobuf walk beat, an attendance sync (JSON Lines), an invoice by cookie
(base64 JSON preferences), a search, push and events. "horse" matches many set docstrings
(set 151's horse hire among them); "camel rac", "camel market" and "dromedar" matched nothing."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families299_kit import (
    CAMEL_SCHOOL,
    CLUB,
    CLUB_FIX,
    DAUGHTER,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families299_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families299_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("amnay", "Amnay", "com.example.amnay", "1.3.5", "https://api.amnay.example.com")
IID = "X-Amnay-Device"
PW = "Tiwit!Amnay2017"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PARENT_PHONE = "+1 (555) 010-0199"  # her number as she typed it in the emergency field


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def amnay() -> list[Case]:
    rng = random.Random(29941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    rider = DAUGHTER["rider"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), riders=[L(rider, UID)],
                                    role="anna"))}
    gla, glo = fix(CLUB_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, CLUB["id"]), (3, 1766217600),
               (4, [(1, L(CLUB_FIX[0], PRECISE)), (2, L(CLUB_FIX[1], PRECISE)), (3, 14.0)]),
               (5, L(47, DEV))], "", lab)
    progress = at_path(case(f, f"{a}/v1/amnay/{rider}/progress", headers=_h(rng, **b),
                            query={"term": "1"}), rider, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "amnay-parent"}),
        case(f, f"{a}/v1/nak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/amnay", headers=_h(rng, **b), body={
            "esem": L(DAUGHTER["first"], NAMEC), "esem_n_ebba": L(DAUGHTER["last"], NAMEC),
            "ashal_n_tahut": L(DAUGHTER["dob"], BIRTH), "sekse": L(DAUGHTER["sex"], GENDER),
            "lekkol": "EPA Agadez 7", "nimero_n_lekkol": L(DAUGHTER["school_no"], UID),
            "kilo": L(24, "health.fitness"), "teghrert": L(127, "health.fitness"),
            "amnay": L(rider, UID), "anna": {"esem": L(f"{FIRST} {LAST}", NAMEC),
                                             "portabl": L(PARENT_PHONE, TEL)}}),
        case(f, f"{a}/v1/amnay/tarhent", gz=True, headers=_h(rng, **b), body={
            "amnay": L(rider, UID), "tarhent": [L("dust allergy", MED)],
            "asthma": L(False, MED), "isefran": L("cetirizine 5 mg when windy", MED),
            "sang": L("O+", MED), "vaksin_menin": L("2026-02-20", MED),
            "awal": L("She gets nosebleeds in the harmattan", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/waiver", [
            ("signature", "sig.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("form", None, "application/json", {"amnay": L(rider, UID), "form": "waiver_v3",
                                                "signed": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/takfit", fmt="form", headers=_h(rng, **b), body={
            "amnay": L(rider, UID), "term": "2025-T1", "azref": L("15000", BUY),
            "tadrimt": "XOF", "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/schedule", headers=_h(rng, **b), query={
            "amnay": L(rider, UID), "month": "2025-12"}),
        case(f, f"{a}/v1/tamedrayt", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "amnay": L(rider, UID), "amis": CAMEL_SCHOOL["id"],
            "instructor": "ins_rhissa", "ashal": "2025-12-20T08:00"}),
        case(f, f"{a}/v1/gate/ekchem", headers=_h(rng, **b), body={
            "amnay": L(rider, UID), "edag": {"lat": gla, "lng": glo},
            "club": {"id": CLUB["id"], "lat": CLUB["lat"], "lng": CLUB["lon"]},
            "kind": "drop_off"}),
        progress,
        multipart(f, f"{a}/v1/foto", [
            ("foto", "first_trot.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "amnay": L(rider, UID), "amis": CAMEL_SCHOOL["name"],
                "awal": L("Tinhinan on Tiwit, her first trot alone!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/absence", headers=_h(rng, **b), body={
            "amnay": L(rider, UID), "ashal": "2026-02-07", "reason": L("illness", MED),
            "awal": L("Tinhinan is taking antibiotics after her mother's meningitis scare, "
                      "she will not ride this Saturday.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/amekkas", headers=_h(rng, **b), body={
            "amnay": L(rider, UID),
            "amekkas": {"esem": L(MOTHER_IL[0], NAMEC), "portabl": L(MOTHER_IL[1], TEL),
                        "relation": "tamghart"}, "ashal": ["sat"]}),
        case(f, f"{a}/v1/awal", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "ins_rhissa",
            "awal": L("Could she ride the smaller camel again? The tall one scares her a bit.",
                      TEXT)}),
        case(f, f"{a}/v1/kask", fmt="form", headers=_h(rng, **b), body={
            "amnay": L(rider, UID), "size": "S", "azref": L("8000", BUY)}),
        case(f, f"{a}/v1/tazzla/entry", headers=_h(rng, **b), body={
            "amnay": L(rider, UID), "tazzla": "children_600m_2026", "category": "u10",
            "azref": L(2000, BUY), "anna_portabl": L(PARENT_PHONE, TEL)}),
        raw(f, f"{a}/v1/walk/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        lines(f, f"{a}/v1/attendance/sync", [
            {"op": "present", "amnay": L(rider, UID), "ashal": "2025-12-13"},
            {"op": "present", "amnay": L(rider, UID), "ashal": "2025-12-20"},
            {"op": "note", "lesson": obj(rng, "ls"), "awal": L("Mounted alone, sat well", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fakture", headers=_h(rng, how="none"), cookies={
            "am_sess": L(opaque(rng, "", 40), CRED),
            "am_prefs": W({"amnay": L(rider, UID), "lang": L("en", DEV)}, "b64json"),
            "am_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/asiggel", headers=_h(rng, **b), query={
            "asiggel": L("children's race rules helmet", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("lesson_booked", 1), ev("screen", 2, screen=L("Progress", USAGE))]}),
    ]


def amnay_sdks() -> list[Case]:
    rng = random.Random(29942)
    return [
        mc_batch(APP, rng, [("Lesson Booked", {"camel": CAMEL_SCHOOL["id"]}),
                            ("Term Paid", {"amount": L(15000, BUY)})]),
        mc_identify(APP, rng, {"role": "parent", "children": 1, "aghrem": L("Agadez", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,riding,camels"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "progress chart"),
                 [cd_crumb("nav", "Riders -> Progress")], screen="ProgressActivity"),
        fn_eval(APP, rng, {"club": CLUB["id"], "children": 1}),
        pt_register(APP, rng, tags={"club": CLUB["id"], "group": "u10"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "photos_public": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "15000"),
        hs_message(APP, rng, L(f"The term fee for {KID} was taken twice", f"{TEXT}|{NAMEC}"),
                   {"amnay": L(DAUGHTER["rider"], UID)}),
    ]
