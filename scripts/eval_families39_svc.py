"""Service SDKs of the thirty-ninth set, built once and called by every app with its own choices:
feature flags "Flagthorn", push "Pingmallow", consent "Consentrill", payments "Paywillow", maps
"Tilecrest" and support chat "Helpwren" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import (
    CARD2,
    CARD2_CVC,
    CARD2_EXP,
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

FT = "https://flags.flagthorn.example.com"
PM = "https://api.pingmallow.example.net"
CR = "https://consent.consentrill.example.org"
PW = "https://api.paywillow.example.com"
TC = "https://maps.tilecrest.example.com"
HW = "https://widget.helpwren.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ft_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagthorn's evaluation: the user's key is the user ID (the install ID signed out);
    ``get`` sends the user as base64url JSON in the query of a GET (``u``)."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "FlagthornAndroid/3.6.0", "Authorization": "mob-" + app.key("flagthorn")}
    if get:
        acc: Acc = {}
        q = enc(u, "query", "u", "b64url", acc)
        return add(case(f"{app.fam}-flagthorn", f"{FT}/sdk/evalx/users", query={"u": q},
                        headers=h), acc)
    return case(f"{app.fam}-flagthorn", f"{FT}/sdk/evalx/user", body={"user": u}, headers=h)


def pm_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pingmallow's device record (JSON): the FCM token, the SDK's device ID, the device and
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app": app.key("pingmallow"),
                            "deviceId": L(sdk_id(app, "pingmallow"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}, "subscribed": True}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingmallow", f"{PM}/v2/devices", body=body,
                headers={"User-Agent": L("Pingmallow/4.2.1 (Android 14; Pixel 8)", DEV)})


def pm_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the SDK's device ID, the message and campaign IDs."""
    return case(f"{app.fam}-pingmallow", f"{PM}/v2/opens", fmt="form", body={
        "device_id": L(sdk_id(app, "pingmallow"), DID), "message_id": opaque(rng, "msg_", 16),
        "campaign": campaign, "action": "opened", "app": app.key("pingmallow")},
        headers={"User-Agent": L("Pingmallow/4.2.1 (Android 14; Pixel 8)", DEV)})


def cr_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Consentrill's consent record (JSON): the visitor ID (also a plain cookie), the choices,
    a TCF-style string (a negative), country and region from the IP."""
    vid = sdk_id(app, "consentrill")
    body: dict[str, Any] = {"property": app.key("consentrill"), "visitorId": L(vid, DID),
                            "purposes": purposes, "tcString": "CQJx1gAQJx1gAAKA1AENBQFgAAAAAAAAAA",
                            "noticeVersion": 7, "ua": L(app.ua, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)}}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-consentrill", f"{CR}/v1/records", body=body,
                cookies={"cr_uid": L(vid, DID)}, headers={"User-Agent": L(app.ua, DEV)})


def cr_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's banner check (GET): a base64 JSON cookie with the visitor ID."""
    return case(f"{app.fam}-consentrill", f"{CR}/v1/banner",
                query={"property": app.key("consentrill"), "lang": L(lang, DEV)},
                cookies={"cr_state": W({"vid": L(sdk_id(app, "consentrill"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pwh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paywillow-Android/7.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def pw_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP,
            country: str = "US") -> Case:
    """Paywillow's card tokenization (JSON): card data, the holder's name and postal code, the
    SDK's device fingerprint."""
    billing: dict[str, Any] = {"name": L(NAME, NAMEC),
                               "address": {"postal_code": L(zip_, COARSE), "country": country}}
    if email:
        billing["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paywillow", f"{PW}/v2/payment_methods", body={
        "type": "card", "card": {"number": L(CARD2, PAY), "exp_month": L(CARD2_EXP[0], PAY),
                                 "exp_year": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY)},
        "billing_details": billing,
        "device": {"fingerprint": L(sdk_id(app, "paywillow"), DID), "session": rid(rng)}},
        headers=_pwh(rng))


def pw_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the payment method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-paywillow", f"{PW}/v2/payments/{pi}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
        "payment_method": L(opaque(rng, "pm_", 24), PAY), "amount": L(amount, BUY),
        "currency": currency, "device_fingerprint": L(sdk_id(app, "paywillow"), DID)},
        headers=_pwh(rng))


def _tch(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Tilecrest/9.1.0 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def tc_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Place search (GET): the typed text ``q`` (labelled ``cat``) biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "language": L(lang, DEV),
                         "key": "tc_" + app.key("tilecrest")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilecrest", f"{TC}/v1/places/search", query=q, headers=_tch(app))


def tc_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilecrest", f"{TC}/v1/reverse/{seg}",
             query={"types": "address", "key": "tc_" + app.key("tilecrest")}, headers=_tch(app))
    return at_path(c, seg, cat) if cat else c


def tc_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving", extra: dict[str, Any] | None = None) -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilecrest", f"{TC}/v1/directions", body={
        "waypoints": pts, "profile": mode, "alternatives": True, **(extra or {})},
        query={"key": "tc_" + app.key("tilecrest")}, headers=_tch(app))


def tc_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilecrest"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T17:12:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T17:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilecrest", "https://events.tilecrest.example.com/v1/batch",
                query={"key": "tc_" + app.key("tilecrest")}, body=evs, gz=True,
                headers={"User-Agent": "TilecrestTelemetry/9.1.0"})


def hw_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, lang: str = "en") -> Case:
    """A Helpwren message: signed in, the identity JWT the app's server signed rides in
    ``user.jwt`` (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who: dict[str, Any] = {"visitorId": L(sdk_id(app, "helpwren"), DID)}
    if user:
        who["jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                          "name": L(NAME, NAMEC), "iat": 1765301702}, "body", "user.jwt", acc)
    body: dict[str, Any] = {"appId": app.key("helpwren"), "user": who, "message": text,
                            "clientMsgId": rid(rng), "customAttributes": attrs,
                            "device": {"platform": "android", "osVersion": L("14", DEV),
                                       "model": L("Pixel 8", DEV), "language": L(lang, DEV)}}
    return add(case(f"{app.fam}-helpwren", f"{HW}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hw_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "conv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpwren", f"{HW}/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpwren-Visitor": L(sdk_id(app, "helpwren"), DID),
                              "X-Helpwren-Token": L(opaque(rng, "hwt_", 40), CRED)})


__all__ = ["cr_check", "cr_save", "ft_eval", "hw_attach", "hw_message", "pm_opened",
           "pm_register", "pw_card", "pw_confirm", "tc_reverse", "tc_route",
           "tc_search", "tc_telemetry"]
