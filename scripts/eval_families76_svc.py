"""Service SDKs of the seventy-sixth set, built once and called by every app with its own
choices: feature flags "Stikalko", push "Zvoncek", consent "Privolnik", payments "Placilnik",
maps "Zemljevidko" and support chat "Pomocnica" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SK = "https://eval.stikalko.example.com"
ZV = "https://api.zvoncek.example.net"
PV = "https://consent.privolnik.example.org"
PC = "https://api.placilnik.example.com"
ZM = "https://api.zemljevidko.example.com"
PM = "https://widget.pomocnica.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sk_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False,
            tz: str = "America/New_York") -> Case:
    """Stikalko's evaluation: the user key is the user ID, the install ID rides as a custom
    attribute; ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    user: dict[str, Any] = {"key": L(USER_ID, UID),
                            "custom": {"installId": L(INSTALL_ID, DID), "appVersion": app.ver,
                                       "osVersion": L("Android 14", DEV),
                                       "deviceModel": L("Pixel 8", DEV), "timezone": L(tz, DEV),
                                       **attrs}}
    h: dict[str, Any] = {"User-Agent": "StikalkoAndroid/3.4.1",
                         "Authorization": "mob-" + app.key("stikalko")}
    if hdr:
        h["X-Stikalko-User"] = W(user, "b64json")
        return case(f"{app.fam}-stikalko", f"{SK}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-stikalko", f"{SK}/msdk/evalx/context", body={"user": user},
                headers=h)


def zv_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, adid: bool = False,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Zvoncek's player record (JSON, snake_case): the FCM token, the SDK's player ID, the
    device, the carrier, tags and (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("zvoncek"),
                            "player_id": L(sdk_id(app, "zvoncek"), DID),
                            "identifier": L(push_token(rng), DID), "device_type": 1,
                            "external_user_id": L(USER_ID, UID), "language": L(lang, DEV),
                            "timezone_id": L(tz, DEV), "device_model": L("Pixel 8", DEV),
                            "device_os": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "game_version": app.ver, "tags": tags or {}}
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"] = L(round(at[0], nd), _cat(nd))
        body["long"] = L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-zvoncek", f"{ZV}/api/v1/players", body=body,
                headers={"User-Agent": L("Zvoncek-Android/5.1.2 (Android 14; Pixel 8)", DEV)})


def zv_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the player ID, the campaign (a negative)."""
    return case(f"{app.fam}-zvoncek", f"{ZV}/api/v1/notifications/{opaque(rng, 'n', 12)}",
                fmt="form", body={"app_id": app.key("zvoncek"),
                                  "player_id": L(sdk_id(app, "zvoncek"), DID),
                                  "opened": "true", "campaign": campaign},
                headers={"User-Agent": L("Zvoncek-Android/5.1.2 (Android 14; Pixel 8)", DEV)})


def pv_save(app: App, rng: random.Random, purposes: dict[str, bool], *, country: str = "US",
            region: str = "NY", lang: str = "en") -> Case:
    """Privolnik's consent record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "privolnik")
    body: dict[str, Any] = {"property": app.key("privolnik"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "vendors_version": 61,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "language": L(lang, DEV), "user_agent": L(app.ua, DEV),
                            "account_id": L(USER_ID, UID), "ts": 1765321633190}
    acc: Acc = {}
    cookies = {"pv_receipt": sjwt({"iss": "privolnik", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "pv_receipt", acc)}
    return add(case(f"{app.fam}-privolnik", f"{PV}/v3/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pv_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-privolnik", f"{PV}/v3/status",
                query={"property": app.key("privolnik"), "hl": L("en", DEV)},
                cookies={"pv_state": W({"vid": L(sdk_id(app, "privolnik"), DID),
                                        "p": purposes, "ver": 61}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pch(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Placilnik-Android/6.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device_id]": L(sdk_id(app, "placilnik-d"), DID),
            "radar[session]": sdk_id(app, "placilnik-s")}


def pc_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Placilnik's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-placilnik", f"{PC}/v1/tokens", fmt="form", body=body,
                headers=_pch(rng))


def pc_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-placilnik", f"{PC}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pch(rng))


def pc_sepa(app: App, rng: random.Random, iban: str, amount: str) -> Case:
    """A SEPA direct-debit mandate (a form): the IBAN, the holder, the amount."""
    return case(f"{app.fam}-placilnik", f"{PC}/v1/payment_methods", fmt="form", body={
        "type": "sepa_debit", "sepa_debit[iban]": L(iban, PAY),
        "billing_details[name]": L(NAME, NAMEC), "billing_details[email]": L(EMAIL, MAIL),
        "mandate[amount]": L(amount, BUY), "mandate[currency]": "eur", **_pids(app)},
        headers=_pch(rng))


def _zmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Zemljevidko/8.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def zm_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Forward search (GET): the typed text ``q`` (labelled ``cat``), biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "lang": L(lang, DEV),
                         "key": "zm_" + app.key("zemljevidko")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-zemljevidko", f"{ZM}/geocode/v2/search", query=q, headers=_zmh(app))


def zm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-zemljevidko", f"{ZM}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "zm_" + app.key("zemljevidko")},
             headers=_zmh(app))
    return at_path(c, seg, cat) if cat else c


def zm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "foot") -> Case:
    """Directions (JSON): ``points[i]`` as ``[lon, lat]`` pairs labelled by whose place."""
    pts = [[L(lo, cat) if cat else lo, L(la, cat) if cat else la] for (la, lo), cat in stops]
    return case(f"{app.fam}-zemljevidko", f"{ZM}/route/v1", body={
        "points": pts, "profile": profile, "locale": L("en-US", DEV), "elevation": True},
        query={"key": "zm_" + app.key("zemljevidko")}, headers=_zmh(app))


def zm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a style load with the device, then the last fixes."""
    did = L(sdk_id(app, "zemljevidko"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("style.loaded", USAGE), "created": "2025-12-09T21:12:40.118Z",
        "deviceId": did, "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
        "batteryLevel": L(71, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T21:13:0{i}.510Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-zemljevidko", "https://events.zemljevidko.example.com/v1/batch",
                query={"key": "zm_" + app.key("zemljevidko")}, body=evs, gz=True,
                headers={"User-Agent": "ZemljevidkoTelemetry/8.4.1"})


def pm_message(app: App, rng: random.Random, text: Any, meta: dict[str, Any], *,
               lang: str = "en") -> Case:
    """A Pomocnica chat message: the identity token the app's server signed rides in a JSON
    field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact = {"anon_id": L(sdk_id(app, "pomocnica"), DID),
               "identity_jwt": tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                    "name": L(NAME, NAMEC), "iat": 1765321702},
                                   "body", "contact.identity_jwt", acc)}
    body: dict[str, Any] = {"widget_key": app.key("pomocnica"), "contact": contact,
                            "message": {"body": text, "client_ref": rid(rng)},
                            "custom_attributes": meta,
                            "context": {"locale": L(lang, DEV), "os": L("Android 14", DEV),
                                        "model": L("Pixel 8", DEV), "app_version": app.ver}}
    return add(case(f"{app.fam}-pomocnica", f"{PM}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pm_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "conv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-pomocnica", f"{PM}/api/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Pomocnica-Anon": L(sdk_id(app, "pomocnica"), DID),
                              "X-Pomocnica-Session": L(opaque(rng, "pms_", 40), CRED)})


__all__ = ["pc_card", "pc_confirm", "pc_sepa", "pm_attach", "pm_message", "pv_check", "pv_save",
           "sk_eval", "zm_reverse", "zm_route", "zm_search", "zm_telemetry", "zv_opened",
           "zv_register"]
