"""Measurement SDKs of the sixty-fifth set, built once and called by every app with its own
events and choices: analytics "Statbramble", MMP/attribution "Attriloft", OpenRTB 2.5 ads
"Bidmarram" and crash reporting "Faultkiln" (fictional vendors, hosts under example.*)."""

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
    pb,
    raw,
)
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

SB = "https://collect.statbramble.example.com"
AL = "https://in.attriloft.example.net"
BM = "https://rtb.bidmarram.example.com"
FK = "https://notify.faultkiln.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
SBUA = "Statbramble-Android/2.6.0"
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(tz: str, locale: str, adid: bool, at: Pt | None, nd: int) -> dict[str, Any]:
    dev: dict[str, Any] = {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)}
    if adid:
        dev["advertisingId"] = L(GAID, ADID)
    ctx: dict[str, Any] = {"device": dev, "os": {"name": L("Android", DEV),
                                                 "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)},
                           "screen": {"width": L(1080, DEV), "height": L(2400, DEV)}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    return ctx


def sb_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Statbramble's batch (gzip JSON, camelCase): the anonymous ID (the install ID), the user ID
    signed in, one ``context`` (device, OS, locale, zone, carrier, screen), then the events."""
    evs = [{"type": "track", "event": L(name, USAGE), "properties": props,
            "messageId": sdk_uuid(rng), "timestamp": f"2025-12-10T19:{10 + i:02d}:04.118Z"}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"writeKey": app.key("statbramble"),
                            "anonymousId": L(INSTALL_ID, DID),
                            "context": _ctx(tz, locale, adid, at, nd), "batch": evs,
                            "sentAt": "2025-12-10T19:31:40.902Z"}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-statbramble", f"{SB}/v1/batch", body=body, gz=True,
                headers={"User-Agent": SBUA})


def sb_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Statbramble's identify: ``traits`` is a JSON string inside the JSON body."""
    body: dict[str, Any] = {"writeKey": app.key("statbramble"),
                            "anonymousId": L(INSTALL_ID, DID), "traits": W(traits, "json"),
                            "messageId": sdk_uuid(rng)}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-statbramble", f"{SB}/v1/identify", body=body,
                headers={"User-Agent": SBUA})


def sb_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
                             "properties": props, "messageId": sdk_uuid(rng),
                             "timestamp": (T0 - 4100 + 61 * i) * 1000}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-statbramble", f"{SB}/v1/import", recs,
                 headers={"User-Agent": SBUA, "X-Statbramble-Key": app.key("statbramble")})


def sb_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-statbramble", f"{SB}/v1/p.gif", query={
        "wk": app.key("statbramble"), "d": d, "z": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _al(app: App) -> dict[str, Any]:
    return {"app_token": app.key("attriloft"), "gps_adid": L(GAID, ADID),
            "al_uid": L(sdk_uid(random.Random(f"{app.pkg}/attriloft")), DID)}


def al_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 7, lang: str = "en", country: str = "US") -> Case:
    """Attriloft's session (a form): the first one is the install, with the Android ID and the
    referrer; every one the session count, device, language and MCC/MNC."""
    body: dict[str, Any] = {**_al(app), "tracking_enabled": "1",
                            "device_name": L("Pixel 8", DEV), "device_manufacturer":
                            L("Google", DEV), "os_name": "android", "os_version": L("14", DEV),
                            "language": L(lang, DEV), "country": L(country, DEV),
                            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                            "session_count": L(1 if first else n, USAGE),
                            "app_version": app.ver, "created_at": "2025-12-10T19:02:11.330Z+0000"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID), install_begin="1765393011",
                    install_referrer="utm_source=loftnet&utm_medium=cpi&utm_campaign=dec")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-attriloft", f"{AL}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def al_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attriloft event (JSON): ``callback_params`` is a JSON string; hashed e-mail and phone
    when the app passes them."""
    body: dict[str, Any] = {**_al(app), "event_token": opaque(rng, "", 6),
                            "event_name": L(name, USAGE), "callback_params": W(params, "json"),
                            "created_at": "2025-12-10T19:22:40.118Z+0000"}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attriloft", f"{AL}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def al_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attriloft", f"{AL}/sdk_click", body={
        **_al(app), "source": "deeplink", "deeplink": link, "click_time": 1765393311,
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bm_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", gdpr: bool = False,
           cur: str = "USD") -> Case:
    """A Bidmarram OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; GDPR and a TC string (a negative) in Europe."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidmarram"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if gdpr:
        user["ext"] = {"consent": "CQb" + opaque(rng, "", 30).upper() + ".AAAA"}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "devicetype": 4,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": [cur],
            "imp": [dict(imp, id="1", tagid=opaque(rng, "tg", 6), bidfloor=0.4, secure=1)],
            "app": {"id": app.key("bidmarram"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 1 if gdpr else 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidmarram", f"{BM}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bm_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid, impression IDs and the price negatives."""
    return case(f"{app.fam}-bidmarram", f"https://ev.bidmarram.example.com/{kind}", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "i": "1", "cr": opaque(rng, "cr", 6),
        "p": "0.84", "bundle": app.pkg, "dvid": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fk_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultkiln breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-10T19:24:01.205Z", "type": kind, "name": name,
            "metaData": meta or {}}


def fk_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York",
             locale: str = "en_US") -> Case:
    """A Faultkiln error report (gzip JSON): the exception, breadcrumbs, the screen, the user
    (the user ID by default), the SDK's device ID and the device's state."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                {"method": "onResume", "file": f"{screen}.kt", "lineNumber": 88,
                 "inProject": True}]}],
             "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
             "unhandled": True, "user": user if user is not None else {"id": L(USER_ID, UID)},
             "app": {"version": app.ver, "releaseStage": "production", "id": app.pkg,
                     "durationInForeground": L(184000, USAGE)},
             "device": {"id": L(sdk_id(app, "faultkiln"), DID),
                        "manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                        "osVersion": L("14", DEV), "locale": L(locale, DEV),
                        "timezone": L(tz, DEV), "freeDisk": L(38112706560, DEV),
                        "freeMemory": L(1422131200, DEV), "orientation": L("portrait", DEV),
                        "jailbroken": L(False, DEV)},
             "metaData": meta or {}}
    return case(f"{app.fam}-faultkiln", f"{FK}/v2/notify", gz=True, body={
        "notifier": {"name": "Faultkiln Android", "version": "6.1.0"}, "events": [event]},
        headers={"User-Agent": "Faultkiln-Android/6.1.0", "Faultkiln-Payload-Version": "5",
                 "Faultkiln-Api-Key": app.key("faultkiln")})


def fk_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640,
               tz: str = "America/New_York") -> Case:
    """A session start (schema-less protobuf): the session ID, a device block (the SDK's device
    ID, model, OS, zone), the user ID signed in (the install ID signed out), its length."""
    lab: dict[str, str] = {}
    who = L(USER_ID, UID) if user else L(INSTALL_ID, DID)
    data = pb([(1, sdk_uuid(rng)), (2, [(1, L(sdk_id(app, "faultkiln"), DID)),
                                       (2, L("Pixel 8", DEV)), (3, L("Android 14", DEV)),
                                       (4, L(tz, DEV))]),
               (3, who), (4, L(secs, USAGE)), (5, T0 + 311), (6, app.ver)], "", lab)
    return raw(f"{app.fam}-faultkiln", f"{FK}/v2/sessions", data, "application/x-protobuf", lab,
               headers={"User-Agent": "Faultkiln-Android/6.1.0",
                        "Faultkiln-Api-Key": app.key("faultkiln")})


__all__ = ["al_event", "al_launch", "al_link", "bm_bid", "bm_notice", "fk_crash", "fk_crumb",
           "fk_session", "sb_batch", "sb_identify", "sb_pixel", "sb_queue"]
