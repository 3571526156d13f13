"""Dating app "Scintilla" (an Italian company: its API's keys are Italian): sign-up with gender,
orientation and who she is looking for, an SMS log-in, the profile and its prompts, photos, a
selfie verification that uploads face landmarks, her position, discovery, swipes (msgpack),
messages, a report, filters and travel mode, a contact block list, a date safety check-in, a
voice prompt, a subscription and privacy settings (free tier with banner ads)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    flat,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import CITY, FIRST, LAST, App, ev, latlng, opaque, play_token, pos
from eval_families24_kit import claims, head, others, rid
from eval_families27_kit import DOB_ES
from eval_families29_kit import BAR_AT, BOOKING_SCN, DATE_FIX, DATE_NAME, obj, others_hash
from eval_families29_sdk import (
    ab_event,
    ab_launch,
    aq_bid,
    aq_notice,
    gp_crash,
    gp_crumb,
    tf_batch,
    tf_pixel,
)
from eval_families29_svc import ak_geocode, ow_check, rp_register, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("scintilla", "Scintilla", "com.example.scintilla", "11.3.2",
          "https://api.scintilla.example.com")
IID = "X-Scintilla-Dispositivo"
DOB_IT = DOB_ES  # "17/05/1991": day, month, year, as Italian forms write it


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def scintilla() -> list[Case]:
    rng = random.Random(2921)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nome=L(FIRST, NAMEC),
                                    premium=False))}
    b = {"auth": "bearer"}
    lat4, lon4 = pos(4)
    swiped = others(rng, 5, "prf_")
    cases = [
        case(f, f"{a}/v3/registrazione", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L("Stella#Cadente91", CRED), "telefono": L(PHONE, TEL),
            "data_di_nascita": L(DOB_IT, "personal.birthdate"), "genere": L("donna", GENDER),
            "orientamento": L("bisessuale", SENS),
            "cerco": [L("uomini", SENS), L("donne", SENS)], "accetta_termini": True}),
        case(f, f"{a}/v3/accesso/sms", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "codice": L("772904", CRED)}),
        case(f, f"{a}/v3/io", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/profilo", headers=_h(rng, **b), body={
            "nome_visibile": L(FIRST, NAMEC),
            "biografia": L("Architetta, amo il vino naturale e le passeggiate lungo l'Hudson. "
                           "Cerco qualcuno che rida alle mie battute.", TEXT),
            "altezza_cm": L(168, FIT), "lavoro": "architetta", "istruzione": "laurea",
            "religione": L("cattolica", SENS), "fuma": L("mai", MED),
            "figli": "non ancora", "citta": L(CITY, COARSE),
            "interessi": ["vino", "yoga", "fotografia"],
            "prompt": [{"domanda": "Il mio posto felice",
                        "risposta": L("Una panchina al Battery Park al tramonto", TEXT)}]}),
        multipart(f, f"{a}/v3/profilo/foto", [
            ("foto", "IMG_20251130_1822.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("dati", None, "application/json", {"ordine": 1, "principale": True,
                                                "id_caricamento": rid(rng)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/verifica/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x07", MEDIA)),
            ("dati", None, "application/json", {
                "posa": "gira_a_sinistra", "punti_viso": L(landmarks(rng, 106), FACE),
                "modello_viso": L(f32b64(flat(rng, 128, 0.06)), FACE),
                "punteggio_vivacita": 0.97, "riquadro": [212, 318, 508, 702],
                "sessione": rid(rng)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/posizione", headers=_h(rng, **b), body={
            "lat": lat4, "lon": lon4, "precisione_m": 14, "citta": L(CITY, COARSE),
            "fonte": "fused"}),
        case(f, f"{a}/v3/scopri", headers=_h(rng, **b), query={
            "posizione": latlng(3), "eta_min": "29", "eta_max": "40", "distanza_km": "15",
            "pagina": "1"}),
        case(f, f"{a}/v3/swipe", fmt="msgpack", headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID),
            "azioni": [{"profilo": p, "azione": "mi_piace" if i % 2 else "passa"}
                       for i, p in enumerate(swiped)],
            "superlike_rimasti": 2, "sessione_s": L(840, USAGE)}),
        case(f, f"{a}/v3/match/{obj(rng, 'mt')}/messaggi", headers=_h(rng, **b), body={
            "testo": L("Ciao Matteo! Anche tu sei stato alla mostra al MoMA?", TEXT),
            "id_client": rid(rng)}),
        case(f, f"{a}/v3/segnalazioni", headers=_h(rng, **b), body={
            "profilo_segnalato": swiped[2], "motivo": "comportamento_offensivo",
            "dettagli": L("Mi ha insultata dopo che ho detto di no a un secondo appuntamento",
                          TEXT)}),
        case(f, f"{a}/v3/filtri", headers=_h(rng, **b), body={
            "eta_min": 29, "eta_max": 40, "distanza_km": 15, "solo_verificati": True,
            "modalita_viaggio": {"citta": "Milano", "lat": 45.46427, "lon": 9.18951,
                                 "dal": "2026-01-20"}}),
        case(f, f"{a}/v3/contatti/blocca", headers=_h(rng, **b), body={
            "hash_telefoni": L(others_hash(rng, 6), CONTACTS), "algoritmo": "sha256"}),
        case(f, f"{a}/v3/appuntamento-sicuro", headers=_h(rng, **b), body={
            "nome_appuntamento": L(DATE_NAME, NAMEC),
            "luogo": {"nome": "Enoteca Vespro", "lat": BAR_AT[0], "lon": BAR_AT[1]},
            "ora": "2025-12-12T19:30:00-05:00",
            "contatto_fiducia": {"nome": L(PEOPLE[1][0], NAMEC),
                                 "telefono": L(PEOPLE[1][1], TEL)},
            "mia_posizione": {"lat": L(DATE_FIX[0], PRECISE), "lon": L(DATE_FIX[1], PRECISE)},
            "controllo_dopo_min": 90}),
        multipart(f, f"{a}/v3/profilo/nota-vocale", [
            ("audio", "nota.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("dati", None, "application/json", {
                "prompt": "La mia domenica ideale", "durata_ms": 14200,
                "trascrizione": L("Brunch lungo, mercatino delle pulci e un film vecchio",
                                  TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/abbonamento/verifica", headers=_h(rng, **b), body={
            "prodotto": L("scintilla_oro_1m", BUY), "ordine": L("GPA.3312-0457-8821-60934", BUY),
            "token_acquisto": L(play_token(rng), BUY), "riferimento": L(BOOKING_SCN, BUY),
            "pacchetto": APP.pkg}),
        case(f, f"{a}/v3/impostazioni/privacy", fmt="form", headers=_h(rng, **b), body={
            "mostra_orientamento": "false", "incognito": "true", "conferme_lettura": "true",
            "email_marketing": "false"}),
        case(f, f"{a}/v3/dispositivi", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "id_installazione": L(INSTALL_ID, DID),
            "fuso_orario": L("America/New_York", DEV), "lingua": L("en-US", DEV)}),
        case(f, f"{a}/v3/eventi", gz=True, headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "eventi": [
                ev("match_aperto", 1), ev("messaggio_inviato", 2),
                ev("schermata", 3, schermata=L("Scopri", USAGE))]}),
        case(f, f"{a}/v3/match", query={"pagina": "1"}, headers=_h(rng, how="none"),
             cookies={"sc_sessione": L(opaque(rng, "", 56), CRED),
                      "sc_disp": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/account/pausa", fmt="form", headers=_h(rng, **b), body={
            "motivo": "altro",
            "commento": L("Ho conosciuto qualcuno, vediamo come va", TEXT)}),
    ]
    return cases


def scintilla_sdks() -> list[Case]:
    rng = random.Random(2922)
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}, "tagid": "scintilla_discover_banner"}
    return [
        tf_batch(APP, rng, [("Match Aperto", {"verificata": True}),
                            ("Swipe Sessione", {"like": 3, "passa": 2})], adid=True, nd=2),
        tf_pixel(APP, rng, "Onboarding Passo", {"passo": L("orientamento", USAGE),
                                                "lingua": L("it", DEV)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "af_subscribe", {"piano": "oro_1m"}, revenue=19.99, hashed=True),
        aq_bid(APP, rng, banner, nd=3, yob=1991, gender="F",
               keywords=L("single,bisexual,vino,yoga", SENS)),
        aq_notice(APP, rng, "win"),
        gp_crash(APP, rng, ("java.lang.NullPointerException", "match thread is null"),
                 [gp_crumb("navigation", "Scopri -> Chat"),
                  gp_crumb("ui.click", "send_button")], screen="ChatActivity"),
        sb_eval(APP, rng, {"citta": L(CITY, COARSE), "premium": False}, hdr=True),
        rp_register(APP, rng, tags={"citta": L(CITY, COARSE), "premium": 0}),
        ow_check(APP, rng, {"analitica": True, "pubblicita": True}),
        ak_geocode(APP, rng, "enoteca vespro", SEARCH),
    ]
