"""Childminder app "Bressòl" (bressòl: cradle; Lina's registered childminder in Saint-Cyprien
keeps the day's diary in it and the parents, as her employers, declare hours and pay her wages
through it; its API's keys are Occitan, ASCII-folded: ``parent``, ``prenom``, ``nom``,
``corriel``, ``telefon``, ``senhal``, ``adreca``, ``dròlla`` → ``drolla`` the little girl,
``naissenca`` birth date, ``sexe``, ``pes`` weight, ``alergias``, ``vaccins``, ``metge`` doctor,
``assistenta`` childminder, ``agrament`` her agreement number, ``contracte`` contract,
``oras`` hours, ``tarif_orari`` hourly rate, ``salari`` wage, ``entreten`` upkeep allowance,
``repais`` meals, ``arribada``/``partença`` → ``partenca`` drop-off and pick-up, ``febre``
fever, ``potinga`` medicine, ``autorizacion`` authorisation, ``absencia`` absence, ``conget``
holiday, ``messatge``, ``jornal`` diary, ``numero_emplegaire`` her employer number,
``atestacion_fiscala`` tax certificate): sign-up, an SMS code, ``/ieu``, Lina's profile (her
allergy and vaccinations), the contract with the childminder, the day's diary, the drop-off with
her fix at the door, a pick-up authorisation for her mother-in-law, a medicine authorisation
(a fever), the monthly wage declaration (form), the payslip by employer number in the path, the
health-record page photo, a message, an absence (gzip), the summer holidays, the tax
certificate, an offline diary sync (JSON Lines), push and events. A docstring grep for
"childminder", "child minder", "home-based child" and "nounou" found nothing (sets 53 and 67
have nanny apps, set 96 a crèche and set 138 a nursery: here she is the employer of a registered
childminder who looks after children in her own home)."""

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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families239_kit import (
    AGREEMENT,
    DAUGHTER,
    EMPLOYER_NO,
    FR_IBAN,
    HOME,
    HUSBAND,
    MINDER,
    MINDER_DOOR,
    MOTHER_IL,
    TAX_NO,
    fix,
    hd,
    obj,
    push,
)
from eval_families239_sdk import bc_bid, cg_crash, cg_crumb, mg_batch, mg_identify, tc_launch
from eval_families239_svc import co_save, cp_card, cp_confirm, fc_eval, ht_message, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bressol", "Bressòl", "com.example.bressol", "2.8.5", "https://api.bressol.example.fr")
IID = "X-Bressol-Aparelh"
PW = "Lina2023!Bressol"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
LINA = "dr_" + "7f3a01c9"  # Lina's record in the app (the child's ID: id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bressol() -> list[Case]:
    rng = random.Random(23941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, corriel=L(EMAIL, MAIL), drollas=[L(LINA, UID)],
                                    rol="parent"))}
    dla, dlo = fix(MINDER_DOOR)
    slip = at_path(case(f, f"{a}/v1/emplegaires/{EMPLOYER_NO}/bulletins", headers=_h(rng, **b),
                        query={"mes": "2026-01"}), EMPLOYER_NO, UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "corriel": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "senhal": L(PW, CRED),
            "adreca": L(HOME["line_fr"], ADDR), "vila": L(HOME["town_fr"], COARSE),
            "codi_postal": L(HOME["post"], COARSE), "ligam": "maire"}),
        case(f, f"{a}/v1/auth/codi", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "codi": L("318840", CRED)}),
        case(f, f"{a}/v1/ieu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/drollas", headers=_h(rng, **b), body={
            "id": L(LINA, UID), "prenom": L(DAUGHTER["first"], NAMEC),
            "nom": L(DAUGHTER["last"], NAMEC), "naissenca": L(DAUGHTER["dob"], BIRTH),
            "sexe": L(DAUGHTER["sex"], GENDER), "pes": L(DAUGHTER["weight"], FIT),
            "alergias": [L("proteïnas de lach de vaca", MED)],
            "vaccins": {"ROR": L("2024-06-20", MED), "DTCaP": L("2024-01-18", MED)},
            "metge": {"nom": L("Dr Clara Fabre", NAMEC), "telefon": L("+33639984418", TEL)},
            "doudou": "lapin blau"}),
        case(f, f"{a}/v1/contractes", headers=_h(rng, **b), body={
            "assistenta": {"nom": L(MINDER[0], NAMEC), "telefon": L(MINDER[1], TEL),
                           "adreca": L(MINDER[2], ADDR), "agrament": AGREEMENT},
            "drolla": L(LINA, UID), "oras_setmana": 40, "tarif_orari": 4.60,
            "entreten": 3.90, "repais_fornits": False, "debuta": "2025-09-01",
            "numero_emplegaire": L(EMPLOYER_NO, UID)}),
        case(f, f"{a}/v1/jornal", headers=_h(rng, **b), query={
            "drolla": L(LINA, UID), "jorn": "2026-01-14"}),
        case(f, f"{a}/v1/arribadas", headers=_h(rng, **b), body={
            "drolla": L(LINA, UID), "ora": "2026-01-14T08:12:00+01:00",
            "posicion": {"lat": dla, "lng": dlo, "precision": 9},
            "portat_per": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/autorizacions/recuperacion", headers=_h(rng, **b), body={
            "drolla": L(LINA, UID),
            "persona": {"nom": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                        "ligam": "grand"}, "jorns": ["dimecres"]}),
        case(f, f"{a}/v1/autorizacions/potinga", headers=_h(rng, **b), body={
            "drolla": L(LINA, UID), "potinga": L("paracetamòl sirop 2,4 %", MED),
            "pes_per_dosa": L("12 kg", FIT),
            "motiu": L("febre de 38,6 dempuèi aquesta nuèch", MED),
            "ordonanca": False}),
        case(f, f"{a}/v1/declaracions/mesadieras", fmt="form", headers=_h(rng, **b), body={
            "numero_emplegaire": L(EMPLOYER_NO, UID), "mes": "2026-01", "oras": "173",
            "salari_net": L("796.20", BUY), "entreten": L("85.80", BUY),
            "iban_prelevament": L(FR_IBAN, PAY)}),
        case(f, f"{a}/v1/contractes/avenant", fmt="form", headers=_h(rng, **b), body={
            "numero_emplegaire": L(EMPLOYER_NO, UID), "drolla": L(LINA, UID),
            "oras_setmana": "32", "motiu": L("temps partial fins a la fin de mon arrèst", TEXT),
            "debuta": "2026-02-02"}),
        slip,
        multipart(f, f"{a}/v1/drollas/carnet_santat", [
            ("pagina", "carnet_vaccins.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"drolla": L(LINA, UID), "pagina": 92})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messatges", headers=_h(rng, **b), body={
            "fil": obj(rng, "fl"), "a": "assistenta",
            "texte": L("Sandrina, Lina a mal dormit, es un pauc caganha uèi. Son papà la ven "
                       "quèrre a 17 h.", TEXT)}),
        case(f, f"{a}/v1/absencias", gz=True, headers=_h(rng, **b), body={
            "drolla": L(LINA, UID), "de": "2026-01-15", "fins_a": "2026-01-16",
            "motiu": L("malautiá", MED),
            "nota": L("Lina a una otitis, lo metge ditz dos jorns a l'ostal.",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/congets", fmt="form", headers=_h(rng, **b), body={
            "drolla": L(LINA, UID), "de": "2026-08-03", "fins_a": "2026-08-21",
            "luoc": L("cò de sa grand a Albi", f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/v1/atestacions_fiscalas", headers=_h(rng, **b), body={
            "numero_emplegaire": L(EMPLOYER_NO, UID), "an": "2025",
            "numero_fiscal": L(TAX_NO, NID), "total_pagat": L(9840, BUY)}),
        lines(f, f"{a}/v1/jornal/sincro", [
            {"drolla": L(LINA, UID), "tipe": "repais", "ora": "11:45", "manjat": "tot"},
            {"drolla": L(LINA, UID), "tipe": "som", "de": "12:40", "fins_a": "14:55"},
            {"drolla": L(LINA, UID), "tipe": "temperatura", "valor": L(37.9, MED)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/aparelhs", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eveniments", headers=_h(rng, **b), body={
            "utilizaire": L(USER_ID, UID), "sesilha": rid(rng), "eveniments": [
                ev("jornal_vist", 1), ev("ecran", 2, ecran=L("Declaracion", USAGE))]}),
        case(f, f"{a}/v1/sortida", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparelh": L(INSTALL_ID, DID)}),
    ]


def bressol_sdks() -> list[Case]:
    rng = random.Random(23942)
    return [
        mg_batch(APP, rng, [("Diary Opened", {"day": "2026-01-14"}),
                            ("Wage Declared", {"amount": L(796.2, BUY)})]),
        mg_identify(APP, rng, {"role": "parent", "children": 1, "vila": L("Tolosa", COARSE)}),
        tc_launch(APP, rng),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="baby,toys,nappies"),
        cg_crash(APP, rng, ("java.lang.NullPointerException", "diary photo row"),
                 [cg_crumb("nav", "Jornal -> Fotos")],
                 user={"id": L(USER_ID, UID)}, screen="JornalActivity"),
        fc_eval(APP, rng, {"children": 1, "role": "employer"}),
        pc_register(APP, rng, tags={"drolla": L(LINA, UID)}),
        co_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "85.80"),
        ht_message(APP, rng, L(f"La declaracion de genièr per {KID} es bloccada",
                               f"{TEXT}|{NAMEC}"),
                   {"drolla": L(LINA, UID)}),
    ]
