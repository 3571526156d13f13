"""Service SDKs of the thirty-first set, built once and called by every app with its own
choices: feature flags "Flagmoor", push "Nudgecast", consent "Yesvane", payments "Payvelle",
maps "Geoharrow" and support chat "Talkwillow" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families22_kit import lines, sdk_uuid
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
BUY, NATID = "financial.purchase", "personal.national_id"

FM = "https://sdk.flagmoor.example.com"
NC = "https://api.nudgecast.example.net"
YV = "https://consent.yesvane.example.org"
PV = "https://api.payvelle.example.com"
GH = "https://api.geoharrow.example.com"
TW = "https://widget.talkwillow.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fm_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagmoor's evaluation: the context key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "attributes": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                          "deviceModel": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "FlagmoorAndroid/2.9.0", "Authorization": "sdk-" + app.key("flagmoor")}
    url = f"{FM}/v2/evaluate"
    if get:
        acc: Acc = {}
        q = enc(ctx, "query", "ctx", "b64url", acc)
        return add(case(f"{app.fam}-flagmoor", url, query={"ctx": q, "stream": "false"},
                        headers=h), acc)
    return case(f"{app.fam}-flagmoor", url, body={"context": ctx, "flags": "all"}, headers=h)


def _nh() -> dict[str, Any]:
    return {"User-Agent": L("Nudgecast-Android/7.1.3 (Pixel 8; Android 14)", DEV)}


def nc_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: int = -18000) -> Case:
    """Nudgecast's device registration: the FCM token, the device, the carrier, tags and
    (``at``) a last-known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("nudgecast"), "platform": "android",
                            "push_token": L(push_token(rng), DID),
                            "device": {"model": L("Pixel 8", DEV), "os": L("14", DEV),
                                       "lang": L("en", DEV), "tz_offset": L(tz, DEV),
                                       "carrier": L("Example Mobile", CARRIER)},
                            "sdk": "7.1.3", "app_version": app.ver, "tags": tags or {}}
    if user:
        body["external_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                            "lng": L(round(at[1], nd), _cat(nd)), "acc": 25}
    return case(f"{app.fam}-nudgecast", f"{NC}/v3/devices", body=body, headers=_nh())


def nc_channel(app: App, rng: random.Random, kind: str, value: Any) -> Case:
    """An e-mail or SMS channel for the signed-in user."""
    return case(f"{app.fam}-nudgecast", f"{NC}/v3/channels", body={
        "app_id": app.key("nudgecast"), "type": kind, "address": value,
        "external_id": L(USER_ID, UID), "device_id": L(sdk_id(app, "nudgecast"), DID)},
        headers=_nh())


def nc_opened(app: App, rng: random.Random) -> Case:
    """A notification opened (a form): the message ID a negative, the device ID labelled."""
    return case(f"{app.fam}-nudgecast", f"{NC}/v3/opens", fmt="form", body={
        "app_id": app.key("nudgecast"), "message_id": sdk_uuid(rng),
        "device_id": L(sdk_id(app, "nudgecast"), DID), "action": "open"}, headers=_nh())


def yv_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            receipt: bool = False, country: str = "US", region: str = "NY",
            tcf: bool = False) -> Case:
    """Yesvane's consent record (the visitor ID the device's; country and region from the
    IP), with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "yesvane")
    body: dict[str, Any] = {"site": app.key("yesvane"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "notice_version": 9,
                            "geo": {"country": L(country, COARSE),
                                    "subdivision": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "ts": 1765321622018}
    if tcf:
        body["tc_string"] = "CQJ4vYAQJ4vYAAGABCENBTFgAP_AAH_AAAqIKXtV_G__bWlr8X73"
    if user:
        body["user_ref"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = None
    if receipt:
        cookies = {"yv_receipt": sjwt({"iss": "yesvane", "sub": L(vid, DID),
                                       "p": sorted(k for k, v in purposes.items() if v),
                                       "iat": 1765100000}, "cookie", "yv_receipt", acc)}
    return add(case(f"{app.fam}-yesvane", f"{YV}/v2/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def yv_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-yesvane", f"{YV}/v2/status",
                query={"site": app.key("yesvane"), "lang": L("en", DEV)},
                cookies={"yv_state": W({"vid": L(sdk_id(app, "yesvane"), DID),
                                        "p": purposes, "v": 9}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _ph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payvelle-Android/5.4.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pv_pub_" + opaque(rng, "", 24)}


def pv_card(app: App, rng: random.Random, *, email: bool = False,
            zipcode: str = "10118") -> Case:
    """Payvelle's card tokenisation (JSON): card data, the holder and ZIP, and device data as
    a JSON string in a JSON field (the SDK's device session ID)."""
    card: dict[str, Any] = {"number": L(CARD2, PAY), "expirationMonth": L(CARD2_EXP[0], PAY),
                            "expirationYear": L(CARD2_EXP[1], PAY), "cvv": L(CARD2_CVC, PAY),
                            "cardholderName": L(NAME, NAMEC),
                            "billingAddress": {"postalCode": L(zipcode, COARSE)}}
    body: dict[str, Any] = {"creditCard": card, "deviceData": W({
        "device_session_id": L(sdk_id(app, "payvelle"), DID),
        "correlation_id": rid(rng)}, "json")}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payvelle", f"{PV}/v1/tokenize", body=body, headers=_ph(rng))


def pv_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 20)
    return case(f"{app.fam}-payvelle", f"{PV}/v1/payments/{pi}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{pi}_cs_", 24), CRED),
        "payment_method": L(opaque(rng, "pm_", 24), PAY), "amount": L(amount, BUY),
        "currency": currency, "device_session_id": L(sdk_id(app, "payvelle"), DID),
        "return_url": f"{app.fam}://payvelle/return"}, headers=_ph(rng))


def pv_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for autopay (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-payvelle", f"{PV}/v1/bank_accounts", fmt="form", body={
        "routing_number": L(ROUTING, PAY), "account_number": L(ACCOUNT, PAY),
        "account_type": "checking", "holder_name": L(NAME, NAMEC),
        "holder_email": L(EMAIL, MAIL), "device_session_id": L(sdk_id(app, "payvelle"), DID)},
        headers=_ph(rng))


def pv_pix(app: App, rng: random.Random, amount: str, tax_id: str, name: Any,
           email: Any) -> Case:
    """A Pix charge (JSON): the payer's CPF, name and e-mail, the amount."""
    return case(f"{app.fam}-payvelle", f"{PV}/v1/pix/charges", body={
        "amount": L(amount, BUY), "currency": "BRL", "expires_in": 900,
        "payer": {"tax_id": L(tax_id, NATID), "name": name, "email": email},
        "device_session_id": L(sdk_id(app, "payvelle"), DID), "reference": rid(rng)},
        headers=_ph(rng))


def _gh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Geoharrow-Android/4.0.2 {app.name}/{app.ver} (Android 14)", DEV)}


def gh_search(app: App, rng: random.Random, text: str, cat: str, *, at: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Place search: the typed text (labelled ``cat``) near a ``lat,lng`` at ``nd`` decimals."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "lang": L(lang, DEV),
                         "key": app.key("geoharrow")}
    if at is not None:
        q["near"] = L(f"{at[0]:.{nd}f},{at[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-geoharrow", f"{GH}/v1/search", query=q, headers=_gh(app))


def gh_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point (``lat`` and ``lng`` query parameters; whose point
    decides the label)."""
    la, lo = round(at[0], nd), round(at[1], nd)
    q: dict[str, Any] = {"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo,
                         "key": app.key("geoharrow")}
    return case(f"{app.fam}-geoharrow", f"{GH}/v1/reverse", query=q, headers=_gh(app))


def gh_route(app: App, rng: random.Random, origin: Pt, o_cat: str | None, dest: Pt,
             d_cat: str | None, mode: str = "auto") -> Case:
    """Directions (JSON): two locations, each labelled by whose place it is."""
    def loc(p: Pt, cat: str | None) -> dict[str, Any]:
        return {"lat": L(p[0], cat) if cat else p[0], "lon": L(p[1], cat) if cat else p[1]}

    return case(f"{app.fam}-geoharrow", f"{GH}/v1/route", query={"key": app.key("geoharrow")},
                body={"locations": [loc(origin, o_cat), loc(dest, d_cat)], "costing": mode,
                      "units": "kilometers", "alternates": 0}, headers=_gh(app))


def gh_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (gzip JSON Lines): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "geoharrow"), DID)
    recs: list[dict[str, Any]] = [{"ev": L("map_load", USAGE), "did": did,
                                   "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                                   "battery": L(58, DEV), "ts": 1765321960118}]
    recs += [{"ev": L("loc", USAGE), "did": did, "lat": L(la, cat), "lng": L(lo, cat),
              "acc": 9.0, "ts": 1765321961000 + 1000 * i} for i, (la, lo) in enumerate(fixes)]
    return lines(f"{app.fam}-geoharrow", "https://t.geoharrow.example.com/v1/events", recs,
                 gz=True, headers={"User-Agent": "GeoharrowTelemetry/4.0.2",
                                   "X-Geoharrow-Key": app.key("geoharrow")})


def tw_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, name: Any = None) -> Case:
    """A Talkwillow message: signed in, an identity JWT in a header (the app's server signed
    it: a credential, its claims the user's ID and e-mail) and the visitor's fields."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV)}
    visitor: dict[str, Any] = {"visitor_id": L(sdk_id(app, "talkwillow"), DID)}
    if user:
        h["X-Talkwillow-Identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                          "iat": 1765321700}, "header",
                                         "x-talkwillow-identity", acc)
        visitor.update(email=L(EMAIL, MAIL), name=name if name is not None else L(NAME, NAMEC))
    body = {"app_id": app.key("talkwillow"), "visitor": visitor,
            "message": {"text": text, "client_ref": rid(rng)}, "attributes": attrs,
            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                       "locale": L("en_US", DEV), "app_version": app.ver}}
    return add(case(f"{app.fam}-talkwillow", f"{TW}/v1/messages", body=body, headers=h), acc)


def tw_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget session a credential)."""
    conv = "cnv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-talkwillow", f"{TW}/v1/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Talkwillow-Visitor": L(sdk_id(app, "talkwillow"), DID),
                              "X-Talkwillow-Session": L(opaque(rng, "tws_", 40), CRED)})


__all__ = ["fm_eval", "gh_reverse", "gh_route", "gh_search", "gh_telemetry", "nc_channel",
           "nc_opened", "nc_register", "pv_bank", "pv_card", "pv_confirm", "pv_pix", "tw_attach",
           "tw_message", "yv_check", "yv_save"]
