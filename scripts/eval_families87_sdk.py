"""Measurement SDKs of the eighty-seventh set, built once and called by every app with its own
events and choices: analytics "Kolamtrix", MMP/attribution "Attrimalai", OpenRTB 2.5 ads
"Bidmalligai" and crash reporting "Crashkuyil" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

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
from eval_families87_kit import TZ
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

KM = "https://in.kolamtrix.example.com"
AM = "https://s2s.attrimalai.example.net"
BM = "https://rtb.bidmalligai.example.com"
CK = "https://collect.crashkuyil.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
KMUA = "Kolamtrix-Android/2.6.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def km_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             locale: str = "en_IN") -> Case:
    """Kolamtrix's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, network, locale, zone; ``ip`` the public IP; ``at`` a
    position at ``nd`` decimals), then the events."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "locale": L(locale, DEV), "timezone": L(TZ, DEV),
        "app": {"version": app.ver, "build": "4410"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-1{i % 10}T18:0{i}:11.204Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("kolamtrix"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sent_at": "2025-12-12T18:09:40.001Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-kolamtrix", f"{KM}/v1/batch", body=body, gz=True,
                headers={"User-Agent": KMUA})


def km_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Kolamtrix's identify: a form whose ``data`` field is base64 JSON."""
    p = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("kolamtrix")}
    return case(f"{app.fam}-kolamtrix", f"{KM}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": KMUA})


def km_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Offline events flushed at launch: JSON Lines, the IDs on every line."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props,
             "ts": (T0 - 4200 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-kolamtrix", f"{KM}/v1/import", recs,
                 headers={"User-Agent": KMUA, "X-Kolamtrix-Key": app.key("kolamtrix")})


def km_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-kolamtrix", f"{KM}/v1/p.gif", query={
        "wk": app.key("kolamtrix"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _am(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "am_uid": L(sdk_uid(random.Random(f"{app.pkg}/attrimalai")),
                                                DID),
            "lat_enabled": False, "device_model": L("Pixel 8", DEV), "os_ver": L("14", DEV),
            "lang": L("en-IN", DEV), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def am_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            opens: int = 9) -> Case:
    """Attrimalai's open (JSON): the first carries the Android ID and the install referrer."""
    body: dict[str, Any] = {"app_key": app.key("attrimalai"), **_am(app),
                            "app_ver": app.ver, "open_count": L(1 if first else opens, USAGE),
                            "sdk_ver": "3.2.7", "req_id": rid(rng)}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["install_referrer"] = "utm_source=malainet&utm_medium=cpi&utm_campaign=dec_in"
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-attrimalai", f"{AM}/api/v2/{'install' if first else 'open'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def am_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: str | None = None, hashed: bool = False) -> Case:
    """An Attrimalai event: ``event_values`` a JSON string; hashed e-mail and phone optional."""
    vals = dict(params)
    if revenue is not None:
        vals.update(af_revenue=L(revenue, BUY), af_currency="INR")
    body: dict[str, Any] = {"app_key": app.key("attrimalai"), **_am(app),
                            "event_name": L(name, USAGE), "event_values": W(vals, "json"),
                            "event_ts": 1765548221118, "cuid": L(USER_ID, UID)}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attrimalai", f"{AM}/api/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def am_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrimalai", f"{AM}/api/v2/deeplink", body={
        "app_key": app.key("attrimalai"), **_am(app), "link": link, "clicked_at": 1765541120,
        "req_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bm_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False) -> Case:
    """A Bidmalligai OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Chennai); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("IND", COARSE), "region": L("TN", COARSE),
                               "city": L("Chennai", COARSE), "zip": L("600090", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L("IND", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidmalligai"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "idgraph.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV),
              "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["INR"],
            "imp": [dict(imp, id="1", bidfloor=4.5, bidfloorcur="INR", secure=1)],
            "app": {"id": app.key("bidmalligai"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidmalligai", f"{BM}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bm_win(app: App, rng: random.Random) -> Case:
    """A win notice (GET): auction, bid, creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-bidmalligai", "https://win.bidmalligai.example.com/w", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "5.12", "cur": "INR", "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def ck_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashkuyil breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765548311.2, "kind": kind, "msg": message, "data": data or {}}


def ck_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Crashkuyil report (JSON Lines: header, item header, event with the user, device and
    OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"id": L(sdk_id(app, "crashkuyil"), DID),
                                     "model": L("Pixel 8", DEV), "battery_level": L(37, DEV),
                                     "memory_free": L(1839202304, DEV),
                                     "timezone": L(TZ, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-12T18:12:02.411Z"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-crashkuyil", f"{CK}/api/418/envelope/", recs,
                 ctype="application/x-crashkuyil-envelope",
                 headers={"User-Agent": "crashkuyil.android/2.9.1",
                          "X-Kuyil-Auth": f"Kuyil key={app.key('crashkuyil')}"})


def ck_session(app: App, rng: random.Random, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID signed in."""
    return case(f"{app.fam}-crashkuyil", f"{CK}/api/418/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "started": "2025-12-12T17:41:09.221Z",
        "duration": L(secs, USAGE), "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "crashkuyil.android/2.9.1"})


__all__ = ["am_event", "am_link", "am_open", "bm_bid", "bm_win", "ck_crash", "ck_crumb",
           "ck_session", "km_batch", "km_identify", "km_pixel", "km_queue"]
