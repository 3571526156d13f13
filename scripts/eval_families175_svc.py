"""Service SDKs of the hundred-and-seventy-fifth set, built once and called by every app with its
own choices: feature flags "Zendaflag", push "Sandeshpush", consent "Parwanagi", payments with
cards and UPI "Rokdapay", maps "Disharekha" and support chat "Sahayyak" (fictional vendors, hosts
under example.*; set 151's call shapes, zone, country and currency Indian)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families175_kit import IN_ACCOUNT, IN_IFSC
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

ZF = "https://eval.zendaflag.example.net"
SP = "https://api.sandeshpush.example.com"
PW = "https://consent.parwanagi.example.org"
RP = "https://api.rokdapay.example.com"
DR = "https://maps.disharekha.example.net"
SY = "https://widget.sahayyak.example.org"
TZ = "Asia/Kolkata"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def zf_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Zendaflag's evaluation: the targeting key is the user ID; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID),
                           "attrs": {"appVersion": app.ver, "platform": L("android 14", DEV),
                                     "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "zendaflag-android/0.9.7",
                         "X-Zendaflag-Env": "env_" + app.key("zendaflag")}
    if hdr:
        h["X-Zendaflag-Ctx"] = W(ctx, "b64json")
        return case(f"{app.fam}-zendaflag", f"{ZF}/v1/flags", headers=h)
    return case(f"{app.fam}-zendaflag", f"{ZF}/v1/flags/evaluate", body=ctx, headers=h)


def sp_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en") -> Case:
    """Sandeshpush's subscriber record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("sandeshpush"),
                            "subscriberId": L(sdk_id(app, "sandeshpush"), DID),
                            "fcmToken": L(push_token(rng), DID), "language": L(lang, DEV),
                            "timeZone": L(TZ, DEV), "deviceModel": L("Pixel 8", DEV),
                            "osVersion": L("14", DEV),
                            "carrierName": L("Example Mobile", CARRIER),
                            "appVersion": app.ver, "externalUserId": L(USER_ID, UID),
                            "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-sandeshpush", f"{SP}/v3/subscribers", body=body,
                headers={"User-Agent": L("Sandeshpush/4.2.0 (Android 14; Pixel 8)", DEV)})


def pw_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Parwanagi's record (its visitor ID the device's; the country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "parwanagi")
    body: dict[str, Any] = {"property": app.key("parwanagi"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 3, "country": L("IN", COARSE),
                            "userAgent": L(app.ua, DEV), "userId": L(USER_ID, UID),
                            "at": 1765322210117}
    acc: Acc = {}
    cookies = {"pw_proof": sjwt({"iss": "parwanagi", "sub": L(vid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765210000}, "cookie", "pw_proof", acc)}
    return add(case(f"{app.fam}-parwanagi", f"{PW}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pw_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-parwanagi", f"{PW}/v1/state",
                query={"property": app.key("parwanagi"), "hl": L("en", DEV)},
                cookies={"pw_state": W({"vid": L(sdk_id(app, "parwanagi"), DID),
                                        "p": purposes, "v": 3}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _rph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Rokdapay-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _cids(app: App) -> dict[str, Any]:
    return {"device_ref": L(sdk_id(app, "rokdapay-d"), DID),
            "sdk_session": sdk_id(app, "rokdapay-s")}


def rp_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Rokdapay's card token (a form, bracketed keys): card data, holder, the device ref."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": L("IN", COARSE),
                            **_cids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-rokdapay", f"{RP}/v1/tokens", fmt="form", body=body,
                headers=_rph(rng))


def rp_confirm(app: App, rng: random.Random, amount: str, currency: str = "inr") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-rokdapay", f"{RP}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_cids(app)},
                headers=_rph(rng))


def rp_upi(app: App, rng: random.Random, amount: str, vpa: Any, *, payout: bool = False,
           account: tuple[str, str] = (IN_ACCOUNT, IN_IFSC)) -> Case:
    """A UPI collect request or a payout to a bank account (JSON): the payer's or payee's VPA,
    the amount, (``payout``) the account number with its IFSC (the branch code a negative)."""
    body: dict[str, Any] = {"upi": {"vpa": vpa, "flow": "payout" if payout else "collect"},
                            "amount": L(amount, BUY), "currency": "INR", "reference": rid(rng),
                            **_cids(app)}
    if payout:
        body["bank_account"] = {"number": L(account[0], PAY), "ifsc": account[1]}
    return case(f"{app.fam}-rokdapay", f"{RP}/v1/upi/{'payouts' if payout else 'collect'}",
                body=body, headers=_rph(rng))


def _drh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Disharekha/6.1.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def dr_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L("en", DEV),
                         "key": "dr_" + app.key("disharekha")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-disharekha", f"{DR}/v2/geocode", query=q, headers=_drh(app))


def dr_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-disharekha", f"{DR}/v2/reverse/{seg}",
             query={"types": "address,place", "key": "dr_" + app.key("disharekha")},
             headers=_drh(app))
    return at_path(c, seg, cat) if cat else c


def dr_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-disharekha", f"{DR}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "lang": L("en-IN", DEV)},
        query={"key": "dr_" + app.key("disharekha")}, headers=_drh(app))


def dr_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "disharekha"), DID)
    evs: list[dict[str, Any]] = [{
        "kind": L("map.load", USAGE), "t": "2025-12-10T07:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"kind": L("loc", USAGE), "t": f"2025-12-10T07:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 8.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-disharekha", "https://events.disharekha.example.net/v2/batch",
                query={"key": "dr_" + app.key("disharekha")}, body=evs, gz=True,
                headers={"User-Agent": "DisharekhaTelemetry/6.1.0"})


def sy_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Sahayyak message: the identity token the app's server signed rides in a JSON
    field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "sahayyak"), DID),
                               "user_jwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                                "name": L(NAME, NAMEC), "iat": 1765322301},
                                               "body", "contact.user_jwt", acc)}
    body: dict[str, Any] = {"inbox": app.key("sahayyak"), "contact": contact,
                            "body": text, "client_ref": rid(rng), "custom": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app": app.ver}}
    return add(case(f"{app.fam}-sahayyak", f"{SY}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def sy_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "syc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-sahayyak", f"{SY}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-SY-Contact": L(sdk_id(app, "sahayyak"), DID),
                              "X-SY-Session": L(opaque(rng, "sys_", 40), CRED)})


__all__ = [
    "dr_geocode",
    "dr_reverse",
    "dr_route",
    "dr_telemetry",
    "pw_check",
    "pw_save",
    "rp_card",
    "rp_confirm",
    "rp_upi",
    "sp_register",
    "sy_attach",
    "sy_message",
    "zf_eval",
]
