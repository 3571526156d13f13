"""Measurement SDKs of the hundredth set, built once and called by every app with its own events
and choices: analytics "Tallyspire", MMP/attribution "Sourcelinden", OpenRTB 2.5 ads "Bidcorvid"
and crash reporting "Faultsparrow" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families100_kit import NET_MCCMNC, TZ
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

TY = "https://in.tallyspire.example.com"
SL = "https://app.sourcelinden.example.net"
BC = "https://rtb.bidcorvid.example.com"
FS = "https://notify.faultsparrow.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TYUA = "Tallyspire-Android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ty_ctx(app: App, *, tz: str, locale: str, adid: bool, at: Pt | None,
            nd: int) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "app": {"namespace": app.pkg, "version": app.ver, "build": "4102"},
        "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "screen": L("1080x2400", DEV), "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "library": {"name": "tallyspire-android", "version": "2.14.0"}}
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    return ctx


def ty_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = TZ,
             locale: str = "en_US") -> Case:
    """Tallyspire's batch (gzip JSON): the anonymous ID is the install ID, the user ID signed in,
    one ``context`` (device, OS, carrier, locale, zone, a position at ``nd`` decimals), events."""
    body: dict[str, Any] = {
        "writeKey": app.key("tallyspire"), "anonymousId": L(INSTALL_ID, DID),
        "context": _ty_ctx(app, tz=tz, locale=locale, adid=adid, at=at, nd=nd),
        "batch": [{"type": "track", "event": L(name, USAGE), "properties": props,
                   "messageId": sdk_uuid(rng), "timestamp": f"2025-12-14T08:1{i}:0{i}.20{i}Z"}
                  for i, (name, props) in enumerate(events)],
        "sentAt": "2025-12-14T08:19:44.118Z"}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyspire", f"{TY}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TYUA})


def ty_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallyspire's identify: a form whose ``data`` field is base64url JSON (IDs and traits)."""
    acc: Acc = {}
    data = enc({"anonymousId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID),
                "traits": traits, "messageId": sdk_uuid(rng)}, "body", "data", "b64url", acc)
    return add(case(f"{app.fam}-tallyspire", f"{TY}/v1/identify", fmt="form",
                    body={"data": data, "writeKey": app.key("tallyspire")},
                    headers={"User-Agent": TYUA}), acc)


def ty_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Tallyspire's offline queue sent on reconnect (JSON Lines; the IDs on every line)."""
    recs = [{"type": "track", "event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
             "userId": L(USER_ID, UID), "properties": props, "messageId": sdk_uuid(rng),
             "timestamp": 1765680000 + 61 * i} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-tallyspire", f"{TY}/v1/import", recs,
                 headers={"User-Agent": TYUA, "X-Tallyspire-Key": app.key("tallyspire")})


def ty_screen(app: App, rng: random.Random, screen: str, user: bool = False) -> Case:
    """The screen beacon (a GET): the install ID without dashes, the screen, a cache-buster."""
    q: dict[str, Any] = {"k": app.key("tallyspire"), "aid": L(IID_NODASH, DID),
                         "s": L(screen, USAGE), "tz": L(TZ, DEV), "cb": opaque(rng, "", 10)}
    if user:
        q["uid"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyspire", f"{TY}/v1/s.gif", query=q,
                headers={"User-Agent": L(DALVIK, DEV)})


def _sl_ids(app: App) -> dict[str, Any]:
    return {"app_token": app.key("sourcelinden"), "gps_adid": L(GAID, ADID),
            "sl_uid": L(sdk_uid(random.Random(f"{app.pkg}/sourcelinden")), DID),
            "tracking_enabled": "1"}


def _sl_dev() -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "network_mcc_mnc": L(NET_MCCMNC, CARRIER)}


def sl_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5) -> Case:
    """A Sourcelinden session (a form, as such SDKs send): the first with the Android ID and the
    install referrer; the session count ``behavior.usage``; ``user`` the app's user ID."""
    body: dict[str, Any] = {**_sl_ids(app), **_sl_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE),
                            "created_at": "2025-12-14T08:02:11.441+0200", "sdk": "sl5.2.0"}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=lindennet&utm_medium=cpi&utm_campaign=rw_q4"
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-sourcelinden", f"{SL}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.0"})


def sl_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: str | None = None, currency: str = "RWF", hashed: bool = False) -> Case:
    """A Sourcelinden event (a form): ``partner_params`` a JSON string of the app's parameters;
    revenue and hashed e-mail and phone when the app passes them."""
    body: dict[str, Any] = {**_sl_ids(app), **_sl_dev(), "event_token": L(token, USAGE),
                            "partner_params": W(params, "json"),
                            "customer_user_id": L(USER_ID, UID),
                            "created_at": "2025-12-14T08:21:40.118+0200"}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-sourcelinden", f"{SL}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.0"})


def sl_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-sourcelinden", f"{SL}/sdk_click", body={
        **_sl_ids(app), "source": "deeplink", "deeplink": link, "click_time": 1765690102,
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bc_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, city: str = "Kigali",
           country: str = "RWA") -> Case:
    """A Bidcorvid OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo (the
    IP's country and city); ``user.id`` the SDK's buyer ID; the roaming SIM's carrier."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE), "city": L(city, COARSE),
                               "utcoffset": L(120, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE),
               "utcoffset": L(120 if country == "RWA" else -300, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidcorvid"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "mailhash.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(6, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("bidcorvid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidcorvid", f"{BC}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bc_win(app: App, rng: random.Random) -> Case:
    """The win notice (a GET): auction, bid, seat and creative IDs and the price negatives."""
    return case(f"{app.fam}-bidcorvid", "https://win.bidcorvid.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "seat": "s-114", "cr": opaque(rng, "cr", 6),
        "p": "0.42", "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def fs_crumb(kind: str, name: Any, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultsparrow breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-14T08:22:09.310Z", "type": kind, "name": name,
            "metaData": meta or {}}


def fs_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             meta: dict[str, Any] | None = None) -> Case:
    """A Faultsparrow error report (gzip JSON): the user, the device (the SDK's device ID,
    model, OS, memory, disk, orientation, root, locale and zone), the screen, breadcrumbs."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
        {"method": "onResume", "file": f"{screen}.kt", "lineNumber": 88}]}],
        "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
        "user": user if user is not None else {"id": L(USER_ID, UID)},
        "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                "inForeground": True},
        "device": {"id": L(sdk_id(app, "faultsparrow"), DID), "manufacturer": L("Google", DEV),
                   "model": L("Pixel 8", DEV), "osName": L("android", DEV),
                   "osVersion": L("14", DEV), "freeMemory": L(1874221056, DEV),
                   "freeDisk": L(40211333120, DEV), "orientation": L("portrait", DEV),
                   "jailbroken": L(False, DEV), "locale": L("en_US", DEV),
                   "timezone": L(TZ, DEV)},
        "metaData": meta or {}}
    return case(f"{app.fam}-faultsparrow", f"{FS}/", gz=True, body={
        "apiKey": app.key("faultsparrow"), "payloadVersion": "5",
        "notifier": {"name": "Faultsparrow Android", "version": "6.3.0"}, "events": [event]},
        headers={"User-Agent": "faultsparrow-android/6.3.0",
                 "Faultsparrow-Sent-At": "2025-12-14T08:22:11.002Z"})


def fs_sessions(app: App, rng: random.Random, secs: list[int], *, user: bool = True) -> Case:
    """Faultsparrow's session batch (JSON Lines): one line per session, its length in ms."""
    recs = [{"id": sdk_uuid(rng), "startedAt": f"2025-12-1{i}T07:5{i}:00.000Z",
             "user": {"id": L(USER_ID, UID)} if user else {},
             "device": {"id": L(sdk_id(app, "faultsparrow"), DID), "model": L("Pixel 8", DEV)},
             "durationMs": L(s * 1000, USAGE), "unhandled": 0} for i, s in enumerate(secs)]
    return lines(f"{app.fam}-faultsparrow", "https://sessions.faultsparrow.example.org/", recs,
                 headers={"User-Agent": "faultsparrow-android/6.3.0",
                          "Faultsparrow-Api-Key": app.key("faultsparrow")})


__all__ = ["bc_bid", "bc_win", "fs_crash", "fs_crumb", "fs_sessions", "sl_event", "sl_link",
           "sl_session", "ty_batch", "ty_identify", "ty_queue", "ty_screen"]
