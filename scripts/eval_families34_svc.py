"""Service SDKs of the thirty-fourth set, built once and called by every app with its own
choices: feature flags "Toggleridge", push "Chimewell", consent "Optledger", payments "Payquill",
maps "Mapfathom" and support chat "Helpburrow" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines, sdk_uuid
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
from eval_families32_kit import user_hash
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

TR = "https://flags.toggleridge.example.com"
CH = "https://push.chimewell.example.net"
OL = "https://api.optledger.example.org"
PQ = "https://api.payquill.example.com"
MF = "https://api.mapfathom.example.com"
HB = "https://widget.helpburrow.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tr_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False, email: bool = False) -> Case:
    """Toggleridge's evaluation: the user key is the user ID (the install ID signed out); ``get``
    sends the context as base64url JSON in the ``ctx`` query parameter of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "platform": "android",
                                      "osVersion": L("14", DEV), **attrs}}
    if email:
        ctx["email"] = L(EMAIL, MAIL)
    h = {"User-Agent": "ToggleridgeAndroid/3.1.0", "Authorization": "sdk-" + app.key("tr")}
    url = f"{TR}/api/v2/evaluate"
    if get:
        acc: Acc = {}
        q = {"ctx": enc(ctx, "query", "ctx", "b64url", acc), "reasons": "false"}
        return add(case(f"{app.fam}-toggleridge", url, query=q, headers=h), acc)
    return case(f"{app.fam}-toggleridge", url, body={"user": ctx, "sdkVersion": "3.1.0"},
                headers=h)


def _chh() -> dict[str, Any]:
    return {"User-Agent": L("Chimewell-Android/6.2.0 (Android 14; Pixel 8)", DEV)}


def ch_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, nd: int | None = None) -> Case:
    """Chimewell's device registration: the FCM token, the device, the carrier, tags and (``nd``)
    the last known position."""
    body: dict[str, Any] = {"app_id": app.key("chimewell"), "platform": "android",
                            "push_token": L(push_token(rng), DID),
                            "device_id": L(sdk_id(app, "chimewell"), DID),
                            "device": {"model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                                       "locale": L("en_US", DEV),
                                       "timezone_offset": L(-300, DEV)},
                            "carrier": L("Example Mobile", CARRIER),
                            "app_version": app.ver, "tags": tags or {}}
    if user:
        body["external_id"] = L(USER_ID, UID)
    if nd is not None:
        body["location"] = {"lat": L(round(LAT, nd), _cat(nd)),
                            "lng": L(round(LON, nd), _cat(nd)), "accuracy_m": 35}
    return case(f"{app.fam}-chimewell", f"{CH}/v1/devices", body=body, headers=_chh())


def ch_attrs(app: App, rng: random.Random, attrs: dict[str, Any]) -> Case:
    """User attributes for messaging channels, on the user in the URL path (``id.user``)."""
    c = case(f"{app.fam}-chimewell", f"{CH}/v1/users/{USER_ID}/attributes",
             body={"app_id": app.key("chimewell"), "attributes": attrs}, headers=_chh())
    return at_path(c, USER_ID, UID)


def ch_open(app: App, rng: random.Random) -> Case:
    """A notification opened (a form): the notification a negative, the device ID labelled."""
    return case(f"{app.fam}-chimewell", f"{CH}/v1/receipts", fmt="form", body={
        "app_id": app.key("chimewell"), "notification_id": sdk_uuid(rng),
        "device_id": L(sdk_id(app, "chimewell"), DID), "action": "opened",
        "ts": "1765376412"}, headers=_chh())


def ol_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            receipt: bool = False) -> Case:
    """Optledger's consent record (the visitor ID the device's; country and subdivision from
    the IP), with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "optledger")
    body: dict[str, Any] = {"propertyId": app.key("optledger"), "visitorId": L(vid, DID),
                            "purposes": purposes, "gpp": "DBABzw~1YNN~BVQqAAAAAg",
                            "noticeVersion": 7, "collectedAt": "2025-12-10T14:10:22Z",
                            "region": {"country": L("US", COARSE),
                                       "subdivision": L("US-NY", COARSE)},
                            "userAgent": L(app.ua, DEV)}
    if user:
        body["userId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = None
    if receipt:
        cookies = {"ol_receipt": sjwt({"iss": "optledger", "sub": L(vid, DID),
                                       "granted": sorted(p for p, v in purposes.items() if v),
                                       "iat": 1765000000}, "cookie", "ol_receipt", acc)}
    return add(case(f"{app.fam}-optledger", f"{OL}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ol_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """A web view's status check: a base64 JSON cookie with the visitor ID and the choices."""
    return case(f"{app.fam}-optledger", f"{OL}/v1/status",
                query={"propertyId": app.key("optledger"), "lang": L("en", DEV)},
                cookies={"ol_state": W({"vid": L(sdk_id(app, "optledger"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pqh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payquill-Android/8.4.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pq_pub_" + opaque(rng, "", 24)}


def pq_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Payquill's card payment method (JSON): card data, billing name, postal code and country,
    the SDK's device ID."""
    body: dict[str, Any] = {
        "type": "card", "card": {"number": L(CARD2, PAY), "expMonth": L(CARD2_EXP[0], PAY),
                                 "expYear": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY)},
        "billing": {"name": L(NAME, NAMEC), "postalCode": L(ZIP, COARSE),
                    "country": L("US", COARSE)},
        "risk": {"deviceId": L(sdk_id(app, "payquill"), DID), "sessionId": rid(rng)}}
    if email:
        body["billing"]["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payquill", f"{PQ}/v2/payment_methods", body=body, headers=_pqh(rng))


def pq_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-payquill", f"{PQ}/v2/intents/{pi}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
        "payment_method": L(opaque(rng, "pm_", 24), PAY), "amount": L(amount, BUY),
        "currency": "usd", "device_id": L(sdk_id(app, "payquill"), DID),
        "return_url": f"{app.fam}://payquill/return"}, headers=_pqh(rng))


def pq_bank(app: App, rng: random.Random) -> Case:
    """A payout bank account (JSON): routing and account numbers, the holder's name."""
    return case(f"{app.fam}-payquill", f"{PQ}/v2/external_accounts", body={
        "object": "bank_account", "country": "US", "currency": "usd",
        "routingNumber": L(ROUTING, PAY), "accountNumber": L(ACCOUNT, PAY),
        "holderName": L(NAME, NAMEC), "holderType": "individual",
        "risk": {"deviceId": L(sdk_id(app, "payquill"), DID)}}, headers=_pqh(rng))


def _mfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapfathomSDK/4.7.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def _mk(app: App) -> str:
    return "mf_" + app.key("mapfathom")


def mf_search(app: App, rng: random.Random, text: str, cat: str, *,
              nd: int | None = 3) -> Case:
    """Autocomplete: the typed text in ``q`` (labelled ``cat``), biased by ``at`` (lat,lon)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "lang": L("en", DEV),
                         "apiKey": _mk(app)}
    if nd is not None:
        q["at"] = L(f"{LAT:.{nd}f},{LON:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapfathom", f"{MF}/search/v1/autocomplete", query=q,
                headers=_mfh(app))


def mf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 6) -> Case:
    """Reverse geocoding of a point in ``at`` (whose point decides the label)."""
    v = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    return case(f"{app.fam}-mapfathom", f"{MF}/search/v1/revgeocode", query={
        "at": L(v, cat) if cat else v, "types": "address", "apiKey": _mk(app)},
        headers=_mfh(app))


def mf_route(app: App, rng: random.Random, origin: Pt, o_cat: str | None, dest: Pt,
             d_cat: str | None, mode: str = "car") -> Case:
    """Routing (JSON): the waypoints, each labelled by whose place it is."""
    def wp(p: Pt, c: str | None) -> dict[str, Any]:
        return {"lat": L(p[0], c) if c else p[0], "lng": L(p[1], c) if c else p[1]}

    return case(f"{app.fam}-mapfathom", f"{MF}/routing/v1/routes", query={"apiKey": _mk(app)},
                body={"waypoints": [wp(origin, o_cat), wp(dest, d_cat)], "mode": mode,
                      "return": ["polyline", "summary"], "departure": "now"},
                headers=_mfh(app))


def mf_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (gzip JSON Lines): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapfathom"), DID)
    recs: list[dict[str, Any]] = [{"type": L("map_load", USAGE), "deviceId": did,
                                   "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                                   "battery": L(62, DEV), "ts": 1765376101}]
    recs += [{"type": L("location", USAGE), "deviceId": did, "lat": L(la, cat),
              "lng": L(lo, cat), "acc": 9.0, "ts": 1765376105 + 5 * i}
             for i, (la, lo) in enumerate(fixes)]
    return lines(f"{app.fam}-mapfathom", f"https://t.mapfathom.example.com/v1/events?key={_mk(app)}",
                 recs, gz=True, headers={"User-Agent": "MapfathomTelemetry/4.7.1"})


def hb_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Helpburrow conversation: signed in, the user's ID, e-mail, name and the identity HMAC
    the app's server computes (``userHash``: it lets its bearer act as the user)."""
    body: dict[str, Any] = {"appId": app.key("helpburrow"),
                            "anonymousId": L(sdk_id(app, "helpburrow"), DID),
                            "message": {"text": text, "clientId": rid(rng)},
                            "attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "locale": L("en_US", DEV), "appVersion": app.ver}}
    if user:
        body["user"] = {"userId": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                        "name": L(NAME, NAMEC),
                        "userHash": L(user_hash(f"hb_{app.fam}_secret"), CRED)}
    return case(f"{app.fam}-helpburrow", f"{HB}/v1/conversations", body=body,
                headers={"User-Agent": L(app.ua, DEV)})


def hb_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget session a credential)."""
    conv = "hc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpburrow", f"{HB}/v1/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpburrow-Device": L(sdk_id(app, "helpburrow"), DID),
                              "X-Helpburrow-Session": L(opaque(rng, "hbs_", 40), CRED)})


__all__ = ["ch_attrs", "ch_open", "ch_register", "hb_attach", "hb_message", "mf_reverse",
           "mf_route", "mf_search", "mf_telemetry", "ol_check", "ol_save", "pq_bank",
           "pq_card", "pq_confirm", "tr_eval"]
