"""Measurement SDKs of the sixty-first set, built once and called by every app with its own
events and choices: analytics "Tallowfinch", MMP/attribution "Installmere", OpenRTB 2.5 ads
"Ortbirch" and crash reporting "Crashmire" (fictional vendors, hosts under example.*)."""

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
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

TF = "https://in.tallowfinch.example.com"
IM = "https://app.installmere.example.net"
OB = "https://rtb.ortbirch.example.com"
CM = "https://notify.crashmire.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TFUA = "tallowfinch-android/2.14.0"
US_SIM = ("Example Mobile", "310", "260")


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def tf_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             tz: str = "America/New_York", locale: str = "en-US",
             sim: tuple[str, str, str] = US_SIM) -> Case:
    """Tallowfinch's batch (gzip JSON, camelCase): the anonymous ID (the install ID), the user
    ID signed in, a ``context`` (device, OS, screen, network, locale, zone, optionally the IP
    and a position at ``nd`` decimals), then the track calls."""
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                   "type": "android"},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": 2.625},
        "network": {"carrier": L(sim[0], CARRIER), "wifi": True, "cellular": False},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "library": {"name": "tallowfinch-android", "version": "2.14.0"}}
    if adid:
        ctx["device"].update(advertisingId=L(GAID, ADID), adTrackingEnabled=True)
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"type": "track", "event": L(name, USAGE), "properties": props,
            "messageId": sdk_uuid(rng), "timestamp": f"2025-12-09T23:{10 + i:02d}:41.207Z"}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"writeKey": app.key("tallowfinch"), "anonymousId": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sentAt": "2025-12-09T23:31:02.118Z"}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallowfinch", f"{TF}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TFUA})


def tf_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Tallowfinch's identify: a form whose ``data`` field is base64 JSON with the traits."""
    p: dict[str, Any] = {"anonymousId": L(INSTALL_ID, DID), "traits": traits,
                         "writeKey": app.key("tallowfinch")}
    if user:
        p["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallowfinch", f"{TF}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": TFUA})


def tf_screen(app: App, rng: random.Random, screen: str, *, user: bool = False) -> Case:
    """A screen beacon (GET): the install ID without dashes, the screen, the time."""
    q: dict[str, Any] = {"wk": app.key("tallowfinch"), "aid": L(IID_NODASH, DID),
                         "s": L(screen, USAGE), "t": str(T0 * 1000 + 4411),
                         "r": opaque(rng, "", 8)}
    if user:
        q["uid"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallowfinch", f"{TF}/v1/p", query=q,
                headers={"User-Agent": L(DALVIK, DEV)})


def tf_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymousId": L(INSTALL_ID, DID), "properties": props,
                             "messageId": sdk_uuid(rng), "ts": (T0 - 4300 + 61 * i) * 1000}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallowfinch", f"{TF}/v1/import", recs,
                 headers={"User-Agent": TFUA, "X-Tallowfinch-Key": app.key("tallowfinch")})


def _im_base(app: App, sim: tuple[str, str, str] = US_SIM) -> dict[str, Any]:
    return {"app_token": app.key("installmere"), "gps_adid": L(GAID, ADID),
            "im_uid": L(sdk_uid(random.Random(f"{app.pkg}/installmere")), DID),
            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "mcc": L(sim[1], CARRIER), "mnc": L(sim[2], CARRIER),
            "network_type": L("13", DEV), "app_version": app.ver, "sdk": "im4.2.0"}


def im_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 7, secs: int = 740, sim: tuple[str, str, str] = US_SIM) -> Case:
    """Installmere's session (a form): the first carries the Android ID and the referrer; every
    one the session count and time spent; ``user`` the app's user ID in ``callback_params`` (a
    JSON string in a form field)."""
    body = _im_base(app, sim)
    body.update(session_count=L(1 if first else n, USAGE), time_spent=L(0 if first else secs,
                                                                       USAGE),
                created_at="2025-12-09T23:02:11.412Z+0000", sent_at="2025-12-09T23:02:11.903Z")
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=imnet&utm_medium=cpi&utm_campaign=dec_w2",
                    install_begin_time="2025-12-09T22:58:40.000Z")
    if user:
        body["callback_params"] = W({"uid": L(USER_ID, UID)}, "json")
    kind = "install" if first else "session"
    return case(f"{app.fam}-installmere", f"{IM}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.2.0"})


def im_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True, sim: tuple[str, str, str] = US_SIM) -> Case:
    """An Installmere event (a form): the event's token and name, ``callback_params`` a JSON
    string of the app's parameters, ``partner_params`` the hashed e-mail and phone."""
    body = _im_base(app, sim)
    cb = dict(params)
    if user:
        cb["uid"] = L(USER_ID, UID)
    body.update(event_token=opaque(rng, "", 6), event_name=L(name, USAGE),
                callback_params=W(cb, "json"), created_at="2025-12-09T23:21:40.118Z+0000")
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    if hashed:
        body["partner_params"] = W({"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_SHA256, TEL)},
                                   "json")
    return case(f"{app.fam}-installmere", f"{IM}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.2.0"})


def im_attribution(app: App, rng: random.Random) -> Case:
    """The attribution poll (GET with a query string)."""
    q = {k: v for k, v in _im_base(app).items() if k in ("app_token", "gps_adid", "im_uid")}
    q.update(initiated_by="sdk", created_at="2025-12-09T23:02:14.007Z+0000")
    return case(f"{app.fam}-installmere", f"{IM}/attribution", query=q,
                headers={"User-Agent": L(DALVIK, DEV)})


def im_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (JSON; a URL in a field, labelled per parameter)."""
    return case(f"{app.fam}-installmere", f"{IM}/sdk_click", body={
        "app_token": app.key("installmere"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T23:01:58.221Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def ob_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, coppa: bool = False,
           where: tuple[str, str, str, str] = ("USA", "NY", "New York", "10118"),
           sim: tuple[str, str, str] = US_SIM, lang: str = "en") -> Case:
    """An Ortbirch OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo,
    ``device.mccmnc`` with a dash, ``user.id`` the SDK's buyer ID; ``coppa``: no advertising
    ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(where[0], COARSE),
                               "region": L(where[1], COARSE), "city": L(where[2], COARSE),
                               "zip": L(where[3], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "country": L(where[0], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "ortbirch"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "idmatch.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L(lang, DEV), "carrier": L(sim[0], CARRIER),
                              "mccmnc": L(f"{sim[1]}-{sim[2]}", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("ortbirch"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "op", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-ortbirch", f"{OB}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def ob_notice(app: App, rng: random.Random, kind: str, *, ifa: bool = True) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    q: dict[str, Any] = {"auction_id": rid(rng), "bid_id": opaque(rng, "", 16),
                         "crid": opaque(rng, "cr", 6), "price": "0.64", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-ortbirch", f"https://px.ortbirch.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def cm_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashmire breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T23:24:01.118Z", "type": kind, "name": name,
            "metaData": meta or {}}


def cm_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
              screen: str = "MainActivity", tz: str = "America/New_York",
              locale: str = "en_US") -> Case:
    """A Crashmire error report (gzip JSON): the exception, breadcrumbs, the user, the device
    (its SDK ID, model, OS, locale, zone, memory, disk, battery, orientation, root flag), the
    screen in ``context`` and the app's own ``metaData``."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
                 "lineNumber": 88}]}],
             "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "app": {"version": app.ver, "releaseStage": "production",
                     "durationInForeground": L(212000, USAGE)},
             "device": {"id": L(sdk_id(app, "crashmire"), DID), "manufacturer": L("Google", DEV),
                        "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                        "locale": L(locale, DEV), "timezone": L(tz, DEV),
                        "freeMemory": L(1822461952, DEV), "freeDisk": L(38811520000, DEV),
                        "batteryLevel": L(0.57, DEV), "orientation": L("portrait", DEV),
                        "jailbroken": L(False, DEV)},
             "metaData": meta or {}, "session": {"id": sdk_uuid(rng),
                                                 "startedAt": "2025-12-09T23:20:09.004Z"}}
    body = {"apiKey": app.key("crashmire"), "payloadVersion": "5",
            "notifier": {"name": "Crashmire Android", "version": "6.1.2"}, "events": [event]}
    return case(f"{app.fam}-crashmire", f"{CM}/events", body=body, gz=True,
                headers={"User-Agent": "crashmire-android/6.1.2",
                         "Crashmire-Api-Key": app.key("crashmire"),
                         "Crashmire-Sent-At": "2025-12-09T23:24:02.411Z"})


def cm_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session start (JSON): the user ID signed in (none signed out), the device's SDK ID."""
    s: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": "2025-12-09T23:01:09.221Z"}
    if user:
        s["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-crashmire", "https://sessions.crashmire.example.org/", body={
        "notifier": {"name": "Crashmire Android", "version": "6.1.2"},
        "app": {"version": app.ver, "releaseStage": "production"},
        "device": {"id": L(sdk_id(app, "crashmire"), DID), "model": L("Pixel 8", DEV),
                   "osVersion": L("14", DEV)}, "sessions": [s]},
        headers={"User-Agent": "crashmire-android/6.1.2",
                 "Crashmire-Api-Key": app.key("crashmire")})


def tf_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out web-view beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(INSTALL_ID, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallowfinch", f"{TF}/v1/w", query={
        "wk": app.key("tallowfinch"), "d": d}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


__all__ = ["US_SIM", "cm_crumb", "cm_report", "cm_session", "im_attribution", "im_event",
           "im_link", "im_session", "ob_bid", "ob_notice", "tf_batch", "tf_identify",
           "tf_pixel", "tf_queue", "tf_screen"]
