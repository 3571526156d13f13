"""Measurement SDKs of the fifty-fourth set, built once and called by every app with its own
events and choices: analytics "Quillmetric", MMP/attribution "Tracebloom", OpenRTB 2.5 ads
"Bidthimble" and crash reporting "Crashquarry" (fictional vendors, hosts under example.*)."""

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

QM = "https://in.quillmetric.example.com"
TB = "https://s2s.tracebloom.example.net"
BT = "https://rtb.bidthimble.example.org"
CQ = "https://collect.crashquarry.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
QMUA = "Quillmetric-Android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def qm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, lang: str = "en-US",
             tz: str = "America/New_York") -> Case:
    """Quillmetric's batch (gzip JSON, snake_case): ``anon_id`` the install ID, ``context``
    (model, OS, language, zone, carrier, network), the events by ``event`` name."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
                           "os": {"name": "Android", "version": L("14", DEV)},
                           "locale": L(lang, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)},
                           "app": {"build": app.ver, "namespace": app.pkg}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": f"2025-12-09T22:{10 + i:02d}:0{i % 10}.{rng.randrange(100, 999)}Z"}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("quillmetric"), "anon_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 5120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-quillmetric", f"{QM}/v1/batch", body=body, gz=True,
                headers={"User-Agent": QMUA})


def qm_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Quillmetric's identify: a form whose ``data`` field is base64 JSON."""
    p = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("quillmetric")}
    return case(f"{app.fam}-quillmetric", f"{QM}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": QMUA})


def qm_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed on reconnect: JSON Lines, the IDs on every line."""
    recs = [{"event": L(n, USAGE), "anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
             "properties": p, "ts": (T0 - 4000 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (n, p) in enumerate(events)]
    return lines(f"{app.fam}-quillmetric", f"{QM}/v1/import", recs,
                 headers={"User-Agent": QMUA, "X-Write-Key": app.key("quillmetric")})


def qm_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: ``d`` base64url JSON in the query (install ID without dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-quillmetric", f"{QM}/v1/p.gif", query={
        "wk": app.key("quillmetric"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _tb_dev(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "tb_uid": L(sdk_uid(random.Random(f"{app.pkg}/tb")), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "lang": L("en-US", DEV), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def tb_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            opens: int = 5) -> Case:
    """Tracebloom's app open (form body): the first carries the Android ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("tracebloom"), "gaid": L(GAID, ADID),
                            "tb_uid": L(sdk_uid(random.Random(f"{app.pkg}/tb")), DID),
                            "device_model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                            "mccmnc": L(MCCMNC, CARRIER),
                            "open_count": L(1 if first else opens, USAGE),
                            "sdk_version": "7.3.2", "nonce": opaque(rng, "", 16)}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    install_referrer="utm_source=bloomads&utm_campaign=dec_cpi")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-tracebloom", f"{TB}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tb_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False) -> Case:
    """A Tracebloom event (JSON): ``partner_params`` a JSON string; hashed e-mail and phone."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("tracebloom"), "device": _tb_dev(app),
                            "event": L(name, USAGE), "partner_params": W(vals, "json"),
                            "customer_id": L(USER_ID, UID), "created_at": "2025-12-09T22:41:07Z"}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-tracebloom", f"{TB}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tb_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-tracebloom", f"{TB}/deeplink", body={
        "app_token": app.key("tracebloom"), "device": _tb_dev(app), "link": link,
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bt_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, country: str = "USA",
           ipgeo: dict[str, str] | None = None) -> Case:
    """A Bidthimble OpenRTB 2.5 bid request: GPS geo or IP geo; ``user.id`` the SDK's buyer ID;
    ``coppa``: a child-directed app without the advertising ID."""
    if at is None:
        g = ipgeo or {"region": "NY", "city": "New York", "zip": "10118"}
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               **{k: L(v, COARSE) for k, v in g.items()}}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidthimble"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidthimble"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidthimble", f"{BT}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bt_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, impression and creative IDs and the clearing price."""
    return case(f"{app.fam}-bidthimble", "https://win.bidthimble.example.org/w", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "imp": "1", "crid": opaque(rng, "cr", 6),
        "price": "0.64", "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def cq_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashquarry breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765320411.2, "type": kind, "msg": message, "data": data or {}}


def cq_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Crashquarry envelope (JSON Lines): the header, the item header and the event."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "platform": "android", "version": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"uuid": L(sdk_id(app, "crashquarry"), DID), "model": L("Pixel 8", DEV),
                        "brand": L("google", DEV), "battery_level": L(58, DEV),
                        "timezone": L(tz, DEV), "free_memory": L(1873240064, DEV)},
             "os": {"name": L("Android", DEV), "version": L("14", DEV), "rooted": L(False, DEV)},
             "context": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"class": exc[0], "message": exc[1],
                           "stack": [{"fn": "onResume", "file": f"{screen}.kt", "line": 88}]}}
    recs = [{"id": eid, "sent": "2025-12-09T22:48:12.301Z",
             "key": app.key("crashquarry")}, {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-crashquarry", f"{CQ}/api/v1/envelope", recs,
                 ctype="application/x-crashquarry-envelope",
                 headers={"User-Agent": "crashquarry-android/3.4.0"})


def cq_session(app: App, rng: random.Random, secs: int = 640) -> Case:
    """A session update (JSON): ``distinct`` the user ID, the length ``behavior.usage``."""
    return case(f"{app.fam}-crashquarry", f"{CQ}/api/v1/sessions", body={
        "sid": sdk_uuid(rng), "distinct": L(USER_ID, UID), "duration_s": L(secs, USAGE),
        "status": "ok", "release": f"{app.pkg}@{app.ver}", "crashed": False},
        headers={"User-Agent": "crashquarry-android/3.4.0",
                 "X-Crashquarry-Key": app.key("crashquarry")})


__all__ = ["bt_bid", "bt_win", "cq_crash", "cq_crumb", "cq_session", "qm_batch", "qm_identify",
           "qm_pixel", "qm_queue", "tb_event", "tb_link", "tb_open"]
