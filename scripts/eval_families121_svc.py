"""Service SDKs of the hundred-and-twenty-first set, built once and called by every app with its
own choices: feature flags "Switchbanyan", push "Pokewattle", consent "Okayfern", payments
"Paycassia" (cards and mobile-money wallets), maps "Mapmangrove" and support chat "Helpkundu"
(fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families121_kit import WALLET
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"
TZ = "Pacific/Port_Moresby"

SB = "https://flags.switchbanyan.example.net"
PW = "https://api.pokewattle.example.com"
OF = "https://consent.okayfern.example.org"
PC = "https://api.paycassia.example.com"
MM = "https://api.mapmangrove.example.net"
HK = "https://widget.helpkundu.example.org"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sb_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Switchbanyan's evaluation: the context key is the user ID; ``hdr`` sends the context as
    base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID), "kind": "user",
                           "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "SwitchbanyanAndroid/2.9.0",
                         "Authorization": "sb-mob-" + app.key("switchbanyan")}
    url = f"{SB}/eval/v1/flags"
    if hdr:
        h["X-Switchbanyan-User"] = W(ctx, "b64json")
        return case(f"{app.fam}-switchbanyan", url, headers=h)
    return case(f"{app.fam}-switchbanyan", url, body={"user": ctx}, headers=h)


def pw_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2) -> Case:
    """Pokewattle's device record (JSON): the FCM token, the SDK's device ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app": app.key("pokewattle"),
                            "pw_device": L(sdk_id(app, "pokewattle"), DID),
                            "push_token": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L("en", DEV), "tz": L(TZ, DEV), "model": L("Pixel 8", DEV),
                            "os": L("Android 14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "app_version": app.ver, "tags": tags or {},
                            "external_user_id": L(USER_ID, UID)}
    if at is not None:
        body["last_location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                 "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pokewattle", f"{PW}/v3/players", body=body,
                headers={"User-Agent": L("Pokewattle/5.1.2 (Android 14; Pixel 8)", DEV)})


def of_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Okayfern's consent record (its visitor ID the device's; country and region from the IP)
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "okayfern")
    body: dict[str, Any] = {"property": app.key("okayfern"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L("PG", COARSE), "region": L("MPM", COARSE)},
                            "user_agent": L(app.ua, DEV), "ts": 1765331633190}
    acc: Acc = {}
    cookies = {"of_receipt": sjwt({"iss": "okayfern", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "of_receipt", acc)}
    return add(case(f"{app.fam}-okayfern", f"{OF}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def of_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-okayfern", f"{OF}/v1/status",
                query={"property": app.key("okayfern"), "lang": L("en", DEV)},
                cookies={"of_state": W({"vid": L(sdk_id(app, "okayfern"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pch(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paycassia-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "paycassia-d"), DID)}


def pc_card(app: App, rng: random.Random) -> Case:
    """Paycassia's card token (a form with bracketed keys): card data, holder, e-mail."""
    return case(f"{app.fam}-paycassia", f"{PC}/v1/tokens", fmt="form", body={
        "card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
        "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
        "card[name]": L(NAME, NAMEC), "email": L(EMAIL, MAIL), **_pids(app)},
        headers=_pch(rng))


def pc_wallet(app: App, rng: random.Random, amount: str, *, phone: Any = None) -> Case:
    """A mobile-money collection (JSON): her wallet and number, the amount, an OTP-less push."""
    return case(f"{app.fam}-paycassia", f"{PC}/v1/mobile_money/collect", body={
        "amount": L(amount, BUY), "currency": "PGK", "provider": "mm_pg",
        "msisdn": phone if phone is not None else L(E164, TEL), "wallet": L(WALLET, PAY),
        "reference": opaque(rng, "ref_", 12), **_pids(app)}, headers=_pch(rng))


def pc_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paycassia", f"{PC}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": "pgk", **_pids(app)},
                headers=_pch(rng))


def _mmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapmangrove/4.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mm_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    as ``lat,lon`` at ``nd`` decimals."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "country": "pg",
                         "key": "mm_" + app.key("mapmangrove")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapmangrove", f"{MM}/geocode/v2/search", query=q, headers=_mmh(app))


def mm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapmangrove", f"{MM}/geocode/v2/reverse/{seg}",
             query={"key": "mm_" + app.key("mapmangrove")}, headers=_mmh(app))
    return at_path(c, seg, cat) if cat else c


def mm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    pts = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapmangrove", f"{MM}/route/v1", body={
        "waypoints": pts, "profile": mode, "units": "metric", "lang": L("en-US", DEV)},
        query={"key": "mm_" + app.key("mapmangrove")}, headers=_mmh(app))


def mm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load, then the last fixes."""
    did = L(sdk_id(app, "mapmangrove"), DID)
    evs: list[dict[str, Any]] = [{"ev": L("map.load", USAGE), "ts": "2025-12-10T08:12:40Z",
                                  "dev": did, "model": L("Pixel 8", DEV)}]
    evs += [{"ev": L("map.location", USAGE), "ts": f"2025-12-10T08:13:0{i}Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 9.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapmangrove", "https://events.mapmangrove.example.net/v1/batch",
                query={"key": "mm_" + app.key("mapmangrove")}, body=evs, gz=True,
                headers={"User-Agent": "MapmangroveTelemetry/4.0.3"})


def hk_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Helpkundu message: the identity token the app's server signed rides in a JSON field
    (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who = {"id": L(sdk_id(app, "helpkundu"), DID),
           "jwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                       "iat": 1765331702}, "body", "who.jwt", acc)}
    body = {"widget_id": app.key("helpkundu"), "who": who, "message": text,
            "client_msg_id": rid(rng), "meta": attrs,
            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV)}}
    return add(case(f"{app.fam}-helpkundu", f"{HK}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hk_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hkc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpkundu", f"{HK}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpkundu-Visitor": L(sdk_id(app, "helpkundu"), DID),
                              "X-Helpkundu-Session": L(opaque(rng, "hks_", 40), CRED)})


__all__ = ["hk_attach", "hk_message", "mm_geocode", "mm_reverse", "mm_route",
           "mm_telemetry", "of_check", "of_save", "pc_card", "pc_confirm", "pc_wallet",
           "pw_register", "sb_eval"]
