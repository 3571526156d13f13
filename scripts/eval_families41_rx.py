"""US pharmacy loyalty and prescription refill app "Mendwell Rx": sign-up with the rewards card,
a log-in, an identity check for prescriptions, ``/me``, the insurance card, prescriptions, a
refill and its status by Rx number in the path, a transfer from another pharmacy and a photo of a
paper prescription, a vaccine appointment with its screening and a vaccine record, a pharmacist
chat, stores near her, the home store, coupons, a receipt, an FSA card, a curbside pickup with
her arrival fix, a delivery address, a family member added, push, events and rewards by a cookie
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
    DASHED,
    DEV,
    DID,
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
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families41_kit import DRUGS, INS, LOYALTY, PRESCRIBER, RXS, STORE, obj
from eval_families41_sdk import (
    bm_batch,
    bm_queue,
    bq_bid,
    rr_event,
    rr_session,
    sf_crash,
    sf_crumb,
)
from eval_families41_svc import as_save, cl_search, pm_card, pp_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("mendwell", "MendwellRx", "com.example.mendwellrx", "22.6.0",
          "https://api.mendwell.example.com")
IID = "X-MW-Device-Id"
PW = "Peony+Harbor88"
HOME = (LAT, LON)
CURBSIDE = (40.743588, -73.984119)  # her car outside the store (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def mendwell() -> list[Case]:
    rng = random.Random(4151)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), rewards=L(LOYALTY, UID)))}
    b = {"auth": "bearer"}
    status = at_path(case(f, f"{a}/v1/rx/{RXS[1]}/status", headers=_h(rng, **b)), RXS[1], MED)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(DASHED, TEL), "dob": L(DOB, BIRTH),
            "password": L(PW, CRED), "rewardsCard": L(LOYALTY, UID), "zip": L(ZIP, COARSE),
            "smsOptIn": True}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "device": "android"}),
        case(f, f"{a}/v1/rx/identity", headers=_h(rng, **b), body={
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "zip": L(ZIP, COARSE),
            "rxNumber": L(RXS[0], MED), "storeId": STORE["id"]}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/insurance", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("fields", None, "application/json", {
                "memberId": L(INS["member"], MED), "bin": INS["bin"], "pcn": INS["pcn"],
                "group": INS["group"], "cardholder": L(NAME, NAMEC), "relationship": "self"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rx", headers=_h(rng, **b), query={"status": "active", "sort": "due"}),
        case(f, f"{a}/v1/rx/refills", headers=_h(rng, **b), body={
            "rxNumbers": [L(RXS[0], MED), L(RXS[1], MED)], "storeId": STORE["id"],
            "pickup": "2025-07-09T17:00", "autoRefill": True}),
        status,
        case(f, f"{a}/v1/rx/transfers", headers=_h(rng, **b), body={
            "fromPharmacy": {"name": "Lexington Corner Drugs", "phone": "+12125550118"},
            "drug": L(DRUGS[0][0], MED), "strength": L(DRUGS[0][1], MED),
            "oldRxNumber": L("RX-884120", MED),
            "prescriber": {"name": L(PRESCRIBER[0], NAMEC), "phone": L(PRESCRIBER[1], TEL)}}),
        multipart(f, f"{a}/v1/rx/scan", [
            ("image", "script.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{MED}")),
            ("info", None, "application/json", {"storeId": STORE["id"], "delivery": False})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/immunizations/appointments", headers=_h(rng, **b), body={
            "vaccines": [L("influenza", MED), L("Tdap", MED)], "store": STORE,
            "slot": "2025-10-04T11:20", "screening": {
                "pregnant": L(False, f"{SENS}|{MED}"), "allergies": [L("latex", MED)],
                "immunocompromised": L(False, MED), "feverToday": L(False, MED)},
            "insuranceMemberId": L(INS["member"], MED)}),
        case(f, f"{a}/v1/immunizations/records", gz=True, headers=_h(rng, **b), body={
            "doses": [{"vaccine": L("COVID-19 2024-25", MED), "date": L("2024-10-12", MED)},
                      {"vaccine": L("hepatitis B (3/3)", MED), "date": L("2019-02-01", MED)}],
            "consentSignature": L(NAME, NAMEC), "visAcknowledged": True}),
        case(f, f"{a}/v1/pharmacist/chat", headers=_h(rng, **b), body={
            "thread": obj(rng, "pc", 8),
            "text": L("Can I take ibuprofen with mesalamine? My knees hurt after runs.",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/stores/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE),
            "services": "drive-thru,vaccines", "open": "now"}),
        case(f, f"{a}/v1/rewards/coupons/clip", fmt="form", headers=_h(rng, **b), body={
            "coupons": "cpn_30112,cpn_30187", "card": L(LOYALTY, UID)}),
        case(f, f"{a}/v1/rewards/receipts", headers=_h(rng, **b), body={
            "receipt": L("0418-03-250707-2291", BUY), "total": L("23.86", BUY),
            "items": [L("sunscreen SPF 50", BUY), L("ibuprofen 200 mg 100ct", BUY)],
            "card": L(LOYALTY, UID), "pointsEarned": 238}),
        case(f, f"{a}/v1/wallet/fsa", fmt="form", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "tok_", 24), PAY), "last4": L("1881", PAY),
            "exp": L("03/28", PAY), "kind": "fsa"}),
        case(f, f"{a}/v1/curbside/arrived", headers=_h(rng, **b), body={
            "order": L("MW-RX-7781204", BUY), "lat": L(CURBSIDE[0], PRECISE),
            "lon": L(CURBSIDE[1], PRECISE), "car": "blue hatchback", "copay": L("12.50", BUY),
            "storeId": STORE["id"]}),
        case(f, f"{a}/v1/delivery/address", headers=_h(rng, **b), body={
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "instructions": L("Leave with the doorman, signature not needed", TEXT)}),
        case(f, f"{a}/v1/family", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "dob": L("1989-11-02", BIRTH),
            "relationship": "spouse", "phone": L(PARTNER[1], TEL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("refill_requested", 1, count=2), ev("coupon_clipped", 2),
                ev("screen", 3, screen=L("RxStatus", USAGE))]}),
        case(f, f"{a}/v1/rewards/balance", headers=_h(rng, how="none"),
             cookies={"mw_session": L(opaque(rng, "", 40), CRED),
                      "mw_device": L(INSTALL_ID, DID), "mw_rid": rid(rng)}),
    ]


def mendwell_sdks() -> list[Case]:
    rng = random.Random(4152)
    return [
        bm_batch(APP, rng, [("Refill Requested", {"drug": L(DRUGS[1][0], MED), "count": 2}),
                            ("Coupon Clipped", {"coupon": "cpn_30112"})], adid=True),
        bm_queue(APP, rng, [("Vaccine Booked", {"vaccine": L("influenza", MED)}),
                            ("Store Viewed", {"store": STORE["id"]})]),
        rr_session(APP, rng, user=True, n=17),
        rr_event(APP, rng, "mw1r8d", {"receipt": L("0418-03-250707-2291", BUY)},
                 revenue=23.86, hashed=True),
        bq_bid(APP, rng, {"banner": {"w": 300, "h": 250}},
               keywords=L("asthma,inhaler,allergy relief", MED)),
        sf_crash(APP, rng, ("retrofit2.HttpException", "HTTP 409 refill already queued"),
                 [sf_crumb("nav", "Rx -> Refill"),
                  sf_crumb("net", "POST", {"url": f"{APP.api}/v1/rx/refills", "status": 409})],
                 screen="RefillActivity"),
        pp_register(APP, rng, tags={"rx_ready": "sms", "store": STORE["id"]}),
        as_save(APP, rng, {"analytics": True, "personalizedAds": True}),
        pm_card(APP, rng, email=True),
        cl_search(APP, rng, "24 hour pharmacy", SEARCH, near=HOME, nd=3),
    ]
