"""Breast-screening app "Ugima" (``ugima`` health, wholeness; a Nairobi hospital's screening and
follow-up service, English kept where the hospital's developers keep it: ``token``, OAuth
fields, ``birads``; Gikuyu keys otherwise): registration (her passport, her insurance member
number), an OAuth password grant, ``/niini`` with her record number, the risk questionnaire
(gzip: her mother's cancer, a lump, her last period), the slots, a mammogram and ultrasound
booked and paid, the check-in at the hospital (her fix), her earlier US mammogram (PDF), the
result by record number in the query and the path, a biopsy booked with her husband as
companion, the consent signature, a protobuf pain diary after the biopsy, a video consult, a
message to the doctor, the painkiller refill, the result shared with her sister, the yearly
reminder, invoices by cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families158_kit import (
    HOME_AT,
    HOSP_FIX,
    HOSPITAL,
    HUSBAND,
    PASSPORT,
    PATIENT_NO,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families158_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families158_svc import (
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ugima", "Ugima", "com.example.ugima", "7.3.0", "https://api.ugima.example.org")
IID = "X-Ugima-Install"
PW = "Nyondo!Screen26"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
PNO = PATIENT_NO


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ugima() -> list[Case]:
    rng = random.Random(15861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeiri=L(EMAIL, MAIL), murwaru=L(PNO, MED)))}
    hla, hlo = fix(HOSP_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PNO, MED)), (2, 1771200000),
                (3, [(1, L(3, MED)), (2, L("bruising, left", MED)),
                     (3, L("paracetamol 1 g", MED))]),
                (4, "2.0.1")], "", lab)
    res = at_path(case(f, f"{a}/v2/results/{PNO}/birads", headers=_h(rng, **b)), PNO, MED)
    return [
        case(f, f"{a}/v2/arwaru", headers=_h(rng), body={
            "ritwa_ria_mbere": L(FIRST, NAMEC), "ritwa_ria_thutha": L(LAST, NAMEC),
            "muthenya_wa_guciarwa": L(DOB, BIRTH), "murume_kana_muka": L("muka", GENDER),
            "imeiri": L(EMAIL, MAIL), "thimu": L(E164, TEL), "passport": L(PASSPORT, NID),
            "bima": {"kampuni": "Example Health Cover", "namba": L("EHC-44180297", MED)}}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ugima-android", "scope": "patient"}),
        case(f, f"{a}/v2/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/ciuria", gz=True, headers=_h(rng, **b), body={
            "murwaru": L(PNO, MED),
            "uhoro_wa_nyumba": L("maitu: kansa ya nyondo, 52", MED),
            "kihumbu": L("ruhande rwa umotho, iguru", MED), "ruo": L(2, MED),
            "hedhi_ya_muico": L("2026-01-19", MED), "ndiri_nda": L(True, MED),
            "ndawa": [L("levonorgestrel IUD", MED)], "mammogram_ya_mbere": "2022"}),
        case(f, f"{a}/v2/mucemanio/slots", headers=_h(rng, **b), query={
            "thibitari": HOSPITAL["id"], "muthemba": "mammogram", "wiki": "2026-W07"}),
        case(f, f"{a}/v2/mucemanio", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "muthemba": L("mammogram + ultrasound", MED),
            "murwaru": L(PNO, MED), "mbeca": L(9500, BUY), "ruthiomi": "en"}),
        case(f, f"{a}/v2/marihi", fmt="form", headers=_h(rng, **b), body={
            "mbeca": L("9500", BUY), "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "murwaru": L(PNO, MED)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "mucemanio": obj(rng, "ap"), "kuria": {"lat": hla, "lng": hlo},
            "thibitari": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lng": HOSPITAL["lon"]}}),
        multipart(f, f"{a}/v2/records/upload", [
            ("record", "mammogram_2022_us.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"murwaru": L(PNO, MED), "mwaka": 2022})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/results", headers=_h(rng, **b), query={"namba_ya_murwaru": L(PNO, MED)}),
        res,
        case(f, f"{a}/v2/biopsy", headers=_h(rng, **b), body={
            "murwaru": L(PNO, MED),
            "muthemba": L("ultrasound-guided core biopsy, left breast 2 o'clock", MED),
            "muthenya": "2026-02-16T09:30",
            "mugwatithia": {"ritwa": L(HUSBAND[0], NAMEC), "thimu": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/v2/consents", [
            ("signature", "saini.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"murwaru": L(PNO, MED), "form": "biopsy_v3",
                                                "saini_ya": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "mucemanio": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/ndumiriri", headers=_h(rng, **b), body={
            "kwa": "dr_onyango", "ndumiriri": L("Ndagitari, handu ha biopsy harĩ na ruo na "
                                               "kihuruto, nĩ wega?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/ndawa/refill", fmt="form", headers=_h(rng, **b), body={
            "ndawa": L("paracetamol 1 g", MED), "murwaru": L(PNO, MED), "pharmacy": "ph_uh07"}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "kwa": {"ritwa": L(SISTER_US[0], NAMEC), "imeiri": L(SISTER_US[2], MAIL)},
            "result": L("BI-RADS 3, fibroadenoma (benign)", MED), "matuku": 14}),
        case(f, f"{a}/v2/kiririkano", headers=_h(rng, **b), body={
            "muthemba": L("mammogram", MED), "muthenya": "2027-02-10", "njira": "push"}),
        case(f, f"{a}/v2/gucaria", headers=_h(rng, **b), query={
            "q": L("fibroadenoma ni kansa?", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v2/invoices", headers=_h(rng, how="none"), cookies={
            "ug_session": L(opaque(rng, "", 40), CRED), "ug_install": L(INSTALL_ID, DID),
            "ug_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/maundu", headers=_h(rng, **b), body={
            "muhuthiri": L(USER_ID, UID), "session": rid(rng), "maundu": [
                ev("result_viewed", 1), ev("screen", 2, screen=L("Biopsy", USAGE))]}),
    ]


def ugima_sdks() -> list[Case]:
    rng = random.Random(15862)
    return [
        mc_batch(APP, rng, [("Screening Booked", {"fee": L(9500, BUY)}),
                            ("Result Viewed", {"kind": L("mammogram", MED)})]),
        mc_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}), ("Reminder Set", {})]),
        tn_launch(APP, rng, first=True),
        cd_session(APP, rng, secs=655),
        fn_eval(APP, rng, {"program": L("breast-screening", MED)}, hdr=True),
        pt_register(APP, rng, tags={"hospital": HOSPITAL["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Upper Hill Example Hospital", SEARCH, near=HOME_AT, nd=2),
        mm_route(APP, rng, [(HOME_AT, "location.precise"),
                            ((HOSPITAL["lat"], HOSPITAL["lon"]), None)]),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "birads_report.pdf", "application/pdf"),
    ]
