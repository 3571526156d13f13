"""Pharmacy click-and-collect app "Pharmapick": sign-up, a log-in with an SMS code, ``/me``, stores
nearby, the insurance and its card photo, a transfer from another pharmacy, refills and their
status by order number in the path, an over-the-counter basket and its payment, the pickup locker
opened, an ID check, a question to the pharmacist, a vaccine booking with its screening,
allergies, reminders, a prescription photo, someone authorised to collect, push, events and the
rewards by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families76_kit import (
    BIN_PCN,
    GI_DOC,
    LOCKER,
    MEMBER_CR,
    ORDER_PH,
    PATIENT_NO,
    RX,
    SISTER,
    STORE,
)
from eval_families76_sdk import dz_bid, pr_event, sl_batch, sl_identify, ss_crash
from eval_families76_svc import pc_card, sk_eval, zm_reverse, zv_opened, zv_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("pharmapick", "Pharmapick", "com.example.pharmapick", "9.12.0",
          "https://api.pharmapick.example.com")
IID = "X-PP-Device-Id"
PW = "Mortar&Pestle-55"
DOB_US = "05/17/1991"
BM = f"{BUY}|{MED}"  # an over-the-counter product that states a condition


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def pharmapick() -> list[Case]:
    rng = random.Random(7661)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patient=L(PATIENT_NO, UID)))}
    b = {"auth": "bearer"}
    la, lo = pos(5)
    kla, klo = fix((STORE["lat"] + 0.000031, STORE["lon"] - 0.000044), 6)
    status = at_path(case(f, f"{a}/v2/refills/{ORDER_PH}/status", headers=_h(rng, **b)),
                     ORDER_PH, BUY)
    otc = opaque(rng, "ord_", 10)
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "dob": L(DOB_US, BIRTH),
            "email": L(EMAIL, MAIL), "mobile": L(E164, TEL), "password": L(PW, CRED),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)}, "hipaaAck": True}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("406118", CRED), "challenge": opaque(rng, "ch_", 16),
            "trustDevice": "1"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/stores/nearby", headers=_h(rng, **b),
             query={"lat": la, "lon": lo, "services": "locker,vaccines", "limit": "5"}),
        case(f, f"{a}/v2/insurance", headers=_h(rng, **b), body={
            "memberId": L(MEMBER_CR, MED), "bin": BIN_PCN[0], "pcn": BIN_PCN[1],
            "group": BIN_PCN[2], "cardholder": L(NAME, NAMEC), "relationship": "self"}),
        multipart(f, f"{a}/v2/insurance/card", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"side": "front", "patient": L(PATIENT_NO, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/prescriptions/transfer", headers=_h(rng, **b), body={
            "from": {"name": "Quillfern Apothecary", "phone": "+12125550199"},
            "rxNumber": L("71-220938", MED), "drug": L("Azathioprine 50 mg tablets", MED),
            "prescriber": {"name": L(GI_DOC[0], NAMEC), "phone": L(GI_DOC[1], TEL)}}),
        case(f, f"{a}/v2/refills", headers=_h(rng, **b), body={
            "rx": [L(RX[0], MED), L(RX[1], MED)], "store": STORE["id"], "pickup": "locker",
            "slot": "2025-12-10T17:00", "orderNumber": L(ORDER_PH, BUY),
            "copay": L("10.00", BUY)}),
        status,
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "id": otc, "store": STORE["id"], "items": [
                {"sku": "300450449102", "name": L("Loperamide 2 mg, 24 caplets", BM), "qty": 1},
                {"sku": "300451220876", "name": L("Oral rehydration salts, 8 sachets", BM),
                 "qty": 2}, {"sku": "300459981023", "name": "Tissues, 3 pack", "qty": 1}],
            "total": L("21.47", BUY), "shelfPrices": [7.99, 4.49, 4.50]}),
        case(f, f"{a}/v2/orders/{otc}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("21.47", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "fsa": "true", "last4": L("4444", PAY)}),
        case(f, f"{a}/v2/pickup/locker/open", headers=_h(rng, **b), body={
            "locker": LOCKER["id"], "lockerBle": LOCKER["ble"], "code": L("582194", CRED),
            "order": L(ORDER_PH, BUY), "lat": kla, "lon": klo}),
        case(f, f"{a}/v2/pickup/id-check", headers=_h(rng, **b), body={
            "dob": L(DOB_US, BIRTH), "idType": "drivers_license",
            "idLast4": L(LICENCE[-4:], NATID), "order": L(ORDER_PH, BUY)}),
        case(f, f"{a}/v2/pharmacist/messages", headers=_h(rng, **b), body={
            "store": STORE["id"], "thread": opaque(rng, "th_", 8),
            "text": L("Can I take loperamide while on azathioprine and my adalimumab pen?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/vaccines/appointments", headers=_h(rng, **b), body={
            "vaccine": L("recombinant zoster vaccine, dose 1", MED), "store": STORE["id"],
            "slot": "2025-12-12T09:15",
            "screening": {"immunocompromised": L(True, MED), "pregnant": L(False, SENS),
                          "eggAllergy": L(False, MED), "feverToday": L(False, MED)}}),
        case(f, f"{a}/v2/allergies", headers=_h(rng, **b), body={
            "allergies": [L("penicillin", MED), L("sulfa drugs", MED)], "none": False}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "med": L("azathioprine", MED), "time": "08:00", "tz": L("America/New_York", DEV),
            "channel": "push"}),
        multipart(f, f"{a}/v2/prescriptions/photo", [
            ("image", "script.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"store": STORE["id"],
                                                "patient": L(PATIENT_NO, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pickup/authorized", headers=_h(rng, **b), body={
            "name": L(SISTER[0], NAMEC), "phone": L(SISTER[1], TEL), "relationship": "sister",
            "expires": "2026-03-01"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "smsNumber": L(PHONE_PAREN, TEL)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("refill_ordered", 1, count=2), ev("locker_opened", 2),
                ev("screen", 3, screen=L("Prescriptions", USAGE))]}),
        case(f, f"{a}/v2/rewards", headers=_h(rng, how="upper"),
             cookies={"pp_session": L(opaque(rng, "", 40), CRED),
                      "pp_patient": L(PATIENT_NO, UID), "pp_trace": rid(rng)}),
    ]


def pharmapick_sdks() -> list[Case]:
    rng = random.Random(7662)
    return [
        sl_batch(APP, rng, [("Refill Ordered", {"count": 2, "pickup": "locker"}),
                            ("Locker Opened", {"store": STORE["id"]})], at=(LAT, LON), nd=2),
        sl_identify(APP, rng, {"zip": L(ZIP, COARSE), "store": STORE["id"],
                               "insured": True, "age": L(34, BIRTH)}),
        pr_event(APP, rng, "otc_purchase", {"items": 3, "store": STORE["id"]}, revenue=21.47,
                 hashed=True),
        dz_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, at=(LAT, LON), nd=4, gender="F"),
        ss_crash(APP, rng, ("java.lang.SecurityException", "ble scan not permitted"),
                 [], screen="LockerActivity"),
        sk_eval(APP, rng, {"lockers": True, "store": STORE["id"]}, hdr=True),
        zv_register(APP, rng, tags={"refill_ready": "1"}),
        zv_opened(APP, rng, "refill_ready_dec"),
        pc_card(APP, rng, email=True),
        zm_reverse(APP, rng, (LAT, LON), PRECISE, nd=5),
    ]
