"""A heatwave-alert and heat-relief app "Lu Khabar" (Karachi's May heat: alerts by area, a
vulnerable-person registry, heat-relief camps, water stands; Sindhi keys: ``lu`` hot wind,
``garmi`` heat, ``khabar`` alert, ``khatro`` risk, ``kamzor`` vulnerable, ``bimari`` illness,
``dawa`` medicine, ``hamil`` pregnant, ``alamaton`` symptoms, ``chakkar`` dizziness,
``sir_dard`` headache, ``tapmaan`` temperature, ``nabz`` pulse, ``paani`` water, ``gilas``
glasses, ``thadho_markaz`` cooling centre, ``hangami`` emergency, ``rabta`` contacts,
``bijli_bandish`` load-shedding, ``sabeel`` water stand, ``razakar`` volunteer, ``umar``
age, ``patto`` address, ``mahallo`` neighbourhood). No earlier set has a heat-health app (a
docstring grep for "heatwave", "heat stroke" and "cooling cent" found none): sign-up, log-in,
``/muhinjo``, alerts for her area (2 decimals), her home point, her risk profile, her
mother-in-law registered as vulnerable (diabetes, blood pressure, medicines, her house), a water
log (msgpack), her symptoms on a hot day, camps near her flat, a camp check-in with her fix, the
camp's Wi-Fi, an emergency call about her mother-in-law, emergency contacts, the area's
load-shedding schedule, a report with a photo, a search, volunteering, a water-stand donation,
background fixes (gzip), the alert history by cookie (with a base64 JSON preferences cookie),
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
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
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims
from eval_families177_kit import (
    CAMP,
    CAMP_FIX,
    HUSBAND,
    INLAWS,
    INLAWS_AT,
    KHI_HOME,
    KHI_HOME_AT,
    MOTHER_IL,
    PK_SIM,
    POC,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families177_sdk import bb_bid, km_batch, km_identify, rk_launch, tc_crash, tc_crumb
from eval_families177_svc import fm_eval, hp_message, mp_geocode, mp_reverse, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("lukhabar", "Lu Khabar", "com.example.lukhabar", "5.0.2",
          "https://api.lukhabar.example.net")
IID = "X-Lu-Install"
PW = "Garmi!Mai2026"
FIT = "health.fitness"
NID = "personal.national_id"
CAMP_SSID, CAMP_BSSID = "HeatCamp3-Free", "02:1a:11:f4:9c:30"  # the camp's Wi-Fi (joined)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def lukhabar() -> list[Case]:
    rng = random.Random(17731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mobile=L(PK_SIM, TEL)))}
    cla, clo = fix(CAMP_FIX, 5)
    hla, hlo = fix(KHI_HOME_AT)
    ila, ilo = fix(INLAWS_AT)
    track = [{"lat": L(round(KHI_HOME_AT[0] + 0.0021 * i, 6), PRECISE),
              "lng": L(round(KHI_HOME_AT[1] + 0.0017 * i, 6), PRECISE),
              "t": 1778050000 + 600 * i, "acc": 14} for i in range(4)]
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "nalo": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(PK_SIM, TEL), "gujho_lafz": L(PW, CRED), "umar": L(34, BIRTH),
            "jins": L("aurat", GENDER), "shahar": L(KHI_HOME["town"], COARSE),
            "mahallo": L(KHI_HOME["area"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gujho_lafz": L(PW, CRED)}),
        case(f, f"{a}/v1/muhinjo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/khabar", headers=_h(rng, **b), query={
            "lat": L(f"{KHI_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{KHI_HOME_AT[1]:.2f}", COARSE),
            "boli": L("sd", DEV)}),
        case(f, f"{a}/v1/jaga/ghar", headers=_h(rng, **b), body={
            "lat": hla, "lng": hlo, "patto": L(KHI_HOME["line"], ADDR), "label": "ghar"}),
        case(f, f"{a}/v1/khatro/profile", headers=_h(rng, **b), body={
            "bimari": [L("low blood pressure", MED)], "dawa": [L("ORS sachets", MED)],
            "hamil": L(False, MED), "bahar_kam_kalak": 2, "ac_ghar_mein": False}),
        case(f, f"{a}/v1/kamzor", headers=_h(rng, **b), body={
            "rishto": "sas", "nalo": L(MOTHER_IL[0], NAMEC), "mobile": L(MOTHER_IL[1], TEL),
            "umar": L(67, BIRTH), "patto": L(INLAWS["line"], ADDR),
            "shahar": L(INLAWS["town"], COARSE), "jaga": {"lat": ila, "lng": ilo},
            "bimari": [L("sugar (type 2)", MED), L("blood pressure", MED)],
            "dawa": [L("metformin 500 mg", MED), L("amlodipine 5 mg", MED)], "akeli_rahe": False}),
        case(f, f"{a}/v1/paani/log", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "log": [{"gilas": L(g, FIT), "t": 1778040000 + 3600 * i}
                                             for i, g in enumerate((2, 1, 3))]}),
        case(f, f"{a}/v1/alamaton", headers=_h(rng, **b), body={
            "chakkar": L(True, MED), "sir_dard": L(True, MED), "tapmaan": L(38.4, MED),
            "nabz": L(112, FIT), "likhat": L("Bazar khan moti aai ta chakkar pia achan",
                                            f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/thadho_markaz", headers=_h(rng, **b), query={
            "lat": L(f"{KHI_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{KHI_HOME_AT[1]:.3f}", PRECISE),
            "km": "3"}),
        case(f, f"{a}/v1/thadho_markaz/checkin", headers=_h(rng, **b), body={
            "markaz": CAMP["id"], "jaga": {"lat": cla, "lng": clo},
            "markaz_jaga": {"lat": CAMP["lat"], "lng": CAMP["lon"]}, "saath": 2,
            "markaz_fon": CAMP["phone"]}),
        case(f, f"{a}/v1/thadho_markaz/wifi", headers=_h(rng, **b), body={
            "ssid": L(CAMP_SSID, WIFI), "bssid": L(CAMP_BSSID, WIFI), "markaz": CAMP["id"]}),
        case(f, f"{a}/v1/hangami", headers=_h(rng, **b), body={
            "jaga": {"lat": ila, "lng": ilo}, "mobile": L(PK_SIM, TEL),
            "likhat": L("Ammi behosh thi wayo aahe, garmi sabab, Latifabad Unit 7",
                        f"{TEXT}|{MED}|{COARSE}"), "sos": obj(rng, "sos")}),
        case(f, f"{a}/v1/rabta", headers=_h(rng, **b), body={
            "rabta": [{"nalo": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL)},
                      {"nalo": L(SISTER_US[0], NAMEC), "mobile": L(SISTER_US[1], TEL)}]}),
        case(f, f"{a}/v1/bijli_bandish", headers=_h(rng, **b), query={
            "mahallo": L(KHI_HOME["area"], COARSE), "feeder": "GI-13D-04"}),
        multipart(f, f"{a}/v1/report", [
            ("tasveer", "sabeel.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA)),
            ("meta", None, "application/json", {
                "qisam": "sabeel_band", "jaga": {"lat": L(CAMP_FIX[0], PRECISE),
                                                 "lng": L(CAMP_FIX[1], PRECISE)},
                "likhat": L("Sabeel jo nalko khali aahe", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/gol", headers=_h(rng, **b), query={
            "q": L("garmi mein bazurgan lai ORS", SEARCH)}),
        case(f, f"{a}/v1/razakar", headers=_h(rng, **b), body={
            "nalo": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(PK_SIM, TEL),
            "poc_nambar": L(POC, NID), "markaz": CAMP["id"], "shift": ["sham"]}),
        case(f, f"{a}/v1/sabeel/chando", fmt="form", headers=_h(rng, **b), body={
            "raqam": L("2000", BUY), "currency": "PKR", "method": L(opaque(rng, "pm_", 24), PAY),
            "sabeel": "sb_g13_11"}),
        case(f, f"{a}/v1/jaga/batch", gz=True, headers=_h(rng, **b), body={
            "device": L(INSTALL_ID, DID), "fixes": track}),
        case(f, f"{a}/v1/khabar/history", headers=_h(rng, how="none"), cookies={
            "lk_session": L(opaque(rng, "", 40), CRED),
            "lk_prefs": W({"mahallo": L(KHI_HOME["area"], COARSE), "boli": L("sd", DEV),
                           "units": "c"}, "b64json")}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/waqiya", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "waqiya": [
                ev("alert_opened", 1), ev("camp_checkin", 2),
                ev("screen", 3, screen=L("KamzorList", USAGE))]}),
    ]


def lukhabar_sdks() -> list[Case]:
    rng = random.Random(17732)
    return [
        km_batch(APP, rng, [("Alert Opened", {"level": "red"}),
                            ("Camp Check In", {"camp": CAMP["id"]})], at=KHI_HOME_AT, nd=2),
        km_identify(APP, rng, {"mahallo": L("Gulshan-e-Iqbal", COARSE),
                               "alerts": "red"}),
        rk_launch(APP, rng),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=KHI_HOME_AT, nd=3,
               keywords="heat,water,ac"),
        tc_crash(APP, rng, ("java.lang.IllegalStateException", "location off"),
                 [tc_crumb("nav", "Khabar -> Markaz")], screen="MarkazActivity"),
        fm_eval(APP, rng, {"city": L("Karachi", COARSE), "level": "red"}),
        ps_register(APP, rng, at=KHI_HOME_AT, nd=3, tags={"mahallo": L("Gulshan-e-Iqbal",
                                                                      COARSE)}),
        mp_geocode(APP, rng, "sabeel near Gulshan Chowrangi", SEARCH, near=KHI_HOME_AT, nd=2),
        mp_reverse(APP, rng, CAMP_FIX, PRECISE, nd=4),
        hp_message(APP, rng, L("My mother-in-law in Latifabad is not on the vulnerable list",
                               f"{TEXT}|{COARSE}"), {"user": L(USER_ID, UID)}),
    ]
