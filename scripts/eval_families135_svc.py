"""Service SDKs of the hundred-and-thirty-fifth set, built once and called by every app with its
own choices: feature flags "Flagtuitui", push "Pingkalia", consent "Consentheilala", payments
"Coinpaanga", maps "Maptoa" and support chat "Helpnoni" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families135_kit import TO_ACCOUNT
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

FT = "https://flags.flagtuitui.example.net"
PK = "https://api.pingkalia.example.com"
CH = "https://cmp.consentheilala.example.org"
CP = "https://api.coinpaanga.example.com"
MT = "https://api.maptoa.example.net"
HN = "https://chat.helpnoni.example.org"
TZ = "Pacific/Tongatapu"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ft_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Flagtuitui's evaluation: the context key is the user ID; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID),
                           "custom": {"appVersion": app.ver, "os": L("android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "flagtuitui-android/1.4.2",
                         "X-Tuitui-Client": "cl_" + app.key("flagtuitui")}
    if hdr:
        h["X-Tuitui-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagtuitui", f"{FT}/sdk/flags", headers=h)
    return case(f"{app.fam}-flagtuitui", f"{FT}/sdk/evaluate", body=ctx, headers=h)


def pk_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en") -> Case:
    """Pingkalia's device record (JSON, snake_case): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pingkalia"),
                            "device_id": L(sdk_id(app, "pingkalia"), DID),
                            "push_token": L(push_token(rng), DID), "lang": L(lang, DEV),
                            "tz": L(TZ, DEV), "model": L("Pixel 8", DEV),
                            "os_version": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER),
                            "app_version": app.ver, "external_id": L(USER_ID, UID),
                            "tags": tags or {}}
    if at is not None:
        body["location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                            "lon": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingkalia", f"{PK}/v2/devices", body=body,
                headers={"User-Agent": L("Pingkalia/3.1.4 (Android 14; Pixel 8)", DEV)})


def ch_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Consentheilala's record (its visitor ID the device's; the country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentheilala")
    body: dict[str, Any] = {"site": app.key("consentheilala"), "visitor": L(vid, DID),
                            "choices": purposes, "policyVersion": 4, "geo": L("TO", COARSE),
                            "ua": L(app.ua, DEV), "accountId": L(USER_ID, UID),
                            "ts": 1765319210117}
    acc: Acc = {}
    cookies = {"ch_receipt": sjwt({"iss": "consentheilala", "sub": L(vid, DID),
                                   "ok": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765210400}, "cookie", "ch_receipt", acc)}
    return add(case(f"{app.fam}-consentheilala", f"{CH}/v2/consents", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ch_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentheilala", f"{CH}/v2/status",
                query={"site": app.key("consentheilala"), "lang": L("en", DEV)},
                cookies={"ch_state": W({"v": L(sdk_id(app, "consentheilala"), DID),
                                        "c": purposes, "pv": 4}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _cph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinpaanga-Android/1.12.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _cpids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "coinpaanga-d"), DID),
            "sdk_session": sdk_id(app, "coinpaanga-s")}


def cp_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Coinpaanga's card token (a form, bracketed keys): card data, holder, the device ref."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": L("TO", COARSE),
                            **_cpids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinpaanga", f"{CP}/v1/tokens", fmt="form", body=body,
                headers=_cph(rng))


def cp_confirm(app: App, rng: random.Random, amount: str, currency: str = "top") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-coinpaanga", f"{CP}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_cpids(app)},
                headers=_cph(rng))


def cp_wallet(app: App, rng: random.Random, amount: str, msisdn: Any) -> Case:
    """A mobile-money payout or collection (JSON): the wallet's number, the amount."""
    return case(f"{app.fam}-coinpaanga", f"{CP}/v1/wallet_transfers", body={
        "destination": {"msisdn": msisdn, "network": "to_mwallet"}, "amount": L(amount, BUY),
        "currency": "TOP", "fallback_account": L(TO_ACCOUNT, PAY), "reference": rid(rng),
        **_cpids(app)}, headers=_cph(rng))


def _mth(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Maptoa/3.9.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mt_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``text`` (labelled ``cat``), biased by
    ``focus`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"text": L(text, cat), "size": "5", "lang": L("en", DEV),
                         "api_key": "mt_" + app.key("maptoa")}
    if near is not None:
        q["focus"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-maptoa", f"{MT}/geo/v1/search", query=q, headers=_mth(app))


def mt_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-maptoa", f"{MT}/geo/v1/reverse/{seg}",
             query={"layers": "address,locality", "api_key": "mt_" + app.key("maptoa")},
             headers=_mth(app))
    return at_path(c, seg, cat) if cat else c


def mt_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): ``locations[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-maptoa", f"{MT}/route/v1", body={
        "locations": wps, "costing": mode, "units": "km", "language": L("en-TO", DEV)},
        query={"api_key": "mt_" + app.key("maptoa")}, headers=_mth(app))


def mt_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "maptoa"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map_load", USAGE), "ts": "2025-12-10T08:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"ev": L("location", USAGE), "ts": f"2025-12-10T08:13:0{i}.210Z", "device": did,
             "lat": L(la, cat), "lon": L(lo, cat), "acc": 9.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-maptoa", "https://telemetry.maptoa.example.net/v1/events",
                query={"api_key": "mt_" + app.key("maptoa")}, body=evs, gz=True,
                headers={"User-Agent": "MaptoaTelemetry/3.9.1"})


def hn_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Helpnoni message: the identity token the app's server signed rides in a JSON field (a
    JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    visitor: dict[str, Any] = {"id": L(sdk_id(app, "helpnoni"), DID),
                               "identity_token": tok({"sub": L(USER_ID, UID),
                                                      "email": L(EMAIL, MAIL),
                                                      "name": L(NAME, NAMEC), "iat": 1765319301},
                                                     "body", "visitor.identity_token", acc)}
    body: dict[str, Any] = {"workspace": app.key("helpnoni"), "visitor": visitor,
                            "text": text, "client_msg_id": rid(rng), "attributes": attrs,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "app": app.ver}}
    return add(case(f"{app.fam}-helpnoni", f"{HN}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hn_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpnoni", f"{HN}/v1/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Noni-Visitor": L(sdk_id(app, "helpnoni"), DID),
                              "X-Noni-Session": L(opaque(rng, "nss_", 40), CRED)})


__all__ = ["ch_check", "ch_save", "cp_card", "cp_confirm", "cp_wallet", "ft_eval", "hn_attach",
           "hn_message", "mt_geocode", "mt_reverse", "mt_route", "mt_telemetry", "pk_register"]
