"""Service SDKs of the ninety-eighth set, built once and called by every app with its own
choices: feature flags "Togglekudu", push "Buzzsisal", consent "Consentoryx", payments
"Paymarula" (cards and mobile-money wallets), maps "Tilefennec" and support chat "Helpdikdik"
(fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families98_kit import TZ
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, PHONE, USER_ID, Case, L, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

TK = "https://flags.togglekudu.example.com"
BZ = "https://api.buzzsisal.example.net"
CX = "https://cmp.consentoryx.example.org"
PM = "https://api.paymarula.example.com"
TF = "https://api.tilefennec.example.com"
HD = "https://chat.helpdikdik.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tk_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            q: bool = False) -> Case:
    """Togglekudu's evaluation: the context key is the user ID (the install ID signed out);
    ``q`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "TogglekuduAndroid/3.0.7",
                         "Authorization": "mob-" + app.key("togglekudu")}
    url = f"{TK}/msdk/evalx/context"
    if q:
        acc: Acc = {}
        c = enc(ctx, "query", "ctx", "b64url", acc)
        return add(case(f"{app.fam}-togglekudu", url, query={"ctx": c, "withReasons": "false"},
                        headers=h), acc)
    return case(f"{app.fam}-togglekudu", url, body=ctx, headers=h)


def bz_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "so") -> Case:
    """Buzzsisal's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the SIM carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("buzzsisal"),
                            "deviceId": L(sdk_id(app, "buzzsisal"), DID),
                            "pushToken": L(push_token(rng), DID), "deviceType": 1,
                            "language": L(lang, DEV), "timezone": L(TZ, DEV),
                            "deviceModel": L("Pixel 8", DEV),
                            "carrier": L("Example Mobile", CARRIER), "sdk": "050103",
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"] = L(round(at[0], nd), _cat(nd))
        body["long"] = L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-buzzsisal", f"{BZ}/api/v1/players", body=body,
                headers={"User-Agent": L("Buzzsisal/5.1.3 (Android 14; Pixel 8)", DEV)})


def cx_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "SO", region: str = "BN") -> Case:
    """Consentoryx's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentoryx")
    body: dict[str, Any] = {"property": app.key("consentoryx"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "location": {"country": L(country, COARSE),
                                         "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765352211044}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cx_receipt": sjwt({"iss": "consentoryx", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765210000}, "cookie", "cx_receipt", acc)}
    return add(case(f"{app.fam}-consentoryx", f"{CX}/v3/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cx_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    acc: Acc = {}
    state = enc({"vid": L(sdk_id(app, "consentoryx"), DID), "p": purposes, "v": 7},
                "cookie", "cx_state", "b64", acc)
    return add(case(f"{app.fam}-consentoryx", f"{CX}/v3/status",
                    query={"property": app.key("consentoryx"), "lang": L("so", DEV)},
                    cookies={"cx_state": state}, headers={"User-Agent": L(WEBVIEW_UA, DEV)}), acc)


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymarula-Android/2.6.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "paymarula-d"), DID),
            "checkout_session": sdk_id(app, "paymarula-s")}


def pm_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paymarula's card token (a form with bracketed keys): card data, the holder and the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": "US",
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymarula", f"{PM}/v1/tokens", fmt="form", body=body,
                headers=_pmh(rng))


def pm_wallet(app: App, rng: random.Random, amount: str, ref: str | None = None) -> Case:
    """A mobile-money debit (a form): the wallet is her number (``contact.phone`` and
    ``financial.payment``), the amount, the app's reference and the wallet's OTP."""
    body: dict[str, Any] = {"wallet[msisdn]": L(PHONE, f"{TEL}|{PAY}"),
                            "wallet[provider]": "lacagnet", "amount": L(amount, BUY),
                            "currency": "usd", "otp": L("660214", CRED), **_pids(app)}
    if ref:
        body["reference"] = L(ref, BUY)
    return case(f"{app.fam}-paymarula", f"{PM}/v1/mobile_money/charges", fmt="form", body=body,
                headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paymarula", f"{PM}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": "usd", **_pids(app)},
                headers=_pmh(rng))


def _tfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Tilefennec/8.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def tf_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Place search (GET): the typed text in ``q`` (labelled ``cat``), biased by a ``near`` of
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L("so", DEV),
                         "key": "tf_" + app.key("tilefennec")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilefennec", f"{TF}/v2/places/search", query=q, headers=_tfh(app))


def tf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilefennec", f"{TF}/v2/reverse/{seg}",
             query={"types": "address,poi", "key": "tf_" + app.key("tilefennec")},
             headers=_tfh(app))
    return at_path(c, seg, cat) if cat else c


def tf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "auto") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilefennec", f"{TF}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "language": L("so", DEV)},
        query={"key": "tf_" + app.key("tilefennec")}, headers=_tfh(app))


def tf_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilefennec"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T08:02:11.310Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T08:02:1{i}.004Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilefennec", "https://events.tilefennec.example.com/events/v2",
                query={"key": "tf_" + app.key("tilefennec")}, body=evs, gz=True,
                headers={"User-Agent": "TilefennecTelemetry/8.4.1"})


def hd_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Helpdikdik message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"device": L(sdk_id(app, "helpdikdik"), DID)}
    if user:
        contact["jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                              "name": L(NAME, NAMEC), "iat": 1765352930},
                             "body", "contact.jwt", acc)
    body: dict[str, Any] = {"widget_id": app.key("helpdikdik"), "contact": contact,
                            "body": text, "local_id": rid(rng), "custom": attrs,
                            "device": {"platform": L("Android 14", DEV),
                                       "model": L("Pixel 8", DEV), "app": app.ver}}
    return add(case(f"{app.fam}-helpdikdik", f"{HD}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hd_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hdk_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpdikdik", f"{HD}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"local_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Dikdik-Device": L(sdk_id(app, "helpdikdik"), DID),
                              "X-Dikdik-Session": L(opaque(rng, "hds_", 40), CRED)})


__all__ = ["bz_register", "cx_check", "cx_save", "hd_attach", "hd_message", "pm_card",
           "pm_confirm", "pm_wallet", "tf_reverse", "tf_route", "tf_search", "tf_telemetry",
           "tk_eval"]
