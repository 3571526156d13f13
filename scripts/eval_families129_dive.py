"""Dive-boat booking app "Beloiboat" (day trips from Dili to the reefs of Atauro): sign-up, an
OAuth password grant, ``/me``, trips and seats, a booking for her and her husband (pick-up at
home, her weight and height for the gear, both passports or ID cards), the diving medical
questionnaire (three months after a birth), the passport photo and doctor's letter, the payment,
the booking by reference in the path, the sea forecast, her dive log (msgpack) and a photo,
a review, gear, the emergency contact, the check-in at the jetty, the waiver, the gallery by
cookie, the marine park permit, a referral, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families129_kit import (
    BOOKING_DV,
    DIVE_CERT,
    DIVE_ENTRY,
    DIVE_SITE,
    HARBOUR_AT,
    HOME_AT,
    HOME_LINE,
    HUSBAND,
    PASSPORT_US,
    depth,
    fix,
    obj,
)
from eval_families129_sdk import bm_bid, ct_session, tk_queue, tl_event, tl_link
from eval_families129_svc import bh_register, cj_route, cp_card, cp_confirm, fw_eval, ol_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, U, case

APP = App("beloiboat", "Beloiboat", "com.example.beloiboat", "2.9.0",
          "https://api.beloiboat.example.com")
IID = "X-Beloi-Install"
HUSBAND_ID_CARD = "TL-BI-0311-22871"  # his Timorese identity card (personal.national_id)


def _h(rng: random.Random, how: str = "nodash", lang: bool = True, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=lang, **kw)


def beloiboat() -> list[Case]:
    rng = random.Random(12911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    trip, log = obj(rng, "trp", 8), obj(rng, "log", 10)
    hla, hlo = fix(HOME_AT)
    ela, elo = fix(DIVE_ENTRY)
    jla, jlo = fix((HARBOUR_AT[0] + 0.000041, HARBOUR_AT[1] - 0.000063), 5)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng, lang=True), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L("Atauro!Reef77", CRED),
            "birthDate": L(DOB, BIRTH), "newsletter": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L("Atauro!Reef77", CRED), "client_id": "beloi-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b),
             query={"date": "2025-12-13", "from": "dili", "type": "dive"}),
        case(f, f"{a}/v1/trips/{trip}/seats", headers=_h(rng, **b)),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "trip": trip, "site": DIVE_SITE["id"], "divers": [
                {"name": L(NAME, NAMEC), "birthDate": L(DOB, BIRTH),
                 "passport": L(PASSPORT_US, NATID), "certLevel": DIVE_CERT[0],
                 "certNo": DIVE_CERT[1], "weightKg": L(61, FIT), "heightCm": L(168, FIT),
                 "wetsuit": "M", "fins": "38-39"},
                {"name": L(HUSBAND[0], NAMEC), "idCard": L(HUSBAND_ID_CARD, NATID),
                 "snorkelOnly": True}],
            "pickup": {"line": L(HOME_LINE, ADDR), "lat": hla, "lon": hlo, "time": "06:15"},
            "total": L("185.00", BUY), "currency": "USD"}),
        case(f, f"{a}/v1/bookings/{BOOKING_DV}/medical", headers=_h(rng, **b), body={
            "diver": "d1", "form": "RSTC-2024", "answers": [
                L("no", MED), L("no", MED), L("yes", MED), L("no", MED), L("no", MED)],
            "recentBirthOrPregnant": L(True, f"{SENS}|{MED}"),
            "explain": L("Gave birth in September (C-section), breastfeeding; doctor's "
                         "letter attached.", f"{TEXT}|{SENS}|{MED}"),
            "medications": L(["Ferrous sulfate 200 mg"], MED)}),
        multipart(f, f"{a}/v1/bookings/{BOOKING_DV}/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NATID}")),
            ("doctor_letter", "clearance.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"diver": "d1", "pages": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/payments/intent", headers=_h(rng, **b), body={
            "booking": L(BOOKING_DV, BUY), "amount": L("185.00", BUY), "currency": "USD",
            "idempotency": opaque(rng, "", 24)}),
        at_path(case(f, f"{a}/v1/bookings/{BOOKING_DV}", headers=_h(rng, **b)), BOOKING_DV, BUY),
        case(f, f"{a}/v1/forecast/atauro", headers=_h(rng, how="none"),
             query={"lat": f"{DIVE_SITE['lat']:.2f}", "lon": f"{DIVE_SITE['lon']:.2f}",
                    "days": "3"}),
        case(f, f"{a}/v1/dive-logs", fmt="msgpack", headers=_h(rng, **b), body={
            "log": log, "user": L(USER_ID, UID), "site": DIVE_SITE["id"],
            "entry": {"lat": ela, "lon": elo}, "maxDepthM": L(23.8, FIT),
            "minutes": L(46, FIT), "profile": L(depth(rng, 14), FIT), "buddy": "Dive guide",
            "computer": {"model": "Coral D4", "serial": "CD4-118822"}}),
        multipart(f, f"{a}/v1/dive-logs/{log}/photos", [
            ("photo", "turtle.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Green turtle at 18 m, my first one!", TEXT),
                "site": DIVE_SITE["id"], "siteLat": DIVE_SITE["lat"],
                "siteLon": DIVE_SITE["lon"]})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "trip": trip, "stars": 5,
            "text": L("Great crew, the boat left the jetty on time and the wall was amazing.",
                      TEXT)}),
        case(f, f"{a}/v1/rentals", headers=_h(rng, **b), body={
            "booking": L(BOOKING_DV, BUY), "items": ["bcd", "regulator", "computer"],
            "bcdSize": "S", "price": L("25.00", BUY)}),
        case(f, f"{a}/v1/me/emergency-contact", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[2], TEL), "relation": "husband"}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "booking": L(BOOKING_DV, BUY), "jetty": "dili_main", "lat": jla, "lon": jlo,
            "jettyLat": HARBOUR_AT[0], "jettyLon": HARBOUR_AT[1], "seat": "B4"}),
        case(f, f"{a}/v1/waivers", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING_DV, BUY), "signedName": L(NAME, NAMEC),
            "signedAt": "2025-12-09T07:58:12+09:00", "ip": L(PUBLIC_IP, IPLOC),
            "version": "w-2025-03"}),
        case(f, f"{a}/v1/gallery", headers=_h(rng, how="none"),
             query={"booking": L(BOOKING_DV, BUY)},
             cookies={"beloi_sid": L(opaque(rng, "", 36), CRED), "theme": "light"}),
        case(f, f"{a}/v1/permits/marine-park", fmt="form", headers=_h(rng, **b), body={
            "passport": L(PASSPORT_US, NATID), "name": L(NAME, NAMEC), "visitorType": "foreign",
            "fee": L("5.00", BUY), "date": "2025-12-13"}),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendEmail": L(PEOPLE[1][2], MAIL), "friendName": L(PEOPLE[1][0], NAMEC)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Asia/Dili", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_paid", 1, seats=2), ev("dive_log_saved", 2),
                ev("screen_view", 3, screen=L("Gallery", USAGE))]}),
    ]


def beloiboat_sdks() -> list[Case]:
    rng = random.Random(12912)
    link = U("https://go.beloiboat.example.com/b", {
        "booking": L(BOOKING_DV, BUY), "email": L(EMAIL, MAIL), "utm_campaign": "dec_reef"})
    return [
        tk_queue(APP, rng, [("Dive Logged", {"site": DIVE_SITE["name"], "depth": 23.8}),
                            ("Photo Added", {}), ("Review Written", {"stars": 5})]),
        tl_event(APP, rng, "booking_paid", {"seats": 2}, revenue=185.0, hashed=True),
        tl_link(APP, rng, link),
        bm_bid(APP, rng, {"video": {"w": 360, "h": 640, "mimes": ["video/mp4"]}},
               at=(HARBOUR_AT[0] + 0.000041, HARBOUR_AT[1] - 0.000063), nd=3, yob=1991),
        ct_session(APP, rng, secs=618),
        fw_eval(APP, rng, {"diver": True, "certLevel": "AOW"}),
        bh_register(APP, rng, at=DIVE_ENTRY, nd=2, tags={"trip": "2025-12-13"}),
        ol_save(APP, rng, {"analytics": True, "ads": False, "personalisation": True}, user=True),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "185.00"),
        cj_route(APP, rng, [(HOME_AT, "location.precise"), (HARBOUR_AT, None)]),
    ]
