"""Blind set twenty, part two: more third-party services the set's apps embed (fictional vendors;
see ``eval_families20.py`` for the rules of this set, its conventions and its calls).

Remote config and A/B ("Flagpost"): a fetch with the installation auth token (a JWT in a JSON
field) and user properties for targeting, and exposure logs. Push ("Pingwell"): device
registration (push token, device block, tags, external user ID), an open receipt and a focus
ping with the SDK's player ID in the URL path. Consent ("Permitly"): a geo lookup and a consent
save (TCF/GPP strings, choices, the region, the IP and User-Agent kept as proof). In-app purchase
validation ("Receiptly"): a receipt post (Play purchase token, product, price, subscriber
attributes), the subscriber fetch with the app user ID (or an anonymous ID) in the URL path and
attribute updates; its public API key rides as a bearer. Maps and places ("Placemint"):
autocomplete, nearby search, reverse geocode, routes, place details and static maps. Payments
("Paywick"): card tokenisation (form) and payment confirmation with the intent's client secret.
"""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import quote

from eval_families17_kit import (
    ADID,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    tok,
)
from eval_families20_kit import T0, App, latlng, play_token, pos
from eval_payloads import (
    GAID,
    INSTALL_ID,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

FP = "https://config.flagpost.example.com/v1"
PW = "https://api.pingwell.example.com/v1"
PM = "https://consent.permitly.example.com/v2"
RC = "https://api.receiptly.example.com/v1"
PL = "https://maps.placemint.example.org"
PK = "https://api.paywick.example.com/v1"
TCF = "CQbW9YAQbW9YAAKA1AENBXFsAP_gAEPgAAqIKYtV_G__bWlr8X7_fX9"
GPP = "DBABMA~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA"


def fp_fetch(app: App, props: dict[str, Any], *, token: bool = True) -> Case:
    """A remote-config fetch: the installation ID, its auth token, locale and user properties."""
    acc: Acc = {}
    body: dict[str, Any] = {
        "appInstanceId": L(INSTALL_ID, DID), "appId": f"1:88213:android:{app.key('fp')}",
        "languageCode": L("en-US", DEV), "platformVersion": L("34", DEV),
        "timeZone": L("America/New_York", DEV), "appVersion": app.ver, "packageName": app.pkg,
        "sdkVersion": "22.0.1", "analyticsUserProperties": props}
    if token:
        body["appInstanceIdToken"] = tok({"appId": f"1:88213:android:{app.key('fp')}",
                                          "exp": T0 + 604800, "fid": L(INSTALL_ID, DID),
                                          "projectNumber": 88213}, "body", "appInstanceIdToken",
                                         acc)
    return add(case("flagpost", f"{FP}/projects/88213/namespaces/main:fetch",
                    headers={"X-FP-Api-Key": app.key("fpk")}, body=body), acc)


def fp_expose(app: App, exps: list[tuple[str, str]]) -> Case:
    return case("flagpost", f"{FP}/exposures", body={
        "iid": L(INSTALL_ID, DID), "app": app.pkg,
        "exposures": [{"flag": f, "variant": v, "ts": T0 + 30 * i}
                      for i, (f, v) in enumerate(exps)]})


def pw_register(app: App, token: str, *, tags: dict[str, Any] | None = None,
                uid: bool = True, adid: bool = False) -> Case:
    body: dict[str, Any] = {"app_id": app.key("pw"), "identifier": L(token, DID),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "language": L("en", DEV), "timezone": L(-18000, DEV),
                            "timezone_id": L("America/New_York", DEV), "sdk": "050122",
                            "game_version": app.ver, "notification_types": 1,
                            "rooted": L(False, DEV), "net_type": L(0, DEV),
                            "carrier": L("Example Mobile", CARRIER)}
    if uid:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, ADID)
    if tags:
        body["tags"] = tags
    return case("pingwell", f"{PW}/players", body=body)


def pw_open(app: App, rng: random.Random, player: str) -> Case:
    return case("pingwell", f"{PW}/notifications/{rnd_uuid(rng)}", body={
        "app_id": app.key("pw"), "player_id": L(player, DID), "opened": True})


def pw_focus(app: App, player: str, active: int) -> Case:
    c = case("pingwell", f"{PW}/players/{player}/on_focus", body={
        "app_id": app.key("pw"), "state": "ping", "active_time": L(active, USAGE),
        "type": 1})
    c.labels[("url", "path[2]")] = DID
    return c


def pm_geo(app: App) -> Case:
    return case("permitly", f"{PM}/geo", query={"app": app.key("pm"), "lang": L("en", DEV)})


def pm_save(app: App, cid: str, choice: str, *, ip: bool = True, ua: bool = True) -> Case:
    on = choice == "accept_all"
    body: dict[str, Any] = {"consent_id": L(cid, DID), "app": app.key("pm"), "tcf": TCF,
                            "gpp": GPP, "gpp_sid": [7], "choice": choice,
                            "purposes": {str(p): on or p == 1 for p in range(1, 11)},
                            "region": L("US-NY", COARSE), "lang": L("en", DEV),
                            "policy_version": "2025-10", "ts": T0 + 5}
    if ip:
        body["proof"] = {"ip": L(PUBLIC_IP, IPLOC)}
    if ua:
        body["ua"] = L(UA, DEV)
    return case("permitly", f"{PM}/consents", body=body)


def rc_headers(app: App) -> dict[str, Any]:
    return {"Authorization": f"Bearer rcl_pub_{app.key('rc')}", "X-Platform": L("android", DEV),
            "X-Platform-Version": L("34", DEV), "X-Client-Locale": L("en_US", DEV),
            "X-Version": "8.10.1", "X-Client-Version": app.ver}


def rc_attr(value: Any, cat: str) -> dict[str, Any]:
    return {"value": L(value, cat), "updated_at_ms": (T0 + 40) * 1000}


def rc_receipt(app: App, rng: random.Random, product: str, price: float, *, who: str,
               cat: str = UID, attrs: dict[str, Any] | None = None) -> Case:
    body: dict[str, Any] = {"fetch_token": L(play_token(rng), BUY),
                            "product_ids": [L(product, BUY)], "app_user_id": L(who, cat),
                            "is_restore": False, "observer_mode": False,
                            "price": L(price, BUY), "currency": "USD",
                            "normal_duration": "P1M", "presented_offering_identifier": "default"}
    if attrs:
        body["attributes"] = attrs
    return case("receiptly", f"{RC}/receipts", headers=rc_headers(app), body=body)


def rc_subscriber(app: App, who: str, cat: str = UID) -> Case:
    c = case("receiptly", f"{RC}/subscribers/{quote(who, safe='')}", headers=rc_headers(app))
    c.labels[("url", "path[2]")] = cat
    return c


def rc_attrs(app: App, who: str, attrs: dict[str, Any], cat: str = UID) -> Case:
    c = case("receiptly", f"{RC}/subscribers/{quote(who, safe='')}/attributes",
             headers=rc_headers(app), body={"attributes": attrs})
    c.labels[("url", "path[2]")] = cat
    return c


def pl_autocomplete(app: App, rng: random.Random, text: str, cat: str, nd: int = 2) -> Case:
    return case("placemint", f"{PL}/v1/place/autocomplete", query={
        "input": L(text, cat), "location": latlng(nd), "radius": "20000",
        "sessiontoken": rnd_uuid(rng), "components": "country:us", "key": app.key("pl")})


def pl_nearby(app: App, keyword: str, nd: int) -> Case:
    return case("placemint", f"{PL}/v1/place/nearby", query={
        "location": latlng(nd), "keyword": L(keyword, SEARCH), "rankby": "distance",
        "key": app.key("pl")})


def pl_reverse(app: App, nd: int) -> Case:
    return case("placemint", f"{PL}/v1/geocode/reverse", query={
        "latlng": latlng(nd), "result_type": "locality|postal_code", "key": app.key("pl")})


def pl_route(app: App, dest: tuple[float, float], mode: str, nd: int = 5) -> Case:
    lat, lon = pos(nd)
    return case("placemint", f"{PL}/v2/routes", headers={"X-PL-Key": app.key("pl")}, body={
        "origin": {"location": {"lat": lat, "lng": lon}},
        "destination": {"location": {"lat": L(dest[0], PRECISE), "lng": L(dest[1], PRECISE)}},
        "travelMode": L(mode, USAGE), "departureTime": "2025-12-09T17:30:00Z",
        "computeAlternativeRoutes": True, "units": "IMPERIAL"})


def pl_details(app: App, rng: random.Random) -> Case:
    """Place details by ID: nothing of the user's (a negative)."""
    return case("placemint", f"{PL}/v1/place/details", query={
        "place_id": "PmX" + rnd_hex(rng, 24), "fields": "name,formatted_address,geometry,hours",
        "sessiontoken": rnd_uuid(rng), "key": app.key("pl")})


def pl_static(app: App, center: str, label: str) -> Case:
    """A static map of a place the app shows (a negative: the place's own coordinates)."""
    return case("placemint", f"{PL}/v1/staticmap", query={
        "center": center, "zoom": "14", "size": "640x320", "scale": "2",
        "markers": f"color:red|label:{label}|{center}", "key": app.key("pl")})


def pk_card(app: App, rng: random.Random, *, name: bool = True, zip_: bool = True) -> Case:
    body: dict[str, Any] = {
        "card[number]": L("5555555555554444", PAY), "card[exp_month]": L("08", PAY),
        "card[exp_year]": L("28", PAY), "card[cvc]": L("731", PAY),
        "guid": L(INSTALL_ID, DID), "muid": L(rnd_uuid(rng), DID), "sid": rnd_uuid(rng),
        "payment_user_agent": "paywick-android/21.3.0", "key": f"pk_live_{app.key('pk')}"}
    if name:
        body["card[name]"] = L("Jane Doe", NAMEC)
    if zip_:
        body["card[address_zip]"] = L("10118", COARSE)
    return case("paywick", f"{PK}/tokens", fmt="form", body=body)


def pk_confirm(app: App, rng: random.Random) -> Case:
    intent = "pi_" + rnd_hex(rng, 24)
    return case("paywick", f"{PK}/payment_intents/{intent}/confirm", fmt="form", body={
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY),
        "client_secret": L(f"{intent}_secret_{rnd_hex(rng, 25)}", CRED),
        "expected_payment_method_type": "card", "use_sdk": "true",
        "return_url": f"{app.fam}://paywick-redirect", "key": f"pk_live_{app.key('pk')}"})
