"""Fall-detection pendant "Carebell" for an elderly parent: the user is the carer (in Jakarta) of
the mother in Cork, whose pendant has its own cellular link. The carer's app: sign-up, a log-in,
``/me``, the mother's profile and health profile, pairing the pendant by its QR (during a visit),
its settings, the home geofence, a neighbour as first responder, alerts listed and escalated, a
fall reviewed (a protobuf with the motion window and the heart rate around it) and its outcome,
heart rate shared with the GP, a voice message to the pendant, medication reminders (msgpack),
daily check-in times, a Play subscription, push, events and a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

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
    M4A,
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
    multipart,
    pb,
    push_token,
    raw,
    varints,
)
from eval_families18_kit import FIT
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families39_kit import (
    JKT_OFFICE_AT,
    MOTHER,
    MOTHER_AT,
    MOTHER_CONDITIONS,
    MOTHER_GP,
    MOTHER_HOME,
    MOTHER_MEDS,
    NEIGHBOUR,
    PENDANT,
    accel,
    geo,
    hr_minutes,
)
from eval_families39_sdk import af_event, af_launch, cb_crash, cb_crumb, cb_session, tw_batch
from eval_families39_svc import cr_save, ft_eval, pm_register, pw_card, tc_search
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("carebell", "Carebell", "com.example.carebell", "2.18.3",
          "https://api.carebell.example.com")
IID = "X-Carebell-Install"
PW = "Hazel-Ridge-4471"
TZ = "Asia/Jakarta"
HM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def carebell() -> list[Case]:
    rng = random.Random(3921)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="carer"))}
    b = {"auth": "bearer"}
    wid, alert = obj(rng, "wr", 10), obj(rng, "al", 12)
    mla, mlo = geo(MOTHER_AT, 5)
    win = accel(rng, 40)
    lab: dict[str, str] = {}
    packed = struct.pack(f"<{len(win)}f", *[r[3] for r in win])
    hr = varints([r[1] for r in hr_minutes(rng, 12)])
    review = pb([(1, alert), (2, wid), (3, "false_alarm"), (4, 50),
                 (5, L(packed, MOTION)), (6, L(hr, FIT)), (7, PENDANT["serial"]),
                 (8, L(USER_ID, UID))], "", lab)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "role": "carer", "marketingOptIn": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "carebell-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/wearers", headers=_h(rng, auth="bearer"), body={
            "id": wid, "firstName": L(MOTHER["first"], NAMEC), "lastName": L(MOTHER["last"], NAMEC),
            "dateOfBirth": L(MOTHER["dob"], BIRTH), "sex": L("female", GENDER),
            "relationship": "mother",
            "address": {"line1": L(MOTHER_HOME["line1"], ADDR),
                        "city": L(MOTHER_HOME["city"], COARSE),
                        "eircode": L(MOTHER_HOME["eircode"], COARSE), "country": L("IE", COARSE)},
            "lat": mla, "lng": mlo}),
        case(f, f"{a}/v1/wearers/{wid}/health", headers=_h(rng, **b), body={
            "conditions": [L(c, MED) for c in MOTHER_CONDITIONS],
            "medications": [{"name": L(n, MED), "dose": L(d, MED)} for n, d in MOTHER_MEDS],
            "mobility": L("walking frame indoors", MED), "livesAlone": True,
            "gp": {"name": L(MOTHER_GP[0], NAMEC), "phone": L(MOTHER_GP[1], TEL)},
            "notes": L("Fell on the stairs in March and broke her wrist", HM)}),
        case(f, f"{a}/v1/pendants/pair", headers=_h(rng, **b), body={
            "wearer": wid, "serial": PENDANT["serial"], "imei": PENDANT["imei"],
            "ble": PENDANT["ble"], "firmware": PENDANT["fw"], "model": PENDANT["model"],
            "battery": PENDANT["battery"], "pairingCode": L("CB7-4471-QK", CRED),
            "pairedFrom": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/pendants/{PENDANT['serial']}/settings", fmt="form", headers=_h(rng, **b),
             body={"fallSensitivity": "medium", "hrHigh": "120", "hrLow": "45",
                   "inactivityHours": "4", "speakerVolume": "7"}),
        case(f, f"{a}/v1/wearers/{wid}/geofences", headers=_h(rng, **b), body={
            "name": "Home", "center": {"lat": mla, "lng": mlo}, "radiusM": 150,
            "alertOnExit": True, "quietHours": ["23:00", "07:00"]}),
        case(f, f"{a}/v1/wearers/{wid}/responders", headers=_h(rng, **b), body={
            "name": L(NEIGHBOUR[0], NAMEC), "phone": L(NEIGHBOUR[1], TEL), "order": 1,
            "hasKey": True, "note": L("Has the spare key to the back door", TEXT)}),
        case(f, f"{a}/v1/wearers/{wid}/alerts", headers=_h(rng, **b),
             query={"since": "2025-12-08T00:00:00Z", "limit": "20"}),
        case(f, f"{a}/v1/alerts/{alert}/ack", headers=_h(rng, **b), body={
            "action": "escalate", "escalateTo": "responder_1",
            "carerPosition": {"lat": L(round(JKT_OFFICE_AT[0], 4), PRECISE),
                              "lng": L(round(JKT_OFFICE_AT[1], 4), PRECISE)},
            "note": L("Calling Siobhan now to check on Mam",
                      f"{TEXT}|{NAMEC}")}),
        raw(f, f"{a}/v1/alerts/{alert}/review", review, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/alerts/{alert}/outcome", headers=_h(rng, **b), body={
            "realFall": True, "injured": L(True, MED), "injury": L("bruised left hip", MED),
            "ambulance": False, "note": L("Siobhan found her on the kitchen floor, sore hip, "
                                          "GP visit tomorrow", f"{HM}|{NAMEC}")}),
        case(f, f"{a}/v1/wearers/{wid}/reports/share", headers=_h(rng, **b), body={
            "to": {"name": L(MOTHER_GP[0], NAMEC), "email": L("c.walsh@douglasmedical.example.ie",
                                                              MAIL)},
            "heartRate": L(hr_minutes(rng, 10), FIT), "restingBpm": L(66, FIT),
            "irregularEpisodes": L(2, MED), "falls30d": L(1, MED)}),
        multipart(f, f"{a}/v1/pendants/{PENDANT['serial']}/voice", [
            ("audio", "message.m4a", "audio/mp4", L(M4A + b"\x39", MEDIA)),
            ("meta", None, "application/json", {"durationS": 9, "playAt": "now"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wearers/{wid}/reminders", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"med": L(n, MED), "dose": L(d, MED), "at": t}
                      for (n, d), t in zip(MOTHER_MEDS, ["08:00", "09:00"], strict=True)],
            "announceOnPendant": True}),
        case(f, f"{a}/v1/wearers/{wid}/checkins", fmt="form", headers=_h(rng, **b),
             body={"morning": "09:30", "evening": "20:00", "escalateAfterMin": "30"}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("carebell_family_monthly", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("alert_opened", 1, kind="fall"), ev("alert_escalated", 2),
                ev("screen", 3, screen=L("WearerTimeline", USAGE))]}),
        case(f, f"{a}/v1/wearers/{wid}/timeline", headers=_h(rng, how="upper"),
             cookies={"cb_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def carebell_sdks() -> list[Case]:
    rng = random.Random(3922)
    return [
        tw_batch(APP, rng, [("Alert Escalated", {"kind": "fall"}),
                            ("Fall Reviewed", {"outcome": "real"})], tz=TZ),
        af_launch(APP, rng, user=True, n=41),
        af_event(APP, rng, "af_subscribe", {"plan": "family"}, revenue=24.99, hashed=True),
        cb_session(APP, rng),
        cb_crash(APP, rng, ("java.util.concurrent.TimeoutException", "alert stream stalled"),
                 [cb_crumb("navigation", "Timeline -> Alert"),
                  cb_crumb("log", "ws reconnect", {"attempt": 3})],
                 screen="AlertActivity", tz=TZ),
        ft_eval(APP, rng, {"plan": "family", "pendantGen": 2}),
        pm_register(APP, rng, tags={"role": "carer", "critical": "on"}, tz=TZ),
        cr_save(APP, rng, {"analytics": True, "ads": False}, user=True, country="ID",
                region="JK"),
        pw_card(APP, rng),
        tc_search(APP, rng, "14 Douglas Road Cork", ADDR),
    ]
