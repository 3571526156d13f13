"""Service SDKs of the eighty-first set, built once and called by every app with its own choices:
feature flags "Belgitu", push "Habarlyk", consent "Kelisimo", payments "Tolemkap", maps "Kartabai"
and support chat "Komekchat" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

BG = "https://flags.belgitu.example.com"
HB = "https://api.habarlyk.example.net"
KL = "https://cmp.kelisimo.example.org"
TK = "https://api.tolemkap.example.com"
KB = "https://api.kartabai.example.com"
KC = "https://widget.komekchat.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def bg_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Belgitu's evaluation: the context key is the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "BelgituAndroid/2.6.1",
                         "Authorization": "mob-" + app.key("belgitu")}
    url = f"{BG}/sdk/evalx/contexts"
    if hdr:
        h["X-Belgitu-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-belgitu", url, headers=h)
    return case(f"{app.fam}-belgitu", url, body=ctx, headers=h)


def hb_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Habarlyk's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("habarlyk"),
                            "deviceId": L(sdk_id(app, "habarlyk"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timeZone": L(tz, DEV),
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
    return case(f"{app.fam}-habarlyk", f"{HB}/v2/devices", body=body,
                headers={"User-Agent": L("Habarlyk-Android/4.2.0 (Android 14; Pixel 8)", DEV)})


def kl_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Kelisimo's consent record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "kelisimo")
    body: dict[str, Any] = {"property": app.key("kelisimo"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "ts": 1765321633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"kl_receipt": sjwt({"iss": "kelisimo", "sub": L(vid, DID),
                                   "ok": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "kl_receipt", acc)}
    return add(case(f"{app.fam}-kelisimo", f"{KL}/v1/consents", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def kl_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-kelisimo", f"{KL}/v1/status",
                query={"property": app.key("kelisimo"), "lang": L("en", DEV)},
                cookies={"kl_state": W({"vid": L(sdk_id(app, "kelisimo"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tkh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tolemkap/Android 2.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer tk_pub_" + opaque(rng, "", 24)}


def _tids(app: App) -> dict[str, Any]:
    return {"device_fp": L(sdk_id(app, "tolemkap-d"), DID),
            "checkout_session": sdk_id(app, "tolemkap-s")}


def tk_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP) -> Case:
    """Tolemkap's card token (a form with bracketed keys): card data, holder, postcode and the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[pan]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[holder]": L(NAME, NAMEC), "card[postal_code]": L(zip_, COARSE),
                            **_tids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tolemkap", f"{TK}/v1/tokens", fmt="form", body=body,
                headers=_tkh(rng))


def tk_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-tolemkap", f"{TK}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_tids(app)},
                headers=_tkh(rng))


def _kbh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"KartabaiSDK/7.4.2 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def kb_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``near`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "kb_" + app.key("kartabai")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-kartabai", f"{KB}/v2/geocode", query=q, headers=_kbh(app))


def kb_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-kartabai", f"{KB}/v2/reverse/{seg}",
             query={"types": "address", "key": "kb_" + app.key("kartabai")}, headers=_kbh(app))
    return at_path(c, seg, cat) if cat else c


def kb_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-kartabai", f"{KB}/v2/route", body={
        "waypoints": pts, "profile": mode, "units": "metric", "locale": L("en-US", DEV)},
        query={"key": "kb_" + app.key("kartabai")}, headers=_kbh(app))


def kc_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Komekchat message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "komekchat"), DID)}
    if user:
        contact["user_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765321702},
                                  "body", "contact.user_jwt", acc)
    body: dict[str, Any] = {"widget_id": app.key("komekchat"), "contact": contact,
                            "body": text, "nonce": rid(rng), "custom": attrs,
                            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                    "app_version": app.ver}}
    return add(case(f"{app.fam}-komekchat", f"{KC}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def kc_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "kcv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-komekchat", f"{KC}/v1/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"nonce": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Komek-Contact": L(sdk_id(app, "komekchat"), DID),
                              "X-Komek-Session": L(opaque(rng, "kcs_", 40), CRED)})


__all__ = ["bg_eval", "hb_register", "kb_geocode", "kb_reverse", "kb_route", "kc_attach",
           "kc_message", "kl_check", "kl_save", "tk_card", "tk_confirm"]
