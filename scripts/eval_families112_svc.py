"""Service SDKs of the hundred-and-twelfth set, built once and called by every app with its own
choices: feature flags "Flagniaye", push "Pushsabar", consent "Consentjom", payments "Paycauri"
(cards and mobile money), maps "Tilelompoul" and support chat "Chatwaxtaan" (fictional vendors,
hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families112_kit import SN_E164
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

FN = "https://sdk.flagniaye.example.com"
PS = "https://api.pushsabar.example.net"
CJ = "https://consent.consentjom.example.org"
PC = "https://api.paycauri.example.com"
TL = "https://maps.tilelompoul.example.com"
CW = "https://widget.chatwaxtaan.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fn_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagniaye's evaluation: the user key is the user ID (the install ID signed out); ``hdr``
    sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "FlagniayeAndroid/3.1.0",
                         "Authorization": "mob-" + app.key("flagniaye")}
    if hdr:
        h["X-Flagniaye-User"] = W(u, "b64json")
        return case(f"{app.fam}-flagniaye", f"{FN}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-flagniaye", f"{FN}/msdk/evalx/context", body={"user": u},
                headers=h)


def ps_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "Africa/Dakar", lang: str = "fr") -> Case:
    """Pushsabar's player record (JSON): the FCM token, the SDK's player ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pushsabar"),
                            "player_id": L(sdk_id(app, "pushsabar"), DID),
                            "identifier": L(push_token(rng), DID), "device_type": 1,
                            "language": L(lang, DEV), "timezone_id": L(tz, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "game_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if at is not None:
        body["lat"] = L(round(at[0], nd), _cat(nd))
        body["long"] = L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-pushsabar", f"{PS}/api/v1/players", body=body,
                headers={"User-Agent": L("Pushsabar-Android/5.2.7 (Android 14; Pixel 8)", DEV)})


def cj_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "SN", region: str = "DK") -> Case:
    """Consentjom's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentjom")
    body: dict[str, Any] = {"property": app.key("consentjom"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "notice_version": 3,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "user_agent": L(app.ua, DEV), "ts": 1765321633190}
    if user:
        body["account_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cj_receipt": sjwt({"iss": "consentjom", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "cj_receipt", acc)}
    return add(case(f"{app.fam}-consentjom", f"{CJ}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cj_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentjom", f"{CJ}/v1/status",
                query={"property": app.key("consentjom"), "lang": L("fr", DEV)},
                cookies={"cj_state": W({"vid": L(sdk_id(app, "consentjom"), DID),
                                        "p": purposes, "v": 3}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pch(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paycauri/Android 2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device[fingerprint]": L(sdk_id(app, "paycauri-d"), DID),
            "device[session]": sdk_id(app, "paycauri-s")}


def pc_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paycauri's card token (a form with bracketed keys): her US card, holder, billing city
    and the SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_city]": L("Dakar", COARSE),
                            **_pids(app)}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paycauri", f"{PC}/v2/tokens", fmt="form", body=body,
                headers=_pch(rng))


def pc_confirm(app: App, rng: random.Random, amount: str, currency: str = "xof") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paycauri", f"{PC}/v2/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pch(rng))


def pc_momo(app: App, rng: random.Random, amount: str, *, phone: str = SN_E164,
            provider: str = "xaalis_mobile") -> Case:
    """A mobile-money charge (a form): her wallet is her phone number, the amount, a reference."""
    return case(f"{app.fam}-paycauri", f"{PC}/v2/charges/mobile_money", fmt="form", body={
        "mobile_money[msisdn]": L(phone, TEL), "mobile_money[provider]": provider,
        "amount": L(amount, BUY), "currency": "xof", "reference": rid(rng), **_pids(app)},
        headers=_pch(rng))


def _tlh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Tilelompoul/4.6.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def tl_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "fr") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    (``lat,lon`` at ``nd`` decimals; whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "tl_" + app.key("tilelompoul")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilelompoul", f"{TL}/geocoding/v1/search", query=q, headers=_tlh(app))


def tl_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilelompoul", f"{TL}/geocoding/v1/reverse/{seg}",
             query={"types": "address", "key": "tl_" + app.key("tilelompoul")}, headers=_tlh(app))
    return at_path(c, seg, cat) if cat else c


def tl_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilelompoul", f"{TL}/directions/v1/route", body={
        "waypoints": pts, "profile": mode, "units": "metric", "language": L("fr-SN", DEV)},
        query={"key": "tl_" + app.key("tilelompoul")}, headers=_tlh(app))


def tl_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilelompoul"), DID)
    evs: list[dict[str, Any]] = [{
        "kind": L("map.load", USAGE), "created": "2025-12-09T21:12:40.118Z", "device_id": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(38, DEV)}]
    evs += [{"kind": L("location", USAGE), "created": f"2025-12-09T21:13:0{i}.210Z",
             "device_id": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontal_acc": 7.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilelompoul", "https://events.tilelompoul.example.com/v1/batch",
                query={"key": "tl_" + app.key("tilelompoul")}, body=evs, gz=True,
                headers={"User-Agent": "TilelompoulTelemetry/4.6.2"})


def cw_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Chatwaxtaan message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"anon_id": L(sdk_id(app, "chatwaxtaan"), DID)}
    if user:
        contact["identity_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                       "name": L(NAME, NAMEC), "iat": 1765321702},
                                      "body", "contact.identity_jwt", acc)
    body: dict[str, Any] = {"widget_id": app.key("chatwaxtaan"), "contact": contact,
                            "body": text, "client_msg_id": rid(rng),
                            "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-chatwaxtaan", f"{CW}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cw_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cwc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatwaxtaan", f"{CW}/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Waxtaan-Anon": L(sdk_id(app, "chatwaxtaan"), DID),
                              "X-Waxtaan-Session": L(opaque(rng, "cws_", 40), CRED)})


__all__ = ["cj_check", "cj_save", "cw_attach", "cw_message", "fn_eval", "pc_card", "pc_confirm",
           "pc_momo", "ps_register", "tl_geocode", "tl_reverse", "tl_route", "tl_telemetry"]
