"""A haemophilia treatment centre's family app "Rogoranao" (Iligan; her son Faisal has severe
haemophilia A on factor VIII prophylaxis and she, his mother, is a tested carrier; the API is
English-shaped with Maranao keys: ``ngaran``/``apelyido`` name, ``selpon`` mobile, ``sekreto``
password, ``alongan_a_kiyambata`` birth date, ``wata`` child, ``ina`` mother, ``pasyente``
patient number, ``bolong`` medicine, ``dosis`` dose, ``kabugat`` weight, ``rogo`` bleed (lit.
"blood"), ``sakit`` pain, ``kasasakit`` condition, ``tomarima`` receiver, ``arga`` price,
``sulat`` message, ``mama_ataw_babay`` sex, ``philsys`` national ID): the guardian's sign-up,
an SMS code, ``/ako``, linking the son, infusions (msgpack), a protobuf bleed diary, a photo of a
swollen knee, factor stock, a cold-chain delivery home and its payment, her own carrier results
by case number in the path, a carrier counselling booking, a check-in at the centre, a message
to the haematologist, the emergency card by patient number in the path, the school emergency
plan (PDF), a video consult, physiotherapy, the insurance benefit claim, push, events."""

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
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families280_kit import (
    ACR,
    CARRIER_CASE,
    CENTRE,
    CENTRE_FIX,
    HAEMATOLOGIST,
    HOME,
    HOME_AT,
    HUSBAND,
    PATIENT,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families280_sdk import ct_session, ok_batch, ok_queue, sm_launch
from eval_families280_svc import cg_check, fi_eval, hp_attach, hp_message, md_geocode, pl_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("rogoranao", "Rogoranao", "com.example.rogoranao", "2.2.0",
          "https://api.rogoranao.example.org")
IID = "X-Rogo-Install"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def rogoranao() -> list[Case]:
    rng = random.Random(28021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pasyente=[L(PATIENT, MED)],
                                    role="guardian"))}
    cla, clo = fix(CENTRE_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1765296000),
                (3, [(1, L("left knee", MED)), (2, L(6, MED)), (3, L("spontaneous", MED))]),
                (4, L(2000, MED)), (5, "2.2.0")], "", lab)
    mine = at_path(case(f, f"{a}/v2/carrier/{CARRIER_CASE}/results", headers=_h(rng, **b)),
                   CARRIER_CASE, MED)
    card = at_path(case(f, f"{a}/v2/patients/{PATIENT}/emergency-card", headers=_h(rng, **b),
                        query={"format": "pdf"}), PATIENT, MED)
    return [
        case(f, f"{a}/v2/guardians", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "sekreto": L("Faisal#Rogo16", CRED),
            "alongan_a_kiyambata": L(DOB, BIRTH), "relasyon": "ina",
            "ID": {"klase": "ACR", "numero": L(ACR, NID)}}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "selpon": L(E164, TEL), "kodigo": L("503118", CRED)}),
        case(f, f"{a}/v2/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/patients/link", headers=_h(rng, **b), body={
            "wata": {"ngaran": L(SON["first"], NAMEC), "apelyido": L(SON["last"], NAMEC),
                     "alongan_a_kiyambata": L(SON["dob"], BIRTH),
                     "mama_ataw_babay": L(SON["sex"], GENDER), "philsys": L(SON["psn"], NID)},
            "pasyente": L(PATIENT, MED),
            "kasasakit": L("haemophilia A, severe (FVIII < 1%)", MED),
            "inhibitor": L(False, MED), "rogo_klase": L("O+", MED)}),
        case(f, f"{a}/v2/infusions", fmt="msgpack", headers=_h(rng, **b), body={
            "pasyente": L(PATIENT, MED), "bolong": L("octocog alfa", MED),
            "dosis_IU": L(1000, MED), "lot": "FA2418-07", "kabugat_kg": L(31, FIT),
            "katuyuan": L("prophylaxis", MED), "oras": "2025-12-09T06:40+08:00",
            "inantayan": L(f"{FIRST} {LAST}", NAMEC)}),
        raw(f, f"{a}/v2/bleeds", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/bleeds/photo", [
            ("photo", "tuhod_wali.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pasyente": L(PATIENT, MED),
                                                "rogo": obj(rng, "bl"),
                                                "pamaga": L("moderate", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/stock", headers=_h(rng, **b), query={
            "pasyente": L(PATIENT, MED), "bolong": L("FVIII", MED)}),
        case(f, f"{a}/v2/deliveries", headers=_h(rng, **b), body={
            "pasyente": L(PATIENT, MED), "vials": 8, "cold_chain": True,
            "tomarima": {"ngaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
            "walay": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "syudad": L(HOME["town"], COARSE), "petsa": "2025-12-12"}),
        case(f, f"{a}/v2/deliveries/pay", fmt="form", headers=_h(rng, **b), body={
            "arga": L("250.00", BUY), "pirak": "PHP", "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "delivery": obj(rng, "dl")}),
        mine,
        case(f, f"{a}/v2/carrier/counselling", headers=_h(rng, **b), body={
            "case": L(CARRIER_CASE, MED), "karyer": L(True, MED),
            "fviii_level_pct": L(38, MED), "slot": obj(rng, "sl"),
            "sabap": L("planning another pregnancy", MED)}),
        case(f, f"{a}/v2/visits/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "lugar": {"lat": cla, "lng": clo},
            "centre": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lng": CENTRE["lon"]}}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": {"ngaran": L(HAEMATOLOGIST[0], NAMEC), "email": L(HAEMATOLOGIST[1], MAIL)},
            "sulat": L("Doc, mapaso so siko o Faisal phoon sa kagagawii ko miyakapractice sa "
                       "kulintang. Kapakay a tambahan ko so dosis?", f"{TEXT}|{MED}|{NAMEC}")}),
        card,
        multipart(f, f"{a}/v2/school-plan", [
            ("plan", "emergency_plan_faisal.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pasyente": L(PATIENT, MED),
                                                "iskwelahan": "Tibanga Central School"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/physio", fmt="form", headers=_h(rng, **b), body={
            "pasyente": L(PATIENT, MED), "joint": L("left knee", MED),
            "extension_deg": L("-5", MED), "minutes": L("20", FIT)}),
        case(f, f"{a}/v2/benefits/claim", gz=True, headers=_h(rng, **b), body={
            "pasyente": L(PATIENT, MED), "member_no": L("12-025518803-4", MED),
            "member": L(HUSBAND[0], NAMEC), "package": L("haemophilia factor", MED),
            "arga": L(18400, BUY), "resibo": L("OR-55120", BUY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("infusion_logged", 1), ev("screen", 2, screen=L("BleedDiary", USAGE))]}),
    ]


def rogoranao_sdks() -> list[Case]:
    rng = random.Random(28022)
    return [
        ok_batch(APP, rng, [("Infusion Logged", {"dose": L(1000, MED)}),
                            ("Delivery Paid", {"amount": L(250, BUY)})]),
        ok_queue(APP, rng, [("Bleed Entry", {"joint": L("left knee", MED)}),
                            ("Photo Uploaded", {"kind": "bleed"})]),
        sm_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=388),
        fi_eval(APP, rng, {"centre": CENTRE["id"], "program": L("haemophilia", MED)}, hdr=True),
        pl_register(APP, rng, tags={"centre": CENTRE["id"], "reminder": "prophylaxis"}),
        cg_check(APP, rng, {"analytics": True, "research": False}),
        md_geocode(APP, rng, "haemophilia centre Iligan", "behavior.search",
                   near=HOME_AT, nd=2),
        hp_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "factor_level.pdf", "application/pdf"),
        hp_message(APP, rng, L(f"The delivery for {KID} did not come today", f"{TEXT}|{NAMEC}"),
                   {"pasyente": L(PATIENT, MED)}),
    ]
