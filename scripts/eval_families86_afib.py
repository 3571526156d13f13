"""Atrial-fibrillation ECG-patch companion "Atrilo": sign-up with her cardiologist, a log-in
and an MFA code, ``/me``, the intake (AF type, CHA2DS2-VASc, medicines, symptoms), the insurance
card, pairing the patch, an ECG strip (gzip JSON), a protobuf daily summary (AF burden, longest
episode, heart rates, packed RR intervals), a symptom button press with her position, AF
episodes (msgpack), doses taken, blood pressure, a message to the monitoring centre, a visit,
the report shared with her cardiologist, an emergency contact, a Health Connect import, the
patch's return kit to her address, a Play subscription check, push, events, a patch log and the
report list by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
    pos,
)
from eval_families24_kit import claims, head
from eval_families86_kit import CARDIO, CARDIO_CLINIC, MEDS, MONITOR, PATCH, ecg, obj, rr
from eval_families86_sdk import (
    bl_crash,
    bl_crumb,
    hy_batch,
    km_event,
    km_session,
)
from eval_families86_svc import bt_card, bt_confirm, fs_eval, ks_register, sh_attach, sy_save
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("atrilo", "Atrilo", "com.example.atrilo", "2.11.4", "https://api.atrilo.example.com")
IID = "X-Atrilo-Install-Id"
PW = "Quiet-Atrium-58"
MRN = "MRN-4471920"  # her record number at the monitoring service (health.medical)
MEMBER = "ZQH880144721"  # her insurance member ID (health.medical)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def atrilo() -> list[Case]:
    rng = random.Random(8621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, MED)))}
    rrs = rr(rng, 40)
    lab: dict[str, str] = {}
    day = pb([(1, L(USER_ID, UID)), (2, MONITOR), (3, 1765256400),
              (4, [(1, L(23.5, MED)), (2, L(142, MED)), (3, L(88, FIT)), (4, L(151, FIT))]),
              (5, L(struct.pack(f"<{len(rrs)}H", *rrs), MED)), (6, PATCH["serial"])], "", lab)
    sla, slo = pos(5, 0.00091, -0.00062)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(NATIONAL, TEL), "dateOfBirth": L(DOB, BIRTH),
            "sex": L("F", GENDER), "zip": L(ZIP, COARSE),
            "cardiologist": {"name": L(CARDIO[0], NAMEC), "phone": L(CARDIO[1], TEL)}}),
        case(f, f"{a}/v2/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": "android"}),
        case(f, f"{a}/v2/session/mfa", fmt="form", headers=_h(rng), body={
            "challenge": opaque(rng, "ch_", 16), "code": L("448210", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/intake", headers=_h(rng, **b), body={
            "afType": L("paroxysmal", MED), "diagnosedYear": L(2023, MED),
            "cha2ds2vasc": L(2, MED), "conditions": [L("hypertension", MED)],
            "medications": [{"name": L(n, MED), "dose": L(d, MED), "schedule": s}
                            for n, d, s in MEDS],
            "symptoms": [L("palpitations", MED), L("dizziness", MED)],
            "alcoholPerWeek": L(3, MED), "heightCm": L(168, FIT), "weightKg": L(70.8, FIT)}),
        multipart(f, f"{a}/v2/insurance", [
            ("card", "card_front.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER, MED),
                                                "group": "GRP-77120", "payer": "Halcyon Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/patches", headers=_h(rng, **b), body={
            "serial": PATCH["serial"], "ble": PATCH["ble"], "firmware": PATCH["fw"],
            "model": PATCH["model"], "battery": 97, "placement": "left_pectoral",
            "phoneInstall": L(INSTALL_ID, DID), "monitor": MONITOR}),
        case(f, f"{a}/v2/hubs", headers=_h(rng, **b), body={
            "hub": "ATR-HUB-00412", "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                                             "rssi": -58}, "phoneLanIp": L(LOCAL_IP, DEV),
            "gateway": "192.168.1.1", "hubFw": "0.9.12"}),
        case(f, f"{a}/v2/monitors/{MONITOR}/ecg", gz=True, headers=_h(rng, **b), body={
            "lead": "I", "hz": 128, "start": "2025-12-09T14:02:11Z",
            "uV": L(ecg(rng, 96), MED), "patchSerial": PATCH["serial"], "gain": 2}),
        raw(f, f"{a}/v2/monitors/{MONITOR}/daily", day, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/monitors/{MONITOR}/symptoms", headers=_h(rng, **b), body={
            "pressedAt": "2025-12-09T16:44:02-05:00",
            "symptoms": [L("palpitations", MED), L("short of breath", MED)],
            "note": L("Heart racing after the subway stairs, felt faint for a minute",
                      f"{TEXT}|{MED}"), "lat": sla, "lon": slo, "event": obj(rng, "sym", 8)}),
        case(f, f"{a}/v2/monitors/{MONITOR}/episodes", fmt="msgpack", headers=_h(rng, **b),
             body={"episodes": L([{"start": 1765290011 + 3600 * i, "durSec": 300 + 211 * i,
                                   "maxHr": 128 + 7 * i, "rhythm": "AF"} for i in range(4)], MED),
                   "patch": PATCH["serial"]}),
        case(f, f"{a}/v2/doses", fmt="form", headers=_h(rng, **b), body={
            "medication": L(MEDS[0][0], MED), "dose": L(MEDS[0][1], MED),
            "takenAt": "2025-12-09T08:05:00-05:00", "missed": "0"}),
        case(f, f"{a}/v2/vitals/bp", headers=_h(rng, **b), body={
            "systolic": L(138, MED), "diastolic": L(86, MED), "pulse": L(91, FIT),
            "cuff": "Omron-style", "takenAt": "2025-12-09T07:55:00-05:00"}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "monitoring_centre",
            "text": L("Should I double the metoprolol on days the episodes run long?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "clinic": CARDIO_CLINIC, "slot": "2025-12-18T11:15",
            "reason": L("AF burden review, possible ablation", MED), "copay": L("40.00", BUY)}),
        case(f, f"{a}/v2/monitors/{MONITOR}/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(CARDIO[0], NAMEC),
            "recipientEmail": L("m.feld@chelseaheart.example.com", MAIL),
            "include": "summary,episodes,strips"}),
        case(f, f"{a}/v2/emergency-contact", headers=_h(rng, **b), body={
            "name": L(PEOPLE[1][0], NAMEC), "phone": L(PEOPLE[1][1], TEL),
            "relation": "sister", "notifyOnAlert": True}),
        case(f, f"{a}/v2/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([7012, 5230, 9108], FIT), "restingHr": L([66, 71, 64], FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v2/monitors/{MONITOR}/return-kit", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "carrier": "ground", "boxId": "RB-22041"}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("atrilo_plus_monthly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3318-2207-1190-44821", BUY)}),
        case(f, f"{a}/v2/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("strip_viewed", 1), ev("symptom_pressed", 2),
                ev("screen", 3, screen=L("EpisodeDetail", USAGE))]}),
        multipart(f, f"{a}/v2/patches/{PATCH['serial']}/logs", [
            ("log", "patch.log", "text/plain", b"ble conn=ok rssi=-61 batt=97 lead_off=0\n"),
            ("meta", None, "application/json", {"phoneModel": L("Pixel 8", DEV),
                                                "os": L("Android 14", DEV)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reports", headers=_h(rng, how="nodash"),
             cookies={"atr_sid": L(opaque(rng, "", 44), CRED)}),
    ]


def atrilo_sdks() -> list[Case]:
    rng = random.Random(8622)
    return [
        hy_batch(APP, rng, [("ECG Uploaded", {"afBurdenPct": L(23.5, MED)}),
                            ("Symptom Pressed", {"kind": L("palpitations", MED)})]),
        km_session(APP, rng, user=True),
        km_event(APP, rng, "sub_start", {"plan": "plus_monthly"}, revenue=14.99, hashed=True),
        bl_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [bl_crumb("nav", "Home -> Strip"),
                  bl_crumb("log", "gatt", {"serial": PATCH["serial"]})], screen="StripActivity"),
        fs_eval(APP, rng, {"afType": L("paroxysmal", MED), "bpModule": True}),
        ks_register(APP, rng, tags={"dose_reminders": "on"}),
        sy_save(APP, rng, {"analytics": True, "marketing": False, "research": True}),
        bt_card(APP, rng),
        bt_confirm(APP, rng, "14.99"),
        sh_attach(APP, rng, L(JPEG + b"\x92", f"{MEDIA}|{MED}"), "strip_screenshot.jpg",
                  "image/jpeg"),
    ]
