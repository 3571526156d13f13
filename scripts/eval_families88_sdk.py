"""Measurement SDKs of the eighty-eighth set, built once and called by every app with its own
events and choices: analytics "Kidayawa", MMP/attribution "Tushelink", OpenRTB 2.5 ads
"Tallabid" and crash reporting "Faduwatch" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, MCCMNC, PHONE_SHA256, Acc, add, enc
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

KD = "https://collect.kidayawa.example.com"
TL = "https://t.tushelink.example.net"
TB = "https://rtb.tallabid.example.com"
FW = "https://in.faduwatch.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
KDUA = "kidayawa-android/2.6.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(locale: str, tz: str, at: Pt | None, nd: int) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    return ctx


def kd_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             at: Pt | None = None, nd: int = 2, tz: str = "Africa/Lagos",
             locale: str = "ha-NG") -> Case:
    """Kidayawa's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a shared context (device, OS, locale, zone, carrier, a position), the events."""
    ctx = _ctx(locale, tz, at, nd)
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": (T0 + 41 * i) * 1000 + 207}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("kidayawa"), "anon_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sent_at": T0 * 1000 + 8812}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-kidayawa", f"{KD}/v1/batch", body=body, gz=True,
                headers={"User-Agent": KDUA})


def kd_traits(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Kidayawa's identify call: a form whose ``traits`` field is a JSON string."""
    return case(f"{app.fam}-kidayawa", f"{KD}/v1/identify", fmt="form", body={
        "write_key": app.key("kidayawa"), "user_id": L(USER_ID, UID),
        "anon_id": L(INSTALL_ID, DID), "traits": W(traits, "json")},
        headers={"User-Agent": KDUA})


def kd_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Kidayawa's offline queue, flushed when the network returns: JSON Lines."""
    recs = [{"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
             "properties": props, "message_id": sdk_uuid(rng),
             "timestamp": (T0 - 7200 + 61 * i) * 1000} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-kidayawa", f"{KD}/v1/import", recs,
                 headers={"User-Agent": KDUA, "X-Kidayawa-Key": app.key("kidayawa")})


def kd_screen(app: App, rng: random.Random, screen: str, props: dict[str, Any]) -> Case:
    """A screen view as a GET beacon: ``d`` is base64 JSON in the query (anon ID, screen)."""
    acc: Acc = {}
    d = enc({"a": L(INSTALL_ID, DID), "s": L(screen, USAGE), "p": props}, "query", "d", "b64",
            acc)
    return add(case(f"{app.fam}-kidayawa", f"{KD}/v1/p.gif", query={
        "k": app.key("kidayawa"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _tl_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "tl_uid": L(sdk_uid(random.Random(f"{app.pkg}/tushe")), DID),
            "lat_enabled": False}


def _tl_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L("ha", DEV),
            "mcc_mnc": L(MCCMNC, CARRIER), "carrier_name": L("Example Mobile", CARRIER)}


def tl_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 4) -> Case:
    """Tushelink's install or open (JSON): the first with the Android ID and the referrer."""
    body: dict[str, Any] = {"app_key": app.key("tushelink"), "ids": _tl_ids(app),
                            "device": _tl_dev(), "app_version": app.ver,
                            "open_count": L(1 if first else n, USAGE), "sdk": "3.2.4",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=tushe_net&utm_medium=cpi&utm_campaign=kn_dry",
                    install_begin_ts=1765288112)
    if user:
        body["app_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tushelink", f"{TL}/v2/{'install' if first else 'open'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tl_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "NGN", hashed: bool = False) -> Case:
    """A Tushelink event: ``event_value`` a JSON string; hashed e-mail and phone if passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_key": app.key("tushelink"), "ids": _tl_ids(app),
                            "event_name": L(name, USAGE), "event_value": W(vals, "json"),
                            "app_user_id": L(USER_ID, UID), "device": _tl_dev(),
                            "event_time": "2025-12-10 09:14:22.518"}
    if hashed:
        body["user_data"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                             "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-tushelink", f"{TL}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tl_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, per parameter)."""
    return case(f"{app.fam}-tushelink", f"{TL}/v2/deeplink", body={
        "app_key": app.key("tushelink"), "ids": _tl_ids(app), "link": link,
        "click_ts": 1765351941, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def tb_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, coppa: bool = False,
           geo_ip: tuple[str, str, str] = ("NGA", "KN", "Kano")) -> Case:
    """A Tallabid OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (country, region, city); ``user.id`` the SDK's buyer ID; ``coppa`` no advertising ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(geo_ip[0], COARSE),
                               "region": L(geo_ip[1], COARSE), "city": L(geo_ip[2], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25,
               "country": L(geo_ip[0], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "tallabid"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "idbridge.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("ha", DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(6, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("tallabid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-tallabid", f"{TB}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def tb_win(app: App, rng: random.Random) -> Case:
    """A win notice (GET): auction, bid, creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-tallabid", "https://win.tallabid.example.com/n", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "px": "0.19", "b": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fw_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faduwatch breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765352911.2, "kind": kind, "msg": message, "data": data or {}}


def fw_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "Africa/Lagos") -> Case:
    """A Faduwatch report (JSON Lines: a header line, then the event with the user, the
    device, breadcrumbs and the exception)."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"install": L(sdk_id(app, "faduwatch"), DID),
                        "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                        "battery_pct": L(38, DEV), "tz": L(tz, DEV),
                        "mem_free": L(1843200000, DEV), "os": L("Android 14", DEV)},
             "screen": L(screen, USAGE), "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"id": eid, "sent": "2025-12-10T09:18:02.411Z", "key": app.key("faduwatch")},
            event]
    return lines(f"{app.fam}-faduwatch", f"{FW}/v1/reports", recs,
                 headers={"User-Agent": "faduwatch-android/1.14.0"})


def fw_session(app: App, rng: random.Random, *, secs: int = 420) -> Case:
    """A session close (form): the install ID, length and status."""
    return case(f"{app.fam}-faduwatch", f"{FW}/v1/sessions", fmt="form", body={
        "key": app.key("faduwatch"), "sid": sdk_uuid(rng), "device": L(INSTALL_ID, DID),
        "duration": L(secs, USAGE), "status": "exited", "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "faduwatch-android/1.14.0"})


__all__ = ["fw_crash", "fw_crumb", "fw_session", "kd_batch", "kd_queue", "kd_screen",
           "kd_traits", "tb_bid", "tb_win", "tl_event", "tl_link", "tl_open"]
