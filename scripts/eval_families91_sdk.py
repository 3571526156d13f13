"""Measurement SDKs of the ninety-first set, built once and called by every app with its own
events and choices: analytics "Hitungbayu", MMP/attribution "Jejakmas", OpenRTB 2.5 ads
"Lelongsuria" and crash reporting "Ralatpelita" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import base64
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

HB = "https://in.hitungbayu.example.com"
JM = "https://s2s.jejakmas.example.net"
LS = "https://rtb.lelongsuria.example.com"
RP = "https://r.ralatpelita.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
KL = "Asia/Kuala_Lumpur"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _hbh(app: App) -> dict[str, Any]:
    key = base64.b64encode(f"{app.key('hitungbayu')}:".encode()).decode()
    return {"User-Agent": "hitungbayu-android/2.14.0", "Authorization": f"Basic {key}"}


def hb_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = KL,
             locale: str = "en_MY") -> Case:
    """Hitungbayu's batch (gzip JSON): the anonymous ID (the install ID), the user ID signed in,
    one ``context`` (device, OS, locale, zone, carrier, screen), then the ``track`` calls."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV), "screen": L("1080x2400", DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "app": {"version": app.ver, "namespace": app.pkg}}
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "messageId": sdk_uuid(rng), "timestamp": f"2025-12-10T0{i}:14:2{i}.118Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"anonymousId": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sentAt": "2025-12-10T09:15:02.411Z"}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-hitungbayu", f"{HB}/v1/batch", body=body, gz=True, headers=_hbh(app))


def hb_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """An ``identify`` call whose traits ride as a JSON string in a JSON field."""
    return case(f"{app.fam}-hitungbayu", f"{HB}/v1/identify", headers=_hbh(app), body={
        "anonymousId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID),
        "traits": W(traits, "json"), "messageId": sdk_uuid(rng)})


def hb_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "messageId": sdk_uuid(rng)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-hitungbayu", f"{HB}/v1/import", recs, headers=_hbh(app))


def hb_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON (the install ID without dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-hitungbayu", f"{HB}/v1/p.gif", query={
        "k": app.key("hitungbayu"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _jm(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "jm_uid": L(sdk_uid(random.Random(f"{app.pkg}/jejakmas")), DID),
            "lat": False, "model": L("Pixel 8", DEV), "os": L("android 14", DEV),
            "lang": L("ms", DEV), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def jm_install(app: App, rng: random.Random, *, first: bool = True, user: bool = False,
               n: int = 4) -> Case:
    """Jejakmas's install (the Android ID and the Play referrer) or session (a launch count)."""
    body: dict[str, Any] = {"app_token": app.key("jejakmas"), "device": _jm(app),
                            "app_version": app.ver, "sdk": "jm-android-6.2.1",
                            "nonce": opaque(rng, "", 16),
                            "session_count": L(1 if first else n, USAGE)}
    if first:
        body["device"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=jmnet&utm_medium=cpi&utm_campaign=my_dec"
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-jejakmas", f"{JM}/{'install' if first else 'session'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def jm_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "MYR", hashed: bool = False,
             user: bool = True) -> Case:
    """A Jejakmas event: ``event_value`` a JSON string; hashed e-mail and phone when passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("jejakmas"), "device": _jm(app),
                            "event_name": L(name, USAGE), "event_value": W(vals, "json"),
                            "created_at": "2025-12-10T17:21:40.118+0800"}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-jejakmas", f"{JM}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def jm_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-jejakmas", f"{JM}/deeplink", body={
        "app_token": app.key("jejakmas"), "device": _jm(app), "url": link,
        "clicked_at": 1765361130, "nonce": opaque(rng, "", 16)},
        headers={"User-Agent": L(DALVIK, DEV)})


def ls_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, country: str = "MYS") -> Case:
    """A Lelongsuria OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd``) or IP geo (KL);
    ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed app (no advertising ID)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("MY-14", COARSE), "city": L("Kuala Lumpur", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "lelongsuria"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("ms", DEV), "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV),
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["MYR"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="MYR", secure=1)],
            "app": {"id": app.key("lelongsuria"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-lelongsuria", f"{LS}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def ls_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """The win notice: auction, bid, seat and creative IDs and the clearing price negatives."""
    q: dict[str, Any] = {"a": rid(rng), "b": opaque(rng, "", 16), "seat": "ls-dsp-14",
                         "cr": opaque(rng, "cr", 6), "p": "0.93", "cur": "MYR"}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-lelongsuria", "https://win.lelongsuria.example.com/w", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def rp_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Ralatpelita breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": 1765361911.4, "kind": kind, "msg": message, "data": data or {}}


def rp_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = KL) -> Case:
    """A Ralatpelita envelope (JSON Lines): envelope header, item header, the event."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "ralatpelita"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV), "timezone": L(tz, DEV),
                                     "free_memory": L(1912602624, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                          "app": {"screen": L(screen, USAGE)}},
             "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1], "stack": [
                 {"fn": "onResume", "module": f"{app.pkg}.ui.{screen}", "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T09:24:02.411Z",
             "dsn": f"https://{app.key('ralatpelita')}@r.ralatpelita.example.org/14"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-ralatpelita", f"{RP}/api/14/envelope/", recs,
                 ctype="application/x-ralat-envelope",
                 headers={"User-Agent": "ralatpelita.android/3.1.0"})


def rp_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 433) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-ralatpelita", f"{RP}/api/14/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "seq": 2, "started": "2025-12-10T09:01:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}"}},
        headers={"User-Agent": "ralatpelita.android/3.1.0",
                 "X-Ralat-Auth": f"Ralat key={app.key('ralatpelita')}"})


__all__ = ["hb_batch", "hb_identify", "hb_pixel", "hb_queue", "jm_event", "jm_install",
           "jm_link", "ls_bid", "ls_win", "rp_crash", "rp_crumb", "rp_session"]
