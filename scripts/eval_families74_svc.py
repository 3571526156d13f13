"""Service SDKs of the seventy-fourth set, built once and called by every app with its own
choices: feature flags "Flagthistle", push "Pingorchard", consent "Assentora", payments
"Paybrindle", maps "Mapwhorl" and support chat "Chatlarkspur" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FT = "https://flags.flagthistle.example.com"
PO = "https://api.pingorchard.example.net"
AS = "https://consent.assentora.example.org"
PB = "https://api.paybrindle.example.com"
MW = "https://api.mapwhorl.example.com"
CL = "https://widget.chatlarkspur.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ft_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagthistle's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "deviceModel": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "FlagthistleAndroid/3.4.0",
                         "Authorization": "mob-" + app.key("flagthistle")}
    url = f"{FT}/msdk/v3/evaluate"
    if hdr:
        h["X-Flagthistle-User"] = W(u, "b64json")
        return case(f"{app.fam}-flagthistle", url, headers=h)
    return case(f"{app.fam}-flagthistle", url, body={"user": u, "withReasons": False}, headers=h)


def po_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pingorchard's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pingorchard"),
                            "deviceId": L(sdk_id(app, "pingorchard"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
                            "carrierName": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingorchard", f"{PO}/v2/devices", body=body,
                headers={"User-Agent": L("Pingorchard-Android/8.1.2 (Pixel 8; Android 14)",
                                         DEV)})


def po_receipt(app: App, rng: random.Random, action: str = "opened") -> Case:
    """A push receipt (a form): the SDK's device ID; the message and campaign IDs negatives."""
    return case(f"{app.fam}-pingorchard", f"{PO}/v2/receipts", fmt="form", body={
        "app_key": app.key("pingorchard"), "device_id": L(sdk_id(app, "pingorchard"), DID),
        "message_id": opaque(rng, "msg_", 16), "campaign": opaque(rng, "cmp_", 8),
        "action": L(action, USAGE), "ts": "1765321944"})


def as_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Assentora's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentora")
    body: dict[str, Any] = {"propertyId": app.key("assentora"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7, "language": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765320833190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"as_receipt": sjwt({"iss": "assentora", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "as_receipt", acc)}
    return add(case(f"{app.fam}-assentora", f"{AS}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def as_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-assentora", f"{AS}/v1/status",
                query={"property": app.key("assentora"), "lang": L(lang, DEV)},
                cookies={"as_state": W({"vid": L(sdk_id(app, "assentora"), DID),
                                        "p": purposes, "nv": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pbh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paybrindle/Android 2.14.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pbk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "paybrindle-d"), DID),
            "radar[session]": sdk_id(app, "paybrindle-s")}


def pb_card(app: App, rng: random.Random, *, email: bool = False, zip_: str | None = ZIP,
            country: str = "US") -> Case:
    """Paybrindle's card token (a form with bracketed keys): card data, holder, post code,
    country and the SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD, PAY), "card[exp_month]": L(CARD_EXP[0], PAY),
                            "card[exp_year]": L(CARD_EXP[1], PAY), "card[cvc]": L(CARD_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": country,
                            **_pids(app)}
    if zip_:
        body["card[address_zip]"] = L(zip_, COARSE)
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paybrindle", f"{PB}/v1/tokens", fmt="form", body=body,
                headers=_pbh(rng))


def pb_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paybrindle", f"{PB}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pbh(rng))


def pb_sepa(app: App, rng: random.Random, iban: str, email: bool = True) -> Case:
    """A SEPA direct-debit method (a form): her IBAN, name and e-mail."""
    body: dict[str, Any] = {"type": "sepa_debit", "sepa_debit[iban]": L(iban, PAY),
                            "billing_details[name]": L(NAME, NAMEC), **_pids(app)}
    if email:
        body["billing_details[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paybrindle", f"{PB}/v1/payment_methods", fmt="form", body=body,
                headers=_pbh(rng))


def _mwh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapwhorlSDK/9.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mw_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "mw_" + app.key("mapwhorl")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapwhorl", f"{MW}/geocode/v2/search", query=q, headers=_mwh(app))


def mw_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapwhorl", f"{MW}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "mw_" + app.key("mapwhorl")}, headers=_mwh(app))
    return at_path(c, seg, cat) if cat else c


def mw_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving", lang: str = "en-US") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapwhorl", f"{MW}/directions/v2/route", body={
        "waypoints": pts, "profile": mode, "alternatives": False, "language": L(lang, DEV)},
        query={"key": "mw_" + app.key("mapwhorl")}, headers=_mwh(app))


def mw_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapwhorl"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T22:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T22:13:0{i}.210Z",
             "device": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7.5}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapwhorl", "https://events.mapwhorl.example.com/v1/batch",
                query={"key": "mw_" + app.key("mapwhorl")}, body=evs, gz=True,
                headers={"User-Agent": "MapwhorlTelemetry/9.0.3"})


def cl_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, lang: str = "en") -> Case:
    """A Chatlarkspur message: signed in, the identity token the app's server signed rides in
    a JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "chatlarkspur"), DID),
                               "language": L(lang, DEV)}
    if user:
        contact["user_jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765320702},
                                  "body", "contact.user_jwt", acc)
    body: dict[str, Any] = {"app_id": app.key("chatlarkspur"), "contact": contact,
                            "message": {"body": text, "client_ref": rid(rng)},
                            "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-chatlarkspur", f"{CL}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cl_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "clc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatlarkspur", f"{CL}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatlarkspur-Contact": L(sdk_id(app, "chatlarkspur"), DID),
                              "X-Chatlarkspur-Session": L(opaque(rng, "cls_", 40), CRED)})


__all__ = ["as_check", "as_save", "cl_attach", "cl_message", "ft_eval", "mw_geocode",
           "mw_reverse", "mw_route", "mw_telemetry", "pb_card", "pb_confirm", "pb_sepa",
           "po_receipt", "po_register"]
