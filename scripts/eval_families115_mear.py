"""Honey cooperative app "Mearcoop" (``mear``, honey): a highland white-honey cooperative near
Hagere Selam where she is the registered member for the family's apiary. Unlike the hive-scale
monitors of sets 63 and 74 (a hobbyist's sensors), this is a cooperative's member app: hive
inspections typed at the apiary, deliveries to the collection centre, payouts, inputs, loans and
alerts. Sign-up, a log-in, ``/me``, the apiary plot, an inspection with her fix, a frame photo
and a spoken note, an offline batch (msgpack), a delivery and its ticket in the path, a payout
to her bank account, an inputs order, a queen order, a training video, a pesticide alert, a
swarm caught, prices by a cookie GET, a hive loan with Tesfay as guarantor, a sting reaction, a
meeting, her shares by member number in the path, a password change, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, M4A, multipart, push_token
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families115_kit import (
    APIARY,
    APIARY_FIX,
    BUY,
    COARSE,
    COOP_CENTRE,
    COOP_NO,
    CRED,
    DELIVERY,
    DEV,
    DID,
    ET_PHONE,
    ET_PHONE_NAT,
    HIVES,
    HUSBAND,
    HUSBAND_ID,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    PRECISE,
    RESIDENT_ID,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    inspections,
    ll,
    obj,
    ti_head,
)
from eval_families115_sdk import (
    cm_batch,
    cm_queue,
    ok_bid,
    ok_notice,
    sq_event,
    sq_session,
)
from eval_families115_svc import fm_eval, mt_reverse, mt_telemetry, ps_subscribe
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("mear", "Mearcoop", "org.example.mearcoop", "2.7.3", "https://api.mearcoop.example.org")
IID = "X-Mear-Install"
PW = "Tsaeda-Mear-0419"
BANK_ACC = "1000231187745"  # her bank account for payouts (financial.payment)
INSPECTION = "insp_40c2a9"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    """No Accept-Language and no install-ID header: the bearer identifies the member."""
    kw.setdefault("how", "none")
    return ti_head(APP, rng, IID, lang=None, **kw)


def mearcoop() -> list[Case]:
    rng = random.Random(11561)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, member=L(COOP_NO, UID), phone=L(ET_PHONE, TEL)))}
    la, lo = fix(APIARY_FIX)
    return [
        case(f, f"{a}/v1/members/signup", headers=_h(rng, auth=None), body={
            "name": L(NAME, NAMEC), "phone": L(ET_PHONE, TEL),
            "village": L("Hagere Selam", COARSE), "woreda": L("Degua Temben", COARSE),
            "idNumber": L(RESIDENT_ID, NATID), "password": L(PW, CRED),
            "language": L("ti", DEV)}),
        case(f, f"{a}/v1/auth", fmt="form", headers=_h(rng, auth=None), body={
            "phone": L(ET_PHONE_NAT, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v1/apiaries", headers=_h(rng), body={
            "member": L(COOP_NO, UID),
            "name": L(f"Enda {HUSBAND[0]} apiary", f"{TEXT}|{NAMEC}"),
            "corners": [dict(zip(("lat", "lon"), fix(p), strict=True)) for p in APIARY],
            "hives": len(HIVES), "hiveType": "top-bar"}),
        case(f, f"{a}/v1/inspections", headers=_h(rng), body={
            "hive": HIVES[0], "queenSeen": True, "broodFrames": 6, "honeyFrames": 3,
            "temper": "calm", "varroa": 2, "lat": la, "lon": lo, "tempC": 19.5,
            "note": L("Colony 3 is weak since the neighbour sprayed his field", TEXT)}),
        multipart(f, f"{a}/v1/inspections/{INSPECTION}/photos", [
            ("photo", "frame.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("voice", "note.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"hive": HIVES[0], "frame": 4})],
            headers=_h(rng)),
        case(f, f"{a}/v1/inspections/batch", fmt="msgpack", headers=_h(rng), body={
            "member": L(COOP_NO, UID), "items": inspections(rng, 4)}),
        case(f, f"{a}/v1/deliveries", headers=_h(rng), body={
            "ticket": L(DELIVERY, BUY), "centre": COOP_CENTRE["id"], "kg": 46.5,
            "grade": "white-A", "pricePerKg": "620.00", "total": L("28830.00", BUY)}),
        at_path(case(f, f"{a}/v1/deliveries/{DELIVERY}", headers=_h(rng)),
                DELIVERY, BUY),
        case(f, f"{a}/v1/payouts", headers=_h(rng), body={
            "amount": L("28830.00", BUY), "account": L(BANK_ACC, PAY),
            "bank": "Tekeze Savings", "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/inputs/order", headers=_h(rng), body={
            "items": [{"sku": "fdn-sheet", "qty": 10}, {"sku": "veil", "qty": 1}],
            "total": L("1450.00", BUY), "pickup": COOP_CENTRE["id"]}),
        case(f, f"{a}/v1/queens/order", fmt="form", headers=_h(rng), body={
            "breeder": "brd_07", "qty": "2", "total": L("900.00", BUY)}),
        case(f, f"{a}/v1/training/{obj(rng, 'vid', 6)}/progress", fmt="form",
             headers=_h(rng), body={"watched": L("412", USAGE), "done": "1"}),
        case(f, f"{a}/v1/alerts/pesticide", headers=_h(rng), body={
            "lat": L(f"{APIARY_FIX[0]:.5f}", PRECISE), "lon": L(f"{APIARY_FIX[1]:.5f}", PRECISE),
            "text": L("Spraying on the teff field east of our hives this morning", TEXT),
            "distanceM": 150}),
        case(f, f"{a}/v1/swarms", headers=_h(rng), body={
            "at": ll((13.648712, 39.177551), 5, PRECISE), "hive": HIVES[2],
            "text": L("Caught a swarm in the acacia by the path, put in hive 11", TEXT)}),
        case(f, f"{a}/v1/prices", headers=_h(rng, auth=None), query={"market": "Mekelle"},
             cookies={"mc_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/loans", headers=_h(rng), body={
            "amount": L("12000.00", BUY), "purpose": "10 top-bar hives", "months": 12,
            "guarantor": {"name": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC),
                          "phone": L(HUSBAND[2], TEL), "idNumber": L(HUSBAND_ID, NATID)}}),
        case(f, f"{a}/v1/health/stings", headers=_h(rng), body={
            "reaction": L("swollen throat and hives", MED), "venomAllergy": L(True, MED),
            "epinephrine": L(True, MED),
            "note": L("Second reaction this year, the clinic gave me an auto-injector", TM)}),
        case(f, f"{a}/v1/meetings/{obj(rng, 'mtg', 6)}/rsvp", fmt="form", headers=_h(rng),
             body={"member": L(COOP_NO, UID), "attending": "yes"}),
        at_path(case(f, f"{a}/v1/members/{COOP_NO}/shares", headers=_h(rng)), COOP_NO, UID),
        case(f, f"{a}/v1/password", fmt="form", headers=_h(rng), body={
            "current": L(PW, CRED), "new": L("Tsaeda-Mear-2026", CRED)}),
        case(f, f"{a}/v1/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("ti_ET", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng), body={
            "userId": L(USER_ID, UID), "events": [
                ev("inspection_saved", 1), ev("delivery_viewed", 2),
                ev("screen", 3, screen=L("Apiary", USAGE))]}),
    ]


def mearcoop_sdks() -> list[Case]:
    rng = random.Random(11562)
    return [
        cm_batch(APP, rng, [("Inspection Saved", {"hives": 3}),
                            ("Delivery Recorded", {"total": L("28830.00", BUY)})],
                 at=APIARY_FIX, nd=4),
        cm_queue(APP, rng, [("Inspection Saved Offline", {"hive": HIVES[1]}),
                            ("Photo Queued", {})]),
        sq_session(APP, rng, user=True, count=22),
        sq_event(APP, rng, "delivery", {"grade": "white-A"}, revenue="28830.00"),
        ok_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=APIARY_FIX, nd=3,
               keywords="beekeeping,honey"),
        ok_notice(APP, rng, "win"),
        fm_eval(APP, rng, {"region": L("Tigray", COARSE)}, query=True),
        ps_subscribe(APP, rng, at=APIARY_FIX, nd=2, tags={"member": L(COOP_NO, UID)}),
        mt_reverse(APP, rng, APIARY_FIX, PRECISE, nd=4),
        mt_telemetry(APP, rng, [APIARY_FIX, APIARY[1]], PRECISE),
    ]
