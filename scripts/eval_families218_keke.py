"""Amateur cycling club and road-race app "Keketond" (``keke`` bicycle, ``tond`` our: an
Ouagadougou cyclo club's Sunday rides and its spring road race to Ziniare; she rides with the
club). Its API's keys are Moore with French loans: ``yuure`` first name, ``sondre`` family name,
``portabl`` mobile, ``gom_solgo`` password (lit. hidden word), ``rogem_raare`` birth date,
``raoa_poaka`` sex (``poaka`` woman), ``kartye`` quarter, ``tengkasenga`` town, ``lisans``
federation licence, ``pasipoor`` passport, ``sertifika_medikal`` medical certificate,
``suuri_kiibu`` heart rate (lit. heart beat), ``kilo`` weight, ``wogdo`` height (lit.
length), ``ziim_buudu`` blood group, ``alerzi`` allergy, ``ugense`` emergency (fr. urgence),
``tigri`` club ride (lit. gathering), ``zoeebo`` race (lit. running), ``kategori`` category,
``dossard`` bib, ``wakato`` time, ``ligdi`` amount, ``yaobre`` payment, ``keke`` bicycle,
``koeega`` message, ``rezulta`` results: sign-up, a log-in, ``/mam``, the licence with her
passport and medical certificate, the licence photo, her emergency card, club rides, a ride
check-in at the club house, a ride upload (gzip; heart rate, weight, the trace), a protobuf live
beat, an offline fix queue (msgpack), the race calendar, the race entry and its payment, the bib,
the finish, results by licence number in the path, her bicycle, a club chat message, push,
events and a leader board by cookie (a base64 JSON preferences cookie). New: "cycling club",
"peloton", "bike race" and "road race" matched no file name or docstring (set 61's power-meter
trainer and set 111's pilgrim cyclist's credential are other kinds)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families218_kit import (
    CLUBHOUSE,
    FINISH_AT,
    HUSBAND,
    LICENCE,
    LOCAL_PHONE,
    OUA_HOME,
    OUA_HOME_AT,
    PASSPORT,
    RIDE_FIX,
    START_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families218_sdk import (
    ab_event,
    ab_launch,
    bn_bid,
    bn_notice,
    cg_session,
    st_batch,
    st_queue,
)
from eval_families218_svc import mz_route, mz_telemetry, pm_wallet, py_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("keketond", "Keketond", "com.example.keketond", "3.1.2",
          "https://api.keketond.example.net")
IID = "X-Keketond-Device"
PW = "Ziniare!Velo2026"
NID = "personal.national_id"
FIT = "health.fitness"
RACE = "zb_ouazin_2026"
CLUB_FIX = (12.355604, -1.534121)  # her fix at the club house gate


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def keketond() -> list[Case]:
    rng = random.Random(21831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lisans=L(LICENCE, UID),
                                    klub=CLUBHOUSE["id"]))}
    cla, clo = fix(CLUB_FIX, 4)
    ride = obj(rng, "tg")
    lab: dict[str, str] = {}
    beat = pb([(1, L(LICENCE, UID)), (2, RACE), (3, 1772359200),
               (4, [(1, L(RIDE_FIX[1][0], PRECISE)), (2, L(RIDE_FIX[1][1], PRECISE)),
                    (3, 31.4)]),
               (5, L(162, FIT)), (6, L(63, DEV))], "", lab)
    results = at_path(case(f, f"{a}/v1/neda/{LICENCE}/rezulta", headers=_h(rng, **b),
                           query={"yuumde": "2026"}), LICENCE, UID)
    return [
        case(f, f"{a}/v1/neda", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "portabl": L(E164, TEL), "gom_solgo": L(PW, CRED), "rogem_raare": L(DOB, BIRTH),
            "raoa_poaka": L("poaka", GENDER), "kartye": L(OUA_HOME["quarter"], COARSE),
            "tengkasenga": L(OUA_HOME["town"], COARSE), "klub": CLUBHOUSE["id"]}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gom_solgo": L(PW, CRED), "apare": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lisans", headers=_h(rng, **b), body={
            "lisans": L(LICENCE, UID), "pasipoor": L(PASSPORT, NID), "kategori": "cyclosport",
            "sertifika_medikal": {"daare": "2026-01-08", "apte": L(True, MED),
                                  "suuri_kiibu_vuusgo": L(58, FIT),
                                  "tansion": L("118/76", MED)},
            "ligdi": L(15000, BUY)}),
        multipart(f, f"{a}/v1/lisans/foto", [
            ("foto", "lisans.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"lisans": L(LICENCE, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ugense", headers=_h(rng, **b), body={
            "neda": {"yuure": L(HUSBAND[0], NAMEC), "portabl": L(HUSBAND[1], TEL),
                     "relation": "sida"},
            "ziim_buudu": L("A+", MED), "alerzi": [L("penicillin", MED)]}),
        case(f, f"{a}/v1/tigri", headers=_h(rng, **b), query={
            "daare": "2026-02-01", "tengkasenga": L("Ouagadougou", COARSE), "level": "B"}),
        case(f, f"{a}/v1/tigri/{ride}/kolg", headers=_h(rng, **b), body={
            "lisans": L(LICENCE, UID), "ziiga": {"lat": cla, "lng": clo},
            "klub": {"lat": CLUBHOUSE["lat"], "lng": CLUBHOUSE["lon"]}}),
        case(f, f"{a}/v1/tigri/{ride}/upload", gz=True, headers=_h(rng, **b), body={
            "lisans": L(LICENCE, UID), "kilometr": 84.2, "wakato_s": L(10842, FIT),
            "vites_avg": L(27.9, FIT), "suuri_kiibu": [L(131, FIT), L(148, FIT), L(156, FIT)],
            "kilo": L(61.5, FIT), "wogdo": L(168, FIT),
            "points": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in RIDE_FIX]}),
        raw(f, f"{a}/v1/live/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/live/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "lisans": L(LICENCE, UID),
            "fixes": [{"lat": L(round(RIDE_FIX[2][0] + 0.0021 * i, 6), PRECISE),
                       "lng": L(round(RIDE_FIX[2][1] + 0.0017 * i, 6), PRECISE),
                       "t": 1772361000 + 60 * i} for i in range(3)],
            "finish": {"lat": FINISH_AT[0], "lng": FINISH_AT[1]}}),
        case(f, f"{a}/v1/zoeebo", headers=_h(rng, **b), query={"yuumde": "2026",
                                                               "soolem": "centre"}),
        case(f, f"{a}/v1/zoeebo/enskripsion", headers=_h(rng, **b), body={
            "zoeebo": RACE, "lisans": L(LICENCE, UID), "kategori": L("dames", GENDER),
            "yuum_kategori": L("35-44", BIRTH), "distance_km": 86, "tshirt": "M",
            "ligdi": L(10000, BUY)}),
        case(f, f"{a}/v1/yaobre", fmt="form", headers=_h(rng, **b), body={
            "zoeebo": RACE, "ligdi": L("10000", BUY), "wallet": L(LOCAL_PHONE, TEL),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/zoeebo/{RACE}/dossard", headers=_h(rng, **b), query={
            "lisans": L(LICENCE, UID)}),
        case(f, f"{a}/v1/zoeebo/{RACE}/finish", fmt="form", headers=_h(rng, **b), body={
            "lisans": L(LICENCE, UID), "dossard": "217", "wakato": L("2:41:07", FIT),
            "lat": FINISH_AT[0], "lng": FINISH_AT[1]}),
        results,
        case(f, f"{a}/v1/keke", headers=_h(rng, **b), body={
            "lisans": L(LICENCE, UID), "mark": "Velo Sahel R2", "serial": "VS2R-88213-K",
            "color": "blue", "yaoodo": 285000}),
        case(f, f"{a}/v1/koeega", headers=_h(rng, **b), body={
            "tigri": "club_chat",
            "koeega": L("Who rides to Ziniare on Sunday at 6h? I leave from Gounghin",
                        f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/v1/apare", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/yela", gz=True, headers=_h(rng, **b), body={
            "neda": L(USER_ID, UID), "yela": [
                ev("ride_uploaded", 1, km=84), ev("screen", 2, screen=L("Classement", USAGE))]}),
        case(f, f"{a}/v1/tigri/classement", headers=_h(rng, how="none"), cookies={
            "kt_sesion": L(opaque(rng, "", 40), CRED),
            "kt_prefs": W({"lisans": L(LICENCE, UID), "units": "km", "gomde": "fr"},
                          "b64json"), "kt_req": rid(rng)}),
    ]


def keketond_sdks() -> list[Case]:
    rng = random.Random(21832)
    return [
        st_batch(APP, rng, [("Ride Uploaded", {"km": 84}), ("Race Entered", {"race": RACE})],
                 at=RIDE_FIX[1], nd=3),
        st_queue(APP, rng, [("Live Beat", {"hr": L(162, FIT)}), ("Finish", {"bib": "217"})]),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "race_entry", {"zoeebo": RACE}, revenue=10000.0),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=OUA_HOME_AT, nd=2,
               keywords="cycling,sport,ouaga"),
        bn_notice(APP, rng, "imp"),
        cg_session(APP, rng, secs=10950),
        mz_route(APP, rng, [(OUA_HOME_AT, PRECISE), (START_AT, None), (FINISH_AT, None)],
                 mode="cycling"),
        mz_telemetry(APP, rng, RIDE_FIX[:2], PRECISE),
        py_register(APP, rng, at=OUA_HOME_AT, nd=2, tags={"klub": CLUBHOUSE["id"],
                                                         "level": "B"}),
        pm_wallet(APP, rng, "10000", L(LOCAL_PHONE, TEL)),
    ]
