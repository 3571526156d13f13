"""A cyclone-shelter booking and check-in app "Saeklonsef" (Port Vila's council shelters). Unlike
set 122's evacuation-centre household registry, it books spaces in a named shelter before a
storm, checks the household in and out by the shelter's QR code, sends a presence heartbeat
from inside, broadcasts "I am safe" to family abroad and files the house's damage afterwards.
Calls: the household's registration (members, needs, a pet), an SMS code, ``/me``, shelters
near her, a space booking, the route there, the QR check-in, a heartbeat (protobuf, a nested fix
and the shelter's Wi-Fi), an offline queue (msgpack), a needs request, a note to the shelter
nurse, a safe message, a search for a family member, alerts for her area, the check-out, a
damage report (photos and JSON), the household card by a cookie GET, an update, push, events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families132_kit import (
    DAUGHTER,
    HOUSEHOLD,
    HUSBAND,
    SHELTER,
    SHELTER_FIX,
    SISTER_US,
    VILA_HOME,
    VILA_HOME_AT,
    fix,
    hd,
    push,
)
from eval_families132_sdk import cd_crash, cd_crumb, mc_batch, mc_pixel, tn_launch
from eval_families132_svc import (
    cy_check,
    fn_eval,
    hs_message,
    mm_reverse,
    mm_route,
    pt_register,
)
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, U, case

APP = App("saeklonsef", "Saeklonsef", "com.example.saeklonsef", "2.0.5",
          "https://api.saeklonsef.example.org")
IID = "X-SS-Device"
SENS_NOTE = "Type 2 diabetes with a foot ulcer, needs insulin kept cool"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bi=True, **{"how": "nodash", **kw})


def saeklonsef() -> list[Case]:
    rng = random.Random(13261)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, household=L(HOUSEHOLD, UID), phone=L(E164, TEL)))}
    sla, slo = fix(SHELTER_FIX, 6)
    hla, hlo = fix(VILA_HOME_AT, 6)
    booking = "bk_" + opaque(rng, "", 10)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSEHOLD, UID)), (2, SHELTER["id"]), (3, 1765360800),
               (4, [(1, L(SHELTER_FIX[0], PRECISE)), (2, L(SHELTER_FIX[1], PRECISE)),
                    (3, 12.0)]),
               (5, [(1, L(SHELTER["ssid"], WIFI)), (2, L(SHELTER["bssid"], WIFI)),
                    (3, L("10.41.0.87", DEV))]),
               (6, L(37, DEV))], "", lab)
    return [
        case(f, f"{a}/v1/households", headers=_h(rng), body={
            "head": {"name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
                     "dob": L(DOB, BIRTH)},
            "address": L(VILA_HOME["line"], ADDR), "area": L(VILA_HOME["area"], COARSE),
            "island": L("Efate", COARSE),
            "members": [{"name": L(HUSBAND[0], NAMEC), "age": L(41, BIRTH)},
                        {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                         "dob": L(DAUGHTER["dob"], BIRTH)}],
            "needs": {"medical": L(SENS_NOTE, f"{TEXT}|{MED}"), "mobility": L("walking stick",
                                                                              MED),
                      "pets": 1}, "language": L("bi", DEV)}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("551903", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/shelters/near", headers=_h(rng, **b), query={
            "lat": L(f"{VILA_HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{VILA_HOME_AT[1]:.4f}",
                                                                   PRECISE),
            "cat": "3", "open": "1"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "shelter": SHELTER["id"], "household": L(HOUSEHOLD, UID), "spaces": 3,
            "booking": booking, "cyclone": "TC-2025-04"}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "qr": SHELTER["qr"], "household": L(HOUSEHOLD, UID), "headcount": 2,
            "at": {"lat": sla, "lon": slo}, "booking": booking}),
        raw(f, f"{a}/v1/presence", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "household": L(HOUSEHOLD, UID), "items": [
                {"k": "checkin", "shelter": SHELTER["id"], "t": 1765360200},
                {"k": "headcount", "n": 2, "t": 1765360260}]}),
        case(f, f"{a}/v1/pets", fmt="form", headers=_h(rng, **b), body={
            "household": L(HOUSEHOLD, UID), "species": "dog", "petName": "Rusty",
            "vaccinated": "yes", "crate": "no"}),
        case(f, f"{a}/v1/needs", fmt="form", headers=_h(rng, **b), body={
            "household": L(HOUSEHOLD, UID), "items": "water,rice,insulin_cool_box",
            "insulin": L("yes", MED), "babies": "0"}),
        case(f, f"{a}/v1/shelters/{SHELTER['id']}/nurse", headers=_h(rng, **b), body={
            "text": L("My foot dressing needs changing tomorrow, I have the foam pads",
                      f"{TEXT}|{MED}"), "household": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/safe", headers=_h(rng, **b), body={
            "message": L("Mi sef long Freswota shelter wetem Joel. Yumi oraet.", TEXT),
            "to": [{"name": L(SISTER_US[0], NAMEC), "phone": L(SISTER_US[1], TEL),
                    "email": L(SISTER_US[2], MAIL)}], "clientRef": rid(rng),
            "link": U("https://saeklonsef.example.org/s", {"hh": L(HOUSEHOLD, UID),
                                                           "sh": SHELTER["id"]})}),
        case(f, f"{a}/v1/people/search", headers=_h(rng, **b), query={
            "q": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", f"{SEARCH}|{NAMEC}"),
            "area": L("North Efate", COARSE)}),
        case(f, f"{a}/v1/alerts/subscribe", fmt="form", headers=_h(rng, **b), body={
            "area": L(VILA_HOME["area"], COARSE), "province": L("Shefa", COARSE),
            "lang": L("bi", DEV), "sms": L(E164, TEL)}),
        case(f, f"{a}/v1/checkouts", headers=_h(rng, **b), body={
            "household": L(HOUSEHOLD, UID), "booking": booking, "headcount": 2,
            "goingTo": L(VILA_HOME["line"], ADDR)}),
        multipart(f, f"{a}/v1/damage", [
            ("roof", "roof.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("tank", "tank.jpg", "image/jpeg", L(JPEG + b"\xe2", MEDIA)),
            ("report", None, "application/json", {
                "household": L(HOUSEHOLD, UID), "address": L(VILA_HOME["line"], ADDR),
                "at": {"lat": hla, "lon": hlo}, "roof": "partly off",
                "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV)},
                "water": "tank cracked",
                "text": L("Kitchen roof blown off, bed wet, we sleep at Joel's uncle", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/households/card", headers=_h(rng, how="none"), cookies={
            "ss_sid": L(opaque(rng, "", 40), CRED), "ss_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/households/{HOUSEHOLD}/members", headers=_h(rng, **b), body={
            "update": [{"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                        "away": L("Boarding at school in north Efate this term", TEXT)}]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "bi_VU")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_made", 1), ev("checked_in", 2),
                ev("screen", 3, screen=L("ShelterMap", USAGE))]}),
        case(f, f"{a}/v1/cyclones/active", headers=_h(rng, **b), query={"region": "VU"}),
        case(f, f"{a}/v1/contact", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "phone": L(E164, TEL), "household": L(HOUSEHOLD, UID)}),
    ]


def saeklonsef_sdks() -> list[Case]:
    rng = random.Random(13262)
    return [
        mc_batch(APP, rng, [("Shelter Booked", {"spaces": 3}), ("Checked In", {})],
                 at=SHELTER_FIX, nd=3, locale="bi_VU"),
        mc_pixel(APP, rng, "Alert Opened", {"cyclone": "TC-2025-04"}),
        tn_launch(APP, rng, first=True),
        cd_crash(APP, rng, ("java.lang.SecurityException", "camera permission revoked"),
                 [cd_crumb("nav", "Booking -> ScanQr")], screen="ScanQrActivity"),
        fn_eval(APP, rng, {"area": L("Tassiriki", COARSE)}, hdr=True),
        pt_register(APP, rng, lang="bi", at=VILA_HOME_AT, nd=2,
                    tags={"area": L("Tassiriki", COARSE), "shelter": SHELTER["id"]}),
        cy_check(APP, rng, {"analytics": True}),
        mm_reverse(APP, rng, VILA_HOME_AT, PRECISE, nd=6),
        mm_route(APP, rng, [(VILA_HOME_AT, PRECISE),
                            ((SHELTER["lat"], SHELTER["lon"]), None)], mode="walking"),
        hs_message(APP, rng, L("Booking shows 3 spaces but we are 2 now", TEXT),
                   {"household": L(HOUSEHOLD, UID)}),
    ]
