"""Service SDKs of the thirty-second set, built once and called by every app with its own
choices: feature flags "Togglebay", push "Pingroost", consent "Consentine", payments
"Paystrand", maps "Mapfinch" and support chat "Chatmoss" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import ACCOUNT, ROUTING, WEBVIEW_UA, rid, sdk_id
from eval_families32_kit import user_hash
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"
NY = "America/New_York"

TB = "https://edge.togglebay.example.com"
PR = "https://device.pingroost.example.net"
CS = "https://api.consentine.example.org"
PS = "https://api.paystrand.example.com"
MF = "https://api.mapfinch.example.com"
CM = "https://widget.chatmoss.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tb_eval(app: App, rng: random.Random, props: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Togglebay's front-end evaluation: the context's ``userId`` signed in (the install ID as
    a property signed out); ``get`` sends the context as query parameters, properties as
    bracketed keys."""
    props = dict(props)
    if not user:
        props["deviceId"] = L(INSTALL_ID, DID)
    h = {"User-Agent": "togglebay-android/2.4.0", "Authorization": "tb:" + app.key("togglebay")}
    ctx: dict[str, Any] = {"appName": app.fam, "environment": "production",
                           "sessionId": str(rng.randrange(10 ** 8, 10 ** 9))}
    if user:
        ctx["userId"] = L(USER_ID, UID)
    if get:
        q = dict(ctx, **{f"properties[{k}]": v for k, v in props.items()})
        return case(f"{app.fam}-togglebay", f"{TB}/api/frontend", query=q, headers=h)
    ctx["properties"] = props
    return case(f"{app.fam}-togglebay", f"{TB}/api/frontend", body={"context": ctx},
                headers=h)


def _prh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"{app.name} (Pixel 8; Android 14) Pingroost/17.1.0", DEV),
            "X-Pingroost-Channel": L(sdk_id(app, "pingroost"), DID)}


def pr_register(app: App, rng: random.Random, *, user: bool = True, tags: Any = None,
                tz: str = NY, at: tuple[L, L] | None = None) -> Case:
    """Pingroost's channel registration: the FCM token, locale, time zone, tags, the named
    user and (``at``) the last known position."""
    ch: dict[str, Any] = {"device_type": "android", "opt_in": True,
                          "push_address": L(push_token(rng), DID), "tags": tags or [],
                          "timezone": L(tz, DEV), "locale_language": L("en", DEV),
                          "locale_country": L("US", DEV), "carrier": L("Example Mobile",
                                                                       CARRIER)}
    body: dict[str, Any] = {"channel": ch,
                            "identity_hints": {"channel_id": L(sdk_id(app, "pingroost"), DID)}}
    if user:
        body["identity_hints"]["named_user_id"] = L(USER_ID, UID)
    if at is not None:
        body["location"] = {"lat": at[0], "lng": at[1], "accuracy_m": 20}
    return case(f"{app.fam}-pingroost", f"{PR}/api/channels", body=body, headers=_prh(app))


def pr_contact(app: App, rng: random.Random, kind: str, value: L) -> Case:
    """An e-mail or SMS channel for the named user."""
    key = "email_address" if kind == "email" else "msisdn"
    return case(f"{app.fam}-pingroost", f"{PR}/api/channels/{kind}", body={
        "channel": {"type": kind, "opt_in": True, key: value, "timezone": L(NY, DEV)},
        "named_user_id": L(USER_ID, UID)}, headers=_prh(app))


def pr_events(app: App, rng: random.Random, names: list[str]) -> Case:
    """Notification and foreground events (JSON): the notification's ID a negative."""
    return case(f"{app.fam}-pingroost", f"{PR}/api/events", body={"events": [
        {"type": L(n, USAGE), "event_id": sdk_uuid(rng), "time": 1765321800 + 9 * i,
         "data": {"push_id": sdk_uuid(rng), "session_id": rid(rng)}}
        for i, n in enumerate(names)]}, headers=_prh(app))


def cs_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            receipt: bool = False, geo: tuple[str, str] = ("US", "NY")) -> Case:
    """Consentine's consent record (its visitor ID the device's; country and region from the
    IP), with the previous signed receipt in a header (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentine")
    body: dict[str, Any] = {"site": app.key("consentine"), "visitorId": L(vid, DID),
                            "purposes": purposes, "gpp": "DBABMA~1YNN", "version": 7,
                            "country": L(geo[0], COARSE), "region": L(geo[1], COARSE),
                            "userAgent": L(app.ua, DEV)}
    if user:
        body["userRef"] = L(USER_ID, UID)
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV)}
    if receipt:
        h["X-Consentine-Receipt"] = sjwt({"iss": "consentine", "sub": L(vid, DID),
                                          "granted": sorted(p for p, v in purposes.items() if v),
                                          "iat": 1765050000}, "header",
                                         "x-consentine-receipt", acc)
    return add(case(f"{app.fam}-consentine", f"{CS}/v2/consent", body=body, headers=h), acc)


def cs_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64url JSON cookie with the visitor ID."""
    acc: Acc = {}
    state = enc({"vid": L(sdk_id(app, "consentine"), DID), "p": purposes, "v": 7}, "cookie",
                "cs_state", "b64url", acc)
    return add(case(f"{app.fam}-consentine", f"{CS}/v2/status",
                    query={"site": app.key("consentine"), "lang": L("en", DEV)},
                    cookies={"cs_state": state}, headers={"User-Agent": L(WEBVIEW_UA, DEV)}),
               acc)


def _psh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paystrand/Android 8.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def ps_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP,
            country: str = "US") -> Case:
    """Paystrand's card tokenisation (JSON): the card, the holder and postal code, the SDK's
    device ID."""
    billing: dict[str, Any] = {"name": L(NAME, NAMEC), "address": {
        "postal_code": L(zip_, COARSE), "country": L(country, COARSE)}}
    if email:
        billing["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paystrand", f"{PS}/v1/payment_methods", body={
        "type": "card", "card": {"number": L(CARD, PAY), "exp_month": L(CARD_EXP[0], PAY),
                                 "exp_year": L(CARD_EXP[1], PAY), "cvc": L(CARD_CVC, PAY)},
        "billing_details": billing,
        "risk": {"device_id": L(sdk_id(app, "paystrand"), DID), "session": rid(rng)}},
        headers=_psh(rng))


def ps_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paystrand", f"{PS}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(f"{pi}_secret_{opaque(rng, '', 20)}", CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency,
                      "risk[device_id]": L(sdk_id(app, "paystrand"), DID)},
                headers=_psh(rng))


def ps_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for ACH (JSON): routing and account numbers and the holder."""
    return case(f"{app.fam}-paystrand", f"{PS}/v1/payment_methods", body={
        "type": "us_bank_account", "us_bank_account": {
            "routing_number": L(ROUTING, PAY), "account_number": L(ACCOUNT, PAY),
            "account_type": "checking"},
        "billing_details": {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL)},
        "risk": {"device_id": L(sdk_id(app, "paystrand"), DID)}}, headers=_psh(rng))


def _mfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapfinch-Android/5.0.2 {app.name}/{app.ver} (Pixel 8; 14)", DEV)}


def mf_search(app: App, rng: random.Random, text: str, cat: str, *,
              near: tuple[float, float] | None = None, nd: int = 3, lang: str = "en") -> Case:
    """Autosuggest: the typed text (labelled ``cat``), biased by ``near`` as ``lat,lng``
    (labelled by its precision: pass the user's own position only)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "lang": L(lang, DEV),
                         "apiKey": app.key("mapfinch")}
    if near is not None:
        q["at"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapfinch", f"{MF}/search/v1/autosuggest", query=q,
                headers=_mfh(app))


def mf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of ``at`` (labelled ``cat``: whose point it is decides)."""
    v = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    return case(f"{app.fam}-mapfinch", f"{MF}/search/v1/revgeocode", query={
        "at": L(v, cat) if cat else v, "lang": L("en-US", DEV), "apiKey": app.key("mapfinch")},
        headers=_mfh(app))


def mf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "auto") -> Case:
    """Directions (JSON): each waypoint's lat/lon labelled by whose place it is."""
    locs = [{"lat": L(p[0], c) if c else p[0], "lon": L(p[1], c) if c else p[1]}
            for p, c in stops]
    return case(f"{app.fam}-mapfinch", f"{MF}/route/v1", query={"apiKey": app.key("mapfinch")},
                body={"locations": locs, "costing": L(mode, USAGE), "units": "kilometers",
                      "id": rid(rng)}, headers=_mfh(app))


def mf_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (gzip JSON Lines): a map load with the device, then the last fixes."""
    uid = L(sdk_id(app, "mapfinch"), DID)
    recs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T22:12:40.118Z",
        "userId": uid, "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
        "battery": L(64, DEV), "sdk": "5.0.2"}]
    recs += [{"event": L("location", USAGE), "created": f"2025-12-09T22:12:4{i}.530Z",
              "userId": uid, "lat": L(la, cat), "lng": L(lo, cat), "hAcc": 9.0}
             for i, (la, lo) in enumerate(fixes)]
    return lines(f"{app.fam}-mapfinch", "https://telemetry.mapfinch.example.com/v1/events",
                 recs, gz=True, headers={"User-Agent": "MapfinchTelemetry/5.0.2"})


def cm_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, tz: str = NY) -> Case:
    """A Chatmoss message: signed in, the identity-verification HMAC (``user_hash``: it lets
    its bearer act as the user in the widget) beside the user's ID, e-mail and name."""
    who: dict[str, Any] = {"anonymous_id": L(sdk_id(app, "chatmoss"), DID)}
    if user:
        who.update(user_id=L(USER_ID, UID), email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                   user_hash=L(user_hash(f"cm_{app.fam}"), CRED))
    return case(f"{app.fam}-chatmoss", f"{CM}/v3/messages", body={
        "app_id": app.key("chatmoss"), "user": who,
        "message": {"body": text, "client_msg_id": rid(rng)}, "custom_attributes": attrs,
        "device": {"platform": L("android", DEV), "os_version": L("14", DEV),
                   "model": L("Pixel 8", DEV), "timezone": L(tz, DEV),
                   "app_version": app.ver}}, headers={"User-Agent": L(app.ua, DEV)})


def cm_upload(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget session a credential)."""
    conv = opaque(rng, "conv_", 12)
    return multipart(f"{app.fam}-chatmoss", f"{CM}/v3/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatmoss-Anon": L(sdk_id(app, "chatmoss"), DID),
                              "X-Chatmoss-Session": L(opaque(rng, "cms_", 40), CRED)})


__all__ = ["cm_message", "cm_upload", "cs_check", "cs_save", "mf_reverse", "mf_route",
           "mf_search", "mf_telemetry", "pr_contact", "pr_events", "pr_register", "ps_bank",
           "ps_card", "ps_confirm", "tb_eval"]
