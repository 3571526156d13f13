"""Service SDKs of the eighty-fifth set, built once and called by every app with its own
choices: feature flags "Majjitoggle", push "Dghajsapush", consent "Bajtrapact", payments
"Ftirapay", maps "Girnamaps" and support chat "Karrozzinchat" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"
IBAN_MT = "MT84MALT011000012345MTLCAST001S"  # the standard's published Maltese example, hers here

MJ = "https://flags.majjitoggle.example.com"
DG = "https://api.dghajsapush.example.net"
BJ = "https://consent.bajtrapact.example.org"
FP = "https://api.ftirapay.example.com"
GM = "https://api.girnamaps.example.com"
KZ = "https://widget.karrozzinchat.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def mj_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Majjitoggle's evaluation: the context key is the user ID; ``hdr`` sends the context as
    base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID), "kind": "user",
                           "custom": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "MajjitoggleAndroid/2.6.0",
                         "Authorization": "mob-" + app.key("majjitoggle")}
    url = f"{MJ}/sdk/eval"
    if hdr:
        h["X-Majji-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-majjitoggle", url, headers=h)
    return case(f"{app.fam}-majjitoggle", url, body={"context": ctx}, headers=h)


def dg_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, tz: str = "Europe/Malta",
                lang: str = "en", adid: bool = False) -> Case:
    """Dghajsapush's subscription (JSON): the FCM token, the SDK's device ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app": app.key("dghajsapush"),
                            "subscriber": L(sdk_id(app, "dghajsapush"), DID),
                            "push_token": L(push_token(rng), DID), "type": "fcm",
                            "lang": L(lang, DEV), "tz": L(tz, DEV), "model": L("Pixel 8", DEV),
                            "os": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "external_user_id": L(USER_ID, UID), "tags": tags or {}}
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["last_loc"] = {"lat": L(round(at[0], nd), _cat(nd)),
                            "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-dghajsapush", f"{DG}/v2/subscriptions", body=body,
                headers={"User-Agent": L("Dghajsapush/5.1 (Android 14; Pixel 8)", DEV)})


def bj_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            country: str = "MT") -> Case:
    """Bajtrapact's consent record (visitor ID the device's; country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "bajtrapact")
    body: dict[str, Any] = {"property": app.key("bajtrapact"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "tcf_version": 2,
                            "geo": {"country": L(country, COARSE)}, "ua": L(app.ua, DEV),
                            "ts": 1765321633190}
    acc: Acc = {}
    cookies = {"bj_receipt": sjwt({"iss": "bajtrapact", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "bj_receipt", acc)}
    return add(case(f"{app.fam}-bajtrapact", f"{BJ}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def bj_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-bajtrapact", f"{BJ}/v1/status",
                query={"property": app.key("bajtrapact"), "lang": L("en", DEV)},
                cookies={"bj_state": W({"vid": L(sdk_id(app, "bajtrapact"), DID),
                                        "p": purposes, "v": 2}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _fph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Ftirapay-Android/3.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _fids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "ftirapay-d"), DID),
            "session": sdk_id(app, "ftirapay-s")}


def fp_card(app: App, rng: random.Random, *, email: bool = False, postcode: Any = None) -> Case:
    """Ftirapay's card token (a form with bracketed keys): card data, holder, postcode."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), **_fids(app)}
    if postcode is not None:
        body["card[address_postcode]"] = postcode
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-ftirapay", f"{FP}/v1/tokens", fmt="form", body=body,
                headers=_fph(rng))


def fp_confirm(app: App, rng: random.Random, amount: str, currency: str = "eur") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-ftirapay", f"{FP}/v1/intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_fids(app)},
                headers=_fph(rng))


def fp_sepa(app: App, rng: random.Random) -> Case:
    """A SEPA debit mandate (a form): her IBAN and the holder's name."""
    return case(f"{app.fam}-ftirapay", f"{FP}/v1/mandates", fmt="form", body={
        "sepa_debit[iban]": L(IBAN_MT, PAY), "holder[name]": L(NAME, NAMEC),
        "holder[email]": L(EMAIL, MAIL), "mandate[accepted]": "true", **_fids(app)},
        headers=_fph(rng))


def _gmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"GirnaMapsSDK/8.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def gm_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "gm_" + app.key("girnamaps")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-girnamaps", f"{GM}/geocode/v1/search", query=q, headers=_gmh(app))


def gm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-girnamaps", f"{GM}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "gm_" + app.key("girnamaps")}, headers=_gmh(app))
    return at_path(c, seg, cat) if cat else c


def gm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-girnamaps", f"{GM}/directions/v1", body={
        "waypoints": wps, "profile": mode, "units": "metric", "locale": L("en-MT", DEV)},
        query={"key": "gm_" + app.key("girnamaps")}, headers=_gmh(app))


def gm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "girnamaps"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "at": "2025-12-09T21:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"ev": L("loc", USAGE), "at": f"2025-12-09T21:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "acc": 7.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-girnamaps", "https://events.girnamaps.example.com/v1/t",
                query={"key": "gm_" + app.key("girnamaps")}, body=evs, gz=True,
                headers={"User-Agent": "GirnaTelemetry/8.0.3"})


def kz_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Karrozzinchat message: the identity token the app's server signed rides in a JSON
    field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    user: dict[str, Any] = {"anon": L(sdk_id(app, "karrozzinchat"), DID),
                            "jwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                        "name": L(NAME, NAMEC), "iat": 1765321702},
                                       "body", "user.jwt", acc)}
    body: dict[str, Any] = {"widget_id": app.key("karrozzinchat"), "user": user, "body": text,
                            "local_id": rid(rng), "custom": attrs,
                            "client": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-karrozzinchat", f"{KZ}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def kz_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "kzc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-karrozzinchat", f"{KZ}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"local_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Karrozzin-Anon": L(sdk_id(app, "karrozzinchat"), DID),
                              "X-Karrozzin-Session": L(opaque(rng, "kzs_", 40), CRED)})


__all__ = ["IBAN_MT", "bj_check", "bj_save", "dg_register", "fp_card", "fp_confirm", "fp_sepa",
           "gm_geocode", "gm_reverse", "gm_route", "gm_telemetry", "kz_attach", "kz_message",
           "mj_eval"]
