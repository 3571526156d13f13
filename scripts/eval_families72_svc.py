"""Service SDKs of the seventy-second set, built once and called by every app with its own
choices: feature flags "Switchsorrel", push "Pingosprey", consent "Assentbay", payments
"Paywhelk", maps "Mapcorrie" and support chat "Chatmerlin" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families72_kit import (
    ADID,
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
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, case

SS = "https://sdk.switchsorrel.example.com"
PO = "https://api.pingosprey.example.net"
AB = "https://consent.assentbay.example.org"
PW = "https://api.paywhelk.example.com"
MC = "https://api.mapcorrie.example.com"
CM = "https://chat.chatmerlin.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ss_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True) -> Case:
    """Switchsorrel's evaluation (JSON): the user key is the app's user ID (the install ID
    signed out), the device and the app's custom attributes."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "device": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                         "custom": {"appVersion": app.ver, **custom}}
    return case(f"{app.fam}-switchsorrel", f"{SS}/v3/eval", body={"user": u},
                headers={"User-Agent": "SwitchsorrelAndroid/3.4.0",
                         "Authorization": "mob-" + app.key("switchsorrel")})


def ss_stream(app: App, rng: random.Random, custom: dict[str, Any]) -> Case:
    """The flag stream's GET: the user context as base64url JSON in the ``u`` query parameter."""
    acc: Acc = {}
    u = enc({"key": L(USER_ID, UID), "device": L("Pixel 8", DEV), "custom": custom},
            "query", "u", "b64url", acc)
    return add(case(f"{app.fam}-switchsorrel", f"{SS}/v3/stream", query={"u": u, "r": "1"},
                    headers={"User-Agent": "SwitchsorrelAndroid/3.4.0",
                             "Authorization": "mob-" + app.key("switchsorrel")}), acc)


def po_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pingosprey's subscription (JSON, camelCase): the FCM token, its player ID, the device,
    carrier, tags and (``at``) a last position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingosprey"),
                            "playerId": L(sdk_id(app, "pingosprey"), DID),
                            "pushToken": L(push_token(rng), DID), "deviceType": 1,
                            "language": L(lang, DEV), "timezoneId": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "deviceOs": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "sdk": "051204",
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, ADID)
    if at is not None:
        body["lat"], body["long"] = (L(round(at[0], nd), _cat(nd)),
                                     L(round(at[1], nd), _cat(nd)))
    return case(f"{app.fam}-pingosprey", f"{PO}/api/v1/players", body=body,
                headers={"User-Agent": L("Pingosprey/5.1.4 (Android 14; Pixel 8)", DEV)})


def po_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the player ID, the campaign and the time."""
    return case(f"{app.fam}-pingosprey", f"{PO}/api/v1/notifications/opened", fmt="form",
                body={"app_id": app.key("pingosprey"),
                      "player_id": L(sdk_id(app, "pingosprey"), DID), "campaign": campaign,
                      "action": L("opened", USAGE), "ts": "1765322211"})


def ab_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Assentbay's consent record (JSON): its visitor ID the device's, country and region from
    the IP; the previous signed receipt rides in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentbay")
    body: dict[str, Any] = {"property": app.key("assentbay"), "uid": L(vid, DID),
                            "purposes": purposes, "version": 7, "lang": L(lang, DEV),
                            "location": {"country": L(country, COARSE),
                                         "region": L(region, COARSE)}}
    if user:
        body["authId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"ab_rcpt": sjwt({"iss": "assentbay", "sub": L(vid, DID), "v": 7,
                                "iat": 1765210000}, "cookie", "ab_rcpt", acc)}
    return add(case(f"{app.fam}-assentbay", f"{AB}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ab_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check (GET): a base64 JSON cookie with the visitor ID and the choices."""
    acc: Acc = {}
    st = enc({"uid": L(sdk_id(app, "assentbay"), DID), "p": purposes, "v": 7}, "cookie",
             "ab_state", "b64", acc)
    return add(case(f"{app.fam}-assentbay", f"{AB}/v1/status",
                    query={"property": app.key("assentbay")}, cookies={"ab_state": st},
                    headers={"User-Agent": L(WEBVIEW_UA, DEV)}), acc)


def _pwh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paywhelk-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pwk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "paywhelk-d"), DID),
            "radar[session]": sdk_id(app, "paywhelk-s")}


def pw_card(app: App, rng: random.Random, *, email: bool = False, zip_: Any = None) -> Case:
    """Paywhelk's card token (a form with bracketed keys): the card, the holder, the postcode."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY),
                            "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY),
                            "card[cvc]": L(CARD2_CVC, PAY), "card[name]": L(NAME, NAMEC),
                            "card[address_zip]": zip_ if zip_ is not None else L(ZIP, COARSE),
                            **_pids(app)}
    if email:
        body["billing[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paywhelk", f"{PW}/v1/tokens", fmt="form", body=body,
                headers=_pwh(rng))


def pw_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd",
               desc: Any = None) -> Case:
    """Confirming a payment (a form): the client secret, the method, the amount."""
    pi = opaque(rng, "pay_", 24)
    body: dict[str, Any] = {"client_secret": L(opaque(rng, f"{pi}_secret_", 20), CRED),
                            "payment_method": L(opaque(rng, "pm_", 24), PAY),
                            "amount": L(amount, BUY), "currency": currency, **_pids(app)}
    if desc is not None:
        body["description"] = desc
    return case(f"{app.fam}-paywhelk", f"{PW}/v1/payments/{pi}/confirm", fmt="form", body=body,
                headers=_pwh(rng))


def _mch(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapcorrie/9.0.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mc_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``), a ``proximity``
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "mc_" + app.key("mapcorrie")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapcorrie", f"{MC}/geocode/v1/search", query=q, headers=_mch(app))


def mc_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the URL path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapcorrie", f"{MC}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "mc_" + app.key("mapcorrie")}, headers=_mch(app))
    return at_path(c, seg, cat) if cat else c


def mc_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "cycling") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapcorrie", f"{MC}/directions/v1/{profile}", body={
        "waypoints": wps, "units": "metric", "language": L("en-US", DEV)},
        query={"key": "mc_" + app.key("mapcorrie")}, headers=_mch(app))


def mc_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (gzip JSON array): a style load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapcorrie"), DID)
    evs: list[dict[str, Any]] = [{"event": L("style.loaded", USAGE), "created": 1765321010,
                                  "sdkDevice": did, "model": L("Pixel 8", DEV),
                                  "osVersion": L("Android 14", DEV)}]
    evs += [{"event": L("location", USAGE), "created": 1765321020 + 5 * i, "sdkDevice": did,
             "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapcorrie", "https://events.mapcorrie.example.com/v1/batch",
                query={"key": "mc_" + app.key("mapcorrie")}, body=evs, gz=True,
                headers={"User-Agent": "MapcorrieTelemetry/9.0.2"})


def cm_message(app: App, rng: random.Random, text: Any, fields: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Chatmerlin message (JSON): signed in, the user JWT the app's server signed rides in the
    ``X-Chatmerlin-User`` header (a credential; claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Chatmerlin-Device": L(sdk_id(app, "chatmerlin"), DID)}
    if user:
        h["X-Chatmerlin-User"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                      "name": L(NAME, NAMEC), "iat": 1765321702},
                                     "header", "x-chatmerlin-user", acc)
    body: dict[str, Any] = {"app": app.key("chatmerlin"), "body": text, "fields": fields,
                            "client_msg_id": rid(rng),
                            "env": {"os": L("Android 14", DEV), "app_version": app.ver}}
    if email is not None:
        body["email"] = email
    return add(case(f"{app.fam}-chatmerlin", f"{CM}/api/v1/messages", body=body, headers=h),
               acc)


def cm_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to the conversation (multipart; the session token a credential)."""
    conv = "cmc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatmerlin", f"{CM}/api/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatmerlin-Device": L(sdk_id(app, "chatmerlin"), DID),
                              "X-Chatmerlin-Session": L(opaque(rng, "cms_", 40), CRED)})


__all__ = ["ab_check", "ab_save", "cm_message", "cm_upload", "mc_geocode", "mc_reverse",
           "mc_route", "mc_telemetry", "po_opened", "po_register", "pw_card", "pw_confirm",
           "ss_eval", "ss_stream"]
