"""Abaca-fibre seller app "Abakahan" (she runs the sales of her parents-in-law's abaca farm on
the slopes of Mt. Iriga; Bikol keys: ``lanot`` abaca fibre, ``grado`` grade, ``bugkos`` bale,
``uma`` farm, ``parabakal`` buyer, ``paranegosyo`` seller, ``kita`` earnings, ``presyo``,
``kabilogan``, ``kilo``, ``pangaran``, ``numero_selpon``, ``kaiba_sa_uma`` farm co-owner,
``barangay``, ``syudad``, ``probinsya``, ``lugar``, ``retrato``, ``mensahe``, ``nota``):
seller sign-up (her PSN and TIN, her father-in-law as co-owner), an SMS code, ``/sako``, the
farm's boundary, a stripping log with her fix at the shed, a grading sample photo, the bale
list (msgpack), buyers' offers, an offer accepted, a shipping label, a truck pick-up, the payout
account, a GCash payout, the farm registry, the quarterly tax declaration (gzip; her TIN), an
offline sync (JSON Lines), sales by seller number in the path, a message to the buyer, the price
index, a typhoon alert subscription, push, events and a session refresh. No earlier set has an
abaca app (a grep for "abaca" matched nothing); set 151's winery and set 183's hog-raisers are
sellers too, this one sells a fibre by grade and bale to traders."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
from eval_families199_kit import (
    FARM_AT,
    FARM_FIX,
    FARM_REG,
    FATHER_IL,
    HUSBAND,
    IRIGA,
    LOCAL,
    PH_ACCOUNT,
    PSN,
    SELLER,
    TIN,
    WAREHOUSE,
    fix,
    hd,
    obj,
    push,
)
from eval_families199_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families199_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("abakahan", "Abakahan", "com.example.abakahan", "1.3.5",
          "https://api.abakahan.example.com")
IID = "X-Abakahan-Install"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bcl=True, **kw)


def abakahan() -> list[Case]:
    rng = random.Random(19931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, paranegosyo=L(SELLER, UID), selpon=L(E164, TEL)))}
    sla, slo = fix(FARM_FIX)
    bales = [obj(rng, "bg", 8) for _ in range(3)]
    sales = at_path(case(f, f"{a}/v1/paranegosyo/{SELLER}/benta", headers=_h(rng, **b),
                         query={"poon": "2026-01-01", "sagkod": "2026-03-31"}), SELLER, UID)
    return [
        case(f, f"{a}/v1/paranegosyo", headers=_h(rng), body={
            "pangaran": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "numero_selpon": L(E164, TEL), "psn": L(PSN, NID), "tin": L(TIN, NID),
            "paranegosyo_id": L(SELLER, UID),
            "kaiba_sa_uma": {"pangaran": L(FATHER_IL[0], NAMEC), "selpon": L(FATHER_IL[1], TEL)},
            "barangay": L(IRIGA["brgy"], COARSE), "syudad": L(IRIGA["town"], COARSE),
            "probinsya": L(IRIGA["prov"], COARSE)}),
        case(f, f"{a}/v1/auth/verify", fmt="form", headers=_h(rng), body={
            "numero_selpon": L(E164, TEL), "kodigo": L("550913", CRED)}),
        case(f, f"{a}/v1/sako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/uma", headers=_h(rng, **b), body={
            "paranegosyo": L(SELLER, UID), "ektarya": 2.1, "klase": "Abuab",
            "hangganan": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in FARM_AT]}),
        case(f, f"{a}/v1/hagot", headers=_h(rng, **b), body={
            "petsa": "2026-02-18", "tangkay": 260, "kilo_lanot": 41.5, "paraharot": 3,
            "lugar": {"lat": sla, "lng": slo}}),
        multipart(f, f"{a}/v1/grado/sample", [
            ("retrato", "lanot_sample.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"grado": "S2", "kolor": "ivory",
                                                "paranegosyo": L(SELLER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bugkos", fmt="msgpack", headers=_h(rng, **b), body={
            "paranegosyo": L(SELLER, UID),
            "bugkos": [{"id": bales[0], "grado": "S2", "kilo": 125},
                       {"id": bales[1], "grado": "JK", "kilo": 125},
                       {"id": bales[2], "grado": "S3", "kilo": 98}]}),
        case(f, f"{a}/v1/alok", headers=_h(rng, **b), query={
            "paranegosyo": L(SELLER, UID), "grado": "S2"}),
        case(f, f"{a}/v1/alok/of_22817/akseptar", headers=_h(rng, **b), body={
            "parabakal": "byr_rft_09", "bugkos": bales[:2], "presyo_kilo": 96,
            "kabilogan": L(24000, BUY), "order": L("AO-2026-00412", BUY)}),
        at_path(case(f, f"{a}/v1/order/AO-2026-00412/label", headers=_h(rng, **b), body={
            "padara": {"pangaran": L(f"{FIRST} {LAST}", NAMEC), "selpon": L(E164, TEL),
                       "barangay": L(IRIGA["brgy"], COARSE)},
            "destino": {"id": WAREHOUSE["id"], "lat": WAREHOUSE["lat"], "lon": WAREHOUSE["lon"]},
            "bugkos": 2, "kilo": 250}), "AO-2026-00412", BUY),
        case(f, f"{a}/v1/trak/pickup", fmt="form", headers=_h(rng, **b), body={
            "petsa": "2026-03-02", "oras": "07-10", "kontak": L(HUSBAND[1], TEL),
            "bugkos": "2"}),
        case(f, f"{a}/v1/payout/account", headers=_h(rng, **b), body={
            "may_ari": L(f"{FIRST} {LAST}", NAMEC), "account": L(PH_ACCOUNT, PAY),
            "bangko": "Example Rural Bank of Iriga", "paranegosyo": L(SELLER, UID)}),
        case(f, f"{a}/v1/payout/gcash", headers=_h(rng, **b), body={
            "numero_gcash": L(LOCAL, TEL), "kantidad": L(12000, BUY),
            "order": L("AO-2026-00412", BUY), "reference": obj(rng, "po")}),
        case(f, f"{a}/v1/uma/rehistro", headers=_h(rng, **b), query={
            "rehistro": L(FARM_REG, UID)}),
        case(f, f"{a}/v1/buwis", gz=True, headers=_h(rng, **b), body={
            "paranegosyo": L(SELLER, UID), "quarter": "2026-Q1", "kilo": 1240,
            "kita": L(118400, BUY), "tin": L(TIN, NID)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "bugkos", "id": bales[2], "kilo": 98, "by": L(SELLER, UID)},
            {"op": "benta", "order": L("AO-2026-00412", BUY), "kabilogan": L(24000, BUY)}],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/v1/mensahe", headers=_h(rng, **b), body={
            "para_sa": "byr_rft_09",
            "mensahe": L("Tawagan nindo an agom ko, Edgardo Nacario, sa +639175550142 pag "
                         "nasa tulay na an trak", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/presyo/indeks", headers=_h(rng, **b), query={
            "rehiyon": "V", "grado": "S2,JK,S3"}),
        case(f, f"{a}/v1/bagyo/alerto", headers=_h(rng, **b), body={
            "barangay": L(IRIGA["brgy"], COARSE), "syudad": L(IRIGA["town"], COARSE),
            "lat": L(round(FARM_FIX[0], 2), COARSE), "lon": L(round(FARM_FIX[1], 2), COARSE),
            "sms": L(LOCAL, TEL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "bcl_PH")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("bale_listed", 1), ev("screen", 2, screen=L("Alok", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def abakahan_sdks() -> list[Case]:
    rng = random.Random(19932)
    return [
        mc_batch(APP, rng, [("Bale Listed", {"kg": 125}), ("Offer Accepted", {})],
                 at=FARM_FIX, nd=2, locale="bcl_PH"),
        mc_identify(APP, rng, {"probinsya": L("Camarines Sur", COARSE),
                               "paranegosyo": L(SELLER, UID)}),
        mc_pixel(APP, rng, "Sales Opened", {"quarter": "2026-Q1"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "listing", {"grado": "S2"}),
        fn_eval(APP, rng, {"syudad": L("Iriga City", COARSE), "role": "seller"}),
        pt_register(APP, rng, lang="bcl", at=FARM_FIX, nd=2,
                    tags={"syudad": L("Iriga City", COARSE)}),
        cl_wallet(APP, rng, "12000", L(LOCAL, TEL)),
        mm_geocode(APP, rng, "Rinconada Fibre Traders warehouse", "behavior.search",
                   near=FARM_FIX, nd=3),
        hs_message(APP, rng, L("An payout para sa AO-2026-00412 dai pa nag-abot",
                               f"{TEXT}|{BUY}"), {"paranegosyo": L(SELLER, UID)}),
    ]
