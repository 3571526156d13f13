"""Measurement SDKs of the three-hundred-and-ninth set ("blind306"), built once and called by every
app with its own events and choices: analytics "Metrimaghi", MMP/attribution "Trackdhikri",
OpenRTB 2.5 ads "Bidsakhiya" and crash reporting "Crashrapti" (fictional vendors, hosts under
example.*). The shapes are set 151's ``_sdk.py`` copied with the vendors, hosts, zone
(Asia/Kathmandu), country (NP/NPL, region LU for Lumbini, city Ghorahi), locale and currency (NPR)
changed."""

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

MC = "https://in.metrimaghi.example.com"
TN = "https://api.trackdhikri.example.net"
BF = "https://rtb.bidsakhiya.example.org"
CD = "https://report.crashrapti.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
TZ = "Asia/Kathmandu"
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MCUA = "metrimaghi-android/3.1.2"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def mc_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             locale: str = "en_NP") -> Case:
    """Metrimaghi's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID signed in, a ``context`` block (model, OS, locale, zone, carrier, network), the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "os_version": L("Android 14", DEV), "locale": L(locale, DEV),
                           "timezone": L(TZ, DEV), "carrier": L("Example Mobile", CARRIER),
                           "network": L("wifi", DEV), "app_build": app.ver}
    if adid:
        ctx["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 227} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("metrimaghi"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": T0 * 1000 + 8812}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-metrimaghi", f"{MC}/v1/batch", body=body, gz=True,
                headers={"User-Agent": MCUA})


def mc_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Metrimaghi's traits update: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                         "traits": traits, "write_key": app.key("metrimaghi")}
    return case(f"{app.fam}-metrimaghi", f"{MC}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": MCUA})


def mc_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Events queued offline (no signal in the fields or on the highway), flushed as JSON Lines."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props,
             "timestamp": (T0 - 7200 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-metrimaghi", f"{MC}/v1/import", recs,
                 headers={"User-Agent": MCUA, "X-Write-Key": app.key("metrimaghi")})


def mc_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-metrimaghi", f"{MC}/v1/p.gif", query={
        "wk": app.key("metrimaghi"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _tn_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "tn_uid": L(sdk_uid(random.Random(f"{app.pkg}/trackdhikri")), DID), "lat": 0}


def _tn_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("android", DEV), "osv": L("14", DEV),
            "lang": L("en", DEV), "country": L("NP", COARSE), "plmn": L(MCCMNC, CARRIER),
            "operator": L("Example Mobile", CARRIER), "roaming": L(True, DEV)}


def tn_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Trackdhikri's session (JSON): the first carries the Android ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("trackdhikri"), "ids": _tn_ids(app),
                            "device": _tn_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "tn6.0.3",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=sakhiya&utm_medium=cpi&utm_campaign=np09",
                    click_ts=1765299230)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-trackdhikri", f"{TN}/v5/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def tn_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "NPR", hashed: bool = False) -> Case:
    """A Trackdhikri event: ``partner_params`` a JSON string; hashed e-mail and phone."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("trackdhikri"), "ids": _tn_ids(app),
                            "event": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-10T08:14:22.301+05:45", "device": _tn_dev(),
                            "customer_id": L(USER_ID, UID)}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-trackdhikri", f"{TN}/v5/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tn_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-trackdhikri", f"{TN}/v5/deeplink", body={
        "app_token": app.key("trackdhikri"), "ids": _tn_ids(app), "link": link,
        "opened_at": 1765321522, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bf_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None) -> Case:
    """A Bidsakhiya OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Nepal); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("NPL", COARSE),
                               "region": L("LU", COARSE), "city": L("Ghorahi", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 15, "country": L("NPL", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidsakhiya"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(6, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.12, secure=1)],
            "app": {"id": app.key("bidsakhiya"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidsakhiya", f"{BF}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bf_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-bidsakhiya", f"https://ev.bidsakhiya.example.org/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "p": "0.38", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cd_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashrapti breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": 1765322011.2, "type": kind, "msg": message, "meta": data or {}}


def cd_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Crashrapti envelope (JSON Lines under its own content type): the header, the item
    header, the report (user, device, OS, breadcrumbs, the exception)."""
    rep = opaque(rng, "", 32)
    report = {"report_id": rep, "platform": "android", "release": f"{app.pkg}@{app.ver}",
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "device": {"id": L(sdk_id(app, "crashrapti"), DID), "model": L("Pixel 8", DEV),
                         "brand": L("google", DEV), "battery_pct": L(58, DEV),
                         "free_ram": L(1843200000, DEV), "timezone": L(TZ, DEV)},
              "os": {"name": L("Android", DEV), "version": L("14", DEV),
                     "jailbroken": L(False, DEV)},
              "context": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
              "exception": {"class": exc[0], "message": exc[1],
                            "stack": [{"fn": "onResume", "file": f"{screen}.kt", "line": 88}]}}
    recs = [{"report_id": rep, "sent": "2025-12-10T08:22:41.017Z",
             "key": app.key("crashrapti")}, {"type": "report", "length": 0}, report]
    return lines(f"{app.fam}-crashrapti", f"{CD}/api/ingest/", recs,
                 ctype="application/x-crashrapti-envelope",
                 headers={"User-Agent": "crashrapti-android/4.0.1"})


def cd_session(app: App, rng: random.Random, *, secs: int = 431) -> Case:
    """A session close (JSON): the user ID signed in, its length."""
    return case(f"{app.fam}-crashrapti", f"{CD}/api/sessions/", body={
        "sid": sdk_uuid(rng), "uid": L(USER_ID, UID), "started": "2025-12-10T07:58:10.104Z",
        "length_s": L(secs, USAGE), "state": "ended", "crashes": 0,
        "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "crashrapti-android/4.0.1",
                 "X-Crashrapti-Key": app.key("crashrapti")})


__all__ = ["bf_bid", "bf_notice", "cd_crash", "cd_crumb", "cd_session", "mc_batch",
           "mc_identify", "mc_pixel", "mc_queue", "tn_event", "tn_launch", "tn_link"]
