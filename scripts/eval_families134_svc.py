"""Service SDKs of the hundred-and-thirty-fourth set, built once and called by every app with its
own choices: feature flags "Flagmlombwa", push "Pingnjovu", consent "Consentmbidzi", payments
"Coinmalambe" (cards, mobile money), maps "Mapkachere" and support chat "Helpchitenje"
(fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families134_kit import MW_ACCOUNT
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

FM = "https://flags.flagmlombwa.example.net"
PN = "https://api.pingnjovu.example.com"
CZ = "https://cmp.consentmbidzi.example.org"
CM = "https://api.coinmalambe.example.com"
MK = "https://api.mapkachere.example.net"
HC = "https://chat.helpchitenje.example.org"
TZ = "Africa/Blantyre"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fm_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Flagmlombwa's evaluation: the targeting key is the user ID; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID),
                           "custom": {"appVersion": app.ver, "os": L("android 14", DEV),
                                      "model": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "flagmlombwa-android/1.4.2",
                         "X-Flagmlombwa-Sdk-Key": "sdk_" + app.key("flagmlombwa")}
    if hdr:
        h["X-Flagmlombwa-User"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagmlombwa", f"{FM}/sdk/v2/flags", headers=h)
    return case(f"{app.fam}-flagmlombwa", f"{FM}/sdk/v2/evaluate", body=ctx, headers=h)


def pn_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en") -> Case:
    """Pingnjovu's subscriber record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pingnjovu"),
                            "deviceId": L(sdk_id(app, "pingnjovu"), DID),
                            "fcmToken": L(push_token(rng), DID), "language": L(lang, DEV),
                            "timeZone": L(TZ, DEV), "deviceModel": L("Pixel 8", DEV),
                            "osVersion": L("14", DEV),
                            "carrierName": L("Example Mobile", CARRIER),
                            "appVersion": app.ver, "externalId": L(USER_ID, UID),
                            "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingnjovu", f"{PN}/v2/devices", body=body,
                headers={"User-Agent": L("Pingnjovu/3.8.0 (Android 14; Pixel 8)", DEV)})


def cz_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Consentmbidzi's record (its visitor ID the device's; the country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentmbidzi")
    body: dict[str, Any] = {"property": app.key("consentmbidzi"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 4, "country": L("MW", COARSE),
                            "userAgent": L(app.ua, DEV), "userId": L(USER_ID, UID),
                            "at": 1765322210301}
    acc: Acc = {}
    cookies = {"cz_receipt": sjwt({"iss": "consentmbidzi", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765210400}, "cookie", "cz_receipt", acc)}
    return add(case(f"{app.fam}-consentmbidzi", f"{CZ}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cz_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentmbidzi", f"{CZ}/v1/state",
                query={"property": app.key("consentmbidzi"), "hl": L("en", DEV)},
                cookies={"cz_state": W({"vid": L(sdk_id(app, "consentmbidzi"), DID),
                                        "p": purposes, "v": 4}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _cmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinmalambe-Android/1.12.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _cids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "coinmalambe-d"), DID),
            "sdk_session": sdk_id(app, "coinmalambe-s")}


def cm_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Coinmalambe's card token (a form, bracketed keys): card data, holder, the device ref."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": L("US", COARSE),
                            **_cids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinmalambe", f"{CM}/v1/tokens", fmt="form", body=body,
                headers=_cmh(rng))


def cm_confirm(app: App, rng: random.Random, amount: str, currency: str = "mwk") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-coinmalambe", f"{CM}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_cids(app)},
                headers=_cmh(rng))


def cm_wallet(app: App, rng: random.Random, amount: str, msisdn: Any, *,
              bank: bool = False) -> Case:
    """A mobile-money collection or payout (JSON): the wallet's number, the amount (and, with
    ``bank``, the bank account it settles to)."""
    body: dict[str, Any] = {"wallet": {"msisdn": msisdn, "network": "mw_momo"},
                            "amount": L(amount, BUY), "currency": "MWK",
                            "reference": rid(rng), **_cids(app)}
    if bank:
        body["settle_to"] = {"account": L(MW_ACCOUNT, PAY), "bank": "Example Bank Malawi"}
    return case(f"{app.fam}-coinmalambe", f"{CM}/v1/mobile_money/collections", body=body,
                headers=_cmh(rng))


def _mkh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapkachere/2.9.4 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mk_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``text`` (labelled ``cat``), biased by
    ``focus`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"text": L(text, cat), "size": "5", "lang": L("en", DEV),
                         "api_key": "mk_" + app.key("mapkachere")}
    if near is not None:
        q["focus"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapkachere", f"{MK}/v1/search", query=q, headers=_mkh(app))


def mk_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapkachere", f"{MK}/v1/reverse/{seg}",
             query={"layers": "address,locality", "api_key": "mk_" + app.key("mapkachere")},
             headers=_mkh(app))
    return at_path(c, seg, cat) if cat else c


def mk_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``locations[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapkachere", f"{MK}/v1/route", body={
        "locations": wps, "costing": mode, "units": "kilometers", "language": L("en-MW", DEV)},
        query={"api_key": "mk_" + app.key("mapkachere")}, headers=_mkh(app))


def mk_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapkachere"), DID)
    evs: list[dict[str, Any]] = [{
        "kind": L("map.load", USAGE), "t": "2025-12-10T06:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"kind": L("loc", USAGE), "t": f"2025-12-10T06:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lon": L(lo, cat), "acc": 11.0} for i, (la, lo) in
            enumerate(fixes)]
    return case(f"{app.fam}-mapkachere", "https://events.mapkachere.example.net/v1/batch",
                query={"api_key": "mk_" + app.key("mapkachere")}, body=evs, gz=True,
                headers={"User-Agent": "MapkachereTelemetry/2.9.4"})


def hc_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Helpchitenje message: the identity token the app's server signed rides in a JSON field
    (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    visitor: dict[str, Any] = {"id": L(sdk_id(app, "helpchitenje"), DID),
                               "identity_token": tok({"sub": L(USER_ID, UID),
                                                      "email": L(EMAIL, MAIL),
                                                      "name": L(NAME, NAMEC), "iat": 1765322301},
                                                     "body", "visitor.identity_token", acc)}
    body: dict[str, Any] = {"inbox": app.key("helpchitenje"), "visitor": visitor,
                            "message": text, "client_ref": rid(rng), "attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app": app.ver}}
    return add(case(f"{app.fam}-helpchitenje", f"{HC}/api/v2/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hc_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hcc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpchitenje", f"{HC}/api/v2/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-HC-Visitor": L(sdk_id(app, "helpchitenje"), DID),
                              "X-HC-Session": L(opaque(rng, "hcs_", 40), CRED)})


__all__ = ["cm_card", "cm_confirm", "cm_wallet", "cz_check", "cz_save", "fm_eval", "hc_attach",
           "hc_message", "mk_geocode", "mk_reverse", "mk_route", "mk_telemetry", "pn_register"]
