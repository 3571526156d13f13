"""Service SDKs of the fifty-fifth set, built once and called by every app with its own
choices: feature flags "Switchbramble", push "Beaconrue", consent "Agreeloom", payments
"Coinmoth", maps "Plotwillow" and support chat "Talkbriar" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
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
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SB = "https://flags.switchbramble.example.com"
BR = "https://api.beaconrue.example.net"
AG = "https://consent.agreeloom.example.org"
CM = "https://api.coinmoth.example.com"
PW = "https://api.plotwillow.example.com"
TB = "https://widget.talkbriar.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sb_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Switchbramble's evaluation: the subject is the user ID (the install ID signed out);
    ``hdr`` sends the subject as base64 JSON in a request header of a GET."""
    subj: dict[str, Any] = {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "type": "user" if user else "device",
                            "traits": {"appVersion": app.ver, "platform": L("android 14", DEV),
                                       "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "Switchbramble-Android/2.6.0",
                         "Authorization": "sb-client-" + app.key("switchbramble")}
    url = f"{SB}/api/v1/flags"
    if hdr:
        h["X-Switchbramble-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-switchbramble", url, headers=h)
    return case(f"{app.fam}-switchbramble", url, body={"subject": subj}, headers=h)


def br_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Beaconrue's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("beaconrue"),
                            "deviceId": L(sdk_id(app, "beaconrue"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-beaconrue", f"{BR}/v2/devices", body=body,
                headers={"User-Agent": L("Beaconrue/4.2.1 (Android 14; Pixel 8)", DEV)})


def ag_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Agreeloom's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed proof in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "agreeloom")
    body: dict[str, Any] = {"property": app.key("agreeloom"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765393633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"ag_proof": sjwt({"iss": "agreeloom", "sub": L(vid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765300000}, "cookie", "ag_proof", acc)}
    return add(case(f"{app.fam}-agreeloom", f"{AG}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ag_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-agreeloom", f"{AG}/v1/status",
                query={"property": app.key("agreeloom"), "lang": L(lang, DEV)},
                cookies={"ag_state": W({"vid": L(sdk_id(app, "agreeloom"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _cmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinmoth-Android/5.1.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer cm_pub_" + opaque(rng, "", 24)}


def _cids(app: App) -> dict[str, Any]:
    return {"risk_device": L(sdk_id(app, "coinmoth-d"), DID),
            "checkout_session": sdk_id(app, "coinmoth-s")}


def cm_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Coinmoth's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's risk device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[holder]": L(NAME, NAMEC), "card[postal_code]": L(ZIP, COARSE),
                            **_cids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinmoth", f"{CM}/v2/tokens", fmt="form", body=body,
                headers=_cmh(rng))


def cm_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd",
               meta: dict[str, Any] | None = None) -> Case:
    """Confirming a charge (a form): the client secret, the method, the amount, metadata."""
    ch = opaque(rng, "ch_", 24)
    body: dict[str, Any] = {"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                            "payment_method": L(opaque(rng, "pm_", 24), PAY),
                            "amount": L(amount, BUY), "currency": currency, **_cids(app)}
    for k, v in (meta or {}).items():
        body[f"metadata[{k}]"] = v
    return case(f"{app.fam}-coinmoth", f"{CM}/v2/charges/{ch}/confirm", fmt="form", body=body,
                headers=_cmh(rng))


def cm_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-coinmoth", f"{CM}/v2/payout_accounts", fmt="form", body={
        "bank[routing]": L(ROUTING, PAY), "bank[account]": L(ACCOUNT, PAY),
        "bank[country]": "US", "bank[holder]": L(NAME, NAMEC), **_cids(app)}, headers=_cmh(rng))


def _pwh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"PlotwillowSDK/6.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def pw_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "pw_" + app.key("plotwillow")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-plotwillow", f"{PW}/geocode/v2/search", query=q, headers=_pwh(app))


def pw_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-plotwillow", f"{PW}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "pw_" + app.key("plotwillow")}, headers=_pwh(app))
    return at_path(c, seg, cat) if cat else c


def pw_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-plotwillow", f"{PW}/directions/v2", body={
        "waypoints": pts, "profile": mode, "units": "imperial", "locale": L("en-US", DEV)},
        query={"key": "pw_" + app.key("plotwillow")}, headers=_pwh(app))


def pw_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "plotwillow"), DID)
    evs: list[dict[str, Any]] = [{
        "kind": L("map.load", USAGE), "at": "2025-12-10T18:12:40.118Z", "sdkDevice": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(51, DEV)}]
    evs += [{"kind": L("location", USAGE), "at": f"2025-12-10T18:13:0{i}.210Z",
             "sdkDevice": did, "lat": L(la, cat), "lng": L(lo, cat), "hAcc": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-plotwillow", "https://events.plotwillow.example.com/v1/ingest",
                query={"key": "pw_" + app.key("plotwillow")}, body=evs, gz=True,
                headers={"User-Agent": "PlotwillowTelemetry/6.0.3"})


def tb_message(app: App, rng: random.Random, text: Any, fields: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Talkbriar message: signed in, the user token the app's server signed rides in a JSON
    field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"id": L(sdk_id(app, "talkbriar"), DID)}
    if user:
        person["user_jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                  "name": L(NAME, NAMEC), "iat": 1765393702},
                                 "body", "person.user_jwt", acc)
    if email is not None:
        person["email"] = email
    body: dict[str, Any] = {"widget_key": app.key("talkbriar"), "person": person,
                            "body": text, "nonce": rid(rng), "custom_fields": fields,
                            "client": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-talkbriar", f"{TB}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def tb_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "tbc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-talkbriar", f"{TB}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"nonce": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Talkbriar-Person": L(sdk_id(app, "talkbriar"), DID),
                              "X-Talkbriar-Session": L(opaque(rng, "tbs_", 40), CRED)})


__all__ = ["ag_check", "ag_save", "br_register", "cm_bank", "cm_card", "cm_confirm", "pw_geocode",
           "pw_reverse", "pw_route", "pw_telemetry", "sb_eval", "tb_attach", "tb_message"]
