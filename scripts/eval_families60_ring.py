"""Smart ring "Orbiring" for sleep and skin temperature: sign-up (birth date, sex, height,
weight), an OAuth password grant, ``/me`` with a JWT, pairing the ring and its status (serial,
Bluetooth address, firmware, size, battery, charging cycles: negatives), a night's protobuf sync
(summary, packed interbeat intervals, temperature deviation), stages and movement (msgpack), skin
temperature (gzip), cycle logs, tags and symptoms, feedback on an illness warning, a run, a raw
accelerometer window for a research programme, a friend invited to a circle, a message to the
coach, a Play membership, a sizing kit shipped to her flat, a firmware check, settings, push,
events and trends by a cookie GET."""

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
    MAIL,
    MED,
    MOTION,
    NAMEC,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import (
    CITY,
    DOB,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families60_kit import RING, RING_OLD_FW, accel, fix, ibis, obj, skin, stages
from eval_families60_sdk import (
    af_event,
    af_session,
    al_bid,
    sf_crumb,
    sf_error,
    tl_batch,
    tl_pixel,
)
from eval_families60_svc import bm_register, hm_attach, pm_check, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("orbiring", "Orbiring", "com.example.orbiring", "6.3.0",
          "https://cloud.orbiring.example.com")
IID = "Orb-Install-Id"
PW = "Quartz-Heron-19"
RUN_START = (40.768412, -73.981633)  # where her run started (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _ring() -> dict[str, Any]:
    return {"serial": RING["serial"], "ble": RING["ble"], "firmware": RING["fw"],
            "hardware": RING["hw"], "size": RING["size"]}


def orbiring() -> list[Case]:
    rng = random.Random(6031)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="member"))}
    ib = ibis(rng, 40)
    lab: dict[str, str] = {}
    night = pb([(1, L(USER_ID, UID)), (2, RING["serial"]), (3, 1765256400),
                (4, [(1, L(452, FIT)), (2, L(71, FIT)), (3, L(104, FIT)), (4, L(89, FIT)),
                     (5, L(48.0, FIT)), (6, L(54, FIT))]),
                (5, L(struct.pack(f"<{len(ib)}H", *ib), FIT)), (6, L(-0.21, FIT)),
                (7, RING["battery"]), (8, RING["fw"])], "", lab)
    rla, rlo = fix(RUN_START, 5)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER), "heightCm": L(168, FIT),
            "weightKg": L(61.8, FIT), "units": "metric"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "orbiring-android", "scope": "sleep temperature cycle"}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/rings/pair", headers=_h(rng, auth="bearer"), body={
            **_ring(), "battery": RING["battery"], "chargeCycles": RING["cycles"],
            "phone": {"installId": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV),
                      "os": L("Android 14", DEV)}}),
        case(f, f"{a}/v1/rings/{RING['serial']}/status", fmt="form",
             headers=_h(rng, auth="bearer"), body={
                 "battery": str(RING["battery"]), "charging": "false",
                 "chargeCycles": str(RING["cycles"]), "firmware": RING["fw"],
                 "lastSync": "1765290211"}),
        raw(f, f"{a}/v1/sync/night", night, "application/x-protobuf", lab,
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/sleep/2025-12-09/stages", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"epochS": 30, "stages": L(stages(rng, 40), FIT),
                   "movement": L([rng.randrange(0, 9) for _ in range(40)], FIT),
                   "ringSerial": RING["serial"]}),
        case(f, f"{a}/v1/temperature", gz=True, headers=_h(rng, auth="bearer"), body={
            "samples": L(skin(rng, 24), FIT), "deviationC": L(-0.21, FIT),
            "baselineC": L(35.02, FIT), "sensor": "ntc", "ringFw": RING["fw"]}),
        case(f, f"{a}/v1/cycle/log", headers=_h(rng, auth="bearer"), body={
            "periodStart": L("2025-12-03", MED), "flow": L("medium", MED),
            "symptoms": [L("cramps", MED), L("bloating", MED)],
            "goal": L("trying_to_conceive", MED), "hormonalContraception": L(False, MED)}),
        case(f, f"{a}/v1/tags", headers=_h(rng, auth="bearer"), body={
            "date": "2025-12-08", "tags": [L("alcohol", FIT), L("late_meal", FIT),
                                           L("sauna", FIT)],
            "symptoms": [L("sore throat", MED)]}),
        case(f, f"{a}/v1/insights/{obj(rng, 'ins', 8)}/feedback", fmt="form",
             headers=_h(rng, auth="bearer"), body={
                 "accurate": "yes", "feeling": L("feverish", MED), "tookTest": "covid_negative"}),
        case(f, f"{a}/v1/workouts", headers=_h(rng, auth="bearer"), body={
            "type": L("running", FIT), "durationMin": L(38, FIT), "hrAvg": L(151, FIT),
            "kcal": L(402, FIT), "start": {"lat": rla, "lon": rlo}, "source": "phone_gps"}),
        case(f, f"{a}/v1/research/raw", gz=True, headers=_h(rng, auth="bearer"), body={
            "study": "sleep-position-2025", "hz": 50,
            "samples": L(accel(rng, 60), f"{MOTION}|{FIT}"),
            "ringSerial": RING["serial"]}),
        case(f, f"{a}/v1/circles/invite", headers=_h(rng, auth="bearer"), body={
            "name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL),
            "share": ["sleep", "readiness"]}),
        case(f, f"{a}/v1/coach/messages", headers=_h(rng, auth="bearer"), body={
            "thread": obj(rng, "th", 8),
            "text": L("My HRV dropped to 31 after two bad nights, should I skip training?",
                      f"{TEXT}|{FIT}")}),
        case(f, f"{a}/v1/membership/play", headers=_h(rng, auth="bearer"), body={
            "productId": L("orbiring_membership_monthly", BUY),
            "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3390-1172-5561-20481", BUY)}),
        case(f, f"{a}/v1/orders/sizing-kit", headers=_h(rng, auth="bearer"), body={
            "name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "phone": L(E164, TEL), "email": L(EMAIL, MAIL), "price": L("0.00", BUY)}),
        case(f, f"{a}/v1/firmware/latest", headers=_h(rng, how="upper"), query={
            "serial": RING["serial"], "current": RING_OLD_FW, "hw": RING["hw"],
            "battery": str(RING["battery"])}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, auth="bearer"), body={
            "bedtimeTarget": "23:00", "tz": L("America/New_York", DEV), "tempUnit": "C",
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/devices/push", headers=_h(rng, auth="bearer"), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        lines(f, f"{a}/v1/events", [dict(e, user=L(USER_ID, UID)) for e in (
            ev("sync_done", 1, secs=14), ev("ring_charged", 2, cycles=RING["cycles"]),
            ev("screen", 3, screen=L("SleepDetail", USAGE)))], gz=True,
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/trends", headers=_h(rng, how="nodash"), query={"range": "30d"},
             cookies={"orb_sess": L(opaque(rng, "", 44), CRED)}),
    ]


def orbiring_sdks() -> list[Case]:
    rng = random.Random(6032)
    return [
        tl_batch(APP, rng, [("Night Synced", {"sleepMin": L(452, FIT), "batt": 64}),
                            ("Readiness Viewed", {"score": L(71, FIT)})], adid=True),
        tl_pixel(APP, rng, "Ring Paired", {"hw": RING["hw"], "fw": RING["fw"]}),
        af_session(APP, rng, first=True),
        af_event(APP, rng, "membership_started", {"plan": "monthly"}, revenue="5.99",
                 hashed=True),
        al_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}},
               keywords="sleep,running,wellness", yob=1991, gender="F", gz=True),
        sf_error(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [sf_crumb("navigation", "Home -> Sync"),
                  sf_crumb("log", "gatt", {"serial": RING["serial"], "battery": 64})],
                 context="SyncService", meta={"ring": {"fw": RING["fw"], "cycles": 212}}),
        sb_eval(APP, rng, {"cycleInsights": True, "hw": RING["hw"]}, get=True),
        bm_register(APP, rng, tags={"bedtime_nudge": "on"}, adid=True),
        pm_check(APP, rng, {"analytics": True, "ads": True}),
        hm_attach(APP, rng, L(PNG + b"\x31", "content.media"), "sync_error.png", "image/png"),
    ]
