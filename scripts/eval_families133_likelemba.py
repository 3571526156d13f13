"""A likelemba (rotating savings group) app "Likelemba" for the market women of Zando: sign-up
with a PIN, a log-in, ``/profile``, KYC with her voter card and a selfie, the group created from
her address book, an invitation typed by hand, the draw order, contributions by mobile money and
their confirmation with her wallet PIN, her payout, group chat (msgpack) and a voice note, a late
member's penalty, a loan from the pot with her husband as guarantor, a meeting at her stall, a
contact match by hashed numbers, reminders, push, telemetry and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    JPEG,
    M4A,
    MEDIA,
    NAMEC,
    PAY,
    PHONE_SHA256,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    sha,
)
from eval_families20_kit import DOB, App, ev, opaque
from eval_families24_kit import claims
from eval_families133_kit import (
    GROUP_LK,
    HUSBAND,
    KIN_HOME,
    MEMBERS,
    MOMO_PIN,
    STALL_AT,
    VOTER,
    fix,
    kin_head,
    obj,
)
from eval_families133_sdk import fl_session, st_event, st_session, tally_batch, tally_queue
from eval_families133_svc import ab_save, ak_register, gw_flags, hc_message, pm_momo
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("likelemba", "Likelemba", "com.example.likelemba", "2.0.7",
          "https://api.likelemba.example.net")
IID = "X-Lk-Device-Id"
PIN = "190517"
NATID = "personal.national_id"
TYPED = ("Bijou Matondo", "+243825550147")  # a neighbour she invites by typing her number


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return kin_head(APP, rng, IID, how, **kw)


def likelemba() -> list[Case]:
    rng = random.Random(13309)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    g = GROUP_LK
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    mla, mlo = fix(STALL_AT, 6)
    contrib = obj(rng, "ctb", 8)
    return [
        case(f, f"{a}/api/v1/users/register", headers=_h(rng), body={
            "full_name": L(NAME, NAMEC), "phone": L(E164, TEL), "pin": L(PIN, CRED),
            "dob": L(DOB, BIRTH), "commune": L(KIN_HOME["commune"], COARSE),
            "occupation": "commerçante", "referral_code": "ZANDO24"}),
        case(f, f"{a}/api/v1/auth/pin", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "pin": L(PIN, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/profile", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/v1/kyc", [
            ("id_front", "carte.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("data", None, "application/json", {"id_type": "carte_electeur",
                                                "id_number": L(VOTER, NATID),
                                                "dob": L(DOB, BIRTH)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/contacts/match", headers=_h(rng, **b), body={
            "me": L(PHONE_SHA256, TEL),
            "hashes": L([sha("sha256", p) for _, p in MEMBERS] + [sha("sha256", HUSBAND[1])],
                        CONTACTS)}),
        case(f, f"{a}/api/v1/groups", headers=_h(rng, **b), body={
            "id": g, "name": "Mamans ya Zando wax", "cycle": "weekly",
            "contribution_cdf": 50000, "seats": 8,
            "members": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p in MEMBERS]}),
        case(f, f"{a}/api/v1/groups/{g}/invite", fmt="form", headers=_h(rng, **b), body={
            "name": L(TYPED[0], NAMEC), "phone": L(TYPED[1], TEL), "via": "sms"}),
        case(f, f"{a}/api/v1/groups/{g}", headers=_h(rng, how="nodash", **b)),
        case(f, f"{a}/api/v1/groups/{g}/draw", headers=_h(rng, **b), body={
            "seed": opaque(rng, "", 16), "order": ["mbr_11", "mbr_07", "mbr_03", "mbr_14"],
            "my_turn": 3}),
        case(f, f"{a}/api/v1/groups/{g}/contributions", headers=_h(rng, **b), body={
            "id": contrib, "round": 5, "amount": L("50000", BUY), "currency": "CDF",
            "wallet": L(E164, f"{TEL}|{PAY}"), "momo_txn": opaque(rng, "MP", 12)}),
        case(f, f"{a}/api/v1/contributions/{contrib}/confirm", fmt="form",
             headers=_h(rng, **b), body={"wallet_pin": L(MOMO_PIN, CRED), "otp": L("3382", CRED)}),
        case(f, f"{a}/api/v1/groups/{g}/payout", headers=_h(rng, **b), body={
            "round": 3, "amount": L("400000", BUY), "currency": "CDF",
            "to_wallet": L(E164, f"{TEL}|{PAY}"), "fee": L("4000", BUY)}),
        case(f, f"{a}/api/v1/groups/{g}/chat", fmt="msgpack", headers=_h(rng, **b), body={
            "msg": obj(rng, "msg"), "from": L(USER_ID, UID),
            "text": L("Bamama, likelemba ya lelo na 16h na étal na ngai", TEXT),
            "ts": 1765404012}),
        multipart(f, f"{a}/api/v1/groups/{g}/chat/voice", [
            ("voice", "note.m4a", "audio/mp4", L(M4A + b"\x53", MEDIA)),
            ("meta", None, "application/json", {"secs": 21, "msg": obj(rng, "msg")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/groups/{g}/penalties", headers=_h(rng, **b), body={
            "member": "mbr_07", "member_name": L(MEMBERS[1][0], NAMEC),
            "amount": "5000", "reason": L("Retard de 2 jours pour la 5e main", TEXT)}),
        case(f, f"{a}/api/v1/groups/{g}/loans", headers=_h(rng, **b), body={
            "amount": L("300000", BUY), "weeks": 6,
            "purpose": L("Acheter 10 ballots de wax avant Noël", TEXT),
            "guarantor": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v1/groups/{g}/meetings/checkin", headers=_h(rng, **b), body={
            "meeting": obj(rng, "mtg", 6), "lat": mla, "lon": mlo, "accuracy_m": 11}),
        case(f, f"{a}/api/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "group": g, "weekday": "5", "hour": "15", "channel": "push"}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "lang": L("ln", DEV), "model": L("Pixel 8", DEV), "rooted": L(False, DEV)}),
        case(f, f"{a}/api/v1/telemetry", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("contribution_paid", 1, round=5), ev("chat_sent", 2),
                ev("screen", 3, screen=L("Groupe", USAGE))]}),
        case(f, f"{a}/api/v1/history", headers=_h(rng, how="none"), query={
            "from": "2025-10-01", "to": "2025-12-12"},
            cookies={"lk_sess": L(opaque(rng, "", 40), CRED), "lk_dev": L(INSTALL_ID, DID),
                     "lk_ab": "b"}),
    ]


def likelemba_sdks() -> list[Case]:
    rng = random.Random(13310)
    return [
        st_session(APP, rng, first=True),
        st_event(APP, rng, "contribution", {"round": 5, "group_size": 8}, revenue=17.5,
                 hashed=True),
        tally_batch(APP, rng, [("Contribution Paid", {"amount": L(50000, BUY)}),
                               ("Chat Sent", {"chars": 48})], at=STALL_AT, nd=2),
        tally_queue(APP, rng, [("App Opened", {"cold": True}),
                               ("Payout Viewed", {"round": 3})]),
        fl_session(APP, rng, secs=410),
        gw_flags(APP, rng, {"kyc": "verified", "groups": 1}),
        ak_register(APP, rng, at=STALL_AT, nd=2, lang="ln", tags={"group": GROUP_LK}),
        ab_save(APP, rng, {"analytics": True, "marketing": False}),
        pm_momo(APP, rng, "50000", reason="likelemba main 5"),
        hc_message(APP, rng, L("Ma cotisation de 50 000 FC est débitée mais pas enregistrée",
                               f"{TEXT}|{BUY}"), {"group": GROUP_LK}),
    ]
