"""Service SDKs of the twenty-fifth set, built once and called by every app with its own choices:
feature flags "Flagwright", push "Belltide", consent "Consentory", payments "Payfinch", maps
"Mapsmith" and support chat "Helpcairn" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, UA, Acc, add, multipart, push_token
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import sdk_uuid
from eval_families23_kit import CARD, CARD_CVC, CARD_EXP
from eval_families24_kit import WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, CARRIER, COARSE = "id.advertising", "location.carrier", "location.coarse"
CRED, DEV, DID, MAIL = "secret.credential", "device.info", "id.device", "contact.email"
MEDIA, NAMEC, PAY = "content.media", "contact.name", "financial.payment"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

FLAGW = "https://clientsdk.flagwright.example.com"
BELL = "https://onboard.belltide.example.com"
CONS = "https://api.consentory.example.org"
FINCH = "https://api.payfinch.example.com"
SMITH = "https://api.mapsmith.example.com"
CAIRN = "https://api-iam.helpcairn.example.com"
T_MS = 1765321800000  # the capture evening, in ms


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def flag_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
              header: bool = False) -> Case:
    """Flagwright's evaluation: the context key is the user ID (the install ID signed out);
    ``header`` sends the context as base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"kind": "user",
                           "key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user, "custom": custom,
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                           "device": {"model": L("Pixel 8", DEV)}, "locale": L("en-US", DEV)}
    url = f"{FLAGW}/sdk/evalx/{app.key('flagwright')}/context"
    h = {"User-Agent": "FlagwrightAndroid/5.1.2", "Authorization": app.key("flagwright-mob")}
    if header:
        return case(f"{app.fam}-flagwright", url, headers={**h, "X-Flagwright-Context":
                                                           W(ctx, "b64json")})
    return case(f"{app.fam}-flagwright", url, body=ctx, headers=h)


def bell_register(app: App, rng: random.Random, *, user: bool = True,
                  tags: dict[str, Any] | None = None, nd: int | None = None,
                  adid: bool = False) -> Case:
    """Belltide's player registration: the FCM token, the device, the external user ID."""
    body: dict[str, Any] = {"app_id": sdk_id(app, "belltide-app"), "device_type": 1,
                            "identifier": L(push_token(rng), DID), "language": L("en", DEV),
                            "timezone_id": L("America/New_York", DEV), "game_version": app.ver,
                            "device_os": L("14", DEV), "device_model": L("Pixel 8", DEV),
                            "carrier": L("Example Mobile", CARRIER), "sdk": "050112",
                            "notification_types": 1, "tags": tags or {}}
    body.update({"external_user_id": L(USER_ID, UID)} if user else {})
    body.update({"ad_id": L(GAID, ADID)} if adid else {})
    if nd is not None:
        body.update(lat=L(round(LAT, nd), _cat(nd)), long=L(round(LON, nd), _cat(nd)),
                    loc_acc=18.0, loc_type=1)
    return case(f"{app.fam}-belltide", f"{BELL}/api/v1/players", body=body,
                headers={"User-Agent": L(UA, DEV), "SDK-Version": "belltide/050112"})


def bell_channel(app: App, rng: random.Random, kind: str) -> Case:
    """An e-mail (``11``) or SMS (``14``) channel linked to the push player."""
    ident = L(EMAIL, MAIL) if kind == "email" else L(E164, "contact.phone")
    return case(f"{app.fam}-belltide", f"{BELL}/api/v1/players", body={
        "app_id": sdk_id(app, "belltide-app"), "device_type": 11 if kind == "email" else 14,
        "identifier": ident, "external_user_id": L(USER_ID, UID),
        "device_player_id": L(sdk_id(app, "belltide"), DID), "language": L("en", DEV)},
        headers={"User-Agent": L(UA, DEV), "SDK-Version": "belltide/050112"})


def bell_open(app: App, rng: random.Random) -> Case:
    """A notification opened (the notification ID negative, the player the device's)."""
    return case(f"{app.fam}-belltide", f"{BELL}/api/v1/notifications/{sdk_uuid(rng)}", body={
        "app_id": sdk_id(app, "belltide-app"), "player_id": L(sdk_id(app, "belltide"), DID),
        "opened": True, "device_type": 1}, headers={"User-Agent": L(UA, DEV)})


def cons_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
              receipt: bool = False, webview: bool = False) -> Case:
    """Consentory's record (its UID the device's; country and region from the IP), with the
    previous signed receipt (a JWT that opens nothing: claims labelled, the token not), or
    (``webview``) the status check of its web form with its cookies."""
    uid = sdk_id(app, "consentory")
    if webview:
        return case(f"{app.fam}-consentory", f"{CONS}/v1/consent/check",
                    query={"site": app.key("consentory"), "lang": L("en", DEV)},
                    cookies={"cnsy_uid": L(uid, DID), "cnsy_v": "3",
                             "cnsy_p": W({"p": purposes, "v": 3}, "b64json")},
                    headers={"User-Agent": L(WEBVIEW_UA, DEV)})
    acc: Acc = {}
    body: dict[str, Any] = {"uid": L(uid, DID), "site": app.key("consentory"),
                            "purposes": purposes, "gpp": "DBABMA~1YNN", "framework": "usnat",
                            "geo": {"country": L("US", COARSE), "region": L("NY", COARSE)},
                            "ua": L(app.ua, DEV), "ts": T_MS + 4113}
    if receipt:
        body["previous_receipt"] = sjwt({"iss": "consentory", "sub": L(uid, DID),
                                         "prp": sorted(purposes), "iat": 1765200000},
                                        "body", "previous_receipt", acc)
    return add(case(f"{app.fam}-consentory", f"{CONS}/v1/consent", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def _fh(app: App, rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payfinch/Android 20.4.1",
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24), "Idempotency-Key": rid(rng)}


def finch_token(app: App, rng: random.Random, *, name: bool = True) -> Case:
    """Payfinch's card tokenisation (a form with bracketed keys; ``muid``/``guid`` the SDK's
    device IDs)."""
    body: dict[str, Any] = {"card[number]": L(CARD, PAY), "card[exp_month]": L(CARD_EXP[0], PAY),
                            "card[exp_year]": L(CARD_EXP[1], PAY), "card[cvc]": L(CARD_CVC, PAY),
                            "card[address_zip]": L(ZIP, COARSE),
                            "muid": L(sdk_id(app, "payfinch-muid"), DID),
                            "guid": L(sdk_id(app, "payfinch-guid"), DID),
                            "payment_user_agent": "payfinch-android/20.4.1"}
    body.update({"card[name]": L(NAME, NAMEC)} if name else {})
    return case(f"{app.fam}-payfinch", f"{FINCH}/v1/tokens", fmt="form", body=body,
                headers=_fh(app, rng))


def finch_confirm(app: App, rng: random.Random) -> Case:
    """Confirming a payment intent: the client secret a credential, the method payment data."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-payfinch", f"{FINCH}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "return_url": f"{app.fam}://payfinch-redirect",
                      "expected_payment_method_type": "card"},
                headers=_fh(app, rng))


def finch_3ds(app: App, rng: random.Random) -> Case:
    """3-D Secure 2 authentication: the device data travel encrypted (a JWE: a negative); the
    ``app`` field is a JSON string whose ``sdkAppID`` is the SDK's per-install ID."""
    jwe = ".".join(opaque(rng, "", n) for n in (40, 0, 22, 120, 22))
    app_json = {"sdkAppID": L(sdk_id(app, "payfinch-3ds"), DID), "sdkTransID": sdk_uuid(rng),
                "sdkEncData": jwe, "sdkMaxTimeout": "05", "messageVersion": "2.2.0",
                "sdkReferenceNumber": "3DS_LOA_SDK_PYFN_020200_00412",
                "sdkEphemPubKey": {"kty": "EC", "crv": "P-256", "x": opaque(rng, "", 43)},
                "deviceRenderOptions": {"sdkInterface": "03", "sdkUiType": ["01", "02"]}}
    return case(f"{app.fam}-payfinch", f"{FINCH}/v1/3ds2/authenticate", fmt="form",
                body={"source": opaque(rng, "src_", 24), "app": W(app_json, "json")},
                headers=_fh(app, rng))


def _mh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"MapsmithSDK/11.2.0 {app.name}/{app.ver} (Android 14)", DEV)}


def smith_forward(app: App, rng: random.Random, text: str, cat: str, *, nd: int | None = 3,
                  kind: str = "forward") -> Case:
    """Forward geocoding or suggestions of typed text, biased by the position (``lon,lat``)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L("en", DEV),
                         "session_token": sdk_uuid(rng),
                         "access_token": "pk." + app.key("mapsmith")}
    if nd is not None:
        q["proximity"] = L(f"{LON:.{nd}f},{LAT:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapsmith", f"{SMITH}/search/v1/{kind}", query=q, headers=_mh(app))


def smith_reverse(app: App, rng: random.Random, nd: int = 5) -> Case:
    """Reverse geocoding of the user's position (``longitude``/``latitude`` parameters)."""
    return case(f"{app.fam}-mapsmith", f"{SMITH}/search/v1/reverse", query={
        "longitude": L(f"{LON:.{nd}f}", _cat(nd)), "latitude": L(f"{LAT:.{nd}f}", _cat(nd)),
        "types": "address", "access_token": "pk." + app.key("mapsmith")}, headers=_mh(app))


def smith_directions(app: App, rng: random.Random, dest: tuple[float, float],
                     profile: str = "driving", nd: int = 5) -> Case:
    """Directions from the user's position to a place: one ``lon,lat;lon,lat`` path segment,
    labelled once (the origin is the user's)."""
    seg = f"{LON:.{nd}f},{LAT:.{nd}f};{dest[1]},{dest[0]}"
    c = case(f"{app.fam}-mapsmith", f"{SMITH}/directions/v1/{profile}/{seg}", query={
        "alternatives": "true", "geometries": "polyline6", "steps": "true",
        "access_token": "pk." + app.key("mapsmith")}, headers=_mh(app))
    return at_path(c, seg, _cat(nd))


def smith_telemetry(app: App, rng: random.Random, nd: int | None = 5) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fix."""
    uid = L(sdk_id(app, "mapsmith"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "userId": uid,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android - 14", DEV),
        "resolution": L(2.625, DEV), "orientation": L("Portrait", DEV),
        "batteryLevel": L(64, DEV), "wifi": L(True, DEV), "sdkVersion": "11.2.0"}]
    if nd is not None:
        evs.append({"event": L("location", USAGE), "created": "2025-12-09T23:12:41.530Z",
                    "userId": uid, "lat": L(round(LAT, nd), _cat(nd)),
                    "lng": L(round(LON, nd), _cat(nd)), "horizontalAccuracy": 9.5,
                    "source": "fused"})
    return case(f"{app.fam}-mapsmith", "https://events.mapsmith.example.com/events/v2",
                query={"access_token": "pk." + app.key("mapsmith")}, body=evs, gz=True,
                headers={"User-Agent": "MapsmithTelemetry/11.2.0"})


def _cuser(app: App, rng: random.Random, user: bool, name: bool, phone: Any) -> dict[str, Any]:
    u: dict[str, Any] = {"anonymous_id": L(sdk_id(app, "helpcairn"), DID)}
    if user:
        u.update(user_id=L(USER_ID, UID), email=L(EMAIL, MAIL),
                 user_hash=L(opaque(rng, "", 64), CRED), **{"name": L(NAME, NAMEC)} if name else {})
    return u if phone is None else dict(u, phone=phone)


CDEV = {"platform": "android", "os_version": L("14", DEV), "device_model": L("Pixel 8", DEV),
        "locale": L("en_US", DEV), "timezone": L("America/New_York", DEV)}


def cairn_ping(app: App, rng: random.Random, screen: str, *, user: bool = True,
               sessions: int = 3) -> Case:
    """Helpcairn's messenger opening: the user (with the identity-verification HMAC), the
    device, the screen and the session count."""
    return case(f"{app.fam}-helpcairn", f"{CAIRN}/messenger/mobile/v2/ping", body={
        "app_id": app.key("helpcairn"), "user": _cuser(app, rng, user, False, None),
        "device": dict(CDEV, app_version=app.ver), "current_screen": L(screen, USAGE),
        "session_count": L(sessions, USAGE)}, headers={"User-Agent": L(app.ua, DEV)})


def cairn_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
                  user: bool = True, phone: Any = None) -> Case:
    """A new support conversation: the user, the first message and the app's attributes."""
    return case(f"{app.fam}-helpcairn", f"{CAIRN}/messenger/mobile/v2/conversations", body={
        "app_id": app.key("helpcairn"), "user": _cuser(app, rng, user, True, phone),
        "device": CDEV, "body": text, "client_assigned_uuid": sdk_uuid(rng),
        "custom_attributes": attrs}, headers={"User-Agent": L(app.ua, DEV)})


def cairn_upload(app: App, rng: random.Random, conv: str) -> Case:
    """A picture attached to the conversation (the messenger session a credential)."""
    return multipart(f"{app.fam}-helpcairn",
                     f"{CAIRN}/messenger/mobile/v2/conversations/{conv}/uploads",
                     [("file", "IMG_2041.jpg", "image/jpeg", L(JPEG, MEDIA)),
                      ("meta", None, "application/json", {"client_assigned_uuid": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Cairn-Anonymous-Id": L(sdk_id(app, "helpcairn"), DID),
                              "X-Cairn-Session": L(opaque(rng, "cs_", 40), CRED)})

