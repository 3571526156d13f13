"""Service SDKs of the forty-fifth set, built once and called by every app with its own
choices: feature flags "Flagbarrow", push "Pingheron", consent "Agreewell", payments "Paymoor",
maps "Plotfinch" and support chat "Askwillow" (fictional vendors, hosts under example.*)."""

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

FB = "https://sdk.flagbarrow.example.com"
PH = "https://api.pingheron.example.net"
AW = "https://consent.agreewell.example.org"
PM = "https://api.paymoor.example.com"
PF = "https://api.plotfinch.example.com"
AK = "https://widget.askwillow.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fb_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagbarrow's evaluation: the subject is the user ID (the install ID signed out); ``hdr``
    sends the subject as base64 JSON in a request header of a GET."""
    subj: dict[str, Any] = {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "type": "user" if user else "install",
                            "traits": {"app_version": app.ver, "platform": "android",
                                       "os_version": L("14", DEV), "device": L("Pixel 8", DEV),
                                       **attrs}}
    h: dict[str, Any] = {"User-Agent": "flagbarrow-android/2.9.0",
                         "Authorization": "Key fbk_" + app.key("flagbarrow")}
    url = f"{FB}/v3/flags"
    if hdr:
        h["X-Flagbarrow-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-flagbarrow", url, headers=h)
    return case(f"{app.fam}-flagbarrow", url, body={"subject": subj, "flags": "*"}, headers=h)


def ph_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pingheron's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pingheron"),
                            "heronId": L(sdk_id(app, "pingheron"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}, "optIn": True}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingheron", f"{PH}/v2/installations", body=body,
                headers={"User-Agent": L("Pingheron/4.1.2 (Android 14; Pixel 8)", DEV)})


def ph_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the SDK's device ID, the message and campaign IDs."""
    return case(f"{app.fam}-pingheron", f"{PH}/v2/opens", fmt="form", body={
        "heron_id": L(sdk_id(app, "pingheron"), DID), "message_id": opaque(rng, "msg_", 16),
        "campaign": campaign, "action": L("opened", USAGE), "ts": "1765377911"},
        headers={"User-Agent": L("Pingheron/4.1.2 (Android 14; Pixel 8)", DEV)})


def aw_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Agreewell's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "agreewell")
    body: dict[str, Any] = {"property": app.key("agreewell"), "visitor": L(vid, DID),
                            "purposes": purposes, "notice_version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "at": 1765377633190}
    if user:
        body["user_ref"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"aw_receipt": sjwt({"iss": "agreewell", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765290000}, "cookie", "aw_receipt", acc)}
    return add(case(f"{app.fam}-agreewell", f"{AW}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def aw_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-agreewell", f"{AW}/v1/state",
                query={"property": app.key("agreewell"), "lang": L("en", DEV)},
                cookies={"aw_state": W({"vid": L(sdk_id(app, "agreewell"), DID),
                                        "p": purposes, "nv": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymoor-Android/6.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pub_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "paymoor-d"), DID),
            "radar[session]": sdk_id(app, "paymoor-s")}


def pm_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paymoor's card token (a form with bracketed keys): card data, holder, ZIP and the SDK's
    device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymoor", f"{PM}/v1/tokens", fmt="form", body=body,
                headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-paymoor", f"{PM}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pmh(rng))


def pm_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paymoor", f"{PM}/v1/bank_accounts", fmt="form", body={
        "bank[routing_number]": L(ROUTING, PAY), "bank[account_number]": L(ACCOUNT, PAY),
        "bank[country]": "US", "bank[holder_name]": L(NAME, NAMEC), **_pids(app)},
        headers=_pmh(rng))


def _pfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Plotfinch/8.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def pf_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    as ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "pf_" + app.key("plotfinch")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-plotfinch", f"{PF}/geocode/v2/search", query=q, headers=_pfh(app))


def pf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-plotfinch", f"{PF}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "pf_" + app.key("plotfinch")}, headers=_pfh(app))
    return at_path(c, seg, cat) if cat else c


def pf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-plotfinch", f"{PF}/directions/v2", body={
        "waypoints": pts, "profile": mode, "units": "imperial", "locale": L("en-US", DEV)},
        query={"key": "pf_" + app.key("plotfinch")}, headers=_pfh(app))


def pf_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "plotfinch"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map_load", USAGE), "ts": "2025-12-10T14:12:40.118Z", "sid": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(51, DEV)}]
    evs += [{"ev": L("fix", USAGE), "ts": f"2025-12-10T14:13:0{i}.210Z", "sid": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 5.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-plotfinch", "https://events.plotfinch.example.com/v2/batch",
                query={"key": "pf_" + app.key("plotfinch")}, body=evs, gz=True,
                headers={"User-Agent": "PlotfinchTelemetry/8.4.1"})


def ak_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Askwillow message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"visitor_id": L(sdk_id(app, "askwillow"), DID)}
    if user:
        person["identity_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                      "name": L(NAME, NAMEC), "iat": 1765377702},
                                     "body", "person.identity_jwt", acc)
    body: dict[str, Any] = {"inbox": app.key("askwillow"), "person": person, "body": text,
                            "local_id": rid(rng), "custom": attrs,
                            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                    "app": app.ver}}
    return add(case(f"{app.fam}-askwillow", f"{AK}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ak_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "akc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-askwillow", f"{AK}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"local_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askwillow-Visitor": L(sdk_id(app, "askwillow"), DID),
                              "X-Askwillow-Session": L(opaque(rng, "aks_", 40), CRED)})


__all__ = ["ak_attach", "ak_message", "aw_check", "aw_save", "fb_eval", "pf_geocode",
           "pf_reverse", "pf_route", "pf_telemetry", "ph_opened", "ph_register", "pm_bank",
           "pm_card", "pm_confirm"]
