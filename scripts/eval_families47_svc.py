"""Service SDKs of the forty-seventh set, built once and called by every app with its own choices:
feature flags "Flagmere", push "Pushloft", consent "Consentora", payments "Quaypay", maps
"Mapsorrel" and support chat "Chatbriar" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import ACCOUNT, ROUTING, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, IPLOC = "financial.purchase", "location.ip"

FM = "https://sdk.flagmere.example.com"
PL = "https://api.pushloft.example.net"
CO = "https://consent.consentora.example.org"
QP = "https://api.quaypay.example.com"
MS = "https://maps.mapsorrel.example.com"
CB = "https://widget.chatbriar.example.net"
Pt = tuple[float, float]
TC = "CQJx3kAQJx3kAAKA1AENBTFsAP_gAEPgAAqI"  # a TCF consent string (choices, no person)


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fm_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            get: bool = False, ip: bool = False) -> Case:
    """Flagmere's evaluation: the user key is the user ID (the install ID signed out); ``get``
    sends the user as base64url JSON in the query of a GET; ``ip`` adds the public IP."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    if ip:
        u["ip"] = L(PUBLIC_IP, IPLOC)
    h = {"User-Agent": "FlagmereAndroid/3.1.0", "Authorization": "mob-" + app.key("flagmere")}
    if get:
        acc: Acc = {}
        q = enc(u, "query", "u", "b64url", acc)
        return add(case(f"{app.fam}-flagmere", f"{FM}/v1/flags", query={
            "env": app.key("flagmere"), "u": q, "withReasons": "false"}, headers=h), acc)
    return case(f"{app.fam}-flagmere", f"{FM}/v1/flags", headers=h,
                body={"env": app.key("flagmere"), "user": u})


def pl_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: int = -18000, lang: str = "en") -> Case:
    """Pushloft's player record (JSON): the FCM token, the device, the zone offset, the carrier,
    tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pushloft"), "identifier": L(push_token(rng), DID),
                            "device_type": 1, "language": L(lang, DEV),
                            "timezone": L(tz, DEV), "device_model": L("Pixel 8", DEV),
                            "device_os": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "net_type": L(0, DEV), "game_version": app.ver,
                            "sdk": "050104", "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body.update(lat=L(round(at[0], nd), _cat(nd)), long=L(round(at[1], nd), _cat(nd)),
                    loc_acc=65.0)
    return case(f"{app.fam}-pushloft", f"{PL}/api/v1/players", body=body,
                headers={"User-Agent": L("Pushloft-Android/5.1.4 (Android 14; Pixel 8)", DEV)})


def pl_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the SDK's player ID and the campaign."""
    nid = rid(rng)
    return case(f"{app.fam}-pushloft", f"{PL}/api/v1/notifications/{nid}", fmt="form", body={
        "app_id": app.key("pushloft"), "player_id": L(sdk_id(app, "pushloft"), DID),
        "opened": "true", "campaign": campaign}, headers={"User-Agent": "Pushloft-Android/5.1.4"})


def co_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Consentora's consent record (JSON): its UUID (the device's, also in a cookie), the choices,
    a TC string, the country and region it looked up from the IP, the web view's UA."""
    uid = sdk_id(app, "consentora")
    body: dict[str, Any] = {"property": app.key("consentora"), "uuid": L(uid, DID),
                            "purposes": purposes, "tcString": TC, "gpp": "DBABMA~" + TC,
                            "geo": {"country": L(country, COARSE), "state": L(region, COARSE)},
                            "userAgent": L(WEBVIEW_UA, DEV), "consentedAt": 1765321633190}
    if user:
        body["authId"] = L(USER_ID, UID)
    return case(f"{app.fam}-consentora", f"{CO}/v1/consent", body=body,
                cookies={"co_uuid": L(uid, DID)}, headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def co_get(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check (GET): the UUID in the query, the choices in a base64 JSON
    cookie."""
    uid = sdk_id(app, "consentora")
    return case(f"{app.fam}-consentora", f"{CO}/v1/consent", query={
        "property": app.key("consentora"), "uuid": L(uid, DID), "lang": L(lang, DEV)},
        cookies={"co_prefs": W({"u": L(uid, DID), "p": purposes, "v": 7}, "b64json")},
        headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _qph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Quaypay-Android/7.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer qp_pub_" + opaque(rng, "", 24)}


def qp_card(app: App, rng: random.Random, *, email: bool = False, zipc: str = ZIP,
            country: str = "US") -> Case:
    """Quaypay's card method (JSON): number, expiry, CVC, the holder, her billing postal code and
    country, the SDK's device fingerprint."""
    bill: dict[str, Any] = {"name": L(NAME, NAMEC),
                            "address": {"postal_code": L(zipc, COARSE),
                                        "country": L(country, COARSE)}}
    if email:
        bill["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-quaypay", f"{QP}/v2/payment_methods", headers=_qph(rng), body={
        "type": "card", "card": {"number": L(CARD, PAY), "exp_month": L(CARD_EXP[0], PAY),
                                 "exp_year": L(CARD_EXP[1], PAY), "cvc": L(CARD_CVC, PAY)},
        "billing_details": bill,
        "client": {"fingerprint": L(sdk_id(app, "quaypay"), DID), "sdk": "7.2.0"}})


def qp_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-quaypay", f"{QP}/v2/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency,
                      "return_url": f"{app.pkg}://quaypay/return",
                      "fingerprint": L(sdk_id(app, "quaypay"), DID)}, headers=_qph(rng))


def qp_sepa(app: App, rng: random.Random, iban: str) -> Case:
    """A SEPA direct-debit mandate (JSON): the IBAN, the holder, her e-mail and the online
    acceptance (her IP and the UA)."""
    return case(f"{app.fam}-quaypay", f"{QP}/v2/payment_methods", headers=_qph(rng), body={
        "type": "sepa_debit", "sepa_debit": {"iban": L(iban, PAY)},
        "billing_details": {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL)},
        "mandate": {"customer_acceptance": {"type": "online", "accepted_at": 1765321702,
                                            "online": {"ip_address": L(PUBLIC_IP, IPLOC),
                                                       "user_agent": L(app.ua, DEV)}}},
        "client": {"fingerprint": L(sdk_id(app, "quaypay"), DID), "sdk": "7.2.0"}})


def qp_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for refunds (a form, bracketed keys): routing, account, holder."""
    return case(f"{app.fam}-quaypay", f"{QP}/v2/bank_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY),
        "bank_account[account_holder_name]": L(NAME, NAMEC),
        "bank_account[account_holder_type]": "individual",
        "fingerprint": L(sdk_id(app, "quaypay"), DID)}, headers=_qph(rng))


def _msh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapsorrelSDK/9.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def ms_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en", country: str | None = None) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lon,lat`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "access_token": "pk." + app.key("mapsorrel")}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    if country:
        q["country"] = country
    return case(f"{app.fam}-mapsorrel", f"{MS}/search/v1/forward", query=q, headers=_msh(app))


def ms_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapsorrel", f"{MS}/search/v1/reverse/{seg}",
             query={"types": "address", "access_token": "pk." + app.key("mapsorrel")},
             headers=_msh(app))
    return at_path(c, seg, cat) if cat else c


def ms_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``coordinates[i]`` as ``[lon, lat]``, labelled by whose place."""
    coords = [[L(lo, cat) if cat else lo, L(la, cat) if cat else la]
              for (la, lo), cat in stops]
    return case(f"{app.fam}-mapsorrel", f"{MS}/directions/v1/{profile}", body={
        "coordinates": coords, "alternatives": False, "steps": True,
        "language": L("en-US", DEV)}, query={"access_token": "pk." + app.key("mapsorrel")},
        headers=_msh(app))


def ms_events(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapsorrel"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(51, DEV), "orientation": L("Portrait", DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapsorrel", "https://events.mapsorrel.example.com/events/v2",
                query={"access_token": "pk." + app.key("mapsorrel")}, body=evs, gz=True,
                headers={"User-Agent": "MapsorrelTelemetry/9.4.1"})


def cb_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Chatbriar message: signed in, the identity token the app's server signed rides in a
    header (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Chatbriar-Visitor": L(sdk_id(app, "chatbriar"), DID)}
    if user:
        h["X-Chatbriar-Identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                         "name": L(NAME, NAMEC), "iat": 1765321702},
                                        "header", "x-chatbriar-identity", acc)
    body: dict[str, Any] = {"app": app.key("chatbriar"), "body": text, "attributes": attrs,
                            "client_msg_id": rid(rng),
                            "device": {"platform": "android", "os": L("14", DEV),
                                       "model": L("Pixel 8", DEV), "app_version": app.ver}}
    if email is not None:
        body["email"] = email
    return add(case(f"{app.fam}-chatbriar", f"{CB}/v1/messages", body=body, headers=h), acc)


def cb_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cbc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatbriar", f"{CB}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatbriar-Visitor": L(sdk_id(app, "chatbriar"), DID),
                              "X-Chatbriar-Session": L(opaque(rng, "cbs_", 40), CRED)})


__all__ = ["cb_message", "cb_upload", "co_get", "co_save", "fm_eval", "ms_events", "ms_reverse",
           "ms_route", "ms_search", "pl_opened", "pl_register", "qp_bank", "qp_card",
           "qp_confirm", "qp_sepa"]
