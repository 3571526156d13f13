"""A hearing clinic's hearing-aid fitting app "Kuuldekoda" (her own health data; English API):
registration with the clinic record number, a log-in, ``/me`` with the ``mrn`` claim, the intake
(tinnitus, noise exposure, ear surgery), the audiogram she took at home, the pairing of her
hearing aids, a protobuf fitting sync (gain per band, the programme), a remote fine-tuning
request, a sound-environment log (msgpack), an appointment, a video fitting, a message to the
audiologist, the battery order, the state co-payment with her personal code, results by record
number, sharing with her husband, the clinic check-in, push, events. Sets 11 and 24 name
hearing devices; this one is clinic-run (remote fine-tuning by the audiologist, the state
co-payment)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims
from eval_families146_kit import (
    AID,
    AUDIOLOGIST,
    CLINIC,
    CLINIC_FIX,
    HUSBAND,
    ISIKUKOOD,
    PATIENT_NO,
    TARTU_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families146_sdk import cd_crash, cd_crumb, mc_batch, tn_launch
from eval_families146_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

NATID = "personal.national_id"

APP = App("kuuldekoda", "Kuuldekoda", "com.example.kuuldekoda", "5.4.0",
          "https://portal.kuuldekoda.example.org")
IID = "X-KK-Install-Id"
PW = "Kuula-Mind-77"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _kuuldekoda_core() -> list[Case]:
    rng = random.Random(14641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mrn=L(PATIENT_NO, MED), email=L(EMAIL, MAIL)))}
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, AID["serial"]), (3, 1764500000),
               (4, [(1, L(35, MED)), (2, L(42, MED)), (3, L(50, MED))]),
               (5, AID["fw"]), (6, L("tinnitus masker", MED))], "", lab)
    cla, clo = fix(CLINIC_FIX, 6)
    res = case(f, f"{a}/v1/results", headers=_h(rng, **b), query={"mrn": L(PATIENT_NO, MED)})
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "familyName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "sex": L("F", GENDER), "clinicNumber": L(PATIENT_NO, MED),
            "personalCode": L(ISIKUKOOD, NATID)}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kk-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "tinnitus": L("both ears, constant", MED), "noiseExposure": L("factory 2012-2016", MED),
            "earSurgery": L(False, MED), "dizziness": L(True, MED),
            "medications": [L("Metformin 500 mg", MED)], "hearingAidBefore": L(False, MED)}),
        case(f, f"{a}/v1/audiograms", gz=True, headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "device": "in-app, calibrated earbuds",
            "left": L("500:25,1000:30,2000:45,4000:60", MED),
            "right": L("500:20,1000:30,2000:40,4000:55", MED)}),
        case(f, f"{a}/v1/aids/pair", headers=_h(rng, **b), body={
            "serial": AID["serial"], "ble": AID["ble"], "firmware": AID["fw"], "side": "both",
            "model": "RIC 312", "phone": {"model": L("Pixel 8", DEV)}}),
        raw(f, f"{a}/v1/aids/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/finetune", headers=_h(rng, **b), body={
            "problem": L("Voices in the choir sound tinny and my own voice echoes",
                         f"{TEXT}|{MED}"), "programme": "music", "aid": AID["serial"]}),
        case(f, f"{a}/v1/environments", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "hours": {"quiet": 6.5, "speech": 3.1, "noise": 1.2},
            "wearHours": L(10.8, MED), "volumeChanges": 14}),
        case(f, f"{a}/v1/appointments", fmt="form", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": "2025-11-18T10:15+02:00",
            "reason": L("Ringing got louder after the cold", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/video/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room"), "displayName": L(f"{FIRST} {LAST}", NAMEC),
            "joinToken": L(opaque(rng, "vt_", 40), CRED)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": L(AUDIOLOGIST[1], MAIL), "toName": L(AUDIOLOGIST[0], NAMEC),
            "text": L("The left aid whistles when I wear my hat", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/shop/batteries", headers=_h(rng, **b), body={
            "size": "312", "packs": 2, "total": L(9.8, BUY),
            "deliverTo": L(TARTU_HOME["line"], "contact.address")}),
        case(f, f"{a}/v1/copay", headers=_h(rng, **b), body={
            "personalCode": L(ISIKUKOOD, NATID), "benefit": L("hearing aid, 2 units", MED),
            "amount": L(210.0, BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        res,
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "scope": "appointments"}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "lat": cla, "lon": clo,
            "clinicAt": [CLINIC["lat"], CLINIC["lon"]]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("audiogram_done", 1), ev("finetune_sent", 2),
                ev("screen", 3, screen=L("Programmes", USAGE))], "iid": L(INSTALL_ID, DID)}),
    ]


def kuuldekoda_sdks() -> list[Case]:
    rng = random.Random(14642)
    return [
        tn_launch(APP, rng, user=True, n=9),
        mc_batch(APP, rng, [("Audiogram Completed", {"ears": 2}),
                            ("Programme Changed", {"programme": "music"})]),
        cd_crash(APP, rng, ("android.bluetooth.BluetoothException", "GATT 133"),
                 [cd_crumb("nav", "Home -> Pair"), cd_crumb("log", "bond lost")],
                 user={"id": L(USER_ID, UID)}, screen="PairActivity"),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "tinnitus": L(True, MED)}, hdr=True),
        pt_register(APP, rng, tags={"reminder": "battery"}),
        cy_check(APP, rng, {"analytics": False, "marketing": False}),
        hs_attach(APP, rng, L(JPEG + b"\xc4", f"{MEDIA}|{MED}"), "ear_mould.jpg", "image/jpeg"),
        mm_geocode(APP, rng, "Tartu Kuulmiskeskus", "behavior.search", near=CLINIC_FIX, nd=3),
    ]


def _kuuldekoda_more() -> list[Case]:
    rng = random.Random(14643)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v1/tinnitus/diary", gz=True, headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "entries": L([{"d": f"2025-11-0{i}", "loud": 3 + i % 3}
                                                     for i in range(1, 8)], MED)}),
        case(f, f"{a}/v1/programmes", headers=_h(rng, **b), cookies={
            "kk_sid": L(opaque(rng, "", 40), CRED), "kk_iid": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v1/aids/lost", headers=_h(rng, **b), body={
            "aid": AID["serial"],
            "lastSeen": {"lat": L(round(CLINIC_FIX[0], 4), "location.precise"),
                                               "lon": L(round(CLINIC_FIX[1], 4),
                                                        "location.precise")},
            "note": L("Lost the right aid after the choir rehearsal", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/questionnaire", fmt="form", headers=_h(rng, **b), body={
            "hhie_score": L("18", MED), "mrn": L(PATIENT_NO, MED), "lang": L("en", DEV)}),
    ]


def kuuldekoda() -> list[Case]:
    return [*_kuuldekoda_core(), *_kuuldekoda_more()]
