"""Fa'alavelave contribution ledger "Tusifaasoa" (``tusi`` book, ``faasoa`` share out): the
family records what each branch gives to a funeral (``maliu``), a wedding or a title bestowal
(``saofai``) — money, fine mats (``ie toga``), pigs and boxes of food — and what is handed out.
Sign-up, an OAuth log-in, ``/me`` with a JWT, the family group with its chief, relatives picked
from her address book, a funeral for her husband's uncle, her branch's contribution and one by
mobile money (msgpack), the ledger by event in the path, a receipt photo, a pledge reminder to a
cousin, a group message, a voice note on the distribution, a search, the year's summary, an
export by e-mail, a budget, an offline sync (gzip), push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims
from eval_families126_kit import FALE, HUSBAND, LOCAL_PHONE, MATAI, RELATIVES, hd, obj
from eval_families126_sdk import ab_event, ab_launch, fr_session, mw_batch, mw_queue
from eval_families126_svc import hl_message, ol_save, pc_register, pk_wallet, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("tusifaasoa", "Tusifaasoa", "com.example.tusifaasoa", "1.8.0",
          "https://api.tusifaasoa.example.org")
IID = "X-Tusi-Device"
PW = "Ietoga#Lelei7"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tusifaasoa() -> list[Case]:
    rng = random.Random(12611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    evt = obj(rng, "fl", 8)
    group = obj(rng, "aiga", 6)
    entries = [{"entry": obj(rng, "le", 8), "event": evt, "branch": br, "tala": amt,
                "ietoga": mats, "puaa": pigs} for br, amt, mats, pigs in
               [("Leaupepe - Faleasiu", 1500, 4, 1), ("Sopoaga - Vaitele", 800, 2, 0),
                ("Leaupepe - Auckland", 2000, 0, 0)]]
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(NATIONAL, TEL), "village": L(FALE["village"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tusi-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, email=L(EMAIL, MAIL), aiga=group))})),
        case(f, f"{a}/v1/aiga", headers=_h(rng, **b), body={
            "name": "Aiga Leaupepe", "matai": L(MATAI, NAMEC), "role": "tausi tusi",
            "spouse": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/aiga/{group}/members", headers=_h(rng, **b), body={
            "from_contacts": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)}
                              for n, p in RELATIVES]}),
        case(f, f"{a}/v1/faalavelave", headers=_h(rng, **b), body={
            "group": group, "type": "maliu", "date": "2025-12-13",
            "deceased": L("Tuiasosopo Leaupepe", NAMEC), "venue": "Safotu, Savai'i",
            "note": L("Uncle Tui passed after a long fight with kidney failure", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/faalavelave/{evt}/sao", headers=_h(rng, **b), body={
            "branch": "Leaupepe - Faleasiu", "by": L(USER_ID, UID), "tala": L(1500, BUY),
            "ietoga": 4, "puaa": 1, "pusa_meaai": 2, "to": L(MATAI, NAMEC)}),
        case(f, f"{a}/v1/faalavelave/{evt}/sao", fmt="msgpack", headers=_h(rng, **b), body={
            "by": L(USER_ID, UID), "tala": L(300, BUY), "via": "mobile_money",
            "wallet": L(LOCAL_PHONE, TEL), "ref": opaque(rng, "mm", 10)}),
        case(f, f"{a}/v1/faalavelave/{evt}/ledger", query={"page": "1"}, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/faalavelave/{evt}/receipts", [
            ("photo", "receipt.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("data", None, "application/json", {"tala": L(1500, BUY), "entry": obj(rng, "le")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pledges/remind", fmt="form", headers=_h(rng, **b), body={
            "to_name": L(RELATIVES[0][0], NAMEC), "to_phone": L(RELATIVES[0][1], TEL),
            "tala": L("800", BUY), "event": evt}),
        case(f, f"{a}/v1/aiga/{group}/messages", headers=_h(rng, **b), body={
            "text": L("Please bring the mats to the fale by Friday night, faafetai", TEXT),
            "client_id": opaque(rng, "", 16)}),
        multipart(f, f"{a}/v1/aiga/{group}/voice", [
            ("audio", "faasoa.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"secs": 41, "event": evt})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/search", query={"q": L("saofai 2024", SEARCH), "group": group},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/summary", query={"year": "2025", "currency": "WST"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/export", fmt="form", headers=_h(rng, **b), body={
            "format": "csv", "email": L(EMAIL, MAIL), "year": "2025"}),
        case(f, f"{a}/v1/budget", headers=_h(rng, **b), body={
            "monthly_limit": 1200, "alert_at": 0.8, "currency": "WST"}),
        case(f, f"{a}/v1/sync", gz=True, headers=_h(rng, **b), body={
            "device": L(INSTALL_ID, DID), "since": 1765000000, "entries": L(entries, BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("SM-A546E", DEV), "locale": L("en_WS", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("contribution_added", 1, items=3), ev("receipt_scanned", 2),
                ev("screen", 3, screen=L("EventLedger", USAGE))]}),
        case(f, f"{a}/v1/faalavelave", headers=_h(rng, how="nodash"),
             cookies={"tusi_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def tusifaasoa_sdks() -> list[Case]:
    rng = random.Random(12612)
    return [
        mw_batch(APP, rng, [("Contribution Added", {"amount": L(1500, BUY), "mats": 4}),
                            ("Ledger Viewed", {})]),
        mw_queue(APP, rng, [("Receipt Scanned", {}), ("Reminder Sent", {"channel": "sms"})]),
        ab_launch(APP, rng, n=9),
        ab_event(APP, rng, "pro_upgrade", {"plan": "aiga_pro"}, revenue=29.0),
        fr_session(APP, rng, secs=611),
        tp_eval(APP, rng, {"groups": 1, "mobileMoney": True}, hdr=True),
        pc_register(APP, rng, tags={"role": "treasurer"}, at=(-13.805142, -171.948731), nd=2),
        ol_save(APP, rng, {"analytics": True, "ads": False}),
        pk_wallet(APP, rng, L(LOCAL_PHONE, TEL), "29.00"),
        hl_message(APP, rng, L("My export e-mail never arrived", TEXT), {"plan": "free"}),
    ]
