"""HIV treatment refill and viral-load app "Kalafo" (her own health data; her ART clinic in
Gaborone). Sign-up with the Omang number, an SMS code, ``/me`` with the ART number in the JWT,
linking the ART number, a refill request and a locker pick-up code, viral loads by the ART number
in the path, adherence (msgpack), a smart pill-cap sync (protobuf), side effects, weight, a TB
screen, a pregnancy question, a lab slip photo, a visit, partner notification, a community ART
group, a discreet-mode PIN, a message to the nurse, push, events and refills by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import E164, JPEG, multipart, pb, push_token, raw
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families130_kit import (
    ART_NO,
    BIRTH,
    CLINIC,
    CRED,
    DEV,
    DID,
    FIT,
    GENDER,
    HUSBAND,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    OMANG,
    REGIMEN,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    BwApp,
    hd,
    obj,
)
from eval_families130_sdk import ak_launch, fl_crash, fl_crumb, fl_session, ql_batch, ql_pixel
from eval_families130_svc import ae_message, bh_register, cm_save, fm_eval, tb_geocode
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = BwApp("kalafo", "Kalafo", "com.example.kalafo", "4.0.2", "https://api.kalafo.example.com")
IID = "X-Kalafo-Device"
PW = "Tshepo#Letsatsi44"


def _h(rng: random.Random, **kw: object) -> dict:
    return hd(APP, rng, iid=IID, **kw)


def kalafo() -> list[Case]:
    rng = random.Random(13031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    cap = {"serial": "PC-7Q-118204", "fw": "0.9.7"}  # the pill cap (an accessory: negatives)
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, L(ART_NO, MED)), (3, cap["serial"]),
               (4, L(bytes([1, 1, 1, 0, 1, 1, 1]), MED)), (5, 1765345200),
               (6, [(1, L(28, MED)), (2, L(2, MED))])], "", lab)
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dob": L(DOB, BIRTH),
            "sex": L("F", GENDER), "omang": L(OMANG, NATID), "facility": CLINIC["id"]}),
        case(f, f"{a}/v1/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("660318", CRED), "attempt": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, art=L(ART_NO, MED), fac=CLINIC["id"]))})),
        case(f, f"{a}/v1/patient/link", headers=_h(rng, **b), body={
            "artNumber": L(ART_NO, MED), "omang": L(OMANG, NATID), "facility": CLINIC["id"],
            "consentShare": True}),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "regimen": L(REGIMEN[0], MED), "drug": L(REGIMEN[1], MED), "pillsLeft": L(6, MED),
            "months": L(3, MED), "pickup": {"type": "locker", "site": "lk_gab_mall_04"},
            "refillId": obj(rng, "rf")}),
        case(f, f"{a}/v1/lockers/lk_gab_mall_04/collect", fmt="form", headers=_h(rng, **b),
             body={"code": L("918244", CRED), "refill": obj(rng, "rf")}),
        at_path(case(f, f"{a}/v1/patients/{ART_NO}/viral-loads", headers=_h(rng, **b),
                     query={"limit": "5"}), ART_NO, MED),
        case(f, f"{a}/v1/adherence", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "week": "2025-W50",
            "taken": L([True, True, True, False, True, True, True], MED),
            "reminderTime": "21:00", "label": "Vitamins"}),
        raw(f, f"{a}/v1/cap/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/side-effects", headers=_h(rng, **b), body={
            "symptoms": [L("vivid dreams", MED), L("headache", MED)], "severity": L(2, MED),
            "note": L("Vivid dreams and a headache since I switched to TLD", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/vitals", fmt="form", headers=_h(rng, **b), body={
            "weightKg": L("68.9", FIT), "heightCm": L("168", FIT), "measured": "2025-12-09"}),
        case(f, f"{a}/v1/screening/tb", headers=_h(rng, **b), body={
            "cough": L(False, MED), "fever": L(False, MED), "weightLoss": L(False, MED),
            "nightSweats": L(True, MED), "pregnant": L(False, SENS)}),
        multipart(f, f"{a}/v1/results/upload", [
            ("slip", "vl_result.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"artNumber": L(ART_NO, MED),
                                                "taken": "2025-11-20"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "facility": {"id": CLINIC["id"], "name": CLINIC["name"], "phone": CLINIC["phone"],
                         "lat": CLINIC["lat"], "lon": CLINIC["lon"]},
            "slot": "2026-01-08T08:30", "reason": L("viral load blood draw", MED)}),
        case(f, f"{a}/v1/partner-notify", headers=_h(rng, **b), body={
            "phone": L(HUSBAND[1], TEL), "method": "provider", "relation": "spouse",
            "anonymous": True}),
        case(f, f"{a}/v1/cag/join", headers=_h(rng, **b), body={
            "group": "cag_" + opaque(rng, "", 8), "role": "member",
            "artNumber": L(ART_NO, MED)}),
        case(f, f"{a}/v1/settings/discreet", fmt="form", headers=_h(rng, **b), body={
            "pin": L("0528", CRED), "iconName": "Calculator", "hidePush": "1"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "nurse",
            "text": L("Can I take the new pill together with my iron tablets?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en_BW", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("refill_requested", 1), ev("dose_logged", 2),
                ev("screen", 3, screen=L("ViralLoad", USAGE))]}),
        case(f, f"{a}/v1/refills", headers=_h(rng, how="nodash"), query={"status": "all"},
             cookies={"kf_sid": L(opaque(rng, "", 42), CRED), "kf_lang": "en"}),
        case(f, f"{a}/v1/password/reset", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED.lower(), MAIL), "captcha": opaque(rng, "", 24)}),
    ]


def kalafo_sdks() -> list[Case]:
    rng = random.Random(13032)
    return [
        ql_batch(APP, rng, [("Refill Requested", {"regimen": L("TLD", MED), "months": 3}),
                            ("Dose Logged", {"on_time": True})]),
        ql_pixel(APP, rng, "Landing Viewed", {"src": "sms"}),
        ak_launch(APP, rng, first=True),
        fl_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad date"),
                 [fl_crumb("nav", "Home -> ViralLoad"),
                  fl_crumb("net", "GET /v1/patients/{art}/viral-loads",
                           {"art": L(ART_NO, MED), "status": 500})], screen="ViralLoadActivity"),
        fl_session(APP, rng, secs=140),
        fm_eval(APP, rng, {"facility": CLINIC["id"], "regimen": L("TLD", MED)}),
        bh_register(APP, rng, tags={"reminder": "21:00", "discreet": "1"}),
        cm_save(APP, rng, {"analytics": True, "research": False}),
        tb_geocode(APP, rng, "ARV pharmacy Bontleng", f"{SEARCH}|{MED}"),
        ae_message(APP, rng, L("The refill locker did not open with my code", TEXT),
                   {"facility": CLINIC["id"]}),
    ]
