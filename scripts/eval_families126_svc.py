"""Service SDKs of the hundred-and-twenty-sixth set, built once and called by every app with its
own choices: feature flags "Togglepalm", push "Pingconch", consent "Optlagoon", payments
"Paykava", maps "Tilemangrove" and support chat "Helplagoon" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

BUY = "financial.purchase"
TP = "https://flags.togglepalm.example.com"
PC = "https://api.pingconch.example.net"
OL = "https://consent.optlagoon.example.org"
PK = "https://api.paykava.example.com"
TM = "https://maps.tilemangrove.example.com"
HL = "https://widget.helplagoon.example.net"
Pt = tuple[float, float]
MODEL = "SM-A546E"


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tp_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Togglepalm's evaluation: the user key is the user ID; ``hdr`` sends the user as base64
    JSON in a request header of a GET."""
    user: dict[str, Any] = {"key": L(USER_ID, UID), "custom": {
        "appVersion": app.ver, "os": L("Android 14", DEV), "device": L(MODEL, DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "TogglepalmAndroid/3.0.7",
                         "Authorization": "mob-" + app.key("togglepalm")}
    if hdr:
        h["X-Togglepalm-User"] = W(user, "b64json")
        return case(f"{app.fam}-togglepalm", f"{TP}/sdk/eval", headers=h)
    return case(f"{app.fam}-togglepalm", f"{TP}/sdk/eval", body={"user": user}, headers=h)


def pc_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "sm") -> Case:
    """Pingconch's device record (JSON camelCase): the FCM token, the SDK's device ID, the device,
    the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pingconch"),
                            "deviceId": L(sdk_id(app, "pingconch"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L("Pacific/Apia", DEV),
                            "model": L(MODEL, DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "externalId": L(USER_ID, UID), "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingconch", f"{PC}/v3/devices", body=body,
                headers={"User-Agent": L(f"Pingconch/4.2 (Android 14; {MODEL})", DEV)})


def pc_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the SDK's device ID, the campaign (a negative)."""
    return case(f"{app.fam}-pingconch", f"{PC}/v3/opens", fmt="form", body={
        "appKey": app.key("pingconch"), "deviceId": L(sdk_id(app, "pingconch"), DID),
        "campaign": campaign, "action": L("opened", USAGE), "ts": "1765357220"},
        headers={"User-Agent": L(f"Pingconch/4.2 (Android 14; {MODEL})", DEV)})


def ol_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Optlagoon's consent record (its visitor ID the device's; country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "optlagoon")
    acc: Acc = {}
    cookies = {"ol_rcpt": sjwt({"iss": "optlagoon", "vid": L(vid, DID),
                                "granted": sorted(p for p, v in purposes.items() if v),
                                "iat": 1765200000}, "cookie", "ol_rcpt", acc)}
    return add(case(f"{app.fam}-optlagoon", f"{OL}/v1/records", body={
        "property": app.key("optlagoon"), "visitorId": L(vid, DID), "purposes": purposes,
        "version": 7, "geo": {"country": L("WS", COARSE)}, "ua": L(app.ua, DEV),
        "at": 1765321633190}, cookies=cookies, headers={"User-Agent": L(app.ua, DEV)}), acc)


def ol_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-optlagoon", f"{OL}/v1/status",
                query={"property": app.key("optlagoon"), "lang": L("sm", DEV)},
                cookies={"ol_state": W({"vid": L(sdk_id(app, "optlagoon"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pkh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paykava-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _fp(app: App) -> dict[str, Any]:
    return {"device_fp": L(sdk_id(app, "paykava-d"), DID), "sdk_session": sdk_id(app, "pk-s")}


def pk_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paykava's card token (a form with bracketed keys): card data, holder, device print."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": "US",
                            **_fp(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paykava", f"{PK}/v1/tokens", fmt="form", body=body,
                headers=_pkh(rng))


def pk_confirm(app: App, rng: random.Random, amount: str, currency: str = "wst") -> Case:
    """Confirming a payment intent (a form): client secret, method and amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paykava", f"{PK}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_fp(app)},
                headers=_pkh(rng))


def pk_wallet(app: App, rng: random.Random, msisdn: L, amount: str) -> Case:
    """A mobile-money charge (JSON): her wallet's number and the amount."""
    return case(f"{app.fam}-paykava", f"{PK}/v1/mobile_money/charges", body={
        "wallet_number": msisdn, "amount": L(amount, BUY), "currency": "WST",
        "reference": rid(rng), **_fp(app)}, headers=_pkh(rng))


def _tmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Tilemangrove/7.3 {app.name}/{app.ver} (Android 14; {MODEL})", DEV)}


def tm_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Forward geocoding (GET): typed text (labelled ``cat``) near a ``lat,lon`` ``near``."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L("en", DEV),
                         "key": "tm_" + app.key("tilemangrove")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilemangrove", f"{TM}/v2/geocode", query=q, headers=_tmh(app))


def tm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point it is decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilemangrove", f"{TM}/v2/reverse/{seg}",
             query={"key": "tm_" + app.key("tilemangrove")}, headers=_tmh(app))
    return at_path(c, seg, cat) if cat else c


def tm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i]`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilemangrove", f"{TM}/v2/route", body={
        "waypoints": wps, "profile": mode, "language": L("en-WS", DEV)},
        query={"key": "tm_" + app.key("tilemangrove")}, headers=_tmh(app))


def hl_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Helplagoon message: the identity token the app's server signed rides in a JSON field
    (a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact = {"id": L(sdk_id(app, "helplagoon"), DID),
               "auth_token": tok({"uid": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                  "name": L(NAME, NAMEC), "iat": 1765321702},
                                 "body", "contact.auth_token", acc)}
    body = {"inbox": app.key("helplagoon"), "contact": contact, "body": text,
            "echo_id": rid(rng), "custom_attributes": attrs,
            "device": {"os": L("Android 14", DEV), "model": L(MODEL, DEV), "app": app.ver}}
    return add(case(f"{app.fam}-helplagoon", f"{HL}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hl_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hlc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helplagoon", f"{HL}/api/v1/conversations/{conv}/attachments",
                     [("attachment", filename, ctype, media),
                      ("meta", None, "application/json", {"echo_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helplagoon-Contact": L(sdk_id(app, "helplagoon"), DID),
                              "X-Helplagoon-Session": L(opaque(rng, "hls_", 40), CRED)})


__all__ = ["hl_attach", "hl_message", "ol_check", "ol_save", "pc_opened", "pc_register",
           "pk_card", "pk_confirm", "pk_wallet", "tm_reverse", "tm_route", "tm_search",
           "tp_eval"]
