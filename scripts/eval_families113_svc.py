"""Service SDKs of the hundred-and-thirteenth set, built once and called by every app with its own
choices: feature flags "Toggleslate", push "Nudgeosprey", consent "Consentwharf", payments
"Tillbloom", maps "Tilequince" and support chat "Parleywick" (fictional vendors, hosts under
example.*). Shapes follow set 37's vendors with other keys and paths: the flag subject goes in a
JSON body or as base64 JSON in a header of a GET, the consent proof is a signed JWT cookie and the
web view's state a base64 JSON cookie, the card and bank forms use bracketed keys, reverse
geocoding takes ``lat,lon`` in the path, the chat's identity JWT rides in ``user.jwt``."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families113_kit import HOME, LA_ACCOUNT, LA_NET, TZ
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

TG = "https://flags.toggleslate.example.com"
NO = "https://push.nudgeosprey.example.net"
CW = "https://consent.consentwharf.example.org"
TB = "https://api.tillbloom.example.com"
TQ = "https://api.tilequince.example.com"
PK = "https://widget.parleywick.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tg_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Toggleslate's evaluation: the subject is the user ID (the install ID signed out);
    ``hdr`` sends the subject as base64 JSON in a request header of a GET."""
    subj: dict[str, Any] = {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "type": "user" if user else "install",
                            "properties": {"appVersion": app.ver, "platform": "android",
                                           "deviceModel": L("Pixel 8", DEV),
                                           "osVersion": L("14", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "Toggleslate-Android/3.4.1",
                         "Authorization": "Api-Key tgs_" + app.key("toggleslate")}
    if hdr:
        h["X-Toggleslate-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-toggleslate", f"{TG}/api/v3/flags", headers=h)
    return case(f"{app.fam}-toggleslate", f"{TG}/api/v3/evaluate", headers=h,
                body={"environment": "production", "subject": subj})


def no_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = TZ, lang: str = "en", carrier: str = LA_NET) -> Case:
    """Nudgeosprey's installation (JSON, camelCase): its installation ID, the FCM token, the
    device, the network's carrier, tags and (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"installationId": L(sdk_id(app, "nudgeosprey"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "device": {"model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                                       "language": L(lang, DEV), "timezone": L(tz, DEV)},
                            "network": {"carrier": L(carrier, CARRIER)},
                            "appVersion": app.ver, "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-nudgeosprey", f"{NO}/v1/apps/{app.key('nudgeosprey')}/installations",
                body=body, headers={"User-Agent": L("Nudgeosprey/4.2.0 (Android 14; Pixel 8)",
                                                    DEV)})


def cw_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "LA", region: str = "VT") -> Case:
    """Consentwharf's consent record (its subject ID the device's; country and region from the
    IP) with the previous signed proof in a cookie (a JWT that opens nothing)."""
    sid = sdk_id(app, "consentwharf")
    body: dict[str, Any] = {"property": app.key("consentwharf"), "subjectId": L(sid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "recordedAt": 1765333633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cw_proof": sjwt({"iss": "consentwharf", "sub": L(sid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765200000}, "cookie", "cw_proof", acc)}
    return add(case(f"{app.fam}-consentwharf", f"{CW}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cw_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's state check: a base64 JSON cookie with the subject ID and choices."""
    return case(f"{app.fam}-consentwharf", f"{CW}/v1/state",
                query={"property": app.key("consentwharf"), "lang": L("en", DEV)},
                cookies={"cw_state": W({"s": L(sdk_id(app, "consentwharf"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tbh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tillbloom-Android/9.1.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer tb_pub_" + opaque(rng, "", 24)}


def _tids(app: App) -> dict[str, Any]:
    return {"muid": L(sdk_id(app, "tillbloom-m"), DID), "sid": sdk_id(app, "tillbloom-s")}


def tb_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Tillbloom's card token (a form with bracketed keys): card data, holder, her postcode and
    the SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "billing[name]": L(NAME, NAMEC),
                            "billing[postal_code]": L(HOME["postcode"], COARSE),
                            "billing[country]": L("LA", COARSE), **_tids(app)}
    if email:
        body["billing[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tillbloom", f"{TB}/v1/tokens", fmt="form", body=body,
                headers=_tbh(rng))


def tb_confirm(app: App, rng: random.Random, amount: str, currency: str = "lak") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-tillbloom", f"{TB}/v1/intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_tids(app)},
                headers=_tbh(rng))


def tb_bank(app: App, rng: random.Random) -> Case:
    """Her Lao bank account for a debit mandate (a form): the account number and holder."""
    return case(f"{app.fam}-tillbloom", f"{TB}/v1/mandates", fmt="form", body={
        "account[number]": L(LA_ACCOUNT, PAY), "account[bank_code]": "LA0301",
        "account[holder]": L(NAME, NAMEC), "account[country]": "LA", "mandate[type]": "recurring",
        **_tids(app)}, headers=_tbh(rng))


def _tqh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"TilequinceSDK/6.3.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def tq_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased ``near`` a
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "tq_" + app.key("tilequince")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilequince", f"{TQ}/geocode/v1/search", query=q, headers=_tqh(app))


def tq_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilequince", f"{TQ}/geocode/v1/reverse/{seg}",
             query={"types": "address,poi", "key": "tq_" + app.key("tilequince")},
             headers=_tqh(app))
    return at_path(c, seg, cat) if cat else c


def tq_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "motorcycle") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilequince", f"{TQ}/directions/v1", body={
        "waypoints": pts, "profile": mode, "units": "metric", "lang": L("en-US", DEV)},
        query={"key": "tq_" + app.key("tilequince")}, headers=_tqh(app))


def tq_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilequince"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T09:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "batteryLevel": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T09:13:0{i}.210Z",
             "device": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilequince", "https://telemetry.tilequince.example.com/v1/batch",
                query={"key": "tq_" + app.key("tilequince")}, body=evs, gz=True,
                headers={"User-Agent": "TilequinceTelemetry/6.3.2"})


def pk_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Parleywick message: signed in, the identity JWT the app's server signed rides in
    ``user.jwt`` (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    u: dict[str, Any] = {"deviceId": L(sdk_id(app, "parleywick"), DID)}
    if user:
        u["jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                        "name": L(NAME, NAMEC), "iat": 1765333702}, "body", "user.jwt", acc)
    if email is not None:
        u["email"] = email
    body: dict[str, Any] = {"appId": app.key("parleywick"), "user": u, "body": text,
                            "clientMsgId": rid(rng), "customAttributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-parleywick", f"{PK}/api/v1/conversations/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pk_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "pkc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-parleywick", f"{PK}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Parleywick-Device": L(sdk_id(app, "parleywick"), DID),
                              "X-Parleywick-Token": L(opaque(rng, "pks_", 40), CRED)})


__all__ = ["cw_check", "cw_save", "no_register", "pk_attach", "pk_message", "tb_bank",
           "tb_card", "tb_confirm", "tg_eval", "tq_geocode", "tq_reverse", "tq_route",
           "tq_telemetry"]
