"""Volunteer firefighters' alerting app "Alarmpiper" (she is a volunteer at the Esch fire station;
the pager app acknowledges call-outs, shows who is coming and keeps training and fitness; its
API's keys are Luxembourgish with the umlauts dropped, coordinates in English: ``pompjee``
firefighter number, ``numm`` name, ``handy`` mobile, ``adress``, ``gemeng`` municipality,
``pin``, ``disponibiliteit`` availability, ``vun``/``bis`` from/to, ``asaz`` call-out,
``aentwert`` answer (``kommen`` coming), ``standuert`` position, ``ukonft`` arrival, ``kasar``
station, ``rapport`` report, ``atemschutz`` breathing apparatus, ``tauglech`` fit,
``lungefunktioun`` lung function, ``rauchexpositioun`` smoke exposure, ``formatioun`` training,
``fitnesstest``, ``puls`` pulse, ``kleedergreisst``/``schonggreisst`` clothing/shoe size,
``am_noutfall`` emergency contact, ``equipe`` crew chat, ``kalenner`` duty calendar, ``helm``
helmet, ``sichen`` search): onboarding with her matricule, a PIN log-in, ``/pompjee/ech``, her
availability with her home point, a call-out acknowledged with her fix, the drive in (msgpack
fixes) and a protobuf beat, the arrival at the station, the call-out report, the breathing
apparatus medical and a smoke-exposure log, a training course, the fitness test, kit sizes, her
emergency contact, the crew chat, the duty calendar, a damaged helmet photo, a search, the
station's Wi-Fi, push, events and a cookie GET. No earlier set has a fire brigade (a docstring
grep for firefighter, fire brigade and volunteer fire matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families162_kit import (
    FIREFIGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MATRICULE,
    ONCALL_FIX,
    STATION,
    fix,
    hd,
    obj,
    push,
)
from eval_families162_sdk import cp_crash, cp_crumb, cp_session, mt_launch, qs_batch, qs_queue
from eval_families162_svc import (
    fb_eval,
    hk_message,
    ma_reverse,
    ma_route,
    ma_telemetry,
    pf_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("alarmpiper", "Alarmpiper", "com.example.alarmpiper", "4.0.7",
          "https://api.alarmpiper.example.org")
IID = "X-Alarmpiper-Device"
NID = "personal.national_id"
FIT = "health.fitness"
ST_SSID, ST_BSSID = "CIS-Esch-Crew", "e8:48:b8:3c:11:7a"  # the station's Wi-Fi (joined: wifi)
ROUTE = [(49.495402, 5.980117), (49.498233, 5.976540), (49.501690, 5.972811)]  # her drive in


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lb=True, **kw)


def alarmpiper() -> list[Case]:
    rng = random.Random(16261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pompjee=L(FIREFIGHTER, UID), kasar=STATION["id"],
                                    email=L(EMAIL, MAIL)))}
    ola, olo = fix(ONCALL_FIX)
    sla, slo = fix((STATION["lat"] + 0.000052, STATION["lon"] + 0.000031), 6)
    asaz = obj(rng, "as")
    lab: dict[str, str] = {}
    beat = pb([(1, L(FIREFIGHTER, UID)), (2, asaz), (3, 1772961300),
               (4, [(1, L(ROUTE[1][0], PRECISE)), (2, L(ROUTE[1][1], PRECISE)), (3, 14.0)]),
               (5, L(37, DEV))], "", lab)
    return [
        case(f, f"{a}/api/v4/onboarding", headers=_h(rng), body={
            "pompjee": L(FIREFIGHTER, UID), "numm": L(f"{FIRST} {LAST}", NAMEC),
            "email": L(EMAIL, MAIL), "handy": L(E164, TEL), "matricule": L(MATRICULE, NID),
            "adress": L(HOME["line"], ADDR), "gemeng": L(HOME["town"], COARSE),
            "kasar": STATION["id"], "fuerschain": ["B"], "pin": L("480612", CRED)}),
        case(f, f"{a}/api/v4/aloggen", fmt="form", headers=_h(rng), body={
            "pompjee": L(FIREFIGHTER, UID), "pin": L("480612", CRED),
            "apparat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v4/pompjee/ech", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v4/disponibiliteit", headers=_h(rng, **b), body={
            "status": "disponibel", "vun": "2026-03-08T18:00", "bis": "2026-03-09T07:00",
            "standuert": {"lat": L(round(HOME_AT[0], 4), PRECISE),
                          "lng": L(round(HOME_AT[1], 4), PRECISE)}, "distanz_min": 6}),
        case(f, f"{a}/api/v4/asaz/{asaz}/aentwert", headers=_h(rng, **b), body={
            "aentwert": "kommen", "standuert": {"lat": ola, "lng": olo, "acc": 11},
            "eta_min": 6, "fonktioun": "atemschutz"}),
        case(f, f"{a}/api/v4/asaz/{asaz}/wee", fmt="msgpack", headers=_h(rng, **b), body={
            "pompjee": L(FIREFIGHTER, UID),
            "fixes": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE), "t": 1772961240 + 40 * i}
                      for i, (la, lo) in enumerate(ROUTE)]}),
        raw(f, f"{a}/api/v4/asaz/{asaz}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/asaz/{asaz}/ukonft", headers=_h(rng, **b), body={
            "kasar": {"id": STATION["id"], "lat": STATION["lat"], "lng": STATION["lon"]},
            "standuert": {"lat": sla, "lng": slo}, "zait": "2026-03-08T21:36:12"}),
        case(f, f"{a}/api/v4/asaz/{asaz}/rapport", headers=_h(rng, **b), body={
            "fonktioun": "atemschutz", "dauer_min": 74,
            "rapport": L("Kichebrand am 2. Stack, eng eeler Persoun mat Rauchvergëftung an "
                         "d'Spidol bruecht", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v4/atemschutz/tauglechkeet", headers=_h(rng, **b), body={
            "pompjee": L(FIREFIGHTER, UID), "ennersichung": L("G26.3", MED),
            "datum": "2026-01-20", "tauglech": L(True, MED),
            "lungefunktioun": {"fev1": L(3.41, MED), "fvc": L(4.02, MED)},
            "brell_am_mask": L(False, MED)}),
        case(f, f"{a}/api/v4/rauchexpositioun", fmt="form", headers=_h(rng, **b), body={
            "asaz": asaz, "minutten": L("38", MED), "flasch_bar": "120",
            "symptomer": L("Houschten", MED)}),
        case(f, f"{a}/api/v4/formatioun/aschreiwung", fmt="form", headers=_h(rng, **b), body={
            "kurs": "ATS-2026-04", "pompjee": L(FIREFIGHTER, UID)}),
        case(f, f"{a}/api/v4/fitnesstest", headers=_h(rng, **b), body={
            "pompjee": L(FIREFIGHTER, UID), "beep_level": L(9.4, FIT),
            "liegestutz": L(28, FIT), "puls": [L(v, FIT) for v in (88, 142, 171, 118)],
            "gewiicht": L(64.5, FIT)}),
        case(f, f"{a}/api/v4/equipement/greissten", fmt="form", headers=_h(rng, **b), body={
            "pompjee": L(FIREFIGHTER, UID), "kleedergreisst": L("M", FIT),
            "schonggreisst": L("39", FIT), "helm": "S"}),
        case(f, f"{a}/api/v4/am_noutfall", headers=_h(rng, **b), body={
            "numm": L(HUSBAND[0], NAMEC), "handy": L(HUSBAND[1], TEL), "relatioun": "mann"}),
        case(f, f"{a}/api/v4/equipe/noriicht", headers=_h(rng, **b), body={
            "equipe": "eq_rout_2",
            "text": L("Ech sinn muer vun 18 Auer disponibel, de Pit huet d'Kanner.", TEXT)}),
        case(f, f"{a}/api/v4/kalenner", headers=_h(rng, **b), query={
            "pompjee": L(FIREFIGHTER, UID), "mount": "2026-03"}),
        multipart(f, f"{a}/api/v4/equipement/schued", [
            ("foto", "helm.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"artikel": "helm_0418",
                                                "text": L("Visier gerappt nom Asaz", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/sichen", headers=_h(rng, **b), query={
            "q": L("atemschutz formatioun aprel", SEARCH)}),
        case(f, f"{a}/api/v4/kasar/wifi", headers=_h(rng, **b), body={
            "ssid": L(ST_SSID, WIFI), "bssid": L(ST_BSSID, WIFI), "ip": L("10.41.2.77", DEV),
            "kasar": STATION["id"]}),
        case(f, f"{a}/api/v4/apparater", headers=_h(rng, **b),
             body=dict(push(push_token(rng), "lb_LU"), kritesch=True)),
        case(f, f"{a}/api/v4/evenementer", gz=True, headers=_h(rng, **b), body={
            "benotzer": L(USER_ID, UID), "evenementer": [
                ev("alarm_quitteiert", 1), ev("ecran", 2, ecran=L("AsazLive", USAGE))]}),
        case(f, f"{a}/api/v4/asazer/lescht", headers=_h(rng, how="none"), cookies={
            "ap_sess": L(opaque(rng, "", 40), CRED), "ap_device": L(INSTALL_ID, DID),
            "ap_req": rid(rng)}),
    ]


def alarmpiper_sdks() -> list[Case]:
    rng = random.Random(16262)
    return [
        qs_batch(APP, rng, [("Alarm Acknowledged", {"answer": "kommen"}),
                            ("Arrived At Station", {})], at=ONCALL_FIX, nd=3, locale="lb_LU"),
        qs_queue(APP, rng, [("Route Point", {"n": 3}), ("Debrief Opened", {})]),
        mt_launch(APP, rng, user=True),
        cp_crash(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                 [cp_crumb("nav", "Alarm -> Route"), cp_crumb("log", "gps off")],
                 screen="AlarmActivity"),
        cp_session(APP, rng, secs=1830),
        fb_eval(APP, rng, {"station": STATION["id"], "role": "volunteer"}, hdr=True),
        pf_register(APP, rng, lang="lb", at=ONCALL_FIX, nd=2,
                    tags={"kasar": STATION["id"], "atemschutz": "jo"}),
        ma_reverse(APP, rng, ONCALL_FIX, PRECISE, nd=4),
        ma_route(APP, rng, [(ONCALL_FIX, PRECISE), ((STATION["lat"], STATION["lon"]), None)]),
        ma_telemetry(APP, rng, ROUTE[:2], PRECISE),
        hk_message(APP, rng, L("D'Alarm koum 4 Minutte ze spéit op mäin Handy", TEXT),
                   {"pompjee": L(FIREFIGHTER, UID)}),
    ]
