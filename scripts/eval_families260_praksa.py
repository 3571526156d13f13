"""Family-doctor practice app "Praksa" (a GP practice on the Spree in Lübbenau; this summer: a
tick bite in the meadows, a spreading red ring, antibodies, doxycycline; all year: her blood
pressure and its tablets). Its API's keys are Lower Sorbian, ASCII-folded, with English and
medical Latin words kept: ``pacient`` patient (her patient number), ``psedme``,
``familijowe_me``, ``email``, ``telefon``, ``datum_narozenja``, ``rod`` sex (``zenska``
woman), ``zawescenje`` insurance, ``zawescenski_numer`` insurance number, ``adresa``, ``droga``,
``mesto``, ``termin`` appointment, ``psicyna`` reason, ``wobraz`` picture, ``dny`` days,
``temperatura``, ``bolosc`` pain, ``lekarstwa`` medicines, ``alergije``, ``samodruga``
pregnant, ``zaszczepjenje`` vaccination, ``recept`` prescription, ``lekarnja`` pharmacy,
``njezmoznosc`` (incapacity) sick note, ``diagnoza``, ``wuslědki`` (``wusledki``) results,
``powesc`` message, ``dostawar`` recipient, ``syn`` son, ``ksejny_tlok`` blood pressure,
``podpismo`` signature, ``psizwolenje`` consent, ``suma``, ``plasenje``, ``grat``, ``tsojenja``:
registration with her insurance number, an SMS code, ``/ja``, slots, an appointment for the
tick bite, a photo of the ring, the symptom questionnaire (gzip), a check-in at the practice, her
e-prescriptions, a repeat prescription, a sick note for her school, the lab results by patient
number in the path, a video consultation, a message to her doctor, Kito's check-up, her
vaccination card, a self-pay test, documents by cookie, a consent to share with the hospital,
home blood-pressure readings (msgpack), push and events."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families260_kit import (
    DOCTOR,
    HOME,
    HOME_AT,
    KVNR,
    PATIENT_NO,
    PRACTICE,
    PRACTICE_FIX,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families260_sdk import cs_batch, cs_queue, zl_session, zw_launch
from eval_families260_svc import (
    bm_geocode,
    bm_route,
    dw_check,
    ps_eval,
    pw_register,
    rg_attach,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("praksa", "Praksa", "com.example.praksa", "5.1.3", "https://api.praksa.example.net")
IID = "X-Praksa-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
SON_KVNR = "K592015837"  # Kito's health insurance number (health.medical)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def praksa() -> list[Case]:
    rng = random.Random(26031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pacient=L(PATIENT_NO, MED),
                                    praksa=PRACTICE["id"]))}
    pla, plo = fix(PRACTICE_FIX, 5)
    results = at_path(case(f, f"{a}/v1/pacienty/{PATIENT_NO}/wusledki", headers=_h(rng, **b),
                           query={"wot": "2026-06-01"}), PATIENT_NO, MED)
    return [
        case(f, f"{a}/v1/pacienty", headers=_h(rng), body={
            "psedme": L(FIRST, NAMEC), "familijowe_me": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "datum_narozenja": L(DOB, BIRTH), "rod": L("zenska", GENDER),
            "zawescenje": {"kasa": "Example BKK Brandenburg", "zawescenski_numer": L(KVNR, MED)},
            "adresa": {"droga": L(HOME["line"], ADDR), "mesto": L(HOME["town"], COARSE),
                       "postowa_licba": L(HOME["post"], COARSE)},
            "pacient": L(PATIENT_NO, MED), "rec": "en"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("274061", CRED)}),
        case(f, f"{a}/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/termin/wolne", headers=_h(rng, **b), query={
            "praksa": PRACTICE["id"], "datum": "2026-06-15", "druzyna": "akutne"}),
        case(f, f"{a}/v1/termin", headers=_h(rng, **b), body={
            "pacient": L(PATIENT_NO, MED), "slot": obj(rng, "sl"), "datum": "2026-06-15T08:40",
            "psicyna": L("Red ring around a tick bite on my left calf, getting bigger",
                         f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/wobraze", [
            ("wobraz", "tick_ring_day9.jpg", "image/jpeg", L(JPEG + b"\x7a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pacient": L(PATIENT_NO, MED),
                                                "dny": L(9, MED), "wjelikosc_cm": L(6, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/prasanja", gz=True, headers=_h(rng, **b), body={
            "pacient": L(PATIENT_NO, MED), "temperatura": L(37.8, MED),
            "bolosc": {"glowa": L(True, MED), "stawy": L(True, MED)},
            "lekarstwa": [L("Ramipril 5 mg", MED)], "alergije": [L("Ibuprofen", MED)],
            "samodruga": L(False, MED), "zaszczepjenje_fsme": L("2024-04-11", MED),
            "ukus": {"datum": L("2026-06-06", MED), "mestno": L("Wiesen bei Leipe", MED)}}),
        case(f, f"{a}/v1/check-in", headers=_h(rng, **b), body={
            "termin": obj(rng, "tm"), "mestno": {"lat": pla, "lon": plo},
            "praksa": {"id": PRACTICE["id"], "lat": PRACTICE["lat"], "lon": PRACTICE["lon"]}}),
        case(f, f"{a}/v1/e-recepty", headers=_h(rng, **b), query={
            "pacient": L(PATIENT_NO, MED), "aktiwne": "true"}),
        case(f, f"{a}/v1/recepty/psedlejsenje", fmt="form", headers=_h(rng, **b), body={
            "pacient": L(PATIENT_NO, MED), "lekarstwo": L("Ramipril 5 mg N3", MED),
            "licba": L("100", MED), "lekarnja": "ap_spreewald_lbn"}),
        case(f, f"{a}/v1/njezmoznosc", headers=_h(rng, **b), body={
            "pacient": L(PATIENT_NO, MED), "wot": "2026-06-15", "do": "2026-06-19",
            "diagnoza": L("A69.2", MED), "kopija": "pacient"}),
        results,
        case(f, f"{a}/v1/video/rumy", headers=_h(rng, **b), body={
            "termin": obj(rng, "tm"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/powesci", headers=_h(rng, **b), body={
            "dostawar": {"me": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "tekst": L("Day 5 of doxycycline: the ring is fading but I get sunburnt fast, "
                       "is that the tablets?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/termin/syn", headers=_h(rng, **b), body={
            "syn": {"psedme": L(SON["first"], NAMEC), "familijowe_me": L(SON["last"], NAMEC),
                    "datum_narozenja": L(SON["dob"], BIRTH), "rod": L("muski", GENDER),
                    "zawescenski_numer": L(SON_KVNR, MED)},
            "psicyna": L("U11 check-up", MED), "datum": "2026-06-26T15:20"}),
        multipart(f, f"{a}/v1/zaszczepjenja", [
            ("wobraz", "impfpass.jpg", "image/jpeg", L(JPEG + b"\x7b", f"{MEDIA}|{MED}")),
            ("zapiski", None, "application/json", {
                "pacient": L(PATIENT_NO, MED),
                "fsme": [L("2023-03-02", MED), L("2023-04-04", MED), L("2024-04-11", MED)],
                "tetanus": L("2021-09-30", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/plasenje", fmt="form", headers=_h(rng, **b), body={
            "pacient": L(PATIENT_NO, MED), "wukon": L("Borrelien-Antikörper IgG/IgM", MED),
            "suma": L("34.97", BUY), "metoda": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/dokumenty", headers=_h(rng, how="none"), cookies={
            "px_sesija": L(opaque(rng, "", 40), CRED), "px_grat": L(INSTALL_ID, DID),
            "px_req": rid(rng)}),
        case(f, f"{a}/v1/psizwolenje", headers=_h(rng, **b), body={
            "pacient": L(PATIENT_NO, MED), "komu": "Klinikum Niederlausitz-Süd",
            "wobceri": ["labor", "wobraze"],
            "podpismo": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/ksejny_tlok", fmt="msgpack", headers=_h(rng, **b), body={
            "pacient": L(PATIENT_NO, MED), "merjenja": [
                {"sys": L(142, MED), "dia": L(91, MED), "puls": L(74, MED), "t": 1781161200},
                {"sys": L(136, MED), "dia": L(88, MED), "puls": L(70, MED), "t": 1781247600}],
            "grat": "bp_cuff_home"}),
        case(f, f"{a}/v1/grat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tsojenja", headers=_h(rng, **b), body={
            "wuzywar": L(USER_ID, UID), "tsojenja": [
                ev("termin_wobstarany", 1), ev("wobrazowka", 2, wobrazowka=L("Recepty", USAGE))]}),
    ]


def praksa_sdks() -> list[Case]:
    rng = random.Random(26032)
    return [
        cs_batch(APP, rng, [("Appointment Booked", {"kind": "akutne"}),
                            ("Photo Uploaded", {"count": 1})]),
        cs_queue(APP, rng, [("Reading Saved", {"sys": L(142, MED)}), ("Reminder Opened", {})]),
        zw_launch(APP, rng, first=True, user=True),
        zl_session(APP, rng, secs=388),
        ps_eval(APP, rng, {"practice": PRACTICE["id"], "program": L("hypertension", MED)},
                hdr=True),
        pw_register(APP, rng, tags={"praksa": PRACTICE["id"]}),
        dw_check(APP, rng, {"analytics": True, "research": False}),
        bm_geocode(APP, rng, "Apotheke Lubnjow", SEARCH, near=HOME_AT, nd=2),
        bm_route(APP, rng, [(HOME_AT, "location.precise"),
                            ((PRACTICE["lat"], PRACTICE["lon"]), None)], mode="cycling"),
        rg_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "sick_note.pdf", "application/pdf"),
    ]
