"""A contortion school's parent app "Uyan Tsetseg" (uyan: supple; a Franco-Mongolian circus
school in Ulaanbaatar; its API mixes French keys with English: ``prenom``, ``nom``,
``courriel``, ``telephone``, ``mot_de_passe``, ``enfant``, ``date_naissance``, ``sexe``,
``eleve`` pupil number, ``montant`` amount, ``facture`` invoice, ``taille`` height, ``poids``
weight, ``blessures`` injuries, ``motif`` reason). The pupil is her daughter Saruul (9): the
child's data, her body and her injuries. Not set 25's lessons nor sets 95 and 119's music
schools: a training school where flexibility is measured, a doctor's clearance is needed, and
pupils travel to festivals abroad. Calls: the parent's sign-up, a log-in, ``/moi`` with a
JWT, the enrolment (height, weight, injuries, asthma), the medical certificate (PDF), classes
by pupil number, a studio check-in by its QR with her fix, the term's fee, a costume order with
the child's measurements, a performance photo, a festival registration (the child's passport),
flexibility progress (msgpack), a message to the coach, a pick-up person, an absence, the
invoice by number in the path, a search, push, events and the timetable by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
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
from eval_families141_kit import (
    DAUGHTER,
    FACTURE,
    MIL,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families141_sdk import (
    bj_bid,
    cz_session,
    mg_batch,
    mg_pixel,
    tb_event,
    tb_launch,
)
from eval_families141_svc import ca_check, ft_eval, hg_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("uyantsetseg", "Uyan Tsetseg", "com.example.uyantsetseg", "4.0.3",
          "https://app.uyantsetseg.example.net")
IID = "X-UT-Appareil"
PW = "Souple&Saruul9"
FIT = "health.fitness"
NID = "personal.national_id"
CHILD = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
FR = "fr-FR,fr;q=0.9,en;q=0.8"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=FR, **kw)


def uyan() -> list[Case]:
    rng = random.Random(14141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    stu = DAUGHTER["student"]
    jw = {"Authorization": J(claims(rng, courriel=L(EMAIL, MAIL), eleves=[L(stu, UID)]))}
    sla, slo = fix(STUDIO_FIX, 6)
    invoice = at_path(case(f, f"{a}/api/factures/{FACTURE}", headers=_h(rng, **b)),
                      FACTURE, BUY)
    return [
        case(f, f"{a}/api/parents", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "courriel": L(EMAIL, MAIL),
            "telephone": L(E164, TEL), "mot_de_passe": L(PW, CRED), "langue": L("fr", DEV),
            "cgu": True}),
        case(f, f"{a}/api/connexion", fmt="form", headers=_h(rng), body={
            "courriel": L(EMAIL, MAIL), "mot_de_passe": L(PW, CRED), "se_souvenir": "1"}),
        case(f, f"{a}/api/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/inscriptions", headers=_h(rng, **b), body={
            "enfant": {"prenom": L(DAUGHTER["first"], NAMEC), "nom": L(DAUGHTER["last"], NAMEC),
                       "date_naissance": L(DAUGHTER["dob"], BIRTH), "sexe": L("F", GENDER),
                       "taille_cm": L(131, FIT), "poids_kg": L(27, FIT)},
            "eleve": L(stu, UID), "niveau": "debutant 2", "groupe": "grp_mer_16h",
            "medical": {"blessures": [L("left wrist sprain (2025-03)", MED)],
                        "asthme": L(True, MED), "inhalateur": L(True, MED)},
            "droit_image": True}),
        multipart(f, f"{a}/api/certificats", [
            ("fichier", "certificat_medical.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"eleve": L(stu, UID), "valide_jusqu": "2026-09"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/cours", headers=_h(rng, **b), query={
            "eleve": L(stu, UID), "semaine": "2025-W52"}),
        case(f, f"{a}/api/presences", headers=_h(rng, **b), body={
            "qr": STUDIO["qr"], "eleve": L(stu, UID), "studio": STUDIO["id"],
            "position": {"lat": sla, "lon": slo},
            "studio_position": {"lat": STUDIO["lat"], "lon": STUDIO["lon"]},
            "presence_id": obj(rng, "pr")}),
        case(f, f"{a}/api/paiements", fmt="form", headers=_h(rng, **b), body={
            "facture": L(FACTURE, BUY), "montant": L("420000", BUY), "devise": "MNT",
            "moyen": L(opaque(rng, "pm_", 24), PAY), "quatre_derniers": L("4444", PAY)}),
        case(f, f"{a}/api/costumes/commandes", headers=_h(rng, **b), body={
            "eleve": L(stu, UID), "mesures": {"poitrine_cm": L(64, FIT), "taille_cm": L(56, FIT),
                                              "hanches_cm": L(66, FIT), "hauteur_cm": L(131, FIT)},
            "modele": "justaucorps-bleu-nuit", "montant": L(95000, BUY),
            "commande": L("CST-25-0412", BUY)}),
        multipart(f, f"{a}/api/galerie", [
            ("photo", "spectacle_noel.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("legende", None, "text/plain", L("Saruul au spectacle de Noel!",
                                              f"{TEXT}|{NAMEC}"))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/festivals/fest_lyon26/inscription", headers=_h(rng, **b), body={
            "eleve": L(stu, UID), "enfant": {"nom_complet": L(CHILD, NAMEC),
                                             "date_naissance": L(DAUGHTER["dob"], BIRTH),
                                             "passeport": L(DAUGHTER["passport"], NID),
                                             "nationalite": "MN"},
            "accompagnant": {"nom_complet": L(f"{FIRST} {LAST}", NAMEC),
                             "telephone": L(E164, TEL)},
            "autorisation_parentale": True, "montant": L(1850000, BUY)}),
        case(f, f"{a}/api/progression", fmt="msgpack", headers=_h(rng, **b), body={
            "eleve": L(stu, UID), "mesures": [
                {"exercice": "grand ecart", "degres": L(172, FIT)},
                {"exercice": "pont", "mains_pieds_cm": L(14, FIT)}],
            "date": "2025-12-18", "coach": "ch_07"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "a": "coach_groupe", "texte": L("Saruul a mal au bas du dos depuis mardi, "
                                             "pas de pont cette semaine svp",
                                             f"{TEXT}|{MED}|{NAMEC}"),
            "fil": obj(rng, "fil")}),
        case(f, f"{a}/api/autorisations/sortie", headers=_h(rng, **b), body={
            "eleve": L(stu, UID), "personne": {"nom_complet": L(MIL["name"], NAMEC),
                                               "telephone": L(MIL["phone"], TEL),
                                               "lien": "grand-mere"},
            "du": "2025-12-26", "au": "2026-01-05"}),
        case(f, f"{a}/api/absences", fmt="form", headers=_h(rng, **b), body={
            "eleve": L(stu, UID), "date": "2025-12-17",
            "motif": L("bronchite, certificat du medecin", f"{TEXT}|{MED}")}),
        invoice,
        case(f, f"{a}/api/recherche", headers=_h(rng, **b), query={
            "q": L("stage d'ete enfants", SEARCH), "page": "1"}),
        case(f, f"{a}/api/appareils", headers=_h(rng, **b), body=push(push_token(rng),
                                                                     lang="fr_FR")),
        case(f, f"{a}/api/evenements", gz=True, headers=_h(rng, **b), body={
            "utilisateur": L(USER_ID, UID), "evenements": [
                ev("presence_qr", 1), ev("photo_envoyee", 2),
                ev("ecran", 3, vue=L("EmploiDuTemps", USAGE))]}),
        case(f, f"{a}/api/emploi-du-temps", headers=_h(rng, how="none"), cookies={
            "ut_session": L(opaque(rng, "", 40), CRED), "ut_appareil": L(INSTALL_ID, DID),
            "ut_rid": rid(rng)}),
    ]


def uyan_sdks() -> list[Case]:
    rng = random.Random(14142)
    return [
        mg_batch(APP, rng, [("Class Checked In", {"studio": STUDIO["id"]}),
                            ("Photo Uploaded", {})], at=STUDIO_FIX, nd=2, locale="fr_FR"),
        mg_pixel(APP, rng, "Festival Page", {"festival": "fest_lyon26"}),
        tb_launch(APP, rng, user=True, n=31),
        tb_event(APP, rng, "fee_paid", {"facture": L(FACTURE, BUY)}, revenue=420000.0,
                 currency="MNT", hashed=True),
        bj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="gymnastics,kids"),
        cz_session(APP, rng, secs=302),
        ft_eval(APP, rng, {"studio": STUDIO["id"], "lang": L("fr", DEV)}),
        pk_register(APP, rng, lang="fr", tags={"groupe": "grp_mer_16h"}),
        ca_check(APP, rng, {"analytics": True, "ads": False}),
        hg_message(APP, rng, L("Je n'ai pas recu la facture de decembre", TEXT),
                   {"eleve": L(stu_id(), UID)}),
    ]


def stu_id() -> str:
    return DAUGHTER["student"]
