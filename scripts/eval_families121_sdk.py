"""Measurement SDKs of the hundred-and-twenty-first set, built once and called by every app with
its own events and choices: analytics "Tallykite", MMP/attribution "Tracewallaby", OpenRTB 2.5
ads "Bidhornbill" and crash reporting "Faultgecko" (fictional vendors, hosts under example.*)."""

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

TK = "https://collect.tallykite.example.com"
TW = "https://s2s.tracewallaby.example.net"
BH = "https://rtb.bidhornbill.example.org"
FG = "https://in.faultgecko.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
TZ = "Pacific/Port_Moresby"
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TKUA = "Tallykite-Android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def tk_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, gz: bool = True) -> Case:
    """Tallykite's batch (JSON, snake_case, usually gzip): the install ID as ``anon_id``, the
    user ID signed in, a ``context`` (model, OS, locale, zone, carrier, network), the events."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                                      "os": L("Android 14", DEV)},
                           "locale": L("en-US", DEV), "timezone": L(TZ, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "cellular": True, "wifi": False},
                           "app": {"version": app.ver, "build": 4121}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallykite"), "anon_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 9902}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallykite", f"{TK}/v1/batch", body=body, gz=gz,
                headers={"User-Agent": TKUA})


def tk_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallykite's identify: a form whose ``data`` field is base64 JSON (traits continue at
    ``data.traits``)."""
    p = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("tallykite")}
    return case(f"{app.fam}-tallykite", f"{TK}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": TKUA})


def tk_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed when the signal comes back: JSON Lines, IDs on every line."""
    recs = [{"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
             "properties": props, "ts": (T0 - 7200 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-tallykite", f"{TK}/v1/queue", recs,
                 headers={"User-Agent": TKUA, "X-Tallykite-Key": app.key("tallykite")})


def tk_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallykite", f"{TK}/v1/p.gif", query={
        "k": app.key("tallykite"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _tw_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "tw_uid": L(sdk_uid(random.Random(f"{app.pkg}/tracewallaby")), DID), "lat": 0}


def _tw_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "osv": L("14", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
            "tz": L(TZ, DEV)}


def tw_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Tracewallaby's install or session (JSON): the install also has the Android ID and the
    referrer; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("tracewallaby"), "ids": _tw_ids(app),
                            "device": _tw_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "tw-and-6.2.0",
                            "request_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=wallabynet&utm_medium=cpi&utm_campaign=pg_q4",
                    install_begin_ts=1765299412)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tracewallaby",
                f"{TW}/api/{'install' if first else 'session'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tw_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "PGK", hashed: bool = False) -> Case:
    """An in-app event: ``params`` a JSON string; hashed e-mail and phone when passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("tracewallaby"), "ids": _tw_ids(app),
                            "event": L(name, USAGE), "params": W(vals, "json"),
                            "customer_id": L(USER_ID, UID), "device": _tw_dev(),
                            "created_at": "2025-12-10T08:14:22.301+1000"}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-tracewallaby", f"{TW}/api/inapp", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tw_link(app: App, rng: random.Random, link: U) -> Case:
    """The link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-tracewallaby", f"{TW}/api/dl", body={
        "app_token": app.key("tracewallaby"), "ids": _tw_ids(app), "url": link,
        "clicked_at": 1765331941, "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bh_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False) -> Case:
    """A Bidhornbill OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Lae, Morobe); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("PNG", COARSE), "region": L("MPM", COARSE),
                               "city": L("Lae", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("PNG", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidhornbill"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "mailhash.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV), "ifa": L(GAID, ADID),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(6, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 500, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.05, secure=1)],
            "app": {"id": app.key("bidhornbill"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidhornbill", f"{BH}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bh_win(app: App, rng: random.Random) -> Case:
    """A win beacon (GET): auction, bid, creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-bidhornbill", "https://win.bidhornbill.example.org/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "cp": "0.12", "ifa": L(GAID, ADID), "app": app.pkg}, headers={"User-Agent": L(app.ua, DEV)})


def fg_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultgecko breadcrumb (``nav``, ``http``, ``ui``, ``log``)."""
    return {"t": 1765332911.2, "type": kind, "msg": message, "data": data or {}}


def fg_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Faultgecko envelope (JSON Lines under its own content type): header, item header and
    the event (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "faultgecko"), DID),
                                     "model": L("Pixel 8", DEV), "battery_level": L(58, DEV),
                                     "charging": L(False, DEV), "timezone": L(TZ, DEV),
                                     "free_memory": L(1288437760, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE), "net": L("cellular", DEV)},
             "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T08:24:02.411Z",
             "dsn": f"https://{app.key('faultgecko')}@in.faultgecko.example.com/88"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultgecko", f"{FG}/api/88/envelope/", recs,
                 ctype="application/x-faultgecko-envelope",
                 headers={"User-Agent": "faultgecko.android/3.1.4"})


def fg_session(app: App, rng: random.Random, *, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in."""
    return case(f"{app.fam}-faultgecko", f"{FG}/api/88/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "init": False,
        "started": "2025-12-10T08:01:09.221Z", "duration": L(secs, USAGE), "status": "exited",
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "faultgecko.android/3.1.4",
                 "X-Faultgecko-Auth": f"Faultgecko key={app.key('faultgecko')}"})


__all__ = ["bh_bid", "bh_win", "fg_crash", "fg_crumb", "fg_session", "tk_batch", "tk_identify",
           "tk_pixel", "tk_queue", "tw_event", "tw_launch", "tw_link"]
