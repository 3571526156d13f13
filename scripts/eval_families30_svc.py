"""Service SDKs of the thirtieth set, built once and called by every app with its own choices:
feature flags "Flagquarry", push "Nudgewell", consent "Assentive", payments "Payvane", maps
"Mapsprig" and support chat "Askburrow" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import ACCOUNT, ROUTING, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, L, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FQ = "https://sdk.flagquarry.example.com"
NW = "https://api.nudgewell.example.net"
AS = "https://cmp.assentive.example.org"
PV = "https://api.payvane.example.com"
MS = "https://api.mapsprig.example.com"
AB = "https://widget.askburrow.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fq_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagquarry's evaluation: the context key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "attributes": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                          "model": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "FlagquarryAndroid/3.4.0", "X-Flagquarry-Key": "cli-" + app.key("fq")}
    if get:
        acc: Acc = {}
        q = enc(ctx, "query", "ctx", "b64url", acc)
        return add(case(f"{app.fam}-flagquarry", f"{FQ}/v2/flags", query={"ctx": q},
                        headers=h), acc)
    return case(f"{app.fam}-flagquarry", f"{FQ}/v2/evaluate", body={"context": ctx},
                headers=h)


def _nh() -> dict[str, Any]:
    return {"User-Agent": L("Nudgewell-Android/8.1.2 (Pixel 8; Android 14)", DEV)}


def nw_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, nd: int | None = None,
                tz: str = "America/New_York") -> Case:
    """Nudgewell's subscription: the FCM token, the device (time zone ``tz``), the carrier,
    tags."""
    body: dict[str, Any] = {"app_id": app.key("nudgewell"), "type": "AndroidPush",
                            "token": L(push_token(rng), DID),
                            "device": {"model": L("Pixel 8", DEV), "os": L("14", DEV),
                                       "language": L("en", DEV),
                                       "timezone_id": L(tz, DEV),
                                       "carrier": L("Example Mobile", CARRIER),
                                       "rooted": L(False, DEV)},
                            "app_version": app.ver, "sdk": "080102", "tags": tags or {}}
    if user:
        body["external_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if nd is not None:
        body["location"] = {"lat": L(round(LAT, nd), _cat(nd)),
                            "long": L(round(LON, nd), _cat(nd))}
    return case(f"{app.fam}-nudgewell", f"{NW}/v2/subscriptions", body=body, headers=_nh())


def nw_channel(app: App, rng: random.Random, kind: str, value: Any) -> Case:
    """An e-mail or SMS subscription for the signed-in user, under her push subscription."""
    return case(f"{app.fam}-nudgewell", f"{NW}/v2/subscriptions", body={
        "app_id": app.key("nudgewell"), "type": "Email" if kind == "email" else "SMS",
        "token": value, "external_id": L(USER_ID, UID),
        "parent_id": L(sdk_id(app, "nudgewell"), DID)}, headers=_nh())


def nw_opened(app: App, rng: random.Random) -> Case:
    """A notification opened: the notification's ID a negative, the subscription the device's."""
    return case(f"{app.fam}-nudgewell", f"{NW}/v2/notifications/{sdk_uuid(rng)}/opened",
                body={"app_id": app.key("nudgewell"),
                      "subscription_id": L(sdk_id(app, "nudgewell"), DID), "opened": True},
                headers=_nh())


def as_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            receipt: bool = False) -> Case:
    """Assentive's consent record (its visitor UUID the device's; country and state from the
    IP), with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentive")
    body: dict[str, Any] = {"site": app.key("assentive"), "visitor": L(vid, DID),
                            "purposes": purposes, "gpp": "DBABLA~BVQqAAAAAg", "version": 7,
                            "jurisdiction": {"country": L("US", COARSE),
                                             "state": L("NY", COARSE)},
                            "ua": L(app.ua, DEV), "ts": 1765321622018}
    if user:
        body["user_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = None
    if receipt:
        cookies = {"as_receipt": sjwt({"iss": "assentive", "sub": L(vid, DID),
                                       "p": sorted(p for p, v in purposes.items() if v),
                                       "iat": 1765100000}, "cookie", "as_receipt", acc)}
    return add(case(f"{app.fam}-assentive", f"{AS}/v3/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def as_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64url JSON cookie with the visitor UUID and the choices."""
    acc: Acc = {}
    ck = enc({"v": L(sdk_id(app, "assentive"), DID), "p": purposes, "ver": 7}, "cookie",
             "as_choices", "b64url", acc)
    return add(case(f"{app.fam}-assentive", f"{AS}/v3/status",
                    query={"site": app.key("assentive"), "lang": L("en", DEV)},
                    cookies={"as_choices": ck}, headers={"User-Agent": L(WEBVIEW_UA, DEV)}),
               acc)


def _ph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payvane-Android/5.9.1", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pv_pub_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device[fingerprint]": L(sdk_id(app, "payvane-fp"), DID),
            "device[session]": L(sdk_id(app, "payvane-s"), DID)}


def pv_card(app: App, rng: random.Random, *, email: bool = False, zip_: bool = True) -> Case:
    """Payvane's card token (a form with bracketed keys): card data, the holder, the ZIP and
    the SDK's device IDs."""
    body: dict[str, Any] = {"card[number]": L(CARD, PAY), "card[exp_month]": L(CARD_EXP[0], PAY),
                            "card[exp_year]": L(CARD_EXP[1], PAY), "card[cvc]": L(CARD_CVC, PAY),
                            "card[holder]": L(NAME, NAMEC), **_pids(app)}
    if zip_:
        body["card[postal_code]"] = L(ZIP, COARSE)
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payvane", f"{PV}/v2/tokens", fmt="form", body=body,
                headers=_ph(rng))


def pv_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the saved method and the amount."""
    pay = opaque(rng, "pay_", 22)
    return case(f"{app.fam}-payvane", f"{PV}/v2/payments/{pay}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pay}_cs_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 22), PAY), "amount": L(amount, BUY),
                      "currency": currency, "return_url": f"{app.fam}://payvane/done",
                      **_pids(app)}, headers=_ph(rng))


def pv_wallet(app: App, rng: random.Random, amount: str) -> Case:
    """A Google Pay payment (JSON): the wallet's token, the card's network and last four."""
    return case(f"{app.fam}-payvane", f"{PV}/v2/wallet_payments", body={
        "wallet": "google_pay", "token": L(opaque(rng, "gp_tok_", 48), PAY),
        "card": {"network": "visa", "last4": L("1111", PAY)}, "amount": L(amount, BUY),
        "currency": "usd", "device": {"fingerprint": L(sdk_id(app, "payvane-fp"), DID)}},
        headers=_ph(rng))


def pv_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-payvane", f"{PV}/v2/bank_accounts", fmt="form", body={
        "country": "US", "routing_number": L(ROUTING, PAY), "account_number": L(ACCOUNT, PAY),
        "holder[name]": L(NAME, NAMEC), "holder[type]": "individual", **_pids(app)},
        headers=_ph(rng))


def _mh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapsprig/4.0.2 ({app.name} {app.ver}; Android 14; Pixel 8)", DEV)}


def ms_search(app: App, rng: random.Random, text: str, cat: str, *, nd: int | None = 3) -> Case:
    """Place search: the typed text in ``q`` (labelled ``cat``), biased by the position as a
    ``lat,lon`` string in ``at``."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "key": app.key("mapsprig")}
    if nd is not None:
        q["at"] = L(f"{LAT:.{nd}f},{LON:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapsprig", f"{MS}/v1/search", query=q, headers=_mh(app))


def ms_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in ``lat``/``lon`` (whose point decides the label)."""
    la, lo = round(at[0], nd), round(at[1], nd)
    q: dict[str, Any] = {"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo,
                         "lang": L("en", DEV), "key": app.key("mapsprig")}
    return case(f"{app.fam}-mapsprig", f"{MS}/v1/reverse", query=q, headers=_mh(app))


def ms_route(app: App, rng: random.Random, origin: Pt, o_cat: str | None, dest: Pt,
             d_cat: str | None, mode: str = "walk") -> Case:
    """Directions (JSON): waypoints labelled by whose place each is."""
    def wp(p: Pt, cat: str | None) -> dict[str, Any]:
        return {"lat": L(p[0], cat) if cat else p[0], "lon": L(p[1], cat) if cat else p[1]}
    return case(f"{app.fam}-mapsprig", f"{MS}/v1/route", query={"key": app.key("mapsprig")},
                body={"mode": mode, "waypoints": [wp(origin, o_cat), wp(dest, d_cat)],
                      "units": "imperial", "alternatives": 1}, headers=_mh(app))


def ms_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (gzip JSON Lines): a map load with the device, then the last fixes."""
    uid = L(sdk_id(app, "mapsprig"), DID)
    recs: list[dict[str, Any]] = [{
        "ev": L("map_load", USAGE), "at": "2025-12-09T23:12:40.118Z", "install": uid,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(58, DEV)}]
    recs += [{"ev": L("loc", USAGE), "at": f"2025-12-09T23:12:4{i}.530Z", "install": uid,
              "lat": L(la, cat), "lon": L(lo, cat), "acc_m": 9.0}
             for i, (la, lo) in enumerate(fixes)]
    return lines(f"{app.fam}-mapsprig", "https://t.mapsprig.example.com/v1/events", recs,
                 gz=True, headers={"User-Agent": "MapsprigTelemetry/4.0.2",
                                   "X-Mapsprig-Key": app.key("mapsprig")})


def ab_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """An Askburrow conversation: signed in, the identity token the app's server signed (a JWT
    in a JSON field: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who: dict[str, Any] = {"anon_id": L(sdk_id(app, "askburrow"), DID)}
    if user:
        who["user_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                               "name": L(NAME, NAMEC), "iat": 1765321700}, "body",
                              "user.user_jwt", acc)
    if email is not None:
        who["email"] = email
    body = {"app": app.key("askburrow"), "user": who,
            "message": {"text": text, "nonce": rid(rng)}, "attributes": attrs,
            "client": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                       "locale": L("en_US", DEV), "version": app.ver}}
    return add(case(f"{app.fam}-askburrow", f"{AB}/v1/conversations", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ab_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget session a credential)."""
    conv = "cnv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-askburrow", f"{AB}/v1/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"nonce": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askburrow-Anon": L(sdk_id(app, "askburrow"), DID),
                              "X-Askburrow-Session": L(opaque(rng, "abs_", 40), CRED)})


__all__ = ["ab_attach", "ab_message", "as_check", "as_save", "fq_eval", "ms_reverse",
           "ms_route", "ms_search", "ms_telemetry", "nw_channel", "nw_opened", "nw_register",
           "pv_bank", "pv_card", "pv_confirm", "pv_wallet"]
