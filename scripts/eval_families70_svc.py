"""Service SDKs of the seventieth set, built once and called by every app with its own choices:
feature flags "Fliptorch", push "Beaconmoor", consent "Optquarry", payments "Tillbrook", maps
"Chartloom" and support chat "Asksprout" (fictional vendors, hosts under example.*)."""

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
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FT = "https://flags.fliptorch.example.com"
BM = "https://push.beaconmoor.example.net"
OQ = "https://consent.optquarry.example.org"
TB = "https://api.tillbrook.example.com"
CL = "https://maps.chartloom.example.com"
AS = "https://widget.asksprout.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ft_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Fliptorch's evaluation: the targeting key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the ``ctx`` query parameter of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "appVersion": app.ver, "platform": "android",
                           "osVersion": L("14", DEV), "deviceModel": L("Pixel 8", DEV), **attrs}
    h = {"User-Agent": "fliptorch-android/0.19.2", "X-Fliptorch-Key": app.key("fliptorch")}
    url = f"{FT}/v1/flags/evaluate"
    if get:
        acc: Acc = {}
        return add(case(f"{app.fam}-fliptorch", url, headers=h, query={
            "ctx": enc(ctx, "query", "ctx", "b64url", acc), "env": "prod"}), acc)
    return case(f"{app.fam}-fliptorch", url, headers=h, body={"context": ctx, "flags": ["*"]})


def bm_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Beaconmoor's device record (JSON, camelCase): the FCM token, the SDK's channel ID, the
    device, the carrier, tags and (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("beaconmoor"),
                            "channelId": L(sdk_id(app, "beaconmoor"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "deviceLanguage": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "optIn": True, "tags": tags or {}}
    if user:
        body["namedUser"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-beaconmoor", f"{BM}/api/channels", body=body,
                headers={"User-Agent": L("Beaconmoor/9.2.0 (Android 14; Pixel 8)", DEV)})


def bm_open(app: App, rng: random.Random, campaign: str) -> Case:
    """A push opened (a form): the channel ID, the campaign and the open event."""
    return case(f"{app.fam}-beaconmoor", f"{BM}/api/events", fmt="form", body={
        "channel": L(sdk_id(app, "beaconmoor"), DID), "type": L("push_opened", USAGE),
        "campaign": campaign, "send_id": opaque(rng, "snd_", 16), "ts": "1765322841"},
        headers={"User-Agent": L("Beaconmoor/9.2.0 (Android 14; Pixel 8)", DEV)})


def oq_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Optquarry's consent record (JSON; the visitor ID the device's, country and region from
    the IP) with the previous state in a base64 JSON cookie."""
    vid = sdk_id(app, "optquarry")
    body: dict[str, Any] = {"property": app.key("optquarry"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7, "lang": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765321633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    return case(f"{app.fam}-optquarry", f"{OQ}/v1/records", body=body,
                cookies={"oq_state": W({"vid": L(vid, DID), "p": purposes, "v": 6}, "b64json")},
                headers={"User-Agent": L(app.ua, DEV)})


def oq_banner(app: App, rng: random.Random, lang: str = "en") -> Case:
    """The web view's banner fetch (GET): the visitor ID in a cookie, the language in the query."""
    return case(f"{app.fam}-optquarry", f"{OQ}/v1/banner",
                query={"property": app.key("optquarry"), "lang": L(lang, DEV)},
                cookies={"oq_vid": L(sdk_id(app, "optquarry"), DID)},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tbh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tillbrook-Android/3.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer tbpk_live_" + opaque(rng, "", 24)}


def _tbd(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "tillbrook-d"), DID),
            "radar[session]": sdk_id(app, "tillbrook-s")}


def tb_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Tillbrook's card token (a form with bracketed keys): card data, holder, ZIP, the device."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_tbd(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tillbrook", f"{TB}/v1/tokens", fmt="form", body=body,
                headers=_tbh(rng))


def tb_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-tillbrook", f"{TB}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_tbd(app)},
                headers=_tbh(rng))


def tb_payout(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-tillbrook", f"{TB}/v1/payout_accounts", fmt="form", body={
        "account[routing]": L(ROUTING, PAY), "account[number]": L(ACCOUNT, PAY),
        "account[country]": "US", "account[holder]": L(NAME, NAMEC), **_tbd(app)},
        headers=_tbh(rng))


def _clh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Chartloom/6.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def cl_geocode(app: App, rng: random.Random, q: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    (``lat`` and ``lon`` parameters at ``nd`` decimals; whose point it is decides the label)."""
    qs: dict[str, Any] = {"q": L(q, cat), "limit": "5", "language": L(lang, DEV),
                          "key": "cl_" + app.key("chartloom")}
    if near is not None:
        qs["near_lat"] = L(f"{near[0]:.{nd}f}", _cat(nd))
        qs["near_lon"] = L(f"{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-chartloom", f"{CL}/geocode/v2/search", query=qs, headers=_clh(app))


def cl_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-chartloom", f"{CL}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "cl_" + app.key("chartloom")}, headers=_clh(app))
    return at_path(c, seg, cat) if cat else c


def cl_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i]`` as ``[lon, lat]`` pairs labelled by whose place."""
    wps = [[L(lo, cat) if cat else lo, L(la, cat) if cat else la] for (la, lo), cat in stops]
    return case(f"{app.fam}-chartloom", f"{CL}/directions/v1/{profile}", body={
        "waypoints": wps, "alternatives": True, "language": L("en-US", DEV)},
        query={"key": "cl_" + app.key("chartloom")}, headers=_clh(app))


def cl_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a style load with the device, then the last fixes."""
    did = L(sdk_id(app, "chartloom"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("style.loaded", USAGE), "created": "2025-12-09T23:12:40.118Z",
        "userId": did, "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-chartloom", "https://events.chartloom.example.com/v1/events",
                query={"key": "cl_" + app.key("chartloom")}, body=evs, gz=True,
                headers={"User-Agent": "ChartloomTelemetry/6.4.1"})


def as_message(app: App, rng: random.Random, text: Any, custom: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Asksprout chat message: signed in, the user hash token the app's server signed rides
    in a JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"deviceId": L(sdk_id(app, "asksprout"), DID)}
    if user:
        person["userJwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                 "name": L(NAME, NAMEC), "iat": 1765321702},
                                "body", "person.userJwt", acc)
    body: dict[str, Any] = {"appId": app.key("asksprout"), "person": person,
                            "message": {"body": text, "clientMsgId": rid(rng)},
                            "customAttributes": custom,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "appVersion": app.ver}}
    return add(case(f"{app.fam}-asksprout", f"{AS}/v3/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def as_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "asc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-asksprout", f"{AS}/v3/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Asksprout-Device": L(sdk_id(app, "asksprout"), DID),
                              "X-Asksprout-Session": L(opaque(rng, "ass_", 40), CRED)})


__all__ = ["as_attach", "as_message", "bm_open", "bm_register", "cl_geocode", "cl_reverse",
           "cl_route", "cl_telemetry", "ft_eval", "oq_banner", "oq_save", "tb_card",
           "tb_confirm", "tb_payout"]
