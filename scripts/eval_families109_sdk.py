"""Measurement SDKs of the hundred-and-ninth set, built once and called by every app with its own
events and choices: analytics "Quipulytics", MMP/attribution "Chasquitrack", OpenRTB 2.5 ads
"Bidvicuna" and crash reporting "Crashuayco" (fictional vendors, hosts under example.*). She is in
Cusco on her US SIM: the SIM's operator and MCC/MNC are the profile's, the network she roams on
("Andesnet Perú", 716/17) is the place's; both ``location.carrier``."""

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
)
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

QP = "https://collect.quipulytics.example.com"
CH = "https://s2s.chasquitrack.example.net"
BV = "https://rtb.bidvicuna.example.com"
HY = "https://in.crashuayco.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TZ = "America/Lima"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def qp_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             locale: str = "es_PE") -> Case:
    """Quipulytics' batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID signed in, a ``context`` (device, OS, locale, zone, SIM and network operators, and with
    ``at`` a ``location`` at ``nd`` decimals) and the events."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "type": "android"},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(TZ, DEV),
        "network": {"sim_operator": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
                    "network_operator": L("Andesnet Perú", CARRIER)},
        "app": {"version": app.ver, "build": "4120", "namespace": app.pkg},
        "library": {"name": "quipulytics-android", "version": "2.6.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": f"2025-12-09T2{i % 4}:1{i}:0{i}.{300 + i}Z"}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("quipulytics"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": "2025-12-09T23:40:12.118Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-quipulytics", f"{QP}/v1/batch", body=body, gz=True,
                headers={"User-Agent": L(DALVIK, DEV)})


def qp_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Quipulytics' identify: a form whose ``data`` field is base64 JSON (the traits)."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("quipulytics")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-quipulytics", f"{QP}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": L(DALVIK, DEV)})


def qp_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Events stored offline (no signal in the uplands) and flushed later: JSON Lines."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 86400 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-quipulytics", f"{QP}/v1/import", recs,
                 headers={"User-Agent": L(DALVIK, DEV), "X-Write-Key": app.key("quipulytics")})


def qp_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON (install ID without dashes, event)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props, "l": L("es-PE", DEV)},
            "query", "d", "b64url", acc)
    return add(case(f"{app.fam}-quipulytics", f"{QP}/v1/p.gif", query={
        "wk": app.key("quipulytics"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ch_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L("es", DEV),
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "network_operator": L("Andesnet Perú", CARRIER)}


def _ch_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "chasqui_uid": L(sdk_uid(random.Random(f"{app.pkg}/chasquitrack")), DID)}


def ch_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Chasquitrack's session (JSON): the first carries the Android ID and the install
    referrer; every one the session count; ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("chasquitrack"), **_ch_ids(app),
                            "device": _ch_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE),
                            "created_at": "2025-12-09T23:02:41.552Z", "nonce": rid(rng)}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=andesads&utm_medium=cpi&utm_campaign=cus_dec"
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-chasquitrack", f"{CH}/v3/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ch_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "PEN", hashed: bool = False,
             user: bool = True) -> Case:
    """A Chasquitrack event: ``partner_params`` a JSON string; revenue beside it; hashed
    e-mail and phone when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("chasquitrack"), **_ch_ids(app),
                            "event_token": L(name, USAGE), "partner_params": W(params, "json"),
                            "created_at": "2025-12-09T23:21:40.118Z", "device": _ch_dev()}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed_email"] = L(EMAIL_SHA256, MAIL)
        body["hashed_phone"] = L(PHONE_SHA256, TEL)
    return case(f"{app.fam}-chasquitrack", f"{CH}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ch_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-chasquitrack", f"{CH}/v3/sdk_click", body={
        "app_token": app.key("chasquitrack"), **_ch_ids(app), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T22:58:10Z", "nonce": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bv_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False) -> Case:
    """A Bidvicuna OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Cusco); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("PER", COARSE),
                               "region": L("CUS", COARSE), "city": L("Cusco", COARSE),
                               "utcoffset": L(-300, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 22, "country": L("PER", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidvicuna"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "idbridge.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("es", DEV), "carrier": L("Andesnet Perú", CARRIER),
                              "mccmnc": L("716-17", CARRIER), "connectiontype": L(6, DEV),
                              "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("bidvicuna"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pv", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidvicuna", f"{BV}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bv_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid, creative and price negatives; the IFA."""
    return case(f"{app.fam}-bidvicuna", f"https://ev.bidvicuna.example.com/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "px": "0.42", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def hy_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashuayco breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765321911.4, "type": kind, "msg": message, "meta": data or {}}


def hy_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, custom: dict[str, Any] | None = None,
             screen: str = "MainActivity") -> Case:
    """A Crashuayco report (gzip JSON): the user, the SDK's device ID, the device and OS, the
    breadcrumbs, custom keys and the stack."""
    body = {"report_id": opaque(rng, "", 32), "api_key": app.key("crashuayco"),
            "app": {"id": app.pkg, "version": app.ver, "in_foreground": True},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "device": {"id": L(sdk_id(app, "crashuayco"), DID), "model": L("Pixel 8", DEV),
                       "manufacturer": L("Google", DEV), "os_version": L("14", DEV),
                       "locale": L("es_PE", DEV), "timezone": L(TZ, DEV),
                       "battery_level": L(0.41, DEV), "free_disk": L(38811222016, DEV),
                       "jailbroken": L(False, DEV)},
            "screen": L(screen, USAGE), "breadcrumbs": crumbs, "custom": custom or {},
            "exception": {"class": exc[0], "message": exc[1], "stack": [
                f"at {app.pkg}.ui.{screen}.onResume({screen}.kt:88)",
                "at android.app.Activity.performResume(Activity.java:8422)"]}}
    return case(f"{app.fam}-crashuayco", f"{HY}/v2/reports", body=body, gz=True,
                headers={"User-Agent": "crashuayco-android/3.4.0",
                         "X-Crashuayco-Key": app.key("crashuayco")})


def hy_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session summary (JSON): the SDK's device ID, the user ID signed in, the length."""
    body: dict[str, Any] = {"session_id": sdk_uuid(rng),
                            "device_id": L(sdk_id(app, "crashuayco"), DID),
                            "started_at": "2025-12-09T22:51:09Z", "duration_s": L(secs, USAGE),
                            "crashed": False, "app_version": app.ver}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-crashuayco", f"{HY}/v2/sessions", body=body,
                headers={"User-Agent": "crashuayco-android/3.4.0",
                         "X-Crashuayco-Key": app.key("crashuayco")})


__all__ = ["bv_bid", "bv_notice", "ch_event", "ch_link", "ch_session", "hy_crash", "hy_crumb",
           "hy_session", "qp_batch", "qp_identify", "qp_pixel", "qp_queue"]
