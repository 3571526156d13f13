"""A visiting eye-specialist clinic app "Mata Ora" (a New Zealand eye team visits Rarotonga
twice a year; she registers her mother-in-law Ngapoko from Aitutaki for cataract surgery and
orders her own glasses; its API's keys are Cook Islands Maori with English ``nhi``, ``id``:
``turoro`` patient, ``numero_turoro`` patient number, ``tiaki`` carer/cared-for, ``maki``
conditions, ``mata`` eye, ``katau``/``kaui`` right/left, ``kite`` sight, ``tata`` surgery,
``vairakau`` medicines, ``tikaanga`` consent, ``pepa`` referral letter, ``rererangi`` flight,
``noo`` stay, ``tioata`` glasses, ``tapao`` booking, ``akairo`` signature): registering herself,
a log-in, ``/ko_au``, adding her mother-in-law (NHI, diabetes), the cataract referral letter,
the surgery list, the pre-op booking, the biometry (protobuf), the consent she signs for her,
her patient-travel flight, a check-in, a post-op eye photo, the eye-drop diary (msgpack), a
message to the nurse, her own glasses order and payment, her record by patient number in the
path, a search, a video consult, an invoice by cookie, push and events. Eye clinics appear in
sets 115, 145 and 152 (a patient's own visits); this is a visiting team's surgery list worked
by a carer for a relative flown in from an outer island."""

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
from eval_families166_kit import (
    EYE_FIX,
    EYE_UNIT,
    HOME,
    HOME_AT,
    MOTHER_IL,
    PATIENT,
    SPECIALIST,
    fix,
    hd,
    obj,
    push,
)
from eval_families166_sdk import cm_session, mk_batch, mk_queue, tt_launch
from eval_families166_svc import ce_check, fk_eval, hm_attach, hm_message, mi_geocode, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mataora", "Mata Ora", "com.example.mataora", "5.0.2", "https://api.mataora.example.org")
IID = "X-MataOra-Install"
PW = "Kite#Marama2026"
NID = "personal.national_id"
NHI = L(MOTHER_IL[2], f"{NID}|{MED}")  # her mother-in-law's NHI (a government health number)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def mataora() -> list[Case]:
    rng = random.Random(16631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imera=L(EMAIL, MAIL), numero_turoro=L(PATIENT, MED),
                                    tiaki=[NHI]))}
    ela, elo = fix(EYE_FIX, 5)
    lab: dict[str, str] = {}
    bio = pb([(1, NHI), (2, [(1, L(23.41, MED)), (2, L(43.75, MED)), (3, L(44.10, MED))]),
              (3, [(1, L(23.62, MED)), (2, L(43.50, MED)), (3, L(43.95, MED))]),
              (4, L(21.5, MED)), (5, "IOLM-7-0023"), (6, 1769990400)], "", lab)
    rec = at_path(case(f, f"{a}/v2/turoro/{PATIENT}/records", headers=_h(rng, **b)), PATIENT, MED)
    return [
        case(f, f"{a}/v2/turoro", headers=_h(rng), body={
            "ingoa": L(FIRST, NAMEC), "ingoa_openga": L(LAST, NAMEC), "ra_anau": L(DOB, BIRTH),
            "tane_vaine": L("vaine", GENDER), "numero_niuniu": L(E164, TEL),
            "imera": L(EMAIL_MIXED, MAIL), "ngutuare": L(HOME["line"], ADDR),
            "oire": L(HOME["area"], COARSE), "numero_turoro": L(PATIENT, MED)}),
        case(f, f"{a}/v2/tomo", headers=_h(rng), body={
            "imera": L(EMAIL, MAIL), "kupu_muna": L(PW, CRED), "matini": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/ko_au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/turoro/tiaki", headers=_h(rng, **b), body={
            "ingoa": L(MOTHER_IL[0], NAMEC), "ra_anau": L("1956-03-11", BIRTH), "nhi": NHI,
            "enua": L("Aitutaki", COARSE), "numero_niuniu": L(MOTHER_IL[1], TEL),
            "maki": [L("cataract", MED), L("diabetes type 2", MED)],
            "vairakau": [L("metformin 500 mg", MED)], "tu": "metua_vaine_akaipoipo"}),
        multipart(f, f"{a}/v2/referral", [
            ("pepa", "referral_aitutaki.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "nhi": NHI, "mata": L("kaui", MED), "maki": L("dense cataract", MED),
                "kite": L("6/36", MED), "from": "hc_aitutaki"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/list", headers=_h(rng, **b), query={
            "clinic": EYE_UNIT["id"], "visit": "2026-02", "nhi": NHI}),
        case(f, f"{a}/v2/tapao", headers=_h(rng, **b), body={
            "nhi": NHI, "tuatau": "2026-02-09T08:15", "appointment": obj(rng, "ap"),
            "specialist": SPECIALIST, "tata": L("phaco + IOL, left eye", MED)}),
        raw(f, f"{a}/v2/biometry", bio, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/tikaanga", [
            ("akairo", "akairo.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("form", None, "application/json", {
                "no": L(MOTHER_IL[0], NAMEC), "akairo_e": L(f"{FIRST} {LAST}", NAMEC),
                "tu": "tamaine_akaipoipo", "form": "cataract_v4"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/rererangi", headers=_h(rng, **b), body={
            "turoro": L(MOTHER_IL[0], NAMEC), "nhi": NHI, "ra": "2026-02-08",
            "mai": "AIT", "ki": "RAR", "tiaki": L(f"{FIRST} {LAST}", NAMEC),
            "noo": L(HOME["line"], ADDR), "moni": L(0, BUY), "tapao": L("PT-88213", BUY)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "turanga": {"lat": ela, "lng": elo},
            "clinic": {"id": EYE_UNIT["id"], "lat": EYE_UNIT["lat"], "lng": EYE_UNIT["lon"],
                       "phone": EYE_UNIT["phone"]}}),
        multipart(f, f"{a}/v2/photos", [
            ("photo", "mata_day1.jpg", "image/jpeg", L(JPEG + b"\x46", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nhi": NHI, "ra": 1,
                                                "mata": L("kaui", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/drops", fmt="msgpack", headers=_h(rng, **b), body={
            "nhi": NHI, "entries": [
                {"vairakau": L("chloramphenicol 0.5%", MED), "t": 1770170400},
                {"vairakau": L("prednisolone acetate 1%", MED), "t": 1770184800}]}),
        case(f, f"{a}/v2/karere", headers=_h(rng, **b), body={
            "kia": "nurse_eu",
            "karere": L("Mama's left eye is red and sore since this morning, her sugar was 14",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/tioata/oti", headers=_h(rng, **b), body={
            "numero_turoro": L(PATIENT, MED),
            "rx": {"sph_katau": L("-1.25", MED), "sph_kaui": L("-1.50", MED),
                   "cyl_kaui": L("-0.50", MED), "add": L("+1.00", MED)},
            "frame": "fr_0214", "tapao": L("MO-GL-2210", BUY), "moni": L(240, BUY)}),
        case(f, f"{a}/v2/tutaki", fmt="form", headers=_h(rng, **b), body={
            "tapao": L("MO-GL-2210", BUY), "moni": L("240.00", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        rec,
        case(f, f"{a}/v2/vairakau/refill", fmt="form", headers=_h(rng, **b), body={
            "nhi": NHI, "vairakau": L("prednisolone acetate 1% eye drops", MED),
            "pickup": "ph_aitutaki", "tiaki": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/kimi", headers=_h(rng, **b), query={
            "kupu": L("swimming after cataract surgery diabetic", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v2/video", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "join_token": L(opaque(rng, "vc_", 36), CRED)}),
        case(f, f"{a}/v2/invoices/latest", headers=_h(rng, how="none"), cookies={
            "mo_session": L(opaque(rng, "", 40), CRED), "mo_device": L(INSTALL_ID, DID),
            "mo_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("referral_sent", 1), ev("screen", 2, screen=L("DropsDiary", USAGE))]}),
    ]


def mataora_sdks() -> list[Case]:
    rng = random.Random(16632)
    return [
        mk_batch(APP, rng, [("Referral Sent", {"eye": L("left", MED)}),
                            ("Glasses Ordered", {"total": L(240, BUY)})]),
        mk_queue(APP, rng, [("Drops Logged", {"drug": L("chloramphenicol", MED)}),
                            ("Photo Uploaded", {"day": 1})]),
        tt_launch(APP, rng, user=True),
        cm_session(APP, rng, secs=604),
        fk_eval(APP, rng, {"clinic": EYE_UNIT["id"], "program": L("cataract", MED)}, hdr=True),
        pp_register(APP, rng, tags={"clinic": EYE_UNIT["id"], "carer": True}),
        ce_check(APP, rng, {"analytics": True, "research": False}),
        mi_geocode(APP, rng, "Rarotonga Hospital Eye Unit", SEARCH, near=HOME_AT, nd=3),
        hm_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "discharge_ngapoko.pdf", "application/pdf"),
        hm_message(APP, rng, L("Can my mother-in-law's follow-up be moved to Aitutaki?",
                               f"{TEXT}|{MED}"), {"numero_turoro": L(PATIENT, MED)}),
    ]
