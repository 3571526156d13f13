"""Dakar tailoring order app "Nyawkat" (snake_case French API): a grand boubou in bazin for
Tabaski, sewn by a workshop at the HLM market from her measurements. Unlike set 79's Dhaka tailor
that ships abroad and set 69's body scanner, she brings her own fabric, is measured in cm by
the workshop and is delivered in Dakar by courier. Sign-up, a log-in, ``/moi``, her measurements,
workshops near her, a workshop's models, the fabric's photo, an inspiration photo, the order, the
deposit, its status and a voice note by order number in the path, a fitting, an alteration, the
delivery, a review, a referral, her profile (birthday), a fabric search, the balance by card,
push, events and her orders by a cookie GET."""

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
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families112_kit import (
    ATELIER,
    DK_HOME,
    DK_HOME_AT,
    FRIEND,
    MESURES,
    ORDER_NYK,
    SN_E164,
    SN_NATIONAL,
    SON,
    fix,
    obj,
)
from eval_families112_sdk import ag_event, ag_session, bk_bid, ck_crash, ck_crumb, lb_batch
from eval_families112_svc import cw_attach, fn_eval, pc_card, ps_register, tl_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nyawkat", "Nyawkat", "com.example.nyawkat", "3.3.0", "https://api.nyawkat.example.net")
IID = "X-Nyawkat-Device"
MDP = "Bazin-Indigo-9"
C = f"{APP.api}/v1/commandes/{ORDER_NYK}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("fr-FR,fr;q=0.9,en;q=0.6", DEV)
    return h


def _on_order(c: Case) -> Case:
    return at_path(c, ORDER_NYK, BUY)


def nyawkat() -> list[Case]:
    rng = random.Random(11241)
    a, f = APP.api + "/v1", APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    hla, hlo = fix(DK_HOME_AT, 5)
    tissu = obj(rng, "ts", 8)
    return [
        case(f, f"{a}/clientes", headers=_h(rng), body={
            "civilite": L("Mme", GENDER), "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC),
            "telephone": L(SN_NATIONAL, TEL), "email": L(EMAIL, MAIL), "mdp": L(MDP, CRED),
            "quartier": L(DK_HOME["quartier"], COARSE), "ville": L("Dakar", COARSE)}),
        case(f, f"{a}/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "mdp": L(MDP, CRED)}),
        case(f, f"{a}/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/mesures", headers=_h(rng, **b), body={
            **{k: L(v, FIT) for k, v in MESURES.items()}, "unite": "cm",
            "prise_par": ATELIER["id"], "date": "2025-12-06"}),
        case(f, f"{a}/ateliers", headers=_h(rng, **b), query={
            "marche": "HLM", "ll": L(f"{DK_HOME_AT[0]:.3f},{DK_HOME_AT[1]:.3f}", PRECISE),
            "rayon_km": "8"}),
        case(f, f"{a}/ateliers/{ATELIER['id']}/modeles", headers=_h(rng), query={
            "categorie": "grand-boubou", "page": "2"}, cookies={
            "nk_sess": L(opaque(rng, "", 40), CRED), "nk_vus": "md_118,md_204"}),
        multipart(f, f"{a}/tissus", [
            ("photo", "bazin.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("infos", None, "application/json", {
                "id": tissu, "tissu": "bazin riche", "metres": 6, "couleur": "indigo",
                "prix_metre_boutique": 3500})], headers=_h(rng, **b)),
        multipart(f, f"{a}/inspirations", [
            ("photo", "modele.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("infos", None, "application/json", {
                "legende": L("Comme la tenue de ma sœur au baptême, col plus haut", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/commandes", headers=_h(rng, **b), body={
            "atelier": ATELIER["id"], "modele": "grand boubou brodé", "tissu": tissu,
            "occasion": L("Tabaski", SENS), "date_voulue": "2026-05-25",
            "prix": L(35000, BUY), "avance": L(15000, BUY), "numero": L(ORDER_NYK, BUY),
            "broderie": "fil doré, col rond"}),
        _on_order(case(f, f"{C}/avance", fmt="form", headers=_h(rng, **b), body={
            "montant": L("15000", BUY), "msisdn": L(SN_E164, TEL), "idem": rid(rng)})),
        _on_order(case(f, f"{C}/suivi", headers=_h(rng, **b))),
        _on_order(multipart(f, f"{C}/vocal", [
            ("audio", "note.m4a", "audio/mp4", L(M4A + b"\xb3", MEDIA)),
            ("meta", None, "application/json", {"duree_s": 21})], headers=_h(rng, **b))),
        case(f, f"{a}/essayages", headers=_h(rng, **b), body={
            "atelier": ATELIER["id"], "creneau": "2026-05-10T17:00",
            "note": L("Je viendrai avec mon fils Moussa pour son caftan", f"{TEXT}|{NAMEC}")}),
        _on_order(case(f, f"{C}/retouches", headers=_h(rng, **b), body={
            "mesures": {"tour_taille": L(84, FIT), "tour_hanches": L(106, FIT)},
            "commentaire": L("Trop serré à la taille, j'ai pris deux kilos", f"{TEXT}|{FIT}")})),
        case(f, f"{a}/livraisons", headers=_h(rng, **b), body={
            "commande": L(ORDER_NYK, BUY), "adresse": L(DK_HOME["line"], ADDR),
            "quartier": L(DK_HOME["quartier"], COARSE), "ville": L("Dakar", COARSE),
            "lat": hla, "lon": hlo, "telephone": L(SN_E164, TEL), "frais": L(1500, BUY),
            "instructions": L("Villa 9127, portail vert, Sacré-Cœur 3", f"{TEXT}|{ADDR}"),
            "atelier_adresse": ATELIER["adresse"], "atelier_tel": ATELIER["phone"]}),
        case(f, f"{a}/avis", fmt="form", headers=_h(rng, **b), body={
            "atelier": ATELIER["id"], "note": "5",
            "commentaire": L("Broderie magnifique, livré à temps pour la fête", TEXT)}),
        case(f, f"{a}/parrainage", headers=_h(rng, **b), body={
            "nom": L(FRIEND[0], NAMEC), "telephone": L(FRIEND[1], TEL)}),
        case(f, f"{a}/profil", headers=_h(rng, **b), body={
            "anniversaire": L("17/05", BIRTH),
            "preferences": {"coupe": "ample", "couleurs": ["indigo", "blanc"]},
            "enfants": [{"prenom": L(SON["first"], NAMEC), "age": L(SON["age"], BIRTH)}]}),
        case(f, f"{a}/tissus/recherche", headers=_h(rng, **b), query={
            "q": L("bazin getzner indigo", SEARCH), "tri": "prix"}),
        case(f, f"{a}/paiements", fmt="form", headers=_h(rng, **b), body={
            "commande": L(ORDER_NYK, BUY), "solde": L("20000", BUY),
            "moyen": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/appareils", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "appareil": L(INSTALL_ID.upper(), DID),
            "modele": L("Pixel 8", DEV), "systeme": L("Android 14", DEV),
            "langue": L("fr_FR", DEV)}),
        case(f, f"{a}/evenements", gz=True, headers=_h(rng, **b), body={
            "client": L(USER_ID, UID), "evenements": [
                ev("commande_creee", 1, total=L(35000, BUY)), ev("mesures_ok", 2),
                ev("ecran", 3, ecran=L("SuiviCommande", USAGE))]}),
        case(f, f"{a}/commandes", headers=_h(rng, how="nodash"),
             cookies={"nk_sess": L(opaque(rng, "", 40), CRED), "nk_cart": "0"}),
    ]


def nyawkat_sdks() -> list[Case]:
    rng = random.Random(11242)
    return [
        lb_batch(APP, rng, [("Order Placed", {"total": L(35000, BUY), "model": "grand_boubou"}),
                            ("Measurements Saved", {"fields": 9})], locale="fr_FR"),
        ag_session(APP, rng, user=True, n=4),
        ag_event(APP, rng, "order", {"order": L(ORDER_NYK, BUY)}, revenue=35000, hashed=True),
        bk_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, gender="F",
               keywords="mode,bazin,couture"),
        ck_crash(APP, rng, ("java.lang.OutOfMemoryError", "decoding fabric photo"),
                 [ck_crumb("navigation", "Commande -> Tissu"), ck_crumb("ui", "camera")],
                 screen="TissuActivity"),
        fn_eval(APP, rng, {"voice_notes": True}),
        ps_register(APP, rng, tags={"commande": "en_couture"}),
        tl_reverse(APP, rng, DK_HOME_AT, PRECISE),
        cw_attach(APP, rng, L(JPEG + b"\xb4", MEDIA), "broderie.jpg", "image/jpeg"),
        pc_card(APP, rng, email=True),
    ]
