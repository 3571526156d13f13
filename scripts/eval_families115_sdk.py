"""Measurement SDKs of the hundred-and-fifteenth set, built once and called by every app with its
own events and choices: analytics "Countmarten", MMP/attribution "Sourcequince", OpenRTB 2.5 ads
"Bidokapi" and crash reporting "Faultkudu" (fictional vendors, hosts under example.*). In Mekelle
the phone roams (``ROAM``): the SDKs that read the network report it beside the US SIM."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families115_kit import (
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
    ROAM,
    TEL,
    UID,
    USAGE,
    WIFI,
)
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    GAID,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    U,
    W,
    case,
)

CM = "https://in.countmarten.example.com"
SQ = "https://s2s.sourcequince.example.net"
OK = "https://rtb.bidokapi.example.com"
FK = "https://errors.faultkudu.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CMUA = "countmarten-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _net(roam: bool) -> dict[str, Any]:
    """The SIM's carrier, and the visited network's in Mekelle (all ``location.carrier``)."""
    n: dict[str, Any] = {"sim_carrier": L("Example Mobile", CARRIER),
                         "sim_mcc": L("310", CARRIER), "sim_mnc": L("260", CARRIER)}
    if roam:
        n.update(carrier=L(ROAM["name"], CARRIER), mcc=L(ROAM["mcc"], CARRIER),
                 mnc=L(ROAM["mnc"], CARRIER), roaming=L(True, DEV))
    return n


def cm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, roam: bool = True,
             tz: str = "Africa/Addis_Ababa", locale: str = "ti_ET") -> Case:
    """Countmarten's batch (gzip JSON, snake_case): ``anonymous_id`` the install ID, the user ID
    signed in, a ``context`` (device, OS, locale, zone, network) and the events."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV),
                                      "manufacturer": L("Google", DEV)},
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": _net(roam), "app": {"version": app.ver, "build": 4120}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("countmarten"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": (T0 + 600) * 1000}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countmarten", f"{CM}/v1/batch", body=body, gz=True,
                headers={"User-Agent": CMUA})


def cm_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Countmarten's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    p = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("countmarten")}
    return case(f"{app.fam}-countmarten", f"{CM}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": CMUA})


def cm_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed on reconnecting (JSON Lines; the IDs on every line)."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props, "message_id": sdk_uuid(rng),
             "timestamp": (T0 - 7200 + 61 * i) * 1000} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-countmarten", f"{CM}/v1/import", recs,
                 headers={"User-Agent": CMUA, "X-Countmarten-Key": app.key("countmarten")})


def cm_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-countmarten", f"{CM}/v1/p.gif", query={
        "k": app.key("countmarten"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _sq_base(app: App, roam: bool) -> dict[str, Any]:
    return {"app_token": app.key("sourcequince"), "gps_adid": L(GAID, ADID),
            "sq_uid": L(sdk_uid(random.Random(f"{app.pkg}/sourcequince")), DID),
            "device_type": "phone", "device_name": L("Pixel 8", DEV),
            "os_version": L("14", DEV), "language": L("ti" if roam else "en", DEV),
            "mcc": L(ROAM["mcc"] if roam else "310", CARRIER),
            "mnc": L(ROAM["mnc"] if roam else "260", CARRIER)}


def sq_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               count: int = 9, roam: bool = True) -> Case:
    """Sourcequince's session (a form): the first with the Android ID and the referrer; MCC and
    MNC the network's (the visited one in Mekelle)."""
    body = dict(_sq_base(app, roam), session_count=L(1 if first else count, USAGE),
                created_at="2025-12-04T19:22:11.410Z+0300", app_version=app.ver)
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=quincenet&utm_medium=cpi&utm_campaign=tg12")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-sourcequince", f"{SQ}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.0"})


def sq_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: str | None = None, currency: str = "ETB", hashed: bool = False,
             roam: bool = True) -> Case:
    """An event (a form): ``partner_params`` a JSON string; hashed e-mail and phone on demand."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body = dict(_sq_base(app, roam), event_name=L(name, USAGE), partner_params=W(vals, "json"),
                customer_user_id=L(USER_ID, UID), created_at="2025-12-04T19:31:40.118Z+0300")
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-sourcequince", f"{SQ}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.0"})


def sq_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (an https URL in a JSON field)."""
    return case(f"{app.fam}-sourcequince", f"{SQ}/sdk_click", body={
        "app_token": app.key("sourcequince"), "gps_adid": L(GAID, ADID),
        "sq_uid": L(sdk_uid(random.Random(f"{app.pkg}/sourcequince")), DID),
        "source": "deeplink", "deeplink": link, "click_time": 1765364210,
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def ok_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None, hem: bool = False, ny: bool = False) -> Case:
    """A Bidokapi OpenRTB 2.5 bid request: GPS geo (``at``) or IP geo (Mekelle, or New York with
    ``ny``); ``user.id`` the SDK's buyer ID; the roaming network's MCC-MNC in Mekelle."""
    if at is None:
        geo: dict[str, Any] = ({"type": 2, "country": L("USA", COARSE),
                                "region": L("NY", COARSE), "city": L("New York", COARSE)}
                               if ny else {"type": 2, "country": L("ETH", COARSE),
                                           "region": L("TI", COARSE),
                                           "city": L("Mekelle", COARSE)})
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12,
               "country": L("USA" if ny else "ETH", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidokapi"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "mailhash.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {
        "ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
        "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
        "osv": L("14", DEV), "language": L("ti" if not ny else "en", DEV),
        "carrier": L("Example Mobile" if ny else ROAM["name"], CARRIER),
        "mccmnc": L("310-260" if ny else f"{ROAM['mcc']}-{ROAM['mnc']}", CARRIER),
        "connectiontype": L(6, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.05, secure=1)],
            "app": {"id": app.key("bidokapi"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidokapi", f"{OK}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def ok_notice(app: App, rng: random.Random, kind: str = "imp") -> Case:
    """An impression or win beacon: auction, bid, creative IDs and the price negatives."""
    return case(f"{app.fam}-bidokapi", f"https://ev.bidokapi.example.com/{kind}", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "p": "0.38", "b": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def fk_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultkudu breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1765364911.2, "type": kind, "msg": message, "data": data or {}}


def fk_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             screen: str = "MainActivity", wifi: bool = False,
             tz: str = "Africa/Addis_Ababa") -> Case:
    """A Faultkudu crash report (gzip JSON): user, device, OS, breadcrumbs, the exception;
    ``wifi`` adds the network block (SSID, BSSID, LAN address)."""
    dev: dict[str, Any] = {"id": L(sdk_id(app, "faultkudu"), DID), "model": L("Pixel 8", DEV),
                           "brand": L("google", DEV), "battery_level": L(58, DEV),
                           "free_memory": L(1288404992, DEV), "timezone": L(tz, DEV),
                           "locale": L("ti_ET", DEV)}
    if wifi:
        dev["network"] = {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                          "ip": L(LOCAL_IP, DEV), "type": L("wifi", DEV)}
    body = {"report_id": opaque(rng, "", 32), "api_key": app.key("faultkudu"),
            "app": {"id": app.pkg, "version": app.ver, "release_stage": "production"},
            "user": {"id": L(USER_ID, UID)}, "device": dev,
            "os": {"name": L("android", DEV), "version": L("14", DEV),
                   "jailbroken": L(False, DEV)},
            "context": L(screen, USAGE), "breadcrumbs": crumbs,
            "exceptions": [{"class": exc[0], "message": exc[1],
                            "stack": [{"method": "onResume", "file": f"{screen}.kt",
                                       "line": 88}]}]}
    return case(f"{app.fam}-faultkudu", f"{FK}/v2/crash", body=body, gz=True,
                headers={"User-Agent": "faultkudu-android/3.6.1",
                         "X-Faultkudu-Key": app.key("faultkudu")})


def fk_sessions(app: App, rng: random.Random, secs: list[int]) -> Case:
    """Sessions flushed as JSON Lines: the device ID, the user ID, each length."""
    recs = [{"sid": sdk_uuid(rng), "device": L(sdk_id(app, "faultkudu"), DID),
             "user": L(USER_ID, UID), "started": f"2025-12-0{3 + i}T07:1{i}:00Z",
             "duration_s": L(s, USAGE), "crashed": False} for i, s in enumerate(secs)]
    return lines(f"{app.fam}-faultkudu", f"{FK}/v2/sessions", recs,
                 headers={"User-Agent": "faultkudu-android/3.6.1",
                          "X-Faultkudu-Key": app.key("faultkudu")})


__all__ = ["cm_batch", "cm_identify", "cm_pixel", "cm_queue", "fk_crash", "fk_crumb",
           "fk_sessions", "ok_bid", "ok_notice", "sq_event", "sq_link", "sq_session"]
