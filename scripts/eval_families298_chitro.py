"""The daughter's sit-and-draw art competition app "Chitrosal" (``chitro`` picture, ``sal`` day: an
Agartala art society's yearly open-air competition for children by age group, with weekend
classes): the parent's account and Khumlai's entry. Its API's keys are Kokborok with Bengali
loans, ASCII-folded: ``ama_mung`` mother's name, ``mobail_nambar`` mobile number,
``gupto_chabi`` password (lit. "secret key"), ``otp`` code, ``bwsa`` child, ``bwsa_mung`` /
``bwsa_podobi`` the child's name / surname, ``jonmo_tarikh`` birth date, ``bwswr`` age (years),
``chwla_bwrwi`` sex, ``thikana`` address, ``sohor`` town, ``rang`` fee, ``rang_rwnai`` payment,
``chitro`` picture, ``chitro_mung`` title, ``chobi`` photo, ``swastho`` health, ``lwinai``
pick-up person, ``khorang`` message, ``nai`` search, ``phol`` result (loan), ``jaga`` place,
``ghatana`` events: sign-up, an SMS code, ``/me``, the child's entry (age group), the fee by UPI,
the admit card by entry number in the path, the ground check-in with her fix, the seat, the
artwork upload, the badge photo, a health note (her inhaler), a pick-up authorisation for her
grandmother, the results, the certificate acknowledged (PDF), a message, a search, an art kit
order, a class waitlist (base64 JSON in a form field), feedback, push and events."""

from __future__ import annotations

import random
from typing import Any

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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families298_kit import (
    AG_HOME,
    DAUGHTER,
    ENTRY,
    GROUND,
    GROUND_FIX,
    MOTHER_IL,
    UPI_VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families298_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families298_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("chitrosal", "Chitrosal", "com.example.chitrosal", "1.9.1",
          "https://api.chitrosal.example.in")
IID = "X-Chitrosal-Install"
PW = "Khumlai2017*Art"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def chitrosal() -> list[Case]:
    rng = random.Random(29821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), entries=[L(ENTRY, UID)],
                                    role="parent"))}
    gla, glo = fix(GROUND_FIX, 5)
    admit = at_path(case(f, f"{a}/v2/entry/{ENTRY}/admit", headers=_h(rng, **b)), ENTRY, UID)
    return [
        case(f, f"{a}/v2/parent/signup", headers=_h(rng), body={
            "ama_mung": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "mobail_nambar": L(E164, TEL), "gupto_chabi": L(PW, CRED),
            "thikana": L(AG_HOME["line"], ADDR), "sohor": L(AG_HOME["town"], COARSE)}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "mobail_nambar": L(E164, TEL), "otp": L("504718", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/entry", headers=_h(rng, **b), body={
            "bwsa": {"bwsa_mung": L(DAUGHTER["first"], NAMEC),
                     "bwsa_podobi": L(DAUGHTER["last"], NAMEC),
                     "jonmo_tarikh": L(DAUGHTER["dob"], BIRTH), "bwswr": L(8, BIRTH),
                     "chwla_bwrwi": L(DAUGHTER["sex"], GENDER), "class": "3"},
            "group": "B", "bisoy": "amar utsob", "entry": L(ENTRY, UID)}),
        case(f, f"{a}/v2/rang_rwnai", fmt="form", headers=_h(rng, **b), body={
            "entry": L(ENTRY, UID), "rang": L("150", BUY), "upi": L(UPI_VPA, PAY),
            "txn": rid(rng)}),
        admit,
        case(f, f"{a}/v2/ground/checkin", headers=_h(rng, **b), body={
            "entry": L(ENTRY, UID), "jaga": {"lat": gla, "lng": glo},
            "ground": {"id": GROUND["id"], "lat": GROUND["lat"], "lng": GROUND["lon"]},
            "gate": "g2"}),
        case(f, f"{a}/v2/seat", headers=_h(rng, **b), query={
            "entry": L(ENTRY, UID), "block": "B", "row": "14"}),
        multipart(f, f"{a}/v2/chitro/upload", [
            ("chitro", "khumlai_drawing.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "entry": L(ENTRY, UID),
                "chitro_mung": L("Ama bai Neermahal-o nao", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/badge/chobi", [
            ("chobi", "badge.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {"entry": L(ENTRY, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/swastho", headers=_h(rng, **b), body={
            "entry": L(ENTRY, UID), "asthma": L(True, MED),
            "oushud": L("salbutamol inhaler, bag-o tongo", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/pickup", headers=_h(rng, **b), body={
            "entry": L(ENTRY, UID),
            "lwinai": {"mung": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL),
                       "somporko": "abwi"}}),
        case(f, f"{a}/v2/phol", headers=_h(rng, **b), query={
            "entry": L(ENTRY, UID), "group": "B"}),
        multipart(f, f"{a}/v2/certificate/ack", [
            ("certificate", "certificate.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"entry": L(ENTRY, UID),
                                                "bwsa_mung": L(KID, NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/khorang", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"),
            "khorang": L("Khumlai Debbarma-ni crayon box ground-o bwkhakha, nwng nukha?",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/nai", headers=_h(rng, **b), query={
            "nai": L("weekend watercolour class age 8", SEARCH)}),
        case(f, f"{a}/v2/shop/order", headers=_h(rng, **b), body={
            "jinis": [{"sku": "kit_crayon_24", "qty": 1, "dam": 180},
                      {"sku": "board_a3", "qty": 1, "dam": 90}],
            "mot_rang": L(270, BUY), "order": L("CS-OR-7713", BUY),
            "pathano": {"thikana": L(AG_HOME["line"], ADDR),
                        "pin": L(AG_HOME["pin"], COARSE)}}),
        case(f, f"{a}/v2/class/waitlist", fmt="form", headers=_h(rng, **b), body={
            "data": W({"entry": L(ENTRY, UID), "bwsa_mung": L(DAUGHTER["first"], NAMEC),
                       "bwswr": L(8, BIRTH), "mobail": L(E164, TEL)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v2/feedback", fmt="form", headers=_h(rng, **b), body={
            "tara": "4", "kok": L("Ground-o twi kwrwi, bwsarog twi naiphai", TEXT)}),
        case(f, f"{a}/v2/parent/thikana", headers=_h(rng, **b), body={
            "thikana": L(AG_HOME["line"], ADDR), "sohor": L(AG_HOME["town"], COARSE),
            "jila": L(AG_HOME["district"], COARSE), "pin": L(AG_HOME["pin"], COARSE)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/ghatana", headers=_h(rng, how="none"), cookies={
            "cs_sid": L(opaque(rng, "", 40), CRED), "cs_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "ghatana": [
                ev("entry_created", 1), ev("screen", 2, screen=L("AdmitCard", USAGE))]}),
    ]


def chitrosal_sdks() -> list[Case]:
    rng = random.Random(29822)
    return [
        mc_batch(APP, rng, [("Entry Created", {"group": "B"}),
                            ("Fee Paid", {"amount": L(150, BUY)})], at=GROUND_FIX, nd=2),
        mc_identify(APP, rng, {"role": "parent", "children": 1, "city": L("Agartala", COARSE)}),
        tn_launch(APP, rng, first=True, user=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="art,kids,crayons"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [cd_crumb("nav", "Entry -> Upload")],
                 user={"id": L(USER_ID, UID)}, screen="UploadActivity"),
        fn_eval(APP, rng, {"group": "B", "city": L("Agartala", COARSE)}),
        pt_register(APP, rng, tags={"group": "B", "ground": GROUND["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "270.00", "inr"),
        hs_message(APP, rng, L(f"Admit card for {KID} shows the wrong group", f"{TEXT}|{NAMEC}"),
                   {"entry": L(ENTRY, UID)}),
    ]
