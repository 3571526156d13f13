"""Service SDKs of the fifty-third set, built once and called by every app with its own choices:
feature flags "Togglemere", push "Buzzroost", consent "Optvane", payments "Paymarrow", maps
"Routeloom" and support chat "Asktern" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

TG = "https://flags.togglemere.example.com"
BZ = "https://api.buzzroost.example.net"
OV = "https://consent.optvane.example.org"
PW = "https://api.paymarrow.example.com"
RT = "https://api.routeloom.example.com"
AK = "https://widget.asktern.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def _ctx(app: App, attrs: dict[str, Any], user: bool) -> dict[str, Any]:
    return {"kind": "user" if user else "device",
            "key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
            "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                       "deviceModel": L("Pixel 8", DEV), **attrs}}


def tg_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True) -> Case:
    """Togglemere's evaluation (JSON): the context key the user ID (the install ID signed out)
    and the app's custom attributes."""
    return case(f"{app.fam}-togglemere", f"{TG}/sdk/evalx/context", body={
        "context": _ctx(app, attrs, user), "sdkKey": "mob-" + app.key("togglemere")},
        headers={"User-Agent": "TogglemereAndroid/3.4.0",
                 "Authorization": "mob-" + app.key("togglemere")})


def tg_poll(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True) -> Case:
    """The polling GET: the context as base64url JSON in the ``ctx`` query parameter."""
    acc: Acc = {}
    ctx = enc(_ctx(app, attrs, user), "query", "ctx", "b64url", acc)
    return add(case(f"{app.fam}-togglemere", f"{TG}/sdk/evalx/poll", query={
        "ctx": ctx, "withReasons": "false"}, headers={
        "User-Agent": "TogglemereAndroid/3.4.0",
        "Authorization": "mob-" + app.key("togglemere")}), acc)


def bz_register(app: App, rng: random.Random, *, user: bool = True, tags: dict[str, Any] | None
                = None, at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
                lang: str = "en") -> Case:
    """Buzzroost's subscriber (JSON, camelCase): the FCM token, its device ID, the device, the
    carrier, tags and (``at``) the last position at ``nd`` decimals."""
    sub: dict[str, Any] = {"pushToken": L(push_token(rng), DID),
                           "deviceId": L(sdk_id(app, "buzzroost"), DID), "channel": "fcm",
                           "deviceModel": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
                           "language": L(lang, DEV), "timezone": L(tz, DEV),
                           "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                           "tags": tags or {}}
    if user:
        sub["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        sub["lat"], sub["lng"] = L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-buzzroost", f"{BZ}/v3/apps/{app.key('buzzroost')}/subscribers",
                body={"subscriber": sub}, headers={"User-Agent": "Buzzroost-Android/5.2.1"})


def bz_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the message ID and campaign negatives."""
    return case(f"{app.fam}-buzzroost", f"{BZ}/v3/opens", fmt="form", body={
        "app": app.key("buzzroost"), "device_id": L(sdk_id(app, "buzzroost"), DID),
        "message_id": opaque(rng, "msg_", 16), "campaign": campaign,
        "opened_at": "1765322011"}, headers={"User-Agent": "Buzzroost-Android/5.2.1"})


def ov_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Optvane's consent record (JSON): the visitor ID (the device's), the choices, the TCF
    string (a negative), country and region from the IP; the visitor cookie."""
    vid = sdk_id(app, "optvane")
    body: dict[str, Any] = {"property": app.key("optvane"), "visitorId": L(vid, DID),
                            "purposes": purposes, "tcString": "CQJx2QAQJx2QAAKA1AENBUFsAP_gAEP"
                            "gAAwIKsNV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_JwXx2ExNA36tqIKm",
                            "gpp": "DBABMA~1YNN", "lang": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ts": 1765321633190}
    if user:
        body["uid"] = L(USER_ID, UID)
    return case(f"{app.fam}-optvane", f"{OV}/v1/records", body=body,
                cookies={"ov_vid": L(vid, DID)}, headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def ov_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check (GET): the visitor cookie, a session cookie and the saved
    state as base64 JSON in a cookie (the visitor ID again, the choices)."""
    vid = sdk_id(app, "optvane")
    return case(f"{app.fam}-optvane", f"{OV}/v1/status", query={
        "property": app.key("optvane"), "v": "3"},
        cookies={"ov_vid": L(vid, DID), "ov_s": opaque(rng, "", 16),
                 "ov_state": W({"v": L(vid, DID), "p": purposes, "ver": 3}, "b64json")},
        headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pwh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymarrow-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def pw_card(app: App, rng: random.Random, *, email: bool = False, zipc: str = ZIP) -> Case:
    """Paymarrow's card tokenisation (JSON): card data, holder, postal code, and the 3-D Secure
    device data as base64 JSON in a field (the device, the zone, the screen, the SDK's ID)."""
    dd = {"sdkAppId": L(sdk_id(app, "paymarrow"), DID), "model": L("Pixel 8", DEV),
          "os": L("Android 14", DEV), "tz": L("-300", DEV), "lang": L("en-US", DEV),
          "screen": L("1080x2400", DEV)}
    body: dict[str, Any] = {"card": {"number": L(CARD2, PAY), "expMonth": L(CARD2_EXP[0], PAY),
                                     "expYear": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY),
                                     "holder": L(NAME, NAMEC)},
                            "billing": {"postalCode": L(zipc, COARSE)},
                            "deviceData": W(dd, "b64json")}
    if email:
        body["receiptEmail"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymarrow", f"{PW}/v2/tokens", body=body, headers=_pwh(rng))


def pw_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 20)
    return case(f"{app.fam}-paymarrow", f"{PW}/v2/payments/{pi}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{pi}_cs_", 24), CRED),
        "method": L(opaque(rng, "pm_", 22), PAY), "amount": L(amount, BUY),
        "currency": currency, "device": L(sdk_id(app, "paymarrow"), DID)}, headers=_pwh(rng))


def pw_wallet(app: App, rng: random.Random, amount: str) -> Case:
    """A Google Pay token handed to Paymarrow (a form): the wallet token and the amount."""
    return case(f"{app.fam}-paymarrow", f"{PW}/v2/wallets/googlepay", fmt="form", body={
        "token": L(opaque(rng, "gp_", 64), PAY), "amount": L(amount, BUY), "currency": "usd",
        "device": L(sdk_id(app, "paymarrow"), DID)}, headers=_pwh(rng))


def _rth(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Routeloom/8.1.0 ({app.pkg}; Android 14; Pixel 8)", DEV)}


def rt_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Place search (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "rl_" + app.key("routeloom")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-routeloom", f"{RT}/v2/places/search", query=q, headers=_rth(app))


def rt_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding: the point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-routeloom", f"{RT}/v2/reverse/{seg}",
             query={"key": "rl_" + app.key("routeloom")}, headers=_rth(app))
    return at_path(c, seg, cat) if cat else c


def rt_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "foot") -> Case:
    """Directions (JSON, GeoJSON order ``[lon, lat]``): each stop labelled by whose place."""
    pts = [[L(lo, cat) if cat else lo, L(la, cat) if cat else la] for (la, lo), cat in stops]
    return case(f"{app.fam}-routeloom", f"{RT}/v2/directions", body={
        "coordinates": pts, "profile": profile, "instructions": True,
        "language": L("en-US", DEV)}, query={"key": "rl_" + app.key("routeloom")},
        headers=_rth(app))


def rt_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "routeloom"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:1{i}Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-routeloom", "https://events.routeloom.example.com/v2/events",
                query={"key": "rl_" + app.key("routeloom")}, body=evs, gz=True,
                headers={"User-Agent": "RouteloomTelemetry/8.1.0"})


def ak_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, name: bool = True) -> Case:
    """An Asktern message: signed in, the identity JWT the app's server signed rides in a
    header (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Asktern-Visitor": L(sdk_id(app, "asktern"), DID)}
    if user:
        cl: dict[str, Any] = {"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                              "iat": 1765321702}
        if name:
            cl["name"] = L(NAME, NAMEC)
        h["X-Asktern-Identity"] = tok(cl, "header", "x-asktern-identity", acc)
    body = {"app": app.key("asktern"), "body": text, "clientMessageId": rid(rng),
            "customAttributes": attrs,
            "device": {"platform": "android", "osVersion": L("14", DEV),
                       "model": L("Pixel 8", DEV), "appVersion": app.ver}}
    return add(case(f"{app.fam}-asktern", f"{AK}/v1/conversations/messages", body=body,
                    headers=h), acc)


def ak_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-asktern", f"{AK}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMessageId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Asktern-Visitor": L(sdk_id(app, "asktern"), DID),
                              "X-Asktern-Session": L(opaque(rng, "aks_", 36), CRED)})


__all__ = ["ak_message", "ak_upload", "bz_opened", "bz_register", "ov_save", "ov_status",
           "pw_card", "pw_confirm", "pw_wallet", "rt_reverse", "rt_route", "rt_search",
           "rt_telemetry", "tg_eval", "tg_poll"]
