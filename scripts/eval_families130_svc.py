"""Service SDKs of the hundred-and-thirtieth set, built once and called by every app with its own
choices: feature flags "Flagmeadow", push "Buzzholt", consent "Consentmire", payments "Paystave",
maps "Tilebarrow" and support chat "Asksedge" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families130_kit import (
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
    TZ,
    UID,
    USAGE,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

FM = "https://eval.flagmeadow.example.com"
BH = "https://api.buzzholt.example.net"
CM = "https://consent.consentmire.example.org"
PS = "https://api.paystave.example.com"
TB = "https://maps.tilebarrow.example.com"
AE = "https://widget.asksedge.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fm_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagmeadow's evaluation: the target key is the user ID (the install ID signed out);
    ``hdr`` sends the target as base64 JSON in a request header of a GET."""
    tgt: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlagmeadowAndroid/2.8.0",
                         "Authorization": "fm-mob-" + app.key("flagmeadow")}
    if hdr:
        h["X-Flagmeadow-Target"] = W(tgt, "b64json")
        return case(f"{app.fam}-flagmeadow", f"{FM}/sdk/evalx", headers=h)
    return case(f"{app.fam}-flagmeadow", f"{FM}/sdk/evalx", body={"target": tgt}, headers=h)


def bh_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "en") -> Case:
    """Buzzholt's subscriber record (JSON, camelCase): the FCM token, the SDK's subscriber ID,
    the device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("buzzholt"),
                            "subscriberId": L(sdk_id(app, "buzzholt"), DID),
                            "pushToken": L(push_token(rng), DID), "transport": "fcm",
                            "language": L(lang, DEV), "timezone": L(TZ, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-buzzholt", f"{BH}/v3/subscribers", body=body, headers={
        "User-Agent": L("Buzzholt-Android/5.1.2 (Android 14; Pixel 8)", DEV)})


def cm_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Consentmire's consent record (its visitor ID the device's; the country from the IP) with
    the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentmire")
    body: dict[str, Any] = {"property": app.key("consentmire"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L("BW", COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765349633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cm_receipt": sjwt({"iss": "consentmire", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "cm_receipt", acc)}
    return add(case(f"{app.fam}-consentmire", f"{CM}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cm_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentmire", f"{CM}/v1/status",
                query={"property": app.key("consentmire"), "lang": L("en", DEV)},
                cookies={"cm_state": W({"vid": L(sdk_id(app, "consentmire"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _psh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paystave/Android 3.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_fp": L(sdk_id(app, "paystave-d"), DID), "muid": sdk_id(app, "paystave-m")}


def ps_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paystave's card token (a form with bracketed keys): card data, holder and the SDK's
    device fingerprint (the ``muid`` a per-merchant session: a negative)."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": "BW",
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paystave", f"{PS}/v1/tokens", fmt="form", body=body,
                headers=_psh(rng))


def ps_confirm(app: App, rng: random.Random, amount: str, currency: str = "bwp") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-paystave", f"{PS}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_psh(rng))


def ps_bank(app: App, rng: random.Random, account: str, bank: str) -> Case:
    """A Botswana bank account for payouts (a form): the account number and holder."""
    return case(f"{app.fam}-paystave", f"{PS}/v1/payout_accounts", fmt="form", body={
        "account[number]": L(account, PAY), "account[bank]": bank,
        "account[branch]": "282267", "account[country]": "BW",
        "account[holder]": L(NAME, NAMEC), **_pids(app)}, headers=_psh(rng))


def _tbh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"TilebarrowSDK/6.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def tb_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``near`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "country": "bw",
                         "key": "tb_" + app.key("tilebarrow")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilebarrow", f"{TB}/v2/geocode", query=q, headers=_tbh(app))


def tb_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilebarrow", f"{TB}/v2/reverse/{seg}",
             query={"types": "address,locality", "key": "tb_" + app.key("tilebarrow")},
             headers=_tbh(app))
    return at_path(c, seg, cat) if cat else c


def tb_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilebarrow", f"{TB}/v2/directions", body={
        "waypoints": wps, "profile": profile, "units": "metric",
        "language": L("en-BW", DEV)}, query={"key": "tb_" + app.key("tilebarrow")},
        headers=_tbh(app))


def tb_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilebarrow"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T07:02:40.118Z", "sdkDevice": did,
        "model": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
        "batteryLevel": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T07:03:0{i}.210Z",
             "sdkDevice": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilebarrow", "https://events.tilebarrow.example.com/v2/events",
                query={"key": "tb_" + app.key("tilebarrow")}, body=evs, gz=True,
                headers={"User-Agent": "TilebarrowTelemetry/6.4.1"})


def ae_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Asksedge message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "asksedge"), DID)}
    if user:
        contact["jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                              "name": L(NAME, NAMEC), "iat": 1765349702},
                             "body", "contact.jwt", acc)
    body: dict[str, Any] = {"widgetKey": app.key("asksedge"), "contact": contact,
                            "message": {"body": text, "clientMsgId": rid(rng)},
                            "customAttributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-asksedge", f"{AE}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ae_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "aec_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-asksedge", f"{AE}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Asksedge-Contact": L(sdk_id(app, "asksedge"), DID),
                              "X-Asksedge-Session": L(opaque(rng, "aes_", 40), CRED)})


__all__ = ["ae_attach", "ae_message", "bh_register", "cm_check", "cm_save", "fm_eval",
           "ps_bank", "ps_card", "ps_confirm", "tb_geocode", "tb_reverse", "tb_route",
           "tb_telemetry"]
