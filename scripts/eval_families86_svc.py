"""Service SDKs of the eighty-sixth set, built once and called by every app with its own
choices: feature flags "Flagstang", push "Klokkeslag", consent "Samtykkly", payments "Betalund",
maps "Kortvej" and support chat "Snakkehus" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FS = "https://eval.flagstang.example.com"
KS = "https://api.klokkeslag.example.net"
SY = "https://consent.samtykkly.example.org"
BT = "https://api.betalund.example.com"
KV = "https://api.kortvej.example.com"
SH = "https://widget.snakkehus.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fs_eval(app: App, rng: random.Random, custom: dict[str, Any], *, get: bool = False) -> Case:
    """Flagstang's evaluation: the user key is the user ID; ``get`` sends the user as base64url
    JSON in the ``u`` query parameter of a GET (as its streaming client does)."""
    user = {"key": L(USER_ID, UID), "anonymous": False,
            "custom": {"appVersion": app.ver, "osVersion": L("Android 14", DEV),
                       "device": L("Pixel 8", DEV), **custom}}
    h = {"User-Agent": "FlagstangAndroid/5.3.1", "Authorization": "fsk-" + app.key("flagstang")}
    if get:
        acc: Acc = {}
        u = enc(user, "query", "u", "b64url", acc)
        return add(case(f"{app.fam}-flagstang", f"{FS}/msdk/evalx", query={"u": u},
                        headers=h), acc)
    return case(f"{app.fam}-flagstang", f"{FS}/msdk/evalx/user", body=user, headers=h)


def ks_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
                lang: str = "en") -> Case:
    """Klokkeslag's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("klokkeslag"),
                            "subscriptionId": L(sdk_id(app, "klokkeslag"), DID),
                            "pushToken": L(push_token(rng), DID), "type": "AndroidPush",
                            "externalId": L(USER_ID, UID), "language": L(lang, DEV),
                            "timezoneId": L(tz, DEV), "deviceModel": L("Pixel 8", DEV),
                            "deviceOs": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "adId": L(GAID, "id.advertising"), "tags": tags or {}}
    if at is not None:
        body["lat"], body["long"] = (L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd)))
    return case(f"{app.fam}-klokkeslag", f"{KS}/v2/subscriptions", body=body,
                headers={"User-Agent": L("Klokkeslag/4.1.0 (Android 14; Pixel 8)", DEV)})


def ks_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the SDK's device ID and the campaign (a negative)."""
    return case(f"{app.fam}-klokkeslag", f"{KS}/v2/notifications/{opaque(rng, 'n', 12)}/opened",
                fmt="form", body={"subscriptionId": L(sdk_id(app, "klokkeslag"), DID),
                                  "campaign": campaign, "opened": "1"},
                headers={"User-Agent": L("Klokkeslag/4.1.0 (Android 14; Pixel 8)", DEV)})


def sy_save(app: App, rng: random.Random, purposes: dict[str, bool], *, country: str = "US",
            region: str = "NY", lang: str = "en") -> Case:
    """Samtykkly's consent record (its visitor ID the device's; country and region from the
    IP), with the previous choices as a base64 JSON cookie."""
    vid = sdk_id(app, "samtykkly")
    body: dict[str, Any] = {"domain": app.key("samtykkly"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7, "language": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV)}
    return case(f"{app.fam}-samtykkly", f"{SY}/v1/records", body=body,
                cookies={"sy_prev": W({"vid": L(vid, DID), "p": purposes, "v": 6}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _bth(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Betalund-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def bt_card(app: App, rng: random.Random, *, zip_: str = ZIP) -> Case:
    """Betalund's card token (a form with bracketed keys): card data, holder, postal code and
    the SDK's device fingerprint."""
    return case(f"{app.fam}-betalund", f"{BT}/v1/payment_methods", fmt="form", body={
        "type": "card", "card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
        "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
        "billing_details[name]": L(NAME, NAMEC),
        "billing_details[address][postal_code]": L(zip_, COARSE),
        "radar[fingerprint]": L(sdk_id(app, "betalund-fp"), DID)}, headers=_bth(rng))


def bt_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-betalund", f"{BT}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency,
                      "radar[fingerprint]": L(sdk_id(app, "betalund-fp"), DID),
                      "receipt_email": L(EMAIL, MAIL)}, headers=_bth(rng))


def _kvh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"KortvejSDK/8.0.2 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def kv_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "kv_" + app.key("kortvej")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-kortvej", f"{KV}/geocode/v1/search", query=q, headers=_kvh(app))


def kv_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-kortvej", f"{KV}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "kv_" + app.key("kortvej")}, headers=_kvh(app))
    return at_path(c, seg, cat) if cat else c


def kv_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "cycling") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-kortvej", f"{KV}/directions/v1/{profile}", body={
        "waypoints": wps, "alternatives": False, "units": "metric"},
        query={"key": "kv_" + app.key("kortvej")}, headers=_kvh(app))


def kv_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "kortvej"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-kortvej", "https://events.kortvej.example.com/v1/batch",
                query={"key": "kv_" + app.key("kortvej")}, body=evs, gz=True,
                headers={"User-Agent": "KortvejTelemetry/8.0.2"})


def sh_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Snakkehus message: the identity token the app's server signed rides in a JSON field
    ``user_jwt`` (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    body: dict[str, Any] = {
        "app_id": app.key("snakkehus"), "device_id": L(sdk_id(app, "snakkehus"), DID),
        "user_jwt": tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                         "name": L(NAME, NAMEC), "iat": 1765321702}, "body", "user_jwt", acc),
        "message": {"text": text, "client_ref": rid(rng)}, "custom_attributes": attrs,
        "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                     "app_version": app.ver}}
    return add(case(f"{app.fam}-snakkehus", f"{SH}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def sh_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "shc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-snakkehus", f"{SH}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Snakkehus-Device": L(sdk_id(app, "snakkehus"), DID),
                              "X-Snakkehus-Session": L(opaque(rng, "shs_", 40), CRED)})


__all__ = [
    "bt_card",
    "bt_confirm",
    "fs_eval",
    "ks_opened",
    "ks_register",
    "kv_geocode",
    "kv_reverse",
    "kv_route",
    "kv_telemetry",
    "sh_attach",
    "sh_message",
    "sy_save",
]
