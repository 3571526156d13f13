"""Burial-society contribution app "Lepatolink" (``lepato``, a burial) of a Maseru burial
society (funeral cover pooled by members; unlike set 85's funeral-planning app it is the
society's ledger: monthly contributions, the family on the cover and a claim): joining with her
ID, an SMS log-in, ``/me``, the covered family (husband, daughter, mother-in-law with birth
dates), the beneficiary, a contribution by mobile money and another by card, the statement by
her membership number in the path, arrears (a GET), a claim after her husband's uncle's death
(the death certificate's photo, the cause), the claim's status, the meeting's attendance at the
hall, a loan from the society, a message to the treasurer, push, events and the ledger by a
cookie GET."""

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
    NATIONAL,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families128_kit import (
    CLAIM_REF,
    DAUGHTER,
    HOME,
    HUSBAND,
    MEMBER_BS,
    MOTHER_IN_LAW,
    NID_LS,
    SOCIETY,
    fix,
    obj,
)
from eval_families128_sdk import ab_event, ab_session, bs_bid, bs_win, sk_session, tq_batch
from eval_families128_svc import ak_save, cd_register, ht_message, tqy_card, tqy_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lepatolink", "Lepatolink", "com.example.lepatolink", "1.4.2",
          "https://api.lepatolink.example.com")
IID = "X-Lepato-Install"
UNCLE = "Ntate Sello Mokhethi"  # her husband's late uncle (a person she names: contact.name)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lepatolink() -> list[Case]:
    rng = random.Random(12841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_BS, UID), society=SOCIETY["id"]))}
    hall = fix((-29.318842, 27.529107), 5)
    return [
        case(f, f"{a}/members/join", headers=_h(rng), body={
            "society": SOCIETY["id"], "fullName": L(f"{FIRST} {LAST}", NAMEC),
            "idNumber": L(NID_LS, "personal.national_id"), "dob": L(DOB, BIRTH),
            "mobile": L(E164, TEL), "email": L(EMAIL, MAIL), "address": L(HOME["line"], ADDR),
            "village": L("Ha Thetsane", COARSE), "plan": L("family-gold", BUY),
            "pin": L("6129", CRED)}),
        case(f, f"{a}/auth/sms", fmt="form", headers=_h(rng), body={
            "mobile": L(PHONE_PAREN, TEL), "code": L("830117", CRED)}),
        case(f, f"{a}/members/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/members/me/covered", headers=_h(rng, **b), body={"people": [
            {"name": L(HUSBAND[0], NAMEC), "relation": "spouse", "dob": L("1987-11-30", BIRTH)},
            {"name": L(DAUGHTER[1], NAMEC), "relation": "child", "dob": L(DAUGHTER[2], BIRTH)},
            {"name": L(MOTHER_IN_LAW[0], NAMEC), "relation": "parent-in-law",
             "dob": L(MOTHER_IN_LAW[1], BIRTH)}]}),
        case(f, f"{a}/members/me/beneficiary", fmt="form", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL), "share": "100"}),
        case(f, f"{a}/contributions", headers=_h(rng, **b), body={
            "member": L(MEMBER_BS, UID), "month": "2025-12", "amount": L("150.00", BUY),
            "channel": "mobile_money", "msisdn": L(E164, f"{TEL}|financial.payment"),
            "ref": rid(rng)}),
        at_path(case(f, f"{a}/members/{MEMBER_BS}/statement", headers=_h(rng, **b),
                     query={"year": "2025"}), MEMBER_BS, UID),
        case(f, f"{a}/arrears", query={"member": L(MEMBER_BS, UID), "asOf": "2025-12-10"},
             headers=_h(rng, how="nodash")),
        case(f, f"{a}/claims", headers=_h(rng, **b), body={
            "member": L(MEMBER_BS, UID), "deceased": {
                "name": L(UNCLE, NAMEC), "dateOfDeath": "2025-11-29",
                "cause": L("stroke", MED), "relation": "husband's uncle"},
            "funeral": {"date": "2025-12-06", "village": L("Ha Mokhethi, Berea", COARSE)},
            "payTo": {"bank": "Maloti Commercial Bank",
                      "account": L("9081227744104", "financial.payment")}}),
        multipart(f, f"{a}/claims/{CLAIM_REF}/documents", [
            ("file", "death_certificate.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kind": "death_certificate",
                                                "claim": L(CLAIM_REF, BUY)})],
            headers=_h(rng, **b)),
        at_path(case(f, f"{a}/claims/{CLAIM_REF}", headers=_h(rng, **b)), CLAIM_REF, BUY),
        case(f, f"{a}/meetings/attendance", headers=_h(rng, **b), body={
            "meeting": obj(rng, "mtg", 8), "member": L(MEMBER_BS, UID), "lat": hall[0],
            "lng": hall[1], "hall": "Ha Abia community hall"}),
        case(f, f"{a}/loans", headers=_h(rng, **b), body={
            "member": L(MEMBER_BS, UID), "amount": L("2000.00", BUY), "months": 6,
            "purpose": L("Tombstone for my husband's uncle", TEXT)}),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "to": "treasurer", "text": L(
                "I paid December twice, please move one to January. Jane Doe",
                f"{TEXT}|{NAMEC}"), "client": rid(rng)}),
        case(f, f"{a}/members/me/phone", fmt="form", headers=_h(rng, **b), body={
            "old": L(NATIONAL, TEL), "new": L(E164, TEL)}),
        case(f, f"{a}/society/{SOCIETY['id']}/bank", headers=_h(rng, **b)),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("contribution_paid", 1), ev("claim_started", 2),
                ev("screen", 3, screen=L("Ledger", USAGE))]}),
        case(f, f"{a}/ledger", headers=_h(rng, how="upper"),
             cookies={"ll_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/members/me/cover", query={"plan": "family-gold"},
             headers=_h(rng, **b)),
        case(f, f"{a}/members/me/pin", headers=_h(rng, **b), body={
            "current": L("6129", CRED), "next": L("7402", CRED)}),
        case(f, f"{a}/notices", query={"lang": L("st", DEV), "society": SOCIETY["id"]},
             headers=_h(rng, **b)),
    ]


def lepatolink_sdks() -> list[Case]:
    rng = random.Random(12842)
    return [
        tq_batch(APP, rng, [("Contribution Paid", {"month": "2025-12"}),
                            ("Claim Started", {"docs": 1})]),
        ab_session(APP, rng, first=True),
        ab_session(APP, rng, user=True, n=9),
        ab_event(APP, rng, "contribution", {"plan": "family-gold"}, revenue=150.0,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(-29.3188, 27.5291), nd=4),
        bs_win(APP, rng),
        sk_session(APP, rng, secs=302),
        cd_register(APP, rng, tags={"member": L(MEMBER_BS, UID)}),
        ak_save(APP, rng, {"analytics": True, "ads": True}),
        ht_message(APP, rng, L("How long does a claim take to pay out?", TEXT),
                   {"member": L(MEMBER_BS, UID)}),
        tqy_card(APP, rng),
        tqy_wallet(APP, rng, "150.00", "KBS-00871-2025-12"),
    ]
