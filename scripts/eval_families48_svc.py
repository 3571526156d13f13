"""Service SDKs of the forty-eighth set, built once and called by every app with its own
choices: feature flags "Togglewren", push "Pingthistle", consent "Choicefern", payments
"Paybriar", maps "Mapsorrel" and support chat "Helpbramble" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
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

TG = "https://sdk.togglewren.example.com"
PT = "https://api.pingthistle.example.net"
CF = "https://consent.choicefern.example.org"
PY = "https://api.paybriar.example.com"
MS = "https://api.mapsorrel.example.com"
HB = "https://widget.helpbramble.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tg_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Togglewren's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "TogglewrenAndroid/3.4.1",
                         "Authorization": "mob-" + app.key("togglewren")}
    if hdr:
        h["X-Togglewren-User"] = W(u, "b64json")
        return case(f"{app.fam}-togglewren", f"{TG}/msdk/v3/flags", headers=h)
    return case(f"{app.fam}-togglewren", f"{TG}/msdk/v3/evaluate", body={"user": u},
                headers=h)


def pt_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pingthistle's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingthistle"),
                            "deviceId": L(sdk_id(app, "pingthistle"), DID),
                            "pushToken": L(push_token(rng), DID), "type": "android",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingthistle", f"{PT}/v2/subscriptions", body=body,
                headers={"User-Agent": L("Pingthistle-Android/5.1.2 (Android 14; Pixel 8)",
                                         DEV)})


def pt_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the campaign and message IDs are negatives."""
    return case(f"{app.fam}-pingthistle", f"{PT}/v2/opens", fmt="form", body={
        "appId": app.key("pingthistle"), "deviceId": L(sdk_id(app, "pingthistle"), DID),
        "messageId": opaque(rng, "msg_", 16), "campaign": campaign,
        "action": L("opened", USAGE)}, headers={"User-Agent": "Pingthistle-Android/5.1.2"})


def cf_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Choicefern's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "choicefern")
    body: dict[str, Any] = {"property": app.key("choicefern"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "collectedAt": 1765315633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cf_receipt": sjwt({"iss": "choicefern", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "cf_receipt", acc)}
    return add(case(f"{app.fam}-choicefern", f"{CF}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cf_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-choicefern", f"{CF}/v1/status",
                query={"property": app.key("choicefern"), "lang": L("en", DEV)},
                cookies={"cf_state": W({"vid": L(sdk_id(app, "choicefern"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pyh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paybriar-Android/7.0.3", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pb_pub_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device_id]": L(sdk_id(app, "paybriar-d"), DID),
            "radar[session]": sdk_id(app, "paybriar-s")}


def py_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paybriar's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paybriar", f"{PY}/v1/tokens", fmt="form", body=body,
                headers=_pyh(rng))


def py_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-paybriar", f"{PY}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pyh(rng))


def _msh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapsorrelSDK/8.4.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def ms_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "ms_" + app.key("mapsorrel")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapsorrel", f"{MS}/geocode/v2/search", query=q, headers=_msh(app))


def ms_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapsorrel", f"{MS}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "ms_" + app.key("mapsorrel")}, headers=_msh(app))
    return at_path(c, seg, cat) if cat else c


def ms_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapsorrel", f"{MS}/directions/v2", body={
        "waypoints": wps, "profile": profile, "alternatives": False,
        "language": L("en-US", DEV)},
        query={"key": "ms_" + app.key("mapsorrel")}, headers=_msh(app))


def ms_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapsorrel"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T21:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(47, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T21:13:0{i}.210Z",
             "device": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapsorrel", "https://events.mapsorrel.example.com/v1/batch",
                query={"key": "ms_" + app.key("mapsorrel")}, body=evs, gz=True,
                headers={"User-Agent": "MapsorrelTelemetry/8.4.0"})


def hb_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Helpbramble message: signed in, the user JWT the app's server signed rides in a JSON
    field (a credential: its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"anonymousId": L(sdk_id(app, "helpbramble"), DID)}
    if user:
        contact["userJwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                  "name": L(NAME, NAMEC), "iat": 1765315702},
                                 "body", "contact.userJwt", acc)
    if email is not None:
        contact["email"] = email
    body: dict[str, Any] = {"appId": app.key("helpbramble"), "contact": contact,
                            "message": {"body": text, "clientMessageId": rid(rng)},
                            "customAttributes": attrs,
                            "device": {"platform": "android", "osVersion": L("14", DEV),
                                       "model": L("Pixel 8", DEV), "appVersion": app.ver}}
    return add(case(f"{app.fam}-helpbramble", f"{HB}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hb_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hbc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpbramble", f"{HB}/api/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMessageId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpbramble-Anon": L(sdk_id(app, "helpbramble"), DID),
                              "X-Helpbramble-Session": L(opaque(rng, "hbs_", 40), CRED)})


__all__ = ["cf_save", "cf_status", "hb_attach", "hb_message", "ms_geocode", "ms_reverse",
           "ms_route", "ms_telemetry", "pt_opened", "pt_register", "py_card",
           "py_confirm", "tg_eval"]
