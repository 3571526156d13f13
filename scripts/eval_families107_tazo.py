"""Malaria rapid-test result reporter "Tazomoka" (she reports her own and her son's tests after a
week at the coast): sign-up, log-in, the household, the kit scanned, a test with its photo
(multipart), the result, symptoms, the trip, a treatment, a follow-up, the health post nearby, a
report in protobuf, a batch of readings (JSON Lines), reminders, push, events, a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families107_kit import HEALTH_POST, MG_PHONE, RDT_KIT, SON, TANA_AT, TRIP_AT, fix, obj
from eval_families107_sdk import bt_bid, ck_session, ly_batch, ly_queue, sf_launch
from eval_families107_svc import ca_check, fr_eval, mz_reverse, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tazomoka", "Tazomoka", "org.example.tazomoka", "2.3.4", "https://api.tazomoka.example.org")
IID = "X-Device-Install"
PASS = "Moka-free!2025"
SON_UID = "pt_51c0a7e2"  # the boy's record in her household (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def tazomoka() -> list[Case]:
    rng = random.Random(10711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    test = obj(rng, "rdt", 12)
    la, lo = fix(TANA_AT, 6)
    tla, tlo = fix(TRIP_AT, 4)
    lab: dict[str, str] = {}
    rep = pb([(1, L(USER_ID, UID)), (2, test), (3, L("POSITIVE_PF", MED)),
              (4, [(1, L(TANA_AT[0], PRECISE)), (2, L(TANA_AT[1], PRECISE))]),
              (5, L(38.9, MED)), (6, RDT_KIT["lot"]), (7, 1765340410)], "", lab)
    readings = [{"test": test, "user": L(USER_ID, UID), "t": 1765340400 + 60 * i,
                 "temp_c": L(t, MED)} for i, t in enumerate((38.4, 38.9, 39.1))]
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(MG_PHONE, TEL), "password": L(PASS, CRED), "dob": L(DOB, BIRTH),
            "district": L("Antananarivo Renivohitra", "location.coarse")}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PASS, CRED),
            "client_id": "tazomoka-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/household/members", headers=_h(rng, **b), body={
            "name": L(SON[0], NAMEC), "dob": L(SON[1], BIRTH), "sex": L("M", "personal.gender"),
            "relation": "child", "weight_kg": L(16.5, "health.fitness")}),
        case(f, f"{a}/v1/kits/scan", headers=_h(rng, **b), query={
            "gtin": "08904123456781", "lot": RDT_KIT["lot"], "exp": RDT_KIT["exp"]}),
        multipart(f, f"{a}/v1/tests", [
            ("cassette", "rdt.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "test_id": test, "subject": L(SON_UID, UID), "kit": RDT_KIT["brand"],
                "lot": RDT_KIT["lot"], "read_after_min": 20, "lat": la, "lon": lo})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tests/{test}/result", headers=_h(rng, **b), body={
            "subject": L(SON_UID, UID), "pf_band": L(True, MED), "pan_band": L(False, MED),
            "control": True, "interpretation": L("P. falciparum positive", MED)}),
        case(f, f"{a}/v1/tests/{test}/symptoms", headers=_h(rng, **b), body={
            "symptoms": [L("fever", MED), L("chills", MED), L("vomiting", MED)],
            "onset": "2025-12-12", "temp_c": L(38.9, MED)}),
        case(f, f"{a}/v1/tests/{test}/travel", headers=_h(rng, **b), body={
            "places": [{"name": L("Toamasina", "location.coarse"), "lat": tla, "lon": tlo,
                        "from": "2025-12-02", "to": "2025-12-08"}], "bednet": L(False, MED)}),
        case(f, f"{a}/v1/tests/{test}/treatment", fmt="form", headers=_h(rng, **b), body={
            "drug": L("Artemether-lumefantrine", MED), "dose": L("1 tablet x2/day", MED),
            "days": "3", "prescribed_by": HEALTH_POST["id"]}),
        case(f, f"{a}/v1/facilities/nearby", headers=_h(rng, **b), query={
            "near": L(f"{TANA_AT[0]:.3f},{TANA_AT[1]:.3f}", PRECISE), "open": "1"}),
        case(f, f"{a}/v1/facilities/{HEALTH_POST['id']}/visit", headers=_h(rng, **b), body={
            "facility": {"id": HEALTH_POST["id"], "name": HEALTH_POST["name"],
                         "phone": HEALTH_POST["tel"], "lat": HEALTH_POST["lat"],
                         "lon": HEALTH_POST["lon"]}, "test": test, "when": "2025-12-14T15:30"}),
        raw(f, f"{a}/v1/reports", rep, "application/x-protobuf", lab, headers=_h(rng, **b)),
        lines(f, f"{a}/v1/readings", readings, headers=_h(rng, **b)),
        case(f, f"{a}/v1/followups", headers=_h(rng, **b), body={
            "test": test, "day": 3, "fever": L(False, MED),
            "note": L("Tsy misy tazo intsony, mihinana tsara", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "kind": "dose", "times": ["08:00", "20:00"], "tz": L("Indian/Antananarivo", DEV)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("fr_MG", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("test_submitted", 1), ev("result_viewed", 2),
                                               ev("screen", 3, s=L("Followup", USAGE))]}),
        case(f, f"{a}/v1/history", headers=_h(rng, how="none"),
             cookies={"tz_session": L(opaque(rng, "", 40), CRED), "tz_req": rid(rng)}),
    ]


def tazomoka_sdks() -> list[Case]:
    rng = random.Random(10712)
    return [
        ly_batch(APP, rng, [("Test Submitted", {"result": L("positive", MED)}),
                            ("Screen", {"name": L("Result", USAGE)})]),
        ly_queue(APP, rng, [("App Open", {}), ("Kit Scanned", {"lot": RDT_KIT["lot"]})]),
        sf_launch(APP, rng, user=True, n=4),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sante,famille"),
        ck_session(APP, rng, secs=233),
        fr_eval(APP, rng, {"district": L("Antananarivo Renivohitra", "location.coarse")},
                hdr=True),
        pf_register(APP, rng, at=TANA_AT, nd=2, tags={"reminders": "dose"}),
        ca_check(APP, rng, {"analytics": True, "ads": False}),
        mz_reverse(APP, rng, TANA_AT, PRECISE, nd=5),
    ]
