"""Service SDKs of the fifty-sixth set, built once and called by every app with its own choices:
feature flags "Flagtansy", push "Buzzlinnet", consent "Permeadow", payments "Coinhollow", maps
"Atlasquince" and support chat "Chatperch" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FT = "https://flags.flagtansy.example.com"
BZ = "https://push.buzzlinnet.example.net"
PM = "https://consent.permeadow.example.org"
CH = "https://api.coinhollow.example.com"
AQ = "https://maps.atlasquince.example.net"
CP = "https://widget.chatperch.example.org"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ft_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagtansy's evaluation: the ``targetingKey`` is the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "appVersion": app.ver, "platform": "android",
                           "osVersion": L("14", DEV), "deviceModel": L("Pixel 8", DEV), **attrs}
    h: dict[str, Any] = {"User-Agent": "Flagtansy-Android/3.0.7",
                         "X-Flagtansy-Env": "env_" + app.key("flagtansy")}
    url = f"{FT}/v1/flags/evaluate"
    if hdr:
        h["X-Flagtansy-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagtansy", url, headers=h)
    return case(f"{app.fam}-flagtansy", url, body={"context": ctx}, headers=h)


def bz_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Buzzlinnet's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("buzzlinnet"),
                            "deviceId": L(sdk_id(app, "buzzlinnet"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-buzzlinnet", f"{BZ}/v2/subscriptions", body=body,
                headers={"User-Agent": L("Buzzlinnet/5.3.2 (Android 14; Pixel 8)", DEV)})


def bz_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (form): the SDK's device ID; the campaign and message negatives."""
    return case(f"{app.fam}-buzzlinnet", f"{BZ}/v2/opens", fmt="form", body={
        "appKey": app.key("buzzlinnet"), "deviceId": L(sdk_id(app, "buzzlinnet"), DID),
        "campaign": campaign, "message": opaque(rng, "msg_", 12), "action": L("opened", USAGE)})


def pm_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Permeadow's consent record (visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "permeadow")
    body: dict[str, Any] = {"propertyId": app.key("permeadow"), "visitorId": L(vid, DID),
                            "purposes": purposes, "policyVersion": 7, "lang": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "ts": 1765319901402}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"pm_receipt": sjwt({"iss": "permeadow", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "pm_receipt", acc)}
    return add(case(f"{app.fam}-permeadow", f"{PM}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pm_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-permeadow", f"{PM}/v1/status",
                query={"property": app.key("permeadow"), "lang": L(lang, DEV)},
                cookies={"pm_state": W({"vid": L(sdk_id(app, "permeadow"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _chh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinhollow-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pub_live_" + opaque(rng, "", 24)}


def _cids(app: App) -> dict[str, Any]:
    return {"radar_device": L(sdk_id(app, "coinhollow-d"), DID),
            "checkout_session": sdk_id(app, "coinhollow-s")}


def ch_card(app: App, rng: random.Random, zip_code: str = "10118", *,
            email: bool = False) -> Case:
    """Coinhollow's card token (a form with bracketed keys): card data, holder, postal code
    and the SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(zip_code, COARSE),
                            **_cids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinhollow", f"{CH}/v1/tokens", fmt="form", body=body,
                headers=_chh(rng))


def ch_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the saved method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-coinhollow", f"{CH}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 20), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_cids(app)},
                headers=_chh(rng))


def _aqh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"AtlasquinceSDK/6.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def aq_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "aq_" + app.key("atlasquince")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-atlasquince", f"{AQ}/geocode/v2/search", query=q, headers=_aqh(app))


def aq_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-atlasquince", f"{AQ}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "aq_" + app.key("atlasquince")},
             headers=_aqh(app))
    return at_path(c, seg, cat) if cat else c


def aq_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "cycling") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-atlasquince", f"{AQ}/directions/v2/route", body={
        "waypoints": pts, "profile": profile, "units": "metric", "language": L("en-US", DEV)},
        query={"key": "aq_" + app.key("atlasquince")}, headers=_aqh(app))


def aq_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "atlasquince"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T22:02:11.020Z", "sdkDevice": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "batteryPct": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T22:02:1{i}.400Z",
             "sdkDevice": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-atlasquince", "https://events.atlasquince.example.net/v2/batch",
                query={"key": "aq_" + app.key("atlasquince")}, body=evs, gz=True,
                headers={"User-Agent": "AtlasquinceTelemetry/6.4.1"})


def cp_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, lang: str = "en") -> Case:
    """A Chatperch message: signed in, the app's server-signed identity token rides in a JSON
    field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"anonymousId": L(sdk_id(app, "chatperch"), DID)}
    if user:
        person["userJwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                 "name": L(NAME, NAMEC), "iat": 1765319711},
                                "body", "person.userJwt", acc)
    body: dict[str, Any] = {"appId": app.key("chatperch"), "person": person, "body": text,
                            "clientMessageId": rid(rng), "customAttributes": attrs,
                            "locale": L(lang, DEV),
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-chatperch", f"{CP}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cp_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cpc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatperch", f"{CP}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMessageId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatperch-Anon": L(sdk_id(app, "chatperch"), DID),
                              "X-Chatperch-Session": L(opaque(rng, "cps_", 40), CRED)})


__all__ = ["aq_reverse", "aq_route", "aq_search", "aq_telemetry", "bz_opened", "bz_register",
           "ch_card", "ch_confirm", "cp_message", "cp_upload", "ft_eval", "pm_check", "pm_save"]
