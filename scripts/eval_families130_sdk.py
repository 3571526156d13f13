"""Measurement SDKs of the hundred-and-thirtieth set, built once and called by every app with its
own events and choices: analytics "Quernlytics", MMP/attribution "Attriknoll", OpenRTB 2.5 ads
"Bidcrannog" and crash reporting "Faultlichen" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families130_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    GENDER,
    IPLOC,
    MAIL,
    PRECISE,
    TEL,
    TZ,
    UID,
    USAGE,
)
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

QL = "https://in.quernlytics.example.com"
AK = "https://s2s.attriknoll.example.net"
BC = "https://rtb.bidcrannog.example.com"
FL = "https://report.faultlichen.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
QLUA = "quernlytics-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(locale: str) -> dict[str, Any]:
    return {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L(locale, DEV), "timezone": L(TZ, DEV),
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
            "screen": {"w": L(1080, DEV), "h": L(2400, DEV)}}


def ql_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             locale: str = "en_BW") -> Case:
    """Quernlytics's batch (gzip JSON, snake_case): ``anonymous_id`` the install ID, the user ID
    signed in, one ``context`` (device, OS, locale, zone, carrier), then the events."""
    ctx = _ctx(locale)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": (T0 + 41 * i) * 1000 + 230}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("quernlytics"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx,
                            "batch": batch, "sent_at": T0 * 1000 + 8120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-quernlytics", f"{QL}/v1/batch", body=body, gz=True,
                headers={"User-Agent": QLUA})


def ql_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """The profile update: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                         "traits": traits}
    return case(f"{app.fam}-quernlytics", f"{QL}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "write_key": app.key("quernlytics")},
                headers={"User-Agent": QLUA})


def ql_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed when the network returns: JSON Lines, IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 7200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-quernlytics", f"{QL}/v1/import", recs,
                 headers={"User-Agent": QLUA, "X-Write-Key": app.key("quernlytics")})


def ql_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-quernlytics", f"{QL}/v1/p.gif", query={
        "wk": app.key("quernlytics"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ak_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "ak_uid": L(sdk_uid(random.Random(f"{app.pkg}/attriknoll")), DID),
            "lat": False}


def _ak_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def ak_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 9) -> Case:
    """Attriknoll's session (JSON): the first carries the Android ID and the install referrer;
    each the launch count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_key": app.key("attriknoll"), "ids": _ak_ids(app),
                            "device": _ak_dev(), "app_version": app.ver,
                            "launch_count": L(1 if first else n, USAGE), "sdk": "7.2.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=knollads&utm_medium=cpi&utm_campaign=bw12",
                    click_ts=1765280412)
    if user:
        body["cuid"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-attriknoll", f"{AK}/api/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ak_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "BWP", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attriknoll event: ``event_value`` a JSON string of the parameters; SHA-256 e-mail and
    phone in ``hashed_ids`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(af_revenue=L(revenue, BUY), af_currency=currency)
    body: dict[str, Any] = {"app_key": app.key("attriknoll"), "ids": _ak_ids(app),
                            "event_name": L(name, USAGE), "event_value": W(vals, "json"),
                            "event_time": "2025-12-10 07:14:22.406", "device": _ak_dev()}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["hashed_ids"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                              "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attriknoll", f"{AK}/api/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ak_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attriknoll", f"{AK}/api/deeplink", body={
        "app_key": app.key("attriknoll"), "ids": _ak_ids(app), "link": link,
        "opened_ts": 1765341120, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bc_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False) -> Case:
    """A Bidcrannog OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed app (no advertising ID)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("BWA", COARSE),
                               "region": L("SE", COARSE), "city": L("Gaborone", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("BWA", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidcrannog"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(6, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("bidcrannog"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pc", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidcrannog", f"{BC}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bc_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-bidcrannog", f"https://ev.bidcrannog.example.com/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "p": "0.19", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fl_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultlichen breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"ts": 1765349911.2, "kind": kind, "msg": message, "data": data or {}}


def fl_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Faultlichen envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"id": L(sdk_id(app, "faultlichen"), DID),
                                     "model": L("Pixel 8", DEV), "battery_level": L(38, DEV),
                                     "orientation": L("portrait", DEV),
                                     "timezone": L(TZ, DEV), "free_memory": L(812331008, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T07:20:02.118Z",
             "dsn": f"https://{app.key('faultlichen')}@report.faultlichen.example.org/42"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultlichen", f"{FL}/api/42/envelope/", recs,
                 ctype="application/x-faultlichen-envelope",
                 headers={"User-Agent": "faultlichen.android/3.4.0"})


def fl_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 388) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultlichen", f"{FL}/api/42/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-10T06:58:40.020Z", "duration": L(secs, USAGE), "status": "exited",
        "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "faultlichen.android/3.4.0",
                 "X-Faultlichen-Auth": f"Faultlichen key={app.key('faultlichen')}"})


__all__ = ["ak_event", "ak_launch", "ak_link", "bc_bid", "bc_notice", "fl_crash", "fl_crumb",
           "fl_session", "ql_batch", "ql_identify", "ql_pixel", "ql_queue"]
