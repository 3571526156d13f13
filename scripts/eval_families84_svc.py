"""Service SDKs of the eighty-fourth set, built once and called by every app with its own
choices: feature flags "Etengailu", push "Deiadar", consent "Onespen", payments "Ordaingune",
maps "Mapaldi" and support chat "Galdetxo" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"
IBAN = "ES7921000813610123456789"  # her euro account for a SEPA mandate (financial.payment)

EG = "https://flags.etengailu.example.com"
DD = "https://api.deiadar.example.net"
ON = "https://consent.onespen.example.org"
OG = "https://api.ordaingune.example.com"
MP = "https://maps.mapaldi.example.com"
GD = "https://widget.galdetxo.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def eg_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Etengailu's evaluation: the target ``id`` is the user ID (the install ID signed out);
    ``hdr`` sends the target as base64 JSON in a request header of a GET."""
    tgt: dict[str, Any] = {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "platform": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "Etengailu-Android/3.5.0",
                         "Authorization": "eg-client-" + app.key("etengailu")}
    url = f"{EG}/api/v1/flags"
    if hdr:
        h["X-Etengailu-Target"] = W(tgt, "b64json")
        return case(f"{app.fam}-etengailu", url, headers=h)
    return case(f"{app.fam}-etengailu", url, body={"target": tgt}, headers=h)


def dd_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Deiadar's device record (JSON, camelCase): the FCM token, the SDK's device ID, the device,
    the carrier, segments and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("deiadar"),
                            "deviceId": L(sdk_id(app, "deiadar"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L(lang, DEV), "tz": L(tz, DEV), "model": L("Pixel 8", DEV),
                            "osVersion": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "segments": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adid"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-deiadar", f"{DD}/v2/devices", body=body,
                headers={"User-Agent": L("Deiadar/5.2.0 (Android 14; Pixel 8)", DEV)})


def on_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Onespen's consent record (its visitor ID the device's; country and region from the IP),
    the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "onespen")
    body: dict[str, Any] = {"property": app.key("onespen"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7, "language": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "at": 1765382633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"on_receipt": sjwt({"iss": "onespen", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765300000}, "cookie", "on_receipt", acc)}
    return add(case(f"{app.fam}-onespen", f"{ON}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def on_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-onespen", f"{ON}/v1/status",
                query={"property": app.key("onespen"), "hl": L(lang, DEV)},
                cookies={"on_state": W({"vid": L(sdk_id(app, "onespen"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _ogh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Ordaingune-Android/2.12.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _oids(app: App) -> dict[str, Any]:
    return {"device_hash": L(sdk_id(app, "ordaingune-d"), DID),
            "checkout_session": sdk_id(app, "ordaingune-s")}


def og_card(app: App, rng: random.Random, *, email: bool = False, zip_: bool = True) -> Case:
    """Ordaingune's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device hash."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), **_oids(app)}
    if zip_:
        body["card[address_zip]"] = L(ZIP, COARSE)
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-ordaingune", f"{OG}/v1/tokens", fmt="form", body=body,
                headers=_ogh(rng))


def og_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-ordaingune", f"{OG}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_oids(app)},
                headers=_ogh(rng))


def og_sepa(app: App, rng: random.Random) -> Case:
    """A SEPA direct-debit mandate (a form): the IBAN, the holder and the mandate's acceptance."""
    return case(f"{app.fam}-ordaingune", f"{OG}/v1/sepa_mandates", fmt="form", body={
        "sepa[iban]": L(IBAN, PAY), "sepa[holder]": L(NAME, NAMEC),
        "mandate[accepted_at]": "1765381200", "mandate[ip_country]": "ES", **_oids(app)},
        headers=_ogh(rng))


def _mph(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapaldi/8.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mp_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``), biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "mpk_" + app.key("mapaldi")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapaldi", f"{MP}/geocode/v2/search", query=q, headers=_mph(app))


def mp_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapaldi", f"{MP}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "mpk_" + app.key("mapaldi")}, headers=_mph(app))
    return at_path(c, seg, cat) if cat else c


def mp_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapaldi", f"{MP}/directions/v1", body={
        "waypoints": wps, "profile": mode, "units": "metric", "lang": L("en-US", DEV)},
        query={"key": "mpk_" + app.key("mapaldi")}, headers=_mph(app))


def mp_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapaldi"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "ts": "2025-12-10T19:12:40.118Z", "sdkDevice": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(51, DEV)}]
    evs += [{"ev": L("map.location", USAGE), "ts": f"2025-12-10T19:13:0{i}.210Z",
             "sdkDevice": did, "lat": L(la, cat), "lng": L(lo, cat), "hacc": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapaldi", "https://events.mapaldi.example.com/v1/ingest",
                query={"key": "mpk_" + app.key("mapaldi")}, body=evs, gz=True,
                headers={"User-Agent": "MapaldiTelemetry/8.0.3"})


def gd_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Galdetxo message: signed in, the identity token the app's server signed rides in a JSON
    field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who: dict[str, Any] = {"anonId": L(sdk_id(app, "galdetxo"), DID)}
    if user:
        who["userJwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                              "name": L(NAME, NAMEC), "iat": 1765382702},
                             "body", "who.userJwt", acc)
    if email is not None:
        who["email"] = email
    body: dict[str, Any] = {"appId": app.key("galdetxo"), "who": who, "message": text,
                            "clientMsgId": rid(rng), "customFields": attrs,
                            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                    "appVersion": app.ver}}
    return add(case(f"{app.fam}-galdetxo", f"{GD}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def gd_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "gdc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-galdetxo", f"{GD}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Galdetxo-Anon": L(sdk_id(app, "galdetxo"), DID),
                              "X-Galdetxo-Session": L(opaque(rng, "gds_", 40), CRED)})


__all__ = ["IBAN", "dd_register", "eg_eval", "gd_attach", "gd_message", "mp_geocode",
           "mp_reverse", "mp_route", "mp_telemetry", "og_card", "og_confirm", "og_sepa",
           "on_check", "on_save"]
