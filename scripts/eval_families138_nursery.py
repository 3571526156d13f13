"""The twins' nursery school app "Crestlings" (Little Crestlings Nursery School, Kansanga; her
daughters Babirye and Nakato, 4, are in the middle class; the user is the parent). Unlike set
108's admissions app, the nannies and crèches of sets 53, 67, 96, 104 and 107 and the school-fee
apps of sets 100, 106, 128 and 132, it is the daily life of twins in one class: a diary per
child (meals, naps, potty, mood), the school van with live ETA at her stop, a gate pick-up PIN,
people allowed to collect them, the immunisation cards, a lunch plan with one twin's allergy,
their shared birthday at school. Calls: the parent's sign-up, a log-in, ``/me`` (a ``pupils``
claim), linking the twins, each diary by pupil number in the path, the health forms, an
immunisation card (JPEG), the van subscription, the van's ETA (``lat,lon`` in the query), a gate
pick-up, collectors, fees and their mobile-money payment, an absence, a message to the teacher,
photo consent, lunches (msgpack), the birthday, the report by pupil number in the path, diary
read receipts (JSON Lines), notices by a cookie GET, push and events."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families138_kit import (
    GATE_FIX,
    HUSBAND,
    KLA_HOME,
    KLA_HOME_AT,
    NURSERY,
    NURSERY_INV,
    TWINS,
    VAN,
    fix,
    hd,
    obj,
    push,
)
from eval_families138_sdk import cs_crash, cs_crumb, sn_batch, sn_identify, ta_event
from eval_families138_svc import (
    cj_card,
    cj_confirm,
    ck_check,
    fr_eval,
    hm_message,
    mk_geocode,
    pn_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("crestlings", "Crestlings", "com.example.crestlings", "5.2.0",
          "https://api.crestlings.example.com")
IID = "X-Crest-Install"
PW = "TwinsBabNak#2021"
NATID = "personal.national_id"
NANNY = ("Florence Akello", "+256756120884", "CF96031108RZKA")  # the nanny she authorises
P1, P2 = TWINS[0]["pupil"], TWINS[1]["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def crestlings() -> list[Case]:
    rng = random.Random(13841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pupils=[L(P1, UID),
                                                                       L(P2, UID)]))}
    gla, glo = fix(GATE_FIX, 6)
    d1 = at_path(case(f, f"{a}/api/pupils/{P1}/diary", headers=_h(rng, **b),
                      query={"date": "2026-01-14"}), P1, UID)
    d2 = at_path(case(f, f"{a}/api/pupils/{P2}/diary", headers=_h(rng, **b),
                      query={"date": "2026-01-14"}), P2, UID)
    rep = at_path(case(f, f"{a}/api/pupils/{P2}/reports/term-3", headers=_h(rng, **b)),
                  P2, UID)
    reads = lines(f, f"{a}/api/diary/receipts", [
        {"pupil": L(p, UID), "entry": obj(rng, "dy"), "read_at": 1768400000 + 60 * i,
         "user": L(USER_ID, UID)} for i, p in enumerate((P1, P2, P1))],
        headers=_h(rng, **b))
    return [
        case(f, f"{a}/api/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, CRED), "relationship": "mother",
            "homeAddress": {"line": L(KLA_HOME["line"], ADDR), "area": L("Muyenga", COARSE),
                            "city": L("Kampala", COARSE)}}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/pupils/link", headers=_h(rng, **b), body={
            "school": NURSERY["id"], "twins": True, "pupils": [
                {"pupilNo": L(t["pupil"], UID), "firstName": L(t["first"], NAMEC),
                 "middleName": L(t["middle"], NAMEC), "lastName": L(t["last"], NAMEC),
                 "dob": L(t["dob"], BIRTH), "sex": L(t["sex"], GENDER),
                 "class": "Middle", "stream": "Sunbirds"} for t in TWINS]}),
        d1,
        d2,
        case(f, f"{a}/api/pupils/health", headers=_h(rng, **b), body={"forms": [
            {"pupil": L(P1, UID), "allergies": [], "conditions": [],
             "bloodGroup": L("O+", MED)},
            {"pupil": L(P2, UID), "allergies": [L("peanuts", MED)],
             "conditions": [L("eczema", MED)], "medication": L("Emollient cream twice daily",
                                                               MED),
             "bloodGroup": L("O+", MED)}],
            "doctor": "Kansanga children's clinic"}),
        multipart(f, f"{a}/api/pupils/{P2}/immunisation-card", [
            ("card", "nakato_card.jpg", "image/jpeg", L(JPEG + b"\x74", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pupil": L(P2, UID), "pages": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/van/subscriptions", headers=_h(rng, **b), body={
            "pupils": [L(P1, UID), L(P2, UID)], "van": VAN["id"], "trip": "both",
            "stop": {"line": L(KLA_HOME["line"], ADDR),
                     "lat": L(round(KLA_HOME_AT[0], 5), PRECISE),
                     "lon": L(round(KLA_HOME_AT[1], 5), PRECISE)},
            "fee": L(250000, BUY), "term": "2026-T1"}),
        case(f, f"{a}/api/van/{VAN['id']}/eta", headers=_h(rng, **b), query={
            "stop": L(f"{KLA_HOME_AT[0]:.4f},{KLA_HOME_AT[1]:.4f}", PRECISE),
            "pupils": L(f"{P1},{P2}", UID)}),
        case(f, f"{a}/api/gate/pickup", headers=_h(rng, **b), body={
            "pupils": [L(P1, UID), L(P2, UID)], "pin": L("7302", CRED),
            "at": {"lat": gla, "lon": glo}, "gate": "main"}),
        case(f, f"{a}/api/collectors", headers=_h(rng, **b), body={"collectors": [
            {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "father"},
            {"name": L(NANNY[0], NAMEC), "phone": L(NANNY[1], TEL), "relation": "nanny",
             "nin": L(NANNY[2], NATID)}], "pupils": [L(P1, UID), L(P2, UID)]}),
        case(f, f"{a}/api/fees/pay", headers=_h(rng, **b), body={
            "invoice": L(NURSERY_INV, BUY), "amount": L(1850000, BUY), "currency": "UGX",
            "method": L(opaque(rng, "pm_", 24), PAY), "pupils": [L(P1, UID), L(P2, UID)]}),
        case(f, f"{a}/api/fees/mobile-money", fmt="form", headers=_h(rng, **b), body={
            "invoice": L(NURSERY_INV, BUY), "amount": L("400000", BUY),
            "msisdn": L(E164, TEL), "ref": rid(rng)}),
        case(f, f"{a}/api/absences", headers=_h(rng, **b), body={
            "pupil": L(P2, UID), "from": "2026-01-19", "days": 1,
            "reason": L("Nakato has a fever and a rash tonight", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "class_teacher", "pupil": L(P1, UID),
            "text": L("Babirye is still learning the potty, please send spare knickers home",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/consents", fmt="form", headers=_h(rng, **b), body={
            "pupils": L(f"{P1},{P2}", UID), "photos_internal": "yes", "photos_social": "no",
            "outings": "yes"}),
        case(f, f"{a}/api/lunch/plan", fmt="msgpack", headers=_h(rng, **b), body={
            "week": "2026-W03", "plans": [
                {"pupil": L(P1, UID), "meals": ["rice_beans", "matooke_gnuts", "posho_fish"]},
                {"pupil": L(P2, UID), "meals": ["rice_beans", "matooke_beef", "posho_fish"],
                 "avoid": L("peanuts", MED)}], "total": L(90000, BUY)}),
        case(f, f"{a}/api/celebrations", headers=_h(rng, **b), body={
            "pupils": [L(P1, UID), L(P2, UID)], "occasion": "birthday",
            "birthday": L(TWINS[0]["dob"], BIRTH), "turning": L(5, BIRTH),
            "cake": "vanilla", "note": L("Joint party for the twins please, no nuts",
                                         TEXT)}),
        rep,
        reads,
        case(f, f"{a}/api/notices", headers=_h(rng, how="none"), query={
            "school": NURSERY["id"]}, cookies={"cr_session": L(opaque(rng, "", 40), CRED),
                                                "cr_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("diary_opened", 1), ev("van_eta_viewed", 2),
                ev("screen", 3, screen=L("TwinsDiary", USAGE))]}),
    ]


def crestlings_sdks() -> list[Case]:
    rng = random.Random(13842)
    return [
        sn_batch(APP, rng, [("Diary Viewed", {"children": 2}),
                            ("Fee Paid", {"amount": L(1850000, BUY)})]),
        sn_identify(APP, rng, {"children": 2, "twins": True,
                               "childBirthYear": L(2021, BIRTH),
                               "city": L("Kampala", COARSE)}),
        ta_event(APP, rng, "fee_payment", {"invoice": L(NURSERY_INV, BUY)},
                 revenue=1850000.0, currency="UGX", hashed=True),
        cs_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "Index: 2, Size: 2"),
                 [cs_crumb("nav", "Diary -> Photos"), cs_crumb("tap", "next_child")],
                 screen="DiaryActivity"),
        fr_eval(APP, rng, {"school": NURSERY["id"], "children": 2}),
        pn_register(APP, rng, tags={"school": NURSERY["id"], "class": "middle",
                                    "van": VAN["id"]}),
        ck_check(APP, rng, {"analytics": True, "marketing": False}),
        cj_card(APP, rng),
        cj_confirm(APP, rng, "1850000"),
        mk_geocode(APP, rng, "Little Crestlings Nursery School", "behavior.search",
                   near=KLA_HOME_AT, nd=3),
        hm_message(APP, rng, L("The van ETA shows 40 min but Babirye and Nakato are already "
                               "home", f"{TEXT}|{NAMEC}"), {"pupil": L(P1, UID)}),
    ]
