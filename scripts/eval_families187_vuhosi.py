"""Traditional council services app "Vuhosi Online" (vuhosi: chieftaincy; the council that
administers Mavalani's communal land: residents' households, proof-of-residence letters, stand
allocations, the annual levy, disputes heard at the council; its API's keys are Xitsonga:
``vito``/``xivongo`` names, ``nomboro_ya_id`` ID number, ``riqingho``, ``imeyili``,
``xihundla`` password, ``muti`` village, ``adirese`` address, ``ndyangu`` household,
``swirho_swa_ndyangu`` household members, ``siku_ro_velekiwa`` birth date, ``rimbewu`` sex,
``vumbhoni_bya_vutshamo`` proof of residence, ``xivangelo`` reason, ``ndhuna`` headman,
``xitandi`` stand, ``mindzilakano`` boundaries, ``levi`` levy, ``nandzu`` dispute,
``muakelani`` neighbour, ``ku_yingisiwa`` hearing, ``mpfuno`` relief, ``vulema`` disability,
``mpimo`` measurement, ``rungula`` message, ``lava`` search): sign-up, a log-in by ID number
(form), ``/mina``, the household by register number in the path, its members (husband,
daughter), a proof-of-residence letter, the letter fetched by cookie, a business-stand
application with its corners, a stand photo with her fix, the levy and its history, a boundary
dispute, a hearing slot, a check-in at the council office, drought relief, a msgpack site
measurement, a message to the headman, a search, an offline sync (JSON Lines), push, events and
a log-out. No earlier set has a traditional council's app (a docstring grep for "traditional
council", "headman", "induna", "proof of residence" found one passing mention)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, multipart, push_token
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families187_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    COUNCIL,
    COUNCIL_FIX,
    CRED,
    DAUGHTER,
    DID,
    GENDER,
    HEADMAN,
    HOME,
    HOME_AT,
    HUSBAND,
    MAIL,
    MEDIA,
    NAMEC,
    NID,
    PAY,
    PRECISE,
    RESIDENT,
    SA_ID,
    SEARCH,
    SENS,
    STAND_AT,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families187_sdk import ct_session, lz_launch, nm_batch
from eval_families187_svc import (
    cp_save,
    ft_eval,
    hp_message,
    mn_reverse,
    mn_telemetry,
    ph_confirm,
    pr_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vuhosi", "Vuhosi Online", "com.example.vuhosi", "1.3.7",
          "https://api.vuhosi.example.com")
IID = "X-Vuhosi-Install"
PW = "Xikukwani@2025"
NEIGHBOUR = "Vongani Mabunda"  # the neighbour in the boundary dispute (typed: contact.name)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ts=True, **kw)


def vuhosi() -> list[Case]:
    rng = random.Random(18741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, muaki=L(RESIDENT, UID), nomboro_ya_id=L(SA_ID, NID)))}
    cla, clo = fix(COUNCIL_FIX, 5)
    sla, slo = fix(STAND_AT[0])
    house = at_path(case(f, f"{a}/api/v1/ndyangu/{RESIDENT}", headers=_h(rng, **b)),
                    RESIDENT, UID)
    return [
        case(f, f"{a}/api/v1/tsarisa", headers=_h(rng), body={
            "vito": L(FIRST, NAMEC), "xivongo": L(LAST, NAMEC), "nomboro_ya_id": L(SA_ID, NID),
            "riqingho": L(E164, TEL), "imeyili": L(EMAIL, MAIL), "xihundla": L(PW, CRED),
            "muti": L(HOME["village"], COARSE), "adirese": L(HOME["line"], ADDR),
            "ndyangu": L(RESIDENT, UID)}),
        case(f, f"{a}/api/v1/nghena", fmt="form", headers=_h(rng), body={
            "nomboro_ya_id": L(SA_ID, NID), "xihundla": L(PW, CRED)}),
        case(f, f"{a}/api/v1/mina", headers=_h(rng, extra=jw)),
        house,
        case(f, f"{a}/api/v1/ndyangu/swirho", headers=_h(rng, **b), body={
            "ndyangu": L(RESIDENT, UID), "swirho_swa_ndyangu": [
                {"vito": L(HUSBAND["name"], NAMEC), "nomboro_ya_id": L(HUSBAND["id"], NID),
                 "siku_ro_velekiwa": L("1988-03-02", BIRTH), "rimbewu": L("wanuna", GENDER)},
                {"vito": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "nomboro_ya_id": L(DAUGHTER["id"], NID),
                 "siku_ro_velekiwa": L(DAUGHTER["dob"], BIRTH),
                 "rimbewu": L(DAUGHTER["sex"], GENDER)}]}),
        case(f, f"{a}/api/v1/vumbhoni_bya_vutshamo", headers=_h(rng, **b), body={
            "nomboro_ya_id": L(SA_ID, NID), "adirese": L(HOME["line"], ADDR),
            "muti": L(HOME["village"], COARSE), "ndhuna": L(HEADMAN, NAMEC),
            "xivangelo": L("Ndzi lava ku pfula akhawunti ya banki", TEXT),
            "xikombelo_id": obj(rng, "pr")}),
        case(f, f"{a}/api/v1/vumbhoni_bya_vutshamo/pr_7c21e904aa", headers=_h(rng, how="none"),
             cookies={"vh_sesheni": L(opaque(rng, "", 40), CRED),
                      "vh_xitirhisiwa": L(INSTALL_ID, DID)}, query={"fomati": "pdf"}),
        case(f, f"{a}/api/v1/xitandi/xikombelo", headers=_h(rng, **b), body={
            "ndyangu": L(RESIDENT, UID), "muxaka": "bindzu",
            "mindzilakano": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in STAND_AT],
            "xivangelo": L("Ndzi lava ku pfula xitolo xitsongo xa swakudya", TEXT),
            "ndhuna": L(HEADMAN, NAMEC)}),
        multipart(f, f"{a}/api/v1/xitandi/swifaniso", [
            ("xifaniso", "xitandi.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"lat": sla, "lng": slo,
                                                "xikombelo": obj(rng, "sa")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/levi/hakelo", fmt="form", headers=_h(rng, **b), body={
            "ndyangu": L(RESIDENT, UID), "ntsengo": L("200.00", BUY), "lembe": "2026",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/levi", headers=_h(rng, **b), query={
            "ndyangu": L(RESIDENT, UID), "lembe": "2025"}),
        case(f, f"{a}/api/v1/nandzu", headers=_h(rng, **b), body={
            "muxaka": "mindzilakano", "muakelani": L(NEIGHBOUR, NAMEC),
            "nhlamuselo": L(f"{NEIGHBOUR} u akile riranga ra yena eka xitandi xa hina hi 3m",
                            f"{TEXT}|{NAMEC}"), "ndyangu": L(RESIDENT, UID)}),
        case(f, f"{a}/api/v1/ku_yingisiwa", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "hs"), "nandzu": obj(rng, "cs"), "ririmi": "ts"}),
        case(f, f"{a}/api/v1/ku_fika", headers=_h(rng, **b), body={
            "ndhawu": {"lat": cla, "lng": clo, "sizuste": 11},
            "hofisi": {"id": COUNCIL["id"], "lat": COUNCIL["lat"], "lng": COUNCIL["lon"]},
            "ku_fika_id": obj(rng, "ci")}),
        case(f, f"{a}/api/v1/mpfuno", headers=_h(rng, **b), body={
            "ndyangu": L(RESIDENT, UID), "muxaka": "dyandza", "vanhu": 3,
            "vulema": L(False, SENS), "vana": 1}),
        case(f, f"{a}/api/v1/xitandi/mpimo", fmt="msgpack", headers=_h(rng, **b), body={
            "xitandi": obj(rng, "st"), "vuleha_m": 30, "vuanami_m": 40,
            "ndhawu": {"lat": L(round(HOME_AT[0], 4), PRECISE),
                       "lng": L(round(HOME_AT[1], 4), PRECISE)}}),
        case(f, f"{a}/api/v1/rungula", headers=_h(rng, **b), body={
            "eka": "ndhuna_mavalani",
            "rungula": L(f"Ndhuna {HEADMAN}, hi kombela mi ta vona xitandi hi Ravuntlhanu",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/lava", headers=_h(rng, **b), query={
            "lava": L("vumbhoni bya vutshamo bya pasipoto", SEARCH)}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "levi", "ntsengo": L(200, BUY), "ndyangu": L(RESIDENT, UID)},
            {"op": "fomo", "fomo": "vutshamo", "ku_id": obj(rng, "op")}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/xitirhisiwa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/swiendlakalo", headers=_h(rng, **b), body={
            "mutirhisi": L(USER_ID, UID), "swiendlakalo": [
                ev("vumbhoni_byi_komberiwile", 1),
                ev("xikirini", 2, xikirini=L("Xitandi", USAGE))]}),
        case(f, f"{a}/api/v1/huma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "xitirhisiwa": L(INSTALL_ID, DID)}),
    ]


def vuhosi_sdks() -> list[Case]:
    rng = random.Random(18742)
    return [
        nm_batch(APP, rng, [("Letter Requested", {}), ("Levy Paid", {"amount": L(200, BUY)})],
                 at=HOME_AT, nd=2),
        lz_launch(APP, rng, first=True),
        ct_session(APP, rng, secs=276),
        ft_eval(APP, rng, {"council": COUNCIL["id"], "village": L("Mavalani", COARSE)},
                hdr=True),
        pr_register(APP, rng, lang="ts", at=HOME_AT, nd=3,
                    tags={"muti": L("Mavalani", COARSE)}),
        cp_save(APP, rng, {"analytics": True, "marketing": False}),
        ph_confirm(APP, rng, "200.00"),
        mn_telemetry(APP, rng, STAND_AT[:3], PRECISE),
        mn_reverse(APP, rng, COUNCIL_FIX, PRECISE, nd=4),
        hp_message(APP, rng, L("Levi ya 2026 a yi kombisiwi tanihi leyi hakeriweke",
                               f"{TEXT}|{BUY}"), {"ndyangu": L(RESIDENT, UID)}),
    ]
