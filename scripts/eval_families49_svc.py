"""Service SDKs of the forty-ninth set, built once and called by every app with its own
choices: feature flags "Flagsprig", push "Pingmarsh", consent "Permitsail", payments
"Paybramble", maps "Tilebrook" and support chat "Askjuniper" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import NATID
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, CARD2, CARD2_CVC, CARD2_EXP, ROUTING, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FS = "https://flags.flagsprig.example.com"
PM = "https://api.pingmarsh.example.net"
PS = "https://consent.permitsail.example.org"
PB = "https://api.paybramble.example.com"
TB = "https://maps.tilebrook.example.com"
AJ = "https://widget.askjuniper.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fs_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagsprig's evaluation: the user key is the user ID (the install ID signed out); ``get``
    sends the context as base64url JSON in the ``u`` query parameter of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "platform": L("Android 14", DEV),
                                    "device": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "Flagsprig-Android/3.4.0", "X-Flagsprig-Sdk-Key": app.key("flagsprig")}
    if get:
        acc: Acc = {}
        q = {"u": enc(u, "query", "u", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-flagsprig", f"{FS}/v2/eval", query=q, headers=h), acc)
    return case(f"{app.fam}-flagsprig", f"{FS}/v2/eval", body={"user": u}, headers=h)


def pm_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pingmarsh's subscription (JSON, camelCase): the SDK's device ID, the FCM token, device,
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingmarsh"),
                            "deviceId": L(sdk_id(app, "pingmarsh"), DID),
                            "pushToken": L(push_token(rng), DID), "type": "android_fcm",
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lat"] = L(round(at[0], nd), _cat(nd))
        body["long"] = L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-pingmarsh", f"{PM}/v3/subscriptions", body=body,
                headers={"User-Agent": "Pingmarsh-Android/4.1.2"})


def pm_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the notification's and campaign's IDs, the device ID."""
    nid = sdk_id(app, f"pm-{campaign}")
    return case(f"{app.fam}-pingmarsh", f"{PM}/v3/notifications/{nid}/opened", fmt="form",
                body={"deviceId": L(sdk_id(app, "pingmarsh"), DID), "campaign": campaign,
                      "openedAt": "1765394411", "appId": app.key("pingmarsh")},
                headers={"User-Agent": "Pingmarsh-Android/4.1.2"})


def ps_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Permitsail's consent record (JSON): its visitor ID (also a cookie), the choices, the
    country and region it resolved from the IP, the User-Agent."""
    uid = sdk_id(app, "permitsail")
    body: dict[str, Any] = {"property": app.key("permitsail"), "uid": L(uid, DID),
                            "purposes": purposes, "vendorsRejected": ["bidquince"],
                            "gpp": "DBABMA~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA",
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "ua": L(app.ua, DEV), "version": 3}
    if user:
        body["account"] = L(USER_ID, UID)
    return case(f"{app.fam}-permitsail", f"{PS}/v1/records", body=body,
                cookies={"ps_uid": L(uid, DID)}, headers={"User-Agent": L(app.ua, DEV)})


def ps_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status check (GET): a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-permitsail", f"{PS}/v1/status",
                query={"property": app.key("permitsail"), "lang": L(lang, DEV)},
                cookies={"ps_consent": W({"uid": L(sdk_id(app, "permitsail"), DID),
                                          "p": purposes, "v": 3}, "b64json")},
                headers={"User-Agent": L(app.ua, DEV)})


def _pbh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paybramble-Android/8.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pb_pk_live_" + opaque(rng, "", 24)}


def pb_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP) -> Case:
    """Paybramble's payment method (a form with bracketed keys): the card, the holder, the
    billing postcode and the SDK's device fingerprint (``guid``)."""
    body: dict[str, Any] = {"type": "card", "card[number]": L(CARD2, PAY),
                            "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "billing_details[name]": L(NAME, NAMEC),
                            "billing_details[address][postal_code]": L(zip_, COARSE),
                            "guid": L(sdk_id(app, "paybramble"), DID), "time_on_page": "48211"}
    if email:
        body["billing_details[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paybramble", f"{PB}/v1/payment_methods", fmt="form", body=body,
                headers=_pbh(rng))


def pb_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paybramble", f"{PB}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(f"{pi}_secret_{opaque(rng, '', 24)}", CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency,
                      "guid": L(sdk_id(app, "paybramble"), DID)}, headers=_pbh(rng))


def pb_pix(app: App, rng: random.Random, amount: str, cpf: str) -> Case:
    """A Pix charge (JSON, Brazil): the amount, the payer's name, CPF and e-mail."""
    return case(f"{app.fam}-paybramble", f"{PB}/v1/pix/charges", body={
        "amount": L(amount, BUY), "currency": "brl", "expires_in": 900,
        "payer": {"name": L(NAME, NAMEC), "tax_id": L(cpf, NATID), "email": L(EMAIL, MAIL)},
        "guid": L(sdk_id(app, "paybramble"), DID), "reference": rid(rng)}, headers=_pbh(rng))


def pb_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paybramble", f"{PB}/v1/bank_accounts", fmt="form", body={
        "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC),
        "guid": L(sdk_id(app, "paybramble"), DID)}, headers=_pbh(rng))


def _tbh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Tilebrook/9.0.3 ({app.pkg}; Android 14; Pixel 8)", DEV)}


def tb_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased ``near`` a
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "lang": L(lang, DEV),
                         "key": "tb_" + app.key("tilebrook")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilebrook", f"{TB}/geocoding/v1/search", query=q, headers=_tbh(app))


def tb_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilebrook", f"{TB}/geocoding/v1/reverse/{seg}",
             query={"types": "address", "key": "tb_" + app.key("tilebrook")}, headers=_tbh(app))
    return at_path(c, seg, cat) if cat else c


def tb_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "walking", lang: str = "en-US") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilebrook", f"{TB}/routing/v1/route", body={
        "waypoints": wps, "profile": mode, "alternatives": 1, "language": L(lang, DEV)},
        query={"key": "tb_" + app.key("tilebrook")}, headers=_tbh(app))


def tb_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilebrook"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T19:12:40.118Z", "deviceId": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "batteryLevel": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T19:13:0{i}.210Z",
             "deviceId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilebrook", "https://events.tilebrook.example.com/v1/batch",
                query={"key": "tb_" + app.key("tilebrook")}, body=evs, gz=True,
                headers={"User-Agent": "TilebrookTelemetry/9.0.3"})


def aj_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """An Askjuniper message: signed in, the identity JWT the app's server signed rides in a JSON
    field (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who: dict[str, Any] = {"anonId": L(sdk_id(app, "askjuniper"), DID)}
    if user:
        who["jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                          "name": L(NAME, NAMEC), "iat": 1765394500}, "body", "user.jwt", acc)
    if email is not None:
        who["email"] = email
    body: dict[str, Any] = {"appId": app.key("askjuniper"), "user": who, "body": text,
                            "clientMessageId": rid(rng), "customAttributes": attrs,
                            "platform": {"os": L("Android 14", DEV), "device": L("Pixel 8", DEV),
                                         "appVersion": app.ver}}
    return add(case(f"{app.fam}-askjuniper", f"{AJ}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def aj_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "ajc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-askjuniper", f"{AJ}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMessageId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askjuniper-Anon": L(sdk_id(app, "askjuniper"), DID),
                              "X-Askjuniper-Session": L(opaque(rng, "ajs_", 40), CRED)})


__all__ = ["aj_attach", "aj_message", "fs_eval", "pb_bank", "pb_card", "pb_confirm", "pb_pix",
           "pm_opened", "pm_register", "ps_check", "ps_save", "tb_geocode", "tb_reverse",
           "tb_route", "tb_telemetry"]
