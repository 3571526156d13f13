"""Dairy-herd and AI-service app "Kiraro" (``kiraro`` the cattle shed; a dairy cooperative's
farmer app: zero-grazed cows, heat reports, artificial insemination booked from a technician,
milk delivered at the cooperative's cooler and paid to her mobile-money line; Gikuyu keys in
snake_case with English ``id``/``token``/``lat``/``lng`` and OAuth fields): farmer sign-up, an
OAuth password grant, ``/niini``, the cows, a heat report, an AI visit booked at the shamba and
confirmed, the bull catalogue searched, a milk delivery at the cooler (her fix), a protobuf can
scan, an offline milk diary (msgpack), the statement by farmer number in the path, a withdrawal,
a vet request for a cow's mastitis (animal health: a negative) with an udder photo, feeds on
credit, a chaff-cutter loan (her KRA PIN, her bank account), the weather at the shamba (2
decimals), a message to the cooperative, payments by cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    JPEG,
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
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families158_kit import (
    ALIEN_ID,
    COOLER,
    COOLER_FIX,
    COWS,
    FARM_AT,
    FARMER_NO,
    HOME_AT,
    HUSBAND,
    KE_ACCOUNT,
    KE_LINE,
    KRA_PIN,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families158_sdk import bf_bid, bf_notice, cd_session, mc_batch, mc_queue, tn_launch
from eval_families158_svc import cl_wallet, mm_route, mm_telemetry, pt_register
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("kiraro", "Kiraro", "com.example.kiraro", "5.0.2", "https://api.kiraro.example.com")
IID = "X-Kiraro-Device"
PW = "Wambui&Njeri2026"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kiraro() -> list[Case]:
    rng = random.Random(15811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, murimi=L(FARMER_NO, UID), thimu=L(KE_LINE, TEL),
                                    ngwatanio="tetu-dairy"))}
    fla, flo = fix(FARM_AT, 5)
    cla, clo = fix(COOLER_FIX)
    visit = obj(rng, "ai")
    lab: dict[str, str] = {}
    scan = pb([(1, L(FARMER_NO, UID)), (2, COOLER["id"]), (3, 1769925600), (4, 18.5),
               (5, [(1, L(COOLER_FIX[0], PRECISE)), (2, L(COOLER_FIX[1], PRECISE))])], "", lab)
    stmt = at_path(case(f, f"{a}/v2/arimi/{FARMER_NO}/statement", headers=_h(rng, **b),
                        query={"mweri": "2026-01"}), FARMER_NO, UID)
    return [
        case(f, f"{a}/v2/arimi", headers=_h(rng), body={
            "ritwa": L(NAME, NAMEC), "thimu": L(KE_LINE, TEL), "namba_ya_murimi": L(FARMER_NO, UID),
            "namba_ya_kipande": L(ALIEN_ID, NID), "itura": L("Wamagana", COARSE),
            "kaunti": L("Nyeri", COARSE), "mugunda": {"lat": fla, "lng": flo},
            "ngombe_ciothe": 3, "kiugo_kia_hitho": L(PW, CRED)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(FARMER_NO, UID), "password": L(PW, CRED),
            "client_id": "kiraro-android"}),
        case(f, f"{a}/v2/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/ngombe", headers=_h(rng, **b), body={
            "murimi": L(FARMER_NO, UID), "ngombe": [
                {"tag": c["tag"], "ritwa": c["name"], "mbari": "Friesian"} for c in COWS]}),
        case(f, f"{a}/v2/ngombe/{COWS[0]['tag']}/kuhiuha", headers=_h(rng, **b), body={
            "ihinda": "2026-01-20T05:40", "maundu": ["kugamba", "kuhaica ingi"],
            "ndeto": L("Wambui aranyita kuhiuha kuuma rucini", TEXT)}),
        case(f, f"{a}/v2/ai/booking", headers=_h(rng, **b), body={
            "visit": visit, "ngombe": COWS[0]["tag"], "ndegwa": "FR-SX-2231",
            "muthenya": "2026-01-20", "handu": {"lat": fla, "lng": flo},
            "thimu": L(KE_LINE, TEL), "mbeca": L(1500, BUY), "murimi": L(FARMER_NO, UID)}),
        case(f, f"{a}/v2/ai/ndegwa", headers=_h(rng, **b), query={
            "gucaria": L("Ayrshire ndegwa iria muingi", SEARCH), "mbari": "Ayrshire"}),
        case(f, f"{a}/v2/ai/{visit}/confirm", fmt="form", headers=_h(rng, **b), body={
            "technician": "tc_0417", "straw": "ST-88120-4", "ritwa_ria_murimi": L(NAME, NAMEC),
            "mbeca": L("1500", BUY), "risiti": L(mpesa(rng), BUY)}),
        case(f, f"{a}/v2/iria", headers=_h(rng, **b), body={
            "murimi": L(FARMER_NO, UID), "cooler": COOLER["id"], "lita": 18.5,
            "ihinda": "rucini", "kuria": {"lat": cla, "lng": clo},
            "cooler_handu": {"lat": COOLER["lat"], "lng": COOLER["lon"]}}),
        raw(f, f"{a}/v2/iria/scan", scan, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/iria/diary", fmt="msgpack", headers=_h(rng, **b), body={
            "murimi": L(FARMER_NO, UID),
            "iria": [{"ngombe": c["tag"], "rucini": 9.5 - i, "hwaiini": 7.0 - i}
                     for i, c in enumerate(COWS)]}),
        stmt,
        case(f, f"{a}/v2/marihi/withdraw", fmt="form", headers=_h(rng, **b), body={
            "thimu": L(KE_LINE, TEL), "mbeca": L("6400", BUY), "murimi": L(FARMER_NO, UID)}),
        case(f, f"{a}/v2/vet/requests", headers=_h(rng, **b), body={
            "ngombe": COWS[1]["tag"], "murimu": "mastitis", "ndawa": "intramammary",
            "ndeto": L("Njeri iria riri na thakame, nyondo ya mbere ni njimbu", TEXT),
            "mugunda": {"lat": fla, "lng": flo}}),
        multipart(f, f"{a}/v2/vet/photos", [
            ("mbica", "njeri_udder.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {"ngombe": COWS[1]["tag"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/irio/orders", headers=_h(rng, **b), body={
            "murimi": L(FARMER_NO, UID), "indo": [{"sku": "dairy-meal-70kg", "mifuko": 2,
                                                  "thogora": 3100}],
            "mbeca_ciothe": L(6200, BUY), "kuriha": "kuma_iria-ini"}),
        case(f, f"{a}/v2/mikopo", headers=_h(rng, **b), body={
            "murimi": L(FARMER_NO, UID), "kindu": "chaff cutter", "mbeca": L(45000, BUY),
            "mieri": 12, "kra_pin": L(KRA_PIN, NID), "akaunti_ya_banki": L(KE_ACCOUNT, PAY),
            "mudhamini": {"ritwa": L(HUSBAND[0], NAMEC), "thimu": L(HUSBAND[1], TEL),
                          "namba_ya_kipande": L(HUSBAND[2], NID)}}),
        case(f, f"{a}/v2/riera", headers=_h(rng, **b), query={
            "lat": L(f"{FARM_AT[0]:.2f}", COARSE), "lng": L(f"{FARM_AT[1]:.2f}", COARSE),
            "matuku": "5"}),
        case(f, f"{a}/v2/ndumiriri", headers=_h(rng, **b), body={
            "kwa": "ofisi", "ndumiriri": L("Marihi ma Januari matiri mokire thimu-ini yakwa "
                                            "+254712480199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v2/marihi", headers=_h(rng, how="none"), cookies={
            "kr_session": L(opaque(rng, "", 40), CRED), "kr_device": L(INSTALL_ID, DID),
            "kr_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/maundu", headers=_h(rng, **b), body={
            "muhuthiri": L(USER_ID, UID), "maundu": [
                ev("ai_booked", 1), ev("screen", 2, screen=L("IriaDiary", USAGE))]}),
    ]


def kiraro_sdks() -> list[Case]:
    rng = random.Random(15812)
    return [
        mc_batch(APP, rng, [("AI Booked", {"fee": L(1500, BUY)}), ("Milk Delivered", {})],
                 at=FARM_AT, nd=3),
        mc_queue(APP, rng, [("Diary Saved", {"cows": 3}), ("Heat Reported", {})]),
        tn_launch(APP, rng, user=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FARM_AT, nd=2,
               keywords="dairy,feeds,farming"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=388),
        pt_register(APP, rng, at=COOLER_FIX, nd=2, tags={"cooler": COOLER["id"]}),
        cl_wallet(APP, rng, "6400", L(KE_LINE, TEL)),
        mm_route(APP, rng, [(HOME_AT, PRECISE), (FARM_AT, PRECISE),
                            ((COOLER["lat"], COOLER["lon"]), None)]),
        mm_telemetry(APP, rng, [FARM_AT, COOLER_FIX], PRECISE),
    ]
