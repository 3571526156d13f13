"""Measurement SDKs of the forty-first set, built once and called by every app with its own
events and choices: analytics "Beaconmere", MMP/attribution "Referrow", OpenRTB 2.5 ads
"Bidmoraine" and crash reporting "Stackfern" (fictional vendors, hosts under example.*)."""

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

BM = "https://in.beaconmere.example.com"
RR = "https://app.referrow.example.net"
BQ = "https://rtb.bidmoraine.example.com"
SF = "https://errors.stackfern.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
BMUA = "beaconmere-android/2.6.0"
SFUA = "stackfern-android/3.3.1"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def bm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, gz: bool = True,
             tz: str = "America/New_York", lang: str = "en-US") -> Case:
    """Beaconmere's batch (JSON, gzip by default, snake_case): the device ID (the install ID),
    the user ID signed in, one ``context`` block, then the events with insert IDs."""
    ctx: dict[str, Any] = {"os_name": "android", "os_version": L("14", DEV),
                           "device_model": L("Pixel 8", DEV),
                           "device_manufacturer": L("Google", DEV), "language": L(lang, DEV),
                           "time_zone": L(tz, DEV), "carrier": L("Example Mobile", CARRIER),
                           "app_version": app.ver, "library": BMUA}
    if adid:
        ctx["adid"] = L(GAID, ADID)
    if at is not None:
        ctx["lat"], ctx["lng"] = _geo(at, nd)
    evs = [{"event_type": L(name, USAGE), "event_properties": props, "insert_id": sdk_uuid(rng),
            "time": (T0 + 41 * i) * 1000 + 205, "session_id": T0 * 1000 + 19}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"api_key": app.key("beaconmere"), "device_id": L(INSTALL_ID, DID),
                            "context": ctx, "events": evs, "upload_time": T0 * 1000 + 8800}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-beaconmere", f"{BM}/2/batch", body=body, gz=gz,
                headers={"User-Agent": BMUA})


def bm_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Beaconmere's identify: a form whose ``identification`` field is base64 JSON."""
    p: dict[str, Any] = {"device_id": L(INSTALL_ID, DID), "user_properties": {"set": traits}}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-beaconmere", f"{BM}/identify", fmt="form",
                body={"api_key": app.key("beaconmere"), "identification": W(p, "b64json")},
                headers={"User-Agent": BMUA})


def bm_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event_type": L(name, USAGE), "device_id": L(INSTALL_ID, DID),
                             "event_properties": props, "time": (T0 - 4100 + 61 * i) * 1000,
                             "insert_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-beaconmere", f"{BM}/2/import", recs,
                 headers={"User-Agent": BMUA, "X-Beaconmere-Key": app.key("beaconmere")})


def bm_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties); ``cb`` a cache-buster."""
    acc: Acc = {}
    d = enc({"did": L(IID_NODASH, DID), "ev": L(name, USAGE), "props": props}, "query", "d",
            "b64url", acc)
    return add(case(f"{app.fam}-beaconmere", f"{BM}/p.gif", query={
        "k": app.key("beaconmere"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _rr_dev() -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "network_type": L("wifi", DEV)}


def rr_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Referrow's install or session (a form): the advertising ID, the SDK's own ID, the first
    one the Android ID and the install referrer; the session count."""
    body: dict[str, Any] = {"app_token": app.key("referrow"), "gps_adid": L(GAID, ADID),
                            "rr_uid": L(sdk_uid(random.Random(f"{app.pkg}/referrow")), DID),
                            **_rr_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sent_at": T0}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=rrnet&utm_medium=cpi&utm_campaign=s41"
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-referrow", f"{RR}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def rr_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Referrow event (a form): ``partner_params`` a JSON string of the app's parameters,
    hashed e-mail and phone when the app passes them; the event token names the event."""
    body: dict[str, Any] = {"app_token": app.key("referrow"), "event_token": L(token, USAGE),
                            "gps_adid": L(GAID, ADID),
                            "rr_uid": L(sdk_uid(random.Random(f"{app.pkg}/referrow")), DID),
                            "partner_params": W(params, "json"), **_rr_dev()}
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-referrow", f"{RR}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def rr_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened (JSON; a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-referrow", f"{RR}/sdk_click", body={
        "app_token": app.key("referrow"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": T0 + 12, "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bq_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", region: str = "NY",
           city: str = "New York", lang: str = "en") -> Case:
    """A Bidmoraine OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (country, region, city); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidmoraine"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, secure=1)],
            "app": {"id": app.key("bidmoraine"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 6)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "language": L(lang, DEV),
                       "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
                       "connectiontype": L(2, DEV), "lmt": 0},
            "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidmoraine", f"{BQ}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bq_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon (GET): auction, bid, creative IDs and the clearing price are
    negatives, the advertising ID is not."""
    return case(f"{app.fam}-bidmoraine", f"https://ev.bidmoraine.example.com/{kind}", query={
        "aid": rid(rng), "bid": opaque(rng, "", 14), "crid": opaque(rng, "cr", 6),
        "cp": "1.12", "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def sf_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Stackfern breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1751371911.2, "type": kind, "msg": message, "meta": data or {}}


def sf_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """A Stackfern crash report (gzip JSON): the user, the device, breadcrumbs, the exception."""
    return case(f"{app.fam}-stackfern", f"{SF}/v3/crashes", gz=True, body={
        "report_id": opaque(rng, "", 32), "app": {"id": app.pkg, "version": app.ver},
        "user": user if user is not None else {"id": L(USER_ID, UID)},
        "device": {"install": L(sdk_id(app, "stackfern"), DID), "model": L("Pixel 8", DEV),
                   "brand": L("google", DEV), "os": L("Android 14", DEV),
                   "locale": L(locale, DEV), "tz": L(tz, DEV), "ram_free": L(1893220352, DEV),
                   "battery": L(0.58, DEV), "charging": L(False, DEV), "rooted": L(False, DEV)},
        "context": {"screen": L(screen, USAGE), "foreground_ms": L(181220, USAGE)},
        "breadcrumbs": crumbs,
        "exception": {"class": exc[0], "message": exc[1],
                      "stack": [f"{app.pkg}.ui.{screen}.onResume({screen}.kt:88)",
                                "android.app.Activity.performResume(Activity.java:8600)"]}},
        headers={"User-Agent": SFUA, "X-Stackfern-Key": app.key("stackfern")})


def sf_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session end (JSON): the user ID signed in, the SDK's install ID, the duration."""
    body: dict[str, Any] = {"session": sdk_uuid(rng), "install": L(sdk_id(app, "stackfern"), DID),
                            "started": "2025-07-01T09:41:10Z", "duration_s": L(secs, USAGE),
                            "crashed": False, "release": f"{app.pkg}@{app.ver}"}
    if user:
        body["user"] = L(USER_ID, UID)
    return case(f"{app.fam}-stackfern", f"{SF}/v3/sessions", body=body,
                headers={"User-Agent": SFUA, "X-Stackfern-Key": app.key("stackfern")})


def sf_logs(app: App, rng: random.Random, msgs: list[Any]) -> Case:
    """Remote log lines (JSON Lines): level, message, the SDK's install ID on each line."""
    recs = [{"lvl": "info", "msg": m, "install": L(sdk_id(app, "stackfern"), DID),
             "seq": i, "t": 1751371900 + i} for i, m in enumerate(msgs)]
    return lines(f"{app.fam}-stackfern", f"{SF}/v3/logs", recs,
                 headers={"User-Agent": SFUA, "X-Stackfern-Key": app.key("stackfern")})


__all__ = ["bm_batch", "bm_identify", "bm_pixel", "bm_queue", "bq_bid", "bq_notice",
           "rr_event", "rr_link", "rr_session", "sf_crash", "sf_crumb", "sf_logs", "sf_session"]
