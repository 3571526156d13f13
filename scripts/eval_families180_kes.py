"""Trichology (hair and scalp) clinic app "Kesrakhi" (a Sigra clinic treating her hair loss with
PRP sessions; her own health data). Its API's keys are Bhojpuri in Latin letters: ``marij``
patient, ``mrn`` her record number, ``naanv``/``titil``, ``imel``, ``mobail``, ``otp``,
``janam_tarikh``, ``ling`` (``mehraru``), ``pata``, ``shahar``, ``baal`` hair, ``jharna``
falling, ``khopdi`` scalp, ``kab_se`` since when, ``dawai`` medicines, ``garbhavastha``
pregnancy, ``pariwar_itihas`` family history, ``khoon_ke_kami`` anaemia, ``jaanch`` test,
``yojana`` plan, ``chikitsa`` treatment, ``satra`` session, ``sweekar`` accept, ``rakam``,
``bhugtan``, ``kursi`` chair, ``thaur``, ``ginti`` count, ``sujan`` swelling, ``kamra`` room,
``saaman`` items, ``kisht`` instalment, ``bank_khata`` bank account, ``sanesa``, ``khoj``,
``rasid``): registration, an SMS log-in, ``/hamaar``, the questionnaire (gzip), scalp photos,
blood tests (PDF and values), the plan, its acceptance, a payment, a session booked, a check-in
with her fix, a protobuf hair-fall diary, the bill by record number in the path, a message to the
doctor, a video room, medicines ordered (msgpack), a search, instalments with her PAN and bank
account, sharing with her husband, the receipt by cookies, push and events. Earlier sets have
dermatology-adjacent and ayurvedic clinics; a trichology clinic is new in a grep ("trichol",
"alopecia", "PRP" matched nothing)."""

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
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families180_kit import (
    BANK,
    HOME,
    HOME_AT,
    HUSBAND,
    KCLINIC,
    KCLINIC_FIX,
    MRN,
    PAN,
    fix,
    hd,
    obj,
    push,
)
from eval_families180_sdk import bb_bid, ct_session, gl_batch, gl_queue, tc_launch
from eval_families180_svc import cg_check, fs_eval, hp_attach, mg_geocode, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kesrakhi", "Kesrakhi", "com.example.kesrakhi", "2.2.5",
          "https://api.kesrakhi.example.net")
IID = "X-Kes-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
DOCTOR = ("Dr. Neha Srivastava", "neha.srivastava@sigrahair.example.net")  # typed: contact.*
HMED = f"{MEDIA}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kesrakhi() -> list[Case]:
    rng = random.Random(18061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), mrn=L(MRN, MED)))}
    cla, clo = fix(KCLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(MRN, MED)), (2, 1765497600),
                (3, [(1, L(85, MED)), (2, L("minoxidil 5%", MED)), (3, L(False, MED))]),
                (4, "2.2.5")], "", lab)
    bill = at_path(case(f, f"{a}/v3/marij/{MRN}/bill", headers=_h(rng, **b)), MRN, MED)
    return [
        case(f, f"{a}/v3/marij/panjikaran", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "titil": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "janam_tarikh": L("1991-05-17", BIRTH),
            "ling": L("mehraru", GENDER), "pata": L(HOME["line"], ADDR),
            "shahar": L(HOME["town"], COARSE), "mrn": L(MRN, MED), "refer": "instagram"}),
        case(f, f"{a}/v3/auth/sms", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("917344", CRED)}),
        case(f, f"{a}/v3/hamaar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/prashnavali", gz=True, headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "baal_jharna_kab_se": L("8 mahina", MED),
            "thyroid": L("hypothyroid", MED), "dawai": [L("levothyroxine 50 mcg", MED)],
            "garbhavastha": L(False, f"{MED}|{SENS}"),
            "pariwar_itihas": L("mai ke bhi baal patar rahe", MED),
            "khoon_ke_kami": L(True, MED), "tanaav": L("jyada", MED)}),
        multipart(f, f"{a}/v3/khopdi/phota", [
            ("upar", "khopdi_upar.jpg", "image/jpeg", L(JPEG + b"\x11", HMED)),
            ("maang", "khopdi_maang.jpg", "image/jpeg", L(JPEG + b"\x12", HMED)),
            ("jankari", None, "application/json", {"mrn": L(MRN, MED), "kon": "upar"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/jaanch/report", [
            ("report", "khoon_jaanch.pdf", "application/pdf", L(PDF, HMED)),
            ("jankari", None, "application/json", {
                "mrn": L(MRN, MED), "ferritin": L(11, MED), "tsh": L(6.2, MED),
                "vitamin_d": L(14, MED), "lab": "lb_sigra_path"})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/yojana", headers=_h(rng, **b), query={"mrn": L(MRN, MED)}),
        case(f, f"{a}/v3/yojana/sweekar", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "chikitsa": L("PRP x 4 satra", MED), "rakam": L(16000, BUY),
            "mudra": "INR"}),
        case(f, f"{a}/v3/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "rakam": L("4000", BUY), "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "mrn": L(MRN, MED)}),
        case(f, f"{a}/v3/appointment", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "chikitsa": L("PRP satra 1", MED), "samay": "2025-12-13T11:30",
            "kursi": "ch_02"}),
        case(f, f"{a}/v3/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "thaur": {"lat": cla, "lng": clo},
            "clinic": {"id": KCLINIC["id"], "lat": KCLINIC["lat"], "lng": KCLINIC["lon"]}}),
        raw(f, f"{a}/v3/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        bill,
        case(f, f"{a}/v3/sanesa", headers=_h(rng, **b), body={
            "ke": {"naanv": L(DOCTOR[0], NAMEC), "imel": L(DOCTOR[1], MAIL)},
            "sanesa": L("PRP ke baad khopdi me sujan aur halka dard ba, ka ee thik ba?",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/video/kamra", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v3/dawai/order", fmt="msgpack", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "saaman": [L("minoxidil 5% solution", MED),
                                           L("biotin 10 mg", MED), L("iron 100 mg", MED)],
            "rakam": L(1380, BUY), "pata": L(HOME["line"], ADDR)}),
        case(f, f"{a}/v3/khoj", headers=_h(rng, **b), query={
            "khoj": L("thyroid se baal jharna", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v3/kisht", fmt="form", headers=_h(rng, **b), body={
            "rakam": L("12000", BUY), "mahina": "6", "pan": L(PAN, NID),
            "bank_khata": L(BANK["account"], PAY), "ifsc": BANK["ifsc"]}),
        case(f, f"{a}/v3/share", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "ke": {"naanv": L(HUSBAND["name"], NAMEC),
                                       "mobail": L(HUSBAND["phone"], TEL)},
            "daayra": ["appointment", "bill"]}),
        case(f, f"{a}/v3/rasid/latest", headers=_h(rng, how="none"), cookies={
            "kr_sid": L(opaque(rng, "", 40), CRED), "kr_yantar": L(INSTALL_ID, DID),
            "kr_req": rid(rng)}),
        case(f, f"{a}/v3/yantar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/ghatna", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "ghatna": [
                ev("yojana_dekhal", 1), ev("screen", 2, screen=L("BaalDiary", USAGE))]}),
    ]


def kesrakhi_sdks() -> list[Case]:
    rng = random.Random(18062)
    return [
        gl_batch(APP, rng, [("Plan Accepted", {"chikitsa": L("PRP", MED)}),
                            ("Deposit Paid", {"amount": L(4000, BUY)})]),
        gl_queue(APP, rng, [("Diary Entry", {"ginti": L(85, MED)}),
                            ("Photo Uploaded", {"kon": "upar"})]),
        tc_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=388),
        fs_eval(APP, rng, {"clinic": KCLINIC["id"], "program": L("hair-loss", MED)}, hdr=True),
        pn_register(APP, rng, tags={"clinic": KCLINIC["id"]}),
        cg_check(APP, rng, {"analytics": True, "research": False}),
        mg_geocode(APP, rng, "Sigra Hair & Scalp Clinic", SEARCH, near=HOME_AT, nd=2),
        hp_attach(APP, rng, L(JPEG + b"\x13", HMED), "khopdi_din30.jpg", "image/jpeg"),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="hair,scalp,oil"),
    ]
