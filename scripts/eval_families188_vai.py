"""Fale village's drought water-ration app "Vai Ola" (in a dry spell the village rations water
from its community tanks and a small desalination unit by household size; Tokelauan keys:
``vai`` water, ``kata_vai`` ration card, ``kaiga`` household, ``tagata`` members, ``tauhaga``
age, ``lita`` litres, ``taimi`` slot, ``taika`` tank, ``fakaopoopo`` extra ration, ``maki``
illness, ``tuhi_fomai`` doctor's note, ``momoli`` delivery, ``timu`` rain, ``mm`` millimetres,
``lelei`` quality, ``galuega`` volunteer roster, plus ``igoa``, ``numela_telefoni``,
``numela_fakamaonia``, ``tuatuhi``, ``nuku``, ``tulaga``, ``fekau``, ``hakili``, ``ata``,
``tupe``): the household's ration card, an SMS-code log-in, ``/oku``, an extra ration for her
visiting mother-in-law's diabetic foot wound (doctor's note), a queue slot, the collection with
her fix at the tank, a protobuf collection record, the home tank's level with her fix, a photo,
a gutter report, a water-quality complaint about the son's stomach, a delivery while her
husband's back is bad, history by card in the path, the roster, an offline queue (msgpack),
bottled water bought, a search, notices by cookie, a rain-gauge reading, push, events and a
log-out. Water tankers (sets 126, 138), a tank sensor with a bowser (138), a refilling station
(183) and a tested well (170) exist; a village's drought ration queue is new ("desalination",
"rainwater" matched nothing)."""

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
    DID,
    E164,
    JPEG,
    MED,
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
from eval_families188_kit import (
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    MOTHER_IL,
    RATION,
    SON,
    TANK_FIX,
    TANKS,
    fix,
    hd,
    obj,
    push,
)
from eval_families188_sdk import ck_crash, ck_crumb, ck_session, mo_batch, mo_queue, vk_launch
from eval_families188_svc import cf_save, ff_eval, hf_message, mp_route, pm_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vaiola", "Vai Ola", "com.example.vaiola", "1.4.7", "https://api.vaiola.example.org")
IID = "X-VaiOla-Masini"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(26))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tkl=True, **kw)


def vaiola() -> list[Case]:
    rng = random.Random(18851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kata_vai=L(RATION, UID), telefoni=L(E164, TEL)))}
    tla, tlo = fix(TANK_FIX)
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    rec = pb([(1, L(RATION, UID)), (2, TANKS["id"]), (3, 1769562000), (4, 80),
              (5, [(1, L(TANK_FIX[0], PRECISE)), (2, L(TANK_FIX[1], PRECISE))])], "", lab)
    hist = at_path(case(f, f"{a}/v1/kata/{RATION}/tala", headers=_h(rng, **b),
                        query={"mahina": "2026-01"}), RATION, UID)
    return [
        case(f, f"{a}/v1/kata", headers=_h(rng), body={
            "kata_vai": L(RATION, UID), "kaiga": L(HOUSEHOLD, UID),
            "igoa": L(f"{FIRST} {LAST}", NAMEC), "numela_telefoni": L(E164, TEL),
            "tagata": [{"igoa": L(HUSBAND[0], NAMEC), "tauhaga": L(38, BIRTH)},
                       {"igoa": L(KID, NAMEC), "tauhaga": L(10, BIRTH)}],
            "tuatuhi": L(HOME["line"], ADDR), "nuku": L(HOME["village"], COARSE),
            "taika_fale": {"lita": 5000, "tanuga": "fale ukamea"}}),
        case(f, f"{a}/v1/ulufale/sms", fmt="form", headers=_h(rng), body={
            "numela_telefoni": L(E164, TEL), "numela_fakamaonia": L("730418", CRED)}),
        case(f, f"{a}/v1/oku", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/fakaopoopo", [
            ("tuhi_fomai", "tuhi_fomai.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "kata_vai": L(RATION, UID), "tagata": L(MOTHER_IL[0], NAMEC),
                "maki": L("diabetic foot ulcer, daily dressing", MED), "lita_fakaopoopo": 20})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/taimi", fmt="form", headers=_h(rng, **b), body={
            "taimi": obj(rng, "tm"), "taika": TANKS["id"], "kata_vai": L(RATION, UID)}),
        case(f, f"{a}/v1/ave", headers=_h(rng, **b), body={
            "kata_vai": L(RATION, UID), "taika": TANKS["id"], "lita": 80,
            "tulaga": {"lat": tla, "lng": tlo, "tonu_m": 5},
            "taika_tulaga": {"lat": TANKS["lat"], "lng": TANKS["lon"]}}),
        raw(f, f"{a}/v1/ave/pb", rec, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/taika_fale", headers=_h(rng, **b), body={
            "kata_vai": L(RATION, UID), "pasene": 18, "lita": 900,
            "tulaga": {"lat": hla, "lng": hlo}}),
        multipart(f, f"{a}/v1/taika_fale/ata", [
            ("ata", "taika.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"kata_vai": L(RATION, UID), "pasene": 18})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lipoti/alavai", headers=_h(rng, **b), body={
            "kata_vai": L(RATION, UID),
            "fekau": L("Ko te alavai i tua o te fale kua gagau, e mole ai te vai timu", TEXT)}),
        case(f, f"{a}/v1/lipoti/lelei", headers=_h(rng, **b), body={
            "taika": TANKS["id"], "lelei": "manogi",
            "fekau": L("Te vai mai te taika 3 e manogi leaga, ko Kele e mamahi tona manava",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/momoli", headers=_h(rng, **b), body={
            "kata_vai": L(RATION, UID), "mafuaga": L("toku avaga e mamahi tona tua", f"{TEXT}|{MED}"),
            "tuatuhi": L(HOME["line"], ADDR), "lita": 60, "aho": "2026-01-29"}),
        hist,
        case(f, f"{a}/v1/galuega", headers=_h(rng, **b), query={
            "kaiga": L(HOUSEHOLD, UID), "vaiaho": "2026-W05"}),
        case(f, f"{a}/v1/ave/laina", fmt="msgpack", headers=_h(rng, **b), body={
            "kata_vai": L(RATION, UID), "ave": [{"taika": TANKS["id"], "lita": 40,
                                                 "t": 1769400000 + 86400 * i} for i in range(3)]}),
        case(f, f"{a}/v1/fakatau", fmt="form", headers=_h(rng, **b), body={
            "kata_vai": L(RATION, UID), "fagu": "6", "tupe": L("18.00", BUY),
            "auala_totogi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/hakili", headers=_h(rng, **b), query={
            "hakili": L("taimi taika 3 Aho Tofi", SEARCH)}),
        case(f, f"{a}/v1/fakailoga", headers=_h(rng, how="none"), cookies={
            "vo_sesia": L(opaque(rng, "", 40), CRED), "vo_masini": L(INSTALL_ID, DID),
            "vo_req": rid(rng)}),
        case(f, f"{a}/v1/timu", fmt="form", headers=_h(rng, **b), body={
            "mm": "12.5", "aho": "2026-01-28",
            "lat": L(f"{HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{HOME_AT[1]:.4f}", PRECISE)}),
        case(f, f"{a}/v1/masini", headers=_h(rng, **b), body=push(push_token(rng), "tkl_TK")),
        case(f, f"{a}/v1/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "fakaaoga": L(USER_ID, UID), "mea_tutupu": [
                ev("ave_vai", 1, lita=80), ev("itulau", 2, itulau=L("KataVai", USAGE))]}),
        case(f, f"{a}/v1/ulufafo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def vaiola_sdks() -> list[Case]:
    rng = random.Random(18852)
    return [
        mo_batch(APP, rng, [("Water Collected", {"litres": 80}), ("Slot Booked", {})],
                 at=TANK_FIX, nd=3, locale="tkl_TK"),
        mo_queue(APP, rng, [("Collection Queued", {"litres": 40}), ("Synced", {})]),
        vk_launch(APP, rng),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "slot taken"),
                 [ck_crumb("nav", "Taimi -> Ave")], screen="TaimiActivity"),
        ck_session(APP, rng, secs=188),
        ff_eval(APP, rng, {"village": L("Fale", COARSE), "household_size": 3}),
        pm_register(APP, rng, lang="tkl", tags={"taika": TANKS["id"]}),
        cf_save(APP, rng, {"analytics": True, "marketing": False}),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((TANKS["lat"], TANKS["lon"]), None)],
                 mode="walking"),
        hf_message(APP, rng, L("The app lost my slot for tank 3 this morning", TEXT),
                   {"kata_vai": L(RATION, UID)}),
    ]
