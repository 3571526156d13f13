"""Service SDKs of the hundred-and-sixteenth set, built once and called by every app with its own
choices: feature flags "Switchcove", push "Nudgeurchin", consent "Optinoddy", payments
"Paygannet", maps "Mapshoal" and support chat "Talkbrine" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
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
from eval_families116_kit import (
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    UID,
    USAGE,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

SW = "https://flags.switchcove.example.net"
NU = "https://push.nudgeurchin.example.com"
OO = "https://consent.optinoddy.example.org"
PG = "https://api.paygannet.example.com"
MS = "https://api.mapshoal.example.net"
TB = "https://widget.talkbrine.example.com"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sw_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Switchcove's evaluation: the target's ``id`` is the user ID (the install ID signed
    out); ``hdr`` sends the target as base64 JSON in a header of a GET."""
    tgt: dict[str, Any] = {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "platform": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "SwitchcoveAndroid/3.4.0",
                         "Authorization": "mob-" + app.key("switchcove")}
    if hdr:
        h["X-Switchcove-Target"] = W(tgt, "b64json")
        return case(f"{app.fam}-switchcove", f"{SW}/v1/flags", headers=h)
    return case(f"{app.fam}-switchcove", f"{SW}/v1/flags/evaluate", body={"target": tgt},
                headers=h)


def nu_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, user: bool = True) -> Case:
    """Nudgeurchin's subscription (camelCase JSON): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) a last position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("nudgeurchin"),
                            "deviceId": L(sdk_id(app, "nudgeurchin"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L("en", DEV), "timeZone": L("Pacific/Honolulu", DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-nudgeurchin", f"{NU}/v3/subscriptions", body=body,
                headers={"User-Agent": L("Nudgeurchin/8.1.2 (Android 14; Pixel 8)", DEV)})


def oo_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Optinoddy's consent record (the visitor ID the device's; country and region from the
    IP) with the earlier signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "optinoddy")
    body: dict[str, Any] = {"property": app.key("optinoddy"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L("US", COARSE), "region": L("HI", COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765394633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"oo_receipt": sjwt({"iss": "optinoddy", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765300000}, "cookie", "oo_receipt", acc)}
    return add(case(f"{app.fam}-optinoddy", f"{OO}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def oo_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and the choices."""
    return case(f"{app.fam}-optinoddy", f"{OO}/v1/state",
                query={"property": app.key("optinoddy"), "hl": L("en", DEV)},
                cookies={"oo_state": W({"vid": L(sdk_id(app, "optinoddy"), DID),
                                        "p": purposes, "nv": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pgh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paygannet-Android/7.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device_id]": L(sdk_id(app, "paygannet-d"), DID),
            "radar[session]": sdk_id(app, "paygannet-s")}


def pg_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = "96822") -> Case:
    """Paygannet's card tokenisation (a form, bracketed keys): card, holder, ZIP, device."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(zip_, COARSE),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paygannet", f"{PG}/v1/tokens", fmt="form", body=body,
                headers=_pgh(rng))


def pg_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a payment intent (a form): client secret, payment method and amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paygannet", f"{PG}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": "usd", **_pids(app)},
                headers=_pgh(rng))


def pg_bank(app: App, rng: random.Random) -> Case:
    """A payout bank account (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paygannet", f"{PG}/v1/external_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_pids(app)}, headers=_pgh(rng))


def _msh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapshoalSDK/6.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def ms_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``) and a ``proximity`` bias of
    ``lat,lon`` (whose point it is decides its label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L("en", DEV),
                         "key": "ms_" + app.key("mapshoal")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapshoal", f"{MS}/geocode/v2/search", query=q, headers=_msh(app))


def ms_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapshoal", f"{MS}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "ms_" + app.key("mapshoal")}, headers=_msh(app))
    return at_path(c, seg, cat) if cat else c


def ms_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapshoal", f"{MS}/directions/v2", body={
        "waypoints": wps, "profile": mode, "units": "imperial", "locale": L("en-US", DEV)},
        query={"key": "ms_" + app.key("mapshoal")}, headers=_msh(app))


def ms_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load, then the last fixes."""
    did = L(sdk_id(app, "mapshoal"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T09:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T09:13:0{i}.210Z",
             "device": did, "lat": L(la, cat), "lng": L(lo, cat), "hacc": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapshoal", "https://events.mapshoal.example.net/v1/ingest",
                query={"key": "ms_" + app.key("mapshoal")}, body=evs, gz=True,
                headers={"User-Agent": "MapshoalTelemetry/6.0.3"})


def tb_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Talkbrine message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"anonId": L(sdk_id(app, "talkbrine"), DID)}
    if user:
        contact["userJwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                  "name": L(NAME, NAMEC), "iat": 1765394702},
                                 "body", "contact.userJwt", acc)
    body: dict[str, Any] = {"appId": app.key("talkbrine"), "contact": contact, "body": text,
                            "clientMsgId": rid(rng), "customAttributes": attrs,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "appVersion": app.ver}}
    return add(case(f"{app.fam}-talkbrine", f"{TB}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def tb_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "tbc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-talkbrine", f"{TB}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Talkbrine-Anon": L(sdk_id(app, "talkbrine"), DID),
                              "X-Talkbrine-Session": L(opaque(rng, "tbs_", 40), CRED)})


__all__ = ["ms_geocode", "ms_reverse", "ms_route", "ms_telemetry", "nu_register", "oo_check",
           "oo_save", "pg_bank", "pg_card", "pg_confirm", "sw_eval", "tb_attach", "tb_message"]
