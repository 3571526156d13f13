"""Service SDKs of the hundred-and-eleventh set, built once and called by every app with its own
choices: feature flags "Flaghorreo", push "Pushmeiga", consent "Optcastro", payments "Paycunca",
maps "Tilefaro" and support chat "Chatlareira" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families111_kit import HOME_GL, IBAN_ES
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, ADDR = "financial.purchase", "contact.address"

FH = "https://eval.flaghorreo.example.com"
PM = "https://api.pushmeiga.example.net"
OC = "https://consent.optcastro.example.org"
PC = "https://api.paycunca.example.com"
TF = "https://api.tilefaro.example.com"
CL = "https://widget.chatlareira.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fh_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flaghorreo's evaluation: the user's key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("Android 14", DEV),
                                    "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlaghorreoAndroid/3.5.0",
                         "Authorization": "mob-" + app.key("flaghorreo")}
    if hdr:
        h["X-Flaghorreo-User"] = W(u, "b64json")
        return case(f"{app.fam}-flaghorreo", f"{FH}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-flaghorreo", f"{FH}/msdk/evalx/user", body={"user": u}, headers=h)


def pm_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "Europe/Madrid", lang: str = "gl") -> Case:
    """Pushmeiga's player record (JSON): the FCM token, the SDK's player ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pushmeiga"),
                            "player_id": L(sdk_id(app, "pushmeiga"), DID),
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
    return case(f"{app.fam}-pushmeiga", f"{PM}/api/v1/players", body=body,
                headers={"User-Agent": L("Pushmeiga-Android/5.1.9 (Android 14; Pixel 8)", DEV)})


def oc_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "ES", region: str = "GA") -> Case:
    """Optcastro's consent record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "optcastro")
    body: dict[str, Any] = {"property": app.key("optcastro"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "tcf_version": 2, "vendor_list": 118,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "user_agent": L(app.ua, DEV), "ts": 1765272633190}
    if user:
        body["account_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"oc_receipt": sjwt({"iss": "optcastro", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765100000}, "cookie", "oc_receipt", acc)}
    return add(case(f"{app.fam}-optcastro", f"{OC}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def oc_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "gl") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-optcastro", f"{OC}/v1/status",
                query={"property": app.key("optcastro"), "lang": L(lang, DEV)},
                cookies={"oc_state": W({"vid": L(sdk_id(app, "optcastro"), DID),
                                        "p": purposes, "v": 2}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pch(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paycunca-Android/6.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"radar[device_id]": L(sdk_id(app, "paycunca-d"), DID),
            "radar[session]": sdk_id(app, "paycunca-s")}


def pc_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paycunca's card token (a form with bracketed keys): card data, holder, postal code and the
    SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_zip]": L(HOME_GL["cp"], COARSE),
                            "card[address_country]": L("ES", COARSE), **_pids(app)}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paycunca", f"{PC}/v1/tokens", fmt="form", body=body,
                headers=_pch(rng))


def pc_confirm(app: App, rng: random.Random, amount: int, currency: str = "eur") -> Case:
    """Confirming a payment intent (a form): the client secret, the method, the amount in cents."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paycunca", f"{PC}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(str(amount), BUY), "currency": currency, **_pids(app)},
                headers=_pch(rng))


def pc_sepa(app: App, rng: random.Random) -> Case:
    """A SEPA direct-debit method (a form): her IBAN, name, e-mail and address."""
    return case(f"{app.fam}-paycunca", f"{PC}/v1/payment_methods", fmt="form", body={
        "type": "sepa_debit", "sepa_debit[iban]": L(IBAN_ES, PAY),
        "billing_details[name]": L(NAME, NAMEC), "billing_details[email]": L(EMAIL, MAIL),
        "billing_details[address][line1]": L(HOME_GL["rua"], ADDR),
        "billing_details[address][postal_code]": L(HOME_GL["cp"], COARSE),
        "billing_details[address][country]": L("ES", COARSE),
        "mandate_data[customer_acceptance][type]": "online", **_pids(app)}, headers=_pch(rng))


def _tfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"TilefaroSDK/4.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def tf_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "gl") -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``), biased by a ``proximity``
    of ``lon,lat`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "tf_" + app.key("tilefaro")}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilefaro", f"{TF}/geocoding/v2/search", query=q, headers=_tfh(app))


def tf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilefaro", f"{TF}/geocoding/v2/reverse/{seg}",
             query={"types": "address", "key": "tf_" + app.key("tilefaro")}, headers=_tfh(app))
    return at_path(c, seg, cat) if cat else c


def tf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilefaro", f"{TF}/directions/v2/{profile}", body={
        "waypoints": wps, "alternatives": False, "units": "metric", "lang": L("gl", DEV)},
        query={"key": "tf_" + app.key("tilefaro")}, headers=_tfh(app))


def tf_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilefaro"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T10:12:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(61, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T10:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilefaro", "https://events.tilefaro.example.com/v2/events",
                query={"key": "tf_" + app.key("tilefaro")}, body=evs, gz=True,
                headers={"User-Agent": "TilefaroTelemetry/4.0.3"})


def cl_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, lang: str = "gl") -> Case:
    """A Chatlareira message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"device_id": L(sdk_id(app, "chatlareira"), DID)}
    if user:
        contact["user_jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765272702},
                                  "body", "contact.user_jwt", acc)
    body: dict[str, Any] = {"app_id": app.key("chatlareira"), "contact": contact,
                            "message": {"body": text, "client_msg_id": rid(rng)},
                            "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "locale": L(lang, DEV)}}
    return add(case(f"{app.fam}-chatlareira", f"{CL}/messenger/v3/conversations", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cl_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "conv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatlareira", f"{CL}/messenger/v3/conversations/{conv}/upload",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatlareira-Device": L(sdk_id(app, "chatlareira"), DID),
                              "X-Chatlareira-Session": L(opaque(rng, "cls_", 40), CRED)})


__all__ = ["cl_attach", "cl_message", "fh_eval", "oc_check", "oc_save", "pc_card", "pc_confirm",
           "pc_sepa", "pm_register", "tf_geocode", "tf_reverse", "tf_route", "tf_telemetry"]
