"""Asthma and allergy clinic app "Breathmere" (her own health data): sign-up with the
insurance, a log-in, ``/me``, her history (asthma since childhood, allergies, medicines), the
insurance card, pairing the smart inhaler cap, its puffs (msgpack), a protobuf spirometry result,
a week of peak flow, a symptom diary, an asthma-control test, the skin-prick test's results, the
action plan, an allergen-immunotherapy shot logged at the clinic, a visit booked, a refill to her
pharmacy, the air quality and pollen by her position, a message to her allergist, a photo of a
hive, an emergency contact, push, events and the appointments by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, multipart, pb, raw
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, latlng, opaque
from eval_families24_kit import claims, head
from eval_families127_kit import (
    ALLERGIST,
    BIRTH,
    BUY,
    CLINIC,
    COARSE,
    CRED,
    DEV,
    DID,
    FIT,
    GENDER,
    HUSBAND,
    INHALER,
    INSURER_ID,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    obj,
    peakflow,
    puffs,
)
from eval_families127_sdk import ab_event, ab_open, cf_crash, cf_crumb, mc_batch, mc_identify
from eval_families127_svc import cl_attach, co_save, nc_register, tg_search, tq_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("asthma", "Breathmere", "com.example.breathmere", "5.2.0",
          "https://api.breathmere.example.com")
IID = "X-BM-Install"
PW = "Pollen-Free-Lung5"
MT = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def breathmere() -> list[Case]:
    rng = random.Random(12707)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L("MRN-2207154", MED)))}
    lab: dict[str, str] = {}
    spiro = pb([(1, L(USER_ID, UID)), (2, "2025-12-09T10:14:00-05:00"),
                (3, [(1, L(2.71, MED)), (2, L(3.48, MED)), (3, L(0.78, MED)),
                     (4, L(6.9, MED))]), (4, L("post-bronchodilator", MED)),
                (5, "SPX-3 v2.1")], "", lab)
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(E164, TEL), "dob": L(DOB, BIRTH),
            "sex": L("F", GENDER), "zip": L(ZIP, COARSE), "password": L(PW, CRED),
            "insurance": {"memberId": L(INSURER_ID, MED), "group": "GRP-22019",
                          "payer": "Hudson Health Plan"}}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "breathmere-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/history", headers=_h(rng, **b), body={
            "conditions": [L("asthma, moderate persistent", MED),
                           L("allergic rhinitis", MED), L("eczema", MED)],
            "since": L(1998, MED), "allergies": [L("birch pollen", MED), L("cats", MED),
                                                  L("penicillin", MED)],
            "medications": [{"name": L(INHALER["drug"], MED), "puffs": L("2 twice daily", MED)},
                            {"name": L("albuterol HFA", MED), "prn": L(True, MED)},
                            {"name": L("cetirizine 10 mg", MED)}],
            "smoker": L(False, MED), "heightCm": L(168, FIT), "weightKg": L(63.5, FIT)}),
        multipart(f, f"{a}/v1/insurance/card", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(INSURER_ID, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices/inhaler", headers=_h(rng, **b), body={
            "serial": INHALER["serial"], "ble": INHALER["ble"], "firmware": INHALER["fw"],
            "medication": L(INHALER["drug"], MED), "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/inhaler/actuations", fmt="msgpack", headers=_h(rng, **b), body={
            "serial": INHALER["serial"], "events": L(puffs(rng, 8), MED), "battery": 81}),
        raw(f, f"{a}/v1/spirometry", spiro, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/peakflow", headers=_h(rng, **b), body={
            "week": "2025-W50", "readings": L(peakflow(rng), MED), "personalBest": L(450, MED),
            "zone": L("yellow", MED)}),
        case(f, f"{a}/v1/diary", headers=_h(rng, **b), body={
            "date": "2025-12-09", "nightWaking": L(2, MED), "wheeze": L(True, MED),
            "rescuePuffs": L(3, MED), "trigger": L("cold air on the run", MED),
            "notes": L("Tight chest after the subway stairs, better after two puffs", MT)}),
        case(f, f"{a}/v1/act", fmt="form", headers=_h(rng, **b), body={
            "q1": L("3", MED), "q2": L("2", MED), "q3": L("3", MED), "q4": L("4", MED),
            "q5": L("3", MED), "total": L("15", MED)}),
        case(f, f"{a}/v1/tests/skin-prick/{obj(rng, 'spt')}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/action-plan/ack", headers=_h(rng, **b), body={
            "plan": obj(rng, "ap", 8), "greenZone": L(">= 360", MED),
            "redZone": L("< 225", MED), "acknowledged": True}),
        case(f, f"{a}/v1/immunotherapy/shots", headers=_h(rng, **b), body={
            "extract": L("birch/cat mix", MED), "doseMl": L(0.3, MED), "arm": "left",
            "reaction": L("wheal 12 mm", MED), "clinic": CLINIC["id"]}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": {"id": CLINIC["id"], "name": CLINIC["name"], "phone": CLINIC["phone"],
                       "line": CLINIC["line"], "lat": CLINIC["lat"], "lon": CLINIC["lon"]},
            "provider": ALLERGIST[0], "slot": "2025-12-18T08:40",
            "reason": L("asthma follow-up, flare after a cold", MED), "copay": L("30.00", BUY)}),
        case(f, f"{a}/v1/refills", fmt="form", headers=_h(rng, **b), body={
            "rx": L("RX-8812047", MED), "drug": L("albuterol HFA", MED),
            "pharmacy": "Lexington Pharmacy, 1021 Lexington Ave", "copay": L("10.00", BUY)}),
        case(f, f"{a}/v1/air", headers=_h(rng, **b), query={
            "at": latlng(4), "pollen": "tree,grass", "units": "metric"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": L(ALLERGIST[0], NAMEC), "thread": obj(rng, "thr", 8),
            "text": L("Can I go hiking at 4000 m in Armenia with my asthma?", MT)}),
        multipart(f, f"{a}/v1/reactions/photo", [
            ("photo", "hive_forearm.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "after": L("immunotherapy shot", MED), "minutes": 25})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/emergency-contact", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "spouse"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "fcm-", 70), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("puff_synced", 1, n=8), ev("diary_saved", 2),
                ev("screen", 3, screen=L("PeakFlow", USAGE))]}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, how="upper"),
             cookies={"bm_sess": L(opaque(rng, "", 48), CRED)}),
    ]


def breathmere_sdks() -> list[Case]:
    rng = random.Random(12708)
    return [
        mc_batch(APP, rng, [("Puff Logged", {"kind": L("rescue", MED)}),
                            ("Peak Flow Saved", {"zone": L("yellow", MED)})],
                 at=(LAT, LON), nd=3),
        mc_identify(APP, rng, {"plan": "clinic", "condition": L("asthma", MED),
                               "zip": L(ZIP, COARSE)}),
        ab_open(APP, rng),
        ab_event(APP, rng, "inhaler_paired", {"drug_class": L("ICS/LABA", MED)}, hashed=True),
        cf_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [cf_crumb("nav", "Home -> Inhaler"),
                  cf_crumb("log", "gatt connect", {"serial": INHALER["serial"]})],
                 screen="InhalerActivity"),
        tq_eval(APP, rng, {"immunotherapy": True}),
        co_save(APP, rng, {"analytics": True, "research": False, "ads": False}),
        nc_register(APP, rng, tags={"pollen_alerts": "birch"}, at=(LAT, LON), nd=2),
        tg_search(APP, rng, "allergy pharmacy open now", "behavior.search", near=(LAT, LON),
                  nd=4),
        cl_attach(APP, rng, L(JPEG + b"\x73", MEDIA), "spacer_broken.jpg",
                  "image/jpeg"),
    ]
