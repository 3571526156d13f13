"""Service SDKs of the seventy-third set, built once and called by every app with its own
choices: feature flags "Switchgorse", push "Pushmerle", consent "Assentra", payments
"Payrowan", maps "Mapkestrel" and support chat "Chatsorrel" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

SG = "https://flags.switchgorse.example.com"
PM = "https://api.pushmerle.example.net"
AS = "https://consent.assentra.example.org"
PR = "https://api.payrowan.example.com"
MK = "https://maps.mapkestrel.example.com"
CS = "https://widget.chatsorrel.example.net"
Pt = tuple[float, float]
CARD = "4000002710000007"  # her card (a test-range number)


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sg_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Switchgorse's evaluation: the context key is the user ID; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID), "anon": False,
                           "custom": {"app_version": app.ver, "platform": L("android 14", DEV),
                                      **attrs}}
    h: dict[str, Any] = {"User-Agent": "SwitchgorseAndroid/2.7.0",
                         "Authorization": "sg-client-" + app.key("switchgorse")}
    if hdr:
        h["X-Sg-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-switchgorse", f"{SG}/v1/flags", headers=h)
    return case(f"{app.fam}-switchgorse", f"{SG}/v1/flags/evaluate", body={"user": ctx},
                headers=h)


def pm_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en") -> Case:
    """Pushmerle's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device and tags; ``at`` the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pushmerle"),
                            "deviceId": L(sdk_id(app, "pushmerle"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L(lang, DEV), "tz": L("Africa/Johannesburg", DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "userId": L(USER_ID, UID), "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pushmerle", f"{PM}/v3/subscriptions", body=body,
                headers={"User-Agent": L("Pushmerle/5.1.2 (Android 14; Pixel 8)", DEV)})


def as_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Assentra's consent record (POPIA banner): the visitor ID, choices, the country from the IP,
    and the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentra")
    body = {"property": app.key("assentra"), "visitorId": L(vid, DID), "purposes": purposes,
            "framework": "popia", "country": L("ZA", COARSE), "ua": L(app.ua, DEV),
            "ts": 1765381233190}
    acc: Acc = {}
    cookies = {"as_rcpt": sjwt({"iss": "assentra", "sub": L(vid, DID), "v": 3,
                                "iat": 1765300000}, "cookie", "as_rcpt", acc)}
    return add(case(f"{app.fam}-assentra", f"{AS}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def as_check(app: App, rng: random.Random) -> Case:
    """A web view's status check: base64 JSON cookie with the visitor ID."""
    return case(f"{app.fam}-assentra", f"{AS}/v1/status", query={
        "property": app.key("assentra"), "lang": L("en-ZA", DEV)},
        cookies={"as_state": W({"vid": L(sdk_id(app, "assentra"), DID), "ok": True},
                               "b64json")}, headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _prh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payrowan-Android/3.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pr_pub_" + opaque(rng, "", 24)}


def pr_card(app: App, rng: random.Random) -> Case:
    """Payrowan's card tokenisation (a form with bracketed keys) and the device fingerprint."""
    return case(f"{app.fam}-payrowan", f"{PR}/v1/card_tokens", fmt="form", body={
        "card[pan]": L(CARD, PAY), "card[expiry]": L("08/28", PAY), "card[cvv]": L("317", PAY),
        "card[holder]": L(NAME, NAMEC), "billing[email]": L(EMAIL, MAIL),
        "fingerprint": L(sdk_id(app, "payrowan"), DID)}, headers=_prh(rng))


def pr_charge(app: App, rng: random.Random, amount: str, what: str) -> Case:
    """A charge (JSON): the amount and description ``financial.purchase``, the saved card's
    token ``financial.payment``."""
    return case(f"{app.fam}-payrowan", f"{PR}/v1/charges", body={
        "amount": L(amount, BUY), "currency": "ZAR", "description": L(what, BUY),
        "source": L(opaque(rng, "ctok_", 22), PAY), "customer": L(USER_ID, UID),
        "fingerprint": L(sdk_id(app, "payrowan"), DID), "threeDS": {"challenge": "frictionless"}},
        headers=_prh(rng))


def _mkh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapkestrel/7.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mk_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Place search (GET): the typed ``q`` labelled ``cat``, biased by ``near`` (``lat,lng``)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "country": "za",
                         "key": "mk_" + app.key("mapkestrel")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapkestrel", f"{MK}/v2/places", query=q, headers=_mkh(app))


def mk_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a ``lat,lng`` path segment (whose point decides the label)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapkestrel", f"{MK}/v2/reverse/{seg}",
             query={"key": "mk_" + app.key("mapkestrel")}, headers=_mkh(app))
    return at_path(c, seg, cat) if cat else c


def mk_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "drive") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, c) if c else la, "lng": L(lo, c) if c else lo} for (la, lo), c in stops]
    return case(f"{app.fam}-mapkestrel", f"{MK}/v2/directions", body={
        "waypoints": wps, "profile": mode, "alternatives": False},
        query={"key": "mk_" + app.key("mapkestrel")}, headers=_mkh(app))


def cs_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Chatsorrel message: the user's identity JWT (signed by the app's server) in a JSON
    field (a credential; its claims the user ID, e-mail and name)."""
    acc: Acc = {}
    who = {"visitor_id": L(sdk_id(app, "chatsorrel"), DID),
           "jwt": tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                       "name": L(NAME, NAMEC), "exp": 1765390000}, "body", "who.jwt", acc)}
    body = {"widget": app.key("chatsorrel"), "who": who, "body": text, "meta": attrs,
            "client_msg_id": rid(rng)}
    return add(case(f"{app.fam}-chatsorrel", f"{CS}/api/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cs_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file in a conversation (multipart; the visitor session header a credential)."""
    conv = "csc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatsorrel", f"{CS}/api/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Cs-Visitor": L(sdk_id(app, "chatsorrel"), DID),
                              "X-Cs-Session": L(opaque(rng, "css_", 40), CRED)})


__all__ = ["CARD", "as_check", "as_save", "cs_message", "cs_upload", "mk_reverse",
           "mk_route", "mk_search", "pm_register", "pr_card", "pr_charge", "sg_eval"]
