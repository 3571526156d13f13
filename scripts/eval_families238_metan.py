"""A CNG (methane) filling-station chain's app "Metan" (the family's car runs on compressed gas,
filled at the AGNKS on the Kavkaz highway between Magas and Nazran; its API's keys are Ingush
in Latin letters with the Russian loans of the trade: ``tsi`` name, ``telefon`` phone,
``el_pochta`` e-mail, ``kod`` code, ``mashen`` car, ``nomer`` number (a plate), ``ballon`` gas
cylinder, ``poverka`` (cylinder) re-test, ``zapravka`` station, ``kolonka`` pump (loans),
``gaz`` gas, ``kub`` cubic metres, ``makh`` price, ``dukhal`` amount, ``dalar`` payment (lit.
"giving"), ``chek`` receipt, ``bonus`` points, ``karta`` card, ``metta`` place, ``nik``
road, ``yukhe`` near, ``lekhar`` search, ``dosh`` remark, ``vaditel`` driver (a loan)):
sign-up by phone, an SMS code, ``/so``, stations near her flat, the car and its cylinder's
certificate, the husband as a second driver, a pump started with her fix, the payment, the
receipt by number in the path, a protobuf fill beat, a cylinder re-test booked, points by
cookie, the fill history, an offline fill log (msgpack), a review, a search, a car wash added,
receipts synced (JSON Lines), a complaint, a preferences cookie (base64 JSON), push, events and
a log-out. No earlier set has a CNG or methane station app (a docstring grep for "cng",
"methane" and "gas station" matched nothing; set 96's LPG refill is a delivered bottle)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    E164,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families238_kit import (
    FUEL_CARD,
    HOME_AT,
    HUSBAND,
    ROAD_FIXES,
    RU_NET,
    STATION,
    STATION_FIX,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families238_sdk import (
    bl_bid,
    bl_notice,
    cm_session,
    mg_batch,
    mg_pixel,
    tv_event,
    tv_launch,
)
from eval_families238_svc import ca_card, ca_confirm, mt_reverse, mt_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("metan", "Metan", "com.example.metan", "5.1.7", "https://api.metan.example.com")
IID = "X-Metan-Device"
CHEK = "CHK-07-2601-58813"  # a fill's receipt (financial.purchase)
CAR = {"make": "Lada Largus CNG", "plate": "A 417 KM 06", "cyl": "CYL-22-881604"}  # negatives


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def metan() -> list[Case]:
    rng = random.Random(23841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), karta=L(FUEL_CARD, UID)))}
    sla, slo = fix(STATION_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(FUEL_CARD, UID)), (2, STATION["id"]), (3, 1768641000),
               (4, [(1, L(STATION_FIX[0], PRECISE)), (2, L(STATION_FIX[1], PRECISE)),
                    (3, 6.0)]),
               (5, [(1, "kol_3"), (2, 14.2), (3, 198.0)]), (6, L(63, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/chek/{CHEK}", headers=_h(rng, **b)), CHEK, BUY)
    return [
        case(f, f"{a}/api/registratsi", headers=_h(rng), body={
            "telefon": L(E164, TEL), "tsi": L(FIRST, NAMEC), "el_pochta": L(EMAIL, MAIL),
            "karta": L(FUEL_CARD, UID), "bart": True,
            "set": {"mcc_mnc": L(RU_NET, CARRIER), "roaming": L(True, DEV)}}),
        case(f, f"{a}/api/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("4417", CRED)}),
        case(f, f"{a}/api/so", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/zapravki/yukhe", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "gaz": "metan", "radius": "15"}),
        case(f, f"{a}/api/zapravki/{STATION['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/mashen", headers=_h(rng, **b), body={
            "karta": L(FUEL_CARD, UID), "marka": CAR["make"], "nomer": CAR["plate"],
            "ballon": {"nomer": CAR["cyl"], "poverka": "2024-06-11", "obem": 100},
            "vladelec": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/api/vaditel", headers=_h(rng, **b), body={
            "karta": L(FUEL_CARD, UID),
            "vaditel": {"tsi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "limit_kub": 200}),
        case(f, f"{a}/api/kolonka/start", headers=_h(rng, **b), body={
            "zapravka": STATION["id"], "kolonka": "kol_3", "sessiya": obj(rng, "fs"),
            "metta": {"lat": sla, "lon": slo, "acc": 6},
            "zapravka_metta": {"lat": STATION["lat"], "lon": STATION["lon"]},
            "karta": L(FUEL_CARD, UID)}),
        case(f, f"{a}/api/dalar", fmt="form", headers=_h(rng, **b), body={
            "chek": L(CHEK, BUY), "kub": "14.2", "makh_kub": "26.90",
            "dukhal": L("382.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "bolo4": L("4444", PAY)}),
        receipt,
        raw(f, f"{a}/api/kolonka/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ballon/poverka", headers=_h(rng, **b), body={
            "ballon": CAR["cyl"], "nomer": CAR["plate"], "di": "2026-06-10",
            "punkt": "pv_nz_02", "makh": L(2500, BUY), "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/bonus", headers=_h(rng, how="none"), cookies={
            "mt_sess": L(opaque(rng, "", 40), CRED), "mt_dev": L(INSTALL_ID, DID),
            "mt_req": rid(rng)}),
        case(f, f"{a}/api/istoriya", headers=_h(rng, **b), query={
            "karta": L(FUEL_CARD, UID), "butt": "2026-01"}),
        case(f, f"{a}/api/offline/log", fmt="msgpack", headers=_h(rng, **b), body={
            "karta": L(FUEL_CARD, UID),
            "fills": [{"t": 1768000000 + 86400 * i, "kub": k, "odo": 48210 + 310 * i,
                       "lat": L(la, PRECISE), "lon": L(lo, PRECISE)}
                      for i, (k, (la, lo)) in enumerate(zip([13.8, 14.6, 12.9], ROAD_FIXES, strict=False))]}),
        case(f, f"{a}/api/otzyv", fmt="form", headers=_h(rng, **b), body={
            "zapravka": STATION["id"], "otsenka": "4",
            "dosh": L("Fast at pump 3, but the queue at 8 in the morning is long", TEXT)}),
        case(f, f"{a}/api/lekhar", headers=_h(rng, **b), query={
            "lekhar": L("metan Sunzha trassa noch", SEARCH), "agho": "1"}),
        case(f, f"{a}/api/moika", headers=_h(rng, **b), body={
            "zapravka": STATION["id"], "programma": "express", "makh": L(400, BUY),
            "chek": L(CHEK, BUY)}),
        lines(f, f"{a}/api/cheki/sync", [
            {"chek": L(CHEK, BUY), "dukhal": L(382.0, BUY), "t": 1768641200},
            {"chek": L("CHK-07-2601-57102", BUY), "dukhal": L(356.6, BUY), "t": 1768299000}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/zhaloba", headers=_h(rng, **b), body={
            "zapravka": STATION["id"], "kolonka": "kol_5",
            "dosh": L("Pump 5 stopped at 12 cubes and charged for 15", TEXT),
            "chek": L(CHEK, BUY)}),
        case(f, f"{a}/api/nastroiki", headers=_h(rng, **b), cookies={
            "mt_prefs": W({"karta": L(FUEL_CARD, UID), "tz": L(TZ, DEV), "gaz": "metan"},
                          "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "ustroistvo": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "mott": L("ru", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pump_started", 1, kolonka="kol_3"), ev("paid", 2, dukhal=L(382, BUY)),
                ev("screen", 3, screen=L("Bonus", USAGE))]}),
        case(f, f"{a}/api/aravala", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "ustroistvo": L(INSTALL_ID, DID)}),
    ]


def metan_sdks() -> list[Case]:
    rng = random.Random(23842)
    return [
        mg_batch(APP, rng, [("Pump Started", {"station": STATION["id"]}),
                            ("Paid", {"total": L(382, BUY)})], at=STATION_FIX, nd=3,
                 locale="ru_RU"),
        mg_pixel(APP, rng, "Map Opened", {"layer": "cng"}),
        tv_launch(APP, rng, first=True),
        tv_event(APP, rng, "purchase", {"chek": L(CHEK, BUY)}, revenue=382.0, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="cars,cng,tyres"),
        bl_notice(APP, rng, "win"),
        cm_session(APP, rng, secs=240),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "382.00"),
        mt_reverse(APP, rng, STATION_FIX, PRECISE, nd=5),
        mt_telemetry(APP, rng, ROAD_FIXES[:2], PRECISE),
    ]
