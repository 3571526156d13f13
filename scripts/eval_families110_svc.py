"""Service SDKs of the hundred-and-tenth set, built once and called by every app with its own
choices: feature flags "Togglepahana", push "Pushkirilli", consent "Consentwela", payments
"Paymanel", maps "Sithiyamap" and support chat "Chatkatha" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import add
from eval_families10_kit import token as tok
from eval_families17_kit import Acc
from eval_families18_kit import sjwt
from eval_families22_kit import lines
from eval_families24_kit import ACCOUNT, CARD2, CARD2_CVC, CARD2_EXP, ROUTING, WEBVIEW_UA
from eval_families110_kit import (
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    PAY,
    TZ,
    UID,
    USAGE,
    App,
    Pt,
    at_path,
    cat,
    multipart,
    opaque,
    push_token,
    rid,
    sdk_id,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

BUY = "financial.purchase"
TP = "https://flags.togglepahana.example.com"
PK = "https://api.pushkirilli.example.net"
CW = "https://consent.consentwela.example.org"
PM = "https://api.paymanel.example.com"
SM = "https://api.sithiyamap.example.com"
CK = "https://widget.chatkatha.example.net"


def tp_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Togglepahana's evaluation: the user's key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "TogglepahanaAndroid/3.4.0",
                         "Authorization": "mob-" + app.key("togglepahana")}
    if hdr:
        h["X-Pahana-User"] = W(u, "b64json")
        return case(f"{app.fam}-togglepahana", f"{TP}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-togglepahana", f"{TP}/msdk/evalx", body={"user": u}, headers=h)


def pk_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = TZ, lang: str = "en") -> Case:
    """Pushkirilli's installation (JSON): the SDK's installation ID in the URL path and the
    body, the FCM token, the device, the carrier, tags and (``at``) a position at ``nd``."""
    inst = sdk_id(app, "pushkirilli")
    body: dict[str, Any] = {"installationId": L(inst, DID), "pushToken": L(push_token(rng), DID),
                            "pushChannel": "fcm", "language": L(lang, DEV),
                            "timeZone": L(tz, DEV), "deviceModel": L("Pixel 8", DEV),
                            "osVersion": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), cat(nd)),
                                "lng": L(round(at[1], nd), cat(nd))}
    c = case(f"{app.fam}-pushkirilli", f"{PK}/v2/apps/{app.key('pushkirilli')}/installations/"
             f"{inst}", body=body, headers={"User-Agent": L("Pushkirilli/5.2 (Android 14)", DEV),
                                            "X-PK-Request": rid(rng)})
    return at_path(c, inst, DID)


def cw_save(app: App, rng: random.Random, choices: dict[str, bool], *, user: bool = False,
            country: str = "LK", region: str = "Western") -> Case:
    """Consentwela's consent record (the visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentwela")
    body: dict[str, Any] = {"property": app.key("consentwela"), "visitorId": L(vid, DID),
                            "decisions": choices, "noticeVersion": 7,
                            "location": {"country": L(country, COARSE),
                                         "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "at": 1765284012001}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cw_receipt": sjwt({"iss": "consentwela", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in choices.items() if v),
                                   "iat": 1765100000}, "cookie", "cw_receipt", acc)}
    return add(case(f"{app.fam}-consentwela", f"{CW}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cw_check(app: App, rng: random.Random, choices: dict[str, bool]) -> Case:
    """The web view's banner check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentwela", f"{CW}/v1/banner",
                query={"property": app.key("consentwela"), "lang": L("en", DEV)},
                cookies={"cw_state": W({"vid": L(sdk_id(app, "consentwela"), DID),
                                        "d": choices, "nv": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymanel-Android/2.7.3", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device_id]": L(sdk_id(app, "paymanel-d"), DID),
            "radar[session]": sdk_id(app, "paymanel-s")}


def pm_card(app: App, rng: random.Random, *, email: bool = False, postcode: str = "00600",
            pc_cat: str = COARSE) -> Case:
    """Paymanel's card token (a form with bracketed keys): card data, holder, postcode and the
    SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_postal_code]": L(postcode, pc_cat), **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymanel", f"{PM}/v1/tokens", fmt="form", body=body,
                headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str, currency: str = "lkr") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paymanel", f"{PM}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pmh(rng))


def pm_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paymanel", f"{PM}/v1/bank_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_pids(app)}, headers=_pmh(rng))


def _smh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"SithiyamapSDK/4.0.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def sm_geocode(app: App, rng: random.Random, text: str, tcat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``tcat``), biased by ``near``
    as ``lat,lon`` at ``nd`` decimals."""
    q: dict[str, Any] = {"q": L(text, tcat), "limit": "5", "country": "lk",
                         "key": "sm_" + app.key("sithiyamap")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", cat(nd))
    return case(f"{app.fam}-sithiyamap", f"{SM}/geocode/v1/search", query=q, headers=_smh(app))


def sm_reverse(app: App, rng: random.Random, at: Pt, pcat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-sithiyamap", f"{SM}/geocode/v1/reverse/{seg}",
             query={"lang": L("en", DEV), "key": "sm_" + app.key("sithiyamap")}, headers=_smh(app))
    return at_path(c, seg, pcat) if pcat else c


def sm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``points[i]`` are ``[lon, lat]`` pairs labelled by whose place."""
    pts = [[L(lo, c) if c else lo, L(la, c) if c else la] for (la, lo), c in stops]
    return case(f"{app.fam}-sithiyamap", f"{SM}/directions/v1/{profile}", body={
        "points": pts, "alternatives": False, "units": "metric", "locale": L("en_LK", DEV)},
        query={"key": "sm_" + app.key("sithiyamap")}, headers=_smh(app))


def sm_telemetry(app: App, rng: random.Random, fixes: list[Pt], fcat: str) -> Case:
    """Map telemetry (gzip JSON Lines): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "sithiyamap"), DID)
    recs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "ts": "2025-12-09T06:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "batt": L(71, DEV)}]
    recs += [{"ev": L("location", USAGE), "ts": f"2025-12-09T06:13:0{i}.210Z", "dev": did,
              "lat": L(la, fcat), "lng": L(lo, fcat), "hacc": 5.0}
             for i, (la, lo) in enumerate(fixes)]
    return lines(f"{app.fam}-sithiyamap", "https://events.sithiyamap.example.com/v1/batch", recs,
                 gz=True, headers={"User-Agent": "SithiyamapTelemetry/4.0.2",
                                   "X-Sithiyamap-Key": "sm_" + app.key("sithiyamap")})


def ck_message(app: App, rng: random.Random, text: Any, fields: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Chatkatha message: signed in, the user JWT the app's server signed rides in a JSON
    field (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"anonymousId": L(sdk_id(app, "chatkatha"), DID)}
    if user:
        contact["userJwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                  "name": L(NAME, NAMEC), "iat": 1765284100},
                                 "body", "contact.userJwt", acc)
    body: dict[str, Any] = {"appId": app.key("chatkatha"), "contact": contact,
                            "message": {"type": "text", "body": text}, "localId": rid(rng),
                            "customFields": fields,
                            "device": {"platform": "android", "os": L("Android 14", DEV),
                                       "model": L("Pixel 8", DEV), "appVersion": app.ver}}
    return add(case(f"{app.fam}-chatkatha", f"{CK}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ck_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "ckc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatkatha", f"{CK}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"localId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatkatha-Contact": L(sdk_id(app, "chatkatha"), DID),
                              "X-Chatkatha-Session": L(opaque(rng, "cks_", 40), CRED)})


__all__ = ["ck_attach", "ck_message", "cw_check", "cw_save", "pk_register", "pm_bank",
           "pm_card", "pm_confirm", "sm_geocode", "sm_reverse", "sm_route", "sm_telemetry",
           "tp_eval"]
