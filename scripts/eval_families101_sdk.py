"""Measurement SDKs of the hundred-and-first set, built once and called by every app with its own
events and choices: analytics "Countveil", MMP/attribution "Attrikelp", OpenRTB 2.5 ads
"Bidlintel" and crash reporting "Faultember" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    EMAIL_SHA256,
    IID_NODASH,
    PHONE_SHA256,
    Acc,
    add,
    enc,
)
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families101_kit import NET_MCCMNC, NET_NAME, TZ
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

CV = "https://collect.countveil.example.com"
AK = "https://app.attrikelp.example.net"
BL = "https://rtb.bidlintel.example.com"
FE = "https://report.faultember.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def cv_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             locale: str = "fr_HT") -> Case:
    """Countveil's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID, a ``context`` (device, OS, locale, zone, the carrier), then ``batch`` of track
    calls."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(TZ, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": False},
        "app": {"version": app.ver, "build": "40" + app.ver.replace(".", "")},
        "library": {"name": "countveil-android", "version": "2.14.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T2{i}:1{i}:05.{i}11Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("countveil"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-09T23:40:11.204Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countveil", f"{CV}/v1/batch", body=body, gz=True,
                headers={"User-Agent": "Countveil-Android/2.14.0"})


def cv_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Countveil's identify: a form whose ``data`` field is base64url JSON (the IDs, traits)."""
    acc: Acc = {}
    data = enc({"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                "traits": traits}, "body", "data", "b64url", acc)
    return add(case(f"{app.fam}-countveil", f"{CV}/v1/identify", fmt="form",
                    body={"data": data, "write_key": app.key("countveil"), "v": "2"},
                    headers={"User-Agent": "Countveil-Android/2.14.0"}), acc)


def cv_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Countveil's offline queue flushed when the network comes back: JSON Lines."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "timestamp": (T0 - 7200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countveil", f"{CV}/v1/import", recs,
                 headers={"User-Agent": "Countveil-Android/2.14.0",
                          "X-Countveil-Key": app.key("countveil")})


def cv_screen(app: App, rng: random.Random, screen: str, *, lang: str = "ht") -> Case:
    """The screen hit (GET): the install ID without dashes, the user, the screen, its size."""
    return case(f"{app.fam}-countveil", f"{CV}/v1/s", query={
        "k": app.key("countveil"), "a": L(IID_NODASH, DID), "u": L(USER_ID, UID),
        "s": L(screen, USAGE), "sr": L("1080x2400", DEV), "ul": L(lang, DEV),
        "z": opaque(rng, "", 10)}, headers={"User-Agent": L(DALVIK, DEV)})


def _ak_base(app: App) -> dict[str, Any]:
    return {"app_token": app.key("attrikelp"), "gps_adid": L(GAID, ADID),
            "ak_uid": L(sdk_uid(random.Random(f"{app.pkg}/attrikelp")), DID),
            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("fr", DEV), "sim_country": L("US", CARRIER), "mcc": L("310", CARRIER),
            "mnc": L("260", CARRIER), "environment": "production", "tracking_enabled": "1"}


def ak_install(app: App, rng: random.Random) -> Case:
    """Attrikelp's first session (a form): the Android ID, the Play install referrer."""
    body = dict(_ak_base(app), android_id=L(ANDROID_ID, DID), session_count=L("1", USAGE),
                referrer="utm_source=kelpnet&utm_medium=cpi&utm_campaign=ht_dec",
                install_begin_time="2025-12-09T21:02:13Z", created_at="2025-12-09T21:04:40Z")
    return case(f"{app.fam}-attrikelp", f"{AK}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def ak_session(app: App, rng: random.Random, n: int) -> Case:
    """A later session (a form): the session count and time since the last one."""
    body = dict(_ak_base(app), session_count=L(str(n), USAGE),
                last_interval=L("40211", USAGE), created_at="2025-12-09T22:15:02Z",
                network_type=L("13", DEV))
    return case(f"{app.fam}-attrikelp", f"{AK}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def ak_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: str | None = None, currency: str = "HTG", hashed: bool = False) -> Case:
    """An Attrikelp event (a form): the event token (the event's name), ``partner_params`` a
    JSON string, revenue, hashed e-mail and phone when the app passes them."""
    body = dict(_ak_base(app), event_token=L(token, USAGE),
                partner_params=W(params, "json"), customer_id=L(USER_ID, UID),
                created_at="2025-12-09T22:31:44Z")
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-attrikelp", f"{AK}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def ak_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (JSON: a URL in a JSON field, per parameter)."""
    return case(f"{app.fam}-attrikelp", f"{AK}/sdk_click", body={
        "app_token": app.key("attrikelp"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T22:40:19Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bl_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, ifa: bool = True) -> Case:
    """A Bidlintel OpenRTB 2.5 request: GPS geo (``at``) or IP geo (Haiti), the roaming
    network's MCC-MNC, ``user.id`` the SDK's buyer ID, the advertising ID unless opted out."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("HTI", COARSE),
                               "region": L("OU", COARSE), "city": L("Port-au-Prince", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("HTI", COARSE)}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("fr", DEV), "carrier": L(NET_NAME, CARRIER),
                              "mccmnc": L(f"{NET_MCCMNC[:3]}-{NET_MCCMNC[3:]}", CARRIER),
                              "connectiontype": L(6, DEV), "lmt": 0 if ifa else 1}
    if ifa:
        device["ifa"] = L(GAID, ADID)
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidlintel"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.15, secure=1)],
            "app": {"id": app.key("bidlintel"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidlintel", f"{BL}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bl_win(app: App, rng: random.Random) -> Case:
    """The win notice (GET): auction, bid, creative IDs and the clearing price (negatives)."""
    return case(f"{app.fam}-bidlintel", "https://ev.bidlintel.example.com/win", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "px": "0.38", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fe_crumb(kind: str, text: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultember breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": "2025-12-09T23:18:11.402Z", "kind": kind, "text": text, "data": data or {}}


def fe_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             screen: str = "MainActivity", user: dict[str, Any] | None = None) -> Case:
    """A Faultember crash report (gzip JSON): the user, the device (its SDK ID, model, OS,
    battery, locale, zone, rooted), breadcrumbs and the stack."""
    body = {"report_id": opaque(rng, "", 32), "api_key": app.key("faultember"),
            "app": {"id": app.pkg, "version": app.ver, "release_stage": "production",
                    "in_foreground": True, "screen": L(screen, USAGE)},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "device": {"id": L(sdk_id(app, "faultember"), DID), "model": L("Pixel 8", DEV),
                       "os_version": L("14", DEV), "battery": L(0.57, DEV),
                       "locale": L("fr_HT", DEV),
                       "time_zone": L(TZ, DEV), "jailbroken": L(False, DEV)},
            "breadcrumbs": crumbs,
            "exception": {"class": exc[0], "message": exc[1],
                          "stack": [{"method": "onResume", "file": f"{screen}.kt",
                                     "line": 88}]}}
    return case(f"{app.fam}-faultember", f"{FE}/v3/crash", body=body, gz=True,
                headers={"User-Agent": "faultember-android/7.3.0",
                         "Faultember-Api-Key": app.key("faultember")})


def fe_sessions(app: App, rng: random.Random, secs: list[int]) -> Case:
    """Sessions flushed in a batch (JSON Lines): the SDK's device ID, the user, each length."""
    recs = [{"session_id": sdk_uuid(rng), "device_id": L(sdk_id(app, "faultember"), DID),
             "user_id": L(USER_ID, UID), "started": f"2025-12-0{9 - i}T1{i}:02:11Z",
             "duration_s": L(s, USAGE), "crashed": False, "app_version": app.ver}
            for i, s in enumerate(secs)]
    return lines(f"{app.fam}-faultember", f"{FE}/v3/sessions", recs,
                 headers={"User-Agent": "faultember-android/7.3.0",
                          "Faultember-Api-Key": app.key("faultember")})


__all__ = ["DALVIK", "ak_event", "ak_install", "ak_link", "ak_session", "bl_bid",
           "bl_win", "cv_batch", "cv_identify", "cv_queue", "cv_screen", "fe_crash",
           "fe_crumb", "fe_sessions"]
