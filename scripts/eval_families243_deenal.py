"""Neighbourhood vigilance-committee app "Deenal Hoggo" (``deenal``: guarding; ``hoggo``: the
compound fence; the Domayo quarter's residents' committee under the lawan: alerts, an SOS,
night-patrol rota, dues, visitors declared, a neighbours' chat; its API's keys are Adamawa
Fulfulde in ASCII: ``innde`` first name, ``innde_baaba`` surname (the father's name),
``tilifol`` phone, ``sirri`` password, ``hoddaare`` home address, ``kartiye`` quarter,
``kartal_sejour`` residence card, ``terdo`` member, ``yimbe_galle`` household, ``duubi`` age,
``habaru`` alert, ``kewu`` incident, ``nokku`` place, ``binndi`` text, ``natal`` photo,
``yillaare`` patrol round, ``njobdi`` payment, ``ceede`` amount, ``hoddoobe`` guests,
``nulal`` message, ``mobto`` meeting, ``kod`` code, ``kewuuji`` events): joining with the household
and her residence card, an SMS code, ``/am``, an alert with her fix, a photo of a motorbike, an
SOS with a Wi-Fi scan, a protobuf SOS beat, the quarter's incident map (a 2-decimal box), the
patrol rota, a patrol check-in at the lawan's house, dues, an offline queue of alerts (JSON
Lines), the neighbours' chat, a visitor declared (her sister), the member card by number in
the path, a message to the lawan, a meeting reply, the home geofence (msgpack), the alerts feed by
cookie (a base64 JSON preferences cookie), push and events. Set 195's night-guard company and
set 223's guard are paid services; no earlier set has a residents' vigilance committee
("vigilance", "neighbourhood watch", "community watch", "vigilante" matched no docstring)."""

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
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families243_kit import (
    CM_LINE,
    CM_LINE_LOCAL,
    DAUGHTER,
    HOME_WIFI,
    HUSBAND,
    LAWAN,
    MEMBER,
    MR_HOME,
    MR_HOME_AT,
    NEIGH_WIFI,
    RESIDENCE,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families243_sdk import bl_bid, cm_crash, cm_crumb, mn_batch, mn_queue, tw_launch
from eval_families243_svc import (
    ck_check,
    fs_eval,
    hj_message,
    ml_reverse,
    ml_telemetry,
    pn_register,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("deenal", "Deenal Hoggo", "com.example.deenalhoggo", "1.3.5",
          "https://api.deenalhoggo.example.com")
IID = "X-Deenal-Device"
PW = "Domayo*Deenal7"
NID = "personal.national_id"
ALERT_AT = (10.598431, 14.322706)  # her phone at the corner where she saw the motorbike
GATE_AT = (10.598702, 14.321768)  # her fix at the lawan's gate for the patrol


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ff=True, **kw)


def deenal() -> list[Case]:
    rng = random.Random(24351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, terdo=L(MEMBER, UID), tilifol=L(CM_LINE, TEL)))}
    ala, alo = fix(ALERT_AT)
    hla, hlo = fix(MR_HOME_AT)
    gla, glo = fix(GATE_AT, 4)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, 1769990400),
               (3, [(1, L(MR_HOME_AT[0], PRECISE)), (2, L(MR_HOME_AT[1], PRECISE)), (3, 14.0)]),
               (4, L(23, DEV)), (5, "sos")], "", lab)
    card = at_path(case(f, f"{a}/api/v1/terdo/{MEMBER}/kartal", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/terdo", headers=_h(rng), body={
            "innde": L(FIRST, NAMEC), "innde_baaba": L(LAST, NAMEC), "tilifol": L(CM_LINE, TEL),
            "sirri": L(PW, CRED), "hoddaare": L(MR_HOME["line"], ADDR),
            "kartiye": L(MR_HOME["area"], COARSE), "kartal_sejour": L(RESIDENCE, NID),
            "terdo": L(MEMBER, UID), "lawan": LAWAN["id"],
            "yimbe_galle": [
                {"innde": L(HUSBAND[0], NAMEC), "tilifol": L(HUSBAND[1], TEL), "gorko": True},
                {"innde": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "duubi": L(8, BIRTH)}]}),
        case(f, f"{a}/api/v1/otp", fmt="form", headers=_h(rng), body={
            "tilifol": L(CM_LINE, TEL), "kod": L("330918", CRED)}),
        case(f, f"{a}/api/v1/am", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/habaru", headers=_h(rng, **b), body={
            "kewu": "gujjo", "habaru": obj(rng, "hb"),
            "binndi": L("Moto bale ina yilloo e kartiye jemma, yimbe didi, ina ndaara galle",
                        TEXT),
            "nokku": {"lat": ala, "lng": alo, "sizuste": 7},
            "lawan": {"id": LAWAN["id"], "lat": LAWAN["lat"], "lng": LAWAN["lon"]}}),
        multipart(f, f"{a}/api/v1/habaru/natal", [
            ("natal", "moto.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {"habaru": obj(rng, "hb"), "plak": "EN-3318-B"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sos", headers=_h(rng, **b), body={
            "terdo": L(MEMBER, UID), "nokku": {"lat": hla, "lng": hlo},
            "wifi": [{"ssid": L(HOME_WIFI[0], WIFI), "bssid": L(HOME_WIFI[1], WIFI),
                      "rssi": -41}] + [{"ssid": L(s, WIFI), "bssid": L(m, WIFI), "rssi": -70 - i}
                                       for i, (s, m) in enumerate(NEIGH_WIFI)],
            "batri": L(23, DEV)}),
        raw(f, f"{a}/api/v1/sos/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kewuuji_hoggo", headers=_h(rng, **b), query={
            "bbox": L(f"{MR_HOME_AT[0] - 0.01:.2f},{MR_HOME_AT[1] - 0.01:.2f},"
                      f"{MR_HOME_AT[0] + 0.01:.2f},{MR_HOME_AT[1] + 0.01:.2f}", COARSE),
            "balde": "7"}),
        case(f, f"{a}/api/v1/yillaare/rota", headers=_h(rng, **b), query={
            "terdo": L(MEMBER, UID), "lewru": "2026-02"}),
        case(f, f"{a}/api/v1/yillaare/naatgol", headers=_h(rng, **b), body={
            "yillaare": obj(rng, "yl"), "nokku": {"lat": gla, "lng": glo},
            "lawan": {"lat": LAWAN["lat"], "lng": LAWAN["lon"], "tilifol": LAWAN["phone"]}}),
        case(f, f"{a}/api/v1/njobdi", fmt="form", headers=_h(rng, **b), body={
            "terdo": L(MEMBER, UID), "ceede": L("1000", BUY), "lewru": "2026-02",
            "limre_momo": L(CM_LINE_LOCAL, TEL), "metod": L(opaque(rng, "pm_", 24), PAY)}),
        lines(f, f"{a}/api/v1/habaru/queue", [
            {"kewu": "yiite", "binndi": L("Yiite e suudu haaku ngal baawo luumo", TEXT),
             "lat": L(f"{ALERT_AT[0]:.5f}", PRECISE), "lng": L(f"{ALERT_AT[1]:.5f}", PRECISE)},
            {"kewu": "kulol", "binndi": L("Kuutorde ngalaa e laawol, jemma ina nibbidi", TEXT),
             "lat": L(f"{MR_HOME_AT[0]:.5f}", PRECISE), "lng": L(f"{MR_HOME_AT[1]:.5f}", PRECISE)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/chat", headers=_h(rng, **b), body={
            "sal": "domayo_carre14",
            "binndi": L("Bakari Djoda ina yahra yillaare jemma hande, moy wondata e makko?",
                        f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/hoddoobe", headers=_h(rng, **b), body={
            "terdo": L(MEMBER, UID), "innde": L(SISTER_US[0], NAMEC),
            "tilifol": L(SISTER_US[1], TEL), "gila": "2026-03-02", "haa": "2026-03-16"}),
        card,
        case(f, f"{a}/api/v1/lawan/nulal", headers=_h(rng, **b), body={
            "to": LAWAN["id"],
            "binndi": L("Baaba Lawan, lampu laawol carre 14 maayi, jemma ina woodi kulol", TEXT)}),
        case(f, f"{a}/api/v1/mobto", fmt="form", headers=_h(rng, **b), body={
            "mobto": "mb_2026_02", "terdo": L(MEMBER, UID), "yahan": "eey"}),
        case(f, f"{a}/api/v1/geofence", fmt="msgpack", headers=_h(rng, **b), body={
            "innde": "galle", "lat": L(round(MR_HOME_AT[0], 5), PRECISE),
            "lng": L(round(MR_HOME_AT[1], 5), PRECISE), "radius_m": 150}),
        case(f, f"{a}/api/v1/habaruuji", headers=_h(rng, how="none"), cookies={
            "dh_sesiyo": L(opaque(rng, "", 40), CRED), "dh_device": L(INSTALL_ID, DID),
            "dh_prefs": W({"terdo": L(MEMBER, UID), "kartiye": L("Domayo", COARSE),
                           "demngal": L("ff", DEV)}, "b64json")}),
        case(f, f"{a}/api/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "ff_CM")),
        case(f, f"{a}/api/v1/kewuuji", headers=_h(rng, **b), body={
            "jom_konte": L(USER_ID, UID), "kewuuji": [
                ev("habaru_neldaama", 1), ev("yiyde", 2, yiyde=L("Karte", USAGE)),
                ev("sos", 3)]}),
    ]


def deenal_sdks() -> list[Case]:
    rng = random.Random(24352)
    return [
        mn_batch(APP, rng, [("Alert Sent", {"kind": "gujjo"}), ("SOS", {})],
                 at=MR_HOME_AT, nd=3, locale="ff_CM"),
        mn_queue(APP, rng, [("Alert Queued", {"kind": "yiite"}), ("Map Opened", {})]),
        tw_launch(APP, rng, first=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="security,locks,solar"),
        cm_crash(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                 [cm_crumb("nav", "Home -> SOS"), cm_crumb("tap", "sos_hold")],
                 screen="SosActivity"),
        fs_eval(APP, rng, {"kartiye": L("Domayo", COARSE), "role": "terdo"}),
        pn_register(APP, rng, lang="ff", at=MR_HOME_AT, nd=2,
                    tags={"kartiye": L("Domayo", COARSE)}),
        ck_check(APP, rng, {"analytics": True}),
        ml_reverse(APP, rng, ALERT_AT, PRECISE, nd=5),
        ml_telemetry(APP, rng, [ALERT_AT, MR_HOME_AT], PRECISE),
        hj_message(APP, rng, L("SOS ngal yahaali lawan", TEXT), {"terdo": L(MEMBER, UID)}),
    ]
