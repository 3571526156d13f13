"""Parent app "Pipwatch" of a kids' smartwatch: her sign-up and log-in, binding her daughter's
watch (IMEI, registration code), its SIM, the girl's profile, safe zones at home and around the
school, the SOS contact list (msgpack), the watch's phonebook from her address book, a voice
message and a text to the watch, the home Wi-Fi for the watch, a listen-in call-back, a wrong
position reported, an SOS acknowledged from the office, live location shared with the father,
the position history exported and fetched, push, a subscription, events."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import WORK_LAT, WORK_LON
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    HW,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import LINE1, LINE2, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families29_kit import HOME_WIFI_PASS
from eval_families35_kit import (
    CHILD_DOB,
    CHILD_FIRST,
    CHILD_SEX,
    DAD,
    SCHOOL,
    SCHOOL_ZONE,
    WATCH,
    WATCH_CODE,
    fix,
    home,
    obj,
    track,
)
from eval_families35_sdk import (
    aw_event,
    aw_session,
    cl_crumb,
    cl_notify,
    sl_batch,
    sl_queue,
)
from eval_families35_svc import (
    as_check,
    cw_reverse,
    cw_route,
    cw_telemetry,
    fw_eval,
    pf_register,
)
from eval_payloads import BSSID, EMAIL, INSTALL_ID, NAME, SSID, USER_ID, Case, J, L, case

APP = App("pipwatch", "Pipwatch", "com.example.pipwatch.parent", "4.9.2",
          "https://api.pipwatch.example.com")
IID = "X-Pw-Client"
PW = "Lantern-Otter-77"
IMEI = WATCH["imei"]
WID = "wch_5c1e07a9d2"  # the back end's ID for the watch (a negative)
W_URL = f"https://api.pipwatch.example.com/v1/watches/{WID}"
WORK_FIX = (40.753047, -73.983391)  # her phone at the office
KID_AT = (40.743128, -73.984517)  # the girl's last fix, walking home with the nanny
ROSA = ("Rosa Morales", "+15550187733")  # the girl's grandmother


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _w(rng: random.Random, path: str, body: Any = None, **kw: Any) -> Case:
    """A call on the watch (the back end's watch ID in the URL path: a negative)."""
    return case(APP.fam, f"{W_URL}{path}", headers=_h(rng, auth="bearer"), body=body, **kw)


def pipwatch() -> list[Case]:
    rng = random.Random(3521)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="guardian"))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    sla, slo = fix(SCHOOL_ZONE)
    kla, klo = fix(KID_AT)
    wla, wlo = fix(WORK_FIX, 5)
    walk = track(rng, 4, SCHOOL_ZONE, (-0.00035, -0.00052))
    cases = [
        case(f, f"{a}/v1/account/register", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "country": L("US", COARSE), "relation": L("mother", GENDER),
            "marketingOptIn": False}),
        case(f, f"{a}/v1/account/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "grant_type": "password"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/watches/bind", headers=_h(rng, **b), body={
            "imei": L(IMEI, HW), "regCode": L(WATCH_CODE, CRED), "model": WATCH["model"],
            "fw": WATCH["fw"], "relation": "mother", "isAdmin": True}),
        _w(rng, "/sim", {"iccid": L(WATCH["iccid"], SIM), "msisdn": L(WATCH["msisdn"], TEL),
                         "plan": L("kids_talk_5gb", BUY), "autoRenew": True}),
        _w(rng, "/wearer", {
            "firstName": L(CHILD_FIRST, NAMEC), "lastName": L("Doe", NAMEC),
            "birthday": L(CHILD_DOB, BIRTH), "gender": L(CHILD_SEX, GENDER),
            "heightCm": L(128, FIT), "weightKg": L(25.4, FIT), "grade": "3",
            "school": {"placeId": SCHOOL["place_id"], "name": SCHOOL["name"]}}),
        _w(rng, "/zones", {"name": "Home", "center": {"lat": hla, "lng": hlo},
                           "radiusM": 150, "address": L(f"{LINE1}, {LINE2}", ADDR),
                           "notify": ["enter", "exit"]}),
        _w(rng, "/zones", {"name": "School", "placeId": SCHOOL["place_id"],
                           "center": {"lat": sla, "lng": slo}, "radiusM": 200,
                           "schedule": {"days": ["mon", "tue", "wed", "thu", "fri"],
                                        "from": "08:00", "to": "15:00"}}),
        _w(rng, "/sos-contacts", fmt="msgpack", body={"owner": L(USER_ID, UID), "contacts": [
            {"name": L(NAME, NAMEC), "phone": L(E164, TEL), "order": 1},
            {"name": L(DAD[0], NAMEC), "phone": L(DAD[1], TEL), "order": 2},
            {"name": L(ROSA[0], NAMEC), "phone": L(ROSA[1], TEL), "order": 3}]}),
        _w(rng, "/phonebook", {"entries": [
            {"name": L("Aunt Lucía", CONTACTS), "phone": L("+15550163390", CONTACTS),
             "icon": "aunt"},
            {"name": L("Coach Tom", CONTACTS), "phone": L("+15550110042", CONTACTS),
             "icon": "sport"}], "source": "address_book", "allowStrangers": False}),
        multipart(f, f"{W_URL}/voice", [
            ("audio", "msg_1765321.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"durationMs": 6400, "clientId": rid(rng)})],
            headers=_h(rng, **b)),
        _w(rng, "/text", {"text": L("Dad picks you up at 3:30 at the side gate", TEXT),
                          "clientId": rid(rng)}),
        _w(rng, "/wifi", {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                          "password": L(HOME_WIFI_PASS, CRED), "security": "WPA2"}),
        _w(rng, "/listen", fmt="form", body={"callbackNumber": L(NATIONAL, TEL),
                                             "silent": "true"}),
        _w(rng, "/positions/feedback", {
            "fixId": obj(rng, "fx", 12), "reported": {"lat": kla, "lng": klo, "src": "lbs"},
            "actual": {"lat": L(round(KID_AT[0] + 0.00061, 6), PRECISE),
                       "lng": L(round(KID_AT[1] - 0.00048, 6), PRECISE)},
            "comment": L("She was at the library on 3rd Ave, not in the park", TEXT)}),
        case(f, f"{a}/v1/sos/{obj(rng, 'sos', 12)}/ack", headers=_h(rng, **b), body={
            "ack": True, "lastSeen": {"lat": kla, "lng": klo, "acc": 12},
            "guardianPosition": {"lat": wla, "lng": wlo},
            "note": L("On my way, 10 minutes", TEXT), "callPlaced": True}),
        case(f, f"{a}/v1/share/live", headers=_h(rng, **b), body={
            "imei": L(IMEI, HW), "with": {"name": L(DAD[0], NAMEC), "email": L(DAD[2], MAIL)},
            "durationMin": 60, "includeHistory": False}),
        _w(rng, "/track/export", {"from": "2025-12-01", "to": "2025-12-09", "format": "gpx",
                                  "sendTo": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/push/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "criticalAlerts": True, "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, **b), body={
            "productId": L("pipwatch_family_plus_1y", BUY),
            "orderId": L("GPA.3381-2209-7731-55120", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("zone_exit", 1, zone="School", wearer_age=L(8, BIRTH)),
                ev("voice_sent", 2, seconds=6),
                ev("screen_view", 3, screen=L("LiveMap", USAGE))]}),
        at_path(case(f, f"{a}/v1/legacy/track/{IMEI}", query={"date": "2025-12-09", "tz": "-05:00"},
                     headers=_h(rng, how="none"),
                     cookies={"pw_sid": L(opaque(rng, "", 44), CRED),
                              "pw_cid": L(INSTALL_ID, DID)}), IMEI, HW),
    ]
    return [*cases, _walk_upload(rng, walk)]


def _walk_upload(rng: random.Random, walk: list[dict[str, Any]]) -> Case:
    """The girl's walk home, saved as a trip she can replay (her fixes: labelled)."""
    return _w(rng, "/trips", {"name": "School to home", "fixes": walk,
                              "startedAt": walk[0]["ts"], "endedAt": walk[-1]["ts"]})


def pipwatch_sdks() -> list[Case]:
    rng = random.Random(3522)
    return [
        sl_batch(APP, rng, [("Zone Exited", {"zone": "School"}),
                            ("Voice Message Sent", {"seconds": 6})]),
        sl_queue(APP, rng, [("Watch Located", {"source": "wifi"}),
                            ("SOS Acknowledged", {"seconds_to_ack": 48})]),
        aw_session(APP, rng, first=True),
        aw_event(APP, rng, "subscribe", {"plan": "family_plus"}, revenue=59.99, hashed=True),
        cl_notify(APP, rng, ("java.lang.NullPointerException", "marker position was null"),
                  [cl_crumb("navigation", "Home -> LiveMap"),
                   cl_crumb("request", "GET", {"url": L(f"{APP.api}/v1/legacy/track/{IMEI}", HW),
                                               "status": 200})], ctx="LiveMapActivity"),
        fw_eval(APP, rng, {"watchModel": WATCH["model"], "childAge": L(8, BIRTH)}, hdr=True),
        pf_register(APP, rng, tags={"zip": L("10118", COARSE), "children": 1,
                                    "child_age": L(8, BIRTH)}),
        as_check(APP, rng, {"analytics": True, "ads": False}),
        cw_reverse(APP, rng, KID_AT, PRECISE, nd=6),
        cw_route(APP, rng, [((WORK_FIX[0], WORK_FIX[1]), PRECISE), (KID_AT, PRECISE)]),
        cw_telemetry(APP, rng, [WORK_FIX, (round(WORK_LAT, 6), round(WORK_LON + 0.00004, 6))],
                     PRECISE),
    ]
