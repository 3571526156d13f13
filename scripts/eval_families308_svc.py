"""Service SDKs of the three-hundred-and-eighth set, built once and called by every app with its
own choices: feature flags "Flagdelo", push "Pingrangit", consent "Consentmayel", payments
"Coinrelli", maps "Maptendong" and support chat "Helpkhamri" (fictional vendors, hosts
under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families308_kit import IN_ACCOUNT
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

FD = "https://eval.flagdelo.example.net"
PR = "https://api.pingrangit.example.com"
CM = "https://consent.consentmayel.example.org"
CO = "https://api.coinrelli.example.com"
MT = "https://maps.maptendong.example.net"
HK = "https://widget.helpkhamri.example.org"
TZ = "Asia/Kolkata"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fd_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Flagdelo's evaluation: the targeting key is the user ID; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID),
                           "attrs": {"appVersion": app.ver, "platform": L("android 14", DEV),
                                     "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "flagdelo-android/0.9.7",
                         "X-Flagdelo-Env": "env_" + app.key("flagdelo")}
    if hdr:
        h["X-Flagdelo-Ctx"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagdelo", f"{FD}/v1/flags", headers=h)
    return case(f"{app.fam}-flagdelo", f"{FD}/v1/flags/evaluate", body=ctx, headers=h)


def pr_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en") -> Case:
    """Pingrangit's subscriber record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pingrangit"),
                            "subscriberId": L(sdk_id(app, "pingrangit"), DID),
                            "fcmToken": L(push_token(rng), DID), "language": L(lang, DEV),
                            "timeZone": L(TZ, DEV), "deviceModel": L("Pixel 8", DEV),
                            "osVersion": L("14", DEV),
                            "carrierName": L("Example Mobile", CARRIER),
                            "appVersion": app.ver, "externalUserId": L(USER_ID, UID),
                            "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingrangit", f"{PR}/v3/subscribers", body=body,
                headers={"User-Agent": L("Pingrangit/4.2.0 (Android 14; Pixel 8)", DEV)})


def cm_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Consentmayel's record (its visitor ID the device's; the country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentmayel")
    body: dict[str, Any] = {"property": app.key("consentmayel"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 3, "country": L("IN", COARSE),
                            "userAgent": L(app.ua, DEV), "userId": L(USER_ID, UID),
                            "at": 1765322210117}
    acc: Acc = {}
    cookies = {"cm_proof": sjwt({"iss": "consentmayel", "sub": L(vid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765210000}, "cookie", "cm_proof", acc)}
    return add(case(f"{app.fam}-consentmayel", f"{CM}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cm_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentmayel", f"{CM}/v1/state",
                query={"property": app.key("consentmayel"), "hl": L("en", DEV)},
                cookies={"cm_state": W({"vid": L(sdk_id(app, "consentmayel"), DID),
                                        "p": purposes, "v": 3}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _clh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinrelli-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _cids(app: App) -> dict[str, Any]:
    return {"device_ref": L(sdk_id(app, "coinrelli-d"), DID),
            "sdk_session": sdk_id(app, "coinrelli-s")}


def co_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Coinrelli's card token (a form, bracketed keys): card data, holder, the device ref."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": L("IN", COARSE),
                            **_cids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinrelli", f"{CO}/v1/tokens", fmt="form", body=body,
                headers=_clh(rng))


def co_confirm(app: App, rng: random.Random, amount: str, currency: str = "inr") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-coinrelli", f"{CO}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_cids(app)},
                headers=_clh(rng))


def co_upi(app: App, rng: random.Random, amount: str, msisdn: Any, vpa: Any = None) -> Case:
    """A UPI payout or collection (JSON): the payee's mobile number and (``vpa``) UPI handle,
    the amount, the linked bank account."""
    wallet: dict[str, Any] = {"msisdn": msisdn, "provider": "upi"}
    if vpa is not None:
        wallet["vpa"] = vpa
    return case(f"{app.fam}-coinrelli", f"{CO}/v1/upi/payouts", body={
        "wallet": wallet, "amount": L(amount, BUY), "currency": "INR",
        "bank_account": L(IN_ACCOUNT, PAY), "reference": rid(rng), **_cids(app)},
        headers=_clh(rng))


def _mmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Maptendong/6.1.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mt_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L("en", DEV),
                         "key": "mt_" + app.key("maptendong")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-maptendong", f"{MT}/v2/geocode", query=q, headers=_mmh(app))


def mt_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-maptendong", f"{MT}/v2/reverse/{seg}",
             query={"types": "address,place", "key": "mt_" + app.key("maptendong")},
             headers=_mmh(app))
    return at_path(c, seg, cat) if cat else c


def mt_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-maptendong", f"{MT}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "lang": L("en-IN", DEV)},
        query={"key": "mt_" + app.key("maptendong")}, headers=_mmh(app))


def mt_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "maptendong"), DID)
    evs: list[dict[str, Any]] = [{
        "kind": L("map.load", USAGE), "t": "2025-12-10T07:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"kind": L("loc", USAGE), "t": f"2025-12-10T07:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 8.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-maptendong", "https://events.maptendong.example.net/v2/batch",
                query={"key": "mt_" + app.key("maptendong")}, body=evs, gz=True,
                headers={"User-Agent": "MaptendongTelemetry/6.1.0"})


def hk_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Helpkhamri message: the identity token the app's server signed rides in a JSON
    field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "helpkhamri"), DID),
                               "user_jwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                                "name": L(NAME, NAMEC), "iat": 1765322301},
                                               "body", "contact.user_jwt", acc)}
    body: dict[str, Any] = {"inbox": app.key("helpkhamri"), "contact": contact,
                            "body": text, "client_ref": rid(rng), "custom": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app": app.ver}}
    return add(case(f"{app.fam}-helpkhamri", f"{HK}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hk_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hkc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpkhamri", f"{HK}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-HK-Contact": L(sdk_id(app, "helpkhamri"), DID),
                              "X-HK-Session": L(opaque(rng, "hks_", 40), CRED)})


__all__ = [
    "cm_check",
    "cm_save",
    "co_card",
    "co_confirm",
    "co_upi",
    "fd_eval",
    "hk_attach",
    "hk_message",
    "mt_geocode",
    "mt_reverse",
    "mt_route",
    "mt_telemetry",
    "pr_register",
]
