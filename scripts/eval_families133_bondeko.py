"""A Kimbanguist parish's choir and offering app "Bondeko" (her religion): sign-up with her parish
and baptism, a log-in, ``/moi``, her member card by number in the path, rehearsals, attendance at
the parish, a rehearsal recording, a hymn search, a tithe by mobile money and its receipt, a
prayer intention, the Nkamba pilgrimage, events nearby, a choir uniform, a building donation,
her household, a message to the choir leader, push, statistics and a cookie GET."""

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
    M4A,
    MAIL,
    MED,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families133_kit import (
    DOB_FR,
    HUSBAND,
    KIN_HOME_AT,
    MEMBER_CH,
    PARISH,
    SON,
    VOTER,
    fix,
    kin_head,
    obj,
)
from eval_families133_sdk import (
    bs_bid,
    fl_crash,
    fl_crumb,
    st_event,
    st_session,
    tally_batch,
    tally_px,
)
from eval_families133_svc import ab_check, ak_open, gw_flags, pm_card, pm_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("bondeko", "Bondeko", "org.example.bondeko", "1.12.4",
          "https://api.bondeko.example.org")
IID = "X-Bondeko-Appareil"
MDP = "Nkamba#Mboka77"
NATID = "personal.national_id"
CHURCH = "Église kimbanguiste, paroisse de Ngaliema"
PARISH_FIX = (-4.347183, 15.261122)  # her phone at the parish hall


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return kin_head(APP, rng, IID, how, **kw)


def bondeko() -> list[Case]:
    rng = random.Random(13305)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), membre=L(MEMBER_CH, UID)))}
    pla, plo = fix(PARISH_FIX, 5)
    gift = obj(rng, "off", 10)
    card = at_path(case(f, f"{a}/api/membres/{MEMBER_CH}/carte", headers=_h(rng, **b)),
                   MEMBER_CH, UID)
    return [
        case(f, f"{a}/api/membres/inscription", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telephone": L(E164, TEL), "date_naissance": L(DOB_FR, BIRTH),
            "sexe": L("F", GENDER), "mot_de_passe": L(MDP, CRED),
            "confession": L("Kimbanguiste", SENS), "paroisse": L(CHURCH, SENS),
            "paroisse_id": PARISH["id"], "bapteme": L("2012-04-06", SENS),
            "carte_membre": L(MEMBER_CH, UID)}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "mot_de_passe": L(MDP, CRED), "grant_type": "password",
            "client_id": "bondeko-android"}),
        case(f, f"{a}/api/membres/moi", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/api/chorale/repetitions", headers=_h(rng, **b), query={
            "paroisse": PARISH["id"], "voix": "alto", "mois": "2025-12"}),
        case(f, f"{a}/api/chorale/presence", headers=_h(rng, **b), body={
            "repetition": obj(rng, "rep", 8), "membre": L(MEMBER_CH, UID),
            "position": {"lat": pla, "lon": plo, "precision": 12},
            "paroisse": {"id": PARISH["id"], "lat": PARISH["lat"], "lon": PARISH["lon"]}}),
        multipart(f, f"{a}/api/chorale/enregistrements", [
            ("audio", "alto_repetition.m4a", "audio/mp4", L(M4A + b"\x31", MEDIA)),
            ("infos", None, "application/json", {"chant": "Tata Simon, yaka", "voix": "alto",
                                                 "duree_s": 184, "membre": L(MEMBER_CH, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/chants", headers=_h(rng, **b), query={
            "q": L("nzembo ya noel", SEARCH), "langue": "ln"}),
        case(f, f"{a}/api/offrandes", headers=_h(rng, **b), body={
            "id": gift, "type": "dime", "montant": L("50000", BUY), "devise": "CDF",
            "beneficiaire": L(CHURCH, SENS), "msisdn": L(E164, f"{TEL}|{PAY}"),
            "anonyme": False}),
        case(f, f"{a}/api/offrandes/{gift}/recu", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL.upper(), MAIL), "nom": L(NAME, NAMEC)}),
        case(f, f"{a}/api/intentions", headers=_h(rng, **b), body={
            "texte": L("Priez pour ma guérison, l'anémie me fatigue beaucoup", f"{TEXT}|{MED}"),
            "public": False, "paroisse": PARISH["id"]}),
        case(f, f"{a}/api/pelerinages/nkamba", headers=_h(rng, **b), body={
            "pelerinage": L("Nkamba, fête du 6 avril", SENS), "nom": L(NAME, NAMEC),
            "telephone": L(E164, TEL), "carte_electeur": L(VOTER, NATID),
            "place_bus": L("62000", BUY), "urgence": {"nom": L(HUSBAND[0], NAMEC),
                                                     "telephone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/evenements/proches", headers=_h(rng, **b), query={
            "lat": L(f"{KIN_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{KIN_HOME_AT[1]:.3f}", PRECISE),
            "rayon": "8"}),
        case(f, f"{a}/api/chorale/uniformes", headers=_h(rng, **b), body={
            "taille": "L", "tissu": "wax vert-blanc", "montant": L("35000", BUY),
            "broderie": L("Maman Jane - Alto", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/dons/projets/ecole-nkamba", fmt="form", headers=_h(rng, **b),
             body={"montant": L("20", BUY), "devise": "USD", "moyen": "carte",
                   "ref": rid(rng)}),
        case(f, f"{a}/api/famille", headers=_h(rng, **b), body={
            "conjoint": {"nom": L(HUSBAND[0], NAMEC), "telephone": L(HUSBAND[1], TEL),
                         "membre": False},
            "enfants": [{"prenom": L(SON["first"], NAMEC), "naissance": L(SON["dob"], BIRTH),
                         "baptise": L(True, SENS)}]}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "a": "chef_chorale_ngl", "fil": obj(rng, "fil"),
            "texte": L("Je serai absente samedi, je pars à Mbandaka", TEXT)}),
        case(f, f"{a}/api/annonces/lu", fmt="form", headers=_h(rng, **b), body={
            "annonces": "ann_2231,ann_2236", "membre": L(MEMBER_CH, UID)}),
        case(f, f"{a}/api/appareils", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "appareil": L(INSTALL_ID, DID),
            "langue": L("fr_CD", DEV), "modele": L("Pixel 8", DEV),
            "systeme": L("Android 14", DEV)}),
        case(f, f"{a}/api/stats", gz=True, headers=_h(rng, **b), body={
            "utilisateur": L(USER_ID, UID), "evenements": [
                ev("offrande_envoyee", 1), ev("chant_ecoute", 2, chant="Tata Simon, yaka"),
                ev("ecran", 3, ecran=L("Chorale", USAGE))]}),
        case(f, f"{a}/api/calendrier", headers=_h(rng, how="none"),
             cookies={"bdk_session": L(opaque(rng, "", 40), CRED),
                      "bdk_appareil": L(INSTALL_ID, DID), "bdk_paroisse": PARISH["id"]}),
    ]


def bondeko_sdks() -> list[Case]:
    rng = random.Random(13306)
    return [
        st_session(APP, rng, first=True),
        st_event(APP, rng, "offering", {"type": "dime"}, revenue=17.5),
        tally_batch(APP, rng, [("Offering Sent", {"amount": L(50000, BUY), "cur": "CDF"}),
                               ("Recording Uploaded", {"secs": 184})]),
        tally_px(APP, rng, "Hymn Played", {"hymn": "Tata Simon, yaka"}),
        bs_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, gender="F",
               keywords=L("kimbanguiste,chorale,nkamba", SENS)),
        fl_crash(APP, rng, ("java.io.IOException", "recorder: audio focus lost"),
                 [fl_crumb("nav", "Accueil -> Chorale"), fl_crumb("tap", "record")],
                 screen="EnregistrementActivity"),
        gw_flags(APP, rng, {"paroisse": PARISH["id"]}, hdr=True),
        pm_card(APP, rng),
        pm_confirm(APP, rng, "20.00"),
        ak_open(APP, rng, "cmp_repetition_samedi"),
        ab_check(APP, rng, {"statistiques": True, "publicite": False}),
    ]
