"""Service SDKs of the hundred-and-twenty-seventh set, built once and called by every app with
its own choices: feature flags "Togglequince", push "Nudgecorral", consent "Consentorel",
payments "Paygrackle", maps "Tilegannet" and support chat "Chatloam" (fictional vendors, hosts
under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families127_kit import (
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
    UID,
    USAGE,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

TQ = "https://flags.togglequince.example.com"
NC = "https://push.nudgecorral.example.net"
CO = "https://consent.consentorel.example.org"
PG = "https://api.paygrackle.example.com"
TG = "https://maps.tilegannet.example.com"
CL = "https://api.chatloam.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tq_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Togglequince's evaluation: the subject key is the user ID; ``hdr`` sends the subject as
    base64 JSON in a request header of a GET."""
    subj: dict[str, Any] = {"key": L(USER_ID, UID), "device": L(INSTALL_ID, DID),
                            "custom": {"appVersion": app.ver, "platform": L("Android 14", DEV),
                                       **attrs}}
    h: dict[str, Any] = {"User-Agent": "Togglequince-Android/4.0.7",
                         "X-TQ-Client-Key": "tqc_" + app.key("togglequince")}
    url = f"{TQ}/api/v1/flags"
    if hdr:
        h["X-TQ-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-togglequince", url, headers=h)
    return case(f"{app.fam}-togglequince", url, body={"subject": subj}, headers=h)


def nc_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
                lang: str = "en-US") -> Case:
    """Nudgecorral's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, tags and (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("nudgecorral"),
                            "deviceId": L(sdk_id(app, "nudgecorral"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "userId": L(USER_ID, UID), "language": L(lang, DEV),
                            "timeZone": L(tz, DEV), "deviceModel": L("Pixel 8", DEV),
                            "osVersion": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-nudgecorral", f"{NC}/v3/subscriptions", body=body,
                headers={"User-Agent": L("Nudgecorral/5.2 (Android 14; Pixel 8)", DEV)})


def co_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            country: str = "US") -> Case:
    """Consentorel's record (the visitor ID the device's; the country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentorel")
    body: dict[str, Any] = {"property": app.key("consentorel"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "country": L(country, COARSE), "userAgent": L(app.ua, DEV)}
    acc: Acc = {}
    cookies = {"co_rcpt": sjwt({"iss": "consentorel", "vid": L(vid, DID),
                                "granted": sorted(p for p, v in purposes.items() if v),
                                "iat": 1765100000}, "cookie", "co_rcpt", acc)}
    return add(case(f"{app.fam}-consentorel", f"{CO}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def co_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentorel", f"{CO}/v1/status",
                query={"property": app.key("consentorel"), "hl": L("en", DEV)},
                cookies={"co_state": W({"vid": L(sdk_id(app, "consentorel"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pgh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paygrackle-Android/3.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pgk_live_" + opaque(rng, "", 24)}


def pg_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paygrackle's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[holder]": L(NAME, NAMEC), "card[zip]": L(ZIP, COARSE),
                            "fingerprint": L(sdk_id(app, "paygrackle"), DID)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paygrackle", f"{PG}/v1/card_tokens", fmt="form", body=body,
                headers=_pgh(rng))


def pg_charge(app: App, rng: random.Random, amount: str, currency: str = "usd",
              desc: str = "") -> Case:
    """A charge with the token just made (a form): the amount, a description, the method."""
    return case(f"{app.fam}-paygrackle", f"{PG}/v1/charges", fmt="form", body={
        "amount": L(amount, BUY), "currency": currency, "description": L(desc, BUY),
        "source": L(opaque(rng, "ctok_", 24), PAY), "client_ref": rid(rng),
        "fingerprint": L(sdk_id(app, "paygrackle"), DID)}, headers=_pgh(rng))


def _tgh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Tilegannet/8.1.0 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def tg_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``), biased by ``near`` as
    ``lat,lon`` (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "tg_" + app.key("tilegannet")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilegannet", f"{TG}/geocode/v2/search", query=q, headers=_tgh(app))


def tg_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilegannet", f"{TG}/geocode/v2/reverse/{seg}",
             query={"key": "tg_" + app.key("tilegannet")}, headers=_tgh(app))
    return at_path(c, seg, cat) if cat else c


def tg_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "foot") -> Case:
    """Directions (JSON): ``waypoints[i]`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilegannet", f"{TG}/directions/v1", body={
        "waypoints": wps, "profile": mode, "lang": L("en-US", DEV)},
        query={"key": "tg_" + app.key("tilegannet")}, headers=_tgh(app))


def tg_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load, then the last fixes."""
    did = L(sdk_id(app, "tilegannet"), DID)
    evs: list[dict[str, Any]] = [{"kind": L("map.load", USAGE), "ts": 1765322000118,
                                  "sdk_device": did, "os": L("Android 14", DEV)}]
    evs += [{"kind": L("location", USAGE), "ts": 1765322010000 + 1000 * i, "sdk_device": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 5.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilegannet", "https://events.tilegannet.example.com/v1/batch",
                query={"key": "tg_" + app.key("tilegannet")}, body=evs, gz=True,
                headers={"User-Agent": "TilegannetTelemetry/8.1.0"})


def cl_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Chatloam message: the identity token the app's server signed rides in a JSON field (a
    JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "chatloam"), DID),
                               "user_jwt": tok({"uid": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                                "name": L(NAME, NAMEC), "iat": 1765321999},
                                               "body", "contact.user_jwt", acc)}
    body: dict[str, Any] = {"inbox": app.key("chatloam"), "contact": contact,
                            "message": {"body": text, "local_id": rid(rng)},
                            "custom_attributes": attrs,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "app": app.ver}}
    return add(case(f"{app.fam}-chatloam", f"{CL}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cl_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "clc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatloam", f"{CL}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"local_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatloam-Contact": L(sdk_id(app, "chatloam"), DID),
                              "X-Chatloam-Session": L(opaque(rng, "cls_", 40), CRED)})


__all__ = ["cl_attach", "cl_message", "co_check", "co_save", "nc_register", "pg_card",
           "pg_charge", "tg_reverse", "tg_route", "tg_search", "tg_telemetry", "tq_eval"]
