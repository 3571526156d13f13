"""Measurement SDKs of the hundred-and-eleventh set, built once and called by every app with its
own events and choices: analytics "Tallyreixa", MMP/attribution "Attriboia", OpenRTB 2.5 ads
"Bidpercebe" and crash reporting "Crashvieira" (fictional vendors, hosts under example.*)."""

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

TR = "https://in.tallyreixa.example.com"
AB = "https://s2s.attriboia.example.net"
BP = "https://rtb.bidpercebe.example.com"
CV = "https://o.crashvieira.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TRUA = "tallyreixa-android/2.14.0"


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def _ctx(app: App, tz: str, locale: str, adid: bool) -> dict[str, Any]:
    dev: dict[str, Any] = {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)}
    if adid:
        dev["advertising_id"] = L(GAID, ADID)
    return {"app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
            "device": dev, "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L(locale, DEV), "timezone": L(tz, DEV),
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
            "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
            "library": {"name": "tallyreixa-android", "version": "2.14.0"}}


def tr_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "Europe/Madrid",
             locale: str = "gl-ES") -> Case:
    """Tallyreixa's batch (gzip JSON, snake_case): the anonymous ID is the install ID, the user
    ID signed in, one ``context`` (``context.ll`` a ``lat,lon`` string), then tracks."""
    ctx = _ctx(app, tz, locale, adid)
    if at is not None:
        ctx["ll"] = L(f"{at[0]:.{nd}f},{at[1]:.{nd}f}", _cat(nd))
    batch = [{"type": "track", "event": L(n, USAGE), "properties": p,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T0{i}:12:4{i}.311Z"}
             for i, (n, p) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallyreixa"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sent_at": "2025-12-09T09:14:02.118Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyreixa", f"{TR}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TRUA})


def tr_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallyreixa's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    d = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("tallyreixa")}
    return case(f"{app.fam}-tallyreixa", f"{TR}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": TRUA})


def tr_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (n, p) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(n, USAGE), "properties": p,
                             "anonymous_id": L(INSTALL_ID, DID), "message_id": sdk_uuid(rng),
                             "original_ts": (T0 - 7200 + 61 * i) * 1000}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallyreixa", f"{TR}/v1/replay", recs,
                 headers={"User-Agent": TRUA, "X-Write-Key": app.key("tallyreixa")})


def tr_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out screen beacon (GET): ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallyreixa", f"{TR}/v1/p.gif", query={
        "wk": app.key("tallyreixa"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ab_dev(roaming: bool) -> dict[str, Any]:
    d: dict[str, Any] = {"model": L("Pixel 8", DEV), "os": L("android 14", DEV),
                         "lang": L("gl", DEV), "sim_mccmnc": L(MCCMNC, CARRIER),
                         "carrier": L("Example Mobile", CARRIER)}
    if roaming:
        d["net_mccmnc"] = L("21407", CARRIER)
        d["roaming"] = True
    return d


def _ab_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "ab_uid": L(sdk_uid(random.Random(f"{app.pkg}/attriboia")),
                                               DID), "lat": 0}


def ab_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 9, roaming: bool = True) -> Case:
    """Attriboia's session (JSON): the first carries the Android ID and the referrer; every one
    the session count; ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("attriboia"), **_ab_ids(app),
                            "device": _ab_dev(roaming), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "ab4.3.2",
                            "created_at": "2025-12-09T08:02:11.402+0100", "nonce": rid(rng)}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=peixenet&utm_medium=cpi&utm_campaign=gl_dec"
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attriboia", f"{AB}/{'install' if first else 'session'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "EUR", hashed: bool = False) -> Case:
    """An Attriboia event: ``callback_params`` a JSON string; hashed e-mail and phone when the app
    passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("attriboia"), **_ab_ids(app),
                            "event_token": L(name, USAGE), "callback_params": W(vals, "json"),
                            "customer_id": L(USER_ID, UID), "device": _ab_dev(True),
                            "created_at": "2025-12-09T08:41:57.020+0100"}
    if hashed:
        body["em_sha256"] = L(EMAIL_SHA256, MAIL)
        body["ph_sha256"] = L(PHONE_SHA256, TEL)
    return case(f"{app.fam}-attriboia", f"{AB}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attriboia", f"{AB}/sdk_click", body={
        "app_token": app.key("attriboia"), **_ab_ids(app), "deeplink": link, "source": "deeplink",
        "click_time": "2025-12-09T08:40:03.771+0100", "nonce": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bp_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, country: str = "ESP",
           ipgeo: tuple[str, str, str] = ("GA", "Vigo", "36208")) -> Case:
    """A Bidpercebe OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (region, city, ZIP); ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed request
    without the advertising ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(ipgeo[0], COARSE), "city": L(ipgeo[1], COARSE),
                               "zip": L(ipgeo[2], COARSE)}
    else:
        geo = {"lat": L(round(at[0], nd), _cat(nd)), "lon": L(round(at[1], nd), _cat(nd)),
               "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidpercebe"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("gl", DEV), "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 1 if coppa else 0, "js": 1}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 2, "tmax": 300, "cur": ["EUR"],
            "imp": [dict(imp, id="1", bidfloor=0.18, bidfloorcur="EUR")],
            "app": {"id": app.key("bidpercebe"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 1}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidpercebe", f"{BP}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "X-OpenRTB-Version": "2.5"})


def bp_win(app: App, rng: random.Random) -> Case:
    """A win notice (GET): auction, bid, seat and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-bidpercebe", "https://ev.bidpercebe.example.com/win", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "s_41", "crid": opaque(rng, "cr", 6),
        "cp": "0.64", "ifa": L(GAID, ADID), "app": app.pkg}, headers={"User-Agent": L(app.ua, DEV)})


def cv_crumb(cat: str, msg: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashvieira breadcrumb (``nav``, ``http``, ``tap``, ``log``)."""
    return {"at": 1765271911.2, "category": cat, "message": msg, "data": data or {}}


def cv_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "Europe/Madrid") -> Case:
    """A Crashvieira envelope (JSON Lines under its own content type): header, item header,
    event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "crashvieira"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(57, DEV), "timezone": L(tz, DEV),
                                     "free_memory": L(1840332800, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T09:22:40.010Z"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-crashvieira", f"{CV}/api/2231/envelope/", recs,
                 ctype="application/x-crashvieira-envelope",
                 headers={"User-Agent": "crashvieira-android/7.3.0",
                          "X-Crashvieira-Key": app.key("crashvieira")})


def cv_session(app: App, rng: random.Random, *, secs: int = 640) -> Case:
    """A release-health session update (JSON): ``did`` the user ID signed in."""
    return case(f"{app.fam}-crashvieira", f"{CV}/api/2231/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "seq": 3, "status": "exited",
        "duration": L(secs, USAGE), "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "prod"}},
        headers={"User-Agent": "crashvieira-android/7.3.0",
                 "X-Crashvieira-Key": app.key("crashvieira")})


__all__ = ["ab_event", "ab_link", "ab_open", "bp_bid", "bp_win", "cv_crash", "cv_crumb",
           "cv_session", "tr_batch", "tr_identify", "tr_pixel", "tr_queue"]
