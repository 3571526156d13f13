"""Fale village's fish-share register "Inati" (the ``inati``: the village's custom of dividing a
communal catch among households by their size; Tokelauan keys: ``kaiga`` household, ``igoa``
name, ``numela_telefoni`` phone number, ``tagata`` people / members, ``tauhaga`` age (years),
``ekalehia`` congregation, ``vaega`` share, ``ika`` fish, ``ituaiga`` kind, ``fagota`` fishing,
``vaka`` boat, ``malaga`` trip, ``ava`` reef passage, ``toe_foki`` back by, ``tulaga``
position, ``galuega`` work (the village work roster), ``maki`` illness, ``foaki`` gift,
``fekau`` message, ``hakili`` search, ``ata`` photo, ``numela_fakamaonia`` verification code,
``tamaitiiti`` child, ``tali`` who collected): the household's registration, an SMS-code
log-in, ``/oku``, the day's inati, the household's share by number in the path, a catch logged
with her fix in the lagoon boat, a fishing trip checked out (the party, her phone), a protobuf
trip beat, a msgpack fix queue, "back safe" (5-decimal strings), the share collected by the
son, part of it given to an elder, a work exemption for her husband's back (doctor's note),
the roster, a catch photo, a message, a search, surplus fish bought, the son's details, the
atoll's weather, notices by cookie, push and events. Set 118 shares a whitebait catch with a
husband in an angler's app; no set has a village's communal share register."""

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
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families188_kit import (
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    LAGOON_FIX,
    PASS_AT,
    REEF_FIX,
    SON,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families188_sdk import (
    ab_bid,
    ab_notice,
    ck_crash,
    ck_crumb,
    mo_batch,
    mo_queue,
    vk_event,
    vk_launch,
)
from eval_families188_svc import hf_message, mp_reverse, mp_telemetry, pm_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("inati", "Inati", "com.example.inati", "2.3.0", "https://api.inati.example.net")
IID = "X-Inati-Masini"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, tkl=True, **kw)


def inati() -> list[Case]:
    rng = random.Random(18821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaiga=L(HOUSEHOLD, UID), telefoni=L(E164, TEL)))}
    lla, llo = fix(LAGOON_FIX)
    rla, rlo = fix(REEF_FIX, 5)
    trip = obj(rng, "ml")
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSEHOLD, UID)), (2, trip), (3, 1769302800),
               (4, [(1, L(LAGOON_FIX[0], PRECISE)), (2, L(LAGOON_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(63, DEV))], "", lab)
    share = at_path(case(f, f"{a}/v2/kaiga/{HOUSEHOLD}/vaega", headers=_h(rng, **b),
                         query={"aho": "2026-01-26"}), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/v2/kaiga", headers=_h(rng), body={
            "kaiga": L(HOUSEHOLD, UID), "ulu": {"igoa": L(HUSBAND[0], NAMEC),
                                                "numela_telefoni": L(HUSBAND[1], TEL)},
            "tagata": [{"igoa": L(f"{FIRST} {LAST}", NAMEC), "tauhaga": L(34, BIRTH)},
                       {"igoa": L(HUSBAND[0], NAMEC), "tauhaga": L(38, BIRTH)},
                       {"igoa": L(KID, NAMEC), "tauhaga": L(10, BIRTH)}],
            "fale": L(HOME["line"], ADDR), "nuku": L(HOME["village"], COARSE),
            "ekalehia": L("EKT Fale", SENS), "numela_telefoni": L(E164, TEL)}),
        case(f, f"{a}/v2/ulufale/sms", fmt="form", headers=_h(rng), body={
            "numela_telefoni": L(E164, TEL), "numela_fakamaonia": L("518204", CRED)}),
        case(f, f"{a}/v2/oku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/inati", headers=_h(rng, **b), query={
            "nuku": VILLAGE["id"], "aho": "2026-01-26", "ika": "atu"}),
        share,
        case(f, f"{a}/v2/ika", headers=_h(rng, **b), body={
            "kaiga": L(HOUSEHOLD, UID), "vaka": "vk_fale_12", "ika": [
                {"ituaiga": "atu", "numela": 42}, {"ituaiga": "kakahi", "numela": 3}],
            "tulaga": {"lat": lla, "lng": llo, "tonu_m": 7},
            "fagota": [L(HUSBAND[0], NAMEC), L(f"{FIRST} {LAST}", NAMEC)]}),
        case(f, f"{a}/v2/malaga", headers=_h(rng, **b), body={
            "malaga": trip, "vaka": "vk_fale_12", "tagata": [L(f"{FIRST} {LAST}", NAMEC),
                                                          L(HUSBAND[0], NAMEC)],
            "ava": {"lat": PASS_AT[0], "lng": PASS_AT[1]}, "toe_foki": "2026-01-25T17:00",
            "numela_telefoni": L(E164, TEL), "tulaga_amata": {"lat": rla, "lng": rlo}}),
        raw(f, f"{a}/v2/malaga/{trip}/fatu", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/malaga/{trip}/laina", fmt="msgpack", headers=_h(rng, **b), body={
            "kaiga": L(HOUSEHOLD, UID),
            "tulaga": [{"lat": L(round(LAGOON_FIX[0] - 0.0009 * i, 6), PRECISE),
                        "lng": L(round(LAGOON_FIX[1] + 0.0012 * i, 6), PRECISE),
                        "t": 1769303100 + 300 * i} for i in range(3)],
            "ava": {"lat": PASS_AT[0], "lng": PASS_AT[1]}}),
        case(f, f"{a}/v2/malaga/{trip}/toe_foki", fmt="form", headers=_h(rng, **b), body={
            "tulaga": "lelei", "lat": L(f"{REEF_FIX[0]:.5f}", PRECISE),
            "lng": L(f"{REEF_FIX[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v2/vaega/tali", headers=_h(rng, **b), body={
            "vaega": obj(rng, "vg"), "kaiga": L(HOUSEHOLD, UID),
            "tali": {"igoa": L(KID, NAMEC), "tauhaga": L(10, BIRTH)}, "ika": 9}),
        case(f, f"{a}/v2/vaega/foaki", headers=_h(rng, **b), body={
            "vaega": obj(rng, "vg"), "kia_kaiga": "FKO-KG-0102", "ika": 3,
            "fekau": L("Mo te toeaina i te fale e tuaoi ma matou", TEXT)}),
        multipart(f, f"{a}/v2/galuega/tuhi", [
            ("tuhi", "tuhi_fomai.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "igoa": L(HUSBAND[0], NAMEC), "maki": L("mamahi tua (lower back strain)", MED),
                "vaiaho": 2})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/galuega", headers=_h(rng, **b), query={
            "kaiga": L(HOUSEHOLD, UID), "mahina": "2026-02"}),
        multipart(f, f"{a}/v2/ika/ata", [
            ("ata", "atu_42.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {"kaiga": L(HOUSEHOLD, UID), "ika": 42})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/fekau", headers=_h(rng, **b), body={
            "kia": VILLAGE["id"],
            "fekau": L("Ko Petelo e mamahi tona tua, e he mafai ke fagota i te vaiaho nei",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/hakili", headers=_h(rng, **b), query={
            "hakili": L("vaega atu aho Tofi", SEARCH)}),
        case(f, f"{a}/v2/ika/fakatau", fmt="form", headers=_h(rng, **b), body={
            "kaiga": L(HOUSEHOLD, UID), "ika": "atu", "numela": "5", "tupe": L("20.00", BUY),
            "auala_totogi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/kaiga/tamaitiiti", headers=_h(rng, **b), body={
            "kaiga": L(HOUSEHOLD, UID), "igoa_muamua": L(SON["first"], NAMEC),
            "igoa_kaiga": L(SON["last"], NAMEC), "aho_fanau": L(SON["dob"], BIRTH),
            "itupa": L(SON["sex"], GENDER)}),
        case(f, f"{a}/v2/tau", headers=_h(rng, **b), query={
            "fenua": L("Fakaofo", COARSE), "aho": "2026-01-27"}),
        case(f, f"{a}/v2/fakailoga", headers=_h(rng, how="none"), cookies={
            "in_sesia": L(opaque(rng, "", 40), CRED), "in_masini": L(INSTALL_ID, DID),
            "in_req": rid(rng)}),
        case(f, f"{a}/v2/masini", headers=_h(rng, **b), body=push(push_token(rng), "tkl_TK")),
        case(f, f"{a}/v2/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "fakaaoga": L(USER_ID, UID), "mea_tutupu": [
                ev("vaega_tali", 1), ev("itulau", 2, itulau=L("MalagaOla", USAGE))]}),
    ]


def inati_sdks() -> list[Case]:
    rng = random.Random(18822)
    return [
        mo_batch(APP, rng, [("Catch Logged", {"fish": 42}), ("Share Collected", {})],
                 at=LAGOON_FIX, nd=2, locale="tkl_TK"),
        mo_queue(APP, rng, [("Trip Beat", {"n": 3}), ("Back Safe", {})]),
        vk_launch(APP, rng, first=True),
        vk_event(APP, rng, "trip_registered", {"party": 2}),
        ab_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=REEF_FIX, nd=3,
               keywords="fishing,tuna,lagoon"),
        ab_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "gps lost"),
                 [ck_crumb("nav", "Malaga -> Ola")], screen="MalagaActivity"),
        pm_register(APP, rng, lang="tkl", at=HOME_AT, nd=2,
                    tags={"nuku": L("Fale", COARSE), "vaka": "vk_fale_12"}),
        mp_reverse(APP, rng, REEF_FIX, PRECISE, nd=5),
        mp_telemetry(APP, rng, [LAGOON_FIX, REEF_FIX], PRECISE),
        hf_message(APP, rng, L("Our household share shows 0 for Monday", TEXT),
                   {"kaiga": L(HOUSEHOLD, UID)}),
    ]
