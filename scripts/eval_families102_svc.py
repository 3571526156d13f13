"""Service SDKs of the hundred-and-second set, built once and called by every app with its own
choices: feature flags "Gatehazel", push "Bellowquail", consent "Consentmere", payments
"Tillcrane" (cards and a mobile-money wallet), maps "Mapjuniper" and support chat "Helpfinch"
(fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

GH = "https://flags.gatehazel.example.com"
BQ = "https://api.bellowquail.example.net"
CM = "https://cmp.consentmere.example.org"
TC = "https://api.tillcrane.example.com"
MJ = "https://api.mapjuniper.example.com"
HF = "https://widget.helpfinch.example.net"
Pt = tuple[float, float]
ADDIS_TZ = "Africa/Addis_Ababa"


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def gh_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Gatehazel's evaluation: the user key is the user ID (the install ID signed out); ``get``
    sends the user as base64url JSON in the query of a GET (``u``)."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user, "custom": {"appVersion": app.ver,
                                                           "os": L("Android 14", DEV),
                                                           "device": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "GatehazelAndroid/3.4.0", "Authorization": app.key("gatehazel")}
    if get:
        acc: Acc = {}
        q = {"u": enc(u, "query", "u", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-gatehazel", f"{GH}/sdk/evalx/users", query=q, headers=h),
                   acc)
    return case(f"{app.fam}-gatehazel", f"{GH}/sdk/evalx/user", body={"user": u}, headers=h)


def bq_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = ADDIS_TZ, lang: str = "am") -> Case:
    """Bellowquail's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device and carrier, tags and (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("bellowquail"),
                            "subscriptionId": L(sdk_id(app, "bellowquail"), DID),
                            "pushToken": L(push_token(rng), DID), "type": "AndroidPush",
                            "language": L(lang, DEV), "timezoneId": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "deviceOs": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "sdk": "050203",
                            "appVersion": app.ver, "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"], body["long"] = L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-bellowquail", f"{BQ}/api/v1/subscriptions", body=body,
                headers={"User-Agent": L("Bellowquail/5.2.3 (Android 14; Pixel 8)", DEV)})


def bq_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the subscription, the message and campaign negatives."""
    return case(f"{app.fam}-bellowquail", f"{BQ}/api/v1/notifications/opened", fmt="form",
                body={"app_id": app.key("bellowquail"),
                      "subscription_id": L(sdk_id(app, "bellowquail"), DID),
                      "notification_id": rid(rng), "campaign": campaign,
                      "action": L("opened", USAGE)},
                headers={"User-Agent": L("Bellowquail/5.2.3 (Android 14; Pixel 8)", DEV)})


def cm_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "ET") -> Case:
    """Consentmere's consent record (JSON): the visitor ID the device's (also its cookie), the
    choices, the country from the IP."""
    vid = sdk_id(app, "consentmere")
    body: dict[str, Any] = {"property": app.key("consentmere"), "visitorId": L(vid, DID),
                            "purposes": purposes, "policyVersion": 7,
                            "country": L(country, COARSE), "userAgent": L(app.ua, DEV),
                            "recordedAt": "2025-12-09T20:00:41.552Z"}
    if user:
        body["accountId"] = L(USER_ID, UID)
    return case(f"{app.fam}-consentmere", f"{CM}/v1/records", body=body,
                cookies={"cm_vid": L(vid, DID)}, headers={"User-Agent": L(app.ua, DEV)})


def cm_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentmere", f"{CM}/v1/status",
                query={"property": app.key("consentmere"), "lang": L("en", DEV)},
                cookies={"cm_state": W({"v": L(sdk_id(app, "consentmere"), DID),
                                        "p": purposes, "ver": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tch(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tillcrane/Android 2.14.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer tc_pub_" + opaque(rng, "", 24)}


def _tids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "tillcrane-d"), DID),
            "client_session": sdk_id(app, "tillcrane-s")}


def tc_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Tillcrane's card token (a form with bracketed keys): card data, holder, device."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), **_tids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tillcrane", f"{TC}/v1/tokens", fmt="form", body=body,
                headers=_tch(rng))


def tc_wallet(app: App, rng: random.Random, amount: str, msisdn: str) -> Case:
    """A mobile-money charge (JSON): the wallet's number is her phone and her payment account."""
    return case(f"{app.fam}-tillcrane", f"{TC}/v1/charges/mobile_money", body={
        "amount": L(amount, BUY), "currency": "ETB", "wallet": {
            "provider": "birrpay", "msisdn": L(msisdn, f"{TEL}|{PAY}")},
        "reference": opaque(rng, "ref_", 12), **_tids(app)}, headers=_tch(rng))


def tc_confirm(app: App, rng: random.Random, amount: str, currency: str = "etb") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-tillcrane", f"{TC}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_tids(app)},
                headers=_tch(rng))


def _mjh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapjuniperSDK/8.1.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mj_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "mj_" + app.key("mapjuniper")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapjuniper", f"{MJ}/geocode/v2/search", query=q, headers=_mjh(app))


def mj_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapjuniper", f"{MJ}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "mj_" + app.key("mapjuniper")}, headers=_mjh(app))
    return at_path(c, seg, cat) if cat else c


def mj_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapjuniper", f"{MJ}/directions/v1", body={
        "waypoints": wps, "profile": mode, "alternatives": False, "locale": L("en-ET", DEV)},
        query={"key": "mj_" + app.key("mapjuniper")}, headers=_mjh(app))


def mj_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapjuniper"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T20:04:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(57, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T20:05:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapjuniper", "https://events.mapjuniper.example.com/v1/batch",
                query={"key": "mj_" + app.key("mapjuniper")}, body=evs, gz=True,
                headers={"User-Agent": "MapjuniperTelemetry/8.1.0"})


def hf_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Helpfinch message: signed in, the identity JWT the app's server signed rides in a JSON
    field (a credential: it lets its bearer act as the user; claims ID, e-mail, name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"deviceId": L(sdk_id(app, "helpfinch"), DID)}
    if user:
        person["userJwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                 "name": L(NAME, NAMEC), "iat": 1765310402},
                                "body", "person.userJwt", acc)
    if email is not None:
        person["email"] = email
    body: dict[str, Any] = {"appId": app.key("helpfinch"), "person": person, "body": text,
                            "clientMessageId": rid(rng), "customAttributes": attrs,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "appVersion": app.ver}}
    return add(case(f"{app.fam}-helpfinch", f"{HF}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hf_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hfc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpfinch", f"{HF}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMessageId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpfinch-Device": L(sdk_id(app, "helpfinch"), DID),
                              "X-Helpfinch-Session": L(opaque(rng, "hfs_", 40), CRED)})


__all__ = ["bq_opened", "bq_register", "cm_check", "cm_save", "gh_eval", "hf_attach",
           "hf_message", "mj_geocode", "mj_reverse", "mj_route", "mj_telemetry", "tc_card",
           "tc_confirm", "tc_wallet"]
