"""French public-transport ticket and fines app "Correspondo" (its API's keys are French; she is
in Bordeaux for a month's mission, in a rented flat; she holds French and US nationality): an
account, a log-in, an SMS code, ``/moi``, her transit card, a monthly pass with her photo and
identity card, tickets bought, a validation at a stop, a journey plan, stops nearby, departures,
a saved place, a fine looked up, contested (her New York address) and paid, an incident report,
a message to customer service, push, events, her tickets by a cookie GET and a Play purchase."""

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
    EMAIL_UPPER,
    GENDER,
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
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families48_kit import (
    AMENDE,
    ARRET,
    ARRET2,
    BX_FLAT,
    BX_FLAT_AT,
    CARTE,
    CNI,
    CONTROLEUR,
    DOB_FR,
    RAME,
    VALID_AT,
    code,
)
from eval_families48_sdk import (
    bl_bid,
    cw_batch,
    cw_beacon,
    gm_crash,
    gm_crumb,
    iw_event,
    iw_session,
)
from eval_families48_svc import cf_save, ms_geocode, pt_register, py_confirm, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("correspondo", "Correspondo", "com.example.correspondo", "5.2.1",
          "https://api.correspondo.example.com")
IID = "X-Corr-Appareil"
MDP = "Garonne!Tram2025"
NATID = "personal.national_id"
A_URL = f"https://api.correspondo.example.com/v1/amendes/{AMENDE}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("fr-FR,fr;q=0.9,en;q=0.7", DEV)
    return h


def correspondo() -> list[Case]:
    rng = random.Random(4811)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, courriel=L(EMAIL, MAIL), carte=L(CARTE, UID)))}
    b = {"auth": "bearer"}
    vla, vlo = fix(VALID_AT)
    fla, flo = fix(BX_FLAT_AT, 5)
    titre = code(rng, "tt_", 10)
    amende = at_path(case(f, A_URL, headers=_h(rng, **b)), AMENDE, BUY)
    return [
        case(f, f"{a}/v1/comptes", headers=_h(rng), body={
            "civilite": L("Mme", GENDER), "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC),
            "courriel": L(EMAIL, MAIL), "mot_de_passe": L(MDP, CRED),
            "telephone": L(E164, TEL), "date_de_naissance": L(DOB_FR, BIRTH),
            "adresse": L(BX_FLAT["adresse"], ADDR), "code_postal": L(BX_FLAT["cp"], COARSE),
            "ville": L(BX_FLAT["ville"], COARSE), "cgu": True, "optin_newsletter": False}),
        case(f, f"{a}/v1/auth/connexion", fmt="form", headers=_h(rng), body={
            "identifiant": L(EMAIL_UPPER, MAIL), "mot_de_passe": L(MDP, CRED),
            "rester_connecte": "1"}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "telephone": L(PHONE, TEL), "code": L("482915", CRED), "canal": "sms"}),
        case(f, f"{a}/v1/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/cartes/associer", headers=_h(rng, **b), body={
            "numero_carte": L(CARTE, UID), "support": "carte_sans_contact",
            "reseau": "CRB-BX", "principale": True}),
        multipart(f, f"{a}/v1/abonnements/justificatifs", [
            ("photo", "photo_identite.jpg", "image/jpeg", L(JPEG + b"\x48", MEDIA)),
            ("piece", "cni_recto.jpg", "image/jpeg", L(JPEG + b"\x49", f"{MEDIA}|{NATID}")),
            ("donnees", None, "application/json", {
                "type_piece": "CNI", "numero_carte_identite": L(CNI, NATID),
                "nom": L(LAST, NAMEC), "prenom": L(FIRST, NAMEC),
                "date_de_naissance": L(DOB_FR, BIRTH), "carte": L(CARTE, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/abonnements", headers=_h(rng, **b), body={
            "formule": L("mensuel_tout_public", BUY), "prix": L("51.00", BUY), "devise": "EUR",
            "debut": "2025-12-01", "carte": L(CARTE, UID),
            "moyen_paiement": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/titres/achat", fmt="form", headers=_h(rng, **b), body={
            "produit": L("ticket_1h_x10", BUY), "quantite": "1", "montant": L("16.90", BUY),
            "moyen_paiement": L(opaque(rng, "pm_", 24), PAY), "canal": "appli"}),
        case(f, f"{a}/v1/validations", headers=_h(rng, **b), body={
            "titre": titre, "arret": ARRET["id"], "ligne": "B", "rame": RAME,
            "position": {"lat": vla, "lon": vlo, "precision_m": 6},
            "horodatage": "2025-12-09T08:41:12+01:00", "hors_ligne": False}),
        case(f, f"{a}/v1/itineraires", headers=_h(rng, **b), query={
            "depart": L(f"{BX_FLAT_AT[0]:.5f},{BX_FLAT_AT[1]:.5f}", PRECISE),
            "arrivee": L("Gare Saint-Jean", SEARCH), "heure": "2025-12-12T07:30",
            "modes": "tram,bus", "pmr": "0"}),
        case(f, f"{a}/v1/arrets/proximite", headers=_h(rng, **b), query={
            "lat": L(f"{VALID_AT[0]:.3f}", PRECISE), "lon": L(f"{VALID_AT[1]:.3f}", PRECISE),
            "rayon": "400"}),
        case(f, f"{a}/v1/arrets/{ARRET2['id']}/passages", headers=_h(rng, **b),
             query={"lignes": "B,C", "n": "4"}),
        case(f, f"{a}/v1/favoris", headers=_h(rng, **b), body={
            "libelle": "Maison", "adresse": L(BX_FLAT["adresse"], ADDR),
            "ville": L(BX_FLAT["ville"], COARSE), "lat": fla, "lon": flo}),
        case(f, f"{a}/v1/amendes/recherche", fmt="form", headers=_h(rng, **b), body={
            "numero_avis": L(AMENDE, BUY), "nom": L(LAST, NAMEC),
            "date_de_naissance": L(DOB_FR, BIRTH)}),
        amende,
        multipart(f, f"{A_URL}/contestation", [
            ("dossier", None, "application/json", {
                "motif": L("J'avais un abonnement valide mais mon téléphone était déchargé au "
                           "moment du contrôle", TEXT),
                "controleur": CONTROLEUR, "nom": L(LAST, NAMEC), "prenom": L(FIRST, NAMEC),
                "adresse": L(LINE1, ADDR), "complement": L(LINE2, ADDR),
                "code_postal": L(ZIP, COARSE), "ville": L(CITY, COARSE),
                "pays": L("Etats-Unis", COARSE), "numero_carte_identite": L(CNI, NATID),
                "courriel": L(EMAIL, MAIL)}),
            ("preuve", "capture_abonnement.jpg", "image/jpeg", L(JPEG + b"\x4a", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{A_URL}/paiement", fmt="form", headers=_h(rng, **b), body={
            "montant": L("35.00", BUY), "devise": "EUR",
            "moyen_paiement": L(opaque(rng, "pm_", 24), PAY),
            "courriel_recu": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/signalements", headers=_h(rng, **b), body={
            "arret": ARRET2["id"], "categorie": "ascenseur",
            "texte": L("L'ascenseur côté allées de Tourny est en panne depuis lundi", TEXT),
            "position": {"lat": L(round(ARRET2["lat"] + 0.000214, 6), PRECISE),
                         "lon": L(round(ARRET2["lon"] - 0.000187, 6), PRECISE)}}),
        case(f, f"{a}/v1/contact", headers=_h(rng, **b), body={
            "sujet": "recharge", "message": L(f"Bonjour, je n'arrive pas à recharger ma carte "
                                              f"{CARTE} depuis l'appli", f"{TEXT}|{UID}")}),
        case(f, f"{a}/v1/appareils", headers=_h(rng, **b), body={
            "jeton_push": L(push_token(rng), DID), "appareil": L(INSTALL_ID, DID),
            "langue": L("fr_FR", DEV), "fuseau": L("Europe/Paris", DEV),
            "modele": L("Pixel 8", DEV), "systeme": L("Android 14", DEV)}),
        case(f, f"{a}/v1/evenements", gz=True, headers=_h(rng, **b), body={
            "utilisateur": L(USER_ID, UID), "evenements": [
                ev("validation", 1, ligne="B"), ev("itineraire_recherche", 2),
                ev("ecran", 3, ecran=L("MesTitres", USAGE))]}),
        case(f, f"{a}/v1/titres", headers=_h(rng, how="none"),
             cookies={"corr_session": L(opaque(rng, "", 40), CRED),
                      "corr_appareil": L(INSTALL_ID, DID), "corr_req": rid(rng)}),
        case(f, f"{a}/v1/achats/play", headers=_h(rng, **b), body={
            "produit": L("pack_10_trajets", BUY), "commande": L("GPA.3318-2207-4471-09935", BUY),
            "jeton": L(play_token(rng), BUY)}),
    ]


def correspondo_sdks() -> list[Case]:
    rng = random.Random(4812)
    return [
        cw_batch(APP, rng, [("Ticket Validated", {"line": "B", "offline": False}),
                            ("Journey Searched", {"to": L("Gare Saint-Jean", SEARCH)})],
                 at=VALID_AT, nd=2, tz="Europe/Paris", locale="fr-FR"),
        cw_beacon(APP, rng, "Onboarding Viewed", {"step": 2, "lang": "fr"}),
        iw_session(APP, rng, first=True),
        iw_event(APP, rng, "pass_bought", {"formule": "mensuel", "carte": L(CARTE, UID)},
                 revenue="51.00", currency="EUR", hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50, "pos": 3}}, at=BX_FLAT_AT, nd=3,
               country="FRA", keywords="tram,bordeaux,sorties"),
        gm_crash(APP, rng, ("android.nfc.TagLostException", "Tag was lost."),
                 [gm_crumb("nav", "MesTitres -> Validation"),
                  gm_crumb("net", "POST", {"url": f"{APP.api}/v1/validations", "status": 0})],
                 screen="ValidationActivity", tz="Europe/Paris"),
        tg_eval(APP, rng, {"ville": L("Bordeaux", COARSE), "abonne": True}, hdr=True),
        pt_register(APP, rng, tz="Europe/Paris", lang="fr",
                    tags={"lignes": "B,C", "alertes_travaux": "1"}),
        cf_save(APP, rng, {"mesure": True, "publicite": False}, country="FR", region="NAQ"),
        ms_geocode(APP, rng, "Gare Saint-Jean", SEARCH, near=BX_FLAT_AT, nd=3, lang="fr"),
        py_confirm(APP, rng, "35.00", "eur"),
    ]
