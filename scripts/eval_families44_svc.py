"""Service SDKs of the forty-fourth set, built once and called by every app with its own
choices: feature flags "Flagholt", push "Pingbarrow", consent "Optquay", payments "Paywharf",
maps "Mapcobble" and support chat "Chatmoor" (fictional vendors, hosts under example.*)."""

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

FH = "https://sdk.flagholt.example.com"
PB = "https://api.pingbarrow.example.net"
OQ = "https://consent.optquay.example.org"
PW = "https://api.paywharf.example.com"
MC = "https://api.mapcobble.example.com"
CM = "https://api.chatmoor.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fh_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagholt's evaluation: the user's ``key`` is the user ID (the install ID signed out);
    ``get`` sends the user as base64url JSON in the ``u`` query parameter of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h = {"User-Agent": "FlagholtAndroidClient/3.9.0",
         "Authorization": "mob-" + app.key("flagholt")}
    if get:
        acc: Acc = {}
        q = enc(u, "query", "u", "b64url", acc)
        return add(case(f"{app.fam}-flagholt", f"{FH}/msdk/evalx/users", query={"u": q},
                        headers=h), acc)
    return case(f"{app.fam}-flagholt", f"{FH}/msdk/evalx/user", body={"user": u}, headers=h)


def pb_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pingbarrow's installation record (JSON, camelCase): the FCM token, the SDK's
    installation ID, the device, the carrier, tags and (``at``) a position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingbarrow"),
                            "installationId": L(sdk_id(app, "pingbarrow"), DID),
                            "pushChannel": "fcm", "pushToken": L(push_token(rng), DID),
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"], body["lng"] = (L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd)))
    return case(f"{app.fam}-pingbarrow", f"{PB}/v3/installations", body=body,
                headers={"User-Agent": L("Pingbarrow/5.2.1 (Android 14; Pixel 8)", DEV)})


def pb_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A push opened (a form): the installation ID, the message and campaign, the action."""
    return case(f"{app.fam}-pingbarrow", f"{PB}/v3/receipts", fmt="form", body={
        "installationId": L(sdk_id(app, "pingbarrow"), DID), "messageId": opaque(rng, "m_", 20),
        "campaign": campaign, "action": L("opened", USAGE), "ts": "1765390212"},
        headers={"User-Agent": "Pingbarrow/5.2.1"})


def oq_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Optquay's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "optquay")
    body: dict[str, Any] = {"property": app.key("optquay"), "visitorId": L(vid, DID),
                            "purposes": purposes, "vendorListVersion": 88,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "collectedAt": 1765390001442}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"oq_receipt": sjwt({"iss": "optquay", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765300000}, "cookie", "oq_receipt", acc)}
    return add(case(f"{app.fam}-optquay", f"{OQ}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def oq_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-optquay", f"{OQ}/v1/status",
                query={"property": app.key("optquay"), "lang": L(lang, DEV)},
                cookies={"oq_state": W({"vid": L(sdk_id(app, "optquay"), DID),
                                        "p": purposes, "v": 88}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pwh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paywharf-Android/7.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pw_pub_" + opaque(rng, "", 24)}


def pw_method(app: App, rng: random.Random, *, email: bool = False, postal: Any = None,
              country: str = "US") -> Case:
    """Paywharf's payment method (JSON): card data, billing name and postal code, the SDK's
    risk device ID."""
    bill: dict[str, Any] = {"name": L(NAME, NAMEC),
                            "address": {"postal_code": postal if postal is not None
                                        else L(ZIP, COARSE), "country": country}}
    if email:
        bill["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paywharf", f"{PW}/v1/payment_methods", headers=_pwh(rng), body={
        "type": "card", "card": {"number": L(CARD2, PAY), "exp_month": L(CARD2_EXP[0], PAY),
                                 "exp_year": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY)},
        "billing_details": bill, "risk": {"device_id": L(sdk_id(app, "paywharf"), DID),
                                          "session": rid(rng)}})


def pw_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-paywharf", f"{PW}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency,
                      "risk[device_id]": L(sdk_id(app, "paywharf"), DID)}, headers=_pwh(rng))


def pw_payout(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form with bracketed keys): routing and account."""
    return case(f"{app.fam}-paywharf", f"{PW}/v1/payout_accounts", fmt="form", body={
        "bank[routing_number]": L(ROUTING, PAY), "bank[account_number]": L(ACCOUNT, PAY),
        "bank[country]": "US", "bank[holder_name]": L(NAME, NAMEC),
        "bank[holder_type]": "individual", "risk[device_id]": L(sdk_id(app, "paywharf"), DID)},
        headers=_pwh(rng))


def _mch(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapcobbleSDK/9.4.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mc_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lon,lat`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "access_token": "pk." + app.key("mapcobble")}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapcobble", f"{MC}/search/v1/forward", query=q, headers=_mch(app))


def mc_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lon,lat.json``; whose point decides)."""
    seg = f"{at[1]:.{nd}f},{at[0]:.{nd}f}.json"
    c = case(f"{app.fam}-mapcobble", f"{MC}/search/v1/reverse/{seg}",
             query={"types": "address", "access_token": "pk." + app.key("mapcobble")},
             headers=_mch(app))
    return at_path(c, seg, cat) if cat else c


def mc_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "cycling") -> Case:
    """Directions (JSON): ``coordinates[i]`` as ``[lon, lat]``, labelled by whose place it is."""
    coords = [[L(lo, cat) if cat else lo, L(la, cat) if cat else la] for (la, lo), cat in stops]
    return case(f"{app.fam}-mapcobble", f"{MC}/directions/v1/{profile}", body={
        "coordinates": coords, "steps": True, "language": L("en", DEV)},
        query={"access_token": "pk." + app.key("mapcobble")}, headers=_mch(app))


def mc_events(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapcobble"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T18:12:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T18:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapcobble", "https://events.mapcobble.example.com/events/v2",
                query={"access_token": "pk." + app.key("mapcobble")}, body=evs, gz=True,
                headers={"User-Agent": "MapcobbleTelemetry/9.4.0"})


def cm_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Chatmoor message: signed in, the identity JWT the app's server signed rides in a JSON
    field (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"device": L(sdk_id(app, "chatmoor"), DID)}
    if user:
        person["jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                             "name": L(NAME, NAMEC), "iat": 1765390100}, "body", "person.jwt",
                            acc)
    if email is not None:
        person["email"] = email
    body: dict[str, Any] = {"app": app.key("chatmoor"), "person": person,
                            "message": {"body": text, "clientRef": rid(rng)},
                            "customAttributes": attrs,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "appVersion": app.ver}}
    return add(case(f"{app.fam}-chatmoor", f"{CM}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cm_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cmc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatmoor", f"{CM}/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientRef": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatmoor-Device": L(sdk_id(app, "chatmoor"), DID),
                              "X-Chatmoor-Session": L(opaque(rng, "cms_", 40), CRED)})


__all__ = ["cm_message", "cm_upload", "fh_eval", "mc_events", "mc_reverse", "mc_route",
           "mc_search", "oq_check", "oq_save", "pb_opened", "pb_register", "pw_confirm",
           "pw_method", "pw_payout"]
