"""A Beirut Road phone-repair shop's ticket app "Gyarafon" (English keys): sign-up, log-in,
``/me``, a diagnosis request for her cracked phone (its IMEI, serial and SIM's ICCID read by the
app, the fault), the drop-off at the shop (her fix), the screen-lock PIN she hands over for the
test, a quote and its approval, the deposit, parts, the repair's status by ticket number in the
path, the technician's photos of the damage, a data-backup consent (base64 JSON in a header), a
warranty registration, a chat message, a pick-up slot, the final payment (a form), the invoice
by a cookie GET, a review, a referral for a customer of hers, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    HW,
    JPEG,
    MAIL,
    NAMEC,
    PAY,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families145_kit import CUSTOMER, REPAIR, REPAIR_FIX, TICKET, fix, hd, obj, push
from eval_families145_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_pixel,
    tn_launch,
)
from eval_families145_svc import cl_card, cl_confirm, hs_message, mm_geocode
from eval_payloads import EMAIL, ICCID, IMEI, INSTALL_ID, SERIAL, USER_ID, Case, J, L, W, case

APP = App("gyarafon", "Gyarafon", "com.example.gyarafon", "1.4.3",
          "https://api.gyarafon.example.net")
IID = "X-Gyarafon-Install"
PW = "Gyara#Beirut55"
LOCK = "190517"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def gyarafon() -> list[Case]:
    rng = random.Random(14513)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tickets=[L(TICKET, BUY)]))}
    sla, slo = fix(REPAIR_FIX, 5)
    status = at_path(case(f, f"{a}/v1/tickets/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "city": L("Kano", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/diagnose", headers=_h(rng, **b), body={
            "device": {"model": L("Pixel 8", DEV), "make": L("Google", DEV),
                       "os": L("Android 14", DEV), "imei": L(IMEI, HW),
                       "serial": L(SERIAL, HW), "iccid": L(ICCID, SIM)},
            "fault": "cracked screen, touch dead in the lower third",
            "battery": L(71, DEV), "ticket": L(TICKET, BUY)}),
        case(f, f"{a}/v1/shops", headers=_h(rng, **b), query={
            "near": L(f"{REPAIR_FIX[0]:.2f},{REPAIR_FIX[1]:.2f}", COARSE), "brand": "google"}),
        case(f, f"{a}/v1/dropoff", headers=_h(rng, **b), body={
            "shop": REPAIR["id"], "ticket": L(TICKET, BUY), "at": {"lat": sla, "lon": slo},
            "shopAt": {"lat": REPAIR["lat"], "lon": REPAIR["lon"]}}),
        case(f, f"{a}/v1/tickets/unlock", fmt="form", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "screenLock": L(LOCK, CRED), "type": "pin"}),
        case(f, f"{a}/v1/quotes", headers=_h(rng, **b), query={"ticket": L(TICKET, BUY)}),
        case(f, f"{a}/v1/quotes/approve", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "quote": obj(rng, "q"), "total": L(68000, BUY),
            "parts": [{"sku": "P8-OLED-OEM", "price": 58000}, {"sku": "ADH-P8", "price": 2000}],
            "labour": 8000}),
        case(f, f"{a}/v1/deposits", fmt="form", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "amount": L("20000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/parts/eta", headers=_h(rng, **b), query={"sku": "P8-OLED-OEM"}),
        status,
        multipart(f, f"{a}/v1/tickets/photos", [
            ("photo", "crack.jpg", "image/jpeg", JPEG + b"\x66"),
            ("meta", None, "application/json", {"ticket": L(TICKET, BUY), "stage": "before"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/backup/consent", headers=_h(rng, **b, extra={
            "X-Gyarafon-Consent": W({"user": L(USER_ID, UID), "ticket": L(TICKET, BUY),
                                     "imei": L(IMEI, HW), "wipe": False}, "b64json")})),
        case(f, f"{a}/v1/warranty", headers=_h(rng, **b), body={
            "imei": L(IMEI, HW), "serial": L(SERIAL, HW), "ticket": L(TICKET, BUY),
            "months": 3, "owner": {"name": L(f"{FIRST} {LAST}", NAMEC),
                                   "phone": L(E164, TEL)}}),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY),
            "text": L("Please don't open my photos or WhatsApp, just test the touch", TEXT)}),
        case(f, f"{a}/v1/pickup", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "slot": "2025-12-12T17:00+01:00", "by": "self"}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "amount": L("48000", BUY), "currency": "NGN",
            "card_last4": L("4444", PAY), "pm": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/invoice", headers=_h(rng, how="none"), cookies={
            "gf_session": L(opaque(rng, "", 40), CRED), "gf_device": L(INSTALL_ID, DID),
            "gf_ticket": L(TICKET, BUY), "gf_req": rid(rng)}),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "shop": REPAIR["id"], "stars": "4",
            "text": L("Screen fixed same day, fair price, phone came back clean", TEXT)}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "friend": {"name": L(CUSTOMER[0], NAMEC), "phone": L(CUSTOMER[1], TEL)},
            "code": "GYARA-JD12"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("diagnose", 1), ev("quote_ok", 2),
                ev("screen", 3, screen=L("TicketStatus", USAGE))]}),
    ]


def gyarafon_sdks() -> list[Case]:
    rng = random.Random(14514)
    return [
        mc_batch(APP, rng, [("Ticket Opened", {"fault": "screen"}),
                            ("Quote Approved", {"total": L(68000, BUY)})], at=REPAIR_FIX, nd=2),
        mc_pixel(APP, rng, "Quote Viewed", {"ticket": L(TICKET, BUY)}),
        tn_launch(APP, rng, first=True),
        tn_launch(APP, rng, user=True, n=3),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=REPAIR_FIX, nd=4),
        bf_notice(APP, rng, "win"),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "48000"),
        mm_geocode(APP, rng, "Beirut Road phone repair", "behavior.search",
                   near=REPAIR_FIX, nd=3),
        hs_message(APP, rng, L(f"When will ticket {TICKET} be ready?", f"{TEXT}|{BUY}"),
                   {"ticket": L(TICKET, BUY)}),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [cd_crumb("net", "GET", {"url": f"{APP.api}/v1/quotes", "status": 0})],
                 screen="QuoteActivity"),
    ]
