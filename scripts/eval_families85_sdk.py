"""Measurement SDKs of the eighty-fifth set, built once and called by every app with its own
events and choices: analytics "Gbejnalytics", MMP/attribution "Luzzulink", OpenRTB 2.5 ads
"Pastizzbid" and crash reporting "Xlokkwatch" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

GB = "https://collect.gbejnalytics.example.com"
LZ = "https://s2s.luzzulink.example.net"
PZ = "https://rtb.pastizzbid.example.com"
XK = "https://in.xlokkwatch.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
GBUA = "Gbejnalytics-Android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def gb_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "Europe/Malta", locale: str = "en_MT") -> Case:
    """Gbejnalytics's batch (gzip JSON, snake_case): the install ID as ``anon_id``, the user ID
    signed in, a ``context`` (model, OS, locale, zone, carrier, network), then the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "os_version": L("14", DEV), "locale": L(locale, DEV),
                           "timezone": L(tz, DEV), "carrier": L("Example Mobile", CARRIER),
                           "network": L("wifi", DEV), "app_build": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 208} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("gbejnalytics"), "anon_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 5120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gbejnalytics", f"{GB}/v1/batch", body=body, gz=True,
                headers={"User-Agent": GBUA})


def gb_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Gbejnalytics's traits update: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                         "traits": traits, "write_key": app.key("gbejnalytics")}
    return case(f"{app.fam}-gbejnalytics", f"{GB}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": GBUA})


def gb_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 4400 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gbejnalytics", f"{GB}/v1/import", recs,
                 headers={"User-Agent": GBUA, "X-Write-Key": app.key("gbejnalytics")})


def gb_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-gbejnalytics", f"{GB}/v1/p.gif", query={
        "wk": app.key("gbejnalytics"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _lz_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "lz_uid": L(sdk_uid(random.Random(f"{app.pkg}/luzzulink")), DID), "lat": False}


def _lz_dev(lang: str = "en") -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L(lang, DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def lz_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Luzzulink's session (JSON): the first carries the Android ID and the install referrer."""
    body: dict[str, Any] = {"app_token": app.key("luzzulink"), "ids": _lz_ids(app),
                            "device": _lz_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "lz-and-3.2.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=harbourads&utm_medium=cpi&utm_campaign=mt25",
                    click_ts=1765298221)
    if user:
        body["cuid"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-luzzulink", f"{LZ}/api/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def lz_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "EUR", hashed: bool = False,
             user: bool = True) -> Case:
    """A Luzzulink event: ``partner_params`` a JSON string; hashed e-mail and phone."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("luzzulink"), "ids": _lz_ids(app),
                            "event": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-09T21:14:02.551Z", "device": _lz_dev()}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-luzzulink", f"{LZ}/api/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def lz_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, per parameter)."""
    return case(f"{app.fam}-luzzulink", f"{LZ}/api/deeplink", body={
        "app_token": app.key("luzzulink"), "ids": _lz_ids(app), "deeplink": link,
        "opened_at": 1765321044, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def pz_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "MLT", city: str = "Valletta") -> Case:
    """A Pastizzbid OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "pastizzbid"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["EUR"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("pastizzbid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 1}}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-pastizzbid", f"{PZ}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def pz_notice(app: App, rng: random.Random) -> Case:
    """A win beacon: auction, bid and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-pastizzbid", "https://win.pastizzbid.example.com/w", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "p": "0.64", "b": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def xk_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Xlokkwatch breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1765321911.4, "type": kind, "msg": message, "data": data or {}}


def xk_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "Europe/Malta") -> Case:
    """A Xlokkwatch envelope (JSON Lines, own content type): header, item header, event."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"install": L(sdk_id(app, "xlokkwatch"), DID), "model": L("Pixel 8", DEV),
                        "brand": L("google", DEV), "battery_pct": L(58, DEV),
                        "tz": L(tz, DEV), "mem_free": L(1873211392, DEV)},
             "os": {"name": L("Android", DEV), "version": L("14", DEV)},
             "context": {"screen": L(screen, USAGE)}, "crumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "frames": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                       "line": 88}]}}
    recs = [{"id": eid, "sent_at": "2025-12-09T21:24:02.411Z",
             "key": app.key("xlokkwatch")}, {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-xlokkwatch", f"{XK}/api/4/envelope", recs,
                 ctype="application/x-xlokk-envelope",
                 headers={"User-Agent": "xlokkwatch-android/3.1.0"})


def xk_session(app: App, rng: random.Random, *, secs: int = 431) -> Case:
    """A session close (JSON): ``distinct`` the user ID signed in."""
    return case(f"{app.fam}-xlokkwatch", f"{XK}/api/4/session", body={
        "sid": sdk_uuid(rng), "distinct": L(USER_ID, UID), "seq": 2,
        "started": "2025-12-09T21:01:09.221Z", "duration_s": L(secs, USAGE), "state": "ended",
        "attrs": {"release": f"{app.pkg}@{app.ver}", "env": "prod"}},
        headers={"User-Agent": "xlokkwatch-android/3.1.0",
                 "X-Xlokk-Key": app.key("xlokkwatch")})


__all__ = ["gb_batch", "gb_identify", "gb_pixel", "gb_queue", "lz_event", "lz_launch",
           "lz_link", "pz_bid", "pz_notice", "xk_crash", "xk_crumb", "xk_session"]
