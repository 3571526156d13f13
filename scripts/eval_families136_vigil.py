"""A Pentecostal church's night-vigil and crusade app "Kesharama" (Kinindo, Bujumbura; her
religion; camelCase French API). Unlike set 130's and set 132's congregational apps (a women's
fellowship, offerings and a roster), it is built around the Friday night vigil (``veillee``), a
21-day fasting chain with hourly slots, and a healing-and-deliverance crusade on an open ground
with buses from the quarters. Calls: sign-up, an OAuth password grant, ``/moi`` with a JWT, the
vigils of the month, a vigil sign-up, a slot in the fasting chain, a prayer request, a tithe by
mobile money, a crusade offering, the crusade registration (a pick-up point), attendance at the
ground (her fix), an audio testimony (M4A and JSON), a hymn search, a prayer partner, a cell
group message, the live service, a home cell, the daughter's Sunday school, the giving statement
by a cookie GET, a receipt by number in the path, volunteering, push, events and the verse of
the day."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
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
from eval_families136_kit import (
    CHURCH,
    CHURCH_FIX,
    DAUGHTER,
    GROUND,
    GROUND_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    LOCAL_LINE,
    MEMBER,
    PRAYER_PARTNER,
    fix,
    hd,
    obj,
    push,
)
from eval_families136_sdk import cm_crash, cm_crumb, mr_batch, mr_pixel, ts_event, ts_launch
from eval_families136_svc import (
    ck_save,
    hr_message,
    mk_route,
    pg_card,
    pg_confirm,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kesharama", "Kesharama", "com.example.kesharama", "1.7.2",
          "https://api.kesharama.example.org")
IID = "X-Kesharama-Appareil"
PW = "Yesu-Ni-Umwami77"
CHURCH_NAME = CHURCH["name"]
RECEIPT = "RCU-2025-004417"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "upper", **kw})


def kesharama() -> list[Case]:
    rng = random.Random(13621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, numeroMembre=L(MEMBER, UID),
                                    eglise=L(CHURCH_NAME, SENS)))}
    gla, glo = fix(GROUND_FIX, 6)
    cla, clo = fix(CHURCH_FIX, 4)
    pla, plo = fix(HOME_AT, 5)
    vigil = obj(rng, "vg")
    stream = obj(rng, "live", 8)
    receipt = at_path(case(f, f"{a}/v1/recus/{RECEIPT}", headers=_h(rng, **b)), RECEIPT, BUY)
    return [
        case(f, f"{a}/v1/membres", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telephone": L(E164, TEL), "motDePasse": L(PW, CRED), "dateNaissance": L(DOB, BIRTH),
            "sexe": L("F", GENDER), "eglise": L(CHURCH_NAME, SENS),
            "denomination": L("Pentecotiste", SENS), "baptiseeEau": L(True, SENS),
            "quartier": L(HOME["area"], COARSE), "numeroMembre": L(MEMBER, UID)}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kesharama-android", "scope": "membre dons"}),
        case(f, f"{a}/v1/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/veillees", headers=_h(rng, **b), query={
            "eglise": CHURCH["id"], "mois": "2025-12"}),
        case(f, f"{a}/v1/veillees/{vigil}/inscription", headers=_h(rng, **b), body={
            "veillee": L("Veillee de priere du vendredi", SENS), "numeroMembre": L(MEMBER, UID),
            "personnes": 2, "bus": True, "arret": L("Kinindo rond-point", COARSE)}),
        case(f, f"{a}/v1/jeune/chaine", headers=_h(rng, **b), body={
            "chaine": L("Jeune de Daniel, 21 jours", SENS), "creneau": "mardi 06:00-12:00",
            "numeroMembre": L(MEMBER, UID), "rappel": True}),
        case(f, f"{a}/v1/prieres", headers=_h(rng, **b), body={
            "texte": L("Priez pour moi, les migraines reviennent chaque nuit depuis un mois",
                       f"{TEXT}|{SENS}|{MED}"), "visibilite": "pasteurs", "anonyme": False}),
        case(f, f"{a}/v1/dimes", fmt="form", headers=_h(rng, **b), body={
            "fonds": L("Dime", SENS), "montant": L("60000", BUY), "devise": "BIF",
            "moyen": "mobile_money", "telephone": L(LOCAL_LINE, TEL), "reference": rid(rng)}),
        case(f, f"{a}/v1/offrandes", headers=_h(rng, **b), body={
            "fonds": L("Croisade Kinama 2026", SENS), "montant": L(25000, BUY), "devise": "BIF",
            "anonyme": False, "numeroMembre": L(MEMBER, UID)}),
        case(f, f"{a}/v1/croisades/{GROUND['id']}/inscription", headers=_h(rng, **b), body={
            "croisade": L("Croisade de guerison et de delivrance, Kinama", SENS),
            "participants": [{"nom": L(f"{FIRST} {LAST}", NAMEC)},
                             {"nom": L(HUSBAND[0], NAMEC)}],
            "bus": True, "ramassage": {"lat": pla, "lon": plo},
            "besoinPriere": L("migraines", f"{SENS}|{MED}")}),
        case(f, f"{a}/v1/presences", headers=_h(rng, **b), body={
            "service": L("Croisade, soiree 2", SENS), "position": {"lat": gla, "lon": glo},
            "terrain": {"id": GROUND["id"], "lat": GROUND["lat"], "lon": GROUND["lon"]},
            "numeroMembre": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/temoignages", [
            ("audio", "temoignage.m4a", "audio/mp4", L(M4A, f"{MEDIA}|{SENS}")),
            ("infos", None, "application/json", {
                "titre": L("Gueri de mes migraines a la croisade", f"{TEXT}|{SENS}|{MED}"),
                "numeroMembre": L(MEMBER, UID), "publier": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/cantiques", headers=_h(rng, **b), query={
            "q": L("Ndagushimiye Yesu", SEARCH), "langue": "rn"}),
        case(f, f"{a}/v1/partenaires-priere", headers=_h(rng, **b), body={
            "nom": L(PRAYER_PARTNER[0], NAMEC), "telephone": L(PRAYER_PARTNER[1], TEL),
            "frequence": "quotidienne"}),
        case(f, f"{a}/v1/cellules/kinindo-3/messages", headers=_h(rng, **b), body={
            "texte": L("Josiane, on se retrouve a 21h devant l'eglise pour la veillee",
                       f"{TEXT}|{SENS}|{NAMEC}"), "clientId": rid(rng)}),
        case(f, f"{a}/v1/live/{stream}/rejoindre", headers=_h(rng, **b), query={
            "service": L("Culte du dimanche", SENS), "membre": L(MEMBER, UID), "qualite": "360p"}),
        case(f, f"{a}/v1/cellules/adhesion", headers=_h(rng, **b), body={
            "cellule": L("Cellule de maison Kinindo 3", SENS), "jour": "jeudi",
            "numeroMembre": L(MEMBER, UID), "position": {"lat": cla, "lon": clo}}),
        case(f, f"{a}/v1/ecole-du-dimanche", headers=_h(rng, **b), body={
            "enfant": {"prenom": L(DAUGHTER["first"], NAMEC), "nom": L(DAUGHTER["last"], NAMEC),
                       "dateNaissance": L(DAUGHTER["dob"], BIRTH),
                       "sexe": L(DAUGHTER["sex"], GENDER)},
            "classe": L("Ecole du dimanche, 8-10 ans", SENS), "parent": L(MEMBER, UID),
            "allergies": L("arachides", MED)}),
        case(f, f"{a}/v1/dons/releve", headers=_h(rng, how="none"), cookies={
            "kr_session": L(opaque(rng, "", 40), CRED), "kr_appareil": L(INSTALL_ID, DID)},
            query={"annee": "2025"}),
        receipt,
        case(f, f"{a}/v1/benevoles", fmt="form", headers=_h(rng, **b), body={
            "ministere": L("Accueil et protocole", SENS), "numeroMembre": L(MEMBER, UID),
            "dispo": "vendredi,dimanche", "telephone": L(E164, TEL)}),
        case(f, f"{a}/v1/appareils", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/evenements", gz=True, headers=_h(rng, **b), body={
            "membre": L(USER_ID, UID), "evenements": [
                ev("veillee_inscrite", 1), ev("dime_payee", 2),
                ev("ecran", 3, ecran=L("DirectCulte", USAGE))]}),
        case(f, f"{a}/v1/versets/du-jour", headers=_h(rng, **b), query={"langue": "fr"}),
    ]


def kesharama_sdks() -> list[Case]:
    rng = random.Random(13622)
    return [
        mr_batch(APP, rng, [("Vigil Joined", {"vigil": L("Friday night vigil", SENS)}),
                            ("Tithe Paid", {"amount": L(60000, BUY)})],
                 at=CHURCH_FIX, nd=2),
        mr_pixel(APP, rng, "Verse Opened", {"day": "2025-12-10"}),
        ts_launch(APP, rng, user=True, n=22),
        ts_event(APP, rng, "offering", {"fund": L("crusade", SENS)}, revenue=25000.0),
        cm_crash(APP, rng, ("android.media.MediaCodec$CodecException", "audio encoder stalled"),
                 [cm_crumb("nav", "Temoignages -> Enregistrer"),
                  cm_crumb("ui", "tap record")], screen="TemoignageActivity"),
        pk_register(APP, rng, tags={"eglise": L("Umucyo Kinindo", SENS),
                                    "cellule": L("Kinindo 3", SENS)}),
        pg_card(APP, rng, email=True),
        pg_confirm(APP, rng, "25000"),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        mk_route(APP, rng, [(HOME_AT, "location.precise"),
                            ((GROUND["lat"], GROUND["lon"]), None)], mode="bus"),
        hr_message(APP, rng, L("Mon recu de dime de novembre n'est pas arrive",
                               f"{TEXT}|{SENS}"), {"membre": L(MEMBER, UID)}),
    ]
