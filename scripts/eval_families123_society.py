"""Housing society app "Sahnivas" (her co-operative housing society in Kothrud: maintenance fees
and the gate; sets 64 and 91 had condominium visitor apps, this one is an Indian society's
maintenance billing with the gate's visitor and staff registers): activation by flat, an SMS
code, ``/me``, the bills by flat in the path, a bill paid and its receipt by number in the path,
a friend pre-approved with a gate code, a delivery approved from New York, the visitor log, her
cook registered and marked present, the clubhouse booked, a leak complaint with a photo, a
parking sticker for her scooter, the society's NOC for her residence permit, an SOS, notices, a
committee poll, family members, an expected delivery, push, events and the dues by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families37_kit import fix, home, obj
from eval_families123_kit import (
    COOK,
    FRIEND,
    HOME_AT,
    HUSBAND,
    NATID,
    PASSPORT_US,
    PLATE,
    SOCIETY,
    SON,
    UPI_VPA,
    PuneApp,
    hh,
)
from eval_families123_sdk import gk_batch, gk_queue, jx_bid, tf_crash, tf_crumb, vl_session
from eval_families123_svc import bv_eval, gn_register, md_attach, pp_upi, sm_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = PuneApp("sahnivas", "Sahnivas", "com.example.sahnivas", "5.2.1",
              "https://api.sahnivas.example.net")
IID = "X-Sahnivas-Device"
FLAT = "B-304"  # her flat (contact.address wherever it is hers)
MEMBER = "SHC-B304-02"  # her member ID in the society (id.user)
BILL = "MB-2512-B304"  # December's maintenance bill (financial.purchase)
RCPT = "RC-25-11873"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how=how, **kw)


def sahnivas() -> list[Case]:
    rng = random.Random(12351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER, UID), flat=L(FLAT, ADDR)))}
    nla, nlo = home(3)
    hla, hlo = fix(HOME_AT)
    visit = obj(rng, "vis", 10)
    bills = at_path(case(f, f"{a}/api/v1/flats/{FLAT}/bills", headers=_h(rng, **b),
                         query={"fy": "2025-26"}), FLAT, ADDR)
    pay = at_path(case(f, f"{a}/api/v1/bills/{BILL}/pay", headers=_h(rng, **b), body={
        "amount": L("3850.00", BUY), "mode": "upi", "vpa": L(UPI_VPA, PAY),
        "member": L(MEMBER, UID)}), BILL, BUY)
    rc = at_path(case(f, f"{a}/api/v1/receipts/{RCPT}", headers=_h(rng, **b)), RCPT, BUY)
    return [
        case(f, f"{a}/api/v1/members/activate", headers=_h(rng), body={
            "society": SOCIETY["id"], "wing": "B", "flat": L(FLAT, ADDR),
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "occupancy": "tenant", "moveIn": "2024-06-01"}),
        case(f, f"{a}/api/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "otp": L("318840", CRED), "ref": rid(rng)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        bills,
        pay,
        rc,
        case(f, f"{a}/api/v1/visitors/preapprove", headers=_h(rng, **b), body={
            "flat": L(FLAT, ADDR), "guestName": L(FRIEND[0], NAMEC),
            "guestPhone": L(FRIEND[1], TEL), "purpose": "personal", "vehicle": "MH12QX9021",
            "gateCode": L("482913", CRED), "validUntil": "2025-12-14T22:00:00+05:30"}),
        case(f, f"{a}/api/v1/visitors/{visit}/decision", fmt="form", headers=_h(rng, **b), body={
            "decision": "leave_at_gate", "by": L(MEMBER, UID), "lat": nla, "lon": nlo,
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/visitors/log", headers=_h(rng, **b), query={
            "flat": L(FLAT, ADDR), "from": "2025-12-01", "to": "2025-12-14"}),
        case(f, f"{a}/api/v1/staff", headers=_h(rng, **b), body={
            "flat": L(FLAT, ADDR), "name": L(COOK[0], NAMEC), "phone": L(COOK[1], TEL),
            "role": "cook", "timings": "07:00-09:00", "idProof": "aadhaar",
            "idLast4": L("3382", NATID)}),
        case(f, f"{a}/api/v1/staff/stf_2209/attendance", fmt="form", headers=_h(rng, **b), body={
            "date": "2025-12-12", "present": "1", "flat": L(FLAT, ADDR)}),
        case(f, f"{a}/api/v1/amenities/bookings", fmt="msgpack", headers=_h(rng, **b), body={
            "amenity": "clubhouse", "date": "2026-08-11", "hours": "17:00-21:00",
            "amount": L(2500, BUY), "purpose": L("Arjun's 10th birthday party", f"{TEXT}|{NAMEC}"),
            "member": L(MEMBER, UID)}),
        multipart(f, f"{a}/api/v1/complaints", [
            ("photo", "ceiling.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("complaint", None, "application/json", {
                "category": "plumbing", "flat": L(FLAT, ADDR),
                "text": L("Water leaking from the flat above into our bathroom ceiling", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/parking/stickers", headers=_h(rng, **b), body={
            "vehicleType": "scooter", "plate": L(PLATE, HW), "rcOwner": L(NAME, NAMEC),
            "flat": L(FLAT, ADDR), "slot": "S-41"}),
        case(f, f"{a}/api/v1/noc/requests", headers=_h(rng, **b), body={
            "type": "address_proof", "purpose": "FRRO residential permit renewal",
            "name": L(NAME, NAMEC), "passportNo": L(PASSPORT_US, NATID), "nationality": "US",
            "flat": L(FLAT, ADDR), "member": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/sos", headers=_h(rng, **b), body={
            "type": "medical", "flat": L(FLAT, ADDR), "lat": hla, "lon": hlo,
            "note": L("Heart racing and feeling faint, please call the ambulance",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/notices", headers=_h(rng, **b), query={
            "society": SOCIETY["id"], "page": "1"}),
        case(f, f"{a}/api/v1/polls/pl_2025_cmte/vote", fmt="form", headers=_h(rng, **b), body={
            "option": "opt_2", "flat": L(FLAT, ADDR)}),
        case(f, f"{a}/api/v1/family", headers=_h(rng, **b), body={
            "flat": L(FLAT, ADDR), "members": [
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                 "relation": "spouse"},
                {"name": L(SON["first"], NAMEC), "age": L(SON["age"], BIRTH),
                 "relation": "son"}]}),
        case(f, f"{a}/api/v1/deliveries/expected", fmt="form", headers=_h(rng, **b), body={
            "courier": "Dabbasakhi", "flat": L(FLAT, ADDR), "leaveAtGate": "1",
            "window": "12:30-13:30"}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en-IN", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "user": L(USER_ID, UID), "events": [
                ev("bill_paid", 1), ev("visitor_preapproved", 2),
                ev("screen", 3, screen=L("GateLog", USAGE))]}),
        case(f, f"{a}/api/v1/dues", headers=_h(rng, how="none"),
             cookies={"sn_session": L(opaque(rng, "", 40), CRED), "sn_member": L(MEMBER, UID),
                      "sn_society": SOCIETY["id"]}),
    ]


def sahnivas_sdks() -> list[Case]:
    rng = random.Random(12352)
    return [
        gk_batch(APP, rng, [("Bill Paid", {"amount": L(3850, BUY)}),
                            ("Visitor Preapproved", {"purpose": "personal"})],
                 at=HOME_AT, nd=3),
        vl_session(APP, rng, user=True, n=22),
        jx_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, keywords="home,interiors,pune"),
        tf_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "visitor list"),
                 [tf_crumb("nav", "Home -> GateLog")], screen="GateLogActivity"),
        gk_queue(APP, rng, [("Notice Opened", {"id": "nt_4471"}),
                            ("Gate Log Viewed", {"days": 14})]),
        bv_eval(APP, rng, {"society": SOCIETY["id"], "flat": L(FLAT, ADDR)}),
        gn_register(APP, rng, tags={"flat": L(FLAT, ADDR), "society": SOCIETY["id"]},
                    at=HOME_AT, nd=2),
        pp_upi(APP, rng, "3850.00", "Maintenance Dec 2025"),
        md_attach(APP, rng, L(JPEG + b"\x72", MEDIA), "leak.jpg", "image/jpeg"),
        sm_save(APP, rng, {"analytics": True, "ads": False}),
    ]
