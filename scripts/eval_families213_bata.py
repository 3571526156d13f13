"""A volunteer lifeboat crew's pager app "Sgioba" (the Tarbert station's crew: she is on the
boat's crew and drives the launch tractor). Its API's keys are Scottish Gaelic: ``sgioba`` crew,
``aireamh_sgioba`` crew number, ``steisean`` station, ``dreuchd`` role, ``peidsear`` pager,
``gairm`` callout, ``freagairt`` response (``a_tighinn`` coming), ``ri_fhaighinn`` available,
``uine_ruighinn`` minutes to arrive, ``suidheachadh`` position, ``ruighinn`` arrival, ``bata``
boat, ``leointeach`` casualty, ``staid`` condition, ``treanadh`` training, ``cursa`` course,
``fallaineachd`` fitness, ``fradharc`` eyesight, ``cuideam`` weight, ``airde`` height,
``cungaidhean`` medicines, ``aodach`` kit, ``meud`` size, ``neach_daimh`` next of kin,
``cead_draibhidh`` driving licence, ``dealbhan`` photos, with the shared Gaelic keys: sign-up,
an SMS code, ``/mise``, pairing the pager, availability, a callout and her response with her fix
on the road, a protobuf position beat, the arrival at the boathouse, the service log (msgpack,
the casualty's position and condition), training, the crew medical (gzip; her heart condition),
kit sizes, next of kin (her mother-in-law in Glasgow), her driving licence for the launch tractor,
a service photo, a message to the coxswain, a search, the rota by cookie, mileage, push, events
and a log-out. No earlier set has a lifeboat, coastguard or rescue crew app (a docstring grep of
``scripts/``)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families213_kit import (
    CASUALTY_AT,
    CREW,
    GLASGOW,
    HUSBAND,
    MOTHER_IL,
    PAGER,
    ROAD_FIX,
    STATION,
    STATION_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families213_sdk import lr_launch, tl_crash, tl_crumb, tl_session, tm_batch, tm_queue
from eval_families213_svc import bp_register, bt_eval, cc_message, mp_route, mp_telemetry
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sgioba", "Sgioba", "com.example.sgioba", "5.1.0", "https://api.sgioba.example.net")
IID = "X-Sgioba-Device"
PW = "Bata!Tairbeart7"
NID = "personal.national_id"
FIT = "health.fitness"
LICENCE = "DOE99955171J99AB"  # her GB driving licence (surname, decade, month+50, day, year)
PAGER_BLE = "c4:7f:0e:55:12:9b"  # the pager's Bluetooth address (id.hardware)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sgioba() -> list[Case]:
    rng = random.Random(21351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sgioba=L(CREW, UID), fon=L(E164, TEL)))}
    rla, rlo = fix(ROAD_FIX)
    sla, slo = fix(STATION_FIX, 5)
    call = obj(rng, "gr")
    lab: dict[str, str] = {}
    beat = pb([(1, L(CREW, UID)), (2, call), (3, 1769012345),
               (4, [(1, L(ROAD_FIX[0], PRECISE)), (2, L(ROAD_FIX[1], PRECISE)), (3, 11.2)]),
               (5, L(37, DEV))], "", lab)
    return [
        case(f, f"{a}/v1/sgioba/clarachadh", headers=_h(rng), body={
            "ainm": L(FIRST, NAMEC), "sloinneadh": L(LAST, NAMEC), "post_d": L(EMAIL_MIXED, MAIL),
            "fon_laimhe": L(E164, TEL), "facal_faire": L(PW, CRED), "la_breith": L(DOB, BIRTH),
            "aireamh_sgioba": L(CREW, UID), "steisean": STATION["id"],
            "dreuchd": ["sgioba_bata", "draibhear_tractar"]}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "fon_laimhe": L(E164, TEL), "cod": L("270915", CRED)}),
        case(f, f"{a}/v1/mise", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/peidsear/ceangal", headers=_h(rng, **b), body={
            "peidsear": L(PAGER, DID), "ble": L(PAGER_BLE, HW), "aireamh_sgioba": L(CREW, UID),
            "firmware": "3.8.1"}),
        case(f, f"{a}/v1/ri_fhaighinn", headers=_h(rng, **b), body={
            "aireamh_sgioba": L(CREW, UID), "bho": "2026-01-20T18:00", "gu": "2026-01-21T07:00",
            "ri_fhaighinn": True}),
        case(f, f"{a}/v1/gairmean/{call}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/gairmean/{call}/freagairt", headers=_h(rng, **b), body={
            "freagairt": "a_tighinn", "uine_ruighinn": 6, "aireamh_sgioba": L(CREW, UID),
            "suidheachadh": {"domhan_leud": rla, "domhan_fad": rlo, "astar": 14}}),
        raw(f, f"{a}/v1/suidheachadh", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/steisean/ruighinn", headers=_h(rng, **b), body={
            "gairm": call, "aite": {"domhan_leud": sla, "domhan_fad": slo},
            "steisean": {"domhan_leud": STATION["lat"], "domhan_fad": STATION["lon"]}}),
        case(f, f"{a}/v1/gairmean/log", fmt="msgpack", headers=_h(rng, **b), body={
            "gairm": call, "bata": "ALB-17-04", "sgioba": [L(CREW, UID), "RLB-C-2211",
                                                          "RLB-C-1907"],
            "leointeach": {"domhan_leud": CASUALTY_AT[0], "domhan_fad": CASUALTY_AT[1],
                           "staid": L("hypothermia, conscious", MED)},
            "uairean": 2.5}),
        case(f, f"{a}/v1/treanadh", headers=_h(rng, **b), query={
            "aireamh_sgioba": L(CREW, UID), "bliadhna": "2026"}),
        case(f, f"{a}/v1/treanadh/crioch", fmt="form", headers=_h(rng, **b), body={
            "cursa": "casualty_care_2", "ceann_latha": "2026-01-10", "aireamh_sgioba": L(CREW, UID)}),
        case(f, f"{a}/v1/fallaineachd", gz=True, headers=_h(rng, **b), body={
            "aireamh_sgioba": L(CREW, UID), "fradharc": L("6/6 with glasses", MED),
            "cridhe": L("paroxysmal atrial fibrillation, ablation booked", MED),
            "cungaidhean": [L("apixaban 5 mg", MED), L("bisoprolol 2.5 mg", MED)],
            "cuideam": L(64, FIT), "airde": L(168, FIT), "bmi": L(22.7, FIT),
            "lighiche": "Tarbert Medical Practice"}),
        case(f, f"{a}/v1/aodach", headers=_h(rng, **b), body={
            "meud_seacaid": L("M", FIT), "meud_botannan": L(39, FIT), "aireamh_sgioba":
            L(CREW, UID)}),
        case(f, f"{a}/v1/neach_daimh", headers=_h(rng, **b), body={"luchd": [
            {"ainm": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL), "daimh": "ceile"},
            {"ainm": L(MOTHER_IL[0], NAMEC), "fon": L(MOTHER_IL[1], TEL),
             "seoladh": L(GLASGOW["line"], ADDR), "baile": L(GLASGOW["town"], COARSE),
             "daimh": "mathair_cheile"}]}),
        case(f, f"{a}/v1/cead_draibhidh", fmt="form", headers=_h(rng, **b), body={
            "aireamh": L(LICENCE, NID), "roinnean": "B,F", "crioch": "2031-05-16",
            "aireamh_sgioba": L(CREW, UID)}),
        multipart(f, f"{a}/v1/dealbhan", [
            ("dealbh", "seirbheis.jpg", "image/jpeg", L(JPEG + b"\x4c", MEDIA)),
            ("meta", None, "application/json", {"gairm": call, "fo_thiotal": L(
                "Air ais aig a' bhàta às dèidh seirbheis fhada san dorchadas", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/teachdaireachd", headers=_h(rng, **b), body={
            "gu": "coxswain", "teachdaireachd": L(
                "Chan urrainn dhomh a dhol a-mach an ath sheachdain, tha mi san ospadal ann an "
                "Glaschu", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/lorg", headers=_h(rng, **b), query={
            "lorg": L("cùrsa ciad-chobhair Steòrnabhagh", SEARCH)}),
        case(f, f"{a}/v1/rota", headers=_h(rng, how="none"), cookies={
            "lb_seisean": L(opaque(rng, "", 40), CRED), "lb_sgioba": L(CREW, UID),
            "lb_iarrtas": rid(rng)}),
        case(f, f"{a}/v1/miltean", headers=_h(rng, **b), body={
            "gairm": call, "miltean": 14, "aireamh_sgioba": L(CREW, UID)}),
        case(f, f"{a}/v1/inneal", headers=_h(rng, **b), body=push(push_token(rng), "en_GB")),
        case(f, f"{a}/v1/tachartasan", gz=True, headers=_h(rng, **b), body={
            "cleachdaiche": L(USER_ID, UID), "tachartasan": [
                ev("gairm_air_fhreagairt", 1), ev("sgrion", 2, sgrion=L("GairmBeo", USAGE))]}),
        case(f, f"{a}/v1/logadh_a_mach", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "inneal": L(INSTALL_ID, DID)}),
    ]


def sgioba_sdks() -> list[Case]:
    rng = random.Random(21352)
    return [
        tm_batch(APP, rng, [("Page Answered", {"uine": 6}), ("Arrived Station", {})],
                 at=STATION_FIX, nd=2),
        tm_queue(APP, rng, [("Log Saved", {"uairean": 2.5}), ("Photo Queued", {})]),
        lr_launch(APP, rng),
        bt_eval(APP, rng, {"steisean": STATION["id"], "dreuchd": "crew"}),
        bp_register(APP, rng, at=ROAD_FIX, nd=3, tags={"steisean": STATION["id"]}),
        tl_crash(APP, rng, ("java.lang.SecurityException", "background location denied"),
                 [tl_crumb("nav", "Gairm -> Freagairt"), tl_crumb("tap", "a_tighinn")],
                 screen="GairmActivity"),
        tl_session(APP, rng, secs=1620),
        mp_route(APP, rng, [(ROAD_FIX, PRECISE), ((STATION["lat"], STATION["lon"]), None)]),
        mp_telemetry(APP, rng, [ROAD_FIX, STATION_FIX], PRECISE),
        cc_message(APP, rng, L("The pager did not ring for last night's callout", TEXT),
                   {"aireamh_sgioba": L(CREW, UID)}),
    ]
