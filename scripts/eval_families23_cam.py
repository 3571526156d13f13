"""Home-security camera app "Watchpost" (cameras at the user's home, live view, geofenced arming,
shared access, emergency contacts, a paid plan)."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    TEL,
    UID,
    USAGE,
    WIFI,
    device_snake,
    multipart,
    pb,
    push_token,
    raw,
    srflx,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families23_kit import INSTALLER_PHONE, bearer_jwt, hdrs, rid
from eval_families23_sdk import crumb, fault_envelope, fault_session, tally_batch, tally_legacy
from eval_families23_svc import (
    nook_attach,
    nook_start,
    pay_confirm,
    pay_token,
    permit_event,
    ping_open,
    ping_player,
    ping_register,
)
from eval_payloads import BSSID, EMAIL, SSID, USER_ID, Case, J, L, case, rnd_hex

APP = App("watchpost", "Watchpost", "com.example.watchpost", "8.14.0",
          "https://api.watchpost.example.com")
CAMS = ["wp-cam-7f31a2", "wp-cam-7f31c9"]  # the cameras' own IDs (negatives)


def watchpost() -> list[Case]:
    rng = random.Random(2311)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(bearer_jwt(rng, phone=L(E164, TEL), home="h_55120"))}
    lat, lon = pos(5)
    cases = [
        case(f, f"{a}/v2/auth/login", headers=hdrs(APP, rng, iid="upper"),
             body={"email": L(EMAIL, MAIL), "password": L("porch-Light-77", CRED),
                   "device_name": L("Jane's Pixel 8", "device.info|contact.name"),
                   "client": "android"}),
        case(f, f"{a}/v2/auth/mfa", headers=hdrs(APP, rng, iid="upper"),
             body={"challenge_id": rid(rng), "code": L("481207", CRED), "method": "sms",
                   "remember_device": True}),
        case(f, f"{a}/v2/homes", headers=hdrs(APP, rng, iid="upper", extra=jw)),
        case(f, f"{a}/v2/homes/h_55120", headers=hdrs(APP, rng, bearer="opaque"),
             body={"name": "Home", "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                                               "city": L(CITY, COARSE),
                                               "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
                   "lat": lat, "lon": lon, "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/setup/provision", headers=hdrs(APP, rng, bearer="opaque"),
             body={"camera_serial": "WPC2-4419-88301", "camera_mac": "b8:27:eb:41:0c:9e",
                   "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                            "password": L("correct-horse-22", CRED), "security": "WPA2"},
                   "setup_token": L(opaque(rng, "stp_", 24), CRED), "band": "5GHz"}),
        case(f, f"{a}/v2/cameras", query={"home": "h_55120", "include": "status,battery"},
             headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/v2/cameras/{CAMS[0]}/live", headers=hdrs(APP, rng, bearer="opaque"),
             body={"session": rid(rng), "sdp_type": "offer", "candidates": [
                 L(srflx(), IPLOC), "candidate:1 1 udp 2122260223 10.8.0.3 50110 typ host"],
                 "codec": "H264", "quality": "hd"}),
        case(f, f"{a}/v2/cameras/{CAMS[0]}/talk", fmt="form", headers=hdrs(APP, rng,
                                                                        bearer="opaque"),
             body={"session": rid(rng), "seq": "3", "codec": "aac"}),
        multipart(f, f"{a}/v2/cameras/{CAMS[0]}/talk/chunk", [
            ("seq", None, "text/plain", "4"),
            ("chunk", "talk-4.m4a", "audio/mp4", L(M4A, MEDIA))],
            headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/v2/events", query={"camera": CAMS[1], "since": "1765214000",
                                         "types": "motion,person,package"},
             headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/v2/events/ev_7731902/label", headers=hdrs(APP, rng, bearer="opaque"),
             body={"face_id": "fc_" + rnd_hex(rng, 12), "label": L(PARTNER[0], NAMEC),
                   "relation": "household", "apply_to_past": True}),
        case(f, f"{a}/v2/events/ev_7731902/share", headers=hdrs(APP, rng, bearer="opaque"),
             body={"to": L(PEOPLE[1][2], MAIL), "note": L("Is this the guy from your block?",
                                                          "content.text"),
                   "expires_h": 24}),
        case(f, f"{a}/v2/homes/h_55120/members", headers=hdrs(APP, rng, bearer="opaque"),
             body={"email": L(PARTNER[2], MAIL), "phone": L(PARTNER[1], TEL),
                   "name": L(PARTNER[0], NAMEC), "role": "admin"}),
        case(f, f"{a}/v2/homes/h_55120/emergency", headers=hdrs(APP, rng, bearer="opaque"),
             body={"primary": {"name": L("Jane Doe", NAMEC), "phone": L(PHONE_PAREN, TEL)},
                   "contacts": [{"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL),
                                 "relation": "neighbour"}],
                   "dispatch_address": L(f"{LINE1}, {LINE2}, {CITY}, {STATE} {ZIP}", ADDR),
                   "safe_word": L("blue heron", CRED), "installer": INSTALLER_PHONE}),
        case(f, f"{a}/v2/geofence/transition", headers=hdrs(APP, rng, bearer="opaque"),
             body={"home": "h_55120", "type": "exit", "lat": L(40.74391, PRECISE),
                   "lon": L(-73.99102, PRECISE), "accuracy": 18, "ts": 1765302211,
                   "auto_arm": True}),
        case(f, f"{a}/v2/homes/h_55120/mode", headers=hdrs(APP, rng, bearer="opaque"),
             body={"mode": "away", "source": "geofence", "request_id": rid(rng)}),
        case(f, f"{a}/v2/cameras/{CAMS[1]}/zones", headers=hdrs(APP, rng, bearer="opaque"),
             body={"zones": [{"name": "Porch", "poly": [[0.12, 0.55], [0.48, 0.52],
                                                      [0.51, 0.97], [0.1, 0.99]]}],
                   "sensitivity": 70}),
        multipart(f, f"{a}/v2/me/avatar", [
            ("photo", "avatar.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", {"crop": [0, 0, 512, 512]})],
            headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/v2/plans/checkout", headers=hdrs(APP, rng, bearer="opaque"),
             body={"plan": L("protect_plus_monthly", BUY), "price": L("12.99", BUY),
                   "promo": "SPRING24", "home": "h_55120", "tax_zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v2/devices", headers=hdrs(APP, rng, bearer="opaque"),
             body={"push_token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
                   "os": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                   "notify": {"person": True, "package": True, "vehicle": False}}),
        case(f, f"{a}/v2/telemetry", gz=True, headers=hdrs(APP, rng, bearer="opaque"),
             body={"uid": L(USER_ID, UID), "device": device_snake(), "events": [
                 ev("live_view", 1, camera=CAMS[0], seconds=L(94, USAGE)),
                 ev("clip_play", 2, event="ev_7731902"), ev("mode_change", 3, to="away")],
                 "stall_ms": [120, 88, 430], "bitrate_kbps": 1850}),
    ]
    snap = case(f, f"{a}/v2/cameras/{CAMS[0]}/snapshot.jpg",
                query={"w": "640", "t": "1765302290"}, headers=hdrs(APP, rng, bearer="opaque"))
    cases.append(snap)
    arm = pb([(1, L(USER_ID, UID)), (2, "h_55120"), (3, 2), (4, 1765302212),
              (5, [(1, L(40.74391, PRECISE)), (2, L(-73.99102, PRECISE)), (3, 18.0)])], "", {})
    labels = {"1": UID, "5.1": PRECISE, "5.2": PRECISE}
    cases.append(raw(f, f"{a}/rpc/watchpost.v2.Arming/SetMode", arm, "application/x-protobuf",
                     labels, headers=hdrs(APP, rng, bearer="opaque")))
    cases.append(at_path(case(f, f"{a}/v2/users/{USER_ID}/notifications",
                              headers=hdrs(APP, rng, bearer="opaque")), USER_ID, UID))
    return cases


def watchpost_sdks() -> list[Case]:
    rng = random.Random(2312)
    player = ping_player(rng)
    lat, lon = pos(3)
    return [
        tally_batch(APP, rng, [ev("arm_mode_set", 1, mode="away", source="geofence"),
                               ev("person_alert_open", 2, camera=CAMS[0]),
                               ev("live_view_end", 3, seconds=L(94, USAGE))],
                    props={"cameras": 2, "plan": L("protect_plus", BUY)}),
        tally_legacy(APP, rng, [{"n": L("setup_complete", USAGE), "t": 1765300001},
                                {"n": L("wifi_joined", USAGE), "t": 1765300044,
                                 "lat": lat, "lon": lon}]),
        fault_envelope(APP, rng, exc=("java.net.SocketTimeoutException", "timeout"),
                       crumbs=[crumb("navigation", "Cameras -> LiveView"),
                               crumb("http", "POST live", {"status": 504})],
                       tags={"cam_fw": "4.2.11", "home": "h_55120"}),
        fault_session(APP, rng),
        ping_register(APP, rng, tags={"home": "h_55120", "plan": "protect_plus"}, nd=5),
        ping_open(APP, rng, player),
        pay_token(APP, rng),
        pay_confirm(APP, rng, 1299),
        permit_event(APP, rng, {"analytics": True, "ads": False}, b64=True),
        nook_start(APP, rng, L("Porch cam keeps dropping offline since the router update",
                               "content.text"), custom={"plan": "protect_plus", "cameras": 2,
                                                        "firmware": "4.2.11"}),
        nook_attach(APP, rng, "cv_" + rnd_hex(rng, 10)),
    ]
