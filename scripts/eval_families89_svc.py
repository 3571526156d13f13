"""Service SDKs of the eighty-ninth set, built once and called by every app with its own
choices: feature flags "Droshani", push "Zarebi", consent "Tankhmoba", payments "Gadakhdi", maps
"Rukaveli" and support chat "Dakhmarly" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

DR = "https://flags.droshani.example.com"
ZR = "https://api.zarebi.example.net"
TK = "https://consent.tankhmoba.example.org"
GD = "https://api.gadakhdi.example.com"
RK = "https://maps.rukaveli.example.com"
DK = "https://widget.dakhmarly.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def dr_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Droshani's evaluation: the context's ``id`` is the user ID; ``hdr`` sends the context as
    base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"id": L(USER_ID, UID), "type": "user",
                           "custom": {"appVersion": app.ver, "platform": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "DroshaniAndroid/4.2.1",
                         "Authorization": "dr-mob-" + app.key("droshani")}
    url = f"{DR}/v3/eval"
    if hdr:
        h["X-Droshani-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-droshani", url, headers=h)
    return case(f"{app.fam}-droshani", url, body={"context": ctx, "flags": "*"}, headers=h)


def zr_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
                lang: str = "en") -> Case:
    """Zarebi's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the device,
    tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("zarebi"),
                            "subscriptionId": L(sdk_id(app, "zarebi"), DID),
                            "pushToken": L(push_token(rng), DID), "type": "AndroidPush",
                            "language": L(lang, DEV), "timezoneId": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "deviceOs": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "sdk": "050301",
                            "externalId": L(USER_ID, UID), "tags": tags or {}}
    if at is not None:
        body["lat"] = L(round(at[0], nd), _cat(nd))
        body["long"] = L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-zarebi", f"{ZR}/v1/subscriptions", body=body,
                headers={"User-Agent": L("Zarebi-Android/5.3.1 (Android 14; Pixel 8)", DEV)})


def tk_save(app: App, rng: random.Random, purposes: dict[str, bool], *, country: str = "US",
            region: str = "NY") -> Case:
    """Tankhmoba's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "tankhmoba")
    body: dict[str, Any] = {"property": app.key("tankhmoba"), "visitorId": L(vid, DID),
                            "purposes": purposes, "policyVersion": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765391633190}
    acc: Acc = {}
    cookies = {"tk_receipt": sjwt({"iss": "tankhmoba", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "tk_receipt", acc)}
    return add(case(f"{app.fam}-tankhmoba", f"{TK}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def tk_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-tankhmoba", f"{TK}/v1/status",
                query={"property": app.key("tankhmoba"), "hl": L("en", DEV)},
                cookies={"tk_state": W({"vid": L(sdk_id(app, "tankhmoba"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _gdh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Gadakhdi/Android 2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _gids(app: App) -> dict[str, Any]:
    return {"radar_device": L(sdk_id(app, "gadakhdi-d"), DID),
            "radar_session": sdk_id(app, "gadakhdi-s")}


def gd_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Gadakhdi's card token (a form with bracketed keys): card data, holder, ZIP and the SDK's
    device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_gids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-gadakhdi", f"{GD}/v1/tokens", fmt="form", body=body,
                headers=_gdh(rng))


def gd_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-gadakhdi", f"{GD}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_gids(app)},
                headers=_gdh(rng))


def _rkh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"RukaveliSDK/8.4.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def rk_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "rk_" + app.key("rukaveli")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-rukaveli", f"{RK}/geocode/v1/search", query=q, headers=_rkh(app))


def rk_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-rukaveli", f"{RK}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "rk_" + app.key("rukaveli")}, headers=_rkh(app))
    return at_path(c, seg, cat) if cat else c


def rk_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "foot") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-rukaveli", f"{RK}/directions/v1", body={
        "waypoints": wps, "profile": mode, "units": "metric", "locale": L("en-US", DEV)},
        query={"key": "rk_" + app.key("rukaveli")}, headers=_rkh(app))


def rk_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "rukaveli"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T16:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T16:13:0{i}.210Z",
             "device": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-rukaveli", "https://events.rukaveli.example.com/v1/events",
                query={"key": "rk_" + app.key("rukaveli")}, body=evs, gz=True,
                headers={"User-Agent": "RukaveliTelemetry/8.4.0"})


def dk_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               email: Any = None) -> Case:
    """A Dakhmarly message: the identity token the app's server signed rides in a JSON field
    (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    user: dict[str, Any] = {"visitor": L(sdk_id(app, "dakhmarly"), DID)}
    user["jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                       "name": L(NAME, NAMEC), "iat": 1765391702}, "body", "user.jwt", acc)
    if email is not None:
        user["email"] = email
    body: dict[str, Any] = {"app": app.key("dakhmarly"), "user": user, "body": text,
                            "client_msg_id": rid(rng), "custom": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-dakhmarly", f"{DK}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def dk_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "dkc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-dakhmarly", f"{DK}/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Dakhmarly-Visitor": L(sdk_id(app, "dakhmarly"), DID),
                              "X-Dakhmarly-Session": L(opaque(rng, "dks_", 40), CRED)})


__all__ = ["dk_attach", "dk_message", "dr_eval", "gd_card", "gd_confirm", "rk_geocode",
           "rk_reverse", "rk_route", "rk_telemetry", "tk_check", "tk_save", "zr_register"]
