"""Service SDKs of the hundred-and-fifteenth set, built once and called by every app with its own
choices: feature flags "Flagmarram", push "Pingsorrel", consent "Consentamber", payments
"Paymallow" (cards and Ethiopian mobile money), maps "Maptamarind" and support chat "Chatsedge"
(fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families115_kit import (
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    ET_PHONE,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    ROAM,
    UID,
    USAGE,
    WALLET,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

FM = "https://flags.flagmarram.example.com"
PS = "https://api.pingsorrel.example.net"
CA = "https://consent.consentamber.example.org"
PM = "https://api.paymallow.example.com"
MT = "https://maps.maptamarind.example.com"
CS = "https://widget.chatsedge.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fm_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, query: bool = False) -> Case:
    """Flagmarram's evaluation: the context's key is the user ID; ``query`` sends the context
    as base64url JSON in the query of a GET instead of a JSON body."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID), "device": L(INSTALL_ID, DID),
                           "custom": {"os": L("Android 14", DEV), "appVersion": app.ver,
                                      **attrs}}
    h = {"User-Agent": "Flagmarram-Android/2.9.0",
         "Authorization": "fmk_" + app.key("flagmarram")}
    url = f"{FM}/v1/flags"
    if query:
        acc: Acc = {}
        c = enc(ctx, "query", "ctx", "b64url", acc)
        return add(case(f"{app.fam}-flagmarram", url, query={"ctx": c, "env": "prod"},
                        headers=h), acc)
    return case(f"{app.fam}-flagmarram", url, body={"context": ctx, "env": "prod"}, headers=h)


def ps_subscribe(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                 at: Pt | None = None, nd: int = 2, roam: bool = True,
                 tz: str = "Africa/Addis_Ababa", lang: str = "ti") -> Case:
    """Pingsorrel's subscription (JSON, camelCase): the FCM token, the SDK's subscriber ID, the
    external user ID, the device, the network, tags and (``at``) a position."""
    body: dict[str, Any] = {"appId": app.key("pingsorrel"),
                            "subscriberId": L(sdk_id(app, "pingsorrel"), DID),
                            "pushToken": L(push_token(rng), DID), "externalUserId": L(USER_ID, UID),
                            "deviceModel": L("Pixel 8", DEV), "deviceOs": L("14", DEV),
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "carrier": L(ROAM["name"] if roam else "Example Mobile", CARRIER),
                            "tags": tags or {}, "sdk": "060204"}
    if at is not None:
        body["lat"], body["long"] = (L(round(at[0], nd), _cat(nd)),
                                     L(round(at[1], nd), _cat(nd)))
    return case(f"{app.fam}-pingsorrel", f"{PS}/api/v1/players", body=body,
                headers={"User-Agent": L("Pingsorrel/6.2.4 (Android 14; Pixel 8)", DEV)})


def ps_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """An opened notification (a form): the notification and campaign IDs are negatives."""
    return case(f"{app.fam}-pingsorrel", f"{PS}/api/v1/notifications/{rid(rng)}/opened",
                fmt="form", body={"app_id": app.key("pingsorrel"),
                                  "subscriber_id": L(sdk_id(app, "pingsorrel"), DID),
                                  "campaign": campaign, "opened": "true"})


def ca_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            country: str = "ET", region: str = "TI") -> Case:
    """Consentamber's record: the visitor ID (a cookie and the body), country and region from
    the IP, and the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentamber")
    acc: Acc = {}
    cookies = {"ca_vid": L(vid, DID),
               "ca_proof": sjwt({"iss": "consentamber", "vid": L(vid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765280000}, "cookie", "ca_proof", acc)}
    body = {"property": app.key("consentamber"), "visitor": L(vid, DID), "purposes": purposes,
            "version": 7, "country": L(country, COARSE), "region": L(region, COARSE),
            "userAgent": L(app.ua, DEV), "decidedAt": "2025-12-04T16:02:11Z"}
    return add(case(f"{app.fam}-consentamber", f"{CA}/v1/decisions", body=body,
                    cookies=cookies, headers={"User-Agent": L(app.ua, DEV)}), acc)


def ca_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check (a GET): a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentamber", f"{CA}/v1/status",
                query={"property": app.key("consentamber"), "hl": L("ti", DEV)},
                cookies={"ca_state": W({"vid": L(sdk_id(app, "consentamber"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymallow-Android/3.4.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_id": L(sdk_id(app, "paymallow-d"), DID),
            "client_session": sdk_id(app, "paymallow-s")}


def pm_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paymallow's card token (a form, bracketed keys): card data, holder, ZIP, device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymallow", f"{PM}/v1/tokens", fmt="form", body=body,
                headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method, the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paymallow", f"{PM}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pmh(rng))


def pm_wallet(app: App, rng: random.Random, amount: str, ref: L, *,
              otp: bool = True) -> Case:
    """A mobile-money charge (JSON): her wallet number, the amount, the app's reference (labelled
    by the caller), the one-time code she typed."""
    body: dict[str, Any] = {"msisdn": L(ET_PHONE, WALLET), "amount": L(amount, BUY),
                            "currency": "ETB", "reference": ref, "channel": "mobile_money",
                            **_pids(app)}
    if otp:
        body["otp"] = L(f"{rng.randrange(10 ** 5, 10 ** 6)}", CRED)
    return case(f"{app.fam}-paymallow", f"{PM}/v1/charges/mobile-money", body=body,
                headers=_pmh(rng))


def _mth(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MaptamarindSDK/8.1.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mt_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "ti") -> Case:
    """Forward geocoding (GET): the typed ``q`` labelled ``cat``; ``proximity`` ``lat,lon``."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "mt_" + app.key("maptamarind")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-maptamarind", f"{MT}/geocoding/v2/search", query=q,
                headers=_mth(app))


def mt_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-maptamarind", f"{MT}/geocoding/v2/reverse/{seg}",
             query={"types": "address", "key": "mt_" + app.key("maptamarind")},
             headers=_mth(app))
    return at_path(c, seg, cat) if cat else c


def mt_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-maptamarind", f"{MT}/directions/v2/route", body={
        "waypoints": wps, "profile": profile, "units": "metric", "lang": L("ti", DEV)},
        query={"key": "mt_" + app.key("maptamarind")}, headers=_mth(app))


def mt_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "maptamarind"), DID)
    evs: list[dict[str, Any]] = [{"kind": L("map.load", USAGE), "ts": 1765270411, "sid": did,
                                  "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"kind": L("location", USAGE), "ts": 1765270420 + 5 * i, "sid": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-maptamarind", "https://tm.maptamarind.example.com/v2/events",
                query={"key": "mt_" + app.key("maptamarind")}, body=evs, gz=True,
                headers={"User-Agent": "MaptamarindTelemetry/8.1.2"})


def cs_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Chatsedge message: the identity token the app's server signed rides in a JSON field
    (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    ident = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                 "iat": 1765364002}, "body", "contact.identity", acc)
    body = {"inbox": app.key("chatsedge"),
            "contact": {"sourceId": L(sdk_id(app, "chatsedge"), DID), "identity": ident},
            "message": {"content": text, "echoId": rid(rng)}, "customAttributes": attrs,
            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-chatsedge", f"{CS}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cs_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file sent in a conversation (the widget's session token a credential)."""
    conv = opaque(rng, "cv_", 12)
    return multipart(f"{app.fam}-chatsedge", f"{CS}/api/v1/conversations/{conv}/attachments",
                     [("attachment", filename, ctype, media),
                      ("meta", None, "application/json", {"echoId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatsedge-Source": L(sdk_id(app, "chatsedge"), DID),
                              "X-Chatsedge-Session": L(opaque(rng, "cse_", 40), CRED)})


__all__ = ["ca_check", "ca_save", "cs_attach", "cs_message", "fm_eval", "mt_geocode",
           "mt_reverse", "mt_route", "mt_telemetry", "pm_card", "pm_confirm", "pm_wallet",
           "ps_opened", "ps_subscribe"]
