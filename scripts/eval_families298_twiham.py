"""A nature-cure and yoga-therapy centre's app "Twiham" (``twi`` water, ``ham`` good: a
naturopathy centre in Abhoynagar, Agartala: mud packs, hydrotherapy, diet and yoga; she goes for
her lower-back pain and her allergic rhinitis, as a day patient). Its API's keys are Kokborok
with Bengali loans, ASCII-folded: ``rogi_mung`` patient's name (loan), ``phon_nambar`` phone
number, ``login_pin`` PIN, ``jonmo_sal`` birth date, ``chwla_bwrwi`` sex (``bwrwi`` woman),
``ojon`` weight (loan), ``uchchota`` height (loan), ``bemar`` illness (loan), ``oushud``
medicine (loan), ``sanai`` pain, ``komor`` lower back (loan), ``hachi`` sneezing, ``mai_talika``
meal plan, ``twi_chikitsa`` hydrotherapy, ``ha_pati`` mud pack (``ha`` earth), ``somoi`` time,
``rang`` amount, ``rasid`` receipt, ``khorang`` message, ``nai`` search, ``jaga`` place,
``bondhu`` friend (loan), ``tara`` rating, ``kok`` remark: sign-up, a PIN log-in, ``/me``, the
intake form (gzip), an MRI report (PDF), the ten-day package and its payment, the check-in with
her fix, the day's schedule by case-file number in the path, the meal plan, a yoga session
(protobuf: heart rate), a weight log (JSON Lines), a message to the doctor, a yoga class, a
referral of a friend, a review, a search, the invoice by cookie GET, a follow-up slot, push and
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families298_kit import (
    AG_HOME_AT,
    CENTRE,
    CENTRE_FIX,
    PATIENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families298_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families298_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("twiham", "Twiham", "com.example.twiham", "1.3.7", "https://api.twiham.example.in")
IID = "X-Twiham-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(50))
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def twiham() -> list[Case]:
    rng = random.Random(29831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), case_file=L(PATIENT, MED)))}
    cla, clo = fix(CENTRE_FIX)
    lab: dict[str, str] = {}
    yoga = pb([(1, L(PATIENT, MED)), (2, 1768197600), (3, "yg_morning"),
               (4, [(1, L(88, FIT)), (2, L(112, FIT)), (3, L(45, FIT))]), (5, "1.3.7")], "", lab)
    sched = at_path(case(f, f"{a}/v1/rogi/{PATIENT}/somoi", headers=_h(rng, **b),
                         query={"sal": "2026-01-14"}), PATIENT, MED)
    return [
        case(f, f"{a}/v1/rogi", headers=_h(rng), body={
            "rogi_mung": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "phon_nambar": L(E164, TEL), "jonmo_sal": L(DOB, BIRTH),
            "chwla_bwrwi": L("bwrwi", GENDER), "login_pin": L("4417", CRED)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "phon_nambar": L(E164, TEL), "login_pin": L("4417", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", gz=True, headers=_h(rng, **b), body={
            "case_file": L(PATIENT, MED), "ojon": L(64.5, FIT), "uchchota": L(163, FIT),
            "bp": L("128/84", MED), "sugar_fasting": L(96, MED),
            "bemar": [L("lumbar spondylosis", MED), L("allergic rhinitis", MED)],
            "oushud": [L("cetirizine 10 mg", MED)], "komor_sanai": L(6, MED),
            "hachi_sokal": L(True, MED), "pregnant": L(False, MED), "smoke": L(False, MED)}),
        multipart(f, f"{a}/v1/reports", [
            ("report", "mri_lumbar.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"case_file": L(PATIENT, MED), "kind": "MRI",
                                                "jaga": L("L4-L5", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/package/book", headers=_h(rng, **b), body={
            "case_file": L(PATIENT, MED), "package": L("komor-10day-ha_pati-twi_chikitsa", MED),
            "start": "2026-01-12", "rang": L(6500, BUY), "booking": L("TW-BK-26-0318", BUY)}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "booking": L("TW-BK-26-0318", BUY), "rang": L("6500.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "card_last4": L("4444", PAY)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "case_file": L(PATIENT, MED), "jaga": {"lat": cla, "lng": clo, "acc": 7},
            "centre": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lng": CENTRE["lon"]},
            "checkin_id": obj(rng, "ci")}),
        sched,
        case(f, f"{a}/v1/mai_talika", headers=_h(rng, **b), query={
            "case_file": L(PATIENT, MED), "week": "2026-W03"}),
        raw(f, f"{a}/v1/yoga/session", yoga, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/ojon/log", [
            {"sal": "2026-01-12", "ojon": L(64.5, FIT), "by": L(USER_ID, UID)},
            {"sal": "2026-01-16", "ojon": L(63.8, FIT), "by": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/khorang", headers=_h(rng, **b), body={
            "to": "dr_nc_02",
            "khorang": L("Ha pati-ni bisi komor sanai kisa kom, kintu sokal hachi tongo",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/yoga/class", fmt="form", headers=_h(rng, **b), body={
            "class": "yg_evening_back", "slot": obj(rng, "sl"), "rang": L("400", BUY)}),
        case(f, f"{a}/v1/refer", headers=_h(rng, **b), body={
            "bondhu": {"mung": L("Rupali Jamatia", NAMEC), "phon": L("+919862077415", TEL)},
            "code": opaque(rng, "RF", 6)}),
        case(f, f"{a}/v1/review", fmt="form", headers=_h(rng, **b), body={
            "centre": CENTRE["id"], "tara": "5",
            "kok": L("Twi chikitsa ham, komor sanai dwi hapta-o kom", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/nai", headers=_h(rng, **b), query={
            "nai": L("mud pack back pain sessions", SEARCH)}),
        case(f, f"{a}/v1/rasid/latest", headers=_h(rng, how="none"), cookies={
            "tw_session": L(opaque(rng, "", 40), CRED), "tw_device": L(INSTALL_ID, DID),
            "tw_req": rid(rng)}),
        case(f, f"{a}/v1/followup", headers=_h(rng, **b), body={
            "case_file": L(PATIENT, MED), "slot": obj(rng, "sl"), "reason": L("review", MED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghatana", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "ghatana": [
                ev("package_booked", 1), ev("screen", 2, screen=L("MaiTalika", USAGE))]}),
    ]


def twiham_sdks() -> list[Case]:
    rng = random.Random(29832)
    return [
        mc_batch(APP, rng, [("Package Booked", {"package": L("komor-10day", MED)}),
                            ("Payment Done", {"amount": L(6500, BUY)})]),
        mc_queue(APP, rng, [("Yoga Session", {"minutes": L(45, FIT)}),
                            ("Weight Logged", {"kg": L(63.8, FIT)})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=644),
        fn_eval(APP, rng, {"centre": CENTRE["id"], "program": L("back-pain", MED)}, hdr=True),
        pt_register(APP, rng, tags={"centre": CENTRE["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Twiham Nature Cure Centre Abhoynagar", SEARCH,
                   near=AG_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "xray_lumbar.pdf", "application/pdf"),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "6500.00", "inr"),
    ]
