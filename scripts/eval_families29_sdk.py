"""Measurement SDKs of the twenty-ninth set, built once and called by every app with its own
events and choices: analytics "Tallyfen", MMP/attribution "Attribeam", OpenRTB 2.5 ads
"Adquarry" and crash reporting "Glitchpond" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, Acc, add, enc
from eval_families20_kit import T0, App, opaque, pos
from eval_families21_kit import sdk_uid
from eval_families22_kit import PHONE_E164_SHA256, lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
UID, USAGE = "id.user", "behavior.usage"

TF = "https://collect.tallyfen.example.com"
AB = "https://s2s.attribeam.example.net"
AQ = "https://bid.adquarry.example.com"
GP = "https://o2291.ingest.glitchpond.example.org"
Ev = tuple[str, dict[str, Any]]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TFUA = "tallyfen-android/5.1.2"


def tf_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, nd: int | None = None) -> Case:
    """Tallyfen's batch (gzip JSON): the device block (the install ID, model, OS, locale,
    carrier), the user ID signed in, then the events."""
    dev: dict[str, Any] = {"device_id": L(INSTALL_ID, DID), "os": L("Android 14", DEV),
                           "model": L("Pixel 8", DEV), "locale": L("en_US", DEV),
                           "carrier": L("Example Mobile", CARRIER), "app_version": app.ver}
    if adid:
        dev["gaid"] = L(GAID, ADID)
    if nd is not None:
        lat, lon = pos(nd)
        dev.update(lat=lat, lng=lon)
    evs = [{"event": L(name, USAGE), "props": props, "uuid": sdk_uuid(rng),
            "ts": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"api_key": app.key("tallyfen"), "sent_at": T0 * 1000 + 9932,
                            "device": dev, "session": {"id": T0 * 1000 + 118, "seq": 7},
                            "events": evs}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyfen", f"{TF}/v3/batch", body=body, gz=True,
                headers={"User-Agent": TFUA})


def tf_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Tallyfen's identify: a form whose ``identity`` field is base64 JSON (labels continue)."""
    ident: dict[str, Any] = {"device_id": L(INSTALL_ID, DID), "traits": traits,
                             "api_key": app.key("tallyfen")}
    if user:
        ident["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyfen", f"{TF}/v3/identify", fmt="form",
                body={"identity": W(ident, "b64json"), "v": "3"},
                headers={"User-Agent": TFUA})


def tf_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Tallyfen's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "device_id": L(INSTALL_ID, DID),
                             "props": props, "ts": (T0 - 3600 + 67 * i) * 1000,
                             "uuid": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallyfen", f"{TF}/v3/import", recs,
                 headers={"User-Agent": TFUA, "X-Tallyfen-Key": app.key("tallyfen")})


def tf_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``q`` is base64url JSON in the query, the device ID without
    dashes."""
    acc: Acc = {}
    q = enc(props, "query", "q", "b64url", acc)
    return add(case(f"{app.fam}-tallyfen", f"{TF}/p.gif", query={
        "k": app.key("tallyfen"), "e": L(name, USAGE), "d": L(IID_NODASH, DID), "q": q,
        "cb": opaque(rng, "", 10)}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ab_uid(app: App) -> str:
    return sdk_uid(random.Random(f"{app.pkg}/attribeam"))


def _ab_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "ab_uid": L(_ab_uid(app), DID), "lat": False}


def _ab_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L("en", DEV),
            "operator": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def ab_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Attribeam's launch (JSON): the first carries the Android ID and the install referrer;
    every one the launch count."""
    body: dict[str, Any] = {"app_key": app.key("attribeam"), "ids": _ab_ids(app),
                            "device": _ab_dev(), "app_version": app.ver,
                            "launch_count": L(1 if first else n, USAGE), "sdk": "6.4.0",
                            "request_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=abnet&utm_medium=cpi&utm_campaign=w49",
                    install_begin_ts=1765299880)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "launch"
    return case(f"{app.fam}-attribeam", f"{AB}/api/v2/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, hashed: bool = False, user: bool = True) -> Case:
    """An Attribeam in-app event: ``eventValue`` is a JSON string of the parameters; hashed
    e-mail and phone in ``user_data`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency="USD")
    body: dict[str, Any] = {"app_key": app.key("attribeam"), "ids": _ab_ids(app),
                            "eventName": L(name, USAGE), "eventValue": W(vals, "json"),
                            "eventTime": "2025-12-09 23:14:08.311", "device": _ab_dev()}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["user_data"] = {"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_E164_SHA256, TEL)}
    return case(f"{app.fam}-attribeam", f"{AB}/api/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attribeam", f"{AB}/api/v2/deeplink", body={
        "app_key": app.key("attribeam"), "ids": _ab_ids(app), "link": link,
        "click_ts": 1765321315, "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def aq_bid(app: App, rng: random.Random, imp: dict[str, Any], *, nd: int | None = 3,
           yob: int | None = None, gender: str | None = None, keywords: Any = None,
           hem: bool = False) -> Case:
    """An Adquarry OpenRTB 2.5 bid request (JSON): GPS geo at ``nd`` decimals or IP geo
    (``None``); ``user.id`` is the SDK's per-install buyer ID."""
    if nd is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE)}
    else:
        lat, lon = pos(nd)
        geo = {"lat": lat, "lon": lon, "type": 1, "accuracy": 20,
               "country": L("USA", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "adquarry"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "emailhash.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, secure=1)],
            "app": {"id": app.key("adquarry"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pq", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "dnt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV),
                       "w": L(1080, DEV), "h": L(2400, DEV)},
            "user": user, "regs": {"coppa": 0, "ext": {"us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-adquarry", f"{AQ}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def aq_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives, the
    advertising ID labelled."""
    return case(f"{app.fam}-adquarry", f"https://t.adquarry.example.com/{kind}", query={
        "aid": rid(rng), "bid": opaque(rng, "", 18), "cr": opaque(rng, "c", 7),
        "price": "0.84", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def gp_crumb(cat: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Glitchpond breadcrumb (``navigation``, ``http``, ``ui.click``, ``log``)."""
    return {"timestamp": 1765321911.2, "category": cat, "message": message,
            "data": data or {}}


def gp_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, tags: dict[str, Any] | None = None,
             screen: str = "MainActivity") -> Case:
    """A Glitchpond envelope (JSON Lines under its own content type): the envelope header, the
    item header and the event (user, device and OS contexts, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"model": L("Pixel 8", DEV), "family": L("Pixel", DEV),
                                     "battery_level": L(57.0, DEV),
                                     "orientation": L("portrait", DEV),
                                     "free_memory": L(1843200000, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                          "app": {"app_identifier": app.pkg, "app_version": app.ver}},
             "tags": dict(tags or {}, screen=L(screen, USAGE)), "breadcrumbs": crumbs,
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:18:31.920Z",
             "dsn": f"https://{app.key('glitchpond')}@o2291.ingest.glitchpond.example.org/44"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-glitchpond", f"{GP}/api/44/envelope/", recs,
                 ctype="application/x-glitchpond-envelope",
                 headers={"User-Agent": "glitchpond.java.android/7.3.0"})


def gp_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 388) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out), the
    session's length."""
    return case(f"{app.fam}-glitchpond", f"{GP}/api/44/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T23:02:11.004Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "glitchpond.java.android/7.3.0",
                 "X-Glitchpond-Auth": f"Glitchpond glitchpond_key={app.key('glitchpond')}"})


__all__ = ["ab_event", "ab_launch", "ab_link", "aq_bid", "aq_notice", "gp_crash", "gp_crumb",
           "gp_session", "tf_batch", "tf_identify", "tf_pixel", "tf_queue"]
