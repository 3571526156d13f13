"""Sleep-apnoea CPAP companion app "Nightdraft" (the maker's app for its auto-CPAP: the phone
reads the machine over Bluetooth and uploads each night): sign-up, a password grant, ``/me`` with
a JWT, pairing the machine with its PIN, nightly summaries (gzip), the night's events (msgpack), a
protobuf sync, the prescription with her sleep physician, the mask and a mask-fit check, comfort
settings (form), travel mode for Baku, body measures, the Epworth questionnaire, suppliers near
her home, a resupply order to her New York home and its status by number in the path, the
insurance card, a compliance report shared with her physician, a message to the coach, a morning
diary, push, events and achievements by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families95_kit import CPAP, MEMBER_ND, SLEEP_MD, nights
from eval_families95_sdk import cm_batch, fm_crash, fm_crumb, fm_sessions, sm_event, sm_install
from eval_families95_svc import (
    aw_upload,
    ce_geocode,
    cr_confirm,
    pt_register,
    sb_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("nightdraft", "Nightdraft", "com.example.nightdraft", "6.1.2",
          "https://api.nightdraft.example.com")
IID = "X-ND-Install"
PW = "Quiet-Tide-904"
SUPPLY = "NDS-88120"  # her resupply order (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def nightdraft() -> list[Case]:
    rng = random.Random(9561)
    a, f = APP.api + "/v2", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER_ND, MED)))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, CPAP["serial"]), (3, "2025-12-08"),
               (4, [(1, L(431, MED)), (2, L(2.7, MED)), (3, L(14.2, MED)), (4, L(10.4, MED))]),
               (5, CPAP["fw"])], "", lab)
    status = at_path(case(f, f"{a}/supplies/orders/{SUPPLY}/status", headers=_h(rng, **b)),
                     SUPPLY, BUY)
    evs = [{"t": 1765250000 + rng.randrange(0, 25000), "type": rng.choice(["OA", "H", "CA"]),
            "durS": rng.randrange(10, 40)} for _ in range(9)]
    return [
        case(f, f"{a}/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "zip": L(ZIP, COARSE),
            "phone": L(DASHED, TEL), "machineSerial": CPAP["serial"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "nightdraft-android"}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/machines/pair", headers=_h(rng, **b), body={
            "serial": CPAP["serial"], "ble": CPAP["ble"], "model": CPAP["model"],
            "firmware": CPAP["fw"], "modemImei": CPAP["modem_imei"],
            "pairingPin": L("4417", CRED), "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/therapy/nights", gz=True, headers=_h(rng, **b), body={
            "machine": CPAP["serial"], "nights": L(nights(rng, 7), MED), "source": "ble"}),
        case(f, f"{a}/therapy/events", fmt="msgpack", headers=_h(rng, **b), body={
            "night": "2025-12-08", "events": L(evs, MED), "machine": CPAP["serial"]}),
        raw(f, f"{a}/therapy/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/prescription", headers=_h(rng, **b), body={
            "mode": L("APAP", MED), "minPressure": L(6, MED), "maxPressure": L(14, MED),
            "diagnosis": L("G47.33", MED),
            "physician": {"name": L(SLEEP_MD[0], NAMEC), "email": L(SLEEP_MD[1], MAIL)}}),
        case(f, f"{a}/mask", headers=_h(rng, **b), body={
            "type": L("nasal cushion", MED), "size": "M", "since": "2025-10-01"}),
        case(f, f"{a}/mask/fit-check", headers=_h(rng, **b), body={
            "sealScore": L(82, MED), "leakLpm": L(17.5, MED), "durationS": 60,
            "pressure": L(8, MED)}),
        case(f, f"{a}/comfort", fmt="form", headers=_h(rng, **b), body={
            "ramp": "20", "humidity": "3", "tube": "auto", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/travel", headers=_h(rng, **b), body={
            "enabled": True, "city": L("Baku", COARSE), "timezone": L("Asia/Baku", DEV),
            "voltage": 220, "from": "2025-12-12", "to": "2026-01-10"}),
        case(f, f"{a}/body", headers=_h(rng, **b), body={
            "weightKg": L(62.8, FIT), "heightCm": L(168, FIT), "neckCm": L(35, FIT)}),
        case(f, f"{a}/questionnaires/epworth", headers=_h(rng, **b), body={
            "answers": [L(v, MED) for v in (1, 2, 0, 1, 2, 0, 1, 0)], "total": L(7, MED)}),
        case(f, f"{a}/suppliers/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE), "n": "5"}),
        case(f, f"{a}/supplies/orders", headers=_h(rng, **b), body={
            "number": L(SUPPLY, BUY), "items": [{"sku": "ND-CUSH-M", "qty": 2},
                                                {"sku": "ND-FILT-6", "qty": 1}],
            "copay": L("24.50", BUY), "memberId": L(MEMBER_ND, MED),
            "shipTo": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                       "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                       "zip": L(ZIP, COARSE)}}),
        status,
        multipart(f, f"{a}/insurance/card", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_ND, MED),
                                                "payer": "Empire Harbor Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(SLEEP_MD[0], NAMEC), "recipientEmail": L(SLEEP_MD[1], MAIL),
            "range": "30d", "kind": "compliance"}),
        case(f, f"{a}/coach/messages", headers=_h(rng, **b), body={
            "text": L("I keep pulling the mask off around 3am and my nose is very dry",
                      f"{TEXT}|{MED}"), "thread": opaque(rng, "th_", 10)}),
        case(f, f"{a}/diary", headers=_h(rng, **b), body={
            "date": "2025-12-14", "rested": L(4, MED), "caffeineCups": 1,
            "notes": L("First night in Baku with the mask on all night, no morning headache",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV), "locale": L("en_US", DEV),
            "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("night_synced", 1, nights=7), ev("tip_read", 2),
                ev("screen", 3, screen=L("Dashboard", USAGE))]}),
        case(f, f"{a}/achievements", headers=_h(rng, how="upper"),
             cookies={"nd_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def nightdraft_sdks() -> list[Case]:
    rng = random.Random(9562)
    return [
        cm_batch(APP, rng, [("Night Synced", {"ahi": L(2.7, MED), "usageMin": L(431, MED)}),
                            ("Mask Fit Checked", {"score": L(82, MED)})], at=(LAT, LON), nd=2),
        sm_install(APP, rng),
        sm_event(APP, rng, "supplies_order", {"kit": "cushion_filters"}, revenue="24.50",
                 hashed=True),
        fm_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                 [fm_crumb("navigation", "Dashboard -> Sync"),
                  fm_crumb("log", "gatt", {"serial": CPAP["serial"]})], screen="SyncActivity"),
        fm_sessions(APP, rng, [2, 1]),
        sb_eval(APP, rng, {"therapyMode": L("APAP", MED), "travel": True}),
        pt_register(APP, rng, tags={"reminder": "22:30"}),
        cr_confirm(APP, rng, "24.50"),
        ce_geocode(APP, rng, "sleep clinic", SEARCH, near=(LAT, LON), nd=4),
        aw_upload(APP, rng, L(JPEG + b"\x62", f"{MEDIA}|{MED}"), "nose_bridge.jpg", "image/jpeg"),
    ]
