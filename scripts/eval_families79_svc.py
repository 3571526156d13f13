"""Service SDKs of the seventy-ninth set, built once and called by every app with its own
choices: feature flags "Patakaloy", push "Ghontabar", consent "Sommotika", payments "Takapath",
maps "Nakshatori" and support chat "Alapkhana" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, CARD2, CARD2_CVC, CARD2_EXP, ROUTING, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

PK = "https://flags.patakaloy.example.com"
GB = "https://api.ghontabar.example.net"
SM = "https://consent.sommotika.example.org"
TP = "https://api.takapath.example.com"
NK = "https://maps.nakshatori.example.com"
AK = "https://widget.alapkhana.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def pk_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            query: bool = False) -> Case:
    """Patakaloy's evaluation: the user key is the user ID (the install ID signed out);
    ``query`` sends the context as base64url JSON in the ``ctx`` parameter of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "platform": L("Android 14", DEV),
                                      "deviceModel": L("Pixel 8", DEV), **attrs}}
    h = {"User-Agent": "PatakaloyAndroid/3.0.7", "Authorization": app.key("patakaloy")}
    if query:
        acc: Acc = {}
        q = {"ctx": enc(ctx, "query", "ctx", "b64url", acc), "withReasons": "false"}
        return add(case(f"{app.fam}-patakaloy", f"{PK}/msdk/evalx", query=q, headers=h), acc)
    return case(f"{app.fam}-patakaloy", f"{PK}/msdk/evalx", body={"user": ctx}, headers=h)


def gb_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", lang: str = "en") -> Case:
    """Ghontabar's subscriber record (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, the carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("ghontabar"),
                            "subscriberId": L(sdk_id(app, "ghontabar"), DID),
                            "pushToken": L(push_token(rng), DID), "channel": "fcm",
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if adid:
        body["adId"] = L(GAID, "id.advertising")
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-ghontabar", f"{GB}/v1/subscribers", body=body,
                headers={"User-Agent": L("Ghontabar/5.2.0 (Android 14; Pixel 8)", DEV)})


def gb_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the subscriber, the campaign and message IDs."""
    return case(f"{app.fam}-ghontabar", f"{GB}/v1/opens", fmt="form", body={
        "subscriberId": L(sdk_id(app, "ghontabar"), DID), "campaign": campaign,
        "messageId": opaque(rng, "gbm_", 16), "action": L("opened", USAGE)},
        headers={"User-Agent": L("Ghontabar/5.2.0 (Android 14; Pixel 8)", DEV)})


def sm_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY") -> Case:
    """Sommotika's consent record (JSON): its visitor ID the device's, the country and region
    from the IP; the preferences cookie is base64 JSON (the visitor ID and choices)."""
    vid = sdk_id(app, "sommotika")
    body: dict[str, Any] = {"property": app.key("sommotika"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": 7,
                            "tcString": "CQJ4x0AQJ4x0AAGABBENBVFgAP_AAH_AAAqIKJtV_H__bW1r",
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "userAgent": L(app.ua, DEV)}
    if user:
        body["accountId"] = L(USER_ID, UID)
    return case(f"{app.fam}-sommotika", f"{SM}/v1/records", body=body,
                cookies={"sm_prefs": W({"vid": L(vid, DID), "p": purposes}, "b64json")},
                headers={"User-Agent": L(app.ua, DEV)})


def sm_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The status check (GET) with the signed receipt cookie: a JWT that opens nothing (its
    claims labelled, the token not)."""
    acc: Acc = {}
    vid = sdk_id(app, "sommotika")
    rc = sjwt({"iss": "sommotika", "sub": L(vid, DID),
               "ok": sorted(p for p, v in purposes.items() if v), "iat": 1765210000},
              "cookie", "sm_receipt", acc)
    return add(case(f"{app.fam}-sommotika", f"{SM}/v1/status",
                    query={"property": app.key("sommotika"), "lang": L("en", DEV)},
                    cookies={"sm_receipt": rc}, headers={"User-Agent": L(app.ua, DEV)}), acc)


def _tph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Takapath-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer tp_pub_" + opaque(rng, "", 24)}


def _tpids(app: App) -> dict[str, Any]:
    return {"risk[device_id]": L(sdk_id(app, "takapath-d"), DID),
            "risk[session]": sdk_id(app, "takapath-s")}


def tp_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = "10118") -> Case:
    """Takapath's card token (a form with bracketed keys): card, holder, postcode, the risk
    device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[postal_code]": L(zip_, COARSE),
                            **_tpids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-takapath", f"{TP}/v1/tokens", fmt="form", body=body,
                headers=_tph(rng))


def tp_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a charge (a form): the client secret, the method, the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-takapath", f"{TP}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 20), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY), "amount": L(amount, BUY),
                      "currency": currency, **_tpids(app)}, headers=_tph(rng))


def tp_wallet(app: App, rng: random.Random, otp: str) -> Case:
    """Linking a mobile wallet (JSON): her number is the wallet account, the OTP a credential."""
    return case(f"{app.fam}-takapath", f"{TP}/v1/wallets/link", body={
        "provider": "dakpay", "msisdn": L(E164, f"{TEL}|{PAY}"), "otp": L(otp, CRED),
        "device": L(sdk_id(app, "takapath-d"), DID)}, headers=_tph(rng))


def tp_bank(app: App, rng: random.Random) -> Case:
    """A bank account for payouts (a form): routing and account numbers, the holder."""
    return case(f"{app.fam}-takapath", f"{TP}/v1/payout_accounts", fmt="form", body={
        "bank[routing]": L(ROUTING, PAY), "bank[account]": L(ACCOUNT, PAY),
        "bank[country]": "US", "bank[holder]": L(NAME, NAMEC), **_tpids(app)},
        headers=_tph(rng))


def _nkh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Nakshatori/9.1.4 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def nk_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed text ``q`` (labelled ``cat``), biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "nk_" + app.key("nakshatori")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-nakshatori", f"{NK}/v2/geocode", query=q, headers=_nkh(app))


def nk_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-nakshatori", f"{NK}/v2/reverse/{seg}",
             query={"types": "address", "key": "nk_" + app.key("nakshatori")}, headers=_nkh(app))
    return at_path(c, seg, cat) if cat else c


def nk_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-nakshatori", f"{NK}/v2/directions", body={
        "waypoints": wps, "profile": profile, "alternatives": False,
        "language": L("en-US", DEV)}, query={"key": "nk_" + app.key("nakshatori")},
        headers=_nkh(app))


def nk_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a style load with the device, then the last fixes."""
    did = L(sdk_id(app, "nakshatori"), DID)
    evs: list[dict[str, Any]] = [{"event": L("style_loaded", USAGE), "device": did,
                                  "created": "2025-12-10T09:12:40.118Z",
                                  "model": L("Pixel 8", DEV), "battery": L(52, DEV)}]
    evs += [{"event": L("location", USAGE), "device": did, "lat": L(la, cat), "lng": L(lo, cat),
             "created": f"2025-12-10T09:13:0{i}.210Z", "accuracy": 8.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-nakshatori", "https://events.nakshatori.example.com/v2/batch",
                query={"key": "nk_" + app.key("nakshatori")}, body=evs, gz=True,
                headers={"User-Agent": "NakshatoriTelemetry/9.1.4"})


def ak_message(app: App, rng: random.Random, text: Any, fields: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Alapkhana message: signed in, the identity JWT the app's server signed rides in a JSON
    field (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who: dict[str, Any] = {"device": L(sdk_id(app, "alapkhana"), DID)}
    if user:
        who["user_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                               "name": L(NAME, NAMEC), "iat": 1765360702},
                              "body", "customer.user_jwt", acc)
    body: dict[str, Any] = {"widget_id": app.key("alapkhana"), "customer": who, "body": text,
                            "local_id": rid(rng), "fields": fields,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "app": app.ver}}
    return add(case(f"{app.fam}-alapkhana", f"{AK}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ak_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "akc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-alapkhana", f"{AK}/v1/conversations/{conv}/uploads",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"local_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Alapkhana-Device": L(sdk_id(app, "alapkhana"), DID),
                              "X-Alapkhana-Token": L(opaque(rng, "aks_", 40), CRED)})


__all__ = ["ak_attach", "ak_message", "gb_opened", "gb_register", "nk_geocode", "nk_reverse",
           "nk_route", "nk_telemetry", "pk_eval", "sm_check", "sm_save", "tp_bank", "tp_card",
           "tp_confirm", "tp_wallet"]
