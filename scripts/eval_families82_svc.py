"""Service SDKs of the eighty-second set, built once and called by every app with its own
choices: feature flags "Sledzis", push "Zvanins", consent "Piekrita", payments "Maksaja", maps
"Kartzeme" and support chat "Palidzka" (fictional vendors, hosts under example.*)."""

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

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SZ = "https://flags.sledzis.example.com"
ZV = "https://push.zvanins.example.net"
PK = "https://consent.piekrita.example.org"
MK = "https://api.maksaja.example.com"
KZ = "https://maps.kartzeme.example.com"
PZ = "https://widget.palidzka.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sz_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Sledzis's evaluation: the user key is the user ID, the device key the install ID;
    ``hdr`` sends the user as base64 JSON in a header of a GET."""
    user: dict[str, Any] = {"key": L(USER_ID, UID), "device": L(INSTALL_ID, DID),
                            "custom": {"appVersion": app.ver, "osVersion": L("Android 14", DEV),
                                       "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "SledzisAndroid/5.3.0",
                         "Authorization": "sdk-" + app.key("sledzis")}
    if hdr:
        h["X-Sledzis-User"] = W(user, "b64json")
        return case(f"{app.fam}-sledzis", f"{SZ}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-sledzis", f"{SZ}/msdk/evalx/user", body={"user": user}, headers=h)


def zv_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
                lang: str = "en") -> Case:
    """Zvanins's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("zvanins"),
                            "deviceId": L(sdk_id(app, "zvanins"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "externalUserId": L(USER_ID, UID), "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-zvanins", f"{ZV}/v3/devices", body=body,
                headers={"User-Agent": L("Zvanins/4.8.2 (Android 14; Pixel 8)", DEV)})


def pk_save(app: App, rng: random.Random, purposes: dict[str, bool], *, country: str = "US",
            region: str = "NY", lang: str = "en") -> Case:
    """Piekrita's consent record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "piekrita")
    body: dict[str, Any] = {"property": app.key("piekrita"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7, "language": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765351633190}
    acc: Acc = {}
    cookies = {"pk_receipt": sjwt({"iss": "piekrita", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765250000}, "cookie", "pk_receipt", acc)}
    return add(case(f"{app.fam}-piekrita", f"{PK}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pk_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-piekrita", f"{PK}/v1/status",
                query={"property": app.key("piekrita")},
                cookies={"pk_state": W({"vid": L(sdk_id(app, "piekrita"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _mkh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Maksaja-Android/2.14.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer mk_pub_" + opaque(rng, "", 24)}


def _mids(app: App) -> dict[str, Any]:
    return {"radar[fingerprint]": L(sdk_id(app, "maksaja-fp"), DID),
            "radar[session]": sdk_id(app, "maksaja-s")}


def mk_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP) -> Case:
    """Maksaja's card token (a form with bracketed keys): card data, holder, postcode and the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(zip_, COARSE),
                            **_mids(app)}
    if email:
        body["billing_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-maksaja", f"{MK}/v1/tokens", fmt="form", body=body,
                headers=_mkh(rng))


def mk_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the saved method and the amount."""
    pi = opaque(rng, "pay_", 20)
    return case(f"{app.fam}-maksaja", f"{MK}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 20), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_mids(app)},
                headers=_mkh(rng))


def mk_payout(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-maksaja", f"{MK}/v1/external_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_mids(app)}, headers=_mkh(rng))


def _kzh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"KartzemeSDK/8.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def kz_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` as ``lat,lon`` at ``nd`` decimals."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "kz_" + app.key("kartzeme")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-kartzeme", f"{KZ}/geocode/v2/search", query=q, headers=_kzh(app))


def kz_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    s = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-kartzeme", f"{KZ}/geocode/v2/reverse/{s}",
             query={"types": "address", "key": "kz_" + app.key("kartzeme")}, headers=_kzh(app))
    return at_path(c, s, cat) if cat else c


def kz_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-kartzeme", f"{KZ}/directions/v2", body={
        "waypoints": wps, "profile": profile, "units": "metric", "lang": L("en", DEV)},
        query={"key": "kz_" + app.key("kartzeme")}, headers=_kzh(app))


def kz_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a style load with the device, then the last fixes."""
    did = L(sdk_id(app, "kartzeme"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("style_loaded", USAGE), "created": "2025-12-10T09:12:40.118Z",
        "deviceId": did, "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
        "batteryLevel": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T09:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-kartzeme", "https://events.kartzeme.example.com/v1/batch",
                query={"key": "kz_" + app.key("kartzeme")}, body=evs, gz=True,
                headers={"User-Agent": "KartzemeTelemetry/8.0.3"})


def pz_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               lang: str = "en") -> Case:
    """A Palidzka message: the identity JWT the app's server signed rides in a JSON field (a
    credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    user: dict[str, Any] = {
        "anonymousId": L(sdk_id(app, "palidzka"), DID),
        "jwt": tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                    "name": L(NAME, NAMEC), "iat": 1765352702}, "body", "user.jwt", acc)}
    body: dict[str, Any] = {"appId": app.key("palidzka"), "user": user,
                            "message": {"type": "text", "text": text}, "clientRef": rid(rng),
                            "metadata": attrs,
                            "client": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "locale": L(lang, DEV), "appVersion": app.ver}}
    return add(case(f"{app.fam}-palidzka", f"{PZ}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pz_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to the conversation (the widget's session token a credential)."""
    conv = "pzc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-palidzka", f"{PZ}/v1/conversations/{conv}/files",
                     [("source", filename, ctype, media),
                      ("meta", None, "application/json", {"clientRef": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Palidzka-Anon": L(sdk_id(app, "palidzka"), DID),
                              "X-Palidzka-Session": L(opaque(rng, "pzs_", 40), CRED)})


__all__ = ["kz_reverse", "kz_route", "kz_search", "kz_telemetry", "mk_card", "mk_confirm",
           "mk_payout", "pk_check", "pk_save", "pz_message", "pz_upload", "sz_eval",
           "zv_register"]
