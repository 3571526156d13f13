"""French supermarket app "Panier d'Or" (its API's keys are French; she is on a year's
assignment in Lyon) with scan-and-go and a loyalty card: sign-up with the card, a log-in, ``/moi``,
the card, stores nearby, a scan-and-go session inside the store (scans in msgpack, the basket,
the payment, the exit code), a search, a shopping list, diet and allergies, the delivery address,
a click-and-collect order and its status by number in the path, coupons, a receipt claim, a
price-label photo, a review, a referral, push, events and the points by a cookie GET."""

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
from eval_families37_kit import (
    COMMANDE,
    EANS,
    FIDELITE,
    FR_HOME,
    FR_HOME_AT,
    MAGASIN,
    MAGASIN_FIX,
    fix,
    obj,
)
from eval_families37_sdk import am_event, am_link, bf_bid, cc_crash, cc_crumb, ml_batch, ml_identify
from eval_families37_svc import hq_message, nw_register, pl_confirm, tw_geocode
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("panierdor", "PanierDor", "com.example.panierdor", "12.4.0",
          "https://api.panierdor.example.fr")
IID = "X-PDO-Appareil"
MDP = "Cerise!Rhone2025"
DOB_FR = "17/05/1991"
C_URL = f"https://api.panierdor.example.fr/v2/commandes/{COMMANDE}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("fr-FR,fr;q=0.9", DEV)
    return h


def panierdor() -> list[Case]:
    rng = random.Random(3721)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, courriel=L(EMAIL, MAIL), fidelite=L(FIDELITE, UID)))}
    b = {"auth": "bearer"}
    mla, mlo = fix(MAGASIN_FIX)
    scan = obj(rng, "sg", 10)
    fla, flo = fix(FR_HOME_AT, 5)
    suivi = at_path(case(f, f"{C_URL}/suivi", headers=_h(rng, auth="bearer")), COMMANDE, BUY)
    return [
        case(f, f"{a}/v2/comptes", headers=_h(rng), body={
            "civilite": L("Mme", GENDER), "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC),
            "courriel": L(EMAIL, MAIL), "motDePasse": L(MDP, CRED),
            "telephone": L(PHONE, TEL), "dateNaissance": L(DOB_FR, BIRTH),
            "carteFidelite": L(FIDELITE, UID), "codePostal": L(FR_HOME["cp"], COARSE),
            "ville": L(FR_HOME["ville"], COARSE), "optinSms": False, "optinCourriel": True}),
        case(f, f"{a}/v2/auth/connexion", fmt="form", headers=_h(rng), body={
            "identifiant": L(EMAIL_UPPER, MAIL), "motDePasse": L(MDP, CRED),
            "seSouvenir": "true"}),
        case(f, f"{a}/v2/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/fidelite/carte", headers=_h(rng, **b), query={
            "numero": L(FIDELITE, UID), "format": "ean13"}),
        case(f, f"{a}/v2/magasins/proximite", headers=_h(rng, **b), query={
            "lat": L(f"{FR_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{FR_HOME_AT[1]:.3f}", PRECISE),
            "rayonKm": "5", "services": "scango,drive"}),
        case(f, f"{a}/v2/scango/sessions", headers=_h(rng, **b), body={
            "magasin": MAGASIN["id"], "position": {"lat": mla, "lon": mlo, "precision": 7},
            "magasinPos": {"lat": MAGASIN["lat"], "lon": MAGASIN["lon"]},
            "carteFidelite": L(FIDELITE, UID), "session": scan}),
        case(f, f"{a}/v2/scango/sessions/{scan}/articles", fmt="msgpack", headers=_h(rng, **b),
             body={"ean": EANS[2], "quantite": 2, "horodatage": 1765312466}),
        case(f, f"{a}/v2/scango/sessions/{scan}/panier", headers=_h(rng, **b), body={
            "articles": [{"ean": e, "qte": q} for e, q in zip(EANS, (1, 1, 2, 1), strict=True)],
            "totalTtc": L("23.47", BUY), "remiseFidelite": L("1.20", BUY)}),
        case(f, f"{a}/v2/scango/sessions/{scan}/paiement", fmt="form", headers=_h(rng, **b),
             body={"montant": L("22.27", BUY), "devise": "EUR",
                   "moyen": L(opaque(rng, "pm_", 24), PAY), "quatreDerniers": L("4444", PAY)}),
        case(f, f"{a}/v2/scango/sessions/{scan}/sortie", headers=_h(rng, **b), body={
            "codeSortie": L(f"PDO|{MAGASIN['id']}|{scan}|2227|A9F2", BUY),
            "controleAleatoire": False}),
        case(f, f"{a}/v2/recherche", headers=_h(rng, **b), query={
            "q": L("lait sans lactose", SEARCH), "magasin": MAGASIN["id"], "page": "1"}),
        case(f, f"{a}/v2/listes", headers=_h(rng, **b), body={
            "nom": L("Repas de Noël chez Noor", f"{TEXT}|{NAMEC}"),
            "articles": [{"ean": EANS[1], "qte": 2}, {"libelle": "dinde fermière", "qte": 1}]}),
        case(f, f"{a}/v2/profil/alimentation", headers=_h(rng, **b), body={
            "allergies": [L("lactose", MED), L("arachides", MED)],
            "regime": L("halal", SENS), "foyer": 2, "bebe": False, "bio": True}),
        case(f, f"{a}/v2/adresses", headers=_h(rng, **b), body={
            "rue": L(FR_HOME["rue"], ADDR), "complement": L(FR_HOME["complement"], ADDR),
            "codePostal": L(FR_HOME["cp"], COARSE), "ville": L(FR_HOME["ville"], COARSE),
            "pays": L("FR", COARSE), "lat": fla, "lon": flo, "digicode": L("4812B", CRED),
            "instructions": L("Interphone DOE, 3e gauche, pas d'ascenseur", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/commandes", headers=_h(rng, **b), body={
            "mode": "drive", "magasin": MAGASIN["id"], "creneau": "2025-12-12T17:30/18:00",
            "numero": L(COMMANDE, BUY), "total": L("96.18", BUY),
            "moyen": L(opaque(rng, "pm_", 24), PAY), "carteFidelite": L(FIDELITE, UID)}),
        suivi,
        case(f, f"{a}/v2/coupons/activer", fmt="form", headers=_h(rng, **b), body={
            "coupons": "cp_11820,cp_11877", "carte": L(FIDELITE, UID)}),
        case(f, f"{a}/v2/tickets/reclamation", headers=_h(rng, **b), body={
            "ticket": L("0214-07-20251209-1183", BUY), "montant": L("4.99", BUY),
            "message": L("Le fromage était compté deux fois sur mon ticket", TEXT)}),
        multipart(f, f"{a}/v2/prix/signalement", [
            ("photo", "etiquette.jpg", "image/jpeg", L(JPEG + b"\x37", MEDIA)),
            ("infos", None, "application/json", {"ean": EANS[3], "magasin": MAGASIN["id"],
                                                 "prixAffiche": 2.15, "prixCaisse": 2.49})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/avis", fmt="form", headers=_h(rng, **b), body={
            "ean": EANS[1], "note": "4", "commentaire": L("Très bon mais un peu cher", TEXT)}),
        case(f, f"{a}/v2/parrainage", headers=_h(rng, **b), body={
            "nomFilleul": L(PEOPLE[3][0], NAMEC), "courrielFilleul": L(PEOPLE[3][2], MAIL),
            "message": L("10 € offerts sur ta première commande !", TEXT)}),
        case(f, f"{a}/v2/appareils", headers=_h(rng, **b), body={
            "jetonPush": L(push_token(rng), DID), "appareil": L(INSTALL_ID, DID),
            "langue": L("fr_FR", DEV), "fuseau": L("Europe/Paris", DEV),
            "modele": L("Pixel 8", DEV), "systeme": L("Android 14", DEV)}),
        case(f, f"{a}/v2/evenements", gz=True, headers=_h(rng, **b), body={
            "utilisateur": L(USER_ID, UID), "evenements": [
                ev("scango_termine", 1, articles=5), ev("coupon_active", 2),
                ev("ecran", 3, ecran=L("CarteFidelite", USAGE))]}),
        case(f, f"{a}/v2/fidelite/points", headers=_h(rng, how="none"),
             cookies={"pdo_session": L(opaque(rng, "", 40), CRED),
                      "pdo_appareil": L(INSTALL_ID, DID), "pdo_req": rid(rng)}),
    ]


def panierdor_sdks() -> list[Case]:
    rng = random.Random(3722)
    link = U("https://panierdor.example.fr/l/coupon", {"c": "NOEL10", "carte": L(FIDELITE, UID),
                                                       "utm_source": "sms"})
    return [
        ml_batch(APP, rng, [("Scan Go Completed", {"total": L(22.27, BUY), "items": 5}),
                            ("Search", {"q": L("lait sans lactose", SEARCH)})],
                 at=MAGASIN_FIX, nd=2, tz="Europe/Paris", locale="fr_FR"),
        ml_identify(APP, rng, {"ville": L("Lyon", COARSE), "codePostal": L("69002", COARSE),
                               "fidelite": L(FIDELITE, UID), "foyer": 2}),
        am_event(APP, rng, "af_purchase", {"order": L(COMMANDE, BUY), "mode": "drive"},
                 revenue=96.18, currency="EUR", hashed=True),
        am_link(APP, rng, link),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=MAGASIN_FIX, nd=3, country="FRA",
               keywords="courses,promo,fromage"),
        cc_crash(APP, rng, ("java.lang.NullPointerException", "ean scanner surface"),
                 [cc_crumb("navigation", "Accueil -> ScanGo"),
                  cc_crumb("http", "POST", {"url": f"{APP.api}/v2/scango/sessions",
                                            "status": 200})],
                 screen="ScanGoActivity", tz="Europe/Paris"),
        nw_register(APP, rng, tz="Europe/Paris", lang="fr", at=FR_HOME_AT, nd=2,
                    tags={"ville": L("Lyon", COARSE)}),
        pl_confirm(APP, rng, "96.18", "eur"),
        tw_geocode(APP, rng, "14 rue Mercière, Lyon", ADDR, near=FR_HOME_AT, nd=3, lang="fr"),
        hq_message(APP, rng, L("Ma commande PDO-2512-88417 n'est pas prête au drive",
                               f"{TEXT}|{BUY}"), {"commande": L(COMMANDE, BUY)}),
    ]
