"""Service SDKs of the hundred-and-twenty-eighth set, built once and called by every app with its
own choices: feature flags "Switchbrae", push "Chimedonga", consent "Assentkraal", payments
"Tenderquay" (cards and mobile-money wallets), maps "Chartfell" and support chat "Helpthorn"
(fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, Acc, add, multipart, push_token, tok
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

SB = "https://flags.switchbrae.example.com"
CD = "https://push.chimedonga.example.net"
AK = "https://consent.assentkraal.example.org"
TQY = "https://api.tenderquay.example.com"
CF = "https://maps.chartfell.example.com"
HT = "https://widget.helpthorn.example.net"
Pt = tuple[float, float]
TZ = "Africa/Maseru"


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sb_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Switchbrae's evaluation: the subject key is the user ID (the install ID signed out);
    ``hdr`` sends the subject as base64 JSON in a header of a GET."""
    subj: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "anonymous": not user,
                            "custom": {"appVersion": app.ver, "platform": L("Android 14", DEV),
                                       "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "SwitchbraeAndroid/3.1.0",
                         "Authorization": "mob-" + app.key("switchbrae")}
    if hdr:
        h["X-Switchbrae-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-switchbrae", f"{SB}/v1/flags", headers=h)
    return case(f"{app.fam}-switchbrae", f"{SB}/v1/flags/evaluate", body={"subject": subj},
                headers=h)


def cd_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "en") -> Case:
    """Chimedonga's device record (JSON): the FCM token, the SDK's device ID, the device, the
    operator, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("chimedonga"),
                            "deviceId": L(sdk_id(app, "chimedonga"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(TZ, DEV),
                            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "simOperator": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-chimedonga", f"{CD}/api/v2/devices", body=body,
                headers={"User-Agent": L("Chimedonga/4.2.1 (Android 14; Pixel 8)", DEV)})


def ak_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Assentkraal's consent record (its visitor ID the device's; the country from the IP) with
    the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentkraal")
    body: dict[str, Any] = {"property": app.key("assentkraal"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L("LS", COARSE)}, "ua": L(app.ua, DEV),
                            "ts": 1765351633190}
    acc: Acc = {}
    cookies = {"ak_receipt": sjwt({"iss": "assentkraal", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "ak_receipt", acc)}
    return add(case(f"{app.fam}-assentkraal", f"{AK}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ak_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-assentkraal", f"{AK}/v1/status",
                query={"property": app.key("assentkraal"), "hl": L("en", DEV)},
                cookies={"ak_state": W({"vid": L(sdk_id(app, "assentkraal"), DID),
                                        "p": purposes, "nv": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tqh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tenderquay-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer tq_pub_" + opaque(rng, "", 24)}


def _fp(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "tenderquay-fp"), DID),
            "checkout_session": sdk_id(app, "tenderquay-cs")}


def tqy_card(app: App, rng: random.Random) -> Case:
    """Tenderquay's card token (a form with bracketed keys): card data and holder."""
    return case(f"{app.fam}-tenderquay", f"{TQY}/v1/tokens", fmt="form", body={
        "card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
        "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
        "card[name]": L(NAME, NAMEC), "email": L(EMAIL, MAIL), **_fp(app)}, headers=_tqh(rng))


def tqy_wallet(app: App, rng: random.Random, amount: str, ref: str) -> Case:
    """A mobile-money collection (JSON): the wallet is her number (E.164), the amount and the
    merchant's reference; the wallet PIN is entered on the operator's USSD prompt, not here."""
    return case(f"{app.fam}-tenderquay", f"{TQY}/v1/collections", body={
        "channel": "mobile_money", "msisdn": L(E164, f"{TEL}|{PAY}"),
        "amount": L(amount, BUY), "currency": "LSL", "reference": L(ref, BUY),
        "payer_name": L(NAME, NAMEC), **_fp(app)}, headers=_tqh(rng))


def tqy_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a card payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 20)
    return case(f"{app.fam}-tenderquay", f"{TQY}/v1/payments/{pi}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{pi}_sec_", 20), CRED),
        "payment_method": L(opaque(rng, "pm_", 20), PAY), "amount": L(amount, BUY),
        "currency": "lsl", **_fp(app)}, headers=_tqh(rng))


def _cfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"ChartfellSDK/8.4.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def cf_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``near`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "country": "ls",
                         "key": "cf_" + app.key("chartfell")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-chartfell", f"{CF}/geocode/v2/search", query=q, headers=_cfh(app))


def cf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-chartfell", f"{CF}/geocode/v2/reverse/{seg}",
             query={"types": "address,locality", "key": "cf_" + app.key("chartfell")},
             headers=_cfh(app))
    return at_path(c, seg, cat) if cat else c


def cf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-chartfell", f"{CF}/directions/v2", body={
        "waypoints": wps, "profile": profile, "units": "metric", "lang": L("en-LS", DEV)},
        query={"key": "cf_" + app.key("chartfell")}, headers=_cfh(app))


def cf_tiles(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "chartfell"), DID)
    evs: list[dict[str, Any]] = [{
        "kind": L("map_load", USAGE), "t": "2025-12-10T08:02:11.118Z", "sdkDevice": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lowPower": L(True, DEV)}]
    evs += [{"kind": L("fix", USAGE), "t": f"2025-12-10T08:02:1{i}.300Z", "sdkDevice": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hAcc": 8.5} for i, (la, lo) in
            enumerate(fixes)]
    return case(f"{app.fam}-chartfell", "https://events.chartfell.example.com/v1/batch",
                query={"key": "cf_" + app.key("chartfell")}, body=evs, gz=True,
                headers={"User-Agent": "ChartfellTelemetry/8.4.0"})


def ht_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Helpthorn message: signed in, the user hash JWT the app's server signed rides in a
    JSON field (a credential: it lets its bearer act as her in the widget; claims labelled)."""
    acc: Acc = {}
    who: dict[str, Any] = {"deviceKey": L(sdk_id(app, "helpthorn"), DID)}
    if user:
        who["userJwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                              "name": L(NAME, NAMEC), "iat": 1765351702},
                             "body", "contact.userJwt", acc)
    body: dict[str, Any] = {"inbox": app.key("helpthorn"), "contact": who, "body": text,
                            "clientMsgId": rid(rng), "customAttributes": attrs,
                            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                    "appVersion": app.ver}}
    return add(case(f"{app.fam}-helpthorn", f"{HT}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ht_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "htc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpthorn", f"{HT}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpthorn-Device": L(sdk_id(app, "helpthorn"), DID),
                              "X-Helpthorn-Session": L(opaque(rng, "hts_", 40), CRED)})


__all__ = ["ak_check", "ak_save", "cd_register", "cf_geocode", "cf_reverse", "cf_route",
           "cf_tiles", "ht_attach", "ht_message", "sb_eval", "tqy_card", "tqy_confirm",
           "tqy_wallet"]
