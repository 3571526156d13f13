"""Native-potato seed exchange "Muhunchis" (growers list seed tubers of their varieties and swap or
sell them at the valley's seed fairs; unlike set 84's community garden, set 38's plant ID or set
58's greenhouse, this is a barter network of growers): sign-up, a log-in, ``/me`` with a JWT, the
family's plot with its boundary, a listing with a photo, a search near her, a swap proposed,
accepted and handed over at the fair (her fix, a handover code) with its receipt by reference in
the path, a harvest log (msgpack), a pest report with a photo, the weather, a variety for the
catalogue, a message, a purchase, a training, fairs, an offline sync (JSON Lines), a referral,
push, events and her inbox by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
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
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families109_kit import (
    CE_NUMBER,
    COMMUNITY,
    FAIR_AT,
    FAIR_FIX,
    GROWER,
    PLOT_AT,
    SWAP,
    VARIETIES,
    boundary,
    fix,
    hd,
    obj,
)
from eval_families109_sdk import ch_event, ch_session, hy_session, qp_batch, qp_queue
from eval_families109_svc import cf_eval, pu_register, qm_reverse, qm_telemetry, rc_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("papa", "Muhunchis", "com.example.muhunchis", "1.4.0",
          "https://api.muhunchis.example.org")
IID = "X-Muhu-Install"
PW = "Chuño-Helada-09"
OTHER = "PAPA-CU-1187"  # another grower (a negative)


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, auth=auth, lang=None, **kw)


def muhunchis() -> list[Case]:
    rng = random.Random(10961)
    a, f = f"{APP.api}/v1", APP.fam
    jw = {"Authorization": J(claims(rng, productor=L(GROWER, UID)))}
    pa, po = fix(PLOT_AT, 3)
    ka, ko = fix(PLOT_AT, 5)
    fa, fo = fix(FAIR_FIX, 6)
    sync = [{"op": "stock", "grower": L(GROWER, UID), "variety": v, "kg": 10 + 7 * i,
             "lat": L(round(PLOT_AT[0] + 0.0001 * i, 4), PRECISE),
             "lon": L(round(PLOT_AT[1] - 0.0001 * i, 4), PRECISE), "ts": 1765200000 + 600 * i}
            for i, v in enumerate(VARIETIES[:3])]
    return [
        case(f, f"{a}/growers", headers=_h(rng, auth=None), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "community": L(COMMUNITY, COARSE), "district": L("Pitumarca", COARSE),
            "password": L(PW, CRED), "role": "grower"}),
        case(f, f"{a}/auth/login", fmt="form", headers=_h(rng, auth=None), body={
            "phone": L(E164, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/plots", headers=_h(rng), body={
            "grower": L(GROWER, UID), "name": "Hatun Pampa", "boundary": boundary(PLOT_AT, rng),
            "area_ha": 0.4, "altitude_m": 3980}),
        multipart(f, f"{a}/listings", [
            ("photo", "puka_mama.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("data", None, "application/json", {
                "grower": L(GROWER, UID), "variety": "Puka Mama", "kg": 12,
                "price_per_kg": "6.50", "harvest_lat": pa, "harvest_lon": po})],
            headers=_h(rng)),
        case(f, f"{a}/listings", query={
            "variety": L("Yana Wayru", SEARCH), "near": L(f"{PLOT_AT[0]:.2f},{PLOT_AT[1]:.2f}",
                                                          COARSE), "radius_km": "40"},
            headers=_h(rng)),
        case(f, f"{a}/swaps", headers=_h(rng), body={
            "offer_listing": obj(rng, "lst", 8), "want_listing": obj(rng, "lst", 8),
            "other_grower": OTHER, "kg": 5,
            "message": L("I can bring Puka Mama to the Chinchero fair on Sunday", TEXT)}),
        at_path(case(f, f"{a}/swaps/{SWAP}/accept", headers=_h(rng), body={
            "pickup": "fair_chinchero", "pickup_lat": FAIR_AT[0], "pickup_lon": FAIR_AT[1],
            "date": "2025-12-14"}), SWAP, BUY),
        at_path(case(f, f"{a}/swaps/{SWAP}/handover", headers=_h(rng), body={
            "code": L("7342", CRED), "lat": fa, "lon": fo, "other_grower": OTHER}), SWAP, BUY),
        at_path(case(f, f"{a}/swaps/{SWAP}/receipt", headers=_h(rng, how="upper")), SWAP, BUY),
        case(f, f"{a}/harvests", fmt="msgpack", headers=_h(rng), body={
            "grower": L(GROWER, UID), "season": "2025", "frost_damage": True,
            "yields": [{"variety": v, "kg": 40 + 15 * i} for i, v in enumerate(VARIETIES)]}),
        multipart(f, f"{a}/pests", [
            ("photo", "hoja.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("data", None, "application/json", {
                "pest": "gorgojo de los Andes", "lat": ka, "lon": ko,
                "note": L("Larvae in half the tubers of the lower field", TEXT)})],
            headers=_h(rng)),
        case(f, f"{a}/weather", query={"lat": L(f"{PLOT_AT[0]:.2f}", COARSE),
                                       "lon": L(f"{PLOT_AT[1]:.2f}", COARSE)}, headers=_h(rng)),
        case(f, f"{a}/catalogue/varieties", headers=_h(rng), body={
            "local_name": "Muru Suytu", "custodian": L(NAME, NAMEC),
            "community": L(COMMUNITY, COARSE),
            "story": L("My mother-in-law Rosa plants it after the first rain in September",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/messages", headers=_h(rng), body={
            "to": OTHER, "thread": obj(rng, "thr", 8),
            "text": L("Call me at 984 552 107 when you reach the square", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/purchases", headers=_h(rng), body={
            "listing": obj(rng, "lst", 8), "kg": 3, "total": L("19.50", BUY),
            "pay_with": "wallet"}),
        case(f, f"{a}/trainings/tr_semilla_sana/attend", fmt="form", headers=_h(rng), body={
            "documento": L(CE_NUMBER, NATID), "name": L(NAME, NAMEC)}),
        case(f, f"{a}/fairs", query={"region": L("Cusco", COARSE), "month": "2025-12"},
             headers=_h(rng)),
        lines(f, f"{a}/sync", sync, headers=_h(rng)),
        case(f, f"{a}/referrals", headers=_h(rng), body={
            "name": L("Hilaria Quispe", NAMEC), "phone": L("+51983441920", TEL)}),
        case(f, f"{a}/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("es_PE", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng), body={
            "user": L(USER_ID, UID), "grower": L(GROWER, UID), "events": [
                ev("listing_created", 1, variety="Puka Mama"), ev("swap_accepted", 2),
                ev("screen", 3, screen=L("FairMap", USAGE))]}),
        case(f, f"{a}/inbox", headers=_h(rng, auth=None, how="nodash"),
             cookies={"mh_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def muhunchis_sdks() -> list[Case]:
    rng = random.Random(10962)
    walk = [(round(FAIR_FIX[0] + 0.00011 * i, 6), round(FAIR_FIX[1] - 0.00007 * i, 6))
            for i in range(3)]
    return [
        qp_batch(APP, rng, [("Listing Created", {"variety": "Puka Mama"}),
                            ("Swap Accepted", {"kg": 5})], at=PLOT_AT, nd=3),
        qp_queue(APP, rng, [("Harvest Logged", {"kg_total": 240}), ("Photo Taken", {})]),
        ch_session(APP, rng, first=True),
        ch_event(APP, rng, "swap_completed", {"swap": L(SWAP, BUY)}),
        cf_eval(APP, rng, {"region": L("Cusco", COARSE), "offlineSync": True}, user=False),
        pu_register(APP, rng, tags={"community": L(COMMUNITY, COARSE)}, at=PLOT_AT, nd=2),
        qm_reverse(APP, rng, PLOT_AT, PRECISE, nd=6),
        qm_telemetry(APP, rng, walk, PRECISE),
        rc_message(APP, rng, L(f"The swap {SWAP} still shows as not delivered",
                               f"{TEXT}|{BUY}"), {"grower": L(GROWER, UID)}),
        hy_session(APP, rng, secs=605),
    ]
