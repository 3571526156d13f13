"""Measurement SDKs of the hundred-and-nineteenth set, built once and called by every app with its
own events and choices: analytics "Countlinden", MMP/attribution "Installhaven", OpenRTB 2.5 ads
"Bidsallow" and crash reporting "Crashfennec" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    EMAIL_SHA256,
    IID_NODASH,
    MCCMNC,
    PHONE_SHA256,
    Acc,
    add,
    enc,
    encode,
    raw,
)
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

CL = "https://in.countlinden.example.com"
IH = "https://s2s.installhaven.example.net"
BS = "https://rtb.bidsallow.example.com"
CF = "https://report.crashfennec.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CLUA = "Countlinden/2.14.0 (Android 14; Pixel 8)"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def cl_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "Europe/Paris",
             locale: str = "en_LU") -> Case:
    """Countlinden's batch (gzip JSON, snake_case): the install ID, the user ID signed in, a
    ``context`` block (model, OS, locale, zone, carrier, network), then the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "os": L("Android 14", DEV), "locale": L(locale, DEV),
                           "timezone": L(tz, DEV), "carrier": L("Example Mobile", CARRIER),
                           "network": L("wifi", DEV), "app_version": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("countlinden"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": T0 * 1000 + 8811}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countlinden", f"{CL}/v1/batch", body=body, gz=True,
                headers={"User-Agent": CLUA})


def cl_traits(app: App, rng: random.Random, traits: dict[str, Any], *,
              user: bool = True) -> Case:
    """Countlinden's identify: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("countlinden")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countlinden", f"{CL}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": CLUA})


def cl_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countlinden", f"{CL}/v1/import", recs,
                 headers={"User-Agent": CLUA, "X-Countlinden-Key": app.key("countlinden")})


def cl_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-countlinden", f"{CL}/v1/p.gif", query={
        "k": app.key("countlinden"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ih_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "ih_uid": L(sdk_uid(random.Random(f"{app.pkg}/ih")), DID),
            "lat_enabled": False}


def _ih_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L("en", DEV),
            "sim_country": L("us", CARRIER), "mccmnc": L(MCCMNC, CARRIER),
            "carrier_name": L("Example Mobile", CARRIER)}


def ih_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 5) -> Case:
    """Installhaven's open (JSON): the first has the Android ID and the install referrer;
    the SIM country is ``location.carrier``; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("installhaven"), "ids": _ih_ids(app),
                            "device": _ih_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "ih5.2.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=havennet&utm_medium=cpi&utm_campaign=lux_q4"
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-installhaven", f"{IH}/v2/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def ih_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "EUR", hashed: bool = False,
             user: bool = True) -> Case:
    """An Installhaven event: ``partner_params`` a JSON string; hashed e-mail and phone."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("installhaven"), "ids": _ih_ids(app),
                            "event": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-09T07:41:22.318Z", "device": _ih_dev()}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["matching"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                            "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-installhaven", f"{IH}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ih_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-installhaven", f"{IH}/v2/attribution", body={
        "app_token": app.key("installhaven"), "ids": _ih_ids(app), "deeplink": link,
        "clicked_at": 1765262941, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bs_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, country: str = "FRA",
           gz: bool = False) -> Case:
    """A Bidsallow OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed placement (no advertising ID)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("57", COARSE), "city": L("Thionville", COARSE),
                               "zip": L("57100", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidsallow"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("fr", DEV), "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV),
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["EUR"],
            "imp": [dict(imp, id="1", bidfloor=0.18, bidfloorcur="EUR", secure=1)],
            "app": {"id": app.key("bidsallow"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 1}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidsallow", f"{BS}/openrtb2/auction", body=body, gz=gz,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bs_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """A win beacon: auction, bid, creative and seat IDs and the clearing price negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
                         "px": "0.42", "cur": "EUR", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidsallow", "https://win.bidsallow.example.com/w", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def cf_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashfennec breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765263911.2, "type": kind, "msg": message, "data": data or {}}


def cf_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, extra: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "Europe/Paris") -> Case:
    """A Crashfennec report (gzip JSON): the user, the device, breadcrumbs, the exception."""
    body = {"report_id": opaque(rng, "", 32), "app": {"id": app.pkg, "version": app.ver},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "device": {"install": L(sdk_id(app, "crashfennec"), DID),
                       "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                       "battery_pct": L(58, DEV), "free_ram_mb": L(2214, DEV),
                       "timezone": L(tz, DEV), "locale": L("en_LU", DEV),
                       "jailbroken": L(False, DEV)},
            "context": dict(extra or {}, view=L(screen, USAGE)), "breadcrumbs": crumbs,
            "error": {"class": exc[0], "message": exc[1],
                      "stack": [f"{app.pkg}.ui.{screen}.onResume:88", "android.app.Activity"]}}
    c = case(f"{app.fam}-crashfennec", f"{CF}/api/v3/reports", body=body,
             headers={"User-Agent": "Crashfennec-Android/3.1.0",
                      "X-Fennec-Key": app.key("crashfennec")})
    return encode(c, "gzip")


def cf_sessions(app: App, rng: random.Random, *, user: bool = True, secs: int = 402) -> Case:
    """Session summaries flushed as JSON Lines: the start and the end of one session."""
    who = L(USER_ID, UID) if user else L(INSTALL_ID, DID)
    sid = sdk_uuid(rng)
    recs = [{"sid": sid, "who": who, "state": "start", "at": "2025-12-09T07:02:11Z"},
            {"sid": sid, "who": who, "state": "end", "length_s": L(secs, USAGE), "crashed": False}]
    return lines(f"{app.fam}-crashfennec", f"{CF}/api/v3/sessions", recs,
                 headers={"User-Agent": "Crashfennec-Android/3.1.0",
                          "X-Fennec-Key": app.key("crashfennec")})


def raw_pb(family: str, url: str, data: bytes, labels: dict[str, str],
           headers: dict[str, Any]) -> Case:
    """A schema-less protobuf body (``application/x-protobuf``)."""
    return raw(family, url, data, "application/x-protobuf", labels, headers=headers)


__all__ = ["bs_bid", "bs_win", "cf_crash", "cf_crumb", "cf_sessions", "cl_batch", "cl_pixel",
           "cl_queue", "cl_traits", "ih_event", "ih_link", "ih_open", "raw_pb"]
