"""Service SDKs of the sixty-second set, built once and called by every app with its own
choices: feature flags "Flagheron", push "Pushlarch", consent "Consentmyrtle", payments
"Payjuniper", maps "Mapcurlew" and support chat "Chatplover" (fictional vendors, hosts under
example.*)."""

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

FH = "https://flags.flagheron.example.com"
PX = "https://api.pushlarch.example.net"
CM = "https://consent.consentmyrtle.example.org"
PJ = "https://api.payjuniper.example.com"
MC = "https://api.mapcurlew.example.com"
CP = "https://widget.chatplover.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fh_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagheron's evaluation: the context key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                      "device": L("Pixel 8", DEV), **custom}}
    h = {"User-Agent": "FlagheronAndroid/3.4.0", "Authorization": "mob-" + app.key("flagheron")}
    url = f"{FH}/sdk/v1/eval"
    if get:
        acc: Acc = {}
        q = {"ctx": enc(ctx, "query", "ctx", "b64url", acc), "reasons": "false"}
        return add(case(f"{app.fam}-flagheron", url, query=q, headers=h), acc)
    return case(f"{app.fam}-flagheron", url, body={"context": ctx, "withReasons": False},
                headers=h)


def _pxh() -> dict[str, Any]:
    return {"User-Agent": L("Pushlarch/7.3.1 (Android 14; Pixel 8)", DEV)}


def px_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pushlarch's installation (JSON, camelCase): the FCM token, the SDK's installation ID,
    the device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pushlarch"),
                            "installationId": L(sdk_id(app, "pushlarch"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["userId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pushlarch", f"{PX}/v3/installations", body=body, headers=_pxh())


def px_open(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the installation ID, the message and campaign IDs."""
    return case(f"{app.fam}-pushlarch", f"{PX}/v3/events/open", fmt="form", body={
        "installationId": L(sdk_id(app, "pushlarch"), DID), "messageId": opaque(rng, "m", 12),
        "campaign": campaign, "action": L("opened", USAGE), "ts": "1765371522"}, headers=_pxh())


def cm_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Consentmyrtle's record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentmyrtle")
    body: dict[str, Any] = {"property": app.key("consentmyrtle"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "collectedAt": 1765371611004}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cm_receipt": sjwt({"iss": "consentmyrtle", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765290000}, "cookie", "cm_receipt", acc)}
    return add(case(f"{app.fam}-consentmyrtle", f"{CM}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cm_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentmyrtle", f"{CM}/v1/status",
                query={"property": app.key("consentmyrtle"), "lang": L("en", DEV)},
                cookies={"cm_state": W({"vid": L(sdk_id(app, "consentmyrtle"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pjh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payjuniper/Android 3.12.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_id": L(sdk_id(app, "payjuniper-d"), DID),
            "muid": sdk_id(app, "payjuniper-m")}


def pj_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Payjuniper's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payjuniper", f"{PJ}/v1/tokens", fmt="form", body=body,
                headers=_pjh(rng))


def pj_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-payjuniper", f"{PJ}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pjh(rng))


def pj_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for debits (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-payjuniper", f"{PJ}/v1/bank_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_pids(app)}, headers=_pjh(rng))


def _mch(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapcurlewSDK/8.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mc_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               near_cat: str | None = None, nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lon,lat`` at ``nd`` decimals (``near_cat`` None: not hers)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L("en", DEV),
                         "access_token": "mc." + app.key("mapcurlew")}
    if near is not None:
        prox = f"{near[1]:.{nd}f},{near[0]:.{nd}f}"
        q["proximity"] = L(prox, near_cat) if near_cat else prox
    return case(f"{app.fam}-mapcurlew", f"{MC}/geocoding/v2/forward", query=q, headers=_mch(app))


def mc_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapcurlew", f"{MC}/geocoding/v2/reverse/{seg}",
             query={"types": "address", "access_token": "mc." + app.key("mapcurlew")},
             headers=_mch(app))
    return at_path(c, seg, cat) if cat else c


def mc_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``coordinates[i]`` a ``[lon, lat]`` pair labelled by whose place."""
    coords = [L([lo, la], cat) if cat else [lo, la] for (la, lo), cat in stops]
    return case(f"{app.fam}-mapcurlew", f"{MC}/directions/v2/{profile}", body={
        "coordinates": coords, "alternatives": False, "units": "imperial",
        "language": L("en-US", DEV)}, query={"access_token": "mc." + app.key("mapcurlew")},
        headers=_mch(app))


def mc_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapcurlew"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T14:12:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(61, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T14:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapcurlew", "https://events.mapcurlew.example.com/v2/events",
                query={"access_token": "mc." + app.key("mapcurlew")}, body=evs, gz=True,
                headers={"User-Agent": "MapcurlewTelemetry/8.4.1"})


def cp_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Chatplover message: signed in, the identity JWT the app's server signed rides in the
    ``X-Chatplover-Identity`` header (a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Chatplover-Visitor": L(sdk_id(app, "chatplover"), DID)}
    if user:
        h["X-Chatplover-Identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                          "name": L(NAME, NAMEC), "iat": 1765371702},
                                         "header", "x-chatplover-identity", acc)
    body: dict[str, Any] = {"widgetId": app.key("chatplover"), "body": text,
                            "clientMessageId": rid(rng), "customAttributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    if email is not None:
        body["email"] = email
    return add(case(f"{app.fam}-chatplover", f"{CP}/v1/messages", body=body, headers=h), acc)


def cp_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cpc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatplover", f"{CP}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMessageId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatplover-Visitor": L(sdk_id(app, "chatplover"), DID),
                              "X-Chatplover-Session": L(opaque(rng, "cps_", 40), CRED)})


__all__ = ["cm_check", "cm_save", "cp_attach", "cp_message", "fh_eval", "mc_geocode",
           "mc_reverse", "mc_route", "mc_telemetry", "pj_bank", "pj_card", "pj_confirm",
           "px_open", "px_register"]
