"""Service SDKs of the fifty-ninth set, built once and called by every app with its own choices:
feature flags "Flagwhistle", push "Beckonly", consent "Agreewick", payments "Tenderfold", maps
"Plotweir" and support chat "Deskwarbler" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
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
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FW = "https://sdk.flagwhistle.example.com"
BK = "https://api.beckonly.example.net"
AG = "https://cmp.agreewick.example.org"
TF = "https://api.tenderfold.example.com"
PW = "https://api.plotweir.example.com"
DW = "https://widget.deskwarbler.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def _ctx(app: App, custom: dict[str, Any], user: bool) -> dict[str, Any]:
    return {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID), "anonymous": not user,
            "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                       "device": L("Pixel 8", DEV), **custom}}


def fw_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True) -> Case:
    """Flagwhistle's evaluation (JSON): the user key is the user ID (the install ID signed out)."""
    return case(f"{app.fam}-flagwhistle", f"{FW}/v3/evaluate", body={
        "user": _ctx(app, custom, user), "flags": ["*"]},
        headers={"User-Agent": "FlagwhistleAndroid/3.4.0",
                 "Authorization": "mob-" + app.key("flagwhistle")})


def fw_poll(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True) -> Case:
    """The polling GET: the context is base64url JSON in the query parameter ``u``."""
    acc: Acc = {}
    u = enc(_ctx(app, custom, user), "query", "u", "b64url", acc)
    return add(case(f"{app.fam}-flagwhistle", f"{FW}/v3/flags",
                    query={"u": u, "withReasons": "false"},
                    headers={"User-Agent": "FlagwhistleAndroid/3.4.0",
                             "Authorization": "mob-" + app.key("flagwhistle")}), acc)


def bk_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Beckonly's device record (JSON, snake_case): the FCM token, the device, the carrier,
    tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("beckonly"), "identifier": L(push_token(rng), DID),
                            "device_type": L(1, DEV), "language": L(lang, DEV),
                            "timezone_id": L(tz, DEV), "device_model": L("Pixel 8", DEV),
                            "device_os": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "net_type": L(0, DEV), "rooted": L(False, DEV),
                            "game_version": app.ver, "sdk": "050208", "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"], body["long"] = L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-beckonly", f"{BK}/api/v1/players", body=body,
                headers={"User-Agent": L("Beckonly/050208 (Android 14; Pixel 8)", DEV)})


def bk_session(app: App, rng: random.Random, secs: int = 341) -> Case:
    """The session ping: the SDK's player ID in the URL path, the active time in the body."""
    pid = sdk_id(app, "beckonly")
    c = case(f"{app.fam}-beckonly", f"{BK}/api/v1/players/{pid}/on_focus", body={
        "app_id": app.key("beckonly"), "state": "ping", "type": 1,
        "active_time": L(secs, USAGE), "device_type": L(1, DEV)},
        headers={"User-Agent": L("Beckonly/050208 (Android 14; Pixel 8)", DEV)})
    return at_path(c, pid, DID)


def ag_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Agreewick's consent record: the visitor ID (the device's, also in a cookie), the TCF
    string (a negative), the choices, the country and region from the IP."""
    vid = sdk_id(app, "agreewick")
    body: dict[str, Any] = {"cmp": app.key("agreewick"), "visitorId": L(vid, DID),
                            "tcString": "CQJ3bQAQJ3bQAAHABBENBTFsAP_gAAAAAAYgJNtV_H__bX9r8Xr3",
                            "purposes": purposes, "policyVersion": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "language": L(lang, DEV), "userAgent": L(app.ua, DEV),
                            "ts": 1765321633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    return case(f"{app.fam}-agreewick", f"{AG}/v1/consent", body=body,
                cookies={"aw_vid": L(vid, DID)}, headers={"User-Agent": L(app.ua, DEV)})


def ag_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and the choices."""
    acc: Acc = {}
    st = enc({"vid": L(sdk_id(app, "agreewick"), DID), "p": purposes, "v": 7}, "cookie",
             "aw_state", "b64", acc)
    return add(case(f"{app.fam}-agreewick", f"{AG}/v1/status",
                    query={"cmp": app.key("agreewick")}, cookies={"aw_state": st},
                    headers={"User-Agent": L(WEBVIEW_UA, DEV)}), acc)


def _tfh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tenderfold/Android 7.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _tfid(app: App) -> dict[str, Any]:
    return {"muid": L(sdk_id(app, "tenderfold-m"), DID), "sid": sdk_id(app, "tenderfold-s")}


def tf_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP,
            name: str = NAME) -> Case:
    """Tenderfold's payment method (a form with bracketed keys): card data, the billing name
    and postal code, and the SDK's device ID."""
    body: dict[str, Any] = {
        "type": "card", "card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
        "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
        "billing_details[name]": L(name, NAMEC),
        "billing_details[address][postal_code]": L(zip_, COARSE), **_tfid(app)}
    if email:
        body["billing_details[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tenderfold", f"{TF}/v1/payment_methods", fmt="form", body=body,
                headers=_tfh(rng))


def tf_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method ID and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-tenderfold", f"{TF}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_tfid(app)},
                headers=_tfh(rng))


def tf_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for debits (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-tenderfold", f"{TF}/v1/payment_methods", fmt="form", body={
        "type": "us_bank_account", "us_bank_account[routing_number]": L(ROUTING, PAY),
        "us_bank_account[account_number]": L(ACCOUNT, PAY),
        "us_bank_account[account_holder_type]": "individual",
        "billing_details[name]": L(NAME, NAMEC), **_tfid(app)}, headers=_tfh(rng))


def _pwh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"PlotweirMaps/9.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def pw_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``), biased by ``proximity`` as
    ``lon,lat`` (its precision and whose point it is decide the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "access_token": "pw." + app.key("plotweir")}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-plotweir", f"{PW}/geocoding/v2/forward", query=q, headers=_pwh(app))


def pw_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-plotweir", f"{PW}/geocoding/v2/reverse/{seg}",
             query={"types": "address", "access_token": "pw." + app.key("plotweir")},
             headers=_pwh(app))
    return at_path(c, seg, cat) if cat else c


def pw_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-plotweir", f"{PW}/directions/v2/{profile}", body={
        "waypoints": wps, "alternatives": False, "units": "metric",
        "language": L("en-US", DEV)}, query={"access_token": "pw." + app.key("plotweir")},
        headers=_pwh(app))


def pw_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "plotweir"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-plotweir", "https://events.plotweir.example.com/events/v2",
                query={"access_token": "pw." + app.key("plotweir")}, body=evs, gz=True,
                headers={"User-Agent": "PlotweirTelemetry/9.4.1"})


def dw_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Deskwarbler message: signed in, the identity JWT the app's server signed rides in a
    JSON field (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"device_id": L(sdk_id(app, "deskwarbler"), DID)}
    if user:
        contact["user_jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765321702},
                                  "body", "contact.user_jwt", acc)
    if email is not None:
        contact["email"] = email
    body: dict[str, Any] = {"inbox": app.key("deskwarbler"), "contact": contact,
                            "message": {"body": text, "client_ref": rid(rng)},
                            "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-deskwarbler", f"{DW}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def dw_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "dwc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-deskwarbler", f"{DW}/api/v1/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Warbler-Device": L(sdk_id(app, "deskwarbler"), DID),
                              "X-Warbler-Session": L(opaque(rng, "dws_", 40), CRED)})


__all__ = ["ag_check", "ag_save", "bk_register", "bk_session", "dw_attach", "dw_message",
           "fw_eval", "fw_poll", "pw_geocode", "pw_reverse", "pw_route", "pw_telemetry",
           "tf_bank", "tf_card", "tf_confirm"]
