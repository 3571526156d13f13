"""Measurement SDKs of the hundred-and-twenty-eighth set, built once and called by every app with
its own events and choices: analytics "Tallyquagga", MMP/attribution "Ascribeloon", OpenRTB 2.5
ads "Bidspringbok" and crash reporting "Snagkloof" (fictional vendors, hosts under example.*)."""

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

TQ = "https://collect.tallyquagga.example.com"
AB = "https://s2s.ascribeloon.example.net"
BS = "https://rtb.bidspringbok.example.com"
SK = "https://intake.snagkloof.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TQUA = "Tallyquagga-Android/2.14.0"
TZ = "Africa/Maseru"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def tq_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             locale: str = "en_LS") -> Case:
    """Tallyquagga's batch (gzip JSON, snake_case): the install ID as ``anon_id``, the user ID
    signed in, a ``ctx`` block (model, OS, locale, zone, network operator), then the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "os_name": L("Android", DEV),
                           "os_version": L("14", DEV), "locale": L(locale, DEV),
                           "time_zone": L(TZ, DEV), "network_operator": L("65101", CARRIER),
                           "screen_dpi": L(420, DEV), "app_build": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["loc"] = {"lat": la, "lng": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "insert_id": sdk_uuid(rng),
            "time": (T0 + 41 * i) * 1000 + 227} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallyquagga"), "anon_id": L(INSTALL_ID, DID),
                            "ctx": ctx, "batch": evs, "sent_at": T0 * 1000 + 8814}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyquagga", f"{TQ}/v3/batch", body=body, gz=True,
                headers={"User-Agent": TQUA})


def tq_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallyquagga's traits call: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                         "traits": traits, "write_key": app.key("tallyquagga")}
    return case(f"{app.fam}-tallyquagga", f"{TQ}/v3/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "3"}, headers={"User-Agent": TQUA})


def tq_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed when the phone is back on a network: JSON Lines."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID),
                             "properties": props, "time": (T0 - 7200 + 61 * i) * 1000,
                             "insert_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallyquagga", f"{TQ}/v3/import", recs,
                 headers={"User-Agent": TQUA, "X-Write-Key": app.key("tallyquagga")})


def tq_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallyquagga", f"{TQ}/v3/p.gif", query={
        "wk": app.key("tallyquagga"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ab_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "ab_uid": L(sdk_uid(random.Random(f"{app.pkg}/ascribeloon")), DID),
            "lat_enabled": False}


def _ab_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "osv": L("14", DEV), "lang": L("en", DEV),
            "sim_mccmnc": L(MCCMNC, CARRIER), "net_mccmnc": L("65101", CARRIER),
            "sim_operator": L("Example Mobile", CARRIER)}


def ab_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 4) -> Case:
    """Ascribeloon's install or session (JSON): the first carries the Android ID and referrer."""
    body: dict[str, Any] = {"app_token": app.key("ascribeloon"), "ids": _ab_ids(app),
                            "device": _ab_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "ab-7.2.0",
                            "req_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=loonads&utm_medium=cpi&utm_campaign=ls_q4",
                    referrer_click_ts=1765288102)
    if user:
        body["partner_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-ascribeloon", f"{AB}/v2/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "LSL", hashed: bool = False) -> Case:
    """An Ascribeloon event: ``partner_params`` a JSON string; hashed e-mail and phone."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("ascribeloon"), "ids": _ab_ids(app),
                            "event_token": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-10T08:14:22.510+0200", "device": _ab_dev(),
                            "partner_user_id": L(USER_ID, UID)}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-ascribeloon", f"{AB}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-ascribeloon", f"{AB}/v2/deeplink", body={
        "app_token": app.key("ascribeloon"), "ids": _ab_ids(app), "deeplink": link,
        "opened_at": 1765351120, "req_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bs_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False) -> Case:
    """A Bidspringbok OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Lesotho, Maseru); ``user.id`` the SDK's buyer ID; ``coppa`` without the advertising ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("LSO", COARSE),
                               "region": L("LS-A", COARSE), "city": L("Maseru", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("LSO", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidspringbok"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "mccmnc": L("651-01", CARRIER),
                              "connectiontype": L(6, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.05, secure=1)],
            "app": {"id": app.key("bidspringbok"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidspringbok", f"{BS}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bs_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, creative IDs and the clearing price (negatives)."""
    return case(f"{app.fam}-bidspringbok", "https://win.bidspringbok.example.com/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "p": "0.12", "b": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def sk_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Snagkloof breadcrumb (``nav``, ``http``, ``tap``, ``log``)."""
    return {"t": 1765352011.2, "type": kind, "msg": message, "data": data or {}}


def sk_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Snagkloof envelope (JSON Lines under its own content type): a header, an item header
    and the event (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "snagkloof"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(38, DEV), "charging": L(False, DEV),
                                     "timezone": L(TZ, DEV), "free_memory": L(912334848, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T08:20:12.004Z",
             "dsn": f"https://{app.key('snagkloof')}@intake.snagkloof.example.org/12"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-snagkloof", f"{SK}/api/12/envelope/", recs,
                 ctype="application/x-snagkloof-envelope",
                 headers={"User-Agent": "snagkloof.android/3.4.0"})


def sk_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 430) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-snagkloof", f"{SK}/api/12/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-10T07:58:41.100Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}"}},
        headers={"User-Agent": "snagkloof.android/3.4.0",
                 "X-Snagkloof-Auth": f"Snagkloof key={app.key('snagkloof')}"})


__all__ = ["ab_event", "ab_link", "ab_session", "bs_bid", "bs_win", "sk_crash", "sk_crumb",
           "sk_session", "tq_batch", "tq_identify", "tq_pixel", "tq_queue"]
