"""Measurement SDKs of the hundred-and-thirty-fifth set, built once and called by every app with
its own events and choices: analytics "Metrikoka", MMP/attribution "Attrifonu", OpenRTB 2.5 ads
"Bidhumpback" and crash reporting "Crashtofua" (fictional vendors, hosts under example.*)."""

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

MK = "https://collect.metrikoka.example.com"
AF = "https://app.attrifonu.example.net"
BH = "https://rtb.bidhumpback.example.org"
CT = "https://ingest.crashtofua.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
TZ = "Pacific/Tongatapu"
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MKUA = "metrikoka-android/5.3.2"
CTUA = "crashtofua-android/2.8.1"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def mk_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             locale: str = "en_TO") -> Case:
    """Metrikoka's batch (gzip JSON, camelCase): the device ID (the install ID), the user ID
    signed in, a ``device`` block (model, OS, locale, zone, carrier, network), the events."""
    dev: dict[str, Any] = {"model": L("Pixel 8", DEV), "brand": L("Google", DEV),
                           "osVersion": L("Android 14", DEV), "locale": L(locale, DEV),
                           "timeZone": L(TZ, DEV), "carrier": L("Example Mobile", CARRIER),
                           "connection": L("wifi", DEV), "appVersion": app.ver}
    if adid:
        dev["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        dev["geo"] = {"lat": la, "lng": lo}
    evs = [{"type": L(name, USAGE), "props": props, "eventId": sdk_uuid(rng),
            "clientTs": (T0 + 43 * i) * 1000 + 311} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"projectKey": app.key("metrikoka"),
                            "deviceId": L(INSTALL_ID, DID), "device": dev, "events": evs,
                            "sentAt": T0 * 1000 + 9120}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-metrikoka", f"{MK}/v2/batch", body=body, gz=True,
                headers={"User-Agent": MKUA})


def mk_traits(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Metrikoka's profile update: a form whose ``payload`` field is base64 JSON."""
    p: dict[str, Any] = {"deviceId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID),
                         "traits": traits, "projectKey": app.key("metrikoka")}
    return case(f"{app.fam}-metrikoka", f"{MK}/v2/profile", fmt="form",
                body={"payload": W(p, "b64json"), "enc": "b64"}, headers={"User-Agent": MKUA})


def mk_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Events queued offline (no signal at the allotment or on the boat), flushed as JSON
    Lines."""
    recs = [{"type": L(name, USAGE), "deviceId": L(INSTALL_ID, DID),
             "userId": L(USER_ID, UID), "props": props,
             "clientTs": (T0 - 5400 + 67 * i) * 1000, "eventId": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-metrikoka", f"{MK}/v2/bulk", recs,
                 headers={"User-Agent": MKUA, "X-Project-Key": app.key("metrikoka")})


def mk_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``q`` is base64url JSON in the query."""
    acc: Acc = {}
    q = enc({"d": L(IID_NODASH, DID), "t": L(name, USAGE), "p": props}, "query", "q", "b64url",
            acc)
    return add(case(f"{app.fam}-metrikoka", f"{MK}/v2/px", query={
        "k": app.key("metrikoka"), "q": q, "r": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _af_ids(app: App) -> dict[str, Any]:
    return {"advertising_id": L(GAID, ADID),
            "af_device": L(sdk_uid(random.Random(f"{app.pkg}/attrifonu")), DID),
            "limit_tracking": False}


def _af_dev() -> dict[str, Any]:
    return {"device_model": L("Pixel 8", DEV), "os_name": L("android", DEV),
            "os_version": L("14", DEV), "language": L("en", DEV), "ip_country": L("TO", COARSE),
            "mccmnc": L(MCCMNC, CARRIER), "network_operator": L("Example Mobile", CARRIER),
            "is_roaming": L(True, DEV)}


def af_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Attrifonu's session (JSON): the first carries the Android ID and the install referrer."""
    body: dict[str, Any] = {"app_key": app.key("attrifonu"), "ids": _af_ids(app),
                            "device": _af_dev(), "app_version": app.ver,
                            "session_number": L(1 if first else n, USAGE), "sdk": "af3.9.0",
                            "request_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=humpback&utm_medium=cpi&utm_campaign=to07",
                    referrer_click_ts=1765297711)
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attrifonu", f"{AF}/v3/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def af_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "TOP", hashed: bool = False) -> Case:
    """An Attrifonu event: ``event_values`` a JSON string; hashed e-mail and phone."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_key": app.key("attrifonu"), "ids": _af_ids(app),
                            "event_name": L(name, USAGE), "event_values": W(vals, "json"),
                            "event_time": "2025-12-10T09:14:22.301+1300", "device": _af_dev(),
                            "external_user_id": L(USER_ID, UID)}
    if hashed:
        body["user_hashes"] = {"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attrifonu", f"{AF}/v3/events", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def af_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrifonu", f"{AF}/v3/deeplinks", body={
        "app_key": app.key("attrifonu"), "ids": _af_ids(app), "url": link,
        "opened_ts": 1765318841, "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bh_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None) -> Case:
    """A Bidhumpback OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Tonga); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("TON", COARSE),
                               "region": L("04", COARSE), "city": L("Nuku'alofa", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L("TON", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidhumpback"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 250, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.09, secure=1)],
            "app": {"id": app.key("bidhumpback"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidhumpback", f"{BH}/ortb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bh_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-bidhumpback", f"https://px.bidhumpback.example.org/{kind}", query={
        "auction": rid(rng), "bidid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.27", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def ct_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashtofua breadcrumb (``nav``, ``http``, ``ui``, ``log``)."""
    return {"ts": 1765319011.4, "category": kind, "message": message, "data": data or {}}


def ct_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Crashtofua envelope (JSON Lines under its own content type): the header, the item
    header, the event (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "crashtofua"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(64, DEV),
                                     "memory_free": L(1720320000, DEV),
                                     "timezone": L(TZ, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)},
                          "app": {"screen": L(screen, USAGE)}},
             "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "frames": [{"function": "onStart", "module": f"{screen}.kt",
                                       "lineno": 142}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T09:22:41.017Z",
             "dsn_key": app.key("crashtofua")}, {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-crashtofua", f"{CT}/api/7/envelope/", recs,
                 ctype="application/x-crashtofua-envelope", headers={"User-Agent": CTUA})


def ct_session(app: App, rng: random.Random, *, secs: int = 431) -> Case:
    """A session close (JSON): the user ID signed in, its length."""
    return case(f"{app.fam}-crashtofua", f"{CT}/api/7/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "started": "2025-12-10T08:58:10.104Z",
        "duration": L(secs, USAGE), "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": CTUA, "X-Crashtofua-Key": app.key("crashtofua")})


__all__ = ["af_event", "af_launch", "af_link", "bh_bid", "bh_notice", "ct_crash", "ct_crumb",
           "ct_session", "mk_batch", "mk_pixel", "mk_queue", "mk_traits"]
