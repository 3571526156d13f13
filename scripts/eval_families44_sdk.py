"""Measurement SDKs of the forty-fourth set, built once and called by every app with its own
events and choices: analytics "Tallybrook", MMP/attribution "Linkrook", OpenRTB 2.5 ads
"Bidsorrel" and crash reporting "Crashfinch" (fictional vendors, hosts under example.*)."""

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

TB = "https://api.tallybrook.example.com"
LR = "https://app.linkrook.example.net"
BS = "https://rtb.bidsorrel.example.com"
CF = "https://notify.crashfinch.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TBUA = "tallybrook-android/2.6.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _tbctx(app: App, *, adid: bool, at: Pt | None, nd: int, tz: str,
           locale: str) -> dict[str, Any]:
    dev: dict[str, Any] = {"id": L(sdk_id(app, "tallybrook"), DID),
                           "manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)}
    if adid:
        dev["advertisingId"] = L(GAID, ADID)
    ctx: dict[str, Any] = {"app": {"name": app.name, "version": app.ver}, "device": dev,
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
                           "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
                           "library": {"name": "tallybrook-android", "version": "2.6.0"}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    return ctx


def tb_track(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US", gz: bool = True) -> Case:
    """Tallybrook's batch (gzip JSON): each event with the install ID as ``anonymousId`` and the
    user ID signed in; one ``context`` (the SDK's device ID, model, OS, locale, zone, carrier,
    screen and, with ``at``, a position at ``nd`` decimals)."""
    batch = []
    for i, (name, props) in enumerate(events):
        e: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": f"2025-12-10T18:{10 + i:02d}:07.311Z"}
        if user:
            e["userId"] = L(USER_ID, UID)
        batch.append(e)
    body = {"batch": batch, "context": _tbctx(app, adid=adid, at=at, nd=nd, tz=tz, locale=locale),
            "writeKey": app.key("tallybrook"), "sentAt": "2025-12-10T18:19:44.020Z"}
    return case(f"{app.fam}-tallybrook", f"{TB}/v1/batch", body=body, gz=gz,
                headers={"User-Agent": TBUA})


def tb_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Tallybrook's identify call: a form whose ``data`` field is base64 JSON (traits)."""
    d: dict[str, Any] = {"anonymousId": L(INSTALL_ID, DID), "traits": traits,
                         "writeKey": app.key("tallybrook"), "messageId": sdk_uuid(rng)}
    if user:
        d["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallybrook", f"{TB}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": TBUA})


def tb_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Tallybrook's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "messageId": sdk_uuid(rng)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallybrook", f"{TB}/v1/import", recs,
                 headers={"User-Agent": TBUA, "X-Tallybrook-Key": app.key("tallybrook")})


def tb_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallybrook", f"{TB}/v1/p.gif", query={
        "wk": app.key("tallybrook"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _lr(app: App) -> dict[str, Any]:
    return {"app_token": app.key("linkrook"), "gps_adid": L(GAID, ADID),
            "lr_uid": L(sdk_uid(random.Random(f"{app.pkg}/linkrook")), DID),
            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "created_at": "2025-12-10T18:02:11.204Z+0100", "sdk": "android4.38.2"}


def lr_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5) -> Case:
    """A Linkrook session (a form): the first carries the Android ID and the install referrer;
    every one the session count; ``user`` the app's user ID."""
    body: dict[str, Any] = {**_lr(app), "session_count": L(1 if first else n, USAGE),
                            "app_version": app.ver}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=rookads&utm_medium=cpi&utm_campaign=d12",
                    install_begin_time="2025-12-10T17:58:40Z")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-linkrook", f"{LR}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def lr_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Linkrook event (a form): ``callback_params`` a JSON string; revenue when paid; the
    SHA-256 of the e-mail and phone when the app passes them."""
    body: dict[str, Any] = {**_lr(app), "event_token": L(token, USAGE),
                            "callback_params": W(params, "json"), "event_count": 7}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-linkrook", f"{LR}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def lr_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (JSON; a URL in a field, labelled per parameter)."""
    return case(f"{app.fam}-linkrook", f"{LR}/sdk_click", body={
        "app_token": app.key("linkrook"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-10T18:22:09Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bs_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "USA",
           city: tuple[str, str, str] = ("NY", "New York", "10118"), gz: bool = False) -> Case:
    """A Bidsorrel OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (region, city, ZIP); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(city[0], COARSE), "city": L(city[1], COARSE),
                               "zip": L(city[2], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidsorrel"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "hashid.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV),
              "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidsorrel"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidsorrel", f"{BS}/openrtb2/auction", body=body, gz=gz,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bs_win(app: App, rng: random.Random, price: str = "0.64") -> Case:
    """A win notice: auction, bid, seat and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-bidsorrel", "https://win.bidsorrel.example.com/w", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "seat": "s9", "crid": opaque(rng, "cr", 6),
        "p": price, "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def cf_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashfinch breadcrumb (``navigation``, ``request``, ``user``, ``state``)."""
    return {"timestamp": "2025-12-10T18:24:51.118Z", "type": kind, "name": name,
            "metaData": meta or {}}


def cf_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
              context: str = "MainActivity", tz: str = "America/New_York",
              locale: str = "en_US") -> Case:
    """A Crashfinch error report (gzip JSON): the user, the SDK's device ID, the device's
    model, OS, locale, zone, storage and battery, the screen as ``context``, breadcrumbs."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                {"method": f"{app.pkg}.ui.{context}.onResume", "file": f"{context}.kt",
                 "lineNumber": 88}]}],
             "breadcrumbs": crumbs, "context": L(context, USAGE), "severity": "error",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                     "inForeground": True, "durationInForeground": L(212000, USAGE)},
             "device": {"id": L(sdk_id(app, "crashfinch"), DID), "manufacturer": L("Google", DEV),
                        "model": L("Pixel 8", DEV), "osName": L("android", DEV),
                        "osVersion": L("14", DEV), "locale": L(locale, DEV),
                        "timezone": L(tz, DEV), "freeDisk": L(38211330048, DEV),
                        "batteryLevel": L(0.57, DEV), "charging": L(False, DEV),
                        "jailbroken": L(False, DEV)},
             "metaData": meta or {}}
    return case(f"{app.fam}-crashfinch", f"{CF}/v2/events", gz=True, body={
        "apiKey": app.key("crashfinch"), "payloadVersion": "5",
        "notifier": {"name": "Crashfinch Android", "version": "6.1.0"}, "events": [event]},
        headers={"User-Agent": "crashfinch-android/6.1.0",
                 "Crashfinch-Sent-At": "2025-12-10T18:25:02.004Z"})


def cf_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session start (JSON): the session's ID, the user, the SDK's device ID."""
    return case(f"{app.fam}-crashfinch", f"{CF}/v2/sessions", body={
        "notifier": {"name": "Crashfinch Android", "version": "6.1.0"},
        "sessions": [{"id": sdk_uuid(rng), "startedAt": "2025-12-10T18:01:40.300Z",
                      "user": {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID)}}],
        "device": {"id": L(sdk_id(app, "crashfinch"), DID), "model": L("Pixel 8", DEV),
                   "osVersion": L("14", DEV)},
        "app": {"version": app.ver, "releaseStage": "production"}},
        headers={"User-Agent": "crashfinch-android/6.1.0",
                 "Crashfinch-Api-Key": app.key("crashfinch")})


__all__ = ["bs_bid", "bs_win", "cf_crumb", "cf_report", "cf_session", "lr_event", "lr_link",
           "lr_session", "tb_identify", "tb_pixel", "tb_queue", "tb_track"]
