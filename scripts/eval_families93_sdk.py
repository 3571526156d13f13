"""Measurement SDKs of the ninety-third set, built once and called by every app with its own
events and choices: analytics "Toololtix", MMP/attribution "Mordlink", OpenRTB 2.5 ads
"Zarlalbid" and crash reporting "Aldaacatch" (fictional vendors, hosts under example.*)."""

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

TX = "https://in.toololtix.example.com"
MD = "https://s2s.mordlink.example.net"
ZB = "https://rtb.zarlalbid.example.com"
AC = "https://collect.aldaacatch.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TXUA = "Toololtix-Android/2.4.0"
TZ = "Asia/Ulaanbaatar"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def tx_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, fmt: str = "json",
             lang: str = "en_US") -> Case:
    """Toololtix's batch (gzip JSON, or msgpack; snake_case): the install ID, the user ID
    signed in, a ``context`` block (model, OS, locale, zone, carrier, network), the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "os_version": L("Android 14", DEV), "locale": L(lang, DEV),
                           "timezone": L(TZ, DEV), "carrier": L("Example Mobile", CARRIER),
                           "network": L("wifi", DEV), "app_build": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"lat": la, "lng": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "insert_id": sdk_uuid(rng),
            "time": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("toololtix"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 5120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-toololtix", f"{TX}/v1/batch", body=body, gz=fmt == "json",
                fmt=fmt, headers={"User-Agent": TXUA})


def tx_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Toololtix's identify: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("toololtix")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-toololtix", f"{TX}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": TXUA})


def tx_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed when the network returns: JSON Lines, IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "time": (T0 - 8400 + 61 * i) * 1000,
                             "insert_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-toololtix", f"{TX}/v1/import", recs, gz=True,
                 headers={"User-Agent": TXUA, "X-Toololtix-Key": app.key("toololtix")})


def tx_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-toololtix", f"{TX}/v1/p.gif", query={
        "wk": app.key("toololtix"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _md_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "mordlink_uid": L(sdk_uid(random.Random(f"{app.pkg}/mordlink")), DID),
            "lat_enabled": False}


def _md_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("14", DEV), "lang": L("en-US", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def md_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Mordlink's install or session (JSON): the first carries the Android ID and referrer."""
    body: dict[str, Any] = {"token": app.key("mordlink"), "ids": _md_ids(app),
                            "device": _md_dev(), "app_ver": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "ml-a 7.2.1",
                            "req_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=taltube&utm_medium=cpi&utm_campaign=naadam25",
                    referrer_click_ts=1765299112)
    if user:
        body["cuid"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-mordlink", f"{MD}/v3/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def md_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "MNT", hashed: bool = False,
             user: bool = True) -> Case:
    """A Mordlink event: ``params`` a JSON string; hashed e-mail and phone when passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"token": app.key("mordlink"), "ids": _md_ids(app),
                            "name": L(name, USAGE), "params": W(vals, "json"),
                            "ts": "2025-12-10 08:14:07.552", "device": _md_dev()}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-mordlink", f"{MD}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def md_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-mordlink", f"{MD}/v3/open", body={
        "token": app.key("mordlink"), "ids": _md_ids(app), "link": link,
        "opened_at": 1765320941, "req_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def zb_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False) -> Case:
    """A Zarlalbid OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Ulaanbaatar); ``user.buyeruid`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("MNG", COARSE),
                               "region": L("MN-1", COARSE), "city": L("Ulaanbaatar", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L("MNG", COARSE),
               "utcoffset": L(480, DEV)}
    user: dict[str, Any] = {"buyeruid": L(sdk_id(app, "zarlalbid"), DID)}
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
                              "ifa": L(GAID, ADID), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("android", DEV),
                              "osv": L("14", DEV), "language": L("en", DEV),
                              "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER),
                              "connectiontype": L(2, DEV), "devicetype": L(4, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.12, secure=1)],
            "app": {"id": app.key("zarlalbid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "zp", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-zarlalbid", f"{ZB}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def zb_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-zarlalbid", f"https://ev.zarlalbid.example.com/{kind}", query={
        "auction_id": rid(rng), "bid_id": opaque(rng, "", 16), "crid": opaque(rng, "zc", 6),
        "price": "0.38", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def ac_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """An Aldaacatch breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765321911.4, "type": kind, "msg": message, "data": data or {}}


def ac_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """An Aldaacatch envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "aldaacatch"), DID),
                                     "model": L("Pixel 8", DEV), "battery_level": L(58, DEV),
                                     "timezone": L(TZ, DEV), "memory_free": L(1702113280, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"id": eid, "sent": "2025-12-10T01:24:02.411Z",
             "dsn": f"https://{app.key('aldaacatch')}@collect.aldaacatch.example.org/44"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-aldaacatch", f"{AC}/api/44/envelope/", recs,
                 ctype="application/x-aldaacatch-envelope",
                 headers={"User-Agent": "aldaacatch.android/3.1.0"})


def ac_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-aldaacatch", f"{AC}/api/44/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-10T01:01:09.221Z", "duration": L(secs, USAGE), "status": "ok",
        "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "prod"}},
        headers={"User-Agent": "aldaacatch.android/3.1.0",
                 "X-Aldaacatch-Auth": f"Aldaacatch key={app.key('aldaacatch')}"})


__all__ = ["ac_crash", "ac_crumb", "ac_session", "md_event", "md_launch", "md_link", "tx_batch",
           "tx_identify", "tx_pixel", "tx_queue", "zb_bid", "zb_notice"]
