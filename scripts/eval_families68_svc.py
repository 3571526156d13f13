"""Service SDKs of the sixty-eighth set, built once and called by every app with its own choices:
feature flags "Toggleyarn", push "Notifjay", consent "Optinreed", payments "Tenderloom", maps
"Mapcress" and support chat "Chatthistle" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

TY = "https://flags.toggleyarn.example.com"
NJ = "https://api.notifjay.example.net"
OR = "https://consent.optinreed.example.org"
TL = "https://api.tenderloom.example.com"
MC = "https://api.mapcress.example.com"
CH = "https://widget.chatthistle.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ty_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Toggleyarn's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "ToggleyarnAndroid/3.4.0",
                         "Authorization": "mob-" + app.key("toggleyarn")}
    if hdr:
        h["X-Toggleyarn-User"] = W(u, "b64json")
        return case(f"{app.fam}-toggleyarn", f"{TY}/sdk/latest-all", headers=h)
    return case(f"{app.fam}-toggleyarn", f"{TY}/sdk/evalx", body={"user": u}, headers=h)


def _njh() -> dict[str, Any]:
    return {"User-Agent": L("Notifjay/4.2.1 (Android 14; Pixel 8)", DEV)}


def nj_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Notifjay's device record (JSON): the FCM token, the SDK's player ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("notifjay"),
                            "player_id": L(sdk_id(app, "notifjay"), DID),
                            "identifier": L(push_token(rng), DID), "device_type": 1,
                            "language": L(lang, DEV), "timezone_id": L(tz, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "game_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["lat"], body["long"] = L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-notifjay", f"{NJ}/api/v1/players", body=body, headers=_njh())


def nj_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the player ID and the interaction; the campaign and
    notification IDs negatives."""
    return case(f"{app.fam}-notifjay", f"{NJ}/api/v1/notifications/{rid(rng)}", fmt="form",
                body={"app_id": app.key("notifjay"), "player_id": L(sdk_id(app, "notifjay"), DID),
                      "opened": "true", "event": L("notification_opened", USAGE),
                      "campaign": campaign}, headers=_njh())


def or_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Optinreed's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "optinreed")
    body: dict[str, Any] = {"property": app.key("optinreed"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "notice_version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "user_agent": L(app.ua, DEV), "collected_at": 1765318802551}
    if user:
        body["account"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"or_receipt": sjwt({"iss": "optinreed", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "or_receipt", acc)}
    return add(case(f"{app.fam}-optinreed", f"{OR}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def or_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-optinreed", f"{OR}/v1/status",
                query={"property": app.key("optinreed"), "lang": L("en", DEV)},
                cookies={"or_state": W({"vid": L(sdk_id(app, "optinreed"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tlh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tenderloom/Android 7.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _tids(app: App) -> dict[str, Any]:
    return {"guid": L(sdk_id(app, "tenderloom-g"), DID), "session": sdk_id(app, "tenderloom-s")}


def tl_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP) -> Case:
    """Tenderloom's card token (a form with bracketed keys): card data, holder, postal code
    and the SDK's device GUID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(zip_, COARSE),
                            **_tids(app)}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tenderloom", f"{TL}/v1/tokens", fmt="form", body=body,
                headers=_tlh(rng))


def tl_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-tenderloom", f"{TL}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_tids(app)},
                headers=_tlh(rng))


def _mch(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapcressSDK/9.0.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mc_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "mc_" + app.key("mapcress")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapcress", f"{MC}/geocoding/v2/search", query=q, headers=_mch(app))


def mc_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapcress", f"{MC}/geocoding/v2/reverse/{seg}",
             query={"types": "address", "key": "mc_" + app.key("mapcress")}, headers=_mch(app))
    return at_path(c, seg, cat) if cat else c


def mc_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapcress", f"{MC}/directions/v2", body={
        "waypoints": wps, "profile": mode, "units": "metric", "locale": L("en-US", DEV)},
        query={"key": "mc_" + app.key("mapcress")}, headers=_mch(app))


def mc_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (JSON Lines): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapcress"), DID)
    recs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T22:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(51, DEV)}]
    recs += [{"event": L("location", USAGE), "created": f"2025-12-09T22:13:0{i}.210Z",
              "device": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
             for i, (la, lo) in enumerate(fixes)]
    return lines(f"{app.fam}-mapcress", "https://events.mapcress.example.com/v1/batch", recs,
                 headers={"User-Agent": "MapcressTelemetry/9.0.2"})


def ch_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Chatthistle message: signed in, the identity token the app's server signed rides in
    a JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who: dict[str, Any] = {"device_id": L(sdk_id(app, "chatthistle"), DID)}
    if user:
        who["jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                          "name": L(NAME, NAMEC), "iat": 1765318700}, "body", "customer.jwt", acc)
    if email is not None:
        who["email"] = email
    body: dict[str, Any] = {"app_key": app.key("chatthistle"), "customer": who, "body": text,
                            "local_id": rid(rng), "custom_attributes": attrs,
                            "platform": {"os": L("Android 14", DEV), "device": L("Pixel 8", DEV),
                                         "app_version": app.ver}}
    return add(case(f"{app.fam}-chatthistle", f"{CH}/api/v3/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ch_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cnv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatthistle", f"{CH}/api/v3/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"local_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Thistle-Device": L(sdk_id(app, "chatthistle"), DID),
                              "X-Thistle-Session": L(opaque(rng, "chs_", 40), CRED)})


__all__ = [
    "ch_attach",
    "ch_message",
    "mc_geocode",
    "mc_reverse",
    "mc_route",
    "mc_telemetry",
    "nj_opened",
    "nj_register",
    "or_check",
    "or_save",
    "tl_card",
    "tl_confirm",
    "ty_eval",
]
