"""An apartment building's residents' association app "Sadarbazo" (their Vake block, entrance 2):
joining with the flat's account, an e-mail code, ``/me``, the monthly fee by flat number in the
path, its payment, the lift repair vote, a water-outage report from her flat, a leak photo, the
intercom code changed, a guest pass for her sister, the parking spot, the cleaning rota, the
meter readings (gzip), the neighbours' chat, a complaint about noise, the entrance camera request,
the home Wi-Fi for the smart intercom, the household members, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families151_kit import (
    BUILDING,
    DAUGHTER,
    FLAT,
    HUSBAND,
    SISTER_US,
    TB_HOME,
    TB_HOME_AT,
    fix,
    hd,
    push,
)
from eval_families151_sdk import bf_bid, bf_notice, cd_crash, cd_crumb, mc_batch, tn_launch
from eval_families151_svc import cl_card, cl_confirm, cy_check, fn_eval, hs_message, pt_register
from eval_payloads import BSSID, EMAIL, LOCAL_IP, SSID, USER_ID, Case, J, L, W, case

APP = App("sadarbazo", "Sadarbazo", "com.example.sadarbazo", "1.6.2",
          "https://api.sadarbazo.example.com")
IID = "X-Sadarbazo-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sadarbazo() -> list[Case]:
    rng = random.Random(15161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, flat=L(FLAT, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(TB_HOME_AT, 5)
    fee = at_path(case(f, f"{a}/api/flats/{FLAT}/fees", headers=_h(rng, **b),
                       query={"month": "2026-01"}), FLAT, UID)
    return [
        case(f, f"{a}/api/join", headers=_h(rng), body={
            "flat": L(FLAT, UID), "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED,
            MAIL),
            "phone": L(E164, TEL), "address": L(TB_HOME["line"], ADDR),
            "city": L(TB_HOME["town"], COARSE), "building": BUILDING["id"],
            "entrance": BUILDING["entrance"], "role": "tenant"}),
        case(f, f"{a}/api/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("731905", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        fee,
        case(f, f"{a}/api/payments", fmt="form", headers=_h(rng, **b), body={
            "flat": L(FLAT, UID), "amount": L("35.00", BUY), "currency": "GEL",
            "method": L(opaque(rng, "pm_", 24), PAY), "invoice": L("SB-2026-01-0209", BUY)}),
        case(f, f"{a}/api/votes/lift-repair", headers=_h(rng, **b), body={
            "flat": L(FLAT, UID), "choice": "yes", "share": L(420, BUY)}),
        case(f, f"{a}/api/reports/water", headers=_h(rng, **b), body={
            "flat": L(FLAT, UID), "kind": "no_water", "since": "2026-01-16T07:10",
            "at": {"lat": hla, "lng": hlo}}),
        multipart(f, f"{a}/api/reports/leak", [
            ("photo", "ceiling.jpg", "image/jpeg", L(JPEG + b"\x44", MEDIA)),
            ("meta", None, "application/json", {
                "flat": L(FLAT, UID),
                "text": L("Water from flat 12 above is leaking into our bathroom ceiling", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/intercom/code", fmt="form", headers=_h(rng, **b), body={
            "flat": L(FLAT, UID), "code": L("2609", CRED)}),
        case(f, f"{a}/api/guests", headers=_h(rng, **b), body={
            "name": L(SISTER_US[0], NAMEC), "phone": L(SISTER_US[1], TEL),
            "from": "2026-03-02", "to": "2026-03-16", "flat": L(FLAT, UID)}),
        case(f, f"{a}/api/parking", headers=_h(rng, **b), query={
            "flat": L(FLAT, UID), "plate": "TB-418-KA"}),
        case(f, f"{a}/api/cleaning/rota", headers=_h(rng, **b), query={
            "entrance": BUILDING["entrance"], "month": "2026-02"}),
        case(f, f"{a}/api/meters", gz=True, headers=_h(rng, **b), body={
            "flat": L(FLAT, UID), "readings": [{"meter": "gas_0451", "value": 1822.4},
                                               {"meter": "wat_8821", "value": 311.7}]}),
        case(f, f"{a}/api/chat/messages", headers=_h(rng, **b), body={
            "room": "entrance-2",
            "text": L("Neighbours, who has the key to the roof? Davit needs to fix the antenna.",
                      TEXT)}),
        case(f, f"{a}/api/complaints", headers=_h(rng, **b), body={
            "flat": L(FLAT, UID), "category": "noise",
            "text": L("Loud music after midnight from the 4th floor", TEXT)}),
        case(f, f"{a}/api/camera/request", fmt="form", headers=_h(rng, **b), body={
            "camera": "cam_e2_lobby", "from": "2026-01-17T20:00", "to": "2026-01-17T22:00",
            "reason": L("Our daughter's bicycle was taken from the lobby", TEXT)}),
        case(f, f"{a}/api/intercom/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
            "device": "ic_e2_09"}),
        case(f, f"{a}/api/household", headers=_h(rng, **b), body={
            "flat": L(FLAT, UID), "members": [
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
                {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "birthYear": L(2016, "personal.birthdate")}]}),
        case(f, f"{a}/api/profile/prefs", headers=_h(rng, **b), cookies={
            "sb_sess": L(opaque(rng, "", 40), CRED),
            "sb_prefs": W({"flat": L(FLAT, UID), "lang": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("fee_paid", 1), ev("screen", 2, screen=L("Votes", USAGE))]}),
    ]


def sadarbazo_sdks() -> list[Case]:
    rng = random.Random(15162)
    return [
        mc_batch(APP, rng, [("Fee Paid", {"amount": L(35, BUY)}), ("Vote Cast", {})],
                 at=TB_HOME_AT, nd=2),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="home,repair,tbilisi"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalArgumentException", "vote closed"),
                 [cd_crumb("nav", "Votes -> LiftRepair")], screen="VoteActivity"),
        fn_eval(APP, rng, {"building": BUILDING["id"], "city": L("Tbilisi", COARSE)}, hdr=True),
        pt_register(APP, rng, tags={"entrance": BUILDING["entrance"]}),
        cy_check(APP, rng, {"analytics": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "35.00"),
        hs_message(APP, rng, L("The January fee shows twice for our flat", TEXT),
                   {"flat": L(FLAT, UID)}),
    ]
