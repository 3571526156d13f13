"""Candle and memorial-service app "Lusamom" of an Armenian Apostolic parish in Manhattan (her
religion): sign-up with her parish membership, a log-in, ``/me``, her family's record (husband,
daughter's baptism), candles lit online with intentions, a requiem (hokehangist) for her late
grandfather with his name and dates, the names read at the liturgy, the parish's calendar by
her position, a donation and yearly dues (with a receipt for taxes), a confession booking, the
Sunday-school sign-up for her daughter, a prayer request, a livestream, push, events and the
bulletin by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, PHONE_SHA256, Acc, add, enc, multipart
from eval_families20_kit import LINE1, ZIP, App, ev, opaque, pos
from eval_families24_kit import claims, head, rid
from eval_families127_kit import (
    ADDR,
    BIRTH,
    BUY,
    CHURCH,
    COARSE,
    CRED,
    DAUGHTER,
    DEV,
    DID,
    GRANDFATHER,
    HUSBAND,
    MAIL,
    MEDIA,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    obj,
)
from eval_families127_sdk import ab_event, ab_link, cf_crash, cf_crumb, mc_batch, mc_lines
from eval_families127_svc import cl_message, co_check, nc_register, pg_card, pg_charge, tq_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("church", "Lusamom", "com.example.lusamom", "3.0.4", "https://api.lusamom.example.org")
IID = "X-Lusamom-Install"
PW = "Surb-Sarkis-1991"
PARISH_NO = "SSK-00871"  # her parish membership number (id.user and, by itself, her religion)
REL = f"{TEXT}|{SENS}"  # text stating her faith


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lusamom() -> list[Case]:
    rng = random.Random(12705)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, parishioner=L(PARISH_NO, UID),
                                    church=L(CHURCH["id"], SENS)))}
    acc: Acc = {}
    intent = enc({"for": L(GRANDFATHER, NAMEC), "text": L("For the repose of his soul", REL)},
                 "query", "i", "b64url", acc)
    lat, lon = pos(4, 0.0012, -0.0021)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(PHONE_SHA256, TEL), "parish": L(CHURCH["id"], SENS),
            "denomination": L("Armenian Apostolic", SENS), "baptized": L(True, SENS),
            "baptismalName": L("Mariam", NAMEC)}),
        case(f, f"{a}/v2/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/members/{PARISH_NO}/family", headers=_h(rng, **b), body={
            "spouse": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "children": [{"name": L(DAUGHTER[1], NAMEC), "born": L(DAUGHTER[2], BIRTH),
                          "baptized": L("2017-06-18", SENS)}],
            "address": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v2/candles", headers=_h(rng, **b), body={
            "church": CHURCH["id"], "kind": "large_beeswax", "count": 3,
            "intention": L("For my daughter's health and for peace in Artsakh", REL),
            "amount": L("15.00", BUY), "anonymous": False}),
        add(case(f, f"{a}/v2/candles/live", headers=_h(rng, **b), query={
            "church": CHURCH["id"], "i": intent, "member": L(PARISH_NO, UID)}), acc),
        case(f, f"{a}/v2/requiems", headers=_h(rng, **b), body={
            "deceased": {"name": L(GRANDFATHER, NAMEC), "born": "1931-02-14",
                         "reposed": "2019-11-02", "relation": "grandfather"},
            "service": "hokehangist", "date": "2025-12-21", "liturgy": True,
            "requestedBy": L(NAME, NAMEC), "offering": L("50.00", BUY),
            "note": L("Please also remember my grandmother Siranush", REL)}),
        multipart(f, f"{a}/v2/requiems/{obj(rng, 'rq', 8)}/photo", [
            ("photo", "papik.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("data", None, "application/json", {"caption": L(f"{GRANDFATHER}, 1931-2019",
                                                             f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/liturgy/names", fmt="form", headers=_h(rng, **b), body={
            "names": L(f"{GRANDFATHER}, Siranush Sargsyan", NAMEC), "list": "departed",
            "by": L(PARISH_NO, UID)}),
        case(f, f"{a}/v2/calendar", headers=_h(rng, **b), query={
            "lat": lat, "lon": lon, "radius": "25", "rite": L("armenian", SENS)}),
        case(f, f"{a}/v2/churches/{CHURCH['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/donations", headers=_h(rng, **b), body={
            "fund": "church_roof", "amount": L("250.00", BUY), "recurring": "monthly",
            "taxReceipt": True, "receiptEmail": L(EMAIL, MAIL),
            "address": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v2/dues", fmt="form", headers=_h(rng, **b), body={
            "year": "2026", "amount": L("300.00", BUY), "member": L(PARISH_NO, UID)}),
        case(f, f"{a}/v2/confession", headers=_h(rng, **b), body={
            "priest": CHURCH["priest"], "slot": "2025-12-20T16:30", "lang": "hy",
            "note": L("First confession before Christmas Theophany", REL)}),
        case(f, f"{a}/v2/sunday-school", headers=_h(rng, **b), body={
            "child": {"name": L(DAUGHTER[1], NAMEC), "born": L(DAUGHTER[2], BIRTH),
                      "grade": 3, "allergies": L("peanuts", "health.medical")},
            "parentPhone": L(HUSBAND[1], TEL), "class": "Armenian alphabet & catechism"}),
        case(f, f"{a}/v2/prayers", headers=_h(rng, **b), body={
            "text": L("Please pray for my mother-in-law's surgery in Gyumri",
                      f"{TEXT}|health.medical"), "public": False}),
        case(f, f"{a}/v2/live/{obj(rng, 'stream')}/join", headers=_h(rng, **b), body={
            "quality": "720p", "session": rid(rng), "watchedMin": L(34, USAGE)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "f:", 60), DID), "install": L(INSTALL_ID, DID),
            "locale": L("hy_US", DEV), "feasts": True}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("candle_lit", 1, count=3), ev("requiem_requested", 2),
                ev("screen", 3, screen=L("Requiem", USAGE))]}),
        case(f, f"{a}/v2/bulletin", headers=_h(rng, how="nodash"),
             cookies={"lm_session": L(opaque(rng, "", 40), CRED),
                      "lm_parish": L(CHURCH["id"], SENS)}),
        case(f, f"{a}/v2/feasts", headers={"User-Agent": L(APP.ua, DEV)},
             query={"year": "2026", "calendar": "gregorian"}),
        case(f, f"{a}/v2/books/{obj(rng, 'bk')}", headers=_h(rng, **b), query={
            "lang": L("hy", DEV)}),
    ]


def lusamom_sdks() -> list[Case]:
    rng = random.Random(12706)
    return [
        mc_batch(APP, rng, [("Candle Lit", {"count": 3, "amount": L(15.0, BUY)}),
                            ("Requiem Requested", {"service": L("hokehangist", SENS)})]),
        mc_lines(APP, rng, [("Livestream Joined", {"minutes": 34}),
                            ("Bulletin Opened", {})]),
        ab_event(APP, rng, "donation", {"fund": "church_roof"}, revenue=250.0),
        ab_link(APP, rng, U("https://lusamom.example.org/open", {
            "utm_source": "parish_newsletter", "member": L(PARISH_NO, UID)})),
        cf_crash(APP, rng, ("java.lang.NullPointerException", "candle animation frame"),
                 [cf_crumb("nav", "Church -> Candles"), cf_crumb("ui", "tap light")],
                 screen="CandleActivity"),
        nc_register(APP, rng, tags={"parish": L(CHURCH["id"], SENS), "feasts": "on"}),
        co_check(APP, rng, {"analytics": True, "marketing": False}),
        tq_eval(APP, rng, {"parish": L(CHURCH["id"], SENS), "livestream": True}, hdr=True),
        pg_card(APP, rng, email=True),
        pg_charge(APP, rng, "25000", desc="Donation: church roof fund"),
        cl_message(APP, rng, L("My tax receipt for the roof donation has the wrong amount",
                               TEXT), {"parish": L(CHURCH["id"], SENS)}),
    ]
