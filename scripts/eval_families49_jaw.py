"""Sleep-apnoea mouthguard app "Jawrest" (a mandibular-advancement guard, an alternative to
CPAP, with the phone's microphone as a snore monitor): sign-up, a log-in, ``/me``, the
prescription with her sleep dentist, the insurance card, pairing the guard, the advancement
setting, a night's summary with snore episodes, the microphone's loudness envelope (gzip JSON),
a snore clip (WAV), the guard's data (protobuf with packed jaw motion), an oximeter import
(msgpack), a morning diary, her partner's report, results shared with the dentist, a visit, a
replacement tray ordered, a Health Connect import, reminders, a message, push, events and the
nights by a cookie GET."""

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
    MOTION,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families49_kit import DENTIST, GUARD, MEMBER_JR, RX_NO, jaw, loudness, snore_eps
from eval_families49_sdk import (
    cm_event,
    cm_session,
    cw_crash,
    cw_crumb,
    cw_logs,
    eb_batch,
    eb_queue,
)
from eval_families49_svc import aj_attach, fs_eval, pb_card, pb_confirm, pm_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jawrest", "Jawrest", "com.example.jawrest", "1.19.4",
          "https://api.jawrest.example.com")
IID = "X-Jawrest-Install"
PW = "Molar-Moon-1717"
JM = f"{MOTION}|{MED}"  # the guard's jaw-motion series: motion data taken for a diagnosis


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def jawrest() -> list[Case]:
    rng = random.Random(4971)
    a, f = APP.api + "/v2", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER_JR, MED)))}
    b = {"auth": "bearer"}
    night = obj(rng, "nt", 10)
    packed = struct.pack("<40f", *jaw(rng, 40))
    lab: dict[str, str] = {}
    gd = pb([(1, L(USER_ID, UID)), (2, night), (3, [(1, L(418, MED)), (2, 35.9),
                                                    (3, L(23, MED))]),
             (4, L(packed, JM)), (5, GUARD["serial"]), (6, GUARD["battery"])], "", lab)
    return [
        case(f, f"{a}/register", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER),
            "zip": L(ZIP, COARSE), "heightCm": L(168, FIT), "weightKg": L(71.0, FIT),
            "neckCm": L(36.5, FIT)}),
        case(f, f"{a}/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/prescription", headers=_h(rng, **b), body={
            "rx": RX_NO, "dentist": {"name": L(DENTIST[0], NAMEC), "phone": L(DENTIST[1], TEL)},
            "diagnosis": L("G47.33", MED), "ahiAtDiagnosis": L(17.2, MED),
            "maxAdvanceMm": L(8, MED), "startAdvanceMm": L(4, MED)}),
        multipart(f, f"{a}/insurance", [
            ("card", "card.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_JR, MED),
                                                "group": "GRP-77310",
                                                "payer": "Northgate Dental"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/guard/pair", headers=_h(rng, **b), body={
            "serial": GUARD["serial"], "ble": GUARD["ble"], "firmware": GUARD["fw"],
            "model": GUARD["model"], "battery": GUARD["battery"],
            "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/guard/settings", fmt="form", headers=_h(rng, **b), body={
            "advanceMm": L("5.5", MED), "stepMm": "0.5", "guard": GUARD["serial"]}),
        case(f, f"{a}/nights", headers=_h(rng, **b), body={
            "id": night, "date": "2025-12-09", "wearMin": L(412, MED), "snoreMin": L(38, MED),
            "episodes": L(snore_eps(rng, 5), MED), "supinePct": L(41, MED),
            "roomDb": 31.6, "micGainDb": 9}),
        case(f, f"{a}/nights/{night}/loudness", gz=True, headers=_h(rng, **b), body={
            "perMinuteDba": L(loudness(rng, 60), MED), "startMin": 0, "mic": "bottom"}),
        multipart(f, f"{a}/nights/{night}/clips", [
            ("clip", "snore_0241.wav", "audio/wav", L(WAV + b"\x07", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"offsetS": 9860, "lengthS": 20})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/nights/{night}/guard", gd, "application/x-protobuf", lab,
            headers=_h(rng, how="upper", **b)),
        case(f, f"{a}/oximetry/import", fmt="msgpack", headers=_h(rng, **b), body={
            "source": "ring", "spo2": L([96, 95, 91, 88, 94, 96, 95], MED), "odi": L(5.1, MED),
            "pulse": L([58, 57, 63, 66, 59, 56, 57], FIT), "ringSerial": "OXR-2207-1183"}),
        case(f, f"{a}/diary", headers=_h(rng, **b), body={
            "date": "2025-12-10", "jawPain": L(2, MED), "headache": L(True, MED),
            "alcoholDrinks": L(1, MED), "caffeineCups": 2,
            "notes": L("Jaw sore on the left after moving up to 5.5 mm", f"{TEXT}|{MED}")}),
        case(f, f"{a}/partner-report", fmt="form", headers=_h(rng, **b), body={
            "partnerName": L(PARTNER[0], NAMEC), "snoreRating": L("2", MED),
            "comment": L("Much quieter, only snored on her back", f"{TEXT}|{MED}")}),
        case(f, f"{a}/share", headers=_h(rng, **b), body={
            "to": L("sleep@parkdentalsleep.example.com", MAIL), "range": "30d",
            "include": ["nights", "oximetry"], "dentistPhone": L(DENTIST[1], TEL)}),
        case(f, f"{a}/appointments", headers=_h(rng, **b), body={
            "practice": {"id": "pr_5521", "name": "Park Dental Sleep", "phone": "+12125550128"},
            "slot": "2025-12-22T16:00", "reason": L("titration check, jaw pain", MED),
            "copay": L("40.00", BUY)}),
        case(f, f"{a}/orders", headers=_h(rng, **b), body={
            "product": L("Replacement lower tray", BUY), "total": L("89.00", BUY),
            "ship": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                     "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "contactPhone": L(PHONE_PAREN, TEL)}),
        case(f, f"{a}/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "sleepMin": L([402, 377, 431], FIT), "restingHr": L([59, 61, 58], FIT),
            "weightKg": L(70.8, FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/reminders", fmt="form", headers=_h(rng, **b), body={
            "wearAt": "22:30", "cleanAt": "07:15", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8),
            "text": L("Is it normal that my bite feels off for an hour in the morning?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("night_synced", 1, hours=6.9), ev("advance_changed", 2),
                ev("screen", 3, screen=L("NightDetail", USAGE))]}),
        case(f, f"{a}/nights", headers=_h(rng, how="upper"),
             cookies={"jr_session": L(opaque(rng, "", 42), CRED)}),
    ]


def jawrest_sdks() -> list[Case]:
    rng = random.Random(4972)
    return [
        eb_batch(APP, rng, [("Night Synced", {"snoreMin": L(38, MED), "hours": 6.9}),
                            ("Advance Changed", {"mm": L(5.5, MED)})]),
        eb_queue(APP, rng, [("Guard Disconnected", {"minutes": 2}), ("Clip Played", {})]),
        cm_session(APP, rng, user=True, n=14),
        cm_event(APP, rng, "purchase_guard", {"kit": "starter"}, revenue="399.00", hashed=True),
        cw_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                 [cw_crumb("navigation", "Night -> Sync"),
                  cw_crumb("log", "gatt connect", {"guard": GUARD["serial"]})],
                 screen="SyncActivity"),
        cw_logs(APP, rng, [("info", "mic armed 22:41"), ("warn", "audio focus lost"),
                           ("info", "guard sync 412 min")]),
        fs_eval(APP, rng, {"oximetry": True, "dentistPortal": True}),
        pm_register(APP, rng, tags={"phase": "titration"}),
        pb_card(APP, rng, email=True),
        pb_confirm(APP, rng, "399.00"),
        aj_attach(APP, rng, L(JPEG + b"\xd2", MEDIA), "cracked_tray.jpg", "image/jpeg"),
    ]
