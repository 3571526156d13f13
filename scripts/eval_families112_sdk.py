"""Measurement SDKs of the hundred-and-twelfth set, built once and called by every app with its
own events and choices: analytics "Limbarka", MMP/attribution "Attrigoree", OpenRTB 2.5 ads
"Bidkeliba" and crash reporting "Crashkapok" (fictional vendors, hosts under example.*). Their
shapes follow set 37's vendors with other keys, paths and hosts: Limbarka nests the device under
``context`` and sends a ``lat,lon`` string ``context.ll``; Attrigoree sends the SIM's and the
network's MCC/MNC and a JSON string ``partner_params``; Crashkapok's envelope nests ``contexts``.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families112_kit import SN_NET, SN_NET_NAME
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

LB = "https://in.limbarka.example.com"
AG = "https://s2s.attrigoree.example.net"
BK = "https://rtb.bidkeliba.example.com"
CK = "https://o17.crashkapok.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
LBUA = "Limbarka-Android/2.14.0"
CKUA = "crashkapok.android/7.3.1"


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def lb_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "Africa/Dakar", locale: str = "fr_SN") -> Case:
    """Limbarka's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, locale, zone, carrier, ``ll``), then the events."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                   "screen": L("1080x2400", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "app": {"version": app.ver, "namespace": app.pkg}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        ctx["ll"] = L(f"{at[0]:.{nd}f},{at[1]:.{nd}f}", _cat(nd))
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 208} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("limbarka"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 9911}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-limbarka", f"{LB}/v1/batch", body=body, gz=True,
                headers={"User-Agent": LBUA})


def lb_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Limbarka's identify: a form whose ``data`` field is base64 JSON (traits under ``traits``)."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("limbarka")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-limbarka", f"{LB}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": LBUA})


def lb_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Limbarka's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-limbarka", f"{LB}/v1/import", recs,
                 headers={"User-Agent": LBUA, "X-Limbarka-Write-Key": app.key("limbarka")})


def lb_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes as ``a``, the event as ``e``, its properties as ``p``)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-limbarka", "https://px.limbarka.example.com/i.gif", query={
        "wk": app.key("limbarka"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ag_dev(lang: str) -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L(lang, DEV), "mcc_mnc": L(MCCMNC, CARRIER),
            "network_mcc_mnc": L(SN_NET, CARRIER), "network_operator": L(SN_NET_NAME, CARRIER)}


def _ag_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "ag_uid": L(sdk_uid(random.Random(f"{app.pkg}/attrigoree")), DID), "tracking": 1}


def ag_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5, lang: str = "fr") -> Case:
    """Attrigoree's install or session (JSON): the first carries the Android ID and the install
    referrer; every one the session count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("attrigoree"), **_ag_ids(app),
                            "device": _ag_dev(lang), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "ag5.2.0",
                            "created_at": "2025-12-09T21:14:08.412Z", "request_id": rid(rng)}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=sabarnet&utm_medium=cpi&utm_campaign=dk12"
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-attrigoree", f"{AG}/v2/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ag_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "XOF", hashed: bool = False,
             user: bool = True, lang: str = "fr") -> Case:
    """An Attrigoree event: ``partner_params`` a JSON string of the parameters; hashed e-mail
    and phone under ``hashed`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("attrigoree"), **_ag_ids(app),
                            "event_token": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-09T21:20:31.118Z", "device": _ag_dev(lang)}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                          "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attrigoree", f"{AG}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ag_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrigoree", f"{AG}/v2/sdk_click", body={
        "app_token": app.key("attrigoree"), **_ag_ids(app), "deeplink": link,
        "click_time": 1765321120, "source": "deeplink", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bk_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "SEN", ip_geo: tuple[str, str] = ("DK", "Dakar"),
           hem: bool = False) -> Case:
    """A Bidkeliba OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; the SIM's MCC/MNC in ``device.ext``."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(ip_geo[0], COARSE), "city": L(ip_geo[1], COARSE)}
    else:
        geo = {"lat": L(round(at[0], nd), _cat(nd)), "lon": L(round(at[1], nd), _cat(nd)),
               "type": 1, "accuracy": 14, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidkeliba"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "hemid.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "ifa": L(GAID, ADID), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                              "osv": L("14", DEV), "language": L("fr", DEV),
                              "carrier": L(SN_NET_NAME, CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 0, "ext": {"mccmnc": L("310-260", CARRIER)}}
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["XOF", "USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("bidkeliba"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "kp", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidkeliba", f"{BK}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bk_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, seat and creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-bidkeliba", "https://win.bidkeliba.example.com/w", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "seat": "kel-7",
        "crid": opaque(rng, "kc", 6), "price": "0.42", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def ck_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashkapok breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"timestamp": 1765321911.4, "category": kind, "message": message, "data": data or {}}


def ck_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, tags: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "Africa/Dakar") -> Case:
    """A Crashkapok envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, ``contexts`` device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {
                 "device": {"device_id": L(sdk_id(app, "crashkapok"), DID),
                            "model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                            "battery_level": L(57, DEV), "orientation": L("portrait", DEV),
                            "timezone": L(tz, DEV), "free_memory": L(1873412096, DEV)},
                 "os": {"name": L("Android", DEV), "version": L("14", DEV),
                        "rooted": L(False, DEV)}},
             "tags": dict(tags or {}, screen=L(screen, USAGE)),
             "breadcrumbs": {"values": crumbs},
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T21:24:02.411Z",
             "dsn": f"https://{app.key('crashkapok')}@o17.crashkapok.example.org/112"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-crashkapok", f"{CK}/api/112/envelope/", recs,
                 ctype="application/x-crashkapok-envelope", headers={"User-Agent": CKUA})


def ck_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-crashkapok", f"{CK}/api/112/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T21:01:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": CKUA,
                 "X-Crashkapok-Auth": f"Crashkapok key={app.key('crashkapok')}"})


__all__ = ["ag_event", "ag_link", "ag_session", "bk_bid", "bk_win", "ck_crash", "ck_crumb",
           "ck_session", "lb_batch", "lb_identify", "lb_pixel", "lb_queue"]
