"""Service SDKs of the hundred-and-third set, built once and called by every app with its own
choices: feature flags "Switchthistle", push "Pushmallow", consent "Permithazel", payments
"Tillbeacon", maps "Chartmoss" and support chat "Helprowan" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import multipart, push_token
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

ST = "https://flags.switchthistle.example.com"
PM = "https://api.pushmallow.example.net"
PH = "https://consent.permithazel.example.org"
TB = "https://api.tillbeacon.example.com"
CM = "https://api.chartmoss.example.com"
HR = "https://chat.helprowan.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def st_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Switchthistle's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "deviceModel": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "SwitchthistleAndroid/3.4.0",
                         "Authorization": "mob-" + app.key("switchthistle")}
    url = f"{ST}/msdk/v3/evalx"
    if hdr:
        h["X-Switchthistle-User"] = W(u, "b64json")
        return case(f"{app.fam}-switchthistle", url, headers=h)
    return case(f"{app.fam}-switchthistle", url, body={"user": u}, headers=h)


def pm_register(app: App, rng: random.Random, *, user: bool = True, tags: dict[str, Any]
                | None = None, at: Pt | None = None, nd: int = 2, tz: str = "Europe/Sofia",
                lang: str = "en") -> Case:
    """Pushmallow's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the SIM's carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pushmallow"),
                            "deviceId": L(sdk_id(app, "pushmallow"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}, "subscribed": True}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pushmallow", f"{PM}/v2/subscriptions", body=body,
                headers={"User-Agent": L("Pushmallow-Android/4.8.2 (Android 14; Pixel 8)",
                                         DEV)})


def pm_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the campaign and notification IDs are negatives."""
    return case(f"{app.fam}-pushmallow", f"{PM}/v2/receipts", fmt="form", body={
        "appId": app.key("pushmallow"), "deviceId": L(sdk_id(app, "pushmallow"), DID),
        "notificationId": rid(rng), "campaign": campaign, "action": L("opened", USAGE),
        "openedAt": "1765361901"}, headers={"User-Agent": "Pushmallow-Android/4.8.2"})


def ph_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "BG") -> Case:
    """Permithazel's consent record (JSON): the visitor ID (the device's), the choices, a TCF
    string (the choices encoded: unlabelled), the country from the IP; the visitor ID also in a
    cookie."""
    vid = sdk_id(app, "permithazel")
    body: dict[str, Any] = {"property": app.key("permithazel"), "visitorId": L(vid, DID),
                            "purposes": purposes, "vendorListVersion": 312,
                            "tcString": "CQJ1vEAQJ1vEAAHABBENBSFgAP_AAH_AAAqIKoNX_T5e",
                            "country": L(country, COARSE), "ts": 1765361633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    return case(f"{app.fam}-permithazel", f"{PH}/v1/records", body=body,
                cookies={"ph_vid": L(vid, DID)}, headers={"User-Agent": L(app.ua, DEV)})


def ph_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's banner check (GET): a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-permithazel", f"{PH}/v1/banner",
                query={"property": app.key("permithazel"), "lang": L("en", DEV)},
                cookies={"ph_state": W({"vid": L(sdk_id(app, "permithazel"), DID),
                                        "p": purposes, "v": 312}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tbh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tillbeacon-Android/7.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Basic " + opaque(rng, "pk_live_", 28)}


def tb_card(app: App, rng: random.Random, *, email: bool = False,
            country: str = "BG") -> Case:
    """Tillbeacon's card tokenisation (JSON): card data, the holder, the billing country and
    the SDK's device fingerprint."""
    body: dict[str, Any] = {
        "card": {"number": L(CARD2, PAY), "expMonth": L(CARD2_EXP[0], PAY),
                 "expYear": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY),
                 "holderName": L(NAME, NAMEC)},
        "billing": {"country": L(country, COARSE)},
        "fingerprint": L(sdk_id(app, "tillbeacon"), DID), "merchant": app.key("tillbeacon")}
    if email:
        body["receiptEmail"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tillbeacon", f"{TB}/v1/card_tokens", body=body, headers=_tbh(rng))


def tb_confirm(app: App, rng: random.Random, amount: str, currency: str = "bgn") -> Case:
    """Confirming a payment (a form): the client secret, the card token, the amount."""
    pay = opaque(rng, "pay_", 20)
    return case(f"{app.fam}-tillbeacon", f"{TB}/v1/payments/{pay}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pay}_cs_", 24), CRED),
                      "card_token": L(opaque(rng, "ctk_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency,
                      "return_url": f"{app.pkg}://3ds-return",
                      "fingerprint": L(sdk_id(app, "tillbeacon"), DID)}, headers=_tbh(rng))


def _cmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Chartmoss/9.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def cm_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Place search (GET): the typed ``q`` (labelled ``cat``), biased by ``near`` (``lat,lon``
    at ``nd`` decimals; whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "language": L(lang, DEV),
                         "key": "cm_" + app.key("chartmoss")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-chartmoss", f"{CM}/v2/places/search", query=q, headers=_cmh(app))


def cm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-chartmoss", f"{CM}/v2/reverse/{seg}",
             query={"types": "address", "key": "cm_" + app.key("chartmoss")}, headers=_cmh(app))
    return at_path(c, seg, cat) if cat else c


def cm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-chartmoss", f"{CM}/v2/directions", body={
        "waypoints": wps, "profile": profile, "alternatives": False,
        "language": L("en-US", DEV)}, query={"key": "cm_" + app.key("chartmoss")},
        headers=_cmh(app))


def cm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a style load with the device, then the last fixes."""
    did = L(sdk_id(app, "chartmoss"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("style.loaded", USAGE), "created": "2025-12-10T09:12:40.118Z",
        "sessionId": did, "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
        "batteryLevel": L(58, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T09:13:0{i}.210Z",
             "sessionId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-chartmoss", "https://events.chartmoss.example.com/v2/batch",
                query={"key": "cm_" + app.key("chartmoss")}, body=evs, gz=True,
                headers={"User-Agent": "ChartmossTelemetry/9.0.3"})


def hr_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Helprowan message: signed in, the widget's bearer is a JWT the app's server signed (a
    credential; its claims the user's ID, e-mail and name)."""
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Helprowan-Device": L(sdk_id(app, "helprowan"), DID)}
    if user:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                "name": L(NAME, NAMEC), "iat": 1765361702,
                                "iss": app.key("helprowan")})
    body: dict[str, Any] = {"app": app.key("helprowan"), "body": text, "clientMsgId": rid(rng),
                            "customAttributes": attrs,
                            "device": {"platform": "android", "osVersion": L("14", DEV),
                                       "model": L("Pixel 8", DEV), "appVersion": app.ver}}
    return case(f"{app.fam}-helprowan", f"{HR}/v1/conversations/messages", body=body, headers=h)


def hr_attach(app: App, rng: random.Random, media: L, filename: str = "photo.jpg",
              ctype: str = "image/jpeg") -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hrc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helprowan", f"{HR}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helprowan-Device": L(sdk_id(app, "helprowan"), DID),
                              "X-Helprowan-Session": L(opaque(rng, "hrs_", 40), CRED)})


__all__ = ["cm_reverse", "cm_route", "cm_search", "cm_telemetry", "hr_attach",
           "hr_message", "ph_check", "ph_save", "pm_opened", "pm_register", "st_eval",
           "tb_card", "tb_confirm"]
