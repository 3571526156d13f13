"""A probation office's check-in app "Parolink" (Metro County Probation): enrolment with the
officer's activation code, a PIN log-in, ``/me``, the profile with her court case and curfew
residence, scheduled check-ins (a selfie with a face template, her fix and Wi-Fi), a voice
check-in (a speaker embedding), location pings (protobuf and msgpack), the curfew status, a
travel request to her sister's, employment with a pay stub, treatment attendance, a drug test's
result, a breath test with a photo, a message to her officer, court dates by case number in the
path, a fee paid, a home visit, local resources by ZIP, push, telemetry and the schedule by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    FACE,
    IPLOC,
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
    VOICE,
    WAV,
    WIFI,
    f32b64,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import SSN, claims, head
from eval_families37_kit import fix, home, obj
from eval_families59_kit import CASE_NO, EMPLOYER, OFFICE, OFFICER, SISTER, SUPV_NO, pings
from eval_families59_sdk import gl_batch, gl_queue, sn_crumb, sn_report, sn_session
from eval_families59_svc import (
    bk_register,
    fw_eval,
    pw_reverse,
    pw_telemetry,
    tf_card,
    tf_confirm,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("parolink", "Parolink", "com.example.parolink", "1.19.4",
          "https://api.parolink.example.org")
IID = "X-PL-Device"
WORK_FIX = (40.749561, -74.002873)  # her phone at work (the employer's place: hers by day)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def parolink() -> list[Case]:
    rng = random.Random(5961)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, sup=L(SUPV_NO, UID), case=L(CASE_NO, NATID)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    wla, wlo = fix(WORK_FIX)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, [(1, L(40.741907, PRECISE)),
                                          (2, L(-73.989402, PRECISE)), (3, 6.0)]),
               (3, 1765337100), (4, L(41, DEV)), (5, L(False, DEV))], "", lab)
    return [
        case(f, f"{a}/v1/enrol", fmt="form", headers=_h(rng), body={
            "supervision": L(SUPV_NO, UID), "activationCode": L("PL-448-921", CRED),
            "dob": L(DOB, BIRTH), "ssnLast4": L(SSN[-4:], NATID)}),
        case(f, f"{a}/v1/auth/pin", fmt="form", headers=_h(rng), body={
            "supervision": L(SUPV_NO, UID), "pin": L("739104", CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "legalName": L(NAME, NAMEC), "dob": L(DOB, BIRTH), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "caseNumber": L(CASE_NO, NATID),
            "residence": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                          "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                          "zip": L(ZIP, COARSE), "lat": hla, "lon": hlo},
            "office": OFFICE["id"], "officer": OFFICER[0]}),
        multipart(f, f"{a}/v1/checkins", [
            ("selfie", "checkin.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("data", None, "application/json", {
                "checkin": obj(rng, "ci", 10), "scheduled": "2025-12-09T15:00:00-05:00",
                "lat": wla, "lon": wlo, "acc": 6, "template": L(f32b64(vec), FACE),
                "liveness": 0.98, "match": 0.95, "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                "battery": L(38, DEV), "ip": L(PUBLIC_IP, IPLOC)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/voice-checkins", [
            ("audio", "phrase.wav", "audio/wav", L(WAV + b"\xd2", MEDIA)),
            ("data", None, "application/json", {
                "phrase": L("My name is Jane Doe and I am at home", f"{TEXT}|{NAMEC}"),
                "embedding": L([round(rng.gauss(0, 0.1), 4) for _ in range(192)], VOICE),
                "score": 0.91, "snr": 22.4})], headers=_h(rng, **b)),
        raw(f, f"{a}/v1/locations/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/locations/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "pings": pings(rng, 5, (LAT, LON)), "provider": "fused", "seq": 118}),
        case(f, f"{a}/v1/curfew/status", headers=_h(rng, **b), body={
            "inside": True, "window": "21:00-06:00",
            "geofence": {"lat": home(5)[0], "lon": home(5)[1], "radiusM": 75},
            "deviceTime": "2025-12-09T21:04:11-05:00"}),
        case(f, f"{a}/v1/travel-requests", headers=_h(rng, **b), body={
            "destination": {"host": L(SISTER[0], NAMEC), "phone": L(SISTER[1], TEL),
                            "line1": L(SISTER[2], ADDR), "city": L(SISTER[3], COARSE),
                            "state": L(SISTER[4], COARSE), "zip": L(SISTER[5], COARSE)},
            "from": "2025-12-24", "to": "2025-12-26", "transport": "bus",
            "reason": L("Christmas with my sister and her kids", TEXT)}),
        multipart(f, f"{a}/v1/employment", [
            ("paystub", "paystub_dec.jpg", "image/jpeg", L(JPEG + b"\xd3", MEDIA)),
            ("data", None, "application/json", {
                "employer": EMPLOYER["name"], "employerPhone": EMPLOYER["phone"],
                "employerLine": EMPLOYER["line"], "hoursWeek": 38,
                "shift": "14:00-22:00"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/profile/emergency-contact", headers=_h(rng, **b), body={
            "name": L(SISTER[0], NAMEC), "phone": L(SISTER[1], TEL), "relation": "sister"}),
        case(f, f"{a}/v1/treatment/attendance", headers=_h(rng, **b), body={
            "program": L("outpatient substance-use program", MED), "session": "2025-12-08",
            "attended": L(True, MED), "provider": "Lower East Recovery Center"}),
        case(f, f"{a}/v1/tests/results", headers=_h(rng, **b), body={
            "kind": L("urine drug screen", MED), "result": L("negative", MED),
            "collected": "2025-12-05", "lab": obj(rng, "lab", 6)}),
        multipart(f, f"{a}/v1/breath-tests", [
            ("photo", "breath.jpg", "image/jpeg", L(JPEG + b"\xd4", MEDIA)),
            ("data", None, "application/json", {
                "bac": L(0.0, MED), "device": "BRX-22-004471", "lat": hla, "lon": hlo,
                "ts": 1765339200})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": {"name": OFFICER[0], "email": OFFICER[2]}, "thread": obj(rng, "thr", 8),
            "text": L("My shift moved to 2pm-10pm from Monday, can we move the 3pm check-in?",
                      TEXT)}),
        at_path(case(f, f"{a}/v1/cases/{CASE_NO}/court-dates", headers=_h(rng, **b)),
                CASE_NO, NATID),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "kind": "supervision_fee", "amount": L("30.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "case": L(CASE_NO, NATID)}),
        case(f, f"{a}/v1/home-visits", headers=_h(rng, **b), body={
            "slots": ["2025-12-12T18:00", "2025-12-13T10:00"], "phone": L(DIGITS, TEL),
            "notes": L("Buzzer is broken, call me from the lobby", TEXT)}),
        case(f, f"{a}/v1/resources", headers=_h(rng, **b), query={
            "zip": L(ZIP, COARSE), "kind": "housing,jobs"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/telemetry", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID),
            "integrity": {"rooted": L(False, DEV), "mockLocation": L(False, DEV),
                          "developerMode": L(False, DEV)},
            "events": [ev("checkin_done", 1, late=False), ev("ping_gap", 2, minutes=14),
                       ev("screen", 3, screen=L("Schedule", USAGE))]}),
        case(f, f"{a}/v1/schedule", headers=_h(rng, how="upper"),
             cookies={"pl_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def parolink_sdks() -> list[Case]:
    rng = random.Random(5962)
    return [
        gl_batch(APP, rng, [("Check-in Completed", {"kind": "selfie", "late": False}),
                            ("Travel Requested", {"days": 3})], screen="Home"),
        gl_queue(APP, rng, [("Ping Queued", {"n": 5}), ("Offline", {"minutes": 14})]),
        sn_report(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                  [sn_crumb("navigation", "Home -> CheckIn"),
                   sn_crumb("state", "location", {"provider": "fused", "granted": False})],
                  context="CheckInActivity"),
        sn_session(APP, rng),
        fw_eval(APP, rng, {"unit": "midtown", "voiceCheckin": True}),
        bk_register(APP, rng, tags={"unit": "midtown"}),
        tf_card(APP, rng),
        tf_confirm(APP, rng, "30.00"),
        pw_reverse(APP, rng, WORK_FIX, PRECISE, nd=5),
        pw_telemetry(APP, rng, [(round(LAT, 6), round(LON, 6)),
                                (round(WORK_FIX[0], 6), round(WORK_FIX[1], 6))], PRECISE),
    ]
