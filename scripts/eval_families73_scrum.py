"""Concussion-symptom tracker "Scrumsafe" for her teenage son's school rugby (she is the
account holder, Liam the data subject): sign-up, an OAuth password grant, ``/me``, his profile,
joining his team by code, the roster, a baseline (symptoms, reaction times, memory), a balance
test's sway window, a head-knock report with a clip, the symptom checklist, a daily log in
msgpack, the return-to-play stage, the doctor's clearance letter, the report shared with the
doctor, medication, an emergency contact, medical aid, an invite to Liam, a note to the coach,
a subscription, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families73_kit import CLUB, SCHOOL, SON, TEAM_DOC, obj, reactions, sway
from eval_families73_sdk import (
    av_event,
    av_session,
    cl_crash,
    cl_crumb,
    cl_session,
    gm_batch,
    gm_identify,
    ob_bid,
)
from eval_families73_svc import as_check, cs_message, cs_upload, pm_register, sg_eval
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, case

APP = App("scrumsafe", "Scrumsafe", "com.example.scrumsafe", "2.3.4",
          "https://api.scrumsafe.example.com")
FIT = "health.fitness"
KID = "ath_5d10c7a2"  # Liam's athlete ID (id.user: he is a data subject)
DOC_MAIL = "a.parker@gardenssportsmed.example.org"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="X-Scrumsafe-Install", how="nodash", lang=True, **kw)


def scrumsafe() -> list[Case]:
    rng = random.Random(7311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), athletes=[L(KID, UID)]))}
    inc = obj(rng, "inc")
    first, last, dob, age = SON
    cases = [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Newlands-Scrum-88", CRED),
            "fullName": L(NAME, NAMEC), "phone": L(E164, TEL), "role": "parent"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Newlands-Scrum-88", CRED), "client_id": "scrumsafe-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/athletes", headers=_h(rng, **b), body={
            "id": L(KID, UID), "firstName": L(first, NAMEC), "lastName": L(last, NAMEC),
            "dateOfBirth": L(dob, BIRTH), "age": L(age, BIRTH), "sex": L("male", GENDER),
            "heightCm": L(176, FIT), "weightKg": L(71.5, FIT), "position": "flank",
            "school": SCHOOL, "previousConcussions": L(1, MED)}),
        case(f, f"{a}/v1/teams/join", fmt="form", headers=_h(rng, **b), body={
            "code": L("GRC-U16-4KQ", CRED), "athlete": L(KID, UID)}),
        case(f, f"{a}/v1/teams/{CLUB['id']}/roster", headers=_h(rng, **b),
             query={"season": "2025"}),
        case(f, f"{a}/v1/athletes/{KID}/baseline", headers=_h(rng, **b), body={
            "symptomScore": L(2, MED), "symptomSeverity": L(3, MED),
            "reactionMs": [L(x, MED) for x in reactions(rng, 8)],
            "memory": {"immediate": L(14, MED), "delayed": L(4, MED)},
            "orientation": L(5, MED), "testedBy": "parent", "testId": obj(rng, "bt")}),
        case(f, f"{a}/v1/athletes/{KID}/balance", gz=True, headers=_h(rng, **b), body={
            "stance": "tandem", "samples": L(sway(rng, 40), f"{MOTION}|{MED}"),
            "errors": L(4, MED), "hz": 50, "testId": obj(rng, "bal")}),
        multipart(f, f"{a}/v1/incidents", [
            ("clip", "tackle.mp4", "video/mp4", L(MP4 + b"\x01", MEDIA)),
            ("incident", None, "application/json", {
                "id": inc, "athlete": L(KID, UID), "match": "vs Rondebosch U16",
                "minute": 52, "mechanism": L("head-on-head in a tackle", MED),
                "lossOfConsciousness": L(False, MED),
                "note": L("Liam was dazed and didn't know the score for a minute",
                          f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/incidents/{inc}/symptoms", headers=_h(rng, **b), body={
            "symptoms": [L(s, MED) for s in ("headache", "nausea", "sensitivity_to_light",
                                             "feeling_foggy")],
            "severity": L(19, MED), "hoursSince": 3}),
        case(f, f"{a}/v1/athletes/{KID}/daily", fmt="msgpack", headers=_h(rng, **b), body={
            "day": 3, "headache": L(2, MED), "sleepHours": L(9.5, MED),
            "screenMinutes": 40, "schoolOk": L(False, MED)}),
        case(f, f"{a}/v1/athletes/{KID}/rtp", headers=_h(rng, **b), body={
            "stage": L("GRTP-2 light aerobic", MED), "symptomFree": L(True, MED),
            "clearedBy": {"name": L(TEAM_DOC[0], NAMEC), "phone": L(TEAM_DOC[1], TEL)}}),
        multipart(f, f"{a}/v1/athletes/{KID}/clearance", [
            ("letter", "clearance.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"date": "2025-12-08", "incident": inc})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "to": L(DOC_MAIL, MAIL), "doctor": L(TEAM_DOC[0], NAMEC), "incident": inc,
            "includeVideo": "false"}),
        case(f, f"{a}/v1/athletes/{KID}/medications", headers=_h(rng, **b), body={
            "name": L("Paracetamol 500 mg", MED), "dose": L("1 tablet as needed", MED),
            "started": "2025-12-06"}),
        case(f, f"{a}/v1/me/emergency", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL), "relation": "parent"}),
        case(f, f"{a}/v1/athletes/{KID}/medical-aid", headers=_h(rng, **b), body={
            "scheme": "Fynbos Health", "memberNumber": L("FH 2280 4471 09", MED),
            "dependantCode": L("02", MED), "mainMember": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/athletes/{KID}/invite", headers=_h(rng, **b), body={
            "phone": L("+27825550199", TEL), "firstName": L(first, NAMEC)}),
        case(f, f"{a}/v1/teams/{CLUB['id']}/messages", headers=_h(rng, **b), body={
            "to": CLUB["coach"], "text": L("Liam still has headaches, he can't play Saturday",
                                           f"{TEXT}|{MED}"), "athlete": L(KID, UID)}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "sku": L("scrumsafe_family_year", BUY), "order": L("GPA.3318-7720-1142-55091", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "locale": L("en_ZA", DEV)}),
        case(f, f"{a}/v1/telemetry", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("baseline_done", 1), ev("symptom_log", 2, day=3),
                ev("screen", 3, screen=L("ReturnToPlay", USAGE))]}),
        case(f, f"{a}/v1/reminders", headers=_h(rng),
             cookies={"ss_session": L(opaque(rng, "", 40), CRED), "ss_ath": L(KID, UID)}),
    ]
    # his athlete ID in the URL path is labelled there too
    return [at_path(c, KID, UID) if f"/{KID}/" in c.exchange.url else c for c in cases]


def scrumsafe_sdks() -> list[Case]:
    rng = random.Random(7312)
    return [
        gm_batch(APP, rng, [("Symptom Logged", {"day": 3}),
                            ("Stage Advanced", {"stage": L("GRTP-2", MED)})]),
        gm_identify(APP, rng, {"role": "parent", "athletes": 1, "sport": "rugby",
                               "athlete_age": L(15, BIRTH)}),
        av_session(APP, rng, first=True),
        av_event(APP, rng, "subscribe", {"plan": "family"}, revenue=449.0),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="rugby,sport"),
        cl_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [cl_crumb("navigation", "Incident -> Clip"), cl_crumb("ui", "record")],
                 screen="IncidentActivity"),
        cl_session(APP, rng, 610),
        sg_eval(APP, rng, {"grtp_v2": True, "role": "parent"}, hdr=True),
        pm_register(APP, rng, tags={"role": "parent", "team": CLUB["id"]}),
        as_check(APP, rng),
        cs_message(APP, rng, L("How do I add the doctor's clearance for Liam?", TEXT),
                   {"screen": L("ReturnToPlay", USAGE)}),
        cs_upload(APP, rng, L(JPEG + b"\x73", f"{MEDIA}|{MED}"), "letter.jpg", "image/jpeg"),
    ]
