"""Math quiz-bee review app "Bilangan" (the daughter's Grade 4 team for the division math quiz
bee in Naga City; Bikol keys: ``aki`` child, ``magurang`` parent, ``eskwelahan`` school,
``grado`` grade, ``maestra`` teacher, ``leksyon`` lesson, ``iskor`` score, ``resulta`` result,
``pangaran``, ``apelyido``, ``aldaw_kamundagan``, ``kasarian``, ``helang``, ``bulong``
medicine, ``katood``, ``kakanon``, ``hanapon``, ``mensahe``, ``retrato``, ``mga_pindot`` key
presses): the parent's log-in (an OAuth password grant), ``/sako`` with an ``aki`` claim,
linking Gelai by her LRN, the quiz-bee registration (her coach named), review classes, the fee,
a timed mental-math drill with key timings, her asthma note, the venue check-in with the
parent's fix, the badge photo, results by LRN in the path, the signed certificate (PDF), a
message to the coach, a carpool with the godmother, a snack order, a search, the address, a
video lesson's progress, a photo-publication consent, a protobuf drill beat, a flashcard sync
(msgpack), push and events with a session cookie. School journals, tutoring and an abacus class
exist (sets 22, 151, 175); this is a competition team's review app (registration, drills,
venue, results), not a school's journal; "quiz bee" matched nothing."""

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
    DEV,
    DID,
    GENDER,
    JPEG,
    KEYS,
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
from eval_families199_kit import (
    COACH,
    DAUGHTER,
    HOME,
    KUMARE,
    VENUE,
    VENUE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families199_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families199_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bilangan", "Bilangan", "com.example.bilangan", "2.7.1",
          "https://api.bilangan.example.org")
IID = "X-Bilangan-Device"
PW = "Gelai2016!Naga"
LRN = DAUGHTER["lrn"]
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _keys(rng: random.Random) -> list[dict[str, Any]]:
    t, out = 0, []
    for k in "144+36=180":
        down = t + rng.randint(140, 420)
        out.append({"k": k, "d": down, "u": down + rng.randint(60, 130)})
        t = down
    return out


def bilangan() -> list[Case]:
    rng = random.Random(19951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), aki=[L(LRN, UID)],
                                    role="magurang"))}
    vla, vlo = fix(VENUE_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(LRN, UID)), (2, obj(rng, "dr")), (3, 1771922400), (4, 18), (5, 20),
               (6, L(54, DEV))], "", lab)
    results = at_path(case(f, f"{a}/v3/aki/{LRN}/resulta", headers=_h(rng, **b),
                           query={"contest": "div_mqb_2026"}), LRN, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "bilangan-magurang"}),
        case(f, f"{a}/v3/sako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/aki/link", headers=_h(rng, **b), body={
            "lrn": L(LRN, UID), "aldaw_kamundagan": L(DAUGHTER["dob"], BIRTH),
            "magurang": {"pangaran": L(f"{FIRST} {LAST}", NAMEC), "selpon": L("+15550100199", TEL)},
            "relasyon": "ina"}),
        case(f, f"{a}/v3/contests/div_mqb_2026/register", headers=_h(rng, **b), body={
            "aki": {"pangaran": L(DAUGHTER["first"], NAMEC), "apelyido": L(DAUGHTER["last"],
                                                                           NAMEC),
                    "aldaw_kamundagan": L(DAUGHTER["dob"], BIRTH),
                    "kasarian": L(DAUGHTER["sex"], GENDER), "lrn": L(LRN, UID)},
            "eskwelahan": "sch_cpes", "grado": "4",
            "maestra": {"pangaran": L(COACH[0], NAMEC), "email": L(COACH[1], MAIL)}}),
        case(f, f"{a}/v3/leksyon", headers=_h(rng, **b), query={
            "aki": L(LRN, UID), "semana": "2026-W09"}),
        case(f, f"{a}/v3/bayad", fmt="form", headers=_h(rng, **b), body={
            "aki": L(LRN, UID), "kantidad": L("750.00", BUY), "para_sa": "review_march",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/drills/mental/answers", headers=_h(rng, **b), body={
            "aki": L(LRN, UID), "drill": obj(rng, "dr"), "item": 7, "sabot": "180",
            "mga_pindot": L(_keys(rng), KEYS), "tama": True}),
        case(f, f"{a}/v3/aki/salud", headers=_h(rng, **b), body={
            "aki": L(LRN, UID), "helang": L("hika (asthma)", MED),
            "bulong": L("salbutamol inhaler sa bag", MED), "allergy": L("hipon", MED),
            "nota": L("Pag nagkakaba si Gelai, pakihinumdom an inhaler niya",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/venue/checkin", headers=_h(rng, **b), body={
            "aki": L(LRN, UID), "lugar": {"lat": vla, "lng": vlo},
            "venue": {"id": VENUE["id"], "lat": VENUE["lat"], "lng": VENUE["lon"]}}),
        multipart(f, f"{a}/v3/badge/photo", [
            ("retrato", "gelai_badge.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"aki": L(LRN, UID), "use": "badge"})],
            headers=_h(rng, **b)),
        results,
        multipart(f, f"{a}/v3/certificate/ack", [
            ("cert", "certificate.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"aki": L(LRN, UID),
                                                "pirma": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/mensahe", headers=_h(rng, **b), body={
            "para_sa": "coach_sabater",
            "mensahe": L(f"Ma'am Lorna, si {KID} may lagnat kagab-i, makakaabot pa siya sa "
                         "review?", f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v3/carpool", headers=_h(rng, **b), body={
            "driver": {"pangaran": L(KUMARE[0], NAMEC), "selpon": L(KUMARE[1], TEL)},
            "aki": L(LRN, UID), "aldaw": "2026-03-07", "seats": 2}),
        case(f, f"{a}/v3/kakanon", headers=_h(rng, **b), body={
            "items": [{"sku": "pili_tart", "qty": 2}, {"sku": "juice", "qty": 2}],
            "kabilogan": L(160, BUY), "aki": L(LRN, UID)}),
        case(f, f"{a}/v3/hanapon", headers=_h(rng, **b), query={
            "q": L("fractions worksheet grade 4 quiz bee", SEARCH)}),
        case(f, f"{a}/v3/profile/istaran", headers=_h(rng, **b), body={
            "istaran": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "syudad": L(HOME["town"], COARSE), "zip": L(HOME["zip"], COARSE)}),
        case(f, f"{a}/v3/videos/vd_frac_04/progress", fmt="form", headers=_h(rng, **b), body={
            "aki": L(LRN, UID), "watched_s": L(412, USAGE), "done": "true"}),
        case(f, f"{a}/v3/consent/photos", fmt="form", headers=_h(rng, **b), body={
            "aki_pangaran": L(KID, NAMEC), "publish": "school_page_only",
            "magurang": L(f"{FIRST} {LAST}", NAMEC)}),
        raw(f, f"{a}/v3/drills/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/flashcards/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "aki": L(LRN, UID), "deck": "mult_12", "seen": [3, 7, 12, 15], "streak": 9}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", headers=_h(rng, how="none"), cookies={
            "bl_sid": L(opaque(rng, "", 40), CRED), "bl_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("drill_done", 1), ev("screen", 2, screen=L("Resulta", USAGE))]}),
    ]


def bilangan_sdks() -> list[Case]:
    rng = random.Random(19952)
    return [
        mc_batch(APP, rng, [("Drill Finished", {"score": 18}),
                            ("Fee Paid", {"amount": L(750, BUY)})]),
        mc_identify(APP, rng, {"role": "parent", "children": 1,
                               "syudad": L("Naga City", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="math,kids,review"),
        cd_crash(APP, rng, ("java.lang.ArithmeticException", "timer divide by zero"),
                 [cd_crumb("nav", "Drills -> Mental")],
                 user={"id": L(USER_ID, UID)}, screen="DrillActivity"),
        fn_eval(APP, rng, {"contest": "div_mqb_2026", "children": 1}),
        pt_register(APP, rng, tags={"contest": "div_mqb_2026"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "750.00", "php"),
        hs_message(APP, rng, L(f"An bayad sa review ni {KID} dai pa nakikita", f"{TEXT}|{NAMEC}"),
                   {"aki": L(LRN, UID)}),
    ]
