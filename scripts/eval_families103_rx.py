"""Pharmacy prescription-reservation app "Rezervika" (a Sofia pharmacy chain): sign-up with her
personal number, a log-in, ``/me``, her national e-prescription fetched (query, then by number in
the path), pharmacies near her, a medicine search, a stock check, the reservation held for pickup,
its status by number in the path, the pickup with an SMS code, her husband authorised to collect,
a photo of a paper prescription from New York, a pharmacist chat, a reminder, her health profile,
an over-the-counter order delivered to her flat and its payment, the loyalty card, push, events
and the history by a cookie GET. Unlike set 76's click-and-collect pharmacy (refills by Rx
number, insurance), this app reserves a national e-prescription found by its number and her
personal number, held at one pharmacy and released by an SMS code."""

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
    PHONE_NOPLUS,
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
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families103_kit import (
    LNCH,
    PARTNER_LNCH,
    PHARMACY,
    PICKUP_CODE,
    RX_LOYALTY,
    RX_NRN,
    RX_RES,
    SOFIA_AT,
    SOFIA_HOME,
    fix,
    obj,
)
from eval_families103_sdk import ae_event, ae_session, fq_crash, fq_crumb, gf_batch, gf_identify
from eval_families103_svc import cm_route, ph_save, pm_register, st_eval, tb_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("rezervika", "Rezervika", "com.example.rezervika", "1.14.0",
          "https://api.rezervika.example.com")
IID = "X-Rezervika-Device"
PW = "Apteka!Lozenets7"
E_URL = f"https://api.rezervika.example.com/api/e-prescriptions/{RX_NRN}"
R_URL = f"https://api.rezervika.example.com/api/reservations/{RX_RES}"
OTC = "RZO-55812"  # an over-the-counter order (financial.purchase)
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def rezervika() -> list[Case]:
    rng = random.Random(10361)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), pn=L(LNCH, NATID)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(SOFIA_AT)
    ctk = L(opaque(rng, "ctk_", 24), PAY)
    return [
        case(f, f"{a}/api/users", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "personalNumber": L(LNCH, NATID), "birthDate": L(DOB, BIRTH),
            "nhifInsured": L(True, MED)}),
        case(f, f"{a}/api/auth/token", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE_NOPLUS, TEL), "password": L(PW, CRED), "grant": "password"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/e-prescriptions", headers=_h(rng, **b), query={
            "nrn": L(RX_NRN, MED), "personalNumber": L(LNCH, NATID)}),
        at_path(case(f, E_URL, headers=_h(rng, **b)), RX_NRN, MED),
        case(f, f"{a}/api/pharmacies/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{SOFIA_AT[0]:.4f}", PRECISE), "lng": L(f"{SOFIA_AT[1]:.4f}", PRECISE),
            "radius": "1500", "open": "now"}),
        case(f, f"{a}/api/search", headers=_h(rng, **b), query={
            "q": L("calcipotriol", f"{SEARCH}|{MED}"), "type": "medicine"}),
        case(f, f"{a}/api/stock/check", headers=_h(rng, **b), body={
            "products": ["prd_118204", "prd_55012"], "pharmacies": [PHARMACY["id"], "ph_0388"]}),
        case(f, f"{a}/api/reservations", headers=_h(rng, **b), body={
            "pharmacyId": PHARMACY["id"], "prescription": L(RX_NRN, MED),
            "reservationId": L(RX_RES, BUY), "pickupBy": "2025-12-12", "items": [
                {"productId": "prd_118204", "name": L("Methotrexate 2.5 mg x 50", MED),
                 "qty": 1},
                {"productId": "prd_55012", "name": L("Folic acid 5 mg x 30", MED), "qty": 1}],
            "patientPays": L("6.40", BUY)}),
        at_path(case(f, R_URL, headers=_h(rng, **b)), RX_RES, BUY),
        at_path(case(f, f"{R_URL}/collect", headers=_h(rng, **b), body={
            "code": L(PICKUP_CODE, CRED), "pharmacyId": PHARMACY["id"], "by": "self"}),
            RX_RES, BUY),
        at_path(case(f, f"{R_URL}/proxy", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
            "personalNumber": L(PARTNER_LNCH, NATID)}), RX_RES, BUY),
        multipart(f, f"{a}/api/prescriptions/paper", [
            ("image", "rx_paper.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "issuedIn": "US", "pharmacyId": PHARMACY["id"],
                "note": L("Private prescription from my dermatologist in New York, can it be "
                          "filled here?", TM)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/chat/messages", [
            ("message", None, "application/json", {
                "thread": obj(rng, "th", 8), "pharmacyId": PHARMACY["id"],
                "text": L("Can I take ibuprofen for a headache while on methotrexate? Photo of "
                          "the box attached", TM)}),
            ("attachment", "box.jpg", "image/jpeg", L(JPEG + b"\xd2", f"{MEDIA}|{MED}"))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/reminders", headers=_h(rng, **b), body={
            "medicine": L("Methotrexate 15 mg", MED), "schedule": "weekly:SUN@20:00",
            "label": L("MTX Sunday", TM), "tz": L("Europe/Sofia", DEV)}),
        case(f, f"{a}/api/health-profile", headers=_h(rng, **b), body={
            "allergies": [L("penicillin", MED)], "conditions": [L("psoriasis", MED)],
            "pregnant": L(False, SENS), "weightKg": L(70, FIT)}),
        case(f, f"{a}/api/otc/orders", headers=_h(rng, **b), body={
            "orderNo": L(OTC, BUY), "total": L("38.70", BUY),
            "items": [{"productId": "prd_77120", "qty": 1}, {"productId": "prd_77145", "qty": 2}],
            "delivery": {"street": L(SOFIA_HOME["street"], ADDR),
                         "apartment": L(SOFIA_HOME["flat"], ADDR),
                         "city": L(SOFIA_HOME["city"], COARSE),
                         "zip": L(SOFIA_HOME["zip"], COARSE), "lat": hla, "lng": hlo,
                         "window": "18:00-20:00"}}),
        case(f, f"{a}/api/payments", headers=_h(rng, **b), body={
            "order": L(OTC, BUY), "amount": L("38.70", BUY), "cardToken": ctk,
            "currency": "BGN"}),
        case(f, f"{a}/api/loyalty", fmt="form", headers=_h(rng, **b), body={
            "card": L(RX_LOYALTY, UID), "phone": L(E164, TEL)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("reservation_created", 1, items=2), ev("pickup_done", 2),
                ev("screen", 3, screen=L("Reservation", USAGE))]}),
        case(f, f"{a}/api/history", headers=_h(rng, how="none"),
             cookies={"rz_sess": L(opaque(rng, "", 40), CRED), "rz_dev": L(INSTALL_ID, DID)}),
    ]


def rezervika_sdks() -> list[Case]:
    rng = random.Random(10362)
    return [
        gf_batch(APP, rng, [("Reservation Created", {"pharmacy": PHARMACY["id"],
                                                     "paid": L(6.4, BUY)}),
                            ("Search", {"q": L("calcipotriol", f"{SEARCH}|{MED}")})]),
        gf_identify(APP, rng, {"city": L("Sofia", COARSE), "loyalty": L(RX_LOYALTY, UID)}),
        ae_session(APP, rng),
        ae_event(APP, rng, "reservation", {"pharmacy": PHARMACY["id"]}, revenue=6.4,
                 hashed=True),
        fq_crash(APP, rng, ("retrofit2.HttpException", "HTTP 409 Conflict"),
                 [fq_crumb("request", "POST /api/reservations", {"status": 409}),
                  fq_crumb("navigation", "EPrescription -> Reserve")],
                 screen="ReserveActivity"),
        st_eval(APP, rng, {"nhif": L(True, MED), "chain": "lozenets"}),
        pm_register(APP, rng, tags={"pickup_ready": "1"}),
        ph_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        tb_confirm(APP, rng, "38.70"),
        cm_route(APP, rng, [(SOFIA_AT, PRECISE), ((PHARMACY["lat"], PHARMACY["lon"]), None)],
                 profile="walking"),
    ]
