"""Service SDKs of the hundred-and-ninth set, built once and called by every app with its own
choices: feature flags "Cantuflag", push "Pututu", consent "Consentayni", payments "Qolqepay" (a
card, a confirmation and a phone-number wallet), maps "Qhapaqmaps" and support chat "Rimaychat"
(fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families109_kit import PE_NATIONAL
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

CF = "https://flags.cantuflag.example.com"
PU = "https://api.pututu.example.net"
AY = "https://consent.consentayni.example.org"
QQ = "https://api.qolqepay.example.com"
QM = "https://maps.qhapaqmaps.example.com"
RC = "https://widget.rimaychat.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def cf_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Cantuflag's evaluation: the user key is the user ID (the install ID signed out); ``hdr``
    sends the user as base64 JSON in a header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "deviceModel": L("Pixel 8", DEV), "locale": L("es_PE", DEV),
                                    **attrs}}
    h: dict[str, Any] = {"User-Agent": "CantuflagAndroid/5.3.1",
                         "Authorization": "mob-" + app.key("cantuflag")}
    if hdr:
        h["X-Cantuflag-User"] = W(u, "b64json")
        return case(f"{app.fam}-cantuflag", f"{CF}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-cantuflag", f"{CF}/msdk/evalx/context", body={"user": u}, headers=h)


def pu_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "es") -> Case:
    """Pututu's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the SIM's carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pututu"), "deviceId": L(sdk_id(app, "pututu"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L("America/Lima", DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}, "notificationsEnabled": True}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pututu", f"{PU}/v2/players", body=body,
                headers={"User-Agent": L("Pututu-Android/4.2.0 (Android 14; Pixel 8)", DEV)})


def ay_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Consentayni's consent record (the visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentayni")
    body: dict[str, Any] = {"property": app.key("consentayni"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L("PE", COARSE), "region": L("CUS", COARSE)},
                            "userAgent": L(app.ua, DEV), "language": L("es", DEV),
                            "ts": 1765321633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"ayni_receipt": sjwt({"iss": "consentayni", "sub": L(vid, DID),
                                     "granted": sorted(p for p, v in purposes.items() if v),
                                     "iat": 1765200000}, "cookie", "ayni_receipt", acc)}
    return add(case(f"{app.fam}-consentayni", f"{AY}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ay_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentayni", f"{AY}/v1/status",
                query={"property": app.key("consentayni"), "lang": L("es", DEV)},
                cookies={"ayni_state": W({"vid": L(sdk_id(app, "consentayni"), DID),
                                          "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _qqh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Qolqepay-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _qids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "qolqepay-d"), DID),
            "sdk_session": sdk_id(app, "qolqepay-s")}


def qq_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Qolqepay's card token (a form with bracketed keys): her US card, holder, billing ZIP."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "billing[postal_code]": L(ZIP, COARSE),
                            "billing[country]": L("US", COARSE), **_qids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-qolqepay", f"{QQ}/v1/tokens", fmt="form", body=body,
                headers=_qqh(rng))


def qq_confirm(app: App, rng: random.Random, amount: str, currency: str = "pen") -> Case:
    """Confirming a charge (a form): the client secret, the card token and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-qolqepay", f"{QQ}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 20), CRED),
                      "source": L(opaque(rng, "tok_", 24), PAY), "amount": L(amount, BUY),
                      "currency": currency, **_qids(app)}, headers=_qqh(rng))


def qq_wallet(app: App, rng: random.Random, amount: str, concept: str) -> Case:
    """A phone-number wallet payment (JSON): her Peruvian number, the wallet's one-time code,
    the amount and the merchant's concept."""
    return case(f"{app.fam}-qolqepay", f"{QQ}/v1/wallet/charges", body={
        "wallet": {"phone": L(PE_NATIONAL, TEL), "otp": L(f"{rng.randrange(10**5, 10**6)}", CRED)},
        "amount": L(amount, BUY), "currency": "PEN", "description": concept,
        "merchant": app.key("qolqepay"), **_qids(app)}, headers=_qqh(rng))


def _qmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"QhapaqMapsSDK/7.4.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def qm_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "es") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    as ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "qm_" + app.key("qhapaqmaps")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-qhapaqmaps", f"{QM}/v2/geocode", query=q, headers=_qmh(app))


def qm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-qhapaqmaps", f"{QM}/v2/reverse/{seg}",
             query={"types": "address,locality", "key": "qm_" + app.key("qhapaqmaps")},
             headers=_qmh(app))
    return at_path(c, seg, cat) if cat else c


def qm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-qhapaqmaps", f"{QM}/v2/directions", body={
        "waypoints": wps, "profile": profile, "alternatives": False,
        "language": L("es-PE", DEV)}, query={"key": "qm_" + app.key("qhapaqmaps")},
        headers=_qmh(app))


def qm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "qhapaqmaps"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "batteryLevel": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "device": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-qhapaqmaps", "https://events.qhapaqmaps.example.com/v1/events",
                query={"key": "qm_" + app.key("qhapaqmaps")}, body=evs, gz=True,
                headers={"User-Agent": "QhapaqTelemetry/7.4.2"})


def rc_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Rimaychat message: signed in, the identity JWT the app's server signed rides in
    ``auth.jwt`` (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    body: dict[str, Any] = {"widgetId": app.key("rimaychat"),
                            "visitor": {"id": L(sdk_id(app, "rimaychat"), DID)},
                            "message": {"text": text, "clientMsgId": rid(rng)},
                            "customAttributes": attrs,
                            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                    "appVersion": app.ver, "lang": L("es", DEV)}}
    if user:
        body["auth"] = {"jwt": tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                    "name": L(NAME, NAMEC), "iat": 1765321702},
                                   "body", "auth.jwt", acc)}
    if email is not None:
        body["visitor"]["email"] = email
    return add(case(f"{app.fam}-rimaychat", f"{RC}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def rc_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to the conversation (the widget's session token a credential)."""
    conv = "rcv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-rimaychat", f"{RC}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Rimaychat-Visitor": L(sdk_id(app, "rimaychat"), DID),
                              "X-Rimaychat-Session": L(opaque(rng, "rcs_", 40), CRED)})


__all__ = ["ay_check", "ay_save", "cf_eval", "pu_register", "qm_geocode", "qm_reverse",
           "qm_route", "qm_telemetry", "qq_card", "qq_confirm", "qq_wallet", "rc_attach",
           "rc_message"]
