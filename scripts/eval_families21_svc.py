"""Blind set twenty-one, part two: more third-party services the set's apps embed (fictional
vendors; see ``eval_families21.py`` for the rules of this set, its conventions and its calls).

Remote config and flags ("Toggleton"): an evaluation with the targeting context (the user's or the
install's key, e-mail, country, plan) and the SDK's installation token as a bare JWT in a header,
and a feature-event summary. Push ("Notifox"): channel registration (push token, locale, time zone,
tags, the named user as base64) with device headers, and an event upload keyed by the channel ID
header (gzip). Consent ("Choicely"): a status lookup by the consent UUID and a save (TCF/GPP
strings, categories, the resolved region, the User-Agent, the IP kept as proof). Payments
("Checkbay"): a card payment method (JSON, billing details) and the intent's confirmation (form,
client secret). Maps ("Geonook"): autocomplete, forward geocoding of a typed address, reverse
geocoding, routes, static maps and a place search. Purchases ("Subvault"): Play purchase validation
and the customer fetch with the app user ID in the URL path.
"""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    tok,
)
from eval_families20_kit import T0, App, latlng, play_token, pos
from eval_families21_kit import at_path
from eval_payloads import EMAIL, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, case, rnd_hex, rnd_uuid

TG = "https://flags.toggleton.example.com/sdk/v1"
NF = "https://device.notifox.example.net/api/v3"
CH = "https://cmp.choicely.example.org/v1"
CB = "https://api.checkbay.example.com/v2"
GN = "https://api.geonook.example.org"
SV = "https://api.subvault.example.com/v1"
TCF = "CQcK1QAQcK1QAAHABBENCGFgAP_gAEPgAAqIKntV_G__bWlr8X7_fX9"
GPP = "DBABMA~CQcK1QAQcK1QAAHABBENCGFgAAAAAAAAAAYgAAAAAAAA"
USER_B64 = base64.b64encode(USER_ID.encode()).decode()


def tg_eval(app: App, ctx: dict[str, Any], flags: list[str]) -> Case:
    """A flag evaluation: the targeting context and the installation token (a bare JWT)."""
    acc: Acc = {}
    itok = tok({"iss": "toggleton", "sub": L(INSTALL_ID, DID), "app": app.pkg,
                "iat": T0, "exp": T0 + 604800}, "header", "x-tg-installation", acc)
    c = case("toggleton", f"{TG}/evaluate", headers={
        "X-TG-Sdk-Key": app.key("tg"), "X-TG-Installation": itok}, body={
        "context": {"kind": "user", **ctx,
                    "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                               "locale": L("en_US", DEV)},
                    "app": {"version": app.ver, "build": app.ver.replace(".", "")}},
        "flags": flags, "withReasons": False})
    return add(c, acc)


def tg_ctx(*, uid: bool = True, email: bool = False, plan: str = "free") -> dict[str, Any]:
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if uid else L(INSTALL_ID, DID),
                           "anonymous": not uid, "country": L("US", COARSE),
                           "custom": {"plan": plan}}
    if email:
        ctx["email"] = L(EMAIL, MAIL)
    return ctx


def tg_events(app: App, key: Any, flags: list[tuple[str, int]]) -> Case:
    return case("toggleton", f"{TG}/events", headers={"X-TG-Sdk-Key": app.key("tg")}, body={
        "contextKey": key, "startDate": (T0 + 30) * 1000, "endDate": (T0 + 330) * 1000,
        "features": {f: {"variation": v, "count": 3 + v, "version": 12 + v} for f, v in flags}})


def _nf_headers(app: App) -> dict[str, Any]:
    return {"X-NF-App-Key": app.key("nf"), "X-NF-Device-Model": L("Pixel 8", DEV),
            "X-NF-Carrier": L("Example Mobile", CARRIER),
            "X-NF-Lib-Version": "17.8.1", "User-Agent": L(UA, DEV)}


def nf_register(app: App, token: str, tags: list[Any], *, named: bool = True) -> Case:
    ch: dict[str, Any] = {"device_type": "android", "opt_in": True, "background": True,
                          "push_address": L(token, DID),
                          "timezone": L("America/New_York", DEV),
                          "locale_language": L("en", DEV), "locale_country": L("US", DEV),
                          "tags": tags, "set_tags": True,
                          "android": {"delivery_type": "fcm", "app_version": app.ver}}
    if named:
        ch["named_user"] = L(USER_B64, UID)
    return case("notifox", f"{NF}/channels", headers=_nf_headers(app), body={"channel": ch})


def nf_events(app: App, rng: random.Random, chan: str, kinds: list[str]) -> Case:
    evs = [{"type": L(k, USAGE), "event_id": rnd_uuid(rng), "time": f"{T0 + 45 * i}.118",
            "data": {"session_id": rnd_uuid(rng), "connection_type": L("wifi", DEV),
                     "push_id": rnd_uuid(rng) if "push" in k else None}}
           for i, k in enumerate(kinds)]
    return case("notifox", f"{NF}/events", headers={
        **_nf_headers(app), "X-NF-Channel-ID": L(chan, DID)}, body={"events": evs}, gz=True)


def ch_status(app: App, cid: str) -> Case:
    return case("choicely", f"{CH}/consent", query={
        "uuid": L(cid, DID), "site": app.key("ch"), "lang": L("en", DEV), "v": "3"})


def ch_save(app: App, cid: str, accept: bool, *, ua: bool = True, ip: bool = False) -> Case:
    body: dict[str, Any] = {
        "uuid": L(cid, DID), "site": app.key("ch"), "tcString": TCF, "gppString": GPP,
        "categories": {"necessary": True, "analytics": accept, "advertising": accept,
                       "personalisation": accept},
        "geo": {"country": L("US", COARSE), "region": L("NY", COARSE)},
        "action": "accept_all" if accept else "reject_all", "policyVersion": 7,
        "ts": (T0 + 6) * 1000}
    if ua:
        body["userAgent"] = L(UA, DEV)
    if ip:
        body["proof"] = {"ip": L(PUBLIC_IP, IPLOC), "method": "banner"}
    return case("choicely", f"{CH}/consent", body=body)


def cb_card(app: App, rng: random.Random, *, name: bool = True, email: bool = False) -> Case:
    bill: dict[str, Any] = {"address": {"postal_code": L("10118", COARSE),
                                        "country": L("US", COARSE)}}
    if name:
        bill["name"] = L("Jane Doe", NAMEC)
    if email:
        bill["email"] = L(EMAIL, MAIL)
    return case("checkbay", f"{CB}/payment_methods", headers={
        "Authorization": f"Bearer pk_live_{app.key('cb')}", "Checkbay-Version": "2025-09-01"},
        body={"type": "card", "card": {"number": L("4000056655665556", PAY),
                                       "exp_month": L(9, PAY), "exp_year": L(2029, PAY),
                                       "cvc": L("318", PAY)},
              "billing_details": bill, "client_device": L(INSTALL_ID, DID),
              "payment_user_agent": "checkbay-android/22.1.0"})


def cb_confirm(app: App, rng: random.Random) -> Case:
    intent = "pi_" + rnd_hex(rng, 24)
    return case("checkbay", f"{CB}/payment_intents/{intent}/confirm", fmt="form", body={
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY),
        "client_secret": L(f"{intent}_secret_{rnd_hex(rng, 25)}", CRED),
        "return_url": f"{app.fam}://checkbay-return", "key": f"pk_live_{app.key('cb')}"})


def gn_autocomplete(app: App, rng: random.Random, text: str, cat: str, nd: int = 2) -> Case:
    return case("geonook", f"{GN}/v2/autocomplete", query={
        "text": L(text, cat), "focus": latlng(nd), "country": "us", "limit": "6",
        "session": rnd_uuid(rng), "api_key": app.key("gn")})


def gn_geocode(app: App, address: str, cat: str) -> Case:
    return case("geonook", f"{GN}/v2/geocode", query={
        "q": L(address, cat), "country": "us", "api_key": app.key("gn")})


def gn_reverse(app: App, nd: int) -> Case:
    lat, lon = pos(nd)
    return case("geonook", f"{GN}/v2/reverse", query={
        "lat": lat, "lon": lon, "layers": "address,postalcode", "api_key": app.key("gn")})


def gn_route(app: App, dest: tuple[float, float], mode: str, nd: int = 5) -> Case:
    """A route from the user's position to where they are going (both ``location.precise``)."""
    lat, lon = pos(nd)
    return case("geonook", f"{GN}/v1/route", headers={"X-Geonook-Key": app.key("gn")}, body={
        "locations": [{"lat": lat, "lon": lon, "type": "origin"},
                      {"lat": L(dest[0], PRECISE), "lon": L(dest[1], PRECISE),
                       "type": "destination"}],
        "costing": L(mode, USAGE), "units": "miles", "alternates": 1})


def gn_static(app: App, at: tuple[float, float], pin: str) -> Case:
    """A static map of a place the app shows (its own coordinates: a negative)."""
    center = f"{at[0]:.5f},{at[1]:.5f}"
    return case("geonook", f"{GN}/v1/static", query={
        "center": center, "zoom": "15", "size": "600x300@2x", "pins": f"{pin}|{center}",
        "api_key": app.key("gn")})


def gn_search(app: App, term: str, nd: int) -> Case:
    return case("geonook", f"{GN}/v2/search", query={
        "text": L(term, SEARCH), "focus": latlng(nd), "categories": "poi",
        "api_key": app.key("gn")})


def sv_validate(app: App, rng: random.Random, product: str, price: float, *,
                who: str = USER_ID, cat: str = UID) -> Case:
    return case("subvault", f"{SV}/purchases/google", headers={
        "Authorization": f"Bearer sv_pub_{app.key('sv')}", "X-SV-Platform": L("android", DEV)},
        body={"package_name": app.pkg, "product_id": L(product, BUY),
              "purchase_token": L(play_token(rng), BUY),
              "order_id": L(f"GPA.33{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}-"
                            f"{rng.randrange(1000, 9999)}-{rng.randrange(10000, 99999)}", BUY),
              "price_micros": L(round(price * 1e6), BUY), "currency": "USD",
              "app_user_id": L(who, cat), "is_restore": False})


def sv_customer(app: App, who: str = USER_ID, cat: str = UID) -> Case:
    c = case("subvault", f"{SV}/customers/{who}", headers={
        "Authorization": f"Bearer sv_pub_{app.key('sv')}", "X-SV-Platform": L("android", DEV)})
    return at_path(c, who, cat)
