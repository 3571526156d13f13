"""Measurement SDKs of the hundred-and-eighth set, built once and called by every app with its own
events and choices: analytics "Msasametry", MMP/attribution "Attrimopane", OpenRTB 2.5 ads
"Bidnyala" and crash reporting "Crashmukwa" (fictional vendors, hosts under example.*). The phone
is in Harare: time zone ``Africa/Harare``, the US SIM roaming (network country ``ZW``)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families108_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    GENDER,
    IPLOC,
    MAIL,
    PRECISE,
    TEL,
    UID,
    USAGE,
)
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

MS = "https://api.msasametry.example.com"
AT = "https://app.attrimopane.example.net"
BN = "https://rtb.bidnyala.example.com"
CM = "https://notify.crashmukwa.example.org"
TZ = "Africa/Harare"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MSUA = "Msasametry-Android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App) -> dict[str, Any]:
    return {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L("en-US", DEV), "timezone": L(TZ, DEV),
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV),
                        "roaming": L(True, DEV)},
            "screen": L("1080x2400@420dpi", DEV),
            "app": {"version": app.ver, "namespace": app.pkg}}


def ms_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2) -> Case:
    """Msasametry's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, one ``context`` (device, OS, locale, zone, carrier, screen; ``ll`` a ``lat,lon``
    string at ``nd`` decimals), then the events."""
    ctx = _ctx(app)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        ctx["ll"] = L(f"{at[0]:.{nd}f},{at[1]:.{nd}f}", PRECISE if nd >= 3 else COARSE)
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-10T06:{12 + i:02d}:08.311Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("msasametry"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sent_at": "2025-12-10T06:31:44.020Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-msasametry", f"{MS}/v1/batch", body=body, gz=True,
                headers={"User-Agent": MSUA})


def ms_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Msasametry's identify: a form whose ``data`` field is base64 JSON."""
    d = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("msasametry")}
    return case(f"{app.fam}-msasametry", f"{MS}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": MSUA})


def ms_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Msasametry's offline queue flushed when the phone is back on data: JSON Lines."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props,
             "timestamp": (T0 + 40000 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-msasametry", f"{MS}/v1/import", recs,
                 headers={"User-Agent": MSUA, "X-Msasametry-Key": app.key("msasametry")})


def ms_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-msasametry", f"{MS}/v1/p.gif", query={
        "k": app.key("msasametry"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _at_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "mopane_uid": L(sdk_uid(random.Random(f"{app.pkg}/attrimopane")), DID)}


def _at_dev() -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "mcc_mnc": L(MCCMNC, CARRIER),
            "network_country": L("zw", CARRIER), "tz": L(TZ, DEV)}


def at_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Attrimopane's session start (JSON): the first carries the Android ID and the install
    referrer; each the session count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("attrimopane"), **_at_ids(app), **_at_dev(),
                            "app_version": app.ver, "session_count": L(1 if first else n, USAGE),
                            "sdk_version": "android5.2.1", "request_id": rid(rng)}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=msasa_net&utm_medium=cpi&utm_campaign=zw12",
                    click_time=1765290417)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attrimopane", f"{AT}/v5/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def at_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attrimopane event (a form): ``callback_params`` a JSON string of the parameters;
    revenue and hashed e-mail and phone as fields when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("attrimopane"), **_at_ids(app),
                            "event_token": L(name, USAGE), "callback_params": W(params, "json"),
                            "created_at": "2025-12-10T06:41:02.118+0200",
                            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV)}
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-attrimopane", f"{AT}/v5/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def at_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrimopane", f"{AT}/v5/deeplink", body={
        "app_token": app.key("attrimopane"), **_at_ids(app), "deeplink": link,
        "click_time": 1765339914, "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bn_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, coppa: bool = False) -> Case:
    """A Bidnyala OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo (Harare);
    ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed placement (no advertising ID)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("ZWE", COARSE),
                               "region": L("ZW-HA", COARSE), "city": L("Harare", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("ZWE", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidnyala"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "idhash.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("bidnyala"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub-", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidnyala", f"{BN}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bn_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price are negatives."""
    return case(f"{app.fam}-bidnyala", f"https://ev.bidnyala.example.com/{kind}", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.11", "ifa": L(GAID, ADID), "app": app.pkg},
        headers={"User-Agent": L(app.ua, DEV)})


def _cm_dev(app: App) -> dict[str, Any]:
    return {"id": L(sdk_id(app, "crashmukwa"), DID), "manufacturer": L("Google", DEV),
            "model": L("Pixel 8", DEV), "osName": L("android", DEV), "osVersion": L("14", DEV),
            "locale": L("en_US", DEV), "timezone": L(TZ, DEV), "jailbroken": L(False, DEV),
            "freeDisk": L(38102441984, DEV), "batteryLevel": L(0.41, DEV)}


def cm_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity") -> Case:
    """A Crashmukwa report (gzip JSON): the API key, one event with the exception, breadcrumbs
    (``{"name", "type", "metaData"}``), the app, the device, the user and metadata."""
    ev = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
              {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
               "lineNumber": 88}]}],
          "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
          "app": {"version": app.ver, "releaseStage": "production", "id": app.pkg},
          "device": _cm_dev(app), "user": user if user is not None else {"id": L(USER_ID, UID)},
          "metaData": meta or {}, "session": {"id": sdk_uuid(rng), "events": {"handled": 0}}}
    return case(f"{app.fam}-crashmukwa", f"{CM}/v2/events", gz=True, body={
        "apiKey": app.key("crashmukwa"), "payloadVersion": "5",
        "notifier": {"name": "Crashmukwa Android", "version": "6.1.0"}, "events": [ev]},
        headers={"User-Agent": "Crashmukwa-Android/6.1.0",
                 "Crashmukwa-Sent-At": "2025-12-10T06:52:10.004Z"})


def cm_crumb(name: str, kind: str = "navigation", meta: dict[str, Any] | None = None
             ) -> dict[str, Any]:
    """A Crashmukwa breadcrumb (``navigation``, ``request``, ``user``, ``state``)."""
    return {"timestamp": "2025-12-10T06:51:58.310Z", "name": name, "type": kind,
            "metaData": meta or {}}


def cm_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session start (JSON): the device block and the user ID signed in."""
    return case(f"{app.fam}-crashmukwa", f"{CM}/v2/sessions", body={
        "notifier": {"name": "Crashmukwa Android", "version": "6.1.0"},
        "app": {"version": app.ver, "releaseStage": "production"}, "device": _cm_dev(app),
        "sessions": [{"id": sdk_uuid(rng), "startedAt": "2025-12-10T06:40:01.101Z",
                      "user": {"id": L(USER_ID, UID)} if user else {}}]},
        headers={"User-Agent": "Crashmukwa-Android/6.1.0",
                 "Crashmukwa-Api-Key": app.key("crashmukwa")})


__all__ = ["at_event", "at_link", "at_session", "bn_bid", "bn_notice", "cm_crash", "cm_crumb",
           "cm_session", "ms_batch", "ms_identify", "ms_pixel", "ms_queue"]
