"""A mission hospital's fever-clinic app "Koitkhiah" (Nongrim Hills; the daughter came back from
Sohra with a fever and an eschar, the test showed scrub typhus, the app follows her course of
medicine at home). Its API's keys are Khasi, ASCII-folded: ``kyrteng`` name, ``kyrteng_jait``
surname, ``sngi_kha`` birth date, ``kynthei_shynrang`` sex (``kynthei`` girl), ``kmie``
mother, ``nombar_phone`` phone, ``kyntien_rieh`` password, ``jingpang`` illness, ``jingshit``
fever, ``dawai`` medicine, ``jingkhia`` weight, ``snam`` blood (a test), ``doktor`` doctor,
``nombar_record`` hospital record number, ``bai`` amount, ``jingsiew`` payment, ``khubor``
message, ``dur`` picture, ``jaka_shong`` address, ``lashai`` tomorrow: the parent's sign-up, an
SMS code, ``/nga`` with a ``patients`` claim, registering the child (her Aadhaar), the triage
form, the eschar photo, the test order and its payment, the result by record number in the path,
the prescription, a protobuf temperature diary, doses ticked (JSON Lines), a message to the
paediatrician, a video review, a school note, the discharge summary (PDF), a check-in with her
fix, the bill, a health-insurance claim, the address, push and events."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families293_kit import (
    DAUGHTER,
    HOSP_FIX,
    HOSPITAL,
    MRN,
    PAED,
    SH_HOME,
    SH_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families293_sdk import cn_session, mu_batch, mu_identify, tm_launch
from eval_families293_svc import (
    cp_card,
    cp_confirm,
    dk_check,
    fw_eval,
    hk_message,
    mp_geocode,
    pg_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("koitkhiah", "Koitkhiah", "com.example.koitkhiah", "5.1.2",
          "https://api.koitkhiah.example.org")
IID = "X-Koitkhiah-Install"
PW = "Ibadahun!2017"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def koitkhiah() -> list[Case]:
    rng = random.Random(29331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patients=[L(MRN, MED)],
                                    role="guardian"))}
    hla, hlo = fix(HOSP_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(MRN, MED)), (2, 1768622400),
                (3, [(1, L(38.9, MED)), (2, L("doxycycline 50 mg", MED)), (3, L(True, MED))]),
                (4, "5.1.2")], "", lab)
    result = at_path(case(f, f"{a}/v2/records/{MRN}/results", headers=_h(rng, **b),
                          query={"test": "scrub_igm"}), MRN, MED)
    return [
        case(f, f"{a}/v2/guardians", headers=_h(rng), body={
            "kyrteng": L(FIRST, NAMEC), "kyrteng_jait": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nombar_phone": L(E164, TEL), "kyntien_rieh": L(PW, CRED), "ktien": "en"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "nombar_phone": L(E164, TEL), "kod": L("207713", CRED)}),
        case(f, f"{a}/v2/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/patients", headers=_h(rng, **b), body={
            "kyrteng": L(DAUGHTER["first"], NAMEC), "kyrteng_jait": L(DAUGHTER["last"], NAMEC),
            "sngi_kha": L(DAUGHTER["dob"], BIRTH), "kynthei_shynrang": L(DAUGHTER["sex"], GENDER),
            "aadhaar": L(DAUGHTER["aadhaar"], NID), "nombar_record": L(MRN, MED),
            "kmie": {"kyrteng": L(f"{FIRST} {LAST}", NAMEC), "nombar_phone": L(E164, TEL)}}),
        case(f, f"{a}/v2/triage", gz=True, headers=_h(rng, **b), body={
            "nombar_record": L(MRN, MED), "jingshit": L(39.4, MED), "sngi_jingshit": L(5, MED),
            "eschar": L("behind the left knee", MED), "jingkhia": L(24.5, FIT),
            "jingpang_shuwa": L("none", MED), "dawai_mynta": [L("paracetamol 250 mg", MED)],
            "leit_ha": L("Sohra, Laitmawsiang", COARSE)}),
        multipart(f, f"{a}/v2/photos", [
            ("dur", "eschar.jpg", "image/jpeg", L(JPEG + b"\x66", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nombar_record": L(MRN, MED),
                                                "jaka_ha_ka_met": L("knee", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lab/orders", headers=_h(rng, **b), body={
            "nombar_record": L(MRN, MED), "tests": [L("scrub typhus IgM ELISA", MED),
                                                    L("CBC", MED)],
            "bai": L(1450, BUY), "order_id": obj(rng, "lo")}),
        case(f, f"{a}/v2/jingsiew", fmt="form", headers=_h(rng, **b), body={
            "bai": L("1450.00", BUY), "currency": "INR", "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "nombar_record": L(MRN, MED)}),
        result,
        case(f, f"{a}/v2/prescriptions", headers=_h(rng, **b), query={
            "nombar_record": L(MRN, MED), "active": "true"}),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        lines(f, f"{a}/v2/doses", [
            {"nombar_record": L(MRN, MED), "dawai": L("doxycycline 50 mg", MED),
             "la_bam": L(True, MED), "t": 1768622400 + 43200 * i} for i in range(3)],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/khubor", headers=_h(rng, **b), body={
            "sha": {"kyrteng": L(PAED[0], NAMEC), "email": L(PAED[1], MAIL)},
            "khubor": L("Doctor, her fever is down to 37.6 today but she still has a headache, "
                        "should she keep taking the tablets?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/notes/school", headers=_h(rng, **b), body={
            "nombar_record": L(MRN, MED), "kyrteng": L(KID, NAMEC),
            "na": "2026-01-17", "haduh": "2026-01-24", "jingpang": L("scrub typhus", MED)}),
        multipart(f, f"{a}/v2/discharge/ack", [
            ("summary", "discharge.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nombar_record": L(MRN, MED),
                                                "sain": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "jaka": {"lat": hla, "lng": hlo},
            "hospital": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lng": HOSPITAL["lon"]}}),
        case(f, f"{a}/v2/bills", headers=_h(rng, **b), query={
            "nombar_record": L(MRN, MED), "status": "open"}),
        case(f, f"{a}/v2/insurance/claims", headers=_h(rng, **b), body={
            "nombar_record": L(MRN, MED), "policy": L("HLT-IN-7730418", UID),
            "bai": L(6820, BUY), "jingpang": L("scrub typhus, outpatient", MED),
            "kyrteng_nongdon_policy": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/profile/address", headers=_h(rng, **b), body={
            "jaka_shong": L(SH_HOME["line"], ADDR), "shnong": L(SH_HOME["area"], COARSE),
            "nongbah": L(SH_HOME["town"], COARSE), "pin": L(SH_HOME["pin"], COARSE)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("dose_ticked", 1), ev("screen", 2, screen=L("FeverDiary", USAGE))]}),
    ]


def koitkhiah_sdks() -> list[Case]:
    rng = random.Random(29332)
    return [
        mu_batch(APP, rng, [("Dose Ticked", {"course": L("doxycycline", MED)}),
                            ("Bill Paid", {"amount": L(1450, BUY)})]),
        mu_identify(APP, rng, {"role": "guardian", "children": 1,
                               "nongbah": L("Shillong", COARSE)}),
        tm_launch(APP, rng, first=True, user=True),
        cn_session(APP, rng, secs=611),
        fw_eval(APP, rng, {"hospital": HOSPITAL["id"], "clinic": L("fever", MED)}),
        pg_register(APP, rng, at=SH_HOME_AT, nd=2, tags={"hospital": HOSPITAL["id"]}),
        dk_check(APP, rng, {"analytics": True, "research": False}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "1450.00"),
        mp_geocode(APP, rng, "pharmacy open now Laitumkhrah", SEARCH, near=SH_HOME_AT, nd=3),
        hk_message(APP, rng, L(f"The lab result for {KID} is not showing", f"{TEXT}|{NAMEC}"),
                   {"record": L(MRN, MED)}),
    ]
