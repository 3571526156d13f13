"""Service SDKs of the ninety-third set, built once and called by every app with its own
choices: feature flags "Tugswitch", push "Medeeping", consent "Zuvshoorly", payments
"Tulburlane", maps "Gazartile" and support chat "Tuslachat" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families93_kit import MN_ACCOUNT
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

TG = "https://sdk.tugswitch.example.com"
MP = "https://api.medeeping.example.net"
ZV = "https://consent.zuvshoorly.example.org"
TL = "https://api.tulburlane.example.com"
GT = "https://api.gazartile.example.com"
TC = "https://widget.tuslachat.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tg_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Tugswitch's evaluation: the subject is the user ID (the install ID signed out); ``hdr``
    sends it as base64 JSON in a request header of a GET."""
    subj: dict[str, Any] = {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "anonymous": not user,
                            "traits": {"build": app.ver, "platform": L("Android 14", DEV),
                                       "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "Tugswitch-Android/0.19.2",
                         "X-Tugswitch-Env": "env_" + app.key("tugswitch")}
    if hdr:
        h["X-Tugswitch-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-tugswitch", f"{TG}/v1/flags", headers=h)
    return case(f"{app.fam}-tugswitch", f"{TG}/v1/flags/evaluate", body={"subject": subj},
                headers=h)


def mp_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "mn") -> Case:
    """Medeeping's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("medeeping"),
                            "deviceId": L(sdk_id(app, "medeeping"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timeZone": L("Asia/Ulaanbaatar", DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "appVersion": app.ver, "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-medeeping", f"{MP}/v2/subscribers", body=body,
                headers={"User-Agent": L("Medeeping/5.2.0 (Android 14; Pixel 8)", DEV)})


def zv_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Zuvshoorly's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "zuvshoorly")
    body: dict[str, Any] = {"property": app.key("zuvshoorly"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L("MN", COARSE), "region": L("MN-1", COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765321633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"zv_receipt": sjwt({"iss": "zuvshoorly", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "zv_receipt", acc)}
    return add(case(f"{app.fam}-zuvshoorly", f"{ZV}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def zv_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-zuvshoorly", f"{ZV}/v1/status",
                query={"property": app.key("zuvshoorly"), "hl": L("mn", DEV)},
                cookies={"zv_state": W({"vid": L(sdk_id(app, "zuvshoorly"), DID),
                                        "p": purposes, "nv": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tlh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tulburlane-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer tl_pk_live_" + opaque(rng, "", 24)}


def _tids(app: App) -> dict[str, Any]:
    return {"device_fp": L(sdk_id(app, "tulburlane-d"), DID),
            "checkout": sdk_id(app, "tulburlane-s")}


def tl_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Tulburlane's card token (a form with bracketed keys): card data, holder and the SDK's
    device fingerprint."""
    body: dict[str, Any] = {"card[pan]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvv]": L(CARD2_CVC, PAY),
                            "card[holder]": L(NAME, NAMEC), **_tids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tulburlane", f"{TL}/v1/cards/tokenize", fmt="form", body=body,
                headers=_tlh(rng))


def tl_confirm(app: App, rng: random.Random, amount: str, currency: str = "mnt") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-tulburlane", f"{TL}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_tids(app)},
                headers=_tlh(rng))


def tl_bank(app: App, rng: random.Random) -> Case:
    """Her Mongolian bank account for payouts (a form): the IBAN and the holder."""
    return case(f"{app.fam}-tulburlane", f"{TL}/v1/payout_accounts", fmt="form", body={
        "account[iban]": L(MN_ACCOUNT, PAY), "account[country]": "MN",
        "account[holder]": L(NAME, NAMEC), **_tids(app)}, headers=_tlh(rng))


def _gth(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"GazartileSDK/4.6.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def gt_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``near`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L("mn", DEV),
                         "key": "gt_" + app.key("gazartile")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-gazartile", f"{GT}/v2/geocode", query=q, headers=_gth(app))


def gt_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-gazartile", f"{GT}/v2/reverse/{seg}",
             query={"key": "gt_" + app.key("gazartile")}, headers=_gth(app))
    return at_path(c, seg, cat) if cat else c


def gt_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "auto") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-gazartile", f"{GT}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "locale": L("mn-MN", DEV)},
        query={"key": "gt_" + app.key("gazartile")}, headers=_gth(app))


def gt_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "gazartile"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "ts": "2025-12-10T02:12:40.118Z", "sid": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "offline": False}]
    evs += [{"ev": L("loc", USAGE), "ts": f"2025-12-10T02:13:0{i}.210Z", "sid": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 9.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-gazartile", "https://events.gazartile.example.com/v2/t",
                query={"key": "gt_" + app.key("gazartile")}, body=evs, gz=True,
                headers={"User-Agent": "GazartileTelemetry/4.6.1"})


def tc_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Tuslachat message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "tuslachat"), DID)}
    if user:
        contact["jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                              "name": L(NAME, NAMEC), "iat": 1765321702},
                             "body", "contact.jwt", acc)
    body: dict[str, Any] = {"inbox": app.key("tuslachat"), "contact": contact, "body": text,
                            "nonce": rid(rng), "custom": attrs,
                            "client": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "version": app.ver}}
    return add(case(f"{app.fam}-tuslachat", f"{TC}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def tc_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "tcv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-tuslachat", f"{TC}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"nonce": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Tuslachat-Contact": L(sdk_id(app, "tuslachat"), DID),
                              "X-Tuslachat-Session": L(opaque(rng, "tcs_", 40), CRED)})


__all__ = ["gt_geocode", "gt_reverse", "gt_route", "gt_telemetry", "mp_register", "tc_attach",
           "tc_message", "tg_eval", "tl_bank", "tl_card", "tl_confirm", "zv_check", "zv_save"]
