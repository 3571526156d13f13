"""Pharmacy delivery app "Pilulo" (a French company: its API's keys are French): the user is on
a posting in Paris. Sign-up, an SMS code, her health profile (NIR, mutuelle, allergies,
treatments), a Carte Vitale photo, a prescription photo with its medicines, the delivery
address with its door code, nearby pharmacies, a search, a cart and an order, tracking and the
hand-over, a question to the pharmacist, reminders and a review."""

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
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import IID_UPPER, NATID
from eval_families20_kit import CITY, FIRST, LAST, ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families27_kit import code
from eval_families28_kit import (
    DIGICODE,
    DOB_FR,
    MUTUELLE,
    NIR,
    NIR_SPACED,
    PARIS_AT,
    PARIS_CP,
    PARIS_FIX,
    PARIS_LINE,
    PARIS_VILLE,
    PHARMACIE,
    PHONE_FR,
    PRESCRIBER,
)
from eval_families28_sdk import (
    orig_event,
    orig_launch,
    plot_batch,
    rook_crash,
    rook_crumb,
)
from eval_families28_svc import (
    carto_geocode,
    carto_reverse,
    chime_channel,
    chime_register,
    fern_start,
    flag_eval,
    purse_card,
    purse_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("pilulo", "Pilulo", "com.example.pilulo", "3.7.1", "https://api.pilulo.example.net")
IID = "X-Id-Appareil"
MEDS = [("Amoxicilline 1 g", "1 comprimé matin et soir pendant 7 jours"),
        ("Paracétamol 1000 mg", "1 comprimé toutes les 6 heures si douleur")]
ORDONNANCE = "ord_3c91a7e2"  # the prescription's internal ID (a negative)
PH_ID = "ph_75010_0412"  # the pharmacy's ID (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def pilulo() -> list[Case]:
    rng = random.Random(2851)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, courriel=L(EMAIL, MAIL), prenom=L(FIRST, NAMEC)))}
    cmd = code(rng, "PIL")
    fix = L(f"{PARIS_FIX[0]},{PARIS_FIX[1]}", PRECISE)
    cases = [
        case(f, f"{a}/api/v1/inscription", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "courriel": L(EMAIL, MAIL),
            "mot_de_passe": L("Canal-Saint-M4rtin", CRED), "telephone": L(PHONE, TEL),
            "date_naissance": L(DOB_FR, BIRTH), "sexe": L("F", GENDER), "cgu": True,
            "newsletter": False}),
        case(f, f"{a}/api/v1/connexion", fmt="form", headers=_h(rng), body={
            "identifiant": L(EMAIL_UPPER, MAIL), "mot_de_passe": L("Canal-Saint-M4rtin", CRED)}),
        case(f, f"{a}/api/v1/connexion/otp", headers=_h(rng), body={
            "telephone": L(PHONE_FR, TEL), "code": L("381904", CRED), "canal": "sms"}),
        case(f, f"{a}/api/v1/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/profil/sante", headers=_h(rng, auth="bearer"), body={
            "numero_secu": L(NIR, NATID),
            "mutuelle": {"organisme": MUTUELLE[0], "numero_adherent": L(MUTUELLE[1], MED)},
            "medecin_traitant": L(PRESCRIBER[0], NAMEC),
            "allergies": [L("pénicilline", MED)],
            "traitements_en_cours": [L("Levothyrox 75 µg", MED)],
            "enceinte": L(False, SENS), "allaitement": L(False, SENS)}),
        multipart(f, f"{a}/api/v1/carte-vitale", [
            ("photo", "carte_vitale.jpg", "image/jpeg", L(JPEG, f"{MEDIA}|{NATID}")),
            ("donnees", None, "application/json", {"numero_secu": L(NIR_SPACED, NATID),
                                                   "televersement": rid(rng)})],
            headers=_h(rng, auth="bearer")),
        multipart(f, f"{a}/api/v1/ordonnances", [
            ("photo", "ordonnance.jpg", "image/jpeg", L(JPEG + b"\x06", f"{MEDIA}|{MED}")),
            ("donnees", None, "application/json", {
                "medecin": L(PRESCRIBER[0], NAMEC), "rpps": PRESCRIBER[1],
                "date_ordonnance": "2025-12-08", "renouvelable": False,
                "medicaments": [{"nom": L(n, MED), "posologie": L(p, MED)} for n, p in MEDS]})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v1/adresses", headers=_h(rng, auth="bearer"), body={
            "libelle": "Maison", "adresse": L(PARIS_LINE, ADDR),
            "complement": L("Bâtiment B, 3e étage", ADDR), "code_postal": L(PARIS_CP, COARSE),
            "ville": L(PARIS_VILLE, COARSE), "pays": L("FR", COARSE),
            "digicode": L(DIGICODE, CRED), "interphone": L("DOE", NAMEC),
            "instructions": L("Sonnez deux fois, le chien aboie mais il est gentil", TEXT),
            "lat": L(PARIS_AT[0], PRECISE), "lon": L(PARIS_AT[1], PRECISE)}),
        case(f, f"{a}/api/v1/pharmacies/proches", headers=_h(rng, auth="bearer"), query={
            "lat": L(f"{PARIS_AT[0]:.3f}", PRECISE), "lon": L(f"{PARIS_AT[1]:.3f}", PRECISE),
            "rayon_m": "1500", "ouverte": "1"}),
        case(f, f"{a}/api/v1/produits/recherche", headers=_h(rng, auth="bearer"), query={
            "q": L("sirop toux sèche", SEARCH), "pharmacie": PH_ID}),
        case(f, f"{a}/api/v1/panier", headers=_h(rng, auth="bearer"), body={
            "pharmacie": PH_ID, "articles": [
                {"produit": L("Strepsils miel citron", MED), "quantite": 1},
                {"produit": L("Doliprane 1000 mg", MED), "quantite": 1}]}),
        case(f, f"{a}/api/v1/commandes", headers=_h(rng, auth="bearer"), body={
            "ordonnance": ORDONNANCE, "pharmacie": {
                "id": PH_ID, "nom": PHARMACIE["nom"], "adresse": PHARMACIE["adresse"],
                "finess": PHARMACIE["finess"], "position": list(PHARMACIE["at"])},
            "creneau": "2025-12-09T19:00/20:00",
            "telephone_livraison": L(PHONE_FR, TEL), "tiers_payant": True,
            "montant_total": L("18.40", BUY), "reste_a_charge": L("4.20", BUY),
            "frais_livraison": L("2.90", BUY), "moyen_paiement": L(opaque(rng, "pm_", 24), PAY),
            "adresse_facturation": {"adresse": L(STREET, ADDR), "code_postal": L(ZIP, COARSE),
                                    "ville": L(CITY, COARSE), "pays": L("US", COARSE)}}),
        at_path(case(f, f"{a}/api/v1/commandes/{cmd}/suivi", headers=_h(rng, auth="bearer"),
                     query={"position": fix}), cmd, BUY),
        at_path(case(f, f"{a}/api/v1/commandes/{cmd}/remise", headers=_h(rng, auth="bearer"),
                     body={"code_remise": L("5582", CRED), "lat": L(PARIS_FIX[0], PRECISE),
                           "lon": L(PARIS_FIX[1], PRECISE), "remis_a": "destinataire"}),
                cmd, BUY),
        case(f, f"{a}/api/v1/messages/pharmacien", headers=_h(rng, auth="bearer"), body={
            "commande": L(cmd, BUY), "pharmacie_tel": PHARMACIE["telephone"],
            "texte": L("Puis-je prendre de l'ibuprofène avec l'amoxicilline ? J'ai encore de "
                       "la fièvre ce soir", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/rappels", headers=_h(rng, auth="bearer"), body={
            "medicament": L("Levothyrox 75 µg", MED), "heure": "07:00",
            "jours": ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"], "son": True}),
        case(f, f"{a}/api/v1/avis", headers=_h(rng, auth="bearer"), body={
            "commande": L(cmd, BUY), "note": 5, "pseudo": L("Jane D.", NAMEC),
            "commentaire": L("Livraison rapide, coursier très aimable", TEXT)}),
        case(f, f"{a}/api/v1/appareils", headers=_h(rng, auth="bearer"), body={
            "jeton_push": L(push_token(rng), DID), "id_installation": L(IID_UPPER, DID),
            "fuseau": L("Europe/Paris", DEV), "langue": L("en-US", DEV)}),
        lines(f, f"{a}/api/v1/evenements", [
            {"utilisateur": L(USER_ID, UID), "evenement": L(n, USAGE), "horodatage": t}
            for n, t in (("ordonnance_envoyee", 1765321000), ("commande_validee", 1765321240),
                         ("suivi_ouvert", 1765324800))], gz=True, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v1/ordonnances", query={"statut": "active"},
             headers=_h(rng, how="none"), cookies={"pl_session": L(opaque(rng, "", 52), CRED),
                                                   "pl_appareil": L(INSTALL_ID, DID)}),
    ]
    return cases


def pilulo_sdks() -> list[Case]:
    rng = random.Random(2852)
    cmd = code(random.Random(2851), "PIL")
    return [
        plot_batch(APP, rng, [("Commande Passee", {"montant": L(18.4, BUY)}),
                              ("Ordonnance Envoyee", {"nb_medicaments": 2})], nd=3),
        orig_launch(APP, rng, user=True, n=9),
        orig_event(APP, rng, "purchase", {"order": L(cmd, BUY)}, revenue=18.40, hashed=True),
        rook_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                   [rook_crumb("nav", "Commande -> Suivi"),
                    rook_crumb("net", "GET suivi", {"url": U(f"{APP.api}/api/v1/suivi", {
                        "commande": L(cmd, BUY), "position": L(
                            f"{PARIS_FIX[0]},{PARIS_FIX[1]}", PRECISE)}), "status": 504})],
                   screen="SuiviActivity"),
        purse_card(APP, rng),
        purse_confirm(APP, rng, "4.20", "eur"),
        carto_geocode(APP, rng, f"{PARIS_LINE}, {PARIS_CP} Paris", ADDR,
                      near=L(f"{PARIS_AT[0]:.3f},{PARIS_AT[1]:.3f}", PRECISE)),
        carto_reverse(APP, rng, PARIS_FIX, PRECISE, 6),
        fern_start(APP, rng, L("Il manque le sirop dans ma commande", TEXT),
                   {"commande": L(cmd, BUY), "ville": L("Paris", COARSE)}, phone=L(PHONE_FR, TEL)),
        chime_register(APP, rng, tags={"ville": L("paris", COARSE), "rappels": "on"}),
        chime_channel(APP, rng, "sms"),
        flag_eval(APP, rng, {"pays": "FR", "tiers_payant": True}),
    ]
