"""Service SDKs of the hundred-and-fourth set, built once and called by every app with its own
choices: feature flags "Flagvessel", push "Pingcoral", consent "Permitbalsa", payments "Payreef",
maps "Mapnipa" and support chat "Chatbangka" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families104_kit import PH_MOBILE, TZ
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

FV = "https://sdk.flagvessel.example.com"
PC = "https://api.pingcoral.example.net"
PM = "https://consent.permitbalsa.example.org"
PR = "https://api.payreef.example.com"
MN = "https://api.mapnipa.example.com"
CK = "https://widget.chatbangka.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fv_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagvessel's evaluation: the context key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the ``ctx`` query parameter of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "FlagvesselAndroid/3.4.0", "Authorization": app.key("flagvessel")}
    if get:
        acc: Acc = {}
        q = {"ctx": enc(ctx, "query", "ctx", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-flagvessel", f"{FV}/msdk/evalx", query=q, headers=h), acc)
    return case(f"{app.fam}-flagvessel", f"{FV}/msdk/evalx", body={"context": ctx}, headers=h)


def pc_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None,
                nd: int = 2) -> Case:
    """Pingcoral's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the SIM's carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingcoral"),
                            "deviceId": L(sdk_id(app, "pingcoral"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L("en", DEV), "timezone": L(TZ, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}, "subscribed": True}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingcoral", f"{PC}/v2/devices", body=body,
                headers={"User-Agent": L("Pingcoral-Android/4.1.2 (Android 14; Pixel 8)", DEV)})


def pc_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form receipt): the device ID; the notification and campaign IDs
    are the sender's (negatives)."""
    return case(f"{app.fam}-pingcoral", f"{PC}/v2/receipts/opened", fmt="form", body={
        "appId": app.key("pingcoral"), "deviceId": L(sdk_id(app, "pingcoral"), DID),
        "notificationId": rid(rng), "campaign": campaign, "openedAt": "1765326011"},
        headers={"User-Agent": "Pingcoral-Android/4.1.2"})


def pm_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Permitbalsa's consent record (its visitor ID the device's; the country from the IP) with
    the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "permitbalsa")
    body: dict[str, Any] = {"property": app.key("permitbalsa"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L("PH", COARSE), "region": L("PH-07", COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765326633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"pb_receipt": sjwt({"iss": "permitbalsa", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "pb_receipt", acc)}
    return add(case(f"{app.fam}-permitbalsa", f"{PM}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pm_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check (GET): a base64 JSON cookie with the visitor ID and choices."""
    acc: Acc = {}
    state = enc({"vid": L(sdk_id(app, "permitbalsa"), DID), "p": purposes, "v": 7}, "cookie",
                "pb_state", "b64", acc)
    return add(case(f"{app.fam}-permitbalsa", f"{PM}/v1/status",
                    query={"property": app.key("permitbalsa"), "hl": L("en", DEV)},
                    cookies={"pb_state": state}, headers={"User-Agent": L(WEBVIEW_UA, DEV)}), acc)


def _prh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payreef/Android 2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "payreef-d"), DID),
            "sdk_session": sdk_id(app, "payreef-s")}


def pr_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Payreef's card token (a form with bracketed keys): card data, holder, her Cebu ZIP and the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L("6000", COARSE),
                            "card[address_country]": L("PH", COARSE), **_pids(app)}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payreef", f"{PR}/v1/tokens", fmt="form", body=body,
                headers=_prh(rng))


def pr_wallet(app: App, rng: random.Random, amount: str, ref: L) -> Case:
    """An e-wallet charge (JSON): her wallet is her local number (a phone that is also the
    payment account), the amount and the app's order reference."""
    return case(f"{app.fam}-payreef", f"{PR}/v1/charges", body={
        "source": {"type": "ewallet", "msisdn": L(PH_MOBILE, f"{TEL}|{PAY}")},
        "amount": L(amount, BUY), "currency": "PHP", "reference": ref,
        "redirect": {"success": f"{app.fam}://pay/ok", "failure": f"{app.fam}://pay/fail"},
        **_pids(app)}, headers=_prh(rng))


def pr_confirm(app: App, rng: random.Random, amount: str, currency: str = "php") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-payreef", f"{PR}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_prh(rng))


def _mnh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapnipaSDK/8.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mn_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Place search (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "country": "ph",
                         "key": "mn_" + app.key("mapnipa")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapnipa", f"{MN}/v2/search", query=q, headers=_mnh(app))


def mn_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapnipa", f"{MN}/v2/reverse/{seg}",
             query={"lang": "en", "key": "mn_" + app.key("mapnipa")}, headers=_mnh(app))
    return at_path(c, seg, cat) if cat else c


def mn_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "motorcycle") -> Case:
    """Directions (JSON): ``waypoints[i]`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapnipa", f"{MN}/v2/directions", body={
        "waypoints": wps, "profile": mode, "alternatives": False, "locale": L("en-PH", DEV)},
        query={"key": "mn_" + app.key("mapnipa")}, headers=_mnh(app))


def mn_events(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapnipa"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "at": "2025-12-10T08:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "zoom": 15}]
    evs += [{"ev": L("location", USAGE), "at": f"2025-12-10T08:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 5.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapnipa", "https://events.mapnipa.example.com/v2/batch",
                query={"key": "mn_" + app.key("mapnipa")}, body=evs, gz=True,
                headers={"User-Agent": "MapnipaTelemetry/8.0.3"})


def ck_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Chatbangka message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who: dict[str, Any] = {"visitorId": L(sdk_id(app, "chatbangka"), DID)}
    if user:
        who["userJwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                              "name": L(NAME, NAMEC), "iat": 1765326702},
                             "body", "user.userJwt", acc)
    body: dict[str, Any] = {"inbox": app.key("chatbangka"), "user": who, "message": text,
                            "clientMsgId": rid(rng), "customAttributes": attrs,
                            "device": {"platform": "android", "os": L("Android 14", DEV),
                                       "model": L("Pixel 8", DEV), "appVersion": app.ver}}
    return add(case(f"{app.fam}-chatbangka", f"{CK}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ck_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file sent in a conversation (the widget's session token a credential)."""
    conv = "ckc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatbangka", f"{CK}/api/v1/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatbangka-Visitor": L(sdk_id(app, "chatbangka"), DID),
                              "X-Chatbangka-Session": L(opaque(rng, "cks_", 40), CRED)})


__all__ = ["ck_message", "ck_upload", "fv_eval", "mn_events", "mn_reverse", "mn_route",
           "mn_search", "pc_opened", "pc_register", "pm_save", "pm_status", "pr_card",
           "pr_confirm", "pr_wallet"]
