"""Service SDKs of the fifty-seventh set, built once and called by every app with its own
choices: feature flags "Switchfern", push "Beaconmoss", consent "Okayvane", payments
"Tenderloft" (cards, US bank accounts, UPI), maps "Chartbarrow" and support chat "Parleyhive"
(fictional vendors, hosts under example.*)."""

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
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SF = "https://sdk.switchfern.example.com"
BM = "https://push.beaconmoss.example.net"
OV = "https://consent.okayvane.example.org"
TL = "https://api.tenderloft.example.com"
CB = "https://api.chartbarrow.example.com"
PH = "https://widget.parleyhive.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sf_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Switchfern's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    usr: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "osVersion": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "SwitchfernAndroidClient/3.4.0",
                         "Authorization": "mob-" + app.key("switchfern")}
    if hdr:
        h["X-Switchfern-User"] = W(usr, "b64json")
        return case(f"{app.fam}-switchfern", f"{SF}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-switchfern", f"{SF}/msdk/evalx/user", body={"user": usr}, headers=h)


def bm_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Beaconmoss's player record (JSON): the FCM token, the SDK's player ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("beaconmoss"),
                            "player_id": L(sdk_id(app, "beaconmoss"), DID),
                            "identifier": L(push_token(rng), DID), "device_type": 1,
                            "language": L(lang, DEV), "timezone_id": L(tz, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "game_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"] = L(round(at[0], nd), _cat(nd))
        body["long"] = L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-beaconmoss", f"{BM}/api/v1/players", body=body,
                headers={"User-Agent": L("Beaconmoss/5.1.2 (Android 14; Pixel 8)", DEV)})


def ov_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Okayvane's consent record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "okayvane")
    body: dict[str, Any] = {"property": app.key("okayvane"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "notice_version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "user_agent": L(app.ua, DEV), "ts": 1765321511020}
    if user:
        body["account_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"ov_receipt": sjwt({"iss": "okayvane", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "ov_receipt", acc)}
    return add(case(f"{app.fam}-okayvane", f"{OV}/v3/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ov_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-okayvane", f"{OV}/v3/status",
                query={"property": app.key("okayvane"), "lang": L(lang, DEV)},
                cookies={"ov_state": W({"vid": L(sdk_id(app, "okayvane"), DID),
                                        "p": purposes, "nv": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tlh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "TenderloftSDK/Android 8.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _tids(app: App) -> dict[str, Any]:
    return {"device_fp": L(sdk_id(app, "tenderloft-d"), DID),
            "muid": sdk_id(app, "tenderloft-s")}


def tl_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Tenderloft's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_tids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tenderloft", f"{TL}/v1/tokens", fmt="form", body=body,
                headers=_tlh(rng))


def tl_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-tenderloft", f"{TL}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_tids(app)},
                headers=_tlh(rng))


def tl_upi(app: App, rng: random.Random, vpa: str, amount: str) -> Case:
    """A UPI collect request (a form): her virtual payment address and the amount."""
    return case(f"{app.fam}-tenderloft", f"{TL}/v1/upi/collect", fmt="form", body={
        "upi[vpa]": L(vpa, PAY), "amount": L(amount, BUY), "currency": "inr",
        "expiry_min": "10", **_tids(app)}, headers=_tlh(rng))


def tl_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts or debits (a form): routing and account numbers."""
    return case(f"{app.fam}-tenderloft", f"{TL}/v1/bank_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_tids(app)}, headers=_tlh(rng))


def _cbh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"ChartbarrowSDK/9.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def cb_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``,
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "cb_" + app.key("chartbarrow")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-chartbarrow", f"{CB}/geocode/v2/search", query=q, headers=_cbh(app))


def cb_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-chartbarrow", f"{CB}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "cb_" + app.key("chartbarrow")}, headers=_cbh(app))
    return at_path(c, seg, cat) if cat else c


def cb_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-chartbarrow", f"{CB}/directions/v2", body={
        "waypoints": wps, "profile": mode, "units": "metric", "lang": L("en-US", DEV)},
        query={"key": "cb_" + app.key("chartbarrow")}, headers=_cbh(app))


def cb_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "chartbarrow"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:14:02.330Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(39, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:14:1{i}.000Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-chartbarrow", "https://events.chartbarrow.example.com/v2/events",
                query={"key": "cb_" + app.key("chartbarrow")}, body=evs, gz=True,
                headers={"User-Agent": "ChartbarrowTelemetry/9.0.3"})


def ph_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Parleyhive message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"device_id": L(sdk_id(app, "parleyhive"), DID)}
    if user:
        contact["user_jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765321790},
                                  "body", "contact.user_jwt", acc)
    if email is not None:
        contact["email"] = email
    body: dict[str, Any] = {"app_key": app.key("parleyhive"), "contact": contact, "body": text,
                            "client_msg_id": rid(rng), "custom_attributes": attrs,
                            "platform": {"os": L("Android 14", DEV), "device": L("Pixel 8", DEV),
                                         "app_version": app.ver}}
    return add(case(f"{app.fam}-parleyhive", f"{PH}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ph_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "phc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-parleyhive", f"{PH}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Parleyhive-Device": L(sdk_id(app, "parleyhive"), DID),
                              "X-Parleyhive-Session": L(opaque(rng, "phs_", 40), CRED)})


__all__ = ["bm_register", "cb_geocode", "cb_reverse", "cb_route", "cb_telemetry", "ov_check",
           "ov_save", "ph_attach", "ph_message", "sf_eval", "tl_bank", "tl_card", "tl_confirm",
           "tl_upi"]
