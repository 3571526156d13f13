"""Parking garage app "Parkvane" with licence-plate recognition at the gates and a card on file:
sign-up by SMS, the profile (with her work mailbox), ``/me``, her car and a photo of its plate,
garages nearby, rates, a quote, a reservation, the camera's entry read confirmed, a photo of her
spot, an extension (form), the exit, the receipt by number in the path and sent for expenses,
the card saved, a monthly permit, a citation appealed (form), push, analytics, the active session
by a cookie GET and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    HW,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families47_kit import (
    CAR,
    GARAGE47,
    GARAGE_WALK_AT,
    PLATE47,
    RESERVE,
    WORK_MAIL,
    fix,
    obj,
)
from eval_families47_sdk import aq_event, aq_session, bm_bid, ck_crumb, ck_report, cw_batch
from eval_families47_svc import (
    cb_message,
    ms_search,
    pl_register,
    qp_card,
    qp_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("parkvane", "Parkvane", "com.example.parkvane", "8.0.4",
          "https://api.parkvane.example.com")
IID = "X-PV-Install"
RECEIPT = "PV-R-2025-118833"  # the exit receipt (financial.purchase)
R_URL = f"https://api.parkvane.example.com/v1/receipts/{RECEIPT}"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def parkvane() -> list[Case]:
    rng = random.Random(4751)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    veh, sess = obj(rng, "veh", 8), obj(rng, "ps", 10)
    wla, wlo = fix(GARAGE_WALK_AT)
    g = GARAGE47["id"]
    receipt = at_path(case(f, R_URL, headers=_h(rng, **b), query={
        "format": "pdf", "email": L(WORK_MAIL, MAIL)}), RECEIPT, BUY)
    return [
        case(f, f"{a}/v1/signup/phone", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/signup/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("611942", CRED)}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "workEmail": L(WORK_MAIL, MAIL), "zip": L(ZIP, COARSE), "receipts": "work"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vehicles", headers=_h(rng, **b), body={
            "vehicleId": veh, "plate": L(PLATE47, HW), "plateState": L("NY", COARSE),
            **CAR, "nickname": "Green Outback", "type": "suv", "lprOptIn": True}),
        multipart(f, f"{a}/v1/vehicles/{veh}/plate-photo", [
            ("photo", "plate.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{HW}")),
            ("ocr", None, "application/json", {"text": L(PLATE47, HW), "confidence": 0.98})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/garages/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{GARAGE_WALK_AT[0]:.4f}", PRECISE),
            "lng": L(f"{GARAGE_WALK_AT[1]:.4f}", PRECISE), "radiusM": "800", "type": "suv"}),
        case(f, f"{a}/v1/garages/{g}/rates", headers=_h(rng, **b), query={
            "date": "2025-12-10", "vehicle": "suv"}),
        case(f, f"{a}/v1/quotes", headers=_h(rng, **b), body={
            "garage": g, "start": "2025-12-10T08:30", "end": "2025-12-10T18:00",
            "vehicleType": "suv", "price": "38.00", "quoteId": obj(rng, "q", 8)}),
        case(f, f"{a}/v1/reservations", headers=_h(rng, **b), body={
            "garage": g, "start": "2025-12-10T08:30", "end": "2025-12-10T18:00",
            "plate": L(PLATE47, HW), "code": L(RESERVE, BUY), "total": L("34.00", BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/lpr/entries/{obj(rng, 'lpr', 10)}/confirm", headers=_h(rng, **b),
             body={"garage": g, "lane": "IN-2", "plateRead": L(PLATE47, HW), "confidence": 0.97,
                   "snapshot": obj(rng, "snap", 12), "reservation": L(RESERVE, BUY),
                   "session": sess, "confirm": True}),
        multipart(f, f"{a}/v1/sessions/{sess}/spot", [
            ("photo", "spot.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("spot", None, "application/json", {"level": "P3", "spot": "114",
                                                "garage": g})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/sessions/{sess}/extend", fmt="form", headers=_h(rng, **b), body={
            "minutes": "60", "amount": L("12.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/sessions/{sess}/exit", headers=_h(rng, **b), body={
            "lane": "OUT-1", "plate": L(PLATE47, HW), "total": L("46.00", BUY),
            "receipt": L(RECEIPT, BUY), "position": {"lat": wla, "lng": wlo, "acc": 11}}),
        receipt,
        case(f, f"{a}/v1/receipts/{RECEIPT}/expense", headers=_h(rng, **b), body={
            "employer": "Northwind Analytics", "costCentre": "NY-OPS-14",
            "sendTo": L(WORK_MAIL, MAIL),
            "note": L("Client visit, midtown, full day", TEXT)}),
        case(f, f"{a}/v1/payment-methods", headers=_h(rng, **b), body={
            "pm": L(opaque(rng, "pm_", 24), PAY), "brand": "visa", "last4": L("1111", PAY),
            "expMonth": L("08", PAY), "expYear": L("2028", PAY), "default": True,
            "billingZip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/permits/monthly", headers=_h(rng, **b), body={
            "garage": g, "product": L("monthly_evenings", BUY), "price": L("289.00", BUY),
            "plates": [L(PLATE47, HW)], "startsOn": "2026-01-01"}),
        case(f, f"{a}/v1/citations/appeal", fmt="form", headers=_h(rng, **b), body={
            "citation": "PV-CIT-55120", "garage": g,
            "text": L(f"I had reservation {RESERVE}; the camera misread my plate "
                      f"{PLATE47} as HVL-3382", f"{TEXT}|{BUY}|{HW}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("reservation_made", 1, garage=g), ev("lpr_confirmed", 2),
                ev("screen", 3, screen=L("ActiveSession", USAGE))]}),
        case(f, f"{a}/v1/sessions/active", headers=_h(rng, how="plain"), cookies={
            "pv_sess": L(opaque(rng, "", 40), CRED), "pv_req": rid(rng)}),
        case(f, f"{a}/v1/auth/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 40), CRED), "all": "false"}),
    ]


def parkvane_sdks() -> list[Case]:
    rng = random.Random(4752)
    return [
        cw_batch(APP, rng, [("Reservation Made", {"total": L(34.0, BUY), "garage": "gar_0417"}),
                            ("Plate Added", {"lpr": True})], at=GARAGE_WALK_AT, nd=4),
        aq_session(APP, rng, user=True),
        aq_event(APP, rng, "reservation", {"garage": GARAGE47["id"], "code": L(RESERVE, BUY)},
                 revenue=34.0, hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GARAGE_WALK_AT, nd=3,
               keywords="parking,midtown,commute"),
        ck_report(APP, rng, ("java.lang.IllegalArgumentException", "lpr event expired"),
                  [ck_crumb("navigation", "Home -> ConfirmEntry"),
                   ck_crumb("request", "POST /v1/lpr/entries", {"status": 410})],
                  meta={"vehicle": {"plate": L(PLATE47, HW), "state": L("NY", COARSE)}},
                  screen="ConfirmEntryActivity"),
        qp_card(APP, rng),
        qp_confirm(APP, rng, "46.00"),
        ms_search(APP, rng, "garage near Bryant Park", SEARCH, near=GARAGE_WALK_AT, nd=4),
        pl_register(APP, rng, at=GARAGE_WALK_AT, nd=2, tags={"monthly": "yes"}),
        cb_message(APP, rng, L(f"The gate didn't open for {PLATE47} this morning",
                               f"{TEXT}|{HW}"), {"garage": GARAGE47["id"]}),
    ]
