"""Hospice volunteer rota app "Gofalrota" (she volunteers as a driver and befriender at a Cardiff
hospice): the application (her faith for the chaplaincy team), a log-in, ``/me``, the criminal
records check (National Insurance number, licence, her New York address), two referees, an
emergency contact, a health declaration, training, availability, open shifts, a shift claimed,
a check-in at the hospice, a driving trip from home, a befriending visit log, a check-out,
mileage with her bank details, a message to the coordinators, a shift swap, a badge photo, the
signed confidentiality agreement, a lottery donation, push, events and the rota by cookie."""

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
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE, PARTNER
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families37_kit import fix, obj
from eval_families97_kit import (
    COORD_MAIL,
    CY_HOME_AT,
    CY_LINE_EN,
    CY_POSTCODE,
    CY_TOWN_EN,
    HOSPICE,
    HOSPICE_FIX,
    NINO,
    REFEREES,
    SORT_CODE,
    UK_ACCT,
    members,
)
from eval_families97_sdk import cy_batch, cy_queue, gw_crash, gw_crumb
from eval_families97_svc import (
    cn_save,
    pw_register,
    sg_message,
    tl_geocode,
    tl_route,
    tm_confirm,
    tm_debit,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("gofalrota", "Gofalrota", "com.example.gofalrota", "4.0.3",
          "https://api.gofalrota.example.org")
IID = "X-Gofal-Install"
PW = "Cwtch-Shift-09"
VOL = "VOL-2291"  # her volunteer number (id.user)
OTHERS = members(random.Random(9760), 3, "vol_")  # other volunteers (negatives)
PATIENTS = members(random.Random(9761), 2, "pt_")  # patients (the hospice's: negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def gofalrota() -> list[Case]:
    rng = random.Random(9762)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), vol=L(VOL, UID)))}
    shift = obj(rng, "sh", 8)
    la, lo = fix(HOSPICE_FIX, 6)
    return [
        case(f, f"{a}/v2/applications", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "phone": L(PHONE, TEL),
            "address": {"line": L(CY_LINE_EN, ADDR), "town": L(CY_TOWN_EN, COARSE),
                        "postcode": L(CY_POSTCODE, COARSE)},
            "roles": ["driver", "befriender"], "faith": L("Roman Catholic", SENS),
            "why": L("I drove for a hospice in Queens before we moved here", TEXT)}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/checks/criminal-records", headers=_h(rng, **b), body={
            "niNumber": L(NINO, NATID), "drivingLicence": L(LICENCE, NATID),
            "licenceIssuer": L("NY", COARSE), "previousAddresses": [{
                "line": L(LINE1, ADDR), "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                "zip": L(ZIP, COARSE), "from": "2016-03", "to": "2025-08"}],
            "level": "enhanced_adult"}),
        case(f, f"{a}/v2/references", headers=_h(rng, **b), body={"referees": [
            {"name": L(p[0], NAMEC), "phone": L(p[1], TEL), "email": L(p[2], MAIL),
             "relation": r} for p, r in zip(REFEREES, ("friend", "former_manager"), strict=True)]}),
        case(f, f"{a}/v2/emergency-contact", fmt="form", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL), "relation": "husband"}),
        case(f, f"{a}/v2/health-declaration", headers=_h(rng, **b), body={
            "fluVaccine": L(True, MED), "conditions": L(
                "Parkinson's disease, early stage, well controlled; cleared to drive",
                f"{TEXT}|{MED}"), "liftingOk": True}),
        case(f, f"{a}/v2/training/progress", headers=_h(rng, **b), body={
            "module": "safeguarding_adults_l2", "minutes": L(45, USAGE), "passed": True,
            "score": 92}),
        case(f, f"{a}/v2/availability", headers=_h(rng, **b), body={
            "weekly": [{"day": "tue", "from": "10:00", "to": "14:00"},
                       {"day": "sat", "from": "09:00", "to": "13:00"}], "maxPerMonth": 6}),
        case(f, f"{a}/v2/shifts/open", query={"role": "driver", "from": "2025-12-11",
                                              "site": HOSPICE["id"]}, headers=_h(rng, **b)),
        case(f, f"{a}/v2/shifts/{shift}/claim", fmt="form", headers=_h(rng, **b), body={
            "volunteer": L(VOL, UID), "note": L("Can do the school-run end, 10 till 2", TEXT)}),
        case(f, f"{a}/v2/shifts/{shift}/checkin", headers=_h(rng, **b), body={
            "lat": la, "lon": lo, "acc": 7, "site": HOSPICE["id"], "siteName": HOSPICE["name"],
            "wifi": {"ssid": L(HOSPICE["ssid"], WIFI), "bssid": L(HOSPICE["bssid"], WIFI)}}),
        case(f, f"{a}/v2/trips", headers=_h(rng, **b), body={
            "shift": shift, "patient": PATIENTS[0], "purpose": "day_therapy",
            "start": {"lat": L(round(CY_HOME_AT[0], 4), PRECISE),
                      "lon": L(round(CY_HOME_AT[1], 4), PRECISE)},
            "end": {"lat": HOSPICE["lat"], "lon": HOSPICE["lon"]}, "miles": 14.2}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "patient": PATIENTS[1], "room": "Ystafell 4", "minutes": 50,
            "notes": L("Read the paper together, he talked about the pits for an hour", TEXT)}),
        case(f, f"{a}/v2/shifts/{shift}/checkout", fmt="form", headers=_h(rng, **b), body={
            "hours": "4.0", "volunteer": L(VOL, UID)}),
        case(f, f"{a}/v2/expenses/mileage", fmt="form", headers=_h(rng, **b), body={
            "miles": "14.2", "amount": "6.39", "sortCode": L(SORT_CODE, PAY),
            "accountNumber": L(UK_ACCT, PAY), "accountName": L(NAME, NAMEC)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": COORD_MAIL, "thread": obj(rng, "thr", 8),
            "text": L("I can't drive on the 23rd, could someone swap with me?", TEXT)}),
        case(f, f"{a}/v2/shifts/{shift}/swap", headers=_h(rng, **b), body={
            "with": OTHERS[0], "from": L(VOL, UID), "accepted": False}),
        multipart(f, f"{a}/v2/badge/photo", [
            ("photo", "badge.jpg", "image/jpeg", L(JPEG + b"\x9e", MEDIA))], headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/agreements/confidentiality", [
            ("signature", "signature.png", "image/png", L(PNG + b"\x9e", MEDIA)),
            ("data", None, "application/json", {
                "signedName": L(NAME, NAMEC), "ip": L(PUBLIC_IP, IPLOC), "version": "2024-2",
                "signedAt": "2025-12-02T11:20:00Z"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/lottery/entries", headers=_h(rng, **b), body={
            "amount": L("10.00", BUY), "entry": L("LOT-5512094", BUY), "giftAid": True,
            "draws": 4}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("shift_claimed", 1), ev("checked_in", 2),
                ev("screen", 3, screen=L("MyRota", USAGE))]}),
        case(f, f"{a}/v2/rota", headers=_h(rng, how="upper"),
             cookies={"gr_sess": L(opaque(rng, "", 40), CRED), "gr_vol": L(VOL, UID)}),
    ]


def gofalrota_sdks() -> list[Case]:
    rng = random.Random(9763)
    return [
        cy_batch(APP, rng, [("Shift Claimed", {"role": "driver"}),
                            ("Checked In", {"site": HOSPICE["id"]})]),
        cy_queue(APP, rng, [("Visit Logged", {"minutes": 50}), ("Trip Logged", {"miles": 14})]),
        gw_crash(APP, rng, ("java.net.SocketTimeoutException", "checkin"),
                 [gw_crumb("nav", "Rota -> CheckIn"),
                  gw_crumb("http", "POST /v2/shifts/checkin", {"status": 0})],
                 screen="CheckInActivity"),
        pw_register(APP, rng, tags={"role": "driver"}, at=HOSPICE_FIX, nd=2),
        cn_save(APP, rng, {"analytics": True}, user=True),
        tm_debit(APP, rng),
        tm_confirm(APP, rng, "10.00"),
        tl_geocode(APP, rng, "Hosbis Awel Môr", SEARCH, near=CY_HOME_AT, nd=2),
        tl_route(APP, rng, [(CY_HOME_AT, PRECISE), ((HOSPICE["lat"], HOSPICE["lon"]), None)]),
        sg_message(APP, rng, L("My DBS status still says pending after three weeks", TEXT),
                   {"volunteer": L(VOL, UID)}),
    ]
