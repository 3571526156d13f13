"""Measurement SDKs of the seventy-third set, built once and called by every app with its own
events and choices: analytics "Gleanmetric", MMP/attribution "Attriveld", OpenRTB 2.5 ads
"Ortbramble" and crash reporting "Crashloam" (fictional vendors, hosts under example.*)."""

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

GM = "https://collect.gleanmetric.example.com"
AV = "https://s2s.attriveld.example.net"
OB = "https://bid.ortbramble.example.org"
CL = "https://in.crashloam.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
GMUA = "Gleanmetric-Android/2.4.0"
TZ = "Africa/Johannesburg"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def gm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, locale: str = "en_ZA",
             gz: bool = True) -> Case:
    """Gleanmetric's batch (JSON, snake_case): the anonymous ID (the install ID), the user ID,
    a ``ctx`` block (model, OS, locale, zone, carrier, network) and the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                           "locale": L(locale, DEV), "timezone": L(TZ, DEV),
                           "carrier": L("Example Mobile", CARRIER), "network": L("wifi", DEV),
                           "app_build": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["loc"] = {"lat": la, "lng": lo}
    evs = [{"ev": L(name, USAGE), "attrs": props, "mid": sdk_uuid(rng),
            "at": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("gleanmetric"), "anon_id": L(INSTALL_ID, DID),
                            "ctx": ctx, "batch": evs, "sent_at": T0 * 1000 + 8811}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gleanmetric", f"{GM}/v1/batch", body=body, gz=gz,
                headers={"User-Agent": GMUA})


def gm_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Gleanmetric's identify: a form whose ``d`` field is base64 JSON."""
    d = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("gleanmetric")}
    return case(f"{app.fam}-gleanmetric", f"{GM}/v1/identify", fmt="form",
                body={"d": W(d, "b64json"), "v": "2"}, headers={"User-Agent": GMUA})


def gm_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed on reconnect (JSON Lines; load-shedding knocks the Wi-Fi out)."""
    recs = [{"ev": L(name, USAGE), "anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
             "attrs": props, "at": (T0 - 7200 + 61 * i) * 1000, "mid": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-gleanmetric", f"{GM}/v1/import", recs,
                 headers={"User-Agent": GMUA, "X-Gm-Write-Key": app.key("gleanmetric")})


def gm_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: ``q`` is base64url JSON (the install ID without dashes)."""
    acc: Acc = {}
    q = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "q", "b64url",
            acc)
    return add(case(f"{app.fam}-gleanmetric", f"{GM}/v1/p.gif", query={
        "wk": app.key("gleanmetric"), "q": q, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _av_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "av_uid": L(sdk_uid(random.Random(f"{app.pkg}/av")), DID),
            "lat": 0}


def _av_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "osv": L("14", DEV), "lang": L("en-ZA", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def av_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 4) -> Case:
    """Attriveld's install (first launch: the Android ID, the referrer) or session (JSON)."""
    body: dict[str, Any] = {"app_token": app.key("attriveld"), "ids": _av_ids(app),
                            "device": _av_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk_v": "6.2.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=veldnet&utm_medium=cpi&utm_campaign=za_summer"
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-attriveld", f"{AV}/v2/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def av_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "ZAR", hashed: bool = False) -> Case:
    """An Attriveld event: ``props`` a JSON string; hashed e-mail and phone when passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("attriveld"), "ids": _av_ids(app),
                            "event": L(name, USAGE), "props": W(vals, "json"),
                            "customer_id": L(USER_ID, UID), "device": _av_dev(),
                            "created_at": "2025-12-10T17:02:11.410+0200"}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attriveld", f"{AV}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def av_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attriveld", f"{AV}/v2/deeplink", body={
        "app_token": app.key("attriveld"), "ids": _av_ids(app), "deeplink": link,
        "clicked_at": 1765381140, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def ob_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False) -> Case:
    """An Ortbramble OpenRTB 2.5 bid request: GPS geo at ``nd`` decimals or IP geo (Cape Town);
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("ZAF", COARSE),
                               "region": L("WC", COARSE), "city": L("Cape Town", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("ZAF", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "ortbramble"), DID)}
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
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["ZAR"],
            "imp": [dict(imp, id="1", bidfloor=4.5, bidfloorcur="ZAR", secure=1)],
            "app": {"id": app.key("ortbramble"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-ortbramble", f"{OB}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def ob_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, creative IDs and the clearing price (negatives), the ifa."""
    return case(f"{app.fam}-ortbramble", "https://win.ortbramble.example.org/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "cp": "6.10", "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def cl_crumb(kind: str, msg: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"t": 1765382011.2, "type": kind, "msg": msg, "data": data or {}}


def cl_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             screen: str = "MainActivity", user: dict[str, Any] | None = None) -> Case:
    """A Crashloam envelope (JSON Lines): header, item header, event (user, device, OS,
    breadcrumbs, exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"id": L(sdk_id(app, "crashloam"), DID),
                                     "model": L("Pixel 8", DEV), "battery_level": L(22, DEV),
                                     "charging": L(False, DEV), "timezone": L(TZ, DEV),
                                     "free_memory": L(1311244288, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1], "module": f"{app.pkg}.ui"}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T15:20:02.118Z",
             "dsn": f"https://{app.key('crashloam')}@in.crashloam.example.com/33"},
            {"type": "event"}, event]
    return lines(f"{app.fam}-crashloam", f"{CL}/api/33/envelope/", recs,
                 ctype="application/x-crashloam-envelope",
                 headers={"User-Agent": "crashloam.android/3.9.0"})


def cl_session(app: App, rng: random.Random, secs: int = 420) -> Case:
    """A session update (JSON): ``did`` the user ID, the duration ``behavior.usage``."""
    return case(f"{app.fam}-crashloam", f"{CL}/api/33/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "status": "exited",
        "duration": L(secs, USAGE), "errors": 0, "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "crashloam.android/3.9.0",
                 "X-Crashloam-Auth": f"key={app.key('crashloam')}"})


__all__ = ["av_event", "av_link", "av_session", "cl_crash", "cl_crumb", "cl_session",
           "gm_batch", "gm_identify", "gm_pixel", "gm_queue", "ob_bid", "ob_win"]
