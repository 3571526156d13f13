"""Measurement SDKs of the ninety-ninth set, built once and called by every app with its own
events and choices: analytics "Tallygrebe", MMP/attribution "Attriquail", OpenRTB 2.5 ads
"Bidpangolin" and crash reporting "Crashmarten" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families18_kit import IID_UPPER
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

TG = "https://in.tallygrebe.example.com"
AQ = "https://s2s.attriquail.example.net"
BP = "https://rtb.bidpangolin.example.com"
CM = "https://reports.crashmarten.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TGUA = "tallygrebe-android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(tz: str, locale: str, roaming: bool) -> dict[str, Any]:
    net: dict[str, Any] = {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)}
    if roaming:
        net.update(network_country=L("np", CARRIER), sim_country=L("us", CARRIER))
    return {"device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L(locale, DEV), "timezone": L(tz, DEV), "network": net,
            "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
            "library": {"name": "tallygrebe-android", "version": "2.4.0"}}


def tg_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US",
             roaming: bool = False) -> Case:
    """Tallygrebe's batch (gzip JSON, snake_case): ``anonymous_id`` the install ID, the user ID
    signed in, one ``context`` (device, OS, locale, zone, carrier; ``roaming``: the network and
    SIM countries), an optional rounded or precise position, then the events."""
    ctx = _ctx(tz, locale, roaming)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"type": "track", "event": L(name, USAGE), "properties": props,
            "message_id": sdk_uuid(rng), "timestamp": (T0 + 41 * i) * 1000 + 90}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallygrebe"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": "2025-12-14T16:02:11.540Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallygrebe", f"{TG}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TGUA})


def tg_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallygrebe's identify (plain JSON): the traits the app chose to set."""
    return case(f"{app.fam}-tallygrebe", f"{TG}/v1/identify", body={
        "write_key": app.key("tallygrebe"), "anonymous_id": L(INSTALL_ID, DID),
        "user_id": L(USER_ID, UID), "traits": traits, "message_id": sdk_uuid(rng)},
        headers={"User-Agent": TGUA})


def tg_screen(app: App, rng: random.Random, screen: str, props: dict[str, Any]) -> Case:
    """The signed-out screen beacon (GET): the install ID upper case in ``aid``, the screen in
    ``s`` and ``c`` base64url JSON of the zone, locale and properties."""
    acc: Acc = {}
    c = enc({"tz": L("America/New_York", DEV), "l": L("en-US", DEV), "p": props}, "query", "c",
            "b64url", acc)
    return add(case(f"{app.fam}-tallygrebe", f"{TG}/v1/s.gif", query={
        "wk": app.key("tallygrebe"), "aid": L(IID_UPPER, DID), "s": L(screen, USAGE), "c": c,
        "cb": opaque(rng, "", 10)}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


def tg_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed on reconnect (JSON Lines): the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 86400 + 97 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallygrebe", f"{TG}/v1/import", recs,
                 headers={"User-Agent": TGUA, "X-Write-Key": app.key("tallygrebe")})


def _aq_dev(first: bool) -> dict[str, Any]:
    d: dict[str, Any] = {"device_name": L("Pixel 8", DEV), "device_manufacturer": L("Google", DEV),
                         "os_name": L("android", DEV), "os_version": L("14", DEV),
                         "language": L("en", DEV), "locale": L("en_US", DEV),
                         "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                         "network_type": L("wifi", DEV), "cpu_type": L("arm64-v8a", DEV)}
    if first:
        d["android_uuid"] = L(ANDROID_ID, DID)
    return d


def aq_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Attriquail's session (JSON): the advertising ID, its own install ID, the session count;
    the first one the Android ID and the install referrer."""
    body: dict[str, Any] = {"app_token": app.key("attriquail"), "gps_adid": L(GAID, ADID),
                            "aq_uid": L(sdk_uid(random.Random(f"{app.pkg}/attriquail")), DID),
                            "tracking_enabled": True, "session_count": L(1 if first else n, USAGE),
                            **_aq_dev(first), "app_version": app.ver, "sdk": "aq-android5.2.0",
                            "sent_at": "2025-12-14T16:01:02.118Z", "request_id": rid(rng)}
    if first:
        body.update(referrer="utm_source=quailnet&utm_medium=cpi&utm_campaign=dec",
                    installed_at="2025-12-14T15:58:40.002Z")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attriquail", f"{AQ}/v2/session", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def aq_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False) -> Case:
    """An Attriquail event: ``callback_params`` a JSON string; SHA-256 of the e-mail and phone
    when the app passes them (``hashed``)."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("attriquail"), "gps_adid": L(GAID, ADID),
                            "aq_uid": L(sdk_uid(random.Random(f"{app.pkg}/attriquail")), DID),
                            "event": L(name, USAGE), "callback_params": W(vals, "json"),
                            "customer_user_id": L(USER_ID, UID), "created_at": 1765728072118,
                            **_aq_dev(False)}
    if hashed:
        body["hashed"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                          "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attriquail", f"{AQ}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def aq_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attriquail", f"{AQ}/v2/sdk_click", body={
        "app_token": app.key("attriquail"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": 1765728140, "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bp_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None, hem: bool = False, country: str = "USA",
           gz: bool = False) -> Case:
    """A Bidpangolin OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (country, region, city, ZIP); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidpangolin"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "mailhash.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV), "carrier": L("Example Mobile",
                                                                          CARRIER),
              "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1, instl=0)],
            "app": {"id": app.key("bidpangolin"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidpangolin", f"{BP}/openrtb2/auction", body=body, gz=gz,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bp_win(app: App, rng: random.Random, price: str = "0.84") -> Case:
    """The win notice (GET): auction, bid, seat and creative IDs and the clearing price."""
    return case(f"{app.fam}-bidpangolin", "https://win.bidpangolin.example.com/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "sp-" + opaque(rng, "", 4),
        "crid": opaque(rng, "cr", 6), "p": price, "ifa": L(GAID, ADID), "b": app.pkg},
        headers={"User-Agent": L(app.ua, DEV)})


def cm_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashmarten breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": "2025-12-14T16:04:18.220Z", "type": kind, "msg": message, "meta": data or {}}


def cm_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Crashmarten envelope (JSON Lines under its own content type): the envelope header,
    the item header and the report (user, device, app state, breadcrumbs, the exception)."""
    rid_ = opaque(rng, "", 32)
    report = {"id": rid_, "app": {"id": app.pkg, "version": app.ver, "in_foreground": True,
                                  "screen": L(screen, USAGE)},
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "device": {"install": L(sdk_id(app, "crashmarten"), DID),
                         "model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                         "locale": L("en_US", DEV), "tz": L(tz, DEV),
                         "battery_pct": L(58, DEV), "free_mem": L(1823412224, DEV),
                         "jailbroken": L(False, DEV)},
              "breadcrumbs": crumbs,
              "exception": {"class": exc[0], "message": exc[1],
                            "stack": [f"{app.pkg}.ui.{screen}.onResume:88",
                                      "android.app.Activity.performResume:8432"]}}
    recs = [{"id": rid_, "sent": "2025-12-14T16:04:21.003Z", "key": app.key("crashmarten")},
            {"kind": "report", "len": 0}, report]
    return lines(f"{app.fam}-crashmarten", f"{CM}/v3/envelope", recs,
                 ctype="application/x-crashmarten", headers={"User-Agent": "crashmarten/3.1.0"})


def cm_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 430) -> Case:
    """A session summary (JSON): the user ID signed in, or the SDK's install ID."""
    who = L(USER_ID, UID) if user else L(sdk_id(app, "crashmarten"), DID)
    return case(f"{app.fam}-crashmarten", f"{CM}/v3/sessions", body={
        "session": sdk_uuid(rng), "user": who, "started": "2025-12-14T15:57:02Z",
        "duration_s": L(secs, USAGE), "crashed": False, "handled_errors": 1,
        "app": {"version": app.ver, "release_stage": "production"}},
        headers={"User-Agent": "crashmarten/3.1.0",
                 "X-Crashmarten-Key": app.key("crashmarten")})


__all__ = ["aq_event", "aq_link", "aq_session", "bp_bid", "bp_win", "cm_crash", "cm_crumb",
           "cm_session", "tg_batch", "tg_identify", "tg_queue", "tg_screen"]
