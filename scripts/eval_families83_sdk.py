"""Measurement SDKs of the eighty-third set, built once and called by every app with its own
events and choices: analytics "Vezhgo", MMP/attribution "Gjurmix", OpenRTB 2.5 ads "Ankandor"
and crash reporting "Gabimor" (fictional vendors, hosts under example.*)."""

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

VZ = "https://in.vezhgo.example.com"
GJ = "https://api.gjurmix.example.net"
AK = "https://rtb.ankandor.example.com"
GB = "https://sink.gabimor.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
VZUA = "Vezhgo-Android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def vz_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en_US") -> Case:
    """Vezhgo's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID,
    a ``context`` (model, OS, locale, zone, carrier, network) and the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "carrier": L("Example Mobile", CARRIER), "network": L("wifi", DEV),
                           "app_version": app.ver, "lib": "vezhgo-android 2.4.0"}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 88} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("vezhgo"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 5120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-vezhgo", f"{VZ}/v1/batch", body=body, gz=True,
                headers={"User-Agent": VZUA})


def vz_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Vezhgo's identify: a form whose ``d`` field is base64 JSON (IDs and traits)."""
    p = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("vezhgo")}
    return case(f"{app.fam}-vezhgo", f"{VZ}/v1/identify", fmt="form",
                body={"d": W(p, "b64json"), "v": "2"}, headers={"User-Agent": VZUA})


def vz_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Vezhgo's offline queue (JSON Lines, the IDs on every line)."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props,
             "timestamp": (T0 - 4200 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-vezhgo", f"{VZ}/v1/import", recs,
                 headers={"User-Agent": VZUA, "X-Vezhgo-Key": app.key("vezhgo")})


def vz_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``p`` is base64url JSON in the query."""
    acc: Acc = {}
    p = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "x": props}, "query", "p", "b64url",
            acc)
    return add(case(f"{app.fam}-vezhgo", f"{VZ}/v1/p.gif", query={
        "k": app.key("vezhgo"), "p": p, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _gj_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "gj_uid": L(sdk_uid(random.Random(f"{app.pkg}/gjurmix")), DID), "lat": False}


def _gj_dev(lang: str = "en") -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_ver": L("14", DEV), "lang": L(lang, DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
            "ip": L(PUBLIC_IP, "location.ip")}


def gj_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5, lang: str = "en") -> Case:
    """Gjurmix's install or session (JSON): the first carries the Android ID and the referrer;
    the session count every time; the device's IP is in the body."""
    body: dict[str, Any] = {"app_token": app.key("gjurmix"), "ids": _gj_ids(app),
                            "device": _gj_dev(lang), "app_ver": app.ver, "sdk_ver": "6.2.1",
                            "session_count": L(1 if first else n, USAGE), "req": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=gjnet&utm_medium=cpi&utm_campaign=q3"
    if user:
        body["cuid"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-gjurmix", f"{GJ}/v2/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def gj_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD",
             hashed: bool = False) -> Case:
    """A Gjurmix event: ``partner_params`` a JSON string; hashed e-mail and phone if passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("gjurmix"), "ids": _gj_ids(app),
                            "event": L(name, USAGE), "partner_params": W(vals, "json"),
                            "cuid": L(USER_ID, UID), "created_at": "2025-12-09T21:14:03Z"}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-gjurmix", f"{GJ}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def gj_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, per parameter)."""
    return case(f"{app.fam}-gjurmix", f"{GJ}/v2/deeplink", body={
        "app_token": app.key("gjurmix"), "ids": _gj_ids(app), "deeplink": link,
        "req": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def ak_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, geo_ip: dict[str, str] | None = None) -> Case:
    """An Ankandor OpenRTB 2.5 bid request: GPS geo (``at``) or IP geo (``geo_ip``: country,
    region, city); ``user.id`` the SDK's buyer ID."""
    if at is None:
        g = geo_ip or {"country": "USA", "region": "NY", "city": "New York"}
        geo: dict[str, Any] = {"type": 2, **{k: L(v, COARSE) for k, v in g.items()}}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25}
    user: dict[str, Any] = {"id": L(sdk_id(app, "ankandor"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "ifa": L(GAID, ADID), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
              "os": L("Android", DEV), "osv": L("14", DEV), "carrier": L("Example Mobile",
                                                                       CARRIER),
              "connectiontype": L(2, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3)],
            "app": {"id": app.key("ankandor"), "bundle": app.pkg, "ver": app.ver,
                    "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-ankandor", f"{AK}/openrtb2/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def ak_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-ankandor", "https://win.ankandor.example.com/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "p": "0.64", "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def gb_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Gabimor breadcrumb."""
    return {"t": 1765321911.4, "type": kind, "msg": message, "data": data or {}}


def gb_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Gabimor envelope (JSON Lines): header, item header, the event (user, device, OS,
    breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "gabimor"), DID),
                                     "model": L("Pixel 8", DEV), "battery_level": L(58, DEV),
                                     "timezone": L(tz, DEV), "free_memory": L(812646400, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1], "module": f"{app.pkg}.ui"}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T21:24:02.411Z"},
            {"type": "event"}, event]
    return lines(f"{app.fam}-gabimor", f"{GB}/api/22/envelope/", recs,
                 ctype="application/x-gabimor-envelope",
                 headers={"User-Agent": "gabimor.android/3.1.0",
                          "X-Gabimor-Key": app.key("gabimor")})


def gb_session(app: App, rng: random.Random, *, secs: int = 420) -> Case:
    """A session update (JSON): ``did`` the user ID."""
    return case(f"{app.fam}-gabimor", f"{GB}/api/22/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "status": "exited",
        "duration": L(secs, USAGE), "errors": 0, "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "gabimor.android/3.1.0", "X-Gabimor-Key": app.key("gabimor")})


__all__ = ["ak_bid", "ak_win", "gb_crash", "gb_crumb", "gb_session", "gj_event", "gj_link",
           "gj_session", "vz_batch", "vz_beacon", "vz_identify", "vz_queue"]
