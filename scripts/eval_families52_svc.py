"""Service SDKs of the fifty-second set, built once and called by every app with its own
choices: feature flags "Switchfjord", push "Beaconkite", consent "Okaybramble", payments
"Tillperch", maps "Chartgrebe" and support chat "Helpdunlin" (fictional vendors, hosts under
example.*)."""

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

SF = "https://eval.switchfjord.example.com"
BK = "https://api.beaconkite.example.net"
OB = "https://consent.okaybramble.example.org"
TP = "https://api.tillperch.example.com"
CG = "https://maps.chartgrebe.example.com"
HD = "https://widget.helpdunlin.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sf_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            query: bool = False) -> Case:
    """Switchfjord's evaluation: the unit key is the user ID (the install ID signed out);
    ``query`` sends the unit as base64url JSON in the query of a GET."""
    unit: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "anonymous": not user,
                            "custom": {"appVersion": app.ver, "platform": "android",
                                       "osVersion": L("14", DEV), "device": L("Pixel 8", DEV),
                                       **attrs}}
    h: dict[str, Any] = {"User-Agent": "SwitchfjordAndroid/3.4.1",
                         "Authorization": "sfk-" + app.key("switchfjord")}
    if query:
        acc: Acc = {}
        u = enc(unit, "query", "u", "b64url", acc)
        return add(case(f"{app.fam}-switchfjord", f"{SF}/sdk/evalx/unit",
                        query={"u": u, "withReasons": "false"}, headers=h), acc)
    return case(f"{app.fam}-switchfjord", f"{SF}/sdk/evalx", body={"unit": unit}, headers=h)


def bk_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en",
                carrier: str = "Example Mobile") -> Case:
    """Beaconkite's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("beaconkite"),
                            "deviceId": L(sdk_id(app, "beaconkite"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
                            "carrier": L(carrier, CARRIER), "appVersion": app.ver,
                            "optIn": True, "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-beaconkite", f"{BK}/v2/devices", body=body,
                headers={"User-Agent": L("Beaconkite/8.2.0 (Android 14; Pixel 8)", DEV)})


def ob_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Okaybramble's consent record (JSON): the visitor ID is the device's, country and region
    from the IP; the previous choices ride in a base64 JSON cookie."""
    vid = sdk_id(app, "okaybramble")
    body: dict[str, Any] = {"propertyId": app.key("okaybramble"), "visitorId": L(vid, DID),
                            "purposes": purposes, "vendorListVersion": 118,
                            "location": {"country": L(country, COARSE),
                                         "region": L(region, COARSE)},
                            "language": L(lang, DEV), "collectedAt": 1765321540221}
    if user:
        body["accountId"] = L(USER_ID, UID)
    cookies = {"ob_vid": L(vid, DID),
               "ob_prefs": W({"v": L(vid, DID), "p": purposes, "ver": 118}, "b64json")}
    return case(f"{app.fam}-okaybramble", f"{OB}/v1/records", body=body, cookies=cookies,
                headers={"User-Agent": L(app.ua, DEV)})


def ob_banner(app: App, rng: random.Random, lang: str = "en") -> Case:
    """The web view's banner configuration (a GET): the visitor ID in the query."""
    return case(f"{app.fam}-okaybramble", f"{OB}/v1/banner", query={
        "property": app.key("okaybramble"), "visitor": L(sdk_id(app, "okaybramble"), DID),
        "lang": L(lang, DEV)}, headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tillperch-Android/6.12.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer tp_pub_" + opaque(rng, "", 24)}


def _tpids(app: App) -> dict[str, Any]:
    return {"fingerprint": L(sdk_id(app, "tillperch-d"), DID),
            "muid": L(sdk_id(app, "tillperch-m"), DID)}


def tp_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP) -> Case:
    """Tillperch's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device fingerprint and machine ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(zip_, COARSE),
                            **_tpids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tillperch", f"{TP}/v1/tokens", fmt="form", body=body,
                headers=_tph(rng))


def tp_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-tillperch", f"{TP}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_tpids(app)},
                headers=_tph(rng))


def tp_sepa(app: App, rng: random.Random, iban: str, address: dict[str, Any]) -> Case:
    """A SEPA direct-debit mandate (a form): the IBAN, the holder, her address and e-mail."""
    body: dict[str, Any] = {"type": "sepa_debit", "sepa_debit[iban]": L(iban, PAY),
                            "billing_details[name]": L(NAME, NAMEC),
                            "billing_details[email]": L(EMAIL, MAIL),
                            **{f"billing_details[address][{k}]": v for k, v in address.items()},
                            "mandate_data[customer_acceptance][type]": "online",
                            **_tpids(app)}
    return case(f"{app.fam}-tillperch", f"{TP}/v1/payment_methods", fmt="form", body=body,
                headers=_tph(rng))


def _cgh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"ChartgrebeSDK/9.4.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def cg_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text ``q`` (labelled ``cat``), biased by
    ``proximity`` as ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "cg_" + app.key("chartgrebe")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-chartgrebe", f"{CG}/geocode/v2/search", query=q, headers=_cgh(app))


def cg_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-chartgrebe", f"{CG}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "cg_" + app.key("chartgrebe")}, headers=_cgh(app))
    return at_path(c, seg, cat) if cat else c


def cg_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-chartgrebe", f"{CG}/directions/v2", body={
        "waypoints": wps, "profile": mode, "units": "metric", "locale": L("en-US", DEV)},
        query={"key": "cg_" + app.key("chartgrebe")}, headers=_cgh(app))


def cg_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "chartgrebe"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:14:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:15:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-chartgrebe", "https://events.chartgrebe.example.com/events/v2",
                query={"key": "cg_" + app.key("chartgrebe")}, body=evs, gz=True,
                headers={"User-Agent": "ChartgrebeTelemetry/9.4.2"})


def hd_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Helpdunlin message: signed in, the user JWT the app's server signed rides in a JSON
    field (a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"anonymousId": L(sdk_id(app, "helpdunlin"), DID)}
    if user:
        person["jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                             "name": L(NAME, NAMEC), "iat": 1765321811},
                            "body", "person.jwt", acc)
    if email is not None:
        person["email"] = email
    body: dict[str, Any] = {"appId": app.key("helpdunlin"), "person": person, "body": text,
                            "nonce": rid(rng), "customAttributes": attrs,
                            "device": {"platform": "android", "osVersion": L("14", DEV),
                                       "model": L("Pixel 8", DEV), "appVersion": app.ver}}
    return add(case(f"{app.fam}-helpdunlin", f"{HD}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hd_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = opaque(rng, "cv_", 12)
    return multipart(f"{app.fam}-helpdunlin", f"{HD}/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"nonce": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpdunlin-Anon": L(sdk_id(app, "helpdunlin"), DID),
                              "X-Helpdunlin-Session": L(opaque(rng, "hds_", 40), CRED)})


__all__ = ["bk_register", "cg_geocode", "cg_reverse", "cg_route", "cg_telemetry",
           "hd_attach", "hd_message", "ob_banner", "ob_save", "sf_eval", "tp_card",
           "tp_confirm", "tp_sepa"]
