"""Service SDKs of the ninetieth set, built once and called by every app with its own choices:
feature flags "Prekidor", push "Zvonkar", consent "Pristanko", payments "Kesarica", maps
"Drumar" and support chat "Pricalica" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
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
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

PK = "https://flags.prekidor.example.com"
ZV = "https://push.zvonkar.example.net"
PS = "https://cmp.pristanko.example.org"
KS = "https://api.kesarica.example.com"
DR = "https://maps.drumar.example.com"
PC = "https://widget.pricalica.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def pk_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Prekidor's evaluation: the subject is the user ID (the install ID signed out); ``hdr``
    sends the subject as base64 JSON in a request header of a GET."""
    subj: dict[str, Any] = {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "anon": not user,
                            "traits": {"version": app.ver, "platform": L("android 14", DEV),
                                       "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "prekidor-kotlin/2.4.0",
                         "X-Prekidor-Env": "pk_env_" + app.key("prekidor")}
    url = f"{PK}/api/v1/flags"
    if hdr:
        h["X-Prekidor-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-prekidor", url, headers=h)
    return case(f"{app.fam}-prekidor", url, body={"subject": subj, "flags": []}, headers=h)


def zv_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "Europe/Belgrade", lang: str = "sr") -> Case:
    """Zvonkar's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("zvonkar"),
                            "deviceId": L(sdk_id(app, "zvonkar"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L(lang, DEV), "tz": L(tz, DEV),
                            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-zvonkar", f"{ZV}/v3/subscriptions", body=body,
                headers={"User-Agent": L("Zvonkar/5.1.2 (Android 14; Pixel 8)", DEV)})


def ps_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "RS", region: str = "00", lang: str = "sr") -> Case:
    """Pristanko's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "pristanko")
    body: dict[str, Any] = {"property": app.key("pristanko"), "visitorId": L(vid, DID),
                            "consents": purposes, "version": 7, "lang": L(lang, DEV),
                            "geo": {"country": L(country, COARSE),
                                    "subdivision": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "ts": 1765290633190}
    if user:
        body["userRef"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"ps_receipt": sjwt({"iss": "pristanko", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "ps_receipt", acc)}
    return add(case(f"{app.fam}-pristanko", f"{PS}/v1/consents", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ps_status(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-pristanko", f"{PS}/v1/status",
                query={"property": app.key("pristanko"), "lang": L(lang, DEV)},
                cookies={"ps_state": W({"vid": L(sdk_id(app, "pristanko"), DID),
                                        "c": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _ksh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Kesarica-Android/3.0.7", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer ks_pub_" + opaque(rng, "", 24)}


def _kids(app: App) -> dict[str, Any]:
    return {"fingerprint": L(sdk_id(app, "kesarica-f"), DID),
            "sdk_session": sdk_id(app, "kesarica-s")}


def ks_card(app: App, rng: random.Random, *, email: bool = False, zip_: bool = True) -> Case:
    """Kesarica's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[pan]": L(CARD2, PAY), "card[exp_m]": L(CARD2_EXP[0], PAY),
                            "card[exp_y]": L(CARD2_EXP[1], PAY), "card[cvv]": L(CARD2_CVC, PAY),
                            "card[holder]": L(NAME, NAMEC), **_kids(app)}
    if zip_:
        body["card[zip]"] = L(ZIP, COARSE)
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-kesarica", f"{KS}/v2/tokens", fmt="form", body=body,
                headers=_ksh(rng))


def ks_charge(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a charge (a form): the client secret, the saved method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-kesarica", f"{KS}/v2/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_cs_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_kids(app)},
                headers=_ksh(rng))


def ks_payout(app: App, rng: random.Random) -> Case:
    """A US bank account for a payout (a form): routing and account numbers."""
    return case(f"{app.fam}-kesarica", f"{KS}/v2/payout_accounts", fmt="form", body={
        "bank[routing]": L(ROUTING, PAY), "bank[account]": L(ACCOUNT, PAY),
        "bank[country]": "US", "bank[holder]": L(NAME, NAMEC), **_kids(app)}, headers=_ksh(rng))


def _drh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"DrumarSDK/4.6.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def dr_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "sr") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    as ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "dr_" + app.key("drumar")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-drumar", f"{DR}/v2/geocode", query=q, headers=_drh(app))


def dr_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-drumar", f"{DR}/v2/reverse/{seg}",
             query={"types": "address", "key": "dr_" + app.key("drumar")}, headers=_drh(app))
    return at_path(c, seg, cat) if cat else c


def dr_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "foot") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-drumar", f"{DR}/v2/route", body={
        "waypoints": pts, "profile": mode, "units": "metric", "lang": L("sr-Latn", DEV)},
        query={"key": "dr_" + app.key("drumar")}, headers=_drh(app))


def dr_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "drumar"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map_load", USAGE), "t": "2025-12-09T20:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(61, DEV)}]
    evs += [{"ev": L("gps", USAGE), "t": f"2025-12-09T20:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 7.5} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-drumar", "https://t.drumar.example.com/v2/events",
                query={"key": "dr_" + app.key("drumar")}, body=evs, gz=True,
                headers={"User-Agent": "DrumarTelemetry/4.6.1"})


def pc_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Pricalica message: signed in, the user hash token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who: dict[str, Any] = {"visitor": L(sdk_id(app, "pricalica"), DID)}
    if user:
        who["jwt"] = tok({"uid": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                          "name": L(NAME, NAMEC), "iat": 1765291702}, "body", "user.jwt", acc)
    if email is not None:
        who["email"] = email
    body: dict[str, Any] = {"inbox": app.key("pricalica"), "user": who, "body": text,
                            "nonce": rid(rng), "custom": attrs,
                            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                    "app": app.ver}}
    return add(case(f"{app.fam}-pricalica", f"{PC}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pc_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "pcc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-pricalica", f"{PC}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"nonce": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Pricalica-Visitor": L(sdk_id(app, "pricalica"), DID),
                              "X-Pricalica-Token": L(opaque(rng, "pct_", 40), CRED)})


__all__ = ["dr_reverse", "dr_route", "dr_search", "dr_telemetry", "ks_card", "ks_charge",
           "ks_payout", "pc_message", "pc_upload", "pk_eval", "ps_save", "ps_status",
           "zv_register"]
