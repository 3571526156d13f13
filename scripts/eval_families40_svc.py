"""Service SDKs of the fortieth set, built once and called by every app with its own choices:
feature flags "Flagbirch", push "Pingwillow", consent "Consentmoor", payments "Paycedar", maps
"Mapfernly" and support chat "Chatlinden" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import (
    ACCOUNT,
    CARD2,
    CARD2_CVC,
    CARD2_EXP,
    ROUTING,
    WEBVIEW_UA,
    rid,
    sdk_id,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FB = "https://flags.flagbirch.example.com"
PW = "https://api.pingwillow.example.net"
CM = "https://consent.consentmoor.example.org"
PC = "https://api.paycedar.example.com"
MF = "https://api.mapfernly.example.com"
CL = "https://widget.chatlinden.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fb_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagbirch's evaluation: the targeting key is the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "appVersion": app.ver, "platform": L("android 14", DEV),
                           "deviceModel": L("Pixel 8", DEV), **attrs}
    h: dict[str, Any] = {"User-Agent": "Flagbirch-Kotlin/2.6.0",
                         "Authorization": "Api-Key " + app.key("flagbirch")}
    url = f"{FB}/v3/flags/evaluate"
    if hdr:
        h["X-Flagbirch-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagbirch", url, headers=h)
    return case(f"{app.fam}-flagbirch", url, body={"context": ctx, "flags": []}, headers=h)


def pw_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pingwillow's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pingwillow"),
                            "deviceId": L(sdk_id(app, "pingwillow"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingwillow", f"{PW}/v2/devices", body=body,
                headers={"User-Agent": L("Pingwillow/5.1.0 (Android 14; Pixel 8)", DEV)})


def cm_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Consentmoor's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentmoor")
    body: dict[str, Any] = {"property": app.key("consentmoor"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765390001200}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cm_receipt": sjwt({"iss": "consentmoor", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765300000}, "cookie", "cm_receipt", acc)}
    return add(case(f"{app.fam}-consentmoor", f"{CM}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cm_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentmoor", f"{CM}/v1/status",
                query={"property": app.key("consentmoor"), "hl": L("en", DEV)},
                cookies={"cm_state": W({"vid": L(sdk_id(app, "consentmoor"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pch(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paycedar-Android/3.0.7", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "paycedar-d"), DID),
            "radar[session]": sdk_id(app, "paycedar-s")}


def pc_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paycedar's card token (a form with bracketed keys): card data, holder, ZIP and the SDK's
    device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paycedar", f"{PC}/v1/tokens", fmt="form", body=body,
                headers=_pch(rng))


def pc_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paycedar", f"{PC}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pch(rng))


def pc_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers and the holder."""
    return case(f"{app.fam}-paycedar", f"{PC}/v1/bank_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_pids(app)}, headers=_pch(rng))


def _mfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapfernly/8.4.2 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mf_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "mf_" + app.key("mapfernly")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapfernly", f"{MF}/geocoding/v2/search", query=q, headers=_mfh(app))


def mf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapfernly", f"{MF}/geocoding/v2/reverse/{seg}",
             query={"types": "address", "key": "mf_" + app.key("mapfernly")}, headers=_mfh(app))
    return at_path(c, seg, cat) if cat else c


def mf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapfernly", f"{MF}/directions/v2", body={
        "waypoints": wps, "profile": mode, "units": "metric", "language": L("en-US", DEV)},
        query={"key": "mf_" + app.key("mapfernly")}, headers=_mfh(app))


def mf_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapfernly"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T18:40:02.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T18:41:0{i}.300Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapfernly", "https://events.mapfernly.example.com/events/v2",
                query={"key": "mf_" + app.key("mapfernly")}, body=evs, gz=True,
                headers={"User-Agent": "MapfernlyTelemetry/8.4.2"})


def cl_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Chatlinden message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "chatlinden"), DID)}
    if user:
        contact["identity_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                       "name": L(NAME, NAMEC), "iat": 1765391702},
                                      "body", "contact.identity_jwt", acc)
    body: dict[str, Any] = {"app": app.key("chatlinden"), "contact": contact, "body": text,
                            "local_id": rid(rng), "custom": attrs,
                            "env": {"os": L("Android 14", DEV), "device": L("Pixel 8", DEV),
                                    "app_version": app.ver}}
    return add(case(f"{app.fam}-chatlinden", f"{CL}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cl_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "clc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatlinden", f"{CL}/api/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"local_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatlinden-Contact": L(sdk_id(app, "chatlinden"), DID),
                              "X-Chatlinden-Session": L(opaque(rng, "cls_", 40), CRED)})


__all__ = ["cl_attach", "cl_message", "cm_save", "cm_status", "fb_eval", "mf_geocode",
           "mf_reverse", "mf_route", "mf_telemetry", "pc_bank", "pc_card", "pc_confirm",
           "pw_register"]
