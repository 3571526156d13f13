"""Service SDKs of the ninety-first set, built once and called by every app with its own
choices: feature flags "Suisdian", push "Loncengwira", consent "Izinpadu", payments
"Bayarpelangi", maps "Petaselasih" and support chat "Sembangteduh" (fictional vendors, hosts
under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SD = "https://flags.suisdian.example.com"
LW = "https://api.loncengwira.example.net"
IZ = "https://cmp.izinpadu.example.org"
BP = "https://api.bayarpelangi.example.com"
PS = "https://api.petaselasih.example.com"
ST = "https://widget.sembangteduh.example.net"
Pt = tuple[float, float]
KL = "Asia/Kuala_Lumpur"


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sd_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Suisdian's evaluation: the targeting key is the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "appVersion": app.ver, "platform": L("android-14", DEV),
                           "deviceModel": L("Pixel 8", DEV), **attrs}
    h: dict[str, Any] = {"User-Agent": "SuisdianAndroid/0.19.2",
                         "X-Suisdian-Key": "sd-client-" + app.key("suisdian")}
    url = f"{SD}/ofrep/v1/evaluate/flags"
    if hdr:
        h["X-Suisdian-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-suisdian", url, headers=h)
    return case(f"{app.fam}-suisdian", url, body={"context": ctx}, headers=h)


def lw_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = KL, lang: str = "en") -> Case:
    """Loncengwira's device record (JSON): the FCM token, the SDK's device ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("loncengwira"),
                            "deviceId": L(sdk_id(app, "loncengwira"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-loncengwira", f"{LW}/v3/devices", body=body, headers={
        "User-Agent": L("Loncengwira/5.2.0 (Android 14; Pixel 8)", DEV)})


def lw_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the campaign and message IDs negatives."""
    return case(f"{app.fam}-loncengwira", f"{LW}/v3/opens", fmt="form", body={
        "appKey": app.key("loncengwira"), "deviceId": L(sdk_id(app, "loncengwira"), DID),
        "campaign": campaign, "message": opaque(rng, "msg_", 12), "action": L("open", USAGE),
        "ts": "1765362301"}, headers={"User-Agent": L("Loncengwira/5.2.0 (Android 14; Pixel 8)",
                                                      DEV)})


def iz_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "MY", region: str = "14") -> Case:
    """Izinpadu's consent record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "izinpadu")
    body: dict[str, Any] = {"property": app.key("izinpadu"), "visitorId": L(vid, DID),
                            "purposes": purposes, "notice": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765361633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"iz_receipt": sjwt({"iss": "izinpadu", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "iz_receipt", acc)}
    return add(case(f"{app.fam}-izinpadu", f"{IZ}/v1/consents", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def iz_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-izinpadu", f"{IZ}/v1/status",
                query={"property": app.key("izinpadu"), "lang": L("ms", DEV)},
                cookies={"iz_state": W({"vid": L(sdk_id(app, "izinpadu"), DID),
                                        "p": purposes, "n": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _bph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Bayarpelangi/Android 3.6.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _bids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "bayarpelangi-d"), DID),
            "sdk_session": sdk_id(app, "bayarpelangi-s")}


def bp_card(app: App, rng: random.Random, *, email: bool = False, poskod: str = "55000") -> Case:
    """Bayarpelangi's card token (a form with bracketed keys): card data, holder, postcode."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[postcode]": L(poskod, COARSE),
                            **_bids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-bayarpelangi", f"{BP}/v2/tokens", fmt="form", body=body,
                headers=_bph(rng))


def bp_confirm(app: App, rng: random.Random, amount: str, currency: str = "myr") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-bayarpelangi", f"{BP}/v2/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_bids(app)},
                headers=_bph(rng))


def bp_obank(app: App, rng: random.Random, amount: str, bank: str) -> Case:
    """An online-banking redirect (a form): the bank's code (a negative), the buyer's name and
    e-mail, the amount."""
    return case(f"{app.fam}-bayarpelangi", f"{BP}/v2/obank/sessions", fmt="form", body={
        "bank_code": bank, "buyer_name": L(NAME, NAMEC), "buyer_email": L(EMAIL, MAIL),
        "amount": L(amount, BUY), "currency": "MYR", "order_ref": rid(rng), **_bids(app)},
        headers=_bph(rng))


def _psh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"PetaselasihSDK/8.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def ps_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``near`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "ps_" + app.key("petaselasih")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-petaselasih", f"{PS}/v2/geocode", query=q, headers=_psh(app))


def ps_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-petaselasih", f"{PS}/v2/reverse/{seg}",
             query={"types": "address,poi", "key": "ps_" + app.key("petaselasih")},
             headers=_psh(app))
    return at_path(c, seg, cat) if cat else c


def ps_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "motorcycle") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-petaselasih", f"{PS}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "lang": L("en-MY", DEV)},
        query={"key": "ps_" + app.key("petaselasih")}, headers=_psh(app))


def ps_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "petaselasih"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "t": "2025-12-10T09:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(51, DEV)}]
    evs += [{"ev": L("loc", USAGE), "t": f"2025-12-10T09:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "acc": 8.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-petaselasih", "https://t.petaselasih.example.com/v2/events",
                query={"key": "ps_" + app.key("petaselasih")}, body=evs, gz=True,
                headers={"User-Agent": "PetaselasihTelemetry/8.4.1"})


def st_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Sembangteduh message: signed in, the identity token the app's server signed rides in
    a JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "sembangteduh"), DID)}
    if user:
        contact["jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                              "name": L(NAME, NAMEC), "iat": 1765361702},
                             "body", "contact.jwt", acc)
    body: dict[str, Any] = {"inbox": app.key("sembangteduh"), "contact": contact,
                            "content": text, "echo_id": rid(rng), "custom": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-sembangteduh", f"{ST}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def st_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "stc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-sembangteduh", f"{ST}/api/v1/conversations/{conv}/files",
                     [("attachment", filename, ctype, media),
                      ("meta", None, "application/json", {"echo_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Sembang-Contact": L(sdk_id(app, "sembangteduh"), DID),
                              "X-Sembang-Session": L(opaque(rng, "sts_", 40), CRED)})


__all__ = ["bp_card", "bp_confirm", "bp_obank", "iz_check", "iz_save", "lw_opened",
           "lw_register", "ps_reverse", "ps_route", "ps_search", "ps_telemetry", "sd_eval",
           "st_attach", "st_message"]
