"""Borehole water-committee levy app "Mvura Yedu" (her ward's community borehole; her household
is a member and she is the committee's treasurer). Set 96's municipal outage app and set 98's
prepaid kiosk have no committee: here are the household's registration (stand, street, ward), a
log-in, ``/me`` with a JWT, the borehole's status, the monthly levy paid by mobile money and its
receipt by number in the path, a neighbour's cash levy recorded by her as treasurer with a photo
of the receipt book, a pump fault with her fix at the borehole and a photo, meetings (an RSVP, the
minutes she uploads, a vote), a water-quality reading (negatives), a repair-fund pledge, the
statement by membership number, the husband added to the household, a collection-slot swap
(msgpack), an SMS reminder, push, events and the levies by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, push_token
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families108_kit import (
    ADDR,
    BOREHOLE,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HOME_LINE,
    HOME_ZW_AT,
    HUSBAND,
    LEVY_RECEIPT,
    LOCAL_NAT,
    LOCAL_NO,
    MAIL,
    MEDIA,
    MEMBER,
    NAMEC,
    NEIGHBOUR,
    STAND,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    obj,
)
from eval_families108_sdk import at_session, bn_bid, cm_crash, cm_crumb, ms_batch, ms_queue
from eval_families108_svc import ch_message, cn_check, pj_register, pm_wallet, ta_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("mvura", "MvuraYedu", "com.example.mvurayedu", "1.3.1",
          "https://api.mvurayedu.example.org")
IID = "X-Mvura-Install"
PW = "Borehole17!Ward"
AT_BOREHOLE = (-17.771062, 31.046951)  # her phone at the borehole
MEMBERS = others(random.Random(10840), 2, "mbr_")  # other households (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def mvura() -> list[Case]:
    rng = random.Random(10841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER, UID), role="treasurer"))}
    mtg = obj(rng, "mtg", 8)
    bla, blo = fix(AT_BOREHOLE, 5)
    stmt = at_path(case(f, f"{a}/api/members/{MEMBER}/statement", headers=_h(rng, **b),
                        query={"year": "2025"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/register", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "phone": L(LOCAL_NO, TEL), "email": L(EMAIL, MAIL),
            "household": {"stand": L(STAND, ADDR), "street": L(HOME_LINE, ADDR),
                          "ward": L("Ward 17", COARSE), "people": 3},
            "password": L(PW, CRED)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "phone": L(LOCAL_NAT, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/boreholes/{BOREHOLE['id']}/status", headers=_h(rng, **b)),
        case(f, f"{a}/api/levies/pay", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "month": "2025-12", "amount": L("3.00", BUY),
            "method": "mobile_money", "msisdn": L(LOCAL_NO, TEL)}),
        at_path(case(f, f"{a}/api/levies/receipts/{LEVY_RECEIPT}", headers=_h(rng, **b)),
                LEVY_RECEIPT, BUY),
        case(f, f"{a}/api/treasurer/cash", headers=_h(rng, **b), body={
            "payer": L(NEIGHBOUR[0], NAMEC), "phone": L(NEIGHBOUR[1], TEL),
            "stand": L(NEIGHBOUR[2], ADDR), "member": MEMBERS[0], "month": "2025-12",
            "amount": L("3.00", BUY), "recordedBy": L(MEMBER, UID)}),
        multipart(f, f"{a}/api/treasurer/receipt-book", [
            ("page", "receipts_dec.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"month": "2025-12", "entries": 11})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/faults", headers=_h(rng, **b), body={
            "borehole": BOREHOLE["id"], "kind": "pump_handle", "lat": bla, "lon": blo,
            "text": L("The handle is loose and the pipe leaks at the base since Sunday",
                      TEXT)}),
        multipart(f, f"{a}/api/faults/photo", [
            ("photo", "pump.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("meta", None, "application/json", {"borehole": BOREHOLE["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/meetings", headers=_h(rng, **b), query={"ward": L("17", COARSE)}),
        case(f, f"{a}/api/meetings/{mtg}/rsvp", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "attend": "yes"}),
        case(f, f"{a}/api/meetings/{mtg}/minutes", headers=_h(rng, **b), body={
            "present": 23, "minutes": L(
                "Resolved: levy rises to $3 from January. Mai Chipo to buy a new pump rod; "
                "treasurer to open a savings account.", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/votes", headers=_h(rng, **b), body={
            "motion": "mo_levy_2026", "member": L(MEMBER, UID), "vote": "yes"}),
        case(f, f"{a}/api/quality", headers=_h(rng, **b), body={
            "borehole": BOREHOLE["id"], "ph": 6.8, "tds": 310, "ecoli": "absent",
            "reportedBy": L(MEMBER, UID)}),
        case(f, f"{a}/api/repair-fund/pledges", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "amount": L("10.00", BUY)}),
        stmt,
        case(f, f"{a}/api/household/members", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "spouse"}),
        case(f, f"{a}/api/slots/swap", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "slot": "tue-0600", "with": MEMBERS[1],
            "until": "2025-12-31"}),
        case(f, f"{a}/api/reminders", fmt="form", headers=_h(rng, **b), body={
            "phone": L(LOCAL_NO, TEL), "day": "1", "levy": "1"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "lang": L("sn", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "u": L(USER_ID, UID), "events": [
                ev("levy_paid", 1, amount=L(3.0, BUY)), ev("fault_reported", 2),
                ev("screen", 3, screen=L("Treasurer", USAGE))]}),
        case(f, f"{a}/api/levies", headers=_h(rng, how="none"),
             cookies={"mv_session": L(opaque(rng, "", 40), CRED)}),
    ]


def mvura_sdks() -> list[Case]:
    rng = random.Random(10842)
    return [
        ms_batch(APP, rng, [("Levy Paid", {"amount": L(3.0, BUY)}),
                            ("Cash Recorded", {"count": 1})], at=HOME_ZW_AT, nd=2),
        ms_queue(APP, rng, [("Minutes Uploaded", {}), ("Vote Cast", {"motion": "levy_2026"})]),
        at_session(APP, rng, first=True),
        bn_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        cm_crash(APP, rng, ("android.database.sqlite.SQLiteException", "no such column"),
                 [cm_crumb("Treasurer -> Cash"), cm_crumb("save", "state", {"entries": 11})],
                 screen="CashBookActivity"),
        ta_eval(APP, rng, {"role": "treasurer", "ward": L("17", COARSE)}),
        pj_register(APP, rng, tags={"role": "treasurer", "ward": L("17", COARSE)}),
        cn_check(APP, rng, {"analytics": True, "ads": False}),
        pm_wallet(APP, rng, "3.00", LOCAL_NO),
        ch_message(APP, rng, L("How do I export the cash book for the auditor?", TEXT),
                   {"role": "treasurer"}),
    ]
