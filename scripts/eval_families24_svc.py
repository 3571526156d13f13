"""Service SDKs of the twenty-fourth set, built once and called by every app with its own choices:
feature flags "Flagmint", push "Chimepost", consent "Agreeo", payments "Paysprout", maps
"Mapquill" and support chat "Helpwharf" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families17_kit import (
    ADID,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    UID,
    USAGE,
    Acc,
    add,
    enc,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import ZIP, App, latlng
from eval_families21_kit import at_path
from eval_families22_kit import sdk_uuid
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, L, case, rnd_hex

FLAG = "https://sdk.flagmint.example.com"
CHIME = "https://api.chimepost.example.com"
AGREE = "https://cmp.agreeo.example.org"
SPROUT = "https://api.paysprout.example.com"
QUILL = "https://api.mapquill.example.com"
WHARF = "https://chat.helpwharf.example.com"


def flag_fetch(app: App, rng: random.Random, props: dict[str, Any], *, user: bool = True,
               get: bool = False) -> Case:
    """Flagmint's evaluation: the context's ``userId`` is the user ID (or the install ID signed
    out); ``get`` sends the context as base64url JSON in the query string."""
    ctx: dict[str, Any] = {"userId": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "sessionId": sdk_uuid(rng), "appName": app.pkg, "environment": "prod",
                           "properties": dict(props, osVersion=L("14", DEV),
                                              deviceModel=L("Pixel 8", DEV))}
    hdr = {"User-Agent": "flagmint-android/2.3.0", "Authorization": app.key("flagmint")}
    if get:
        acc: Acc = {}
        c = case(f"{app.fam}-flagmint", f"{FLAG}/api/v1/client/features",
                 query={"ctx": enc(ctx, "query", "ctx", "b64url", acc)}, headers=hdr)
        return add(c, acc)
    return case(f"{app.fam}-flagmint", f"{FLAG}/api/v1/client/features",
                body={"context": ctx}, headers=hdr)


def chime_register(app: App, rng: random.Random, *, user: bool = True, nd: int | None = None,
                   tags: dict[str, Any] | None = None, adid: bool = False) -> Case:
    """Chimepost's subscription: the FCM token and the SDK's subscription are the device's."""
    sub: dict[str, Any] = {"type": "AndroidPush", "token": L(push_token(rng), DID),
                           "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                           "sdk": "040105", "app_version": app.ver,
                           "carrier": L("Example Mobile", CARRIER), "rooted": L(False, DEV),
                           "net_type": L(0, DEV), "enabled": True}
    props: dict[str, Any] = {"language": L("en", DEV), "timezone_id": L("America/New_York", DEV),
                             "tags": tags or {}}
    if nd is not None:
        cat = PRECISE if nd >= 3 else COARSE
        props.update(lat=L(round(LAT, nd), cat), long=L(round(LON, nd), cat))
    body: dict[str, Any] = {"subscriptions": [sub], "properties": props,
                            "identity": {"chimepost_id": L(sdk_id(app, "chimepost"), DID)}}
    body["identity"].update({"external_id": L(USER_ID, UID)} if user else {})
    sub.update({"ad_id": L(GAID, ADID)} if adid else {})
    return case(f"{app.fam}-chimepost", f"{CHIME}/v2/apps/{sdk_id(app, 'chimepost-app')}/users",
                body=body,
                headers={"User-Agent": L("Chimepost/040105 (Pixel 8; Android 14)", DEV),
                         "Chimepost-Subscription-Id": L(sdk_id(app, "chimepost-sub"), DID)})


def chime_channel(app: App, rng: random.Random, kind: str) -> Case:
    """An e-mail or SMS channel added to the user (the user ID in the URL path)."""
    appid = sdk_id(app, "chimepost-app")
    token = L(EMAIL, MAIL) if kind == "Email" else L(E164, TEL)
    c = case(f"{app.fam}-chimepost",
             f"{CHIME}/v2/apps/{appid}/users/by/external_id/{USER_ID}/subscriptions",
             body={"subscription": {"type": kind, "token": token, "enabled": True}},
             headers={"User-Agent": L("Chimepost/040105 (Pixel 8; Android 14)", DEV)})
    return at_path(c, USER_ID, UID)


def agree_save(app: App, rng: random.Random, choices: dict[str, bool], *,
               webview: bool = False) -> Case:
    """Agreeo's consent record (its UID is the device's; country and region from the IP), or
    (``webview``) the status check of its web form with its cookies."""
    uid = sdk_id(app, "agreeo")
    if webview:
        return case(f"{app.fam}-agreeo", f"{AGREE}/v2/consent/status",
                    query={"property": app.key("agreeo"), "lang": L("en", DEV)},
                    cookies={"agreeo_uid": L(uid, DID), "agreeo_gpp": "DBABMA~1YNN"},
                    headers={"User-Agent": L(WEBVIEW_UA, DEV)})
    return case(f"{app.fam}-agreeo", f"{AGREE}/v2/choices", body={
        "agreeoUid": L(uid, DID), "property": app.key("agreeo"), "choices": choices,
        "gpp": "DBABMA~1YNN", "geo": {"country": L("US", COARSE), "region": L("US-NY", COARSE)},
        "sdk": "agreeo-android/1.8.4", "os": L("android 14", DEV), "ts": 1765321004113},
        headers={"User-Agent": L(app.ua, DEV)})


def sprout_card(app: App, rng: random.Random, *, name: bool = True) -> Case:
    """Paysprout's card tokenisation (JSON): card data is payment data."""
    card: dict[str, Any] = {"number": L(CARD2, PAY), "expiry_month": L(CARD2_EXP[0], PAY),
                            "expiry_year": L(CARD2_EXP[1], PAY),
                            "security_code": L(CARD2_CVC, PAY)}
    card.update({"holder_name": L(NAME, NAMEC)} if name else {})
    pk = base64.b64encode(f"pk_live_{rnd_hex(rng, 20)}:".encode()).decode()
    return case(f"{app.fam}-paysprout", f"{SPROUT}/v2/tokens", body={
        "type": "card", "card": card,
        "billing_address": {"postal_code": L(ZIP, COARSE), "country": L("US", COARSE)},
        "client": {"sdk": "paysprout-android/5.2.0",
                   "device_session_id": L(sdk_id(app, "paysprout"), DID)}},
        headers={"User-Agent": "Paysprout-Android/5.2.0", "Authorization": "Basic " + pk,
                 "Idempotency-Key": rid(rng)})


def sprout_3ds(app: App, rng: random.Random) -> Case:
    """The 3-D Secure SDK's device data: base64url JSON with EMVCo-style parameter codes."""
    acc: Acc = {}
    dd = {"DV": "1.4", "DD": {"C001": L("Android", DEV), "C002": L("Pixel 8", DEV),
                              "C003": L("Android", DEV), "C004": L("14", DEV),
                              "C005": L("en-US", DEV), "C006": L("America/New_York", DEV),
                              "C007": L(GAID, ADID), "C008": L("1080x2400", DEV)},
          "DPNA": {"C010": "RE02", "C011": "RE03", "C012": "RE03"}}
    body = {"payment_id": "pay_" + rnd_hex(rng, 24), "sdk_app_id": L(sdk_id(app, "3ds"), DID),
            "sdk_trans_id": sdk_uuid(rng), "sdk_reference_number": "3DS_LOA_SDK_PSPR_020100_00781",
            "sdk_ephem_pub_key": {"kty": "EC", "x": rnd_hex(rng, 43), "y": rnd_hex(rng, 43)},
            "device_data": enc(dd, "body", "device_data", "b64url", acc)}
    c = case(f"{app.fam}-paysprout", f"{SPROUT}/v2/3ds/authenticate", body=body,
             headers={"User-Agent": "Paysprout-Android/5.2.0", "Idempotency-Key": rid(rng)})
    return add(c, acc)


def sprout_wallet(app: App, rng: random.Random, amount: str) -> Case:
    """A Google Pay payment: the wallet's encrypted token is payment data, the amount a purchase."""
    token = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(96))).decode()
    return case(f"{app.fam}-paysprout", f"{SPROUT}/v2/payments", body={
        "amount": L(amount, BUY), "currency": "USD", "reference": rid(rng),
        "payment_method": {"type": "googlepay", "googlepay_token": L(token, PAY)},
        "device_session_id": L(sdk_id(app, "paysprout"), DID)},
        headers={"User-Agent": "Paysprout-Android/5.2.0", "Idempotency-Key": rid(rng)})


def quill_autocomplete(app: App, rng: random.Random, text: str, cat: str, *,
                       nd: int | None = 3) -> Case:
    """Place autocomplete of typed text, biased by the user's position (``lat,lon``)."""
    q: dict[str, Any] = {"input": L(text, cat), "sessiontoken": sdk_uuid(rng),
                         "key": app.key("mapquill"), "radius": "8000"}
    if nd is not None:
        q["location"] = latlng(nd)
    return case(f"{app.fam}-mapquill", f"{QUILL}/places/v1/autocomplete", query=q,
                headers={"User-Agent": L(f"MapquillSDK/3.1.0 {app.name}/{app.ver} (Android 14; "
                                         "Pixel 8)", DEV)})


def quill_reverse(app: App, rng: random.Random, nd: int = 6) -> Case:
    """Reverse geocoding of the user's position (separate ``lat`` and ``lon`` parameters)."""
    cat = PRECISE if nd >= 3 else COARSE
    return case(f"{app.fam}-mapquill", f"{QUILL}/geocode/v1/reverse", query={
        "lat": L(f"{LAT:.{nd}f}", cat), "lon": L(f"{LON:.{nd}f}", cat), "lang": L("en", DEV),
        "key": app.key("mapquill")}, headers={"User-Agent": "MapquillSDK/3.1.0"})


def quill_route(app: App, rng: random.Random, dest: tuple[float, float], mode: str = "auto",
                nd: int = 5) -> Case:
    """A route from the user's position (labelled) to a place (a negative)."""
    cat = PRECISE if nd >= 3 else COARSE
    return case(f"{app.fam}-mapquill", f"{QUILL}/routing/v1/route", body={
        "locations": [{"lat": L(round(LAT, nd), cat), "lon": L(round(LON, nd), cat)},
                      {"lat": dest[0], "lon": dest[1], "type": "break"}],
        "costing": mode, "units": "miles", "id": rid(rng), "directions_type": "maneuvers"},
        query={"key": app.key("mapquill")}, headers={"User-Agent": "MapquillSDK/3.1.0"})


def quill_static(app: App, rng: random.Random, at: tuple[float, float]) -> Case:
    """A static map of a place (its own coordinates: a negative)."""
    return case(f"{app.fam}-mapquill", f"{QUILL}/static/v1/map", query={
        "center": f"{at[0]},{at[1]}", "zoom": "15", "size": "640x320", "scale": "2",
        "markers": f"pin-s+e4572e({at[1]},{at[0]})", "key": app.key("mapquill")},
        headers={"User-Agent": "MapquillSDK/3.1.0"})


def quill_telemetry(app: App, rng: random.Random, nd: int | None = 5) -> Case:
    """Map telemetry (gzip JSON): the SDK's install ID, a map load, the last fix."""
    evs: list[dict[str, Any]] = [{"type": L("map_load", USAGE), "zoom": 15.2, "fontScale": 1.0,
                                  "style": "streets-v3", "orientation": L("portrait", DEV)}]
    if nd is not None:
        cat = PRECISE if nd >= 3 else COARSE
        evs.append({"type": L("location", USAGE), "lat": L(round(LAT, nd), cat),
                    "lon": L(round(LON, nd), cat), "hacc": 11.0, "source": "fused"})
    return case(f"{app.fam}-mapquill", "https://telemetry.mapquill.example.com/v1/events",
                gz=True, body={"installId": L(sdk_id(app, "mapquill"), DID),
                               "sdkVersion": "3.1.0", "model": L("Pixel 8", DEV),
                               "os": L("Android 14", DEV), "events": evs},
                headers={"User-Agent": "MapquillTelemetry/3.1.0"})


def wharf_start(app: App, rng: random.Random, message: Any, *, custom: dict[str, Any],
                signed_in: bool = True, phone: Any = None, screen: str = "Help") -> Case:
    """Helpwharf's new conversation: the visitor (an identity JWT signed by the app's server,
    a credential whose claims are labelled), the first message and the app's custom fields."""
    acc: Acc = {}
    visitor: dict[str, Any] = {"id": L(sdk_id(app, "helpwharf"), DID)}
    if signed_in:
        visitor.update(external_id=L(USER_ID, UID), name=L(NAME, NAMEC), email=L(EMAIL, MAIL))
        visitor["identity_token"] = tok({"external_id": L(USER_ID, UID),
                                         "email": L(EMAIL, MAIL), "iat": 1765321000},
                                        "body", "visitor.identity_token", acc)
    visitor.update({} if phone is None else {"phone": phone})
    body = {"app_key": app.key("helpwharf"), "visitor": visitor,
            "first_message": {"text": message, "client_msg_id": rid(rng)},
            "context": {"platform": L("android", DEV), "os": L("Android 14", DEV),
                        "model": L("Pixel 8", DEV), "app_version": app.ver,
                        "locale": L("en_US", DEV), "screen": L(screen, USAGE)},
            "custom_fields": custom}
    c = case(f"{app.fam}-helpwharf", f"{WHARF}/sdk/v2/conversations", body=body,
             headers={"User-Agent": L(app.ua, DEV)})
    return add(c, acc)


def wharf_upload(app: App, rng: random.Random, conv: str) -> Case:
    """A picture attached to a support conversation (the visitor's session a credential)."""
    return multipart(f"{app.fam}-helpwharf", f"{WHARF}/sdk/v2/conversations/{conv}/files",
                     [("file", "Screenshot.jpg", "image/jpeg", L(JPEG, MEDIA)),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Wharf-Visitor": L(sdk_id(app, "helpwharf"), DID),
                              "X-Wharf-Session": L("ws_" + rnd_hex(rng, 40), CRED)})


__all__ = ["agree_save", "chime_channel", "chime_register", "flag_fetch", "quill_autocomplete",
           "quill_reverse", "quill_route", "quill_static", "quill_telemetry", "sprout_3ds",
           "sprout_card", "sprout_wallet", "wharf_start", "wharf_upload"]
