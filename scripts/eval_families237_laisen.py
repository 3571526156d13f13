"""A driving-licence test booking app "Laisenfiti" (``laisen`` the licence, a loan; ``Fiti``
Fiji; the licensing authority's app where she converts her New York licence: a theory test, an
eye test, a medical declaration, a practical test at the Valelevu centre). Its API's keys are
Rotuman snake_case with loans: ``asa_mua`` first name, ``asa_kainaga`` surname, ``ran_fanau``
birth date, ``telefon``, ``imel``, ``faeag_nusura`` password, ``ut_noho`` address, ``hanua``
town, ``laisen`` licence, ``fika_laisen`` licence number, ``pasport``, ``mafa`` eye,
``mahaki`` illness, ``vai`` medicine, ``jaja`` picture, ``sain`` signature (a loan), ``tala``
amount, ``totogi`` payment, ``ran`` day, ``av`` time, ``fika_bukin`` booking number,
``rogrog`` message: sign-up, log-in and an SMS code, ``/ou``, the overseas licence, the eye
test, the medical declaration, her photo and signature, the fee, test slots, the theory result,
practice progress (protobuf), the practical test booked, a check-in at the centre, the result by
booking number in the path, the card's delivery address, a message, a receipt by cookie, push
and events."""

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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families237_kit import (
    PASSPORT,
    RESIDENCE,
    SUVA_HOME,
    SUVA_HOME_AT,
    TEST_BOOKING,
    TEST_CENTRE,
    TEST_FIX,
    US_LICENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families237_sdk import bf_bid, bf_notice, cd_session, mc_batch, mc_pixel, tn_launch
from eval_families237_svc import cl_card, cl_confirm, mm_route, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("laisenfiti", "Laisenfiti", "com.example.laisenfiti", "5.1.0",
          "https://api.laisenfiti.example.net")
IID = "X-LF-Install"
PW = "Valelevu!Drive26"
NID = "personal.national_id"
APPLICANT = "LFA-26-118204"  # her applicant number with the authority (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def laisenfiti() -> list[Case]:
    rng = random.Random(23751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), applicant=L(APPLICANT, UID)))}
    tla, tlo = fix(TEST_FIX, 4)
    lab: dict[str, str] = {}
    prog = pb([(1, L(APPLICANT, UID)), (2, "theory_pack_b"), (3, 38), (4, 40),
               (5, [(1, "signs"), (2, 19), (3, 20)]), (6, L(1423, USAGE))], "", lab)
    result = at_path(case(f, f"{a}/v1/tests/{TEST_BOOKING}/result", headers=_h(rng, **b)),
                     TEST_BOOKING, BUY)
    return [
        case(f, f"{a}/v1/applicants", headers=_h(rng), body={
            "asa_mua": L(FIRST, NAMEC), "asa_kainaga": L(LAST, NAMEC),
            "ran_fanau": L(DOB, BIRTH), "sex": L("F", GENDER), "imel": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "faeag_nusura": L(PW, CRED),
            "pasport": L(PASSPORT, NID), "pemit_noho": L(RESIDENCE, NID),
            "applicant": L(APPLICANT, UID)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "faeag_nusura": L(PW, CRED)}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("550917", CRED)}),
        case(f, f"{a}/v1/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/laisen/overseas", headers=_h(rng, **b), body={
            "fika_laisen": L(US_LICENCE, NID), "issuer": "New York, USA",
            "class": "D", "ran_ofi": "2029-05-17", "applicant": L(APPLICANT, UID)}),
        case(f, f"{a}/v1/mafa", fmt="form", headers=_h(rng, **b), body={
            "applicant": L(APPLICANT, UID), "acuity": L("6/6", MED),
            "glasses": L("yes", MED), "colour": L("normal", MED)}),
        case(f, f"{a}/v1/medical", headers=_h(rng, **b), body={
            "applicant": L(APPLICANT, UID), "epilepsy": L(False, MED),
            "heart": L("heart attack Oct 2025, cleared by cardiologist", MED),
            "vai": [L("bisoprolol", MED), L("aspirin", MED)], "diabetes": L(False, MED)}),
        multipart(f, f"{a}/v1/jaja", [
            ("jaja", "licence_photo.jpg", "image/jpeg", L(JPEG + b"\x28", MEDIA)),
            ("sain", "sain.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("meta", None, "application/json", {"applicant": L(APPLICANT, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/totogi", fmt="form", headers=_h(rng, **b), body={
            "applicant": L(APPLICANT, UID), "tala": L("62.50", BUY), "valuta": "FJD",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "for": "conversion_and_test"}),
        case(f, f"{a}/v1/tests/slots", headers=_h(rng, **b), query={
            "centre": TEST_CENTRE["id"], "kind": "practical", "from": "2026-03-02"}),
        case(f, f"{a}/v1/tests/theory/result", headers=_h(rng, **b), query={
            "applicant": L(APPLICANT, UID)}),
        raw(f, f"{a}/v1/practice/progress", prog, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tests", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "centre": TEST_CENTRE["id"], "kind": "practical",
            "ran": "2026-03-04", "av": "09:30", "fika_bukin": L(TEST_BOOKING, BUY),
            "car": "own", "applicant": L(APPLICANT, UID)}),
        case(f, f"{a}/v1/tests/checkin", headers=_h(rng, **b), body={
            "fika_bukin": L(TEST_BOOKING, BUY), "ut": {"lat": tla, "lng": tlo},
            "centre": {"lat": TEST_CENTRE["lat"], "lng": TEST_CENTRE["lon"]}}),
        result,
        case(f, f"{a}/v1/laisen/delivery", headers=_h(rng, **b), body={
            "applicant": L(APPLICANT, UID), "ut_noho": L(SUVA_HOME["line"], ADDR),
            "area": L(SUVA_HOME["area"], COARSE), "hanua": L(SUVA_HOME["town"], COARSE),
            "telefon": L(E164, TEL)}),
        case(f, f"{a}/v1/rogrog", headers=_h(rng, **b), body={
            "to": "valelevu_desk",
            "text": L("Can I sit the test in an automatic car? My US licence has no "
                      "restriction.", TEXT)}),
        case(f, f"{a}/v1/receipts/latest", headers=_h(rng, how="none"), cookies={
            "lf_session": L(opaque(rng, "", 40), CRED), "lf_device": L(INSTALL_ID, DID),
            "lf_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("test_booked", 1), ev("screen", 2, screen=L("Practice", USAGE)),
                ev("practice_done", 3, score=38)]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV)}),
    ]


def laisenfiti_sdks() -> list[Case]:
    rng = random.Random(23752)
    drive = [(-18.101288, 178.462901), (-18.095630, 178.468215), TEST_FIX]
    return [
        mc_batch(APP, rng, [("Test Booked", {"kind": "practical"}),
                            ("Fee Paid", {"amount": L(62.5, BUY)})]),
        mc_pixel(APP, rng, "Practice Started", {"pack": "b"}),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="cars,driving,insurance"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=1530),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "62.50"),
        mm_route(APP, rng, [(SUVA_HOME_AT, PRECISE),
                            ((TEST_CENTRE["lat"], TEST_CENTRE["lon"]), None)]),
        mm_telemetry(APP, rng, drive, PRECISE),
        pt_register(APP, rng, at=SUVA_HOME_AT, nd=2, tags={"centre": TEST_CENTRE["id"]}),
    ]
