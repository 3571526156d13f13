"""Measurement SDKs of the ninety-eighth set, built once and called by every app with its own
events and choices: analytics "Tallyhoopoe", MMP/attribution "Originquay", OpenRTB 2.5 ads
"Bidbaobab" and crash reporting "Faultibis" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import json
import random
from typing import Any

from eval_families17_kit import (
    EMAIL_SHA256,
    IID_NODASH,
    MCCMNC,
    PHONE_SHA256,
    Acc,
    add,
    enc,
)
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families98_kit import TZ, VISITED
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

TH = "https://api.tallyhoopoe.example.com"
OQ = "https://t.originquay.example.net"
BB = "https://rtb.bidbaobab.example.com"
FI = "https://in.faultibis.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
THUA = "tallyhoopoe-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def th_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             locale: str = "so_SO") -> Case:
    """Tallyhoopoe's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID signed in, one ``context`` (device, OS, locale, zone, SIM and visited network), then the
    events as ``track`` messages."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV)},
        "os": {"version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(TZ, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True,
                    "roaming_operator": L(VISITED[1], CARRIER)},
        "app": {"build": "4021", "version": app.ver, "namespace": app.pkg},
        "library": {"name": "tallyhoopoe-android", "version": "2.14.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-10T0{i}:1{i}:07.{i}31Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallyhoopoe"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-10T08:14:51.220Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyhoopoe", f"{TH}/v1/batch", body=body, gz=True,
                headers={"User-Agent": THUA})


def th_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """An identify call as a form: ``traits`` is a JSON string (its keys continue the path)."""
    body: dict[str, Any] = {"write_key": app.key("tallyhoopoe"),
                            "anonymous_id": L(INSTALL_ID, DID), "traits": W(traits, "json"),
                            "message_id": sdk_uuid(rng)}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyhoopoe", f"{TH}/v1/identify", fmt="form", body=body,
                headers={"User-Agent": THUA})


def th_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed when the network comes back: JSON Lines, the IDs on each."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 + 40000 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallyhoopoe", f"{TH}/v1/import", recs,
                 headers={"User-Agent": THUA, "X-Write-Key": app.key("tallyhoopoe")})


def th_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64 JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64", acc)
    return add(case(f"{app.fam}-tallyhoopoe", f"{TH}/v1/p.gif", query={
        "k": app.key("tallyhoopoe"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _oq_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "oq_uid": L(sdk_uid(random.Random(f"{app.pkg}/oq")), DID),
            "lat": False}


def _oq_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_ver": L("14", DEV), "lang": L("so", DEV),
            "sim_mccmnc": L(MCCMNC, CARRIER), "net_mccmnc": L(VISITED[0], CARRIER)}


def oq_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Originquay's install or session (JSON): the first carries the Android ID and the install
    referrer; each one the session count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_key": app.key("originquay"), "ids": _oq_ids(app),
                            "device": _oq_dev(), "app_ver": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk_ver": "7.3.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=quaymedia&utm_medium=cpi&utm_campaign=so_dec"
    if user:
        body["cuid"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-originquay", f"{OQ}/api/v3/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def oq_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Originquay event: ``event_value`` a JSON string of the parameters; hashed e-mail and
    phone in ``hashed`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_key": app.key("originquay"), "ids": _oq_ids(app),
                            "event_name": L(name, USAGE), "event_value": W(vals, "json"),
                            "event_ts": 1765354911412, "device": _oq_dev()}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-originquay", f"{OQ}/api/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def oq_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-originquay", f"{OQ}/api/v3/deeplink", body={
        "app_key": app.key("originquay"), "ids": _oq_ids(app), "link": link,
        "clicked_at": 1765355002, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bb_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False) -> Case:
    """A Bidbaobab OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Mogadishu); ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed placement."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("SOM", COARSE),
                               "region": L("BN", COARSE), "city": L("Mogadishu", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("SOM", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidbaobab"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("so", DEV), "carrier": L(VISITED[1], CARRIER),
                              "mccmnc": L("637-82", CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("bidbaobab"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pb", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidbaobab", f"{BB}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bb_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """A win notice: auction, bid and creative IDs and the clearing price are negatives."""
    q: dict[str, Any] = {"auc": rid(rng), "bid": opaque(rng, "", 16),
                         "crid": opaque(rng, "cr", 6), "px": "0.19", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidbaobab", "https://win.bidbaobab.example.com/w", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def fi_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultibis breadcrumb (``nav``, ``http``, ``tap``, ``log``)."""
    return {"at": 1765355411.8, "kind": kind, "msg": message, "data": data or {}}


def fi_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Faultibis envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "faultibis"), DID),
                                     "model": L("Pixel 8", DEV), "battery_level": L(38, DEV),
                                     "timezone": L(TZ, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE), "net": "wifi"}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "frames": [{"function": "onResume",
                                       "module": f"{app.pkg}.ui.{screen}", "lineno": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T08:31:12.044Z",
             "dsn": f"https://{app.key('faultibis')}@in.faultibis.example.org/318"},
            {"type": "event", "length": len(json.dumps(eid))}, event]
    return lines(f"{app.fam}-faultibis", f"{FI}/api/318/envelope/", recs,
                 ctype="application/x-faultibis-envelope",
                 headers={"User-Agent": "faultibis.android/3.4.0"})


def fi_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session update (a form): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultibis", f"{FI}/api/318/session/", fmt="form", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "status": "exited", "duration": L(secs, USAGE), "errors": "0",
        "release": f"{app.pkg}@{app.ver}", "started": "2025-12-10T07:58:40Z"},
        headers={"User-Agent": "faultibis.android/3.4.0",
                 "X-Faultibis-Key": app.key("faultibis")})


__all__ = ["bb_bid", "bb_win", "fi_crash", "fi_crumb", "fi_session", "oq_event", "oq_launch",
           "oq_link", "th_batch", "th_beacon", "th_identify", "th_queue"]
