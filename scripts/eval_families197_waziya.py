"""Winter-storm household registry and plough-request app "Waziya" (the north's winter giant;
the reservation's emergency desk before and during blizzards; its API's keys are Lakota with
English: ``waziya`` winter storm, ``icamna`` blizzard, ``wa`` snow, ``canku`` road, ``tiwahe``
household, ``tiwahe_op`` members, ``caje`` name, ``masape`` phone, ``mazawowapi`` e-mail,
``natakapi`` password, ``waniyetu`` age, ``tiyata`` street line, ``tiyata_canku`` directions
home ("the road home"), ``otonwahe`` town, ``wayazanka`` illness, ``pejuta`` medicine,
``iyecinkinyanke`` car, ``can`` wood, ``sunkawakan`` horses, ``tokiya`` where (a fix),
``waziyata`` / ``wiyohiyanpata`` latitude / longitude, ``wahosi`` message, ``itowapi`` photo,
``okiya`` help / volunteer, ``wowiyukcan`` remark): the household's registration with
directions home, an e-mail log-in, ``/mitawa``, her uncle in Kyle on the vulnerable list (home
oxygen, a wheelchair), a plough request, her car stuck on the Kyle road (an SOS with her fix, a
protobuf beat, an offline msgpack queue of fixes), a wellness check for her mother, firewood, the
school-gym shelter check-in, a generator loan, a hay drop for their horses, road conditions
near her (2 decimals), alert zones, the status by cookie, a drift photo, a message to the
emergency manager, the request by number in the path (a negative) and the registry by
household number in the path, her volunteer-driver sign-up with her licence, push and events.
Set 132 books cyclone shelters and set 7 has a snowplow-named tracker SDK (an analytics
protocol, not a plough); no earlier set has a blizzard registry."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families197_kit import (
    DL,
    GYM,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER,
    MOTHER_LINE,
    SON,
    STUCK_AT,
    UNCLE,
    UNCLE_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families197_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_launch,
)
from eval_families197_svc import cy_save, mm_reverse, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("waziya", "Waziya", "com.example.waziya", "5.0.2", "https://api.waziya.example.com")
IID = "X-Waziya-Device"
PW = "Icamna*Feb2026"
NID = "personal.national_id"
REG = "WZ-HH-20931"  # the household's registry number (id.user)
PASTURE_AT = (43.031406, -102.571883)  # their horse pasture behind the house (theirs: precise)
DIRECTIONS = ("North of the Wolf Creek school 1.5 miles, blue trailer house with a red door, "
              "second cattle guard on the left")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def waziya() -> list[Case]:
    rng = random.Random(19731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tiwahe=L(REG, UID), masape=L(E164, TEL)))}
    sla, slo = fix(STUCK_AT)
    gla, glo = fix((GYM["lat"] + 0.000112, GYM["lon"] - 0.000097), 6)
    lab: dict[str, str] = {}
    sos = pb([(1, L(USER_ID, UID)), (2, 1770609600),
              (3, [(1, L(STUCK_AT[0], PRECISE)), (2, L(STUCK_AT[1], PRECISE)), (3, 14.0)]),
              (4, L(21, DEV)), (5, 2)], "", lab)
    req = obj(rng, "pr")
    plough = case(f, f"{a}/v1/requests/{req}", headers=_h(rng, **b))  # a request ID: negative
    registry = at_path(case(f, f"{a}/v1/tiwahe/{REG}", headers=_h(rng, **b)), REG, UID)
    return [
        case(f, f"{a}/v1/tiwahe", headers=_h(rng), body={
            "caje": L(f"{FIRST} {LAST}", NAMEC), "mazawowapi": L(EMAIL_MIXED, MAIL),
            "masape": L(E164, TEL), "natakapi": L(PW, CRED), "tiwahe": L(REG, UID),
            "tiyata": L(HOME["line"], ADDR), "tiyata_canku": L(DIRECTIONS, ADDR),
            "otonwahe": L(HOME["town"], COARSE),
            "tokiya": {"waziyata": L(HOME_AT[0], PRECISE), "wiyohiyanpata": L(HOME_AT[1], PRECISE)},
            "tiwahe_op": 4, "heat": "propane+wood"}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "mazawowapi": L(EMAIL, MAIL), "natakapi": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mitawa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vulnerable", headers=_h(rng, **b), body={
            "caje": L(UNCLE[0], NAMEC), "masape": L(UNCLE[1], TEL), "waniyetu": L(78, BIRTH),
            "otonwahe": L("Kyle", COARSE),
            "tokiya": {"waziyata": L(UNCLE_AT[0], PRECISE),
                       "wiyohiyanpata": L(UNCLE_AT[1], PRECISE)},
            "pejuta": L("home oxygen concentrator, needs power", MED),
            "wayazanka": L("COPD; uses a wheelchair", f"{MED}|{SENS}"),
            "contact": L(E164, TEL)}),
        case(f, f"{a}/v1/plough", headers=_h(rng, **b), body={
            "request": req, "tiwahe": L(REG, UID), "canku": "BIA Route 32",
            "tokiya": {"waziyata": L(HOME_AT[0], PRECISE), "wiyohiyanpata": L(HOME_AT[1], PRECISE)},
            "wowiyukcan": L("Drifts five feet at our cattle guard, we cannot get out", TEXT)}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "tokiya": {"waziyata": sla, "wiyohiyanpata": slo, "acc": 14},
            "people": 2, "fuel_pct": 30,
            "iyecinkinyanke": {"make": "Chevy", "color": "white", "plate": "SD 65A-412"},
            "wahosi": L("Stuck in the ditch past the Kyle turnoff with my son Mato, engine "
                        "running, call (555) 010-0199", f"{TEXT}|{TEL}"),
            "battery": L(21, DEV)}),
        raw(f, f"{a}/v1/sos/beat", sos, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/sos/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID),
            "fixes": [{"lat": L(round(STUCK_AT[0] + 0.00004 * i, 6), PRECISE),
                       "lon": L(round(STUCK_AT[1] - 0.00003 * i, 6), PRECISE),
                       "t": 1770609600 + 600 * i} for i in range(3)]}),
        case(f, f"{a}/v1/wellness", headers=_h(rng, **b), body={
            "caje": L(MOTHER[0], NAMEC), "masape": L(MOTHER[1], TEL),
            "tiyata": L(MOTHER_LINE, ADDR),
            "wowiyukcan": L("My mom's propane ran out last night and her phone goes to "
                            "voicemail", TEXT)}),
        case(f, f"{a}/v1/outages", fmt="form", headers=_h(rng, **b), body={
            "tiwahe": L(REG, UID), "kind": "power", "since": "2026-02-09T02:40",
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/v1/can", fmt="form", headers=_h(rng, **b), body={
            "tiwahe": L(REG, UID), "cords": "1", "tiyata": L(HOME["line"], ADDR)}),
        case(f, f"{a}/v1/shelters/checkin", headers=_h(rng, **b), body={
            "shelter": GYM["id"], "tokiya": {"waziyata": gla, "wiyohiyanpata": glo},
            "shelter_at": {"waziyata": GYM["lat"], "wiyohiyanpata": GYM["lon"]},
            "tiwahe_op": [L(f"{FIRST} {LAST}", NAMEC), L(f"{SON['first']} {SON['last']}", NAMEC)],
            "needs": L("diabetic, needs regular meals", MED)}),
        case(f, f"{a}/v1/generators", fmt="form", headers=_h(rng, **b), body={
            "tiwahe": L(REG, UID), "for": "oxygen", "masape": L(E164, TEL)}),
        case(f, f"{a}/v1/hay", headers=_h(rng, **b), body={
            "sunkawakan": 6, "bales": 4,
            "tokiya": {"waziyata": L(PASTURE_AT[0], PRECISE),
                       "wiyohiyanpata": L(PASTURE_AT[1], PRECISE)}}),
        case(f, f"{a}/v1/roads", headers=_h(rng, **b), query={
            "near": L(f"{HOME_AT[0]:.2f},{HOME_AT[1]:.2f}", COARSE), "radius_mi": "25"}),
        case(f, f"{a}/v1/alerts/zones", headers=_h(rng, **b), body={
            "zones": [L("Pine Ridge", COARSE), L("Kyle", COARSE)], "sms": L(E164, TEL)}),
        case(f, f"{a}/v1/status", headers=_h(rng, how="none"), cookies={
            "wz_sess": L(opaque(rng, "", 40), CRED), "wz_dev": L(INSTALL_ID, DID),
            "wz_req": rid(rng)}),
        multipart(f, f"{a}/v1/itowapi", [
            ("itowapi", "drift.jpg", "image/jpeg", L(JPEG + b"\x2a", MEDIA)),
            ("meta", None, "application/json", {"request": req,
                                                "wowiyukcan": L("Our road this morning", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wahosi", headers=_h(rng, **b), body={
            "to": "emergency_manager",
            "wahosi": L(f"Please check on my uncle {UNCLE[0]} in Kyle, his oxygen machine needs "
                        "power", f"{TEXT}|{NAMEC}|{MED}")}),
        plough,
        registry,
        case(f, f"{a}/v1/okiya/drivers", headers=_h(rng, **b), body={
            "caje": L(f"{FIRST} {LAST}", NAMEC), "licence": L(DL, NID), "state": "SD",
            "vehicle": "4x4 pickup", "second": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("sos_sent", 1), ev("screen", 2, screen=L("RoadMap", USAGE))]}),
    ]


def waziya_sdks() -> list[Case]:
    rng = random.Random(19732)
    return [
        mc_batch(APP, rng, [("SOS Sent", {"people": 2}), ("Shelter Checked In", {})],
                 at=STUCK_AT, nd=3),
        mc_queue(APP, rng, [("Offline Fix", {"n": 3}), ("Plough Requested", {})]),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="winter,tires,propane"),
        cd_crash(APP, rng, ("java.io.IOException", "no network"),
                 [cd_crumb("nav", "Home -> SOS"), cd_crumb("tap", "send_sos")],
                 screen="SosActivity"),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"zone": L("Pine Ridge", COARSE)}),
        cy_save(APP, rng, {"analytics": True, "location_sharing": True}),
        mm_reverse(APP, rng, STUCK_AT, PRECISE, nd=5),
        mm_telemetry(APP, rng, [STUCK_AT, HOME_AT], PRECISE),
    ]
