"""Service SDKs of the seventy-seventh set, built once and called by every app with its own
choices: feature flags "Flaggey", push "Hnippvik", consent "Samthyk", payments "Greidfoss", maps
"Kortafell" and support chat "Spjallhorn" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, pb, push_token, raw, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FG = "https://sdk.flaggey.example.com"
HN = "https://api.hnippvik.example.net"
SK = "https://consent.samthyk.example.org"
GF = "https://api.greidfoss.example.com"
KF = "https://api.kortafell.example.com"
SH = "https://widget.spjallhorn.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fg_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            query: bool = False) -> Case:
    """Flaggey's evaluation: the user key is the user ID (the install ID signed out) with custom
    attributes; ``query`` sends the user as base64url JSON in the query of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("Android 14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h = {"User-Agent": "FlaggeyAndroid/3.1.4", "Authorization": "mob-" + app.key("flaggey")}
    if query:
        acc: Acc = {}
        q = {"u": enc(u, "query", "u", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-flaggey", f"{FG}/msdk/evalx/user", query=q, headers=h), acc)
    return case(f"{app.fam}-flaggey", f"{FG}/msdk/evalx/user", body={"user": u}, headers=h)


def hn_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "Atlantic/Reykjavik", lang: str = "en") -> Case:
    """Hnippvik's device record (a form, tags as bracketed keys): the FCM token, the SDK's
    device ID, the device, the carrier and (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_key": app.key("hnippvik"),
                            "device_id": L(sdk_id(app, "hnippvik"), DID),
                            "push_token": L(push_token(rng), DID), "platform": "android",
                            "tz": L(tz, DEV), "lang": L(lang, DEV),
                            "device_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "app_ver": app.ver}
    for k, v in (tags or {}).items():
        body[f"tags[{k}]"] = v
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"], body["lng"] = L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-hnippvik", f"{HN}/v3/players", fmt="form", body=body,
                headers={"User-Agent": L("Hnippvik/4.8.2 (Android 14; Pixel 8)", DEV)})


def hn_opened(app: App, rng: random.Random) -> Case:
    """A notification opened (a GET): the notification's ID a negative, the SDK's device ID."""
    return case(f"{app.fam}-hnippvik", f"{HN}/v3/notifications/{opaque(rng, 'n_', 16)}/opened",
                query={"app_key": app.key("hnippvik"), "device_id": L(sdk_id(app, "hnippvik"),
                                                                        DID),
                       "action": L("opened", USAGE)},
                headers={"User-Agent": L("Hnippvik/4.8.2 (Android 14; Pixel 8)", DEV)})


def sk_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Samthyk's consent record (JSON): the visitor ID (the device's), the choices, a TCF string
    (a negative), the country and region from the IP; the previous signed receipt rides in a
    header (a JWT that opens nothing: claims labelled, the token not)."""
    vid = sdk_id(app, "samthyk")
    body: dict[str, Any] = {"property": app.key("samthyk"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "tcf": "CQK3mQAQK3mQAAGABCENBSFgAP_AAEPA",
                            "geo": {"country": L("US", COARSE), "region": L("NY", COARSE)},
                            "user_agent": L(app.ua, DEV), "ts": 1768413633190}
    if user:
        body["user_id"] = L(USER_ID, UID)
    acc: Acc = {}
    receipt = sjwt({"iss": "samthyk", "sub": L(vid, DID), "iat": 1767200000,
                    "granted": sorted(p for p, v in purposes.items() if v)},
                   "header", "x-samthyk-receipt", acc)
    return add(case(f"{app.fam}-samthyk", f"{SK}/v1/records", body=body,
                    headers={"User-Agent": L(app.ua, DEV), "X-Samthyk-Receipt": receipt}), acc)


def sk_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-samthyk", f"{SK}/v1/status",
                query={"property": app.key("samthyk"), "lang": L("en", DEV)},
                cookies={"sk_c": W({"v": L(sdk_id(app, "samthyk"), DID), "p": purposes},
                                   "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _gfh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Greidfoss-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer gf_pk_live_" + opaque(rng, "", 24)}


def gf_card(app: App, rng: random.Random, *, email: bool = False, country: str = "US",
            postal: Any = None) -> Case:
    """Greidfoss's card token (JSON): the card, the holder, the billing country and postcode,
    the SDK's device fingerprint."""
    body: dict[str, Any] = {"card": {"number": L(CARD, PAY), "exp_month": L(CARD_EXP[0], PAY),
                                     "exp_year": L(CARD_EXP[1], PAY), "cvc": L(CARD_CVC, PAY),
                                     "holder": L(NAME, NAMEC)},
                            "billing": {"country": L(country, COARSE)},
                            "fingerprint": L(sdk_id(app, "greidfoss"), DID)}
    if postal is not None:
        body["billing"]["postal_code"] = postal
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-greidfoss", f"{GF}/v2/tokens", body=body, headers=_gfh(rng))


def gf_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method, the amount."""
    pay = opaque(rng, "gfp_", 20)
    return case(f"{app.fam}-greidfoss", f"{GF}/v2/payments/{pay}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{pay}_secret_", 20), CRED),
        "payment_method": L(opaque(rng, "gfpm_", 20), PAY), "amount": L(amount, BUY),
        "currency": currency, "return_url": f"{app.pkg}://payments/return",
        "fingerprint": L(sdk_id(app, "greidfoss"), DID)}, headers=_gfh(rng))


def _kfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"KortafellSDK/7.4.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def kf_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text (labelled ``cat``) biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "kf_" + app.key("kortafell")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-kortafell", f"{KF}/v1/geocode", query=q, headers=_kfh(app))


def kf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-kortafell", f"{KF}/v1/reverse/{seg}",
             query={"types": "address", "key": "kf_" + app.key("kortafell")}, headers=_kfh(app))
    return at_path(c, seg, cat) if cat else c


def kf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-kortafell", f"{KF}/v1/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "language": L("en-US", DEV)},
        query={"key": "kf_" + app.key("kortafell")}, headers=_kfh(app))


def kf_ping(app: App, rng: random.Random, at: Pt, cat: str, event: str = "map_idle") -> Case:
    """Map telemetry (schema-less protobuf): the SDK's device ID (1), a session (2), the fix as
    a nested message of doubles (3.1, 3.2), the battery (4) and the event (5)."""
    lab: dict[str, str] = {}
    data = pb([(1, L(sdk_id(app, "kortafell"), DID)), (2, rid(rng)),
               (3, [(1, L(at[0], cat)), (2, L(at[1], cat)), (3, 8)]),
               (4, L(57, DEV)), (5, L(event, USAGE)), (6, 1768413900)], "", lab)
    return raw(f"{app.fam}-kortafell", "https://events.kortafell.example.com/v1/t", data,
               "application/x-protobuf", lab, headers={"User-Agent": "KortafellTelemetry/7.4.0"})


def sh_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Spjallhorn message (JSON): signed in, the identity token the app's server signed rides
    in a header (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Spjallhorn-Visitor": L(sdk_id(app, "spjallhorn"), DID)}
    if user:
        h["X-Spjallhorn-Identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                          "name": L(NAME, NAMEC), "iat": 1768413702},
                                         "header", "x-spjallhorn-identity", acc)
    body = {"inbox": app.key("spjallhorn"), "text": text, "client_msg_id": rid(rng),
            "custom_attributes": attrs,
            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                       "app_version": app.ver}}
    return add(case(f"{app.fam}-spjallhorn", f"{SH}/v1/messages", body=body, headers=h), acc)


def sh_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = opaque(rng, "shc_", 12)
    return multipart(f"{app.fam}-spjallhorn", f"{SH}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Spjallhorn-Visitor": L(sdk_id(app, "spjallhorn"), DID),
                              "X-Spjallhorn-Session": L(opaque(rng, "shs_", 40), CRED)})


__all__ = ["fg_eval", "gf_card", "gf_confirm", "hn_opened", "hn_register", "kf_ping",
           "kf_reverse", "kf_route", "kf_search", "sh_attach", "sh_message", "sk_check",
           "sk_save"]
