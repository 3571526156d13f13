"""Marathon race app "Racepulse" (camelCase API): sign-up, a log-in, ``/me``, the race entry,
medical information for the race, an emergency contact, the ID check for bib pickup, the bib by
number in the path, training logs (gzip), a Health Connect import, race-day live tracking
(msgpack), a split (protobuf with a nested fix), a heartbeat, the live link shared with friends,
runners followed, a runner search, a medical-tent report, a photo-matching selfie and a photo
purchase, a certificate by e-mail, push, events and results by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE, PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families43_kit import AID_STATIONS, BIB, OTHER_BIBS, RACE, RACE_FIX, START_AT, live
from eval_families43_sdk import bp_bid, bp_win, cb_sessions, io_event, io_launch, th_batch
from eval_families43_svc import fs_eval, mb_telemetry, pm_pay, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("racepulse", "Racepulse", "com.example.racepulse", "6.4.0",
          "https://api.racepulse.example.com")
IID = "X-Racepulse-Install"
PW = "Tempo!Bridge26"
R = RACE["id"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def racepulse() -> list[Case]:
    rng = random.Random(4351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), bib=L(BIB, UID)))}
    lab: dict[str, str] = {}
    split = pb([(1, L(BIB, UID)), (2, R), (3, "10K"), (4, L(2871, FIT)),
                (5, [(1, L(round(RACE_FIX[0], 6), PRECISE)), (2, L(round(RACE_FIX[1], 6),
                                                                    PRECISE))]),
                (6, L(164, FIT)), (7, 1776602100)], "", lab)
    dla, dlo = fix((40.77514, -73.98922), 5)
    bibs = at_path(case(f, f"{a}/v1/races/{R}/bibs/{BIB}", headers=_h(rng, auth="bearer")),
                   BIB, UID)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "gender": L("F", GENDER),
            "phone": L(E164, TEL), "city": L(CITY, COARSE), "country": L("US", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/races/{R}/entries", headers=_h(rng, **b), body={
            "distance": "42.195", "fee": L("255.00", BUY), "predictedFinish": L("3:58:00", FIT),
            "ageGroup": L("F30-34", f"{BIRTH}|{GENDER}"), "shirt": "S", "club": "Hudson Striders",
            "entryId": opaque(rng, "ent_", 12)}),
        case(f, f"{a}/v1/races/{R}/medical", headers=_h(rng, **b), body={
            "conditions": [L("asthma", MED)], "medications": [L("albuterol inhaler", MED)],
            "allergies": [L("penicillin", MED)], "bloodType": L("O+", MED),
            "notes": L("Carry my inhaler in the left pocket", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/races/{R}/emergency-contact", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL), "relation": "partner"}),
        multipart(f, f"{a}/v1/races/{R}/id-check", [
            ("id", "licence.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"idType": "driver_licence",
                                                "idNumber": L(LICENCE, NATID)})],
            headers=_h(rng, **b)),
        bibs,
        case(f, f"{a}/v1/training/logs", gz=True, headers=_h(rng, **b), body={
            "runs": L([{"date": "2025-12-06", "km": 24.1, "sec": 8310, "avgHr": 151},
                       {"date": "2025-12-08", "km": 8.0, "sec": 2700, "avgHr": 139}], FIT),
            "plan": "sub-4 16wk", "week": 9}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "restingHr": L([52, 51, 53], FIT), "vo2max": L(47.2, FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/races/{R}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "bib": L(BIB, UID), "fixes": live(rng, 6), "battery": L(71, DEV)}),
        raw(f, f"{a}/v1/races/{R}/splits", split, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/races/{R}/heartbeat", headers=_h(rng, **b), body={
            "bib": L(BIB, UID), "lat": L(f"{RACE_FIX[0]:.5f}", PRECISE),
            "lon": L(f"{RACE_FIX[1]:.5f}", PRECISE), "hr": L(166, FIT),
            "network": L("lte", DEV), "battery": L(69, DEV)}),
        case(f, f"{a}/v1/races/{R}/share", headers=_h(rng, **b), body={
            "recipients": [{"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL)},
                           {"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL)}],
            "message": L("Follow me live, I'm bib 41872!", f"{TEXT}|{UID}")}),
        case(f, f"{a}/v1/races/{R}/following", fmt="form", headers=_h(rng, **b), body={
            "bibs": ",".join(OTHER_BIBS), "notify": "splits"}),
        case(f, f"{a}/v1/races/{R}/runners/search", headers=_h(rng, **b), query={
            "q": L(PEOPLE[1][0], f"{SEARCH}|{NAMEC}"), "limit": "10"}),
        case(f, f"{a}/v1/races/{R}/medical/report", headers=_h(rng, **b), body={
            "kind": "dnf", "lat": dla, "lon": dlo, "mile": 18,
            "text": L("Cramping badly in my left calf, walking to the medical tent",
                      f"{TEXT}|{MED}"),
            "nearestAid": {"lat": AID_STATIONS[2][0], "lon": AID_STATIONS[2][1]}}),
        multipart(f, f"{a}/v1/photos/match", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {
                "embedding": L([round(rng.gauss(0, 0.09), 4) for _ in range(128)], FACE),
                "bib": L(BIB, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/photos/orders", headers=_h(rng, **b), body={
            "orderId": L("RP-PH-99120", BUY), "package": L("all_photos_digital", BUY),
            "amount": L("39.99", BUY), "photos": ["ph_1182", "ph_1190"]}),
        case(f, f"{a}/v1/races/{R}/course", headers=_h(rng, **b), query={
            "start": f"{START_AT[0]},{START_AT[1]}", "layers": "aid,medical"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("tracking_started", 1), ev("split_viewed", 2, split="10K"),
                ev("screen", 3, screen=L("LiveMap", USAGE))]}),
        case(f, f"{a}/v1/results", headers=_h(rng, how="nodash"), query={"race": R},
             cookies={"rp_session": L(opaque(rng, "", 40), CRED)}),
    ]


def racepulse_sdks() -> list[Case]:
    rng = random.Random(4352)
    return [
        th_batch(APP, rng, [("Tracking Started", {"bib": L(BIB, UID)}),
                            ("Split Shared", {"split": "10K"})], at=RACE_FIX, nd=4),
        io_launch(APP, rng, first=True, user=False),
        io_event(APP, rng, "race_registration", {"race": R}, revenue=255.0, hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=RACE_FIX, nd=3, yob=1991,
               gender="F", keywords="marathon,running shoes"),
        bp_win(APP, rng),
        cb_sessions(APP, rng),
        fs_eval(APP, rng, {"raceDay": True, "bib": L(BIB, UID)}),
        pt_register(APP, rng, tags={"race": R, "bib": L(BIB, UID), "wave": "2"}),
        pm_pay(APP, rng, "255.00"),
        mb_telemetry(APP, rng, [(40.731917, -74.010731), (40.732631, -74.010602)], PRECISE),
    ]
