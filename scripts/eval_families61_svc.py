"""Service SDKs of the sixty-first set, built once and called by every app with its own
choices: feature flags "Flagwillow", push "Pushfernly", consent "Consentwick", payments
"Paytamarind", maps "Maplinden" and support chat "Chatmoth" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import token
from eval_families17_kit import Acc, add, enc, multipart, push_token
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import ACCOUNT, ROUTING, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FW = "https://eval.flagwillow.example.com"
PF = "https://api.pushfernly.example.net"
CW = "https://consent.consentwick.example.org"
PT = "https://api.paytamarind.example.com"
MP = "https://api.maplinden.example.com"
CH = "https://widget.chatmoth.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def _ctx(app: App, attrs: dict[str, Any], user: bool) -> dict[str, Any]:
    return {"targetingKey": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
            "kind": "user" if user else "device",
            "attrs": {"appVersion": app.ver, "platform": L("android-14", DEV),
                      "deviceModel": L("Pixel 8", DEV), **attrs}}


def fw_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagwillow's evaluation: the targeting key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the ``ctx`` query parameter of a GET."""
    h = {"User-Agent": "FlagwillowAndroid/3.4.0",
         "Authorization": "Api-Key fw-client-" + app.key("flagwillow")}
    url = f"{FW}/api/v1/flags"
    if get:
        acc: Acc = {}
        ctx = enc(_ctx(app, attrs, user), "query", "ctx", "b64url", acc)
        return add(case(f"{app.fam}-flagwillow", url, query={"ctx": ctx, "v": "3"},
                        headers=h), acc)
    return case(f"{app.fam}-flagwillow", url, body={"context": _ctx(app, attrs, user),
                                                      "sdkVersion": "3.4.0"}, headers=h)


def pf_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en",
                carrier: str = "Example Mobile") -> Case:
    """Pushfernly's installation (JSON, camelCase): its installation ID, the FCM token, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pushfernly"),
                            "installationId": L(sdk_id(app, "pushfernly"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "device": {"model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                                       "timezone": L(tz, DEV), "language": L(lang, DEV),
                                       "carrier": L(carrier, CARRIER)},
                            "appVersion": app.ver, "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pushfernly", f"{PF}/v2/installations", body=body,
                headers={"User-Agent": L("Pushfernly/5.2.1 (Android 14; Pixel 8)", DEV)})


def pf_open(app: App, rng: random.Random, action: str) -> Case:
    """A notification opened (a form): the installation, the message (a negative), the action."""
    return case(f"{app.fam}-pushfernly", f"{PF}/v2/opens", fmt="form", body={
        "installationId": L(sdk_id(app, "pushfernly"), DID), "messageId": opaque(rng, "m_", 16),
        "action": L(action, USAGE), "openedAt": "1765321904"},
        headers={"User-Agent": "Pushfernly/5.2.1"})


def cw_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Consentwick's record (JSON): its visitor ID the device's, country and region from the IP,
    the previous signed receipt in a cookie (a JWT that opens nothing, claims labelled)."""
    vid = sdk_id(app, "consentwick")
    body: dict[str, Any] = {"propertyId": app.key("consentwick"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7, "lang": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "tcString": "CQJ4k2AQJ4k2AAGABCENBSFgAP_AAH_AAAqIHJtf"}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cw_vid": L(vid, DID),
               "cw_receipt": sjwt({"iss": "consentwick", "sub": L(vid, DID), "v": 7,
                                   "granted": sorted(p for p, v in purposes.items() if v)},
                                  "cookie", "cw_receipt", acc)}
    return add(case(f"{app.fam}-consentwick", f"{CW}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cw_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check (GET): a base64url JSON cookie with the visitor ID and choices."""
    acc: Acc = {}
    prefs = enc({"uid": L(sdk_id(app, "consentwick"), DID), "p": purposes, "v": 7}, "cookie",
                "cw_prefs", "b64url", acc)
    return add(case(f"{app.fam}-consentwick", f"{CW}/v1/status",
                    query={"property": app.key("consentwick")}, cookies={"cw_prefs": prefs},
                    headers={"User-Agent": L(WEBVIEW_UA, DEV)}), acc)


def _pth(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paytamarind-Android/7.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer ptk_live_" + opaque(rng, "", 24)}


def _fp(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "paytamarind"), DID)}


def pt_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP) -> Case:
    """Paytamarind's card token (a form with bracketed keys): card, holder, ZIP, device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD, PAY), "card[exp_month]": L(CARD_EXP[0], PAY),
                            "card[exp_year]": L(CARD_EXP[1], PAY), "card[cvc]": L(CARD_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(zip_, COARSE),
                            **_fp(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paytamarind", f"{PT}/v1/tokens", fmt="form", body=body,
                headers=_pth(rng))


def pt_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a charge (a form): the client secret, the card's method ID and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-paytamarind", f"{PT}/v1/charges/{ch}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{ch}_secret_", 20), CRED),
        "payment_method": L(opaque(rng, "pm_", 24), PAY), "amount": L(amount, BUY),
        "currency": currency, **_fp(app)}, headers=_pth(rng))


def pt_payout(app: App, rng: random.Random) -> Case:
    """A payout bank account (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paytamarind", f"{PT}/v1/external_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_fp(app)}, headers=_pth(rng))


def _mph(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MaplindenSDK/9.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mp_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en", country: str | None = None) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lon,lat`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "access_token": "ml." + app.key("maplinden")}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    if country:
        q["country"] = country
    return case(f"{app.fam}-maplinden", f"{MP}/geocoding/v1/forward", query=q, headers=_mph(app))


def mp_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-maplinden", f"{MP}/geocoding/v1/reverse/{seg}",
             query={"types": "address", "access_token": "ml." + app.key("maplinden")},
             headers=_mph(app))
    return at_path(c, seg, cat) if cat else c


def mp_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "cycling") -> Case:
    """Directions (JSON): ``coordinates[i]`` as ``[lon, lat]``, labelled by whose place."""
    coords = [[L(lo, cat) if cat else lo, L(la, cat) if cat else la]
              for (la, lo), cat in stops]
    return case(f"{app.fam}-maplinden", f"{MP}/directions/v1/{profile}", body={
        "coordinates": coords, "alternatives": False, "language": L("en-US", DEV)},
        query={"access_token": "ml." + app.key("maplinden")}, headers=_mph(app))


def mp_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "maplinden"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-maplinden", "https://events.maplinden.example.com/events/v2",
                query={"access_token": "ml." + app.key("maplinden")}, body=evs, gz=True,
                headers={"User-Agent": "MaplindenTelemetry/9.0.3"})


def ch_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Chatmoth message: signed in, the identity JWT the app's server signed rides in the
    ``X-Chatmoth-Identity`` header (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Chatmoth-Device": L(sdk_id(app, "chatmoth"), DID)}
    if user:
        h["X-Chatmoth-Identity"] = token({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                          "name": L(NAME, NAMEC), "iat": 1765321702},
                                         "header", "x-chatmoth-identity", acc)
    body: dict[str, Any] = {"appId": app.key("chatmoth"), "body": text, "clientMsgId": rid(rng),
                            "customAttributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    if email is not None:
        body["email"] = email
    return add(case(f"{app.fam}-chatmoth", f"{CH}/v1/messages", body=body, headers=h), acc)


def ch_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cm_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatmoth", f"{CH}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatmoth-Device": L(sdk_id(app, "chatmoth"), DID),
                              "X-Chatmoth-Session": L(opaque(rng, "cms_", 40), CRED)})


__all__ = ["ch_attach", "ch_message", "cw_check", "cw_save", "fw_eval", "mp_geocode",
           "mp_reverse", "mp_route", "mp_telemetry", "pf_open", "pf_register", "pt_card",
           "pt_confirm", "pt_payout"]
