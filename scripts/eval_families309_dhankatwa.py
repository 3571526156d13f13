"""A combine-harvester booking app "Dhankatwa" (a Ghorahi operator's machines come to the fields at
the Mangsir paddy harvest; she books one for the family's field in Manpur). Keys are Dangaura
Tharu, ASCII-folded, with English loans (``otp``, ``booking``, ``lat``/``lng``, ``token``):
``naun`` name, ``mobail`` mobile, ``lukal_sabd`` password, ``kisan_nambar`` farmer number,
``gaun`` village, ``wada`` ward, ``jilla`` district, ``khet`` field, ``sima`` boundary,
``kattha`` (land unit), ``dhan`` paddy (variety), ``masin`` machine, ``chalak`` driver, ``din``
day, ``bera`` time, ``dar`` rate, ``jamma`` total, ``peski`` advance, ``rupiya`` amount,
``chukta`` payment, ``rasta`` the way in, ``bhetghat`` meeting point, ``bora`` sacks, ``nami``
moisture, ``taul`` weight, ``bhusa`` straw, ``tara`` stars, ``samiksha`` review, ``unjuri``
complaint, ``khoj`` search, ``mausam`` weather, ``rasid`` receipt. Calls: registration, an SMS
code, ``/hamar``, the field's boundary, machines near the field, a machine's free times, the
booking, the advance, the way in for the driver (naming her mother-in-law), the booking by number
in the path, the start of cutting (5-decimal strings), a protobuf progress beat, the sack tally
(msgpack), straw baling, a review, a search, a complaint, the weather at the field (2 decimals),
the receipt by cookie GET, push, events and a token refresh. Set 231 has tractor hire and set 125
drone spraying; no set books a combine harvester ("combine" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families309_kit import (
    FARMER,
    FIELD_AT,
    FIELD_FIX,
    HARVEST_BOOKING,
    HOME_AT,
    MACHINE,
    SASU,
    fix,
    hd,
    obj,
    push,
)
from eval_families309_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families309_svc import (
    cl_card,
    cl_confirm,
    mm_reverse,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dhankatwa", "Dhankatwa", "com.example.dhankatwa", "2.4.1",
          "https://api.dhankatwa.example.com")
IID = "X-DK-Device"
PW = "Sabitri#Katni25"
CENTRE = (28.098126, 82.323615)  # the field's centre (the family's land: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def dhankatwa() -> list[Case]:
    rng = random.Random(30911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kisan_nambar=L(FARMER, UID), mobail=L(E164, TEL)))}
    fla, flo = fix(FIELD_FIX, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HARVEST_BOOKING, BUY)), (2, MACHINE["id"]), (3, 1765520400),
               (4, [(1, L(FIELD_FIX[0], PRECISE)), (2, L(FIELD_FIX[1], PRECISE)), (3, 6.0)]),
               (5, 7), (6, L(48, DEV))], "", lab)
    booking = at_path(case(f, f"{a}/v2/booking/{HARVEST_BOOKING}", headers=_h(rng, **b)),
                      HARVEST_BOOKING, BUY)
    return [
        case(f, f"{a}/v2/kisan/darta", headers=_h(rng), body={
            "naun": L(f"{FIRST} {LAST}", NAMEC), "mobail": L(E164, TEL), "email": L(EMAIL, MAIL),
            "lukal_sabd": L(PW, CRED), "kisan_nambar": L(FARMER, UID),
            "gaun": L("Manpur", COARSE), "wada": L("Tulsipur-7", COARSE),
            "jilla": L("Dang", COARSE),
            "khet_kattha": 12}),
        case(f, f"{a}/v2/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("904417", CRED)}),
        case(f, f"{a}/v2/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/khet", headers=_h(rng, **b), body={
            "kisan_nambar": L(FARMER, UID), "dhan": "Sabitri", "kattha": 12,
            "sima": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in FIELD_AT],
            "rasta": "kachchi sadak, trolley jai sakat"}),
        case(f, f"{a}/v2/masin/najik", headers=_h(rng, **b), query={
            "lat": L(f"{CENTRE[0]:.3f}", PRECISE), "lng": L(f"{CENTRE[1]:.3f}", PRECISE),
            "km": "15", "prakar": "combine"}),
        case(f, f"{a}/v2/masin/{MACHINE['id']}/bera", headers=_h(rng, **b),
             query={"din": "2025-12-12"}),
        case(f, f"{a}/v2/booking", headers=_h(rng, **b), body={
            "booking": L(HARVEST_BOOKING, BUY), "masin": MACHINE["id"], "khet": "khet_03",
            "din": "2025-12-12", "bera": "07:00", "kattha": 12, "dar": 450,
            "jamma": L(5400, BUY), "peski": L(2000, BUY), "kisan_nambar": L(FARMER, UID)}),
        case(f, f"{a}/v2/chukta", fmt="form", headers=_h(rng, **b), body={
            "booking": L(HARVEST_BOOKING, BUY), "rupiya": L("2000.00", BUY), "mudra": "NPR",
            "card_antim4": L("4444", PAY), "madhyam": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/booking/{HARVEST_BOOKING}/rasta", headers=_h(rng, **b), body={
            "bhetghat": {"lat": fla, "lng": flo},
            "khabar": L(f"Manpur chowk se dakhin aai, ghar pe {SASU[0]} rahiye, phon {SASU[1]}",
                        f"{TEXT}|{NAMEC}|{TEL}")}),
        booking,
        case(f, f"{a}/v2/katni/suru", fmt="form", headers=_h(rng, **b), body={
            "booking": L(HARVEST_BOOKING, BUY), "lat": L(f"{FIELD_FIX[0]:.5f}", PRECISE),
            "lng": L(f"{FIELD_FIX[1]:.5f}", PRECISE), "chalak": "drv_0412"}),
        raw(f, f"{a}/v2/katni/pragati", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/katni/bora", fmt="msgpack", headers=_h(rng, **b), body={
            "booking": L(HARVEST_BOOKING, BUY), "bora": 41, "taul_kg": 2460, "nami": 17.5,
            "kisan_nambar": L(FARMER, UID), "gadi": "trolley_02"}),
        case(f, f"{a}/v2/bhusa", headers=_h(rng, **b), body={
            "booking": L(HARVEST_BOOKING, BUY), "gatthar": 60, "rupiya": L(1200, BUY)}),
        case(f, f"{a}/v2/samiksha", fmt="form", headers=_h(rng, **b), body={
            "masin": MACHINE["id"], "tara": "4",
            "samiksha": L("Chalak bhala rahe, bas kinara me thora dhan chhuta gail", TEXT)}),
        case(f, f"{a}/v2/khoj", headers=_h(rng, **b), query={
            "khoj": L("sasto combine Tulsipur Mangsir", SEARCH)}),
        case(f, f"{a}/v2/unjuri", headers=_h(rng, **b), body={
            "booking": L(HARVEST_BOOKING, BUY), "prakar": "khet_nuksan",
            "khabar": L("Masin aali mend tor delis, ke banaai?", TEXT),
            "unjuri_id": obj(rng, "uj")}),
        case(f, f"{a}/v2/mausam", headers=_h(rng, **b), query={
            "lat": L(f"{CENTRE[0]:.2f}", COARSE), "lng": L(f"{CENTRE[1]:.2f}", COARSE),
            "din": "3"}),
        case(f, f"{a}/v2/rasid/latest", headers=_h(rng, how="none"), cookies={
            "dk_sesan": L(opaque(rng, "", 40), CRED), "dk_jantar": L(INSTALL_ID, DID),
            "dk_req": rid(rng)}),
        case(f, f"{a}/v2/jantar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/ghatna", headers=_h(rng, **b), body={
            "prayogkarta": L(USER_ID, UID), "session": rid(rng), "ghatna": [
                ev("booking_karal", 1), ev("screen", 2, screen=L("KatniLive", USAGE))]}),
        case(f, f"{a}/v2/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "jantar": L(INSTALL_ID, DID)}),
    ]


def dhankatwa_sdks() -> list[Case]:
    rng = random.Random(30912)
    return [
        mc_batch(APP, rng, [("Harvest Booked", {"total": L(5400, BUY)}),
                            ("Cutting Started", {"kattha": 12})], at=FIELD_FIX, nd=3),
        mc_pixel(APP, rng, "Rates Viewed", {"season": "mangsir"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"booking": L(HARVEST_BOOKING, BUY)}, revenue=5400.0,
                 currency="NPR", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FIELD_FIX, nd=2,
               keywords="paddy,harvest,tractor"),
        cd_session(APP, rng, secs=1312),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "2000.00", currency="npr"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), (CENTRE, PRECISE)]),
        mm_reverse(APP, rng, FIELD_FIX, PRECISE, nd=4),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"jilla": L("Dang", COARSE)}),
    ]
