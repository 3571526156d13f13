"""Service SDKs of the twenty-third set, built once and called by every app with its own choices:
feature flags "Toggleby", push "Pingwell", consent "Permitly", payments "Paycrest", maps "Atlasly"
and customer-support chat "Helpnook" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import quote

from eval_families17_kit import (
    ADID,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    UID,
    USAGE,
    Acc,
    add,
    enc,
    multipart,
    push_token,
)
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path, channel
from eval_families22_kit import sdk_uuid
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP, rid
from eval_payloads import EMAIL, GAID, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, L, case, rnd_hex

TOGGLE = "https://edge.toggleby.example.com"
PING = "https://api.pingwell.example.com"
PERMIT = "https://consent.permitly.example.com"
PAY_API = "https://api.paycrest.example.com"
ATLAS = "https://api.atlasly.example.com"
NOOK = "https://widget.helpnook.example.com"


def toggle_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
                email: bool = False) -> Case:
    """Toggleby's evaluation: the context key is the user ID (or the install ID signed out)."""
    ctx: dict[str, Any] = {"kind": "user", "anonymous": not user,
                           "key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "custom": dict(custom, os=L("Android 14", DEV),
                                          deviceModel=L("Pixel 8", DEV), appVersion=app.ver)}
    if email:
        ctx["email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-toggleby", f"{TOGGLE}/sdk/v2/evaluate", body={
        "context": ctx, "sdkKey": app.key("toggleby"), "withReasons": False},
        headers={"User-Agent": "TogglebyAndroid/3.9.2",
                 "Authorization": "sdk-" + app.key("toggleby")})


def toggle_exposures(app: App, rng: random.Random, flags: dict[str, str], *,
                     user: bool = True) -> Case:
    """Exposure events: flag keys and variations are unlabelled, the context key is not."""
    key = L(USER_ID, UID) if user else L(INSTALL_ID, DID)
    evs = [{"kind": "feature", "key": k, "variation": i, "value": v, "contextKey": key,
            "creationDate": 1765300100000 + i * 17} for i, (k, v) in enumerate(flags.items())]
    return case(f"{app.fam}-toggleby", f"{TOGGLE}/mobile/events/bulk", body=evs, gz=True,
                headers={"User-Agent": "TogglebyAndroid/3.9.2",
                         "X-Toggleby-Payload-Id": rid(rng)})


def ping_register(app: App, rng: random.Random, *, user: bool = True, tags: dict[str, Any],
                  nd: int | None = None, adid: bool = False) -> Case:
    """Pingwell's player registration: the push token and player ID are the device's."""
    body: dict[str, Any] = {
        "app_id": app.key("pingwell")[:36], "identifier": L(push_token(rng), DID),
        "device_type": 1, "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
        "language": L("en", DEV), "timezone": L(-18000, DEV), "game_version": app.ver,
        "sdk": "050122", "net_type": L(0, DEV), "tags": tags,
        "notification_types": 1, "rooted": L(False, DEV),
        "carrier": L("Example Mobile", CARRIER)}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, ADID)
    if nd is not None:
        cat = PRECISE if nd >= 3 else COARSE
        body.update({"lat": L(round(LAT, nd), cat), "long": L(round(LON, nd), cat),
                     "loc_acc": 22.0, "loc_type": 1})
    return case(f"{app.fam}-pingwell", f"{PING}/api/v1/players", body=body,
                headers={"User-Agent": L("Pingwell/050122 (Pixel 8; Android 14)", DEV)})


def ping_player(rng: random.Random) -> str:
    return channel(rng)


def ping_open(app: App, rng: random.Random, player: str, *, focus: int | None = None) -> Case:
    """A notification opened (``focus``: an on-focus ping with the seconds in the app)."""
    if focus is not None:
        c = case(f"{app.fam}-pingwell", f"{PING}/api/v1/players/{player}/on_focus",
                 body={"app_id": app.key("pingwell")[:36], "state": "ping", "type": 1,
                       "active_time": L(focus, USAGE), "device_type": 1})
    else:
        nid = sdk_uuid(rng)
        c = case(f"{app.fam}-pingwell", f"{PING}/api/v1/notifications/{nid}",
                 body={"app_id": app.key("pingwell")[:36], "player_id": L(player, DID),
                       "opened": True, "device_type": 1})
    return at_path(c, player, DID) if focus is not None else c


def permit_event(app: App, rng: random.Random, choices: dict[str, bool], *,
                 b64: bool = False) -> Case:
    """Permitly's consent record: its user ID is the device's, country and state coarse."""
    acc: Acc = {}
    rec: dict[str, Any] = {"consentUid": L(channel(rng), DID), "action": "save",
                           "choices": choices, "country": L("US", COARSE),
                           "region": L("NY", COARSE), "uspString": "1YNN",
                           "propertyId": 31000 + len(app.name), "ts": 1765300004000,
                           "platform": L("android", DEV)}
    if b64:
        body: dict[str, Any] = {"payload": enc(rec, "body", "payload", "b64", acc), "v": "3"}
        c = case(f"{app.fam}-permitly", f"{PERMIT}/v3/consent", fmt="form", body=body)
        return add(c, acc)
    return case(f"{app.fam}-permitly", f"{PERMIT}/v3/consent", body=rec,
                headers={"User-Agent": L(app.ua, DEV)})


def pay_token(app: App, rng: random.Random, *, zip_code: bool = True, name: bool = True) -> Case:
    """Paycrest card tokenisation (bracketed form keys): card data is payment data."""
    body: dict[str, Any] = {
        "card[number]": L(CARD, PAY), "card[exp_month]": L(CARD_EXP[0], PAY),
        "card[exp_year]": L(CARD_EXP[1], PAY), "card[cvc]": L(CARD_CVC, PAY),
        "guid": L(sdk_uuid(rng) + rnd_hex(rng, 6), DID),
        "muid": L(sdk_uuid(rng) + rnd_hex(rng, 6), DID),
        "payment_user_agent": "paycrest-android/21.3.1", "key": "pk_live_" + rnd_hex(rng, 24)}
    if zip_code:
        body["card[address_zip]"] = L(ZIP, COARSE)
    if name:
        body["card[name]"] = L(NAME, NAMEC)
    return case(f"{app.fam}-paycrest", f"{PAY_API}/v1/tokens", fmt="form", body=body,
                headers={"User-Agent": "Paycrest/v1 AndroidBindings/21.3.1"})


def pay_confirm(app: App, rng: random.Random, amount: int | None = None) -> Case:
    """Confirming a payment: the payment method is payment data, the client secret a credential."""
    pi = "pi_" + rnd_hex(rng, 24)
    body: dict[str, Any] = {"payment_method": L("pm_" + rnd_hex(rng, 24), PAY),
                            "client_secret": L(pi + "_secret_" + rnd_hex(rng, 20), CRED),
                            "return_url": f"{app.pkg}://paycrest-redirect",
                            "use_stripe_sdk": "true", "key": "pk_live_" + rnd_hex(rng, 24)}
    if amount is not None:
        body["expected_amount"] = L(str(amount), "financial.purchase")
    return case(f"{app.fam}-paycrest", f"{PAY_API}/v1/payment_intents/{pi}/confirm", fmt="form",
                body=body, headers={"User-Agent": "Paycrest/v1 AndroidBindings/21.3.1",
                                    "Idempotency-Key": rid(rng)})


def atlas_geocode(app: App, rng: random.Random, text: str, cat: str, *,
                  near: int | None = 3) -> Case:
    """Forward geocoding of typed text (in the URL path), biased by the user's position."""
    seg = quote(text)
    q: dict[str, Any] = {"access_token": "pk.eyJ1Ijoi" + rnd_hex(rng, 20), "autocomplete": "true",
                         "country": "us", "limit": "5"}
    if near is not None:
        ncat = PRECISE if near >= 3 else COARSE
        q["proximity"] = L(f"{round(LON, near)},{round(LAT, near)}", ncat)
    c = case(f"{app.fam}-atlasly", f"{ATLAS}/geocoding/v5/places/{seg}.json", query=q,
             headers={"User-Agent": L(f"AtlaslyAndroid/10.4.0 {app.name}/{app.ver} (Pixel 8; "
                                      "Android 14)", DEV)})
    return at_path(c, seg + ".json", cat)


def atlas_reverse(app: App, rng: random.Random, nd: int = 5) -> Case:
    """Reverse geocoding of the user's position (``lon,lat`` in the URL path)."""
    cat = PRECISE if nd >= 3 else COARSE
    seg = f"{round(LON, nd)},{round(LAT, nd)}.json"
    c = case(f"{app.fam}-atlasly", f"{ATLAS}/geocoding/v5/places/{seg}",
             query={"access_token": "pk.eyJ1Ijoi" + rnd_hex(rng, 20), "types": "address"},
             headers={"User-Agent": "AtlaslyAndroid/10.4.0"})
    return at_path(c, seg, cat)


def atlas_directions(app: App, rng: random.Random, dest: tuple[float, float],
                     profile: str = "driving") -> Case:
    """Directions from the user's position to a place (one path segment, labelled once)."""
    seg = f"{round(LON, 6)},{round(LAT, 6)};{dest[1]},{dest[0]}"
    c = case(f"{app.fam}-atlasly", f"{ATLAS}/directions/v5/{profile}/{seg}",
             query={"access_token": "pk.eyJ1Ijoi" + rnd_hex(rng, 20), "geometries": "polyline6",
                    "overview": "full", "steps": "true", "alternatives": "false"},
             headers={"User-Agent": "AtlaslyAndroid/10.4.0"})
    return at_path(c, seg, PRECISE)


def atlas_telemetry(app: App, rng: random.Random, *, nd: int | None = 6) -> Case:
    """Map telemetry (a top-level JSON array): the SDK's user ID is its per-install ID."""
    tid = L(rnd_hex(rng, 22), DID)
    base = {"userId": tid, "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
            "sdkIdentifier": "atlasly-maps-android", "sdkVersion": "10.4.0",
            "created": "2025-12-09T18:05:00.120-0500"}
    evs: list[dict[str, Any]] = [dict(base, event=L("map.load", USAGE),
                                      resolution=L(2.625, DEV), accessibilityFontScale=1.0,
                                      orientation=L("Portrait", DEV), wifi=L(True, DEV))]
    if nd is not None:
        cat = PRECISE if nd >= 3 else COARSE
        evs.append(dict(base, event=L("location", USAGE), source="atlasly",
                        lat=L(round(LAT, nd), cat), lng=L(round(LON, nd), cat),
                        horizontalAccuracy=14.2, altitude=31.0, sessionId=rnd_hex(rng, 16)))
    return case(f"{app.fam}-atlasly", "https://events.atlasly.example.com/events/v2", body=evs,
                query={"access_token": "pk.eyJ1Ijoi" + rnd_hex(rng, 20)},
                headers={"User-Agent": "AtlaslyTelemetry/7.0.1"})


def nook_start(app: App, rng: random.Random, message: Any, *, custom: dict[str, Any],
               signed_in: bool = True) -> Case:
    """Helpnook starts a conversation: the user's identity, the message and custom attributes."""
    user: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID)}
    if signed_in:
        user.update({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                     "name": L(NAME, NAMEC), "user_hash": rnd_hex(rng, 64)})
    body = {"app_id": app.key("helpnook")[:8], "user": user,
            "message": {"body": message, "client_id": rid(rng)},
            "device": {"platform": L("Android", DEV), "os_version": L("14", DEV),
                       "model": L("Pixel 8", DEV), "app_version": app.ver,
                       "locale": L("en-US", DEV), "timezone": L("America/New_York", DEV)},
            "custom_attributes": custom}
    return case(f"{app.fam}-helpnook", f"{NOOK}/messenger/v3/conversations", body=body,
                headers={"User-Agent": L(app.ua, DEV),
                         "X-Nook-Session": L(opaque(rng, "ns_", 32), CRED)})


def nook_attach(app: App, rng: random.Random, conv: str) -> Case:
    """A screenshot attached to a support conversation (a picture the user made)."""
    return multipart(f"{app.fam}-helpnook", f"{NOOK}/messenger/v3/conversations/{conv}/uploads",
                     [("meta", None, "application/json", {"conversation_id": conv,
                                                          "client_id": rid(rng)}),
                      ("file", "Screenshot_20251209.jpg", "image/jpeg", L(JPEG, MEDIA))],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Nook-Session": L(opaque(rng, "ns_", 32), CRED)})


__all__ = ["atlas_directions", "atlas_geocode", "atlas_reverse", "atlas_telemetry",
           "nook_attach", "nook_start", "pay_confirm", "pay_token", "permit_event",
           "ping_open", "ping_player", "ping_register", "toggle_eval", "toggle_exposures"]
