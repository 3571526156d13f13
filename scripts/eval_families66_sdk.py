"""Measurement SDKs of the sixty-sixth set, built once and called by every app with its own
events and choices: analytics "Tallyquince", MMP/attribution "Attriheron", OpenRTB 2.5 ads
"Bidkestrel" and crash reporting "Crashlichen" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
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

TQ = "https://in.tallyquince.example.com"
AH = "https://s2s.attriheron.example.net"
BK = "https://rtb.bidkestrel.example.com"
CL = "https://ingest.crashlichen.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TQUA = "tallyquince-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, tz: str, locale: str, at: Pt | None, nd: int, ip: bool) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                   "type": L("android", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": L(2.625, DEV)},
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "library": {"name": "tallyquince-android", "version": "2.14.0"}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    return ctx


def tq_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Tallyquince's batch (gzip JSON, snake_case): each message carries the anonymous ID (the
    install ID) and the user ID signed in; one ``context`` (device, OS, screen, carrier, locale,
    zone, optionally a position and the IP)."""
    ctx = _ctx(app, tz, locale, at, nd, ip)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    msgs = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymous_id": L(INSTALL_ID, DID), "message_id": sdk_uuid(rng),
                             "timestamp": f"2025-12-09T23:{10 + i:02d}:04.{311 + i}Z"}
        if user:
            m["user_id"] = L(USER_ID, UID)
        msgs.append(m)
    return case(f"{app.fam}-tallyquince", f"{TQ}/v1/batch", gz=True, headers={
        "User-Agent": TQUA, "Authorization": "Basic " + app.key("tallyquince")},
        body={"batch": msgs, "context": ctx, "sent_at": "2025-12-09T23:19:58.004Z"})


def tq_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Tallyquince's identify as Mixpanel-style engage endpoints take it: a form whose
    ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"type": "identify", "anonymous_id": L(INSTALL_ID, DID),
                         "traits": traits, "write_key": app.key("tallyquince")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyquince", f"{TQ}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "verbose": "0"}, headers={"User-Agent": TQUA})


def tq_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch (JSON Lines, the IDs on every line)."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "timestamp": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallyquince", f"{TQ}/v1/import", recs,
                 headers={"User-Agent": TQUA, "X-Tq-Write-Key": app.key("tallyquince")})


def tq_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out screen beacon (GET): ``d`` is base64url JSON in the query (the install ID
    without dashes, the screen, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "s": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallyquince", f"{TQ}/v1/p.gif", query={
        "wk": app.key("tallyquince"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ah_base(app: App) -> dict[str, Any]:
    return {"app_id": app.key("attriheron"), "gaid": L(GAID, ADID),
            "ah_uid": L(sdk_uid(random.Random(f"{app.pkg}/attriheron")), DID),
            "lat_enabled": False, "model": L("Pixel 8", DEV), "brand": L("google", DEV),
            "os_ver": L("14", DEV), "lang": L("en-US", DEV), "mccmnc": L(MCCMNC, CARRIER),
            "operator": L("Example Mobile", CARRIER), "app_ver": app.ver, "sdk_ver": "7.3.2"}


def ah_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Attriheron's install or launch (JSON): the first carries the Android ID and the install
    referrer; every one the launch sequence number; ``user`` the app's user ID."""
    body = dict(_ah_base(app), launch_seq=L(1 if first else n, USAGE), req_id=rid(rng))
    if first:
        body.update(android_id=L(ANDROID_ID, DID), install_ref=(
            "utm_source=heronnet&utm_medium=cpi&utm_campaign=dec_q4"), click_ts=1765298811)
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-attriheron", f"{AH}/api/v3/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def ah_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attriheron in-app event: ``event_values`` a JSON string; SHA-256 e-mail and phone
    when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body = dict(_ah_base(app), event=L(name, USAGE), event_values=W(vals, "json"),
                event_ts=1765322101442)
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["sha256_email"] = L(EMAIL_SHA256, MAIL)
        body["sha256_phone"] = L(PHONE_SHA256, TEL)
    return case(f"{app.fam}-attriheron", f"{AH}/api/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ah_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attriheron", f"{AH}/api/v3/deeplink", body={
        "app_id": app.key("attriheron"), "gaid": L(GAID, ADID), "link": link,
        "opened_ts": 1765320011, "req_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bk_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", region: str = "NY",
           city: str = "New York", zipc: str = "10118", lang: str = "en") -> Case:
    """A Bidkestrel OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE),
                               "zip": L(zipc, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidkestrel"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "ifa": L(GAID, ADID), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
              "os": L("Android", DEV), "osv": L("14", DEV), "language": L(lang, DEV),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(2, DEV), "devicetype": 4, "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidkestrel"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidkestrel", f"{BK}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def cl_crumb(kind: str, message: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashlichen breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T23:20:11.402Z", "type": kind, "name": message,
            "metaData": meta or {}}


def cl_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
              screen: str = "MainActivity", tz: str = "America/New_York",
              locale: str = "en_US") -> Case:
    """A Crashlichen envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device, app state, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {
        "event_id": eid, "severity": "error", "unhandled": True,
        "user": user if user is not None else {"id": L(USER_ID, UID)},
        "device": {"id": L(sdk_id(app, "crashlichen"), DID), "manufacturer": L("Google", DEV),
                   "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                   "locale": L(locale, DEV), "timezone": L(tz, DEV),
                   "freeDisk": L(38112440320, DEV), "freeMemory": L(1240334336, DEV),
                   "orientation": L("portrait", DEV), "jailbroken": L(False, DEV),
                   "charging": L(True, DEV)},
        "app": {"id": app.pkg, "version": app.ver, "inForeground": True,
                "activeScreen": L(screen, USAGE)},
        "metaData": meta or {}, "breadcrumbs": crumbs,
        "exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
            {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
             "lineNumber": 88}]}]}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:24:41.118Z",
             "dsn": f"https://{app.key('crashlichen')}@ingest.crashlichen.example.org/66"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-crashlichen", f"{CL}/api/66/envelope/", recs,
                 ctype="application/x-crashlichen-envelope",
                 headers={"User-Agent": "crashlichen.android/3.9.0"})


def cl_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 734) -> Case:
    """A session summary (JSON): the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-crashlichen", f"{CL}/api/66/sessions/", body={
        "sessions": [{"id": sdk_uuid(rng), "startedAt": "2025-12-09T22:58:10.004Z",
                      "durationSec": L(secs, USAGE),
                      "user": {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID)}}],
        "app": {"version": app.ver, "releaseStage": "production"},
        "device": {"osVersion": L("14", DEV), "model": L("Pixel 8", DEV)}},
        headers={"User-Agent": "crashlichen.android/3.9.0",
                 "Crashlichen-Api-Key": app.key("crashlichen")})


__all__ = ["ah_event", "ah_launch", "ah_link", "bk_bid", "cl_crumb", "cl_report",
           "cl_session", "tq_batch", "tq_identify", "tq_pixel", "tq_queue"]
