"""Service SDKs of the hundred-and-twenty-ninth set, built once and called by every app with its
own choices: feature flags "Flagwattle", push "Buzzhollow", consent "Okaylumen", payments
"Coinpelican", maps "Chartjuniper" and support chat "Askosprey" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, ADDR = "financial.purchase", "contact.address"

FW = "https://cfg.flagwattle.example.net"
BH = "https://api.buzzhollow.example.com"
OL = "https://consent.okaylumen.example.org"
CP = "https://api.coinpelican.example.com"
CJ = "https://maps.chartjuniper.example.net"
AO = "https://widget.askosprey.example.org"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fw_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagwattle's evaluation: the subject's key is the user ID (the install ID signed out);
    ``hdr`` sends the subject as base64 JSON in a header of a GET."""
    subj: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "anonymous": not user,
                            "custom": {"appVersion": app.ver, "platform": L("Android 14", DEV),
                                       "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlagwattleAndroid/3.4.0",
                         "Authorization": "fw-mob-" + app.key("flagwattle")}
    if hdr:
        h["X-Flagwattle-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-flagwattle", f"{FW}/v1/flags", headers=h)
    return case(f"{app.fam}-flagwattle", f"{FW}/v1/evaluate", body={"subject": subj},
                headers=h)


def _bhh() -> dict[str, Any]:
    return {"User-Agent": L("Buzzhollow/5.2.1 (Android 14; Pixel 8)", DEV)}


def bh_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "en") -> Case:
    """Buzzhollow's subscription (JSON): the FCM token, the SDK's device ID, the device, the
    SIM's carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app": app.key("buzzhollow"),
                            "subscriber": L(sdk_id(app, "buzzhollow"), DID),
                            "push_token": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L(lang, DEV), "tz": L("Asia/Dili", DEV),
                            "device_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "app_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["gaid"] = L(GAID, "id.advertising")
    if at is not None:
        body["last_location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                 "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-buzzhollow", f"{BH}/v3/subscribers", body=body, headers=_bhh())


def bh_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A push-open receipt (a form): the subscriber and the campaign (the app's, a negative)."""
    return case(f"{app.fam}-buzzhollow", f"{BH}/v3/opens", fmt="form", body={
        "subscriber": L(sdk_id(app, "buzzhollow"), DID), "campaign": campaign,
        "notification": rid(rng), "action": L("opened", USAGE)}, headers=_bhh())


def ol_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Okaylumen's consent record (its visitor ID the device's; country from the IP), the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "okaylumen")
    body: dict[str, Any] = {"property": app.key("okaylumen"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "notice_version": 3,
                            "geo": {"country": L("TL", COARSE)}, "ua": L(app.ua, DEV),
                            "lang": L("en", DEV), "ts": 1765311633190}
    if user:
        body["user"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"olm_receipt": sjwt({"iss": "okaylumen", "sub": L(vid, DID),
                                    "granted": sorted(p for p, v in purposes.items() if v),
                                    "iat": 1765200000}, "cookie", "olm_receipt", acc)}
    return add(case(f"{app.fam}-okaylumen", f"{OL}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ol_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-okaylumen", f"{OL}/v1/status",
                query={"property": app.key("okaylumen"), "hl": L("en", DEV)},
                cookies={"olm_state": W({"vid": L(sdk_id(app, "okaylumen"), DID),
                                         "p": purposes, "nv": 3}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _cph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinpelican-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer cpk_live_" + opaque(rng, "", 24)}


def _cpids(app: App) -> dict[str, Any]:
    return {"device_fp": L(sdk_id(app, "coinpelican-d"), DID),
            "session": sdk_id(app, "coinpelican-s")}


def cp_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Coinpelican's card token (a form with bracketed keys): card data, holder, the SDK's
    device fingerprint (no postcode in Timor-Leste)."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[country]": "US", **_cpids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinpelican", f"{CP}/v1/tokens", fmt="form", body=body,
                headers=_cph(rng))


def cp_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a charge (a form): the client secret, the card method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-coinpelican", f"{CP}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_sec_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": "usd", **_cpids(app)},
                headers=_cph(rng))


def _cjh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"ChartjuniperSDK/7.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def cj_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``near`` of ``lat,lon`` at ``nd`` decimals (whose point decides its label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "country": "tl",
                         "key": "cj_" + app.key("chartjuniper")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-chartjuniper", f"{CJ}/v2/geocode", query=q, headers=_cjh(app))


def cj_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-chartjuniper", f"{CJ}/v2/reverse/{seg}",
             query={"types": "address", "key": "cj_" + app.key("chartjuniper")},
             headers=_cjh(app))
    return at_path(c, seg, cat) if cat else c


def cj_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "auto") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-chartjuniper", f"{CJ}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "lang": L("en-US", DEV)},
        query={"key": "cj_" + app.key("chartjuniper")}, headers=_cjh(app))


def cj_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a style load with the device, then the last fixes."""
    did = L(sdk_id(app, "chartjuniper"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("style_loaded", USAGE), "t": "2025-12-09T08:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "bat": L(52, DEV)}]
    evs += [{"ev": L("fix", USAGE), "t": f"2025-12-09T08:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 8.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-chartjuniper", "https://events.chartjuniper.example.net/v2/batch",
                query={"key": "cj_" + app.key("chartjuniper")}, body=evs, gz=True,
                headers={"User-Agent": "ChartjuniperTelemetry/7.0.3"})


def ao_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Askosprey message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"anon_id": L(sdk_id(app, "askosprey"), DID)}
    if user:
        person["user_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                  "name": L(NAME, NAMEC), "iat": 1765311702},
                                 "body", "person.user_jwt", acc)
    body: dict[str, Any] = {"inbox": app.key("askosprey"), "person": person, "body": text,
                            "client_msg_id": rid(rng), "custom": attrs,
                            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                    "app_version": app.ver, "lang": L("en", DEV)}}
    return add(case(f"{app.fam}-askosprey", f"{AO}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ao_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a thread (the widget's session token a credential)."""
    th = "th_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-askosprey", f"{AO}/v1/threads/{th}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askosprey-Anon": L(sdk_id(app, "askosprey"), DID),
                              "X-Askosprey-Session": L(opaque(rng, "aos_", 40), CRED)})


__all__ = ["ADDR", "ao_attach", "ao_message", "bh_opened", "bh_register", "cj_geocode",
           "cj_reverse", "cj_route", "cj_telemetry", "cp_card", "cp_confirm", "fw_eval",
           "ol_check", "ol_save"]
