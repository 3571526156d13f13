"""Measurement SDKs of the hundred-and-fifth set, built once and called by every app with its own
events and choices: analytics "Gananka", MMP/attribution "Jaadalink", OpenRTB 2.5 ads
"Prakatanix" and crash reporting "Virugulog" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

GN = "https://in.gananka.example.com"
JL = "https://s2s.jaadalink.example.net"
PX = "https://rtb.prakatanix.example.com"
VL = "https://collect.virugulog.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
GNUA = "Gananka-Android/2.14.0"
TZ = "Asia/Kolkata"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, *, adid: bool, at: Pt | None, nd: int, city: str | None) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "build": "41"},
        "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L("en-IN", DEV), "timezone": L(TZ, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "screen": {"density": L(2.625, DEV)},
        "ip": L(PUBLIC_IP, IPLOC), "library": {"name": "gananka-android", "version": "2.14.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    if city:
        ctx["location"] = dict(ctx.get("location", {}), city=L(city, COARSE))
    return ctx


def gn_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             city: str | None = None) -> Case:
    """Gananka's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, locale, zone, carrier, screen, the public IP, a
    position or city when given) and ``track`` messages."""
    msgs = [{"type": "track", "event": L(name, USAGE), "properties": props,
             "message_id": sdk_uuid(rng), "timestamp": f"2025-12-10T08:{10 + i:02d}:04.118+05:30"}
            for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("gananka"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": _ctx(app, adid=adid, at=at, nd=nd, city=city),
                            "batch": msgs, "sent_at": "2025-12-10T08:14:41.902+05:30"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gananka", f"{GN}/v1/batch", body=body, gz=True,
                headers={"User-Agent": GNUA})


def gn_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Gananka's identify (a form): ``data`` is base64 JSON with the IDs and the traits."""
    d = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "message_id": sdk_uuid(rng)}
    return case(f"{app.fam}-gananka", f"{GN}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "write_key": app.key("gananka")},
                headers={"User-Agent": GNUA})


def gn_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed on reconnect: JSON Lines, the IDs on every line."""
    recs = [{"type": "track", "event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props, "message_id": sdk_uuid(rng),
             "ts": (T0 - 7200 + 61 * i) * 1000} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-gananka", f"{GN}/v1/import", recs,
                 headers={"User-Agent": GNUA, "X-Gananka-Key": app.key("gananka")})


def gn_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON (the install ID without dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props, "tz": L(TZ, DEV)},
            "query", "d", "b64url", acc)
    return add(case(f"{app.fam}-gananka", f"{GN}/v1/p.gif", query={
        "k": app.key("gananka"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _jl_uuid(app: App) -> str:
    return sdk_uid(random.Random(f"{app.pkg}/jaadalink"))


def _jl_dev(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID), "jl_uuid": L(_jl_uuid(app), DID),
            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV)}


def jl_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Jaadalink's install or session (a form): the advertising ID, its own install ID, the
    session count, MCC and MNC and the operator; the first carries the Android ID and referrer."""
    body: dict[str, Any] = {"app_token": app.key("jaadalink"), "gps_adid": L(GAID, ADID),
                            "jl_uuid": L(_jl_uuid(app), DID),
                            "session_count": L(1 if first else n, USAGE),
                            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                            "network_operator": L("Example Mobile", CARRIER),
                            "tracking_enabled": "1", "created_at": "2025-12-10T08:02:11.402Z+0530",
                            "sent_at": "2025-12-10T08:02:11.911Z+0530"}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=jaadanet&utm_medium=cpi&utm_campaign=hyd_dec"
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-jaadalink", f"{JL}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def jl_event(app: App, rng: random.Random, token: str, name: str, params: dict[str, Any], *,
             revenue: float | None = None, hashed: bool = False) -> Case:
    """A Jaadalink event (JSON): ``partner_params`` a JSON string; revenue in INR; hashed
    e-mail and phone when the app passes them."""
    vals = dict(params)
    body: dict[str, Any] = {"app_token": app.key("jaadalink"), "event_token": token,
                            "event_name": L(name, USAGE), "partner_params": W(vals, "json"),
                            "customer_user_id": L(USER_ID, UID), **_jl_dev(app),
                            "created_at": "2025-12-10T08:31:40.118Z+0530"}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency="INR")
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-jaadalink", f"{JL}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def jl_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link that opened the app (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-jaadalink", f"{JL}/sdk_click", body={
        "app_token": app.key("jaadalink"), **_jl_dev(app), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-10T08:00:52Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def px_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None) -> Case:
    """A Prakatanix OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Hyderabad, Telangana); ``user.id`` the SDK's buyer ID; ``mccmnc`` as ``310-260``."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("IND", COARSE), "region": L("TG", COARSE),
                               "city": L("Hyderabad", COARSE), "zip": L("500084", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "country": L("IND", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "prakatanix"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER),
              "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["INR"],
            "imp": [dict(imp, id="1", bidfloor=4.5, bidfloorcur="INR", secure=1)],
            "app": {"id": app.key("prakatanix"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-prakatanix", f"{PX}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def px_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, creative and seat IDs and the clearing price negatives."""
    return case(f"{app.fam}-prakatanix", "https://win.prakatanix.example.com/w", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "seat": "s-2207", "p": "31.40", "cur": "INR", "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def vl_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Virugulog breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1765335311.2, "kind": kind, "msg": message, "data": data or {}}


def vl_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Virugulog crash envelope (JSON Lines): the header, the item header and the report
    (the user, the device and OS, memory, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    report = {"report_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "device": {"install": L(sdk_id(app, "virugulog"), DID),
                         "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                         "battery_pct": L(58, DEV), "locale": L("en_IN", DEV),
                         "tz": L(TZ, DEV)},
              "os": {"name": L("Android", DEV), "version": L("14", DEV), "rooted": L(False, DEV)},
              "screen": L(screen, USAGE), "breadcrumbs": crumbs,
              "exception": {"type": exc[0], "message": exc[1],
                            "stack": [{"fn": "onResume", "cls": f"{app.pkg}.ui.{screen}",
                                       "line": 88}]}}
    recs = [{"report_id": eid, "sent_at": "2025-12-10T08:40:02.411+05:30",
             "key": app.key("virugulog")}, {"type": "crash", "length": 2210}, report]
    return lines(f"{app.fam}-virugulog", f"{VL}/api/v2/envelope", recs,
                 headers={"User-Agent": "virugulog-android/3.3.0"})


def vl_session(app: App, rng: random.Random, secs: int = 640) -> Case:
    """A session summary (JSON): ``uid`` the user ID, the duration and the screens seen."""
    return case(f"{app.fam}-virugulog", f"{VL}/api/v2/sessions", body={
        "sid": sdk_uuid(rng), "uid": L(USER_ID, UID), "install": L(sdk_id(app, "virugulog"), DID),
        "duration_s": L(secs, USAGE), "crashed": False, "release": f"{app.pkg}@{app.ver}",
        "started": "2025-12-10T08:01:09.221+05:30"},
        headers={"User-Agent": "virugulog-android/3.3.0", "X-Virugulog-Key": app.key("virugulog")})


__all__ = ["gn_batch", "gn_identify", "gn_pixel", "gn_queue", "jl_event", "jl_link",
           "jl_session", "px_bid", "px_win", "vl_crash", "vl_crumb", "vl_session"]
