"""Offering app "Kgalalelo" of her Zion Christian congregation (the Gaborone West branch; her
religion). Sign-up naming the congregation, a log-in, ``/me``, tithes and thanksgiving offerings,
a pledge, prayer requests, a pilgrimage bus seat, badges and uniform, the family registered, a
funeral contribution, an EFT reference, a deposit-slip photo, sermons, a branch finder, an
offline offering batch (msgpack), giving history by a cookie GET, receipts, push and events."""

from __future__ import annotations

import random

from eval_families17_kit import JPEG, NATIONAL, multipart, push_token
from eval_families20_kit import DOB, FIRST, LAST, ev, opaque
from eval_families24_kit import claims
from eval_families130_kit import (
    ADDR,
    BIRTH,
    BUY,
    CHURCH,
    CHURCH_AT,
    COARSE,
    CRED,
    DEV,
    DID,
    GAB_HOME,
    GENDER,
    HUSBAND,
    KID,
    MAIL,
    MEDIA,
    MEMBER_CH,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    BwApp,
    hd,
    home,
    obj,
)
from eval_families130_sdk import ak_event, fl_crash, fl_crumb, ql_batch, ql_identify
from eval_families130_svc import ae_message, bh_register, cm_save, fm_eval, ps_card, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = BwApp("kgalalelo", "Kgalalelo", "com.example.kgalalelo", "1.8.3",
            "https://api.kgalalelo.example.org")
IID = "X-Kg-Install"
PW = "Naledi-ya-Moria-9"
CONG = "Zion Christian Church, Gaborone West Branch"  # her congregation: her religion


def _h(rng: random.Random, **kw: object) -> dict:
    return hd(APP, rng, iid=IID, **kw)


def kgalalelo() -> list[Case]:
    rng = random.Random(13021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/api/members", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(NATIONAL, TEL), "password": L(PW, CRED), "gender": L("female", GENDER),
            "dateOfBirth": L(DOB, BIRTH), "congregation": L(CONG, SENS),
            "branchId": CHURCH["id"], "memberNumber": L(MEMBER_CH, UID)}),
        case(f, f"{a}/api/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kgalalelo-android"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, member=L(MEMBER_CH, UID), branch=L(CONG, SENS)))})),
        case(f, f"{a}/api/offerings", headers=_h(rng, **b), body={
            "kind": "tithe", "amount": L("450.00", BUY), "currency": "BWP",
            "branchId": CHURCH["id"], "month": "2025-12", "offeringId": obj(rng, "off")}),
        case(f, f"{a}/api/offerings", headers=_h(rng, **b), body={
            "kind": "thanksgiving", "amount": L("200.00", BUY), "currency": "BWP",
            "dedication": L("Thanksgiving for my son's healing", f"{TEXT}|{SENS}"),
            "offeringId": obj(rng, "off")}),
        case(f, f"{a}/api/pledges", fmt="form", headers=_h(rng, **b), body={
            "monthly": L("300.00", BUY), "fund": "building", "start": "2026-01"}),
        case(f, f"{a}/api/prayer-requests", headers=_h(rng, **b), body={
            "text": L("Please pray for my husband Kagiso and our cattle in this drought",
                      f"{TEXT}|{SENS}|{NAMEC}"), "private": True}),
        case(f, f"{a}/api/prayer-requests", headers=_h(rng, **b), body={
            "text": L("Pray for strength, I am starting a new treatment in January",
                      f"{TEXT}|{SENS}|health.medical"), "private": True}),
        case(f, f"{a}/api/pilgrimage/seats", headers=_h(rng, **b), body={
            "event": "easter-2026", "bus": "GW-BUS-3", "seats": 2, "fare": L("380.00", BUY),
            "passengers": [{"name": L(f"{FIRST} {LAST}", NAMEC)},
                           {"name": L(f"{KID['first']} {LAST}", NAMEC)}],
            "pickup": {"name": CHURCH["name"], "lat": CHURCH_AT[0], "lon": CHURCH_AT[1]}}),
        case(f, f"{a}/api/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "BADGE-STAR", "qty": 1}, {"sku": "UNIFORM-W-M", "qty": 1}],
            "total": L("520.00", BUY), "deliver": {"line": L(GAB_HOME["line"], ADDR),
                                                    "city": L("Gaborone", COARSE)},
            "order": opaque(rng, "KG-", 8)}),
        case(f, f"{a}/api/family", headers=_h(rng, **b), body={"members": [
            {"name": L(HUSBAND[0], NAMEC), "relation": "husband", "phone": L(HUSBAND[1], TEL)},
            {"name": L(KID["first"], NAMEC), "relation": "son",
             "dateOfBirth": L(KID["dob"], BIRTH)}]}),
        case(f, f"{a}/api/funeral-fund/contributions", headers=_h(rng, **b), body={
            "deceased": L("Mma Keabetswe Seane", NAMEC), "amount": L("100.00", BUY),
            "note": L("Robala ka kagiso Mma", TEXT)}),
        case(f, f"{a}/api/eft/reference", fmt="form", headers=_h(rng, **b), body={
            "reference": L(MEMBER_CH, UID), "churchAccount": CHURCH["bank"],
            "amount": L("450.00", BUY)}),
        multipart(f, f"{a}/api/eft/proof", [
            ("slip", "deposit_slip.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{BUY}")),
            ("data", None, "application/json", {"reference": L(MEMBER_CH, UID),
                                                "offeringId": obj(rng, "off")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sermons/srm_2291/progress", headers=_h(rng, **b), query={
            "positionSec": "1260", "listenedMin": L("21", USAGE)}),
        case(f, f"{a}/api/branches", headers=_h(rng, **b), query={
            "near": L(f"{home(4)[0].value},{home(4)[1].value}", "location.precise"),
            "radiusKm": "25"}),
        case(f, f"{a}/api/offerings/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MEMBER_CH, UID), "queued": [
                {"kind": "sunday", "amount": L("50.00", BUY), "at": 1765094400},
                {"kind": "sunday", "amount": L("50.00", BUY), "at": 1765699200}]}),
        case(f, f"{a}/api/giving/history", headers=_h(rng, how="upper"),
             query={"year": "2025"}, cookies={"kg_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/api/receipts/rc_5512.pdf", headers=_h(rng, **b), query={
            "member": L(MEMBER_CH, UID)}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_BW", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("offering_made", 1), ev("sermon_played", 2),
                ev("screen", 3, screen=L("Giving", USAGE))]}),
        case(f, f"{a}/api/choir/join", fmt="form", headers=_h(rng, **b), body={
            "voice": "alto", "member": L(MEMBER_CH, UID), "branchId": CHURCH["id"]}),
        case(f, f"{a}/api/announcements", headers=_h(rng, how="nodash", **b), query={
            "branch": CHURCH["id"], "since": "2025-12-01"}),
    ]


def kgalalelo_sdks() -> list[Case]:
    rng = random.Random(13022)
    return [
        ql_batch(APP, rng, [("Offering Completed", {"kind": "tithe", "value": L(450, BUY)}),
                            ("Sermon Played", {"id": "srm_2291"})]),
        ql_identify(APP, rng, {"congregation": L(CONG, SENS), "member_since": 2019}),
        ak_event(APP, rng, "offering", {"kind": "tithe"}, revenue=450.0, hashed=True),
        fl_crash(APP, rng, ("java.lang.NullPointerException", "receipt is null"),
                 [fl_crumb("nav", "Giving -> Receipt")], screen="ReceiptActivity"),
        fm_eval(APP, rng, {"branch": CHURCH["id"], "pilgrimage": True}),
        bh_register(APP, rng, tags={"branch": L("zcc-gaborone-west", SENS), "choir": "no"}),
        cm_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        ps_card(APP, rng, email=True),
        ps_confirm(APP, rng, "45000"),
        ae_message(APP, rng, L("My December tithe went through twice, please refund one", TEXT),
                   {"member": L(MEMBER_CH, UID)}),
    ]
