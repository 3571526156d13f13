"""Rooftop solar-panel quote app "Rooflumen": she is getting a quote for the Brooklyn house she
has just bought (her place: its street ``contact.address``, its point ``location.precise``). A
lead, a magic-link log-in and its code, ``/me`` with a JWT, the roof's analysis by the house's
point, an electricity bill's photo, roof photos, a quote from an installer (its data and the
panels' serials are negatives), a financing pre-check, accepting with a deposit, the signed
contract (a drawn signature, her IP in the audit trail), the site visit with a gate code, a
referral, the inverter commissioned onto her Wi-Fi, panel telemetry (msgpack), production (gzip,
nothing of hers but the headers), incentives, a ticket, push, events and the monthly summary by
a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import SSN, claims, head
from eval_families25_kit import PNG
from eval_families37_kit import fix, obj
from eval_families84_kit import INSTALLER, INVERTER, PANELS, UTILITY_ACCT, WIFI_PASS
from eval_families84_sdk import ak_session, en_bid, it_event, it_session, kt_batch
from eval_families84_svc import dd_register, eg_eval, mp_reverse, og_card, og_confirm, on_save
from eval_payloads import BSSID, EMAIL, INSTALL_ID, NAME, PUBLIC_IP, SSID, USER_ID, Case, J, L, case

APP = App("rooflumen", "Rooflumen", "com.example.rooflumen", "2.11.0",
          "https://api.rooflumen.example.com")
IID = "X-RL-Device"
HOUSE = {"line1": "612 Argyle Road", "city": "Brooklyn", "state": "NY", "zip": "11230"}
HOUSE_AT = (40.637814, -73.965207)  # her house (location.precise)


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _house() -> dict[str, Any]:
    return {"line1": L(HOUSE["line1"], ADDR), "city": L(HOUSE["city"], COARSE),
            "state": L(HOUSE["state"], COARSE), "zip": L(HOUSE["zip"], COARSE)}


def _installer() -> dict[str, Any]:
    return {k: INSTALLER[k] for k in ("id", "name", "licence", "phone", "email", "rep")}


def rooflumen() -> list[Case]:
    rng = random.Random(8451)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    quote, inst = obj(rng, "qt", 8), obj(rng, "inst", 8)
    hla, hlo = fix(HOUSE_AT)
    return [
        case(f, f"{a}/v2/leads", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(DASHED, TEL),
            "address": _house(), "homeowner": True, "avgMonthlyBill": 142,
            "source": "app_onboarding"}),
        case(f, f"{a}/v2/auth/magic-link", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "redirect": "rooflumen://auth"}),
        case(f, f"{a}/v2/auth/verify", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("552917", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/roof/analysis", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "roofFacets": 3, "azimuthDeg": 187, "pitchDeg": 22,
            "usableM2": 41.5, "shadingPct": 12, "sunHoursYear": 1480}),
        multipart(f, f"{a}/v2/bills", [
            ("bill", "bill_nov.jpg", "image/jpeg", L(JPEG + b"\x8d", MEDIA)),
            ("data", None, "application/json", {
                "utilityAccount": L(UTILITY_ACCT, UID), "tariff": "EL1",
                "kwhByMonth": [612, 580, 498, 455, 520, 701, 842, 810, 640, 530, 560, 605]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/roof/photos", [
            ("south", "roof_south.jpg", "image/jpeg", L(JPEG + b"\x8e", MEDIA)),
            ("attic", "attic.jpg", "image/jpeg", L(JPEG + b"\x8f", MEDIA)),
            ("meta", None, "application/json", {"roofAgeYears": 12, "material": "asphalt"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/quotes", headers=_h(rng, **b), body={
            "id": quote, "installer": _installer(), "systemKw": 7.2, "panels": 18,
            "panelModel": "RLM-410", "inverter": INVERTER["model"], "price": 21400,
            "incentives": 6420, "paybackYears": 8.1,
            "warehouse": {"lat": 40.72301, "lon": -73.95311}}),
        case(f, f"{a}/v2/financing/precheck", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "ssn": L(SSN, NATID), "dob": L("05/17/1991", BIRTH),
            "annualIncome": 118000, "employment": "salaried", "address": _house()}),
        case(f, f"{a}/v2/quotes/{quote}/accept", headers=_h(rng, **b), body={
            "deposit": L("500.00", BUY), "contract": L("RL-CT-250912", BUY),
            "installer": INSTALLER["id"], "financing": "loan_15y"}),
        multipart(f, f"{a}/v2/contracts/RL-CT-250912/sign", [
            ("signature", "signature.png", "image/png", L(PNG + b"\x90", MEDIA)),
            ("audit", None, "application/json", {
                "signedName": L(NAME, NAMEC), "ip": L(PUBLIC_IP, IPLOC),
                "signedAt": "2025-12-10T18:02:11Z", "doc": "sha256:" + opaque(rng, "", 64)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/site-visits", headers=_h(rng, **b), body={
            "installation": inst, "slot": "2025-12-19T09:00", "gateCode": L("4471", CRED),
            "notes": L("Dog in the backyard, ring twice and wait", TEXT),
            "rep": INSTALLER["rep"], "repPhone": INSTALLER["phone"]}),
        case(f, f"{a}/v2/referrals", fmt="form", headers=_h(rng, **b), body={
            "name": L(PEOPLE[3][0], NAMEC), "email": L(PEOPLE[3][2], MAIL),
            "note": "neighbour at 618"}),
        case(f, f"{a}/v2/installations/{inst}/inverter", headers=_h(rng, **b), body={
            "serial": INVERTER["serial"], "model": INVERTER["model"], "ble": INVERTER["ble"],
            "panels": PANELS, "inverterIp": "192.168.1.57",
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "password": L(WIFI_PASS, CRED)}}),
        case(f, f"{a}/v2/installations/{inst}/panels", fmt="msgpack", headers=_h(rng, **b),
             body={"phone": L(INSTALL_ID, DID), "inverter": INVERTER["serial"],
                   "watts": {s: 301 + i * 4 for i, s in enumerate(PANELS)}, "ts": 1765386000}),
        case(f, f"{a}/v2/installations/{inst}/production", gz=True, headers=_h(rng, **b),
             body={"inverter": INVERTER["serial"], "interval": "15m",
                   "kwh": [round(0.12 * i, 2) for i in range(24)]}),
        case(f, f"{a}/v2/incentives/check", fmt="form", headers=_h(rng, **b), body={
            "zip": L(HOUSE["zip"], COARSE), "householdSize": "2", "utility": "metro_electric"}),
        case(f, f"{a}/v2/support/tickets", headers=_h(rng, **b), body={
            "installation": inst, "panel": PANELS[2],
            "text": L("Panel 3 has shown 0 W since Tuesday, after the storm", TEXT)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("quote_viewed", 1), ev("contract_signed", 2),
                ev("screen", 3, screen=L("ProductionChart", USAGE))]}),
        case(f, f"{a}/v2/monitoring/summary", headers=_h(rng, how="plain"),
             query={"period": "month"}, cookies={"rl_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def rooflumen_sdks() -> list[Case]:
    rng = random.Random(8452)
    return [
        kt_batch(APP, rng, [("Quote Viewed", {"kw": 7.2, "price": 21400}),
                            ("Contract Signed", {"deposit": L(500.0, BUY)})]),
        it_session(APP, rng, first=True),
        it_event(APP, rng, "quote_accepted", {"kw": 7.2}, revenue=500.0, hashed=True),
        en_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="solar,home improvement"),
        ak_session(APP, rng, secs=912),
        eg_eval(APP, rng, {"state": L("NY", COARSE), "financing": True}),
        dd_register(APP, rng, tags={"stage": "installed"}),
        on_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        og_card(APP, rng),
        og_confirm(APP, rng, "500.00"),
        mp_reverse(APP, rng, HOUSE_AT, PRECISE, nd=6),
    ]
