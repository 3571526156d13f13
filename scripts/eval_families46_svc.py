"""Service SDKs of the forty-sixth set, built once and called by every app with its own choices:
feature flags "Flagtern", push "Pushmeadow", consent "Consentreef", payments "Payquince", maps
"Tilefathom" and support chat "Helpmarlin" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
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
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FT = "https://sdk.flagtern.example.com"
PM = "https://api.pushmeadow.example.net"
CR = "https://consent.consentreef.example.org"
PQ = "https://api.payquince.example.com"
TF = "https://maps.tilefathom.example.com"
HM = "https://widget.helpmarlin.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ft_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagtern's evaluation: the targeting key is the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "attributes": {"appVersion": app.ver, "platform": "android",
                                          "osVersion": L("14", DEV),
                                          "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "Flagtern-Android/3.4.1",
                         "X-Flagtern-Key": "ftk_" + app.key("flagtern")}
    if hdr:
        h["X-Flagtern-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagtern", f"{FT}/v1/flags", headers=h)
    return case(f"{app.fam}-flagtern", f"{FT}/v1/flags/evaluate",
                body={"context": ctx, "flags": "all"}, headers=h)


def pm_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en-US",
                carrier: str = "Example Mobile") -> Case:
    """Pushmeadow's installation (PUT, JSON): the SDK's installation ID in the URL path, the FCM
    token, the device, the carrier, tags and (``at``) the last position at ``nd`` decimals."""
    inst = sdk_id(app, "pushmeadow")
    body: dict[str, Any] = {"pushToken": L(push_token(rng), DID), "platform": "fcm",
                            "locale": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L(carrier, CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                            "lng": L(round(at[1], nd), _cat(nd))}
    c = case(f"{app.fam}-pushmeadow", f"{PM}/v3/apps/{app.key('pushmeadow')}/installations/{inst}",
             body=body, headers={"User-Agent": "Pushmeadow-Android/5.2.0",
                                 "Authorization": "Key pmk_" + app.key("pushmeadow")})
    c.exchange = dataclasses.replace(c.exchange, method="PUT")
    return at_path(c, inst, DID)


def pm_open(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the installation ID, the message and campaign IDs."""
    return case(f"{app.fam}-pushmeadow", f"{PM}/v3/events/open", fmt="form", body={
        "installation": L(sdk_id(app, "pushmeadow"), DID), "message": opaque(rng, "msg_", 16),
        "campaign": campaign, "opened_at": "1765321020"},
        headers={"User-Agent": "Pushmeadow-Android/5.2.0"})


def cr_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Consentreef's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentreef")
    body: dict[str, Any] = {"property": app.key("consentreef"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7, "lang": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "collectedAt": 1765318012455}
    if user:
        body["subjectId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cr_receipt": sjwt({"iss": "consentreef", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "cr_receipt", acc)}
    return add(case(f"{app.fam}-consentreef", f"{CR}/api/v1/records", body=body,
                    cookies=cookies, headers={"User-Agent": L(app.ua, DEV)}), acc)


def cr_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentreef", f"{CR}/api/v1/state",
                query={"property": app.key("consentreef"), "lang": L("en", DEV)},
                cookies={"cr_state": W({"vid": L(sdk_id(app, "consentreef"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pqh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payquince-Android/6.1.3", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pq_pub_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "payquince-d"), DID),
            "radar[session]": sdk_id(app, "payquince-s")}


def pq_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP,
            country: str = "US") -> Case:
    """Payquince's card token (a form with bracketed keys): card data, holder, postal code
    and the SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(zip_, COARSE),
                            "card[address_country]": L(country, COARSE), **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payquince", f"{PQ}/v1/tokens", fmt="form", body=body,
                headers=_pqh(rng))


def pq_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-payquince", f"{PQ}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pqh(rng))


def pq_bank(app: App, rng: random.Random, *, clabe: str | None = None) -> Case:
    """A bank account for debits or payouts (a form): US routing and account numbers, or
    (``clabe``) a Mexican CLABE."""
    if clabe:
        acct: dict[str, Any] = {"bank_account[clabe]": L(clabe, PAY),
                                "bank_account[country]": "MX", "bank_account[currency]": "mxn"}
    else:
        acct = {"bank_account[routing_number]": L(ROUTING, PAY),
                "bank_account[account_number]": L(ACCOUNT, PAY),
                "bank_account[country]": "US", "bank_account[currency]": "usd"}
    return case(f"{app.fam}-payquince", f"{PQ}/v1/bank_accounts", fmt="form", body={
        **acct, "bank_account[account_holder_name]": L(NAME, NAMEC), **_pids(app)},
        headers=_pqh(rng))


def _tfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Tilefathom/9.6.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def tf_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "tf_" + app.key("tilefathom")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilefathom", f"{TF}/geocoding/v2/forward", query=q, headers=_tfh(app))


def tf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilefathom", f"{TF}/geocoding/v2/reverse/{seg}",
             query={"types": "address", "key": "tf_" + app.key("tilefathom")},
             headers=_tfh(app))
    return at_path(c, seg, cat) if cat else c


def tf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving", lang: str = "en-US") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilefathom", f"{TF}/directions/v2/route", body={
        "waypoints": wps, "profile": mode, "units": "imperial", "language": L(lang, DEV)},
        query={"key": "tf_" + app.key("tilefathom")}, headers=_tfh(app))


def tf_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilefathom"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T22:40:02.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(47, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T22:41:0{i}.330Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilefathom", "https://events.tilefathom.example.com/v1/events",
                query={"key": "tf_" + app.key("tilefathom")}, body=evs, gz=True,
                headers={"User-Agent": "TilefathomTelemetry/9.6.1"})


def hm_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Helpmarlin message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"device_id": L(sdk_id(app, "helpmarlin"), DID)}
    if user:
        contact["identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765318702},
                                  "body", "contact.identity", acc)
    if email is not None:
        contact["email"] = email
    body: dict[str, Any] = {"app_id": app.key("helpmarlin"), "contact": contact,
                            "message": {"body": text, "client_ref": rid(rng)},
                            "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-helpmarlin", f"{HM}/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hm_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hmc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpmarlin", f"{HM}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpmarlin-Device": L(sdk_id(app, "helpmarlin"), DID),
                              "X-Helpmarlin-Session": L(opaque(rng, "hms_", 40), CRED)})


__all__ = ["cr_check", "cr_save", "ft_eval", "hm_attach", "hm_message", "pm_open",
           "pm_register", "pq_bank", "pq_card", "pq_confirm", "tf_geocode", "tf_reverse",
           "tf_route", "tf_telemetry"]
