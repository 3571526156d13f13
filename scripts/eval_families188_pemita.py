"""Tokelau entry and residence permit app "Pemita Tokelau" (its API's keys are Tokelauan, as a
local developer writes them without macrons: ``igoa_muamua`` first name, ``igoa_kaiga``
surname, ``imeli`` e-mail, ``numela_telefoni`` phone number, ``upu_lilo`` password, ``aho_fanau``
birth date, ``itupa`` sex, ``tuhifolau`` passport, ``avaga`` spouse, ``tamaliki`` children,
``tagata_tokelau`` of Tokelauan descent, ``tuatuhi`` address, ``nuku`` village, ``fenua`` atoll,
``atunuku`` country, ``maki`` illness, ``vailakau`` medicines, ``fomai`` doctor, ``maitaga``
pregnant, ``tupe`` amount, ``totogi`` payment, ``uafu`` landing, ``tulaga`` position,
``koloa`` goods, ``fekau`` message, ``hakili`` search, ``mafuaga`` reason, ``masini`` device):
sign-up, log-in, ``/oku``, the residence permit application (her passport, her husband's NZ
passport and descent), the son on it, the medical clearance (chest X-ray PDF, questionnaire),
the police certificate, the photo, the fee, status by permit number in the path, the arrival at
the Fale landing, the biosecurity declaration (msgpack), a protobuf permit-card check, the card by
cookie, a message quoting her passport, a search, an extension, her address, her sister-in-law
in Lower Hutt as referee, push, events and a log-out. New: no earlier set has an entry permit
with a biosecurity declaration (residence permits appear only as documents in other apps)."""

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
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families188_kit import (
    HOME,
    HUSBAND,
    HUSBAND_PP,
    LIAISON,
    PASSPORT,
    PERMIT,
    SAILING,
    SISTER_IL,
    SON,
    WHARF,
    WHARF_FIX,
    fix,
    hd,
    push,
)
from eval_families188_sdk import ck_crash, ck_crumb, ck_session, mo_batch, mo_identify, vk_launch
from eval_families188_svc import cf_save, ff_eval, hf_message, pu_card, pu_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pemita", "Pemita Tokelau", "com.example.pemita", "1.8.2",
          "https://api.pemita.example.org")
IID = "X-Pemita-Masini"
PW = "Fakaofo!Lagoon26"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
SON_PP = "LN771904"  # the son's NZ passport (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tkl=True, **kw)


def pemita() -> list[Case]:
    rng = random.Random(18811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), pemita=L(PERMIT, NID)))}
    wla, wlo = fix(WHARF_FIX, 5)
    lab: dict[str, str] = {}
    card = pb([(1, L(PERMIT, NID)), (2, L(PASSPORT, NID)), (3, 1769212800),
               (4, [(1, L(WHARF_FIX[0], PRECISE)), (2, L(WHARF_FIX[1], PRECISE))]),
               (5, "v2")], "", lab)
    status = at_path(case(f, f"{a}/api/v1/pemita/{PERMIT}/tulaga", headers=_h(rng, **b)),
                     PERMIT, NID)
    return [
        case(f, f"{a}/api/v1/tagata", headers=_h(rng), body={
            "igoa_muamua": L(FIRST, NAMEC), "igoa_kaiga": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "numela_telefoni": L(E164, TEL), "upu_lilo": L(PW, CRED),
            "aho_fanau": L(DOB, BIRTH), "itupa": L("fafine", GENDER), "tagatanuku": "US"}),
        case(f, f"{a}/api/v1/ulufale", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL_UPPER, MAIL), "upu_lilo": L(PW, CRED), "manatua": "1"}),
        case(f, f"{a}/api/v1/oku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/pemita", headers=_h(rng, **b), body={
            "ituaiga": "nofo_avaga", "pemita": L(PERMIT, NID),
            "tuhifolau": {"numela": L(PASSPORT, NID), "atunuku": "USA"},
            "avaga": {"igoa": L(HUSBAND[0], NAMEC), "numela_telefoni": L(HUSBAND[1], TEL),
                      "tuhifolau": L(HUSBAND_PP, NID), "tagata_tokelau": L(True, SENS)},
            "tuatuhi": L(HOME["line"], ADDR), "nuku": L(HOME["village"], COARSE),
            "fenua": L(HOME["atoll"], COARSE), "aho_amata": "2026-01-20", "mahina": 12}),
        case(f, f"{a}/api/v1/pemita/tamaliki", headers=_h(rng, **b), body={
            "pemita": L(PERMIT, NID), "tamaliki": [{
                "igoa_muamua": L(SON["first"], NAMEC), "igoa_kaiga": L(SON["last"], NAMEC),
                "aho_fanau": L(SON["dob"], BIRTH), "itupa": L(SON["sex"], GENDER),
                "tuhifolau": L(SON_PP, NID), "tagata_tokelau": L(True, SENS)}]}),
        multipart(f, f"{a}/api/v1/pemita/fomai/xray", [
            ("tuhi", "xray_fatafata.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pemita": L(PERMIT, NID),
                                                "suega": L("chest X-ray, clear", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/pemita/fomai/fehili", gz=True, headers=_h(rng, **b), body={
            "pemita": L(PERMIT, NID), "maki_tumau": [L("asthma", MED)],
            "vailakau": [L("salbutamol inhaler", MED), L("fluticasone 125 mcg", MED)],
            "tb": L(False, MED), "hepatitis_b": L("leai", MED), "maitaga": L(False, MED),
            "fomai": {"igoa": L("Dr. Ana Reyes", NAMEC), "falemai": "Example Family Clinic"}}),
        multipart(f, f"{a}/api/v1/pemita/leoleo", [
            ("tuhi", "police_certificate.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"pemita": L(PERMIT, NID), "atunuku": "USA"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/pemita/ata", [
            ("ata", "passport_photo.jpg", "image/jpeg", L(JPEG + b"\x18", MEDIA)),
            ("meta", None, "application/json", {"pemita": L(PERMIT, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/pemita/totogi", fmt="form", headers=_h(rng, **b), body={
            "pemita": L(PERMIT, NID), "tupe": L("150.00", BUY), "tupe_ituaiga": "NZD",
            "auala_totogi": L(opaque(rng, "pm_", 24), PAY), "fika_fakamuli": L("4444", PAY),
            "lihiti": L("PT-RC-60218", BUY)}),
        status,
        case(f, f"{a}/api/v1/taunuku", headers=_h(rng, **b), body={
            "pemita": L(PERMIT, NID), "uafu": WHARF["id"], "vaka": SAILING,
            "tulaga": {"lat": wla, "lng": wlo, "tonu_m": 9},
            "uafu_tulaga": {"lat": WHARF["lat"], "lng": WHARF["lon"]}, "aho": "2026-01-24"}),
        case(f, f"{a}/api/v1/puipuiga", fmt="msgpack", headers=_h(rng, **b), body={
            "tuhifolau": L(PASSPORT, NID), "vaka": SAILING, "koloa": [
                {"mea": "ika mago", "numela": 2}, {"mea": "fualakau", "numela": 0},
                {"mea": L("salbutamol inhaler x3", MED), "numela": 3}],
            "fakamatalaga": L("E iei ni vailakau asthma mo au, e leai ni fualakau", f"{TEXT}|{MED}"),
            "manu": False}),
        raw(f, f"{a}/api/v1/pemita/kata/siaki", card, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/pemita/kata", headers=_h(rng, how="none"), cookies={
            "pm_sesia": L(opaque(rng, "", 40), CRED), "pm_masini": L(INSTALL_ID, DID),
            "pm_req": rid(rng)}),
        case(f, f"{a}/api/v1/fekau", headers=_h(rng, **b), body={
            "kia": LIAISON["id"],
            "fekau": L(f"Toku tuhifolau {PASSPORT} e fou, e mafai ke fakafou te pemita?",
                       f"{TEXT}|{NID}")}),
        case(f, f"{a}/api/v1/hakili", headers=_h(rng, **b), query={
            "hakili": L("pemita nofo avaga tauhaga", SEARCH), "itulau": "1"}),
        case(f, f"{a}/api/v1/pemita/fakaloa", fmt="form", headers=_h(rng, **b), body={
            "pemita": L(PERMIT, NID), "aho_fakaiku": "2027-06-30",
            "mafuaga": L("Ka nofo pea ma toku avaga i Fakaofo seia uma te tauhaga aoga", TEXT)}),
        case(f, f"{a}/api/v1/tagata/tuatuhi", headers=_h(rng, **b), body={
            "tuatuhi": L(HOME["line"], ADDR), "nuku": L(HOME["village"], COARSE),
            "fenua": L(HOME["atoll"], COARSE), "atunuku": L(HOME["country"], COARSE)}),
        case(f, f"{a}/api/v1/pemita/fakamaonia", headers=_h(rng, **b), body={
            "pemita": L(PERMIT, NID), "fakamaonia": {
                "igoa": L(SISTER_IL[0], NAMEC), "numela_telefoni": L(SISTER_IL[1], TEL),
                "imeli": L(SISTER_IL[2], MAIL), "tuatuhi": L(SISTER_IL[3], ADDR),
                "vaega": "tuafafine o toku avaga"}}),
        case(f, f"{a}/api/v1/masini", headers=_h(rng, **b), body=push(push_token(rng), "tkl_TK")),
        case(f, f"{a}/api/v1/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "fakaaoga": L(USER_ID, UID), "mea_tutupu": [
                ev("pemita_tuku", 1), ev("totogi", 2, tupe=L(150, BUY)),
                ev("itulau", 3, itulau=L("TulagaPemita", USAGE))]}),
        case(f, f"{a}/api/v1/ulufafo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID),
            "lang": L("tkl", DEV)}),
    ]


def pemita_sdks() -> list[Case]:
    rng = random.Random(18812)
    return [
        mo_batch(APP, rng, [("Permit Submitted", {"kind": "nofo_avaga"}),
                            ("Fee Paid", {"amount": L(150, BUY)})], at=WHARF_FIX, nd=2,
                 locale="tkl_TK"),
        mo_identify(APP, rng, {"atoll": L("Fakaofo", COARSE), "permit": L(PERMIT, NID)}),
        vk_launch(APP, rng, first=True),
        ck_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [ck_crumb("nav", "Pemita -> Fomai"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/api/v1/pemita/fomai/xray",
                                           "status": 0})], screen="FomaiActivity"),
        ck_session(APP, rng, secs=1240),
        ff_eval(APP, rng, {"atoll": L("Fakaofo", COARSE), "kind": "residence"}),
        cf_save(APP, rng, {"analytics": True, "marketing": False}),
        pu_card(APP, rng, email=True),
        pu_confirm(APP, rng, "150.00"),
        hf_message(APP, rng, L(f"My permit {PERMIT} still says pending after 3 weeks",
                               f"{TEXT}|{NID}"), {"pemita": L(PERMIT, NID)}),
    ]
