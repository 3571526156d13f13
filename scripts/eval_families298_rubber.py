"""A rubber smallholders' society app "Sheetrang" (sheet + ``rang`` money: the Gomati growers'
society near Udaipur buys its members' smoked sheets; she keeps the family garden's accounts, her
brother-in-law taps). Its API's keys are Kokborok, ASCII-folded as an Agartala developer writes
them, with Bengali loans where the town uses them: ``mung`` name, ``podobi`` surname (loan),
``phon`` phone, ``chabi`` password (lit. "key"), ``jonmo_tarikh`` birth date (loan), ``thikana``
address (loan), ``sohor`` town, ``jila`` district, ``kami`` village, ``bank_khata`` bank account,
``swami`` husband (loan), ``paribar`` family (loan), ``bufang`` trees, ``kata_sal`` tapping day,
``twi`` latex (lit. "water"), ``samungnai`` worker, ``ojon`` weight (loan), ``dam`` price,
``rang`` money / amount, ``mot_rang`` total, ``bikri`` sale (loan), ``rang_rwnai`` payment (lit.
"money giving"), ``khorang`` message, ``nai`` search (lit. "look"), ``jaga`` place, ``tal``
month, ``bwswr`` year, ``ghatana`` events (loan): sign-up, log-in, ``/me``, the garden's
boundary, a tapping log with her fix, a rain-guard subsidy (a photo), a depot check-in, the price
board, a sale, the payout account, payouts by grower number in the path, a smoke-house beat
(protobuf), an offline tapping queue (msgpack), a sync (JSON Lines), the TDS statement (gzip; her
PAN), a message naming her brother-in-law, a search, the weather at the garden, a fertiliser
order, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    NATIONAL,
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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families298_kit import (
    AG_HOME,
    BROTHER_IL,
    DEPOT,
    DEPOT_FIX,
    GARDEN_AT,
    GARDEN_FIX,
    GROWER,
    HUSBAND,
    IN_ACCOUNT,
    OCI,
    PAN,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families298_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families298_svc import cl_wallet, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sheetrang", "Sheetrang", "com.example.sheetrang", "3.4.2",
          "https://api.sheetrang.example.in")
IID = "X-Sheetrang-Device"
PW = "Bufang#Maharani21"
DOB_IN = "17-05-1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kb=True, **kw)


def sheetrang() -> list[Case]:
    rng = random.Random(29801)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), grower=L(GROWER, UID)))}
    gla, glo = fix(GARDEN_FIX)
    dla, dlo = fix(DEPOT_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(GROWER, UID)), (2, DEPOT["id"]), (3, 1767772800),
               (4, [(1, L(DEPOT_FIX[0], PRECISE)), (2, L(DEPOT_FIX[1], PRECISE)), (3, 14.0)]),
               (5, 58.5), (6, L(63, DEV))], "", lab)
    payouts = at_path(case(f, f"{a}/api/v3/grower/{GROWER}/rang_rwnai", headers=_h(rng, **b),
                           query={"bwswr": "2025-26"}), GROWER, UID)
    return [
        case(f, f"{a}/api/v3/registration", headers=_h(rng), body={
            "mung": L(FIRST, NAMEC), "podobi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phon": L(E164, TEL), "chabi": L(PW, CRED), "jonmo_tarikh": L(DOB_IN, BIRTH),
            "thikana": L(AG_HOME["line"], ADDR), "sohor": L(AG_HOME["town"], COARSE),
            "jila": L(AG_HOME["district"], COARSE), "pin": L(AG_HOME["pin"], COARSE),
            "kami": L("Maharani", COARSE), "grower_nambar": L(GROWER, UID),
            "paribar": {"swami": {"mung": L(HUSBAND[0], NAMEC), "phon": L(HUSBAND[1], TEL)}},
            "shorto": True}),
        case(f, f"{a}/api/v3/login", fmt="form", headers=_h(rng), body={
            "phon": L(NATIONAL, TEL), "chabi": L(PW, CRED), "mone_rakho": "1"}),
        case(f, f"{a}/api/v3/ani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/bagan", headers=_h(rng, **b), body={
            "grower_nambar": L(GROWER, UID), "kami": L("Maharani", COARSE),
            "jila": L("Gomati", COARSE), "bufang": 420, "lagano_bwswr": 2012,
            "simana": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in GARDEN_AT]}),
        case(f, f"{a}/api/v3/kata", headers=_h(rng, **b), body={
            "kata_sal": "2026-01-14", "bufang": 380, "twi_liter": 41.5, "drc": 33.0,
            "jaga": {"lat": gla, "lng": glo, "acc": 9},
            "samungnai": {"mung": L(BROTHER_IL[0], NAMEC), "phon": L(BROTHER_IL[1], TEL)},
            "kata_id": obj(rng, "kt")}),
        multipart(f, f"{a}/api/v3/subsidy/rainguard", [
            ("chobi", "rainguard_row4.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("form", None, "application/json", {
                "grower_nambar": L(GROWER, UID), "pan": L(PAN, NID), "oci_nambar": L(OCI, NID),
                "bank_khata": L(IN_ACCOUNT, PAY), "bufang": 380, "dam": L(11400, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/depot/checkin", headers=_h(rng, **b), body={
            "depot": DEPOT["id"], "jaga": {"lat": dla, "lng": dlo},
            "depot_jaga": {"lat": DEPOT["lat"], "lng": DEPOT["lon"]},
            "lot": obj(rng, "lt"), "sheet": 96, "ojon_kg": 61.8, "grade": "RSS4"}),
        case(f, f"{a}/api/v3/bajar_dam", headers=_h(rng, **b), query={
            "tarikh": "2026-01-15", "grade": "RSS4", "depot": DEPOT["id"]}),
        case(f, f"{a}/api/v3/bikri", headers=_h(rng, **b), body={
            "bikri": L("SL-UDP-260115-0388", BUY), "lot": obj(rng, "lt"), "ojon_kg": 61.8,
            "dam_kg": 182.5, "mot_rang": L(11278.5, BUY), "grower_nambar": L(GROWER, UID)}),
        case(f, f"{a}/api/v3/bank", fmt="form", headers=_h(rng, **b), body={
            "bank_khata": L(IN_ACCOUNT, PAY), "ifsc": "SBIN0004021",
            "khata_mung": L(f"{FIRST} {LAST}", NAMEC), "grower_nambar": L(GROWER, UID)}),
        payouts,
        raw(f, f"{a}/api/v3/smokehouse/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/kata/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "kata": [
                {"sal": f"2026-01-{10 + i}", "twi_liter": 38 + i,
                 "lat": L(round(GARDEN_FIX[0] + 0.0002 * i, 6), PRECISE),
                 "lng": L(round(GARDEN_FIX[1] - 0.0003 * i, 6), PRECISE)} for i in range(3)]}),
        lines(f, f"{a}/api/v3/sync", [
            {"op": "kata", "sal": "2026-01-13", "bufang": 360, "by": L(GROWER, UID)},
            {"op": "bikri", "bikri": L("SL-UDP-260108-0214", BUY), "mot_rang": L(9840, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/tds", gz=True, headers=_h(rng, **b), body={
            "grower_nambar": L(GROWER, UID), "pan": L(PAN, NID), "bwswr": "2025-26",
            "mot_bikri": L(148620, BUY), "tds": L(1486, BUY)}),
        case(f, f"{a}/api/v3/khorang", headers=_h(rng, **b), body={
            "to": "depot_udp03",
            "khorang": L("Naphai Debbarma (phon +918974301562) 96 sheet bai depot-o thangnai, "
                         "sal 11 tar", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v3/nai", headers=_h(rng, **b), query={
            "nai": L("rainguard polythene dam Udaipur", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v3/mosum", headers=_h(rng, **b), query={
            "lat": L(f"{GARDEN_FIX[0]:.3f}", PRECISE), "lng": L(f"{GARDEN_FIX[1]:.3f}", PRECISE),
            "sal": "3"}),
        case(f, f"{a}/api/v3/order/sar", headers=_h(rng, **b), body={
            "jinis": [{"sku": "fert_npk_50", "qty": 2, "dam": 1350},
                      {"sku": "acid_formic_5l", "qty": 1, "dam": 620}],
            "mot_rang": L(3320, BUY), "order": L("OR-26-10922", BUY),
            "pathano": {"kami": L("Maharani", COARSE), "phon": L(BROTHER_IL[1], TEL)}}),
        case(f, f"{a}/api/v3/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "kok": L("trp", DEV), "somoi_anchal": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v3/ghatana", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatana": [
                ev("kata_logged", 1, bufang=380), ev("bikri_seen", 2, mot_rang=L(11278.5, BUY)),
                ev("screen", 3, screen=L("RangRwnai", USAGE))]}),
        case(f, f"{a}/api/v3/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def sheetrang_sdks() -> list[Case]:
    rng = random.Random(29802)
    return [
        mc_batch(APP, rng, [("Tapping Logged", {"trees": 380}),
                            ("Sale Viewed", {"total": L(11278.5, BUY)})],
                 at=GARDEN_FIX, nd=2, locale="trp_IN"),
        mc_identify(APP, rng, {"kami": L("Maharani", COARSE), "jila": L("Gomati", COARSE),
                               "grower_nambar": L(GROWER, UID), "bufang": 420}),
        mc_queue(APP, rng, [("Tapping Logged", {"trees": 360}), ("Queue Flushed", {})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "sale", {"bikri": L("SL-UDP-260115-0388", BUY)}, revenue=11278.5,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=DEPOT_FIX, nd=3,
               keywords="rubber,fertiliser,tripura"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "scale not paired"),
                 [cd_crumb("nav", "Depot -> Ojon"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v3/depot/checkin",
                                           "status": 201})], screen="OjonActivity"),
        pt_register(APP, rng, lang="trp", at=GARDEN_FIX, nd=2,
                    tags={"depot": DEPOT["id"], "jila": L("Gomati", COARSE)}),
        cl_wallet(APP, rng, "11278.50", L(E164, TEL)),
        mm_reverse(APP, rng, GARDEN_FIX, PRECISE, nd=5),
        hs_message(APP, rng, L("Bikri SL-UDP-260115-0388 ni rang bank-o phaiya",
                               f"{TEXT}|{BUY}"), {"grower_nambar": L(GROWER, UID)}),
    ]
