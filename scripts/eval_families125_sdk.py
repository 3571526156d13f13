"""Measurement SDKs of the hundred-and-twenty-fifth set, built once and called by every app with
its own events and choices: analytics "Minivetrics", MMP/attribution "Drongolink", OpenRTB 2.5
ads "Koelbid" and crash reporting "Crashbabbler" (fictional vendors, hosts under example.*).
Their shapes follow set 37's vendors with other keys, paths and bodies (the MMP's launches are
form bodies; the analytics context names the roaming network)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families125_kit import TONLE, TZ_PP
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

MV = "https://in.minivetrics.example.com"
DL = "https://s2s.drongolink.example.net"
KB = "https://rtb.koelbid.example.com"
CB = "https://intake.crashbabbler.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MVUA = "minivetrics-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def mv_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = TZ_PP,
             locale: str = "en-US", roaming: bool = True) -> Case:
    """Minivetrics' batch (gzip JSON): the anonymous ID (the install ID), the user ID signed in,
    one ``context`` (device, OS, locale, zone, carrier and roaming network, ``location``)."""
    net: dict[str, Any] = {"carrier": L("Example Mobile", CARRIER), "wifi": True}
    if roaming:
        net["roamingOperator"] = L(TONLE[0], CARRIER)
    ctx: dict[str, Any] = {"app": {"version": app.ver, "namespace": app.pkg},
                           "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)},
                           "os": {"name": "Android", "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV), "network": net,
                           "screen": L("1080x2400", DEV), "library": "minivetrics-android"}
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "messageId": sdk_uuid(rng), "timestamp": f"2025-12-1{i % 9}T0{i % 9}:14:22.{i}18Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"writeKey": app.key("minivetrics"), "anonymousId": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sentAt": "2025-12-19T09:14:30.004Z"}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-minivetrics", f"{MV}/v1/batch", body=body, gz=True,
                headers={"User-Agent": MVUA})


def mv_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Minivetrics' identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    p = {"anonymousId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID), "traits": traits,
         "writeKey": app.key("minivetrics")}
    return case(f"{app.fam}-minivetrics", f"{MV}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "encoding": "base64"}, headers={"User-Agent": MVUA})


def mv_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed on reconnecting: JSON Lines, the IDs on every line."""
    recs = [{"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
             "userId": L(USER_ID, UID), "properties": props,
             "ts": (T0 + 900 * i) * 1000, "messageId": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-minivetrics", f"{MV}/v1/import", recs,
                 headers={"User-Agent": MVUA, "X-Minivetrics-Key": app.key("minivetrics")})


def mv_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON (the install ID without dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-minivetrics", f"{MV}/v1/p.gif", query={
        "k": app.key("minivetrics"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _dl_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "dl_uid": L(sdk_uid(random.Random(f"{app.pkg}/drongolink")), DID)}


def dl_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 9) -> Case:
    """Drongolink's install or session (a form): the advertising and SDK IDs, the device, the
    SIM's MCC/MNC and the network's operator, the session count; the first carries the Android
    ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("drongolink"), **_dl_ids(app),
                            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                            "language": L("en", DEV), "sim_mcc_mnc": L("310260", CARRIER),
                            "network_mcc_mnc": L(TONLE[1], CARRIER),
                            "network_operator": L(TONLE[0], CARRIER),
                            "session_count": L(1 if first else n, USAGE),
                            "app_version": app.ver, "sent_at": "2025-12-14T02:11:09.412Z+0700"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=koelnet&utm_medium=cpi&utm_campaign=kh_dec")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-drongolink", f"{DL}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def dl_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Drongolink event (JSON): ``event_data`` a JSON string of the parameters; hashed e-mail
    and phone in ``matching`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("drongolink"), "ids": _dl_ids(app),
                            "event": L(name, USAGE), "event_data": W(vals, "json"),
                            "created_at": "2025-12-14 09:20:41.118+0700",
                            "device": {"model": L("Pixel 8", DEV), "os": L("android 14", DEV)}}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["matching"] = {"em_sha256": L(EMAIL_SHA256, MAIL), "ph_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-drongolink", f"{DL}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def dl_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-drongolink", f"{DL}/sdk_click", body={
        "app_token": app.key("drongolink"), "ids": _dl_ids(app), "deeplink": link,
        "source": "deeplink", "click_time": 1765681209, "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def kb_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, ny: bool = False) -> Case:
    """A Koelbid OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Phnom Penh); ``user.id`` the SDK's buyer ID; ``ny``: in New York, on her home network."""
    country = "USA" if ny else "KHM"
    op, mccmnc = ("Example Mobile", "310-260") if ny else (TONLE[0], "456-12")
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("KH-12", COARSE), "city": L("Phnom Penh", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "koelbid"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV), "carrier": L(op, CARRIER),
              "mccmnc": L(mccmnc, CARRIER), "connectiontype": L(6, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("koelbid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "kp", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-koelbid", f"{KB}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def kb_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, creative IDs and the clearing price negatives; the IFA."""
    return case(f"{app.fam}-koelbid", "https://win.koelbid.example.com/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "kc", 6),
        "cp": "0.19", "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def cb_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashbabbler breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": 1765681911.2, "kind": kind, "msg": message, "data": data or {}}


def cb_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             extra: dict[str, Any] | None = None) -> Case:
    """A Crashbabbler envelope (JSON Lines under its own content type): header, item header and
    the report (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    report = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "device": {"install": L(sdk_id(app, "crashbabbler"), DID),
                         "model": L("Pixel 8", DEV), "battery": L(38, DEV),
                         "freeMemory": L(1843200000, DEV), "timezone": L(TZ_PP, DEV)},
              "os": {"name": L("Android", DEV), "version": L("14", DEV), "rooted": L(False, DEV)},
              "context": dict(extra or {}, screen=L(screen, USAGE)), "breadcrumbs": crumbs,
              "exception": {"type": exc[0], "message": exc[1],
                            "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                       "line": 88}]}}
    recs = [{"id": eid, "sent": "2025-12-14T02:24:02.411Z"},
            {"type": "crash", "length": 0}, report]
    return lines(f"{app.fam}-crashbabbler", f"{CB}/api/9/envelope", recs,
                 ctype="application/x-crashbabbler", headers={
                     "User-Agent": "crashbabbler-android/3.1.7",
                     "X-Babbler-Key": app.key("crashbabbler")})


def cb_session(app: App, rng: random.Random, *, secs: int = 341) -> Case:
    """A session update (JSON): ``did`` the user ID, the length in seconds."""
    return case(f"{app.fam}-crashbabbler", f"{CB}/api/9/session", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "seq": 2, "duration": L(secs, USAGE),
        "status": "ok", "release": f"{app.pkg}@{app.ver}", "env": "prod"},
        headers={"User-Agent": "crashbabbler-android/3.1.7",
                 "X-Babbler-Key": app.key("crashbabbler")})


__all__ = ["cb_crash", "cb_crumb", "cb_session", "dl_event", "dl_launch", "dl_link", "kb_bid",
           "kb_win", "mv_batch", "mv_identify", "mv_pixel", "mv_queue"]
