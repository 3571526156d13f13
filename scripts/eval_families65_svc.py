"""Service SDKs of the sixty-fifth set, built once and called by every app with its own choices:
feature flags "Toggleyarrow", push "Pushlark", consent "Permitlynx", payments "Paywicket", maps
"Mapcairn" and support chat "Chatbrisk" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

TY = "https://sdk.toggleyarrow.example.com"
PL = "https://api.pushlark.example.net"
PX = "https://cmp.permitlynx.example.org"
PW = "https://api.paywicket.example.com"
MC = "https://api.mapcairn.example.com"
CB = "https://api.chatbrisk.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ty_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            query: bool = False) -> Case:
    """Toggleyarrow's evaluation: the context key is the user ID (the install ID signed out);
    ``query`` sends the context as base64url JSON in the ``ctx`` parameter of a GET."""
    ctx: dict[str, Any] = {"kind": "user", "key": L(USER_ID, UID) if user else
                           L(INSTALL_ID, DID), "anonymous": not user,
                           "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                      "deviceModel": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "ToggleyarrowAndroid/3.4.0", "Authorization": "mob-" +
         app.key("toggleyarrow")}
    url = f"{TY}/v2/evaluate"
    if query:
        acc: Acc = {}
        c = enc(ctx, "query", "ctx", "b64url", acc)
        return add(case(f"{app.fam}-toggleyarrow", url, query={"ctx": c, "withReasons": "false"},
                        headers=h), acc)
    return case(f"{app.fam}-toggleyarrow", url, body={"context": ctx, "all": True}, headers=h)


def pl_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pushlark's device record (JSON, snake_case): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pushlark"),
                            "device_id": L(sdk_id(app, "pushlark"), DID),
                            "identifier": L(push_token(rng), DID), "device_type": 1,
                            "language": L(lang, DEV), "timezone_id": L(tz, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "game_version": app.ver,
                            "tags": tags or {}, "sdk": "050112"}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if at is not None:
        body.update(lat=L(round(at[0], nd), _cat(nd)), long=L(round(at[1], nd), _cat(nd)))
    return case(f"{app.fam}-pushlark", f"{PL}/v3/players", body=body,
                headers={"User-Agent": L("Pushlark-Android/5.1.12 (Android 14; Pixel 8)", DEV)})


def pl_open(app: App, rng: random.Random) -> Case:
    """A notification opened (a form): the SDK's device ID; the notification ID a negative."""
    nid = rid(rng)
    return case(f"{app.fam}-pushlark", f"{PL}/v3/notifications/{nid}", fmt="form", body={
        "app_id": app.key("pushlark"), "player_id": L(sdk_id(app, "pushlark"), DID),
        "opened": "true", "device_type": "1"}, headers={"User-Agent": "Pushlark-Android/5.1.12"})


def px_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", gdpr: bool = False) -> Case:
    """Permitlynx's consent record: its visitor ID (the device's, also in a cookie), country and
    region from the IP; in Europe a TC string (a negative: it encodes the choices)."""
    vid = sdk_id(app, "permitlynx")
    body: dict[str, Any] = {"siteId": app.key("permitlynx"), "uid": L(vid, DID),
                            "purposes": purposes, "policyVersion": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "ts": 1765393633190}
    if gdpr:
        body["tcString"] = "CQb" + opaque(rng, "", 40).upper() + ".YAAAAAAAAAAA"
    if user:
        body["accountId"] = L(USER_ID, UID)
    return case(f"{app.fam}-permitlynx", f"{PX}/v1/consent", body=body,
                cookies={"plx_uid": L(vid, DID)}, headers={"User-Agent": L(app.ua, DEV)})


def px_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-permitlynx", f"{PX}/v1/consent/status",
                query={"site": app.key("permitlynx"), "lang": L(lang, DEV)},
                cookies={"plx_state": W({"u": L(sdk_id(app, "permitlynx"), DID),
                                         "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pwh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paywicket-Android/8.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def pw_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP,
            country: str = "US") -> Case:
    """Paywicket's card token (a form with bracketed keys): card data, holder, postal code and
    the SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD, PAY), "card[exp_month]": L(CARD_EXP[0], PAY),
                            "card[exp_year]": L(CARD_EXP[1], PAY), "card[cvc]": L(CARD_CVC, PAY),
                            "billing_details[name]": L(NAME, NAMEC),
                            "billing_details[address][postal_code]": L(zip_, COARSE),
                            "billing_details[address][country]": L(country, COARSE),
                            "device_fingerprint": L(sdk_id(app, "paywicket"), DID)}
    if email:
        body["billing_details[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paywicket", f"{PW}/v1/payment_methods", fmt="form", body=body,
                headers=_pwh(rng))


def pw_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paywicket", f"{PW}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency,
                      "device_fingerprint": L(sdk_id(app, "paywicket"), DID)},
                headers=_pwh(rng))


def _mch(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapcairn/7.0.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mc_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` as ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "mc_" + app.key("mapcairn")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapcairn", f"{MC}/v1/geocode", query=q, headers=_mch(app))


def mc_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapcairn", f"{MC}/v1/reverse/{seg}",
             query={"types": "address", "key": "mc_" + app.key("mapcairn")}, headers=_mch(app))
    return at_path(c, seg, cat) if cat else c


def mc_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "transit") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapcairn", f"{MC}/v1/directions", body={
        "waypoints": pts, "profile": mode, "units": "metric", "language": L("en-US", DEV)},
        query={"key": "mc_" + app.key("mapcairn")}, headers=_mch(app))


def mc_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapcairn"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T19:12:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(57, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T19:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapcairn", "https://events.mapcairn.example.com/v1/events",
                query={"key": "mc_" + app.key("mapcairn")}, body=evs, gz=True,
                headers={"User-Agent": "MapcairnTelemetry/7.0.1"})


def cb_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Chatbrisk message: signed in, the app's server-signed identity JWT rides in a JSON
    field (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    visitor: dict[str, Any] = {"id": L(sdk_id(app, "chatbrisk"), DID)}
    if user:
        visitor["userJwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                  "name": L(NAME, NAMEC), "iat": 1765393702},
                                 "body", "visitor.userJwt", acc)
    if email is not None:
        visitor["email"] = email
    body: dict[str, Any] = {"appId": app.key("chatbrisk"), "visitor": visitor,
                            "message": {"text": text, "clientMsgId": rid(rng)},
                            "customAttributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-chatbrisk", f"{CB}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cb_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cbc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatbrisk", f"{CB}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("payload", None, "application/json", {"clientMsgId": rid(rng),
                                                             "visitorId": L(sdk_id(
                                                                 app, "chatbrisk"), DID)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatbrisk-Session": L(opaque(rng, "cbs_", 40), CRED)})


__all__ = ["cb_attach", "cb_message", "mc_geocode", "mc_reverse", "mc_route", "mc_telemetry",
           "pl_open", "pl_register", "pw_card", "pw_confirm", "px_check", "px_save", "ty_eval"]
