"""Blind set twenty-one, part one: the third-party SDKs the set's apps embed for measurement, ads
and crashes (fictional vendors; see ``eval_families21.py`` for the rules of this set, its
conventions and its calls). The app modules call these builders with their own events and choices,
so one SDK's shape recurs across apps as in real captures.

Analytics ("Eventwell"): a batch of track/screen messages under one shared ``context`` (app, device
with the install ID and the advertising ID, OS, screen, locale, time zone, network with the carrier;
gzip or plain) and an identify call with traits. Attribution ("Trailmark"): the launch/event post of
the SDK (JSON: its own install ID, the advertising ID, device data, launch counters, the push token
for uninstall measurement, ``eventValue`` as a JSON string), an identity call with SHA-256 of the
normalised e-mail and phone, and a deep-link resolve (a URL in a JSON field). Ads ("Adwharf"):
OpenRTB 2.6 bid requests (gzip JSON), the SDK's own query-string ad request and win/impression/click
beacons. Crash ("Bugfinch"): an error report (JSON: exceptions, breadcrumbs, app, device with its
ABIs, user, metadata) and a session start.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADID,
    CARRIER,
    COARSE,
    DEV,
    DID,
    EMAIL_SHA256,
    IPLOC,
    MAIL,
    PHONE_SHA256,
    TEL,
    UID,
    USAGE,
    USER_SHA256,
)
from eval_families20_kit import T0, App, pos
from eval_payloads import (
    GAID,
    INSTALL_ID,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    U,
    W,
    case,
    rnd_hex,
    rnd_uuid,
)

EW = "https://api.eventwell.example.com"
TM = "https://launches.trailmark.example.net"
AW = "https://bid.adwharf.example.org"
BF = "https://notify.bugfinch.example.com"
WV_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 "
         "(KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.135 Mobile Safari/537.36")


def ew_context(app: App, *, adid: bool = True, carrier: bool = True) -> dict[str, Any]:
    dev: dict[str, Any] = {"id": L(INSTALL_ID, DID), "manufacturer": L("Google", DEV),
                           "model": L("Pixel 8", DEV), "type": "android"}
    if adid:
        dev.update({"advertisingId": L(GAID, ADID), "adTrackingEnabled": True})
    net: dict[str, Any] = {"wifi": L(True, DEV)}
    if carrier:
        net["carrier"] = L("Example Mobile", CARRIER)
    return {"app": {"name": app.name, "namespace": app.pkg, "version": app.ver,
                    "build": app.ver.replace(".", "")},
            "device": dev, "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": 420},
            "locale": L("en-US", DEV), "timezone": L("America/New_York", DEV), "network": net,
            "library": {"name": "eventwell-android", "version": "4.11.2"}}


def ew_msg(i: int, name: str, props: dict[str, Any] | None = None, *, kind: str = "track",
           uid: bool = True) -> dict[str, Any]:
    """A track or screen message: the event or screen name is ``behavior.usage``."""
    m: dict[str, Any] = {"type": kind, "event" if kind == "track" else "name": L(name, USAGE),
                         "properties": props or {}, "anonymousId": L(INSTALL_ID, DID),
                         "messageId": f"ew-{T0 + i:x}-{i:04d}",
                         "timestamp": f"2025-12-09T14:{10 + i:02d}:0{i % 10}.118Z"}
    if uid:
        m["userId"] = L(USER_ID, UID)
    return m


def ew_batch(app: App, msgs: list[dict[str, Any]], *, adid: bool = True,
             carrier: bool = True, gz: bool = True) -> Case:
    return case("eventwell", f"{EW}/v1/batch", headers={"X-EW-Write-Key": app.key("ew")},
                body={"batch": msgs, "context": ew_context(app, adid=adid, carrier=carrier),
                      "sentAt": "2025-12-09T14:20:31.007Z"}, gz=gz)


def ew_identify(app: App, traits: dict[str, Any], *, uid: bool = True) -> Case:
    body: dict[str, Any] = {"type": "identify", "anonymousId": L(INSTALL_ID, DID),
                            "traits": traits, "messageId": f"ew-id-{T0:x}",
                            "context": {"locale": L("en-US", DEV),
                                        "library": {"name": "eventwell-android"}}}
    if uid:
        body["userId"] = L(USER_ID, UID)
    return case("eventwell", f"{EW}/v1/identify", headers={"X-EW-Write-Key": app.key("ew")},
                body=body)


def _tm(app: App, uid: str) -> dict[str, Any]:
    return {"advertiserId": L(GAID, ADID), "advertiserIdEnabled": "true", "uid": L(uid, DID),
            "appsflyerKey": app.key("tm"), "app_version_name": app.ver,
            "af_timestamp": str((T0 + 4) * 1000), "brand": L("google", DEV),
            "model": L("Pixel 8", DEV), "sdk": L("34", DEV), "lang_code": L("en", DEV),
            "operator": L("Example Mobile", CARRIER), "carrier": L("Example Mobile", CARRIER),
            "installer_package": "com.android.vending", "platformextension": "android_native"}


def tm_launch(app: App, uid: str, count: int, *, push: str | None = None,
              referrer: str = "", cuid: bool = False) -> Case:
    """The SDK's launch post: device data, counters, the install referrer."""
    body = {**_tm(app, uid), "counter": L(str(count), USAGE), "iaecounter": L("0", USAGE),
            "timepassedsincelastlaunch": L(str(86400 if count > 1 else -1), USAGE),
            "firstLaunchDate": "2025-12-01_091244-0500", "referrer": referrer,
            "deviceData": {"cpu_abi": L("arm64-v8a", DEV),
                           "build_display_id": L("AP2A.240905.003", DEV),
                           "dim": {"x_px": L("1080", DEV), "y_px": L("2400", DEV),
                                   "d_dpi": L("420", DEV), "size": "2"}}}
    if push:
        body["af_gcm_token"] = L(push, DID)
    if cuid:
        body["customer_user_id"] = L(USER_ID, UID)
    return case("trailmark", f"{TM}/api/v6.15/androidevent", body=body,
                query={"app_id": app.pkg, "buildnumber": "6.15.0"})


def tm_event(app: App, uid: str, name: str, value: dict[str, Any], n: int = 2) -> Case:
    """An in-app event; ``eventValue`` is the event's parameters as a JSON string."""
    body = {**_tm(app, uid), "eventName": L(name, USAGE), "eventValue": W(value, "json"),
            "iaecounter": L(str(n), USAGE), "customer_user_id": L(USER_ID, UID)}
    return case("trailmark", f"{TM}/api/v6.15/androidevent", body=body,
                query={"app_id": app.pkg, "buildnumber": "6.15.0"})


def tm_identity(app: App, uid: str, *, phone: bool = True) -> Case:
    body: dict[str, Any] = {"app_id": app.pkg, "uid": L(uid, DID),
                            "customer_user_id": L(USER_ID, UID),
                            "emails": [{"type": "sha256", "value": L(EMAIL_SHA256, MAIL)}]}
    if phone:
        body["phone"] = {"type": "sha256", "value": L(PHONE_SHA256, TEL)}
    return case("trailmark", f"{TM}/api/v1/identity", body=body)


def tm_resolve(app: App, uid: str, link: str, params: dict[str, Any]) -> Case:
    return case("trailmark", f"{TM}/api/v1/deeplink/resolve", body={
        "app_id": app.pkg, "uid": L(uid, DID), "advertiserId": L(GAID, ADID),
        "link": U(link, params), "is_first_launch": False})


def aw_bid(app: App, rng: random.Random, tag: str, *, size: tuple[int, int] = (320, 50),
           nd: int = 3, user: dict[str, Any] | None = None, hashed: bool = False,
           city: bool = True, gz: bool = True) -> Case:
    """An OpenRTB 2.6 bid request from the app's ad SDK (geo at ``nd`` decimals)."""
    lat, lon = pos(nd)
    geo: dict[str, Any] = {"lat": lat, "lon": lon, "type": 1 if nd >= 3 else 2,
                           "accuracy": 20 if nd >= 3 else 5000,
                           "country": L("USA", COARSE), "utcoffset": L(-300, DEV)}
    if city:
        geo.update({"region": L("NY", COARSE), "city": L("New York", COARSE),
                    "zip": L("10118", COARSE)})
    dev = {"ua": L(WV_UA, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "dnt": 0, "lmt": 0,
           "devicetype": L(4, DEV), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
           "os": L("android", DEV), "osv": L("14", DEV), "w": L(1080, DEV), "h": L(2400, DEV),
           "pxratio": L(2.625, DEV), "language": L("en", DEV),
           "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
           "connectiontype": L(2, DEV), "ifa": L(GAID, ADID)}
    w, h = size
    imp = {"id": "1", "tagid": tag, "bidfloor": round(rng.uniform(0.05, 1.2), 2),
           "bidfloorcur": "USD", "secure": 1, "instl": int(h >= 480),
           "banner": {"w": w, "h": h, "api": [3, 5, 7]}}
    usr: dict[str, Any] = dict(user or {})
    if hashed:
        usr["eids"] = [{"source": "hashed-id.example.com",
                        "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    body = {"id": rnd_uuid(rng), "imp": [imp], "device": dev, "user": usr, "at": 1,
            "tmax": 500, "cur": ["USD"], "source": {"tid": rnd_uuid(rng)},
            "app": {"id": app.key("aw"), "name": app.name, "bundle": app.pkg, "ver": app.ver,
                    "storeurl": f"https://play.example.com/store/apps/details?id={app.pkg}",
                    "publisher": {"id": "pub_" + rnd_hex(rng, 8)}},
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}}}
    return case("adwharf", f"{AW}/openrtb2/auction", headers={"X-OpenRTB-Version": "2.6"},
                body=body, gz=gz)


def aw_user(yob: bool = True, gender: bool = False) -> dict[str, Any]:
    u: dict[str, Any] = {"id": L(USER_SHA256, UID)}
    if yob:
        u["yob"] = L(1991, "personal.birthdate")
    if gender:
        u["gender"] = L("F", "personal.gender")
    return u


def aw_request(app: App, rng: random.Random, placement: str, fmt: str) -> Case:
    """The SDK's own ad request (a query string, 2-decimal position, as many SDKs send)."""
    lat, lon = pos(2)
    return case("adwharf", f"{AW}/sdk/v3/ad", query={
        "app": app.key("aw"), "placement": placement, "fmt": fmt, "gaid": L(GAID, ADID),
        "lat": lat, "lon": lon, "make": L("Google", DEV), "model": L("Pixel 8", DEV),
        "os": L("android", DEV), "osv": L("14", DEV), "conn": L("wifi", DEV),
        "carrier": L("Example Mobile", CARRIER), "lang": L("en", DEV), "tz": L("-300", DEV),
        "sw": L("1080", DEV), "sh": L("2400", DEV), "sdk": "aw-9.2.0",
        "rid": rnd_uuid(rng), "ts": str((T0 + 70) * 1000)})


def aw_beacon(rng: random.Random, kind: str, *, gaid: bool = False) -> Case:
    q: dict[str, Any] = {"auc": rnd_uuid(rng), "imp": "1", "cr": "cr_" + rnd_hex(rng, 6),
                         "p": f"{rng.uniform(0.2, 2.5):.4f}", "cb": rnd_hex(rng, 10)}
    if gaid:
        q["gaid"] = L(GAID, ADID)
    return case("adwharf", f"{AW}/t/{kind}", query=q)


def bf_app(app: App, duration: int) -> dict[str, Any]:
    return {"id": app.pkg, "version": app.ver, "versionCode": int(app.ver.replace(".", "")),
            "releaseStage": "production", "duration": L(duration, USAGE), "inForeground": True,
            "type": "android"}


def bf_device(battery: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {"id": L(INSTALL_ID, DID), "manufacturer": L("Google", DEV),
                         "model": L("Pixel 8", DEV), "osName": L("android", DEV),
                         "osVersion": L("14", DEV), "apiLevel": L(34, DEV),
                         "cpuAbi": [L("arm64-v8a", DEV), L("armeabi-v7a", DEV)],
                         "jailbroken": L(False, DEV), "time": "2025-12-09T14:21:07.331Z"}
    if battery:
        d.update({"batteryLevel": L(0.58, DEV), "totalMemory": L(7823421440, DEV)})
    return d


def bf_error(app: App, rng: random.Random, cls: str, msg: Any, crumbs: list[str], *,
             user: dict[str, Any] | None = None, severity: str = "error",
             meta: dict[str, Any] | None = None) -> Case:
    """An error report: the exception, screen breadcrumbs, app, device and user."""
    frames = [{"method": f"{app.pkg}.ui.{rng.choice(['Home', 'Detail', 'List'])}Fragment."
                         f"on{rng.choice(['Bind', 'Click', 'Resume'])}",
               "file": rng.choice(["HomeFragment.kt", "DetailFragment.kt", "ListAdapter.kt"]),
               "lineNumber": rng.randrange(20, 700), "inProject": True} for _ in range(3)]
    ev = {"exceptions": [{"errorClass": cls, "message": msg, "stacktrace": frames,
                          "type": "android"}],
          "breadcrumbs": [{"timestamp": f"2025-12-09T14:1{i}:0{i}.000Z", "type": "navigation",
                           "name": "Activity resumed",
                           "metaData": {"screen": L(s, USAGE)}} for i, s in enumerate(crumbs)],
          "severity": severity, "unhandled": severity == "error" and not meta,
          "app": bf_app(app, rng.randrange(30000, 900000)), "device": bf_device(),
          "user": user if user is not None else {"id": L(USER_ID, UID)},
          "metaData": meta or {}, "context": L(crumbs[-1], USAGE)}
    return case("bugfinch", f"{BF}/notify", headers={
        "Bugfinch-Api-Key": app.key("bf"), "Bugfinch-Payload-Version": "5",
        "Bugfinch-Sent-At": "2025-12-09T14:21:07.402Z"}, body={
        "apiKey": app.key("bf"), "payloadVersion": "5",
        "notifier": {"name": "Bugfinch Android", "version": "6.10.0"}, "events": [ev]})


def bf_session(app: App, rng: random.Random, *, uid: bool = True) -> Case:
    user: dict[str, Any] = {"id": L(USER_ID, UID)} if uid else {}
    return case("bugfinch", "https://sessions.bugfinch.example.com/", headers={
        "Bugfinch-Api-Key": app.key("bf"), "Bugfinch-Payload-Version": "1.0"}, body={
        "notifier": {"name": "Bugfinch Android", "version": "6.10.0"},
        "app": bf_app(app, 0), "device": bf_device(battery=False),
        "sessions": [{"id": rnd_uuid(rng), "startedAt": "2025-12-09T14:02:11.000Z",
                      "user": user}]})
