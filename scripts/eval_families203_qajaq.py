"""Kayak club app "Qajartorfik" of the Nuuk club "Nuup Qajartortui" (Greenlandic skin-on-frame
kayaks, rolling training, a kayak built to her body; its API's keys are Kalaallisut with some
Danish loans: ``ilaasortaq`` member, ``ilaasortap_normua`` member number, ``peqatigiiffik`` club,
``qajaq`` kayak, ``tuilik`` the kayak jacket, ``sungiusarneq`` training, ``teknikkit``
techniques (the rolls), ``oqimaassuseq`` weight, ``portussuseq`` height, ``takissuseq`` length,
``unammineq`` competition, ``peqqissuseq`` health, ``nappaat`` illness, ``nakorsaatit``
medicines, ``ajutoornermi_attaveqarfik`` emergency contact, ``aallarneq`` setting out,
``utertussaq`` due back, ``inunngorfik`` birth date, ``suiaassuseq`` gender (``arnaq``
woman)): joining, an OAuth password grant, ``/uanga``, the health waiver, her measurements for
the kayak being built, a tuilik, the membership fee, the training calendar and a slot, an
outing's protobuf beat with her heart rate, the track (msgpack), the training log, a roll video,
the championship entry and her entries by member number in the path, a message to the coach, a
search, a rack, setting out and back, a receipt by cookie, push and events. Set 90 has a Danube
kayak rental with a waiver and sets 164 and 198 kayak hire; this is a club's own app
(membership, rolling training, a kayak built to her measurements, a championship)."""

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
    MAIL,
    MED,
    MEDIA,
    MP4,
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
from eval_families203_kit import (
    CLUBHOUSE,
    FJORD_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    fix,
    hd,
    obj,
    push,
)
from eval_families203_sdk import ka_batch, ka_queue, nb_bid, qc_crash, qc_crumb, tt_event, tt_launch
from eval_families203_svc import kp_card, kp_confirm, mn_route, mn_telemetry, pp_register, ts_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("qajartorfik", "Qajartorfik", "com.example.qajartorfik", "2.2.5",
          "https://api.qajartorfik.example.org")
IID = "X-Qajaq-Install"
PW = "Tuilik!Kangerlua9"
FIT = "health.fitness"
DOB_DK = "17-05-1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def qajartorfik() -> list[Case]:
    rng = random.Random(20321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, emaili=L(EMAIL, MAIL), ilaasortaq=L(MEMBER, UID)))}
    outing = obj(rng, "tr")
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, outing), (3, 1772550000),
               (4, [(1, L(FJORD_FIX[1][0], PRECISE)), (2, L(FJORD_FIX[1][1], PRECISE)),
                    (3, 2.1)]), (5, L(142, FIT))], "", lab)
    entries = at_path(case(f, f"{a}/v1/ilaasortaq/{MEMBER}/unammineq", headers=_h(rng, **b)),
                      MEMBER, UID)
    o1, o2 = fix(FJORD_FIX[0], 4)
    return [
        case(f, f"{a}/v1/ilaasortaq", headers=_h(rng), body={
            "ateq": L(FIRST, NAMEC), "ateq_kingulleq": L(LAST, NAMEC), "emaili": L(EMAIL, MAIL),
            "oqarasuaat": L(E164, TEL), "isissutissaq": L(PW, CRED),
            "inunngorfik": L(DOB_DK, BIRTH), "suiaassuseq": L("arnaq", GENDER),
            "najugaq": L(HOME["line"], ADDR), "postnormu": L(HOME["post"], COARSE),
            "illoqarfik": L(HOME["town"], COARSE), "ilaasortap_normua": L(MEMBER, UID),
            "ajutoornermi_attaveqarfik": {"ateq": L(HUSBAND["name"], NAMEC),
                                          "oqarasuaat": L(HUSBAND["phone"], TEL)}}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "qajartorfik-android"}),
        case(f, f"{a}/v1/uanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/peqqissuseq", headers=_h(rng, **b), body={
            "ilaasortap_normua": L(MEMBER, UID), "naluttarpit": True,
            "nappaat": [L("tuimmi ajoqut 2023 (shoulder dislocation)", MED)],
            "nakorsaatit": [L("salbutamol", MED)], "astma": L(True, MED),
            "atsiorneq": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/qajaq/uuttuutit", headers=_h(rng, **b), body={
            "ilaasortap_normua": L(MEMBER, UID), "qajaq": "qj_build_26_04",
            "oqimaassuseq": L(63, FIT), "portussuseq": L(168, FIT),
            "niuit_takissusaat": L(78, FIT), "nuloq_silissusaa": L(36, FIT),
            "qisuk": "sitka", "amia": "nylon"}),
        case(f, f"{a}/v1/tuilik", headers=_h(rng, **b), body={
            "angissusaa": "M", "qalipaataa": "qernertoq", "akia": 1450,
            "inniminniineq": L("TL-26-0031", BUY), "aningaasat": L(1450, BUY)}),
        case(f, f"{a}/v1/akiliut", fmt="form", headers=_h(rng, **b), body={
            "suussusia": "ukiumoortoq", "aningaasat": L("650.00", BUY), "valuta": "DKK",
            "metode": L(opaque(rng, "pm_", 24), PAY), "kingulliit_sisamat": L("4444", PAY),
            "ilaasortap_normua": L(MEMBER, UID)}),
        case(f, f"{a}/v1/sungiusarneq", headers=_h(rng, **b), query={
            "peqatigiiffik": CLUBHOUSE["id"], "sapaatip_akunnera": "2026-W10"}),
        case(f, f"{a}/v1/sungiusarneq/inniminniineq", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "ilaasortap_normua": L(MEMBER, UID), "pautit": "1"}),
        raw(f, f"{a}/v1/angalaneq/{outing}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/angalaneq/{outing}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "ilaasortaq": L(MEMBER, UID),
            "fixes": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1772550000 + 120 * i}
                      for i, (la, lo) in enumerate(FJORD_FIX)],
            "km": L(6.4, FIT), "minutsit": L(71, FIT),
            "peqatigiiffik": {"lat": CLUBHOUSE["lat"], "lon": CLUBHOUSE["lon"]}}),
        case(f, f"{a}/v1/sungiusarneq/logbog", headers=_h(rng, **b), body={
            "angalaneq": outing, "teknikkit": ["standard", "kingumut", "assak"],
            "amerlassusaa": 14, "uummatip_tillernera": L(128, FIT),
            "kcal": L(430, FIT), "imaq_celsius": 3.5,
            "oqaaseqaat": L("Assak roll første gang! Tuiga ajorpoq.", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/video", [
            ("video", "roll_0301.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"angalaneq": outing, "teknik": "assak"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/unammineq", headers=_h(rng, **b), body={
            "unammineq": "un_gl_2026", "illoqarfik": "Sisimiut",
            "klassi": L("arnat 30-39", f"{GENDER}|{BIRTH}"), "ilaasortap_normua": L(MEMBER, UID),
            "aningaasat": L(300, BUY), "teknikkit": ["standard", "assak", "pautit illuat"]}),
        entries,
        case(f, f"{a}/v1/allagaq", headers=_h(rng, **b), body={
            "tigusisoq": "coach_01",
            "allagaq": L("Tuiga suli anniarpoq, ullumi sungiusarnissara unitsissavara.",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/ujarlerneq", headers=_h(rng, **b), query={
            "ujarlerneq": L("tuilik M qernertoq", SEARCH)}),
        case(f, f"{a}/v1/qajaasivik", fmt="form", headers=_h(rng, **b), body={
            "rack": "R-14", "ilaasortap_normua": L(MEMBER, UID), "akia": L("200", BUY)}),
        case(f, f"{a}/v1/aallarneq", headers=_h(rng, **b), body={
            "aallarneq": "2026-03-01T10:05", "utertussaq": "2026-03-01T12:30",
            "sumiiffik": {"lat": o1, "lon": o2}, "oqarasuaat": L(E164, TEL),
            "ilaasut": [L(f"{FIRST} {LAST}", NAMEC)]}),
        case(f, f"{a}/v1/aallarneq/tikeqqippunga", fmt="form", headers=_h(rng, **b), body={
            "angalaneq": outing, "lat": L(f"{FJORD_FIX[2][0]:.5f}", PRECISE),
            "lon": L(f"{FJORD_FIX[2][1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/uppernarsaat", headers=_h(rng, how="none"), cookies={
            "qj_session": L(opaque(rng, "", 40), CRED), "qj_install": L(INSTALL_ID, DID),
            "qj_req": rid(rng)}),
        case(f, f"{a}/v1/atortut", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/pisut", gz=True, headers=_h(rng, **b), body={
            "atuisoq": L(USER_ID, UID), "pisut": [
                ev("angalaneq_naammassivoq", 1), ev("saqqummersitaq", 2,
                                                   saqqummersitaq=L("Logbog", USAGE))]}),
    ]


def qajartorfik_sdks() -> list[Case]:
    rng = random.Random(20322)
    return [
        ka_batch(APP, rng, [("Outing Ended", {"km": L(6.4, FIT)}),
                            ("Roll Logged", {"technique": "assak"})], at=FJORD_FIX[2], nd=3),
        ka_queue(APP, rng, [("Beat Queued", {"n": 12}), ("Back Ashore", {})]),
        tt_launch(APP, rng, first=True, user=True),
        tt_event(APP, rng, "registration", {"unammineq": "un_gl_2026"}, revenue=300.0),
        nb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="kayak,outdoor,nuuk"),
        qc_crash(APP, rng, ("java.lang.NullPointerException", "gps fix null"),
                 [qc_crumb("nav", "Angalaneq -> Live"), qc_crumb("log", "gps lost")],
                 screen="LiveOutingActivity"),
        pp_register(APP, rng, lang="kl", at=FJORD_FIX[0], nd=2, tags={"club": CLUBHOUSE["id"]}),
        kp_card(APP, rng),
        kp_confirm(APP, rng, "650.00"),
        mn_route(APP, rng, [(HOME_AT, PRECISE), ((CLUBHOUSE["lat"], CLUBHOUSE["lon"]), None)]),
        mn_telemetry(APP, rng, FJORD_FIX[:2], PRECISE),
        ts_eval(APP, rng, {"club": CLUBHOUSE["id"], "member": L(MEMBER, UID)}),
    ]
