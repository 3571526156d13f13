"""Service SDKs of the fifty-eighth set, built once and called by every app with its own choices:
feature flags "Switchmoor", push "Buzzgarnet", consent "Assentlark", payments "Coinwharf", maps
"Chartmeadow" and support chat "Asksorrel" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SW = "https://flags.switchmoor.example.com"
BG = "https://api.buzzgarnet.example.net"
AL = "https://consent.assentlark.example.org"
CW = "https://api.coinwharf.example.com"
CM = "https://api.chartmeadow.example.com"
AS = "https://widget.asksorrel.example.net"
NY = "America/New_York"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sw_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Switchmoor's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "deviceModel": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "SwitchmoorAndroid/3.4.0",
                         "Authorization": "mob-" + app.key("switchmoor")}
    if hdr:
        h["X-Switchmoor-User"] = W(u, "b64json")
        return case(f"{app.fam}-switchmoor", f"{SW}/sdk/v3/flags", headers=h)
    return case(f"{app.fam}-switchmoor", f"{SW}/sdk/v3/evaluate", body={"user": u}, headers=h)


def bg_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = NY, locale: str = "en_US") -> Case:
    """Buzzgarnet's installation record (JSON, camelCase): its installation ID, the FCM token,
    the device, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("buzzgarnet"),
                            "installationId": L(sdk_id(app, "buzzgarnet"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                                       "locale": L(locale, DEV), "timezone": L(tz, DEV),
                                       "carrier": L("Example Mobile", CARRIER)},
                            "appVersion": app.ver, "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-buzzgarnet", f"{BG}/v2/installations", body=body,
                headers={"User-Agent": L("Buzzgarnet/5.2.0 (Android 14; Pixel 8)", DEV)})


def bg_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the installation ID, the message and the action."""
    return case(f"{app.fam}-buzzgarnet", f"{BG}/v2/events", fmt="form", body={
        "installationId": L(sdk_id(app, "buzzgarnet"), DID), "messageId": opaque(rng, "msg_", 16),
        "campaign": campaign, "action": L("opened", USAGE), "ts": "1765321190"},
        headers={"User-Agent": L("Buzzgarnet/5.2.0 (Android 14; Pixel 8)", DEV)})


def al_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Assentlark's consent record (its visitor ID the device's, also in a cookie; country and
    region from the IP)."""
    vid = L(sdk_id(app, "assentlark"), DID)
    body: dict[str, Any] = {"property": app.key("assentlark"), "vid": vid,
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "ts": 1765321633190}
    if user:
        body["externalId"] = L(USER_ID, UID)
    return case(f"{app.fam}-assentlark", f"{AL}/v1/consents", body=body, cookies={"al_vid": vid},
                headers={"User-Agent": L(app.ua, DEV)})


def al_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-assentlark", f"{AL}/v1/status",
                query={"property": app.key("assentlark"), "lang": L("en", DEV)},
                cookies={"al_consent": W({"vid": L(sdk_id(app, "assentlark"), DID),
                                          "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _cwh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinwharf/Android 7.1.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _cwids(app: App) -> dict[str, Any]:
    return {"guid": L(sdk_id(app, "coinwharf-g"), DID), "sid": sdk_id(app, "coinwharf-s")}


def cw_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP) -> Case:
    """Coinwharf's payment method (a form with bracketed keys): card data, the holder, the ZIP
    and the SDK's device ID."""
    body: dict[str, Any] = {
        "type": "card", "card[number]": L(CARD, PAY), "card[exp_month]": L(CARD_EXP[0], PAY),
        "card[exp_year]": L(CARD_EXP[1], PAY), "card[cvc]": L(CARD_CVC, PAY),
        "billing_details[name]": L(NAME, NAMEC),
        "billing_details[address][postal_code]": L(zip_, COARSE), **_cwids(app)}
    if email:
        body["billing_details[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinwharf", f"{CW}/v1/payment_methods", fmt="form", body=body,
                headers=_cwh(rng))


def cw_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-coinwharf", f"{CW}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_cwids(app)},
                headers=_cwh(rng))


def cw_gpay(app: App, rng: random.Random, amount: str, currency: str = "USD") -> Case:
    """A Google Pay token handed over (JSON): ``paymentData`` is a JSON string."""
    data = {"token": L(opaque(rng, "gpt_", 48), PAY), "cardNetwork": "VISA",
            "cardDetails": L("1111", PAY)}
    return case(f"{app.fam}-coinwharf", f"{CW}/v1/wallets/googlepay", body={
        "paymentData": W(data, "json"), "amount": L(amount, BUY), "currency": currency,
        **_cwids(app)}, headers=_cwh(rng))


def _cmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"ChartmeadowSDK/9.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def cm_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lon,lat`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "access_token": "cm." + app.key("chartmeadow")}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-chartmeadow", f"{CM}/geocoding/v2/forward", query=q,
                headers=_cmh(app))


def cm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lon,lat``; whose point decides)."""
    seg = f"{at[1]:.{nd}f},{at[0]:.{nd}f}"
    c = case(f"{app.fam}-chartmeadow", f"{CM}/geocoding/v2/reverse/{seg}",
             query={"types": "address", "access_token": "cm." + app.key("chartmeadow")},
             headers=_cmh(app))
    return at_path(c, seg, cat) if cat else c


def cm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``coordinates[i]`` as ``[lon, lat]`` pairs labelled by whose place."""
    pts = [[L(lo, cat), L(la, cat)] if cat else [lo, la] for (la, lo), cat in stops]
    return case(f"{app.fam}-chartmeadow", f"{CM}/directions/v2/{profile}", body={
        "coordinates": pts, "alternatives": False, "language": L("en", DEV)},
        query={"access_token": "cm." + app.key("chartmeadow")}, headers=_cmh(app))


def cm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "chartmeadow"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(58, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-chartmeadow", "https://events.chartmeadow.example.com/v1/batch",
                query={"access_token": "cm." + app.key("chartmeadow")}, body=evs, gz=True,
                headers={"User-Agent": "ChartmeadowTelemetry/9.4.1"})


def as_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Asksorrel message: signed in, the identity JWT the app's server signed rides in a
    JSON field (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    visitor: dict[str, Any] = {"id": L(sdk_id(app, "asksorrel"), DID)}
    if user:
        visitor["identity_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                       "name": L(NAME, NAMEC), "iat": 1765321702},
                                      "body", "visitor.identity_jwt", acc)
    body: dict[str, Any] = {"app_id": app.key("asksorrel"), "visitor": visitor, "body": text,
                            "client_msg_id": rid(rng), "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-asksorrel", f"{AS}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def as_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "asc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-asksorrel", f"{AS}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Asksorrel-Visitor": L(sdk_id(app, "asksorrel"), DID),
                              "X-Asksorrel-Session": L(opaque(rng, "ass_", 40), CRED)})


__all__ = ["al_check", "al_save", "as_attach", "as_message", "bg_opened", "bg_register",
           "cm_geocode", "cm_reverse", "cm_route", "cm_telemetry", "cw_card", "cw_confirm",
           "cw_gpay", "sw_eval"]
