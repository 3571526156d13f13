"""Coconut-crab (uga) harvest permit and catch log "Tohi Uga" (the fisheries office's app: a
household's seasonal permit to take uga from its own family land, size and count limits, closed
forest areas, and a carry permit for cooked uga on the flight to Auckland). Its API's keys are
Niuean as a local developer writes them (no macrons): ``higoa`` name, ``higoa_magafaoa`` family
name, ``imeli`` e-mail, ``telefoni`` phone, ``kupu_fufu`` password ("hidden word"),
``aho_fanau`` birth date, ``nofoaga`` dwelling (street line), ``maaga`` village, ``motu``
island, ``pemiti_nofo`` residence permit, ``pasipoti`` passport, ``taane`` husband, ``pemiti``
permit, ``vaha`` season, ``fonua`` land, ``kaina`` household, ``tau_moui`` age (years of life),
``tupe`` amount, ``totogi`` payment, ``tuaga`` position, ``fenoga`` trip, ``liu_mai`` return,
``moua`` catch, ``totou`` count, ``lahi_mm`` size, ``mamafa`` weight, ``maunu`` bait,
``fakatino`` photo, ``fekau`` message, ``kumi`` search, ``fakaheu`` report, ``fakamaama``
explanation, ``tagata_talia`` receiver, ``vagahau`` language, ``magaaho`` time zone,
``mahani`` events, ``mena`` device): sign-up, log-in, ``/au``, the permit and its fee, the
permit card by number in the path, the rules, closed areas near her house, a hunting trip with
her fix in the family's bush, the catch (msgpack), a protobuf trip beat, a photo on the ruler,
an offline catch queue (JSON Lines), a message to the officer, a search, a report of undersized
crabs sold by the road, the carry permit for the flight, the season's count, a receipt by
cookie, push, events and a log-out."""

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
    EMAIL_UPPER,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families230_kit import (
    AK_HOME,
    BUSH_AT,
    FISHERIES,
    HUSBAND,
    HUVALU_EDGE,
    MOTHER_IL,
    NU_HOME,
    NU_HOME_AT,
    PASSPORT,
    PERMIT_NU,
    SON,
    TZ,
    UGA_PERMIT,
    fix,
    hd,
    obj,
)
from eval_families230_sdk import (
    bm_bid,
    bm_notice,
    ct_crash,
    ct_crumb,
    ct_session,
    fg_batch,
    fg_identify,
    fg_queue,
    tk_event,
    tk_launch,
)
from eval_families230_svc import ml_reverse, pa_register, ph_card, ph_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tohiuga", "Tohi Uga", "com.example.tohiuga", "1.8.2", "https://api.tohiuga.example.com")
IID = "X-TohiUga-Mena"
PW = "UgaHakupu#2025"
DOB_NZ = "17/05/1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, niu=True, **kw)


def tohiuga() -> list[Case]:
    rng = random.Random(23001)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), pemiti=L(UGA_PERMIT, UID)))}
    bla, blo = fix(BUSH_AT)
    trip = obj(rng, "fn")
    lab: dict[str, str] = {}
    beat = pb([(1, L(UGA_PERMIT, UID)), (2, trip), (3, 1765318200),
               (4, [(1, L(BUSH_AT[0] + 0.000412, PRECISE)),
                    (2, L(BUSH_AT[1] - 0.000287, PRECISE)), (3, 41.0)]),
               (5, L(63, DEV))], "", lab)
    card = at_path(case(f, f"{a}/api/v1/pemiti/{UGA_PERMIT}/kaati", headers=_h(rng, **b)),
                   UGA_PERMIT, UID)
    return [
        case(f, f"{a}/api/v1/lesista", headers=_h(rng), body={
            "higoa": L(FIRST, NAMEC), "higoa_magafaoa": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "kupu_fufu": L(PW, CRED), "aho_fanau": L(DOB_NZ, BIRTH),
            "nofoaga": L(NU_HOME["line"], ADDR), "maaga": L(NU_HOME["village"], COARSE),
            "motu": L(NU_HOME["island"], COARSE), "pemiti_nofo": L(PERMIT_NU, NID),
            "taane": {"higoa": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)},
            "talia_tuutuuni": True}),
        case(f, f"{a}/api/v1/hu_mai", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL_UPPER, MAIL), "kupu_fufu": L(PW, CRED), "manatu_au": "1"}),
        case(f, f"{a}/api/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/pemiti", headers=_h(rng, **b), body={
            "vaha": "2025-26", "pemiti_nofo": L(PERMIT_NU, NID),
            "fonua": {"maaga": L("Hakupu", COARSE), "kaina_fonua": "magafaoa"},
            "kaina": [{"higoa": L(HUSBAND[0], NAMEC), "tau_moui": L(41, BIRTH)},
                      {"higoa": L(f"{SON['first']} {SON['last']}", NAMEC),
                       "tau_moui": L(8, BIRTH)}],
            "tupe": L(20, BUY), "pemiti": L(UGA_PERMIT, UID)}),
        case(f, f"{a}/api/v1/totogi", fmt="form", headers=_h(rng, **b), body={
            "pemiti": L(UGA_PERMIT, UID), "tupe": L("20.00", BUY), "paanga": "NZD",
            "metoti": L(opaque(rng, "pm_", 24), PAY), "kaati_fakamui": L("4444", PAY)}),
        card,
        case(f, f"{a}/api/v1/tuutuuni", headers=_h(rng, **b), query={
            "vaha": "2025-26", "vagahau": L("niu", DEV)}),
        case(f, f"{a}/api/v1/fonua/tapu", headers=_h(rng, **b), query={
            "lat": L(f"{NU_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{NU_HOME_AT[1]:.3f}", PRECISE),
            "km": "15"}),
        case(f, f"{a}/api/v1/fenoga", headers=_h(rng, **b), body={
            "fenoga": trip, "kamata": "2025-12-09T19:40", "liu_mai": "2025-12-09T23:30",
            "tuaga": {"lat": bla, "lng": blo, "acc": 9},
            "tapu_fonua": {"lat": HUVALU_EDGE[0], "lng": HUVALU_EDGE[1]},
            "tagata": [L(HUSBAND[0], NAMEC), L(f"{FIRST} {LAST}", NAMEC)], "maunu": "niu"}),
        case(f, f"{a}/api/v1/moua", fmt="msgpack", headers=_h(rng, **b), body={
            "pemiti": L(UGA_PERMIT, UID), "fenoga": trip,
            "uga": [{"lahi_mm": 41, "mamafa": 1620, "fifine": False},
                    {"lahi_mm": 38, "mamafa": 1390, "fifine": False}],
            "totou": 2, "tuaga": {"lat": L(round(BUSH_AT[0] + 0.00021, 5), PRECISE),
                                  "lng": L(round(BUSH_AT[1] + 0.00034, 5), PRECISE)}}),
        raw(f, f"{a}/api/v1/fenoga/{trip}/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/fakatino", [
            ("fakatino", "uga_ruler.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("meta", None, "application/json", {"pemiti": L(UGA_PERMIT, UID), "lahi_mm": 41,
                                                "fenoga": trip})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/v1/moua/sync", [
            {"op": "moua", "pemiti": L(UGA_PERMIT, UID), "lahi_mm": 39, "t": 1765321800,
             "tuaga": {"lat": L(round(BUSH_AT[0] - 0.00052, 6), PRECISE),
                       "lng": L(round(BUSH_AT[1] + 0.00061, 6), PRECISE)}},
            {"op": "fakaheu_fifine", "pemiti": L(UGA_PERMIT, UID), "totou": 1,
             "t": 1765322400}], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/fekau", headers=_h(rng, **b), body={
            "ki": FISHERIES["id"],
            "fekau": L("Fakaalofa lahi atu, we let two female uga with eggs go last night. Is the "
                       "size limit still 36 mm for this vaha?", TEXT)}),
        case(f, f"{a}/api/v1/kumi", headers=_h(rng, **b), query={
            "kumi": L("vaha tapu uga Tesemo", SEARCH), "lau": "1"}),
        case(f, f"{a}/api/v1/fakaheu", headers=_h(rng, **b), body={
            "fakamaama": L("Small uga for sale at the roadside stall, none look over 30 mm",
                           TEXT),
            "tuaga": {"lat": L(f"{NU_HOME_AT[0] - 0.0121:.4f}", PRECISE),
                      "lng": L(f"{NU_HOME_AT[1] - 0.0019:.4f}", PRECISE)},
            "fakatino": False}),
        case(f, f"{a}/api/v1/uga/ave", headers=_h(rng, **b), body={
            "pemiti": L(UGA_PERMIT, UID), "pasipoti": L(PASSPORT, NID), "puna": "NZ0941",
            "aho": "2025-12-18", "totou": 4, "moho": True,
            "tagata_talia": {"higoa": L(MOTHER_IL[0], NAMEC), "telefoni": L(MOTHER_IL[1], TEL),
                             "nofoaga": L(AK_HOME["line"], ADDR),
                             "taone": L(AK_HOME["city"], COARSE)},
            "tupe": L(10, BUY)}),
        case(f, f"{a}/api/v1/vaha/totou", headers=_h(rng, **b), query={
            "pemiti": L(UGA_PERMIT, UID), "vaha": "2025-26"}),
        case(f, f"{a}/api/v1/tohi_totogi/fakamui", headers=_h(rng, how="none"), cookies={
            "tu_sesio": L(opaque(rng, "", 40), CRED), "tu_mena": L(INSTALL_ID, DID),
            "tu_req": rid(rng)}),
        case(f, f"{a}/api/v1/mena", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "mena_id": L(INSTALL_ID, DID),
            "vagahau": L("niu", DEV), "magaaho": L(TZ, DEV), "modeli": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/mahani", gz=True, headers=_h(rng, **b), body={
            "tagata": L(USER_ID, UID), "mahani": [
                ev("pemiti_totogi", 1, tupe=L(20, BUY)), ev("moua", 2, totou=2),
                ev("lau", 3, lau=L("TohiMoua", USAGE))]}),
        case(f, f"{a}/api/v1/hu_atu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "mena": L(INSTALL_ID, DID)}),
    ]


def tohiuga_sdks() -> list[Case]:
    rng = random.Random(23002)
    return [
        fg_batch(APP, rng, [("Permit Paid", {"amount": L(20, BUY)}),
                            ("Catch Logged", {"count": 2})], at=BUSH_AT, nd=2),
        fg_identify(APP, rng, {"maaga": L("Alofi North", COARSE),
                               "pemiti": L(UGA_PERMIT, UID), "vaha": "2025-26"}),
        fg_queue(APP, rng, [("Trip Started", {"bait": "niu"}), ("Catch Logged", {"count": 1})]),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "purchase", {"pemiti": L(UGA_PERMIT, UID)}, revenue=20.0,
                 hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=NU_HOME_AT, nd=3,
               keywords="fishing,outdoors,niue"),
        bm_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [ct_crumb("nav", "TohiMoua -> Fakatino"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v1/moua", "status": 201})],
                 screen="FakatinoActivity"),
        ct_session(APP, rng, secs=1320),
        pa_register(APP, rng, lang="niu", at=NU_HOME_AT, nd=2,
                    tags={"vaha": "2025-26", "maaga": L("Alofi North", COARSE)}),
        ph_card(APP, rng),
        ph_confirm(APP, rng, "20.00"),
        ml_reverse(APP, rng, BUSH_AT, PRECISE, nd=5),
    ]
