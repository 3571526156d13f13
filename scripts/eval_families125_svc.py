"""Service SDKs of the hundred-and-twenty-fifth set, built once and called by every app with its
own choices: feature flags "Barbetflag", push "Pittapush", consent "Assentmunia", payments
"Paybroadbill", maps "Sarusmaps" and support chat "Helpadjutant" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families125_kit import KH_E164, POSTAL_PP, TONLE, TZ_PP, WALLET_ACCT
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

BT = "https://eval.barbetflag.example.com"
PP = "https://api.pittapush.example.net"
AS = "https://cmp.assentmunia.example.org"
BB = "https://api.paybroadbill.example.com"
SM = "https://api.sarusmaps.example.com"
HA = "https://widget.helpadjutant.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def bt_eval(app: App, rng: random.Random, traits: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Barbetflag's evaluation: the subject is the user ID (the install ID signed out);
    ``hdr`` sends the subject as base64 JSON in a header of a GET."""
    subj: dict[str, Any] = {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                            "type": "user" if user else "install",
                            "traits": {"appVersion": app.ver, "platform": L("android-14", DEV),
                                       "locale": L("en-US", DEV), **traits}}
    h: dict[str, Any] = {"User-Agent": "barbetflag-android/0.19.2",
                         "X-Barbet-Env": "env_" + app.key("barbetflag")}
    if hdr:
        h["X-Barbet-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-barbetflag", f"{BT}/v1/flags", headers=h)
    return case(f"{app.fam}-barbetflag", f"{BT}/v1/evaluate", headers=h,
                body={"subject": subj, "flags": ["*"]})


def pp_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "en") -> Case:
    """Pittapush's installation (JSON, camelCase): the FCM token, the installation ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("pittapush"),
                            "installationId": L(sdk_id(app, "pittapush"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timeZone": L(TZ_PP, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L(TONLE[0], CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"latitude": L(round(at[0], nd), _cat(nd)),
                                "longitude": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pittapush", f"{PP}/v3/installations", body=body, headers={
        "User-Agent": L("Pittapush/5.2.0 (Android 14; Pixel 8)", DEV)})


def as_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "KH") -> Case:
    """Assentmunia's consent record (its subject ID the device's; country from the IP) with the
    previous signed proof in a cookie (a JWT that opens nothing)."""
    sid = sdk_id(app, "assentmunia")
    body: dict[str, Any] = {"property": app.key("assentmunia"), "subject": L(sid, DID),
                            "purposes": purposes, "version": 7, "country": L(country, COARSE),
                            "ua": L(app.ua, DEV), "ts": 1765682633190}
    if user:
        body["userRef"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"am_proof": sjwt({"iss": "assentmunia", "sub": L(sid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765600000}, "cookie", "am_proof", acc)}
    return add(case(f"{app.fam}-assentmunia", f"{AS}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def as_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the subject ID and choices."""
    return case(f"{app.fam}-assentmunia", f"{AS}/v1/state",
                query={"property": app.key("assentmunia"), "hl": L("km", DEV)},
                cookies={"am_state": W({"s": L(sdk_id(app, "assentmunia"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _bbh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paybroadbill-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pbk_live_" + opaque(rng, "", 24)}


def _bids(app: App) -> dict[str, Any]:
    return {"device_id": L(sdk_id(app, "paybroadbill"), DID), "muid": sdk_id(app, "pbb-m")}


def bb_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paybroadbill's card token (a form with bracketed keys): card data, holder, postcode."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_postal_code]": L(POSTAL_PP, COARSE),
                            "card[address_country]": L("KH", COARSE), **_bids(app)}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paybroadbill", f"{BB}/v1/tokens", fmt="form", body=body,
                headers=_bbh(rng))


def bb_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 24)
    return case(f"{app.fam}-paybroadbill", f"{BB}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_bids(app)},
                headers=_bbh(rng))


def bb_wallet(app: App, rng: random.Random) -> Case:
    """Linking her Cambodian mobile wallet as a payment method (a form)."""
    return case(f"{app.fam}-paybroadbill", f"{BB}/v1/payment_methods", fmt="form", body={
        "type": "kh_wallet", "kh_wallet[phone]": L(KH_E164, TEL),
        "kh_wallet[account]": L(WALLET_ACCT, PAY), "kh_wallet[holder]": L(NAME, NAMEC),
        **_bids(app)}, headers=_bbh(rng))


def _smh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"SarusMapsSDK/7.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def sm_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    (``lat,lon`` at ``nd`` decimals: whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "sm_" + app.key("sarusmaps")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-sarusmaps", f"{SM}/geocode/v2/search", query=q, headers=_smh(app))


def sm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-sarusmaps", f"{SM}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "sm_" + app.key("sarusmaps")}, headers=_smh(app))
    return at_path(c, seg, cat) if cat else c


def sm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "motorcycle") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-sarusmaps", f"{SM}/directions/v1", body={
        "waypoints": wps, "profile": mode, "alternatives": False, "lang": L("en-US", DEV)},
        query={"key": "sm_" + app.key("sarusmaps")}, headers=_smh(app))


def sm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then her last fixes."""
    did = L(sdk_id(app, "sarusmaps"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "t": "2025-12-15T03:12:40.118Z", "sid": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en-US", DEV)}]
    evs += [{"ev": L("location", USAGE), "t": f"2025-12-15T03:13:0{i}.210Z", "sid": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 5.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-sarusmaps", "https://events.sarusmaps.example.com/v1/batch",
                query={"key": "sm_" + app.key("sarusmaps")}, body=evs, gz=True,
                headers={"User-Agent": "SarusMapsTelemetry/7.4.1"})


def ha_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, phone: Any = None) -> Case:
    """A Helpadjutant message: signed in, the identity token the app's server signed rides in
    ``user.jwt`` (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who: dict[str, Any] = {"deviceRef": L(sdk_id(app, "helpadjutant"), DID)}
    if user:
        who["jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                          "name": L(NAME, NAMEC), "iat": 1765682702}, "body", "user.jwt", acc)
    if phone is not None:
        who["phone"] = phone
    body: dict[str, Any] = {"widgetId": app.key("helpadjutant"), "user": who, "body": text,
                            "clientMsgId": rid(rng), "customFields": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-helpadjutant", f"{HA}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ha_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hac_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpadjutant", f"{HA}/api/v1/conversations/{conv}/files",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Adjutant-Device": L(sdk_id(app, "helpadjutant"), DID),
                              "X-Adjutant-Session": L(opaque(rng, "has_", 40), CRED)})


__all__ = ["as_check", "as_save", "bb_card", "bb_confirm", "bb_wallet", "bt_eval", "ha_attach",
           "ha_message", "pp_register", "sm_geocode", "sm_reverse", "sm_route", "sm_telemetry"]
