"""Service SDKs of the twenty-seventh set, built once and called by every app with its own
choices: feature flags "Flipquill", push "Pingrove", consent "Consentrail", payments "Tillquay",
maps "Cartowl" and support chat "Askhollow" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, UA, Acc, add, enc, multipart, pb, push_token, raw
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families22_kit import sdk_uuid
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families27_kit import IBAN_DE
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PUBLIC_IP, USER_ID, Case, J, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, MEDIA = "device.info", "id.device", "contact.email", "content.media"
NAMEC, PAY, PRECISE, UID = "contact.name", "financial.payment", "location.precise", "id.user"
IPLOC, USAGE, BUY = "location.ip", "behavior.usage", "financial.purchase"

FQ = "https://edge.flipquill.example.com"
PG = "https://cp.pingrove.example.net"
CR = "https://api.consentrail.example.org"
TQ = "https://api.tillquay.example.com"
CO = "https://api.cartowl.example.com"
AH = "https://widget.askhollow.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fq_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flipquill's evaluation: the targeting key is the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"targetingKey": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "attributes": {"appVersion": app.ver, "os": L("android 14", DEV),
                                          "locale": L("en_US", DEV), **attrs}}
    url = f"{FQ}/v1/flags/evaluate"
    h = {"User-Agent": "flipquill-kotlin/3.0.4", "X-Flipquill-Key": app.key("flipquill")}
    if get:
        acc: Acc = {}
        q = {"ctx": enc(ctx, "query", "ctx", "b64url", acc), "env": "production"}
        return add(case(f"{app.fam}-flipquill", url, query=q, headers=h), acc)
    return case(f"{app.fam}-flipquill", url, body={"context": ctx, "flags": []}, headers=h)


def pg_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, nd: int | None = None) -> Case:
    """Pingrove's device registration: the FCM token, the SDK's hardware ID, the device."""
    body: dict[str, Any] = {"application": app.key("pingrove"), "device_type": 3,
                            "push_token": L(push_token(rng), DID),
                            "hwid": L(sdk_id(app, "pingrove"), DID), "language": L("en", DEV),
                            "timezone": L(-18000, DEV), "sdk_version": "6.7.10",
                            "app_version": app.ver, "tags": tags or {}}
    if user:
        body["userId"] = L(USER_ID, UID)
    if nd is not None:
        body.update(lat=L(round(LAT, nd), _cat(nd)), lng=L(round(LON, nd), _cat(nd)))
    return case(f"{app.fam}-pingrove", f"{PG}/json/1.3/registerDevice", body={"request": body},
                headers={"User-Agent": L(UA, DEV)})


def pg_tags(app: App, rng: random.Random, tags: dict[str, Any]) -> Case:
    """Tags set later (a form whose ``tags`` field is a JSON string)."""
    return case(f"{app.fam}-pingrove", f"{PG}/json/1.3/setTags", fmt="form", body={
        "application": app.key("pingrove"), "hwid": L(sdk_id(app, "pingrove"), DID),
        "tags": W(tags, "json")}, headers={"User-Agent": L(UA, DEV)})


def pg_open(app: App, rng: random.Random) -> Case:
    """A notification opened (the message hash negative, the hardware ID the device's)."""
    return case(f"{app.fam}-pingrove", f"{PG}/json/1.3/pushStat", body={"request": {
        "application": app.key("pingrove"), "hwid": L(sdk_id(app, "pingrove"), DID),
        "hash": opaque(rng, "", 20), "metaData": {"campaign": "c_" + opaque(rng, "", 6)}}},
        headers={"User-Agent": L(UA, DEV)})


def cr_save(app: App, rng: random.Random, purposes: dict[str, bool], *, receipt: bool = False,
            user: bool = False) -> Case:
    """Consentrail's record (its visitor ID the device's; country and region from the IP),
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentrail")
    body: dict[str, Any] = {"property": app.key("consentrail"), "visitor_id": L(vid, DID),
                            "gpp": "DBABMA~1YNN", "purposes": purposes, "version": 7,
                            "jurisdiction": {"country": L("US", COARSE),
                                             "region": L("NY", COARSE)},
                            "ua": L(app.ua, DEV), "ts": 1765321804113}
    if user:
        body["user_ref"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = None
    if receipt:
        cookies = {"cr_receipt": sjwt({"iss": "consentrail", "sub": L(vid, DID),
                                       "prp": sorted(p for p, v in purposes.items() if v),
                                       "iat": 1765200000}, "cookie", "cr_receipt", acc)}
    return add(case(f"{app.fam}-consentrail", f"{CR}/v2/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cr_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentrail", f"{CR}/v2/status",
                query={"property": app.key("consentrail"), "lang": L("en", DEV)},
                cookies={"cr_prefs": W({"vid": L(sdk_id(app, "consentrail"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _th(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tillquay-Android/9.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def tq_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Tillquay's card payment method (JSON): card data, billing details and the SDK's
    device fingerprint ID."""
    bill: dict[str, Any] = {"name": L(NAME, NAMEC),
                            "address": {"postal_code": L(ZIP, COARSE), "country": L("US", COARSE)}}
    if email:
        bill["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tillquay", f"{TQ}/v1/payment_methods", body={
        "type": "card", "card": {"number": L(CARD2, PAY), "exp_month": L(CARD2_EXP[0], PAY),
                                 "exp_year": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY)},
        "billing_details": bill, "device": {"fingerprint": L(sdk_id(app, "tillquay"), DID),
                                            "sdk": "9.3.0"}}, headers=_th(rng))


def tq_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-tillquay", f"{TQ}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": "usd",
                      "return_url": f"{app.fam}://tillquay/return"}, headers=_th(rng))


def tq_sepa(app: App, rng: random.Random, name: Any) -> Case:
    """A SEPA direct-debit method with its mandate (a form with bracketed keys): the IBAN,
    the holder, the e-mail, and the mandate's IP address and User-Agent."""
    return case(f"{app.fam}-tillquay", f"{TQ}/v1/payment_methods", fmt="form", body={
        "type": "sepa_debit", "sepa_debit[iban]": L(IBAN_DE, PAY),
        "billing_details[name]": name, "billing_details[email]": L(EMAIL, MAIL),
        "mandate[online][ip_address]": L(PUBLIC_IP, IPLOC),
        "mandate[online][user_agent]": L(app.ua, DEV),
        "device[fingerprint]": L(sdk_id(app, "tillquay"), DID)}, headers=_th(rng))


def _mk(app: App) -> str:
    return "co_pk_" + app.key("cartowl")


def co_geocode(app: App, rng: random.Random, text: str, cat: str, *,
               focus: tuple[Any, Any] | None = None) -> Case:
    """Cartowl's search of typed text, optionally focused on a point (labelled by the
    caller)."""
    q: dict[str, Any] = {"text": L(text, cat), "size": "5", "api_key": _mk(app),
                         "session": sdk_uuid(rng)}
    if focus:
        q.update({"focus.point.lat": focus[0], "focus.point.lon": focus[1]})
    return case(f"{app.fam}-cartowl", f"{CO}/geocoding/v2/search", query=q,
                headers={"User-Agent": L(f"CartowlSDK/4.8.1 {app.name}/{app.ver} "
                                         "(Android 14; Pixel 8)", DEV)})


def co_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point (whose point it is decides the label: ``cat``)."""
    lat, lon = round(at[0], nd), round(at[1], nd)
    q: dict[str, Any] = {"point.lat": L(lat, cat) if cat else lat,
                         "point.lon": L(lon, cat) if cat else lon,
                         "layers": "address", "api_key": _mk(app)}
    return case(f"{app.fam}-cartowl", f"{CO}/geocoding/v2/reverse", query=q,
                headers={"User-Agent": L(f"CartowlSDK/4.8.1 {app.name}/{app.ver} "
                                         "(Android 14; Pixel 8)", DEV)})


def co_route(app: App, rng: random.Random, origin: Pt, o_cat: str | None, dest: Pt,
             d_cat: str | None, costing: str = "auto") -> Case:
    """A route (JSON): two locations, each labelled by whose place it is."""
    locs = [{"lat": L(p[0], c) if c else p[0], "lon": L(p[1], c) if c else p[1],
             "type": "break"} for p, c in ((origin, o_cat), (dest, d_cat))]
    return case(f"{app.fam}-cartowl", f"{CO}/routing/v2/route", body={
        "locations": locs, "costing": costing, "units": "miles", "language": L("en-US", DEV),
        "id": rid(rng)}, query={"api_key": _mk(app)},
        headers={"User-Agent": L(f"CartowlSDK/4.8.1 {app.name}/{app.ver} (Android 14; "
                                 "Pixel 8)", DEV)})


def co_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry as schema-less protobuf: the SDK's install ID, the device, then the last
    fixes as repeated sub-messages ``3[i]`` (two or more)."""
    rows = [(3, [(1, 1765321800 + 5 * i), (2, la), (3, lo), (4, 8)])
            for i, (la, lo) in enumerate(fixes)]
    data = pb([(1, sdk_id(app, "cartowl")), (2, _mk(app)), *rows,
               (4, [(1, "Pixel 8"), (2, "Android 14")]), (5, sdk_uuid(rng))], "", {})
    labels = {"1": DID, "4.1": DEV, "4.2": DEV}
    for i in range(len(fixes)):
        labels.update({f"3[{i}].2": cat, f"3[{i}].3": cat})
    return raw(f"{app.fam}-cartowl", f"{CO}/telemetry/v1/batch", data,
               "application/x-protobuf", labels, headers={"User-Agent": "CartowlTelemetry/4.8.1"})


def ah_start(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
             user: bool = True, phone: Any = None) -> Case:
    """An Askhollow conversation: signed in, the app's server-signed identity JWT (a
    credential: it lets its bearer act as the user) with the user's ID, e-mail and name."""
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV), "X-Askhollow-App": app.key("askhollow")}
    if user:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                "name": L(NAME, NAMEC), "iat": 1765321700,
                                "exp": 1765325300})
    body: dict[str, Any] = {"visitor_id": L(sdk_id(app, "askhollow"), DID),
                            "message": {"text": text, "client_uuid": rid(rng)},
                            "attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "locale": L("en-US", DEV)}}
    if phone is not None:
        body["contact"] = {"phone": phone}
    return case(f"{app.fam}-askhollow", f"{AH}/v1/conversations", body=body, headers=h)


def ah_upload(app: App, rng: random.Random, conv: str) -> Case:
    """A screenshot attached to the conversation (the widget session a credential)."""
    return multipart(f"{app.fam}-askhollow", f"{AH}/v1/conversations/{conv}/attachments",
                     [("file", "Screenshot_20251209.jpg", "image/jpeg", L(JPEG, MEDIA)),
                      ("meta", None, "application/json", {"client_uuid": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askhollow-Visitor": L(sdk_id(app, "askhollow"), DID),
                              "X-Askhollow-Session": L(opaque(rng, "ahs_", 40), CRED)})


__all__ = ["ah_start", "ah_upload", "co_geocode", "co_reverse", "co_route", "co_telemetry",
           "cr_check", "cr_save", "fq_eval", "pg_open", "pg_register", "pg_tags", "tq_card",
           "tq_confirm", "tq_sepa"]
