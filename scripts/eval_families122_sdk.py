"""Measurement SDKs of the hundred-and-twenty-second set, built once and called by every app with
its own events and choices: analytics "Gaugeferry", MMP/attribution "Installreef", OpenRTB 2.5 ads
"Bidlagoon" and crash reporting "Faultpalm" (fictional vendors, hosts under example.*). The phone
is in Fiji: the SDKs see the Fijian time zone and locale and the network the US SIM roams on."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families122_kit import FJ_TZ, ROAM
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

GF = "https://collect.gaugeferry.example.com"
IR = "https://app.installreef.example.net"
BL = "https://rtb.bidlagoon.example.com"
FP = "https://report.faultpalm.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
GFUA = "Gaugeferry-Android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def gf_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False) -> Case:
    """Gaugeferry's batch (gzip JSON, snake_case): the anonymous ID is the install ID, the user
    ID signed in, a ``context`` (device, OS, locale, zone, carrier; ``ip``, a position), the
    tracked events."""
    ctx: dict[str, Any] = {
        "app": {"version": app.ver, "namespace": app.pkg},
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L("en-FJ", DEV), "timezone": L(FJ_TZ, DEV),
        "network": {"carrier": L(ROAM["name"], CARRIER), "wifi": True}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-1{i}T08:1{i}:22.401Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("gaugeferry"),
                            "anonymous_id": L(INSTALL_ID, "id.device"), "context": ctx,
                            "batch": batch, "sent_at": "2025-12-14T08:20:01.118Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugeferry", f"{GF}/v1/batch", body=body, gz=True,
                headers={"User-Agent": GFUA})


def gf_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Gaugeferry's identify: a form whose ``data`` field is base64url JSON."""
    acc: Acc = {}
    data = enc({"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                "traits": traits, "write_key": app.key("gaugeferry")}, "body", "data", "b64url",
               acc)
    return add(case(f"{app.fam}-gaugeferry", f"{GF}/v1/identify", fmt="form",
                    body={"data": data, "v": "2"}, headers={"User-Agent": GFUA}), acc)


def gf_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed when the network comes back: JSON Lines, the IDs on each."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": 1765390000 + 97 * i,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gaugeferry", f"{GF}/v1/import", recs,
                 headers={"User-Agent": GFUA, "X-Write-Key": app.key("gaugeferry")})


def gf_screen(app: App, rng: random.Random, screen: str, *, user: bool = True) -> Case:
    """A screen hit (GET): the install ID upper case, the screen, the language."""
    q: dict[str, Any] = {"k": app.key("gaugeferry"), "a": L(INSTALL_ID.upper(), DID),
                         "s": L(screen, USAGE), "l": L("en-FJ", DEV), "t": "1765411290",
                         "r": opaque(rng, "", 10)}
    if user:
        q["u"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugeferry", f"{GF}/v1/s", query=q,
                headers={"User-Agent": L(DALVIK, DEV)})


def _ir_base(app: App) -> dict[str, Any]:
    return {"app_token": app.key("installreef"), "gps_adid": L(GAID, ADID),
            "ir_uid": L(sdk_uid(random.Random(f"{app.pkg}/installreef")), DID)}


def ir_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Installreef's install or session (a form): the SIM's MCC and MNC, the device, the
    session count; the first carries the Android ID and the install referrer."""
    body: dict[str, Any] = {**_ir_base(app), "device_name": L("Pixel 8", DEV),
                            "os_version": L("14", DEV), "language": L("en", DEV),
                            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                            "network_mcc": L(ROAM["mcc"], CARRIER),
                            "session_count": L(1 if first else n, USAGE),
                            "app_version": app.ver, "created_at": "2025-12-13T19:02:11.512+1200"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=reefads&utm_medium=cpi&utm_campaign=fj_dec")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-installreef", f"{IR}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ir_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "FJD", hashed: bool = False) -> Case:
    """An Installreef event (JSON): ``callback_params`` a JSON string; hashed e-mail and phone
    when the app passes them."""
    body: dict[str, Any] = {**_ir_base(app), "event_name": L(name, USAGE),
                            "callback_params": W(params, "json"),
                            "customer_user_id": L(USER_ID, UID), "request_id": rid(rng)}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-installreef", f"{IR}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ir_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-installreef", f"{IR}/deeplink", body={
        **_ir_base(app), "deeplink": link, "click_time": 1765411888,
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bl_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None) -> Case:
    """A Bidlagoon OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo in
    Fiji; the roaming network's MCC-MNC; ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("FJI", COARSE),
                               "region": L("C", COARSE), "city": L("Suva", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L("FJI", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidlagoon"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L(ROAM["name"], CARRIER),
                              "mccmnc": L(f"{ROAM['mcc']}-{ROAM['mnc']}", CARRIER),
                              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("bidlagoon"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidlagoon", f"{BL}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bl_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression notice (GET): auction, bid, creative IDs and the price negatives."""
    return case(f"{app.fam}-bidlagoon", f"https://n.bidlagoon.example.com/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.19", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fp_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultpalm breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": "2025-12-14T07:58:10.221Z", "kind": kind, "msg": message, "meta": data or {}}


def fp_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Faultpalm crash report (gzip JSON): the user, the device (its ID the SDK's), the
    breadcrumbs, the exception and the screen it happened on."""
    body = {"api_key": app.key("faultpalm"), "report_id": opaque(rng, "", 32),
            "app": {"id": app.pkg, "version": app.ver, "release_stage": "production"},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "device": {"id": L(sdk_id(app, "faultpalm"), DID), "model": L("Pixel 8", DEV),
                       "manufacturer": L("Google", DEV), "os_version": L("14", DEV),
                       "locale": L("en_FJ", DEV), "timezone": L(FJ_TZ, DEV),
                       "free_memory": L(1873412096, DEV), "battery_level": L(0.41, DEV),
                       "orientation": L("portrait", DEV), "rooted": L(False, DEV)},
            "context": L(screen, USAGE), "breadcrumbs": crumbs,
            "exceptions": [{"class": exc[0], "message": exc[1],
                            "stack": [{"method": "onResume", "file": f"{screen}.kt",
                                       "line": 88}]}]}
    return case(f"{app.fam}-faultpalm", f"{FP}/api/v3/crashes", body=body, gz=True,
                headers={"User-Agent": "faultpalm-android/7.3.0",
                         "X-Faultpalm-Key": app.key("faultpalm")})


def fp_sessions(app: App, rng: random.Random, durations: list[int]) -> Case:
    """Sessions flushed as JSON Lines: the SDK's device ID, the user ID, each length in ms."""
    recs = [{"sid": sdk_uuid(rng), "did": L(sdk_id(app, "faultpalm"), DID),
             "uid": L(USER_ID, UID), "started": 1765380000 + 5000 * i,
             "duration_ms": L(d, USAGE), "unhandled": 0} for i, d in enumerate(durations)]
    return lines(f"{app.fam}-faultpalm", f"{FP}/api/v3/sessions", recs,
                 headers={"User-Agent": "faultpalm-android/7.3.0",
                          "X-Faultpalm-Key": app.key("faultpalm")})


__all__ = ["bl_bid", "bl_notice", "fp_crash", "fp_crumb", "fp_sessions", "gf_batch",
           "gf_identify", "gf_queue", "gf_screen", "ir_event", "ir_link", "ir_session"]
