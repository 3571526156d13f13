"""Measurement SDKs of the fifty-ninth set, built once and called by every app with its own events
and choices: analytics "Gaugeling", MMP/attribution "Sourcekeel", OpenRTB 2.5 ads "Auctionfen"
and crash reporting "Snagharbor" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, MCCMNC, PHONE_SHA256, Acc, add, enc
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

GL = "https://api.gaugeling.example.com"
SK = "https://app.sourcekeel.example.net"
AF = "https://rtb.auctionfen.example.com"
SN = "https://notify.snagharbor.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
GLUA = "gaugeling-android/2.6.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _glh(app: App) -> dict[str, Any]:
    key = base64.b64encode(f"{app.key('gaugeling')}:".encode()).decode()
    return {"User-Agent": GLUA, "Authorization": "Basic " + key}


def gl_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en-US", screen: str | None = None) -> Case:
    """Gaugeling's batch (gzip JSON): the anonymous ID (the install ID), the user ID signed in,
    one ``context`` (device, OS, locale, zone, carrier, screen), then ``track`` calls."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
        "app": {"version": app.ver, "namespace": app.pkg},
        "library": {"name": "gaugeling-android", "version": "2.6.0"}}
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch: list[dict[str, Any]] = [
        {"type": "track", "event": L(name, USAGE), "properties": props, "messageId": rid(rng),
         "timestamp": f"2025-12-09T23:{10 + i:02d}:41.118Z"}
        for i, (name, props) in enumerate(events)]
    if screen:
        batch.append({"type": "screen", "name": L(screen, USAGE), "messageId": rid(rng),
                      "timestamp": "2025-12-09T23:30:02.004Z"})
    body: dict[str, Any] = {"anonymousId": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sentAt": "2025-12-09T23:31:00.500Z"}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugeling", f"{GL}/v1/batch", body=body, gz=True,
                headers=_glh(app))


def gl_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Gaugeling's identify (plain JSON): the user's traits as the app passes them."""
    return case(f"{app.fam}-gaugeling", f"{GL}/v1/identify", body={
        "anonymousId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID), "traits": traits,
        "messageId": rid(rng), "timestamp": "2025-12-09T23:09:12.300Z"}, headers=_glh(app))


def gl_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``data`` is base64 JSON in the query."""
    acc: Acc = {}
    d = enc({"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID), "properties": props,
             "writeKey": app.key("gaugeling")}, "query", "data", "b64", acc)
    return add(case(f"{app.fam}-gaugeling", f"{GL}/v1/p.gif", query={
        "data": d, "cb": opaque(rng, "", 10)}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


def gl_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: gzip JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymousId": L(INSTALL_ID, DID), "properties": props,
                             "messageId": rid(rng), "ts": (T0 - 4200 + 61 * i) * 1000}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gaugeling", f"{GL}/v1/import", recs, gz=True, headers=_glh(app))


def _sk(app: App, *, first: bool = False) -> dict[str, Any]:
    d: dict[str, Any] = {
        "app_token": app.key("sourcekeel"), "gps_adid": L(GAID, ADID),
        "sk_uid": L(sdk_uid(random.Random(f"{app.pkg}/sourcekeel")), DID),
        "tracking_enabled": "1", "device_type": L("phone", DEV),
        "device_name": L("Pixel 8", DEV), "os_name": L("android", DEV),
        "os_version": L("14", DEV), "language": L("en", DEV),
        "mcc": L(MCCMNC[:3], CARRIER), "mnc": L(MCCMNC[3:], CARRIER),
        "connectivity_type": L("1", DEV), "app_version": app.ver, "sdk_version": "android5.3.1",
        "created_at": "2025-12-09T23:01:40.118Z+0000"}
    if first:
        d["android_id"] = L(ANDROID_ID, DID)
    return d


def sk_session(app: App, rng: random.Random, *, first: bool = False, n: int = 7,
               user: bool = False) -> Case:
    """Sourcekeel's session (a form): the first carries the Android ID and the referrer;
    ``callback_params`` is a JSON string in a form field (the app's user ID when passed)."""
    body = _sk(app, first=first)
    body["session_count"] = L(1 if first else n, USAGE)
    if not first:
        body["session_length"] = L(412, USAGE)
    if first:
        body.update(install_referrer="utm_source=keelnet&utm_medium=cpi&utm_campaign=dec_w2",
                    install_begin_time="2025-12-09T22:58:10.000Z")
    if user:
        body["callback_params"] = W({"uid": L(USER_ID, UID)}, "json")
    return case(f"{app.fam}-sourcekeel", f"{SK}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.3.1"})


def sk_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: str | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Sourcekeel event (a form): ``partner_params`` a JSON string; revenue; SHA-256 of the
    e-mail and phone when the app passes them."""
    body = _sk(app)
    body.update(event_token=token, event_count=L(3, USAGE), partner_params=W(params, "json"))
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if hashed:
        body.update(email_sha256=L(EMAIL_SHA256, MAIL), phone_sha256=L(PHONE_SHA256, TEL))
    if user:
        body["callback_params"] = W({"uid": L(USER_ID, UID)}, "json")
    return case(f"{app.fam}-sourcekeel", f"{SK}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.3.1"})


def sk_attribution(app: App, rng: random.Random) -> Case:
    """The attribution poll (a GET): the IDs in the query."""
    return case(f"{app.fam}-sourcekeel", f"{SK}/attribution", query={
        "app_token": app.key("sourcekeel"), "gps_adid": L(GAID, ADID),
        "sk_uid": L(sdk_uid(random.Random(f"{app.pkg}/sourcekeel")), DID),
        "initiated_by": "sdk", "needs_response_details": "1"},
        headers={"User-Agent": L(DALVIK, DEV)})


def sk_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-sourcekeel", f"{SK}/sdk_click", body={
        "app_token": app.key("sourcekeel"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T23:40:12.000Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def af_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, gdpr: bool = False,
           ipgeo: tuple[str, str, str, str] = ("USA", "NY", "New York", "10118")) -> Case:
    """An Auctionfen OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (country, region, city, ZIP); ``user.id`` the SDK's buyer ID; a TCF string under GDPR."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(ipgeo[0], COARSE),
                               "region": L(ipgeo[1], COARSE), "city": L(ipgeo[2], COARSE),
                               "zip": L(ipgeo[3], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(ipgeo[0], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "auctionfen"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if gdpr:
        user["ext"] = {"consent": "CQJ3bQAQJ3bQAAHABBENBTFsAP_gAAAAAAYgJNtV_H__bX9r8Xr36ft0eY1f"}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "ifa": L(GAID, ADID), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                              "osv": L("14", DEV), "h": L(2400, DEV), "w": L(1080, DEV),
                              "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("auctionfen"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "bcat": ["IAB25", "IAB26"],
            "regs": {"coppa": 0, "ext": {"gdpr": 1 if gdpr else 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-auctionfen", f"{AF}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def af_win(app: App, rng: random.Random) -> Case:
    """The win notice (a GET): auction, bid, seat and creative IDs and the clearing price."""
    return case(f"{app.fam}-auctionfen", "https://win.auctionfen.example.com/n", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "seat": "s_" + opaque(rng, "", 6),
        "cr": opaque(rng, "cr", 8), "p": "0.83", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def sn_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Snagharbor breadcrumb (``navigation``, ``request``, ``user``, ``state``)."""
    return {"timestamp": "2025-12-09T23:22:11.400Z", "type": kind, "name": name,
            "metaData": meta or {}}


def sn_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, context: str = "MainActivity",
              tz: str = "America/New_York", locale: str = "en_US",
              meta: dict[str, Any] | None = None) -> Case:
    """A Snagharbor report (gzip JSON): the user, the device (its SDK ID, model, OS, locale,
    zone, memory, disk, orientation), the app, breadcrumbs and the exception."""
    ev = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
              {"method": f"{app.pkg}.ui.{context}.onResume", "file": f"{context}.kt",
               "lineNumber": 88, "inProject": True}]}],
          "context": L(context, USAGE), "severity": "error", "unhandled": True,
          "breadcrumbs": crumbs, "user": user if user is not None else {"id": L(USER_ID, UID)},
          "device": {"id": L(sdk_id(app, "snagharbor"), DID), "manufacturer": L("Google", DEV),
                     "model": L("Pixel 8", DEV), "osName": L("android", DEV),
                     "osVersion": L("14", DEV), "locale": L(locale, DEV),
                     "timezone": L(tz, DEV), "freeMemory": L(1311234048, DEV),
                     "freeDisk": L(40211333120, DEV), "orientation": L("portrait", DEV),
                     "jailbroken": L(False, DEV)},
          "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                  "durationInForeground": L(94211, USAGE)},
          "metaData": meta or {}}
    return case(f"{app.fam}-snagharbor", f"{SN}/", body={
        "apiKey": app.key("snagharbor"), "payloadVersion": "5",
        "notifier": {"name": "Snagharbor Android", "version": "6.4.0"}, "events": [ev]},
        gz=True, headers={"User-Agent": L(DALVIK, DEV),
                          "Snagharbor-Api-Key": app.key("snagharbor")})


def sn_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session start (JSON): the session's own ID a negative, the user and device IDs."""
    u: dict[str, Any] = {"id": L(USER_ID, UID)} if user else {}
    return case(f"{app.fam}-snagharbor", "https://sessions.snagharbor.example.org/", body={
        "notifier": {"name": "Snagharbor Android", "version": "6.4.0"},
        "app": {"version": app.ver, "releaseStage": "production"},
        "device": {"id": L(sdk_id(app, "snagharbor"), DID), "model": L("Pixel 8", DEV),
                   "osVersion": L("14", DEV)},
        "sessions": [{"id": sdk_uuid(rng), "startedAt": "2025-12-09T23:00:51.020Z",
                      "user": u}]},
        headers={"User-Agent": L(DALVIK, DEV), "Snagharbor-Api-Key": app.key("snagharbor")})


__all__ = ["af_bid", "af_win", "gl_batch", "gl_identify", "gl_pixel", "gl_queue", "sk_attribution",
           "sk_event", "sk_link", "sk_session", "sn_crumb", "sn_report", "sn_session"]
