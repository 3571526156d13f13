"""Service SDKs of the hundred-and-thirty-first set, built once and called by every app with its
own choices: feature flags "Switchsaiga", push "Pingchukar", consent "Agreetamarisk", payments
"Paytugai", maps "Tilemoraine" and support chat "Chatkulan" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import WEBVIEW_UA, rid, sdk_id
from eval_families131_kit import CARD_TJ
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SS = "https://flags.switchsaiga.example.com"
PC = "https://api.pingchukar.example.net"
AT = "https://consent.agreetamarisk.example.org"
PT = "https://api.paytugai.example.com"
TM = "https://maps.tilemoraine.example.com"
CK = "https://widget.chatkulan.example.net"
Pt = tuple[float, float]
TZ = "Asia/Dushanbe"


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ss_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Switchsaiga's evaluation: the ``identity`` is the user ID (the install ID signed out);
    ``hdr`` sends it as base64 JSON in a request header of a GET."""
    who: dict[str, Any] = {"identity": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "traits": {"app_version": app.ver, "platform": L("android-14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "switchsaiga-android/0.19.2",
                         "X-Environment-Key": "ssk_" + app.key("switchsaiga")}
    url = f"{SS}/api/v1/flags"
    if hdr:
        h["X-Switchsaiga-Identity"] = W(who, "b64json")
        return case(f"{app.fam}-switchsaiga", url, headers=h)
    return case(f"{app.fam}-switchsaiga", f"{SS}/api/v1/identities", body=who, headers=h)


def pc_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "en") -> Case:
    """Pingchukar's subscriber record (JSON, camelCase): the FCM token, the SDK's device ID,
    the device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pingchukar"),
                            "subscriberId": L(sdk_id(app, "pingchukar"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(TZ, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingchukar", f"{PC}/v3/subscribers", body=body,
                headers={"User-Agent": L("Pingchukar/5.1.0 (Android 14; Pixel 8)", DEV)})


def at_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "TJ") -> Case:
    """Agreetamarisk's consent record (the visitor ID the device's; the country from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "agreetamarisk")
    body: dict[str, Any] = {"property": app.key("agreetamarisk"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L(country, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765341633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"atm_receipt": sjwt({"iss": "agreetamarisk", "sub": L(vid, DID),
                                    "granted": sorted(p for p, v in purposes.items() if v),
                                    "iat": 1765200000}, "cookie", "atm_receipt", acc)}
    return add(case(f"{app.fam}-agreetamarisk", f"{AT}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def at_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-agreetamarisk", f"{AT}/v1/status",
                query={"property": app.key("agreetamarisk"), "lang": L("en", DEV)},
                cookies={"atm_state": W({"vid": L(sdk_id(app, "agreetamarisk"), DID),
                                         "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pth(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paytugai-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer ptpk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_fp": L(sdk_id(app, "paytugai-d"), DID),
            "sdk_session": sdk_id(app, "paytugai-s")}


def pt_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paytugai's card token (a form with bracketed keys): her Dushanbe card, its holder and
    the SDK's device fingerprint."""
    body: dict[str, Any] = {"card[pan]": L(CARD_TJ, PAY), "card[exp_month]": L("08", PAY),
                            "card[exp_year]": L("2028", PAY), "card[cvv]": L("731", PAY),
                            "card[holder]": L(NAME.upper(), NAMEC), **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paytugai", f"{PT}/v2/tokens", fmt="form", body=body,
                headers=_pth(rng))


def pt_confirm(app: App, rng: random.Random, amount: str, currency: str = "tjs") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-paytugai", f"{PT}/v2/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pth(rng))


def _tmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"TilemoraineSDK/4.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def tm_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``near`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L("en", DEV),
                         "key": "tm_" + app.key("tilemoraine")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilemoraine", f"{TM}/geocode/v1/search", query=q, headers=_tmh(app))


def tm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilemoraine", f"{TM}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "tm_" + app.key("tilemoraine")}, headers=_tmh(app))
    return at_path(c, seg, cat) if cat else c


def tm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilemoraine", f"{TM}/route/v1", body={
        "waypoints": wps, "profile": mode, "units": "metric", "locale": L("en-US", DEV)},
        query={"key": "tm_" + app.key("tilemoraine")}, headers=_tmh(app))


def tm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilemoraine"), DID)
    evs: list[dict[str, Any]] = [{
        "kind": L("map.load", USAGE), "at": "2025-12-10T10:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(37, DEV)}]
    evs += [{"kind": L("location", USAGE), "at": f"2025-12-10T10:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "acc": 9.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilemoraine", "https://events.tilemoraine.example.com/v1/batch",
                query={"key": "tm_" + app.key("tilemoraine")}, body=evs, gz=True,
                headers={"User-Agent": "TilemoraineTelemetry/4.0.3"})


def ck_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Chatkulan message: signed in, the user hash token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"device_id": L(sdk_id(app, "chatkulan"), DID)}
    if user:
        contact["auth_jwt"] = tok({"uid": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765341702},
                                  "body", "contact.auth_jwt", acc)
    body: dict[str, Any] = {"inbox": app.key("chatkulan"), "contact": contact, "body": text,
                            "local_id": rid(rng), "custom": attrs,
                            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                    "app": app.ver}}
    return add(case(f"{app.fam}-chatkulan", f"{CK}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ck_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "ckc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatkulan", f"{CK}/api/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"local_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatkulan-Device": L(sdk_id(app, "chatkulan"), DID),
                              "X-Chatkulan-Session": L(opaque(rng, "cks_", 40), CRED)})


__all__ = ["at_check", "at_save", "ck_attach", "ck_message", "pc_register", "pt_card",
           "pt_confirm", "ss_eval", "tm_geocode", "tm_reverse", "tm_route", "tm_telemetry"]
