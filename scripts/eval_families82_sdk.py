"""Measurement SDKs of the eighty-second set, built once and called by every app with its own
events and choices: analytics "Ozolmetry", MMP/attribution "Lapsalink", OpenRTB 2.5 ads
"Dzervebid" and crash reporting "Kludkaste" (fictional vendors, hosts under example.*)."""

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

OZ = "https://in.ozolmetry.example.com"
LL = "https://sdk.lapsalink.example.net"
DZ = "https://rtb.dzervebid.example.com"
KK = "https://report.kludkaste.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
OZUA = "ozolmetry-android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, tz: str, locale: str, at: Pt | None, nd: int) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "app": {"id": app.pkg, "version": app.ver},
        "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    return ctx


def oz_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en-US") -> Case:
    """Ozolmetry's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, locale, zone, carrier, a position), then the events."""
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-10T0{i}:14:22.{i}31Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("ozolmetry"), "anon_id": L(INSTALL_ID, DID),
                            "context": _ctx(app, tz, locale, at, nd), "batch": batch,
                            "sent_at": "2025-12-10T09:14:30.002Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-ozolmetry", f"{OZ}/v1/batch", body=body, gz=True,
                headers={"User-Agent": OZUA})


def oz_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Ozolmetry's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    d = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("ozolmetry")}
    return case(f"{app.fam}-ozolmetry", f"{OZ}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": OZUA})


def oz_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = [{"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
             "properties": props, "ts": (T0 - 7200 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-ozolmetry", f"{OZ}/v1/import", recs,
                 headers={"User-Agent": OZUA, "X-Ozolmetry-Key": app.key("ozolmetry")})


def oz_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-ozolmetry", f"{OZ}/v1/p.gif", query={
        "wk": app.key("ozolmetry"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ll_dev(lang: str = "en") -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("android 14", DEV), "lang": L(lang, DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def ll_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 5, lang: str = "en") -> Case:
    """Lapsalink's install (the Android ID, the referrer) or session (the open count)."""
    body: dict[str, Any] = {"app_token": app.key("lapsalink"), "gps_adid": L(GAID, ADID),
                            "ll_uid": L(sdk_uid(random.Random(f"{app.pkg}/lapsalink")), DID),
                            "device": _ll_dev(lang), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk_version": "7.2.1",
                            "created_at": "2025-12-10T08:01:12.330+0000", "nonce": rid(rng)}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    install_referrer="utm_source=lapsanet&utm_campaign=dec_cpi",
                    referrer_click_ts=1765310021)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-lapsalink", f"{LL}/{'install' if first else 'session'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ll_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             lang: str = "en") -> Case:
    """A Lapsalink event: ``partner_params`` a JSON string; hashed e-mail and phone if passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("lapsalink"), "gps_adid": L(GAID, ADID),
                            "ll_uid": L(sdk_uid(random.Random(f"{app.pkg}/lapsalink")), DID),
                            "event_token": L(name, USAGE), "partner_params": W(vals, "json"),
                            "customer_id": L(USER_ID, UID), "device": _ll_dev(lang)}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-lapsalink", f"{LL}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ll_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-lapsalink", f"{LL}/sdk_click", body={
        "app_token": app.key("lapsalink"), "gps_adid": L(GAID, ADID), "deeplink": link,
        "source": "deeplink", "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def dz_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, geo: tuple[str, str, str, str] = ("USA", "NY", "New York",
                                                                   "10118"),
           lang: str = "en") -> Case:
    """A Dzervebid OpenRTB 2.5 bid request: GPS geo (``at``) or IP geo; ``user.id`` the SDK's
    buyer ID (``id.device``)."""
    if at is None:
        g: dict[str, Any] = {"type": 2, "country": L(geo[0], COARSE), "region": L(geo[1], COARSE),
                             "city": L(geo[2], COARSE), "zip": L(geo[3], COARSE)}
    else:
        la, lo = _geo(at, nd)
        g = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(geo[0], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "dzervebid"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("dzervebid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "dzp", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": g,
                       "ifa": L(GAID, ADID), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                       "os": L("Android", DEV), "osv": L("14", DEV), "language": L(lang, DEV),
                       "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV),
                       "lmt": 0},
            "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-dzervebid", f"{DZ}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def dz_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-dzervebid", f"https://ev.dzervebid.example.com/{kind}", query={
        "auction_id": rid(rng), "bid_id": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.64", "ifa": L(GAID, ADID), "bundle": app.pkg},
        headers={"User-Agent": L(app.ua, DEV)})


def kk_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Kludkaste breadcrumb."""
    return {"t": 1765357211.2, "type": kind, "msg": message, "data": data or {}}


def kk_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """A Kludkaste envelope (JSON Lines): the header, the item header and the report (user,
    device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    report = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "contexts": {"device": {"device_id": L(sdk_id(app, "kludkaste"), DID),
                                      "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                      "battery_level": L(58, DEV), "locale": L(locale, DEV),
                                      "timezone": L(tz, DEV), "memory_free": L(1811939328, DEV)},
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
              "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
              "exception": {"type": exc[0], "value": exc[1],
                            "frames": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                        "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T09:20:02.411Z",
             "dsn": f"https://{app.key('kludkaste')}@report.kludkaste.example.org/12"},
            {"type": "event", "length": 0}, report]
    return lines(f"{app.fam}-kludkaste", f"{KK}/api/12/envelope/", recs,
                 ctype="application/x-kludkaste-envelope",
                 headers={"User-Agent": "kludkaste.android/3.1.0"})


def kk_session(app: App, rng: random.Random, *, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID signed in."""
    return case(f"{app.fam}-kludkaste", f"{KK}/api/12/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "init": False,
        "started": "2025-12-10T08:55:01.221Z", "duration": L(secs, USAGE), "status": "exited",
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "kludkaste.android/3.1.0",
                 "X-Kludkaste-Auth": f"Kludkaste key={app.key('kludkaste')}"})


__all__ = ["dz_bid", "dz_notice", "kk_crash", "kk_crumb", "kk_session", "ll_event", "ll_link",
           "ll_open", "oz_batch", "oz_identify", "oz_pixel", "oz_queue"]
