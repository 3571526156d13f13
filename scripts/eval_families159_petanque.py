"""Petanque club league app "Pupu Petanque" (her Papeete club's licences, doubles tournaments and
the bar tab; keys in reo Tahiti with some French, as local clubs write them: ``ioa`` /
``ioa_utuafare`` names, ``rata_uira`` e-mail, ``niuniu`` phone, ``mahana_fanauraa`` birth date,
``ira`` sex,
``nohoraa`` street line, ``oire`` town, ``numera_faatia`` licence number, ``parau_taote`` medical
certificate, ``taiete`` club, ``tataura`` tournament, ``pupu`` team, ``tapao``
points, ``inu`` drinks, ``tino_moni`` total, ``moni`` amount, ``metodi`` payment method, ``imiraa``
search, ``poroi`` message, ``hohoa`` photo, ``tere`` trip, ``vahi_reva`` departure place,
``parahiraa`` seats, ``mai`` injury, ``matini`` device, ``tupuraa`` events, ``mene`` ends,
``passeport`` passport): the licence request, an SMS code, ``/ou``, the medical certificate (PDF),
the licence fee, tournaments, a doubles registration with her partner, the check-in at the
boulodrome with her fix, a protobuf score card, the ends of a match (msgpack), the bar tab, the
ranking, the club chat, a message to her partner, a player search, her photo, her matches by
licence number in the path, the schedule by cookie, a carpool to Moorea's open, an injury note,
push, events, log-out."""

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
    GENDER,
    JPEG,
    MAIL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families159_kit import (
    BOULE_FIX,
    BOULODROME,
    HOME,
    HOME_AT,
    LICENCE,
    PARTNER,
    PASSPORT,
    fix,
    hd,
    matini,
    obj,
)
from eval_families159_sdk import mt_batch, mt_identify, mt_pixel, tv_event, tv_launch
from eval_families159_svc import (
    cn_check,
    cp_card,
    cp_confirm,
    ft_eval,
    hu_message,
    mo_geocode,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pupupetanque", "Pupu Petanque", "com.example.pupupetanque", "3.0.7",
          "https://api.pupupetanque.example.net")
IID = "X-Pupu-Matini"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def petanque() -> list[Case]:
    rng = random.Random(15921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, faatia=L(LICENCE, UID), niuniu=L(E164, TEL),
                                    taiete="tc_fautaua"))}
    bla, blo = fix(BOULE_FIX)
    match = obj(rng, "mt")
    lab: dict[str, str] = {}
    card = pb([(1, L(LICENCE, UID)), (2, match), (3, 13), (4, 9),
               (5, [(1, L(BOULE_FIX[0], PRECISE)), (2, L(BOULE_FIX[1], PRECISE))]),
               (6, "3.0.7")], "", lab)
    mine = at_path(case(f, f"{a}/v1/faatia/{LICENCE}/tataura", headers=_h(rng, **b),
                        query={"matahiti": "2025"}), LICENCE, UID)
    return [
        case(f, f"{a}/v1/faatia", headers=_h(rng), body={
            "ioa": L(FIRST, NAMEC), "ioa_utuafare": L(LAST, NAMEC), "rata_uira": L(EMAIL, MAIL),
            "niuniu": L(E164, TEL), "mahana_fanauraa": L(DOB, BIRTH), "ira": L("F", GENDER),
            "nohoraa": L(HOME["line"], ADDR), "oire": L(HOME["town"], COARSE),
            "code_postal": L(HOME["post"], COARSE), "passeport": L(PASSPORT, NID),
            "taiete": "tc_fautaua", "numera_faatia": L(LICENCE, UID), "categorie": "senior"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "niuniu": L(E164, TEL), "code": L("308114", CRED)}),
        case(f, f"{a}/v1/ou", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/faatia/parau_taote", [
            ("parau", "certificat_medical.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"numera_faatia": L(LICENCE, UID),
                                                "mahana": "2025-09-02", "aptitude": "oui"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/faatia/aufauraa", fmt="form", headers=_h(rng, **b), body={
            "numera_faatia": L(LICENCE, UID), "moni": L("6500", BUY), "faito_moni": "XPF",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/tataura", headers=_h(rng, **b), query={
            "taiete": "tc_fautaua", "ava": "2025-12", "huru": "doublette"}),
        case(f, f"{a}/v1/tataura/tt_noel25/tapao", headers=_h(rng, **b), body={
            "pupu": [{"ioa": L(f"{FIRST} {LAST}", NAMEC), "faatia": L(LICENCE, UID)},
                     {"ioa": L(PARTNER[0], NAMEC), "niuniu": L(PARTNER[1], TEL)}],
            "moni": L(2000, BUY), "ioa_pupu": "Na Vahine Tipaerui"}),
        case(f, f"{a}/v1/tataura/tt_noel25/tomo", headers=_h(rng, **b), body={
            "numera_faatia": L(LICENCE, UID), "vahi": {"lat": bla, "lng": blo},
            "boulodrome": {"id": BOULODROME["id"], "lat": BOULODROME["lat"],
                           "lng": BOULODROME["lon"]}, "terrain": "t07"}),
        raw(f, f"{a}/v1/tataura/{match}/tapao", card, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tataura/{match}/mene", fmt="msgpack", headers=_h(rng, **b), body={
            "na": L(LICENCE, UID), "mene": [{"n": 1, "tapao": [2, 0]}, {"n": 2, "tapao": [0, 3]},
                                            {"n": 3, "tapao": [4, 0]}], "terrain": "t07"}),
        case(f, f"{a}/v1/inu", headers=_h(rng, **b), body={
            "numera_faatia": L(LICENCE, UID),
            "inu": [{"ioa": "pia", "rahi": 2, "hoo": 450}, {"ioa": "monoi pape", "rahi": 1,
                                                             "hoo": 300}],
            "tino_moni": L(1200, BUY), "metodi": "tab"}),
        case(f, f"{a}/v1/faito", headers=_h(rng, **b), query={
            "numera_faatia": L(LICENCE, UID), "taiete": "tc_fautaua"}),
        case(f, f"{a}/v1/taiete/poroi", headers=_h(rng, **b), body={
            "piha": "tc_fautaua_all",
            "poroi": L("Na vai e afai i te mau boule apî no te tataura Sabati?", TEXT)}),
        case(f, f"{a}/v1/poroi", headers=_h(rng, **b), body={
            "ia_tae": L(PARTNER[1], TEL),
            "poroi": L(f"{PARTNER[0]}, ua taui to'u niuniu: +1 555 010 0199",
                       f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/imiraa", headers=_h(rng, **b), query={
            "imiraa": L("Faatauira doublette feminin", SEARCH)}),
        multipart(f, f"{a}/v1/ou/hohoa", [
            ("hohoa", "ou.jpg", "image/jpeg", L(JPEG + b"\x37", MEDIA)),
            ("meta", None, "application/json", {"numera_faatia": L(LICENCE, UID)})],
            headers=_h(rng, **b)),
        mine,
        case(f, f"{a}/v1/taiete/tabula", headers=_h(rng, how="none"), cookies={
            "pp_sesi": L(opaque(rng, "", 40), CRED), "pp_matini": L(INSTALL_ID, DID),
            "pp_req": rid(rng)}),
        case(f, f"{a}/v1/tere", headers=_h(rng, **b), body={
            "tataura": "tt_moorea_open", "parahiraa": 2, "vahi_reva": L(HOME["area"], COARSE),
            "niuniu": L(E164, TEL), "pahi": "7:30 Papeete - Vaiare"}),
        case(f, f"{a}/v1/mai", fmt="form", headers=_h(rng, **b), body={
            "numera_faatia": L(LICENCE, UID), "mai": L("tendinite i te rima atau", MED),
            "hepetoma": "2"}),
        case(f, f"{a}/v1/matini", headers=_h(rng, **b), body=matini(push_token(rng))),
        case(f, f"{a}/v1/tupuraa", headers=_h(rng, **b), body={
            "taata": L(USER_ID, UID), "tupuraa": [
                ev("tapao_tono", 1), ev("hiti", 2, hiti=L("Tataura", USAGE))]}),
        case(f, f"{a}/v1/haere", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "matini": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def petanque_sdks() -> list[Case]:
    rng = random.Random(15922)
    return [
        mt_batch(APP, rng, [("Score Entered", {"ends": 3}), ("Tab Paid", {"total": L(1200, BUY)})],
                 at=BOULE_FIX, nd=2),
        mt_identify(APP, rng, {"taiete": "tc_fautaua", "numera_faatia": L(LICENCE, UID),
                               "oire": L("Papeete", COARSE)}),
        mt_pixel(APP, rng, "Draw Opened", {"tataura": "tt_noel25"}),
        tv_launch(APP, rng, user=True),
        tv_event(APP, rng, "licence", {"faatia": L(LICENCE, UID)}, revenue=6500.0,
                 currency="XPF"),
        ft_eval(APP, rng, {"club": "tc_fautaua", "category": "senior"}),
        pp_register(APP, rng, at=HOME_AT, nd=2, tags={"taiete": "tc_fautaua"}),
        cn_check(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "6500", currency="xpf"),
        mo_geocode(APP, rng, "Boulodrome de Fautaua", SEARCH, near=HOME_AT, nd=3),
        hu_message(APP, rng, L("Ua tuu e piti taime te moni faatia", f"{TEXT}|{BUY}"),
                   {"numera_faatia": L(LICENCE, UID)}),
    ]
