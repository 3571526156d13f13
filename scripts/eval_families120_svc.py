"""Service SDKs of the hundred-and-twentieth set, built once and called by every app with its own
choices: feature flags "Flagnook", push "Pingharrow", consent "Assentwick", payments
"Coinlatch", maps "Mapfjord" and support chat "Chatkestrel" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import (
    ACCOUNT,
    CARD2,
    CARD2_CVC,
    CARD2_EXP,
    ROUTING,
    WEBVIEW_UA,
    rid,
    sdk_id,
)
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FN = "https://edge.flagnook.example.com"
PH = "https://api.pingharrow.example.net"
AW = "https://cmp.assentwick.example.org"
CL = "https://api.coinlatch.example.com"
MF = "https://api.mapfjord.example.com"
CK = "https://chat.chatkestrel.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fn_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagnook's evaluation: the context key is the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "kind": "user" if user else "device",
                           "attributes": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                          "model": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlagnookAndroid/1.22.3",
                         "Authorization": "ts-mob-" + app.key("flagnook")}
    url = f"{FN}/api/v1/resolve"
    if hdr:
        h["X-Flagnook-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagnook", url, headers=h)
    return case(f"{app.fam}-flagnook", url, body={"context": ctx}, headers=h)


def _phh() -> dict[str, Any]:
    return {"User-Agent": L("Pingharrow-Android/6.0.4 (Android 14; Pixel 8)", DEV)}


def ph_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "Atlantic/Faroe", lang: str = "fo") -> Case:
    """Pingharrow's device record (JSON, snake_case): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pingharrow"),
                            "device_id": L(sdk_id(app, "pingharrow"), DID),
                            "token": L(push_token(rng), DID), "platform": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "app_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body["location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                            "lon": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingharrow", f"{PH}/v1/devices", body=body, headers=_phh())


def aw_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "FO", region: str = "Eysturoy") -> Case:
    """Assentwick's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentwick")
    body: dict[str, Any] = {"site": app.key("assentwick"), "visitor": L(vid, DID),
                            "choices": purposes, "policy": 4,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "ts": 1765321633190}
    if user:
        body["account"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"aw_receipt": sjwt({"iss": "assentwick", "sub": L(vid, DID),
                                   "ok": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "aw_receipt", acc)}
    return add(case(f"{app.fam}-assentwick", f"{AW}/v2/consents", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def aw_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-assentwick", f"{AW}/v2/status",
                query={"site": app.key("assentwick"), "lang": L("fo", DEV)},
                cookies={"aw_state": W({"v": L(sdk_id(app, "assentwick"), DID),
                                        "c": purposes, "p": 4}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _clh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinlatch/Android 4.9.1", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "coinlatch-d"), DID),
            "session": sdk_id(app, "coinlatch-s")}


def cl_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Coinlatch's card token (a form with bracketed keys): card data, holder, ZIP and the
    SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pids(app)}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinlatch", f"{CL}/v1/tokens", fmt="form", body=body,
                headers=_clh(rng))


def cl_confirm(app: App, rng: random.Random, amount: str, currency: str = "dkk") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-coinlatch", f"{CL}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_clh(rng))


def cl_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts or debits (a form): routing and account numbers."""
    return case(f"{app.fam}-coinlatch", f"{CL}/v1/bank_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[holder_name]": L(NAME, NAMEC), **_pids(app)}, headers=_clh(rng))


def _mfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapfjordSDK/11.2.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def mf_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "fo") -> Case:
    """Forward geocoding (GET): the typed text in ``text`` (labelled ``cat``), biased by a
    ``focus`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"text": L(text, cat), "size": "5", "lang": L(lang, DEV),
                         "api_key": "mf_" + app.key("mapfjord")}
    if near is not None:
        q["focus"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapfjord", f"{MF}/v1/search", query=q, headers=_mfh(app))


def mf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapfjord", f"{MF}/v1/reverse/{seg}",
             query={"layers": "address", "api_key": "mf_" + app.key("mapfjord")},
             headers=_mfh(app))
    return at_path(c, seg, cat) if cat else c


def mf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "bicycle") -> Case:
    """Directions (JSON): ``locations[i].lat/lon`` labelled by whose place each one is."""
    locs = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
            for (la, lo), cat in stops]
    return case(f"{app.fam}-mapfjord", f"{MF}/v1/route", body={
        "locations": locs, "costing": mode, "units": "km", "language": L("fo-FO", DEV)},
        query={"api_key": "mf_" + app.key("mapfjord")}, headers=_mfh(app))


def mf_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapfjord"), DID)
    evs: list[dict[str, Any]] = [{
        "type": L("map_loaded", USAGE), "at": "2025-12-09T23:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(44, DEV)}]
    evs += [{"type": L("location", USAGE), "at": f"2025-12-09T23:13:0{i}.210Z", "device": did,
             "lat": L(la, cat), "lon": L(lo, cat), "acc": 6.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapfjord", "https://t.mapfjord.example.com/v1/events",
                query={"api_key": "mf_" + app.key("mapfjord")}, body=evs, gz=True,
                headers={"User-Agent": "MapfjordTelemetry/11.2.0"})


def ck_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Chatkestrel message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    visitor: dict[str, Any] = {"id": L(sdk_id(app, "chatkestrel"), DID)}
    if user:
        visitor["identity_token"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                         "name": L(NAME, NAMEC), "iat": 1765321702},
                                        "body", "visitor.identity_token", acc)
    if email is not None:
        visitor["email"] = email
    body: dict[str, Any] = {"widget": app.key("chatkestrel"), "visitor": visitor, "text": text,
                            "client_id": rid(rng), "attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-chatkestrel", f"{CK}/v2/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ck_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hqc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatkestrel", f"{CK}/v2/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatkestrel-Visitor": L(sdk_id(app, "chatkestrel"), DID),
                              "X-Chatkestrel-Session": L(opaque(rng, "hqs_", 40), CRED)})


__all__ = [
    "aw_check",
    "aw_save",
    "ck_attach",
    "ck_message",
    "cl_bank",
    "cl_card",
    "cl_confirm",
    "fn_eval",
    "mf_geocode",
    "mf_reverse",
    "mf_route",
    "mf_telemetry",
    "ph_register",
]
