"""Polar-bear sighting and patrol-alert app "Nanuqsiuqti" (``nanuqsiuqti`` one who watches for
bears: a fictional community safety service in Iqaluit where residents report bears near town and
cabins, get alerts for zones and file land-trip plans). Keys: ``atiq``, ``ilagiit_atiq``,
``email``, ``uqaalautiq``, ``isiqsiut``, ``nunalik``, ``nanuq`` bear, ``piaraq`` cub,
``takuniq`` sighting, ``sumiinniq`` position, ``nanuup_sumiinninga`` the bear's position,
``illuaraq`` cabin, ``qimmiit`` dogs, ``sikituuq`` snowmobile, ``aullarniq`` trip,
``ilaujut`` party, ``utiqpaa`` return, ``qanga`` when, ``ajjiliuqtaq``, ``titiraq``,
``qinirniq``, ``uvanga``, ``atuqti``, ``pisimajut``, ``takuvvik``, ``anniq``: sign-up, log-in,
``/uvanga``, alert zones (home, cabin), sightings near her, a sighting report with her fix and
the bear's estimated spot, its photo, a protobuf live share, an offline fix queue (msgpack), a
land-trip plan to the cabin with her family, "home safe", a call to the patrol, the cabin's
Starlink Wi-Fi, her reports by user ID in the path, a comment, a search, a safety course, alerts
by cookie, push, events and a log-out. New kind: no earlier set has bear or wildlife alerts (a
docstring grep for "polar bear" found nothing); set 203's sea-ice observation network and set
151's hike registry are different services (here the hazard is the animal)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families217_kit import (
    BEAR_AT,
    CABIN_AT,
    HOME_AT,
    HUSBAND,
    PATROL,
    SIGHT_FIX,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families217_sdk import (
    cp_crash,
    cp_crumb,
    cp_session,
    km_batch,
    km_pixel,
    mt_event,
    mt_launch,
)
from eval_families217_svc import cs_save, hi_attach, ms_reverse, ms_telemetry, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nanuqsiuqti", "Nanuqsiuqti", "com.example.nanuqsiuqti", "5.0.2",
          "https://api.nanuqsiuqti.example.org")
IID = "X-Nanuq-Device"
PW = "Nanuq!Grinnell7"
KID = f"{SON['first']} {SON['last']}"
TRAIL = [(63.781204, -68.582913), (63.786631, -68.596240), (63.791870, -68.606712)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nanuqsiuqti() -> list[Case]:
    rng = random.Random(21731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), zone="iqaluit"))}
    sla, slo = fix(SIGHT_FIX)
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    live = pb([(1, L(USER_ID, UID)), (2, 1771311600),
               (3, [(1, L(SIGHT_FIX[0], PRECISE)), (2, L(SIGHT_FIX[1], PRECISE)), (3, 9.0)]),
               (4, L(63, DEV))], "", lab)
    mine = at_path(case(f, f"{a}/v3/users/{USER_ID}/takunit", headers=_h(rng, **b)),
                   USER_ID, UID)
    return [
        case(f, f"{a}/v3/atiliurniq", headers=_h(rng), body={
            "atiq": L(FIRST, NAMEC), "ilagiit_atiq": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "uqaalautiq": L(E164, TEL), "isiqsiut": L(PW, CRED),
            "nunalik": L("Iqaluit", COARSE)}),
        case(f, f"{a}/v3/isirniq", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "isiqsiut": L(PW, CRED)}),
        case(f, f"{a}/v3/uvanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/zones", headers=_h(rng, **b), body={"zones": [
            {"name": "angirraq", "lat": L(round(HOME_AT[0], 3), PRECISE),
             "lon": L(round(HOME_AT[1], 3), PRECISE), "radius_m": 800},
            {"name": "illuaraq", "lat": L(round(CABIN_AT[0], 4), PRECISE),
             "lon": L(round(CABIN_AT[1], 4), PRECISE), "radius_m": 2000}]}),
        case(f, f"{a}/v3/takunit", headers=_h(rng, **b), query={
            "near": L(f"{SIGHT_FIX[0]:.3f},{SIGHT_FIX[1]:.3f}", PRECISE), "km": "10",
            "hours": "24"}),
        case(f, f"{a}/v3/takuniq", headers=_h(rng, **b), body={
            "nanuq": 1, "piaraq": 1, "qanga": "2026-02-17T15:40:00-05:00",
            "sumiinniq": {"lat": sla, "lon": slo, "acc": 7},
            "nanuup_sumiinninga": {"lat": L(BEAR_AT[0], PRECISE), "lon": L(BEAR_AT[1], PRECISE)},
            "titiraq": L("Sow with a cub walking along the river ice towards the cabins", TEXT),
            "report": obj(rng, "tk")}),
        multipart(f, f"{a}/v3/takuniq/photo", [
            ("ajjiliuqtaq", "nanuq.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"report": obj(rng, "tk"), "zoom": 4})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v3/live", live, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/live/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "atuqti": L(USER_ID, UID),
            "fixes": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1771300000 + 60 * i}
                      for i, (la, lo) in enumerate(TRAIL)]}),
        case(f, f"{a}/v3/aullarniq", headers=_h(rng, **b), body={
            "to": {"illuaraq": {"lat": L(CABIN_AT[0], PRECISE), "lon": L(CABIN_AT[1], PRECISE)}},
            "ilaujut": [L(HUSBAND[0], NAMEC), L(KID, NAMEC)], "sikituuq": 2, "qimmiit": 0,
            "utiqpaa": "2026-02-18T18:00:00-05:00", "contact": L(HUSBAND[1], TEL),
            "plan": obj(rng, "ap")}),
        case(f, f"{a}/v3/aullarniq/home", fmt="form", headers=_h(rng, **b), body={
            "plan": obj(rng, "ap"), "lat": hla, "lon": hlo, "safe": "1"}),
        case(f, f"{a}/v3/patrol/call", headers=_h(rng, **b), body={
            "patrol": PATROL["id"], "uqaalautiq": L(E164, TEL),
            "sumiinniq": {"lat": L(round(CABIN_AT[0], 5), PRECISE),
                          "lon": L(round(CABIN_AT[1], 5), PRECISE)},
            "titiraq": L("Bear circling our cabin, the dogs are barking, we are inside", TEXT)}),
        case(f, f"{a}/v3/illuaraq/network", headers=_h(rng, **b), body={
            "ssid": L("Akulukjuk-Cabin", WIFI), "bssid": L("9a:41:7e:02:c3:58", WIFI),
            "kind": "satellite", "offline_alerts": True}),
        mine,
        case(f, f"{a}/v3/alerts/ack", fmt="form", headers=_h(rng, **b), body={
            "alert": obj(rng, "al"), "lat": L(round(HOME_AT[0], 2), COARSE),
            "lon": L(round(HOME_AT[1], 2), COARSE), "seen": "1"}),
        case(f, f"{a}/v3/takunit/comments", fmt="form", headers=_h(rng, **b), body={
            "report": obj(rng, "tk"),
            "titiraq": L("Saw the same two near the dump road at 6", TEXT)}),
        case(f, f"{a}/v3/qinirniq", headers=_h(rng, **b), query={
            "q": L("bear bangers where to buy", SEARCH)}),
        case(f, f"{a}/v3/courses/enrol", headers=_h(rng, **b), body={
            "course": "bear_safety_feb", "atiq": L(f"{FIRST} {LAST}", NAMEC),
            "uqaalautiq": L(E164, TEL)}),
        case(f, f"{a}/v3/alerts", headers=_h(rng, how="none"), cookies={
            "nq_session": L(opaque(rng, "", 40), CRED), "nq_device": L(INSTALL_ID, DID),
            "nq_req": rid(rng)}),
        case(f, f"{a}/v3/qarasaujaq", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/pisimajut", gz=True, headers=_h(rng, **b), body={
            "atuqti": L(USER_ID, UID), "pisimajut": [
                ev("takuniq_sent", 1), ev("takuvvik", 2, takuvvik=L("Map", USAGE))]}),
        case(f, f"{a}/v3/anniq", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "qarasaujaq": L(INSTALL_ID, DID)}),
    ]


def nanuqsiuqti_sdks() -> list[Case]:
    rng = random.Random(21732)
    return [
        km_batch(APP, rng, [("Sighting Reported", {"cubs": 1}), ("Map Opened", {})],
                 at=SIGHT_FIX, nd=3),
        km_pixel(APP, rng, "Alert Opened", {"zone": "illuaraq"}),
        mt_launch(APP, rng, first=True),
        mt_event(APP, rng, "sighting_reported", {"cubs": 1}),
        cp_crash(APP, rng, ("java.lang.IllegalStateException", "camera busy"),
                 [cp_crumb("nav", "Map -> Report"), cp_crumb("tap", "photo_button")],
                 screen="ReportActivity"),
        cp_session(APP, rng, secs=266),
        pg_register(APP, rng, at=HOME_AT, nd=3, tags={"zone": "iqaluit"}),
        ms_telemetry(APP, rng, TRAIL[:2], PRECISE),
        ms_reverse(APP, rng, SIGHT_FIX, PRECISE, nd=4),
        hi_attach(APP, rng, L(JPEG + b"\x42", MEDIA), "tracks.jpg", "image/jpeg"),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
    ]
