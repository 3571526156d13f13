"""Service SDKs of the hundred-and-twenty-fourth set, built once and called by every app with its
own choices: feature flags "Flagcopse", push "Pingkestrel", consent "Permitbriar", payments
"Paykiln", maps "Plotsheaf" and support chat "Chatwarden" (fictional vendors, hosts under
example.*)."""

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
BUY = "financial.purchase"

FC = "https://rules.flagcopse.example.com"
PG = "https://api.pingkestrel.example.net"
PB = "https://consent.permitbriar.example.org"
PK = "https://api.paykiln.example.com"
PS = "https://api.plotsheaf.example.com"
CW = "https://widget.chatwarden.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fc_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagcopse's evaluation: the subject key is the user ID (the install ID signed out), the
    SDK's device record rides as base64 JSON in a header; ``get`` sends the subject as base64url
    JSON in the query of a GET instead of a JSON body."""
    subj: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "anonymous": not user,
                            "custom": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                       **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlagcopseAndroid/3.4.0",
                         "Authorization": "fc-mob-" + app.key("flagcopse"),
                         "X-Flagcopse-Device": W({"id": L(sdk_id(app, "flagcopse"), DID),
                                                  "model": L("Pixel 8", DEV)}, "b64json")}
    url = f"{FC}/sdk/v3/flags"
    if get:
        acc: Acc = {}
        s = enc(subj, "query", "s", "b64url", acc)
        return add(case(f"{app.fam}-flagcopse", url, query={"s": s, "r": "1"}, headers=h), acc)
    return case(f"{app.fam}-flagcopse", url, body={"subject": subj, "withReasons": False},
                headers=h)


def pg_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "Africa/Lagos", lang: str = "en") -> Case:
    """Pingkestrel's subscription (JSON, camelCase): the FCM token, the SDK's subscriber ID,
    the device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingkestrel"),
                            "subscriberId": L(sdk_id(app, "pingkestrel"), DID),
                            "pushToken": L(push_token(rng), DID), "transport": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "sdk": "5.1.7",
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingkestrel", f"{PG}/v2/subscriptions", body=body,
                headers={"User-Agent": L("Pingkestrel/5.1.7 (Android 14; Pixel 8)", DEV)})


def pg_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the subscriber ID; message and campaign IDs negatives."""
    return case(f"{app.fam}-pingkestrel", f"{PG}/v2/events", fmt="form", body={
        "subscriberId": L(sdk_id(app, "pingkestrel"), DID), "event": L("opened", USAGE),
        "messageId": opaque(rng, "msg_", 16), "campaign": campaign, "ts": "1765280112"},
        headers={"User-Agent": L("Pingkestrel/5.1.7 (Android 14; Pixel 8)", DEV)})


def pm_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "NG", region: str = "EN") -> Case:
    """Permitbriar's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "permitbriar")
    body: dict[str, Any] = {"property": app.key("permitbriar"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765281633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"pb_receipt": sjwt({"iss": "permitbriar", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "pb_receipt", acc)}
    return add(case(f"{app.fam}-permitbriar", f"{PB}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pm_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-permitbriar", f"{PB}/v1/status",
                query={"property": app.key("permitbriar"), "lang": L("en", DEV)},
                cookies={"pb_state": W({"vid": L(sdk_id(app, "permitbriar"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pkh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paykiln-Android/2.14.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _fp(app: App) -> L:
    return L(sdk_id(app, "paykiln"), DID)


def pay_card(app: App, rng: random.Random, *, email: bool = True) -> Case:
    """Paykiln's card tokenisation (a form with bracketed keys): card data, holder, the SDK's
    device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvv]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "fingerprint": _fp(app)}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paykiln", f"{PK}/v1/cards/tokenize", fmt="form", body=body,
                headers=_pkh(rng))


def pay_charge(app: App, rng: random.Random, amount: int, reference: str, *,
               currency: str = "NGN") -> Case:
    """A charge on a saved card (JSON): the reusable authorization code, the amount in the
    minor unit, the merchant reference (the app's order or receipt number)."""
    return case(f"{app.fam}-paykiln", f"{PK}/v1/charges", body={
        "amount": L(amount, BUY), "currency": currency, "reference": L(reference, BUY),
        "authorization_code": L(opaque(rng, "AUTH_", 12), PAY), "email": L(EMAIL, MAIL),
        "fingerprint": _fp(app), "metadata": {"app": app.pkg}}, headers=_pkh(rng))


def pay_otp(app: App, rng: random.Random, code: str) -> Case:
    """The card issuer's one-time code submitted for a pending charge (a form)."""
    return case(f"{app.fam}-paykiln", f"{PK}/v1/charges/submit_otp", fmt="form", body={
        "otp": L(code, CRED), "reference": opaque(rng, "chg_", 16), "fingerprint": _fp(app)},
        headers=_pkh(rng))


def pay_resolve(app: App, rng: random.Random, account: str, bank_code: str) -> Case:
    """Resolving a Nigerian account number to its holder's name before a payout (GET)."""
    return case(f"{app.fam}-paykiln", f"{PK}/v1/bank/resolve", query={
        "account_number": L(account, PAY), "bank_code": bank_code}, headers=_pkh(rng))


def _psh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"PlotsheafSDK/8.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def ps_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, country: str = "ng") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "country": country,
                         "key": "ps_" + app.key("plotsheaf")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-plotsheaf", f"{PS}/geocode/v1/search", query=q, headers=_psh(app))


def ps_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-plotsheaf", f"{PS}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "ps_" + app.key("plotsheaf")}, headers=_psh(app))
    return at_path(c, seg, cat) if cat else c


def ps_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-plotsheaf", f"{PS}/directions/v1/route", body={
        "waypoints": pts, "profile": mode, "alternatives": False, "lang": L("en-US", DEV)},
        query={"key": "ps_" + app.key("plotsheaf")}, headers=_psh(app))


def ps_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "plotsheaf"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T11:12:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "batteryLevel": L(61, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T11:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 9}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-plotsheaf", "https://events.plotsheaf.example.com/v1/batch",
                query={"key": "ps_" + app.key("plotsheaf")}, body=evs, gz=True,
                headers={"User-Agent": "PlotsheafTelemetry/8.0.3"})


def cw_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Chatwarden message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    cust: dict[str, Any] = {"deviceId": L(sdk_id(app, "chatwarden"), DID)}
    if user:
        cust["identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                "name": L(NAME, NAMEC), "iat": 1765281702},
                               "body", "customer.identity", acc)
    body: dict[str, Any] = {"inbox": app.key("chatwarden"), "customer": cust,
                            "message": {"text": text, "clientMsgId": rid(rng)},
                            "customAttributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-chatwarden", f"{CW}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cw_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cwc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatwarden", f"{CW}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatwarden-Device": L(sdk_id(app, "chatwarden"), DID),
                              "X-Chatwarden-Session": L(opaque(rng, "cws_", 40), CRED)})


__all__ = ["BUY", "cw_attach", "cw_message", "fc_eval", "pay_card", "pay_charge", "pay_otp",
           "pay_resolve", "pg_opened", "pg_register", "pm_save", "pm_status", "ps_geocode",
           "ps_reverse", "ps_route", "ps_telemetry"]
