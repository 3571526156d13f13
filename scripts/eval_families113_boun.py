"""Temple-festival app "Bounsouk" of a Vientiane wat for Boun That Luang: merit donations and
registration for the wax-castle procession. Not set 87's Hindu festival-volunteer app nor set
110's Vesak almsgiving stalls: here a lay family gives, walks in the procession and books the dawn
alms-giving. Registration (religion, home temple), a log-in, ``/me`` with a JWT, the festival's
schedule, a donation dedicated to her late father and its receipt by number in the path, the
family's procession registration (costume sizes), the registration's page, a group photo, a
check-in at the assembly point (her fix, the temple's Wi-Fi), a protobuf beacon while walking, the
alms-giving booked, a volunteer shift, stalls near her, lost and found, a lantern wish, the
livestream heartbeat, a monthly pledge by bank debit, names of the dead for the monks, a lift
offered from her house, push, events and the giving history by a cookie GET."""

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
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
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
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families113_kit import (
    ASSEMBLY_AT,
    ASSEMBLY_FIX,
    DONATION,
    FATHER,
    FIT,
    HOME_AT,
    HUSBAND,
    LA_ACCOUNT,
    LA_E164,
    LA_NAT,
    WAT,
    WAT_WIFI,
    fix,
    la_head,
    obj,
)
from eval_families113_sdk import bl_bid, ff_crash, ff_crumb, ig_event, ig_session, pw_batch
from eval_families113_svc import cw_check, no_register, pk_message, tb_card, tq_route
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("bounsouk", "Bounsouk", "com.example.bounsouk", "3.0.4", "https://api.bounsouk.example.org")
IID = "X-Bounsouk-Device"
PW = "Naga-Candle-2025"
ALEX = f"{HUSBAND[0]} {HUSBAND[1]}"
FEST = "boun-that-luang-2025"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return la_head(APP, rng, IID, how=how, **kw)


def bounsouk() -> list[Case]:
    rng = random.Random(11341)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), temple=L(WAT["id"], SENS)))}
    b = {"auth": "bearer"}
    reg = obj(rng, "preg", 10)
    ala, alo = fix(ASSEMBLY_FIX)
    hla, hlo = fix(HOME_AT, 4)
    lab: dict[str, str] = {}
    beacon = pb([(1, L(USER_ID, UID)), (2, reg), (3, [(1, L(17.974522, PRECISE)),
                                                      (2, L(102.632961, PRECISE))]),
                 (4, 1765411200), (5, 3)], "", lab)
    d_url = f"{a}/v1/donations/{DONATION}/receipt"
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(LA_E164, TEL),
            "password": L(PW, CRED), "religion": L("Buddhist", SENS),
            "homeTemple": L(WAT["id"], SENS), "language": L("en", DEV)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/festivals/{FEST}/schedule", headers=_h(rng, **b), query={
            "day": "2025-12-11", "lang": "en"}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "receipt": L(DONATION, BUY), "temple": L(WAT["id"], SENS), "festival": FEST,
            "amount": L("500000", BUY), "currency": "LAK", "purpose": "kathin robes",
            "dedication": L(f"Merit for my late father {FATHER}", f"{TEXT}|{NAMEC}|{SENS}"),
            "method": L(opaque(rng, "pm_", 24), PAY), "anonymous": False}),
        at_path(case(f, d_url, fmt="form", headers=_h(rng, **b), body={
            "nameOnReceipt": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "lang": "en"}),
            DONATION, BUY),
        case(f, f"{a}/v1/processions/registrations", headers=_h(rng, **b), body={
            "registration": reg, "festival": FEST, "group": "Phonsinuan neighbours",
            "castle": "wax castle no. 14", "members": [
                {"name": L(NAME, NAMEC), "role": "walker", "waistCm": L(74, FIT),
                 "heightCm": L(168, FIT)},
                {"name": L(ALEX, NAMEC), "role": "carrier"},
                {"name": L("Nina Doe", NAMEC), "age": L(7, BIRTH), "role": "flowers"}],
            "costumes": {"sinh": 2, "salong": 1}, "fee": L("180000", BUY),
            "meetPoint": list(ASSEMBLY_AT)}),
        case(f, f"{a}/v1/processions/registrations/{reg}", headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/processions/{reg}/photos", [
            ("photo", "castle.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"caption": L(
                "Our wax castle, Nina carried the marigolds", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "registration": reg, "lat": ala, "lon": alo, "acc": 9,
            "assemblyPoint": {"lat": ASSEMBLY_AT[0], "lon": ASSEMBLY_AT[1]},
            "wifi": {"ssid": L(WAT_WIFI[0], WIFI), "bssid": L(WAT_WIFI[1], WIFI)}}),
        raw(f, f"{a}/v1/processions/{reg}/beacon", beacon, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/offerings", headers=_h(rng, **b), body={
            "ceremony": L("tak bat dawn alms-giving", SENS), "temple": L(WAT["id"], SENS),
            "date": "2025-12-12", "items": ["sticky rice", "bananas", "sweets"],
            "fee": L("60000", BUY), "booking": obj(rng, "off", 8)}),
        case(f, f"{a}/v1/volunteers/shifts", headers=_h(rng, **b), body={
            "shift": obj(rng, "sh", 8), "role": "flower stall", "from": "16:00", "to": "19:00",
            "emergencyContact": {"name": L(ALEX, NAMEC), "phone": L(HUSBAND[2], TEL)}}),
        case(f, f"{a}/v1/stalls", headers=_h(rng, **b), query={
            "near": L(f"{ASSEMBLY_FIX[0]:.2f},{ASSEMBLY_FIX[1]:.2f}", COARSE),
            "kind": "food"}),
        case(f, f"{a}/v1/lost-found", fmt="form", headers=_h(rng, **b), body={
            "item": L("Silver sai kem belt with a small elephant buckle", TEXT),
            "phone": L(LA_NAT, TEL), "where": "near the north gate"}),
        case(f, f"{a}/v1/wishes", headers=_h(rng, **b), body={
            "lantern": obj(rng, "ln", 6), "text": L(
                "For Nina to pass her float test, and merit for Dad", f"{TEXT}|{NAMEC}"),
            "public": False}),
        case(f, f"{a}/v1/live/heartbeat", fmt="form", headers=_h(rng, **b), body={
            "stream": "str_tl_night3", "watchedSec": L("1260", USAGE), "quality": "720p"}),
        case(f, f"{a}/v1/pledges", headers=_h(rng, **b), body={
            "temple": L(WAT["id"], SENS), "amount": L("100000", BUY), "currency": "LAK",
            "dayOfMonth": 15, "account": L(LA_ACCOUNT, PAY), "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/bangsakun/names", headers=_h(rng, **b), body={
            "festival": FEST, "names": [L(FATHER, NAMEC), L("Margaret Doe", NAMEC)],
            "readBy": "2025-12-13"}),
        case(f, f"{a}/v1/rides/offers", headers=_h(rng, **b), body={
            "pickup": {"lat": hla, "lon": hlo}, "seats": 2, "time": "04:45",
            "note": L("Tuk-tuk from Ban Phonsinuan, ask for Jane", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("donation_made", 1, amount_band="large"), ev("procession_joined", 2),
                ev("screen", 3, screen=L("LiveProcession", USAGE))]}),
        case(f, f"{a}/v1/donations", headers=_h(rng, how="upper"),
             cookies={"bs_session": L(opaque(rng, "", 40), CRED), "bs_rid": rid(rng)}),
    ]


def bounsouk_sdks() -> list[Case]:
    rng = random.Random(11342)
    return [
        pw_batch(APP, rng, [("Donation Made", {"temple": L(WAT["id"], SENS),
                                               "amount": L(500000, BUY)}),
                            ("Procession Registered", {"members": 3})],
                 at=ASSEMBLY_FIX, nd=3),
        ig_session(APP, rng, first=True),
        ig_event(APP, rng, "d0nate", {"festival": FEST}, revenue=500000, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        ff_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "castle list 14"),
                 [ff_crumb("navigation", "Festival -> Procession"),
                  ff_crumb("ui", "tap", {"view": "register_group"})],
                 screen="ProcessionActivity"),
        no_register(APP, rng, tags={"temple": L(WAT["id"], SENS), "festival": FEST}),
        cw_check(APP, rng, {"analytics": True, "ads": False}),
        tb_card(APP, rng, email=True),
        tq_route(APP, rng, [(HOME_AT, PRECISE), (ASSEMBLY_AT, None)], mode="walking"),
        pk_message(APP, rng, L(f"Receipt {DONATION} shows the wrong name, it should be "
                               f"in memory of {FATHER}", f"{TEXT}|{BUY}|{NAMEC}"),
                   {"receipt": L(DONATION, BUY)}),
    ]
