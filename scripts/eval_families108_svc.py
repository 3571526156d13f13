"""Service SDKs of the hundred-and-eighth set, built once and called by every app with its own
choices: feature flags "Toggleacacia", push "Pushjacaranda", consent "Consentnyati", payments
"Paymunhondo" (cards, mobile money, bank payouts), maps "Mapdwala" and support chat
"Chathornbill" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families108_kit import (
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
    TEL,
    UID,
    USAGE,
    ZW_BANK,
)
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

TA = "https://flags.toggleacacia.example.com"
PJ = "https://api.pushjacaranda.example.net"
CN = "https://cmp.consentnyati.example.org"
PM = "https://api.paymunhondo.example.com"
MD = "https://api.mapdwala.example.com"
CH = "https://widget.chathornbill.example.net"
TZ = "Africa/Harare"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ta_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Toggleacacia's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("Android 14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "ToggleacaciaAndroid/3.0.7",
                         "Authorization": "mob-" + app.key("toggleacacia")}
    url = f"{TA}/msdk/evalx/users"
    if hdr:
        h["X-Toggleacacia-User"] = W(u, "b64json")
        return case(f"{app.fam}-toggleacacia", url, headers=h)
    return case(f"{app.fam}-toggleacacia", url, body={"user": u}, headers=h)


def pj_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None,
                nd: int = 2) -> Case:
    """Pushjacaranda's device record (JSON, camelCase): the FCM token, the SDK's channel ID,
    the device, zone, carrier, tags and (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pushjacaranda"),
                            "channelId": L(sdk_id(app, "pushjacaranda"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "locale": L("en_US", DEV), "timezone": L(TZ, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "optIn": True, "tags": tags or {}}
    if user:
        body["namedUser"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pushjacaranda", f"{PJ}/api/channels", body=body, headers={
        "User-Agent": L("Pushjacaranda/7.3.0 (Android 14; Pixel 8)", DEV)})


def cn_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Consentnyati's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentnyati")
    body: dict[str, Any] = {"property": app.key("consentnyati"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L("ZW", COARSE), "region": L("HA", COARSE)},
                            "userAgent": L(app.ua, DEV), "at": 1765342209118}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cn_receipt": sjwt({"iss": "consentnyati", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765290000}, "cookie", "cn_receipt", acc)}
    return add(case(f"{app.fam}-consentnyati", f"{CN}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cn_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentnyati", f"{CN}/v1/status",
                query={"property": app.key("consentnyati"), "lang": L("en", DEV)},
                cookies={"cn_state": W({"vid": L(sdk_id(app, "consentnyati"), DID),
                                        "p": purposes, "nv": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymunhondo-Android/2.6.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_id": L(sdk_id(app, "paymunhondo-d"), DID),
            "checkout": sdk_id(app, "paymunhondo-s")}


def pm_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paymunhondo's card token (a form with bracketed keys): card data, holder, the SDK's
    device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": "ZW",
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymunhondo", f"{PM}/v1/tokens", fmt="form", body=body,
                headers=_pmh(rng))


def pm_wallet(app: App, rng: random.Random, amount: str, msisdn: str, ref: Any = None) -> Case:
    """A mobile-money charge (JSON): the wallet's number receives the PIN prompt; the amount and
    the merchant's reference (``ref``: the app's own label for it)."""
    body: dict[str, Any] = {"amount": L(amount, BUY), "currency": "USD",
                            "method": "mobile_money", "msisdn": L(msisdn, TEL),
                            "merchant": app.key("paymunhondo"), **_pids(app)}
    if ref is not None:
        body["reference"] = ref
    return case(f"{app.fam}-paymunhondo", f"{PM}/v1/mobile_money/charges", body=body,
                headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paymunhondo", f"{PM}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": "usd", **_pids(app)},
                headers=_pmh(rng))


def pm_bank(app: App, rng: random.Random) -> Case:
    """A Zimbabwean bank account for payouts (a form): bank, branch, account number, holder."""
    return case(f"{app.fam}-paymunhondo", f"{PM}/v1/payout_accounts", fmt="form", body={
        "account[bank]": ZW_BANK["name"], "account[branch]": ZW_BANK["branch"],
        "account[number]": L(ZW_BANK["account"], PAY), "account[country]": "ZW",
        "account[holder]": L(NAME, NAMEC), **_pids(app)}, headers=_pmh(rng))


def _mdh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapdwalaSDK/4.8.2 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def md_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Place search (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "country": "zw",
                         "key": "md_" + app.key("mapdwala")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapdwala", f"{MD}/v2/places/search", query=q, headers=_mdh(app))


def md_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapdwala", f"{MD}/v2/reverse/{seg}",
             query={"types": "address,poi", "key": "md_" + app.key("mapdwala")},
             headers=_mdh(app))
    return at_path(c, seg, cat) if cat else c


def md_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, c) if c else la, "lng": L(lo, c) if c else lo} for (la, lo), c in stops]
    return case(f"{app.fam}-mapdwala", f"{MD}/v2/directions", body={
        "waypoints": pts, "profile": profile, "alternatives": False,
        "language": L("en-US", DEV)}, query={"key": "md_" + app.key("mapdwala")},
        headers=_mdh(app))


def md_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a style load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapdwala"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("style.loaded", USAGE), "created": "2025-12-10T06:20:31.118Z",
        "userId": did, "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(58, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T06:21:0{i}.410Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapdwala", "https://events.mapdwala.example.com/v2/events",
                query={"key": "md_" + app.key("mapdwala")}, body=evs, gz=True,
                headers={"User-Agent": "MapdwalaTelemetry/4.8.2"})


def ch_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Chathornbill message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "chathornbill"), DID)}
    if user:
        contact["user_jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765341002},
                                  "body", "contact.user_jwt", acc)
    body: dict[str, Any] = {"app_id": app.key("chathornbill"), "contact": contact,
                            "message": {"body": text, "client_ref": rid(rng)},
                            "custom_attributes": attrs,
                            "device": {"platform": L("Android 14", DEV),
                                       "model": L("Pixel 8", DEV), "app_version": app.ver}}
    return add(case(f"{app.fam}-chathornbill", f"{CH}/v3/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ch_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = opaque(rng, "cv", 12)
    return multipart(f"{app.fam}-chathornbill", f"{CH}/v3/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chathornbill-Contact": L(sdk_id(app, "chathornbill"), DID),
                              "X-Chathornbill-Session": L(opaque(rng, "chs_", 40), CRED)})


__all__ = ["ch_attach", "ch_message", "cn_check", "cn_save", "md_reverse", "md_route",
           "md_search", "md_telemetry", "pj_register", "pm_bank", "pm_card", "pm_confirm",
           "pm_wallet", "ta_eval"]
