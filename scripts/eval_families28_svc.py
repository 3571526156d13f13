"""Service SDKs of the twenty-eighth set, built once and called by every app with its own
choices: feature flags "Flagreed", push "Chimelet", consent "Assentio", payments "Purselane",
maps "Cartolo" and support chat "Chatfern" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, UA, Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, MEDIA = "device.info", "id.device", "contact.email", "content.media"
NAMEC, PAY, PRECISE, UID = "contact.name", "financial.payment", "location.precise", "id.user"
TEL, USAGE, BUY = "contact.phone", "behavior.usage", "financial.purchase"

FR = "https://sdk.flagreed.example.com"
CH = "https://api.chimelet.example.net"
AS = "https://consent.assentio.example.org"
PL = "https://api.purselane.example.com"
CT = "https://maps.cartolo.example.com"
CF = "https://api.chatfern.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def flag_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
              header: bool = False) -> Case:
    """Flagreed's evaluation: the user key is the user ID (the install ID signed out);
    ``header`` sends the user as base64url JSON in a request header of a GET."""
    usr: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user, "custom": custom,
                           "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV)},
                           "locale": L("en-US", DEV)}
    h: dict[str, Any] = {"User-Agent": "FlagreedAndroid/2.8.0",
                         "X-Flagreed-Env": app.key("flagreed")}
    if header:
        acc: Acc = {}
        h["X-Flagreed-User"] = enc(usr, "header", "x-flagreed-user", "b64url", acc)
        return add(case(f"{app.fam}-flagreed", f"{FR}/v2/eval", headers=h), acc)
    return case(f"{app.fam}-flagreed", f"{FR}/v2/eval", body={"user": usr, "flags": "*"},
                headers=h)


def chime_register(app: App, rng: random.Random, *, user: bool = True,
                   tags: dict[str, Any] | None = None, nd: int | None = None) -> Case:
    """Chimelet's installation: the FCM token, the SDK's installation ID, the alias (the user
    ID), tags and (``nd``) the last known position."""
    body: dict[str, Any] = {"app": app.key("chimelet"), "platform": "android",
                            "token": L(push_token(rng), DID),
                            "installation_id": L(sdk_id(app, "chimelet"), DID),
                            "locale": L("en_US", DEV), "tz": L("America/New_York", DEV),
                            "device_model": L("Pixel 8", DEV), "os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "sdk": "chimelet/5.0.3",
                            "tags": tags or {}}
    if user:
        body["alias"] = L(USER_ID, UID)
    if nd is not None:
        body["location"] = {"lat": L(round(LAT, nd), _cat(nd)),
                            "lon": L(round(LON, nd), _cat(nd))}
    return case(f"{app.fam}-chimelet", f"{CH}/v1/installations", body=body,
                headers={"User-Agent": L(UA, DEV), "X-Chimelet-App": app.key("chimelet")})


def chime_channel(app: App, rng: random.Random, kind: str) -> Case:
    """An e-mail or SMS channel added to the installation (the address or number labelled)."""
    addr = L(EMAIL, MAIL) if kind == "email" else L(E164, TEL)
    return case(f"{app.fam}-chimelet", f"{CH}/v1/channels", body={
        "app": app.key("chimelet"), "type": kind, "address": addr, "opt_in": True,
        "installation_id": L(sdk_id(app, "chimelet"), DID), "alias": L(USER_ID, UID)},
        headers={"User-Agent": L(UA, DEV), "X-Chimelet-App": app.key("chimelet")})


def chime_open(app: App, rng: random.Random) -> Case:
    """A notification opened (the message ID a negative, the installation the device's)."""
    return case(f"{app.fam}-chimelet", f"{CH}/v1/events/open", body={
        "app": app.key("chimelet"), "installation_id": L(sdk_id(app, "chimelet"), DID),
        "message_id": sdk_uuid(rng), "opened_at": 1765321911000},
        headers={"User-Agent": L(UA, DEV)})


def ass_save(app: App, rng: random.Random, purposes: dict[str, bool], *, receipt: bool = False,
             user: bool = False) -> Case:
    """Assentio's record (its visitor ID the device's; country and region from the IP), with
    the previous signed receipt in a JSON field (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentio")
    body: dict[str, Any] = {"domain": app.key("assentio"), "visitor": L(vid, DID),
                            "choices": purposes, "gpp": "DBABMA~1YNN", "notice": "v9",
                            "geo": {"country": L("US", COARSE), "subdivision": L("US-NY", COARSE)},
                            "user_agent": L(app.ua, DEV), "at": 1765321804113}
    if user:
        body["user_ref"] = L(USER_ID, UID)
    acc: Acc = {}
    if receipt:
        body["receipt"] = sjwt({"iss": "assentio", "sub": L(vid, DID),
                                "ok": sorted(p for p, v in purposes.items() if v),
                                "iat": 1765200000}, "body", "receipt", acc)
    return add(case(f"{app.fam}-assentio", f"{AS}/v1/records", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ass_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: the visitor cookie and a base64 JSON choices cookie."""
    return case(f"{app.fam}-assentio", f"{AS}/v1/status",
                query={"domain": app.key("assentio"), "lang": L("en", DEV)},
                cookies={"as_vid": L(sdk_id(app, "assentio"), DID),
                         "as_choices": W({"c": purposes, "v": 9}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _ph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Purselane-Android/12.1.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pl_pub_" + opaque(rng, "", 24)}


def purse_card(app: App, rng: random.Random, *, name: bool = True, email: bool = False) -> Case:
    """Purselane's card payment method (a form with bracketed keys): the card, billing
    details and the SDK's device ID."""
    body: dict[str, Any] = {"type": "card", "card[number]": L(CARD, PAY),
                            "card[exp_month]": L(CARD_EXP[0], PAY),
                            "card[exp_year]": L(CARD_EXP[1], PAY), "card[cvc]": L(CARD_CVC, PAY),
                            "billing_details[address][postal_code]": L(ZIP, COARSE),
                            "device_id": L(sdk_id(app, "purselane"), DID),
                            "client": "purselane-android/12.1.0"}
    if name:
        body["billing_details[name]"] = L(NAME, NAMEC)
    if email:
        body["billing_details[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-purselane", f"{PL}/v1/payment_methods", fmt="form", body=body,
                headers=_ph(rng))


def purse_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (JSON): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-purselane", f"{PL}/v1/payment_intents/{pi}/confirm", body={
        "client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
        "payment_method": L(opaque(rng, "pm_", 24), PAY), "amount": L(amount, BUY),
        "currency": currency, "return_url": f"{app.fam}://purselane/return"}, headers=_ph(rng))


def purse_gpay(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """A Google Pay payment method: the wallet's payment token ``financial.payment``."""
    return case(f"{app.fam}-purselane", f"{PL}/v1/payment_methods", body={
        "type": "card", "wallet": "google_pay",
        "token": L(opaque(rng, "gpay_tok_", 48), PAY),
        "billing_details": {"name": L(NAME, NAMEC), "postal_code": L(ZIP, COARSE)},
        "amount": L(amount, BUY), "currency": currency,
        "device_id": L(sdk_id(app, "purselane"), DID)}, headers=_ph(rng))


def _ch(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"CartoloSDK/3.2.0 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def _ck(app: App) -> str:
    return "ct_pub_" + app.key("cartolo")


def carto_geocode(app: App, rng: random.Random, text: str, cat: str, *,
                  near: Any = None, lang: str = "en") -> Case:
    """Cartolo's search of typed text, optionally near a ``lat,lon`` point (labelled by the
    caller)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV), "key": _ck(app),
                         "session": sdk_uuid(rng)}
    if near is not None:
        q["near"] = near
    return case(f"{app.fam}-cartolo", f"{CT}/v1/geocode", query=q, headers=_ch(app))


def carto_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point as one ``lat,lon`` parameter (labelled by whose it is)."""
    s = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    return case(f"{app.fam}-cartolo", f"{CT}/v1/reverse", query={
        "at": L(s, cat) if cat else s, "key": _ck(app), "types": "address"}, headers=_ch(app))


def carto_route(app: App, rng: random.Random, origin: Pt, o_cat: str | None, dest: Pt,
                d_cat: str | None, mode: str = "driving", nd: int = 5) -> Case:
    """Directions with ``origin`` and ``destination`` query parameters (``lat,lon``), each
    labelled by whose place it is."""
    o = f"{origin[0]:.{nd}f},{origin[1]:.{nd}f}"
    d = f"{dest[0]:.{nd}f},{dest[1]:.{nd}f}"
    return case(f"{app.fam}-cartolo", f"{CT}/v1/directions", query={
        "origin": L(o, o_cat) if o_cat else o, "destination": L(d, d_cat) if d_cat else d,
        "mode": mode, "alternatives": "1", "key": _ck(app)}, headers=_ch(app))


def carto_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry as gzip JSON Lines: a map load with the device, then the last fixes (the
    SDK's install ID on every line)."""
    iid = L(sdk_id(app, "cartolo"), DID)
    recs: list[dict[str, Any]] = [{"ev": L("map_load", USAGE), "install": iid,
                                   "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                                   "zoom": 14.5, "style": "streets-v4"}]
    recs += [{"ev": L("fix", USAGE), "install": iid, "lat": L(la, cat), "lon": L(lo, cat),
              "acc": 7, "t": 1765321800 + 3 * i} for i, (la, lo) in enumerate(fixes)]
    return lines(f"{app.fam}-cartolo", f"{CT}/v1/telemetry", recs, gz=True,
                 headers={"User-Agent": "CartoloTelemetry/3.2.0", "X-Cartolo-Key": _ck(app)})


def fern_start(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, phone: Any = None) -> Case:
    """A Chatfern conversation: signed in, ``identity`` is the app's server-signed JWT (a
    credential: it lets its bearer act as the user) with her ID, e-mail and name."""
    acc: Acc = {}
    body: dict[str, Any] = {"app_id": app.key("chatfern"),
                            "visitor_id": L(sdk_id(app, "chatfern"), DID),
                            "message": {"body": text, "client_id": rid(rng)},
                            "attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "language": L("en", DEV)}}
    if user:
        body["identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                "name": L(NAME, NAMEC), "iat": 1765321700, "exp": 1765325300},
                               "body", "identity", acc)
    if phone is not None:
        body["phone"] = phone
    return add(case(f"{app.fam}-chatfern", f"{CF}/v1/conversations", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def fern_upload(app: App, rng: random.Random, conv: str, name: str = "IMG_1207.jpg") -> Case:
    """A picture attached to the conversation (the widget session a credential)."""
    return multipart(f"{app.fam}-chatfern", f"{CF}/v1/conversations/{conv}/files",
                     [("file", name, "image/jpeg", L(JPEG, MEDIA)),
                      ("meta", None, "application/json", {"client_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatfern-Visitor": L(sdk_id(app, "chatfern"), DID),
                              "X-Chatfern-Session": L(opaque(rng, "cfs_", 40), CRED)})


__all__ = ["ass_check", "ass_save", "carto_geocode", "carto_reverse", "carto_route",
           "carto_telemetry", "chime_channel", "chime_open", "chime_register", "fern_start",
           "fern_upload", "flag_eval", "purse_card", "purse_confirm", "purse_gpay"]
