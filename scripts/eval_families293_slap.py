"""A citizen rain-gauge network's app "Slapkhein" (volunteers read a standard gauge every morning
at 08:30 and send the millimetres; hers stands on the roof of the family house in Sohra and her
sister-in-law reads it when she is in Shillong). Its API's keys are Khasi, ASCII-folded:
``kyrteng`` name, ``nombar_phone`` phone, ``kyntien_rieh`` password, ``jaka_shong`` address,
``nongbah`` town, ``slap`` rain, ``jingkhein`` reading (lit. "count"), ``jaka`` place,
``por`` time, ``tarik`` date, ``dur`` picture, ``khubor`` message, ``nongpule`` reader,
``ing`` house, ``lyoh`` cloud, ``kyllang`` storm, ``jingma`` danger, ``station`` (loan),
``nongiarap`` helper: sign-up, a password grant, ``/nga``, registering the gauge on the roof
(her fix, the house's address), the daily readings (gzip), a reading by SMS-style form, a missed
day, a photo of the gauge, an offline queue (JSON Lines), a second reader (her sister-in-law),
a storm report with her fix, a landslip seen on the road (msgpack), the station by code in the
path, the month's totals, the network's map near her, the official station's data (a negative),
a volunteer certificate, a message to the coordinator, a search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families293_kit import (
    GAUGE,
    OFFICIAL,
    SISTER_IL,
    SOHRA_AT,
    SOHRA_HOUSE,
    TZ,
    fix,
    hd,
    obj,
    push,
)
from eval_families293_sdk import bl_bid, bl_notice, cn_session, mu_batch, mu_queue, tm_launch
from eval_families293_svc import dk_check, fw_eval, hk_message, mp_reverse, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("slapkhein", "Slapkhein", "com.example.slapkhein", "1.0.9",
          "https://api.slapkhein.example.org")
IID = "X-Slapkhein-Device"
PW = "SlapSohra#11777"
ROAD_FIX = (25.301142, 91.742608)  # her phone on the Sohra road at the landslip


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def slapkhein() -> list[Case]:
    rng = random.Random(29361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), station=L(GAUGE, UID)))}
    gla, glo = fix(SOHRA_AT)
    rla, rlo = fix(ROAD_FIX, 5)
    st = at_path(case(f, f"{a}/api/stations/{GAUGE}", headers=_h(rng, **b)), GAUGE, UID)
    return [
        case(f, f"{a}/api/volunteers", headers=_h(rng), body={
            "kyrteng": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "nombar_phone": L(E164, TEL), "kyntien_rieh": L(PW, CRED),
            "nongbah": L("Sohra", COARSE), "ktien": "en"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "slapkhein-app"}),
        case(f, f"{a}/api/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/stations", headers=_h(rng, **b), body={
            "station": L(GAUGE, UID), "jaka": {"lat": gla, "lng": glo, "alt_m": 1310},
            "jaka_shong": L(SOHRA_HOUSE["line"], ADDR), "shnong": L(SOHRA_HOUSE["area"], COARSE),
            "nongbah": L(SOHRA_HOUSE["town"], COARSE), "pin": L(SOHRA_HOUSE["pin"], COARSE),
            "gauge": "std_127mm", "ha_ing": "roof"}),
        case(f, f"{a}/api/readings", gz=True, headers=_h(rng, **b), body={
            "station": L(GAUGE, UID), "readings": [
                {"tarik": f"2026-06-{d:02d}", "por": "08:30", "slap_mm": mm}
                for d, mm in ((11, 212.4), (12, 387.0), (13, 96.8))]}),
        case(f, f"{a}/api/readings/quick", fmt="form", headers=_h(rng, **b), body={
            "station": L(GAUGE, UID), "tarik": "2026-06-14", "jingkhein": "441.2",
            "lyoh": "8", "kyllang": "1"}),
        case(f, f"{a}/api/readings/missed", headers=_h(rng, **b), body={
            "station": L(GAUGE, UID), "tarik": "2026-06-15",
            "khubor": L("Nga don ha Shillong, ka gauge ka la tap um lypa", TEXT)}),
        multipart(f, f"{a}/api/photos", [
            ("dur", "gauge_0614.jpg", "image/jpeg", L(JPEG + b"\x44", MEDIA)),
            ("meta", None, "application/json", {"station": L(GAUGE, UID),
                                                "tarik": "2026-06-14"})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/readings/queue", [
            {"station": L(GAUGE, UID), "tarik": f"2026-06-{16 + i}", "slap_mm": mm,
             "id": obj(rng, "rd")} for i, mm in enumerate((158.3, 74.0, 301.9))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/stations/readers", headers=_h(rng, **b), body={
            "station": L(GAUGE, UID),
            "nongpule": {"kyrteng": L(SISTER_IL[0], NAMEC), "nombar_phone": L(SISTER_IL[1],
                                                                               TEL)},
            "sngi": ["mon", "tue", "wed"]}),
        case(f, f"{a}/api/reports/storm", headers=_h(rng, **b), body={
            "jaka": {"lat": gla, "lng": glo}, "kyllang": "hail", "por": "2026-06-12T16:40",
            "khubor": L("Hailstones the size of peas, the tin roof next door blew off", TEXT)}),
        case(f, f"{a}/api/reports/landslip", fmt="msgpack", headers=_h(rng, **b), body={
            "jaka": {"lat": rla, "lng": rlo}, "lynti": "Shillong-Sohra road km 41",
            "jingma": "road half blocked", "station": L(GAUGE, UID)}),
        st,
        case(f, f"{a}/api/stations/totals", headers=_h(rng, **b), query={
            "station": L(GAUGE, UID), "bnai": "2026-06"}),
        case(f, f"{a}/api/map", headers=_h(rng, **b), query={
            "lat": L(f"{SOHRA_AT[0]:.2f}", COARSE), "lng": L(f"{SOHRA_AT[1]:.2f}", COARSE),
            "radius_km": "15"}),
        case(f, f"{a}/api/official/{OFFICIAL['id']}", headers=_h(rng, **b), query={
            "lat": f"{OFFICIAL['lat']}", "lng": f"{OFFICIAL['lon']}", "tarik": "2026-06-14"}),
        case(f, f"{a}/api/certificate", headers=_h(rng, **b), body={
            "kyrteng": L(f"{FIRST} {LAST}", NAMEC), "station": L(GAUGE, UID), "snem": "2025"}),
        case(f, f"{a}/api/khubor", headers=_h(rng, **b), body={
            "sha": "coordinator",
            "khubor": L("The funnel cracked, can you send a new one to Laitmawsiang?", TEXT)}),
        case(f, f"{a}/api/wad", headers=_h(rng, **b), query={
            "wad": L("highest daily rainfall Sohra 2026", SEARCH)}),
        case(f, f"{a}/api/profile", headers=_h(rng, **b), body={
            "kyrteng": L(f"{FIRST} {LAST}", NAMEC), "nombar_phone": L(E164, TEL),
            "ha_ing_jong": L("my mother-in-law's house", TEXT), "units": "mm"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, how="none"), cookies={
            "sl_sid": L(opaque(rng, "", 40), CRED), "sl_dev": L(INSTALL_ID, DID),
            "sl_req": rid(rng)}, body={
            "user": L(USER_ID, UID), "tz": L(TZ, DEV), "events": [
                ev("reading_sent", 1), ev("screen", 2, screen=L("Totals", USAGE))]}),
    ]


def slapkhein_sdks() -> list[Case]:
    rng = random.Random(29362)
    return [
        mu_batch(APP, rng, [("Reading Sent", {"mm": 441.2}), ("Photo Added", {})],
                 at=SOHRA_AT, nd=3),
        mu_queue(APP, rng, [("Reading Queued", {"n": 3}), ("Queue Flushed", {})]),
        tm_launch(APP, rng, first=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SOHRA_AT, nd=2,
               keywords="weather,rain,monsoon"),
        bl_notice(APP, rng, "imp"),
        cn_session(APP, rng, secs=188),
        fw_eval(APP, rng, {"network": "sohra", "role": "volunteer"}),
        pg_register(APP, rng, at=SOHRA_AT, nd=2, tags={"station": L(GAUGE, UID)}),
        dk_check(APP, rng, {"analytics": True}),
        mp_reverse(APP, rng, ROAD_FIX, PRECISE, nd=5),
        hk_message(APP, rng, L("My readings from 16 June are not on the map", TEXT),
                   {"station": L(GAUGE, UID)}),
    ]
