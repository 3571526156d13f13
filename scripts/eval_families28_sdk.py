"""Measurement SDKs of the twenty-eighth set, built once and called by every app with its own
events and choices: analytics "Plotwise", MMP/attribution "Originly", OpenRTB ads "Bidrowan"
and crash reporting "Stackrook" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, Acc, add, enc
from eval_families20_kit import T0, App, opaque, pos
from eval_families21_kit import sdk_uid
from eval_families22_kit import PHONE_E164_SHA256, sdk_uuid
from eval_families24_kit import rid, sdk_id
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

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
UID, USAGE = "id.user", "behavior.usage"

PLOT = "https://collect.plotwise.example.com"
ORIG = "https://s2s.originly.example.net"
ROWAN = "https://ads.bidrowan.example.com"
ROOK = "https://intake.stackrook.example.org"
Ev = tuple[str, dict[str, Any]]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def _pclient(adid: bool, nd: int | None) -> dict[str, Any]:
    c: dict[str, Any] = {"os": L("Android", DEV), "os_ver": L("14", DEV),
                         "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                         "locale": L("en_US", DEV), "tz_offset": L(-300, DEV),
                         "carrier": L("Example Mobile", CARRIER), "radio": L("wifi", DEV),
                         "lib": "plotwise-android", "lib_ver": "4.2.0"}
    if adid:
        c["gaid"] = L(GAID, ADID)
    if nd is not None:
        lat, lon = pos(nd)
        c["geo"] = {"lat": lat, "lng": lon}
    return c


def plot_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
               adid: bool = False, nd: int | None = None) -> Case:
    """Plotwise's batch (gzip JSON): the client block, the distinct ID (the install ID), the
    user ID signed in, then the events with their properties."""
    who: dict[str, Any] = {"distinct_id": L(INSTALL_ID, DID)}
    if user:
        who["user_id"] = L(USER_ID, UID)
    evs = [{"e": L(name, USAGE), "t": (T0 + 41 * i) * 1000 + 97, "id": sdk_uuid(rng),
            "sid": T0 * 1000 + 512, "p": props} for i, (name, props) in enumerate(events)]
    return case(f"{app.fam}-plotwise", f"{PLOT}/v3/batch", gz=True, body={
        "api_key": app.key("plotwise"), "client": _pclient(adid, nd), "who": who,
        "events": evs, "sent_at": (T0 + 600) * 1000},
        headers={"User-Agent": L(app.ua, DEV), "X-Plotwise-Key": app.key("plotwise")})


def plot_profile(app: App, rng: random.Random, props: dict[str, Any], *,
                 user: bool = True) -> Case:
    """Plotwise's profile update: a form whose ``data`` field is base64url JSON."""
    acc: Acc = {}
    data: dict[str, Any] = {"$token": app.key("plotwise"), "$device": L(INSTALL_ID, DID),
                            "$set": props}
    if user:
        data["$user"] = L(USER_ID, UID)
    body = {"data": enc(data, "body", "data", "b64url", acc), "strict": "1"}
    return add(case(f"{app.fam}-plotwise", f"{PLOT}/v3/profile", fmt="form", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def plot_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64 JSON, the device ID without dashes."""
    return case(f"{app.fam}-plotwise", f"{PLOT}/p.gif", query={
        "k": app.key("plotwise"), "e": L(name, USAGE), "u": L(IID_NODASH, DID),
        "d": W(props, "b64json"), "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)})


def _odev(app: App, first: bool) -> dict[str, Any]:
    d: dict[str, Any] = {"gaid": L(GAID, ADID), "lat": False,
                         "originly_uid": L(sdk_uid(random.Random(app.pkg + "orig")), DID),
                         "model": L("Pixel 8", DEV), "os": L("android", DEV),
                         "os_version": L("14", DEV), "lang": L("en", DEV),
                         "operator": L("Example Mobile", CARRIER), "mcc": L(310, CARRIER),
                         "mnc": L(260, CARRIER), "ip_lan": L(LOCAL_IP, DEV)}
    if first:
        d["android_id"] = L(ANDROID_ID, DID)
    return d


def orig_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
                n: int = 5) -> Case:
    """Originly's launch (JSON): the device, the install referrer on the first launch, the
    launch count; the customer user ID when the app sets it."""
    body: dict[str, Any] = {"app_key": app.key("originly"), "app_version": app.ver,
                            "device": _odev(app, first),
                            "launch_count": L(1 if first else n, USAGE),
                            "ts": (T0 + 5) * 1000, "sdk": "originly-android/7.3.1"}
    if first:
        body["install"] = {"referrer": "utm_source=orig_net&utm_campaign=winter",
                           "click_ts": T0 - 310, "install_begin_ts": T0 - 290}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-originly", f"{ORIG}/api/v5/launch", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def orig_event(app: App, rng: random.Random, name: str, value: dict[str, Any], *,
               revenue: float | None = None, hashed: bool = False, user: bool = True) -> Case:
    """An Originly in-app event (JSON): ``event_value`` is a JSON string; the customer user ID
    signed in, SHA-256 of the e-mail and phone when the app passes them."""
    val = dict(value)
    if revenue is not None:
        val.update(revenue=L(revenue, BUY), currency="USD")
    body: dict[str, Any] = {"app_key": app.key("originly"), "event_name": L(name, USAGE),
                            "event_value": W(val, "json"), "device": _odev(app, False),
                            "event_id": sdk_uuid(rng), "ts": (T0 + 400) * 1000}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["user_emails"] = {"sha256": L(EMAIL_SHA256, MAIL)}
        body["phone_sha256"] = L(PHONE_E164_SHA256, TEL)
    return case(f"{app.fam}-originly", f"{ORIG}/api/v5/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def orig_link(app: App, rng: random.Random, link: U) -> Case:
    """A deep link the app was opened with, sent for resolution (a URL in a JSON field,
    labelled per query parameter)."""
    return case(f"{app.fam}-originly", f"{ORIG}/api/v5/resolve", body={
        "app_key": app.key("originly"), "link": link, "gaid": L(GAID, ADID),
        "originly_uid": L(sdk_uid(random.Random(app.pkg + "orig")), DID)},
        headers={"User-Agent": L(DALVIK, DEV)})


def rowan_bid(app: App, rng: random.Random, imp: dict[str, Any], *, nd: int | None = 4,
              yob: int | None = None, gender: str | None = None, kw: L | None = None,
              hem: bool = False) -> Case:
    """A Bidrowan OpenRTB 2.6 request (plain JSON): GPS geo at ``nd`` decimals or IP geo
    (``None``, with a ZIP and the UTC offset); ``user.id`` the SDK's per-install buyer ID."""
    if nd is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE), "region": L("NY", COARSE),
                               "city": L("New York", COARSE), "zip": L("10118", COARSE),
                               "utcoffset": L(-300, DEV)}
    else:
        lat, lon = pos(nd)
        geo = {"lat": lat, "lon": lon, "type": 1, "accuracy": 20, "utcoffset": L(-300, DEV)}
    usr: dict[str, Any] = {"id": L(sdk_id(app, "bidrowan"), DID)}
    if yob:
        usr["yob"] = L(yob, BIRTH)
    if gender:
        usr["gender"] = L(gender, GENDER)
    if kw is not None:
        usr["keywords"] = kw
    if hem:
        usr["eids"] = [{"source": "emailhash.example.net",
                        "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", tagid=f"{app.fam}_{imp.get('tag', 'main')}",
                         bidfloor=0.4, secure=1)],
            "app": {"id": app.key("bidrowan"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pb", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "lmt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "hwv": L("shiba", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV)},
            "user": usr, "regs": {"coppa": 0, "gpp": "DBABMA~1YNN", "gpp_sid": [7]},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidrowan", f"{ROWAN}/openrtb/2.6", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.6"})


def rowan_notice(app: App, rng: random.Random, kind: str, *, ifa: bool = True) -> Case:
    """A win, impression or click beacon: auction, bid and creative IDs and the price
    negatives, the advertising ID labelled."""
    q: dict[str, Any] = {"a": rid(rng), "b": opaque(rng, "", 16), "cr": opaque(rng, "c", 8),
                         "px": opaque(rng, "R", 22), "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidrowan", f"https://t.bidrowan.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def rook_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Stackrook breadcrumb (``nav``, ``net``, ``ui``, ``log``); ``data`` may hold a ``U``."""
    return {"at": 1765321990.5, "kind": kind, "message": message, "data": data or {}}


def rook_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
               user: dict[str, Any] | None = None, extra: dict[str, Any] | None = None,
               screen: str = "MainActivity") -> Case:
    """A Stackrook crash report (gzip JSON); the user is the app's choice (the user ID signed
    in, by default), the SDK's device UUID ``id.device``."""
    body = {"report_id": opaque(rng, "", 32), "api_key": app.key("stackrook"),
            "app": {"package": app.pkg, "version": app.ver, "build": "5120"},
            "device": {"uuid": L(sdk_id(app, "stackrook"), DID), "model": L("Pixel 8", DEV),
                       "manufacturer": L("Google", DEV), "os_version": L("14", DEV),
                       "battery": L(0.52, DEV), "locale": L("en_US", DEV)},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "context": L(screen, USAGE), "breadcrumbs": crumbs, "metadata": extra or {},
            "exceptions": [{"class": exc[0], "message": exc[1], "stack": [
                {"method": f"{app.pkg}.ui.{screen}.onResume", "line": 117, "inProject": True}]}]}
    return case(f"{app.fam}-stackrook", f"{ROOK}/v2/crash", body=body, gz=True,
                headers={"User-Agent": "stackrook-android/3.9.0",
                         "X-Stackrook-Api-Key": app.key("stackrook")})


def rook_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """Stackrook's session start (msgpack): the device UUID, the user signed in, the session
    ID and times negatives."""
    body: dict[str, Any] = {"api_key": app.key("stackrook"), "session": sdk_uuid(rng),
                            "started": (T0 + 2) * 1000,
                            "device": {"uuid": L(sdk_id(app, "stackrook"), DID),
                                       "model": L("Pixel 8", DEV), "os_version": L("14", DEV)},
                            "app_version": app.ver, "in_foreground": True}
    if user:
        body["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-stackrook", f"{ROOK}/v2/sessions", fmt="msgpack", body=body,
                headers={"User-Agent": "stackrook-android/3.9.0"})


__all__ = ["orig_event", "orig_launch", "orig_link", "plot_batch", "plot_beacon",
           "plot_profile", "rook_crash", "rook_crumb", "rook_session", "rowan_bid",
           "rowan_notice"]
