"""Measurement SDKs of the hundred-and-thirty-sixth set, built once and called by every app with
its own events and choices: analytics "Metricrane", MMP/attribution "Tracksitatunga", OpenRTB 2.5
ads "Bidhippo" and crash reporting "Crashmukeke" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

MR = "https://collect.metricrane.example.com"
TS = "https://app.tracksitatunga.example.net"
BH = "https://ssp.bidhippo.example.org"
CM = "https://ingest.crashmukeke.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
TZ = "Africa/Bujumbura"
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MRUA = "metricrane-android/4.3.1"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def mr_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             locale: str = "fr_BI") -> Case:
    """Metricrane's batch (gzip JSON, camelCase): the anonymous ID (the install ID), the user ID
    signed in, a ``device`` block (model, OS, locale, zone, carrier, network), the events."""
    dev: dict[str, Any] = {"model": L("Pixel 8", DEV), "brand": L("Google", DEV),
                           "osVersion": L("Android 14", DEV), "locale": L(locale, DEV),
                           "timeZone": L(TZ, DEV), "carrier": L("Example Mobile", CARRIER),
                           "connection": L("cellular", DEV), "appVersion": app.ver}
    if adid:
        dev["adId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        dev["geo"] = {"lat": la, "lng": lo}
    evs = [{"type": "track", "event": L(name, USAGE), "props": props, "eventId": sdk_uuid(rng),
            "ts": (T0 + 43 * i) * 1000 + 319} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"projectKey": app.key("metricrane"),
                            "anonymousId": L(INSTALL_ID, DID), "device": dev, "events": evs,
                            "sentAt": T0 * 1000 + 9120}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-metricrane", f"{MR}/v2/batch", body=body, gz=True,
                headers={"User-Agent": MRUA})


def mr_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Metricrane's traits update: a form whose ``payload`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymousId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID),
                         "traits": traits, "projectKey": app.key("metricrane")}
    return case(f"{app.fam}-metricrane", f"{MR}/v2/identify", fmt="form",
                body={"payload": W(p, "b64json"), "enc": "b64"}, headers={"User-Agent": MRUA})


def mr_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Events queued offline (no signal on the lake or in the hills), flushed as JSON Lines."""
    recs = [{"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
             "userId": L(USER_ID, UID), "props": props,
             "ts": (T0 - 5400 + 67 * i) * 1000, "eventId": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-metricrane", f"{MR}/v2/replay", recs,
                 headers={"User-Agent": MRUA, "X-Project-Key": app.key("metricrane")})


def mr_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``q`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"aid": L(IID_NODASH, DID), "ev": L(name, USAGE), "pr": props}, "query", "q",
            "b64url", acc)
    return add(case(f"{app.fam}-metricrane", f"{MR}/v2/px.gif", query={
        "pk": app.key("metricrane"), "q": d, "r": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ts_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "ts_id": L(sdk_uid(random.Random(f"{app.pkg}/tracksitatunga")), DID),
            "limit_ad_tracking": 0}


def _ts_dev() -> dict[str, Any]:
    return {"device_model": L("Pixel 8", DEV), "os_name": L("android", DEV),
            "os_version": L("14", DEV), "language": L("fr", DEV),
            "country": L("BI", COARSE), "mcc_mnc": L(MCCMNC, CARRIER),
            "network_operator": L("Example Mobile", CARRIER), "is_roaming": L(True, DEV)}


def ts_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Tracksitatunga's session (JSON): the first carries the Android ID and the referrer."""
    body: dict[str, Any] = {"app_key": app.key("tracksitatunga"), "ids": _ts_ids(app),
                            "device": _ts_dev(), "app_ver": app.ver,
                            "session_no": L(1 if first else n, USAGE), "sdk": "ts3.8.0",
                            "req": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=hippo&utm_medium=cpi&utm_campaign=bi03",
                    referrer_click_ts=1765299411)
    if user:
        body["user_ref"] = L(USER_ID, UID)
    return case(f"{app.fam}-tracksitatunga",
                f"{TS}/v3/{'installs' if first else 'sessions'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ts_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "BIF", hashed: bool = False) -> Case:
    """A Tracksitatunga event: ``callback_params`` a JSON string; hashed e-mail and phone."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_key": app.key("tracksitatunga"), "ids": _ts_ids(app),
                            "event_name": L(name, USAGE), "callback_params": W(vals, "json"),
                            "created": "2025-12-10T09:14:22.301+0200", "device": _ts_dev(),
                            "user_ref": L(USER_ID, UID)}
    if hashed:
        body["matching"] = {"em_sha256": L(EMAIL_SHA256, MAIL),
                            "ph_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-tracksitatunga", f"{TS}/v3/events", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ts_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-tracksitatunga", f"{TS}/v3/deeplinks", body={
        "app_key": app.key("tracksitatunga"), "ids": _ts_ids(app), "url": link,
        "opened": 1765321588, "req": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bh_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None) -> Case:
    """A Bidhippo OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Burundi); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("BDI", COARSE),
                               "region": L("BM", COARSE), "city": L("Bujumbura", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 20, "country": L("BDI", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidhippo"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("fr", DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(5, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 350, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("bidhippo"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidhippo", f"{BH}/rtb/v25/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bh_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-bidhippo", f"https://trk.bidhippo.example.org/{kind}", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.27", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cm_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashmukeke breadcrumb (``nav``, ``http``, ``ui``, ``log``)."""
    return {"ts": 1765322077.4, "category": kind, "message": message, "data": data or {}}


def cm_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Crashmukeke envelope (JSON Lines under its own content type): the header, the item
    header, the event (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "crashmukeke"), DID),
                                     "model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                                     "battery_level": L(64, DEV),
                                     "free_memory": L(1624113152, DEV),
                                     "timezone": L(TZ, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)},
                          "app": {"screen": L(screen, USAGE)}},
             "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "frames": [{"function": "onStart", "module": screen, "lineno": 131}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T09:22:41.017Z",
             "dsn": app.key("crashmukeke")}, {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-crashmukeke", f"{CM}/api/7/envelope/", recs,
                 ctype="application/x-crashmukeke-envelope",
                 headers={"User-Agent": "crashmukeke-android/5.1.2"})


def cm_session(app: App, rng: random.Random, *, secs: int = 431) -> Case:
    """A session update (JSON): the user ID signed in, its duration."""
    return case(f"{app.fam}-crashmukeke", f"{CM}/api/7/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "started": "2025-12-10T08:58:10.104Z",
        "duration": L(secs, USAGE), "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "crashmukeke-android/5.1.2",
                 "X-Crashmukeke-Key": app.key("crashmukeke")})


__all__ = ["bh_bid", "bh_notice", "cm_crash", "cm_crumb", "cm_session", "mr_batch",
           "mr_identify", "mr_pixel", "mr_queue", "ts_event", "ts_launch", "ts_link"]
