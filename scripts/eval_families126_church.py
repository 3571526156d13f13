"""Congregational church's choir and offering app "Aulotu" (``aulotu`` congregation) of her
husband's village parish, EFKS Faleasiu (her religion). Unlike set 122's Methodist tithe and
roster app, the giving apps of sets 28-124 and the rehearsal apps of sets 68-101, this one is a
Samoan parish's two public rituals: the weekly ``alofa`` for the pastor and the ``taulaga``
offering, and the annual ``Me`` gift whose givers are read aloud; and the choir's hymn practice.
Registration as a member, a PIN log-in, ``/me`` with a JWT, joining the choir by its code, hymns,
a practice take (M4A), check-in at the church, the week's offering, the pastor's ``alofa``
(form), the ``Me`` gift to be read aloud, her giving by member number in the path, a prayer
request, a choir message, a verse note, White Sunday with her son, a receipt by e-mail, a sermon
search, listening progress, the roster, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families126_kit import CHURCH, FALE, MEMBER_NO, SON, fix, hd, obj
from eval_families126_sdk import ab_launch, ab_link, bm_bid, fr_crash, fr_crumb, mw_batch, mw_pixel
from eval_families126_svc import pc_register, pk_card, pk_confirm, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("aulotu", "Aulotu", "com.example.aulotu", "4.1.2", "https://api.aulotu.example.org")
IID = "X-Aulotu-Device"
PIN = "270611"
CHURCH_FIX = (-13.802791, -171.952133)  # her phone in the church hall (location.precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def aulotu() -> list[Case]:
    rng = random.Random(12621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "birthDate": L(DOB, BIRTH), "gender": L("female", GENDER),
            "denomination": L("Congregational Christian Church (EFKS)", SENS),
            "congregation": L(CHURCH["name"], SENS), "churchId": CHURCH["id"],
            "village": L(FALE["village"], COARSE), "pin": L(PIN, CRED)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "pin": L(PIN, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, member=L(MEMBER_NO, UID), parish=CHURCH["id"]))})),
        case(f, f"{a}/v1/choir/join", headers=_h(rng, **b), body={
            "code": L("AUF-7Q2K", CRED), "part": "alto", "member": L(MEMBER_NO, UID)}),
        case(f, f"{a}/v1/hymns", query={"book": "Pese ma Vii", "from": "120", "to": "160"},
             headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/choir/takes", [
            ("take", "pese_141_alto.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"hymn": 141, "part": "alto", "secs": 188})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), body={
            "service": obj(rng, "svc", 6), "lat": fix(CHURCH_FIX)[0], "lon": fix(CHURCH_FIX)[1],
            "church": {"id": CHURCH["id"], "lat": CHURCH["lat"], "lon": CHURCH["lon"]}}),
        case(f, f"{a}/v1/giving/taulaga", headers=_h(rng, **b), body={
            "member": L(MEMBER_NO, UID), "amount": L("50.00", BUY), "currency": "WST",
            "week": "2025-W50", "method": "card"}),
        case(f, f"{a}/v1/giving/alofa", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER_NO, UID), "amount": L("120.00", BUY), "family": "Aiga Leaupepe",
            "pastor": CHURCH["pastor"]}),
        case(f, f"{a}/v1/giving/me", headers=_h(rng, **b), body={
            "member": L(MEMBER_NO, UID), "amount": L("1000.00", BUY), "readAloud": True,
            "readAs": L(f"{NAME} ma Tavita Leaupepe", NAMEC), "year": 2025}),
        at_path(case(f, f"{a}/v1/giving/history/{MEMBER_NO}", query={"year": "2025"},
                     headers=_h(rng, **b)), MEMBER_NO, UID),
        case(f, f"{a}/v1/prayer", headers=_h(rng, **b), body={
            "text": L("Please pray for my kidneys and the gout in my foot", f"{TEXT}|{MED}"),
            "share": "pastor_only"}),
        case(f, f"{a}/v1/choir/messages", headers=_h(rng, **b), body={
            "section": "alto", "text": L("I will be late to practice, ferry from Savaii", TEXT),
            "client_id": opaque(rng, "", 12)}),
        case(f, f"{a}/v1/notes", headers=_h(rng, **b), body={
            "verse": "Salamo 23:4",
            "note": L("Read this at Uncle Tui's funeral, it gave me strength in the Lord",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/events/aso-sa-tamaiti/rsvp", headers=_h(rng, **b), body={
            "child": L(SON["first"], NAMEC), "age": L(SON["age"], BIRTH), "role": "tauloto",
            "tshirt": "youth M"}),
        case(f, f"{a}/v1/giving/receipt", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "year": "2025"}),
        case(f, f"{a}/v1/sermons", query={"q": L("faamagaloga", SEARCH), "lang": L("sm", DEV)},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/sermons/srm_2291/progress", headers=_h(rng, **b), body={
            "listenedSec": L(1320, USAGE), "done": False}),
        case(f, f"{a}/v1/choir/roster", fmt="form", headers=_h(rng, **b), body={
            "away": "2025-12-21,2025-12-28", "part": "alto"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "os": L("Android 14", DEV), "lang": L("sm", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("offering_given", 1), ev("take_uploaded", 2, hymn=141),
                ev("screen", 3, screen=L("ChoirHome", USAGE))]}),
        case(f, f"{a}/v1/giving", headers=_h(rng, how="upper"),
             cookies={"aulotu_s": L(opaque(rng, "", 36), CRED)}),
    ]


def aulotu_sdks() -> list[Case]:
    rng = random.Random(12622)
    link = U("https://aulotu.example.org/give", {"member": L(MEMBER_NO, UID), "c": "me2025"})
    return [
        mw_batch(APP, rng, [("Offering Given", {"amount": L(50.0, BUY), "kind": "taulaga"}),
                            ("Hymn Played", {"hymn": 141})]),
        mw_pixel(APP, rng, "Sermon Opened", {"sermon": "srm_2291"}),
        ab_launch(APP, rng, n=14),
        ab_link(APP, rng, link),
        bm_bid(APP, rng, {"banner": {"w": 300, "h": 250}},
               keywords=L("church,hymns,gospel", SENS)),
        fr_crash(APP, rng, ("java.lang.IllegalStateException", "MediaRecorder not prepared"),
                 [fr_crumb("nav", "Choir -> Record"), fr_crumb("tap", "record")],
                 screen="RecordActivity"),
        tp_eval(APP, rng, {"choir": True, "parish": CHURCH["id"]}),
        pc_register(APP, rng, tags={"choir": "alto", "parish": CHURCH["id"]}),
        pk_card(APP, rng),
        pk_confirm(APP, rng, "50.00"),
    ]
