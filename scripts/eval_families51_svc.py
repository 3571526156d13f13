"""Service SDKs of the fifty-first set, built once and called by every app with its own
choices: feature flags "Flagspire", push "Pushkettle", consent "Consentgrove", payments
"Payquarry", maps "Mapthistle" and support chat "Askfinch" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FS = "https://sdk.flagspire.example.com"
PK = "https://api.pushkettle.example.net"
CG = "https://cmp.consentgrove.example.org"
PQ = "https://api.payquarry.example.com"
MT = "https://api.mapthistle.example.com"
AF = "https://widget.askfinch.example.net"
IBAN_IT = "IT60X0542811101000000123456"  # the standard's published Italian example IBAN
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fs_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagspire's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("Android 14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "FlagspireAndroid/3.4.0",
                         "Authorization": "fsm-" + app.key("flagspire")}
    if hdr:
        h["X-Flagspire-User"] = W(u, "b64json")
        return case(f"{app.fam}-flagspire", f"{FS}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-flagspire", f"{FS}/msdk/evalx/context", body={"user": u},
                headers=h)


def _pkh() -> dict[str, Any]:
    return {"User-Agent": L("Pushkettle/4.2.0 (Android 14; Pixel 8)", DEV)}


def pk_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pushkettle's subscription (JSON): the FCM token, the SDK's player ID, device, carrier,
    tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pushkettle"),
                            "player_id": L(sdk_id(app, "pushkettle"), DID),
                            "identifier": L(push_token(rng), DID), "device_type": 1,
                            "language": L(lang, DEV), "timezone_id": L(tz, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "game_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"] = L(round(at[0], nd), _cat(nd))
        body["long"] = L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-pushkettle", f"{PK}/v1/players", body=body, headers=_pkh())


def pk_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the player ID and the open are the user's."""
    return case(f"{app.fam}-pushkettle", f"{PK}/v1/notifications/{opaque(rng, 'n', 12)}",
                fmt="form", body={"app_id": app.key("pushkettle"),
                                  "player_id": L(sdk_id(app, "pushkettle"), DID),
                                  "event": L("opened", USAGE), "campaign": campaign},
                headers=_pkh())


def cg_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Consentgrove's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentgrove")
    body: dict[str, Any] = {"property": app.key("consentgrove"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "version": 7, "lang": L(lang, DEV),
                            "location": {"country": L(country, COARSE),
                                         "region": L(region, COARSE)},
                            "user_agent": L(app.ua, DEV), "ts": 1765319633190}
    if user:
        body["account_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cg_receipt": sjwt({"iss": "consentgrove", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "cg_receipt", acc)}
    return add(case(f"{app.fam}-consentgrove", f"{CG}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cg_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's banner check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentgrove", f"{CG}/v1/banner",
                query={"property": app.key("consentgrove"), "hl": L("en", DEV)},
                cookies={"cg_state": W({"vid": L(sdk_id(app, "consentgrove"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pqh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payquarry/Android 6.1.2", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pq_pub_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device[fingerprint]": L(sdk_id(app, "payquarry-d"), DID),
            "device[session]": sdk_id(app, "payquarry-s")}


def pq_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP) -> Case:
    """Payquarry's card token (a form with bracketed keys): card data, holder, postcode and
    the SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[postal_code]": L(zip_, COARSE),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payquarry", f"{PQ}/v2/tokens", fmt="form", body=body,
                headers=_pqh(rng))


def pq_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-payquarry", f"{PQ}/v2/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_cs_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pqh(rng))


def pq_sepa(app: App, rng: random.Random) -> Case:
    """A SEPA direct-debit mandate (a form): the IBAN, the holder and her e-mail."""
    return case(f"{app.fam}-payquarry", f"{PQ}/v2/mandates", fmt="form", body={
        "sepa_debit[iban]": L(IBAN_IT, PAY), "billing[name]": L(NAME, NAMEC),
        "billing[email]": L(EMAIL, MAIL), "mandate[accepted]": "1", **_pids(app)},
        headers=_pqh(rng))


def _mth(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapthistle/9.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mt_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``), biased by ``proximity``
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "mt_" + app.key("mapthistle")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapthistle", f"{MT}/geocode/v1/search", query=q, headers=_mth(app))


def mt_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapthistle", f"{MT}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "mt_" + app.key("mapthistle")}, headers=_mth(app))
    return at_path(c, seg, cat) if cat else c


def mt_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapthistle", f"{MT}/directions/v1/{profile}", body={
        "waypoints": wps, "units": "imperial", "alternatives": False},
        query={"key": "mt_" + app.key("mapthistle")}, headers=_mth(app))


def mt_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapthistle"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T22:12:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(61, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T22:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapthistle", "https://events.mapthistle.example.com/v2/batch",
                query={"key": "mt_" + app.key("mapthistle")}, body=evs, gz=True,
                headers={"User-Agent": "MapthistleTelemetry/9.0.3"})


def af_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """An Askfinch message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"device_id": L(sdk_id(app, "askfinch"), DID)}
    if user:
        person["user_jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                  "name": L(NAME, NAMEC), "iat": 1765319702},
                                 "body", "person.user_jwt", acc)
    if email is not None:
        person["email"] = email
    body: dict[str, Any] = {"app_key": app.key("askfinch"), "person": person, "body": text,
                            "local_id": rid(rng), "custom": attrs,
                            "client": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-askfinch", f"{AF}/v3/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def af_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "afc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-askfinch", f"{AF}/v3/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"local_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askfinch-Device": L(sdk_id(app, "askfinch"), DID),
                              "X-Askfinch-Session": L(opaque(rng, "afs_", 40), CRED)})


__all__ = ["IBAN_IT", "af_attach", "af_message", "cg_save", "cg_status", "fs_eval", "mt_geocode",
           "mt_reverse", "mt_route", "mt_telemetry", "pk_opened", "pk_register", "pq_card",
           "pq_confirm", "pq_sepa"]
