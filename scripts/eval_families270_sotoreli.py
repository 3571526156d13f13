"""A locust-sighting app "Sotoreli" (farmers report desert-locust hoppers and swarms to the
plant-protection base in Selibaby; she reports from the family's millet field; its API's keys
are Soninke with loans: ``toxo`` first name, ``kabila_toxo`` surname, ``telefoni``, ``pin``,
``debe`` town, ``jamaane`` country, ``ka`` compound (street line), ``kartiye`` quarter,
``raporotere`` reporter, ``raporo`` report, ``sotoreli`` locusts (from French sauterelle),
``te`` field, ``yiile`` millet, ``hektari`` hectares, ``dingira`` place, ``waxati``/``kiye``
time/day, ``foto``, ``xibaare`` message, ``kompansasiyon`` compensation, ``xaalisi`` amount,
``formasiyon`` training, ``pestisid`` spraying, ``aparey`` device): sign-up with a PIN, a
log-in, ``/ndi``, the field's corners, a sighting with her fix, a photo, a protobuf beat, an
offline queue (JSON Lines), alerts near the field (2 decimals), her reports by reporter number in
the path, a message to the base, a crop-loss claim, a training, the weather, a spraying report
with her eyes' irritation, a search, push, events, map tiles by cookie, her compound's address
and a token refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families270_kit import (
    FIELD_AT,
    FIELD_FIX,
    HUSBAND,
    PPB,
    REPORTER,
    SB_HOME,
    SB_HOME_AT,
    TZ_MR,
    fix,
    hd,
    obj,
    push,
)
from eval_families270_sdk import jt_launch, tk_batch, tk_queue, wc_crash, wc_crumb, wc_session
from eval_families270_svc import (
    kf_eval,
    km_geocode,
    km_reverse,
    km_telemetry,
    sc_check,
    xp_register,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sotoreli", "Sotoreli", "com.example.sotoreli", "5.1.2",
          "https://api.sotoreli.example.net")
IID = "X-Sotoreli-Aparey"
PIN = "2705"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def sotoreli() -> list[Case]:
    rng = random.Random(27051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, raporotere=L(REPORTER, UID), telefoni=L(E164, TEL)))}
    fla, flo = fix(FIELD_FIX)
    f5a, f5o = fix(FIELD_FIX, 5)
    f4a, f4o = fix(FIELD_FIX, 4)
    field = obj(rng, "te")
    rep = obj(rng, "rp")
    lab: dict[str, str] = {}
    beat = pb([(1, L(REPORTER, UID)), (2, L(FIELD_FIX[0], PRECISE)), (3, L(FIELD_FIX[1], PRECISE)),
               (4, 1769860800), (5, [(1, "ailes"), (2, 40)]), (6, L(37, DEV))], "", lab)
    mine = at_path(case(f, f"{a}/api/v3/raporotere/{REPORTER}/raporonu", headers=_h(rng, **b),
                        query={"season": "2026"}), REPORTER, UID)
    return [
        case(f, f"{a}/api/v3/raporotere", headers=_h(rng), body={
            "toxo": L(FIRST, NAMEC), "kabila_toxo": L(LAST, NAMEC), "telefoni": L(E164, TEL),
            "debe": L("Selibaby", COARSE), "jamaane": L("MR", COARSE), "pin": L(PIN, CRED),
            "raporotere": L(REPORTER, UID), "xanne": L("fr", DEV)}),
        case(f, f"{a}/api/v3/auth", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "pin": L(PIN, CRED), "aparey": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/ndi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/te", headers=_h(rng, **b), body={
            "te": field, "raporotere": L(REPORTER, UID), "yiile": "sanyo", "hektari": 3.2,
            "corners": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in FIELD_AT],
            "debe": L("Selibaby", COARSE)}),
        case(f, f"{a}/api/v3/raporo", headers=_h(rng, **b), body={
            "raporo": rep, "te": field, "dingira": {"lat": fla, "lon": flo, "acc": 6},
            "waxati": "2026-01-31T16:55", "stage": "ailes", "densite": "moyenne",
            "direction": 240, "degats_pct": 30, "raporotere": L(REPORTER, UID)}),
        multipart(f, f"{a}/api/v3/raporo/{rep}/foto", [
            ("foto", "sotoreli.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"raporo": rep,
                                                "dingira": {"lat": f5a, "lon": f5o}})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/v3/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        lines(f, f"{a}/api/v3/sync", [
            {"op": "raporo", "raporotere": L(REPORTER, UID),
             "lat": L(round(FIELD_FIX[0] + 0.0009 * i, 6), PRECISE),
             "lon": L(round(FIELD_FIX[1] - 0.0007 * i, 6), PRECISE),
             "stage": "larves", "t": 1769900000 + 600 * i} for i in range(3)],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/alerts", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_FIX[0]:.2f}", COARSE), "lon": L(f"{FIELD_FIX[1]:.2f}", COARSE),
            "km": "25"}),
        mine,
        case(f, f"{a}/api/v3/xibaare", headers=_h(rng, **b), body={
            "to": PPB["id"],
            "xibaare": L("The swarm came from the north-east around 17:00, about 2 km long, "
                         "it settled on the acacias by the wadi", TEXT)}),
        case(f, f"{a}/api/v3/kompansasiyon", headers=_h(rng, **b), body={
            "raporotere": L(REPORTER, UID), "te": field, "yiile_kg_lost": 420,
            "xaalisi": L(18000, BUY), "devise": "MRU",
            "wallet": {"toxo": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v3/formasiyon", fmt="form", headers=_h(rng, **b), body={
            "raporotere": L(REPORTER, UID), "session": "fm_sb_0214", "kiye": "2026-02-14"}),
        case(f, f"{a}/api/v3/meteo", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_FIX[0]:.2f}", COARSE), "lon": L(f"{FIELD_FIX[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/v3/pestisid", headers=_h(rng, **b), body={
            "te": field, "team": "eq_cnla_04", "product": "chlorpyrifos ULV",
            "dingira": {"lat": f4a, "lon": f4o},
            "symptoms": L("Eye irritation and headache after the spraying next to our field",
                          f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/fiiri", headers=_h(rng, **b), query={
            "q": L("larves criquet que faire", SEARCH)}),
        case(f, f"{a}/api/v3/aparey", headers=_h(rng, **b),
             body=push(push_token(rng), "fr_MR", TZ_MR)),
        case(f, f"{a}/api/v3/events", headers=_h(rng, **b), body={
            "sere": L(USER_ID, UID), "events": [
                ev("report_sent", 1, stage="ailes"), ev("screen", 2, screen=L("Raporo", USAGE))]}),
        case(f, f"{a}/api/v3/kartinu/tiles", headers=_h(rng, how="none"), query={
            "z": "12", "x": "1910", "y": "1847"}, cookies={
            "st_sesiyon": L(opaque(rng, "", 40), CRED), "st_req": rid(rng)}),
        case(f, f"{a}/api/v3/raporotere/ka", headers=_h(rng, **b), body={
            "ka": L(SB_HOME["line"], ADDR), "kartiye": L(SB_HOME["area"], COARSE),
            "debe": L(SB_HOME["town"], COARSE), "region": L(SB_HOME["region"], COARSE)}),
        case(f, f"{a}/api/v3/auth/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID)}),
    ]


def sotoreli_sdks() -> list[Case]:
    rng = random.Random(27052)
    return [
        tk_batch(APP, rng, [("Report Sent", {"stage": "ailes"}), ("Photo Added", {})],
                 at=FIELD_FIX, nd=3, locale="fr_MR"),
        tk_queue(APP, rng, [("Report Queued", {"stage": "larves"}), ("Sync Done", {"n": 3})]),
        jt_launch(APP, rng, user=True),
        wc_crash(APP, rng, ("android.location.LocationException", "no fix"),
                 [wc_crumb("nav", "Raporo -> Dingira"), wc_crumb("log", "gps timeout 30s")],
                 screen="RaporoActivity"),
        wc_session(APP, rng, secs=301),
        kf_eval(APP, rng, {"region": L("Guidimakha", COARSE), "role": "farmer"}),
        xp_register(APP, rng, lang="fr", at=FIELD_FIX, nd=2,
                    tags={"region": L("Guidimakha", COARSE)}),
        km_reverse(APP, rng, FIELD_FIX, PRECISE, nd=4),
        km_telemetry(APP, rng, [FIELD_FIX, SB_HOME_AT], PRECISE),
        km_geocode(APP, rng, "base protection des vegetaux Selibaby", SEARCH,
                   near=SB_HOME_AT, nd=2),
        sc_check(APP, rng, {"analytics": True}),
    ]
