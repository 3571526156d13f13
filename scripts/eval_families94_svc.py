"""Service SDKs of the ninety-fourth set, built once and called by every app with its own
choices: feature flags "Bayroqflip", push "Xabarping", consent "Roziline", payments "Tolovgate",
maps "Xaritile" and support chat "Yordamdesk" (fictional vendors, hosts under example.*)."""

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

BQ = "https://eval.bayroqflip.example.com"
XP = "https://api.xabarping.example.net"
RZ = "https://consent.roziline.example.org"
TG = "https://api.tolovgate.example.com"
XT = "https://api.xaritile.example.com"
YD = "https://widget.yordamdesk.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def bq_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Bayroqflip's evaluation: the subject key is the user ID (the install ID signed out);
    ``hdr`` sends the subject as base64 JSON in a request header of a GET."""
    subj: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "anonymous": not user,
                            "custom": {"appVersion": app.ver, "platform": "android",
                                       "osVersion": L("14", DEV), "device": L("Pixel 8", DEV),
                                       **attrs}}
    h: dict[str, Any] = {"User-Agent": "BayroqflipAndroid/3.4.0",
                         "Authorization": "mob-" + app.key("bayroqflip")}
    url = f"{BQ}/v1/flags/evaluate"
    if hdr:
        h["X-Bayroqflip-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-bayroqflip", url, headers=h)
    return case(f"{app.fam}-bayroqflip", url, body={"subject": subj, "flags": "all"}, headers=h)


def xp_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "Asia/Tashkent", lang: str = "en") -> Case:
    """Xabarping's subscriber record (JSON): the FCM token, the SDK's subscriber ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_key": app.key("xabarping"),
                            "subscriber_id": L(sdk_id(app, "xabarping"), DID),
                            "push_token": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L(lang, DEV), "tz": L(tz, DEV),
                            "device_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "app_ver": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["gaid"] = L(GAID, "id.advertising")
    if at is not None:
        body["last_location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                 "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-xabarping", f"{XP}/v3/subscribers", body=body,
                headers={"User-Agent": L("Xabarping/5.1.2 (Android 14; Pixel 8)", DEV)})


def rz_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "UZ", region: str = "TK") -> Case:
    """Roziline's consent record (visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "roziline")
    body: dict[str, Any] = {"property": app.key("roziline"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "notice_version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "user_agent": L(app.ua, DEV), "ts": 1764751208114}
    if user:
        body["account_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"rz_receipt": sjwt({"iss": "roziline", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1764600000}, "cookie", "rz_receipt", acc)}
    return add(case(f"{app.fam}-roziline", f"{RZ}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def rz_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-roziline", f"{RZ}/v1/status",
                query={"property": app.key("roziline"), "hl": L(lang, DEV)},
                cookies={"rz_state": W({"vid": L(sdk_id(app, "roziline"), DID),
                                        "p": purposes, "n": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tgh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tolovgate-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _tids(app: App) -> dict[str, Any]:
    return {"device_id": L(sdk_id(app, "tolovgate-d"), DID),
            "checkout_session": sdk_id(app, "tolovgate-s")}


def tg_card(app: App, rng: random.Random, *, email: bool = False, zip_: bool = True) -> Case:
    """Tolovgate's card token (a form with bracketed keys): card data, holder, ZIP, device."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), **_tids(app)}
    if zip_:
        body["card[address_zip]"] = L(ZIP, COARSE)
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tolovgate", f"{TG}/v1/tokens", fmt="form", body=body,
                headers=_tgh(rng))


def tg_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-tolovgate", f"{TG}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_tids(app)},
                headers=_tgh(rng))


def tg_payout(app: App, rng: random.Random, card: str, holder: str) -> Case:
    """A payout card registered for transfers (a form): the card number and holder."""
    return case(f"{app.fam}-tolovgate", f"{TG}/v1/payout_destinations", fmt="form", body={
        "destination[type]": "card", "destination[card_number]": L(card, PAY),
        "destination[holder]": L(holder, NAMEC), "destination[country]": "UZ", **_tids(app)},
        headers=_tgh(rng))


def _xth(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"XaritileSDK/8.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def xt_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``), biased by ``near``
    (``lat,lon`` at ``nd`` decimals; whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "xt_" + app.key("xaritile")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-xaritile", f"{XT}/v2/geocode", query=q, headers=_xth(app))


def xt_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-xaritile", f"{XT}/v2/reverse/{seg}",
             query={"types": "address", "key": "xt_" + app.key("xaritile")}, headers=_xth(app))
    return at_path(c, seg, cat) if cat else c


def xt_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "transit") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-xaritile", f"{XT}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "language": L("en-US", DEV)},
        query={"key": "xt_" + app.key("xaritile")}, headers=_xth(app))


def xt_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "xaritile"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "ts": "2025-12-03T07:02:10.331Z", "sid": did,
        "device": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(61, DEV)}]
    evs += [{"ev": L("map.location", USAGE), "ts": f"2025-12-03T07:02:1{i}.004Z", "sid": did,
             "lat": L(la, cat), "lon": L(lo, cat), "hacc": 7.5} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-xaritile", "https://events.xaritile.example.com/v2/batch",
                query={"key": "xt_" + app.key("xaritile")}, body=evs, gz=True,
                headers={"User-Agent": "XaritileTelemetry/8.0.3"})


def yd_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Yordamdesk message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"device_id": L(sdk_id(app, "yordamdesk"), DID)}
    if user:
        contact["user_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1764751702},
                                  "body", "contact.user_jwt", acc)
    if email is not None:
        contact["email"] = email
    body: dict[str, Any] = {"widget_id": app.key("yordamdesk"), "contact": contact,
                            "message": {"body": text, "client_msg_id": rid(rng)},
                            "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-yordamdesk", f"{YD}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def yd_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "ydc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-yordamdesk", f"{YD}/api/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Yordamdesk-Device": L(sdk_id(app, "yordamdesk"), DID),
                              "X-Yordamdesk-Session": L(opaque(rng, "yds_", 40), CRED)})


__all__ = ["bq_eval", "rz_check", "rz_save", "tg_card", "tg_confirm", "tg_payout", "xp_register",
           "xt_geocode", "xt_reverse", "xt_route", "xt_telemetry", "yd_attach", "yd_message"]
