"""A paediatric rheumatology clinic's Familial Mediterranean Fever diary "Kalentura" (fever): she
keeps Rashel's attack diary, colchicine doses and labs for the clinic in Şişli (the child's
health data; FMF is common among Sephardic and Anatolian families). Its API's keys are Ladino:
``pasiente`` patient, ``numero_de_pasiente``, ``ija`` daughter, ``madre`` mother, ``nombre``,
``alkunya``, ``data_de_nasimiento``, ``sekso``, ``numero_de_identidad`` (the TC kimlik
number), ``telefon``, ``kodigo``, ``diagnostiko``, ``gen`` (the MEFV variants), ``atake``
attack (``empeso``, ``durasion_oras``, ``kalentura`` temperature, ``dolor_de_tripa`` abdominal
pain, ``dolor_de_pecho`` chest pain, ``artritis``, ``notas``), ``ilach`` medicine (``doza``),
``analiz`` lab test (``tipo``), ``krecimiento`` growth (``altor`` height, ``peso`` weight),
``randevu``, ``motivo`` reason, ``dotor``, ``mesaje``, ``eskola`` school (``dias_de_ausensia``),
``rechete`` prescription, ``kompartir`` share, ``suma``, ``metodo``, ``bushkar``. Calls: an SMS
log-in, ``/yo``, linking the child, an attack, a protobuf dose log, a lab PDF, lab values (gzip),
growth, slots, a booking, a check-in at the clinic, a message to the doctor, a school letter, a
video consult, sharing with her husband, prescriptions, the copay, a search, the file by patient
number in the path, push and events by cookie. Sets 62 (lupus), 69 (joints) and 118 (gout) have
adult rheumatology; none has a child's periodic-fever diary with a genetic result."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families212_kit import (
    CLINIC,
    DAUGHTER,
    DOCTOR,
    HOME_AT,
    HUSBAND,
    PATIENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families212_sdk import ab_launch, cg_session, ko_batch, ko_queue
from eval_families212_svc import (
    fs_eval,
    hc_attach,
    kl_check,
    mb_geocode,
    pa_card,
    pa_confirm,
    pv_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kalentura", "Kalentura", "com.example.kalentura", "1.9.0",
          "https://api.kalentura.example.net")
IID = "X-Kalentura-Install"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
FIT = "health.fitness"
CLINIC_FIX = (41.060897, 28.992143)  # her phone at the clinic's door
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kalentura() -> list[Case]:
    rng = random.Random(21221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta=L(EMAIL, MAIL), pasientes=[L(PATIENT, MED)],
                                    rol="madre"))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    doses = pb([(1, L(PATIENT, MED)), (2, 1768348800),
                (3, [(1, L("kolsisina", MED)), (2, L(1.0, MED)), (3, 1)]),
                (4, [(1, L("kolsisina", MED)), (2, L(0.5, MED)), (3, 2)]), (5, "1.9.0")], "", lab)
    dosier = at_path(case(f, f"{a}/v2/pasientes/{PATIENT}/dosier", headers=_h(rng, **b)),
                     PATIENT, MED)
    return [
        case(f, f"{a}/v2/entrada/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kodigo": L("307215", CRED)}),
        case(f, f"{a}/v2/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/pasientes", headers=_h(rng, **b), body={
            "ija": {"nombre": L(DAUGHTER["first"], NAMEC), "alkunya": L(DAUGHTER["last"], NAMEC),
                    "data_de_nasimiento": L(DAUGHTER["dob"], BIRTH),
                    "sekso": L(DAUGHTER["sex"], GENDER),
                    "numero_de_identidad": L(DAUGHTER["tc"], NID)},
            "numero_de_pasiente": L(PATIENT, MED), "diagnostiko": L("FMF", MED),
            "gen": [L("MEFV M694V", MED), L("MEFV M694V", MED)],
            "madre": {"nombre": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)}}),
        case(f, f"{a}/v2/atakes", headers=_h(rng, **b), body={
            "numero_de_pasiente": L(PATIENT, MED), "empeso": "2026-01-12T03:40",
            "durasion_oras": L(48, MED), "kalentura": L(39.2, MED),
            "dolor_de_tripa": L(True, MED), "dolor_de_pecho": L(False, MED),
            "artritis": L("diz siedra", MED),
            "notas": L("Se desperto kon kalentura i dolor de tripa, no kijo komer", f"{TEXT}|{MED}")}),
        raw(f, f"{a}/v2/ilach/dozas", doses, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/analizes", [
            ("dosya", "crp_saa_enero.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"numero_de_pasiente": L(PATIENT, MED),
                                                "tipo": L("CRP + SAA", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/analizes/valores", gz=True, headers=_h(rng, **b), body={
            "numero_de_pasiente": L(PATIENT, MED), "data": "2026-01-14",
            "valores": {"crp": L(31.4, MED), "saa": L(118, MED), "esr": L(42, MED),
                        "proteinuria": L(False, MED)}, "laboratorio": "lab_sis_03"}),
        multipart(f, f"{a}/v2/atakes/foto", [
            ("foto", "pierna.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "numero_de_pasiente": L(PATIENT, MED),
                "notas": L("Kolorado en la pierna siedra, kayente", f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/krecimiento", headers=_h(rng, **b), body={
            "numero_de_pasiente": L(PATIENT, MED), "data": "2026-01-14",
            "altor": L(121.5, FIT), "peso": L(22.4, FIT)}),
        case(f, f"{a}/v2/randevus/libres", headers=_h(rng, **b), query={
            "klinika": CLINIC["id"], "semana": "2026-W04"}),
        case(f, f"{a}/v2/randevus", headers=_h(rng, **b), body={
            "numero_de_pasiente": L(PATIENT, MED), "slot": obj(rng, "sl"), "dotor": "dr_aydogan",
            "motivo": L("kontrol despues de atake, doza de kolsisina", MED)}),
        case(f, f"{a}/v2/yegada", headers=_h(rng, **b), body={
            "randevu": obj(rng, "rv"), "posision": {"lat": cla, "lng": clo},
            "klinika": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v2/mesajes", headers=_h(rng, **b), body={
            "a": {"nombre": L(DOCTOR[0], NAMEC), "posta": L(DOCTOR[1], MAIL)},
            "mesaje": L("Rashel tuvo 39 de kalentura dos dias, le di 1 mg de kolsisina. Ay ke "
                        "aumentar la doza?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/eskola/raporto", fmt="form", headers=_h(rng, **b), body={
            "numero_de_pasiente": L(PATIENT, MED), "eskola": "Kurtuluş İlkokulu",
            "dias_de_ausensia": L("2", MED), "nombre_de_la_ija": L(KID, NAMEC)}),
        case(f, f"{a}/v2/video/oda", headers=_h(rng, **b), body={
            "randevu": obj(rng, "rv"), "token_de_entrada": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/kompartir", headers=_h(rng, **b), body={
            "numero_de_pasiente": L(PATIENT, MED),
            "kon": {"nombre": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "permisos": ["atakes", "randevus"]}),
        case(f, f"{a}/v2/rechetes", headers=_h(rng, **b), query={
            "numero_de_pasiente": L(PATIENT, MED), "aktivas": "true"}),
        case(f, f"{a}/v2/pago", fmt="form", headers=_h(rng, **b), body={
            "suma": L("850.00", BUY), "moneda": "TRY", "metodo": L(opaque(rng, "pm_", 24), PAY),
            "randevu": obj(rng, "rv")}),
        case(f, f"{a}/v2/bushkar", headers=_h(rng, **b), query={
            "bushkar": L("kolsisina kon djugo de portokal", SEARCH)}),
        dosier,
        case(f, f"{a}/v2/aparatos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/eventos", headers=_h(rng, how="none"), cookies={
            "kl_sesion": L(opaque(rng, "", 40), CRED), "kl_aparato": L(INSTALL_ID, DID)}, body={
            "uzador": L(USER_ID, UID), "eventos": [
                ev("atake_enrejistrado", 1), ev("ekran", 2, ekran=L("Diario", USAGE))]}),
    ]


def kalentura_sdks() -> list[Case]:
    rng = random.Random(21222)
    return [
        ko_batch(APP, rng, [("Attack Logged", {"fever": L(39.2, MED)}),
                            ("Dose Logged", {"mg": L(1.0, MED)})]),
        ko_queue(APP, rng, [("Dose Logged", {"mg": L(0.5, MED)}), ("Diary Opened", {})]),
        ab_launch(APP, rng, first=True, user=True),
        cg_session(APP, rng, secs=388),
        fs_eval(APP, rng, {"klinika": CLINIC["id"], "programa": L("fmf", MED)}, hdr=True),
        pv_register(APP, rng, tags={"klinika": CLINIC["id"], "rekordatorio": L("kolsisina", MED)}),
        kl_check(APP, rng, {"analytics": True, "research": False}),
        pa_card(APP, rng),
        pa_confirm(APP, rng, "850.00"),
        mb_geocode(APP, rng, "Şişli Pediatrik Romatoloji", SEARCH, near=HOME_AT, nd=2),
        hc_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "raporto_genetiko.pdf", "application/pdf"),
    ]
