"""Service SDKs of the thirty-eighth set, built once and called by every app with its own
choices: feature flags "Flagbrook", push "Pingharbor", consent "Assentry", payments
"Paytrellis", maps "Mapquarry" and support chat "Helpcove" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import hashlib
import hmac
import random
from typing import Any
from urllib.parse import quote

from eval_families17_kit import Acc, add, enc, multipart, push_token
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
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
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FB = "https://sdk.flagbrook.example.com"
PP = "https://api.pingharbor.example.net"
AS = "https://consent.assentry.example.org"
PT = "https://api.paytrellis.example.com"
MQ = "https://api.mapquarry.example.com"
HC = "https://api-iam.helpcove.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fb_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagbrook's evaluation: the user ``key`` is the user ID (the SDK's device ID signed
    out); ``get`` sends the user as base64url JSON in the query of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(sdk_id(app, "flagbrook"), DID),
                         "anonymous": not user, "custom": {
                             "appVersion": app.ver, "osVersion": L("14", DEV),
                             "device": L("Pixel 8", DEV), **custom}}
    h = {"User-Agent": "FlagbrookAndroid/3.9.0", "Authorization": "mob-" + app.key("flagbrook")}
    if get:
        acc: Acc = {}
        q = {"u": enc(u, "query", "u", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-flagbrook", f"{FB}/msdk/eval", query=q, headers=h), acc)
    return case(f"{app.fam}-flagbrook", f"{FB}/msdk/eval", body={"user": u}, headers=h)


def pp_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz_s: int = -18000, lang: str = "en") -> Case:
    """Pingharbor's device record (JSON): the FCM token, the SDK's player ID, the device, the
    zone as an offset in seconds, tags and (``at``) a position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pingharbor"), "device_type": 1,
                            "identifier": L(push_token(rng), DID),
                            "player_id": L(sdk_id(app, "pingharbor"), DID),
                            "language": L(lang, DEV), "timezone": L(tz_s, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "game_version": app.ver,
                            "sdk": "050212", "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if at is not None:
        body.update(lat=L(round(at[0], nd), _cat(nd)), long=L(round(at[1], nd), _cat(nd)),
                    loc_acc=35.0)
    return case(f"{app.fam}-pingharbor", f"{PP}/api/v1/players", body=body,
                headers={"User-Agent": "PingharborSDK/5.2.12"})


def pp_open(app: App, rng: random.Random) -> Case:
    """A notification opened (PUT-like JSON): the notification ID in the path a negative."""
    nid = rid(rng)
    return case(f"{app.fam}-pingharbor", f"{PP}/api/v1/notifications/{nid}", body={
        "app_id": app.key("pingharbor"), "player_id": L(sdk_id(app, "pingharbor"), DID),
        "opened": True, "device_type": 1}, headers={"User-Agent": "PingharborSDK/5.2.12"})


def as_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "US-NY", lang: str = "en") -> Case:
    """Assentry's consent record (JSON): its user ID the device's, the choices, the country
    and region from the IP; the previous state rides in a base64url JSON cookie."""
    uid = sdk_id(app, "assentry")
    body: dict[str, Any] = {"property": app.key("assentry"), "uuid": L(uid, DID),
                            "purposes": purposes, "gpp": "DBABLA~BVQqAAAAAgA.QA",
                            "country": L(country, COARSE), "region": L(region, COARSE),
                            "language": L(lang, DEV), "ua": L(WEBVIEW_UA, DEV)}
    if user:
        body["authId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"as_c": enc({"u": L(uid, DID), "p": sorted(k for k, v in purposes.items() if v),
                            "v": 7}, "cookie", "as_c", "b64url", acc)}
    return add(case(f"{app.fam}-assentry", f"{AS}/wrapper/v2/consent", body=body,
                    cookies=cookies, headers={"User-Agent": L(WEBVIEW_UA, DEV)}), acc)


def _pth(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paytrellis-Android/7.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pt_pub_" + opaque(rng, "", 24)}


def pt_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP) -> Case:
    """Paytrellis's card tokenisation (JSON): card data, the holder, the ZIP and the SDK's
    device ID."""
    bill: dict[str, Any] = {"name": L(NAME, NAMEC), "address": {"postal_code": L(zip_, COARSE)}}
    if email:
        bill["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paytrellis", f"{PT}/v2/payment_methods", headers=_pth(rng), body={
        "type": "card", "card": {"number": L(CARD2, PAY), "exp_month": L(CARD2_EXP[0], PAY),
                                 "exp_year": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY)},
        "billing_details": bill, "risk": {"device_id": L(sdk_id(app, "paytrellis"), DID)}})


def pt_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-paytrellis", f"{PT}/v2/payments/{pi}/confirm", fmt="form",
                headers=_pth(rng), body={
                    "client_secret": L(opaque(rng, f"{pi}_secret_", 20), CRED),
                    "payment_method": L(opaque(rng, "pm_", 24), PAY), "amount": L(amount, BUY),
                    "currency": currency, "return_url": f"{app.pkg}://pay/return",
                    "device_id": L(sdk_id(app, "paytrellis"), DID)})


def pt_ach(app: App, rng: random.Random) -> Case:
    """A US bank account for debits (JSON): routing and account numbers, the holder."""
    return case(f"{app.fam}-paytrellis", f"{PT}/v2/payment_methods", headers=_pth(rng), body={
        "type": "us_bank_account", "us_bank_account": {
            "routing_number": L(ROUTING, PAY), "account_number": L(ACCOUNT, PAY),
            "account_holder_type": "individual", "account_type": "checking"},
        "billing_details": {"name": L(NAME, NAMEC)},
        "risk": {"device_id": L(sdk_id(app, "paytrellis"), DID)}})


def pt_gpay(app: App, rng: random.Random, amount: str) -> Case:
    """A Google Pay sheet's result: ``paymentData`` a JSON string (the card's description and
    last four digits, the gateway token), the amount."""
    pd = {"apiVersion": 2, "paymentMethodData": {
        "type": "CARD", "description": L("Mastercard •••• 4444", PAY),
        "info": {"cardNetwork": "MASTERCARD", "cardDetails": L("4444", PAY)},
        "tokenizationData": {"type": "PAYMENT_GATEWAY",
                             "token": L(opaque(rng, "tok_", 32), PAY)}}}
    return case(f"{app.fam}-paytrellis", f"{PT}/v2/wallets/googlepay", headers=_pth(rng), body={
        "paymentData": W(pd, "json"), "amount": L(amount, BUY), "currency": "usd",
        "device_id": L(sdk_id(app, "paytrellis"), DID)})


def _mqh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapquarrySDK/9.4.1 {app.name}/{app.ver} Android/14 (Pixel 8)",
                            DEV)}


def mq_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding: the typed text in the URL path (``path[i]``, labelled ``cat``), a
    ``proximity`` of ``lon,lat`` at ``nd`` decimals (whose point decides the label)."""
    seg = quote(text, safe="") + ".json"
    q: dict[str, Any] = {"access_token": "mq." + app.key("mapquarry"), "autocomplete": "true",
                         "language": L(lang, DEV)}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    c = case(f"{app.fam}-mapquarry", f"{MQ}/geocoding/v5/places/{seg}", query=q,
             headers=_mqh(app))
    return at_path(c, seg, cat)


def mq_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding (GET): ``lat`` and ``lon`` query values (whose point decides)."""
    la, lo = f"{at[0]:.{nd}f}", f"{at[1]:.{nd}f}"
    return case(f"{app.fam}-mapquarry", f"{MQ}/geocoding/v5/reverse", query={
        "lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo,
        "types": "address", "access_token": "mq." + app.key("mapquarry")}, headers=_mqh(app))


def mq_route(app: App, rng: random.Random, a: Pt, b: Pt, cat: str, nd: int = 5,
             mode: str = "driving") -> Case:
    """Directions: both ends as one ``lon,lat;lon,lat`` path segment (``path[i]``)."""
    seg = f"{a[1]:.{nd}f},{a[0]:.{nd}f};{b[1]:.{nd}f},{b[0]:.{nd}f}"
    c = case(f"{app.fam}-mapquarry", f"{MQ}/directions/v5/{mode}/{seg}", query={
        "alternatives": "false", "geometries": "polyline6", "steps": "true",
        "access_token": "mq." + app.key("mapquarry")}, headers=_mqh(app))
    return at_path(c, seg, cat)


def mq_events(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry as JSON Lines: a map load with the device, then her last fixes."""
    did = L(sdk_id(app, "mapquarry"), DID)
    recs: list[dict[str, Any]] = [{"event": L("map.load", USAGE), "created": "2025-12-09T18:03",
                                   "deviceId": did, "model": L("Pixel 8", DEV),
                                   "operatingSystem": L("Android 14", DEV)}]
    recs += [{"event": L("location", USAGE), "created": f"2025-12-09T18:04:0{i}", "deviceId": did,
              "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
             for i, (la, lo) in enumerate(fixes)]
    return lines(f"{app.fam}-mapquarry", "https://events.mapquarry.example.com/events/v2",
                 recs, headers={"User-Agent": L(f"MapquarryTelemetry/9.4.1 ({app.pkg})", DEV)})


def _hash() -> str:
    return hmac.new(b"helpcove-app-secret", USER_ID.encode(), hashlib.sha256).hexdigest()


def hc_message(app: App, rng: random.Random, body: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Helpcove message: signed in, the user's ID, e-mail and name and the ``user_hash`` the
    app's server computed (an HMAC that lets the widget act as her: a credential)."""
    u: dict[str, Any] = {"anonymous_id": L(sdk_id(app, "helpcove"), DID)}
    if user:
        u.update(user_id=L(USER_ID, UID), email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                 user_hash=L(_hash(), CRED))
    if email is not None:
        u["email"] = email
    return case(f"{app.fam}-helpcove", f"{HC}/messenger/v3/conversations", body={
        "app_id": app.key("helpcove"), "user": u, "message": {"body": body,
                                                              "client_id": rid(rng)},
        "custom_attributes": attrs, "device": {"platform": "android",
                                               "os_version": L("14", DEV),
                                               "model": L("Pixel 8", DEV),
                                               "app_version": app.ver}},
        headers={"User-Agent": L(app.ua, DEV)})


def hc_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the messenger's session token a credential)."""
    conv = opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpcove", f"{HC}/messenger/v3/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpcove-Device": L(sdk_id(app, "helpcove"), DID),
                              "X-Helpcove-Session": L(opaque(rng, "hcs_", 40), CRED)})


def hc_rate(app: App, rng: random.Random, score: int, comment: L) -> Case:
    """A conversation's rating (a form): the score a negative, the comment and user ID."""
    return case(f"{app.fam}-helpcove", f"{HC}/messenger/v3/ratings", fmt="form", body={
        "app_id": app.key("helpcove"), "conversation_id": opaque(rng, "", 12),
        "rating": str(score), "remark": comment, "user_id": L(USER_ID, UID)},
        headers={"User-Agent": L(app.ua, DEV)})


__all__ = ["as_save", "fb_eval", "hc_message", "hc_rate", "hc_upload", "mq_events",
           "mq_geocode", "mq_reverse", "mq_route", "pp_open", "pp_register", "pt_ach", "pt_card",
           "pt_confirm", "pt_gpay"]
