"""A gold-jewellery pawnshop app "Sanlagold" (a Cebu chain: she pawns her wedding ring and a
gold chain between remittances, renews, then redeems). Unlike set 54's pawn-and-buy-back of
gadgets, it is about gold: karat and weight appraisal from photos, a branch's loan ticket
(``PT-...``), monthly interest renewals, a redemption booking and auction notices. Calls:
sign-up (her ACR card number), an OAuth password grant, ``/me`` with a JWT, the ID upload (card
and selfie), branches near her, an appraisal with photos, the quote, the loan, the check-in at
the branch (her fix), the payout to her e-wallet, a bank account, her tickets by a cookie GET,
a renewal payment, a redemption booking, an offline sync (msgpack), auction alerts, the ticket
by number in the path, her husband authorised to redeem, a PIN, a search, a message, push,
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families142_kit import (
    ACR,
    HOME,
    HOME_AT,
    HUSBAND,
    LOCAL_PHONE,
    NATID,
    PAWN_FIX,
    PAWN_TICKET,
    PAWNER,
    PAWNSHOP,
    PH_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families142_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families142_svc import cl_card, cl_wallet, fn_eval, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("sanlagold", "Sanlagold", "com.example.sanlagold", "6.4.2",
          "https://api.sanlagold.example.net")
IID = "X-SG-Device-Id"
PW = "GoldRing#Colon91"
HUSBAND_ID = "PSN-1203-8841-5527"  # his national ID number, typed by her (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, accept=False, **kw)


def sanlagold() -> list[Case]:
    rng = random.Random(14221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pawner=L(PAWNER, UID), email=L(EMAIL, MAIL)))}
    pla, plo = fix(PAWN_FIX, 6)
    appraisal = obj(rng, "apr")
    ticket = at_path(case(f, f"{a}/v3/tickets/{PAWN_TICKET}", headers=_h(rng, **b)),
                     PAWN_TICKET, BUY)
    return [
        case(f, f"{a}/v3/pawners", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(NATIONAL, TEL), "birth_date": L(DOB, BIRTH), "password": L(PW, CRED),
            "address": {"line1": L(HOME["line"], ADDR), "barangay": L(HOME["barangay"], COARSE),
                        "city": L(HOME["city"], COARSE), "zip": L(HOME["zip"], COARSE)},
            "id_type": "ACR I-Card", "id_number": L(ACR, NATID), "nationality": "US",
            "source_of_funds": "remittance"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "sg-android", "scope": "tickets payouts"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v3/kyc/documents", [
            ("front", "acr_front.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("meta", None, "application/json", {"pawner": L(PAWNER, UID),
                                                "id_number": L(ACR, NATID),
                                                "expiry": "2027-03-31"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/branches/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "radius_km": "5", "open_sunday": "1"}),
        multipart(f, f"{a}/v3/appraisals", [
            ("ring", "ring.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("chain", "chain.jpg", "image/jpeg", L(JPEG + b"\xb4", MEDIA)),
            ("items", None, "application/json", {
                "pawner": L(PAWNER, UID), "items": [
                    {"kind": "ring", "karat": 18, "grams": 4.2, "stones": "none"},
                    {"kind": "necklace", "karat": 21, "grams": 7.8}],
                "note": L("Wedding ring, engraved R & J 2014 inside", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/appraisals/{appraisal}/quote", headers=_h(rng, **b)),
        case(f, f"{a}/v3/loans", headers=_h(rng, **b), body={
            "appraisal": appraisal, "branch": PAWNSHOP["id"], "ticket": L(PAWN_TICKET, BUY),
            "principal": L(28500, BUY), "rate_pct": 3.5, "term_days": 30,
            "maturity": "2026-02-14", "payout": "ewallet", "pawner": L(PAWNER, UID)}),
        case(f, f"{a}/v3/branches/{PAWNSHOP['id']}/checkin", headers=_h(rng, **b), body={
            "pawner": L(PAWNER, UID), "at": {"lat": pla, "lng": plo, "acc": 9},
            "branch_at": {"lat": PAWNSHOP["lat"], "lng": PAWNSHOP["lon"]}, "queue": "B-17"}),
        case(f, f"{a}/v3/payouts", headers=_h(rng, **b), body={
            "ticket": L(PAWN_TICKET, BUY), "amount": L(28500, BUY), "channel": "ewallet",
            "wallet_number": L(LOCAL_PHONE, TEL), "wallet_name": L(NAME, NAMEC),
            "idempotency": rid(rng)}),
        case(f, f"{a}/v3/bank_accounts", fmt="form", headers=_h(rng, **b), body={
            "account_number": L(PH_ACCOUNT, PAY), "account_name": L(NAME, NAMEC),
            "bank_code": "BNK-017", "branch_city": L("Cebu City", COARSE)}),
        case(f, f"{a}/v3/tickets", headers=_h(rng, how="none"), cookies={
            "sg_session": L(opaque(rng, "", 48), CRED), "sg_dev": L(INSTALL_ID, DID),
            "sg_ab": "b"}),
        case(f, f"{a}/v3/renewals", fmt="form", headers=_h(rng, **b), body={
            "ticket": L(PAWN_TICKET, BUY), "interest": L("997.50", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "months": "1"}),
        case(f, f"{a}/v3/redemptions", headers=_h(rng, **b), body={
            "ticket": L(PAWN_TICKET, BUY), "branch": PAWNSHOP["id"], "date": "2026-03-02",
            "slot": "10:00", "amount_due": L(29497.5, BUY)}),
        case(f, f"{a}/v3/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "pawner": L(PAWNER, UID), "tickets": [
                {"no": L(PAWN_TICKET, BUY), "status": "active", "seen": 1768105200}],
            "cursor": opaque(rng, "c_", 12)}),
        case(f, f"{a}/v3/alerts", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "sms": L(E164, TEL), "auction_notice": "1",
            "maturity_days_before": "5"}),
        ticket,
        case(f, f"{a}/v3/authorizations", headers=_h(rng, **b), body={
            "ticket": L(PAWN_TICKET, BUY), "redeemer": {
                "name": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL),
                "relation": "husband", "id_type": "PhilSys", "id_number": L(HUSBAND_ID, NATID)}}),
        case(f, f"{a}/v3/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L("771204", CRED), "confirm": L("771204", CRED)}),
        case(f, f"{a}/v3/gold/prices", headers=_h(rng, **b), query={
            "q": L("18k per gram today", SEARCH), "city": L("Cebu City", COARSE)}),
        case(f, f"{a}/v3/messages", headers=_h(rng, **b), body={
            "ticket": L(PAWN_TICKET, BUY),
            "text": L("Can my husband redeem the ring on Monday? I will be in Bohol.", TEXT)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("appraisal_sent", 1, items=2), ev("loan_accepted", 2),
                ev("screen", 3, screen=L("TicketDetail", USAGE))]}),
    ]


def sanlagold_sdks() -> list[Case]:
    rng = random.Random(14222)
    return [
        mc_batch(APP, rng, [("Appraisal Sent", {"items": 2}),
                            ("Loan Accepted", {"principal": L(28500, BUY)})], adid=True),
        mc_identify(APP, rng, {"city": L("Cebu City", COARSE), "pawner": L(PAWNER, UID),
                               "email": L(EMAIL, MAIL)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "loan", {"ticket": L(PAWN_TICKET, BUY)}, revenue=28500.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        cd_crash(APP, rng, ("java.lang.IllegalArgumentException", "karat out of range"),
                 [cd_crumb("nav", "Appraise -> Items"), cd_crumb("tap", "add_item")],
                 screen="AppraiseActivity"),
        cl_card(APP, rng, email=True),
        cl_wallet(APP, rng, "28500.00", L(LOCAL_PHONE, TEL)),
        mm_geocode(APP, rng, "Sanlagold Colon", SEARCH, near=HOME_AT, nd=3),
        pt_register(APP, rng, tags={"tickets": 1, "city": L("Cebu City", COARSE)}),
        fn_eval(APP, rng, {"city": L("Cebu City", COARSE)}, hdr=True),
    ]
