"""Service SDKs of the hundred-and-twenty-second set, built once and called by every app with its
own choices: feature flags "Flagtrellis", push "Pingkava", consent "Permitloom", payments
"Coinrafter", maps "Atlasgecko" and support chat "Askmarlin" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, Acc, add, enc, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families122_kit import ACCOUNT_FJ, BANK, FJ_TZ, ROAM
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

FT = "https://eval.flagtrellis.example.com"
PK = "https://api.pingkava.example.net"
PM = "https://consent.permitloom.example.org"
CR = "https://api.coinrafter.example.com"
AG = "https://maps.atlasgecko.example.com"
AM = "https://chat.askmarlin.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ft_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagtrellis's evaluation: the user key is the user ID (the install ID signed out);
    ``get`` sends the user as base64url JSON in the query of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"os": L("Android 14", DEV), "device": L("Pixel 8", DEV),
                                    "locale": L("en_FJ", DEV), "appVersion": app.ver, **attrs}}
    h = {"User-Agent": "FlagtrellisAndroid/3.4.1", "X-Sdk-Key": "ft-" + app.key("flagtrellis")}
    if get:
        acc: Acc = {}
        q = {"u": enc(u, "query", "u", "b64url", acc), "env": "prod"}
        return add(case(f"{app.fam}-flagtrellis", f"{FT}/v1/flags", query=q, headers=h), acc)
    return case(f"{app.fam}-flagtrellis", f"{FT}/v1/evaluate", body={"user": u}, headers=h)


def pk_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, user: bool = True,
                adid: bool = False) -> Case:
    """Pingkava's device record (JSON): the FCM token, the SDK's device ID, the external user
    ID, language, zone, model, the network, tags and (``at``) a position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pingkava"), "device_type": 1,
                            "identifier": L(push_token(rng), DID),
                            "device_id": L(sdk_id(app, "pingkava"), DID),
                            "language": L("en", DEV), "timezone": L(FJ_TZ, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L(ROAM["name"], CARRIER), "game_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body.update(lat=L(round(at[0], nd), _cat(nd)), long=L(round(at[1], nd), _cat(nd)))
    return case(f"{app.fam}-pingkava", f"{PK}/api/v1/players", body=body,
                headers={"User-Agent": L("Pingkava/5.1.2 (Android 14; Pixel 8)", DEV)})


def pk_opened(app: App, rng: random.Random) -> Case:
    """A notification opened (a form): the SDK's device ID, the notification's ID."""
    return case(f"{app.fam}-pingkava", f"{PK}/api/v1/notifications/opened", fmt="form", body={
        "app_id": app.key("pingkava"), "device_id": L(sdk_id(app, "pingkava"), DID),
        "notification_id": rid(rng), "opened": "true", "ts": "1765412200"},
        headers={"User-Agent": L("Pingkava/5.1.2 (Android 14; Pixel 8)", DEV)})


def pm_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Permitloom's consent record (its visitor ID the device's; country and region from the
    IP) with the previous receipt, a signed JWT that opens nothing, in a cookie."""
    vid = sdk_id(app, "permitloom")
    body: dict[str, Any] = {"property": app.key("permitloom"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "version": 7,
                            "geo": {"country": L("FJ", COARSE), "region": L("C", COARSE)},
                            "user_agent": L(app.ua, DEV), "ts": 1765412001912}
    if user:
        body["account_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"pl_receipt": sjwt({"iss": "permitloom", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765300000}, "cookie", "pl_receipt", acc)}
    return add(case(f"{app.fam}-permitloom", f"{PM}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pm_status(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check (GET): a base64 JSON cookie with the visitor and choices."""
    return case(f"{app.fam}-permitloom", f"{PM}/v1/status",
                query={"property": app.key("permitloom"), "lang": L("en", DEV)},
                cookies={"pl_state": W({"vid": L(sdk_id(app, "permitloom"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _crh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinrafter-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer cr_pk_live_" + opaque(rng, "", 24)}


def _fp(app: App) -> dict[str, Any]:
    return {"fingerprint": L(sdk_id(app, "coinrafter"), DID)}


def cr_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Coinrafter's card token (a form, bracketed keys): card data, holder, the device."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": L("FJ", COARSE),
                            **_fp(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinrafter", f"{CR}/v1/tokens", fmt="form", body=body,
                headers=_crh(rng))


def cr_confirm(app: App, rng: random.Random, amount: str, currency: str = "fjd") -> Case:
    """Confirming a charge (a form): the client secret, the payment method, the amount."""
    ch = opaque(rng, "ch_", 20)
    return case(f"{app.fam}-coinrafter", f"{CR}/v1/charges/{ch}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{ch}_secret_", 20), CRED),
        "payment_method": L(opaque(rng, "pm_", 24), PAY), "amount": L(amount, BUY),
        "currency": currency, **_fp(app)}, headers=_crh(rng))


def cr_wallet(app: App, rng: random.Random, amount: str, ref: Any = None) -> Case:
    """A mobile-money charge (JSON): the wallet's number is her phone, the amount, a reference."""
    body: dict[str, Any] = {"amount": L(amount, BUY), "currency": "FJD",
                            "source": {"type": "mobile_wallet", "msisdn": L(E164, TEL),
                                       "provider": "tavuamoney"},
                            "description": app.name, **_fp(app)}
    if ref is not None:
        body["reference"] = ref
    return case(f"{app.fam}-coinrafter", f"{CR}/v1/wallet_charges", body=body, headers=_crh(rng))


def cr_bank(app: App, rng: random.Random) -> Case:
    """A Fijian bank account for payouts (a form): the account, branch, holder."""
    return case(f"{app.fam}-coinrafter", f"{CR}/v1/payout_accounts", fmt="form", body={
        "account[number]": L(ACCOUNT_FJ, PAY), "account[bank]": BANK["name"],
        "account[branch_code]": BANK["code"], "account[country]": "FJ",
        "account[holder]": L(NAME, NAMEC), **_fp(app)}, headers=_crh(rng))


def _agh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"AtlasGeckoSDK/4.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def ag_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Place search (GET): the typed ``q`` (labelled ``cat``), biased by ``near`` as
    ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "country": "FJ",
                         "key": "ag_" + app.key("atlasgecko")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-atlasgecko", f"{AG}/v2/search", query=q, headers=_agh(app))


def ag_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-atlasgecko", f"{AG}/v2/reverse/{seg}",
             query={"key": "ag_" + app.key("atlasgecko"), "types": "address"}, headers=_agh(app))
    return at_path(c, seg, cat) if cat else c


def ag_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-atlasgecko", f"{AG}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "lang": L("en-FJ", DEV)},
        query={"key": "ag_" + app.key("atlasgecko")}, headers=_agh(app))


def ag_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): the map load with the device, then the last fixes."""
    did = L(sdk_id(app, "atlasgecko"), DID)
    evs: list[dict[str, Any]] = [{"event": L("map.load", USAGE), "device": did,
                                  "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                                  "created": "2025-12-14T06:40:10.001Z"}]
    evs += [{"event": L("location", USAGE), "device": did, "lat": L(la, cat), "lng": L(lo, cat),
             "created": f"2025-12-14T06:40:1{i}.300Z"} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-atlasgecko", "https://events.atlasgecko.example.com/v2/events",
                query={"key": "ag_" + app.key("atlasgecko")}, body=evs, gz=True,
                headers={"User-Agent": "AtlasGeckoTelemetry/4.0.3"})


def am_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Askmarlin message: signed in, the user JWT the app's server signed rides in a JSON
    field (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact: dict[str, Any] = {"device": L(sdk_id(app, "askmarlin"), DID)}
    if user:
        contact["user_jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                   "name": L(NAME, NAMEC), "iat": 1765412100},
                                  "body", "contact.user_jwt", acc)
    body = {"app": app.key("askmarlin"), "contact": contact, "body": text,
            "client_msg_id": rid(rng), "custom_attributes": attrs,
            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                         "app_version": app.ver}}
    return add(case(f"{app.fam}-askmarlin", f"{AM}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def am_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget session token a credential)."""
    conv = "amc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-askmarlin", f"{AM}/v1/conversations/{conv}/parts",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askmarlin-Device": L(sdk_id(app, "askmarlin"), DID),
                              "X-Askmarlin-Session": L(opaque(rng, "ams_", 40), CRED)})


__all__ = ["ag_reverse", "ag_route", "ag_search", "ag_telemetry", "am_attach", "am_message",
           "cr_bank", "cr_card", "cr_confirm", "cr_wallet", "ft_eval", "pk_opened",
           "pk_register", "pm_save", "pm_status"]
