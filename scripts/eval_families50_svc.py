"""Service SDKs of the fiftieth set, built once and called by every app with its own choices:
feature flags "Flagbriar", push "Belltansy", consent "Agreeling", payments "Coinrook", maps
"Plotbramble" and support chat "Asklark" (fictional vendors, hosts under example.*)."""

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
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FB = "https://sdk.flagbriar.example.com"
BT = "https://api.belltansy.example.net"
AG = "https://consent.agreeling.example.org"
CR = "https://api.coinrook.example.com"
PB = "https://maps.plotbramble.example.com"
AL = "https://widget.asklark.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fb_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagbriar's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "FlagbriarAndroid/3.1.0",
                         "Authorization": "mob-" + app.key("flagbriar")}
    url = f"{FB}/v1/flags/evaluate"
    if hdr:
        h["X-Flagbriar-User"] = W(u, "b64json")
        return case(f"{app.fam}-flagbriar", url, headers=h)
    return case(f"{app.fam}-flagbriar", url, body={"user": u, "flags": "all"}, headers=h)


def _bth() -> dict[str, Any]:
    return {"User-Agent": L("Belltansy/8.2.0 (Android 14; Pixel 8)", DEV)}


def bt_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Belltansy's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("belltansy"),
                            "deviceId": L(sdk_id(app, "belltansy"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
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
    return case(f"{app.fam}-belltansy", f"{BT}/v2/subscriptions", body=body, headers=_bth())


def bt_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the device ID, the campaign and message IDs."""
    return case(f"{app.fam}-belltansy", f"{BT}/v2/opens", fmt="form", body={
        "deviceId": L(sdk_id(app, "belltansy"), DID), "campaign": campaign,
        "messageId": rid(rng), "openedAt": "1765321490"}, headers=_bth())


def ag_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Agreeling's consent record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "agreeling")
    body: dict[str, Any] = {"property": app.key("agreeling"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7, "language": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765321633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"ag_receipt": sjwt({"iss": "agreeling", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "ag_receipt", acc)}
    return add(case(f"{app.fam}-agreeling", f"{AG}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ag_status(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-agreeling", f"{AG}/v1/status",
                query={"property": app.key("agreeling"), "hl": L(lang, DEV)},
                cookies={"ag_state": W({"vid": L(sdk_id(app, "agreeling"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _crh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinrook-Android/2.14.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _crids(app: App) -> dict[str, Any]:
    return {"radar_device": L(sdk_id(app, "coinrook-d"), DID),
            "sdk_session": sdk_id(app, "coinrook-s")}


def cr_card(app: App, rng: random.Random, *, email: bool = False, zip_: str | None = "10118",
            name: str = NAME) -> Case:
    """Coinrook's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(name, NAMEC), **_crids(app)}
    if zip_:
        body["card[address_zip]"] = L(zip_, COARSE)
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinrook", f"{CR}/v1/tokens", fmt="form", body=body, headers=_crh(rng))


def cr_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-coinrook", f"{CR}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_crids(app)},
                headers=_crh(rng))


def cr_payout_account(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts or reimbursements (a form): routing and account numbers."""
    return case(f"{app.fam}-coinrook", f"{CR}/v1/external_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_crids(app)}, headers=_crh(rng))


def _pbh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"PlotbrambleSDK/4.6.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def pb_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "pb_" + app.key("plotbramble")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-plotbramble", f"{PB}/geocode/v2/forward", query=q, headers=_pbh(app))


def pb_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-plotbramble", f"{PB}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "pb_" + app.key("plotbramble")}, headers=_pbh(app))
    return at_path(c, seg, cat) if cat else c


def pb_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-plotbramble", f"{PB}/directions/v1", body={
        "waypoints": wps, "profile": mode, "units": "imperial", "language": L("en-US", DEV)},
        query={"key": "pb_" + app.key("plotbramble")}, headers=_pbh(app))


def pb_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "plotbramble"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "batteryLevel": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-plotbramble", "https://events.plotbramble.example.com/v1/batch",
                query={"key": "pb_" + app.key("plotbramble")}, body=evs, gz=True,
                headers={"User-Agent": "PlotbrambleTelemetry/4.6.2"})


def al_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """An Asklark message: signed in, the identity token the app's server signed rides in
    ``customer.jwt`` (a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    cust: dict[str, Any] = {"visitorId": L(sdk_id(app, "asklark"), DID)}
    if user:
        cust["jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                           "name": L(NAME, NAMEC), "iat": 1765321702},
                          "body", "customer.jwt", acc)
    if email is not None:
        cust["email"] = email
    body: dict[str, Any] = {"appId": app.key("asklark"), "customer": cust, "body": text,
                            "clientMessageId": rid(rng), "metadata": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-asklark", f"{AL}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def al_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "alc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-asklark", f"{AL}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMessageId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Asklark-Visitor": L(sdk_id(app, "asklark"), DID),
                              "X-Asklark-Session": L(opaque(rng, "als_", 40), CRED)})


__all__ = ["ag_save", "ag_status", "al_attach", "al_message", "bt_opened", "bt_register",
           "cr_card", "cr_confirm", "cr_payout_account", "fb_eval", "pb_geocode", "pb_reverse",
           "pb_route", "pb_telemetry"]
