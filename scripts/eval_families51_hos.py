"""Truck driver's hours-of-service logbook "Haulbook" (an ELD app): a log-in, ``/me``, her
profile (CDL, birth date), her DOT medical card, the truck and trailer picked, the ELD paired
(protobuf), duty-status changes at the yard (JSON), a break and the delivery (a form), a
pre-trip inspection report, GPS breadcrumbs (msgpack and gzip JSON Lines), a fuel purchase, the
bill of lading's photo, the day's logs certified, a roadside inspection's data transfer, a
message to dispatch, her logs by her ID in the query, the weather at 2 decimals, an emergency
contact, push, events and the clocks by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families51_kit import (
    CDL,
    DROP_AT,
    ELD,
    FLEET,
    MED_CERT,
    TRAILER,
    TRUCK,
    TRUCKSTOP,
    YARD_AT,
    crumbs,
    fix,
)
from eval_families51_sdk import cp_crash, cp_crumb, cp_session, iv_session, ty_batch, ty_queue
from eval_families51_svc import af_attach, fs_eval, mt_route, mt_telemetry, pk_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("haulbook", "Haulbook", "com.example.haulbook", "11.0.3",
          "https://eld.haulbook.example.net")
IID = "X-Hb-Device"
PW = "Diesel-Owl-9904"
STOP_FIX = (40.673391, -74.938207)  # her truck at the travel plaza's pumps
MEDC = f"{MEDIA}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _status(rng: random.Random, kind: str, at: tuple[float, float], place: str,
            note: str | None) -> dict[str, Any]:
    la, lo = fix(at, 5)
    out: dict[str, Any] = {"status": kind, "lat": la, "lon": lo, "location": L(place, COARSE),
                           "odometer": 412870, "engineHours": 8812.4, "eld": ELD["serial"],
                           "seq": rng.randrange(100, 999)}
    if note:
        out["annotation"] = L(note, TEXT)
    return out


def haulbook() -> list[Case]:
    rng = random.Random(5161)
    a, f = APP.api + "/api/v2", APP.fam
    jw = {"Authorization": J(claims(rng, name=L(f"{FIRST} {LAST}", NAMEC),
                                    carrier=FLEET["usdot"]))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    pair = pb([(1, L(USER_ID, UID)), (2, ELD["serial"]), (3, ELD["ble"]),
               (4, [(1, L(YARD_AT[0], PRECISE)), (2, L(YARD_AT[1], PRECISE))]),
               (5, 412866), (6, TRUCK["vin"])], "", lab)
    sla, slo = fix(STOP_FIX, 4)
    return [
        case(f, f"{a}/drivers/login", fmt="form", headers=_h(rng), body={
            "username": L("jdoe.bwf", UID), "password": L(PW, CRED),
            "carrier": "BWF", "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/drivers/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/drivers/me/profile", headers=_h(rng, **b), body={
            "cdl": {"number": L(CDL, NATID), "state": L("NY", COARSE), "class": "A",
                    "endorsements": ["N", "T"], "expires": "2029-05-17"},
            "dob": L(DOB, BIRTH), "homeTerminal": "Kearny, NJ", "cycle": "70h8d"}),
        multipart(f, f"{a}/drivers/me/medical-card", [
            ("image", "med_card.jpg", "image/jpeg", L(JPEG + b"\x61", MEDC)),
            ("card", None, "application/json", {
                "number": L(MED_CERT["number"], MED), "expires": L(MED_CERT["expires"], MED),
                "restrictions": L(MED_CERT["restrictions"], MED),
                "examinerRegistry": MED_CERT["examiner"]})], headers=_h(rng, **b)),
        case(f, f"{a}/vehicles/select", headers=_h(rng, **b), body={
            "truck": TRUCK["unit"], "vin": TRUCK["vin"], "plate": TRUCK["plate"],
            "trailers": [TRAILER], "odometer": 412866, "usdot": FLEET["usdot"]}),
        raw(f, f"{a}/eld/pair", pair, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/logs/status", headers=_h(rng, **b), body=_status(
            rng, "ON", YARD_AT, "Kearny, NJ", "Pre-trip inspection")),
        case(f, f"{a}/dvir", headers=_h(rng, **b), body={
            "type": "pre_trip", "truck": TRUCK["unit"], "trailer": TRAILER,
            "defects": [{"component": "lights",
                         "note": L("Left marker lamp out on the trailer", TEXT)}],
            "safeToDrive": True, "signedName": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/breadcrumbs", fmt="msgpack", headers=_h(rng, **b), body={
            "driver": L(USER_ID, UID), "points": crumbs(rng, 5), "eld": ELD["serial"]}),
        lines(f, f"{a}/breadcrumbs/batch", [
            {"driver": L(USER_ID, UID), **p} for p in crumbs(rng, 4, t0=1765287600)],
            headers=_h(rng, **b), gz=True),
        case(f, f"{a}/logs/status", headers=_h(rng, **b), body=_status(
            rng, "OFF", STOP_FIX, "2 mi W of Bloomsbury, NJ", "30 min break")),
        case(f, f"{a}/fuel", headers=_h(rng, **b), body={
            "stop": TRUCKSTOP["id"], "stopAt": [TRUCKSTOP["lat"], TRUCKSTOP["lon"]],
            "gallons": 98.4, "amount": L("412.58", BUY),
            "cardLast4": L("7731", PAY), "lat": sla, "lon": slo, "odometer": 412911}),
        multipart(f, f"{a}/documents", [
            ("scan", "bol.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"bol": "BOL-88120477", "load": "LD-55120",
                                                "shipper": "Garden State Paper Co."})],
            headers=_h(rng, **b)),
        case(f, f"{a}/logs/status", fmt="form", headers=_h(rng, **b), body={
            "status": "ON", "lat": L(f"{DROP_AT[0]:.5f}", PRECISE),
            "lon": L(f"{DROP_AT[1]:.5f}", PRECISE), "location": L("Allentown, PA", COARSE),
            "annotation": L("Waiting to unload at door 14", TEXT), "odometer": "412951"}),
        case(f, f"{a}/logs/certify", fmt="form", headers=_h(rng, **b), body={
            "date": "2025-12-09", "certified": "1", "signature": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/inspections/transfer", headers=_h(rng, **b), body={
            "method": "web_service", "officerCode": "NJSP-4471", "range": "8d",
            "comment": L("Inspection at the Bloomsbury scale, level 3", TEXT)}),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "to": "dispatch", "text": L("Stuck at the dock in Allentown, they won't unload "
                                        "until 3", TEXT), "load": "LD-55120"}),
        case(f, f"{a}/logs", headers=_h(rng, **b), query={
            "date": "2025-12-09", "driver": L(USER_ID, UID), "view": "graph"}),
        case(f, f"{a}/weather", headers=_h(rng, **b), query={
            "lat": L(f"{STOP_FIX[0]:.2f}", COARSE), "lon": L(f"{STOP_FIX[1]:.2f}", COARSE),
            "units": "us"}),
        case(f, f"{a}/drivers/me/emergency-contact", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "phone": L(PEOPLE[4][1], TEL),
            "relation": "sister"}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/telemetry", gz=True, headers=_h(rng, **b), body={
            "driver": L(USER_ID, UID), "battery": L(38, DEV), "charging": L(True, DEV),
            "events": [ev("duty_change", 1, to="OFF"), ev("dvir_submitted", 2),
                       ev("screen", 3, screen=L("HosClocks", USAGE))]}),
        case(f, f"{a}/hos/clocks", headers=_h(rng, how="upper"),
             cookies={"hb_session": L(opaque(rng, "", 40), CRED),
                      "hb_driver": L(USER_ID, UID)}),
    ]


def haulbook_sdks() -> list[Case]:
    rng = random.Random(5162)
    mid = (40.688214, -74.583902)  # her truck on I-78 near Somerville
    return [
        ty_batch(APP, rng, [("Duty Status Changed", {"to": "OFF"}),
                            ("DVIR Submitted", {"defects": 1})], at=mid, nd=4),
        ty_queue(APP, rng, [("Log Certified", {"days": 1}),
                            ("Transfer Sent", {"method": "web_service"})]),
        iv_session(APP, rng, user=True, n=214),
        cp_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [cp_crumb("nav", "Clocks -> EldStatus"),
                  cp_crumb("log", "eld link lost", {"eld": ELD["serial"]})],
                 screen="EldStatusActivity"),
        cp_session(APP, rng, secs=3620),
        fs_eval(APP, rng, {"fleet": FLEET["usdot"], "ruleset": "us_70h8d"}),
        pk_register(APP, rng, at=mid, nd=2, tags={"fleet": "bwf"}),
        mt_route(APP, rng, [(YARD_AT, PRECISE), ((TRUCKSTOP["lat"], TRUCKSTOP["lon"]), None),
                            (DROP_AT, PRECISE)], profile="truck"),
        mt_telemetry(APP, rng, [mid, (40.679921, -74.701844)], PRECISE),
        af_attach(APP, rng, L(JPEG + b"\x63", MEDIA), "trailer_door.jpg", "image/jpeg"),
    ]
