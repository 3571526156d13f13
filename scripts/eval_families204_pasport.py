"""Passport and consular-paperwork helper "Pasport Sawas" (a private Kolonia agency that fills in
and files US passport renewals, a child's first passport, notarised affidavits and overseas
absentee-ballot requests, books the consular window and couriers the documents; not a
government). Its API's keys are Pohnpeian with English where the forms are English: ``ede``,
``ede_peneinei``, ``imeil``, ``delepwohn``, ``lokaia_rir``, ``kohd`` SMS code,
``rahnen_ipwidi``, ``wasahn_ipwidi`` birthplace, ``ohl_de_lih``, ``pasport`` passport (number),
``nempe`` number, ``nempehn_sosiel`` social security number, ``wasahn_kousoan`` residence
(street line), ``pohs_pwoaks`` post box, ``seri`` child, ``pahpa`` father, ``nempehn_kisin``
birth-certificate number, ``doadoahk`` work/employer, ``tuhpene`` appointment, ``kilel`` photo,
``mwohni``, ``pwain``, ``kadar`` send (courier), ``pati`` (political) party, ``kisinlikou``,
``aramas_ni_apwal`` emergency contact (person in trouble), ``seili`` travel, ``sawas`` help,
``nohno`` mother, ``rahnen_kapwaiada`` issue date, ``reirei`` height, ``sounkadar`` sender,
``lel`` to, ``ofis`` office, ``pasel`` parcel;
paths ``ntingidi``, ``pedolong``, ``ngehi``, ``keis`` case. Sign-up, an SMS log-in, ``/ngehi``,
her renewal form (old passport, US SSN, birthplace), the scan of her old data page, her photo,
Meriam's first passport (her SSN, birth certificate, both parents' consent, the father's FSM
passport), Meriam's photo, an appointment, the check-in with her fix, the fee, an affidavit
(gzip), the absentee-ballot request (her party), the post box, courier to Guam and the tracking,
a protobuf status beat, travel plans, an emergency contact, the case by number in the path, a
message, receipts by cookie, push, events. A docstring grep for "consular", "embassy" and
"passport renewal" found nothing; passport photos appear in other sets only inside other kinds."""

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
    MEDIA,
    NAMEC,
    PAY,
    SENS,
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
from eval_families204_kit import (
    CASE_NO,
    DAUGHTER,
    FSM_SSN,
    HOME,
    HUSBAND,
    HUSBAND_PP,
    PASSPORT,
    PP_FIX,
    PP_OFFICE,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families204_sdk import sm_batch, sm_queue, ts_event, ts_launch
from eval_families204_svc import cm_card, cm_confirm, ct_check, fm_eval, hk_attach, mk_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pasport", "Pasport Sawas", "com.example.pasportsawas", "3.0.7",
          "https://api.pasportsawas.example.net")
IID = "X-PS-Install"
NID = "personal.national_id"
US_SSN = "219-44-6081"  # her US social security number (personal.national_id)
BIRTH_CERT = "PNI-BC-2017-00388"  # Meriam's Pohnpei birth certificate (personal.national_id)
PO_BOX = "P.O. Box 1187, Kolonia, Pohnpei FM 96941"  # her mailing address (contact.address)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def pasport() -> list[Case]:
    rng = random.Random(20411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), keis=L(CASE_NO, UID)))}
    pla, plo = fix(PP_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CASE_NO, UID)), (2, "submitted"), (3, 1768100000),
               (4, L(PASSPORT, NID)), (5, "2.4")], "", lab)
    keis = at_path(case(f, f"{a}/v2/keis/{CASE_NO}", headers=_h(rng, **b)), CASE_NO, UID)
    return [
        case(f, f"{a}/v2/ntingidi", headers=_h(rng), body={
            "ede": L(FIRST, NAMEC), "ede_peneinei": L(LAST, NAMEC), "imeil": L(EMAIL_MIXED, MAIL),
            "delepwohn": L(E164, TEL), "lokaia_rir": L("Nett#Pasport26", CRED),
            "kahnimw": L(HOME["town"], COARSE), "sahpw": L("FM", COARSE)}),
        case(f, f"{a}/v2/pedolong/sms", fmt="form", headers=_h(rng), body={
            "delepwohn": L(E164, TEL), "kohd": L("558107", CRED)}),
        case(f, f"{a}/v2/ngehi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/keis/renewal", headers=_h(rng, **b), body={
            "form": "DS-82", "ede": L(FIRST, NAMEC), "ede_peneinei": L(LAST, NAMEC),
            "rahnen_ipwidi": L(DOB, BIRTH), "wasahn_ipwidi": L("New York, NY", COARSE),
            "ohl_de_lih": L("F", GENDER), "pasport": {"nempe": L(PASSPORT, NID),
                                                      "rahnen_kapwaiada": "2016-08-02"},
            "nempehn_sosiel": L(US_SSN, NID), "reirei": L("5'6\"", "health.fitness"),
            "hair": "brown", "pohs_pwoaks": L(PO_BOX, ADDR),
            "doadoahk": {"ede": "Palikir Climate Trust", "nempehn_sosiel_FSM": L(FSM_SSN, NID)},
            "keis": L(CASE_NO, UID)}),
        multipart(f, f"{a}/v2/keis/renewal/pasport-pali", [
            ("scan", "pasport_pali.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"keis": L(CASE_NO, UID), "pali": "data"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/kilel", [
            ("kilel", "kilel_jane.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("meta", None, "application/json", {"keis": L(CASE_NO, UID), "size": "2x2in"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/keis/seri", headers=_h(rng, **b), body={
            "form": "DS-11",
            "seri": {"ede": L(DAUGHTER["first"], NAMEC), "ede_peneinei": L(DAUGHTER["last"],
                                                                            NAMEC),
                     "rahnen_ipwidi": L(DAUGHTER["dob"], BIRTH),
                     "wasahn_ipwidi": L("Kolonia, Pohnpei", COARSE),
                     "ohl_de_lih": L("F", GENDER), "nempehn_sosiel": L(DAUGHTER["ssn"], NID),
                     "nempehn_kisin": L(BIRTH_CERT, NID)},
            "nohno": {"ede": L(f"{FIRST} {LAST}", NAMEC), "pasport": L(PASSPORT, NID)},
            "pahpa": {"ede": L(HUSBAND[0], NAMEC), "pasport": L(HUSBAND_PP, NID),
                      "sahpw": "FM", "delepwohn": L(HUSBAND[1], TEL)},
            "keis": L(CASE_NO, UID)}),
        multipart(f, f"{a}/v2/keis/seri/kilel", [
            ("kilel", "meriam.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("meta", None, "application/json", {"seri": L(KID, NAMEC), "sounpar": L(8, BIRTH)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tuhpene", headers=_h(rng, **b), body={
            "ofis": PP_OFFICE["id"], "slot": obj(rng, "sl"), "rahn": "2026-01-21",
            "ahnsou": "10:30", "aramas": [L(f"{FIRST} {LAST}", NAMEC), L(KID, NAMEC)],
            "keis": L(CASE_NO, UID)}),
        case(f, f"{a}/v2/tuhpene/kohdo", headers=_h(rng, **b), body={
            "tuhpene": obj(rng, "ap"), "wasa": {"lat": pla, "lng": plo},
            "ofis": {"lat": PP_OFFICE["lat"], "lng": PP_OFFICE["lon"]}}),
        case(f, f"{a}/v2/pwain", fmt="form", headers=_h(rng, **b), body={
            "keis": L(CASE_NO, UID), "mwohni": L("325.00", BUY), "currency": "USD",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kard_4": L("4444", PAY)}),
        case(f, f"{a}/v2/affidavit", gz=True, headers=_h(rng, **b), body={
            "kind": "two-parent consent (one abroad)", "seri": L(KID, NAMEC),
            "lokaia": L(f"I, {FIRST} {LAST}, consent to a passport for my daughter {KID}; her "
                        f"father {HUSBAND[0]} signs before the notary in Kolonia.",
                        f"{TEXT}|{NAMEC}"),
            "notary": "ntr_kol_02", "keis": L(CASE_NO, UID)}),
        case(f, f"{a}/v2/vote/absentee", headers=_h(rng, **b), body={
            "form": "FPCA", "ede": L(f"{FIRST} {LAST}", NAMEC), "rahnen_ipwidi": L(DOB, BIRTH),
            "nempehn_sosiel_4": L(US_SSN[-4:], NID),
            "address_voting": L("350 Fifth Avenue Apt 4B, New York, NY 10118", ADDR),
            "pati": L("Democratic", SENS), "imeil": L(EMAIL, MAIL)}),
        case(f, f"{a}/v2/ngehi/pohs", fmt="form", headers=_h(rng, **b), body={
            "pohs_pwoaks": L(PO_BOX, ADDR), "wasahn_kousoan": L(HOME["line"], ADDR),
            "kahnimw": L(HOME["town"], COARSE), "zip": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v2/kadar", headers=_h(rng, **b), body={
            "keis": L(CASE_NO, UID), "lel": "Hagatna, Guam", "pasel": obj(rng, "pc"),
            "mwohni": L(48, BUY), "sounkadar": {"ede": L(f"{FIRST} {LAST}", NAMEC),
                                               "delepwohn": L(E164, TEL)}}),
        case(f, f"{a}/v2/kadar/track", headers=_h(rng, **b), query={
            "pasel": "pc_77f31a9e02", "keis": L(CASE_NO, UID)}),
        raw(f, f"{a}/v2/keis/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/seili", headers=_h(rng, **b), body={
            "keis": L(CASE_NO, UID), "rahn": "2026-03-02", "lel": "Honolulu",
            "lokaia": L("We fly to Honolulu on 2 March for my sister's wedding, the passport "
                        "must be back by then", TEXT)}),
        case(f, f"{a}/v2/aramas_ni_apwal", headers=_h(rng, **b), body={
            "ede": L(SISTER_US[0], NAMEC), "delepwohn": L(SISTER_US[1], TEL),
            "imeil": L(SISTER_US[2], MAIL), "relation": "sister"}),
        keis,
        case(f, f"{a}/v2/kisinlikou", headers=_h(rng, **b), body={
            "keis": L(CASE_NO, UID),
            "kisinlikou": L("Meriam's birth certificate has her father's name misspelled, is "
                            "the affidavit enough?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/risiht", headers=_h(rng, how="none"), cookies={
            "ps_sid": L(opaque(rng, "", 40), CRED), "ps_dev": L(INSTALL_ID, DID),
            "ps_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/wiewia", headers=_h(rng, **b), body={
            "aramas": L(USER_ID, UID), "wiewia": [
                ev("renewal_submitted", 1), ev("skrihn", 2, skrihn=L("KeisStatus", USAGE))]}),
    ]


def pasport_sdks() -> list[Case]:
    rng = random.Random(20412)
    return [
        sm_batch(APP, rng, [("Renewal Submitted", {"form": "DS-82"}),
                            ("Fee Paid", {"amount": L(325, BUY)})]),
        sm_queue(APP, rng, [("Photo Taken", {"kind": "child"}), ("Courier Booked", {})]),
        ts_launch(APP, rng, first=True, user=True),
        ts_event(APP, rng, "purchase", {"keis": L(CASE_NO, UID)}, revenue=325.0),
        fm_eval(APP, rng, {"office": PP_OFFICE["id"], "forms": 2}, hdr=True),
        ct_check(APP, rng, {"analytics": True, "marketing": False}),
        cm_card(APP, rng, email=True),
        cm_confirm(APP, rng, "325.00", "usd"),
        mk_geocode(APP, rng, "Pasport Sawas Kolonia", "behavior.search", near=PP_FIX, nd=2),
        hk_attach(APP, rng, L(PDF, f"{MEDIA}|{NID}"), "birth_certificate_meriam.pdf",
                  "application/pdf"),
    ]
