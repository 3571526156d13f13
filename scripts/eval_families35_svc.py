"""Service SDKs of the thirty-fifth set, built once and called by every app with its own
choices: feature flags "Flipwarden", push "Pushfern", consent "Assentwell", payments "Paywhorl",
maps "Cartowisp" and support chat "Chatbramble" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import sdk_uuid
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

FW = "https://sdk.flipwarden.example.com"
PF = "https://api.pushfern.example.net"
AS = "https://consent.assentwell.example.org"
PW = "https://api.paywhorl.example.com"
CW = "https://api.cartowisp.example.com"
CB = "https://widget.chatbramble.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fw_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flipwarden's evaluation: the user key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"app_version": app.ver, "os_version": L("14", DEV),
                                    "device_model": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlipwardenAndroid/2.14.0",
                         "Authorization": "fw-mob-" + app.key("flipwarden")}
    url = f"{FW}/sdk/v1/flags"
    if hdr:
        h["X-Flipwarden-User"] = W(u, "b64json")
        return case(f"{app.fam}-flipwarden", url, headers=h)
    return case(f"{app.fam}-flipwarden", url, body={"user": u}, headers=h)


def _pfh() -> dict[str, Any]:
    return {"User-Agent": L("Pushfern-Android/3.9.2 (Android 14; Pixel 8)", DEV)}


def pf_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 3,
                tz: str = "America/New_York") -> Case:
    """Pushfern's installation (JSON, camelCase): the FCM token, the installation ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pushfern"),
                            "installationId": L(sdk_id(app, "pushfern"), DID),
                            "pushToken": L(push_token(rng), DID), "platform": "android",
                            "language": L("en", DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "sdkVersion": "3.9.2", "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["advertisingId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd)), "accuracy": 16.0}
    return case(f"{app.fam}-pushfern", f"{PF}/v2/installations", body=body, headers=_pfh())


def pf_opened(app: App, rng: random.Random) -> Case:
    """A notification opened (a form): the notification's ID a negative."""
    return case(f"{app.fam}-pushfern", f"{PF}/v2/events", fmt="form", body={
        "app_id": app.key("pushfern"), "installation_id": L(sdk_id(app, "pushfern"), DID),
        "notification_id": sdk_uuid(rng), "event": "opened", "ts": "1765321888"},
        headers=_pfh())


def as_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            receipt: bool = True) -> Case:
    """Assentwell's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentwell")
    body: dict[str, Any] = {"propertyId": app.key("assentwell"), "visitorId": L(vid, DID),
                            "purposes": purposes, "gpp": "DBABMA~1YNN", "policyVersion": 9,
                            "geo": {"country": L("US", COARSE), "region": L("NY", COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765321622018}
    if user:
        body["userId"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = None
    if receipt:
        cookies = {"asw_receipt": sjwt({"iss": "assentwell", "sub": L(vid, DID),
                                       "ok": sorted(p for p, v in purposes.items() if v),
                                       "iat": 1765100000}, "cookie", "asw_receipt", acc)}
    return add(case(f"{app.fam}-assentwell", f"{AS}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def as_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-assentwell", f"{AS}/v1/status",
                query={"propertyId": app.key("assentwell"), "lang": L("en", DEV)},
                cookies={"asw_state": W({"vid": L(sdk_id(app, "assentwell"), DID),
                                        "p": purposes, "v": 9}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pwh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paywhorl/Android 7.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"muid": L(sdk_id(app, "paywhorl-m"), DID), "sid": sdk_id(app, "paywhorl-s")}


def pw_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paywhorl's card token (a form with bracketed keys): card data, the holder, the ZIP and
    the SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pids(app), "payment_user_agent": "paywhorl-android/7.3.0"}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paywhorl", f"{PW}/v1/tokens", fmt="form", body=body,
                headers=_pwh(rng))


def pw_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paywhorl", f"{PW}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "expected_amount": L(amount, BUY), "currency": currency,
                      "return_url": f"{app.fam}://paywhorl/return", **_pids(app)},
                headers=_pwh(rng))


def pw_bank(app: App, rng: random.Random) -> Case:
    """A US bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-paywhorl", f"{PW}/v1/external_accounts", fmt="form", body={
        "type": "bank_account", "bank_account[routing_number]": L(ROUTING, PAY),
        "bank_account[account_number]": L(ACCOUNT, PAY), "bank_account[country]": "US",
        "bank_account[account_holder_name]": L(NAME, NAMEC),
        "bank_account[account_holder_type]": "individual", **_pids(app)}, headers=_pwh(rng))


def _cwh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"CartowispSDK/8.1.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def cw_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lon,lat`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "key": "cw_" + app.key("cartowisp")}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-cartowisp", f"{CW}/geocode/v2/forward", query=q, headers=_cwh(app))


def cw_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lon,lat.json``; whose point decides)."""
    seg = f"{at[1]:.{nd}f},{at[0]:.{nd}f}.json"
    c = case(f"{app.fam}-cartowisp", f"{CW}/geocode/v2/reverse/{seg}",
             query={"types": "address", "key": "cw_" + app.key("cartowisp")}, headers=_cwh(app))
    return at_path(c, seg, cat) if cat else c


def cw_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-cartowisp", f"{CW}/directions/v2/{mode}", body={
        "waypoints": wps, "alternatives": False, "language": L("en-US", DEV),
        "overview": "full"}, query={"key": "cw_" + app.key("cartowisp")}, headers=_cwh(app))


def cw_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    uid = L(sdk_id(app, "cartowisp"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "deviceId": uid,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(58, DEV),
        "sdk": "8.1.0"}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:12:4{i}.530Z",
             "deviceId": uid, "lat": L(la, cat), "lng": L(lo, cat), "hAcc": 7.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-cartowisp", "https://events.cartowisp.example.com/v2/batch",
                query={"key": "cw_" + app.key("cartowisp")}, body=evs, gz=True,
                headers={"User-Agent": "CartowispTelemetry/8.1.0"})


def cb_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Chatbramble message: signed in, the identity token the app's server signed rides in
    a header (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Chatbramble-Visitor": L(sdk_id(app, "chatbramble"), DID)}
    if user:
        h["X-Chatbramble-Identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                           "name": L(NAME, NAMEC), "iat": 1765321700},
                                          "header", "x-chatbramble-identity", acc)
    body: dict[str, Any] = {"app_id": app.key("chatbramble"), "body": text,
                            "client_msg_id": rid(rng), "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "locale": L("en_US", DEV), "app_version": app.ver}}
    if email is not None:
        body["email"] = email
    return add(case(f"{app.fam}-chatbramble", f"{CB}/v3/messages", body=body, headers=h), acc)


def cb_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cbc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatbramble", f"{CB}/v3/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatbramble-Visitor": L(sdk_id(app, "chatbramble"), DID),
                              "X-Chatbramble-Session": L(opaque(rng, "cbs_", 40), CRED)})


__all__ = ["as_check", "as_save", "cb_attach", "cb_message", "cw_geocode", "cw_reverse",
           "cw_route", "cw_telemetry", "fw_eval", "pf_opened", "pf_register", "pw_bank",
           "pw_card", "pw_confirm"]
