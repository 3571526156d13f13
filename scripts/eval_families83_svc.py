"""Service SDKs of the eighty-third set, built once and called by every app with its own
choices: feature flags "Flamurix", push "Njoftix", consent "Pelqimo", payments "Pagesor", maps
"Hartoli" and support chat "Ndihmoz" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FX = "https://flags.flamurix.example.com"
NJ = "https://api.njoftix.example.net"
PQ = "https://cmp.pelqimo.example.org"
PG = "https://api.pagesor.example.com"
HT = "https://api.hartoli.example.com"
ND = "https://chat.ndihmoz.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fx_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Flamurix's evaluation: the user ID as key, attributes; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID), "anonymous": False,
                           "custom": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlamurixAndroid/3.0.7",
                         "Authorization": "mob-" + app.key("flamurix")}
    url = f"{FX}/v1/eval"
    if hdr:
        h["X-Flamurix-User"] = W(ctx, "b64json")
        return case(f"{app.fam}-flamurix", url, headers=h)
    return case(f"{app.fam}-flamurix", url, body={"user": ctx}, headers=h)


def nj_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
                lang: str = "en") -> Case:
    """Njoftix's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, tags and (``at``) a last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("njoftix"),
                            "deviceId": L(sdk_id(app, "njoftix"), DID),
                            "pushToken": L(push_token(rng), DID), "type": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER),
                            "externalUserId": L(USER_ID, UID), "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-njoftix", f"{NJ}/v1/subscriptions", body=body,
                headers={"User-Agent": L("Njoftix-Android/4.3.0 (Android 14; Pixel 8)", DEV)})


def pq_save(app: App, rng: random.Random, purposes: dict[str, bool], *, country: str = "US",
            region: str = "NY") -> Case:
    """Pelqimo's consent record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "pelqimo")
    body: dict[str, Any] = {"property": app.key("pelqimo"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ua": L(app.ua, DEV)}
    acc: Acc = {}
    cookies = {"pq_receipt": sjwt({"iss": "pelqimo", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "pq_receipt", acc)}
    return add(case(f"{app.fam}-pelqimo", f"{PQ}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pq_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-pelqimo", f"{PQ}/v1/status",
                query={"property": app.key("pelqimo")},
                cookies={"pq_state": W({"vid": L(sdk_id(app, "pelqimo"), DID),
                                        "p": purposes}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pgh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Pagesor/Android 2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pgd(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "pagesor-d"), DID)}


def pg_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Pagesor's card token (a form with bracketed keys)."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pgd(app)}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-pagesor", f"{PG}/v1/tokens", fmt="form", body=body,
                headers=_pgh(rng))


def pg_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-pagesor", f"{PG}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pgd(app)},
                headers=_pgh(rng))


def pg_iban(app: App, rng: random.Random, iban: str, holder: str = NAME) -> Case:
    """A SEPA/IBAN payout account (a form): the IBAN and the holder."""
    return case(f"{app.fam}-pagesor", f"{PG}/v1/payout_accounts", fmt="form", body={
        "iban": L(iban, PAY), "holder_name": L(holder, NAMEC), "country": iban[:2],
        **_pgd(app)}, headers=_pgh(rng))


def _hth(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"HartoliSDK/5.1.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def ht_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text, biased by ``near`` (``lat,lon``)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "ht_" + app.key("hartoli")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-hartoli", f"{HT}/v2/geocode", query=q, headers=_hth(app))


def ht_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-hartoli", f"{HT}/v2/reverse/{seg}",
             query={"key": "ht_" + app.key("hartoli")}, headers=_hth(app))
    return at_path(c, seg, cat) if cat else c


def ht_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): ``points[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, c) if c else la, "lng": L(lo, c) if c else lo} for (la, lo), c in stops]
    return case(f"{app.fam}-hartoli", f"{HT}/v2/route", body={
        "points": pts, "profile": mode, "locale": L("en-US", DEV)},
        query={"key": "ht_" + app.key("hartoli")}, headers=_hth(app))


def ht_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load, then the last fixes."""
    did = L(sdk_id(app, "hartoli"), DID)
    evs: list[dict[str, Any]] = [{"ev": L("map.load", USAGE), "device": did,
                                  "model": L("Pixel 8", DEV), "battery": L(51, DEV)}]
    evs += [{"ev": L("map.position", USAGE), "device": did, "lat": L(la, cat),
             "lng": L(lo, cat), "acc": 7.0} for la, lo in fixes]
    return case(f"{app.fam}-hartoli", "https://t.hartoli.example.com/v2/events",
                query={"key": "ht_" + app.key("hartoli")}, body=evs, gz=True,
                headers={"User-Agent": "HartoliTelemetry/5.1.0"})


def nd_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               lang: str = "en") -> Case:
    """A Ndihmoz message: the identity JWT the app's server signed rides in a JSON field
    (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact = {"id": L(sdk_id(app, "ndihmoz"), DID),
               "jwt": tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                           "name": L(NAME, NAMEC), "iat": 1765321702},
                          "body", "contact.jwt", acc)}
    body = {"inbox": app.key("ndihmoz"), "contact": contact, "content": text,
            "echo_id": rid(rng), "custom_attributes": attrs,
            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                       "language": L(lang, DEV)}}
    return add(case(f"{app.fam}-ndihmoz", f"{ND}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def nd_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "ndc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-ndihmoz", f"{ND}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"echo_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Ndihmoz-Contact": L(sdk_id(app, "ndihmoz"), DID),
                              "X-Ndihmoz-Session": L(opaque(rng, "nds_", 40), CRED)})


__all__ = ["fx_eval", "ht_geocode", "ht_reverse", "ht_route", "ht_telemetry", "nd_attach",
           "nd_message", "nj_register", "pg_card", "pg_confirm", "pg_iban", "pq_check",
           "pq_save"]
