"""Service SDKs of the forty-first set, built once and called by every app with its own
choices: feature flags "Switchgrove", push "Pealport", consent "Assentia", payments "Paymarsh",
maps "Cartolune" and support chat "Deskwhistle" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, CARD2, CARD2_CVC, CARD2_EXP, ROUTING, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SG = "https://flags.switchgrove.example.com"
PP = "https://api.pealport.example.net"
AS = "https://consent.assentia.example.org"
PM = "https://api.paymarsh.example.com"
CL = "https://api.cartolune.example.com"
DW = "https://widget.deskwhistle.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sg_flags(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
             get: bool = False) -> Case:
    """Switchgrove's evaluation: the context's ``key`` is the user ID (the install ID signed
    out); ``get`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                      "deviceModel": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "SwitchgroveAndroid/3.0.2",
         "Authorization": "mob-" + app.key("switchgrove")}
    if get:
        acc: Acc = {}
        q = {"ctx": enc(ctx, "query", "ctx", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-switchgrove", f"{SG}/msdk/evalx/context", query=q,
                        headers=h), acc)
    return case(f"{app.fam}-switchgrove", f"{SG}/msdk/evalx/context", body=ctx, headers=h)


def pp_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pealport's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the device,
    the carrier, tags and (``at``) a last-known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pealport"),
                            "subscriptionId": L(sdk_id(app, "pealport"), DID),
                            "pushToken": L(push_token(rng), DID), "deviceType": 1,
                            "language": L(lang, DEV), "timezoneId": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "deviceOs": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "sdk": "050102",
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lat"] = L(round(at[0], nd), _cat(nd))
        body["long"] = L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-pealport", f"{PP}/api/v1/players", body=body,
                headers={"User-Agent": L("Pealport/5.1.2 (Android 14; Pixel 8)", DEV)})


def pp_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the notification and campaign IDs are negatives."""
    return case(f"{app.fam}-pealport", f"{PP}/api/v1/notifications/{rid(rng)}", fmt="form",
                body={"app_id": app.key("pealport"), "opened": "true", "campaign": campaign,
                      "player_id": L(sdk_id(app, "pealport"), DID)},
                headers={"User-Agent": L("Pealport/5.1.2 (Android 14; Pixel 8)", DEV)})


def as_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Assentia's consent record (JSON): its visitor ID the device's, the country and region it
    derived from the IP, the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentia")
    body: dict[str, Any] = {"property": app.key("assentia"), "visitorId": L(vid, DID),
                            "purposes": purposes, "version": 7, "language": L(lang, DEV),
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "collectedAt": 1751371633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"as_rcpt": sjwt({"iss": "assentia", "sub": L(vid, DID),
                                "granted": sorted(p for p, v in purposes.items() if v),
                                "iat": 1751200000}, "cookie", "as_rcpt", acc)}
    return add(case(f"{app.fam}-assentia", f"{AS}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def as_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The status check (GET): a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-assentia", f"{AS}/v1/status",
                query={"property": app.key("assentia")},
                cookies={"as_state": W({"vid": L(sdk_id(app, "assentia"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(app.ua, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymarsh-Android/7.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def pm_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paymarsh's card token (JSON): card data, the holder, ZIP and the SDK's fingerprint."""
    body: dict[str, Any] = {"card": {"number": L(CARD2, PAY), "expMonth": L(CARD2_EXP[0], PAY),
                                     "expYear": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY),
                                     "holder": L(NAME, NAMEC), "postalCode": L(ZIP, COARSE)},
                            "fingerprint": L(sdk_id(app, "paymarsh"), DID)}
    if email:
        body["receiptEmail"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paymarsh", f"{PM}/v2/tokens", body=body, headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 20)
    return case(f"{app.fam}-paymarsh", f"{PM}/v2/charges/{ch}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{ch}_secret_", 20), CRED),
        "payment_method": L(opaque(rng, "pm_", 22), PAY), "amount": L(amount, BUY),
        "currency": currency, "fingerprint": L(sdk_id(app, "paymarsh"), DID)},
        headers=_pmh(rng))


def pm_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paymarsh", f"{PM}/v2/payout_accounts", fmt="form", body={
        "routing_number": L(ROUTING, PAY), "account_number": L(ACCOUNT, PAY),
        "account_holder_name": L(NAME, NAMEC), "account_holder_type": "individual",
        "country": "US", "fingerprint": L(sdk_id(app, "paymarsh"), DID)}, headers=_pmh(rng))


def _clh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"CartoluneSDK/8.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def cl_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Place search (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "language": L(lang, DEV),
                         "key": "cl_" + app.key("cartolune")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-cartolune", f"{CL}/v3/places/search", query=q, headers=_clh(app))


def cl_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-cartolune", f"{CL}/v3/reverse/{seg}",
             query={"types": "address,poi", "key": "cl_" + app.key("cartolune")},
             headers=_clh(app))
    return at_path(c, seg, cat) if cat else c


def cl_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "cycling") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-cartolune", f"{CL}/v3/directions", body={
        "waypoints": wps, "profile": profile, "alternatives": 2, "units": "metric"},
        query={"key": "cl_" + app.key("cartolune")}, headers=_clh(app))


def cl_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "cartolune"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-07-01T09:12:40Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-07-01T09:13:0{i}Z", "userId": did,
             "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-cartolune", "https://events.cartolune.example.com/v1/events",
                query={"key": "cl_" + app.key("cartolune")}, body=evs, gz=True,
                headers={"User-Agent": "CartoluneTelemetry/8.4.1"})


def dw_message(app: App, rng: random.Random, text: Any, custom: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Deskwhistle message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"anonymousId": L(sdk_id(app, "deskwhistle"), DID)}
    if user:
        person["jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                             "name": L(NAME, NAMEC), "iat": 1751371702}, "body", "person.jwt", acc)
    body: dict[str, Any] = {"appKey": app.key("deskwhistle"), "person": person, "body": text,
                            "clientMsgId": rid(rng), "custom": custom,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "appVersion": app.ver}}
    return add(case(f"{app.fam}-deskwhistle", f"{DW}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def dw_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session cookie a credential)."""
    conv = "dwc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-deskwhistle", f"{DW}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV)},
                     cookies={"dw_sess": L(opaque(rng, "", 36), CRED),
                              "dw_anon": L(sdk_id(app, "deskwhistle"), DID)})


__all__ = ["as_save", "as_status", "cl_reverse", "cl_route", "cl_search", "cl_telemetry",
           "dw_attach", "dw_message", "pm_bank", "pm_card", "pm_confirm", "pp_opened",
           "pp_register", "sg_flags"]
