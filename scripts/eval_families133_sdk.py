"""Measurement SDKs of the hundred-and-thirty-third set, built once and called by every app with
its own events and choices: analytics "Tallyweft", MMP/attribution "Sourcetack", OpenRTB 2.5 ads
"Bidsorghum" and crash reporting "Faultloom" (fictional vendors, hosts under example.*). The phone
roams in Kinshasa on its US SIM: the SDKs report the SIM's carrier and the visited network."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families133_kit import ROAM_MCCMNC, ROAM_NET
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

TW = "https://in.tallyweft.example.com"
ST = "https://api.sourcetack.example.net"
BS = "https://rtb.bidsorghum.example.com"
FL = "https://collect.faultloom.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TWUA = "tallyweft-android/2.14.0"
KTZ, KLOC = "Africa/Kinshasa", "fr_CD"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def tally_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
                adid: bool = False, at: Pt | None = None, nd: int = 2) -> Case:
    """Tallyweft's batch (gzip JSON, snake_case): the install ID as ``anon_id``, the user ID,
    a ``context`` block (model, OS, locale, zone, SIM carrier, visited network), the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                           "locale": L(KLOC, DEV), "timezone": L(KTZ, DEV),
                           "sim_carrier": L("Example Mobile", CARRIER),
                           "network_operator": L(ROAM_NET, CARRIER),
                           "screen_dpi": L(420, DEV), "app_build": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["loc"] = {"lat": la, "lng": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "ts": (T0 + 41 * i) * 1000 + 97} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallyweft"), "anon_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 8800}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyweft", f"{TW}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TWUA})


def tally_traits(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallyweft's identify: a form whose ``data`` field is base64 JSON (user ID and traits)."""
    p = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("tallyweft")}
    return case(f"{app.fam}-tallyweft", f"{TW}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": TWUA})


def tally_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Tallyweft's offline queue sent at launch (JSON Lines; the IDs on each line)."""
    recs = [{"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
             "properties": props, "ts": (T0 - 6400 + 61 * i) * 1000,
             "message_id": sdk_uuid(rng)} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-tallyweft", f"{TW}/v1/import", recs,
                 headers={"User-Agent": TWUA, "X-Tallyweft-Key": app.key("tallyweft")})


def tally_px(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` base64url JSON in the query (install ID without dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallyweft", f"{TW}/v1/p.gif", query={
        "wk": app.key("tallyweft"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _st_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "st_uid": L(sdk_uid(random.Random(f"{app.pkg}/stk")), DID),
            "lat_enabled": False}


def _st_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "osv": L("14", DEV), "lang": L("fr", DEV),
            "sim_mccmnc": L(MCCMNC, CARRIER), "net_mccmnc": L(ROAM_MCCMNC, CARRIER),
            "tz": L(KTZ, DEV)}


def st_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Sourcetack's session (JSON): the first carries the Android ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("sourcetack"), "ids": _st_ids(app),
                            "device": _st_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "st5.2.0",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=stnet&utm_medium=cpi&utm_campaign=kin_dry",
                    installed_at=1765180011)
    if user:
        body["user_ref"] = L(USER_ID, UID)
    return case(f"{app.fam}-sourcetack", f"{ST}/s2s/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def st_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False) -> Case:
    """A Sourcetack event: ``params_json`` a JSON string; hashed e-mail and phone optional."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("sourcetack"), "ids": _st_ids(app),
                            "event": L(name, USAGE), "params_json": W(vals, "json"),
                            "created_at": "2025-12-11T09:14:02.551Z", "device": _st_dev(),
                            "user_ref": L(USER_ID, UID)}
    if hashed:
        body["matching"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                            "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-sourcetack", f"{ST}/s2s/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def st_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link that opened the app (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-sourcetack", f"{ST}/s2s/deeplink", body={
        "app_token": app.key("sourcetack"), "ids": _st_ids(app), "link": link,
        "clicked_at": 1765402201, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bs_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False) -> Case:
    """A Bidsorghum OpenRTB 2.5 bid request: GPS geo or IP geo (Kinshasa), the buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("COD", COARSE),
                               "city": L("Kinshasa", COARSE), "region": L("KN", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("COD", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidsorghum"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("fr", DEV), "carrier": L(ROAM_NET, CARRIER),
                              "mccmnc": L("630-89", CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("bidsorghum"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidsorghum", f"{BS}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bs_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-bidsorghum", "https://win.bidsorghum.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "c": opaque(rng, "cr", 6), "p": "0.19",
        "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def fl_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultloom trail entry (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": 1765402911.2, "type": kind, "msg": message, "data": data or {}}


def fl_crash(app: App, rng: random.Random, exc: tuple[str, str], trail: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Faultloom report (JSON Lines under its own content type): header, item, event."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"install": L(sdk_id(app, "faultloom"), DID), "model": L("Pixel 8", DEV),
                        "battery_pct": L(38, DEV), "charging": L(False, DEV),
                        "timezone": L(KTZ, DEV), "free_mem": L(1811939328, DEV)},
             "os": {"name": L("Android", DEV), "version": L("14", DEV)},
             "context": {"screen": L(screen, USAGE)}, "trail": trail,
             "exception": {"class": exc[0], "message": exc[1],
                           "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"id": eid, "sent": "2025-12-11T09:20:14.002Z",
             "key": app.key("faultloom")}, {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-faultloom", f"{FL}/v2/report", recs,
                 ctype="application/x-faultloom", headers={"User-Agent": "faultloom-android/3.3"})


def fl_session(app: App, rng: random.Random, *, secs: int = 640) -> Case:
    """A Faultloom session (JSON): ``distinct`` the user ID, the session length."""
    return case(f"{app.fam}-faultloom", f"{FL}/v2/session", body={
        "sid": sdk_uuid(rng), "distinct": L(USER_ID, UID), "started": "2025-12-11T08:49:01Z",
        "length_s": L(secs, USAGE), "state": "ok", "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "faultloom-android/3.3",
                 "X-Faultloom-Key": app.key("faultloom")})


__all__ = ["bs_bid", "bs_win", "fl_crash", "fl_crumb", "fl_session", "st_event", "st_link",
           "st_session", "tally_batch", "tally_px", "tally_queue", "tally_traits"]
