"""Service SDKs of the hundred-and-nineteenth set, built once and called by every app with its own
choices: feature flags "Flagsorrel", push "Pushlinnet", consent "Consentquay", payments
"Paymossel" (cards and SEPA mandates), maps "Tilebramble" and support chat "Chatlupin"
(fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families119_kit import HOME, IBAN
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
ADDR, BUY = "contact.address", "financial.purchase"

FS = "https://flags.flagsorrel.example.com"
PN = "https://api.pushlinnet.example.net"
CQ = "https://consent.consentquay.example.org"
PM = "https://api.paymossel.example.com"
TB = "https://maps.tilebramble.example.com"
CH = "https://widget.chatlupin.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fs_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagsorrel's evaluation: ``targetingKey`` the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "appVersion": app.ver, "platform": L("android 14", DEV),
                           "deviceModel": L("Pixel 8", DEV), **attrs}
    h: dict[str, Any] = {"User-Agent": "Flagsorrel-Kotlin/0.9.7",
                         "X-Flagsorrel-Client": "fsc-" + app.key("flagsorrel")}
    if hdr:
        h["X-Flagsorrel-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagsorrel", f"{FS}/v1/flags", headers=h)
    return case(f"{app.fam}-flagsorrel", f"{FS}/v1/flags/evaluate", body={"context": ctx},
                headers=h)


def pn_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "en") -> Case:
    """Pushlinnet's subscription (JSON): the FCM token, its device ID, the device, tags and
    (``at``) a last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app": app.key("pushlinnet"),
                            "subscriber": L(sdk_id(app, "pushlinnet"), DID),
                            "fcm_token": L(push_token(rng), DID), "lang": L(lang, DEV),
                            "tz": L("Europe/Paris", DEV), "device": L("Pixel 8", DEV),
                            "os": L("Android 14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "app_version": app.ver, "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["gaid"] = L(GAID, "id.advertising")
    if at is not None:
        body["last_location"] = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
        body["last_location"] = L(body["last_location"], _cat(nd))
    return case(f"{app.fam}-pushlinnet", f"{PN}/v3/subscribers", body=body,
                headers={"User-Agent": L("Pushlinnet/4.2.0 (Android 14; Pixel 8)", DEV)})


def pn_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the subscriber and the campaign (a negative)."""
    return case(f"{app.fam}-pushlinnet", f"{PN}/v3/opens", fmt="form", body={
        "app": app.key("pushlinnet"), "subscriber": L(sdk_id(app, "pushlinnet"), DID),
        "campaign": campaign, "action": L("opened", USAGE), "ts": "1765264100"})


def cq_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "FR") -> Case:
    """Consentquay's record (its visitor ID the device's; the country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentquay")
    body: dict[str, Any] = {"property": app.key("consentquay"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "vendor_list": 131,
                            "geo": {"country": L(country, COARSE)}, "lang": L("fr", DEV),
                            "ts": 1765263633190}
    if user:
        body["account_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cq_receipt": sjwt({"iss": "consentquay", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "cq_receipt", acc)}
    return add(case(f"{app.fam}-consentquay", f"{CQ}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cq_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentquay", f"{CQ}/v1/status",
                query={"property": app.key("consentquay"), "lang": L("fr", DEV)},
                cookies={"cq_state": W({"vid": L(sdk_id(app, "consentquay"), DID),
                                        "p": purposes, "v": 131}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymossel-Android/2.7.3", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "paymossel-d"), DID),
            "radar[session]": sdk_id(app, "paymossel-s")}


def pm_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paymossel's card token (a form, bracketed keys): card data, holder, postcode, the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_postal_code]": L(HOME["plz"], COARSE),
                            "card[address_country]": L("FR", COARSE), **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymossel", f"{PM}/v1/tokens", fmt="form", body=body,
                headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str, currency: str = "eur") -> Case:
    """Confirming a payment intent (a form): the client secret, the method, the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paymossel", f"{PM}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pmh(rng))


def pm_sepa(app: App, rng: random.Random) -> Case:
    """A SEPA direct-debit mandate (a form): the IBAN, the holder, her e-mail and address."""
    return case(f"{app.fam}-paymossel", f"{PM}/v1/payment_methods", fmt="form", body={
        "type": "sepa_debit", "sepa_debit[iban]": L(IBAN, PAY),
        "billing_details[name]": L(NAME, NAMEC), "billing_details[email]": L(EMAIL, MAIL),
        "billing_details[address][line1]": L(HOME["strooss"], ADDR),
        "billing_details[address][postal_code]": L(HOME["plz"], COARSE),
        "billing_details[address][city]": L(HOME["uertschaft"], COARSE),
        "mandate[accepted_at]": "1765263711", **_pids(app)}, headers=_pmh(rng))


def _tbh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Tilebramble/8.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def tb_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "fr") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "tb_" + app.key("tilebramble")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilebramble", f"{TB}/geocode/v1/search", query=q, headers=_tbh(app))


def tb_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilebramble", f"{TB}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "tb_" + app.key("tilebramble")},
             headers=_tbh(app))
    return at_path(c, seg, cat) if cat else c


def tb_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i]`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilebramble", f"{TB}/directions/v1/route", body={
        "waypoints": wps, "profile": profile, "alternatives": False,
        "language": L("fr-FR", DEV)}, query={"key": "tb_" + app.key("tilebramble")},
        headers=_tbh(app))


def tb_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a style load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilebramble"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("style_loaded", USAGE), "t": "2025-12-09T07:12:40.118Z", "sdk_device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "charging": L(False, DEV)}]
    evs += [{"ev": L("position", USAGE), "t": f"2025-12-09T07:13:0{i}.210Z", "sdk_device": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 8.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilebramble", "https://events.tilebramble.example.com/v1/ingest",
                query={"key": "tb_" + app.key("tilebramble")}, body=evs, gz=True,
                headers={"User-Agent": "TilebrambleTelemetry/8.4.1"})


def ch_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Chatlupin message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"device_id": L(sdk_id(app, "chatlupin"), DID)}
    if user:
        contact["user_jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765263702},
                                  "body", "contact.user_jwt", acc)
    body: dict[str, Any] = {"app_id": app.key("chatlupin"), "contact": contact,
                            "message": {"body": text, "client_ref": rid(rng)},
                            "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "locale": L("en_LU", DEV)}}
    return add(case(f"{app.fam}-chatlupin", f"{CH}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ch_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "clc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatlupin", f"{CH}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatlupin-Device": L(sdk_id(app, "chatlupin"), DID),
                              "X-Chatlupin-Session": L(opaque(rng, "cls_", 40), CRED)})


__all__ = ["ch_attach", "ch_message", "cq_save", "cq_status", "fs_eval", "pm_card", "pm_confirm",
           "pm_sepa", "pn_opened", "pn_register", "tb_geocode", "tb_reverse", "tb_route",
           "tb_telemetry"]
