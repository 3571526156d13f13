"""Snow-removal ordering app "Lovks" (``lov`` snow; private tractors around Saransk and
Ruzayevka; she orders the clearing of her mother-in-law's yard and roof in Ruzayevka;
snake_case keys, Erzya words with Russian loans: ``lem`` name, ``telefon``, ``parol``
password, ``adres`` address, ``osh`` town, ``indeks`` post code, ``tarka`` place, ``kardaz``
yard, ``kenksh_kod`` gate code (``kenksh`` door), ``krysha`` roof, ``lov_sm`` snow depth,
``pitne`` price, ``summa`` amount, ``pandoma`` payment, ``zakaz`` order, ``chi`` day, ``shka``
time, ``mel`` note, ``syorma`` message, ``kinen`` to whom, ``veshnema`` search, ``ava``
mother): sign-up, log-in, ``/mon``, the Ruzayevka house saved (its point, gate code and her
mother-in-law as contact), tractors near it, a quote, the order, the payment, the tractor by
order number in the path, a note to the driver, a beacon (protobuf), a photo of the yard, her
confirmation at the house, a review, a tip, a seasonal subscription (gzip), the snow forecast,
the history by cookie, a search, push and events."""

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
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims, rid
from eval_families277_kit import (
    DEPOT_AT,
    MOTHER_IL,
    RZ_HOUSE,
    RZ_HOUSE_AT,
    SNOW_ORDER,
    SR_HOME_AT,
    TRACTOR_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families277_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families277_svc import cl_card, cl_confirm, fn_eval, mm_geocode, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lovks", "Lovks", "com.example.lovks", "2.7.0", "https://api.lovks.example.net")
IID = "X-Lovks-Install"
PW = "Ruzaevka-Lov-17"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def lov() -> list[Case]:
    rng = random.Random(27751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), email=L(EMAIL, MAIL)))}
    rla, rlo = fix(RZ_HOUSE_AT)
    cla, clo = fix(RZ_HOUSE_AT, 5)
    addr = obj(rng, "ad")
    lab: dict[str, str] = {}
    beat = pb([(1, L(SNOW_ORDER, BUY)), (2, 1768626000),
               (3, [(1, L(RZ_HOUSE_AT[0], PRECISE)), (2, L(RZ_HOUSE_AT[1], PRECISE)),
                    (3, 6.0)]), (4, L(63, DEV)), (5, "2.7.0")], "", lab)
    tractor = at_path(case(f, f"{a}/v1/zakaz/{SNOW_ORDER}/traktor", headers=_h(rng, **b)),
                      SNOW_ORDER, BUY)
    return [
        case(f, f"{a}/v1/polzovatel", headers=_h(rng), body={
            "lem": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
            "email": L(EMAIL, MAIL), "parol": L(PW, CRED), "osh": L("Saransk", COARSE)}),
        case(f, f"{a}/v1/vkhod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "parol": L(PW, CRED)}),
        case(f, f"{a}/v1/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/adresa", headers=_h(rng, **b), body={
            "adres_id": addr, "nazvanie": "Baba Nadya", "adres": L(RZ_HOUSE["line"], ADDR),
            "osh": L(RZ_HOUSE["town"], COARSE), "indeks": L(RZ_HOUSE["post"], COARSE),
            "tarka": {"lat": rla, "lon": rlo}, "kenksh_kod": L("1957", CRED),
            "kontakt": {"lem": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                        "kem": "mirden ava"}}),
        case(f, f"{a}/v1/traktorat/malav", headers=_h(rng, **b), query={
            "lat": L(f"{RZ_HOUSE_AT[0]:.3f}", PRECISE), "lon": L(f"{RZ_HOUSE_AT[1]:.3f}", PRECISE),
            "radius_km": "8", "tip": "mtz_shnek"}),
        case(f, f"{a}/v1/raschet", headers=_h(rng, **b), body={
            "adres_id": addr, "kardaz_m2": 180, "lov_sm": 40, "krysha": True,
            "vyvoz": False, "pitne": L(3500, BUY)}),
        case(f, f"{a}/v1/zakaz", headers=_h(rng, **b), body={
            "zakaz": L(SNOW_ORDER, BUY), "adres_id": addr, "adres": L(RZ_HOUSE["line"], ADDR),
            "summa": L(3500, BUY), "chi": "2026-01-17", "shka": "08:00-10:00",
            "mel": L("Clear the path to the gate and the garage; my mother-in-law lives alone, "
                     "please knock loudly", TEXT),
            "kontakt": {"lem": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/v1/pandoma", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(SNOW_ORDER, BUY), "summa": L("3500.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        tractor,
        case(f, f"{a}/v1/zakaz/{obj(rng, 'zk')}/syorma", headers=_h(rng, **b), body={
            "kinen": "voditel",
            "syorma": L("Please do not push the snow onto the neighbour's fence, put it by the "
                        "road", TEXT),
            "traktor": {"lat": TRACTOR_AT[0], "lon": TRACTOR_AT[1]}}),
        raw(f, f"{a}/v1/mayak", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/zakaz/foto", [
            ("foto", "kardaz_posle.jpg", "image/jpeg", L(JPEG + b"\x4c", MEDIA)),
            ("meta", None, "application/json", {"zakaz": L(SNOW_ORDER, BUY), "etap": "posle"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/zakaz/gotovo", headers=_h(rng, **b), body={
            "zakaz": L(SNOW_ORDER, BUY), "tarka": {"lat": cla, "lon": clo, "tochnost": 7},
            "podtverzhdeno": True}),
        case(f, f"{a}/v1/otsenka", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(SNOW_ORDER, BUY), "otsenka": "5",
            "mel": L("Cleared the roof too, my mother-in-law is very happy", TEXT)}),
        case(f, f"{a}/v1/chayevye", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(SNOW_ORDER, BUY), "summa": L("300", BUY), "voditel": "vd_4471"}),
        case(f, f"{a}/v1/podpiska", gz=True, headers=_h(rng, **b), body={
            "adres_id": addr, "porog_sm": 10, "sezon": "2025-2026",
            "summa_kov": L(5200, BUY), "karta_token": L(opaque(rng, "tok_", 24), PAY),
            "uvedomleniya": {"kinen": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/v1/pogoda", headers=_h(rng, **b), query={
            "osh": L("Ruzayevka", COARSE), "lat": L(f"{RZ_HOUSE_AT[0]:.2f}", COARSE),
            "lon": L(f"{RZ_HOUSE_AT[1]:.2f}", COARSE), "dney": "3"}),
        case(f, f"{a}/v1/istoriya", headers=_h(rng, how="none"), cookies={
            "lv_sess": L(opaque(rng, "", 40), CRED), "lv_dev": L(INSTALL_ID, DID),
            "lv_req": rid(rng)}),
        case(f, f"{a}/v1/veshnema", headers=_h(rng, **b), query={
            "q": L("sbros snega s kryshi Ruzaevka", SEARCH)}),
        case(f, f"{a}/v1/ustroystvo", headers=_h(rng, **b), body=push(push_token(rng),
                                                                         lang="ru_RU")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("zakaz_sozdan", 1), ev("ekran", 2, ekran=L("Traktor", USAGE))]}),
    ]


def lov_sdks() -> list[Case]:
    rng = random.Random(27752)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(3500, BUY)}),
                            ("Tractor Tracked", {})], at=RZ_HOUSE_AT, nd=2, locale="ru_RU"),
        mc_queue(APP, rng, [("Order Confirmed", {"order": L(SNOW_ORDER, BUY)}),
                            ("Photo Viewed", {})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"zakaz": L(SNOW_ORDER, BUY)}, revenue=3500.0,
                 currency="RUB", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RZ_HOUSE_AT, nd=3,
               keywords="sneg,traktor,dom"),
        cd_session(APP, rng, secs=274),
        fn_eval(APP, rng, {"osh": L("Ruzayevka", COARSE), "podpiska": True}),
        pt_register(APP, rng, lang="ru", at=SR_HOME_AT, nd=2, tags={"podpiska": "1"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "3500.00", currency="rub"),
        mm_geocode(APP, rng, f"{RZ_HOUSE['line']}, Ruzayevka", ADDR, near=SR_HOME_AT, nd=2),
        mm_route(APP, rng, [(DEPOT_AT, None), (RZ_HOUSE_AT, PRECISE)]),
    ]
