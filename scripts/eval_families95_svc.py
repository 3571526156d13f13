"""Service SDKs of the ninety-fifth set, built once and called by every app with its own
choices: feature flags "Switchbarrow", push "Pushtarn", consent "Optvale", payments "Coinrivet",
maps "Chartelm" and support chat "Askwharf" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SB = "https://sdk.switchbarrow.example.com"
PT = "https://api.pushtarn.example.net"
OV = "https://consent.optvale.example.org"
CR = "https://api.coinrivet.example.com"
CE = "https://api.chartelm.example.com"
AW = "https://widget.askwharf.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sb_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            get: bool = False, country: str = "US") -> Case:
    """Switchbarrow's evaluation: the user's ``key`` is the user ID (the install ID signed out),
    ``country`` from the store locale; ``get`` sends the user as base64url JSON in the query."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user, "country": L(country, COARSE),
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "SwitchbarrowAndroid/3.7.2",
                         "Authorization": "sbm-" + app.key("switchbarrow")}
    if get:
        acc: Acc = {}
        q = {"u": enc(u, "query", "u", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-switchbarrow", f"{SB}/v3/flags", query=q, headers=h), acc)
    return case(f"{app.fam}-switchbarrow", f"{SB}/v3/flags", body={"user": u}, headers=h)


def pt_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pushtarn's device record (JSON): the FCM token, the SDK's device UID, zone, language,
    model, the SIM's carrier and country, tags and (``at``) a ``"lat,lon"`` string."""
    body: dict[str, Any] = {"app_key": app.key("pushtarn"),
                            "device_uid": L(sdk_id(app, "pushtarn"), DID),
                            "push_token": L(push_token(rng), DID), "provider": "fcm",
                            "tz": L(tz, DEV), "lang": L(lang, DEV),
                            "device_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                            "sim_operator": L("Example Mobile", CARRIER),
                            "sim_country": L("us", CARRIER), "app_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["ext_user_id"] = L(USER_ID, UID)
    if adid:
        body["adv_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["last_loc"] = L(f"{at[0]:.{nd}f},{at[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-pushtarn", f"{PT}/v2/devices", body=body,
                headers={"User-Agent": L("Pushtarn/5.2.1 (Android 14; Pixel 8)", DEV)})


def pt_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (GET): the device UID, the campaign and message IDs."""
    return case(f"{app.fam}-pushtarn", f"{PT}/v2/opened", query={
        "k": app.key("pushtarn"), "d": L(sdk_id(app, "pushtarn"), DID), "c": campaign,
        "m": opaque(rng, "msg_", 12), "a": L("opened", USAGE)},
        headers={"User-Agent": L("Pushtarn/5.2.1 (Android 14; Pixel 8)", DEV)})


def ov_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Optvale's consent record (JSON): the visitor ID, the choices and a TC string (the
    choices encoded: unlabelled), the country and region the CMP resolved from the IP."""
    vid = sdk_id(app, "optvale")
    body: dict[str, Any] = {"property": app.key("optvale"), "visitorId": L(vid, DID),
                            "purposes": purposes, "tcString": "CQJ" + opaque(rng, "", 30).upper(),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765314633190}
    if user:
        body["authId"] = L(USER_ID, UID)
    return case(f"{app.fam}-optvale", f"{OV}/v1/records", body=body,
                cookies={"ov_vid": L(vid, DID)}, headers={"User-Agent": L(app.ua, DEV)})


def ov_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check (GET): a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-optvale", f"{OV}/v1/status",
                query={"property": app.key("optvale"), "lang": L("en", DEV)},
                cookies={"ov_state": W({"vid": L(sdk_id(app, "optvale"), DID),
                                        "p": purposes, "v": 3}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _crh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinrivet-Android/7.1.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def cr_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP,
            country: str = "US") -> Case:
    """Coinrivet's card payment method (a form with bracketed keys): card data, the billing
    name, postal code and country, the SDK's device ID."""
    body: dict[str, Any] = {
        "type": "card", "card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
        "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
        "billing_details[name]": L(NAME, NAMEC),
        "billing_details[address][postal_code]": L(zip_, COARSE),
        "billing_details[address][country]": L(country, COARSE),
        "device_uid": L(sdk_id(app, "coinrivet"), DID)}
    if email:
        body["billing_details[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinrivet", f"{CR}/v1/payment_methods", fmt="form", body=body,
                headers=_crh(rng))


def cr_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method, the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-coinrivet", f"{CR}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency,
                      "device_uid": L(sdk_id(app, "coinrivet"), DID)},
                headers=_crh(rng))


def cr_wallet(app: App, rng: random.Random, amount: str, currency: str = "USD") -> Case:
    """A Google Pay-style wallet payment (JSON): the wallet's payment token, the card's network
    and last four digits, the amount."""
    return case(f"{app.fam}-coinrivet", f"{CR}/v1/wallet_payments", body={
        "wallet": "googlepay", "token": L(opaque(rng, "gpt_", 64), PAY),
        "cardNetwork": "MASTERCARD", "cardLast4": L(CARD2[-4:], PAY),
        "amount": L(amount, BUY), "currency": currency,
        "deviceUid": L(sdk_id(app, "coinrivet"), DID)}, headers=_crh(rng))


def _ceh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"ChartelmSDK/9.4.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def ce_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en", country: str | None = None) -> Case:
    """Forward geocoding (GET): the typed text ``q`` (labelled ``cat``), biased by
    ``proximity`` as ``lon,lat`` at ``nd`` decimals (the order such map APIs take)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "access_token": "ce." + app.key("chartelm")}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    if country:
        q["country"] = country
    return case(f"{app.fam}-chartelm", f"{CE}/geocoding/v2/forward", query=q, headers=_ceh(app))


def ce_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides the label)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-chartelm", f"{CE}/geocoding/v2/reverse/{seg}",
             query={"types": "address", "access_token": "ce." + app.key("chartelm")},
             headers=_ceh(app))
    return at_path(c, seg, cat) if cat else c


def ce_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``coordinates[i]`` as ``[lon, lat]`` pairs, labelled by whose place."""
    coords = [[L(lo, cat) if cat else lo, L(la, cat) if cat else la]
              for (la, lo), cat in stops]
    return case(f"{app.fam}-chartelm", f"{CE}/directions/v2/{profile}", body={
        "coordinates": coords, "alternatives": False, "language": L("en", DEV),
        "steps": True}, query={"access_token": "ce." + app.key("chartelm")}, headers=_ceh(app))


def ce_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "chartelm"), DID)
    evs: list[dict[str, Any]] = [{"event": L("map.load", USAGE), "created": "2025-12-09T21:12:40Z",
                                  "userId": did, "model": L("Pixel 8", DEV),
                                  "operatingSystem": L("Android 14", DEV),
                                  "batteryLevel": L(47, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T21:13:0{i}Z", "userId": did,
             "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-chartelm", "https://events.chartelm.example.com/events/v2",
                query={"access_token": "ce." + app.key("chartelm")}, body=evs, gz=True,
                headers={"User-Agent": "ChartelmTelemetry/9.4.0"})


def aw_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Askwharf message: signed in, the app server's identity JWT rides in ``user.jwt`` (a
    credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    u: dict[str, Any] = {"visitor": L(sdk_id(app, "askwharf"), DID)}
    if user:
        u["jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                        "name": L(NAME, NAMEC), "iat": 1765314702}, "body", "user.jwt", acc)
    body: dict[str, Any] = {"appId": app.key("askwharf"), "user": u,
                            "message": {"type": "text", "text": text, "clientRef": rid(rng)},
                            "attributes": attrs,
                            "device": {"platform": "android", "os": L("Android 14", DEV),
                                       "model": L("Pixel 8", DEV), "appVersion": app.ver}}
    return add(case(f"{app.fam}-askwharf", f"{AW}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def aw_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file sent in the conversation (multipart): the widget's session token a credential."""
    conv = "awc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-askwharf", f"{AW}/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientRef": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askwharf-Visitor": L(sdk_id(app, "askwharf"), DID),
                              "X-Askwharf-Session": L(opaque(rng, "aws_", 40), CRED)})


__all__ = ["aw_message", "aw_upload", "ce_geocode", "ce_reverse", "ce_route", "ce_telemetry",
           "cr_card", "cr_confirm", "cr_wallet", "ov_check", "ov_save", "pt_opened",
           "pt_register", "sb_eval"]
