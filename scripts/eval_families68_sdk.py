"""Measurement SDKs of the sixty-eighth set, built once and called by every app with its own events
and choices: analytics "Countmarsh", MMP/attribution "Sourcekelp", OpenRTB 2.5 ads "Bidlichen"
and crash reporting "Errorgrebe" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

CM = "https://in.countmarsh.example.com"
SK = "https://app.sourcekelp.example.net"
BL = "https://rtb.bidlichen.example.com"
EG = "https://notify.errorgrebe.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CMUA = "countmarsh-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _iso(i: int) -> str:
    return f"2025-12-09T22:{10 + i % 50:02d}:{(7 * i) % 60:02d}.{100 + i:03d}Z"


def cm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en-US", adid: bool = False) -> Case:
    """Countmarsh's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID signed in, one ``context`` (device, OS, locale, zone, network, screen), then the events."""
    ctx: dict[str, Any] = {
        "app": {"version": app.ver, "namespace": app.pkg},
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": 2.625},
        "library": {"name": "countmarsh-android", "version": "2.14.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": _iso(i)}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("countmarsh"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx,
                            "batch": batch, "sent_at": _iso(60)}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countmarsh", f"{CM}/v1/batch", body=body, gz=True,
                headers={"User-Agent": CMUA})


def cm_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Countmarsh's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    d: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "message_id": sdk_uuid(rng)}
    if user:
        d["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countmarsh", f"{CM}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "write_key": app.key("countmarsh")},
                headers={"User-Agent": CMUA})


def cm_screen(app: App, rng: random.Random, screen: str, props: dict[str, Any]) -> Case:
    """The signed-out screen beacon (GET): ``d`` is base64url JSON in the query (the install
    ID without dashes, the screen, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "s": L(screen, USAGE), "p": props}, "query", "d",
            "b64url", acc)
    return add(case(f"{app.fam}-countmarsh", f"{CM}/v1/p.gif", query={
        "wk": app.key("countmarsh"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def cm_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Countmarsh's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "timestamp": _iso(i), "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countmarsh", f"{CM}/v1/import", recs,
                 headers={"User-Agent": CMUA, "X-Countmarsh-Write-Key": app.key("countmarsh")})


def _sk_dev(roam: bool = False) -> dict[str, Any]:
    d: dict[str, Any] = {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                         "language": L("en", DEV), "mcc": L("310", CARRIER),
                         "mnc": L("260", CARRIER)}
    if roam:  # the visited network while abroad (it places her in Thailand)
        d.update(network_mcc=L("520", CARRIER), network_mnc=L("04", CARRIER))
    return d


def sk_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 4, roam: bool = False) -> Case:
    """Sourcekelp's install or session (JSON): the advertising ID, the SDK's own ID, the
    Android ID and the referrer on the first; the session count always."""
    body: dict[str, Any] = {"app_token": app.key("sourcekelp"), "gps_adid": L(GAID, ADID),
                            "sk_uid": L(sdk_uid(random.Random(f"{app.pkg}/sourcekelp")), DID),
                            "tracking_enabled": 1, "device": _sk_dev(roam),
                            "app_version": app.ver, "session_count": L(1 if first else n, USAGE),
                            "sdk_version": "android5.2.0", "created_at": _iso(3)}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["install_referrer"] = "utm_source=kelpads&utm_medium=cpi&utm_campaign=dec25"
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-sourcekelp", f"{SK}/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.0"})


def sk_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Sourcekelp event: ``partner_params`` a JSON string; hashed e-mail and phone in
    ``hashed_user`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("sourcekelp"), "gps_adid": L(GAID, ADID),
                            "event_token": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": _iso(9), "device": _sk_dev()}
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed_user"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                               "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-sourcekelp", f"{SK}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def sk_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-sourcekelp", f"{SK}/sdk_click", body={
        "app_token": app.key("sourcekelp"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": _iso(2), "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bl_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "USA",
           ipgeo: tuple[str, str, str] = ("NY", "New York", "10118"), lang: str = "en") -> Case:
    """A Bidlichen OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; the advertising ID in ``device.ifa``."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(ipgeo[0], COARSE), "city": L(ipgeo[1], COARSE),
                               "zip": L(ipgeo[2], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidlichen"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "emailhash.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "ifa": L(GAID, ADID), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
              "os": L("Android", DEV), "osv": L("14", DEV), "language": L(lang, DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidlichen"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"us_privacy": "1YNN"}}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidlichen", f"{BL}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bl_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, seat and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-bidlichen", "https://evt.bidlichen.example.com/win", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "seat": "s41",
        "crid": opaque(rng, "cr", 6), "price": "0.64", "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def eg_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Errorgrebe breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T22:41:07.310Z", "type": kind, "name": name,
            "metaData": meta or {}}


def eg_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York",
             locale: str = "en_US") -> Case:
    """A Errorgrebe error report (gzip JSON): the exception, breadcrumbs, the user, the device
    (its SDK ID, model, OS, locale, zone, memory, battery, root flag) and the screen."""
    ev = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
              {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
               "lineNumber": 88}]}],
          "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
          "user": user if user is not None else {"id": L(USER_ID, UID)},
          "app": {"version": app.ver, "releaseStage": "production", "inForeground": True},
          "device": {"id": L(sdk_id(app, "errorgrebe"), DID), "model": L("Pixel 8", DEV),
                     "manufacturer": L("Google", DEV), "osVersion": L("14", DEV),
                     "locale": L(locale, DEV), "timezone": L(tz, DEV),
                     "freeMemory": L(1843200000, DEV), "batteryLevel": L(0.58, DEV),
                     "jailbroken": L(False, DEV)},
          "metaData": meta or {}}
    return case(f"{app.fam}-errorgrebe", f"{EG}/v3/notify", gz=True, body={
        "apiKey": app.key("errorgrebe"), "payloadVersion": "5",
        "notifier": {"name": "Errorgrebe Android", "version": "6.1.0"}, "events": [ev]},
        headers={"User-Agent": "errorgrebe-android/6.1.0",
                 "Errorgrebe-Api-Key": app.key("errorgrebe"),
                 "Errorgrebe-Sent-At": "2025-12-09T22:41:09.002Z"})


def eg_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A Errorgrebe session start (JSON): the user ID signed in, the SDK's device ID."""
    s: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": "2025-12-09T22:02:11.004Z"}
    if user:
        s["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-errorgrebe", f"{EG}/v3/sessions", body={
        "notifier": {"name": "Errorgrebe Android", "version": "6.1.0"}, "sessions": [s],
        "app": {"version": app.ver, "releaseStage": "production"},
        "device": {"id": L(sdk_id(app, "errorgrebe"), DID), "model": L("Pixel 8", DEV),
                   "osVersion": L("14", DEV)}},
        headers={"User-Agent": "errorgrebe-android/6.1.0",
                 "Errorgrebe-Api-Key": app.key("errorgrebe")})


__all__ = ["bl_bid", "bl_win", "cm_batch", "cm_identify", "cm_queue", "cm_screen", "eg_crash",
           "eg_crumb", "eg_session", "sk_event", "sk_link", "sk_session"]
