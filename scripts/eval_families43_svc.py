"""Service SDKs of the forty-third set, built once and called by every app with its own choices:
feature flags "Flagspindle", push "Pingtern", consent "Optfern", payments "Paymarlin", maps
"Mapbriar" and support chat "Helpmarsh" (fictional vendors, hosts under example.*)."""

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
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FS = "https://sdk.flagspindle.example.com"
PT = "https://api.pingtern.example.net"
OF = "https://consent.optfern.example.org"
PM = "https://api.paymarlin.example.com"
MB = "https://api.mapbriar.example.com"
HM = "https://widget.helpmarsh.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fs_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagspindle's evaluation: the context key the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "FlagspindleAndroid/3.4.0",
         "Authorization": "mob-" + app.key("flagspindle")}
    if get:
        acc: Acc = {}
        u = enc(ctx, "query", "u", "b64url", acc)
        return add(case(f"{app.fam}-flagspindle", f"{FS}/eval/users", query={"u": u},
                        headers=h), acc)
    return case(f"{app.fam}-flagspindle", f"{FS}/eval/users", body={"user": ctx}, headers=h)


def pt_register(app: App, rng: random.Random, *, user: bool = True, tags: dict[str, Any] | None
                = None, at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
                lang: str = "en", adid: bool = False) -> Case:
    """Pingtern's device record (JSON): the FCM token, the SDK's device ID, the device, tags and
    (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingtern"),
                            "deviceId": L(sdk_id(app, "pingtern"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingtern", f"{PT}/v2/players", body=body,
                headers={"User-Agent": L("Pingtern/5.1.2 (Android 14; Pixel 8)", DEV)})


def of_save(app: App, rng: random.Random, purposes: dict[str, bool], *, country: str = "US",
            region: str = "NY", lang: str = "en") -> Case:
    """Optfern's consent record (JSON): its visitor ID (a cookie and the body) the device's,
    country and region from the IP, the previous signed receipt in a cookie (opens nothing)."""
    vid = sdk_id(app, "optfern")
    acc: Acc = {}
    receipt = sjwt({"iss": "optfern", "sub": L(vid, DID), "v": 7,
                    "granted": sorted(p for p, v in purposes.items() if v)},
                   "cookie", "of_receipt", acc)
    return add(case(f"{app.fam}-optfern", f"{OF}/v1/records", body={
        "property": app.key("optfern"), "visitorId": L(vid, DID), "purposes": purposes,
        "notice": "v7", "language": L(lang, DEV),
        "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
        "ts": 1765321633190}, cookies={"of_vid": L(vid, DID), "of_receipt": receipt},
        headers={"User-Agent": L(app.ua, DEV)}), acc)


def of_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    acc: Acc = {}
    st = enc({"vid": L(sdk_id(app, "optfern"), DID), "p": purposes, "n": "v7"}, "cookie",
             "of_state", "b64", acc)
    return add(case(f"{app.fam}-optfern", f"{OF}/v1/status", query={
        "property": app.key("optfern")}, cookies={"of_state": st},
        headers={"User-Agent": L(WEBVIEW_UA, DEV)}), acc)


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymarlin-Android/2.14.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def pm_card(app: App, rng: random.Random, *, email: bool = False,
            zip_: str = ZIP) -> Case:
    """Paymarlin's card tokenisation (JSON): card data, holder, ZIP, the SDK's fingerprint."""
    body: dict[str, Any] = {"card": {"number": L(CARD2, PAY), "exp_month": L(CARD2_EXP[0], PAY),
                                     "exp_year": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY),
                                     "holder": L(NAME, NAMEC),
                                     "postal_code": L(zip_, COARSE)},
                            "fingerprint": L(sdk_id(app, "paymarlin"), DID),
                            "client_session": rid(rng)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymarlin", f"{PM}/v1/card_tokens", body=body, headers=_pmh(rng))


def pm_pay(app: App, rng: random.Random, amount: str, currency: str = "usd",
           desc: Any = None) -> Case:
    """Confirming a payment (a form): the client secret, the method, the amount."""
    pi = opaque(rng, "pay_", 20)
    body: dict[str, Any] = {"client_secret": L(opaque(rng, f"{pi}_cs_", 24), CRED),
                            "method": L(opaque(rng, "pmm_", 20), PAY),
                            "amount": L(amount, BUY), "currency": currency,
                            "fingerprint": L(sdk_id(app, "paymarlin"), DID)}
    if desc is not None:
        body["description"] = desc
    return case(f"{app.fam}-paymarlin", f"{PM}/v1/payments/{pi}/confirm", fmt="form", body=body,
                headers=_pmh(rng))


def pm_bank(app: App, rng: random.Random) -> Case:
    """A bank account for direct debit (a form): routing, account and holder."""
    return case(f"{app.fam}-paymarlin", f"{PM}/v1/bank_accounts", fmt="form", body={
        "routing_number": L(ROUTING, PAY), "account_number": L(ACCOUNT, PAY),
        "account_holder_name": L(NAME, NAMEC), "account_type": "checking",
        "fingerprint": L(sdk_id(app, "paymarlin"), DID)}, headers=_pmh(rng))


def _mbh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapbriarSDK/9.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mb_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Place search (GET): the typed ``q`` (labelled ``cat``), ``proximity`` as ``lon,lat``."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "language": L(lang, DEV),
                         "key": "mbk_" + app.key("mapbriar")}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapbriar", f"{MB}/search/v1/forward", query=q, headers=_mbh(app))


def mb_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of ``lat,lon`` in the URL path (whose point decides the label)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapbriar", f"{MB}/search/v1/reverse/{seg}",
             query={"types": "address", "key": "mbk_" + app.key("mapbriar")}, headers=_mbh(app))
    return at_path(c, seg, cat) if cat else c


def mb_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i]`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapbriar", f"{MB}/directions/v1/{profile}", body={
        "waypoints": wps, "alternatives": False, "language": L("en-US", DEV)},
        query={"key": "mbk_" + app.key("mapbriar")}, headers=_mbh(app))


def mb_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then fixes."""
    did = L(sdk_id(app, "mapbriar"), DID)
    evs: list[dict[str, Any]] = [{"event": L("map.load", USAGE), "created": "2025-12-09T23:12:40Z",
                                  "userId": did, "model": L("Pixel 8", DEV),
                                  "operatingSystem": L("Android 14", DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}Z", "userId": did,
             "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapbriar", "https://events.mapbriar.example.com/events/v2",
                query={"key": "mbk_" + app.key("mapbriar")}, body=evs, gz=True,
                headers={"User-Agent": "MapbriarTelemetry/9.0.3"})


def hm_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Helpmarsh message: the identity JWT the app's server signed rides in a header (a
    credential: its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Helpmarsh-Device": L(sdk_id(app, "helpmarsh"), DID)}
    if user:
        h["X-Helpmarsh-Identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                         "name": L(NAME, NAMEC), "iat": 1765321702},
                                        "header", "x-helpmarsh-identity", acc)
    return add(case(f"{app.fam}-helpmarsh", f"{HM}/api/v1/conversations/messages", body={
        "widgetId": app.key("helpmarsh"), "body": text, "clientMsgId": rid(rng),
        "customAttributes": attrs, "platform": L("android 14", DEV)}, headers=h), acc)


def hm_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to the conversation (the widget's session token a credential)."""
    conv = opaque(rng, "cnv_", 12)
    return multipart(f"{app.fam}-helpmarsh", f"{HM}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpmarsh-Device": L(sdk_id(app, "helpmarsh"), DID),
                              "X-Helpmarsh-Session": L(opaque(rng, "hms_", 40), CRED)})


__all__ = ["fs_eval", "hm_attach", "hm_message", "mb_reverse", "mb_route", "mb_search",
           "mb_telemetry", "of_save", "of_status", "pm_bank", "pm_card", "pm_pay",
           "pt_register"]
