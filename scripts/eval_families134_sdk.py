"""Measurement SDKs of the hundred-and-thirty-fourth set, built once and called by every app with
its own events and choices: analytics "Statmbalame", MMP/attribution "Attrichambo", OpenRTB 2.5
ads "Bidnkhwazi" and crash reporting "Crashkalulu" (fictional vendors, hosts under example.*).
The phone roams in Lilongwe on its US SIM: the SDKs report the SIM's carrier and the visited
network."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families134_kit import ROAM_MCCMNC, ROAM_NET
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

SM = "https://in.statmbalame.example.com"
AC = "https://app.attrichambo.example.net"
BN = "https://rtb.bidnkhwazi.example.org"
CK = "https://ingest.crashkalulu.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
TZ = "Africa/Blantyre"
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
SMUA = "statmbalame-android/3.6.1"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def sm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             locale: str = "en_MW") -> Case:
    """Statmbalame's batch (gzip JSON, snake_case): the install ID as ``anonymous_id``, the user
    ID signed in, a ``context`` block (model, OS, locale, zone, SIM carrier, visited network,
    network type), the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "os_version": L("Android 14", DEV), "locale": L(locale, DEV),
                           "timezone": L(TZ, DEV), "carrier": L("Example Mobile", CARRIER),
                           "network_operator": L(ROAM_NET, CARRIER),
                           "network": L("cellular", DEV), "app_build": app.ver}
    if adid:
        ctx["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 43 * i) * 1000 + 311} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("statmbalame"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": T0 * 1000 + 9120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-statmbalame", f"{SM}/v1/batch", body=body, gz=True,
                headers={"User-Agent": SMUA})


def sm_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Statmbalame's traits update: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                         "traits": traits, "write_key": app.key("statmbalame")}
    return case(f"{app.fam}-statmbalame", f"{SM}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": SMUA})


def sm_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Events queued offline (no signal in the village or the clinic), flushed as JSON Lines."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props,
             "timestamp": (T0 - 5400 + 59 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-statmbalame", f"{SM}/v1/import", recs,
                 headers={"User-Agent": SMUA, "X-Write-Key": app.key("statmbalame")})


def sm_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-statmbalame", f"{SM}/v1/px.gif", query={
        "wk": app.key("statmbalame"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ac_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "ac_uid": L(sdk_uid(random.Random(f"{app.pkg}/attrichambo")), DID), "tracking": 1}


def _ac_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("android", DEV), "osv": L("14", DEV),
            "lang": L("en", DEV), "country": L("MW", COARSE), "sim_plmn": L(MCCMNC, CARRIER),
            "net_plmn": L(ROAM_MCCMNC, CARRIER), "operator": L("Example Mobile", CARRIER),
            "roaming": L(True, DEV)}


def ac_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Attrichambo's session (JSON): the first carries the Android ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("attrichambo"), "ids": _ac_ids(app),
                            "device": _ac_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "ac4.9.0",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=nkhwazi&utm_medium=cpi&utm_campaign=mw25",
                    click_ts=1765299514)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attrichambo", f"{AC}/v4/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def ac_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "MWK", hashed: bool = False) -> Case:
    """An Attrichambo event: ``partner_params`` a JSON string; hashed e-mail and phone."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("attrichambo"), "ids": _ac_ids(app),
                            "event": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-10T09:14:22.301+0200", "device": _ac_dev(),
                            "customer_id": L(USER_ID, UID)}
    if hashed:
        body["hashed"] = {"em_sha256": L(EMAIL_SHA256, MAIL),
                          "ph_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attrichambo", f"{AC}/v4/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ac_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrichambo", f"{AC}/v4/deeplink", body={
        "app_token": app.key("attrichambo"), "ids": _ac_ids(app), "link": link,
        "opened_at": 1765321618, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bn_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None) -> Case:
    """A Bidnkhwazi OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Malawi, Central Region, Lilongwe); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("MWI", COARSE),
                               "region": L("C", COARSE), "city": L("Lilongwe", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 20, "country": L("MWI", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidnkhwazi"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(5, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 350, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("bidnkhwazi"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidnkhwazi", f"{BN}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bn_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-bidnkhwazi", f"https://ev.bidnkhwazi.example.org/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "p": "0.21", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def ck_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashkalulu breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": 1765322011.9, "type": kind, "msg": message, "meta": data or {}}


def ck_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Crashkalulu envelope (JSON Lines under its own content type): the header, the item
    header, the report (user, device, OS, breadcrumbs, the exception)."""
    rep = opaque(rng, "", 32)
    report = {"report_id": rep, "platform": "android", "release": f"{app.pkg}@{app.ver}",
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "device": {"id": L(sdk_id(app, "crashkalulu"), DID), "model": L("Pixel 8", DEV),
                         "brand": L("google", DEV), "battery_pct": L(41, DEV),
                         "free_ram": L(1622016000, DEV), "timezone": L(TZ, DEV)},
              "os": {"name": L("Android", DEV), "version": L("14", DEV),
                     "rooted": L(False, DEV)},
              "context": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
              "exception": {"class": exc[0], "message": exc[1],
                            "stack": [{"fn": "onStart", "file": f"{screen}.kt", "line": 131}]}}
    recs = [{"report_id": rep, "sent": "2025-12-10T07:22:41.017Z",
             "key": app.key("crashkalulu")}, {"type": "report", "length": 0}, report]
    return lines(f"{app.fam}-crashkalulu", f"{CK}/api/envelope/", recs,
                 ctype="application/x-crashkalulu-envelope",
                 headers={"User-Agent": "crashkalulu-android/5.0.2"})


def ck_session(app: App, rng: random.Random, *, secs: int = 431) -> Case:
    """A session close (JSON): the user ID signed in, its length."""
    return case(f"{app.fam}-crashkalulu", f"{CK}/api/sessions/", body={
        "sid": sdk_uuid(rng), "did": L(sdk_id(app, "crashkalulu"), DID), "uid": L(USER_ID, UID),
        "started": "2025-12-10T06:58:10.104Z", "duration_s": L(secs, USAGE), "status": "exited",
        "errors": 0, "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "crashkalulu-android/5.0.2",
                 "X-Crashkalulu-Key": app.key("crashkalulu")})


__all__ = ["ac_event", "ac_launch", "ac_link", "bn_bid", "bn_notice", "ck_crash", "ck_crumb",
           "ck_session", "sm_batch", "sm_identify", "sm_pixel", "sm_queue"]
