"""Measurement SDKs of the hundred-and-eighteenth set, built once and called by every app with its
own events and choices: analytics "Tallykea", MMP/attribution "Attriweka", OpenRTB 2.5 ads
"Bidpukeko" and crash reporting "Faultkokako" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families118_kit import (
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
    NZ_TZ,
    PRECISE,
    TEL,
    UID,
    USAGE,
)
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

TK = "https://in.tallykea.example.com"
AW = "https://s2s.attriweka.example.net"
BP = "https://rtb.bidpukeko.example.com"
FK = "https://report.faultkokako.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TKUA = "Tallykea-Android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def tk_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, gz: bool = True) -> Case:
    """Tallykea's batch (snake_case JSON, gzip by default): the install ID as ``anon_id``, the
    user ID signed in, a ``context`` (model, OS, locale, zone, carrier, screen), the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "os_version": L("Android 14", DEV), "locale": L("en_NZ", DEV),
                           "timezone": L(NZ_TZ, DEV), "carrier": L("Example Mobile", CARRIER),
                           "screen_dpi": L(420, DEV), "app_build": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 95} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallykea"), "anon_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 8811}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallykea", f"{TK}/v1/batch", body=body, gz=gz,
                headers={"User-Agent": TKUA})


def tk_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallykea's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    p = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("tallykea")}
    return case(f"{app.fam}-tallykea", f"{TK}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": TKUA})


def tk_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Tallykea's offline queue (JSON Lines): every line carries the IDs."""
    recs = [{"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
             "properties": props, "timestamp": (T0 - 4200 + 61 * i) * 1000,
             "message_id": sdk_uuid(rng)} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-tallykea", f"{TK}/v1/import", recs,
                 headers={"User-Agent": TKUA, "X-Write-Key": app.key("tallykea")})


def tk_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON (install ID without dashes, event)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallykea", f"{TK}/v1/p.gif", query={
        "wk": app.key("tallykea"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _aw_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID), "aw_uid": L(sdk_uid(random.Random(f"{app.pkg}/aw")), DID),
            "tracking_enabled": 1}


def _aw_dev() -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "mcc_mnc": L(MCCMNC, CARRIER),
            "network_operator": L("Example Mobile", CARRIER)}


def aw_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5) -> Case:
    """Attriweka's install or session (JSON): the install carries the Android ID and the Play
    referrer; every one the session count."""
    body: dict[str, Any] = {"app_token": app.key("attriweka"), **_aw_ids(app), **_aw_dev(),
                            "app_version": app.ver, "session_count": L(1 if first else n, USAGE),
                            "sdk_version": "android5.2.0", "created_at": T0 - 60,
                            "request_id": rid(rng)}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=wekanet&utm_medium=cpi&utm_campaign=nz_summer")
    if user:
        body["partner_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-attriweka", f"{AW}/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def aw_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, hashed: bool = False) -> Case:
    """An Attriweka event: ``partner_params`` a JSON string; the hashed e-mail and phone in
    ``hashed_user`` when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("attriweka"), **_aw_ids(app),
                            "event_token": L(token, USAGE), "partner_params": W(params, "json"),
                            "partner_user_id": L(USER_ID, UID), **_aw_dev(),
                            "created_at": T0 + 240}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency="NZD")
    if hashed:
        body["hashed_user"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                               "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attriweka", f"{AW}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def aw_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (an https URL in a JSON field)."""
    return case(f"{app.fam}-attriweka", f"{AW}/sdk_click", body={
        "app_token": app.key("attriweka"), **_aw_ids(app), "source": "deeplink",
        "deeplink": link, "click_time": T0 + 15, "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bp_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False) -> Case:
    """A Bidpukeko OpenRTB 2.5 bid request: GPS geo (``at``) or IP geo (Te Puke);
    ``user.id`` the SDK's buyer ID; ``coppa``: no advertising ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("NZL", COARSE),
                               "region": L("BOP", COARSE), "city": L("Te Puke", COARSE),
                               "zip": L("3119", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("NZL", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidpukeko"), DID)}
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
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["NZD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="NZD")],
            "app": {"id": app.key("bidpukeko"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidpukeko", f"{BP}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bp_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, creative IDs and the clearing price (negatives)."""
    return case(f"{app.fam}-bidpukeko", "https://ev.bidpukeko.example.com/win", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "cp": "0.62", "cur": "NZD", "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fk_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultkokako breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"ts": 1765321911.4, "type": kind, "msg": message, "data": data or {}}


def fk_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             screen: str = "MainActivity") -> Case:
    """A Faultkokako envelope (JSON Lines under its own content type)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "faultkokako"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV),
                                     "timezone": L(NZ_TZ, DEV),
                                     "free_memory": L(1811939328, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "frames": [{"function": "onResume",
                                       "module": f"{app.pkg}.ui.{screen}", "lineno": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:24:02.411Z",
             "dsn": f"https://{app.key('faultkokako')}@report.faultkokako.example.org/118"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultkokako", f"{FK}/api/118/envelope/", recs,
                 ctype="application/x-faultkokako-envelope",
                 headers={"User-Agent": "faultkokako.android/3.1.0"})


def fk_session(app: App, rng: random.Random, secs: int = 640) -> Case:
    """A session update (JSON): ``distinct`` the user ID signed in."""
    return case(f"{app.fam}-faultkokako", f"{FK}/api/118/session/", body={
        "sid": sdk_uuid(rng), "distinct": L(USER_ID, UID), "init": False,
        "started": "2025-12-09T20:01:09.221Z", "duration": L(secs, USAGE), "status": "exited",
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "faultkokako.android/3.1.0",
                 "X-Faultkokako-Key": app.key("faultkokako")})


__all__ = ["aw_event", "aw_link", "aw_session", "bp_bid", "bp_win", "fk_crash", "fk_crumb",
           "fk_session", "tk_batch", "tk_identify", "tk_pixel", "tk_queue"]
