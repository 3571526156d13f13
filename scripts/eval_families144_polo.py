"""A water-polo club's juniors app "Pixxispolo" for their son (the child's data, payments): the
parent's sign-up, a log-in with an SMS code, ``/me`` (JWT bearer with a ``players`` claim), the
player's registration (birth date, school, his ID photo), the sports-medical certificate (PDF)
and its findings, the season fee by invoice number in the path, an instalment paid by card, the
kit order, training attendance with her fix at the pool, a carpool offer for the away match in
Gozo, a match lineup, an injury note, a message to the coach, lineup results by cookie, a
tournament's travel consent (his passport), the club's lottery ticket, push and events. No
earlier set has a water-polo club."""

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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families144_kit import (
    FEE_INV,
    HOME,
    HOME_AT,
    HUSBAND,
    PLAYER,
    POOL,
    POOL_FIX,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families144_sdk import bk_bid, bk_notice, sl_batch, sl_identify, tg_event, tg_link
from eval_families144_svc import cz_card, mg_route, mg_telemetry, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("pixxispolo", "Pixxispolo", "com.example.pixxispolo", "5.1.2",
          "https://api.pixxispolo.example.com")
IID = "X-Pixxis-Device"
MED, NATID = "health.medical", "personal.national_id"
PDF = b"%PDF-1.4\n% medical certificate\n%%EOF\n"
SON_PASSPORT = "MT1188420"  # the son's Maltese passport (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def pixxispolo() -> list[Case]:
    rng = random.Random(14407)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), players=[L(PLAYER, UID)]))}
    pla, plo = fix(POOL_FIX, 4)
    son = f"{SON['first']} {SON['last']}"
    fee = at_path(case(f, f"{a}/v3/invoices/{FEE_INV}", headers=_h(rng, **b)), FEE_INV, BUY)
    return [
        case(f, f"{a}/v3/accounts", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "address": {"street": L(HOME["line"], ADDR), "postcode": L(HOME["post"], COARSE),
                        "town": L("Valletta", COARSE)}, "marketing": False}),
        case(f, f"{a}/v3/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("381904", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/players", headers=_h(rng, **b), body={
            "firstName": L(SON["first"], NAMEC), "lastName": L(SON["last"], NAMEC),
            "birthDate": L(SON["dob"], BIRTH), "gender": L("male", GENDER),
            "school": "Valletta Primary", "category": "U10", "playerNo": L(PLAYER, UID),
            "guardians": [{"name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL)},
                          {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}]}),
        at_path(multipart(f, f"{a}/v3/players/{PLAYER}/photo", [
            ("photo", "matthew.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA))],
            headers=_h(rng, **b)), PLAYER, UID),
        multipart(f, f"{a}/v3/medicals", [
            ("certificate", "sports_medical.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("findings", None, "application/json", {
                "playerNo": L(PLAYER, UID), "fit": L(True, MED), "asthma": L(True, MED),
                "inhaler": L("salbutamol before training", MED),
                "heightCm": L(134, "health.fitness"),
                "weightKg": L(29.5, "health.fitness"), "validUntil": "2027-01-31"})],
            headers=_h(rng, **b)),
        fee,
        case(f, f"{a}/v3/payments", headers=_h(rng, **b), body={
            "invoice": L(FEE_INV, BUY), "amount": L(95.0, BUY), "currency": "EUR",
            "instalment": "2/3", "paymentMethod": L(opaque(rng, "pm_", 24), PAY),
            "cardLast4": L("4444", PAY)}),
        case(f, f"{a}/v3/kit/orders", fmt="form", headers=_h(rng, **b), body={
            "items[0][sku]": "cap-navy-10", "items[0][name]": L("CAMILLERI", NAMEC),
            "items[1][sku]": "trunks-140", "total": L("38.00", BUY),
            "playerNo": L(PLAYER, UID)}),
        case(f, f"{a}/v3/training/attendance", headers=_h(rng, **b), body={
            "session": obj(rng, "trn"), "pool": POOL["id"], "playerNo": L(PLAYER, UID),
            "parentAt": {"lat": pla, "lng": plo}, "poolAt": [POOL["lat"], POOL["lon"]]}),
        case(f, f"{a}/v3/carpool/offers", headers=_h(rng, **b), body={
            "match": "m_gozo_0314", "seats": 2, "driver": L(HUSBAND[0], NAMEC),
            "driverPhone": L(HUSBAND[1], TEL),
            "from": {"lat": L(round(HOME_AT[0], 3), PRECISE), "lng": L(round(HOME_AT[1], 3),
                                                                        PRECISE)},
            "note": L("We leave from Merkanti Street at 7, ferry at 8:15", f"{TEXT}")}),
        case(f, f"{a}/v3/matches/m_gozo_0314/lineup", headers=_h(rng, **b)),
        case(f, f"{a}/v3/injuries", headers=_h(rng, **b), body={
            "playerNo": L(PLAYER, UID), "part": L("left ear", MED),
            "description": L("Ear pain after Saturday training, GP says otitis externa",
                             f"{TEXT}|{MED}"), "daysOut": L(7, MED)}),
        case(f, f"{a}/v3/messages", headers=_h(rng, **b), body={
            "to": "coach_u10",
            "text": L("Matthew can't train this week, ear infection. Luke will bring him Sat.",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/results", headers=_h(rng, how="none"), cookies={
            "px_session": L(opaque(rng, "", 40), CRED), "px_device": L(INSTALL_ID.upper(), DID),
            "px_player": L(PLAYER, UID)}),
        case(f, f"{a}/v3/tournaments/t_sicily/consent", headers=_h(rng, **b), body={
            "playerNo": L(PLAYER, UID), "childName": L(son, NAMEC),
            "passportNo": L(SON_PASSPORT, NATID), "passportExpiry": "2030-08-01",
            "parentSignature": L(f"{FIRST} {LAST}", NAMEC), "travelBy": "catamaran"}),
        case(f, f"{a}/v3/lottery/tickets", fmt="form", headers=_h(rng, **b), body={
            "qty": "5", "amount": L("10.00", BUY), "buyerPhone": L(E164, TEL)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("fee_paid", 1, amount=L(95.0, BUY)), ev("lineup_viewed", 2),
                ev("screen", 3, screen=L("Carpool", USAGE))]}),
        case(f, f"{a}/v3/schedule", headers=_h(rng, **b), query={
            "player": L(PLAYER, UID), "from": "2026-03-01", "to": "2026-03-31"}),
        case(f, f"{a}/v3/volunteers", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL), "role": "timekeeper",
            "match": "m_home_0321"}),
        case(f, f"{a}/v3/gallery/upload", headers=_h(rng, **b), body={
            "caption": L("Matthew's first goal for the U10s!", f"{TEXT}|{NAMEC}"),
            "photo": L("data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ", MEDIA),
            "match": "m_home_0321"}),
    ]


def pixxispolo_sdks() -> list[Case]:
    rng = random.Random(14408)
    return [
        sl_batch(APP, rng, [("Fee Paid", {"amount": L(95.0, BUY)}),
                            ("Carpool Offered", {"seats": 2})], at=POOL_FIX, nd=2),
        sl_identify(APP, rng, {"town": L("Valletta", COARSE), "players": 1,
                               "player_no": L(PLAYER, UID)}),
        tg_event(APP, rng, "fee_paid", {"invoice": L(FEE_INV, BUY)}, revenue=95.0, currency="EUR"),
        tg_link(APP, rng, U("https://pixxispolo.example.com/invite", {
            "ref": L(PLAYER, UID), "utm_source": "whatsapp"})),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}}),
        bk_notice(APP, rng, "win"),
        pq_register(APP, rng, tags={"team": "u10", "pool": POOL["id"]}, at=POOL_FIX, nd=2),
        cz_card(APP, rng, email=True),
        mg_route(APP, rng, [(HOME_AT, PRECISE), ((36.02250, 14.29990), None)]),
        mg_telemetry(APP, rng, [(35.911722, 14.501512), (35.911804, 14.501401)], PRECISE),
    ]
