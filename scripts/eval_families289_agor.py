"""An agarwood grower's app "Agorbagan" (the Chowdhury family's agar trees in Barlekha,
Moulvibazar; she keeps the garden's records and sells resinous wood and chips to a local attar
distillery; its API's keys are Sylheti in ASCII: ``nam``, ``email``, ``mubail``, ``e_tin`` tax
ID, ``grower`` account, ``shoho_malik`` co-owner, ``gaw`` village, ``upozila``, ``zila``,
``dag_nombor`` plot number, ``bagan`` garden, ``shima`` boundary, ``gas`` tree (Sylheti for
``gach``), ``gaser_nombor`` tree number, ``perek`` inoculation nails, ``zaga`` position,
``bikri`` sale, ``karkhana`` distillery, ``ozon_kg`` weight, ``dam`` price, ``mot_dam`` total,
``taka_tola`` payout, ``hiseb_nombor`` account number, ``anumoti`` transport permit,
``montobbo`` note, ``khobor`` message, ``atar`` oil): grower sign-up (her tax ID, her husband as
co-owner), an SMS code, ``/amar``, the garden's boundary, a tree inspection with her fix, an
inoculation note (msgpack), a tree photo, the distillery's prices, a sale offer, a pick-up, the
payout account and payouts, the transport permit (gzip; her tax ID), an offline sync (JSON
Lines), sales by grower number in the path, a message to the buyer, an attar order for herself,
a rain alert at 2 decimals, push, events and a session refresh. "agarwood", "agor" and "oud"
found no earlier agarwood app (set 151's winery seller is the nearest kind)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families289_kit import (
    AGOR_AT,
    AGOR_FIX,
    BD_ACCOUNT,
    DISTILLERY,
    ETIN,
    GROWER,
    HUSBAND,
    SY_HOME,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families289_sdk import ms_batch, ms_identify, ms_pixel, tk_event, tk_launch
from eval_families289_svc import fs_eval, hc_message, mj_geocode, pg_register, ps_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("agorbagan", "Agorbagan", "com.example.agorbagan", "1.3.5",
          "https://api.agorbagan.example.net")
IID = "X-Agor-Install"
NID = "personal.national_id"
SALE = "BK-2601-0093"  # her sale to the distillery (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bn=True, **kw)


def agorbagan() -> list[Case]:
    rng = random.Random(28941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grower=L(GROWER, UID), mubail=L(E164, TEL)))}
    tla, tlo = fix(AGOR_FIX)
    tree = "G-117"
    sale = SALE
    sales = at_path(case(f, f"{a}/v1/grower/{GROWER}/bikri", headers=_h(rng, **b),
                         query={"theke": "2025-07-01", "porjonto": "2026-01-31"}), GROWER, UID)
    return [
        case(f, f"{a}/v1/grower", headers=_h(rng), body={
            "nam": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "mubail": L(E164, TEL),
            "e_tin": L(ETIN, NID), "grower": L(GROWER, UID),
            "shoho_malik": {"nam": L(HUSBAND[0], NAMEC), "mubail": L(HUSBAND[1], TEL)},
            "gaw": L("Dakshinbhag", COARSE), "upozila": L("Barlekha", COARSE),
            "zila": L("Moulvibazar", COARSE), "dag_nombor": "1142"}),
        case(f, f"{a}/v1/auth/verify", fmt="form", headers=_h(rng), body={
            "mubail": L(E164, TEL), "code": L("774210", CRED)}),
        case(f, f"{a}/v1/amar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bagan", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "gas_shonkhya": 420, "ekor": 2.1,
            "shima": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in AGOR_AT]}),
        case(f, f"{a}/v1/gas/{tree}/porikkha", headers=_h(rng, **b), body={
            "gaser_nombor": tree, "boyosh_bochor": 11, "perek_dewa": "2024-03-10",
            "rosh": "kalo dag, bala", "zaga": {"lat": tla, "lng": tlo, "nikhut": 6}}),
        case(f, f"{a}/v1/gas/{tree}/note", fmt="msgpack", headers=_h(rng, **b), body={
            "gaser_nombor": tree, "perek": 64, "gobir": 3.5,
            "montobbo": L("Uttor fasher perek-or chari-fasher kath kalo oise, ar ek bochor rakhmu",
                          TEXT), "by": L(GROWER, UID)}),
        multipart(f, f"{a}/v1/gas/fotu", [
            ("fotu", "gas_117.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
            ("meta", None, "application/json", {"gaser_nombor": tree, "kisim": "kath"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/karkhana/dam", headers=_h(rng, **b), query={
            "karkhana": DISTILLERY["id"], "grade": "B", "mash": "2026-01"}),
        case(f, f"{a}/v1/bikri", headers=_h(rng, **b), body={
            "bikri": L(sale, BUY), "karkhana": DISTILLERY["id"], "grower": L(GROWER, UID),
            "mal": [{"kisim": "chip", "grade": "B", "ozon_kg": 42, "dam_kg": 1800},
                    {"kisim": "gura", "grade": "C", "ozon_kg": 65, "dam_kg": 600}],
            "mot_dam": L(114600, BUY)}),
        case(f, f"{a}/v1/pickup", fmt="form", headers=_h(rng, **b), body={
            "bikri": L(sale, BUY), "tarik": "2026-01-28", "homoy": "10-13",
            "fon": L(HUSBAND[1], TEL), "bosta": "4"}),
        case(f, f"{a}/v1/taka_tola/hiseb", headers=_h(rng, **b), body={
            "nam": L(f"{FIRST} {LAST}", NAMEC), "hiseb_nombor": L(BD_ACCOUNT, PAY),
            "bank": "Example Bank Bangladesh", "shakha": "Barlekha",
            "grower": L(GROWER, UID)}),
        case(f, f"{a}/v1/taka_tola", headers=_h(rng, **b), query={"grower": L(GROWER, UID)}),
        case(f, f"{a}/v1/anumoti", gz=True, headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "e_tin": L(ETIN, NID), "ozon_kg": 107,
            "bikri_mullo": L(114600, BUY), "gontobbo": DISTILLERY["id"],
            "gari_nombor": "MB-TA-11-0472"}),
        lines(f, f"{a}/v1/sync", [
            {"op": "stock", "kisim": "chip", "ozon_kg": 18, "by": L(GROWER, UID)},
            {"op": "sale", "bikri": L(sale, BUY), "mot": L(114600, BUY)},
            {"op": "tree", "gaser_nombor": "G-121", "perek": 40}],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/v1/khobor", headers=_h(rng, **b), body={
            "projonto": DISTILLERY["id"],
            "likha": L("Mal nite aile amar shami Tanvir Chowdhury-re fon dibain "
                       "+8801799018244", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/atar/ordar", headers=_h(rng, **b), body={
            "ordar": L(obj(rng, "AT").upper(), BUY), "kisim": "agor atar 12 ml", "kota": 2,
            "dam": L(5200, BUY), "tikana": L(SY_HOME["line"], ADDR),
            "shoor": L(SY_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/megh/shotorko", headers=_h(rng, **b), query={
            "lat": L(f"{AGOR_FIX[0]:.2f}", COARSE), "lng": L(f"{AGOR_FIX[1]:.2f}", COARSE),
            "din": "3"}),
        case(f, f"{a}/v1/zontro", headers=_h(rng, **b), body=push(push_token(rng), "bn_BD")),
        case(f, f"{a}/v1/ghotona", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghotona": [
                ev("tree_inspected", 1), ev("screen", 2, screen=L("Bikri", USAGE))]}),
        case(f, f"{a}/v1/session/notun", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "zontro": L(INSTALL_ID, DID)}),
    ]


def agorbagan_sdks() -> list[Case]:
    rng = random.Random(28942)
    return [
        ms_batch(APP, rng, [("Tree Inspected", {"nails": 64}), ("Sale Offered", {})],
                 at=AGOR_FIX, nd=2, locale="bn_BD"),
        ms_identify(APP, rng, {"upozila": L("Barlekha", COARSE), "grower": L(GROWER, UID)}),
        ms_pixel(APP, rng, "Prices Opened", {"grade": "B"}),
        tk_launch(APP, rng, user=True),
        tk_event(APP, rng, "sale_offer", {"bikri": L(SALE, BUY)}),
        fs_eval(APP, rng, {"zila": L("Moulvibazar", COARSE), "role": "grower"}),
        pg_register(APP, rng, lang="bn", at=AGOR_FIX, nd=2,
                    tags={"upozila": L("Barlekha", COARSE)}),
        ps_wallet(APP, rng, "18000", L(WALLET, TEL)),
        mj_geocode(APP, rng, "Sujanagar atar karkhana", SEARCH, near=AGOR_FIX, nd=3),
        hc_message(APP, rng, L(f"Bikri {SALE}-or taka ekhono hiseb-o aise na",
                               f"{TEXT}|{BUY}"), {"grower": L(GROWER, UID)}),
    ]
