"""Measurement SDKs of the hundred-and-third set, built once and called by every app with its own
events and choices: analytics "Gaugefern", MMP/attribution "Attrisedge", OpenRTB 2.5 ads
"Auctiwren" and crash reporting "Faultquince" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE, WIFI = "location.precise", "id.user", "behavior.usage", "location.wifi"

GF = "https://api.gaugefern.example.com"
AE = "https://app.attrisedge.example.net"
AW = "https://rtb.auctiwren.example.com"
FQ = "https://notify.faultquince.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
GFUA = "gaugefern-android/2.6.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def gf_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             wifi: tuple[str, str] | None = None, tz: str = "Europe/Sofia",
             locale: str = "en-US") -> Case:
    """Gaugefern's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, locale, zone, carrier; ``ip``, ``wifi`` and a
    position at ``nd`` decimals when the app lets it), then ``track`` calls."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "app": {"version": app.ver, "namespace": app.pkg}, "locale": L(locale, DEV),
        "timezone": L(tz, DEV), "network": {"carrier": L("Example Mobile", CARRIER),
                                            "wifi": L(wifi is not None, DEV)},
        "library": {"name": "gaugefern-android", "version": "2.6.0"}}
    if adid:
        ctx["device"].update(advertising_id=L(GAID, ADID), ad_tracking_enabled=True)
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    if wifi:
        ctx["network"].update(ssid=L(wifi[0], WIFI), bssid=L(wifi[1], WIFI))
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-10T09:{10 + i:02d}:04.218Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("gaugefern"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-10T09:31:40.002Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugefern", f"{GF}/v1/batch", body=body, gz=True,
                headers={"User-Agent": GFUA})


def gf_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Gaugefern's identify: a form whose ``data`` field is base64 JSON (the traits)."""
    d: dict[str, Any] = {"type": "identify", "anonymous_id": L(INSTALL_ID, DID),
                         "traits": traits, "write_key": app.key("gaugefern")}
    if user:
        d["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugefern", f"{GF}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "encoding": "base64"},
                headers={"User-Agent": GFUA})


def gf_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Gaugefern's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "message_id": sdk_uuid(rng), "ts": (T0 - 7200 + 61 * i) * 1000}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gaugefern", f"{GF}/v1/import", recs,
                 headers={"User-Agent": GFUA, "X-Gaugefern-Write-Key": app.key("gaugefern")})


def gf_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-gaugefern", f"{GF}/v1/p.gif", query={
        "wk": app.key("gaugefern"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ae(app: App) -> dict[str, Any]:
    return {"app_token": app.key("attrisedge"), "gps_adid": L(GAID, ADID),
            "as_uid": L(sdk_uid(random.Random(f"{app.pkg}/attrisedge")), DID)}


def ae_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 7) -> Case:
    """Attrisedge's install or session (a form): device, SIM codes, the session count; the first
    carries the Android ID and the install referrer, ``user`` the app's user ID."""
    body: dict[str, Any] = {**_ae(app), "device_name": L("Pixel 8", DEV),
                            "device_manufacturer": L("Google", DEV), "os_name": L("android", DEV),
                            "os_version": L("14", DEV), "language": L("en", DEV),
                            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                            "session_count": L(1 if first else n, USAGE),
                            "app_version": app.ver, "sdk_version": "android5.2.1",
                            "created_at": "2025-12-10T09:02:11.540Z+0200",
                            "tracking_enabled": "1", "environment": "production"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID), install_begin_time="1765350112",
                    referrer="utm_source=edgenet&utm_medium=cpi&utm_campaign=bg_w50")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-attrisedge", f"{AE}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.1"})


def ae_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "BGN", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attrisedge event (JSON): ``partner_params`` a JSON string; revenue; hashed e-mail and
    phone under ``user`` when the app passes them."""
    body: dict[str, Any] = {**_ae(app), "event_name": L(name, USAGE),
                            "event_token": opaque(rng, "", 6), "partner_params": W(params, "json"),
                            "created_at": "2025-12-10T09:14:52.118Z+0200"}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["user"] = {"em_sha256": L(EMAIL_SHA256, MAIL), "ph_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attrisedge", f"{AE}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ae_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrisedge", f"{AE}/sdk_click", body={
        **_ae(app), "source": "deeplink", "deeplink": link, "click_time": "1765361203",
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def aw_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "BGR", city: str = "Sofia",
           region: str = "22") -> Case:
    """An Auctiwren OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "auctiwren"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(2, DEV), "devicetype": L(4, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["EUR"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("auctiwren"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 1}}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-auctiwren", f"{AW}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def aw_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the clearing price."""
    return case(f"{app.fam}-auctiwren", f"https://ev.auctiwren.example.com/{kind}", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.42", "cur": "EUR", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fq_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultquince breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-10T09:20:11.402Z", "type": kind, "name": name,
            "metaData": meta or {}}


def fq_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "Europe/Sofia") -> Case:
    """A Faultquince error report (gzip JSON, camelCase): the user, the device (its ID, model,
    OS, memory, disk, orientation, zone), the app's state, breadcrumbs and the stack."""
    ev = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
              {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
               "lineNumber": 88}]}],
          "breadcrumbs": crumbs, "severity": "error", "unhandled": True,
          "user": user if user is not None else {"id": L(USER_ID, UID)},
          "device": {"id": L(sdk_id(app, "faultquince"), DID), "model": L("Pixel 8", DEV),
                     "manufacturer": L("Google", DEV), "osVersion": L("14", DEV),
                     "totalMemory": L(8052211712, DEV), "freeDisk": L(38120554496, DEV),
                     "orientation": L("portrait", DEV), "timezone": L(tz, DEV),
                     "jailbroken": L(False, DEV)},
          "app": {"version": app.ver, "releaseStage": "production",
                  "durationInForeground": L(184000, USAGE), "activeScreen": L(screen, USAGE)},
          "metaData": meta or {}}
    body = {"apiKey": app.key("faultquince"), "payloadVersion": "5",
            "notifier": {"name": "Faultquince Android", "version": "6.1.0"}, "events": [ev]}
    return case(f"{app.fam}-faultquince", f"{FQ}/v5/errors", body=body, gz=True,
                headers={"User-Agent": "faultquince-android/6.1.0",
                         "Faultquince-Api-Key": app.key("faultquince")})


def fq_logs(app: App, rng: random.Random, msgs: list[tuple[str, dict[str, Any]]], *,
            user: bool = True) -> Case:
    """Faultquince's log drain (JSON Lines): one record per line with the device's ID."""
    recs = []
    for i, (msg, attrs) in enumerate(msgs):
        r: dict[str, Any] = {"level": "info", "msg": msg, "attrs": attrs,
                             "device_id": L(sdk_id(app, "faultquince"), DID),
                             "ts": f"2025-12-10T09:2{i}:33.{100 + i}Z", "seq": i}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-faultquince", f"{FQ}/v1/logs", recs,
                 headers={"User-Agent": "faultquince-android/6.1.0",
                          "Faultquince-Api-Key": app.key("faultquince")})


__all__ = ["ae_event", "ae_link", "ae_session", "aw_bid", "aw_notice", "fq_crash", "fq_crumb",
           "fq_logs", "gf_batch", "gf_beacon", "gf_identify", "gf_queue"]
