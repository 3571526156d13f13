"""Measurement SDKs of the three-hundred-and-eighth set, built once and called by every app with
its own events and choices: analytics "Tistalytics", MMP/attribution "Trackrongnyu", OpenRTB 2.5
ads "Bidkanchen" and crash reporting "Crashdurpin" (fictional vendors, hosts under example.*)."""

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

TA = "https://in.tistalytics.example.com"
TR = "https://api.trackrongnyu.example.net"
BK = "https://rtb.bidkanchen.example.org"
CR = "https://report.crashdurpin.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
TZ = "Asia/Kolkata"
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TAUA = "tistalytics-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def ta_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             locale: str = "en_IN") -> Case:
    """Tistalytics's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
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
    body: dict[str, Any] = {"write_key": app.key("tistalytics"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": T0 * 1000 + 8812}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tistalytics", f"{TA}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TAUA})


def ta_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tistalytics's traits update: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                         "traits": traits, "write_key": app.key("tistalytics")}
    return case(f"{app.fam}-tistalytics", f"{TA}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": TAUA})


def ta_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Events queued offline (no signal in the Teesta gorge or in Dzongu), flushed as JSON Lines."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props,
             "timestamp": (T0 - 7200 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-tistalytics", f"{TA}/v1/import", recs,
                 headers={"User-Agent": TAUA, "X-Write-Key": app.key("tistalytics")})


def ta_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tistalytics", f"{TA}/v1/p.gif", query={
        "wk": app.key("tistalytics"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _tn_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "tr_uid": L(sdk_uid(random.Random(f"{app.pkg}/trackrongnyu")), DID), "lat": 0}


def _tn_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("android", DEV), "osv": L("14", DEV),
            "lang": L("en", DEV), "country": L("IN", COARSE), "plmn": L(MCCMNC, CARRIER),
            "operator": L("Example Mobile", CARRIER), "roaming": L(True, DEV)}


def tr_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Trackrongnyu's session (JSON): the first carries the Android ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("trackrongnyu"), "ids": _tn_ids(app),
                            "device": _tn_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "tr5.2.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=kanchen&utm_medium=cpi&utm_campaign=in07",
                    click_ts=1765299230)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-trackrongnyu", f"{TR}/v5/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def tr_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "INR", hashed: bool = False) -> Case:
    """A Trackrongnyu event: ``partner_params`` a JSON string; hashed e-mail and phone."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("trackrongnyu"), "ids": _tn_ids(app),
                            "event": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-10T08:14:22.301+0530", "device": _tn_dev(),
                            "customer_id": L(USER_ID, UID)}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-trackrongnyu", f"{TR}/v5/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tr_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-trackrongnyu", f"{TR}/v5/deeplink", body={
        "app_token": app.key("trackrongnyu"), "ids": _tn_ids(app), "link": link,
        "opened_at": 1765321522, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bk_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None) -> Case:
    """A Bidkanchen OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (India); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("IND", COARSE),
                               "region": L("WB", COARSE), "city": L("Kalimpong", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 15, "country": L("IND", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidkanchen"), DID)}
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
            "app": {"id": app.key("bidkanchen"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidkanchen", f"{BK}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bk_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-bidkanchen", f"https://ev.bidkanchen.example.org/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "p": "0.38", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cr_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashdurpin breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": 1765322011.2, "type": kind, "msg": message, "meta": data or {}}


def cr_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Crashdurpin envelope (JSON Lines under its own content type): the header, the item
    header, the report (user, device, OS, breadcrumbs, the exception)."""
    rep = opaque(rng, "", 32)
    report = {"report_id": rep, "platform": "android", "release": f"{app.pkg}@{app.ver}",
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "device": {"id": L(sdk_id(app, "crashdurpin"), DID), "model": L("Pixel 8", DEV),
                         "brand": L("google", DEV), "battery_pct": L(58, DEV),
                         "free_ram": L(1843200000, DEV), "timezone": L(TZ, DEV)},
              "os": {"name": L("Android", DEV), "version": L("14", DEV),
                     "jailbroken": L(False, DEV)},
              "context": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
              "exception": {"class": exc[0], "message": exc[1],
                            "stack": [{"fn": "onResume", "file": f"{screen}.kt", "line": 88}]}}
    recs = [{"report_id": rep, "sent": "2025-12-10T08:22:41.017Z",
             "key": app.key("crashdurpin")}, {"type": "report", "length": 0}, report]
    return lines(f"{app.fam}-crashdurpin", f"{CR}/api/ingest/", recs,
                 ctype="application/x-crashdurpin-envelope",
                 headers={"User-Agent": "crashdurpin-android/3.3.0"})


def cr_session(app: App, rng: random.Random, *, secs: int = 431) -> Case:
    """A session close (JSON): the user ID signed in, its length."""
    return case(f"{app.fam}-crashdurpin", f"{CR}/api/sessions/", body={
        "sid": sdk_uuid(rng), "uid": L(USER_ID, UID), "started": "2025-12-10T07:58:10.104Z",
        "length_s": L(secs, USAGE), "state": "ended", "crashes": 0,
        "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "crashdurpin-android/3.3.0",
                 "X-Crashdurpin-Key": app.key("crashdurpin")})


__all__ = ["bk_bid", "bk_notice", "cr_crash", "cr_crumb", "cr_session", "ta_batch",
           "ta_identify", "ta_pixel", "ta_queue", "tr_event", "tr_launch", "tr_link"]
