"""Service SDKs of the two-hundred-and-sixty-second set, built once and called by every app with its
own choices: feature flags "Flagjalebi", push "Pingundhiyu", consent "Consentsutarfeni", payments
"Paychorafali", maps "Mapdumas" and support chat "Helpthepla" (fictional vendors, hosts
under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families262_kit import IN_ACCOUNT, VPA
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

FJ = "https://eval.flagjalebi.example.net"
PU = "https://api.pingundhiyu.example.com"
CS = "https://consent.consentsutarfeni.example.org"
PC = "https://api.paychorafali.example.com"
MP = "https://maps.mapdumas.example.net"
HT = "https://widget.helpthepla.example.org"
TZ = "Asia/Kolkata"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fj_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Flagjalebi's evaluation: the targeting key is the user ID; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID),
                           "attrs": {"appVersion": app.ver, "platform": L("android 14", DEV),
                                     "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "flagjalebi-android/1.3.0",
                         "X-Flagjalebi-Env": "env_" + app.key("flagjalebi")}
    if hdr:
        h["X-Flagjalebi-Ctx"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagjalebi", f"{FJ}/v1/flags", headers=h)
    return case(f"{app.fam}-flagjalebi", f"{FJ}/v1/flags/evaluate", body=ctx, headers=h)


def pu_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en") -> Case:
    """Pingundhiyu's subscriber record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pingundhiyu"),
                            "subscriberId": L(sdk_id(app, "pingundhiyu"), DID),
                            "fcmToken": L(push_token(rng), DID), "language": L(lang, DEV),
                            "timeZone": L(TZ, DEV), "deviceModel": L("Pixel 8", DEV),
                            "osVersion": L("14", DEV),
                            "carrierName": L("Example Mobile", CARRIER),
                            "appVersion": app.ver, "externalUserId": L(USER_ID, UID),
                            "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingundhiyu", f"{PU}/v3/subscribers", body=body,
                headers={"User-Agent": L("Pingundhiyu/2.8.1 (Android 14; Pixel 8)", DEV)})


def cs_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Consentsutarfeni's record (its visitor ID the device's; the country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentsutarfeni")
    body: dict[str, Any] = {"property": app.key("consentsutarfeni"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 3, "country": L("IN", COARSE),
                            "userAgent": L(app.ua, DEV), "userId": L(USER_ID, UID),
                            "at": 1765322210117}
    acc: Acc = {}
    cookies = {"cs_proof": sjwt({"iss": "consentsutarfeni", "sub": L(vid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765210000}, "cookie", "cs_proof", acc)}
    return add(case(f"{app.fam}-consentsutarfeni", f"{CS}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cs_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentsutarfeni", f"{CS}/v1/state",
                query={"property": app.key("consentsutarfeni"), "hl": L("en", DEV)},
                cookies={"cs_state": W({"vid": L(sdk_id(app, "consentsutarfeni"), DID),
                                        "p": purposes, "v": 3}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pch(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paychorafali-Android/5.0.2", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _cids(app: App) -> dict[str, Any]:
    return {"device_ref": L(sdk_id(app, "paychorafali-d"), DID),
            "sdk_session": sdk_id(app, "paychorafali-s")}


def pc_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paychorafali's card token (a form, bracketed keys): card data, holder, the device ref."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": L("IN", COARSE),
                            **_cids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paychorafali", f"{PC}/v1/tokens", fmt="form", body=body,
                headers=_pch(rng))


def pc_confirm(app: App, rng: random.Random, amount: str, currency: str = "inr") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-paychorafali", f"{PC}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_cids(app)},
                headers=_pch(rng))


def pc_wallet(app: App, rng: random.Random, amount: str, msisdn: Any) -> Case:
    """A UPI payout or collection (JSON): the payer's number (``msisdn``) and UPI address, the
    amount, the linked bank account."""
    return case(f"{app.fam}-paychorafali", f"{PC}/v1/mobile_money", body={
        "wallet": {"msisdn": msisdn, "vpa": L(VPA, PAY), "provider": "upi"}, "amount": L(amount, BUY),
        "currency": "INR", "bank_account": L(IN_ACCOUNT, PAY), "reference": rid(rng),
        **_cids(app)}, headers=_pch(rng))


def _mph(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapdumas/3.4.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mp_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L("en", DEV),
                         "key": "md_" + app.key("mapdumas")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapdumas", f"{MP}/v2/geocode", query=q, headers=_mph(app))


def mp_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapdumas", f"{MP}/v2/reverse/{seg}",
             query={"types": "address,place", "key": "md_" + app.key("mapdumas")},
             headers=_mph(app))
    return at_path(c, seg, cat) if cat else c


def mp_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapdumas", f"{MP}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "lang": L("en-IN", DEV)},
        query={"key": "md_" + app.key("mapdumas")}, headers=_mph(app))


def mp_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapdumas"), DID)
    evs: list[dict[str, Any]] = [{
        "kind": L("map.load", USAGE), "t": "2025-12-10T07:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"kind": L("loc", USAGE), "t": f"2025-12-10T07:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 8.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapdumas", "https://events.mapdumas.example.net/v2/batch",
                query={"key": "md_" + app.key("mapdumas")}, body=evs, gz=True,
                headers={"User-Agent": "MapdumasTelemetry/3.4.0"})


def ht_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Helpthepla message: the identity token the app's server signed rides in a JSON
    field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "helpthepla"), DID),
                               "user_jwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                                "name": L(NAME, NAMEC), "iat": 1765322301},
                                               "body", "contact.user_jwt", acc)}
    body: dict[str, Any] = {"inbox": app.key("helpthepla"), "contact": contact,
                            "body": text, "client_ref": rid(rng), "custom": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app": app.ver}}
    return add(case(f"{app.fam}-helpthepla", f"{HT}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ht_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "htc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpthepla", f"{HT}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-HT-Contact": L(sdk_id(app, "helpthepla"), DID),
                              "X-HT-Session": L(opaque(rng, "hts_", 40), CRED)})


__all__ = [
    "cs_check",
    "cs_save",
    "fj_eval",
    "ht_attach",
    "ht_message",
    "mp_geocode",
    "mp_reverse",
    "mp_route",
    "mp_telemetry",
    "pc_card",
    "pc_confirm",
    "pc_wallet",
    "pu_register",
]
