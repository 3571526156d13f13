"""Daara (Quranic school) fees app "Ndongopay" for her son Moussa (camelCase French API; the
child's data): unlike set 88's recitation class for adults, a day school's fees, attendance and
pick-up. The parent's sign-up, a log-in and its SMS code, ``/moi``, daaras near her, the son's
enrolment (birth certificate, programme, allergy, his father), his photo, fees, attendance,
progress and health card by his ID in the path, a month's fee by mobile money, the receipt by
reference in the path, an absence, a message to the teacher, pick-up people, the school's day,
the uniform and its card payment, the school-bus stop at her door, push, telemetry and the
children by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families112_kit import (
    DAARA,
    DK_HOME,
    DK_HOME_AT,
    FEE_REF,
    HUSBAND,
    INLAW,
    SN_E164,
    SN_NATIONAL,
    SON,
    SON_BIRTH_CERT,
    fix,
    obj,
)
from eval_families112_sdk import (
    ag_event,
    ag_session,
    bk_bid,
    ck_crash,
    ck_crumb,
    lb_batch,
    lb_identify,
)
from eval_families112_svc import cj_check, fn_eval, pc_card, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

NATID = "personal.national_id"
APP = App("ndongopay", "Ndongopay", "org.example.ndongopay", "1.4.8",
          "https://api.ndongopay.example.org")
IID = "X-Ndongo-Install"
MDP = "Xam-Xam-2016!"
KID = SON["id"]
E = f"{APP.api}/api/eleves/{KID}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("fr-SN,fr;q=0.9,wo;q=0.7", DEV)
    return h


def _kid(c: Case) -> Case:
    return at_path(c, KID, UID)


def ndongopay() -> list[Case]:
    rng = random.Random(11251)
    a, f = APP.api + "/api", APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), eleves=[L(KID, UID)]))}
    hla, hlo = fix(DK_HOME_AT, 6)
    return [
        case(f, f"{a}/parents", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "telephone": L(SN_E164, TEL),
            "email": L(EMAIL, MAIL), "motDePasse": L(MDP, CRED), "lienParente": "mère",
            "telephoneEtranger": L(E164, TEL),
            "adresse": L(DK_HOME["line"], ADDR), "quartier": L(DK_HOME["quartier"], COARSE)}),
        case(f, f"{a}/auth", fmt="form", headers=_h(rng), body={
            "telephone": L(SN_NATIONAL, TEL), "motDePasse": L(MDP, CRED)}),
        case(f, f"{a}/auth/otp", fmt="form", headers=_h(rng), body={
            "code": L("305118", CRED), "telephone": L(SN_E164, TEL)}),
        case(f, f"{a}/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/daaras", headers=_h(rng, **b), query={
            "lat": L(f"{DK_HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{DK_HOME_AT[1]:.4f}", PRECISE),
            "rayon": "3000",
            "type": "externat"}),
        case(f, f"{a}/eleves", headers=_h(rng, **b), body={
            "daara": DAARA["id"], "prenom": L(SON["first"], NAMEC), "nom": L(SON["last"], NAMEC),
            "dateNaissance": L(SON["dob"], BIRTH), "sexe": L(SON["sex"], GENDER),
            "programme": L("hifz (mémorisation du Coran)", SENS), "internat": False,
            "extraitNaissance": L(SON_BIRTH_CERT, NATID), "allergies": [L("arachide", MED)],
            "pere": {"nom": L(HUSBAND[0], NAMEC), "telephone": L(HUSBAND[1], TEL)}}),
        _kid(multipart(f, f"{E}/photo", [
            ("photo", "moussa.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"eleveId": L(KID, UID), "usage": "carte"})],
            headers=_h(rng, **b))),
        _kid(case(f, f"{E}/frais", headers=_h(rng, **b), query={"annee": "2025-2026"})),
        case(f, f"{a}/paiements", headers=_h(rng, **b), body={
            "eleveId": L(KID, UID), "mois": "2025-12", "montant": L(15000, BUY),
            "moyen": "mobile", "msisdn": L(SN_E164, TEL), "reference": L(FEE_REF, BUY),
            "daaraCompte": DAARA["phone"]}),
        at_path(case(f, f"{a}/paiements/{FEE_REF}/recu", headers=_h(rng, **b)), FEE_REF, BUY),
        _kid(case(f, f"{E}/presences", headers=_h(rng, **b), query={"mois": "2025-12"})),
        _kid(case(f, f"{E}/progression", headers=_h(rng), cookies={
            "np_session": L(opaque(rng, "", 40), CRED), "np_eleve": L(KID, UID)})),
        _kid(case(f, f"{E}/sante", headers=_h(rng, **b), body={
            "vaccins": L(["BCG", "DTC3", "VAR"], MED), "asthme": L(True, MED),
            "inhalateur": L("salbutamol", MED), "groupeSanguin": L("O+", MED),
            "medecin": "Cabinet Sicap Baobab"})),
        case(f, f"{a}/absences", headers=_h(rng, **b), body={
            "eleveId": L(KID, UID), "date": "2025-12-10",
            "motif": L("Moussa a de la fièvre et tousse depuis hier",
                       f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "fil": obj(rng, "fil", 8), "destinataire": "oustaz",
            "texte": L("Merci Oustaz, il récite la sourate Al-Mulk chaque soir à la maison",
                       f"{TEXT}|{SENS}")}),
        case(f, f"{a}/recuperation", headers=_h(rng, **b), body={
            "eleveId": L(KID, UID), "personnes": [
                {"nom": L(HUSBAND[0], NAMEC), "telephone": L(HUSBAND[1], TEL), "lien": "père"},
                {"nom": L(INLAW[0], NAMEC), "telephone": L(INLAW[1], TEL),
                 "lien": "grand-mère"}]}),
        case(f, f"{a}/journee", fmt="form", headers=_h(rng, **b), body={
            "evenement": "journee_culturelle_2026", "contribution": L("5000", BUY),
            "eleveId": L(KID, UID)}),
        case(f, f"{a}/uniformes", headers=_h(rng, **b), body={
            "eleveId": L(KID, UID), "taille": "10 ans", "tourPoitrine": L(66, FIT),
            "hauteur": L(134, FIT), "montant": L(7500, BUY)}),
        case(f, f"{a}/uniformes/paiement", fmt="form", headers=_h(rng, **b), body={
            "montant": L("7500", BUY), "moyen": L(opaque(rng, "pm_", 24), PAY),
            "dernier4": L("4444", PAY)}),
        case(f, f"{a}/transport/arret", headers=_h(rng, **b), body={
            "eleveId": L(KID, UID), "adresse": L(DK_HOME["line"], ADDR),
            "lat": hla, "lon": hlo, "matin": "07:20",
            "ecole": {"lat": DAARA["lat"], "lon": DAARA["lon"]}}),
        case(f, f"{a}/appareils", headers=_h(rng, **b), body={
            "jetonPush": L(push_token(rng), DID), "installation": L(INSTALL_ID, DID),
            "modele": L("Pixel 8", DEV), "os": L("Android 14", DEV), "langue": L("fr", DEV)}),
        case(f, f"{a}/telemetrie", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "evenements": [
                ev("frais_payes", 1, montant=L(15000, BUY)), ev("presences_vues", 2),
                ev("ecran", 3, ecran=L("FicheEleve", USAGE))]}),
        case(f, f"{a}/eleves", headers=_h(rng, how="upper"),
             cookies={"np_session": L(opaque(rng, "", 40), CRED), "np_eleve": L(KID, UID),
                      "np_req": rid(rng)}),
    ]


def ndongopay_sdks() -> list[Case]:
    rng = random.Random(11252)
    return [
        lb_batch(APP, rng, [("Fee Paid", {"amount": L(15000, BUY), "month": "2025-12"}),
                            ("Attendance Viewed", {"child_age": L(SON["age"], BIRTH)})],
                 at=DK_HOME_AT, nd=2),
        lb_identify(APP, rng, {"children": 1, "child_age": L(SON["age"], BIRTH),
                               "quartier": L("Sacré-Cœur", COARSE)}),
        ag_session(APP, rng, first=True),
        ag_event(APP, rng, "fee_paid", {"month": "2025-12", "ref": L(FEE_REF, BUY)},
                 revenue=15000, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="ecole,fournitures"),
        ck_crash(APP, rng, ("java.lang.NumberFormatException", "montant: \"15 000\""),
                 [ck_crumb("navigation", "FicheEleve -> Paiement")], screen="PaiementActivity"),
        fn_eval(APP, rng, {"eleves": 1, "transport": True}),
        ps_register(APP, rng, tags={"eleve": L(KID, UID), "daara": DAARA["id"]}),
        cj_check(APP, rng, {"analytics": True, "ads": False}),
        pc_card(APP, rng),
    ]

