"""Measurement SDKs of the hundred-and-fourth set, built once and called by every app with its own
events and choices: analytics "Countbalud", MMP/attribution "Installquay", OpenRTB 2.5 ads
"Bidbangus" and crash reporting "Bugsalip" (fictional vendors, hosts under example.*). The phone
roams on her US SIM in the Philippines: the SIM is the profile's carrier, the network country
``PH`` (both ``location.carrier``); time zone ``Asia/Manila``."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    EMAIL_SHA256,
    IID_NODASH,
    MCCMNC,
    PHONE_SHA256,
    Acc,
    add,
    enc,
)
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families104_kit import TZ
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

CN = "https://api.countbalud.example.com"
IQ = "https://t.installquay.example.net"
BB = "https://rtb.bidbangus.example.com"
BS = "https://notify.bugsalip.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
OKHTTP = "okhttp/4.12.0"
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def cn_track(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2) -> Case:
    """Countbalud's batch (gzip JSON, snake_case): the install ID as ``device_id``, the user ID
    signed in, the device (model, OS, language, zone, the SIM's carrier, the network country) and
    the events with their properties."""
    dev: dict[str, Any] = {"os_name": "android", "os_version": L("14", DEV),
                           "device_model": L("Pixel 8", DEV), "device_brand": L("google", DEV),
                           "language": L("en-US", DEV), "time_zone": L(TZ, DEV),
                           "carrier": L("Example Mobile", CARRIER),
                           "network_country": L("PH", CARRIER), "app_version": app.ver}
    if adid:
        dev["adid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        dev["location_lat"], dev["location_lng"] = la, lo
    evs = [{"event_type": L(name, USAGE), "event_properties": props,
            "insert_id": sdk_uuid(rng), "time": (T0 + 41 * i) * 1000 + 208,
            "session_id": T0 * 1000 + 51} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"api_key": app.key("countbalud"), "device_id": L(INSTALL_ID, DID),
                            "device": dev, "events": evs, "ip": "$remote",
                            "client_upload_time": T0 * 1000 + 9030}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countbalud", f"{CN}/2/batch", body=body, gz=True,
                headers={"User-Agent": OKHTTP, "X-Countbalud-Sdk": "android/2.9.4"})


def cn_identify(app: App, rng: random.Random, props: dict[str, Any], *,
                user: bool = True) -> Case:
    """Countbalud's profile update: a form whose ``identification`` field is base64 JSON."""
    p: dict[str, Any] = {"device_id": L(INSTALL_ID, DID), "user_properties": {"$set": props}}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countbalud", f"{CN}/identify", fmt="form",
                body={"api_key": app.key("countbalud"), "identification": W(p, "b64json")},
                headers={"User-Agent": OKHTTP})


def cn_screen(app: App, rng: random.Random, screen: str, prev: str) -> Case:
    """The signed-out screen beacon (GET): the install ID without dashes, the screen names and a
    base64url JSON context ``cx`` (zone, locale, model)."""
    acc: Acc = {}
    cx = enc({"tz": L(TZ, DEV), "loc": L("en_US", DEV), "mdl": L("Pixel 8", DEV),
              "av": app.ver}, "query", "cx", "b64url", acc)
    return add(case(f"{app.fam}-countbalud", f"{CN}/px", query={
        "k": app.key("countbalud"), "d": L(IID_NODASH, DID), "e": L("screen_view", USAGE),
        "sc": L(screen, USAGE), "ps": L(prev, USAGE), "cx": cx, "z": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def cn_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Countbalud's offline queue flushed on reconnect: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event_type": L(name, USAGE), "device_id": L(INSTALL_ID, DID),
                             "event_properties": props, "time": (T0 - 7200 + 61 * i) * 1000,
                             "insert_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countbalud", f"{CN}/2/import", recs,
                 headers={"User-Agent": OKHTTP, "X-Countbalud-Key": app.key("countbalud")})


def _iq_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_version": L("14", DEV), "locale": L("en_US", DEV),
            "sim_mcc_mnc": L(MCCMNC, CARRIER), "sim_operator": L("Example Mobile", CARRIER),
            "net_country": L("ph", CARRIER)}


def iq_install(app: App, rng: random.Random, *, user: bool = False) -> Case:
    """Installquay's first open (JSON): the advertising ID, the Android ID, the SDK's install ID,
    the device, the install referrer and its times."""
    body: dict[str, Any] = {
        "app_token": app.key("installquay"), "gps_adid": L(GAID, ADID),
        "android_id": L(ANDROID_ID, DID),
        "iq_uid": L(sdk_uid(random.Random(f"{app.pkg}/installquay")), DID),
        "device": _iq_dev(), "app_version": app.ver, "sdk": "android5.2.0",
        "referrer": "utm_source=quaynet&utm_medium=cpi&utm_campaign=ph_q1",
        "install_begin": 1765299031, "request_id": rid(rng)}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-installquay", f"{IQ}/v3/install", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def iq_session(app: App, rng: random.Random, n: int, *, user: bool = True) -> Case:
    """A later session (a form, as the SDK posts it): the advertising ID, the SDK's install ID,
    the session count and length, the device and SIM."""
    body: dict[str, Any] = {"app_token": app.key("installquay"), "gps_adid": L(GAID, ADID),
                            "iq_uid": L(sdk_uid(random.Random(f"{app.pkg}/installquay")), DID),
                            "session_count": L(n, USAGE), "session_length": L(743, USAGE),
                            "created_at": "2025-12-10T08:14:22.118+0800",
                            "device_type": "phone", "os_version": L("14", DEV),
                            "language": L("en", DEV), "mcc": L("310", CARRIER),
                            "mnc": L("260", CARRIER), "tracking_enabled": "1"}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-installquay", f"{IQ}/v3/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def iq_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "PHP", hashed: bool = False,
             user: bool = True) -> Case:
    """An Installquay event: ``partner_params`` a JSON string; hashed e-mail and phone when
    the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("installquay"), "gps_adid": L(GAID, ADID),
                            "event_token": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-10T08:21:40.118+0800",
                            "device": _iq_dev()}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"em_sha256": L(EMAIL_SHA256, MAIL), "ph_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-installquay", f"{IQ}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def iq_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-installquay", f"{IQ}/v3/sdk_click", body={
        "app_token": app.key("installquay"), "gps_adid": L(GAID, ADID), "deeplink": link,
        "source": "deeplink", "click_time": 1765325518, "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bb_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False) -> Case:
    """A Bidbangus OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo (Cebu
    City); ``user.id`` the SDK's buyer ID; ``coppa``: no advertising ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("PHL", COARSE),
                               "region": L("07", COARSE), "city": L("Cebu City", COARSE),
                               "utcoffset": L(480, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 11, "country": L("PHL", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidbangus"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(6, DEV),
                              "w": L(1080, DEV), "h": L(2400, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("bidbangus"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pb", 8)}},
            "device": device, "user": user, "bcat": ["IAB25", "IAB26"],
            "regs": {"coppa": 1 if coppa else 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidbangus", f"{BB}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bb_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """The win notice (GET): auction, bid, seat and creative IDs and the clearing price."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "bb-seat-7",
                         "crid": opaque(rng, "cr", 6), "price": "0.42", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidbangus", "https://win.bidbangus.example.com/n", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def bs_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Bugsalip breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-10T08:22:11.402Z", "type": kind, "name": name,
            "metaData": meta or {}}


def bs_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             ctx: str = "MainActivity") -> Case:
    """A Bugsalip error report (gzip JSON): the exception, breadcrumbs, the app, the device (its
    ID, model, OS, locale, zone, memory, disk, charging, rooted), the user and metadata."""
    ev = {"exceptions": [{"errorClass": exc[0], "message": exc[1],
                          "stacktrace": [{"method": f"{app.pkg}.ui.{ctx}.onResume",
                                          "file": f"{ctx}.kt", "lineNumber": 88}]}],
          "breadcrumbs": crumbs, "context": L(ctx, USAGE), "severity": "error",
          "app": {"id": app.pkg, "version": app.ver, "durationInForeground": L(212000, USAGE)},
          "device": {"id": L(sdk_id(app, "bugsalip"), DID), "manufacturer": L("Google", DEV),
                     "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                     "locale": L("en_US", DEV), "timezone": L(TZ, DEV),
                     "freeMemory": L(1288441856, DEV), "freeDisk": L(38112004096, DEV),
                     "charging": L(False, DEV), "jailbroken": L(False, DEV)},
          "user": user if user is not None else {"id": L(USER_ID, UID)},
          "metaData": meta or {}, "session": {"id": sdk_uuid(rng), "events": {"handled": 0}}}
    return case(f"{app.fam}-bugsalip", f"{BS}/v5/notify", gz=True, body={
        "apiKey": app.key("bugsalip"), "payloadVersion": "5",
        "notifier": {"name": "Bugsalip Android", "version": "6.3.0"}, "events": [ev]},
        headers={"User-Agent": OKHTTP, "Bugsalip-Sent-At": "2025-12-10T08:22:14.007Z"})


def bs_logs(app: App, rng: random.Random, msgs: list[tuple[str, dict[str, Any]]], *,
            user: bool = True) -> Case:
    """Handled errors and logs (JSON Lines): the device ID and user ID on every line."""
    recs = []
    for i, (msg, meta) in enumerate(msgs):
        r: dict[str, Any] = {"level": "warn", "msg": msg, "meta": meta,
                             "device": L(sdk_id(app, "bugsalip"), DID),
                             "ts": (T0 + 300 + 7 * i) * 1000, "seq": i}
        if user:
            r["user"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-bugsalip", f"{BS}/v5/logs", recs,
                 headers={"User-Agent": OKHTTP, "Bugsalip-Api-Key": app.key("bugsalip")})


def bs_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session start (JSON): the device and, signed in, the user."""
    sess: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": "2025-12-10T07:58:09.221Z",
                            "device": {"id": L(sdk_id(app, "bugsalip"), DID),
                                       "model": L("Pixel 8", DEV), "osVersion": L("14", DEV)}}
    if user:
        sess["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-bugsalip", f"{BS}/v5/sessions", body={
        "apiKey": app.key("bugsalip"), "app": {"version": app.ver, "releaseStage": "production"},
        "sessions": [sess]}, headers={"User-Agent": OKHTTP})


__all__ = ["bb_bid", "bb_win", "bs_crash", "bs_crumb", "bs_logs", "bs_session", "cn_identify",
           "cn_queue", "cn_screen", "cn_track", "iq_event", "iq_install", "iq_link", "iq_session"]
