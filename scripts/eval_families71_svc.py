"""Service SDKs of the seventy-first set, built once and called by every app with its own
choices: feature flags "Flagmoraine", push "Bellquarry", consent "Assentory", payments
"Coinquay", maps "Atlasorrel" and support chat "Askbirch" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families71_kit import (
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    UID,
    USAGE,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

FM = "https://eval.flagmoraine.example.com"
BQ = "https://api.bellquarry.example.net"
AS = "https://consent.assentory.example.org"
CQ = "https://api.coinquay.example.com"
AT = "https://api.atlasorrel.example.com"
AB = "https://widget.askbirch.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fm_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagmoraine's evaluation: the targeting key is the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "appVersion": app.ver, "platform": L("android 14", DEV),
                           "deviceModel": L("Pixel 8", DEV), **attrs}
    h: dict[str, Any] = {"User-Agent": "Flagmoraine-Android/2.4.1",
                         "Authorization": "Api-Key fmc_" + app.key("flagmoraine")}
    url = f"{FM}/v1/flags/evaluate"
    if hdr:
        h["X-Flagmoraine-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagmoraine", url, headers=h)
    return case(f"{app.fam}-flagmoraine", url, body={"context": ctx, "flags": []}, headers=h)


def bq_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Bellquarry's subscriber (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("bellquarry"),
                            "installationId": L(sdk_id(app, "bellquarry"), DID),
                            "pushToken": L(push_token(rng), DID), "channel": "fcm",
                            "language": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["namedUser"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-bellquarry", f"{BQ}/v2/subscribers", body=body, headers={
        "User-Agent": L("Bellquarry/3.9.0 (Android 14; Pixel 8)", DEV)})


def bq_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the installation ID, the campaign, the time."""
    return case(f"{app.fam}-bellquarry", f"{BQ}/v2/opens", fmt="form", body={
        "installationId": L(sdk_id(app, "bellquarry"), DID), "campaign": campaign,
        "action": L("opened", USAGE), "ts": "1765320100"}, headers={
        "User-Agent": L("Bellquarry/3.9.0 (Android 14; Pixel 8)", DEV)})


def as_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Assentory's consent record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentory")
    body: dict[str, Any] = {"property": app.key("assentory"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765321633190}
    if user:
        body["account"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"as_receipt": sjwt({"iss": "assentory", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "as_receipt", acc)}
    return add(case(f"{app.fam}-assentory", f"{AS}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def as_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-assentory", f"{AS}/v1/status",
                query={"property": app.key("assentory"), "lang": L("en", DEV)},
                cookies={"as_state": W({"vid": L(sdk_id(app, "assentory"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _cqh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinquay-Android/3.1.7", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer cq_pk_live_" + opaque(rng, "", 24)}


def _cqids(app: App) -> dict[str, Any]:
    return {"device_fp": L(sdk_id(app, "coinquay-d"), DID), "sdk_session": sdk_id(app, "cq-s")}


def cq_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Coinquay's card token (a form with bracketed keys): card data, holder, ZIP and the SDK's
    device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_cqids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinquay", f"{CQ}/v1/tokens", fmt="form", body=body,
                headers=_cqh(rng))


def cq_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-coinquay", f"{CQ}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_cqids(app)},
                headers=_cqh(rng))


def _ath(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"AtlasorrelSDK/4.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def at_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "key": "ak_" + app.key("atlasorrel")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-atlasorrel", f"{AT}/geocode/v2/search", query=q, headers=_ath(app))


def at_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-atlasorrel", f"{AT}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "ak_" + app.key("atlasorrel")}, headers=_ath(app))
    return at_path(c, seg, cat) if cat else c


def at_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-atlasorrel", f"{AT}/directions/v2", body={
        "waypoints": pts, "profile": mode, "alternatives": False, "lang": L("en-US", DEV)},
        query={"key": "ak_" + app.key("atlasorrel")}, headers=_ath(app))


def at_tiles_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "atlasorrel"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "batteryLevel": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "device": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-atlasorrel", "https://events.atlasorrel.example.com/v1/batch",
                query={"key": "ak_" + app.key("atlasorrel")}, body=evs, gz=True,
                headers={"User-Agent": "AtlasorrelTelemetry/4.0.3"})


def ab_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Askbirch message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "askbirch"), DID)}
    if user:
        contact["user_jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765321702},
                                  "body", "contact.user_jwt", acc)
    body: dict[str, Any] = {"app": app.key("askbirch"), "contact": contact, "body": text,
                            "client_msg_id": rid(rng), "custom": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-askbirch", f"{AB}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ab_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "abc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-askbirch", f"{AB}/api/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askbirch-Contact": L(sdk_id(app, "askbirch"), DID),
                              "X-Askbirch-Session": L(opaque(rng, "abs_", 40), CRED)})


__all__ = ["ab_message", "ab_upload", "as_check", "as_save", "at_geocode", "at_reverse",
           "at_route", "at_tiles_telemetry", "bq_opened", "bq_register", "cq_card", "cq_confirm",
           "fm_eval"]
