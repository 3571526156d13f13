"""Service SDKs of the eighty-eighth set, built once and called by every app with its own
choices: feature flags "Tutagate", push "Sanarwix", consent "Yardanest", payments "Biyagate",
maps "Taswirline" and support chat "Tallafidesk" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

TG = "https://flags.tutagate.example.com"
SX = "https://api.sanarwix.example.net"
YN = "https://consent.yardanest.example.org"
BG = "https://api.biyagate.example.com"
TW = "https://maps.taswirline.example.com"
TD = "https://chat.tallafidesk.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tg_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            query: bool = False) -> Case:
    """Tutagate's evaluation: the context key is the user ID (the install ID signed out);
    ``query`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                      "deviceModel": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "TutagateAndroid/2.3.0", "X-Tutagate-Key": "mob-" + app.key("tutagate")}
    url = f"{TG}/sdk/evalx"
    if query:
        acc: Acc = {}
        c = enc(ctx, "query", "ctx", "b64url", acc)
        return add(case(f"{app.fam}-tutagate", url, query={"ctx": c}, headers=h), acc)
    return case(f"{app.fam}-tutagate", url, body={"user": ctx}, headers=h)


def sx_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "ha") -> Case:
    """Sanarwix's device record (JSON): the FCM token, the SDK's device ID, the device,
    the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app": app.key("sanarwix"),
                            "device_id": L(sdk_id(app, "sanarwix"), DID),
                            "push_token": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L(lang, DEV), "tz": L("Africa/Lagos", DEV),
                            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "app_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if at is not None:
        body["last_location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                 "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-sanarwix", f"{SX}/v2/devices", body=body,
                headers={"User-Agent": L("Sanarwix/3.1.0 (Android 14; Pixel 8)", DEV)})


def sx_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (form): the SDK's device ID and the campaign."""
    return case(f"{app.fam}-sanarwix", f"{SX}/v2/opens", fmt="form", body={
        "app": app.key("sanarwix"), "device_id": L(sdk_id(app, "sanarwix"), DID),
        "campaign": campaign, "msg": opaque(rng, "m_", 12), "action": L("opened", USAGE)})


def yn_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            country: str = "NG", region: str = "KN") -> Case:
    """Yardanest's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "yardanest")
    acc: Acc = {}
    cookies = {"yn_receipt": sjwt({"iss": "yardanest", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765290000}, "cookie", "yn_receipt", acc)}
    return add(case(f"{app.fam}-yardanest", f"{YN}/v1/records", cookies=cookies, body={
        "property": app.key("yardanest"), "visitor_id": L(vid, DID), "purposes": purposes,
        "notice_version": 7, "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
        "user_agent": L(app.ua, DEV)}, headers={"User-Agent": L(app.ua, DEV)}), acc)


def yn_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-yardanest", f"{YN}/v1/status",
                query={"property": app.key("yardanest"), "hl": L("ha", DEV)},
                cookies={"yn_state": W({"vid": L(sdk_id(app, "yardanest"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _bgh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Biyagate-Android/2.8.3", "X-Request-Id": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _fp(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "biyagate"), DID)}


def bg_card(app: App, rng: random.Random) -> Case:
    """Biyagate's card tokenisation (a form with bracketed keys): card data and holder."""
    return case(f"{app.fam}-biyagate", f"{BG}/v1/tokens", fmt="form", body={
        "card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
        "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvv]": L(CARD2_CVC, PAY),
        "card[name]": L(NAME, NAMEC), "email": L(EMAIL, MAIL), **_fp(app)},
        headers=_bgh(rng))


def bg_momo(app: App, rng: random.Random, wallet: str, amount: str, ref: Any) -> Case:
    """A mobile-money charge (JSON): the wallet number, the amount, the merchant reference."""
    return case(f"{app.fam}-biyagate", f"{BG}/v1/charges/mobile-money", body={
        "amount": L(amount, BUY), "currency": "NGN", "wallet": L(wallet, PAY),
        "reference": ref, "customer": {"email": L(EMAIL, MAIL), "name": L(NAME, NAMEC)},
        "idempotency_key": rid(rng), **_fp(app)}, headers=_bgh(rng))


def bg_verify(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a charge with the OTP the bank sent (a form)."""
    ch = opaque(rng, "ch_", 20)
    return case(f"{app.fam}-biyagate", f"{BG}/v1/charges/{ch}/otp", fmt="form", body={
        "otp": L("448213", CRED), "amount": L(amount, BUY), **_fp(app)}, headers=_bgh(rng))


def _twh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"TaswirlineSDK/7.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def tw_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 4) -> Case:
    """Place search (GET): the typed text ``q`` (labelled ``cat``), biased by ``near``."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L("ha", DEV),
                         "key": "tw_" + app.key("taswirline")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-taswirline", f"{TW}/v2/search", query=q, headers=_twh(app))


def tw_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-taswirline", f"{TW}/v2/reverse/{seg}",
             query={"key": "tw_" + app.key("taswirline")}, headers=_twh(app))
    return at_path(c, seg, cat) if cat else c


def tw_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "auto") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-taswirline", f"{TW}/v2/route", body={
        "waypoints": pts, "profile": mode, "units": "metric", "locale": L("ha-NG", DEV)},
        query={"key": "tw_" + app.key("taswirline")}, headers=_twh(app))


def tw_tiles(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "taswirline"), DID)
    evs: list[dict[str, Any]] = [{"ev": L("map_load", USAGE), "ts": 1765352760118,
                                  "dev": did, "model": L("Pixel 8", DEV)}]
    evs += [{"ev": L("loc", USAGE), "ts": 1765352770118 + 1000 * i, "dev": did,
             "lat": L(la, cat), "lon": L(lo, cat), "acc": 9.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-taswirline", "https://ev.taswirline.example.com/v2/events",
                query={"key": "tw_" + app.key("taswirline")}, body=evs, gz=True,
                headers={"User-Agent": "TaswirlineEvents/7.4.1"})


def td_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               phone: Any = None) -> Case:
    """A Tallafidesk message: the identity token the app's server signed rides in a JSON
    field (a JWT: a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "tallafidesk"), DID),
                               "jwt": tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                           "name": L(NAME, NAMEC), "iat": 1765352702},
                                          "body", "contact.jwt", acc)}
    if phone is not None:
        contact["phone"] = phone
    body: dict[str, Any] = {"inbox": app.key("tallafidesk"), "contact": contact,
                            "message": {"text": text, "client_ref": rid(rng)},
                            "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-tallafidesk", f"{TD}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def td_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "tdc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-tallafidesk", f"{TD}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Tallafidesk-Contact": L(sdk_id(app, "tallafidesk"), DID),
                              "X-Tallafidesk-Session": L(opaque(rng, "tds_", 40), CRED)})


__all__ = ["bg_card", "bg_momo", "bg_verify", "sx_opened", "sx_register", "td_attach",
           "td_message", "tg_eval", "tw_reverse", "tw_route", "tw_search", "tw_tiles",
           "yn_check", "yn_save"]
