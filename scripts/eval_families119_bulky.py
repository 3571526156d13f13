"""Municipal bulky-waste pick-up booking "Encombro" (the Thionville commune's service; its API's
keys are French): unlike the bulky-waste calls inside sets 85, 86 and 97's council apps, this is
a booking app of its own. Sign-up, a form log-in, ``/moi`` with a JWT, her address checked with
her point, the collection calendar, an item search, a pick-up booked (items, volume, slot, fee),
a photo of the items, access instructions with the door code, the payment, the booking's status
by number in the path, a new slot, a neighbour's items added, reduced-mobility help, the depot's
badge and its opening hours near her, a fly-tipping report with a photo and her fix, SMS
reminders, a survey, push, events and her bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families119_kit import DEPOT, HOME, HOME_AT, PICKUP, fix, obj
from eval_families119_sdk import bs_bid, bs_win, cf_sessions, cl_batch, cl_pixel, ih_open
from eval_families119_svc import cq_status, pm_confirm, pn_opened, tb_geocode, tb_reverse
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("encombro", "Encombro", "com.example.encombro", "2.2.1",
          "https://api.encombro.example.org")
IID = "X-Encombro-Terminal"
MDP = "Canape!Tanneurs14"
FOYER = "FOY-57672-0448"  # her household's account with the service (id.user)
BADGE = "DCH-118204"  # her depot access badge (id.user)
DUMP_AT = (49.362207, 6.158814)  # where she saw fly-tipping (her fix)
ADR_ID = "adr_57672_tanneurs_14"  # the commune's address record (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L("fr-FR,fr;q=0.9,en;q=0.6", DEV)
    return h


def encombro() -> list[Case]:
    rng = random.Random(11911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    hla, hlo = fix(HOME_AT)
    dla, dlo = fix(DUMP_AT, 5)
    st = at_path(case(f, f"{a}/v1/reservations/{PICKUP}", headers=_h(rng, **b)), PICKUP, BUY)
    return [
        case(f, f"{a}/v1/comptes", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "courriel": L(EMAIL, MAIL),
            "telephone": L(PHONE, TEL), "motDePasse": L(MDP, CRED),
            "adresse": {"rue": L(HOME["strooss"], ADDR), "codePostal": L(HOME["plz"], COARSE),
                        "ville": L(HOME["uertschaft"], COARSE)}}),
        case(f, f"{a}/v1/connexion", fmt="form", headers=_h(rng), body={
            "courriel": L(EMAIL_UPPER, MAIL), "motDePasse": L(MDP, CRED)}),
        case(f, f"{a}/v1/moi", headers=_h(rng, extra={"Authorization": J(claims(
            rng, foyer=L(FOYER, UID), commune="57672"))})),
        case(f, f"{a}/v1/adresses/verifier", headers=_h(rng, **b), body={
            "rue": L(HOME["strooss"], ADDR), "complement": L("Bâtiment B, 2e étage", ADDR),
            "codePostal": L(HOME["plz"], COARSE), "ville": L(HOME["uertschaft"], COARSE),
            "position": {"lat": hla, "lon": hlo}, "logement": "appartement"}),
        case(f, f"{a}/v1/calendrier", headers=_h(rng, **b), query={
            "adresse": ADR_ID, "mois": "2025-12"}),
        case(f, f"{a}/v1/objets", headers=_h(rng, **b), query={
            "q": L("canapé convertible", SEARCH), "categorie": "mobilier"}),
        case(f, f"{a}/v1/reservations", headers=_h(rng, **b), body={
            "foyer": L(FOYER, UID), "reference": L(PICKUP, BUY), "creneau": "2025-12-16/AM",
            "objets": [{"type": "canape-3-places", "qte": 1}, {"type": "matelas-140", "qte": 1},
                       {"type": "chaise", "qte": 4}],
            "volumeM3": 3.5, "tarif": L("25.00", BUY), "adresse": L(HOME["strooss"], ADDR),
            "ligne": obj(rng, "ln")}),
        multipart(f, f"{a}/v1/reservations/{PICKUP}/photos", [
            ("photo", "encombrants.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("infos", None, "application/json", {"reference": L(PICKUP, BUY), "vue": "trottoir"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reservations/{PICKUP}/acces", headers=_h(rng, **b), body={
            "digicode": L("B2417", CRED), "etage": 2, "ascenseur": False,
            "consignes": L("Sonner DOE, les meubles seront devant le garage", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/reservations/{PICKUP}/paiement", fmt="form", headers=_h(rng, **b),
             body={"montant": L("25.00", BUY), "moyen": L(opaque(rng, "pm_", 24), PAY),
                   "reference": L(PICKUP, BUY)}),
        st,
        case(f, f"{a}/v1/reservations/{PICKUP}/creneau", fmt="form", headers=_h(rng, **b),
             body={"creneau": "2025-12-18/PM", "motif": L("Je travaille au Luxembourg ce jour-là",
                                                         TEXT)}),
        case(f, f"{a}/v1/reservations/{PICKUP}/voisin", headers=_h(rng, **b), body={
            "nom": L(PEOPLE[3][0], NAMEC), "telephone": L(PEOPLE[3][1], TEL),
            "objets": [{"type": "refrigerateur", "qte": 1}], "supplement": L("10.00", BUY)}),
        case(f, f"{a}/v1/aide", headers=_h(rng, **b), body={
            "mobiliteReduite": L(True, SENS), "portage": True,
            "precision": L("Je marche avec des béquilles depuis mon opération",
                           f"{TEXT}|health.medical")}),
        case(f, f"{a}/v1/decheteries/badge", fmt="form", headers=_h(rng, **b), body={
            "badge": L(BADGE, UID), "foyer": L(FOYER, UID)}),
        case(f, f"{a}/v1/decheteries/proches", headers=_h(rng, **b), query={
            "position": L(f"{HOME_AT[0]:.4f},{HOME_AT[1]:.4f}", PRECISE), "ouvert": "1"}),
        multipart(f, f"{a}/v1/signalements", [
            ("photo", "depot_sauvage.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("signalement", None, "application/json", {
                "lat": dla, "lon": dlo, "decheterie": DEPOT["id"],
                "description": L("Pneus et gravats abandonnés derrière le gymnase", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rappels", fmt="form", headers=_h(rng, **b), body={
            "sms": L(E164, TEL), "veille": "true", "heure": "19:00"}),
        case(f, f"{a}/v1/enquetes/satisfaction", fmt="form", headers=_h(rng, **b), body={
            "reference": L(PICKUP, BUY), "note": "5",
            "commentaire": L("Équipe très aimable et ponctuelle", TEXT)}),
        case(f, f"{a}/v1/terminaux", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "terminal": L(INSTALL_ID, DID),
            "langue": L("fr", DEV), "modele": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "requete": rid(rng)}),
        case(f, f"{a}/v1/statistiques", gz=True, headers=_h(rng, **b), body={
            "utilisateur": L(USER_ID, UID), "evenements": [
                ev("reservation_creee", 1, objets=3), ev("photo_ajoutee", 2),
                ev("ecran", 3, ecran=L("MesReservations", USAGE))]}),
        case(f, f"{a}/v1/reservations", headers=_h(rng, how="none"), cookies={
            "enc_session": L(opaque(rng, "", 40), CRED), "enc_terminal": L(INSTALL_ID, DID)}),
    ]


def encombro_sdks() -> list[Case]:
    rng = random.Random(11912)
    return [
        cl_pixel(APP, rng, "Onboarding Viewed", {"step": 2}),
        ih_open(APP, rng, first=True),
        cl_batch(APP, rng, [("Pickup Booked", {"items": 6, "fee": L(25.0, BUY)}),
                            ("Report Sent", {"kind": "fly_tipping"})], at=HOME_AT, nd=2),
        bs_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=HOME_AT, nd=3, gz=True),
        bs_win(APP, rng),
        cq_status(APP, rng, {"analytics": True, "ads": True}),
        pm_confirm(APP, rng, "25.00"),
        tb_reverse(APP, rng, HOME_AT, PRECISE, nd=6),
        tb_geocode(APP, rng, "gymnase rue de Metz Thionville", SEARCH, near=DUMP_AT, nd=3),
        pn_opened(APP, rng, "cmp_rappel_veille"),
        cf_sessions(APP, rng, user=False, secs=96),
    ]
