"""A backyard hog-raisers' app "Baboyan" (baboy: pig) for African-swine-fever-clear movement
permits and sales: she runs it for her mother-in-law's six fatteners and a sow in Catbalogan,
Samar (the raiser account, the mother-in-law's PhilSys card, the pigpen, the sale's payout to her
e-wallet). Keys in Waray with English: ``tag_iya`` owner, ``umagad`` child-in-law,
``kulungan`` pigpen, ``anay`` sow, ``patabaon`` fattener, ``tatak_dalunggan`` ear tag,
``beterinaryo`` vet, ``permiso_biyahe`` movement permit, ``trak`` truck, ``drayber`` driver,
``destinasyon`` destination, ``baligya`` sale, ``parapalit`` buyer, ``timbang`` weighing,
``pagkaon`` feed, ``seguro`` insurance, ``sakit`` disease, ``presyo`` price and the shared
words. Calls: sign-up (the owner's name, phone and PhilSys card), an SMS code, ``/ako``, the
farm with its pigpen point, the herd (msgpack), a vet visit, the ASF test by raiser number in
the path, a movement permit (the driver), its fee, the permit by number in the path, the
bridge checkpoint scan with her fix, the sale, its e-wallet payout, feed, a photo, a message to
the vet, the price board, a suspected-disease report, hog insurance, a search, records by
cookie, push and events. Livestock apps exist (zebu, herder, show and water apps); none is a
swine-fever movement permit or a backyard hog sale (a docstring grep for "swine", "piggery" and
"hog-rais" found none). The pigs' weights, ear tags and test results are animals' data
(negatives), as are the truck's plate, the trader's and the slaughterhouse's names."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    JPEG,
    MAIL,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families183_kit import (
    CHECKPOINT_AT,
    LOCAL_PH,
    MIL_PCN,
    MOTHER_IL,
    PIGPEN_AT,
    RAISER,
    fix,
    gamit,
    hd,
    obj,
)
from eval_families183_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families183_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("baboyan", "Baboyan", "com.example.baboyan", "1.0.9", "https://api.baboyan.example.com")
IID = "X-Baboyan-Gamit"
PW = "Anay6!Samar"
NID = "personal.national_id"
MIL_LINE = "Purok 2, Barangay San Andres"  # the mother-in-law's house and pigpen (address)
MOVE = "ASF-MP-08-26-01144"  # the movement permit (a veterinary clearance: a negative)
SALE = "BB-SL-26-0301"  # the sale (financial.purchase)
DRIVER = ("Ernesto Gabon", "+639215550418")  # the hired truck's driver, typed by her


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, war=True, **kw)


def baboyan() -> list[Case]:
    rng = random.Random(18371)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, raiser=L(RAISER, UID), selpon=L(LOCAL_PH, TEL)))}
    pla, plo = fix(PIGPEN_AT)
    kla, klo = fix((CHECKPOINT_AT[0] + 0.00011, CHECKPOINT_AT[1] - 0.00007), 5)
    asf = at_path(case(f, f"{a}/api/raiser/{RAISER}/asf", headers=_h(rng, **b)), RAISER, UID)
    return [
        case(f, f"{a}/api/parehistro", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(LOCAL_PH, TEL), "password": L(PW, CRED), "relasyon": "umagad",
            "tag_iya": {"ngaran": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL),
                        "pcn": L(MIL_PCN, NID)},
            "barangay": L("San Andres", COARSE), "syudad": L("Catbalogan City", COARSE),
            "probinsya": L("Samar", COARSE), "raiser": L(RAISER, UID)}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "selpon": L(LOCAL_PH, TEL), "kodigo": L("774301", CRED)}),
        case(f, f"{a}/api/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/kulungan", headers=_h(rng, **b), body={
            "raiser": L(RAISER, UID), "puyanan": L(MIL_LINE, ADDR),
            "lugar": {"lat": pla, "lng": plo}, "klase": "backyard", "kadamo": 7}),
        case(f, f"{a}/api/baboy", fmt="msgpack", headers=_h(rng, **b), body={
            "raiser": L(RAISER, UID), "mga_baboy": [
                {"tatak_dalunggan": "SAM-08-44120", "klase": "anay", "bugat_kg": 142},
                {"tatak_dalunggan": "SAM-08-44121", "klase": "patabaon", "bugat_kg": 96},
                {"tatak_dalunggan": "SAM-08-44122", "klase": "patabaon", "bugat_kg": 91}]}),
        case(f, f"{a}/api/beterinaryo/bisita", headers=_h(rng, **b), body={
            "raiser": L(RAISER, UID), "beterinaryo": "vet_cbg_cvo", "petsa": "2026-02-03",
            "rason": "ASF blood test", "kadamo": 7}),
        asf,
        case(f, f"{a}/api/permiso_biyahe", headers=_h(rng, **b), body={
            "permiso_biyahe": MOVE, "raiser": L(RAISER, UID), "kadamo": 6,
            "gikan": L(MIL_LINE, ADDR), "destinasyon": "Tacloban City Slaughterhouse",
            "trak": "ABC 4821", "drayber": {"ngaran": L(DRIVER[0], NAMEC),
                                            "selpon": L(DRIVER[1], TEL)},
            "petsa": "2026-02-10"}),
        case(f, f"{a}/api/permiso_biyahe/bayad", fmt="form", headers=_h(rng, **b), body={
            "permiso_biyahe": MOVE, "kantidad": L("150.00", BUY), "currency": "PHP",
            "ewallet_numero": L(LOCAL_PH, f"{TEL}|{PAY}")}),
        case(f, f"{a}/api/permiso_biyahe/{MOVE}", headers=_h(rng, **b)),
        case(f, f"{a}/api/checkpoint/scan", headers=_h(rng, **b), body={
            "permiso_biyahe": MOVE, "lugar": {"lat": kla, "lng": klo},
            "checkpoint": {"id": "cp_sanjuanico", "lat": CHECKPOINT_AT[0],
                           "lng": CHECKPOINT_AT[1]}, "oras": "2026-02-10T05:42"}),
        case(f, f"{a}/api/baligya", headers=_h(rng, **b), body={
            "baligya": L(SALE, BUY), "parapalit": "Samar Meat Traders", "kadamo": 6,
            "timbang_kg": 561, "presyo_kada_kg": 150, "kabug_osan": L(84150, BUY),
            "raiser": L(RAISER, UID)}),
        case(f, f"{a}/api/baligya/payout", headers=_h(rng, **b), body={
            "baligya": L(SALE, BUY), "kantidad": L(84150, BUY),
            "ewallet_numero": L(LOCAL_PH, f"{TEL}|{PAY}"), "reference": rid(rng)}),
        case(f, f"{a}/api/pagkaon/order", headers=_h(rng, **b), body={
            "items": [{"sku": "hog_grower_50kg", "kadamo": 4, "presyo": 1650}],
            "kabug_osan": L(6600, BUY), "hatod": L(MIL_LINE, ADDR)}),
        multipart(f, f"{a}/api/litrato", [
            ("litrato", "anay.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("An amon anay nga may walo nga buriring", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/mensahe", headers=_h(rng, **b), body={
            "para": "vet_cbg_cvo",
            "mensahe": L("Doc, an anay diri nakaon tikang kahapon ngan mainit an iya lawas.",
                         TEXT)}),
        case(f, f"{a}/api/presyo", headers=_h(rng, **b), query={
            "probinsya": "Samar", "semana": "2026-W06"}),
        case(f, f"{a}/api/sakit/report", headers=_h(rng, **b), body={
            "raiser": L(RAISER, UID), "sintomas": ["diri nakaon", "hilanat"],
            "lugar": L(f"{PIGPEN_AT[0]:.4f},{PIGPEN_AT[1]:.4f}", PRECISE),
            "sulat": L("Usa nga patabaon namatay kagab-i", TEXT)}),
        case(f, f"{a}/api/seguro", fmt="form", headers=_h(rng, **b), body={
            "raiser": L(RAISER, UID), "tag_iya_pcn": L(MIL_PCN, NID), "kadamo": "6",
            "premium": L("1080", BUY), "polisa": obj(rng, "pl")}),
        case(f, f"{a}/api/pamiling", headers=_h(rng, **b), query={
            "pamiling": L("presyo han baboy Catbalogan", SEARCH)}),
        case(f, f"{a}/api/rekord", headers=_h(rng, how="none"), cookies={
            "bb_sesyon": L(opaque(rng, "", 40), CRED), "bb_gamit": L(INSTALL_ID, DID),
            "bb_req": rid(rng)}),
        case(f, f"{a}/api/gamit", headers=_h(rng, **b), body=gamit(push_token(rng))),
        case(f, f"{a}/api/mga_hitabo", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "mga_hitabo": [
                ev("permiso_gin_aplay", 1), ev("screen", 2, screen=L("Baligya", USAGE))]}),
    ]


def baboyan_sdks() -> list[Case]:
    rng = random.Random(18372)
    return [
        mc_batch(APP, rng, [("Permit Applied", {"heads": 6}),
                            ("Sale Recorded", {"total": L(84150, BUY)})], at=PIGPEN_AT, nd=2,
                 locale="war_PH"),
        mc_identify(APP, rng, {"probinsya": L("Samar", COARSE), "raiser": L(RAISER, UID)}),
        mc_pixel(APP, rng, "Price Board Opened", {"week": "2026-W06"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "sale", {"baligya": L(SALE, BUY)}, revenue=84150.0, currency="PHP"),
        fn_eval(APP, rng, {"probinsya": L("Samar", COARSE), "papel": "raiser"}),
        pt_register(APP, rng, lang="war", at=PIGPEN_AT, nd=2,
                    tags={"probinsya": L("Samar", COARSE)}),
        cl_wallet(APP, rng, "84150", L(LOCAL_PH, TEL)),
        mm_geocode(APP, rng, "Tacloban City Slaughterhouse", SEARCH, near=PIGPEN_AT, nd=3),
        hs_message(APP, rng, L(f"An payout han baligya {SALE} waray pa umabot", f"{TEXT}|{BUY}"),
                   {"raiser": L(RAISER, UID)}),
    ]
