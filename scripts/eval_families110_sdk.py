"""Measurement SDKs of the hundred-and-tenth set, built once and called by every app with its own
events and choices: analytics "Statkoha", MMP/attribution "Mulatrack", OpenRTB 2.5 ads
"Bidkurulla" and crash reporting "Crashhuna" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families7_kit import enc
from eval_families10_kit import add
from eval_families17_kit import IID_NODASH, Acc
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families110_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    EMAIL_SHA256,
    GENDER,
    IPLOC,
    MAIL,
    NET_MCCMNC,
    NET_OP,
    PHONE_SHA256,
    TEL,
    TZ,
    UID,
    USAGE,
    App,
    Pt,
    cat,
    opaque,
    rid,
    sdk_id,
)
from eval_payloads import (
    ANDROID_ID,
    GAID,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    U,
    W,
    case,
)

SK = "https://in.statkoha.example.com"
MT = "https://app.mulatrack.example.net"
BK = "https://rtb.bidkurulla.example.com"
CH = "https://ingest.crashhuna.example.org"
Ev = tuple[str, dict[str, Any]]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
SKUA = "statkoha-android/2.14.0"


def _iso(i: int) -> str:
    return f"2025-12-09T18:{10 + i:02d}:{(7 * i) % 60:02d}.{100 + i}+05:30"


def sk_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = TZ,
             locale: str = "en_US") -> Case:
    """Statkoha's batch (gzip JSON): the anonymous ID (the install ID), the user ID signed in, a
    ``context`` (device, OS, locale, zone, network, screen, optionally the position), events."""
    ctx: dict[str, Any] = {
        "app": {"version": app.ver, "namespace": app.pkg},
        "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER)},
        "screen": {"density": 2.625, "size": L("1080x2400", DEV)},
        "library": {"name": "statkoha-android", "version": "2.14.0"}}
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    if at is not None:
        ctx["location"] = {"latitude": L(round(at[0], nd), cat(nd)),
                           "longitude": L(round(at[1], nd), cat(nd))}
    evs = [{"type": "track", "event": L(name, USAGE), "properties": props,
            "messageId": sdk_uuid(rng), "timestamp": _iso(i)}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"writeKey": app.key("statkoha"), "anonymousId": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sentAt": _iso(9)}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-statkoha", f"{SK}/v1/batch", body=body, gz=True,
                headers={"User-Agent": SKUA})


def sk_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Statkoha's identify call: a form whose ``data`` field is base64 JSON."""
    d = {"type": "identify", "anonymousId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID),
         "traits": traits, "messageId": sdk_uuid(rng)}
    return case(f"{app.fam}-statkoha", f"{SK}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "writeKey": app.key("statkoha")},
                headers={"User-Agent": SKUA})


def sk_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Statkoha's offline queue flushed on Wi-Fi: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": _iso(i),
                             "messageId": sdk_uuid(rng)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-statkoha", f"{SK}/v1/import", recs,
                 headers={"User-Agent": SKUA, "X-Statkoha-Key": app.key("statkoha")})


def sk_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-statkoha", f"{SK}/v1/b", query={
        "k": app.key("statkoha"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _mt_dev(app: App) -> dict[str, Any]:
    return {"app_token": app.key("mulatrack"), "gps_adid": L(GAID, ADID),
            "mt_uid": L(sdk_uid(random.Random(f"{app.pkg}/mulatrack")), DID),
            "tracking_enabled": "1", "os_name": L("android", DEV), "os_version": L("14", DEV),
            "device_name": L("Pixel 8", DEV), "language": L("en", DEV),
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER), "app_version": app.ver}


def mt_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5) -> Case:
    """Mulatrack's session (a form, as its SDK sends): the first carries the Android ID and
    the install referrer; each the session count; ``user`` the app's user ID."""
    body: dict[str, Any] = {**_mt_dev(app), "session_count": L(1 if first else n, USAGE),
                            "created_at": "2025-12-09T18:02:11.412+0530",
                            "sent_at": "2025-12-09T18:02:11.906+0530"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=lkpromo&utm_medium=cpi&utm_campaign=vesak",
                    install_begin_time="2025-12-09T17:58:40.000+0530")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-mulatrack", f"{MT}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def mt_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "LKR", hashed: bool = False,
             user: bool = True) -> Case:
    """A Mulatrack event (JSON): ``partner_params`` a JSON string; hashed e-mail and phone
    when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {**_mt_dev(app), "event_token": L(name, USAGE),
                            "partner_params": W(vals, "json"), "event_count": 3}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["sha256_email"] = L(EMAIL_SHA256, MAIL)
        body["sha256_phone"] = L(PHONE_SHA256, TEL)
    return case(f"{app.fam}-mulatrack", f"{MT}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def mt_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-mulatrack", f"{MT}/sdk_click", body={
        **_mt_dev(app), "source": "deeplink", "deeplink": link, "click_time": _iso(3),
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bk_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None, country: str = "LKA",
           net: tuple[str, str] = (NET_OP, NET_MCCMNC)) -> Case:
    """A Bidkurulla OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or the IP's
    geo (the roaming SIM's data leaves through New York); ``net`` the network the phone is on
    (name, MCC/MNC); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE), "region": L("NY", COARSE),
                               "city": L("New York", COARSE), "utcoffset": L(330, DEV)}
    else:
        geo = {"lat": L(round(at[0], nd), cat(nd)), "lon": L(round(at[1], nd), cat(nd)),
               "type": 1, "accuracy": 12, "country": L(country, COARSE),
               "utcoffset": L(330 if country == "LKA" else -300, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidkurulla"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("bidkurulla"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                       "os": L("Android", DEV), "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L(net[0], CARRIER),
                       "mccmnc": L(f"{net[1][:3]}-{net[1][3:]}", CARRIER),
                       "connectiontype": L(6, DEV), "lmt": 0, "devicetype": 4},
            "user": user, "regs": {"coppa": 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidkurulla", f"{BK}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bk_win(app: App, rng: random.Random) -> Case:
    """A win notice (GET): auction, bid, seat and creative IDs and the clearing price negatives,
    the advertising ID labelled."""
    return case(f"{app.fam}-bidkurulla", "https://win.bidkurulla.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "s": "seat-41", "cr": opaque(rng, "cr", 6),
        "p": "0.42", "ifa": L(GAID, ADID), "app": app.pkg}, headers={"User-Agent": L(app.ua, DEV)})


def ch_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashhuna breadcrumb (``nav``, ``http``, ``tap``, ``log``)."""
    return {"t": 1765284000.5, "kind": kind, "msg": message, "data": data or {}}


def ch_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = TZ) -> Case:
    """A Crashhuna envelope (JSON Lines under its own content type): the header, the item
    header and the report (user, device with its LAN address, OS, breadcrumbs, the error)."""
    eid = opaque(rng, "", 32)
    report = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "device": {"uid": L(sdk_id(app, "crashhuna"), DID), "model": L("Pixel 8", DEV),
                         "battery_pct": L(58, DEV), "tz": L(tz, DEV),
                         "lan_ip": L(LOCAL_IP, DEV)},
              "os": {"name": L("Android", DEV), "version": L("14", DEV)},
              "screen": L(screen, USAGE), "crumbs": crumbs,
              "error": {"type": exc[0], "value": exc[1],
                        "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                   "line": 88}]}}
    recs = [{"id": eid, "sent": "2025-12-09T12:41:02.118Z",
             "dsn": f"https://{app.key('crashhuna')}@ingest.crashhuna.example.org/9"},
            {"type": "report", "length": 0}, report]
    return lines(f"{app.fam}-crashhuna", f"{CH}/api/9/envelope", recs,
                 ctype="application/x-crashhuna-envelope",
                 headers={"User-Agent": "crashhuna-android/3.1.0"})


def ch_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session close (JSON): ``distinct_id`` the user ID signed in (the install ID not)."""
    return case(f"{app.fam}-crashhuna", f"{CH}/api/9/sessions", body={
        "sid": sdk_uuid(rng), "distinct_id": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "seq": 2, "started": "2025-12-09T12:30:41.020Z", "duration_s": L(secs, USAGE),
        "status": "ok", "crashed": False,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "env": "prod"}},
        headers={"User-Agent": "crashhuna-android/3.1.0",
                 "X-Crashhuna-Key": app.key("crashhuna")})


__all__ = ["bk_bid", "bk_win", "ch_crash", "ch_crumb", "ch_session", "mt_event", "mt_link",
           "mt_session", "sk_batch", "sk_beacon", "sk_identify", "sk_queue"]
