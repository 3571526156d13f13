"""Service SDKs of the forty-second set, built once and called by every app with its own
choices: feature flags "Flagmarten", push "Pingcove", consent "Consentbrook", payments
"Paywhistle", maps "Mapfurrow" and support chat "Chatthimble" (fictional vendors, hosts under
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
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FM = "https://flags.flagmarten.example.com"
PC = "https://api.pingcove.example.net"
CB = "https://cmp.consentbrook.example.org"
PW = "https://api.paywhistle.example.com"
MF = "https://api.mapfurrow.example.com"
CH = "https://widget.chatthimble.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fm_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagmarten's evaluation: the subject key is the user ID (the install ID signed out);
    ``hdr`` sends the subject as base64 JSON in a request header of a GET."""
    subj: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "anonymous": not user,
                            "custom": {"appVersion": app.ver, "platform": "android",
                                       "osVersion": L("14", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlagmartenAndroid/3.0.7",
                         "Authorization": "mob-" + app.key("flagmarten")}
    if hdr:
        h["X-Flagmarten-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-flagmarten", f"{FM}/sdk/evalx/flags", headers=h)
    return case(f"{app.fam}-flagmarten", f"{FM}/sdk/evalx/subject", body=subj, headers=h)


def pc_register(app: App, rng: random.Random, *, user: bool = True, fmt: str = "json",
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pingcove's device record (JSON or msgpack): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingcove"),
                            "deviceId": L(sdk_id(app, "pingcove"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L(lang, DEV), "tz": L(tz, DEV), "model": L("Pixel 8", DEV),
                            "osVersion": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "appVersion": app.ver, "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingcove", f"{PC}/v2/devices", body=body, fmt=fmt,
                headers={"User-Agent": L("Pingcove/4.2.0 (Android 14; Pixel 8)", DEV)})


def cb_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Consentbrook's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentbrook")
    body: dict[str, Any] = {"property": app.key("consentbrook"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765377633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cb_receipt": sjwt({"iss": "consentbrook", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765290000}, "cookie", "cb_receipt", acc)}
    return add(case(f"{app.fam}-consentbrook", f"{CB}/v1/consent", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cb_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentbrook", f"{CB}/v1/status",
                query={"property": app.key("consentbrook"), "hl": L(lang, DEV)},
                cookies={"cb_state": W({"vid": L(sdk_id(app, "consentbrook"), DID),
                                        "p": purposes, "n": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pwh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paywhistle-Android/2.6.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pw_pub_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "paywhistle-d"), DID),
            "radar[session]": sdk_id(app, "paywhistle-s")}


def pw_card(app: App, rng: random.Random, *, email: bool = False, zip_: bool = True) -> Case:
    """Paywhistle's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), **_pids(app)}
    if zip_:
        body["card[address_zip]"] = L(ZIP, COARSE)
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paywhistle", f"{PW}/v1/tokens", fmt="form", body=body,
                headers=_pwh(rng))


def pw_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paywhistle", f"{PW}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pwh(rng))


def pw_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for debits (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paywhistle", f"{PW}/v1/bank_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_pids(app)}, headers=_pwh(rng))


def _mfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapfurrow/9.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mf_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "mf_" + app.key("mapfurrow")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapfurrow", f"{MF}/geocode/v1/search", query=q, headers=_mfh(app))


def mf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapfurrow", f"{MF}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "mf_" + app.key("mapfurrow")}, headers=_mfh(app))
    return at_path(c, seg, cat) if cat else c


def mf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapfurrow", f"{MF}/directions/v1", body={
        "waypoints": pts, "profile": mode, "alternatives": False, "lang": L("en-US", DEV)},
        query={"key": "mf_" + app.key("mapfurrow")}, headers=_mfh(app))


def mf_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapfurrow"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T14:12:40.118Z", "sdkId": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T14:13:0{i}.210Z",
             "sdkId": did, "lat": L(la, cat), "lng": L(lo, cat), "hacc": 8.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapfurrow", "https://events.mapfurrow.example.com/v1/batch",
                query={"key": "mf_" + app.key("mapfurrow")}, body=evs, gz=True,
                headers={"User-Agent": "MapfurrowTelemetry/9.4.1"})


def ch_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Chatthimble message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"anonId": L(sdk_id(app, "chatthimble"), DID)}
    if user:
        person["jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                             "name": L(NAME, NAMEC), "iat": 1765377702},
                            "body", "person.jwt", acc)
    body: dict[str, Any] = {"appId": app.key("chatthimble"), "person": person, "body": text,
                            "clientMsgId": rid(rng), "customAttributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-chatthimble", f"{CH}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ch_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatthimble", f"{CH}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Thimble-Anon": L(sdk_id(app, "chatthimble"), DID),
                              "X-Thimble-Session": L(opaque(rng, "cts_", 40), CRED)})


__all__ = ["cb_check", "cb_save", "ch_attach", "ch_message", "fm_eval", "mf_geocode",
           "mf_reverse", "mf_route", "mf_telemetry", "pc_register", "pw_bank", "pw_card",
           "pw_confirm"]
