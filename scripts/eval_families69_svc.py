"""Service SDKs of the sixty-ninth set, built once and called by every app with its own
choices: feature flags "Togglewharf", push "Nudgeheron", consent "Consentwold", payments
"Payfernly", maps "Mapwillow" and support chat "Chatbirch" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
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
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

TG = "https://flags.togglewharf.example.com"
NH = "https://api.nudgeheron.example.net"
CW = "https://consent.consentwold.example.org"
PF = "https://api.payfernly.example.com"
MW = "https://api.mapwillow.example.net"
CB = "https://widget.chatbirch.example.com"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tg_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Togglewharf's evaluation: the context key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the ``ctx`` query parameter of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                      "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "TogglewharfAndroid/3.4.1",
                         "Authorization": "mob-" + app.key("togglewharf")}
    if get:
        acc: Acc = {}
        q = {"ctx": enc(ctx, "query", "ctx", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-togglewharf", f"{TG}/sdk/evalx/contexts", query=q,
                        headers=h), acc)
    return case(f"{app.fam}-togglewharf", f"{TG}/sdk/evalx/context", body=ctx, headers=h)


def nh_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Nudgeheron's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("nudgeheron"),
                            "deviceId": L(sdk_id(app, "nudgeheron"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "notificationsEnabled": True, "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-nudgeheron", f"{NH}/v3/devices", body=body,
                headers={"User-Agent": L("Nudgeheron-Android/8.1.0 (Android 14; Pixel 8)",
                                         DEV)})


def nh_open(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (GET): the SDK's device ID, the message and campaign IDs."""
    return case(f"{app.fam}-nudgeheron", f"{NH}/v3/track/open", query={
        "appKey": app.key("nudgeheron"), "deviceId": L(sdk_id(app, "nudgeheron"), DID),
        "msg": opaque(rng, "m_", 16), "campaign": campaign, "action": L("opened", USAGE)},
        headers={"User-Agent": "Nudgeheron-Android/8.1.0"})


def cw_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Consentwold's consent record (JSON): the visitor ID the device's, country and region
    from the IP; the previous state rides in a base64 JSON cookie."""
    vid = sdk_id(app, "consentwold")
    body: dict[str, Any] = {"property": app.key("consentwold"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "location": {"country": L(country, COARSE),
                                         "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "savedAt": 1765321633190}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-consentwold", f"{CW}/v1/records", body=body,
                cookies={"cw_state": W({"vid": L(vid, DID), "p": purposes, "v": 6}, "b64json")},
                headers={"User-Agent": L(app.ua, DEV)})


def cw_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check (GET) with the signed receipt cookie (a JWT that opens
    nothing: its claims labelled, the token not)."""
    vid = sdk_id(app, "consentwold")
    acc: Acc = {}
    rc = sjwt({"iss": "consentwold", "sub": L(vid, DID),
               "granted": sorted(p for p, v in purposes.items() if v), "iat": 1765200000},
              "cookie", "cw_receipt", acc)
    return add(case(f"{app.fam}-consentwold", f"{CW}/v1/status",
                    query={"property": app.key("consentwold"), "lang": L("en", DEV)},
                    cookies={"cw_receipt": rc}, headers={"User-Agent": L(WEBVIEW_UA, DEV)}),
               acc)


def _pfh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payfernly-Android/6.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pfpk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device_id]": L(sdk_id(app, "payfernly-d"), DID),
            "radar[session]": sdk_id(app, "payfernly-s")}


def pf_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP,
            zcat: str = COARSE) -> Case:
    """Payfernly's card token (a form with bracketed keys): card data, holder, postal code and
    the SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(zip_, zcat),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payfernly", f"{PF}/v1/tokens", fmt="form", body=body,
                headers=_pfh(rng))


def pf_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd",
               desc: Any = None) -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    body: dict[str, Any] = {"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                            "payment_method": L(opaque(rng, "pm_", 24), PAY),
                            "amount": L(amount, BUY), "currency": currency, **_pids(app)}
    if desc is not None:
        body["description"] = desc
    return case(f"{app.fam}-payfernly", f"{PF}/v1/payment_intents/{pi}/confirm", fmt="form",
                body=body, headers=_pfh(rng))


def pf_bank(app: App, rng: random.Random) -> Case:
    """A US bank account (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-payfernly", f"{PF}/v1/bank_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC), **_pids(app)}, headers=_pfh(rng))


def _mwh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapwillowSDK/9.4.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mw_geocode(app: App, rng: random.Random, text: str, cat: str | None, *,
               near: Pt | None = None, nd: int = 3, lang: str = "en",
               ncat: str | None = None) -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``), biased by ``proximity``
    ``lat,lon`` at ``nd`` decimals (``ncat`` when it is not her own point's precision)."""
    q: dict[str, Any] = {"q": L(text, cat) if cat else text, "limit": "5",
                         "language": L(lang, DEV), "key": "mw_" + app.key("mapwillow")}
    if near is not None:
        s = f"{near[0]:.{nd}f},{near[1]:.{nd}f}"
        q["proximity"] = L(s, ncat or _cat(nd)) if ncat != "" else s
    return case(f"{app.fam}-mapwillow", f"{MW}/geocode/v2/search", query=q, headers=_mwh(app))


def mw_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapwillow", f"{MW}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "mw_" + app.key("mapwillow")}, headers=_mwh(app))
    return at_path(c, seg, cat) if cat else c


def mw_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapwillow", f"{MW}/directions/v1", body={
        "waypoints": pts, "profile": mode, "units": "metric", "locale": L("en-US", DEV)},
        query={"key": "mw_" + app.key("mapwillow")}, headers=_mwh(app))


def mw_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapwillow"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "batteryLevel": L(51, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "device": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapwillow", "https://events.mapwillow.example.net/v1/events",
                query={"key": "mw_" + app.key("mapwillow")}, body=evs, gz=True,
                headers={"User-Agent": "MapwillowTelemetry/9.4.2"})


def cb_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Chatbirch message: signed in, the identity token the app's server signed rides in
    the ``X-Chatbirch-Identity`` header (a JWT: a credential, its claims the user's)."""
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Chatbirch-Visitor": L(sdk_id(app, "chatbirch"), DID)}
    acc: Acc = {}
    if user:
        h["X-Chatbirch-Identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                         "name": L(NAME, NAMEC), "iat": 1765321702},
                                        "header", "x-chatbirch-identity", acc)
    body: dict[str, Any] = {"appId": app.key("chatbirch"), "body": text,
                            "clientMessageId": rid(rng), "customAttributes": attrs,
                            "device": {"platform": "android", "osVersion": L("14", DEV),
                                       "model": L("Pixel 8", DEV), "appVersion": app.ver}}
    if email is not None:
        body["email"] = email
    return add(case(f"{app.fam}-chatbirch", f"{CB}/v1/conversations/messages", body=body,
                    headers=h), acc)


def cb_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cbc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatbirch", f"{CB}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMessageId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatbirch-Visitor": L(sdk_id(app, "chatbirch"), DID),
                              "X-Chatbirch-Session": L(opaque(rng, "cbs_", 40), CRED)})


__all__ = ["cb_attach", "cb_message", "cw_check", "cw_save", "mw_geocode", "mw_reverse",
           "mw_route", "mw_telemetry", "nh_open", "nh_register", "pf_bank", "pf_card",
           "pf_confirm", "tg_eval"]
