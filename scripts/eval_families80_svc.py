"""Service SDKs of the eightieth set, built once and called by every app with its own choices:
feature flags "Lylitorn", push "Teatekell", consent "Nousolek", payments "Maksehaldjas", maps
"Kaardiklaas" and support chat "Abikiri" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

LY = "https://flags.lylitorn.example.com"
TK = "https://api.teatekell.example.net"
NO = "https://consent.nousolek.example.org"
MH = "https://api.maksehaldjas.example.com"
KK = "https://api.kaardiklaas.example.com"
AK = "https://widget.abikiri.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ly_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Lylitorn's evaluation: ``targetingKey`` the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "appVersion": app.ver, "platform": L("android-14", DEV),
                           "deviceModel": L("Pixel 8", DEV), **attrs}
    h: dict[str, Any] = {"User-Agent": "Lylitorn-Android/0.19.2",
                         "X-Lylitorn-Client": "cl-" + app.key("lylitorn")}
    url = f"{LY}/ofrep/v1/evaluate/flags"
    if hdr:
        h["X-Lylitorn-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-lylitorn", url, headers=h)
    return case(f"{app.fam}-lylitorn", url, body={"context": ctx}, headers=h)


def tk_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
                lang: str = "en") -> Case:
    """Teatekell's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("teatekell"),
                            "subscriberId": L(sdk_id(app, "teatekell"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "externalUserId": L(USER_ID, UID), "lang": L(lang, DEV),
                            "tz": L(tz, DEV), "deviceModel": L("Pixel 8", DEV),
                            "osVersion": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-teatekell", f"{TK}/v2/subscriptions", body=body,
                headers={"User-Agent": L("Teatekell/5.3.1 (Android 14; Pixel 8)", DEV)})


def no_save(app: App, rng: random.Random, purposes: dict[str, bool], *, country: str = "US",
            region: str = "NY") -> Case:
    """Nousolek's consent record: the visitor ID the device's, country and region from the IP,
    the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "nousolek")
    body: dict[str, Any] = {"property": app.key("nousolek"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765321633190}
    acc: Acc = {}
    cookies = {"no_receipt": sjwt({"iss": "nousolek", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "no_receipt", acc)}
    return add(case(f"{app.fam}-nousolek", f"{NO}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def no_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-nousolek", f"{NO}/v1/status",
                query={"property": app.key("nousolek"), "lang": L(lang, DEV)},
                cookies={"no_state": W({"vid": L(sdk_id(app, "nousolek"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _mhh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Maksehaldjas-Android/2.6.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer mh_pub_" + opaque(rng, "", 24)}


def _mid(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "maksehaldjas-d"), DID),
            "session_ref": sdk_id(app, "maksehaldjas-s")}


def mh_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Maksehaldjas' card token (a form with bracketed keys): card data, holder and ZIP."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[holder]": L(NAME, NAMEC), "billing[postal_code]": L(ZIP, COARSE),
                            **_mid(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-maksehaldjas", f"{MH}/v1/tokens", fmt="form", body=body,
                headers=_mhh(rng))


def mh_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 20)
    return case(f"{app.fam}-maksehaldjas", f"{MH}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_cs_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY), "amount": L(amount, BUY),
                      "currency": currency, **_mid(app)}, headers=_mhh(rng))


def mh_iban(app: App, rng: random.Random, iban: str, holder: str, amount: str) -> Case:
    """A SEPA debit mandate (JSON): the IBAN, its holder and the amount."""
    return case(f"{app.fam}-maksehaldjas", f"{MH}/v1/mandates", body={
        "sepa_debit": {"iban": L(iban, PAY), "holder": holder},
        "amount": L(amount, BUY), "currency": "eur", "mandate_ip_from_client": True,
        **_mid(app)}, headers=_mhh(rng))


def _kkh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Kaardiklaas/4.0.2 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def kk_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``), biased by ``proximity``
    (``lat,lon`` at ``nd`` decimals; whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "kk_" + app.key("kaardiklaas")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-kaardiklaas", f"{KK}/geo/v2/search", query=q, headers=_kkh(app))


def kk_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-kaardiklaas", f"{KK}/geo/v2/reverse/{seg}",
             query={"types": "address", "key": "kk_" + app.key("kaardiklaas")}, headers=_kkh(app))
    return at_path(c, seg, cat) if cat else c


def kk_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i]`` as ``[lon, lat]`` labelled by whose place it is."""
    wps = [[L(lo, cat) if cat else lo, L(la, cat) if cat else la] for (la, lo), cat in stops]
    return case(f"{app.fam}-kaardiklaas", f"{KK}/nav/v1/route", body={
        "waypoints": wps, "profile": profile, "units": "metric", "lang": L("en-US", DEV)},
        query={"key": "kk_" + app.key("kaardiklaas")}, headers=_kkh(app))


def kk_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "kaardiklaas"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "t": "2025-12-09T23:12:40.118Z", "sid": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"ev": L("loc", USAGE), "t": f"2025-12-09T23:13:0{i}.210Z", "sid": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 5.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-kaardiklaas", "https://events.kaardiklaas.example.com/v1/t",
                query={"key": "kk_" + app.key("kaardiklaas")}, body=evs, gz=True,
                headers={"User-Agent": "KaardiklaasTelemetry/4.0.2"})


def ak_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """An Abikiri message: the identity token the app's server signed rides in a JSON field
    (a JWT: a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact = {"id": L(sdk_id(app, "abikiri"), DID),
               "userJwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                               "name": L(NAME, NAMEC), "iat": 1765321702},
                              "body", "contact.userJwt", acc)}
    body = {"widgetId": app.key("abikiri"), "contact": contact, "body": text,
            "clientMsgId": rid(rng), "custom": attrs,
            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV), "app": app.ver}}
    return add(case(f"{app.fam}-abikiri", f"{AK}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ak_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "akc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-abikiri", f"{AK}/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Abikiri-Contact": L(sdk_id(app, "abikiri"), DID),
                              "X-Abikiri-Session": L(opaque(rng, "aks_", 40), CRED)})


__all__ = ["ak_attach", "ak_message", "kk_geocode", "kk_reverse", "kk_route", "kk_telemetry",
           "ly_eval", "mh_card", "mh_confirm", "mh_iban", "no_check", "no_save", "tk_register"]
