"""Service SDKs of the ninety-seventh set, built once and called by every app with its own
choices: feature flags "Baneris", push "Pingwyn", consent "Caniatly", payments "Talumint", maps
"Tirluna" and support chat "Sgwrsly" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families97_kit import CY_POSTCODE, SORT_CODE, UK_ACCT
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

BN = "https://flags.baneris.example.com"
PW = "https://api.pingwyn.example.net"
CN = "https://cmp.caniatly.example.org"
TM = "https://api.talumint.example.com"
TL = "https://maps.tirluna.example.com"
SG = "https://widget.sgwrsly.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def bn_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Baneris's evaluation: the subject is the user ID (the install ID signed out); ``hdr``
    sends the subject as base64 JSON in a header of a GET."""
    subj: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "anonymous": not user,
                            "custom": {"appVersion": app.ver, "platform": L("Android 14", DEV),
                                       "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "BanerisAndroid/3.1.0",
                         "Authorization": "mob-" + app.key("baneris")}
    url = f"{BN}/v1/flags/evaluate"
    if hdr:
        h["X-Baneris-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-baneris", url, headers=h)
    return case(f"{app.fam}-baneris", url, body={"subject": subj, "flags": "all"}, headers=h)


def pw_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en") -> Case:
    """Pingwyn's subscriber record: the FCM token, the SDK's device ID, the device, carrier,
    the user ID, tags and (``at``) a last position at ``nd`` decimals."""
    body: dict[str, Any] = {"app": app.key("pingwyn"), "device": L(sdk_id(app, "pingwyn"), DID),
                            "push_token": L(push_token(rng), DID), "channel": "fcm",
                            "lang": L(lang, DEV), "tz": L("Europe/London", DEV),
                            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "app_version": app.ver,
                            "external_user_id": L(USER_ID, UID), "tags": tags or {}}
    if at is not None:
        body["last_location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                 "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingwyn", f"{PW}/v2/subscribers", body=body,
                headers={"User-Agent": L("Pingwyn/5.2.0 (Android 14; Pixel 8)", DEV)})


def cn_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Caniatly's consent record (visitor ID, choices, the country and region from the IP) with
    the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "caniatly")
    body: dict[str, Any] = {"property": app.key("caniatly"), "visitor": L(vid, DID),
                            "purposes": purposes, "notice": 7, "lang": L("cy", DEV),
                            "geo": {"country": L("GB", COARSE), "region": L("WLS", COARSE)},
                            "ua": L(app.ua, DEV)}
    if user:
        body["account"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cn_receipt": sjwt({"iss": "caniatly", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765300000}, "cookie", "cn_receipt", acc)}
    return add(case(f"{app.fam}-caniatly", f"{CN}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cn_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-caniatly", f"{CN}/v1/status",
                query={"property": app.key("caniatly"), "lang": L("en", DEV)},
                cookies={"cn_state": W({"vid": L(sdk_id(app, "caniatly"), DID),
                                        "p": purposes, "n": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Talumint-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _tids(app: App) -> dict[str, Any]:
    return {"device_id": L(sdk_id(app, "talumint-d"), DID), "muid": sdk_id(app, "talumint-m")}


def tm_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Talumint's card token (bracketed form keys): card data, holder, postcode, device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_postal_code]": L(CY_POSTCODE, COARSE),
                            "card[address_country]": L("GB", COARSE), **_tids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-talumint", f"{TM}/v1/tokens", fmt="form", body=body,
                headers=_tmh(rng))


def tm_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a charge (a form): the client secret, the payment method, the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-talumint", f"{TM}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 20), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": "gbp", **_tids(app)},
                headers=_tmh(rng))


def tm_debit(app: App, rng: random.Random) -> Case:
    """A UK Direct Debit mandate or payout account (a form): sort code and account number."""
    return case(f"{app.fam}-talumint", f"{TM}/v1/bank_accounts", fmt="form", body={
        "bank_account[sort_code]": L(SORT_CODE, PAY),
        "bank_account[account_number]": L(UK_ACCT, PAY), "bank_account[country]": "GB",
        "bank_account[holder_name]": L(NAME, NAMEC), **_tids(app)}, headers=_tmh(rng))


def _tlh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"TirlunaSDK/8.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def tl_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): typed ``q`` (labelled ``cat``), biased by ``near`` ``lat,lon``."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "country": "gb",
                         "key": "tl_" + app.key("tirluna")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tirluna", f"{TL}/geocode/v1/search", query=q, headers=_tlh(app))


def tl_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tirluna", f"{TL}/geocode/v1/reverse/{seg}",
             query={"key": "tl_" + app.key("tirluna"), "lang": L("cy", DEV)}, headers=_tlh(app))
    return at_path(c, seg, cat) if cat else c


def tl_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): ``points[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tirluna", f"{TL}/route/v1", body={
        "points": pts, "profile": mode, "units": "mi", "locale": L("en-GB", DEV)},
        query={"key": "tl_" + app.key("tirluna")}, headers=_tlh(app))


def tl_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tirluna"), DID)
    evs: list[dict[str, Any]] = [{"ev": L("map.load", USAGE), "t": "2025-12-10T18:12:40Z",
                                  "sdkDevice": did, "model": L("Pixel 8", DEV),
                                  "os": L("Android 14", DEV)}]
    evs += [{"ev": L("loc", USAGE), "t": f"2025-12-10T18:13:0{i}Z", "sdkDevice": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tirluna", "https://tm.tirluna.example.com/v1/events",
                query={"key": "tl_" + app.key("tirluna")}, body=evs, gz=True,
                headers={"User-Agent": "TirlunaTelemetry/8.4.1"})


def sg_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Sgwrsly message: the identity token the app's server signed rides in a JSON field (a
    JWT: a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "sgwrsly"), DID),
                               "jwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                           "name": L(NAME, NAMEC), "iat": 1765391702},
                                          "body", "contact.jwt", acc)}
    body: dict[str, Any] = {"widget": app.key("sgwrsly"), "contact": contact, "body": text,
                            "client_msg_id": rid(rng), "custom": attrs,
                            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                    "app": app.ver, "lang": L("en-GB", DEV)}}
    return add(case(f"{app.fam}-sgwrsly", f"{SG}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def sg_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "sgc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-sgwrsly", f"{SG}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Sgwrsly-Contact": L(sdk_id(app, "sgwrsly"), DID),
                              "X-Sgwrsly-Session": L(opaque(rng, "sgs_", 40), CRED)})


__all__ = ["bn_eval", "cn_check", "cn_save", "pw_register", "sg_attach", "sg_message",
           "tl_geocode", "tl_reverse", "tl_route", "tl_telemetry", "tm_card", "tm_confirm",
           "tm_debit"]
