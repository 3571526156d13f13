"""Service SDKs of the hundred-and-eighteenth set, built once and called by every app with its own
choices: feature flags "Flagtotara", push "Pingtui", consent "Optinkowhai", payments "Paykauri",
maps "Maprimu" and support chat "Talkpiwakawaka" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families118_kit import (
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    NZ_BANK,
    NZ_TZ,
    PAY,
    PRECISE,
    TEPUKE,
    UID,
    USAGE,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

FT = "https://eval.flagtotara.example.com"
PT = "https://api.pingtui.example.net"
OK = "https://consent.optinkowhai.example.org"
PK = "https://api.paykauri.example.com"
MP = "https://api.maprimu.example.com"
TP = "https://widget.talkpiwakawaka.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ft_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Flagtotara's evaluation: the target ``id`` is the user ID; ``hdr`` sends the target as
    base64 JSON in a header of a GET."""
    tgt: dict[str, Any] = {"id": L(USER_ID, UID), "install": L(INSTALL_ID, DID),
                           "custom": {"app_version": app.ver, "platform": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlagtotaraAndroid/2.3.0",
                         "Authorization": "sdk-" + app.key("flagtotara")}
    if hdr:
        h["X-Flagtotara-Target"] = W(tgt, "b64json")
        return case(f"{app.fam}-flagtotara", f"{FT}/v1/flags", headers=h)
    return case(f"{app.fam}-flagtotara", f"{FT}/v1/flags", body={"target": tgt}, headers=h)


def pt_subscribe(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                 at: Pt | None = None, nd: int = 2) -> Case:
    """Pingtui's subscription (JSON, camelCase): FCM token, the SDK's device ID, the device,
    tags and (``at``) a position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pingtui"),
                            "deviceId": L(sdk_id(app, "pingtui"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "externalUserId": L(USER_ID, UID), "lang": L("en", DEV),
                            "tz": L(NZ_TZ, DEV), "model": L("Pixel 8", DEV),
                            "osVersion": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "appVersion": app.ver, "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingtui", f"{PT}/v3/subscriptions", body=body,
                headers={"User-Agent": L("Pingtui-Android/4.2.1 (Android 14; Pixel 8)", DEV)})


def ok_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Optinkowhai's consent record (visitor ID the device's; country and region from the IP),
    the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "optinkowhai")
    body: dict[str, Any] = {"property": app.key("optinkowhai"), "visitor": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L("NZ", COARSE), "region": L("BOP", COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765321633190}
    acc: Acc = {}
    cookies = {"ok_receipt": sjwt({"iss": "optinkowhai", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "ok_receipt", acc)}
    return add(case(f"{app.fam}-optinkowhai", f"{OK}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ok_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-optinkowhai", f"{OK}/v1/status",
                query={"property": app.key("optinkowhai"), "lang": L("en-NZ", DEV)},
                cookies={"ok_state": W({"vid": L(sdk_id(app, "optinkowhai"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pkh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paykauri/Android 3.6.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"fraud[device_id]": L(sdk_id(app, "paykauri-d"), DID),
            "fraud[session]": sdk_id(app, "paykauri-s")}


def pk_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paykauri's card token (a form with bracketed keys): card data, holder, postcode."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_postcode]": L(TEPUKE["postcode"], COARSE),
                            "card[address_country]": L("NZ", COARSE), **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paykauri", f"{PK}/v1/tokens", fmt="form", body=body,
                headers=_pkh(rng))


def pk_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a payment intent (a form): the client secret, the method, the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paykauri", f"{PK}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": "nzd", **_pids(app)},
                headers=_pkh(rng))


def pk_bank(app: App, rng: random.Random) -> Case:
    """An NZ bank account for a direct debit or a payout (a form)."""
    return case(f"{app.fam}-paykauri", f"{PK}/v1/bank_accounts", fmt="form", body={
        "bank_account[account_number]": L(NZ_BANK, PAY), "bank_account[country]": "NZ",
        "bank_account[holder_name]": L(NAME, NAMEC), **_pids(app)}, headers=_pkh(rng))


def _mph(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MaprimuSDK/8.4.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mp_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``) and a ``proximity``
    of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "country": "nz",
                         "key": "mp_" + app.key("maprimu")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-maprimu", f"{MP}/geocode/v2/search", query=q, headers=_mph(app))


def mp_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-maprimu", f"{MP}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "mp_" + app.key("maprimu")}, headers=_mph(app))
    return at_path(c, seg, cat) if cat else c


def mp_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, c) if c else la, "lng": L(lo, c) if c else lo} for (la, lo), c in stops]
    return case(f"{app.fam}-maprimu", f"{MP}/directions/v2/{profile}", body={
        "waypoints": wps, "units": "metric", "language": L("en-NZ", DEV)},
        query={"key": "mp_" + app.key("maprimu")}, headers=_mph(app))


def mp_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "maprimu"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T21:12:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "batteryLevel": L(61, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T21:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-maprimu", "https://events.maprimu.example.com/v1/batch",
                query={"key": "mp_" + app.key("maprimu")}, body=evs, gz=True,
                headers={"User-Agent": "MaprimuTelemetry/8.4.0"})


def tp_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Talkpiwakawaka message: the identity token the app's server signed rides in a JSON
    field (a JWT: a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    user = {"id": L(sdk_id(app, "talkpiwakawaka"), DID),
            "jwt": tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                        "name": L(NAME, NAMEC), "iat": 1765321702}, "body", "user.jwt", acc)}
    body: dict[str, Any] = {"app": app.key("talkpiwakawaka"), "user": user, "body": text,
                            "nonce": rid(rng), "metadata": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-talkpiwakawaka", f"{TP}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def tp_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "tpc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-talkpiwakawaka", f"{TP}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"nonce": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Tp-User": L(sdk_id(app, "talkpiwakawaka"), DID),
                              "X-Tp-Session": L(opaque(rng, "tps_", 40), CRED)})


__all__ = ["ft_eval", "mp_reverse", "mp_route", "mp_search", "mp_telemetry", "ok_check",
           "ok_save", "pk_bank", "pk_card", "pk_confirm", "pt_subscribe", "tp_attach",
           "tp_message"]
