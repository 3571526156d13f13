"""Service SDKs of the twenty-sixth set, built once and called by every app with its own choices:
feature flags "Togglery", push "Pushwick", consent "Agreeably", payments "Tillpoint", maps
"Atlasette" and support chat "Replyhive" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, UA, Acc, add, multipart, push_token, tok
from eval_families20_kit import ZIP, App, opaque
from eval_families22_kit import sdk_uuid
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
BUY, COARSE, CRED = "financial.purchase", "location.coarse", "secret.credential"
DEV, DID, MAIL = "device.info", "id.device", "contact.email"
MEDIA, NAMEC, PAY = "content.media", "contact.name", "financial.payment"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

TOG = "https://sdk.togglery.example.com"
WICK = "https://cp.pushwick.example.com/json/1.3"
AGREE = "https://cmp.agreeably.example.org"
TILL = "https://api.tillpoint.example.com"
ATLAS = "https://api.atlasette.example.com"
HIVE = "https://widget.replyhive.example.net"


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tog_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
             get: bool = False) -> Case:
    """Togglery's evaluation: the user key is the user ID (the install ID signed out); ``get``
    sends the user as base64 JSON in the ``u`` query parameter."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user, "custom": attrs,
                         "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)},
                         "appVersion": app.ver}
    h = {"User-Agent": "TogglerySDK-Android/3.9.0", "Authorization": f"mob-{app.key('tog')}"}
    if get:
        return case(f"{app.fam}-togglery", f"{TOG}/msdk/evalx/user",
                    query={"u": W(u, "b64json"), "withReasons": "false"}, headers=h)
    return case(f"{app.fam}-togglery", f"{TOG}/msdk/evalx/user", body=u, headers=h)


def _wick(app: App, **more: Any) -> dict[str, Any]:
    return {"request": {"application": app.key("pushwick"),
                        "hwid": L(sdk_id(app, "pushwick"), DID), **more}}


def wick_register(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """Pushwick's device registration: the FCM token, the SDK's hardware ID, the device."""
    more: dict[str, Any] = {"push_token": L(push_token(rng), DID), "device_type": 3,
                            "language": L("en", DEV), "timezone": L(-18000, DEV),
                            "device_model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                            "app_version": app.ver}
    if user:
        more["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-pushwick", f"{WICK}/registerDevice", body=_wick(app, **more),
                headers={"User-Agent": L(UA, DEV)})


def wick_tags(app: App, rng: random.Random, tags: dict[str, Any]) -> Case:
    """Tags set on the device (labelled by what each says)."""
    return case(f"{app.fam}-pushwick", f"{WICK}/setTags", body=_wick(app, tags=tags),
                headers={"User-Agent": L(UA, DEV)})


def wick_zone(app: App, rng: random.Random, nd: int = 4) -> Case:
    """The nearest geozone lookup: the phone's position at ``nd`` decimals."""
    return case(f"{app.fam}-pushwick", f"{WICK}/getNearestZone", body=_wick(
        app, lat=L(round(LAT, nd), _cat(nd)), lng=L(round(LON, nd), _cat(nd))),
        headers={"User-Agent": L(UA, DEV)})


def wick_stat(app: App, rng: random.Random) -> Case:
    """A push opened: the message hash a negative."""
    return case(f"{app.fam}-pushwick", f"{WICK}/pushStat",
                body=_wick(app, hash=opaque(rng, "", 16)), headers={"User-Agent": L(UA, DEV)})


def agree_save(app: App, rng: random.Random, choices: dict[str, bool]) -> Case:
    """Agreeably's record: its UUID the device's, the region from the IP ``location.coarse``;
    the GPP string a negative."""
    return case(f"{app.fam}-agreeably", f"{AGREE}/v2/choices", body={
        "property": app.key("agreeably"), "uuid": L(sdk_id(app, "agreeably"), DID),
        "choices": choices, "gpp": "DBABLA~BVQqAAAAAgA.QA", "lang": L("en", DEV),
        "geo": {"cc": L("US", COARSE), "sub": L("US-NY", COARSE)}, "ua": L(app.ua, DEV),
        "ts": 1765321804113}, headers={"User-Agent": L(app.ua, DEV)})


def agree_web(app: App, rng: random.Random, choices: dict[str, bool]) -> Case:
    """The web form's status check in a web view: the UUID and the choices (base64 JSON) in
    cookies."""
    uid = sdk_id(app, "agreeably")
    return case(f"{app.fam}-agreeably", f"{AGREE}/v2/status",
                query={"property": app.key("agreeably"), "uuid": L(uid, DID)},
                cookies={"agr_uuid": L(uid, DID), "agr_ch": W(choices, "b64json"),
                         "agr_v": "2"}, headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _th(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tillpoint-Android/12.0.3", "X-Idempotency-Key": rid(rng),
            "Authorization": "Basic " + opaque(rng, "tp_pub_", 24)}


def till_tokenize(app: App, rng: random.Random, *, holder: bool = True) -> Case:
    """Tillpoint's card tokenisation (JSON): the card, the billing ZIP, the SDK's device
    session."""
    card: dict[str, Any] = {"number": L(CARD2, PAY), "expiryMonth": L(CARD2_EXP[0], PAY),
                            "expiryYear": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY)}
    if holder:
        card["holderName"] = L(NAME, NAMEC)
    return case(f"{app.fam}-tillpoint", f"{TILL}/v3/tokens", headers=_th(rng), body={
        "type": "card", "card": card,
        "billing": {"postalCode": L(ZIP, COARSE), "country": L("US", COARSE)},
        "deviceSession": L(sdk_id(app, "tillpoint"), DID), "sdk": "android-12.0.3"})


def till_charge(app: App, rng: random.Random, amount: str, desc: str) -> Case:
    """Confirming a charge (a form): the amount, the card token, the receipt e-mail and the
    charge's client secret (a credential)."""
    ch = opaque(rng, "ch_", 20)
    return case(f"{app.fam}-tillpoint", f"{TILL}/v3/charges/{ch}/confirm", fmt="form",
                headers=_th(rng), body={
                    "amount": L(amount, BUY), "currency": "usd",
                    "source": L(opaque(rng, "tok_", 24), PAY),
                    "client_secret": L(opaque(rng, f"{ch}_secret_", 20), CRED),
                    "receipt_email": L(EMAIL, MAIL), "description": desc})


def _ah(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Atlasette/4.0.1 {app.name}/{app.ver} (Android 14)", DEV)}


def atlas_geocode(app: App, rng: random.Random, text: str, cat: str, *,
                  nd: int | None = 3) -> Case:
    """Autocomplete of typed text, focused on the phone's position (``focus.point.*``)."""
    q: dict[str, Any] = {"text": L(text, cat), "size": "5", "lang": L("en", DEV),
                         "api_key": "ak-" + app.key("atlasette")}
    if nd is not None:
        q["focus.point.lat"] = L(f"{LAT:.{nd}f}", _cat(nd))
        q["focus.point.lon"] = L(f"{LON:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-atlasette", f"{ATLAS}/v1/autocomplete", query=q, headers=_ah(app))


def atlas_reverse(app: App, rng: random.Random, at: tuple[float, float] | None = None,
                  nd: int = 5) -> Case:
    """Reverse geocoding of the user's own position (the profile's, or a fix of hers)."""
    la, lo = at or (LAT, LON)
    return case(f"{app.fam}-atlasette", f"{ATLAS}/v1/reverse", query={
        "point.lat": L(f"{la:.{nd}f}", _cat(nd)), "point.lon": L(f"{lo:.{nd}f}", _cat(nd)),
        "layers": "address", "api_key": "ak-" + app.key("atlasette")}, headers=_ah(app))


def atlas_route(app: App, rng: random.Random, dest: tuple[float, float], *,
                mode: str = "pedestrian", nd: int = 5) -> Case:
    """A route from the phone's position to a place: the origin labelled, the destination (the
    place's own coordinates) a negative."""
    return case(f"{app.fam}-atlasette", f"{ATLAS}/v1/route",
                query={"api_key": "ak-" + app.key("atlasette")}, headers=_ah(app), body={
                    "locations": [{"lat": L(round(LAT, nd), _cat(nd)),
                                   "lon": L(round(LON, nd), _cat(nd)), "type": "break"},
                                  {"lat": dest[0], "lon": dest[1], "type": "break"}],
                    "costing": mode, "units": "miles", "id": rid(rng)})


def _visitor(app: App, user: bool) -> dict[str, Any]:
    v: dict[str, Any] = {"id": L(sdk_id(app, "replyhive"), DID)}
    if user:
        v.update(external_id=L(USER_ID, UID), email=L(EMAIL, MAIL), name=L(NAME, NAMEC))
    return v


def hive_identify(app: App, rng: random.Random) -> Case:
    """Replyhive's identity call: a JWT the app's server signed for the user (a credential,
    claims labelled), the visitor and the device."""
    acc: Acc = {}
    t = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
             "iat": 1765321000, "exp": 1765324600}, "body", "identity_token", acc)
    return add(case(f"{app.fam}-replyhive", f"{HIVE}/api/v2/visitors/identify", body={
        "app_id": app.key("replyhive"), "identity_token": t,
        "visitor_id": L(sdk_id(app, "replyhive"), DID),
        "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                   "locale": L("en-US", DEV)}}, headers={"User-Agent": L(app.ua, DEV)}), acc)


def hive_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
                 user: bool = True, screen: str = "Help") -> Case:
    """A new support conversation: the visitor, the first message, the app's attributes."""
    return case(f"{app.fam}-replyhive", f"{HIVE}/api/v2/conversations", body={
        "app_id": app.key("replyhive"), "visitor": _visitor(app, user),
        "message": {"text": text, "client_id": sdk_uuid(rng)}, "attributes": attrs,
        "screen": L(screen, USAGE)}, headers={"User-Agent": L(app.ua, DEV)})


def hive_upload(app: App, rng: random.Random) -> Case:
    """A photo attached to the conversation (the visitor's session token a credential)."""
    return multipart(f"{app.fam}-replyhive",
                     f"{HIVE}/api/v2/conversations/{opaque(rng, 'cv_', 12)}/attachments",
                     [("file", "IMG_3310.jpg", "image/jpeg", L(JPEG, MEDIA)),
                      ("meta", None, "application/json", {"client_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Hive-Visitor": L(sdk_id(app, "replyhive"), DID),
                              "X-Hive-Session": L(opaque(rng, "hs_", 40), CRED)})


__all__ = ["agree_save", "agree_web", "atlas_geocode", "atlas_reverse", "atlas_route",
           "hive_identify", "hive_message", "hive_upload", "till_charge", "till_tokenize",
           "tog_eval", "wick_register", "wick_stat", "wick_tags", "wick_zone"]
