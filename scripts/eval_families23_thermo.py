"""Smart-thermostat app "Thermly" (home setup, pairing over Wi-Fi, presence, a rebate programme)."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    device_snake,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families22_kit import PARTNER
from eval_families23_kit import INSTALLER_PHONE, UTILITY_AT, bearer_jwt, hdrs, rid
from eval_families23_sdk import (
    crumb,
    fault_envelope,
    fault_session,
    tally_batch,
    tally_identify,
)
from eval_families23_svc import (
    atlas_reverse,
    nook_start,
    permit_event,
    ping_register,
    toggle_eval,
    toggle_exposures,
)
from eval_payloads import BSSID, EMAIL, NAME, SSID, USER_ID, Case, J, L, case, rnd_hex

APP = App("thermly", "Thermly", "com.example.thermly", "4.7.3", "https://api.thermly.example.com")
TSTAT = "th_" + "c71a0e"  # the thermostat's own ID (a negative)
UTIL_ACCT = "4471-2290-1183"  # the user's account number at her electricity utility


def thermly() -> list[Case]:
    rng = random.Random(2361)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(bearer_jwt(rng, email=L(EMAIL, MAIL), structure="st_8810"))}
    hlat, hlon = pos(6)
    sync = pb([(1, L(USER_ID, UID)), (2, TSTAT), (3, 20.5), (4, 1), (5, 2),
               (6, [(1, L(40.7419, PRECISE)), (2, L(-73.9892, PRECISE)), (3, 35.0)]),
               (7, 1765302000)], "", {})
    cases = [
        case(f, "https://auth.thermly.example.com/oauth/token", fmt="form",
             headers=hdrs(APP, rng),
             body={"grant_type": "authorization_code", "code": L(opaque(rng, "ac_", 32), CRED),
                   "code_verifier": L(opaque(rng, "", 64), CRED), "client_id": "thermly-android",
                   "redirect_uri": "com.example.thermly:/oauth2redirect"}),
        case(f, f"{a}/v1/structures", headers=hdrs(APP, rng, extra=jw)),
        case(f, f"{a}/v1/structures/st_8810", headers=hdrs(APP, rng, bearer="opaque"),
             body={"name": "Home", "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                                               "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                                               "postal_code": L(ZIP, COARSE)},
                   "lat": hlat, "lon": hlon, "time_zone": L("America/New_York", DEV),
                   "occupants": 2, "sq_ft": 1050, "heating": "gas_forced_air"}),
        case(f, f"{a}/v1/pairing/start", headers=hdrs(APP, rng, bearer="opaque"),
             body={"thermostat_serial": "TH3-22K-90417", "thermostat_mac": "d8:3a:dd:10:7c:1f",
                   "network": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                               "psk": L("correct-horse-22", CRED)},
                   "pairing_code": L("73-11-52", CRED), "structure": "st_8810"}),
        case(f, f"{a}/v1/devices/{TSTAT}/setpoint", headers=hdrs(APP, rng, bearer="opaque"),
             body={"mode": "heat", "heat_c": 20.5, "hold_until": "2025-12-09T22:00:00-05:00",
                   "request_id": rid(rng)}),
        case(f, f"{a}/v1/devices/{TSTAT}/schedule", headers=hdrs(APP, rng, bearer="opaque"),
             body={"weekday": [["06:30", 20.5], ["08:30", 17.0], ["17:30", 21.0],
                               ["22:30", 18.0]], "weekend": [["08:00", 20.5], ["23:00", 18.0]],
                   "version": 14}),
        raw(f, f"{a}/rpc/thermly.v1.Sync/Push", sync, "application/x-protobuf",
            {"1": UID, "6.1": PRECISE, "6.2": PRECISE}, headers=hdrs(APP, rng,
                                                                     bearer="opaque")),
        case(f, f"{a}/v1/presence", headers=hdrs(APP, rng, bearer="opaque"),
             body={"event": "arrive", "lat": L(40.74179, PRECISE), "lon": L(-73.98925, PRECISE),
                   "accuracy_m": 12, "wifi_ssid": L(SSID, WIFI), "source": "geofence+wifi",
                   "phone_id": L(rnd_hex(rng, 16), DID)}),
        case(f, f"{a}/v1/weather", query={"zip": L(ZIP, COARSE), "units": "metric"},
             headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/v1/energy/report", query={"month": "2025-11", "structure": "st_8810"},
             headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/v1/rebates/enroll", headers=hdrs(APP, rng, bearer="opaque"),
             body={"utility": "Con Metro Energy", "utility_office": list(UTILITY_AT),
                   "account_number": L(UTIL_ACCT, UID), "account_holder": L(NAME, NAMEC),
                   "service_address": L(f"{LINE1} {LINE2}, {CITY}, {STATE} {ZIP}", ADDR),
                   "program": "peak_saver_2026", "agree_terms": True}),
        case(f, f"{a}/v1/structures/st_8810/members", headers=hdrs(APP, rng, bearer="opaque"),
             body={"email": L(PARTNER[2], MAIL), "name": L(PARTNER[0], NAMEC),
                   "access": "full"}),
        case(f, f"{a}/v1/alerts/contacts", headers=hdrs(APP, rng, bearer="opaque"),
             body={"sms": L(DASHED, TEL), "installer_phone": INSTALLER_PHONE,
                   "alerts": ["furnace_fault", "freeze_risk"]}),
        case(f, f"{a}/v1/readings/history", fmt="msgpack", headers=hdrs(APP, rng,
                                                                        bearer="opaque"),
             body={"uid": L(USER_ID, UID), "device": TSTAT, "readings": [
                 [1765290000, 19.8, 41], [1765293600, 20.3, 40], [1765297200, 20.6, 40]]}),
        case(f, f"{a}/v1/events", gz=True, headers=hdrs(APP, rng, bearer="opaque"),
             body={"uid": L(USER_ID, UID), "device": device_snake(), "events": [
                 ev("screen_view", 1, screen=L("Thermostat", USAGE)),
                 ev("setpoint_change", 2, delta=0.5), ev("eco_toggle", 3, on=True)]}),
        multipart(f, f"{a}/v1/feedback", [
            ("text", None, "text/plain", L("Display says 'heat on' but the furnace never starts",
                                           TEXT)),
            ("screenshot", "shot.jpg", "image/jpeg", L(JPEG, MEDIA))],
            headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/v1/phone", headers=hdrs(APP, rng, bearer="opaque"),
             body={"push_token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
                   "os": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/me", headers=hdrs(APP, rng, iid="none"),
             cookies={"th_sid": L(opaque(rng, "", 48), CRED), "th_csrf": rnd_hex(rng, 32)}),
    ]
    return cases


def thermly_sdks() -> list[Case]:
    rng = random.Random(2362)
    return [
        tally_batch(APP, rng, [ev("pairing_complete", 1, model="TH3"),
                               ev("schedule_saved", 2, blocks=6),
                               ev("rebate_enrolled", 3, program="peak_saver_2026")],
                    props={"home_sq_ft": 1050, "heating": "gas_forced_air"}),
        tally_identify(APP, rng, {"email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                                  "postal_code": L(ZIP, COARSE)}),
        fault_envelope(APP, rng, exc=("java.io.IOException", "pairing socket closed"),
                       crumbs=[crumb("navigation", "Setup -> WifiPicker"),
                               crumb("wifi", "selected", {"ssid": L(SSID, WIFI)})],
                       tags={"pairing_step": "4"}),
        fault_session(APP, rng),
        toggle_eval(APP, rng, {"utility": "con_metro", "zip": L(ZIP, COARSE)}, email=True),
        toggle_exposures(APP, rng, {"eco-nudge": "v2"}),
        ping_register(APP, rng, tags={"structure": "st_8810", "zip": L(ZIP, COARSE)}, nd=2),
        atlas_reverse(APP, rng, 6),
        permit_event(APP, rng, {"analytics": True, "ads": False, "energy_research": True}),
        nook_start(APP, rng, L("Can my thermostat work with a heat pump?", TEXT),
                   custom={"structure": "st_8810", "firmware": "3.4.0"}),
    ]
