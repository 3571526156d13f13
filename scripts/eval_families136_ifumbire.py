"""A subsidised-fertilizer voucher app "Fumbira" (ifumbire: fertilizer) for her husband's family's
plot near Bubanza (snake_case French JSON under ``/api/v1``). New to the evaluation (a grep found
no agro-dealer or fertilizer voucher; set 88's input credit, set 107's canal water turns and set
100's coffee weighing are other kinds): a farmer registers the household and the plot's corners,
pre-orders subsidised bags for the season, pays the deposit by mobile money and collects at the
communal depot with the voucher's QR code. Calls: registration (the household head's identity
card), a PIN log-in, ``/me`` with a JWT, the plot's corners, a plot photo (JPEG and JSON), the
catalogue, a voucher order, its deposit, the voucher by number in the path, depots near the
plot, the pick-up by her husband, an offline sync (msgpack with her fix), a soil sample point,
an advisory question, weather, the household members, her bank account, the statement by a
cookie GET, a complaint, SMS options, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
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
    BI_ACCOUNT,
    DAUGHTER,
    DEPOT,
    FARMER,
    HUSBAND,
    LOCAL_LINE,
    PLOTS,
    VOUCHER,
    fix,
    hd,
    obj,
    push,
)
from eval_families136_sdk import cm_crash, cm_crumb, mr_batch, mr_queue, ts_launch
from eval_families136_svc import (
    ck_save,
    fr_eval,
    hr_message,
    mk_geocode,
    mk_telemetry,
    pk_register,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("fumbira", "Fumbira", "com.example.fumbira", "1.1.6", "https://api.fumbira.example.net")
IID = "X-Fumbira-Appareil"
PIN = "2207"
NID = "personal.national_id"
HEAD_CNI = "CNI-0087-2231-19"  # her husband's identity card (another's national ID)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, rn=True, **{"how": "upper", **kw})


def fumbira() -> list[Case]:
    rng = random.Random(13671)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, agriculteur=L(FARMER, UID), tel=L(E164, TEL)))}
    plot = obj(rng, "plt")
    p0a, p0o = fix(PLOTS[0], 5)
    sla, slo = fix(PLOTS[2], 4)
    qla, qlo = fix(PLOTS[1], 6)
    vch = at_path(case(f, f"{a}/api/v1/bons/{VOUCHER}", headers=_h(rng, **b)), VOUCHER, BUY)
    return [
        case(f, f"{a}/api/v1/agriculteurs", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "telephone": L(E164, TEL),
            "date_naissance": L(DOB, BIRTH), "sexe": L("F", GENDER),
            "province": L("Bubanza", COARSE), "commune": L("Bubanza", COARSE),
            "colline": L("Muramba", COARSE), "numero_agriculteur": L(FARMER, UID),
            "chef_menage": {"nom": L(HUSBAND[0], NAMEC), "telephone": L(HUSBAND[1], TEL),
                            "cni": L(HEAD_CNI, NID)}, "pin": L(PIN, CRED)}),
        case(f, f"{a}/api/v1/connexion", fmt="form", headers=_h(rng), body={
            "telephone": L(NATIONAL, TEL), "pin": L(PIN, CRED), "appareil": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/parcelles", headers=_h(rng, **b), body={
            "parcelle": plot, "coins": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)}
                                        for la, lo in PLOTS],
            "surface_ha": 0.62, "cultures": ["riz", "mais"], "proprietaire": "famille"}),
        multipart(f, f"{a}/api/v1/parcelles/{plot}/photo", [
            ("photo", "parcelle.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"position": {"lat": p0a, "lon": p0o},
                                                "culture": "mais"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/catalogue", headers=_h(rng, **b), query={"saison": "2026A"}),
        case(f, f"{a}/api/v1/bons", headers=_h(rng, **b), body={
            "bon": L(VOUCHER, BUY), "parcelle": plot, "numero_agriculteur": L(FARMER, UID),
            "produits": [{"produit": "Imbura", "sacs": 4}, {"produit": "Totahaza", "sacs": 2},
                         {"produit": "Dolomie", "sacs": 3}],
            "total_subventionne": L(186000, BUY), "depot": DEPOT["id"]}),
        case(f, f"{a}/api/v1/bons/{VOUCHER}/acompte", fmt="form", headers=_h(rng, **b), body={
            "montant": L("93000", BUY), "devise": "BIF", "portefeuille": L(LOCAL_LINE, TEL),
            "reference": rid(rng)}),
        vch,
        case(f, f"{a}/api/v1/depots/proches", headers=_h(rng, **b), query={
            "lat": L(f"{PLOTS[0][0]:.2f}", COARSE), "lon": L(f"{PLOTS[0][1]:.2f}", COARSE)}),
        case(f, f"{a}/api/v1/retraits", headers=_h(rng, **b), body={
            "bon": L(VOUCHER, BUY), "depot": DEPOT["id"], "qr": "QR-DPB-55812",
            "retire_par": {"nom": L(HUSBAND[0], NAMEC), "cni": L(HEAD_CNI, NID)},
            "depot_at": {"lat": DEPOT["lat"], "lon": DEPOT["lon"]}, "sacs": 9}),
        case(f, f"{a}/api/v1/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "numero_agriculteur": L(FARMER, UID), "items": [
                {"k": "visite_parcelle", "parcelle": plot, "lat": qla, "lon": qlo,
                 "t": 1765270800},
                {"k": "semis", "culture": "mais", "kg": 25, "t": 1765274400}]}),
        case(f, f"{a}/api/v1/analyses-sol", headers=_h(rng, **b), body={
            "parcelle": plot, "point": {"lat": sla, "lon": slo}, "profondeur_cm": 20,
            "echantillon": obj(rng, "smp", 8)}),
        case(f, f"{a}/api/v1/conseil/questions", headers=_h(rng, **b), body={
            "parcelle": plot, "texte": L("Les feuilles du mais jaunissent apres la pluie, "
                                         "faut-il ajouter de l'uree ?", TEXT)}),
        case(f, f"{a}/api/v1/meteo", headers=_h(rng, **b), query={
            "lat": L(f"{PLOTS[0][0]:.2f}", COARSE), "lon": L(f"{PLOTS[0][1]:.2f}", COARSE),
            "jours": "5"}),
        case(f, f"{a}/api/v1/menage", headers=_h(rng, **b), body={
            "membres": [{"nom": L(HUSBAND[0], NAMEC), "role": "chef"},
                        {"nom": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                         "naissance": L(DAUGHTER["dob"], BIRTH), "role": "enfant"}],
            "taille": 3, "numero_agriculteur": L(FARMER, UID)}),
        case(f, f"{a}/api/v1/compte-bancaire", headers=_h(rng, **b), body={
            "titulaire": L(f"{FIRST} {LAST}", NAMEC), "compte": L(BI_ACCOUNT, PAY),
            "banque": "BNK-07"}),
        case(f, f"{a}/api/v1/releve", headers=_h(rng, how="none"), cookies={
            "fb_session": L(opaque(rng, "", 40), CRED), "fb_appareil": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/plaintes", headers=_h(rng, **b), body={
            "depot": DEPOT["id"], "bon": L(VOUCHER, BUY),
            "texte": L("Le magasinier demande 5000 francs de plus par sac", TEXT)}),
        case(f, f"{a}/api/v1/sms", fmt="form", headers=_h(rng, **b), body={
            "telephone": L(LOCAL_LINE, TEL), "langue": L("rn", DEV), "meteo": "1"}),
        case(f, f"{a}/api/v1/appareils", headers=_h(rng, **b),
             body=push(push_token(rng), "rn_BI")),
        case(f, f"{a}/api/v1/evenements", gz=True, headers=_h(rng, **b), body={
            "utilisateur": L(USER_ID, UID), "evenements": [
                ev("bon_commande", 1), ev("acompte_paye", 2),
                ev("ecran", 3, ecran=L("CarteParcelle", USAGE))]}),
    ]


def fumbira_sdks() -> list[Case]:
    rng = random.Random(13672)
    return [
        mr_batch(APP, rng, [("Voucher Ordered", {"bags": 9}), ("Deposit Paid", {})],
                 locale="rn_BI"),
        mr_queue(APP, rng, [("Plot Walked", {"corners": 4}), ("Photo Saved", {})]),
        ts_launch(APP, rng, user=True, n=4),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "gps fix too old"),
                 [cm_crumb("nav", "Parcelle -> Coins")], screen="CoinsActivity"),
        pk_register(APP, rng, lang="rn", at=PLOTS[0], nd=2,
                    tags={"province": L("Bubanza", COARSE)}),
        mk_telemetry(APP, rng, [PLOTS[0], PLOTS[3]], PRECISE),
        mk_geocode(APP, rng, "Depot communal de Bubanza", "behavior.search"),
        ck_save(APP, rng, {"analytics": True}),
        fr_eval(APP, rng, {"province": L("Bubanza", COARSE), "season": "2026A"}),
        hr_message(APP, rng, L("Mon acompte est paye mais le bon reste en attente", TEXT),
                   {"agriculteur": L(FARMER, UID)}),
    ]
