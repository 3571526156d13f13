"""Hand-and-wrist clinic app "Isandla" (isandla: hand; her right-hand carpal tunnel syndrome,
a nerve-conduction study, a release operation and hand therapy in Hillside: her own health data;
its API's keys are isiNdebele: ``iziguli`` patients, ``ibizo`` / ``isibongo``, ``imeyili``,
``ucingo``, ``iphasiwedi``, ``usuku_lokuzalwa``, ``ubulili``, ``inombolo_yesitupa``,
``inombolo_yemedical_aid`` medical-aid number, ``ishadi`` chart, ``imibuzo`` questionnaire,
``ubuhlungu_ebusuku`` night pain, ``ukundindizela`` numbness, ``isifo_sikashukela`` diabetes,
``ukukhulelwa`` pregnancy, ``isisindo`` weight, ``izikhathi`` slots, ``ukubhuka`` booking,
``ukulaliswa`` anaesthesia, ``idiphozithi`` deposit, ``ukufika`` check-in, ``ukululama``
recovery, ``isilonda`` wound, ``ukuzivocavoca`` exercises, ``amandla_okubamba`` grip strength,
``isiqinisekiso`` certificate, ``isiphandla`` splint, ``udokotela`` doctor, ``umlayezo``,
``ukudinga``, ``izehlakalo``).

Calls: registration (her ID and medical-aid numbers), a form log-in, ``/mina`` with her chart in
a claim, the questionnaire (gzip), the nerve-conduction report (PDF), slots, the booking, a
deposit, the check-in (5 decimals), a protobuf recovery entry (pain, grip), a wound photo, a
message to her surgeon, the hand-therapy log (msgpack), a sick-leave certificate for her
employer, invoices by chart number in the path, a medical-aid claim, a video room, a splint
order, a search, push, events and a log-out. New: a docstring grep for "carpal" and "hand
surgery" matched nothing (set 24 has a hearing-aid clinic, set 194's vein clinic is vascular)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
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
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families201_kit import (
    CHART,
    HAND,
    HAND_FIX,
    HOME_AT,
    MEDAID,
    MY_ID,
    fix,
    hd,
    idivayisi,
    obj,
)
from eval_families201_sdk import ab_event, ab_launch, cs_crash, cs_crumb, sg_batch, sg_identify
from eval_families201_svc import cm_save, mp_route, pi_card, pi_confirm, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("isandla", "Isandla", "com.example.isandla", "1.5.0", "https://api.isandla.example.net")
IID = "X-Isandla-Install"
PW = "Isihlakala!2026"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
SURGEON = ("Dr. Nomvula Sibanda", "n.sibanda@hhw.example.org")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def isandla() -> list[Case]:
    rng = random.Random(20151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), ishadi=L(CHART, MED)))}
    hla, hlo = fix(HAND_FIX, 5)
    lab: dict[str, str] = {}
    rec = pb([(1, L(CHART, MED)), (2, 1776211200),
              (3, [(1, L(2, MED)), (2, L(14.5, FIT)), (3, L("numbness gone at night", MED))]),
              (4, "1.5.0")], "", lab)
    inv = at_path(case(f, f"{a}/api/v3/ama-invoice/{CHART}", headers=_h(rng, **b)), CHART, MED)
    return [
        case(f, f"{a}/api/v3/iziguli", headers=_h(rng), body={
            "ibizo": L(FIRST, NAMEC), "isibongo": L(LAST, NAMEC), "imeyili": L(EMAIL_MIXED, MAIL),
            "ucingo": L(E164, TEL), "iphasiwedi": L(PW, CRED), "usuku_lokuzalwa": L(DOB, BIRTH),
            "ubulili": L("owesifazana", GENDER), "inombolo_yesitupa": L(MY_ID, NID),
            "inombolo_yemedical_aid": L(MEDAID, UID), "ulimi": "en"}),
        case(f, f"{a}/api/v3/ukungena", fmt="form", headers=_h(rng), body={
            "imeyili": L(EMAIL, MAIL), "iphasiwedi": L(PW, CRED)}),
        case(f, f"{a}/api/v3/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/imibuzo", gz=True, headers=_h(rng, **b), body={
            "ishadi": L(CHART, MED), "isandla": L("right", MED),
            "ubuhlungu_ebusuku": L(True, MED),
            "ukundindizela": L("isithupha, inkomba, umunwe ophakathi", MED),
            "isifo_sikashukela": L(False, MED), "ukukhulelwa": L(False, MED),
            "isisindo": L(64, FIT), "umsebenzi": "typing"}),
        multipart(f, f"{a}/api/v3/nerve_conduction", [
            ("umbiko", "ncs_right.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"ishadi": L(CHART, MED),
                                                "isandla": L("right", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/izikhathi", headers=_h(rng, **b), query={
            "ishadi": L(CHART, MED), "iviki": "2026-W16"}),
        case(f, f"{a}/api/v3/ukubhuka", headers=_h(rng, **b), body={
            "ishadi": L(CHART, MED), "uhlobo": L("carpal tunnel release", MED),
            "isikhathi": "2026-04-15T08:00", "ukulaliswa": L("local", MED),
            "ithiyetha": "th_2"}),
        case(f, f"{a}/api/v3/imbadalo/idiphozithi", fmt="form", headers=_h(rng, **b), body={
            "inani": L("150", BUY), "imali": "USD", "inombolo_yemedical_aid": L(MEDAID, UID),
            "indlela": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v3/ukufika", headers=_h(rng, **b), body={
            "ukubhuka": obj(rng, "bk"), "lat": hla, "lng": hlo,
            "ikliniki": {"id": HAND["id"], "lat": HAND["lat"], "lng": HAND["lon"]}}),
        raw(f, f"{a}/api/v3/ukululama", rec, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v3/isilonda", [
            ("isithombe", "wound_day10.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"ishadi": L(CHART, MED), "usuku": 10})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/umlayezo", headers=_h(rng, **b), body={
            "kuya": {"ibizo": L(SURGEON[0], NAMEC), "imeyili": L(SURGEON[1], MAIL)},
            "umbhalo": L("Isilonda siyaqaqamba njalo isithupha sisandindizela, kulungile yini?",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/ukuzivocavoca", fmt="msgpack", headers=_h(rng, **b), body={
            "ishadi": L(CHART, MED),
            "imisebenzi": [{"ibizo": "tendon glides", "amahlandla": 10},
                           {"ibizo": "nerve glides", "amahlandla": 5}],
            "amandla_okubamba": L(14.5, FIT)}),
        case(f, f"{a}/api/v3/isiqinisekiso", headers=_h(rng, **b), body={
            "umqashi": "Example College Bulawayo", "imeyili_yomqashi": "hr@college.example.org",
            "izinsuku": 14, "isizatho": L("carpal tunnel release, right hand", MED)}),
        inv,
        case(f, f"{a}/api/v3/medical_aid/isicelo", headers=_h(rng, **b), body={
            "inombolo_yemedical_aid": L(MEDAID, UID), "inani": L(640, BUY),
            "ikhodi_yesifo": L("G56.01", MED), "ishadi": L(CHART, MED)}),
        case(f, f"{a}/api/v3/ividiyo", headers=_h(rng, **b), body={
            "ukubhuka": obj(rng, "bk"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v3/isiphandla", fmt="form", headers=_h(rng, **b), body={
            "usayizi": "M", "isandla": L("right", MED), "inani": L("28.00", BUY)}),
        case(f, f"{a}/api/v3/ukudinga", headers=_h(rng, **b), query={
            "q": L("carpal tunnel exercises after surgery", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/v3/idivayisi", headers=_h(rng, **b),
             body=idivayisi(push_token(rng), "en_ZW")),
        case(f, f"{a}/api/v3/izehlakalo", headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "izehlakalo": [
                ev("ukubhuka", 1), ev("isikrini", 2, isikrini=L("Ukuzivocavoca", USAGE))]}),
        case(f, f"{a}/api/v3/ukuphuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "idivayisi": L(INSTALL_ID, DID)}),
    ]


def isandla_sdks() -> list[Case]:
    rng = random.Random(20152)
    return [
        sg_batch(APP, rng, [("Surgery Booked", {"kind": L("carpal tunnel release", MED)}),
                            ("Exercise Logged", {"reps": 10})]),
        sg_identify(APP, rng, {"idolobho": L("Bulawayo", COARSE), "uhlelo": L("hand therapy",
                                                                                MED)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "deposit", {"ishadi": L(CHART, MED)}, revenue=150.0, hashed=True),
        cs_crash(APP, rng, ("java.lang.OutOfMemoryError", "wound photo"),
                 [cs_crumb("nav", "Ukululama -> Isilonda")], screen="IsilondaActivity"),
        pk_register(APP, rng, at=HOME_AT, nd=2, tags={"ikliniki": HAND["id"]}),
        cm_save(APP, rng, {"analytics": True, "research": False}),
        pi_card(APP, rng),
        pi_confirm(APP, rng, "150.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((HAND["lat"], HAND["lon"]), None)],
                 mode="walking"),
    ]

