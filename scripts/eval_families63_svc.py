"""Service SDKs of the sixty-third set, built once and called by every app with its own
choices: feature flags "Flipgrove", push "Pingwhelk", consent "Permitbay", payments
"Paymistral", maps "Atlaswisp" and support chat "Replyfinch" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import ACCOUNT, ROUTING, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FG = "https://sdk.flipgrove.example.com"
PW = "https://api.pingwhelk.example.net"
PB = "https://consent.permitbay.example.org"
PM = "https://api.paymistral.example.com"
AW = "https://api.atlaswisp.example.com"
RF = "https://widget.replyfinch.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fg_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flipgrove's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("Android 14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "FlipgroveAndroidClient/3.4.1",
                         "Authorization": "mob-" + app.key("flipgrove")}
    if hdr:
        h["X-Flipgrove-User"] = W(u, "b64json")
        return case(f"{app.fam}-flipgrove", f"{FG}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-flipgrove", f"{FG}/msdk/evalx/context", body={"user": u},
                headers=h)


def pw_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en-US") -> Case:
    """Pingwhelk's installation (JSON, camelCase): the FCM token, the SDK's installation ID,
    the device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingwhelk"),
                            "installationId": L(sdk_id(app, "pingwhelk"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "locale": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["userAlias"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingwhelk", f"{PW}/v3/installations", body=body,
                headers={"User-Agent": L("Pingwhelk/4.2.0 (Android 14; Pixel 8)", DEV)})


def pw_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the installation, the message and campaign IDs."""
    return case(f"{app.fam}-pingwhelk", f"{PW}/v3/receipts", fmt="form", body={
        "installationId": L(sdk_id(app, "pingwhelk"), DID), "messageId": opaque(rng, "msg_", 16),
        "campaign": campaign, "action": L("opened", USAGE), "ts": "1765361204"},
        headers={"User-Agent": L("Pingwhelk/4.2.0 (Android 14; Pixel 8)", DEV)})


def pbay_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
              country: str = "US", region: str = "NY") -> Case:
    """Permitbay's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "permitbay")
    body: dict[str, Any] = {"property": app.key("permitbay"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "collectedAt": 1765354490221}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"pb_receipt": sjwt({"iss": "permitbay", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765210000}, "cookie", "pb_receipt", acc)}
    return add(case(f"{app.fam}-permitbay", f"{PB}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pbay_check(app: App, rng: random.Random, purposes: dict[str, bool],
               lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-permitbay", f"{PB}/v1/status",
                query={"property": app.key("permitbay"), "lang": L(lang, DEV)},
                cookies={"pb_state": W({"vid": L(sdk_id(app, "permitbay"), DID),
                                        "p": purposes, "nv": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymistral-Android/2.14.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device_id]": L(sdk_id(app, "paymistral-d"), DID),
            "radar[session]": sdk_id(app, "paymistral-s")}


def pm_card(app: App, rng: random.Random, *, email: bool = False, zip_: str | None = ZIP,
            country: str = "US") -> Case:
    """Paymistral's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD, PAY), "card[exp_month]": L(CARD_EXP[0], PAY),
                            "card[exp_year]": L(CARD_EXP[1], PAY), "card[cvc]": L(CARD_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_country]": L(country, COARSE), **_pids(app)}
    if zip_:
        body["card[address_zip]"] = L(zip_, COARSE)
    if email:
        body["billing_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymistral", f"{PM}/v1/tokens", fmt="form", body=body,
                headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paymistral", f"{PM}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pmh(rng))


def pm_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paymistral", f"{PM}/v1/bank_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_pids(app)}, headers=_pmh(rng))


def _awh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"AtlaswispSDK/8.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def aw_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "aw_" + app.key("atlaswisp")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-atlaswisp", f"{AW}/geocode/v2/search", query=q, headers=_awh(app))


def aw_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-atlaswisp", f"{AW}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "aw_" + app.key("atlaswisp")}, headers=_awh(app))
    return at_path(c, seg, cat) if cat else c


def aw_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-atlaswisp", f"{AW}/directions/v2/{profile}", body={
        "waypoints": pts, "alternatives": False, "units": "imperial",
        "language": L("en-US", DEV)}, query={"key": "aw_" + app.key("atlaswisp")},
        headers=_awh(app))


def aw_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "atlaswisp"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T08:50:12.331Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "batteryLevel": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T08:51:0{i}.118Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-atlaswisp", "https://events.atlaswisp.example.com/v2/events",
                query={"key": "aw_" + app.key("atlaswisp")}, body=evs, gz=True,
                headers={"User-Agent": "AtlaswispTelemetry/8.0.3"})


def rf_message(app: App, rng: random.Random, text: Any, fields: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Replyfinch message: signed in, the user JWT the app's server signed rides in a JSON
    field (a credential: it lets its bearer act as the user in the widget; claims labelled)."""
    acc: Acc = {}
    person: dict[str, Any] = {"deviceId": L(sdk_id(app, "replyfinch"), DID)}
    if user:
        person["userJwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                 "name": L(NAME, NAMEC), "iat": 1765354702},
                                "body", "person.userJwt", acc)
    if email is not None:
        person["email"] = email
    body: dict[str, Any] = {"appKey": app.key("replyfinch"), "person": person,
                            "message": {"body": text, "clientRef": rid(rng)},
                            "customFields": fields,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "appVersion": app.ver}}
    return add(case(f"{app.fam}-replyfinch", f"{RF}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def rf_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "rfc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-replyfinch", f"{RF}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientRef": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Replyfinch-Device": L(sdk_id(app, "replyfinch"), DID),
                              "X-Replyfinch-Session": L(opaque(rng, "rfs_", 40), CRED)})


__all__ = ["aw_geocode", "aw_reverse", "aw_route", "aw_telemetry", "fg_eval", "pbay_check",
           "pbay_save", "pm_bank", "pm_card", "pm_confirm", "pw_opened", "pw_register",
           "rf_attach", "rf_message"]
