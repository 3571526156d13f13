"""Service SDKs of the eighty-seventh set, built once and called by every app with its own
choices: feature flags "Kodimaram", push "Maniosai", consent "Sammathi", payments (UPI and cards)
"Kaasupay", maps "Varaipadam" and support chat "Pesuthunai" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families87_kit import TZ, UPI
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

KD = "https://flags.kodimaram.example.com"
MO = "https://api.maniosai.example.net"
SM = "https://consent.sammathi.example.org"
KP = "https://api.kaasupay.example.com"
VP = "https://maps.varaipadam.example.com"
PT = "https://widget.pesuthunai.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def kd_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Kodimaram's evaluation: the unit's key is the user ID (the install ID signed out);
    ``get`` sends the unit as base64url JSON in the query of a GET."""
    unit: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "attrs": {"app_ver": app.ver, "platform": "android",
                                      "model": L("Pixel 8", DEV), "locale": L("en_IN", DEV),
                                      **attrs}}
    h = {"User-Agent": "Kodimaram-Android/0.19.4", "X-Kodimaram-Env": app.key("kodimaram")}
    if get:
        acc: Acc = {}
        u = enc(unit, "query", "u", "b64url", acc)
        return add(case(f"{app.fam}-kodimaram", f"{KD}/v1/flags", query={"u": u},
                        headers=h), acc)
    return case(f"{app.fam}-kodimaram", f"{KD}/v1/evaluate", body={"unit": unit}, headers=h)


def mo_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en") -> Case:
    """Maniosai's subscription (JSON, camelCase): the FCM token, the SDK's subscriber ID, the
    device, the carrier, tags and (``at``) a position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("maniosai"),
                            "subscriberId": L(sdk_id(app, "maniosai"), DID),
                            "pushToken": L(push_token(rng), DID), "externalUserId":
                            L(USER_ID, UID), "deviceModel": L("Pixel 8", DEV),
                            "osVersion": L("Android 14", DEV), "language": L(lang, DEV),
                            "timezone": L(TZ, DEV), "carrier": L("Example Mobile", CARRIER),
                            "appVersion": app.ver, "tags": tags or {}}
    if at is not None:
        body["lat"], body["lng"] = (L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd)))
    return case(f"{app.fam}-maniosai", f"{MO}/v3/subscriptions", body=body,
                headers={"User-Agent": "Maniosai-Android/3.4.0"})


def sm_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Sammathi's consent record (its visitor ID the device's; the state from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "sammathi")
    body = {"property": app.key("sammathi"), "visitor": L(vid, DID), "purposes": purposes,
            "notice_version": "dpdp-2025.2", "geo": {"country": L("IN", COARSE),
                                                     "state": L("TN", COARSE)},
            "user_agent": L(app.ua, DEV), "ts": 1765548009113}
    acc: Acc = {}
    cookies = {"sm_receipt": sjwt({"iss": "sammathi", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765400000}, "cookie", "sm_receipt", acc)}
    return add(case(f"{app.fam}-sammathi", f"{SM}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def sm_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-sammathi", f"{SM}/v1/status",
                query={"property": app.key("sammathi"), "lang": L("ta", DEV)},
                cookies={"sm_state": W({"vid": L(sdk_id(app, "sammathi"), DID),
                                        "p": purposes}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _kph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Kaasupay-Android/5.1.2", "X-Idempotency-Key": rid(rng),
            "Authorization": "Basic " + opaque(rng, "cHVibGljOn", 22)}


def _kpd(app: App) -> dict[str, Any]:
    return {"device_fp": L(sdk_id(app, "kaasupay"), DID)}


def kp_upi(app: App, rng: random.Random, amount: str, note: str, *, vpa: bool = True) -> Case:
    """A UPI collect request (JSON): her UPI address, the amount (paise) and her phone."""
    body: dict[str, Any] = {"order_id": opaque(rng, "order_", 14), "amount": L(amount, BUY),
                            "currency": "INR", "method": "upi", "description": note,
                            "contact": L(PHONE, TEL), "email": L(EMAIL, MAIL), **_kpd(app)}
    if vpa:
        body["upi"] = {"vpa": L(UPI, PAY), "flow": "collect"}
    else:
        body["upi"] = {"flow": "intent", "app": "com.example.upiwallet"}
    return case(f"{app.fam}-kaasupay", f"{KP}/v1/payments/create/upi", body=body,
                headers=_kph(rng))


def kp_card(app: App, rng: random.Random) -> Case:
    """A card tokenised (a form with bracketed keys): number, expiry, CVC and holder."""
    return case(f"{app.fam}-kaasupay", f"{KP}/v1/tokens", fmt="form", body={
        "card[number]": L(CARD2, PAY), "card[expiry_month]": L(CARD2_EXP[0], PAY),
        "card[expiry_year]": L(CARD2_EXP[1], PAY), "card[cvv]": L(CARD2_CVC, PAY),
        "card[name]": L(NAME, NAMEC), **_kpd(app)}, headers=_kph(rng))


def kp_verify(app: App, rng: random.Random, amount: str) -> Case:
    """The payment's signature check (a form): payment ID, signature, amount."""
    pay = opaque(rng, "pay_", 14)
    return case(f"{app.fam}-kaasupay", f"{KP}/v1/payments/{pay}/verify", fmt="form", body={
        "signature": opaque(rng, "", 64), "amount": L(amount, BUY),
        "method_token": L(opaque(rng, "tok_", 14), PAY), **_kpd(app)}, headers=_kph(rng))


def _vph(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Varaipadam/4.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def vp_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Place search (GET): the typed text (labelled ``cat``), a ``near`` of ``lat,lon``."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "key": "vp_" + app.key("varaipadam")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-varaipadam", f"{VP}/v2/places", query=q, headers=_vph(app))


def vp_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-varaipadam", f"{VP}/v2/reverse/{seg}",
             query={"lang": L("ta", DEV), "key": "vp_" + app.key("varaipadam")},
             headers=_vph(app))
    return at_path(c, seg, cat) if cat else c


def vp_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "drive") -> Case:
    """Directions (JSON): ``waypoints[i]`` as ``[lat, lon]`` pairs labelled by whose place."""
    wps = [{"lat": L(la, c) if c else la, "lon": L(lo, c) if c else lo, "i": i}
           for i, ((la, lo), c) in enumerate(stops)]
    return case(f"{app.fam}-varaipadam", f"{VP}/v2/directions", body={
        "waypoints": wps, "profile": mode, "alternatives": 1, "lang": L("en-IN", DEV)},
        query={"key": "vp_" + app.key("varaipadam")}, headers=_vph(app))


def vp_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "varaipadam"), DID)
    evs: list[dict[str, Any]] = [{"ev": L("map.load", USAGE), "ts": 1765548100, "sid": did,
                                  "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"ev": L("loc", USAGE), "ts": 1765548110 + 5 * i, "sid": did, "lat": L(la, cat),
             "lon": L(lo, cat), "acc": 7.5} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-varaipadam", "https://events.varaipadam.example.com/v2/t",
                query={"key": "vp_" + app.key("varaipadam")}, body=evs, gz=True,
                headers={"User-Agent": "VaraipadamTelemetry/4.0.3"})


def pt_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Pesuthunai message: the user hash JWT the app's server signed rides in a JSON field (a
    credential; its claims the user's ID, e-mail and phone)."""
    acc: Acc = {}
    contact = {"device_key": L(sdk_id(app, "pesuthunai"), DID),
               "user_jwt": tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                "phone": L(PHONE, TEL), "iat": 1765548222},
                               "body", "contact.user_jwt", acc)}
    body = {"inbox": app.key("pesuthunai"), "contact": contact, "body": text,
            "client_msg_id": rid(rng), "custom": attrs,
            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                       "app": app.ver}}
    return add(case(f"{app.fam}-pesuthunai", f"{PT}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pt_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "ptc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-pesuthunai", f"{PT}/api/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Pesuthunai-Device": L(sdk_id(app, "pesuthunai"), DID),
                              "X-Pesuthunai-Token": L(opaque(rng, "ptt_", 40), CRED)})


__all__ = ["kd_eval", "kp_card", "kp_upi", "kp_verify", "mo_register", "pt_attach",
           "pt_message", "sm_save", "sm_status", "vp_reverse", "vp_route", "vp_search",
           "vp_telemetry"]
