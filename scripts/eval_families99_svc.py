"""Service SDKs of the ninety-ninth set, built once and called by every app with its own
choices: feature flags "Flagtarn", push "Pushplover", consent "Consentfjord", payments
"Payrhodo", maps "Mapfirn" and support chat "Helpbothy" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, pb, push_token, raw, tok
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FT = "https://eval.flagtarn.example.com"
PP = "https://api.pushplover.example.net"
CF = "https://cmp.consentfjord.example.org"
PR = "https://api.payrhodo.example.com"
MF = "https://api.mapfirn.example.com"
HB = "https://widget.helpbothy.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ft_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagtarn's evaluation: the user key is the user ID (the install ID signed out); ``hdr``
    sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlagtarnAndroid/3.6.1",
                         "Authorization": "mob-" + app.key("flagtarn")}
    if hdr:
        h["X-Flagtarn-User"] = W(u, "b64json")
        return case(f"{app.fam}-flagtarn", f"{FT}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-flagtarn", f"{FT}/msdk/evalx/user", body={"user": u}, headers=h)


def pp_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Pushplover's device record (JSON): the FCM token, its own device ID, the device, tags and
    (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"app": app.key("pushplover"),
                            "device_id": L(sdk_id(app, "pushplover"), DID),
                            "push_token": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L(lang, DEV), "tz": L(tz, DEV), "model": L("Pixel 8", DEV),
                            "os": L("Android 14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "app_version": app.ver, "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["gaid"] = L(GAID, "id.advertising")
    if at is not None:
        body["last_location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                 "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pushplover", f"{PP}/v3/devices", body=body,
                headers={"User-Agent": L("Pushplover/5.2.0 (Android 14; Pixel 8)", DEV)})


def pp_opened(app: App, rng: random.Random, action: str = "opened") -> Case:
    """A notification receipt (a form): the campaign and message IDs negatives."""
    return case(f"{app.fam}-pushplover", f"{PP}/v3/receipts", fmt="form", body={
        "app": app.key("pushplover"), "device_id": L(sdk_id(app, "pushplover"), DID),
        "campaign": opaque(rng, "cmp_", 10), "message": opaque(rng, "msg_", 16),
        "action": L(action, USAGE), "ts": "1765731210"},
        headers={"User-Agent": L("Pushplover/5.2.0 (Android 14; Pixel 8)", DEV)})


def cf_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Consentfjord's record (JSON): its visitor ID the device's, the country and region its
    edge derived from the IP, the previous choice's ID in a cookie."""
    vid = sdk_id(app, "consentfjord")
    body: dict[str, Any] = {"property": app.key("consentfjord"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "notice_version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "user_agent": L(app.ua, DEV), "collected_at": 1765731002}
    if user:
        body["account_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-consentfjord", f"{CF}/v1/records", body=body,
                cookies={"cf_vid": L(vid, DID), "cf_prev": opaque(rng, "rec_", 12)},
                headers={"User-Agent": L(app.ua, DEV)})


def cf_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check (GET): a base64 JSON cookie with the visitor and choices."""
    return case(f"{app.fam}-consentfjord", f"{CF}/v1/status",
                query={"property": app.key("consentfjord"), "lang": L("en", DEV)},
                cookies={"cf_state": W({"vid": L(sdk_id(app, "consentfjord"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _prh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payrhodo-Android/7.0.3", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _prids(app: App) -> dict[str, Any]:
    return {"radar[device]": L(sdk_id(app, "payrhodo-d"), DID),
            "radar[session]": sdk_id(app, "payrhodo-s")}


def pr_card(app: App, rng: random.Random, *, email: bool = False, zip_: bool = True) -> Case:
    """Payrhodo's card token (a form with bracketed keys): card data, the holder, the ZIP and
    the SDK's device fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), **_prids(app)}
    if zip_:
        body["card[address_zip]"] = L(ZIP, COARSE)
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payrhodo", f"{PR}/v1/tokens", fmt="form", body=body,
                headers=_prh(rng))


def pr_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-payrhodo", f"{PR}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 20), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_prids(app)},
                headers=_prh(rng))


def pr_bank(app: App, rng: random.Random, account: str, bank: str, holder: Any,
            country: str) -> Case:
    """A bank account linked for debits or payouts (a form): the account number, the bank's
    routing code (``financial.payment``, as routing numbers) and the holder."""
    return case(f"{app.fam}-payrhodo", f"{PR}/v1/bank_accounts", fmt="form", body={
        "bank_account[account_number]": L(account, PAY),
        "bank_account[bank_code]": L(bank, PAY),
        "bank_account[country]": country, "bank_account[holder_name]": holder,
        **_prids(app)}, headers=_prh(rng))


def _mfh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapfirnSDK/9.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mf_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Place search (GET): the typed ``q`` (labelled ``cat``), biased by ``near`` as one
    ``lat,lon`` value (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "6", "language": L(lang, DEV),
                         "key": "mf_" + app.key("mapfirn")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapfirn", f"{MF}/v2/search", query=q, headers=_mfh(app))


def mf_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapfirn", f"{MF}/v2/reverse/{seg}",
             query={"types": "poi,address", "key": "mf_" + app.key("mapfirn")},
             headers=_mfh(app))
    return at_path(c, seg, cat) if cat else c


def mf_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "walking") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapfirn", f"{MF}/v2/directions", body={
        "waypoints": wps, "profile": profile, "alternatives": False,
        "language": L("en-US", DEV)}, query={"key": "mf_" + app.key("mapfirn")},
        headers=_mfh(app))


def mf_nav(app: App, rng: random.Random, at: Pt, ele: int) -> Case:
    """A navigation heartbeat (schema-less protobuf): the session (a negative), a nested fix
    ``2.1``/``2.2`` as doubles, the elevation, the SDK's device ID ``4``."""
    lab: dict[str, str] = {}
    data = pb([(1, opaque(rng, "nav_", 12)),
               (2, [(1, L(at[0], PRECISE)), (2, L(at[1], PRECISE)), (3, 8.5), (4, ele)]),
               (3, 1765590311), (4, L(sdk_id(app, "mapfirn"), DID)), (5, "9.4.1")], "", lab)
    return raw(f"{app.fam}-mapfirn", f"{MF}/v2/nav/heartbeat", data, "application/x-protobuf",
               lab, headers=_mfh(app) | {"X-Mapfirn-Key": "mf_" + app.key("mapfirn")})


def mf_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapfirn"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "t": "2025-12-14T16:10:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "zoom": 14}]
    evs += [{"ev": L("map.location", USAGE), "t": f"2025-12-14T16:11:0{i}.210Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 7.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapfirn", "https://events.mapfirn.example.com/v1/batch",
                query={"key": "mf_" + app.key("mapfirn")}, body=evs, gz=True,
                headers={"User-Agent": "MapfirnTelemetry/9.4.1"})


def hb_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Helpbothy message: signed in, the identity JWT the app's server signed rides in the
    JSON field ``user.jwt`` (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    u: dict[str, Any] = {"visitor": L(sdk_id(app, "helpbothy"), DID)}
    if user:
        u["jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                        "name": L(NAME, NAMEC), "iat": 1765731702}, "body", "user.jwt", acc)
    body: dict[str, Any] = {"widget_key": app.key("helpbothy"), "user": u, "message": text,
                            "client_msg_id": rid(rng), "custom_fields": attrs,
                            "device": {"platform": L("Android 14", DEV),
                                       "model": L("Pixel 8", DEV), "app_version": app.ver}}
    return add(case(f"{app.fam}-helpbothy", f"{HB}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hb_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hbc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpbothy", f"{HB}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpbothy-Visitor": L(sdk_id(app, "helpbothy"), DID),
                              "X-Helpbothy-Session": L(opaque(rng, "hbs_", 40), CRED)})


__all__ = ["cf_check", "cf_save", "ft_eval", "hb_attach", "hb_message", "mf_nav", "mf_reverse",
           "mf_route", "mf_search", "mf_telemetry", "pp_opened", "pp_register", "pr_bank",
           "pr_card", "pr_confirm"]
