"""Service SDKs of the ninety-sixth set, built once and called by every app with its own choices:
feature flags "Flipprotea", push "Pingweaver", consent "Okaydassie", payments "Payduiker", maps
"Tilesunbird" and support chat "Helpbulbul" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families96_kit import BANK_ACCT, BRANCH, DBN, TZ
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FP = "https://sdk.flipprotea.example.com"
PW = "https://api.pingweaver.example.net"
OD = "https://cmp.okaydassie.example.org"
PD = "https://api.payduiker.example.com"
TS = "https://api.tilesunbird.example.com"
HB = "https://widget.helpbulbul.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fp_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flipprotea's evaluation: the user key is the user ID (the install ID signed out);
    ``get`` sends the user as base64url JSON in the query of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h = {"User-Agent": "FlipproteaAndroid/3.6.0", "Authorization": "mob-" + app.key("flip")}
    if get:
        acc: Acc = {}
        q = {"u": enc(u, "query", "u", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-flipprotea", f"{FP}/msdk/evalx/user", query=q,
                        headers=h), acc)
    return case(f"{app.fam}-flipprotea", f"{FP}/msdk/evalx/user", body={"user": u}, headers=h)


def pw_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "en") -> Case:
    """Pingweaver's device record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingweaver"),
                            "deviceId": L(sdk_id(app, "pingweaver"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timezone": L(TZ, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}, "notificationsEnabled": True}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingweaver", f"{PW}/v2/devices", body=body,
                headers={"User-Agent": L("Pingweaver-Android/5.1.2 (Android 14; Pixel 8)",
                                         DEV)})


def pw_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the campaign and message IDs negatives."""
    return case(f"{app.fam}-pingweaver", f"{PW}/v2/opens", fmt="form", body={
        "appId": app.key("pingweaver"), "deviceId": L(sdk_id(app, "pingweaver"), DID),
        "messageId": opaque(rng, "msg_", 16), "campaign": campaign, "openedAt": "1765343391"},
        headers={"User-Agent": L("Pingweaver-Android/5.1.2 (Android 14; Pixel 8)", DEV)})


def od_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Okaydassie's consent record (its visitor ID the device's; country and province from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "okaydassie")
    body: dict[str, Any] = {"property": app.key("okaydassie"), "visitorId": L(vid, DID),
                            "purposes": purposes, "policyVersion": 7, "law": "popia",
                            "geo": {"country": L("ZA", COARSE), "province": L("KZN", COARSE)},
                            "userAgent": L(app.ua, DEV), "ts": 1765343220417}
    if user:
        body["userRef"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"od_receipt": sjwt({"iss": "okaydassie", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765250000}, "cookie", "od_receipt", acc)}
    return add(case(f"{app.fam}-okaydassie", f"{OD}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def od_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-okaydassie", f"{OD}/v1/status",
                query={"property": app.key("okaydassie"), "lang": L("en", DEV)},
                cookies={"od_state": W({"vid": L(sdk_id(app, "okaydassie"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pdh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payduiker/Android 2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_id": L(sdk_id(app, "payduiker-d"), DID),
            "muid": sdk_id(app, "payduiker-m")}


def pd_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Payduiker's card token (a form with bracketed keys): card data, holder, postal code and
    the SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "card[address_postal_code]": L(DBN["code"], COARSE),
                            "card[address_country]": L("ZA", COARSE), **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payduiker", f"{PD}/v1/tokens", fmt="form", body=body,
                headers=_pdh(rng))


def pd_confirm(app: App, rng: random.Random, amount: str, currency: str = "zar") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-payduiker", f"{PD}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pdh(rng))


def pd_bank(app: App, rng: random.Random, purpose: str = "debit_order") -> Case:
    """A South African bank account for debit orders or payouts (a form)."""
    return case(f"{app.fam}-payduiker", f"{PD}/v1/bank_accounts", fmt="form", body={
        "bank_account[account_number]": L(BANK_ACCT, PAY),
        "bank_account[branch_code]": L(BRANCH, PAY), "bank_account[account_type]": "cheque",
        "bank_account[country]": "ZA", "bank_account[holder_name]": L(NAME, NAMEC),
        "purpose": purpose, **_pids(app)}, headers=_pdh(rng))


def _tsh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"TilesunbirdSDK/4.7.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def ts_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by
    ``proximity`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "country": "za",
                         "language": L("en", DEV), "key": "ts_" + app.key("tilesunbird")}
    if near is not None:
        q["proximity"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilesunbird", f"{TS}/geocode/v1/search", query=q, headers=_tsh(app))


def ts_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilesunbird", f"{TS}/geocode/v1/reverse/{seg}",
             query={"types": "address", "key": "ts_" + app.key("tilesunbird")},
             headers=_tsh(app))
    return at_path(c, seg, cat) if cat else c


def ts_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilesunbird", f"{TS}/directions/v1", body={
        "waypoints": wps, "profile": profile, "alternatives": False,
        "language": L("en-ZA", DEV)}, query={"key": "ts_" + app.key("tilesunbird")},
        headers=_tsh(app))


def ts_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilesunbird"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-10T07:14:40.118Z", "sdkDevice": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(61, DEV), "cellularNetworkType": L("LTE", DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-10T07:15:0{i}.210Z",
             "sdkDevice": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilesunbird", "https://events.tilesunbird.example.com/v1/batch",
                query={"key": "ts_" + app.key("tilesunbird")}, body=evs, gz=True,
                headers={"User-Agent": "TilesunbirdTelemetry/4.7.1"})


def hb_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Helpbulbul message: signed in, the identity token the app's server signed rides in a
    JSON field (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"anonId": L(sdk_id(app, "helpbulbul"), DID)}
    if user:
        contact["userJwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                  "name": L(NAME, NAMEC), "iat": 1765343300},
                                 "body", "contact.userJwt", acc)
    body: dict[str, Any] = {"widgetKey": app.key("helpbulbul"), "contact": contact,
                            "body": text, "clientMsgId": rid(rng), "customAttributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "appVersion": app.ver}}
    return add(case(f"{app.fam}-helpbulbul", f"{HB}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hb_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "cv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpbulbul", f"{HB}/api/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpbulbul-Anon": L(sdk_id(app, "helpbulbul"), DID),
                              "X-Helpbulbul-Session": L(opaque(rng, "hbs_", 40), CRED)})


__all__ = ["fp_eval", "hb_attach", "hb_message", "od_check", "od_save", "pd_bank", "pd_card",
           "pd_confirm", "pw_opened", "pw_register", "ts_geocode", "ts_reverse", "ts_route",
           "ts_telemetry"]
