"""Measurement SDKs of the seventy-eighth set, built once and called by every app with its own
events and choices: analytics "Kiyesiwa", MMP/attribution "Orisunpath", OpenRTB 2.5 ads
"Ipolowobid" and crash reporting "Ijambacast" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families78_kit import LOCALE, TZ
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

KY = "https://in.kiyesiwa.example.com"
OP = "https://s2s.orisunpath.example.net"
IP = "https://rtb.ipolowobid.example.com"
IJ = "https://collect.ijambacast.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
KYUA = "Kiyesiwa-Android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ky_ctx(app: App) -> dict[str, Any]:
    return {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                       "os": L("Android", DEV), "os_version": L("14", DEV)},
            "locale": L(LOCALE, DEV), "timezone": L(TZ, DEV), "app": {"version": app.ver},
            "network": {"carrier": L("Example Mobile", CARRIER),
                        "sim_country": L("us", CARRIER), "net_country": L("ng", CARRIER),
                        "wifi": L(True, DEV)}}


def ky_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2) -> Case:
    """Kiyesiwa's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``ctx`` (device, locale, zone, SIM and network country), then the events."""
    ctx = _ky_ctx(app)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "props": props, "msg_id": sdk_uuid(rng),
            "ts": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("kiyesiwa"), "anon_id": L(INSTALL_ID, DID),
                            "ctx": ctx, "batch": evs, "sent_at": T0 * 1000 + 8810}
    if user:
        body["uid"] = L(USER_ID, UID)
    return case(f"{app.fam}-kiyesiwa", f"{KY}/v1/batch", body=body, gz=True,
                headers={"User-Agent": KYUA})


def ky_alias(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Kiyesiwa's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    d = {"anon_id": L(INSTALL_ID, DID), "uid": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("kiyesiwa")}
    return case(f"{app.fam}-kiyesiwa", f"{KY}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": KYUA})


def ky_lines(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Kiyesiwa's offline queue sent when the network returns: JSON Lines, IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID),
                             "props": props, "ts": (T0 - 4400 + 61 * i) * 1000,
                             "msg_id": sdk_uuid(rng)}
        if user:
            r["uid"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-kiyesiwa", f"{KY}/v1/offline", recs,
                 headers={"User-Agent": KYUA, "X-Kiyesiwa-Key": app.key("kiyesiwa")})


def ky_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-kiyesiwa", f"{KY}/v1/b.gif", query={
        "k": app.key("kiyesiwa"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _op_dev() -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "locale": L(LOCALE, DEV), "mcc": L("310", CARRIER),
            "mnc": L("260", CARRIER), "network_operator": L("Example Mobile", CARRIER)}


def _op_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "op_uid": L(sdk_uid(random.Random(f"{app.pkg}/orisunpath")), DID),
            "tracking_enabled": 1}


def op_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 7) -> Case:
    """Orisunpath's install or session (form): the first carries the Android ID and the
    install referrer; every one the session count; ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("orisunpath"), **_op_ids(app), **_op_dev(),
                            "session_count": L(1 if first else n, USAGE),
                            "app_version": app.ver, "sdk": "android5.2.0",
                            "created_at": "2025-12-10T09:14:22.118+0100"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=isowo&utm_medium=cpi&utm_campaign=lagos_q4")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-orisunpath", f"{OP}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def op_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "NGN", hashed: bool = False,
             user: bool = True) -> Case:
    """An Orisunpath event (JSON): ``callback_params`` a JSON string of the parameters; hashed
    e-mail and phone in ``user_data`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("orisunpath"), "ids": _op_ids(app),
                            "event_token": L(name, USAGE), "callback_params": W(vals, "json"),
                            "device": _op_dev(), "created_at": "2025-12-10T09:31:05.440+0100"}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["user_data"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                             "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-orisunpath", f"{OP}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def op_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-orisunpath", f"{OP}/sdk_click", body={
        "app_token": app.key("orisunpath"), "ids": _op_ids(app), "source": "deeplink",
        "deeplink": link, "click_time": 1765355141, "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def ip_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False) -> Case:
    """An Ipolowobid OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID (``id.device``)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("NGA", COARSE),
                               "region": L("LA", COARSE), "city": L("Lagos", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("NGA", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "ipolowobid"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "idmatch.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(6, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("ipolowobid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pb", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0}}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-ipolowobid", f"{IP}/openrtb2/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def ip_win(app: App, rng: random.Random) -> Case:
    """A win beacon (GET): auction, bid, creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-ipolowobid", "https://win.ipolowobid.example.com/w", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "p": "0.12", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def ij_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """An Ijambacast breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": 1765355911.2, "kind": kind, "msg": message, "data": data or {}}


def ij_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, extra: dict[str, Any] | None = None,
             screen: str = "MainActivity") -> Case:
    """An Ijambacast envelope (JSON Lines under its own content type): header, item header and
    the event (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"install": L(sdk_id(app, "ijambacast"), DID),
                        "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                        "battery_pct": L(58, DEV), "tz": L(TZ, DEV),
                        "free_ram": L(1873219584, DEV), "locale": L(LOCALE, DEV)},
             "os": {"name": L("Android", DEV), "version": L("14", DEV), "rooted": L(False, DEV)},
             "extra": dict(extra or {}, screen=L(screen, USAGE)), "crumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "frames": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                       "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T09:44:02.411Z",
             "dsn": f"https://{app.key('ijambacast')}@collect.ijambacast.example.org/12"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-ijambacast", f"{IJ}/api/12/envelope/", recs,
                 ctype="application/x-ijambacast-envelope",
                 headers={"User-Agent": "ijambacast.android/3.1.4"})


def ij_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 418) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-ijambacast", f"{IJ}/api/12/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-10T09:01:09.221Z", "duration": L(secs, USAGE), "status": "exited",
        "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "ijambacast.android/3.1.4",
                 "X-Ijambacast-Auth": f"Ijambacast key={app.key('ijambacast')}"})


__all__ = ["ij_crash", "ij_crumb", "ij_session", "ip_bid", "ip_win", "ky_alias", "ky_batch",
           "ky_beacon", "ky_lines", "op_event", "op_link", "op_session"]
