"""Boat-rental and marina app "Mouillage" (a French company; its API's keys are French): a day on
a skippered catamaran out of Sag Harbor for four, a boating-safety certificate, a security
deposit, the crew list, last summer's track log at sea synced from the phone (msgpack), weather
alerts, insurance."""

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
    IID_NODASH,
    JPEG,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families25_kit import (
    BOAT_BOOKING,
    BOATING_CERT,
    MARINA_AT,
    MARINA_LINE,
    MARINA_MAIL,
    MARINA_PHONE,
)
from eval_families25_sdk import (
    gauge_batch,
    moth_crumb,
    moth_event,
    moth_session,
    ref_event,
)
from eval_families25_svc import (
    bell_open,
    bell_register,
    cairn_message,
    cons_save,
    finch_3ds,
    flag_eval,
    smith_directions,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("mouillage", "Mouillage", "com.example.mouillage", "5.0.2",
          "https://api.mouillage.example.net")
IID = "X-Identifiant-Appareil"
NATID = "personal.national_id"
BOAT = "bt_41c09e"
R_URL = f"https://api.mouillage.example.net/api/v1/reservations/{BOAT_BOOKING}"
PAST_BOOKING = "MO-2H81KD"  # last August's rental, whose track log syncs from the phone now
# The user's own fixes at sea off Sag Harbor (location.precise; not the profile's position).
SEA = [(41.003127, -72.281904), (41.009852, -72.266310), (41.016477, -72.250118),
       (41.021305, -72.236642)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _r(path: str, rng: random.Random, body: Any = None) -> Case:
    """A call on the reservation (its confirmation code in the URL path)."""
    c = case(APP.fam, f"{R_URL}{path}", headers=_h(rng, auth="bearer"), body=body)
    return at_path(c, BOAT_BOOKING, BUY)


def mouillage() -> list[Case]:
    rng = random.Random(2561)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, courriel=L(EMAIL, MAIL), telephone=L(E164, TEL)))}
    lat, lon = pos(3)
    lat2, lon2 = pos(2)
    log = [{"t": (1755338400 + 600 * i) * 1000, "lat": L(la, PRECISE), "lon": L(lo, PRECISE),
            "vitesse_kn": round(5.1 + 0.4 * i, 1), "cap": 62 + 3 * i}
           for i, (la, lo) in enumerate(SEA)]
    cases = [
        case(f, f"{a}/api/v1/connexion", headers=_h(rng), body={
            "courriel": L(EMAIL_MIXED, MAIL), "mot_de_passe": L("Voilier!2025", CRED),
            "appareil": {"id": L(INSTALL_ID, DID), "modele": L("Pixel 8", DEV)}}),
        case(f, f"{a}/api/v1/connexion/sms", headers=_h(rng),
             body={"telephone": L(E164, TEL), "canal": "sms"}),
        case(f, f"{a}/api/v1/connexion/sms/verifier", headers=_h(rng),
             body={"telephone": L(E164, TEL), "code": L("381204", CRED)}),
        case(f, f"{a}/api/v1/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/profil", headers=_h(rng, auth="bearer"), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "date_naissance": L(DOB, BIRTH),
            "telephone": L(NATIONAL, TEL), "experience": "intermediaire",
            "adresse": {"rue": L(STREET, ADDR), "ville": L(CITY, COARSE),
                        "code_postal": L(ZIP, COARSE), "pays": L("US", COARSE)},
            "langue": L("en", DEV)}),
        case(f, f"{a}/api/v1/bateaux/recherche", headers=_h(rng, auth="bearer"), query={
            "lieu": L("Sag Harbor", SEARCH), "date_debut": "2026-07-11",
            "date_fin": "2026-07-11", "passagers": "4", "avec_skipper": "1"}),
        case(f, f"{a}/api/v1/ports/proches", headers=_h(rng, auth="bearer"),
             query={"lat": lat, "lon": lon, "rayon_km": "150"}),
        case(f, f"{a}/api/v1/bateaux/{BOAT}", query={"devise": "USD"},
             headers=_h(rng, auth="bearer", lang=True)),
        case(f, f"{a}/api/v1/reservations", headers=_h(rng, auth="bearer"), body={
            "bateau_id": BOAT, "date_debut": "2026-07-11", "date_fin": "2026-07-11",
            "passagers": 4, "skipper": True,
            "locataire": {"prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC),
                          "courriel": L(EMAIL, MAIL), "telephone": L(PHONE, TEL),
                          "date_naissance": L(DOB, BIRTH)},
            "numero_permis": L(BOATING_CERT, NATID), "etat_permis": L("NY", COARSE),
            "acompte": L("240.00", BUY), "total": L("960.00", BUY),
            "moyen_paiement": L("pm_" + opaque(rng, "", 24), PAY),
            "message_au_proprietaire": L("We'd love to anchor for lunch near Cedar Point",
                                         TEXT), "cle_idempotence": rid(rng)}),
        _r("", rng),
        _r("/caution", rng, {"montant": L("500.00", BUY),
                             "moyen_paiement": L("pm_" + opaque(rng, "", 24), PAY)}),
        _r("/equipage", rng, {"equipiers": [
            {"nom": L(PEOPLE[0][0], NAMEC), "telephone": L(PEOPLE[0][1], TEL)},
            {"nom": L(PARTNER[0], NAMEC)}], "gilets_enfant": 0}),
        multipart(f, f"{a}/api/v1/documents", [
            ("permis", "certificat.jpg", "image/jpeg", L(JPEG, f"content.media|{NATID}")),
            ("meta", None, "application/json",
             {"type": "certificat_navigation", "reservation": L(BOAT_BOOKING, BUY)})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, auth="bearer"), body={
            "reservation": L(BOAT_BOOKING, BUY), "id_client": rid(rng),
            "port": {"adresse": MARINA_LINE, "telephone": MARINA_PHONE, "courriel": MARINA_MAIL},
            "texte": L("We'll arrive around 9:15, is there parking at the marina?", TEXT)}),
        case(f, f"{a}/api/v1/journal-de-bord", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"utilisateur": L(USER_ID, UID), "bateau": "bt_2a77f3", "points": log,
                   "reservation": L(PAST_BOOKING, BUY), "hors_ligne": True,
                   "distance_nm": 11.2}),
        case(f, f"{a}/api/v1/alertes", headers=_h(rng, auth="bearer"), body={
            "lat": lat2, "lon": lon2, "rayon_km": 50, "types": ["vent_fort", "orage"],
            "batterie": L(0.58, DEV)}),
        case(f, f"{a}/api/v1/avis", headers=_h(rng, auth="bearer"), body={
            "reservation": L(BOAT_BOOKING, BUY), "note": 5, "nom_affiche": L("Jane D.", NAMEC),
            "texte": L("Skipper Marc was great, calm water and a perfect lunch stop", TEXT)}),
        case(f, f"{a}/api/v1/appareils", headers=_h(rng, auth="bearer"), body={
            "jeton_push": L(push_token(rng), DID), "id_installation": L(INSTALL_ID, DID),
            "langue": L("en-US", DEV), "fuseau_horaire": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/evenements", gz=True, headers=_h(rng, auth="bearer"), body={
            "utilisateur": L(USER_ID, UID), "evenements": [
                ev("recherche", 1, lieu=L("Sag Harbor", SEARCH)),
                ev("reservation_confirmee", 2, total=L("960.00", BUY)),
                ev("ecran", 3, nom=L("JournalDeBord", USAGE))]}),
        case(f, f"{a}/api/v1/favoris", headers=_h(rng, how="none"),
             cookies={"mouil_sess": L(opaque(rng, "", 56), CRED),
                      "mouil_app": L(IID_NODASH, DID)}),
        case(f, f"{a}/api/v1/assurance", headers=_h(rng, auth="bearer"), body={
            "reservation": L(BOAT_BOOKING, BUY), "assure": L(NAME, NAMEC),
            "date_naissance": L(DOB, BIRTH), "prime": L("45.00", BUY)}),
        case(f, f"{a}/api/v1/meteo/port", headers=_h(rng, auth="bearer"), query={
            "port": "prt_sag01", "lat": str(MARINA_AT[0]), "lon": str(MARINA_AT[1])}),
    ]
    return cases


def mouillage_sdks() -> list[Case]:
    rng = random.Random(2562)
    return [
        gauge_batch(APP, rng, [("Boat Searched", {"lieu": L("Sag Harbor", SEARCH)}),
                               ("Booking Completed", {"value": L(960.0, BUY)})]),
        ref_event(APP, rng, "PURCHASE", {"revenue": L(960.0, BUY), "currency": "USD",
                                         "transaction_id": L(BOAT_BOOKING, BUY)}, hashed=True),
        moth_event(APP, rng, ("java.lang.NullPointerException", "skipper was null"),
                   [moth_crumb("navigation", "Recherche -> Bateau"),
                    moth_crumb("ui.click", "btn_reserver")], screen="BateauActivity"),
        moth_session(APP, rng, user=False),
        flag_eval(APP, rng, {"market": "us-east", "season": "summer"}, user=False),
        bell_register(APP, rng, tags={"port": "sag01"}),
        bell_open(APP, rng),
        finch_3ds(APP, rng),
        smith_directions(APP, rng, MARINA_AT, "driving", nd=4),
        cairn_message(APP, rng, L("Can I change the date of my reservation to the 18th?", TEXT),
                      {"reservation": L(BOAT_BOOKING, BUY)}, phone=L(E164, TEL)),
        cons_save(APP, rng, {"analytics": True, "advertising": False}),
    ]
