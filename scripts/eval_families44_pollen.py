"""Allergy and pollen tracker with adrenaline auto-injector reminders "Pollenpal": sign-in with
a Google ID token, ``/me``, her allergy profile, her auto-injectors and their smart case, a
left-behind alert (protobuf with the phone's fix), the pollen forecast by a rounded position and
the count at her point (in the path), a symptom diary with peak flow, a reaction with the
injector used, an SOS to her contacts, emergency contacts, her allergist, an action plan (PDF),
reminders, a menu photo, a product check against her allergens, alert thresholds, a Play
subscription, a refill at her pharmacy, push, events and the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import F32, pb, raw
from eval_families17_kit import (
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
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import FIRST, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families23_kit import MEMBER_ID, RX
from eval_families24_kit import claims, head
from eval_families27_kit import PDF
from eval_families44_kit import ALLERGIES, ALLERGIST, CASE, INJECTOR, STATION, fix, pollen
from eval_families44_sdk import bs_bid, bs_win, cf_session, lr_session, tb_identify, tb_track
from eval_families44_svc import mc_route, oq_save, pb_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, W, case

APP = App("pollenpal", "Pollenpal", "com.example.pollenpal", "3.6.0",
          "https://api.pollenpal.example.com")
IID = "X-Pollenpal-Device"
TM = f"{TEXT}|{MED}"
GOOGLE_SUB = "108447120938815524471"  # her Google account's subject (id.user)
PARK_FIX = (40.753182, -73.983417)  # her fix in Bryant Park where the case was left behind
CAFE_FIX = (40.744219, -73.989872)  # her fix at the café where the reaction started
ER_AT = (40.73925, -73.97627)  # the hospital's emergency entrance (a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def pollenpal() -> list[Case]:
    rng = random.Random(4471)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "pollenpal-android",
               "iat": 1765390000}, "body", "idToken", acc)
    lab: dict[str, str] = {}
    left = pb([(1, L(USER_ID, UID)), (2, CASE["serial"]), (3, F32(21.4)), (4, 83),
               (5, [(1, L(PARK_FIX[0], PRECISE)), (2, L(PARK_FIX[1], PRECISE))]),
               (6, 1765394410)], "", lab)
    cla, clo = fix(CAFE_FIX)
    seg = f"{LAT:.4f},{LON:.4f}"
    return [
        add(case(f, f"{a}/v2/auth/google", headers=_h(rng), body={
            "idToken": idt, "nonce": opaque(rng, "", 16), "device": L(INSTALL_ID, DID)}), acc),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/me/profile", headers=_h(rng, **b), body={
            "name": L(FIRST, NAMEC), "birthYear": L(1991, BIRTH), "zip": L(ZIP, COARSE),
            "allergies": [L(x, MED) for x in ALLERGIES], "asthma": L(True, MED),
            "severity": {"peanut": L("anaphylaxis", MED), "birch pollen": L("moderate", MED)}}),
        case(f, f"{a}/v2/injectors", headers=_h(rng, **b), body={
            "drug": L(INJECTOR["drug"], MED), "dose": L(INJECTOR["dose"], MED),
            "lot": INJECTOR["lot"], "expires": INJECTOR["expires"], "count": 2,
            "case": {"serial": CASE["serial"], "ble": CASE["ble"], "fw": CASE["fw"]}}),
        raw(f, f"{a}/v2/case/left-behind", left, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pollen/forecast", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "days": "3",
            "types": "birch,grass"}),
        at_path(case(f, f"{a}/v2/pollen/point/{seg}", headers=_h(rng, **b),
                     query={"station": STATION["id"]}), seg, PRECISE),
        case(f, f"{a}/v2/diary", headers=_h(rng, **b), body={
            "date": "2025-12-10", "sneezing": L(3, MED), "itchyEyes": L(4, MED),
            "wheeze": L(2, MED), "peakFlow": L(410, MED),
            "meds": [L("cetirizine 10 mg", MED), L("budesonide inhaler", MED)],
            "outdoorsMin": 90, "counts": pollen(rng),
            "note": L("Eyes streaming after the run along the river, inhaler twice", TM)}),
        case(f, f"{a}/v2/reactions", headers=_h(rng, **b), body={
            "trigger": L("peanut", MED), "symptoms": [L("hives", MED), L("throat tightness", MED),
                                                      L("vomiting", MED)],
            "injectorUsed": L(True, MED), "erVisit": L(True, MED),
            "lat": cla, "lon": clo, "place": "Ferry Street Cafe", "startedAt": "13:41"}),
        case(f, f"{a}/v2/sos", headers=_h(rng, **b), body={
            "to": [L(PEOPLE[0][1], TEL), L(PEOPLE[3][1], TEL)], "lat": cla, "lon": clo,
            "message": L(f"{FIRST} is having an allergic reaction and used her EpiPen. "
                         "This is her location.", f"{TM}|{NAMEC}"), "eta": None}),
        case(f, f"{a}/v2/me/emergency-contacts", headers=_h(rng, **b), body={"contacts": [
            {"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
             "relation": "partner"},
            {"name": L(PEOPLE[3][0], NAMEC), "phone": L(PEOPLE[3][1], TEL),
             "relation": "coworker"}]}),
        case(f, f"{a}/v2/me/allergist", fmt="form", headers=_h(rng, **b), body={
            "name": L(ALLERGIST[0], NAMEC), "phone": L(ALLERGIST[1], TEL), "shareReports": "1"}),
        multipart(f, f"{a}/v2/me/action-plan", [
            ("plan", "anaphylaxis_plan.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"signedBy": L(ALLERGIST[0], NAMEC),
                                                "date": "2025-09-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reminders", headers=_h(rng, **b), body={"items": [
            {"kind": "expiry", "due": INJECTOR["expires"], "daysBefore": 30},
            {"kind": "dose", "what": L("cetirizine 10 mg", MED), "time": "08:00"}]}),
        multipart(f, f"{a}/v2/menu/scan", [
            ("photo", "menu.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("ctx", None, "application/json", {"lang": L("en", DEV), "dishes": 14})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/products/check", headers=_h(rng, **b), query={
            "ean": "0041570054161", "avoid": L("peanut,tree_nut", MED)}),
        case(f, f"{a}/v2/settings/alerts", headers=_h(rng, **b), body={
            "birch": 80, "grass": 30, "quietHours": ["22:00", "07:00"], "units": "grains_m3"}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "product": L("pollenpal_plus_year", BUY), "price": L("24.99", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/refills", headers=_h(rng, **b), body={
            "pharmacy": "ph_2207", "rx": L(RX[0], MED), "memberId": L(MEMBER_ID, MED),
            "item": L("epinephrine auto-injector 0.3 mg 2-pack", MED), "copay": L("35.00", BUY),
            "pickup": True}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV), "phone": L(E164, TEL),
            "capabilities": W({"nfc": True, "ble": "5.3", "locale": L("en_US", DEV)}, "json")}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("forecast_viewed", 1), ev("diary_saved", 2),
                ev("screen", 3, screen=L("Injectors", USAGE))]}),
        case(f, f"{a}/v2/history", headers=_h(rng, how="nodash"), query={"days": "30"},
             cookies={"pp_session": L(opaque(rng, "", 40), CRED)}),
    ]


def pollenpal_sdks() -> list[Case]:
    rng = random.Random(4472)
    return [
        tb_track(APP, rng, [("Forecast Viewed", {"birch": "high"}),
                            ("Reaction Logged", {"trigger": L("peanut", MED),
                                                 "injector": L(True, MED)})], at=(LAT, LON), nd=2),
        tb_identify(APP, rng, {"allergies": L("birch,grass,peanut", MED),
                               "asthma": L(True, MED), "zip": L(ZIP, COARSE)}),
        lr_session(APP, rng, first=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3,
               keywords=L("allergy,antihistamine,asthma", MED)),
        bs_win(APP, rng, "0.58"),
        cf_session(APP, rng),
        pb_register(APP, rng, at=(LAT, LON), nd=2,
                    tags={"allergens": L("birch,grass", MED), "plus": True}),
        oq_save(APP, rng, {"analytics": True, "ads": True}),
        mc_route(APP, rng, [(CAFE_FIX, PRECISE), (ER_AT, None)], profile="driving"),
    ]
