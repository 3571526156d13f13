"""A Methodist society's harvest and dues app "Wesleyharvest": joining her class (class ticket
number), class dues, the annual harvest pledge and its auction bids, the harvest-day thanksgiving
offering, Sunday attendance with her fix, the Women's Fellowship, a prayer request, the son's
Sunday-school registration, a hymn search (Methodist Hymn Book and Twi ``Ebibindwom``), a
welfare visit for her mother-in-law, statements, a receipt by class ticket in the path, push and
events. Her religion throughout. Harvest in sets 100, 102 and 107 is a crop's; this is a
church's harvest thanksgiving and auction."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families147_kit import (
    CHAPEL,
    CHAPEL_FIX,
    CLASS_TICKET,
    GH_ACCOUNT,
    MOMO,
    MOTHER_IN_LAW,
    SON,
    fix,
    hd,
    push,
)
from eval_families147_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_pixel,
    tn_launch,
)
from eval_families147_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

NID, FIT = "personal.national_id", "health.fitness"

APP = App("wesleyharvest", "Wesleyharvest", "com.example.wesleyharvest", "2.0.4",
          "https://api.wesleyharvest.example.org")
IID = "X-WH-Install"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def wesleyharvest() -> list[Case]:
    rng = random.Random(14741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ticket=L(CLASS_TICKET, UID),
                                    society=L("Wesley Society, Ahodwo", SENS)))}
    cla, clo = fix(CHAPEL_FIX, 4)
    st = at_path(case(f, f"{a}/v1/members/{CLASS_TICKET}/statement", headers=_h(rng, **b),
                      query={"year": "2026"}), CLASS_TICKET, UID)
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "dob": L("17/05/1991", BIRTH), "society": L("Wesley Society, Ahodwo", SENS),
            "circuit": L("Kumasi Wesley Circuit", SENS), "denomination": L("Methodist", SENS),
            "classLeader": "Mr. J. K. Mensah", "baptised": L(True, SENS)}),
        case(f, f"{a}/v1/auth/pin", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "pin": L("1958", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/dues", headers=_h(rng, **b), body={
            "ticket": L(CLASS_TICKET, UID), "quarter": "Q1", "amount": L(60, BUY),
            "fund": L("class dues", SENS), "method": "momo", "wallet": L(MOMO, TEL)}),
        case(f, f"{a}/v1/harvest/pledges", headers=_h(rng, **b), body={
            "ticket": L(CLASS_TICKET, UID), "harvest": "2026", "amount": L(1500, BUY),
            "fund": L("harvest thanksgiving", SENS)}),
        case(f, f"{a}/v1/harvest/auction/items", headers=_h(rng, **b), query={
            "harvest": "2026", "cat": "foodstuff"}),
        case(f, f"{a}/v1/harvest/auction/bids", fmt="form", headers=_h(rng, **b), body={
            "item": "lot_0412", "bid": L("350", BUY), "ticket": L(CLASS_TICKET, UID)}),
        case(f, f"{a}/v1/offerings", headers=_h(rng, **b), body={
            "service": L("Harvest Sunday thanksgiving", SENS), "amount": L(200, BUY),
            "currency": "GHS", "pm": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), body={
            "service": L("Sunday 7am English service", SENS), "at": {"lat": cla, "lng": clo},
            "chapel": {"id": CHAPEL["id"], "lat": CHAPEL["lat"], "lng": CHAPEL["lon"]}}),
        case(f, f"{a}/v1/fellowships/join", headers=_h(rng, **b), body={
            "group": L("Women's Fellowship", SENS), "ticket": L(CLASS_TICKET, UID)}),
        case(f, f"{a}/v1/prayer", headers=_h(rng, **b), body={
            "text": L("Pray for us, Kwabena and I are waiting on God for a second child",
                      f"{TEXT}|{SENS}|{MED}|{NAMEC}"), "private": True}),
        case(f, f"{a}/v1/sundayschool", headers=_h(rng, **b), body={
            "child": {"first": L(SON["first"], NAMEC), "last": L(SON["last"], NAMEC),
                      "dob": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER)},
            "class": L("Junior Sunday School", SENS),
            "allergies": L("groundnuts", MED)}),
        case(f, f"{a}/v1/hymns", headers=_h(rng, **b), query={
            "q": L("Ebibindwom 45 Yesu ne me hwefo", f"{SEARCH}|{SENS}"), "book": "twi"}),
        case(f, f"{a}/v1/welfare", headers=_h(rng, **b), body={
            "for": {"name": L(MOTHER_IN_LAW[0], NAMEC), "phone": L(MOTHER_IN_LAW[1], TEL)},
            "reason": L("My mother-in-law is weak after her stroke", f"{TEXT}|{MED}"),
            "address": L("Hse 7, Bantama High Street", ADDR)}),
        st,
        case(f, f"{a}/v1/receipts/latest", headers=_h(rng, how="none"),
             cookies={"wh_sess": L(opaque(rng, "", 40), CRED), "wh_dev": L(INSTALL_ID, DID)}),
        multipart(f, f"{a}/v1/albums/harvest2026", [
            ("photo", "harvest.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Women's Fellowship at harvest with Kofi",
                             f"{TEXT}|{SENS}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/classmeeting/rsvp", fmt="form", headers=_h(rng, **b), body={
            "ticket": L(CLASS_TICKET, UID), "meeting": "cm_0129", "coming": "yes",
            "class": L("Class 14 (Mr. Mensah)", SENS)}),
        case(f, f"{a}/v1/tithe/card", headers=_h(rng, **b), body={
            "ticket": L(CLASS_TICKET, UID), "fund": L("tithe", SENS), "monthly": L(150, BUY),
            "account": L(GH_ACCOUNT, PAY), "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("pledge_made", 1), ev("bid_placed", 2),
                ev("screen", 3, screen=L("Harvest", USAGE))]}),
        case(f, f"{a}/v1/directory", headers=_h(rng, **b), query={
            "society": CHAPEL["id"], "q": L("Mensah", SEARCH)}),
    ]


def wesleyharvest_sdks() -> list[Case]:
    rng = random.Random(14742)
    return [
        mc_batch(APP, rng, [("Pledge Made", {"amount": L(1500, BUY)}),
                            ("Hymn Opened", {"n": 45})], at=CHAPEL_FIX, nd=2),
        mc_pixel(APP, rng, "harvest_share", {"society": CHAPEL["id"]}),
        tn_launch(APP, rng, user=True, n=6),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "auction poll"),
                 [cd_crumb("net", "GET", {"status": 0})], screen="AuctionActivity"),
        pt_register(APP, rng, tags={"society": L("Wesley Society, Ahodwo", SENS),
                                    "fellowship": L("Women's Fellowship", SENS)},
                    at=CHAPEL_FIX, nd=2),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "200", "ghs"),
        cy_check(APP, rng, {"analytics": True, "ads": False}),
    ]
