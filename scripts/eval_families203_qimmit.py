"""Sled-dog register and race app "Qimmit" of Sisimiut (Sisimiut is the southernmost town where
sled dogs are kept; the family's team of eleven stays there with her brother-in-law Kuunnguaq and
is registered to her; its API's keys are Kalaallisut: ``qimmeq`` / ``qimmit`` dog / dogs,
``qimussit`` dog team, ``qamutit`` sled, ``piginnittoq`` owner, ``paarsisoq`` keeper,
``qimussertoq`` musher, ``unammineq`` race, ``nerisassat`` feed, ``qaleralik`` halibut,
``akileraarut`` tax, ``kapuineq`` vaccination, ``uninngavik`` stake-out place, ``tammartoq``
lost, ``angalaneq`` trip, ``inernerit`` results, ``akiliut`` payment, ``aningaasat`` amount,
``inuup_normua`` CPR number, ``najugaq`` address): the owner's registration, a log-in,
``/uanga``, the dogs registered, their rabies shots, the dog tax and its payment, the stake-out
place with her fix, her brother-in-law as keeper, the race entry, a protobuf beat on a family
trip, the trip's track (msgpack), feed ordered, a lost-dog alert with its photo, results, the team
by number in the path, a message to the race office, the invoice by cookie, a search,
preferences in a base64 JSON cookie, push and events. Set 184's husky kennel sells sled rides and
dog sponsorships to tourists; Qimmit is a working team's municipal register (dog tax, rabies,
stake-out place) and a local race entry."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    BROTHER_IL,
    CPR,
    DOG_YARD_AT,
    HOME,
    RACE_START,
    TEAM,
    fix,
    hd,
    obj,
    push,
)
from eval_families203_sdk import (
    ka_batch,
    ka_identify,
    nb_bid,
    nb_notice,
    qc_crash,
    qc_crumb,
    tt_event,
    tt_launch,
)
from eval_families203_svc import kp_card, kp_confirm, kp_wallet, mn_geocode, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("qimmit", "Qimmit", "com.example.qimmit", "2.0.9", "https://api.qimmit.example.net")
IID = "X-Qimmit-Device"
PW = "Qimussit!Sisimiut11"
NID = "personal.national_id"
TRIP_FIX = [(66.951207, -53.602118), (66.958840, -53.571305)]  # her phone on the sled
DOGS = [("Nanok", "M", 2019, "208250000113201"), ("Aqqa", "F", 2020, "208250000113219"),
        ("Sila", "F", 2021, "208250000113227")]  # the dogs (negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kl=True, **kw)


def qimmit() -> list[Case]:
    rng = random.Random(20361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, emaili=L(EMAIL, MAIL), qimussit=L(TEAM, UID)))}
    yla, ylo = fix(DOG_YARD_AT)
    trip = obj(rng, "an")
    lab: dict[str, str] = {}
    beat = pb([(1, L(TEAM, UID)), (2, trip), (3, 1773900000),
               (4, [(1, L(TRIP_FIX[0][0], PRECISE)), (2, L(TRIP_FIX[0][1], PRECISE)),
                    (3, 14.2)]), (5, L(61, DEV))], "", lab)
    team = at_path(case(f, f"{a}/api/qimussit/{TEAM}", headers=_h(rng, **b)), TEAM, UID)
    return [
        case(f, f"{a}/api/piginnittut", headers=_h(rng), body={
            "ateq": L(FIRST, NAMEC), "ateq_kingulleq": L(LAST, NAMEC), "emaili": L(EMAIL, MAIL),
            "oqarasuaat": L(E164, TEL), "isissutissaq": L(PW, CRED),
            "inuup_normua": L(CPR, NID), "najugaq": L(HOME["line"], ADDR),
            "illoqarfik": L(HOME["town"], COARSE), "qimussit": L(TEAM, UID),
            "qimmit_illoqarfiat": L("Sisimiut", COARSE)}),
        case(f, f"{a}/api/iserneq", fmt="form", headers=_h(rng), body={
            "emaili": L(EMAIL, MAIL), "isissutissaq": L(PW, CRED)}),
        case(f, f"{a}/api/uanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/qimmit", headers=_h(rng, **b), body={
            "qimussit": L(TEAM, UID), "qimmit": [
                {"ateq": n, "suiaassuseq": s, "inunngorfiup_ukiua": y, "chip": c}
                for n, s, y, c in DOGS]}),
        case(f, f"{a}/api/qimmit/kapuinerit", headers=_h(rng, **b), body={
            "qimussit": L(TEAM, UID), "kapuineq": "rabies", "ulloq": "2026-02-02",
            "chips": [c for *_, c in DOGS], "nakorsaq": "vet_sis_02"}),
        case(f, f"{a}/api/akileraarut", headers=_h(rng, **b), query={
            "qimussit": L(TEAM, UID), "ukioq": "2026"}),
        case(f, f"{a}/api/akiliut", fmt="form", headers=_h(rng, **b), body={
            "suussusia": "qimmit_akileraarutaat", "aningaasat": L("550.00", BUY),
            "valuta": "DKK", "metode": L(opaque(rng, "pm_", 24), PAY),
            "kingulliit_sisamat": L("4444", PAY), "qimussit": L(TEAM, UID)}),
        case(f, f"{a}/api/uninngavik", headers=_h(rng, **b), body={
            "qimussit": L(TEAM, UID), "sumiiffik": {"lat": yla, "lon": ylo},
            "qimmit_amerlassusaat": 11, "akuersissut": "SIS-2026-118"}),
        case(f, f"{a}/api/paarsisoq", headers=_h(rng, **b), body={
            "qimussit": L(TEAM, UID), "ateq": L(BROTHER_IL[0], NAMEC),
            "oqarasuaat": L(BROTHER_IL[1], TEL), "illoqarfik": L("Sisimiut", COARSE)}),
        case(f, f"{a}/api/unammineq", headers=_h(rng, **b), body={
            "unammineq": "un_sis_2026", "klassi": "11 qimmit",
            "qimussertoq": {"ateq": L(BROTHER_IL[0], NAMEC), "oqarasuaat": L(BROTHER_IL[1], TEL)},
            "qimussit": L(TEAM, UID), "aningaasat": L(400, BUY),
            "aallarfik": {"lat": RACE_START[0], "lon": RACE_START[1]}}),
        raw(f, f"{a}/api/angalaneq/{trip}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/angalaneq/{trip}/aqqut", fmt="msgpack", headers=_h(rng, **b), body={
            "qimussit": L(TEAM, UID),
            "fixes": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in TRIP_FIX],
            "km": 18.4}),
        case(f, f"{a}/api/nerisassat", headers=_h(rng, **b), body={
            "inniminniineq": L("NR-26-0912", BUY), "qaleralik_kg": 60, "tarrarsuummik_kg": 40,
            "aningaasat": L(2100, BUY), "tunniunneqarfissaa": "uninngavik",
            "tigusisoq": {"ateq": L(BROTHER_IL[0], NAMEC), "oqarasuaat": L(BROTHER_IL[1], TEL)}}),
        case(f, f"{a}/api/tammartut", headers=_h(rng, **b), body={
            "qimmeq": "Nanok", "chip": DOGS[0][3],
            "kingullermik_takuneqarfia": {"lat": L(f"{TRIP_FIX[1][0]:.4f}", PRECISE),
                                          "lon": L(f"{TRIP_FIX[1][1]:.4f}", PRECISE)},
            "allagaq": L("Nanok tammarpoq Ulkebugtip eqqaani. Takugussi sianerfiginga "
                         "+1 555 010 0199", f"{TEXT}|{TEL}")}),
        multipart(f, f"{a}/api/tammartut/assiliaq", [
            ("assiliaq", "nanok.jpg", "image/jpeg", L(JPEG + b"\x4e", MEDIA)),
            ("meta", None, "application/json", {"qimussit": L(TEAM, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/unammineq/inernerit", headers=_h(rng, **b), query={
            "unammineq": "un_sis_2026", "qimussit": L(TEAM, UID)}),
        team,
        case(f, f"{a}/api/allagaq", headers=_h(rng, **b), body={
            "tigusisoq": "race_office",
            "allagaq": L("Kuunnguaq qimussertussaavoq, uanga piginnittuuvunga. Normu 14.",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/akiligassat", headers=_h(rng, how="none"), cookies={
            "qm_sess": L(opaque(rng, "", 40), CRED), "qm_dev": L(INSTALL_ID, DID),
            "qm_req": rid(rng)}),
        case(f, f"{a}/api/ujarlerneq", headers=_h(rng, **b), query={
            "ujarlerneq": L("qamutit atorneqarsimasut Sisimiut", SEARCH)}),
        case(f, f"{a}/api/profil", headers=_h(rng, **b), cookies={
            "qm_sess": L(opaque(rng, "", 40), CRED),
            "qm_pref": W({"qimussit": L(TEAM, UID), "oqaatsit": L("kl", DEV)}, "b64json")}),
        case(f, f"{a}/api/atortut", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/pisut", gz=True, headers=_h(rng, **b), body={
            "atuisoq": L(USER_ID, UID), "pisut": [
                ev("unammineq_nalunaarsorpoq", 1), ev("saqqummersitaq", 2,
                                                      saqqummersitaq=L("Qimmit", USAGE))]}),
    ]


def qimmit_sdks() -> list[Case]:
    rng = random.Random(20362)
    return [
        ka_batch(APP, rng, [("Race Entered", {"fee": L(400, BUY)}),
                            ("Dog Tax Paid", {})], at=DOG_YARD_AT, nd=2, locale="kl_GL"),
        ka_identify(APP, rng, {"qimussit": L(TEAM, UID), "illoqarfik": L("Sisimiut", COARSE),
                               "qimmit": 11}),
        tt_launch(APP, rng, user=True),
        tt_event(APP, rng, "race_entry", {"unammineq": "un_sis_2026"}, revenue=400.0),
        nb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="dogs,sled,arctic"),
        nb_notice(APP, rng, "imp"),
        qc_crash(APP, rng, ("java.lang.IllegalStateException", "beat after trip closed"),
                 [qc_crumb("nav", "Angalaneq -> Live"), qc_crumb("tap", "stop_trip")],
                 screen="TripActivity"),
        pp_register(APP, rng, lang="kl", at=DOG_YARD_AT, nd=2, tags={"race": "un_sis_2026"}),
        kp_card(APP, rng),
        kp_confirm(APP, rng, "550.00"),
        kp_wallet(APP, rng, "1500", L(E164, TEL)),
        mn_geocode(APP, rng, "Sisimiut qimmit uninngaviat", SEARCH, near=DOG_YARD_AT, nd=3),
    ]
