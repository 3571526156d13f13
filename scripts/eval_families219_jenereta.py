"""A generator-servicing app "Jenereta Dokta" (a Kissy Road workshop that services and repairs
home generators and sells a small run-time monitor; its API's keys are Krio snake_case:
``nem`` name, ``fon`` phone, ``imel`` e-mail, ``paswod`` password, ``adres`` address, ``eria``
area, ``tong`` town, ``jenereta`` generator, ``mek`` make, ``bay_de`` purchase date, ``prays``
price, ``wetin_du_am`` the fault, ``sevis`` service, ``bukin`` booking, ``ples`` place,
``mekanik`` mechanic, ``fyul`` fuel, ``lita`` litres, ``pat`` part, ``oda`` order, ``moni``
amount, ``mesej`` message, ``rivyu`` review, ``istri`` history, ``ripot`` report): sign-up,
log-in, ``/mi``, their generator registered, a service booked with her fix at home, its
payment, mechanics near her (2 decimals), the job's ETA, a fuel log (msgpack), monitor readings
(JSON Lines), a protobuf monitor beat, an oil-leak photo, a message quoting her phone, the
generator's history by serial in the path, parts ordered, a review, the invoice by cookie, the
monitor on the home Wi-Fi, push, events and a log-out. Sets 106, 124 and 211 have generator
electricity subscriptions, diesel delivery and a compound's shared generator; this is a
mechanic's servicing and repair app for the family's own generator."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families219_kit import (
    CUR,
    FT_HOME,
    FT_HOME_AT,
    GENSET,
    WORKSHOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families219_sdk import (
    bs_bid,
    bs_notice,
    kk_session,
    lk_batch,
    tp_event,
    tp_launch,
)
from eval_families219_svc import ln_card, ln_confirm, mb_reverse, mb_route, pp_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("jenereta", "Jenereta Dokta", "com.example.jeneretadokta", "2.2.5",
          "https://api.jeneretadokta.example.com")
IID = "X-JD-Divays"
PW = "Firman7500#MurrayTown"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kri=True, **kw)


def jenereta() -> list[Case]:
    rng = random.Random(21951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), kostoma=L(USER_ID, UID)))}
    hla, hlo = fix(FT_HOME_AT)
    gen = obj(rng, "gn")
    job = obj(rng, "jb")
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, GENSET["serial"]), (3, 1771200000), (4, 1284.5),
               (5, 229.8), (6, 62)], "", lab)
    hist = case(f, f"{a}/api/jenereta/{GENSET['serial']}/istri", headers=_h(rng, **b))
    return [
        case(f, f"{a}/api/kostoma", headers=_h(rng), body={
            "nem": L(f"{FIRST} {LAST}", NAMEC), "fon": L(NATIONAL, TEL), "imel": L(EMAIL, MAIL),
            "paswod": L(PW, CRED), "adres": L(FT_HOME["line"], ADDR),
            "eria": L(FT_HOME["area"], COARSE), "tong": L(FT_HOME["town"], COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "paswod": L(PW, CRED), "divays": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/jenereta", headers=_h(rng, **b), body={
            "jenereta": gen, "mek": GENSET["make"], "model": GENSET["model"],
            "serial": GENSET["serial"], "kva": GENSET["kva"], "fyul": "petrol",
            "bay_de": "2023-11-04", "prays": L(9800, BUY)}),
        case(f, f"{a}/api/sevis/bukin", headers=_h(rng, **b), body={
            "jenereta": gen, "sevis": "fix", "de": "2026-01-21", "tem": "09:00",
            "wetin_du_am": L("I no de start, an we i start i de smok blak", TEXT),
            "adres": L(FT_HOME["line"], ADDR), "ples": {"lat": hla, "lon": hlo},
            "moni_estimet": L(650, BUY), "bukin": job}),
        case(f, f"{a}/api/pe", fmt="form", headers=_h(rng, **b), body={
            "bukin": job, "moni": L("650.00", BUY), "kurensi": CUR,
            "metod": L(opaque(rng, "pm_", 24), PAY), "card_las4": L("4444", PAY)}),
        case(f, f"{a}/api/mekanik/near", headers=_h(rng, **b), query={
            "lat": L(f"{FT_HOME_AT[0]:.2f}", COARSE), "lon": L(f"{FT_HOME_AT[1]:.2f}", COARSE),
            "sevis": "fix"}),
        case(f, f"{a}/api/bukin/{job}/eta", headers=_h(rng, **b)),
        case(f, f"{a}/api/fyul/log", fmt="msgpack", headers=_h(rng, **b), body={
            "jenereta": gen, "yuza": L(USER_ID, UID),
            "log": [{"de": "2026-01-1" + str(i), "lita": 5 + i, "moni": L(150 + 30 * i, BUY),
                     "awa_dem": 6 + i} for i in range(3)]}),
        lines(f, f"{a}/api/monita/sync", [
            {"serial": GENSET["serial"], "t": 1771200000 + 600 * i, "volt": 228 + i,
             "awa": 1284.5 + i / 6, "fyul_pasent": 70 - 4 * i} for i in range(3)] + [
            {"op": "flush", "yuza": L(USER_ID, UID)}], headers=_h(rng, **b)),
        raw(f, f"{a}/api/monita/bit", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/ripot/pikcho", [
            ("pikcho", "oyl_lik.jpg", "image/jpeg", L(JPEG + b"\x4b", MEDIA)),
            ("meta", None, "application/json", {
                "bukin": job, "mesej": L("Oyl de lik ondane di injin", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/mesej", headers=_h(rng, **b), body={
            "to": WORKSHOP["id"], "bukin": job,
            "mesej": L("Mi fon nomba na +1 555 010 0199, kol mi we una rich di get",
                       f"{TEXT}|{TEL}")}),
        hist,
        case(f, f"{a}/api/pat/oda", headers=_h(rng, **b), body={
            "oda": obj(rng, "od"), "jenereta": gen,
            "pat_dem": [{"pat": "spak plog", "kwantiti": 1, "prays": 85},
                        {"pat": "oyl filta", "kwantiti": 1, "prays": 120}],
            "total": L(205, BUY)}),
        case(f, f"{a}/api/rivyu", fmt="form", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "sta": "4",
            "rivyu": L("Di mekanik kam let bot i fix am fayn", TEXT)}),
        case(f, f"{a}/api/invoys/las", headers=_h(rng, how="none"), cookies={
            "jd_seshon": L(opaque(rng, "", 40), CRED), "jd_divays": L(INSTALL_ID, DID),
            "jd_req": rid(rng)}),
        case(f, f"{a}/api/monita/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
            "monita": "mn_0412"}),
        case(f, f"{a}/api/divays", headers=_h(rng, **b),
             body=push(push_token(rng), "kri_SL", krio=True)),
        case(f, f"{a}/api/ivent", gz=True, headers=_h(rng, **b), body={
            "yuza": L(USER_ID, UID), "ivent_dem": [
                ev("sevis_bukin", 1), ev("skrin", 2, skrin=L("Monita", USAGE))]}),
        case(f, f"{a}/api/logaut", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def jenereta_sdks() -> list[Case]:
    rng = random.Random(21952)
    return [
        lk_batch(APP, rng, [("Service Booked", {"total": L(650, BUY)}),
                            ("Fuel Logged", {"litres": 6})], at=FT_HOME_AT, nd=2,
                 locale="kri_SL"),
        tp_launch(APP, rng),
        tp_event(APP, rng, "purchase", {"kain": "sevis"}, revenue=650.0, currency=CUR),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FT_HOME_AT, nd=3,
               keywords="generator,fuel,solar"),
        bs_notice(APP, rng, "win"),
        kk_session(APP, rng, secs=289),
        ln_card(APP, rng),
        ln_confirm(APP, rng, "650.00", "sle"),
        mb_reverse(APP, rng, FT_HOME_AT, PRECISE, nd=5),
        mb_route(APP, rng, [((WORKSHOP["lat"], WORKSHOP["lon"]), None), (FT_HOME_AT, PRECISE)]),
        pp_register(APP, rng, lang="kri", tags={"workshop": WORKSHOP["id"]}),
    ]
