"""Service SDKs of the two-hundred-and-thirteenth set, built once and called by every app with its
own choices: feature flags "Bratachflag", push "Brathping", consent "Aontagate", payments
"Sgillinpay", maps "Mapachair" and support chat "Cobhairchat" (fictional vendors, hosts
under example.*; their call shapes are set 151's, renamed, with the United Kingdom's country,
zone and currency, and a Faster Payments payout instead of a mobile-money one)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families213_kit import UK_ACCOUNT, UK_SORT
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

BT = "https://eval.bratachflag.example.net"
BP = "https://api.brathping.example.com"
AG = "https://consent.aontagate.example.org"
SG = "https://api.sgillinpay.example.com"
MP = "https://maps.mapachair.example.net"
CC = "https://widget.cobhairchat.example.org"
TZ = "Europe/London"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def bt_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Bratachflag's evaluation: the targeting key is the user ID; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID),
                           "attrs": {"appVersion": app.ver, "platform": L("android 14", DEV),
                                     "deviceModel": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "bratachflag-android/0.9.7",
                         "X-Bratachflag-Env": "env_" + app.key("bratachflag")}
    if hdr:
        h["X-Bratachflag-Ctx"] = W(ctx, "b64json")
        return case(f"{app.fam}-bratachflag", f"{BT}/v1/flags", headers=h)
    return case(f"{app.fam}-bratachflag", f"{BT}/v1/flags/evaluate", body=ctx, headers=h)


def bp_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en") -> Case:
    """Brathping's subscriber record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appKey": app.key("brathping"),
                            "subscriberId": L(sdk_id(app, "brathping"), DID),
                            "fcmToken": L(push_token(rng), DID), "language": L(lang, DEV),
                            "timeZone": L(TZ, DEV), "deviceModel": L("Pixel 8", DEV),
                            "osVersion": L("14", DEV),
                            "carrierName": L("Example Mobile", CARRIER),
                            "appVersion": app.ver, "externalUserId": L(USER_ID, UID),
                            "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-brathping", f"{BP}/v3/subscribers", body=body,
                headers={"User-Agent": L("Brathping/4.2.0 (Android 14; Pixel 8)", DEV)})


def ag_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Aontagate's record (its visitor ID the device's; the country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "aontagate")
    body: dict[str, Any] = {"property": app.key("aontagate"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 3, "country": L("GB", COARSE),
                            "userAgent": L(app.ua, DEV), "userId": L(USER_ID, UID),
                            "at": 1765322210117}
    acc: Acc = {}
    cookies = {"ag_proof": sjwt({"iss": "aontagate", "sub": L(vid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765210000}, "cookie", "ag_proof", acc)}
    return add(case(f"{app.fam}-aontagate", f"{AG}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ag_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-aontagate", f"{AG}/v1/state",
                query={"property": app.key("aontagate"), "hl": L("en", DEV)},
                cookies={"ag_state": W({"vid": L(sdk_id(app, "aontagate"), DID),
                                        "p": purposes, "v": 3}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _sgh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Sgillinpay-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _sgids(app: App) -> dict[str, Any]:
    return {"device_ref": L(sdk_id(app, "sgillinpay-d"), DID),
            "sdk_session": sdk_id(app, "sgillinpay-s")}


def sg_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Sgillinpay's card token (a form, bracketed keys): card data, holder, the device ref."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": L("GB", COARSE),
                            **_sgids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-sgillinpay", f"{SG}/v1/tokens", fmt="form", body=body,
                headers=_sgh(rng))


def sg_confirm(app: App, rng: random.Random, amount: str, currency: str = "gbp") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-sgillinpay", f"{SG}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_sgids(app)},
                headers=_sgh(rng))


def sg_payout(app: App, rng: random.Random, amount: str, phone: Any) -> Case:
    """A Faster Payments payout to her UK account (JSON): sort code, account number, the payee's
    mobile for the confirmation text, the amount."""
    return case(f"{app.fam}-sgillinpay", f"{SG}/v1/payouts", body={
        "destination": {"sort_code": L(UK_SORT, PAY), "account_number": L(UK_ACCOUNT, PAY),
                        "name": L(NAME, NAMEC), "notify_mobile": phone},
        "amount": L(amount, BUY), "currency": "GBP", "scheme": "faster_payments",
        "reference": rid(rng), **_sgids(app)}, headers=_sgh(rng))


def _mph(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapachair/6.1.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mp_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L("en", DEV),
                         "key": "mp_" + app.key("mapachair")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapachair", f"{MP}/v2/geocode", query=q, headers=_mph(app))


def mp_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapachair", f"{MP}/v2/reverse/{seg}",
             query={"types": "address,place", "key": "mp_" + app.key("mapachair")},
             headers=_mph(app))
    return at_path(c, seg, cat) if cat else c


def mp_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapachair", f"{MP}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "lang": L("en-GB", DEV)},
        query={"key": "mp_" + app.key("mapachair")}, headers=_mph(app))


def mp_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapachair"), DID)
    evs: list[dict[str, Any]] = [{
        "kind": L("map.load", USAGE), "t": "2025-12-10T07:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"kind": L("loc", USAGE), "t": f"2025-12-10T07:13:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 8.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapachair", "https://events.mapachair.example.net/v2/batch",
                query={"key": "mp_" + app.key("mapachair")}, body=evs, gz=True,
                headers={"User-Agent": "MapachairTelemetry/6.1.0"})


def cc_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Cobhairchat message: the identity token the app's server signed rides in a JSON
    field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"id": L(sdk_id(app, "cobhairchat"), DID),
                               "user_jwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                                "name": L(NAME, NAMEC), "iat": 1765322301},
                                               "body", "contact.user_jwt", acc)}
    body: dict[str, Any] = {"inbox": app.key("cobhairchat"), "contact": contact,
                            "body": text, "client_ref": rid(rng), "custom": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app": app.ver}}
    return add(case(f"{app.fam}-cobhairchat", f"{CC}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cc_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "ccv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-cobhairchat", f"{CC}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-CC-Contact": L(sdk_id(app, "cobhairchat"), DID),
                              "X-CC-Session": L(opaque(rng, "ccs_", 40), CRED)})


__all__ = [
    "ag_check",
    "ag_save",
    "bp_register",
    "bt_eval",
    "cc_attach",
    "cc_message",
    "mp_geocode",
    "mp_reverse",
    "mp_route",
    "mp_telemetry",
    "sg_card",
    "sg_confirm",
    "sg_payout",
]
