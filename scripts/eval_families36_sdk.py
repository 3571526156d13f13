"""Measurement SDKs of the thirty-sixth set, built once and called by every app with its own
events and choices: analytics "Tallyquay", MMP/attribution "Attribrook", OpenRTB 2.5 ads
"Bidgrove" and crash reporting "Faultwick" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    EMAIL_MD5,
    EMAIL_SHA256,
    IID_NODASH,
    PHONE_SHA256,
    Acc,
    add,
    enc,
    encode,
)
from eval_families20_kit import App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

TQ = "https://collect.tallyquay.example.com"
AB = "https://s2s.attribrook.example.net"
BG = "https://bid.bidgrove.example.com"
FW = "https://ingest.faultwick.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TQUA = "Tallyquay-Android/3.2.1"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _dev(tz: str, locale: str) -> dict[str, Any]:
    return {"deviceModel": L("Pixel 8", DEV), "deviceBrand": L("google", DEV),
            "osVersion": L("Android 14", DEV), "locale": L(locale, DEV),
            "tz": L(tz, DEV), "carrier": L("Example Mobile", CARRIER),
            "net": L("wifi", DEV), "screen": L("1080x2400", DEV), "sdk": "3.2.1"}


def tq_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, gz: bool = True,
             tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """Tallyquay's batch (JSON, camelCase, gzip by default): the install ID as ``clientId``,
    the user ID signed in, the device once per batch, events with their properties."""
    dev = _dev(tz, locale)
    if adid:
        dev["adId"] = L(GAID, ADID)
    body: dict[str, Any] = {"appKey": app.key("tallyquay"), "clientId": L(INSTALL_ID, DID),
                            "device": dev, "appVersion": app.ver, "events": [
                                {"n": L(name, USAGE), "p": props, "id": sdk_uuid(rng),
                                 "t": 1765321000000 + 7131 * i}
                                for i, (name, props) in enumerate(events)]}
    if user:
        body["userId"] = L(USER_ID, UID)
    if at is not None:
        la, lo = _geo(at, nd)
        body["geo"] = {"lat": la, "lon": lo}
    return case(f"{app.fam}-tallyquay", f"{TQ}/v3/batch", body=body, gz=gz,
                headers={"User-Agent": TQUA})


def tq_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallyquay's identify: a form whose ``payload`` field is base64 JSON (labels continue)."""
    data = {"clientId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID), "traits": traits}
    return case(f"{app.fam}-tallyquay", f"{TQ}/v3/identify", fmt="form",
                body={"appKey": app.key("tallyquay"), "payload": W(data, "b64json")},
                headers={"User-Agent": TQUA})


def tq_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"n": L(name, USAGE), "clientId": L(INSTALL_ID, DID), "p": props,
                             "t": 1765316000000 + 60500 * i, "id": sdk_uuid(rng)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallyquay", f"{TQ}/v3/offline", recs,
                 headers={"User-Agent": TQUA, "X-Tallyquay-Key": app.key("tallyquay")})


def tq_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: ``e`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    e = enc({"c": L(IID_NODASH, DID), "n": L(name, USAGE), "p": props}, "query", "e", "b64url",
            acc)
    return add(case(f"{app.fam}-tallyquay", f"{TQ}/v3/px", query={
        "k": app.key("tallyquay"), "e": e, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ab_base(app: App) -> dict[str, Any]:
    return {"app_id": app.key("attribrook"), "advertising_id": L(GAID, ADID),
            "ab_device_id": L(sdk_id(app, "attribrook"), DID), "model": L("Pixel 8", DEV),
            "brand": L("Google", DEV), "os_version": L("14", DEV), "lang": L("en", DEV),
            "operator": L("Example Mobile", CARRIER), "mcc_mnc": L("310260", CARRIER),
            "app_version": app.ver, "sdk_version": "6.0.3"}


def ab_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 12) -> Case:
    """Attribrook's launch (JSON, snake_case): the first carries the Android ID and the
    referrer; every one the launch count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {**_ab_base(app), "launch_count": L(1 if first else n, USAGE),
                            "ts": 1765321101}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    install_referrer="utm_source=adnet&utm_medium=cpi&utm_campaign=q4")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attribrook", f"{AB}/v1/launch", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_event(app: App, rng: random.Random, name: str, value: dict[str, Any], *,
             revenue: float | None = None, hashed: bool = False, user: bool = True) -> Case:
    """An Attribrook event (JSON): ``event_value`` a JSON string in a JSON field; SHA-256
    e-mail and phone when the app passes them."""
    body: dict[str, Any] = {**_ab_base(app), "event_name": L(name, USAGE),
                            "event_value": W(value, "json"), "event_id": rid(rng)}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency="USD")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attribrook", f"{AB}/v1/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attribrook", f"{AB}/v1/deeplink", body={
        "app_id": app.key("attribrook"), "advertising_id": L(GAID, ADID),
        "ab_device_id": L(sdk_id(app, "attribrook"), DID), "link": link,
        "clicked_at": 1765320995}, headers={"User-Agent": L(DALVIK, DEV)})


def bg_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, gz: bool = False) -> Case:
    """A Bidgrove OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; the hashed e-mail as an EID if asked."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 20}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidgrove"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "hashid.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    body = {"id": rid(rng), "at": 1, "tmax": 250, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.25, secure=1)],
            "app": {"id": app.key("bidgrove"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV)},
            "user": user, "regs": {"coppa": 0, "ext": {"us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    c = case(f"{app.fam}-bidgrove", f"{BG}/openrtb/2.5/bid", body=body,
             headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})
    return encode(c, "gzip") if gz else c


def bg_win(app: App, rng: random.Random) -> Case:
    """A win beacon: auction, bid and creative IDs and the price negatives, the ad ID labelled."""
    return case(f"{app.fam}-bidgrove", "https://t.bidgrove.example.com/win", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.48", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fw_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, extra: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York") -> Case:
    """A Faultwick envelope (JSON Lines: a header, an item header, the event): the SDK's
    device ID, the user (the user ID and e-mail hash by default), breadcrumbs, the device."""
    event = {"event_id": rnd(rng), "level": "fatal", "platform": "java",
             "exception": {"type": exc[0], "value": exc[1],
                           "frames": [{"module": f"{app.pkg}.ui.{screen}", "lineno": 88}]},
             "breadcrumbs": crumbs, "transaction": L(screen, USAGE),
             "user": user if user is not None else {"id": L(USER_ID, UID),
                                                    "email_md5": L(EMAIL_MD5, MAIL)},
             "contexts": {"device": {"model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "free_memory": L(1598112768, DEV),
                                     "battery_level": L(61.0, DEV),
                                     "id": L(sdk_id(app, "faultwick"), DID)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                          "culture": {"timezone": L(tz, DEV)},
                          "app": {"app_version": app.ver, "in_foreground": True}},
             "extra": extra or {}}
    recs = [{"event_id": event["event_id"], "sent_at": "2025-12-09T23:14:09.880Z",
             "dsn": f"https://{app.key('faultwick')}@ingest.faultwick.example.org/7"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultwick", f"{FW}/api/7/envelope/", recs,
                 ctype="application/x-faultwick-envelope", headers={"User-Agent": L(DALVIK, DEV)})


def fw_crumb(cat: str, msg: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"timestamp": 1765321990.114, "category": cat, "message": msg, "data": data or {}}


def fw_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session update (JSON): the session's ID a negative, ``did`` the user (or device)."""
    did = L(USER_ID, UID) if user else L(sdk_id(app, "faultwick"), DID)
    return case(f"{app.fam}-faultwick", f"{FW}/api/7/session/", body={
        "sid": rnd(rng), "did": did, "init": True, "status": "ok",
        "started": "2025-12-09T23:01:02.004Z", "duration": L(1204.5, USAGE),
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": L(DALVIK, DEV)})


def rnd(rng: random.Random) -> str:
    return sdk_uuid(rng).replace("-", "")


__all__ = ["ab_event", "ab_launch", "ab_link", "bg_bid", "bg_win", "fw_crash", "fw_crumb",
           "fw_session", "tq_batch", "tq_identify", "tq_pixel", "tq_queue"]
