"""Measurement SDKs of the fifty-sixth set, built once and called by every app with its own
events and choices: analytics "Statwhistle", MMP/attribution "Linkmarten", OpenRTB 2.5 ads
"Auctowl" and crash reporting "Crashmarsh" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

SW = "https://collect.statwhistle.example.com"
LM = "https://s2s.linkmarten.example.net"
AO = "https://rtb.auctowl.example.org"
CM = "https://reports.crashmarsh.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
SWUA = "Statwhistle-Android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def sw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Statwhistle's batch (gzip JSON, snake_case): the install ID as ``anon_id``, the user ID
    signed in, a ``context`` (model, OS, locale, zone, carrier, network) and the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "os": L("Android 14", DEV), "locale": L(locale, DEV),
                           "timezone": L(tz, DEV), "carrier": L("Example Mobile", CARRIER),
                           "network": L("wifi", DEV), "app_build": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("statwhistle"), "anon_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 8811}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-statwhistle", f"{SW}/v1/batch", body=body, gz=True,
                headers={"User-Agent": SWUA})


def sw_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Statwhistle's identify: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                         "traits": traits, "write_key": app.key("statwhistle")}
    return case(f"{app.fam}-statwhistle", f"{SW}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": SWUA})


def sw_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-statwhistle", f"{SW}/v1/import", recs,
                 headers={"User-Agent": SWUA, "X-Write-Key": app.key("statwhistle")})


def sw_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON (the install ID without dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-statwhistle", f"{SW}/v1/p.gif", query={
        "wk": app.key("statwhistle"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _lm_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "lm_uid": L(sdk_uid(random.Random(f"{app.pkg}/linkmarten")), DID),
            "tracking_enabled": True}


def _lm_dev(lang: str = "en") -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L(lang, DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier_name": L("Example Mobile", CARRIER)}


def lm_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5, lang: str = "en") -> Case:
    """Linkmarten's session (JSON): the first carries the Android ID and the install referrer;
    every one the session count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("linkmarten"), "ids": _lm_ids(app),
                            "device": _lm_dev(lang), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "lm5.2.1",
                            "request_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=martennet&utm_medium=cpi&utm_campaign=q4",
                    install_begin=1765296110)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-linkmarten", f"{LM}/v2/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def lm_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True, lang: str = "en") -> Case:
    """A Linkmarten event: ``params`` a JSON string; hashed e-mail and phone when passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("linkmarten"), "ids": _lm_ids(app),
                            "event": L(name, USAGE), "params": W(vals, "json"),
                            "created_at": "2025-12-09T22:14:31.402Z", "device": _lm_dev(lang)}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["matching"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                            "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-linkmarten", f"{LM}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def lm_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-linkmarten", f"{LM}/v2/deeplink", body={
        "app_token": app.key("linkmarten"), "ids": _lm_ids(app), "link": link,
        "clicked_at": 1765318822, "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def ao_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "USA",
           ipgeo: tuple[str, str, str] = ("NY", "New York", "10118"),
           lang: str = "en") -> Case:
    """An Auctowl OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID (``id.device``)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(ipgeo[0], COARSE), "city": L(ipgeo[1], COARSE),
                               "zip": L(ipgeo[2], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 15, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "auctowl"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "emailhash.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L(lang, DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("auctowl"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-auctowl", f"{AO}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def ao_win(app: App, rng: random.Random) -> Case:
    """A win beacon (GET): auction, bid, creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-auctowl", "https://win.auctowl.example.org/w", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.64", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cm_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashmarsh breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": 1765319440.2, "type": kind, "msg": message, "meta": data or {}}


def cm_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """A Crashmarsh report (gzip JSON): the user, the device block, breadcrumbs, the trace."""
    body = {"report_id": opaque(rng, "", 32), "api_key": app.key("crashmarsh"),
            "app": {"id": app.pkg, "version": app.ver, "in_foreground": True},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "device": {"install_id": L(sdk_id(app, "crashmarsh"), DID),
                       "model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                       "locale": L(locale, DEV), "timezone": L(tz, DEV),
                       "free_memory": L(1873401856, DEV), "battery_level": L(0.58, DEV),
                       "jailbroken": L(False, DEV)},
            "context": L(screen, USAGE), "breadcrumbs": crumbs,
            "exceptions": [{"class": exc[0], "message": exc[1],
                            "stack": [{"method": "onResume", "file": f"{screen}.kt",
                                       "line": 88}]}]}
    return case(f"{app.fam}-crashmarsh", f"{CM}/v3/crash", body=body, gz=True,
                headers={"User-Agent": "Crashmarsh-Android/7.1.0",
                         "X-Crashmarsh-Api-Key": app.key("crashmarsh")})


def cm_sessions(app: App, rng: random.Random, *, secs: int = 431) -> Case:
    """Session starts (JSON Lines): the SDK's install ID, the user ID, the session's length."""
    recs = [{"session_id": sdk_uuid(rng), "install_id": L(sdk_id(app, "crashmarsh"), DID),
             "user_id": L(USER_ID, UID), "started": "2025-12-09T21:58:10Z",
             "duration_s": L(secs + 17 * i, USAGE), "release": app.ver} for i in range(2)]
    return lines(f"{app.fam}-crashmarsh", f"{CM}/v3/sessions", recs,
                 headers={"User-Agent": "Crashmarsh-Android/7.1.0",
                          "X-Crashmarsh-Api-Key": app.key("crashmarsh")})


__all__ = ["ao_bid", "ao_win", "cm_crash", "cm_crumb", "cm_sessions", "lm_event", "lm_launch",
           "lm_link", "sw_batch", "sw_identify", "sw_pixel", "sw_queue"]
