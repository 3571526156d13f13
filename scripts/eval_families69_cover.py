"""E-scooter insurance app "Kickcover": sign-up, a log-in, ``/me`` with the policy number, a quote
for her own scooter (serial, price, her licence), its photos (the scooter, the serial plate, the
receipt), the policy bought, documents by the policy number in the path, usage-based trips
(msgpack rows) and a trip summary (protobuf), an accident claim (her fix, injuries, the other
driver and his plate, a witness), the fall's IMU window, evidence photos and the discharge note,
medical costs, a theft report from home, fraud signals (IP, Wi-Fi, SIM), a payout, a call-back,
a referral, push, events and the claims by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    HW,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    imu,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
)
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import claims, head
from eval_families69_kit import (
    ACCIDENT_AT,
    CLAIM,
    MY_SCOOTER,
    OTHER,
    POLICE_REPORT,
    POLICY,
    fix,
    home,
    obj,
    trips,
)
from eval_families69_sdk import (
    cv_crash,
    cv_crumb,
    rr_event,
    rr_launch,
    rr_link,
    sl_batch,
)
from eval_families69_svc import cb_message, cw_save, mw_reverse, nh_open, pf_card, tg_eval
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("kickcover", "Kickcover", "com.example.kickcover", "2.2.9",
          "https://api.kickcover.example.net")
IID = "KC-Install"
PW = "Kickstand!Blue84"
SERIAL = MY_SCOOTER["serial"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def kickcover() -> list[Case]:
    rng = random.Random(6971)
    a, f = APP.api + "/v1", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), policy=L(POLICY, UID)))}
    b = {"auth": "bearer"}
    qid = obj(rng, "q", 10)
    trip = obj(rng, "trp", 10)
    rows = trips(rng, 8, (LAT, LON), ACCIDENT_AT)
    ala, alo = fix(ACCIDENT_AT)
    hla, hlo = home(6)
    lab: dict[str, str] = {}
    summ = pb([(1, L(USER_ID, UID)), (2, trip), (3, 2.7),
               (4, [(1, L(rows[0][1], PRECISE)), (2, L(rows[0][2], PRECISE))]), (5, 1),
               (6, 24.8)], "", lab)
    return [
        case(f, f"{a}/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "phone": L(E164, TEL),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH)}),
        case(f, f"{a}/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/quotes", headers=_h(rng, **b), body={
            "id": qid, "scooter": {"make": MY_SCOOTER["make"], "model": MY_SCOOTER["model"],
                                   "serial": L(SERIAL, HW),
                                   "purchasePrice": L(MY_SCOOTER["price"], BUY),
                                   "purchased": MY_SCOOTER["bought"],
                                   "topSpeedKmh": MY_SCOOTER["speedKmh"]},
            "rider": {"dob": L(DOB, BIRTH), "zip": L(ZIP, COARSE), "yearsRiding": 3,
                      "licence": L(LICENCE, NATID)},
            "parking": "indoors", "cover": ["theft", "liability", "injury"]}),
        multipart(f, f"{a}/quotes/{qid}/photos", [
            ("scooter", "scooter.jpg", "image/jpeg", L(JPEG + b"\xf1", MEDIA)),
            ("serial", "serial_plate.jpg", "image/jpeg", L(JPEG + b"\xf2", f"{MEDIA}|{HW}")),
            ("receipt", "receipt.jpg", "image/jpeg", L(JPEG + b"\xf3", f"{MEDIA}|{BUY}")),
            ("meta", None, "application/json", {"count": 3, "serialOcr": L(SERIAL, HW)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/policies", headers=_h(rng, **b), body={
            "quote": qid, "premium": L("11.90", BUY), "billing": "monthly",
            "start": "2025-12-10", "address": {
                "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        at_path(case(f, f"{a}/policies/{POLICY}/documents", headers=_h(rng, **b),
                     query={"format": "pdf"}), POLICY, UID),
        case(f, f"{a}/telematics/trips", fmt="msgpack", headers=_h(rng, **b), body={
            "trip": trip, "cols": ["t", "lat", "lon", "kmh"], "rows": L(rows, PRECISE),
            "scooter": L(SERIAL, HW)}),
        raw(f, f"{a}/telematics/summary", summ, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/claims", headers=_h(rng, **b), body={
            "id": CLAIM, "kind": "accident", "at": "2025-12-09T18:42:00-05:00",
            "location": {"lat": ala, "lon": alo, "acc": 7},
            "description": L("A car turned right across the bike lane on 14th St and I went "
                             "over the handlebars", TEXT),
            "injuries": L("Sprained left wrist and a cut on my chin", f"{TEXT}|{MED}"),
            "otherParty": {"name": L(OTHER[0], NAMEC), "phone": L(OTHER[1], TEL),
                           "plate": L(OTHER[2], HW)},
            "witness": {"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL)},
            "policeReport": POLICE_REPORT}),
        case(f, f"{a}/claims/{CLAIM}/motion", gz=True, headers=_h(rng, **b), body={
            "window": L(imu(rng, 30), MOTION), "peakG": 4.1, "hz": 200}),
        multipart(f, f"{a}/claims/{CLAIM}/evidence", [
            ("damage", "deck.jpg", "image/jpeg", L(JPEG + b"\xf4", MEDIA)),
            ("scene", "corner.jpg", "image/jpeg", L(JPEG + b"\xf5", MEDIA)),
            ("discharge", "urgent_care.pdf", "application/pdf", L(PDF + b"\xf6", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"notes": L("Stem bent, front light smashed",
                                                            TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/claims/{CLAIM}/medical", headers=_h(rng, **b), body={
            "provider": "Lindenrow Urgent Care", "visit": "2025-12-09",
            "treatment": L("X-ray, wrist sprain, splint", MED), "cost": L("240.00", BUY)}),
        case(f, f"{a}/claims/theft", headers=_h(rng, **b), body={
            "lastSeen": {"lat": hla, "lon": hlo}, "lock": "u-lock", "serial": L(SERIAL, HW),
            "policeReport": POLICE_REPORT, "when": "2025-12-08T07:30:00-05:00"}),
        case(f, f"{a}/fraud/signals", headers=_h(rng, **b), body={
            "ip": L(PUBLIC_IP, IPLOC), "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
            "simCountry": L("us", CARRIER), "networkCountry": L("us", CARRIER),
            "vpn": L(False, DEV), "mockLocation": L(False, DEV)}),
        case(f, f"{a}/payouts", headers=_h(rng, **b), body={
            "claim": CLAIM, "method": "bank", "accountLast4": L("6789", PAY),
            "amount": L("612.40", BUY)}),
        case(f, f"{a}/support/callback", fmt="form", headers=_h(rng, **b), body={
            "phone": L(DASHED, TEL), "topic": "claim", "window": "evening"}),
        case(f, f"{a}/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendPhone": L(PEOPLE[2][1], TEL), "code": "JANE-KICK"}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("claim_started", 1, kind="accident"), ev("photo_added", 2),
                ev("screen", 3, screen=L("ClaimWizard", USAGE))]}),
        case(f, f"{a}/claims", headers=_h(rng, how="upper"),
             cookies={"kc_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def kickcover_sdks() -> list[Case]:
    rng = random.Random(6972)
    link = U("https://kickcover.example.net/open/policy", {
        "policy": L(POLICY, UID), "utm_source": "email", "utm_campaign": "welcome"})
    return [
        sl_batch(APP, rng, [("Quote Viewed", {"premium": 11.9, "cover": "full"}),
                            ("Policy Bought", {"premium": L(11.9, BUY)})], ip=True),
        rr_launch(APP, rng, first=True),
        rr_event(APP, rng, "policy_bought", {"policy": L(POLICY, UID)}, revenue=11.9,
                 hashed=True),
        rr_link(APP, rng, link),
        cv_crash(APP, rng, ("java.lang.IllegalArgumentException", "exif orientation 0"),
                 [cv_crumb("navigation", "Claim -> Evidence"),
                  cv_crumb("ui", "camera", {"slot": "scene"})], screen="EvidenceActivity"),
        tg_eval(APP, rng, {"state": L("NY", COARSE), "telematics": True}, user=False),
        cw_save(APP, rng, {"analytics": True, "marketing": False, "telematics": True}),
        nh_open(APP, rng, "claim_update_dec"),
        pf_card(APP, rng),
        mw_reverse(APP, rng, ACCIDENT_AT, PRECISE, nd=5),
        cb_message(APP, rng, L(f"Any update on the claim for my fall? Policy {POLICY}",
                               f"{TEXT}|{UID}"), {"policy": L(POLICY, UID)}),
    ]
