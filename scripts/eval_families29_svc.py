"""Service SDKs of the twenty-ninth set, built once and called by every app with its own
choices: feature flags "Switchbarn", push "Ringpost", consent "Optwarden", payments "Paybrook",
maps "Atlaskite" and support chat "Chatterdock" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import quote

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
from eval_payloads import EMAIL, GAID, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SB = "https://app.switchbarn.example.com"
RP = "https://api.ringpost.example.net"
OW = "https://consent.optwarden.example.org"
PBK = "https://api.paybrook.example.com"
AK = "https://api.atlaskite.example.com"
CD = "https://api.chatterdock.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sb_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Switchbarn's evaluation: the context key is the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"kind": "user",
                           "key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                      "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "SwitchbarnAndroidClient/4.2.1",
                         "Authorization": "mob-" + app.key("switchbarn")}
    url = f"{SB}/msdk/evalx/context"
    if hdr:
        h["X-Switchbarn-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-switchbarn", url, headers=h)
    return case(f"{app.fam}-switchbarn", url, body=ctx, headers=h)


def _rh() -> dict[str, Any]:
    return {"User-Agent": L("Ringpost/050124 (Android 14; Pixel 8)", DEV)}


def rp_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, nd: int | None = None) -> Case:
    """Ringpost's player registration: the FCM token, the device, the carrier, tags."""
    body: dict[str, Any] = {"app_id": app.key("ringpost"), "device_type": 1,
                            "identifier": L(push_token(rng), DID),
                            "language": L("en", DEV), "timezone": L(-18000, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "net_type": L(0, DEV),
                            "rooted": L(False, DEV), "game_version": app.ver,
                            "sdk": "050124", "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if nd is not None:
        body.update(lat=L(round(LAT, nd), _cat(nd)), long=L(round(LON, nd), _cat(nd)),
                    loc_acc=18.0)
    return case(f"{app.fam}-ringpost", f"{RP}/api/v1/players", body=body, headers=_rh())


def rp_channel(app: App, rng: random.Random, kind: str, value: Any) -> Case:
    """An e-mail (``device_type`` 11) or SMS (14) channel for the signed-in user."""
    return case(f"{app.fam}-ringpost", f"{RP}/api/v1/players", body={
        "app_id": app.key("ringpost"), "device_type": 11 if kind == "email" else 14,
        "identifier": value, "external_user_id": L(USER_ID, UID),
        "parent_player_id": L(sdk_id(app, "ringpost"), DID)}, headers=_rh())


def rp_opened(app: App, rng: random.Random) -> Case:
    """A notification opened: the notification's ID a negative, the player ID the device's."""
    return case(f"{app.fam}-ringpost", f"{RP}/api/v1/notifications/{sdk_uuid(rng)}", body={
        "app_id": app.key("ringpost"), "player_id": L(sdk_id(app, "ringpost"), DID),
        "opened": True, "device_type": 1}, headers=_rh())


def ow_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            receipt: bool = False) -> Case:
    """Optwarden's consent record (its UUID the device's; country and region from the IP),
    with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    uid = sdk_id(app, "optwarden")
    body: dict[str, Any] = {"property_id": app.key("optwarden"), "uuid": L(uid, DID),
                            "choices": purposes, "gpp": "DBABMA~1YNN", "policy_version": 12,
                            "geo": {"country": L("US", COARSE), "region": L("NY", COARSE)},
                            "user_agent": L(app.ua, DEV), "ts": 1765321622018}
    if user:
        body["user_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = None
    if receipt:
        cookies = {"ow_receipt": sjwt({"iss": "optwarden", "sub": L(uid, DID),
                                       "ok": sorted(p for p, v in purposes.items() if v),
                                       "iat": 1765100000}, "cookie", "ow_receipt", acc)}
    return add(case(f"{app.fam}-optwarden", f"{OW}/v1/consents", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ow_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the UUID and the choices."""
    return case(f"{app.fam}-optwarden", f"{OW}/v1/status",
                query={"property_id": app.key("optwarden"), "lang": L("en", DEV)},
                cookies={"ow_choices": W({"uuid": L(sdk_id(app, "optwarden"), DID),
                                          "c": purposes, "v": 12}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _ph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paybrook/Android 12.1.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"muid": L(sdk_id(app, "paybrook-m"), DID), "guid": L(sdk_id(app, "paybrook-g"), DID)}


def pbk_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paybrook's card token (a form with bracketed keys): card data, the holder, the ZIP and
    the SDK's device IDs."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_zip]": L(ZIP, COARSE),
                            **_pids(app), "payment_user_agent": "paybrook-android/12.1.0"}
    if email:
        body["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paybrook", f"{PBK}/v1/tokens", fmt="form", body=body,
                headers=_ph(rng))


def pbk_confirm(app: App, rng: random.Random, amount: str) -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paybrook", f"{PBK}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "expected_amount": L(amount, BUY), "currency": "usd",
                      "return_url": f"{app.fam}://paybrook/return", **_pids(app)},
                headers=_ph(rng))


def pbk_bank(app: App, rng: random.Random) -> Case:
    """A US bank account as a payment method (a form): routing and account numbers, holder."""
    return case(f"{app.fam}-paybrook", f"{PBK}/v1/payment_methods", fmt="form", body={
        "type": "us_bank_account", "us_bank_account[routing_number]": L(ROUTING, PAY),
        "us_bank_account[account_number]": L(ACCOUNT, PAY),
        "us_bank_account[account_holder_type]": "individual",
        "billing_details[name]": L(NAME, NAMEC), "billing_details[email]": L(EMAIL, MAIL),
        **_pids(app)}, headers=_ph(rng))


def _ah(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"AtlaskiteSDK/9.4.0 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def _tk(app: App) -> str:
    return "pk." + app.key("atlaskite")


def ak_geocode(app: App, rng: random.Random, text: str, cat: str, *,
               nd: int | None = 3) -> Case:
    """Forward geocoding: the typed text is a URL path segment (labelled ``cat``), biased by
    the position as a ``lon,lat`` proximity."""
    seg = quote(text, safe="") + ".json"
    q: dict[str, Any] = {"autocomplete": "true", "limit": "5", "access_token": _tk(app)}
    if nd is not None:
        q["proximity"] = L(f"{LON:.{nd}f},{LAT:.{nd}f}", _cat(nd))
    c = case(f"{app.fam}-atlaskite", f"{AK}/geocoding/v5/places/{seg}", query=q,
             headers=_ah(app))
    return at_path(c, seg, cat)


def ak_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lon,lat.json``; whose point decides)."""
    seg = f"{at[1]:.{nd}f},{at[0]:.{nd}f}.json"
    c = case(f"{app.fam}-atlaskite", f"{AK}/geocoding/v5/places/{seg}",
             query={"types": "address", "access_token": _tk(app)}, headers=_ah(app))
    return at_path(c, seg, cat) if cat else c


def ak_route(app: App, rng: random.Random, origin: Pt, o_cat: str | None, dest: Pt,
             d_cat: str | None, profile: str = "driving") -> Case:
    """Directions: one ``lon,lat;lon,lat`` path segment, labelled once by the first of its
    places that is a person's."""
    seg = f"{origin[1]},{origin[0]};{dest[1]},{dest[0]}"
    c = case(f"{app.fam}-atlaskite", f"{AK}/directions/v5/{profile}/{seg}", query={
        "alternatives": "false", "geometries": "polyline6", "overview": "full",
        "access_token": _tk(app)}, headers=_ah(app))
    cat = o_cat or d_cat
    return at_path(c, seg, cat) if cat else c


def ak_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    uid = L(sdk_id(app, "atlaskite"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "userId": uid,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(61, DEV), "wifi": L(True, DEV), "sdkVersion": "9.4.0"}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:12:4{i}.530Z",
             "userId": uid, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 8.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-atlaskite", "https://events.atlaskite.example.com/events/v2",
                query={"access_token": _tk(app)}, body=evs, gz=True,
                headers={"User-Agent": "AtlaskiteTelemetry/9.4.0"})


def cd_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, phone: Any = None) -> Case:
    """A Chatterdock conversation: signed in, the identity token the app's server signed (a
    JWT in a JSON field: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    visitor: dict[str, Any] = {"visitor_id": L(sdk_id(app, "chatterdock"), DID)}
    if user:
        visitor["identity_token"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                         "name": L(NAME, NAMEC), "iat": 1765321700},
                                        "body", "visitor.identity_token", acc)
    if phone is not None:
        visitor["phone"] = phone
    body = {"app_id": app.key("chatterdock"), "visitor": visitor,
            "message": {"body": text, "client_id": rid(rng)}, "custom_attributes": attrs,
            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                       "locale": L("en_US", DEV), "app_version": app.ver}}
    return add(case(f"{app.fam}-chatterdock", f"{CD}/v2/conversations", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cd_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget session a credential)."""
    conv = "cv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-chatterdock", f"{CD}/v2/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Chatterdock-Visitor": L(sdk_id(app, "chatterdock"), DID),
                              "X-Chatterdock-Session": L(opaque(rng, "cds_", 40), CRED)})


__all__ = ["ak_geocode", "ak_reverse", "ak_route", "ak_telemetry", "cd_attach", "cd_message",
           "ow_check", "ow_save", "pbk_bank", "pbk_card", "pbk_confirm", "rp_channel",
           "rp_opened", "rp_register", "sb_eval"]
