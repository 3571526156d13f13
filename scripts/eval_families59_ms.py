"""Multiple-sclerosis symptom diary "Myelia" with a gait sensor insole: sign-up with the
diagnosis, a log-in, ``/me``, the care team, medicines, a day's symptoms, a relapse, pairing the
insoles, a walking window (gzip JSON) and a protobuf gait summary, a timed 25-foot walk, a
tapped symbol-digit test, an MRI report, an infusion booked, a report shared with her
neurologist, a message to the nurse, a Health Connect import, a heat alert by position, a forum
post, a subscription, push, events and the diary by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
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
    MOTION,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    keys,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families59_kit import INFUSION, INSOLE, NEURO, insole
from eval_families59_sdk import (
    gl_batch,
    gl_queue,
    sk_event,
    sk_session,
    sn_crumb,
    sn_report,
)
from eval_families59_svc import ag_check, bk_register, bk_session, dw_attach, fw_eval, tf_card
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("myelia", "Myelia", "com.example.myelia", "2.14.0", "https://api.myelia.example.com")
IID = "X-Myelia-Install"
PW = "Quiet-Heron-2019"
GM = f"{MOTION}|{MED}"  # the insoles' pressure series: motion data taken for her MS care
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def myelia() -> list[Case]:
    rng = random.Random(5921)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), given_name=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    walk = insole(rng, 60)
    sess = obj(rng, "gait", 10)
    strides = [round(1.08 + rng.gauss(0, 0.05), 3) for _ in range(24)]
    lab: dict[str, str] = {}
    summary = pb([(1, L(USER_ID, UID)), (2, sess), (3, 1765311200),
                  (4, [(1, L(98.4, MED)), (2, L(4.7, MED)), (3, L(0.92, MED)),
                       (4, L(2411, FIT))]),
                  (5, L(struct.pack(f"<{len(strides)}f", *strides), GM)),
                  (6, INSOLE["serial"])], "", lab)
    return [
        case(f, f"{a}/api/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "givenName": L(FIRST, NAMEC), "familyName": L(LAST, NAMEC),
            "dateOfBirth": L(DOB, BIRTH), "sex": L("female", GENDER), "zip": L(ZIP, COARSE),
            "diagnosis": {"type": L("relapsing-remitting MS", MED), "year": L(2019, MED)},
            "marketingOptIn": False}),
        case(f, f"{a}/api/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "myelia-android", "scope": "diary gait"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/profile/care-team", headers=_h(rng, **b), body={
            "neurologist": {"name": L(NEURO[0], NAMEC), "phone": L(NEURO[1], TEL),
                            "email": L(NEURO[2], MAIL)},
            "infusionCenter": INFUSION["id"], "msNurseLine": INFUSION["phone"]}),
        case(f, f"{a}/api/v1/medications", headers=_h(rng, **b), body={"medications": [
            {"name": L("Ocrelizumab", MED), "dose": L("600 mg", MED),
             "schedule": L("every 6 months", MED), "lastDose": L("2025-10-02", MED)},
            {"name": L("Baclofen", MED), "dose": L("10 mg", MED),
             "schedule": L("twice daily", MED)},
            {"name": "Vitamin D3", "dose": "2000 IU", "schedule": "daily"}]}),
        case(f, f"{a}/api/v1/symptoms", headers=_h(rng, **b), body={
            "date": "2025-12-09", "fatigue": L(7, MED), "pain": L(3, MED),
            "numbness": {"leftLeg": L(3, MED), "rightHand": L(1, MED)},
            "bladderUrgency": L(True, MED), "heatSensitive": L(True, MED),
            "mood": L(4, MED), "sleepHours": L(6.5, MED),
            "note": L("Legs felt heavy after the subway stairs, tingling in my left foot", TM)}),
        case(f, f"{a}/api/v1/relapses", headers=_h(rng, **b), body={
            "start": "2025-11-28", "symptoms": [L("optic neuritis", MED),
                                                L("left leg weakness", MED)],
            "steroids": L("methylprednisolone 1 g x3", MED), "hospitalised": L(False, MED),
            "reportedTo": "neurologist"}),
        case(f, f"{a}/api/v1/insoles/pair", headers=_h(rng, **b), body={
            "serial": INSOLE["serial"], "ble": INSOLE["ble"], "firmware": INSOLE["fw"],
            "model": INSOLE["model"], "battery": [88, 91],
            "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/gait/sessions", gz=True, headers=_h(rng, **b), body={
            "session": sess, "hz": 50, "channels": ["heelL", "foreL", "heelR", "foreR"],
            "samples": L(walk, GM), "insole": INSOLE["serial"], "surface": "indoor"}),
        raw(f, f"{a}/api/v1/gait/summary", summary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tests/t25fw", headers=_h(rng, **b), body={
            "trial": 2, "seconds": L(6.8, MED), "assistiveDevice": L("none", MED),
            "insoleSession": sess}),
        case(f, f"{a}/api/v1/tests/sdmt", headers=_h(rng, **b), body={
            "version": "B", "durationS": 90, "correct": L(48, MED), "errors": L(2, MED),
            "taps": L(keys(rng, "316254178293", "row"), f"{KEYS}|{MED}")}),
        multipart(f, f"{a}/api/v1/records", [
            ("file", "mri_brain_2025-09.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "kind": "mri_report", "date": "2025-09-14", "facility": "Lenox Imaging",
                "finding": L("two new T2 lesions, no enhancement", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/appointments", headers=_h(rng, **b), body={
            "center": {"id": INFUSION["id"], "name": INFUSION["name"],
                       "line": INFUSION["line"], "lat": INFUSION["lat"], "lon": INFUSION["lon"]},
            "slot": "2026-04-02T08:30", "reason": L("ocrelizumab infusion", MED),
            "copay": L("50.00", BUY)}),
        case(f, f"{a}/api/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(NEURO[0], NAMEC), "recipientEmail": L(NEURO[2], MAIL),
            "range": "90d", "include": "symptoms,gait,relapses"}),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "ms_nurse",
            "text": L("Is it ok to take ibuprofen the week before my infusion?", TM)}),
        case(f, f"{a}/api/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([4120, 5833, 3012, 6208], FIT), "restingHr": L([66, 64, 67, 65], FIT),
            "weightKg": L(63.8, FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/api/v1/heat-alerts", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE),
            "thresholdC": "27"}),
        case(f, f"{a}/api/v1/community/posts", headers=_h(rng, **b), body={
            "forum": "symptoms", "title": L("The MS hug on humid days", TM),
            "body": L("Anyone else get the band around the ribs when it's humid? Mine lasts "
                      "an hour.", TM), "anonymous": True}),
        case(f, f"{a}/api/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("myelia_plus_yearly", BUY),
            "orderId": L("GPA.3321-7781-0045-11823", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("symptoms_logged", 1, items=6), ev("gait_session", 2, minutes=6),
                ev("screen", 3, screen=L("GaitTrends", USAGE))]}),
        case(f, f"{a}/api/v1/diary", headers=_h(rng, how="plain"), query={"month": "2025-12"},
             cookies={"my_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def myelia_sdks() -> list[Case]:
    rng = random.Random(5922)
    return [
        gl_batch(APP, rng, [("Symptoms Logged", {"fatigue": L(7, MED), "items": 6}),
                            ("Gait Session Ended", {"minutes": 6, "steps": L(611, FIT)})],
                 screen="Diary"),
        gl_queue(APP, rng, [("Insole Disconnected", {"side": "left"}),
                            ("Relapse Reported", {"kind": L("optic neuritis", MED)})]),
        sk_session(APP, rng, user=True),
        sk_event(APP, rng, "m7q2c0", {"plan": "yearly"}, revenue="59.99", hashed=True),
        sn_report(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                  [sn_crumb("navigation", "Diary -> GaitSession"),
                   sn_crumb("state", "insole", {"serial": INSOLE["serial"], "battery": 88})],
                  context="GaitSessionActivity"),
        fw_eval(APP, rng, {"insole": True, "msType": L("RRMS", MED)}),
        bk_register(APP, rng, tags={"infusion_reminder": "on", "diary_hour": "21"}),
        bk_session(APP, rng),
        ag_check(APP, rng, {"analytics": True, "research": False}),
        tf_card(APP, rng, email=True),
        dw_attach(APP, rng, L(JPEG + b"\x93", MEDIA), "insole_app_error.jpg", "image/jpeg"),
    ]
