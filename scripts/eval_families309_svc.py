"""Service SDKs of the three-hundred-and-ninth set, built once and called by every app with its
own choices: feature flags "Flagdangaura", push "Pingghonghi", consent "Consentkulwa", payments
"Coinrupiya", maps "Mapchure" and support chat "Helpjitiya" (fictional vendors, hosts
under example.*). The shapes are set 151's ``_svc.py`` copied with the vendors, hosts, zone,
country, language, currency (NPR) and bank account (her Nepali account) changed."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families309_kit import NP_ACCOUNT
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

FN = "https://eval.flagdangaura.example.net"
PT = "https://api.pingghonghi.example.com"
CY = "https://consent.consentkulwa.example.org"
CL = "https://api.coinrupiya.example.com"
MM = "https://maps.mapchure.example.net"
HS = "https://widget.helpjitiya.example.org"
TZ = "Asia/Kathmandu"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fn_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Flagdangaura's evaluation: the targeting key is the user ID; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID),
                           "attrs": {"appVersion": app.ver, "platform": L("android 14", DEV),
                                     "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "flagdangaura-android/1.2.0",
                         "X-Flagdangaura-Env": "env_" + app.key("flagdangaura")}
    if hdr:
        h["X-Flagdangaura-Ctx"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagdangaura", f"{FN}/v1/flags", headers=h)
    return case(f"{app.fam}-flagdangaura", f"{FN}/v1/flags/evaluate", body=ctx, headers=h)


def pt_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en") -> Case:
    """Pingghonghi's subscriber record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pingghonghi"),
                            "subscriberId": L(sdk_id(app, "pingghonghi"), DID),
                            "fcmToken": L(push_token(rng), DID), "language": L(lang, DEV),
                            "timeZone": L(TZ, DEV), "deviceModel": L("Pixel 8", DEV),
                            "osVersion": L("14", DEV),
                            "carrierName": L("Example Mobile", CARRIER),
                            "appVersion": app.ver, "externalUserId": L(USER_ID, UID),
                            "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingghonghi", f"{PT}/v3/subscribers", body=body,
                headers={"User-Agent": L("Pingghonghi/5.0.4 (Android 14; Pixel 8)", DEV)})


def cy_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Consentkulwa's record (its visitor ID the device's; the country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentkulwa")
    body: dict[str, Any] = {"property": app.key("consentkulwa"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 3, "country": L("NP", COARSE),
                            "userAgent": L(app.ua, DEV), "userId": L(USER_ID, UID),
                            "at": 1765322210117}
    acc: Acc = {}
    cookies = {"cy_proof": sjwt({"iss": "consentkulwa", "sub": L(vid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765210000}, "cookie", "cy_proof", acc)}
    return add(case(f"{app.fam}-consentkulwa", f"{CY}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cy_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentkulwa", f"{CY}/v1/state",
                query={"property": app.key("consentkulwa"), "hl": L("en", DEV)},
                cookies={"cy_state": W({"vid": L(sdk_id(app, "consentkulwa"), DID),
                                        "p": purposes, "v": 3}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _clh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinrupiya-Android/3.0.1", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _cids(app: App) -> dict[str, Any]:
    return {"device_ref": L(sdk_id(app, "coinrupiya-d"), DID),
            "sdk_session": sdk_id(app, "coinrupiya-s")}


def cl_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Coinrupiya's card token (a form, bracketed keys): card data, holder, the device ref."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": L("NP", COARSE),
                            **_cids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinrupiya", f"{CL}/v1/tokens", fmt="form", body=body,
                headers=_clh(rng))


def cl_confirm(app: App, rng: random.Random, amount: str, currency: str = "npr") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-coinrupiya", f"{CL}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_cids(app)},
                headers=_clh(rng))


def cl_wallet(app: App, rng: random.Random, amount: str, msisdn: Any) -> Case:
    """A mobile-money payout or collection (JSON): the wallet's number, the amount."""
    return case(f"{app.fam}-coinrupiya", f"{CL}/v1/mobile_money", body={
        "wallet": {"msisdn": msisdn, "provider": "np_wallet"}, "amount": L(amount, BUY),
        "currency": "NPR", "bank_account": L(NP_ACCOUNT, PAY), "reference": rid(rng),
        **_cids(app)}, headers=_clh(rng))


def _mmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapchure/7.2.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mm_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L("en", DEV),
                         "key": "mm_" + app.key("mapchure")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapchure", f"{MM}/v2/geocode", query=q, headers=_mmh(app))


def mm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapchure", f"{MM}/v2/reverse/{seg}",
             query={"types": "address,place", "key": "mm_" + app.key("mapchure")},
             headers=_mmh(app))
    return at_path(c, seg, cat) if cat else c


def mm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapchure", f"{MM}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "lang": L("en-NP", DEV)},
        query={"key": "mm_" + app.key("mapchure")}, headers=_mmh(app))


def mm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapchure"), DID)
    evs: list[dict[str, Any]] = [{
        "kind": L("map.load", USAGE), "t": "2025-12-10T07:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"kind": L("loc", USAGE), "t": f"2025-12-10T07:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 8.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapchure", "https://events.mapchure.example.net/v2/batch",
                query={"key": "mm_" + app.key("mapchure")}, body=evs, gz=True,
                headers={"User-Agent": "MapchureTelemetry/7.2.0"})


def hs_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Helpjitiya message: the identity token the app's server signed rides in a JSON
    field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "helpjitiya"), DID),
                               "user_jwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                                "name": L(NAME, NAMEC), "iat": 1765322301},
                                               "body", "contact.user_jwt", acc)}
    body: dict[str, Any] = {"inbox": app.key("helpjitiya"), "contact": contact,
                            "body": text, "client_ref": rid(rng), "custom": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app": app.ver}}
    return add(case(f"{app.fam}-helpjitiya", f"{HS}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hs_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hsc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpjitiya", f"{HS}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-HS-Contact": L(sdk_id(app, "helpjitiya"), DID),
                              "X-HS-Session": L(opaque(rng, "hss_", 40), CRED)})


__all__ = ["cl_card", "cl_confirm", "cl_wallet", "cy_check", "cy_save",
           "fn_eval", "hs_attach", "hs_message", "mm_geocode", "mm_reverse", "mm_route",
           "mm_telemetry", "pt_register"]
