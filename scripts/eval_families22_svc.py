"""Blind set twenty-two, part two: more third-party services the set's apps embed (fictional
vendors; see ``eval_families22.py`` for the rules of this set, its conventions and its calls).

Flags ("Flipwise"): an initialisation with the user object (user ID, e-mail, country, the stable
install ID, device metadata), an exposure log (gzip) and a mobile GET whose evaluation context
rides base64url JSON in the URL path. Push ("Beaconry"): a player registration (push token, the
advertising ID, device, time zone as seconds and as a zone, carrier, the external user ID, tags,
a last-known position), session and focus pings with the player ID in the URL path, and an
opened-notification receipt. Consent ("Consentrio"): an event with the consent user's ID, the
organisation's user ID, the region, the TCF string and the User-Agent, and a lookup. Payments
("Tillwise"): a card token (form with bracketed keys), the intent's confirmation (form, client
secret). Maps ("Mapstead"): forward geocoding with the typed text in the URL path and a
``lon,lat`` proximity, reverse geocoding and directions with coordinates in the path, a static map
of a place, and the map SDK's telemetry (a JSON array: a map load with device fields, a location
event). Identity verification ("Idvetta"): an applicant (name, birth date, address, the licence
number, the IP), document and selfie uploads (multipart) and a check.
"""

from __future__ import annotations

import base64
import json
import random
from typing import Any
from urllib.parse import quote

from eval_families17_kit import (
    ADDR,
    ADID,
    BIRTH,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    UA,
    UID,
    USAGE,
    multipart,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, T0, ZIP, App
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_payloads import (
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
)

FW = "https://api.flipwise.example.com"
BC = "https://push.beaconry.example.net/api/v1"
CN = "https://api.consentrio.example.org/v1"
TL = "https://api.tillwise.example.com/v1"
MS = "https://api.mapstead.example.org"
IV = "https://api.idvetta.example.com/v3"
TCF = "CQdXm4AQdXm4AAKA9AENBQFgAP_gAEPgAAwIKntV_G__bWlr8X7_fX9"


def fw_user(app: App, *, uid: bool = True, email: bool = False,
            plan: str = "free") -> dict[str, Any]:
    u: dict[str, Any] = {"appVersion": app.ver, "locale": L("en_US", DEV),
                         "country": L("US", COARSE), "custom": {"plan": plan},
                         "customIDs": {"stableID": L(INSTALL_ID, DID)}}
    if uid:
        u["userID"] = L(USER_ID, UID)
    if email:
        u["email"] = L(EMAIL, MAIL)
    return u


def _fw_meta() -> dict[str, Any]:
    return {"sdkType": "flipwise-android", "sdkVersion": "4.38.0",
            "stableID": L(INSTALL_ID, DID), "deviceModel": L("Pixel 8", DEV),
            "systemName": L("Android", DEV), "systemVersion": L("14", DEV),
            "language": L("en-US", DEV)}


def fw_init(app: App, user: dict[str, Any]) -> Case:
    return case("flipwise", f"{FW}/v1/initialize", headers={
        "FW-API-KEY": f"client-{app.key('fw')}", "FW-Client-Time": str((T0 + 3) * 1000)},
        body={"user": user, "statsigMetadata": _fw_meta(), "hash": "djb2",
              "sinceTime": (T0 - 86400) * 1000})


def fw_log(app: App, user: dict[str, Any], gates: list[tuple[str, bool]],
           custom: str | None = None) -> Case:
    evs: list[dict[str, Any]] = [
        {"eventName": "flipwise::gate_exposure", "user": user, "time": (T0 + 9 + i) * 1000,
         "metadata": {"gate": g, "gateValue": str(v).lower(), "ruleID": rnd_hex(
             random.Random(g), 22)}} for i, (g, v) in enumerate(gates)]
    if custom:
        evs.append({"eventName": L(custom, USAGE), "user": user, "time": (T0 + 30) * 1000,
                    "metadata": {}})
    return case("flipwise", f"{FW}/v1/rgstr", headers={
        "FW-API-KEY": f"client-{app.key('fw')}"}, body={
        "events": evs, "statsigMetadata": _fw_meta()}, gz=True)


def fw_get(app: App) -> Case:
    """The mobile GET: the context as base64url JSON in the path (the user ID, the model; the
    decoders continue inside the segment at ``path[3].key``)."""
    ctx = {"kind": "user", "key": USER_ID, "anonymous": False,
           "device": {"model": "Pixel 8", "os": "Android 14"}}
    seg = base64.urlsafe_b64encode(json.dumps(ctx).encode()).decode().rstrip("=")
    c = case("flipwise", f"{FW}/msdk/evalx/contexts/{seg}",
             headers={"Authorization": f"api_key mob-{app.key('fw')}"})
    c.labels.update({("url", "path[3].key"): UID, ("url", "path[3].device.model"): DEV,
                     ("url", "path[3].device.os"): DEV})
    return c


def bc_player(app: App, token: str, tags: dict[str, Any], *, ext: bool = True,
              loc: int | None = None) -> Case:
    body: dict[str, Any] = {
        "app_id": app.key("bc"), "device_type": 1, "identifier": L(token, DID),
        "ad_id": L(GAID, ADID), "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
        "sdk": "050122", "language": L("en", DEV), "timezone": L(-18000, DEV),
        "timezone_id": L("America/New_York", DEV), "game_version": app.ver,
        "net_type": L(0, DEV), "carrier": L("Example Mobile", CARRIER), "rooted": L(False, DEV),
        "tags": tags}
    if ext:
        body["external_user_id"] = L(USER_ID, UID)
    if loc is not None:
        cat = PRECISE if loc >= 3 else COARSE
        body.update({"lat": L(round(LAT, loc), cat), "long": L(round(LON, loc), cat),
                     "loc_acc": 35.0, "loc_type": 1})
    return case("beaconry", f"{BC}/players", headers={"User-Agent": L(UA, DEV)}, body=body)


def bc_session(app: App, pid: str, token: str) -> Case:
    c = case("beaconry", f"{BC}/players/{pid}/on_session", headers={"User-Agent": L(UA, DEV)},
             body={"app_id": app.key("bc"), "identifier": L(token, DID),
                   "device_os": L("14", DEV), "game_version": app.ver,
                   "session_count": L(14, USAGE)})
    return at_path(c, pid, DID)


def bc_focus(app: App, pid: str, secs: int) -> Case:
    c = case("beaconry", f"{BC}/players/{pid}/on_focus", body={
        "app_id": app.key("bc"), "state": "ping", "type": 1,
        "active_time": L(secs, USAGE), "device_type": 1})
    return at_path(c, pid, DID)


def bc_opened(app: App, rng: random.Random, pid: str) -> Case:
    nid = "-".join(rnd_hex(rng, n) for n in (8, 4, 4, 4, 12))
    return case("beaconry", f"{BC}/notifications/{nid}", body={
        "app_id": app.key("bc"), "player_id": L(pid, DID), "opened": True, "device_type": 1})


def cn_event(app: App, cid: str, accept: bool, *, uid: bool = True) -> Case:
    user: dict[str, Any] = {"id": L(cid, DID), "country": L("US", COARSE),
                            "region": L("NY", COARSE), "agent": L(UA, DEV), "tcfcs": TCF}
    if uid:
        user["organization_user_id"] = L(USER_ID, UID)
    on = ["analytics", "ad_personalisation", "measure_content"]
    return case("consentrio", f"{CN}/events", query={"organization_id": app.key("cn")}, body={
        "type": "consent.given", "user": user, "source": {"domain": app.pkg, "type": "app"},
        "consents": {"purposes": {"enabled": on if accept else [],
                                  "disabled": [] if accept else on},
                     "vendors": {"enabled": ["statlark", "clickroot"] if accept else []}},
        "created_at": f"2025-12-09T14:0{len(app.fam) % 9}:12Z"})


def cn_lookup(app: App, cid: str) -> Case:
    return case("consentrio", f"{CN}/consents/users", query={
        "organization_id": app.key("cn"), "user_id": L(cid, DID), "$limit": "1"})


def tl_token(app: App, rng: random.Random, *, name: bool = True) -> Case:
    body: dict[str, Any] = {
        "card[number]": L("5555555555554444", PAY), "card[exp_month]": L("11", PAY),
        "card[exp_year]": L("2028", PAY), "card[cvc]": L("731", PAY),
        "card[address_zip]": L(ZIP, COARSE), "guid": L(f"{rnd_hex(rng, 32)}", DID),
        "muid": L(f"{rnd_hex(rng, 32)}", DID), "payment_user_agent": "tillwise-android/21.3.0",
        "key": f"pk_live_{app.key('tl')}"}
    if name:
        body["card[name]"] = L(f"{FIRST} {LAST}", NAMEC)
    return case("tillwise", f"{TL}/tokens", fmt="form", body=body)


def tl_confirm(app: App, rng: random.Random) -> Case:
    pi = "pi_" + rnd_hex(rng, 24)
    return case("tillwise", f"{TL}/payment_intents/{pi}/confirm", fmt="form", body={
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY),
        "client_secret": L(f"{pi}_secret_{rnd_hex(rng, 25)}", CRED),
        "return_url": f"{app.fam}://tillwise-return", "use_sdk": "true",
        "key": f"pk_live_{app.key('tl')}"})


def ms_geocode(app: App, text: str, cat: str, nd: int = 2) -> Case:
    """Forward geocoding: the typed text is the path's last segment (``.json`` appended)."""
    seg = quote(text) + ".json"
    prox = f"{LON:.{nd}f},{LAT:.{nd}f}"
    c = case("mapstead", f"{MS}/geocoding/v5/places/{seg}", query={
        "proximity": L(prox, PRECISE if nd >= 3 else COARSE), "country": "us",
        "autocomplete": "true", "access_token": f"pk.{app.key('ms')}"})
    return at_path(c, seg, cat)


def ms_reverse(app: App, nd: int = 5) -> Case:
    seg = f"{LON:.{nd}f},{LAT:.{nd}f}.json"
    c = case("mapstead", f"{MS}/geocoding/v5/places/{seg}", query={
        "types": "address", "access_token": f"pk.{app.key('ms')}"})
    return at_path(c, seg, PRECISE if nd >= 3 else COARSE)


def ms_directions(app: App, dest: tuple[float, float], profile: str, nd: int = 5) -> Case:
    """Directions from the user to a place: both ends in one path segment (``location.precise``,
    as sets 12, 20 and 21 label a route's destination)."""
    seg = f"{LON:.{nd}f},{LAT:.{nd}f};{dest[1]:.5f},{dest[0]:.5f}"
    c = case("mapstead", f"{MS}/directions/v5/{profile}/{seg}", query={
        "geometries": "polyline6", "steps": "true", "overview": "full",
        "access_token": f"pk.{app.key('ms')}"})
    at_path(c, profile, USAGE)
    return at_path(c, seg, PRECISE)


def ms_static(app: App, at: tuple[float, float]) -> Case:
    """A static map of a place the app shows (its own coordinates: a negative)."""
    pin = f"pin-s+e4572e({at[1]:.5f},{at[0]:.5f})"
    return case("mapstead", f"{MS}/styles/v1/mapstead/streets-v12/static/{pin}/"
                f"{at[1]:.5f},{at[0]:.5f},15/600x300@2x",
                query={"access_token": f"pk.{app.key('ms')}"})


def ms_events(app: App, sid: str, nd: int = 6) -> Case:
    """The map SDK's telemetry: a map load (device fields) and a location event."""
    cat = PRECISE if nd >= 3 else COARSE
    return case("mapstead", f"{MS}/events/v2", query={"access_token": f"pk.{app.key('ms')}"},
                headers={"User-Agent": f"MapsteadEventsAndroid/8.1.0 ({app.pkg} {app.ver})"},
                body=[{"event": "map.load", "created": "2025-12-09T14:05:01.214-0500",
                       "userId": L(sid, DID), "model": L("Pixel 8", DEV),
                       "operatingSystem": L("Android - 14", DEV), "resolution": L(2.625, DEV),
                       "accessibilityFontScale": 1.0, "orientation": "Portrait",
                       "batteryLevel": L(64, DEV), "pluggedIn": L(False, DEV),
                       "carrier": L("Example Mobile", CARRIER),
                       "cellularNetworkType": L("LTE", DEV), "wifi": L(True, DEV),
                       "sdkIdentifier": "mapstead-maps-android", "sdkVersion": "11.6.1"},
                      {"event": "location", "created": "2025-12-09T14:05:03.880-0500",
                       "source": "mapstead", "sessionId": rnd_hex(random.Random(sid), 32),
                       "lat": L(round(LAT, nd), cat), "lng": L(round(LON, nd), cat),
                       "altitude": 21.4, "horizontalAccuracy": 9.6,
                       "operatingSystem": L("Android - 14", DEV),
                       "applicationState": "foreground"}])


def iv_applicant(app: App) -> Case:
    return case("idvetta", f"{IV}/applicants", headers={
        "Authorization": f"Token token=sdk_{app.key('iv')}"}, body={
        "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
        "email": L(EMAIL, MAIL),
        "address": {"line1": L(LINE1, ADDR), "town": L(CITY, COARSE),
                    "state": L(STATE, COARSE), "postcode": L(ZIP, COARSE),
                    "country": L("USA", COARSE)},
        "id_numbers": [{"type": "driving_licence", "value": L(LICENCE, NATID),
                        "state_code": L(STATE, COARSE)}],
        "location": {"ip_address": L(PUBLIC_IP, IPLOC),
                     "country_of_residence": L("USA", COARSE)}})


def iv_upload(app: App, rng: random.Random, what: str, side: str = "front") -> Case:
    """A document side (the licence: an image and a government ID) or a selfie (an image)."""
    appl = "ap_" + rnd_hex(rng, 16)
    meta: dict[str, Any] = {"applicant_id": appl, "side": side, "sdk": "idvetta-android/19.2"}
    if what == "document":
        meta.update({"type": "driving_licence", "issuing_country": "USA"})
        part = ("file", f"document_{side}.jpg", "image/jpeg",
                L(JPEG + bytes([len(side)]) * 40, f"{MEDIA}|{NATID}"))
    else:
        part = ("file", "live_photo.jpg", "image/jpeg", L(JPEG + b"\x5c" * 40, MEDIA))
    return multipart("idvetta", f"{IV}/{what}s", [
        ("meta", None, "application/json", meta), part],
        headers={"Authorization": f"Token token=sdk_{app.key('iv')}"})


def iv_check(app: App, rng: random.Random) -> Case:
    return case("idvetta", f"{IV}/checks", headers={
        "Authorization": f"Token token=sdk_{app.key('iv')}"}, body={
        "applicant_id": "ap_" + rnd_hex(rng, 16),
        "report_names": ["document", "facial_similarity_photo"], "asynchronous": True})
