"""IVF medication-injection schedule app "Stimsure": sign-up with her clinic's record number, an
OAuth password grant, MFA, ``/me``, the cycle, its schedule, injections logged (JSON, msgpack,
a gzip sync of the log), a photo of the injection site, symptoms, monitoring results, reminders,
her partner invited, a pharmacy refill to her address, insurance, the trigger shot, the beta
result, a journal entry, a message to the nurse, push, events and the calendar feed."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_UPPER, JPEG, NATIONAL, multipart, push_token
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families72_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    FIT,
    IVF_CLINIC,
    LOTS,
    MAIL,
    MED,
    MEDIA,
    MEDS,
    MRN,
    NAMEC,
    PARTNER,
    PHARMACY,
    SENS,
    TEL,
    TEXT,
    TRIGGER,
    UID,
    USAGE,
    doses,
    obj,
)
from eval_families72_sdk import bj_bid, gp_crash, gp_crumb, lb_event, lb_open, tf_batch, tf_queue
from eval_families72_svc import cm_message, po_register, pw_confirm, ss_eval
from eval_payloads import ANDROID_ID, EMAIL, USER_ID, Case, J, L, case

APP = App("stimsure", "Stimsure", "com.example.stimsure", "3.9.2",
          "https://api.stimsure.example.com")
IID = "X-Stim-Install"
PWD = "Follicle!Wait2025"
MEMBER = "ZXH441927730"  # her health-insurance member ID (health.medical)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def stimsure() -> list[Case]:
    rng = random.Random(7211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    cyc = obj(rng, "cyc")
    inj = obj(rng, "inj")
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patient=L(MRN, MED)))}
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PWD, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dateOfBirth": L(DOB, BIRTH),
            "phone": {"country": "US", "number": L(NATIONAL, TEL)},
            "clinicId": IVF_CLINIC["id"], "clinicMrn": L(MRN, MED), "marketing": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L(PWD, CRED), "client_id": "stimsure-android", "scope": "patient"}),
        case(f, f"{a}/v2/mfa/verify", headers=_h(rng), body={
            "challengeId": opaque(rng, "ch_", 16), "code": L("719204", CRED), "method": "sms"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/cycles", headers=_h(rng, **b), body={
            "cycleId": cyc, "clinicId": IVF_CLINIC["id"], "protocol": L("antagonist", MED),
            "lastPeriod": L("2025-11-28", MED), "amhNgMl": L(1.8, MED),
            "transferType": L("fresh", MED), "startDate": "2025-12-01"}),
        case(f, f"{a}/v2/cycles/{cyc}/schedule", headers=_h(rng, **b),
             query={"from": "2025-12-01", "to": "2025-12-20"}),
        case(f, f"{a}/v2/injections", headers=_h(rng, **b), body={
            "cycleId": cyc, "drug": L(MEDS[0][0], MED), "dose": L(MEDS[0][1], MED),
            "site": "abdomen-left", "lot": LOTS[0], "takenAt": "2025-12-09T20:12:00-05:00",
            "clientId": rid(rng)}),
        case(f, f"{a}/v2/injections/quick", fmt="msgpack", headers=_h(rng, **b), body={
            "c": cyc, "drug": L(MEDS[1][0], MED), "dose": L(MEDS[1][1], MED),
            "lot": LOTS[1], "t": 1765329300}),
        case(f, f"{a}/v2/injections/sync", gz=True, headers=_h(rng, **b), body={
            "cycleId": cyc, "user": L(USER_ID, UID), "log": L(doses(rng), MED),
            "syncToken": opaque(rng, "", 20)}),
        multipart(f, f"{a}/v2/injections/{inj}/photo", [
            ("image", "site.jpg", "image/jpeg", L(JPEG + b"\x11", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"injectionId": inj, "clientId": rid(rng)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "cycleId": cyc, "day": 9, "bloating": L(3, MED), "pain": L(2, MED),
            "note": L("Bloated and sore after the Menopur, mild headache tonight",
                      f"{TEXT}|{MED}"),
            "weightKg": L(61.4, FIT)}),
        case(f, f"{a}/v2/monitoring", headers=_h(rng, **b), body={
            "cycleId": cyc, "visit": "2025-12-08", "estradiolPgMl": L(1240, MED),
            "follicles": {"left": [L(14, MED), L(12, MED), L(11, MED)],
                          "right": [L(15, MED), L(13, MED)]},
            "liningMm": L(9.1, MED)}),
        case(f, f"{a}/v2/reminders", headers=_h(rng, **b), body={
            "label": L(f"{MEDS[0][0]} {MEDS[0][1]}", MED), "time": "20:00",
            "timezone": L("America/New_York", DEV), "snoozeMin": 10, "enabled": True}),
        case(f, f"{a}/v2/partner/invite", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
            "shareSchedule": True}),
        case(f, f"{a}/v2/pharmacy/refill", headers=_h(rng, **b), body={
            "pharmacy": dict(PHARMACY), "items": [
                {"drug": L(MEDS[0][0], MED), "qty": 2}, {"drug": L(MEDS[2][0], MED), "qty": 3}],
            "ship": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                     "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "copay": L("35.00", BUY)}),
        case(f, f"{a}/v2/insurance", fmt="form", headers=_h(rng, **b), body={
            "memberId": L(MEMBER, MED), "groupNumber": "GRP-50912", "planType": "PPO",
            "fertilityRider": L("true", MED)}),
        case(f, f"{a}/v2/cycles/{cyc}/trigger", headers=_h(rng, **b), body={
            "drug": L(TRIGGER[0], MED), "dose": L(TRIGGER[1], MED),
            "scheduledAt": "2025-12-14T21:30:00-05:00", "retrievalAt": "2025-12-16T08:00"}),
        case(f, f"{a}/v2/cycles/{cyc}/beta", headers=_h(rng, **b), body={
            "hcgMiuMl": L(212, f"{MED}|{SENS}"), "result": L("positive", f"{MED}|{SENS}"),
            "drawnAt": "2025-12-30"}),
        case(f, f"{a}/v2/journal", headers=_h(rng, **b), body={
            "entryId": obj(rng, "jr"), "mood": L(2, MED),
            "text": L("Two-week wait after the transfer is the hardest part. Told Mum today.",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/care-team/messages", headers=_h(rng, **b), body={
            "to": "nurse_0412", "threadId": obj(rng, "thr"),
            "text": L("Can I take the Cetrotide an hour late? Missed it at work",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "androidId": L(ANDROID_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("injection_logged", 1), ev("screen_view", 2, screen=L("Schedule", USAGE)),
                ev("reminder_snoozed", 3)]}),
        case(f, f"{a}/v2/calendar/feed.ics", headers={"User-Agent": L(APP.ua, DEV)}, query={
            "feed_token": L(opaque(rng, "cal_", 32), CRED),
            "tz": L("America/New_York", DEV)}),
    ]


def stimsure_sdks() -> list[Case]:
    rng = random.Random(7212)
    return [
        tf_batch(APP, rng, [("Injection Logged", {"drug": L(MEDS[0][0], MED), "day": 9}),
                            ("Screen Viewed", {"screen": L("Schedule", USAGE)})]),
        tf_queue(APP, rng, [("Reminder Fired", {"label": "evening"}),
                            ("Symptom Logged", {"bloating": L(3, MED)})]),
        lb_open(APP, rng, user=True, n=14),
        lb_event(APP, rng, "subscribe", {"plan": L("premium_monthly", BUY)}, revenue=9.99),
        bj_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, yob=1991,
               gender="F", keywords=L("fertility,ivf,pregnancy", MED)),
        gp_crash(APP, rng, ("java.lang.NumberFormatException", "dose: \"225 IU\""),
                 [gp_crumb("nav", "Today -> LogInjection"),
                  gp_crumb("ui", "tap", {"view": "save_button"})],
                 meta={"cycle": {"day": 9, "protocol": L("antagonist", MED)}},
                 screen="LogInjectionActivity"),
        ss_eval(APP, rng, {"cycleStage": L("stimulation", MED), "clinic": IVF_CLINIC["id"]}),
        po_register(APP, rng, tags={"protocol": L("antagonist", MED), "premium": True}),
        pw_confirm(APP, rng, "9.99"),
        cm_message(APP, rng, L("The reminder fired twice for my Gonal-f dose yesterday",
                               f"{TEXT}|{MED}"), {"cycleDay": 9}),
    ]
