"""Trekking-permit app "Himpass" for a conservation-area permit and a trekker registration card
in Nepal (not set 89's trekking GPS: this app issues and checks permits; she walked the
Ghorepani-Poon Hill loop in December): sign-up, an OAuth password grant, ``/me``, the trekker's
profile (passport, visa, home and Nepal addresses), a passport scan, the permit application with
the agency's guide, paying for it, the trekker card with her emergency contact and insurance, the
permit by number in the path, checkpoint check-ins (JSON and a form), the itinerary, trail
conditions, a lodge check-in with its Wi-Fi, a live share with her husband, an SOS profile, the
day's track (gzip), a review, a photo from Poon Hill, push, events and her permits by a cookie
GET."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, LINE1, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families99_kit import (
    CHECKPOINTS,
    GHOREPANI_FIX,
    GUIDE,
    HUSBAND,
    KTM_HOME,
    LODGE_BSSID,
    LODGE_SSID,
    OFFICE_PKR,
    PERMIT,
    POLICY,
    POONHILL_FIX,
    TREKCARD,
    VISA,
    in_path,
    trail,
)
from eval_families99_sdk import aq_link, aq_session, bp_bid, bp_win, cm_session, tg_batch, tg_queue
from eval_families99_svc import mf_nav, mf_search, pr_card
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("himpass", "Himpass", "com.example.himpass", "2.3.0", "https://api.himpass.example.com")
IID = "X-Himpass-Device"
PW = "Machhapuchhre!9"
KTM = "Asia/Kathmandu"
HUSB = f"{HUSBAND[0]} {HUSBAND[1]}"
BIRE, GHORE = CHECKPOINTS[0], CHECKPOINTS[1]


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def himpass() -> list[Case]:
    rng = random.Random(9921)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), trekker=L(TREKCARD, BUY)))}
    b = {"auth": "bearer"}
    bla, blo = fix((BIRE[1] + 0.000112, BIRE[2] - 0.000087), 5)
    gla, glo = fix(GHOREPANI_FIX, 5)
    pla, plo = fix(POONHILL_FIX, 6)
    permit = at_path(case(f, f"{a}/v1/permits/{PERMIT}", headers=_h(rng, **b),
                          query={"format": "qr"}), PERMIT, BUY)
    return in_path([
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL_MIXED, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "nationality": "US", "dateOfBirth": L(DOB, BIRTH),
            "marketing": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "himpass-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/trekker", headers=_h(rng, **b), body={
            "passportNumber": L(PASSPORT, NATID), "passportExpiry": "2031-08-30",
            "visaNumber": L(VISA, NATID), "visaExpiry": "2026-01-20", "sex": L("F", GENDER),
            "dateOfBirth": L(DOB, BIRTH),
            "homeAddress": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                            "zip": L(ZIP, COARSE), "country": L("US", COARSE)},
            "nepalAddress": {"line": L(KTM_HOME["thegana"], ADDR),
                             "city": L(KTM_HOME["shahar"], COARSE)}}),
        multipart(f, f"{a}/v1/trekker/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{NATID}")),
            ("photo", "photo.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {"kind": "passport", "pages": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/permits/applications", headers=_h(rng, **b), body={
            "area": "ACAP", "route": "Ghorepani-Poon Hill", "entry": "Nayapul",
            "from": "2025-12-12", "to": "2025-12-16", "trekkers": 1,
            "guide": GUIDE, "office": OFFICE_PKR["name"], "fee": L("3000", BUY),
            "currency": "NPR", "application": obj(rng, "pa", 10)}),
        case(f, f"{a}/v1/permits/pay", fmt="form", headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "amount": L("3000", BUY), "currency": "NPR",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/trekker-card", headers=_h(rng, **b), body={
            "card": L(TREKCARD, BUY), "fee": L("2000", BUY),
            "emergency": {"name": L(HUSB, NAMEC), "phone": L(HUSBAND[2], TEL),
                          "relation": "husband"},
            "insurance": {"insurer": "Summitcover", "policy": POLICY,
                          "hotline": "+441615550190", "evacuation": True}}),
        permit,
        case(f, f"{a}/v1/checkpoints/checkin", headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "checkpoint": BIRE[0],
            "checkpointAt": {"lat": BIRE[1], "lon": BIRE[2]},
            "position": {"lat": bla, "lon": blo, "acc": 9}, "at": "2025-12-12T10:41:00+05:45"}),
        case(f, f"{a}/v1/checkpoints/checkin-lite", fmt="form", headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "cp": GHORE[0], "lat": L(f"{GHOREPANI_FIX[0]:.6f}", PRECISE),
            "lon": L(f"{GHOREPANI_FIX[1]:.6f}", PRECISE), "offline": "1"}),
        case(f, f"{a}/v1/itinerary", headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "days": [
                {"day": 1, "stop": L("Tikhedhunga", COARSE)},
                {"day": 2, "stop": L("Ghorepani", COARSE)},
                {"day": 3, "stop": L("Tadapani", COARSE)},
                {"day": 4, "stop": L("Ghandruk", COARSE)}]}),
        case(f, f"{a}/v1/trail-conditions", headers=_h(rng, **b), query={
            "area": "ACAP", "segment": "ghorepani-tadapani", "lang": L("en", DEV)}),
        case(f, f"{a}/v1/lodges/checkin", headers=_h(rng, **b), body={
            "lodge": "ld_ghp_014", "lat": gla, "lon": glo,
            "wifi": {"ssid": L(LODGE_SSID, WIFI), "bssid": L(LODGE_BSSID, WIFI)},
            "battery": L(31, DEV)}),
        case(f, f"{a}/v1/share/live", headers=_h(rng, **b), body={
            "to": [{"name": L(HUSB, NAMEC), "phone": L(HUSBAND[2], TEL)}],
            "position": {"lat": gla, "lon": glo}, "hours": 24,
            "note": L("Reached Ghorepani, all good, Poon Hill at 5am", TEXT)}),
        case(f, f"{a}/v1/sos/profile", headers=_h(rng, **b), body={
            "bloodGroup": L("O+", MED), "allergies": [L("penicillin", MED)],
            "conditions": [L("hypothyroidism", MED)], "insurancePolicy": POLICY,
            "contact": {"name": L(HUSB, NAMEC), "phone": L(HUSBAND[2], TEL)}}),
        case(f, f"{a}/v1/tracks", gz=True, headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "day": 2,
            "points": trail(rng, 10, (BIRE[1] + 0.09, BIRE[2] - 0.07), GHOREPANI_FIX)}),
        case(f, f"{a}/v1/agencies/{GUIDE['agency'].split()[0].lower()}/reviews", fmt="form",
             headers=_h(rng, **b), body={
                 "rating": "5", "guide": GUIDE["id"],
                 "text": L("Our guide was patient when I got a headache above Ghorepani",
                           f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/photos", [
            ("image", "poonhill_sunrise.jpg", "image/jpeg", L(JPEG + b"\xa3", MEDIA)),
            ("meta", None, "application/json", {"lat": pla, "lon": plo, "ele": 3210,
                                                "takenAt": "2025-12-14T06:12:40+05:45"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(KTM, DEV),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("permit_issued", 1, area="ACAP"), ev("checkpoint_passed", 2),
                ev("screen", 3, screen=L("PermitQR", USAGE))]}),
        case(f, f"{a}/v1/permits", headers=_h(rng, how="none"),
             cookies={"hp_session": L(opaque(rng, "", 44), CRED),
                      "hp_device": L(INSTALL_ID, DID)}),
    ], {PERMIT: BUY})


def himpass_sdks() -> list[Case]:
    rng = random.Random(9922)
    link = U("https://himpass.example.com/l/permit", {"p": L(PERMIT, BUY),
                                                      "utm_source": "agency"})
    return [
        tg_batch(APP, rng, [("Permit Issued", {"fee": L(3000, BUY), "area": "ACAP"}),
                            ("Checkpoint Passed", {"cp": BIRE[0]})],
                 at=GHOREPANI_FIX, nd=3, tz=KTM, roaming=True),
        tg_queue(APP, rng, [("Map Opened", {"offline": True}),
                            ("Checkpoint Passed", {"cp": GHORE[0]})]),
        aq_session(APP, rng, user=True, n=14),
        aq_link(APP, rng, link),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GHOREPANI_FIX, nd=3,
               country="NPL", keywords="trekking,annapurna,gear"),
        bp_win(APP, rng, "0.42"),
        cm_session(APP, rng, secs=611),
        mf_nav(APP, rng, POONHILL_FIX, 3210),
        mf_search(APP, rng, "Tadapani lodges", SEARCH, near=GHOREPANI_FIX, nd=4),
        pr_card(APP, rng, email=True),
    ]
