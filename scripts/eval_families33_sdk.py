"""Measurement SDKs of the thirty-third set, built once and called by every app with its own
events and choices: analytics "Tallyhive", MMP/attribution "Referhawk", OpenRTB 2.6 ads
"Bidspire" and crash reporting "Faultmoss" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode
from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

TH = "https://ingest.tallyhive.example.com"
RH = "https://app.referhawk.example.net"
BS = "https://rtb.bidspire.example.com"
FMS = "https://notify.faultmoss.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
THUA = "tallyhive-android/2.9.4"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def th_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 3,
             tz: str = "America/New_York") -> Case:
    """Tallyhive's batch (gzip JSON, abbreviated keys): ``ctx`` holds the install ID, the
    device, locale, time zone, carrier and network; ``uid`` the user ID signed in."""
    dev: dict[str, Any] = {"mdl": L("Pixel 8", DEV),
                           "os": L("Android", DEV), "osv": L("14", DEV),
                           "lang": L("en-US", DEV), "tz": L(tz, DEV),
                           "car": L("Example Mobile", CARRIER)}
    ctx: dict[str, Any] = {"aid": L(INSTALL_ID, DID), "dev": dev, "av": app.ver,
                           "sid": T0 * 1000 + 377}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["loc"] = {"lat": la, "lng": lo}
    evs = [{"e": L(name, USAGE), "p": props, "id": sdk_uuid(rng),
            "t": (T0 + 29 * i) * 1000 + 41} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"k": app.key("tallyhive"), "ctx": ctx, "evts": evs,
                            "sent": T0 * 1000 + 9120}
    if user:
        body["uid"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyhive", f"{TH}/v2/b", body=body, gz=True,
                headers={"User-Agent": THUA})


def th_profile(app: App, rng: random.Random, props: dict[str, Any], *,
               user: bool = True) -> Case:
    """Tallyhive's profile update: a form whose ``data`` field is base64 JSON (``$set``)."""
    data: dict[str, Any] = {"$token": app.key("tallyhive"), "$device_id": L(INSTALL_ID, DID),
                            "$set": props}
    if user:
        data["$distinct_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyhive", f"{TH}/v2/engage", fmt="form",
                body={"data": W(data, "b64json"), "verbose": "1"},
                headers={"User-Agent": THUA})


def th_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Tallyhive's offline queue flushed at launch: gzip JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"e": L(name, USAGE), "aid": L(INSTALL_ID, DID), "p": props,
                             "t": (T0 - 5400 + 53 * i) * 1000, "id": sdk_uuid(rng)}
        if user:
            r["uid"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallyhive", f"{TH}/v2/import", recs, gz=True,
                 headers={"User-Agent": THUA, "X-Tallyhive-Key": app.key("tallyhive")})


def th_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID
    without dashes, the event and its properties)."""
    acc: Acc = {}
    d = enc({"aid": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d",
            "b64url", acc)
    return add(case(f"{app.fam}-tallyhive", f"{TH}/v2/px.gif", query={
        "k": app.key("tallyhive"), "d": d, "r": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _rh_uuid(app: App) -> str:
    return sdk_id(app, "referhawk")


def _rh_base(app: App) -> dict[str, Any]:
    return {"app_token": app.key("referhawk"), "gps_adid": L(GAID, ADID),
            "android_uuid": L(_rh_uuid(app), DID), "device_name": L("Pixel 8", DEV),
            "device_manufacturer": L("Google", DEV), "os_name": L("android", DEV),
            "os_version": L("14", DEV), "country": L("US", DEV),
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER), "app_version": app.ver,
            "environment": "production", "created_at": "2025-12-09T23:14:08.311Z-0500"}


def rh_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 6) -> Case:
    """Referhawk's session (a form): the first carries the Android ID and the install
    referrer; every one the session count."""
    body = {**_rh_base(app), "session_count": L(1 if first else n, USAGE),
            "needs_response_details": "1"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=hawknet&utm_medium=cpi&utm_campaign=dec25",
                    install_begin_time="2025-12-09T22:58:41.000Z-0500")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-referhawk", f"{RH}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def rh_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Referhawk event (a form): the event's token and name, ``callback_params`` a JSON
    string in a form field; hashed e-mail and phone when the app passes them."""
    body: dict[str, Any] = {**_rh_base(app), "event_token": opaque(rng, "", 6),
                            "event_name": L(name, USAGE), "callback_params": W(params, "json")}
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-referhawk", f"{RH}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def rh_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-referhawk", f"{RH}/sdk_click", body={
        "app_token": app.key("referhawk"), "gps_adid": L(GAID, ADID),
        "android_uuid": L(_rh_uuid(app), DID), "source": "deeplink", "deeplink": link,
        "click_time": "2025-12-09T23:01:55.004Z-0500", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bs_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, content: dict[str, Any] | None = None,
           gz: bool = False) -> Case:
    """A Bidspire OpenRTB 2.6 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``app.content`` what she is reading, if anything."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE), "utcoffset": L(-300, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 15, "utcoffset": L(-300, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidspire"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["eids"] = [{"source": "hashedmail.example.net",
                         "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    appo: dict[str, Any] = {"id": app.key("bidspire"), "bundle": app.pkg, "name": app.name,
                            "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}}
    if content:
        appo["content"] = content
    body = {"id": rid(rng), "at": 1, "tmax": 350, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.35, secure=1)], "app": appo,
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV)},
            "user": user, "regs": {"coppa": 0, "gpp": "DBABLA~BVQqAAAAAgA.QA",
                                   "gpp_sid": [7]},
            "source": {"tid": rid(rng)}}
    c = case(f"{app.fam}-bidspire", f"{BS}/openrtb2/auction", body=body,
             headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.6"})
    return encode(c, "gzip") if gz else c


def bs_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives, the
    advertising ID labelled."""
    return case(f"{app.fam}-bidspire", f"https://t.bidspire.example.com/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "cp": "0.71", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fm_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultmoss breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T23:17:02.118Z", "type": kind, "name": name,
            "metaData": meta or {}}


def fm_notify(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
              context: str = "MainActivity", fg_ms: int = 184000) -> Case:
    """A Faultmoss error report (gzip JSON): the exception, breadcrumbs, the screen, time in
    the foreground, the SDK's device ID, the device, the user, the app's metadata."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                 {"method": f"{app.pkg}.ui.{context}.onResume", "lineNumber": 112}]}],
             "breadcrumbs": crumbs, "context": L(context, USAGE), "severity": "error",
             "unhandled": True,
             "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                     "durationInForeground": L(fg_ms, USAGE)},
             "device": {"id": L(sdk_id(app, "faultmoss"), DID),
                        "manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                        "osVersion": L("14", DEV), "freeDisk": L(48213000192, DEV),
                        "jailbroken": L(False, DEV)},
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "metaData": meta or {}}
    body = {"apiKey": app.key("faultmoss"), "payloadVersion": "5",
            "notifier": {"name": "Faultmoss Android", "version": "6.2.0"}, "events": [event]}
    return case(f"{app.fam}-faultmoss", f"{FMS}/", body=body, gz=True,
                headers={"User-Agent": L(DALVIK, DEV), "Faultmoss-Api-Key": app.key("faultmoss"),
                         "Faultmoss-Sent-At": "2025-12-09T23:17:09.440Z"})


def fm_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A Faultmoss session start (JSON): the SDK's device ID, the user signed in."""
    sess: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": "2025-12-09T23:02:11.004Z"}
    if user:
        sess["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-faultmoss", "https://sessions.faultmoss.example.org/", body={
        "notifier": {"name": "Faultmoss Android", "version": "6.2.0"},
        "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production"},
        "device": {"id": L(sdk_id(app, "faultmoss"), DID), "model": L("Pixel 8", DEV),
                   "osVersion": L("14", DEV)},
        "sessions": [sess]}, headers={"Faultmoss-Api-Key": app.key("faultmoss"),
                                      "User-Agent": L(DALVIK, DEV)})


__all__ = ["bs_bid", "bs_notice", "fm_crumb", "fm_notify", "fm_session", "rh_event", "rh_link",
           "rh_session", "th_batch", "th_beacon", "th_profile", "th_queue"]
