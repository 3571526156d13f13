"""Measurement SDKs of the ninety-seventh set, built once and called by every app with its own
events and choices: analytics "Cyfrifly", MMP/attribution "Tarddlink", OpenRTB 2.5 ads
"Hysbidder" and crash reporting "Gwallcatch" (fictional vendors, hosts under example.*)."""

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

CY = "https://in.cyfrifly.example.com"
TD = "https://app.tarddlink.example.net"
HB = "https://rtb.hysbidder.example.com"
GW = "https://sink.gwallcatch.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CYUA = "cyfrifly-android/2.14.0"
LDN = "Europe/London"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def cy_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, fmt: str = "json") -> Case:
    """Cyfrifly's batch (gzip JSON, or msgpack): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, locale, zone, carrier, network), the events."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L("en-US", DEV), "timezone": L(LDN, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "app": {"version": app.ver, "build": "4117"}}
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "messageId": sdk_uuid(rng), "timestamp": f"2025-12-10T18:0{i}:1{i}.204Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"writeKey": app.key("cyfrifly"), "anonymousId": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sentAt": "2025-12-10T18:09:58.011Z"}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-cyfrifly", f"{CY}/v1/batch", body=body, fmt=fmt,
                gz=fmt == "json", headers={"User-Agent": CYUA})


def cy_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Cyfrifly's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    d = {"anonymousId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID), "traits": traits,
         "writeKey": app.key("cyfrifly")}
    return case(f"{app.fam}-cyfrifly", f"{CY}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": CYUA})


def cy_queue(app: App, rng: random.Random, events: list[Ev], *, gz: bool = False) -> Case:
    """The offline queue flushed at launch (JSON Lines, the IDs on every line)."""
    recs = [{"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
             "userId": L(USER_ID, UID), "properties": props, "messageId": sdk_uuid(rng),
             "ts": (T0 + 86000 - 61 * i) * 1000} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-cyfrifly", f"{CY}/v1/import", recs, gz=gz,
                 headers={"User-Agent": CYUA, "X-Cyfrifly-Key": app.key("cyfrifly")})


def cy_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON (install ID without dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-cyfrifly", f"{CY}/v1/p.gif", query={
        "k": app.key("cyfrifly"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _td_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "td_uid": L(sdk_uid(random.Random(f"{app.pkg}/tardd")), DID),
            "lat_enabled": False}


def _td_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L("en", DEV),
            "network_country": L("gb", CARRIER), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER), "tz": L(LDN, DEV)}


def td_session(app: App, rng: random.Random, *, first: bool = False, n: int = 9) -> Case:
    """Tarddlink's install or session (JSON): the first has the Android ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("tarddlink"), "ids": _td_ids(app),
                            "device": _td_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "td5.2.1",
                            "customer_id": L(USER_ID, UID), "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=tardd&utm_medium=cpi&utm_campaign=cymru_q4"
        del body["customer_id"]
    kind = "install" if first else "session"
    return case(f"{app.fam}-tarddlink", f"{TD}/v3/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def td_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: str | None = None, hashed: bool = False) -> Case:
    """A Tarddlink event: ``event_value`` a JSON string; hashed e-mail and phone if passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency="GBP")
    body: dict[str, Any] = {"app_token": app.key("tarddlink"), "ids": _td_ids(app),
                            "event": L(name, USAGE), "event_value": W(vals, "json"),
                            "created_at": "2025-12-10T18:22:40.118Z", "device": _td_dev(),
                            "customer_id": L(USER_ID, UID)}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-tarddlink", f"{TD}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def td_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened from (a URL in a JSON field, per parameter)."""
    return case(f"{app.fam}-tarddlink", f"{TD}/v3/deeplink", body={
        "app_token": app.key("tarddlink"), "ids": _td_ids(app), "link": link,
        "clicked_at": 1765390941, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def hb_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None) -> Case:
    """A Hysbidder OpenRTB 2.5 bid request: GPS geo (``at``) or IP geo (Cardiff); ``user.id``
    is the SDK's buyer ID; ``utcoffset`` and the device type are the device's."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("GBR", COARSE),
                               "region": L("WLS", COARSE), "city": L("Cardiff", COARSE),
                               "utcoffset": L(0, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L("GBR", COARSE),
               "utcoffset": L(0, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "hysbidder"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    body = {"id": rid(rng), "at": 2, "tmax": 300, "cur": ["GBP"],
            "imp": [dict(imp, id="1", bidfloor=0.18, bidfloorcur="GBP", secure=1)],
            "app": {"id": app.key("hysbidder"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV), "osv": L("14", DEV),
                       "devicetype": L(4, DEV), "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV), "lmt": 0},
            "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 1}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-hysbidder", f"{HB}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def hb_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon (auction, bid and creative IDs, the clearing price)."""
    return case(f"{app.fam}-hysbidder", f"https://ev.hysbidder.example.com/{kind}", query={
        "auction": rid(rng), "bidid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.42", "cur": "GBP", "ifa": L(GAID, ADID), "app": app.pkg},
        headers={"User-Agent": L(app.ua, DEV)})


def gw_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Gwallcatch breadcrumb (``nav``, ``http``, ``ui``, ``log``)."""
    return {"at": 1765391911.2, "kind": kind, "msg": message, "data": data or {}}


def gw_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Gwallcatch envelope (JSON Lines under its own type): header, item header, event."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {
                 "device": {"id": L(sdk_id(app, "gwallcatch"), DID), "model": L("Pixel 8", DEV),
                            "battery_level": L(58, DEV), "free_memory": L(1932115968, DEV),
                            "timezone": L(LDN, DEV)},
                 "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE), "locale": L("en_US", DEV)},
             "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1], "frames": [
                 {"fn": "onResume", "module": f"{app.pkg}.ui.{screen}", "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T18:31:02.411Z",
             "dsn": f"https://{app.key('gwallcatch')}@sink.gwallcatch.example.org/97"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-gwallcatch", f"{GW}/api/97/envelope/", recs,
                 ctype="application/x-gwallcatch-envelope",
                 headers={"User-Agent": "gwallcatch.android/3.4.0"})


def gw_session(app: App, rng: random.Random, *, secs: int = 640) -> Case:
    """A Gwallcatch session update (JSON): ``did`` is the user ID signed in."""
    return case(f"{app.fam}-gwallcatch", f"{GW}/api/97/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "init": False,
        "started": "2025-12-10T18:01:09.221Z", "duration": L(secs, USAGE), "status": "exited",
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "gwallcatch.android/3.4.0",
                 "X-Gwallcatch-Auth": f"Gwallcatch key={app.key('gwallcatch')}"})


__all__ = ["cy_batch", "cy_identify", "cy_pixel", "cy_queue", "gw_crash", "gw_crumb",
           "gw_session", "hb_bid", "hb_notice", "td_event", "td_link", "td_session"]
