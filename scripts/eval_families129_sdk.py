"""Measurement SDKs of the hundred-and-twenty-ninth set, built once and called by every app with
its own events and choices: analytics "Tallykoa", MMP/attribution "Tracklafaek", OpenRTB 2.5 ads
"Bidmangrove" and crash reporting "Crashtasi" (fictional vendors, hosts under example.*).

The phone keeps its US SIM while she lives in Dili: the SIM's MCC/MNC and carrier are the
profile's, the visited network's ``51402`` and name are ``location.carrier`` too."""

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

TK = "https://in.tallykoa.example.com"
TL = "https://s2s.tracklafaek.example.net"
BM = "https://rtb.bidmangrove.example.org"
CT = "https://report.crashtasi.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TKUA = "tallykoa-android/2.14.0"
VISITED, VISITED_NAME = "51402", "Tasi Telecom"  # the network she roams on in Dili


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def tk_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "Asia/Dili",
             locale: str = "en-US") -> Case:
    """Tallykoa's batch (gzip JSON, snake_case): ``anonymous_id`` the install ID, the user ID
    signed in, a ``context`` (device, OS, locale, zone, network), then the events."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "app": {"version": app.ver, "build": "4120"}, "library": {"name": "tallykoa-android"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"type": "track", "event": L(name, USAGE), "properties": props,
            "message_id": sdk_uuid(rng), "timestamp": (T0 + 41 * i) * 1000 + 307}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallykoa"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": T0 * 1000 + 8811}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallykoa", f"{TK}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TKUA})


def tk_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Tallykoa's traits update: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("tallykoa")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallykoa", f"{TK}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": TKUA})


def tk_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Tallykoa's offline queue sent when the phone is back online: JSON Lines."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 7200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallykoa", f"{TK}/v1/import", recs,
                 headers={"User-Agent": TKUA, "X-Tallykoa-Write-Key": app.key("tallykoa")})


def tk_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallykoa", f"{TK}/v1/p.gif", query={
        "wk": app.key("tallykoa"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _tl_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "tl_uid": L(sdk_uid(random.Random(f"{app.pkg}/tracklafaek")), DID), "lat": False}


def _tl_dev(roaming: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {"model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                         "lang": L("en", DEV), "sim_mccmnc": L(MCCMNC, CARRIER),
                         "sim_operator": L("Example Mobile", CARRIER)}
    if roaming:
        d.update(net_mccmnc=L(VISITED, CARRIER), net_operator=L(VISITED_NAME, CARRIER),
                 roaming=L(True, DEV))
    return d


def tl_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Tracklafaek's install or session (JSON): the install carries the Android ID and the
    referrer; each the launch count; ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("tracklafaek"), "ids": _tl_ids(app),
                            "device": _tl_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "tl4.2.3",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=lafaeknet&utm_medium=cpi&utm_campaign=tl_dec",
                    click_ts=1765290411)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-tracklafaek", f"{TL}/v2/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tl_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, hashed: bool = False, user: bool = True) -> Case:
    """A Tracklafaek event: ``event_value`` a JSON string of the parameters; hashed e-mail and
    phone when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency="USD")
    body: dict[str, Any] = {"app_token": app.key("tracklafaek"), "ids": _tl_ids(app),
                            "event_name": L(name, USAGE), "event_value": W(vals, "json"),
                            "event_time": "2025-12-09 08:41:17.302", "device": _tl_dev()}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-tracklafaek", f"{TL}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tl_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link that opened the app (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-tracklafaek", f"{TL}/v2/open", body={
        "app_token": app.key("tracklafaek"), "ids": _tl_ids(app), "deeplink": link,
        "opened_at": 1765321041, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bm_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, ip_geo: bool = True) -> Case:
    """A Bidmangrove OpenRTB 2.5 bid request: GPS geo (``at``) or IP geo (Timor-Leste, Dili);
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("TLS", COARSE),
                               "region": L("DI", COARSE), "city": L("Dili", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 22, "country": L("TLS", COARSE)}
    geo["utcoffset"] = L(540, DEV)
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidmangrove"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "geo": geo, "ifa": L(GAID, ADID),
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L(VISITED_NAME, CARRIER),
                              "mccmnc": L("514-02", CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 0}
    if ip_geo:
        device["ip"] = L(PUBLIC_IP, IPLOC)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("bidmangrove"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidmangrove", f"{BM}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bm_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, seat and creative IDs and the clearing price negatives; the
    advertising ID rides along."""
    return case(f"{app.fam}-bidmangrove", "https://win.bidmangrove.example.org/n", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "sm-71", "cr": opaque(rng, "cr", 6),
        "p": "0.42", "b": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def ct_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashtasi breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765322111.2, "kind": kind, "msg": message, "data": data or {}}


def ct_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Crashtasi envelope (JSON Lines, its own content type): header, item header, event."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"id": L(sdk_id(app, "crashtasi"), DID),
                                     "model": L("Pixel 8", DEV), "battery": L(38, DEV),
                                     "charging": L(False, DEV), "free_memory": L(812331008, DEV),
                                     "timezone": L("Asia/Dili", DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE), "net": "wifi"}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T09:14:02.118Z",
             "dsn": f"https://{app.key('crashtasi')}@report.crashtasi.example.com/44"},
            {"type": "event", "length": 2048}, event]
    return lines(f"{app.fam}-crashtasi", f"{CT}/api/44/envelope/", recs,
                 ctype="application/x-crashtasi-envelope",
                 headers={"User-Agent": "crashtasi-android/3.1.0"})


def ct_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-crashtasi", f"{CT}/api/44/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-09T08:52:40.010Z", "duration": L(secs, USAGE), "status": "exited",
        "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "prod"}},
        headers={"User-Agent": "crashtasi-android/3.1.0",
                 "X-Crashtasi-Auth": f"Crashtasi key={app.key('crashtasi')}"})


__all__ = ["VISITED", "VISITED_NAME", "bm_bid", "bm_win", "ct_crash", "ct_crumb", "ct_session",
           "tk_batch", "tk_beacon", "tk_identify", "tk_queue", "tl_event", "tl_launch", "tl_link"]
