"""Service SDKs of the thirty-sixth set, built once and called by every app with its own
choices: feature flags "Flagmoss", push "Chimeport", consent "Optlantern", payments "Paysorrel",
maps "Routewren" and support chat "Chatlinnet" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import sdk_uuid
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FM = "https://app.flagmoss.example.com"
CP = "https://api.chimeport.example.net"
OL = "https://cmp.optlantern.example.org"
PS = "https://api.paysorrel.example.com"
RW = "https://api.routewren.example.com"
CL = "https://chat.chatlinnet.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fm_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagmoss's evaluation: the context key is the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"kind": "user",
                           "key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user, "appVersion": app.ver,
                           "os": L("Android 14", DEV), **attrs}
    h: dict[str, Any] = {"User-Agent": "FlagmossAndroid/5.1.0",
                         "Authorization": "fm-mob-" + app.key("flagmoss")}
    if hdr:
        h["X-Flagmoss-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagmoss", f"{FM}/sdk/eval", headers=h)
    return case(f"{app.fam}-flagmoss", f"{FM}/sdk/eval", body={"context": ctx}, headers=h)


def cp_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Chimeport's device (JSON, snake_case): the FCM token, its player ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("chimeport"),
                            "player_id": L(sdk_id(app, "chimeport"), DID),
                            "identifier": L(push_token(rng), DID), "device_type": 1,
                            "language": L(lang, DEV), "timezone_id": L(tz, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "game_version": app.ver,
                            "sdk": "050208", "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body.update(lat=L(round(at[0], nd), _cat(nd)), long=L(round(at[1], nd), _cat(nd)),
                    loc_acc=18.0)
    return case(f"{app.fam}-chimeport", f"{CP}/api/v1/players", body=body,
                headers={"User-Agent": L("Chimeport/050208 (Android 14; Pixel 8)", DEV)})


def cp_email(app: App, rng: random.Random, email: Any = None) -> Case:
    """An e-mail channel for the same player (transactional mail)."""
    return case(f"{app.fam}-chimeport", f"{CP}/api/v1/players/email", body={
        "app_id": app.key("chimeport"), "identifier": email or L(EMAIL, MAIL),
        "device_player_id": L(sdk_id(app, "chimeport"), DID),
        "external_user_id": L(USER_ID, UID)})


def ol_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Optlantern's consent record (its UUID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    uid = sdk_id(app, "optlantern")
    body: dict[str, Any] = {"siteKey": app.key("optlantern"), "consentUuid": L(uid, DID),
                            "choices": purposes, "usnat": "DBABLA~BVQqAAAAAg",
                            "geo": {"country": L("US", COARSE), "state": L("NY", COARSE)},
                            "ua": L(app.ua, DEV), "vendorListVersion": 81}
    if user:
        body["authId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"ol_receipt": sjwt({"iss": "optlantern", "sub": L(uid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765120000}, "cookie", "ol_receipt", acc)}
    return add(case(f"{app.fam}-optlantern", f"{OL}/v2/consent", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ol_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the consent UUID and choices."""
    return case(f"{app.fam}-optlantern", f"{OL}/v2/status",
                query={"siteKey": app.key("optlantern"), "hl": L("en", DEV)},
                cookies={"ol_state": W({"u": L(sdk_id(app, "optlantern"), DID),
                                        "c": purposes, "v": 81}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _psh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paysorrel/Android 4.8.2", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"guid": L(sdk_id(app, "paysorrel-g"), DID), "sid": sdk_id(app, "paysorrel-s")}


def ps_card(app: App, rng: random.Random, *, email: bool = False, zip_: Any = None) -> Case:
    """Paysorrel's card token (a form with bracketed keys): card data, the holder, the postal
    code and the SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_zip]": zip_ if zip_ is not None else L(ZIP, COARSE),
                            **_pids(app), "payment_user_agent": "paysorrel-android/4.8.2"}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paysorrel", f"{PS}/v1/tokens", fmt="form", body=body,
                headers=_psh(rng))


def ps_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paysorrel", f"{PS}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_psh(rng))


def _rwh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"RoutewrenSDK/3.4.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def rw_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Place search (GET): the typed text in ``text`` (labelled ``cat``), biased by ``at`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"text": L(text, cat), "size": "6", "lang": L(lang, DEV),
                         "api_key": "rw_" + app.key("routewren")}
    if near is not None:
        q["at"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-routewren", f"{RW}/v1/search", query=q, headers=_rwh(app))


def rw_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-routewren", f"{RW}/v1/reverse/{seg}",
             query={"api_key": "rw_" + app.key("routewren")}, headers=_rwh(app))
    return at_path(c, seg, cat) if cat else c


def rw_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "drive") -> Case:
    """Directions (JSON): ``locations[i].lat/lon`` labelled by whose place each one is."""
    locs = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
            for (la, lo), cat in stops]
    return case(f"{app.fam}-routewren", f"{RW}/v1/route", body={
        "locations": locs, "costing": mode, "units": "miles", "alternates": 1},
        query={"api_key": "rw_" + app.key("routewren")}, headers=_rwh(app))


def rw_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load, then the last fixes."""
    did = L(sdk_id(app, "routewren"), DID)
    evs: list[dict[str, Any]] = [{"type": L("map_load", USAGE), "device": did,
                                  "model": L("Pixel 8", DEV), "battery": L(0.54, DEV)}]
    evs += [{"type": L("loc", USAGE), "device": did, "lat": L(la, cat), "lon": L(lo, cat),
             "acc": 6.0, "ts": 1765321400 + 5 * i} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-routewren", "https://t.routewren.example.com/v1/events",
                query={"api_key": "rw_" + app.key("routewren")}, body=evs, gz=True,
                headers={"User-Agent": "RoutewrenTelemetry/3.4.0"})


def cl_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Chatlinnet message: signed in, the identity token the app's server signed rides in
    the JSON body (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    body: dict[str, Any] = {"widget": app.key("chatlinnet"),
                            "visitor": {"id": L(sdk_id(app, "chatlinnet"), DID)},
                            "message": {"text": text, "clientId": rid(rng)},
                            "attributes": attrs,
                            "device": {"platform": L("Android 14", DEV),
                                       "model": L("Pixel 8", DEV), "locale": L("en-US", DEV)}}
    if user:
        body["visitor"]["jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                      "name": L(NAME, NAMEC), "iat": 1765321700},
                                     "body", "visitor.jwt", acc)
    return add(case(f"{app.fam}-chatlinnet", f"{CL}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cl_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "clc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatlinnet", f"{CL}/v1/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientId": sdk_uuid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatlinnet-Visitor": L(sdk_id(app, "chatlinnet"), DID),
                              "X-Chatlinnet-Session": L(opaque(rng, "cls_", 40), CRED)})


__all__ = ["cl_message", "cl_upload", "cp_email", "cp_register", "fm_eval", "ol_check",
           "ol_save", "ps_card", "ps_confirm", "rw_reverse", "rw_route", "rw_search",
           "rw_telemetry"]
