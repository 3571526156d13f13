"""Service SDKs of the seventy-fifth set, built once and called by every app with its own
choices: feature flags "Jhandilo", push "Pukaro", consent "Ijazatnama", payments "Adaigi", maps
"Naqshagar" and support chat "Madadgah" (fictional vendors, hosts under example.*)."""

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

JH = "https://flags.jhandilo.example.com"
PK = "https://api.pukaro.example.net"
IJ = "https://cmp.ijazatnama.example.org"
AD = "https://api.adaigi.example.com"
NQ = "https://api.naqshagar.example.com"
MD = "https://widget.madadgah.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def jh_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Jhandilo's evaluation: the user key is the user ID (the install ID signed out); ``hdr``
    sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("Android 14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "JhandiloAndroid/3.1.4",
                         "Authorization": "mob-" + app.key("jhandilo")}
    if hdr:
        h["X-Jhandilo-User"] = W(u, "b64json")
        return case(f"{app.fam}-jhandilo", f"{JH}/msdk/v3/flags", headers=h)
    return case(f"{app.fam}-jhandilo", f"{JH}/msdk/v3/evalx", body={"user": u}, headers=h)


def pk_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz_offset: int = -18000, lang: str = "en") -> Case:
    """Pukaro's device record (JSON): the FCM token, the SDK's player ID, the device and
    carrier, the zone offset in seconds, tags and (``at``) a last position at ``nd``."""
    body: dict[str, Any] = {"app_id": app.key("pukaro"), "device_type": 1,
                            "player_id": L(sdk_id(app, "pukaro"), DID),
                            "identifier": L(push_token(rng), DID),
                            "language": L(lang, DEV), "timezone": L(tz_offset, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "net_type": L(0, DEV),
                            "game_version": app.ver, "sdk": "050210", "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"] = L(round(at[0], nd), _cat(nd))
        body["long"] = L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-pukaro", f"{PK}/api/v1/players", body=body,
                headers={"User-Agent": L("Pukaro-Android/5.2.10 (Android 14; Pixel 8)", DEV)})


def ij_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Ijazatnama's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "ijazatnama")
    body: dict[str, Any] = {"property": app.key("ijazatnama"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "notice_version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "user_agent": L(app.ua, DEV), "recorded_at": 1765612233190}
    if user:
        body["account_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"ijz_receipt": sjwt({"iss": "ijazatnama", "sub": L(vid, DID),
                                    "granted": sorted(p for p, v in purposes.items() if v),
                                    "iat": 1765500000}, "cookie", "ijz_receipt", acc)}
    return add(case(f"{app.fam}-ijazatnama", f"{IJ}/v1/receipts", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ij_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check (GET): a base64 JSON cookie with the visitor and choices."""
    return case(f"{app.fam}-ijazatnama", f"{IJ}/v1/status",
                query={"property": app.key("ijazatnama"), "lang": L(lang, DEV)},
                cookies={"ijz_state": W({"vid": L(sdk_id(app, "ijazatnama"), DID),
                                         "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _adh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Adaigi/Android 3.7.2", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _aids(app: App) -> dict[str, Any]:
    return {"radar[device_id]": L(sdk_id(app, "adaigi-d"), DID),
            "radar[session]": sdk_id(app, "adaigi-s")}


def ad_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Adaigi's card token (a form with bracketed keys): card data, holder, ZIP and the SDK's
    device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_aids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-adaigi", f"{AD}/v1/tokens", fmt="form", body=body,
                headers=_adh(rng))


def ad_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-adaigi", f"{AD}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_aids(app)},
                headers=_adh(rng))


def _nqh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"NaqshagarSDK/4.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def nq_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en", country: str | None = None) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "nq_" + app.key("naqshagar")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    if country:
        q["country"] = L(country, COARSE)
    return case(f"{app.fam}-naqshagar", f"{NQ}/geocode/v2/search", query=q, headers=_nqh(app))


def nq_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-naqshagar", f"{NQ}/geocode/v2/reverse/{seg}",
             query={"types": "address,poi", "key": "nq_" + app.key("naqshagar")},
             headers=_nqh(app))
    return at_path(c, seg, cat) if cat else c


def nq_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "auto_rickshaw") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-naqshagar", f"{NQ}/directions/v2", body={
        "waypoints": wps, "profile": profile, "units": "metric", "alternatives": 1,
        "language": L("en-US", DEV)}, query={"key": "nq_" + app.key("naqshagar")},
        headers=_nqh(app))


def nq_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "naqshagar"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "at": "2025-12-18T08:40:11.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(61, DEV)}]
    evs += [{"ev": L("location", USAGE), "at": f"2025-12-18T08:41:0{i}.210Z", "device": did,
             "lat": L(la, cat), "lng": L(lo, cat), "acc": 7.5} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-naqshagar", "https://events.naqshagar.example.com/v2/batch",
                query={"key": "nq_" + app.key("naqshagar")}, body=evs, gz=True,
                headers={"User-Agent": "NaqshagarTelemetry/4.0.3"})


def md_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Madadgah message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    visitor: dict[str, Any] = {"id": L(sdk_id(app, "madadgah"), DID)}
    if user:
        visitor["user_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765612402},
                                  "body", "visitor.user_jwt", acc)
    if email is not None:
        visitor["email"] = email
    body: dict[str, Any] = {"widget_id": app.key("madadgah"), "visitor": visitor, "body": text,
                            "client_msg_id": rid(rng), "custom_attributes": attrs,
                            "device": {"platform": L("Android 14", DEV),
                                       "model": L("Pixel 8", DEV), "app_version": app.ver}}
    return add(case(f"{app.fam}-madadgah", f"{MD}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def md_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "mdc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-madadgah", f"{MD}/api/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Madadgah-Visitor": L(sdk_id(app, "madadgah"), DID),
                              "X-Madadgah-Session": L(opaque(rng, "mds_", 40), CRED)})


__all__ = ["ad_card", "ad_confirm", "ij_check", "ij_save", "jh_eval", "md_attach",
           "md_message", "nq_geocode", "nq_reverse", "nq_route", "nq_telemetry", "pk_register"]
