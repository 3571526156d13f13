"""Service SDKs of the hundred-and-first set, built once and called by every app with its own
choices: feature flags "Flagkestrel", push "Pingmoor", consent "Okaywharf", payments "Paycobble",
maps "Mapvellum" and support chat "Asktrellis" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families101_kit import TZ
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

FK = "https://flags.flagkestrel.example.com"
PM = "https://api.pingmoor.example.net"
OW = "https://consent.okaywharf.example.org"
PC = "https://api.paycobble.example.com"
MV = "https://api.mapvellum.example.com"
AT = "https://widget.asktrellis.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fk_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagkestrel's evaluation: the user key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the ``ctx`` query parameter of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                      "device": L("Pixel 8", DEV), **custom}}
    h = {"User-Agent": "FlagkestrelAndroid/3.4.1", "Authorization": "fk-mob-" + app.key("fk")}
    if get:
        acc: Acc = {}
        q = {"ctx": enc(ctx, "query", "ctx", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-flagkestrel", f"{FK}/msdk/evalx", query=q, headers=h), acc)
    return case(f"{app.fam}-flagkestrel", f"{FK}/msdk/evalx", body={"user": ctx}, headers=h)


def pm_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "ht") -> Case:
    """Pingmoor's device record (JSON): the FCM token, the SDK's device UUID, language, the zone
    offset, model, OS, the carrier, tags and (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_key": app.key("pingmoor"),
                            "device_uuid": L(sdk_id(app, "pingmoor"), DID),
                            "push_token": L(push_token(rng), DID), "device_type": 1,
                            "language": L(lang, DEV), "timezone": L(-18000, DEV),
                            "device_model": L("Pixel 8", DEV),
                            "carrier": L("Example Mobile", CARRIER), "sdk": "pm-5.2.0",
                            "game_version": app.ver, "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if at is not None:
        body["lat"] = L(round(at[0], nd), _cat(nd))
        body["long"] = L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-pingmoor", f"{PM}/api/v1/players", body=body,
                headers={"User-Agent": L("Pingmoor-Android/5.2.0 (Pixel 8; Android 14)", DEV)})


def pm_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the message and campaign IDs are negatives."""
    return case(f"{app.fam}-pingmoor", f"{PM}/api/v1/notifications/{rid(rng)}/opened",
                fmt="form", body={"app_key": app.key("pingmoor"),
                                  "device_uuid": L(sdk_id(app, "pingmoor"), DID),
                                  "campaign": campaign, "opened": "true"},
                headers={"User-Agent": L("Pingmoor-Android/5.2.0 (Pixel 8; Android 14)", DEV)})


def ow_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Okaywharf's consent record: the visitor ID (the device's), the choices, country and
    region from the IP, and the previous receipt in a cookie (a signed JWT that opens nothing)."""
    vid = sdk_id(app, "okaywharf")
    body: dict[str, Any] = {"property": app.key("okaywharf"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "notice_version": 7,
                            "geo": {"country": L("HT", COARSE), "region": L("OU", COARSE)},
                            "ua": L(app.ua, DEV),
                            "recorded_at": 1765321633190}
    if user:
        body["user_ref"] = L(USER_ID, UID)
    acc: Acc = {}
    jar = {"ow_receipt": sjwt({"iss": "okaywharf", "sub": L(vid, DID),
                               "granted": sorted(p for p, v in purposes.items() if v),
                               "iat": 1765200000}, "cookie", "ow_receipt", acc)}
    return add(case(f"{app.fam}-okaywharf", f"{OW}/v1/records", body=body, cookies=jar,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ow_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check (GET): a base64 JSON cookie with the visitor and choices."""
    return case(f"{app.fam}-okaywharf", f"{OW}/v1/status",
                query={"property": app.key("okaywharf"), "lang": L("ht", DEV)},
                cookies={"ow_state": W({"vid": L(sdk_id(app, "okaywharf"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pch(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paycobble/Android 6.1.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pcpk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "paycobble-d"), DID),
            "radar[session]": sdk_id(app, "paycobble-s")}


def pc_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paycobble's card token (a form, bracketed keys): her US card, holder, billing ZIP."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paycobble", f"{PC}/v1/tokens", fmt="form", body=body,
                headers=_pch(rng))


def pc_wallet(app: App, rng: random.Random, amount: str, currency: str = "htg") -> Case:
    """A mobile-money charge (JSON): the wallet's number (hers), the amount, the order."""
    return case(f"{app.fam}-paycobble", f"{PC}/v1/charges/mobile_money", body={
        "amount": L(amount, BUY), "currency": currency, "provider": "kobmobil",
        "msisdn": L(PHONE.replace(" ", ""), TEL), "description": f"{app.name} order",
        "device": L(sdk_id(app, "paycobble-d"), DID), "request_id": rid(rng)},
        headers=_pch(rng))


def pc_confirm(app: App, rng: random.Random, amount: str, currency: str = "htg") -> Case:
    """Confirming a payment intent (a form): the client secret, the method, the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paycobble", f"{PC}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pch(rng))


def _mvh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapvellum/9.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mv_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``), biased by ``near``."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L("fr", DEV),
                         "country": "ht", "key": "mv_" + app.key("mapvellum")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapvellum", f"{MV}/geocode/v1/search", query=q, headers=_mvh(app))


def mv_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapvellum", f"{MV}/geocode/v1/reverse/{seg}",
             query={"types": "address,poi", "key": "mv_" + app.key("mapvellum")},
             headers=_mvh(app))
    return at_path(c, seg, cat) if cat else c


def mv_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapvellum", f"{MV}/directions/v1", body={
        "waypoints": wps, "profile": profile, "alternatives": 1, "lang": L("fr-HT", DEV)},
        query={"key": "mv_" + app.key("mapvellum")}, headers=_mvh(app))


def mv_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): the map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapvellum"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(TZ, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:1{i}Z",
             "device": did, "lat": L(la, cat), "lng": L(lo, cat), "hacc": 8.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapvellum", "https://events.mapvellum.example.com/v1/batch",
                query={"key": "mv_" + app.key("mapvellum")}, body=evs, gz=True,
                headers={"User-Agent": "MapvellumTelemetry/9.0.3"})


def at_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Asktrellis message: signed in, the identity JWT the app's server signed rides in
    ``user.identity`` (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    u: dict[str, Any] = {"device_id": L(sdk_id(app, "asktrellis"), DID)}
    if user:
        u["identity"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                             "name": L(NAME, NAMEC), "iat": 1765321702},
                            "body", "user.identity", acc)
    body: dict[str, Any] = {"app": app.key("asktrellis"), "user": u, "body": text,
                            "local_id": rid(rng), "custom": attrs,
                            "client": {"os": L("Android 14", DEV), "device": L("Pixel 8", DEV),
                                       "locale": L("fr_HT", DEV), "version": app.ver}}
    return add(case(f"{app.fam}-asktrellis", f"{AT}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def at_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to the conversation (the widget's session token a credential)."""
    conv = "atc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-asktrellis", f"{AT}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"local_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Asktrellis-Device": L(sdk_id(app, "asktrellis"), DID),
                              "X-Asktrellis-Session": L(opaque(rng, "ats_", 40), CRED)})


__all__ = ["at_attach", "at_message", "fk_eval", "mv_geocode", "mv_reverse", "mv_route",
           "mv_telemetry", "ow_check", "ow_save", "pc_card", "pc_confirm", "pc_wallet",
           "pm_opened", "pm_register"]
