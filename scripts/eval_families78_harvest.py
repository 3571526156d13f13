"""Church-harvest fundraising app "Ikore Harvest" (her Lagos parish's annual harvest): sign-up and
log-in, ``/me``, joining the parish (denomination, society), parishes nearby, the campaign, a
pledge in memory of her mother and its payments, a monthly tithe by bank debit, the harvest
bazaar's auction (lots and a bid), her family's thanksgiving group, a prayer request, a photo of
the procession, a receipt, the livestream heartbeat, a sermon search, ushering, a check-in at
the service, a transfer reference, push, events and her giving history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families78_kit import (
    ACCT_NG,
    HOME_NG,
    HOME_NG_AT,
    MEMBER_CH,
    MOTHER,
    NEPHEW,
    PARISH,
    PLEDGE,
    fix,
    obj,
)
from eval_families78_sdk import ij_session, ky_batch, ky_beacon, op_event, op_link
from eval_families78_svc import ay_eval, if_check, ik_register, om_route, sw_card, sw_charge
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("ikore", "Ikore Harvest", "com.example.ikore", "1.8.3", "https://api.ikore.example.org")
IID = "X-Ikore-Device"
PW = "Psalm65:11!"
CAMPAIGN = "hv_2025_sjs"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return head(APP, rng, iid=IID, **kw)


def ikore() -> list[Case]:
    rng = random.Random(7831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_CH, UID), name=L(NAME, NAMEC)))}
    cla, clo = fix((6.496921, 3.357093), 5)  # her phone in the church hall
    lots = [obj(rng, "lot", 6) for _ in range(3)]
    return [
        case(f, f"{a}/api/register", fmt="form", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/login", headers=_h(rng), body={
            "email": L("Jane.Doe@Example.org", MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/parishes/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_NG_AT[0]:.4f}", PRECISE), "lng": L(f"{HOME_NG_AT[1]:.4f}", PRECISE),
            "km": "5"}),
        case(f, f"{a}/api/membership", headers=_h(rng, **b), body={
            "parish": PARISH["id"], "parishName": L(PARISH["name"], SENS),
            "denomination": L("Anglican", SENS), "memberNo": L(MEMBER_CH, UID),
            "society": L("Women's Guild", SENS), "since": "2025-02"}),
        case(f, f"{a}/api/campaigns/{CAMPAIGN}", headers=_h(rng, **b)),
        case(f, f"{a}/api/pledges", headers=_h(rng, **b), body={
            "campaign": CAMPAIGN, "ref": L(PLEDGE, BUY), "amount": L(250000, BUY),
            "currency": "NGN", "instalments": 3, "anonymous": False,
            "dedication": L(f"In loving memory of {MOTHER}", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/pledges/{PLEDGE}/payments", fmt="form", headers=_h(rng, **b), body={
            "amount": L("85000", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "member": L(MEMBER_CH, UID)}),
        case(f, f"{a}/api/giving/recurring", headers=_h(rng, **b), body={
            "fund": L("tithe", SENS), "amount": L("40000", BUY), "every": "month",
            "debitAccount": L(ACCT_NG, PAY), "bankCode": "901", "startOn": "2026-01-01"}),
        case(f, f"{a}/api/bazaar/lots", query={"campaign": CAMPAIGN, "sort": "ending"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/bazaar/lots/{lots[1]}/bids", headers=_h(rng, **b), body={
            "amount": L(65000, BUY), "bidder": L(USER_ID, UID), "maxAuto": L(80000, BUY),
            "lotTitle": "Ram (donated by the Youth Fellowship)", "bidId": obj(rng, "bid", 8)}),
        case(f, f"{a}/api/thanksgiving/groups", headers=_h(rng, **b), body={
            "title": "Doe & Adeyemi family", "lead": L(USER_ID, UID),
            "members": [L("Alex Doe", NAMEC), L("Yetunde Adeyemi", NAMEC),
                        L(f"{NEPHEW['first']} {NEPHEW['last']}", NAMEC)],
            "slot": "second_offering"}),
        case(f, f"{a}/api/prayer-requests", headers=_h(rng, **b), body={
            "text": L("Thanksgiving for my kidney graft, two years strong. Pray for my "
                      "nephew's results.", f"{TEXT}|{MED}"),
            "share": "clergy_only", "from": L(FIRST, NAMEC)}),
        multipart(f, f"{a}/api/gallery", [
            ("photo", "procession.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"campaign": CAMPAIGN,
                                                "caption": L("Harvest procession, our row of "
                                                             "yams!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/receipts", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL.upper(), MAIL), "nameOnReceipt": L(NAME, NAMEC), "year": "2025"}),
        case(f, f"{a}/api/live/heartbeat", headers=_h(rng, **b), query={
            "stream": "svc_20251207", "session": opaque(rng, "", 16),
            "watched": L("1260", USAGE), "q": "480p"}),
        case(f, f"{a}/api/sermons/search", headers=_h(rng, **b), query={
            "q": L("sowing and reaping harvest", SEARCH), "page": "1"}),
        case(f, f"{a}/api/volunteers", fmt="form", headers=_h(rng, **b), body={
            "ministry": "ushering", "phone": L(PHONE, TEL),
            "available": "2025-12-14"}),
        case(f, f"{a}/api/events/checkin", headers=_h(rng, **b), body={
            "event": "ev_harvest_thx", "member": L(MEMBER_CH, UID),
            "at": {"lat": cla, "lng": clo, "acc": 14},
            "venue": {"lat": PARISH["lat"], "lng": PARISH["lon"]}}),
        case(f, f"{a}/api/transfers/reference", fmt="form", headers=_h(rng, **b), body={
            "accountName": L("JANE DOE", NAMEC), "fromAccount": L(ACCT_NG, PAY),
            "amount": L("85000", BUY),
            "narration": L("Harvest 2025 Jane Doe family", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/api/track", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pledge_made", 1), ev("bid_placed", 2, lot=lots[1]),
                ev("screen", 3, screen=L("Bazaar", USAGE))]}),
        case(f, f"{a}/api/giving/history", query={"year": "2025"}, headers=_h(rng, how="none"),
             cookies={"ikore_sess": L(opaque(rng, "", 40), CRED),
                      "ikore_member": L(MEMBER_CH, UID)}),
    ]


def ikore_sdks() -> list[Case]:
    rng = random.Random(7832)
    link = U("https://ikore.example.org/c/hv_2025_sjs", {
        "member": L(MEMBER_CH, UID), "utm_source": "whatsapp", "utm_campaign": "harvest25"})
    return [
        ky_batch(APP, rng, [("Pledge Made", {"amount": L(250000, BUY)}),
                            ("Bid Placed", {"lot": "lot_8812aa"})], at=HOME_NG_AT, nd=2),
        ky_beacon(APP, rng, "Campaign Viewed", {"campaign": CAMPAIGN}),
        op_event(APP, rng, "pledge", {"campaign": CAMPAIGN}, revenue=250000.0, hashed=True),
        op_link(APP, rng, link),
        ij_session(APP, rng, secs=1840),
        ay_eval(APP, rng, {"parish": PARISH["id"], "city": L(HOME_NG["city"], COARSE)},
                hdr=True),
        ik_register(APP, rng, at=HOME_NG_AT, nd=2, tags={"society": L("womens_guild", SENS)}),
        if_check(APP, rng, {"analytics": True, "marketing": False}),
        sw_card(APP, rng),
        sw_charge(APP, rng, "85000.00"),
        om_route(APP, rng, [(HOME_NG_AT, PRECISE), ((PARISH["lat"], PARISH["lon"]), None)]),
    ]
