"""Cochlear-implant processor companion app "Sonavia": sign-up, a log-in, ``/me``, the implant
record, pairing the sound processor, the map (T and C levels), the day's data log (protobuf),
a remote check (electrode impedances, a speech test with her recorded answers, a
questionnaire), saved live captions, streaming minutes, a home program switched by her Wi-Fi,
where the phone last heard the processor, an appointment, sharing with her audiologist, a
message to the care team, the insurance card, an accessories order, a warranty claim, push,
events and the programs by a cookie GET."""

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
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import home, obj
from eval_families66_kit import AUDIOLOGIST, CI_CENTER, IMPLANT, PROCESSOR, impedances, levels
from eval_families66_sdk import (
    ah_event,
    ah_launch,
    cl_crumb,
    cl_report,
    cl_session,
    tq_batch,
    tq_queue,
)
from eval_families66_svc import fp_eval, pb_opened, pb_register, pm_confirm, rw_attach
from eval_payloads import BSSID, EMAIL, INSTALL_ID, SSID, USER_ID, Case, J, L, case

APP = App("sonavia", "Sonavia", "com.example.sonavia", "2.7.1", "https://api.sonavia.example.com")
IID = "X-Sonavia-Install"
PW = "Harbor-Cochlea-42"
MEMBER = "HXT559201774"  # her health-insurance member ID (health.medical)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def sonavia() -> list[Case]:
    rng = random.Random(6621)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), given_name=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    lv = levels(rng)
    lab: dict[str, str] = {}
    log = pb([(1, L(USER_ID, UID)), (2, PROCESSOR["serial"]), (3, 1765238400),
              (4, [(1, L(13.6, USAGE)), (2, 41), (3, 22), (4, 37)]),
              (5, L(9, USAGE)), (6, 3), (7, PROCESSOR["fw"])], "", lab)
    hla, hlo = home(6)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(NATIONAL, TEL), "birthDate": L(DOB, BIRTH),
            "zip": L(ZIP, COARSE), "center": CI_CENTER["id"], "recipient": "adult"}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "sonavia-android", "scope": "openid offline_access"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/implants", headers=_h(rng, **b), body={
            "model": L(IMPLANT["model"], MED), "serial": L(IMPLANT["serial"], MED),
            "ear": L(IMPLANT["side"], MED), "activated": L(IMPLANT["activated"], MED),
            "etiology": L("otosclerosis, progressive sensorineural loss", MED),
            "otherEar": L("hearing aid", MED), "center": CI_CENTER["id"]}),
        case(f, f"{a}/v2/processors/pair", headers=_h(rng, **b), body={
            "serial": PROCESSOR["serial"], "ble": PROCESSOR["ble"], "model": PROCESSOR["model"],
            "firmware": PROCESSOR["fw"], "battery": PROCESSOR["battery"],
            "phoneInstall": L(INSTALL_ID, DID), "bondKey": "redacted"}),
        case(f, f"{a}/v2/maps/sync", headers=_h(rng, **b), body={
            "mapId": obj(rng, "map", 8), "strategy": "ACE", "rateHz": 900, "pulseUs": 25,
            "tLevels": L(lv["t"], MED), "cLevels": L(lv["c"], MED),
            "programs": ["Everyday", "Noise", "Music", "Focus"], "volume": 6}),
        raw(f, f"{a}/v2/datalog", log, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/remote-check/impedances", headers=_h(rng, **b), body={
            "processor": PROCESSOR["serial"], "electrodes": 22,
            "kOhm": L(impedances(rng), MED), "openCircuits": [], "at": 1765323011}),
        multipart(f, f"{a}/v2/remote-check/speech", [
            ("answers", "azbio_12.m4a", "audio/mp4", L(M4A + b"\x21", MEDIA)),
            ("result", None, "application/json", {
                "list": "AzBio-12", "wordsCorrectPct": L(78, MED), "snrDb": L(10, MED),
                "condition": "CI only, streamed"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/remote-check/questionnaire", fmt="msgpack", headers=_h(rng, **b),
             body={
            "instrument": "SSQ12", "answers": L([7, 6, 4, 5, 8, 6, 3, 5, 6, 7, 4, 6], MED),
            "tinnitus": L(3, MED), "dizziness": L(False, MED)}),
        case(f, f"{a}/v2/captions", headers=_h(rng, **b), body={
            "title": L("Call with the landlord about the boiler", TEXT),
            "lines": L(["The engineer can come Thursday morning.",
                        "Ok, I will leave the key with the doorman."], TEXT),
            "durationS": 412, "language": L("en-US", DEV)}),
        case(f, f"{a}/v2/usage/streaming", fmt="form", headers=_h(rng, **b), body={
            "minutes": L("184", USAGE), "source": "phone", "date": "2025-12-09"}),
        case(f, f"{a}/v2/programs/auto", headers=_h(rng, **b), body={
            "program": "Home", "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "geofence": {"lat": hla, "lon": hlo, "radiusM": 60}}),
        case(f, f"{a}/v2/finder/last-seen", headers=_h(rng, **b), body={
            "processor": PROCESSOR["serial"], "rssi": -78, "battery": 22,
            "lat": L(40.739511, PRECISE), "lon": L(-73.991827, PRECISE), "acc": 14}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "center": {k: CI_CENTER[k] for k in ("id", "name", "phone", "line", "lat", "lon")},
            "slot": "2025-12-19T10:15", "type": "mapping",
            "reason": L("map adjustment, voices sound tinny since the last visit", MED),
            "copay": L("40.00", BUY)}),
        case(f, f"{a}/v2/care-team/share", fmt="form", headers=_h(rng, **b), body={
            "name": L(AUDIOLOGIST[0], NAMEC), "email": L(AUDIOLOGIST[2], MAIL),
            "include": "datalog,impedances,speech", "days": "90"}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "audiology",
            "text": L("Ringing in my right ear got louder after the new map", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/insurance", [
            ("front", "card.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER, MED), "group": "G-88120",
                                                "payer": "Evergreen Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/store/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "RB-675-PACK", "qty": 2, "price": 24.0},
                      {"sku": "COIL-H7-S", "qty": 1, "price": 89.0}],
            "total": L("137.00", BUY), "order": L("SNV-77041", BUY), "ship": {
                "name": L(f"{FIRST} {LAST}", NAMEC), "line1": L(LINE1, ADDR),
                "line2": L(LINE2, ADDR), "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v2/warranty/claims", headers=_h(rng, **b), body={
            "processor": PROCESSOR["serial"], "issue": "moisture",
            "text": L("The processor fell in the sink and now it crackles", TEXT),
            "claim": obj(rng, "wc", 8)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "bluetoothLe": L(True, DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("map_synced", 1), ev("remote_check_done", 2, words=L(78, MED)),
                ev("screen", 3, screen=L("ProgramPicker", USAGE))]}),
        at_path(case(f, f"{a}/v2/users/{USER_ID}/programs", headers=_h(rng, how="upper"),
                     cookies={"snv_session": L(opaque(rng, "", 48), CRED),
                              "snv_req": rid(rng)}), USER_ID, UID),
    ]


def sonavia_sdks() -> list[Case]:
    rng = random.Random(6622)
    return [
        tq_batch(APP, rng, [("Map Synced", {"programs": 4}),
                            ("Remote Check Completed", {"wordsCorrect": L(78, MED)})]),
        tq_queue(APP, rng, [("Processor Disconnected", {"seconds": 41}),
                            ("Program Changed", {"to": "Noise"})]),
        ah_launch(APP, rng, first=True),
        ah_event(APP, rng, "purchase_accessory", {"order": L("SNV-77041", BUY)},
                 revenue=137.0, hashed=True),
        cl_report(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                  [cl_crumb("navigation", "Home -> Pair"),
                   cl_crumb("log", "gatt connect", {"serial": PROCESSOR["serial"]})],
                  screen="PairProcessorActivity"),
        fp_eval(APP, rng, {"processorModel": PROCESSOR["model"], "remoteCheck": True}),
        pb_register(APP, rng, tags={"remote_check_due": "yes", "battery_alerts": "on"}),
        pb_opened(APP, rng, "remote_check_reminder"),
        cl_session(APP, rng, secs=1210),
        pm_confirm(APP, rng, "137.00"),
        rw_attach(APP, rng, L(JPEG + b"\x72", MEDIA), "coil_cable.jpg", "image/jpeg"),
    ]
