"""Spine clinic app "Merudand" (Laheriasarai, Darbhanga; her cervical spondylosis: neck pain and
tingling in the right hand; keys Maithili in Latin letters with the medical loans a clinic keeps:
``rogi`` patient, ``naam`` first name, ``upnaam`` surname, ``mobail`` mobile, ``janm_tithi``
birth date, ``ling`` sex (``stri``), ``thekaan`` address, ``nagar`` town, ``lakshan`` symptoms,
``dard`` pain, ``dard_sthan`` where it hurts, ``jhunjhuni`` tingling, ``akadan`` stiffness,
``dabai`` medicines, ``elarji`` allergies, ``garbh`` pregnancy, ``jaanch`` scan, ``kshetra``
region, ``samay`` appointment, ``prakar`` kind, ``rashi`` amount, ``antim_ank`` last digits,
``vidhi`` method, ``vyayam`` exercise, ``parchi`` prescription, ``kaksh`` room, ``saman`` goods,
``saajha`` sharing, ``beema`` insurance, ``niyam`` routine, ``kadam`` steps, ``sandesh`` message,
mixed with ``uhid``, ``email``, ``otp``, ``passport``, ``joinToken``): registration with her
passport, an SMS code, ``/hamar``, the symptoms form (gzip), her MRI report (PDF), the reports
list, a physiotherapy booking, the payment, a check-in at the clinic, a protobuf pain diary, a
video of her neck exercise, a message to her doctor, prescriptions, a video consultation, a
cervical collar (msgpack), sharing with her husband, the bill by record number in the path, a
travel-insurance claim, her daily steps and sitting hours, push and events. Physiotherapy apps of
earlier sets treat sports injuries and rehabilitation; this is a spine clinic's record of one
degenerative condition (spondylosis matched nothing in the grep)."""

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
    MAIL,
    MED,
    MEDIA,
    MP4,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families287_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HOME,
    HOME_AT,
    HUSBAND,
    PASSPORT,
    UHID,
    fix,
    hd,
    obj,
    push,
)
from eval_families287_sdk import lj_batch, lj_queue, sp_launch, tp_session
from eval_families287_svc import (
    gb_register,
    jh_eval,
    mb_attach,
    ng_geocode,
    sq_check,
    tk_card,
    tk_confirm,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("merudand", "Merudand", "com.example.merudand", "5.1.3",
          "https://api.merudand.example.net")
IID = "X-Merudand-Install"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def merudand() -> list[Case]:
    rng = random.Random(28731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), uhid=L(UHID, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(UHID, MED)), (2, 1768521600),
                (3, [(1, L(6, MED)), (2, L(3, MED)), (3, L("diclofenac gel", MED))]),
                (4, "2.4.0")], "", lab)
    bill = at_path(case(f, f"{a}/v1/rogi/{UHID}/bill", headers=_h(rng, **b)), UHID, MED)
    return [
        case(f, f"{a}/v1/rogi/panjiyan", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "upnaam": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "janm_tithi": L(DOB, BIRTH), "ling": L("stri", GENDER),
            "passport": L(PASSPORT, NID), "thekaan": L(HOME["line"], ADDR),
            "nagar": L(HOME["town"], COARSE), "sandarbh": "parichit"}),
        case(f, f"{a}/v1/pravesh/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("590271", CRED)}),
        case(f, f"{a}/v1/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lakshan", gz=True, headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "dard_sthan": L("gardan aa dahina kandha", MED),
            "dard": L(6, MED), "jhunjhuni": L("dahina haath ke tin aangur", MED),
            "akadan": L("bhor me 30 minat", MED), "kahiya_sa": "2025-10",
            "dabai": [L("pregabalin 75 mg", MED), L("aceclofenac 100 mg", MED)],
            "elarji": [L("sulfa", MED)], "garbh": L(False, MED)}),
        multipart(f, f"{a}/v1/jaanch", [
            ("report", "mri_cervical.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"uhid": L(UHID, MED), "prakar": "MRI",
                                                "kshetra": L("C5-C6, C6-C7", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/jaanch", headers=_h(rng, **b), query={"uhid": L(UHID, MED)}),
        case(f, f"{a}/v1/samay", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "prakar": L("physiotherapy: cervical traction", MED),
            "samay": "2026-01-21T16:30", "daktar": "dr_karn", "kaksh": "pt_02"}),
        case(f, f"{a}/v1/bhugtaan", fmt="form", headers=_h(rng, **b), body={
            "rashi": L("800", BUY), "mudra": "INR", "antim_ank": L("4444", PAY),
            "vidhi": L(opaque(rng, "pm_", 24), PAY), "uhid": L(UHID, MED)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "samay": obj(rng, "ap"), "thaam": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v1/dard_diary", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/vyayam/video", [
            ("video", "chin_tuck.mp4", "video/mp4", L(MP4 + b"\x13", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"uhid": L(UHID, MED),
                                                "vyayam": L("chin tuck, 10 baar", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sandesh", headers=_h(rng, **b), body={
            "prapak": {"naam": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "sandesh": L("Raati me dahina haath sunn bha jaait achhi, aa pregabalin sa dina me "
                         "nind abait achhi. Ki dose kam karu?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/parchi", headers=_h(rng, **b), query={
            "uhid": L(UHID, MED), "sakriya": "1"}),
        case(f, f"{a}/v1/video/kaksh", headers=_h(rng, **b), body={
            "samay": obj(rng, "ap"), "joinToken": L(opaque(rng, "vk_", 36), CRED)}),
        case(f, f"{a}/v1/saman", fmt="msgpack", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED),
            "vastu": [{"sku": "cc_soft_m", "naam": L("soft cervical collar, M", MED),
                       "daam": 650, "sankhya": 1},
                      {"sku": "pl_cerv", "naam": L("cervical pillow", MED), "daam": 1450,
                       "sankhya": 1}],
            "kul": L(2100, BUY)}),
        case(f, f"{a}/v1/saajha", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "naam": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL),
            "adhikar": ["samay", "bill"]}),
        bill,
        case(f, f"{a}/v1/beema/dava", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "beema_sankhya": L("TIP-88412093", MED),
            "beema_company": "Example Travel Assurance", "rashi": L(7350, BUY),
            "nidan": L("cervical spondylosis with radiculopathy", MED)}),
        case(f, f"{a}/v1/niyam", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "kadam_din": L(5400, FIT), "baithna_ghanta": L(7, FIT),
            "yaad_dilau": ["11:00", "15:00", "19:00"]}),
        case(f, f"{a}/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("gardan dard vyayam video", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghatna", headers=_h(rng, **b), body={
            "upyogkarta": L(USER_ID, UID), "satra": rid(rng), "ghatna": [
                ev("diary_bharal", 1), ev("parda", 2, parda=L("VyayamVideo", USAGE))]}),
    ]


def merudand_sdks() -> list[Case]:
    rng = random.Random(28732)
    return [
        lj_batch(APP, rng, [("Appointment Booked", {"kind": L("traction", MED)}),
                            ("Paid", {"amount": L(800, BUY)})]),
        lj_queue(APP, rng, [("Diary Entry", {"pain": L(6, MED)}),
                            ("Exercise Done", {"reps": 10})]),
        sp_launch(APP, rng, first=True, user=True),
        tp_session(APP, rng, secs=377),
        jh_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("spine", MED)}, hdr=True),
        gb_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        sq_check(APP, rng, {"analytics": True, "research": False}),
        ng_geocode(APP, rng, "Mithila Spine Care Laheriasarai", SEARCH, near=HOME_AT, nd=2),
        mb_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "xray_neck.pdf", "application/pdf"),
        tk_card(APP, rng),
        tk_confirm(APP, rng, "800.00"),
    ]
