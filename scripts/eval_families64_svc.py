"""Service SDKs of the sixty-fourth set, built once and called by every app with its own
choices: feature flags "Togglewisp", push "Pushcove", consent "Consentwell", payments
"Paywicket", maps "Atlasbrook" and support chat "Helpthistle" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
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

TG = "https://sdk.togglewisp.example.com"
PC = "https://api.pushcove.example.net"
CW = "https://consent.consentwell.example.org"
PW = "https://api.paywicket.example.com"
AB = "https://api.atlasbrook.example.com"
HT = "https://api.helpthistle.example.net"
NY = "America/New_York"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tg_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Togglewisp's evaluation: the user's key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "TogglewispAndroid/3.4.0",
                         "Authorization": "client-" + app.key("togglewisp")}
    if hdr:
        h["X-Togglewisp-User"] = W(u, "b64json")
        return case(f"{app.fam}-togglewisp", f"{TG}/v1/flags", headers=h)
    return case(f"{app.fam}-togglewisp", f"{TG}/v1/evaluate", headers=h,
                body={"user": u, "flags": ["new_checkout", "dark_mode", "promo_banner"]})


def pc_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = NY, locale: str = "en_US") -> Case:
    """Pushcove's installation (JSON, camelCase): the FCM token, the SDK's installation ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pushcove"),
                            "installationId": L(sdk_id(app, "pushcove"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "locale": L(locale, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "notificationsEnabled": True, "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                            "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pushcove", f"{PC}/v2/installations", body=body,
                headers={"User-Agent": L("Pushcove-Android/5.2.1 (Android 14; Pixel 8)", DEV)})


def pc_open(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (GET): the installation ID labelled, message and campaign not."""
    return case(f"{app.fam}-pushcove", f"{PC}/v2/opened", query={
        "i": L(sdk_id(app, "pushcove"), DID), "m": opaque(rng, "msg_", 16), "c": campaign,
        "t": "1765321802"}, headers={"User-Agent": "Pushcove-Android/5.2.1"})


def cw_save(app: App, rng: random.Random, decisions: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Consentwell's record (its visitor ID the device's; country and subdivision from the IP),
    with the visitor cookie."""
    vid = sdk_id(app, "consentwell")
    body: dict[str, Any] = {"property": app.key("consentwell"), "visitorId": L(vid, DID),
                            "decisions": decisions, "policyVersion": 7,
                            "geo": {"country": L(country, COARSE),
                                    "subdivision": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "recordedAt": 1765321633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    return case(f"{app.fam}-consentwell", f"{CW}/v1/records", body=body,
                cookies={"cw_vid": L(vid, DID)}, headers={"User-Agent": L(app.ua, DEV)})


def cw_check(app: App, rng: random.Random, decisions: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and decisions."""
    return case(f"{app.fam}-consentwell", f"{CW}/v1/status",
                query={"property": app.key("consentwell"), "lang": L("en", DEV)},
                cookies={"cw_consent": W({"vid": L(sdk_id(app, "consentwell"), DID),
                                          "d": decisions, "pv": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pwh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paywicket-Android/7.0.3", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def pw_card(app: App, rng: random.Random, *, email: bool = False,
            postal: L | None = None) -> Case:
    """Paywicket's card payment method (JSON): card data, the holder, the postal code and the
    SDK's device fingerprint."""
    bill: dict[str, Any] = {"name": L(NAME, NAMEC),
                            "address": {"postal_code": postal or L(ZIP, COARSE)}}
    if email:
        bill["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paywicket", f"{PW}/v1/payment_methods", headers=_pwh(rng), body={
        "type": "card", "card": {"number": L(CARD2, PAY), "exp_month": L(CARD2_EXP[0], PAY),
                                 "exp_year": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY)},
        "billing_details": bill, "device_fp": L(sdk_id(app, "paywicket"), DID)})


def pw_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paywicket", f"{PW}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency,
                      "device_fp": L(sdk_id(app, "paywicket"), DID)}, headers=_pwh(rng))


def pw_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for debits (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paywicket", f"{PW}/v1/payment_methods", fmt="form", body={
        "type": "us_bank_account", "us_bank_account[routing_number]": L(ROUTING, PAY),
        "us_bank_account[account_number]": L(ACCOUNT, PAY),
        "us_bank_account[account_holder_type]": "individual",
        "billing_details[name]": L(NAME, NAMEC),
        "device_fp": L(sdk_id(app, "paywicket"), DID)}, headers=_pwh(rng))


def _abh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"AtlasbrookSDK/9.1.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def ab_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    as ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "ab_" + app.key("atlasbrook")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-atlasbrook", f"{AB}/geocode/v2/search", query=q, headers=_abh(app))


def ab_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-atlasbrook", f"{AB}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "ab_" + app.key("atlasbrook")}, headers=_abh(app))
    return at_path(c, seg, cat) if cat else c


def ab_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-atlasbrook", f"{AB}/directions/v2/route", body={
        "waypoints": wps, "profile": mode, "alternatives": False, "units": "metric",
        "language": L("en-US", DEV)}, query={"key": "ab_" + app.key("atlasbrook")},
        headers=_abh(app))


def ab_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "atlasbrook"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-atlasbrook", "https://events.atlasbrook.example.com/v1/t",
                query={"key": "ab_" + app.key("atlasbrook")}, body=evs, gz=True,
                headers={"User-Agent": "AtlasbrookTelemetry/9.1.0"})


def ht_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Helpthistle message: signed in, the identity token the app's server signed rides in a
    request header (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Helpthistle-App": app.key("helpthistle")}
    if user:
        h["X-Helpthistle-Identity"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                           "name": L(NAME, NAMEC), "iat": 1765321702},
                                          "header", "x-helpthistle-identity", acc)
    conv = opaque(rng, "cv_", 12)
    body = {"body": text, "author": {"type": "user",
                                     "deviceId": L(sdk_id(app, "helpthistle"), DID)},
            "customAttributes": attrs, "clientRef": rid(rng),
            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-helpthistle", f"{HT}/v1/conversations/{conv}/messages",
                    body=body, headers=h), acc)


def ht_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = opaque(rng, "cv_", 12)
    return multipart(f"{app.fam}-helpthistle", f"{HT}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientRef": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpthistle-Device": L(sdk_id(app, "helpthistle"), DID),
                              "X-Helpthistle-Session": L(opaque(rng, "hts_", 40), CRED)})


__all__ = ["ab_geocode", "ab_reverse", "ab_route", "ab_telemetry", "cw_check", "cw_save",
           "ht_attach", "ht_message", "pc_open", "pc_register", "pw_bank", "pw_card",
           "pw_confirm", "tg_eval"]
