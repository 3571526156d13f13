"""Service SDKs of the thirty-third set, built once and called by every app with its own
choices: feature flags "Flagcrest", push "Pingweave", consent "Agreeble", payments "Paysprig",
maps "Geotrellis" and support chat "Helpwisp" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import quote

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
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

FC = "https://sdk.flagcrest.example.com"
PW = "https://api.pingweave.example.net"
AG = "https://consent.agreeble.example.org"
PS = "https://api.paysprig.example.com"
GT = "https://api.geotrellis.example.com"
HWB = "https://widget.helpwisp.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fc_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagcrest's evaluation: the context key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"kind": "user",
                           "key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "attributes": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                          "deviceModel": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "FlagcrestAndroid/3.7.0", "Authorization": "fc-mob-" + app.key("flagcrest")}
    url = f"{FC}/sdk/v2/evaluate"
    if get:
        acc: Acc = {}
        q = enc(ctx, "query", "ctx", "b64url", acc)
        return add(case(f"{app.fam}-flagcrest", url, query={"ctx": q, "withReasons": "false"},
                        headers=h), acc)
    return case(f"{app.fam}-flagcrest", url, body={"context": ctx}, headers=h)


def _ph() -> dict[str, Any]:
    return {"User-Agent": L("Pingweave-Android/7.1.3 (Android 14; Pixel 8)", DEV)}


def pw_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: int = -300) -> Case:
    """Pingweave's installation: the FCM token, the device, the carrier, tags, the last
    known position at ``nd`` decimals if the app allows it."""
    body: dict[str, Any] = {"appId": app.key("pingweave"), "platform": "android",
                            "pushToken": L(push_token(rng), DID),
                            "installationId": L(sdk_id(app, "pingweave"), DID),
                            "locale": L("en_US", DEV), "tzOffsetMin": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrierName": L("Example Mobile", CARRIER),
                            "appVersion": app.ver, "sdkVersion": "7.1.3", "tags": tags or {}}
    if user:
        body["externalId"] = L(USER_ID, UID)
    if adid:
        body["advertisingId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd)), "acc": 35}
    return case(f"{app.fam}-pingweave", f"{PW}/v2/installations", body=body, headers=_ph())


def ag_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            receipt: bool = False, country: str = "US", region: str = "NY") -> Case:
    """Agreeble's consent record (its visitor ID the device's; country and region from the
    IP), with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "agreeble")
    body: dict[str, Any] = {"siteId": app.key("agreeble"), "visitorId": L(vid, DID),
                            "purposes": purposes, "gpp": "DBABLA~BVQqAAAAAgA.QA",
                            "noticeVersion": 7, "geo": {"country": L(country, COARSE),
                                                        "region": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "ts": 1765321622018}
    if user:
        body["userId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = None
    if receipt:
        cookies = {"ag_receipt": sjwt({"iss": "agreeble", "sub": L(vid, DID),
                                       "p": sorted(k for k, v in purposes.items() if v),
                                       "iat": 1765100000}, "cookie", "ag_receipt", acc)}
    return add(case(f"{app.fam}-agreeble", f"{AG}/v2/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ag_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-agreeble", f"{AG}/v2/status",
                query={"siteId": app.key("agreeble"), "lang": L("en", DEV)},
                cookies={"ag_state": W({"vid": L(sdk_id(app, "agreeble"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _psh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paysprig/Android 9.4.1", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _dd(app: App) -> W:
    return W({"muid": L(sdk_id(app, "paysprig-m"), DID), "sid": sdk_id(app, "paysprig-s"),
              "model": L("Pixel 8", DEV), "tz": L("-300", DEV)}, "json")


def ps_card(app: App, rng: random.Random, *, email: bool = False, postal: Any = None,
            country: str = "US") -> Case:
    """Paysprig's card token (a form with bracketed keys): card data, the holder, the postal
    code, and ``device_data`` a JSON string in a form field."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_zip]": postal if postal is not None else L(ZIP, COARSE),
                            "card[address_country]": L(country, COARSE),
                            "device_data": _dd(app), "payment_user_agent": "paysprig-android/9.4.1"}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paysprig", f"{PS}/v1/tokens", fmt="form", body=body,
                headers=_psh(rng))


def ps_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paysprig", f"{PS}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "expected_amount": L(amount, BUY), "currency": currency,
                      "return_url": f"{app.fam}://paysprig/return", "device_data": _dd(app)},
                headers=_psh(rng))


def _gh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"GeotrellisSDK/5.2.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def gt_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding: the typed text a URL path segment (labelled ``cat``), biased by a
    ``focus.point`` in the query at ``nd`` decimals (whose point it is decides the label)."""
    seg = quote(text, safe="")
    q: dict[str, Any] = {"size": "5", "api_key": "gt_pk_" + app.key("geotrellis")}
    if near is not None:
        q["focus.point.lat"] = L(f"{near[0]:.{nd}f}", _cat(nd))
        q["focus.point.lon"] = L(f"{near[1]:.{nd}f}", _cat(nd))
    c = case(f"{app.fam}-geotrellis", f"{GT}/v1/search/{seg}", query=q, headers=_gh(app))
    return at_path(c, seg, cat)


def gt_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the query (labelled by whose point it is)."""
    q: dict[str, Any] = {"point.lat": f"{at[0]:.{nd}f}", "point.lon": f"{at[1]:.{nd}f}",
                         "layers": "address", "api_key": "gt_pk_" + app.key("geotrellis")}
    if cat:
        q["point.lat"], q["point.lon"] = L(q["point.lat"], cat), L(q["point.lon"], cat)
    return case(f"{app.fam}-geotrellis", f"{GT}/v1/reverse", query=q, headers=_gh(app))


def gt_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             costing: str = "auto") -> Case:
    """Directions (JSON): the stops as ``locations[i].lat/lon``, each labelled by whose place
    it is (a business's or the agency's place is a negative)."""
    locs = []
    for (la, lo), cat in stops:
        locs.append({"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo,
                     "type": "break"})
    return case(f"{app.fam}-geotrellis", f"{GT}/v1/route", body={
        "locations": locs, "costing": costing, "units": "kilometers",
        "directions_options": {"language": L("en-US", DEV)}},
        query={"api_key": "gt_pk_" + app.key("geotrellis")}, headers=_gh(app))


def gt_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (gzip JSON Lines): a map load with the device, then the last fixes."""
    uid = L(sdk_id(app, "geotrellis"), DID)
    recs: list[dict[str, Any]] = [{"ev": L("map_load", USAGE), "ts": 1765321960118,
                                   "sdkUser": uid, "model": L("Pixel 8", DEV),
                                   "os": L("Android 14", DEV), "battery": L(64, DEV)}]
    recs += [{"ev": L("location", USAGE), "ts": 1765321961530 + 1000 * i, "sdkUser": uid,
              "lat": L(la, cat), "lon": L(lo, cat), "hacc": 9.0}
             for i, (la, lo) in enumerate(fixes)]
    return lines(f"{app.fam}-geotrellis", "https://telemetry.geotrellis.example.com/v1/events",
                 recs, gz=True, headers={"User-Agent": "GeotrellisTelemetry/5.2.0"})


def hw_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Helpwisp message: signed in, the identity token the app's server signed rides in a
    cookie (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    cookies: dict[str, Any] = {"hw_visitor": L(sdk_id(app, "helpwisp"), DID)}
    if user:
        cookies["hw_identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                      "name": L(NAME, NAMEC), "iat": 1765321700},
                                     "cookie", "hw_identity", acc)
    body: dict[str, Any] = {"widgetId": app.key("helpwisp"), "text": text,
                            "clientMsgId": rid(rng), "attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "locale": L("en_US", DEV), "appVersion": app.ver}}
    if email is not None:
        body["email"] = email
    return add(case(f"{app.fam}-helpwisp", f"{HWB}/v1/messages", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hw_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpwisp", f"{HWB}/v1/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpwisp-Session": L(opaque(rng, "hws_", 40), CRED)},
                     cookies={"hw_visitor": L(sdk_id(app, "helpwisp"), DID)})


__all__ = ["ag_check", "ag_save", "fc_eval", "gt_geocode", "gt_reverse", "gt_route",
           "gt_telemetry", "hw_attach", "hw_message", "ps_card", "ps_confirm", "pw_register"]
