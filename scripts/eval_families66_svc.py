"""Service SDKs of the sixty-sixth set, built once and called by every app with its own choices:
feature flags "Flagpoppy", push "Pingbirch", consent "Optinmarl", payments "Paymarten", maps
"Tilemere" and support chat "Replywisp" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
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
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FP = "https://eval.flagpoppy.example.com"
PB = "https://api.pingbirch.example.net"
OM = "https://consent.optinmarl.example.org"
PM = "https://api.paymarten.example.com"
TM = "https://api.tilemere.example.com"
RW = "https://widget.replywisp.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fp_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagpoppy's evaluation: the context key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                      "deviceModel": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "FlagpoppyAndroid/3.4.0", "Authorization": app.key("flagpoppy")}
    if get:
        acc: Acc = {}
        q = enc(ctx, "query", "ctx", "b64url", acc)
        return add(case(f"{app.fam}-flagpoppy", f"{FP}/msdk/evalx/context",
                        query={"ctx": q, "withReasons": "false"}, headers=h), acc)
    return case(f"{app.fam}-flagpoppy", f"{FP}/msdk/evalx/context", body=ctx, headers=h)


def pb_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pingbirch's subscriber record (JSON, camelCase): the FCM token, the SDK's subscriber ID,
    the device, the carrier, tags and (``at``) the last known position."""
    body: dict[str, Any] = {"appId": app.key("pingbirch"),
                            "subscriberId": L(sdk_id(app, "pingbirch"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
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
    return case(f"{app.fam}-pingbirch", f"{PB}/v2/subscribers", body=body,
                headers={"User-Agent": L("Pingbirch/5.2.1 (Android 14; Pixel 8)", DEV)})


def pb_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A push opened (form): the subscriber, the campaign and the notification's ID."""
    return case(f"{app.fam}-pingbirch", f"{PB}/v2/receipts", fmt="form", body={
        "subscriber": L(sdk_id(app, "pingbirch"), DID), "event": L("opened", USAGE),
        "campaign": campaign, "notification": opaque(rng, "n_", 12), "ts": "1765321988"},
        headers={"User-Agent": "Pingbirch/5.2.1"})


def om_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Optinmarl's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "optinmarl")
    body: dict[str, Any] = {"property": app.key("optinmarl"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765321633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"om_receipt": sjwt({"iss": "optinmarl", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "om_receipt", acc)}
    return add(case(f"{app.fam}-optinmarl", f"{OM}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def om_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check (GET): a base64 JSON cookie with the visitor and choices."""
    return case(f"{app.fam}-optinmarl", f"{OM}/v1/status",
                query={"property": app.key("optinmarl"), "lang": L(lang, DEV)},
                cookies={"om_state": W({"vid": L(sdk_id(app, "optinmarl"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymarten-Android/8.1.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"muid": L(sdk_id(app, "paymarten-m"), DID), "sid": sdk_id(app, "paymarten-s")}


def pm_card(app: App, rng: random.Random, *, email: bool = False, zipc: str = ZIP) -> Case:
    """Paymarten's card tokenisation (a form with bracketed keys)."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "billing_details[name]": L(NAME, NAMEC),
                            "billing_details[address][postal_code]": L(zipc, COARSE),
                            "type": "card", **_pids(app)}
    if email:
        body["billing_details[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymarten", f"{PM}/v1/payment_methods", fmt="form", body=body,
                headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paymarten", f"{PM}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pmh(rng))


def pm_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for reimbursements or debits (a form): routing and account numbers."""
    return case(f"{app.fam}-paymarten", f"{PM}/v1/tokens", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC),
        "bank_account[account_holder_type]": "individual", **_pids(app)}, headers=_pmh(rng))


def _tmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"TilemereSDK/6.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def tm_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    as ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "tm_" + app.key("tilemere")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilemere", f"{TM}/geocode/v1/search", query=q, headers=_tmh(app))


def tm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point it is decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilemere", f"{TM}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "tm_" + app.key("tilemere")}, headers=_tmh(app))
    return at_path(c, seg, cat) if cat else c


def tm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilemere", f"{TM}/directions/v1/route", body={
        "waypoints": pts, "profile": mode, "alternatives": False, "lang": L("en-US", DEV)},
        query={"key": "tm_" + app.key("tilemere")}, headers=_tmh(app))


def tm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilemere"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilemere", "https://events.tilemere.example.com/events/v2",
                query={"key": "tm_" + app.key("tilemere")}, body=evs, gz=True,
                headers={"User-Agent": "TilemereTelemetry/6.0.3"})


def rw_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Replywisp message: signed in, the identity token the app's server signed rides in the
    ``X-Replywisp-Identity`` header (a JWT: a credential, its claims the user's ID, e-mail and
    name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Replywisp-Device": L(sdk_id(app, "replywisp"), DID)}
    if user:
        h["X-Replywisp-Identity"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                         "name": L(NAME, NAMEC), "iat": 1765321702},
                                        "header", "x-replywisp-identity", acc)
    body: dict[str, Any] = {"app": app.key("replywisp"), "body": text, "nonce": rid(rng),
                            "custom_attributes": attrs,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "app_version": app.ver}}
    if email is not None:
        body["email"] = email
    return add(case(f"{app.fam}-replywisp", f"{RW}/v1/conversations/messages", body=body,
                    headers=h), acc)


def rw_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-replywisp", f"{RW}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"nonce": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Replywisp-Device": L(sdk_id(app, "replywisp"), DID),
                              "X-Replywisp-Session": L(opaque(rng, "rws_", 40), CRED)})


__all__ = ["fp_eval", "om_check", "om_save", "pb_opened", "pb_register", "pm_bank", "pm_card",
           "pm_confirm", "rw_attach", "rw_message", "tm_geocode", "tm_reverse", "tm_route",
           "tm_telemetry"]
