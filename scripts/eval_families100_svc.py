"""Service SDKs of the hundredth set, built once and called by every app with its own choices:
feature flags "Switchmeadow", push "Chimewharf", consent "Assentgrove", payments "Paymarigold"
(cards and mobile money), maps "Gridheron" and support chat "Helpotter" (fictional vendors, hosts
under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families100_kit import LOCAL_DIGITS, TZ
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL, TEXT = "financial.purchase", "contact.phone", "content.text"

SW = "https://eval.switchmeadow.example.com"
CW = "https://api.chimewharf.example.net"
AG = "https://consent.assentgrove.example.org"
PM = "https://api.paymarigold.example.com"
GH = "https://maps.gridheron.example.com"
HO = "https://widget.helpotter.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sw_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Switchmeadow's evaluation: the user key is the user ID (the install ID signed out);
    ``get`` sends the user as base64url JSON in the query of a GET (``u``)."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h = {"User-Agent": "SwitchmeadowAndroid/3.4.0",
         "Authorization": "mob-" + app.key("switchmeadow")}
    if get:
        acc: Acc = {}
        q = {"u": enc(u, "query", "u", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-switchmeadow", f"{SW}/msdk/evalx/user", query=q,
                        headers=h), acc)
    return case(f"{app.fam}-switchmeadow", f"{SW}/msdk/evalx/user", body=u, headers=h)


def cw_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "en") -> Case:
    """Chimewharf's device record (JSON, camelCase): its device ID, the FCM token, the device,
    the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("chimewharf"),
                            "deviceId": L(sdk_id(app, "chimewharf"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(TZ, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lat"], body["long"] = L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-chimewharf", f"{CW}/v2/players", body=body,
                headers={"User-Agent": L("Chimewharf/5.1.2 (Android 14; Pixel 8)", DEV)})


def cw_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the SDK's device ID, the message and campaign negatives."""
    return case(f"{app.fam}-chimewharf", f"{CW}/v2/notifications/opened", fmt="form", body={
        "app_id": app.key("chimewharf"), "device_id": L(sdk_id(app, "chimewharf"), DID),
        "notification_id": rid(rng), "campaign": campaign, "event": L("opened", USAGE),
        "opened_at": "1765692003"}, headers={"User-Agent": "Chimewharf/5.1.2"})


def ag_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Assentgrove's consent record (its visitor ID the device's; the country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentgrove")
    body: dict[str, Any] = {"property": app.key("assentgrove"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "geo": {"country": L("RW", COARSE), "region": L("Kigali", COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765690633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"ag_receipt": sjwt({"iss": "assentgrove", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765600000}, "cookie", "ag_receipt", acc)}
    return add(case(f"{app.fam}-assentgrove", f"{AG}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ag_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check (a GET): a base64 JSON cookie, the visitor ID and choices."""
    return case(f"{app.fam}-assentgrove", f"{AG}/v1/status",
                query={"property": app.key("assentgrove"), "lang": L("en", DEV)},
                cookies={"ag_state": W({"vid": L(sdk_id(app, "assentgrove"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymarigold/Android 3.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _fp(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "paymarigold-d"), DID),
            "session": sdk_id(app, "paymarigold-s")}


def pm_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paymarigold's card token (a form with bracketed keys): card data, the holder, her US
    billing ZIP and the SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_fp(app)}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymarigold", f"{PM}/v1/tokens", fmt="form", body=body,
                headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paymarigold", f"{PM}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_fp(app)},
                headers=_pmh(rng))


def pm_momo(app: App, rng: random.Random, amount: str, ref: Any, note: Any) -> Case:
    """A mobile-money collection (JSON): her wallet number (her local line) is the debited
    account, the amount, the app's reference and the message shown on her USSD prompt."""
    return case(f"{app.fam}-paymarigold", f"{PM}/v1/momo/requesttopay", body={
        "amount": L(amount, BUY), "currency": "RWF", "externalId": ref,
        "payer": {"partyIdType": "MSISDN", "partyId": L(LOCAL_DIGITS, f"{TEL}|{PAY}")},
        "payerMessage": note, "payeeNote": app.name, **_fp(app)},
        headers={**_pmh(rng), "X-Reference-Id": rid(rng), "X-Target-Environment": "rw"})


def _ghh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"GridheronSDK/8.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def gh_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Place search (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "country": "rw",
                         "key": "gh_" + app.key("gridheron")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-gridheron", f"{GH}/v2/search", query=q, headers=_ghh(app))


def gh_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-gridheron", f"{GH}/v2/reverse/{seg}",
             query={"types": "address,poi", "key": "gh_" + app.key("gridheron")},
             headers=_ghh(app))
    return at_path(c, seg, cat) if cat else c


def gh_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "motorcycle") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-gridheron", f"{GH}/v2/directions", body={
        "waypoints": pts, "profile": profile, "alternatives": False,
        "locale": L("en-US", DEV)}, query={"key": "gh_" + app.key("gridheron")},
        headers=_ghh(app))


def gh_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "gridheron"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-14T08:12:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(57, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-14T08:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-gridheron", "https://events.gridheron.example.com/v1/batch",
                query={"key": "gh_" + app.key("gridheron")}, body=evs, gz=True,
                headers={"User-Agent": "GridheronTelemetry/8.0.3"})


def ho_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, phone: Any = None) -> Case:
    """A Helpotter message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"sourceId": L(sdk_id(app, "helpotter"), DID)}
    if user:
        contact["identityToken"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                        "name": L(NAME, NAMEC), "iat": 1765690702},
                                       "body", "contact.identityToken", acc)
    if phone is not None:
        contact["phone"] = phone
    body: dict[str, Any] = {"inbox": app.key("helpotter"), "contact": contact,
                            "content": text, "echoId": rid(rng), "customAttributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver, "timezone": L(TZ, DEV)}}
    return add(case(f"{app.fam}-helpotter", f"{HO}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ho_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hoc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpotter", f"{HO}/v1/conversations/{conv}/attachments",
                     [("attachment", filename, ctype, media),
                      ("meta", None, "application/json", {"echoId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpotter-Source": L(sdk_id(app, "helpotter"), DID),
                              "X-Helpotter-Session": L(opaque(rng, "hos_", 40), CRED)})


__all__ = ["ag_check", "ag_save", "cw_opened", "cw_register", "gh_reverse", "gh_route",
           "gh_search", "gh_telemetry", "ho_attach", "ho_message", "pm_card", "pm_confirm",
           "pm_momo", "sw_eval"]
