"""Service SDKs of the sixtieth set, built once and called by every app with its own choices:
feature flags "Switchbriar", push "Beaconmoth", consent "Permisolve", payments "Paykestrel", maps
"Mapnettle" and support chat "Helpmarten" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

SB = "https://flags.switchbriar.example.com"
BM = "https://api.beaconmoth.example.net"
PM = "https://consent.permisolve.example.org"
PK = "https://api.paykestrel.example.com"
MN = "https://api.mapnettle.example.com"
HM = "https://widget.helpmarten.example.net"
Pt = tuple[float, float]
CARD3, CARD3_EXP, CARD3_CVC = "4000056655665556", ("09", "2030"), "318"  # a test debit card


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sb_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            get: bool = False, email: bool = False) -> Case:
    """Switchbriar's evaluation: the user's key is the user ID (the install ID signed out);
    ``get`` sends the user as base64url JSON in the query of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"os": L("Android 14", DEV), "device": L("Pixel 8", DEV),
                                    "appVersion": app.ver, **custom}}
    if email:
        u["email"] = L(EMAIL, MAIL)
    h = {"User-Agent": "SwitchbriarAndroid/3.4.0",
         "Authorization": "mob-" + app.key("switchbriar")}
    if get:
        acc: Acc = {}
        q = {"u": enc(u, "query", "u", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-switchbriar", f"{SB}/msdk/evalx", query=q, headers=h), acc)
    return case(f"{app.fam}-switchbriar", f"{SB}/msdk/evalx/user", body=u, headers=h)


def bm_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Beaconmoth's player record (JSON): the FCM token, the device, zone, language, carrier,
    tags, the app's user ID as ``external_user_id`` and (``at``) a position at ``nd``."""
    body: dict[str, Any] = {"app_id": app.key("beaconmoth"),
                            "identifier": L(push_token(rng), DID),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "language": L(lang, DEV), "timezone_id": L(tz, DEV),
                            "carrier": L("Example Mobile", CARRIER), "rooted": L(False, DEV),
                            "app_version": app.ver, "sdk": "050102",
                            "notification_types": 1, "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"], body["long"] = L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-beaconmoth", f"{BM}/api/v1/players", body=body,
                headers={"User-Agent": L("Beaconmoth-Android/5.1.2 (Android 14; Pixel 8)", DEV)})


def bm_open(app: App, rng: random.Random) -> Case:
    """A notification opened (JSON): the SDK's player ID; the notification's ID a negative."""
    return case(f"{app.fam}-beaconmoth", f"{BM}/api/v1/notifications/{rid(rng)}", body={
        "app_id": app.key("beaconmoth"), "player_id": L(sdk_id(app, "beaconmoth"), DID),
        "opened": True})


def pm_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Permisolve's consent record (JSON): its visitor UUID the device's (also in a cookie),
    country and region from the IP, the choices and a GPP string (a negative)."""
    vid = sdk_id(app, "permisolve")
    body: dict[str, Any] = {"propertyId": app.key("permisolve"), "uuid": L(vid, DID),
                            "choices": purposes, "policyVersion": 7,
                            "gpp": "DBABLA~BVQqAAAAAgA.QA", "platform": "android",
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ts": 1765321633190}
    if user:
        body["authId"] = L(USER_ID, UID)
    return case(f"{app.fam}-permisolve", f"{PM}/v1/consent", body=body,
                cookies={"psv_uuid": L(vid, DID)}, headers={"User-Agent": L(app.ua, DEV)})


def pm_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor UUID and choices."""
    return case(f"{app.fam}-permisolve", f"{PM}/v1/status",
                query={"property": app.key("permisolve"), "lang": L("en", DEV)},
                cookies={"psv_state": W({"u": L(sdk_id(app, "permisolve"), DID),
                                         "c": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pkh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paykestrel/Android 7.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _fp(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "paykestrel"), DID),
            "client_session": sdk_id(app, "paykestrel-s")}


def pk_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP) -> Case:
    """Paykestrel's card token (a form with bracketed keys): card data, holder, postal code
    and the SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD3, PAY), "card[exp_month]": L(CARD3_EXP[0], PAY),
                            "card[exp_year]": L(CARD3_EXP[1], PAY), "card[cvc]": L(CARD3_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_postal_code]": L(zip_, COARSE), **_fp(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paykestrel", f"{PK}/v1/tokens", fmt="form", body=body,
                headers=_pkh(rng))


def pk_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the saved method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-paykestrel", f"{PK}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_fp(app)},
                headers=_pkh(rng))


def pk_bank(app: App, rng: random.Random) -> Case:
    """A payout bank account (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paykestrel", f"{PK}/v1/external_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC),
        "bank_account[account_holder_type]": "individual", **_fp(app)}, headers=_pkh(rng))


def pk_va(app: App, rng: random.Random, amount: int, phone: str) -> Case:
    """An Indonesian virtual-account top-up (JSON): the amount in rupiah, the customer."""
    return case(f"{app.fam}-paykestrel", f"{PK}/v1/payments", headers=_pkh(rng), body={
        "amount": L(amount, BUY), "currency": "IDR", "method": "virtual_account",
        "va": {"bank": "nusantara", "expires_in": 86400},
        "customer": {"name": L(NAME, NAMEC), "phone": L(phone, TEL), "email": L(EMAIL, MAIL)},
        "reference": rid(rng), **_fp(app)})


def _mnh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapnettle/9.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mn_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en", country: str = "us") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    (``lat,lon`` at ``nd`` decimals, labelled by its precision)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "lang": L(lang, DEV),
                         "country": country, "key": "mn_" + app.key("mapnettle")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapnettle", f"{MN}/geocoding/v1/search", query=q, headers=_mnh(app))


def mn_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapnettle", f"{MN}/geocoding/v1/reverse/{seg}",
             query={"types": "address", "key": "mn_" + app.key("mapnettle")}, headers=_mnh(app))
    return at_path(c, seg, cat) if cat else c


def mn_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "walking") -> Case:
    """Directions (JSON): ``points[i].lat/lon`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapnettle", f"{MN}/directions/v1/{mode}", body={
        "points": pts, "units": "metric", "locale": L("en-US", DEV), "alternatives": False},
        query={"key": "mn_" + app.key("mapnettle")}, headers=_mnh(app))


def mn_events(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapnettle"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(51, DEV), "zoom": 15.5}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapnettle", "https://events.mapnettle.example.com/v1/batch",
                query={"key": "mn_" + app.key("mapnettle")}, body=evs, gz=True,
                headers={"User-Agent": "MapnettleTelemetry/9.4.1"})


def hm_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Helpmarten message (JSON): signed in, the identity token the app's server signed rides
    in a request header (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV)}
    if user:
        h["X-Helpmarten-Identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                          "name": L(NAME, NAMEC), "iat": 1765321702},
                                         "header", "x-helpmarten-identity", acc)
    visitor: dict[str, Any] = {"id": L(sdk_id(app, "helpmarten"), DID)}
    if email is not None:
        visitor["email"] = email
    body: dict[str, Any] = {"widgetId": app.key("helpmarten"), "visitor": visitor,
                            "message": {"body": text, "clientRef": rid(rng)},
                            "customAttributes": attrs,
                            "context": {"os": L("Android 14", DEV), "device": L("Pixel 8", DEV),
                                        "appVersion": app.ver}}
    return add(case(f"{app.fam}-helpmarten", f"{HM}/v1/messages", body=body, headers=h), acc)


def hm_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hmc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpmarten", f"{HM}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientRef": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpmarten-Visitor": L(sdk_id(app, "helpmarten"), DID),
                              "X-Helpmarten-Token": L(opaque(rng, "hmt_", 40), CRED)})


__all__ = ["CARD3", "bm_open", "bm_register", "hm_attach", "hm_message", "mn_events",
           "mn_reverse", "mn_route", "mn_search", "pk_bank", "pk_card", "pk_confirm", "pk_va",
           "pm_check", "pm_save", "sb_eval"]
