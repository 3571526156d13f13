"""Music-lessons marketplace "Armonio" (an Italian company; its API's keys are Italian): a piano
student finds a teacher, books lessons at home and online, hands in recordings, logs practice,
gives a gift card, subscribes."""

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
    IPLOC,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    srflx,
)
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    T0,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
    pos,
)
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families25_kit import LESSON_BOOKING, STUDIO_AT, TEACHER_PHONE, obj_id
from eval_families25_sdk import (
    gauge_batch,
    gauge_identify,
    moth_crumb,
    moth_event,
    ref_event,
    ref_open,
)
from eval_families25_svc import (
    bell_register,
    cairn_message,
    cons_save,
    finch_3ds,
    flag_eval,
    smith_directions,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("armonio", "Armonio", "com.example.armonio", "4.7.3", "https://api.armonio.example.net")
IID = "X-Id-Dispositivo"
TEACHER = "ins_0b4e71c2"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return head(APP, rng, iid=IID, **kw)


def armonio() -> list[Case]:
    rng = random.Random(2521)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nome=L(FIRST, NAMEC)))}
    lat, lon = pos(4)
    cases = [
        case(f, f"{a}/api/v2/accesso", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Solfeggio#88", CRED),
            "dispositivo": {"id": L(INSTALL_ID, DID), "modello": L("Pixel 8", DEV),
                            "sistema": L("Android 14", DEV)}}),
        case(f, f"{a}/api/v2/token/rinnovo", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "client_id": "armonio-android",
            "refresh_token": L(opaque(rng, "rt.", 48), CRED)}),
        case(f, f"{a}/api/v2/profilo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/profilo", headers=_h(rng, auth="bearer"), body={
            "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC), "telefono": L(E164, TEL),
            "data_di_nascita": L(DOB, BIRTH), "genere": L("donna", GENDER),
            "strumento": "pianoforte", "livello": "principiante",
            "obiettivo": L("Play jazz standards at my sister's wedding next summer", TEXT)}),
        case(f, f"{a}/api/v2/insegnanti/cerca", headers=_h(rng, auth="bearer"), query={
            "q": L("jazz piano", SEARCH), "lat": lat, "lon": lon, "raggio_km": "5",
            "modalita": "domicilio", "pagina": "1"}),
        case(f, f"{a}/api/v2/insegnanti/{TEACHER}", headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/prenotazioni", headers=_h(rng, auth="bearer"), body={
            "insegnante_id": TEACHER, "data": "2025-12-16T18:30", "durata_min": 45,
            "modalita": "a_domicilio",
            "indirizzo": {"via": L(STREET, ADDR), "citta": L(CITY, COARSE),
                          "cap": L(ZIP, COARSE)},
            "note": L("Digital piano with 88 keys; my left wrist is healing from tendinitis, "
                      "so short sessions please", f"{TEXT}|{MED}"),
            "prezzo": L("65.00", BUY), "metodo_pagamento": L("pm_" + opaque(rng, "", 24), PAY),
            "id_richiesta": rid(rng)}),
        at_path(case(f, f"{a}/api/v2/prenotazioni/{LESSON_BOOKING}",
                     headers=_h(rng, auth="bearer")), LESSON_BOOKING, BUY),
        case(f, f"{a}/api/v2/messaggi", headers=_h(rng, auth="bearer"), body={
            "conversazione_id": obj_id(rng, "conv"), "id_client": rid(rng),
            "testo": L("Could we move Tuesday's lesson to 7pm? I'll be back from work late",
                       TEXT)}),
        multipart(f, f"{a}/api/v2/compiti/{obj_id(rng, 'cmp')}/consegna", [
            ("registrazione", "autumn_leaves.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("commento", None, "text/plain", L("Bars 9-16 still uneven in the left hand", TEXT)),
            ("meta", None, "application/json", {"durata_s": 148, "bpm": 92})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/pratica/sessioni", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"utente": L(USER_ID, UID), "serie_giorni": L(6, USAGE), "sessioni": [
                 {"inizio": T0 - 86400, "minuti": L(25, USAGE), "brano": "Autumn Leaves",
                  "metronomo_bpm": 92},
                 {"inizio": T0 - 3600, "minuti": L(15, USAGE), "brano": "C major scale",
                  "metronomo_bpm": 80}]}),
        case(f, f"{a}/api/v2/abbonamento/verifica", headers=_h(rng, auth="bearer"), body={
            "pacchetto": APP.pkg, "prodotto": L("armonio_plus_monthly", BUY),
            "id_ordine": L("GPA.3381-5520-7714-90213", BUY),
            "token_acquisto": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v2/lezioni/{obj_id(rng, 'lez')}/video/ice",
             headers=_h(rng, auth="bearer"),
             body={"candidato": L(srflx(), IPLOC), "sdpMid": "0", "sdpMLineIndex": 0}),
        case(f, f"{a}/api/v2/regali", headers=_h(rng, auth="bearer"), body={
            "destinatario": {"nome": L(PEOPLE[2][0], NAMEC), "email": L(PEOPLE[2][2], MAIL)},
            "messaggio": L("Happy birthday Rosa! Four guitar lessons on me", TEXT),
            "importo": L("120.00", BUY), "consegna": "2025-12-24"}),
        case(f, f"{a}/api/v2/recensioni", headers=_h(rng, auth="bearer"), body={
            "insegnante_id": TEACHER, "voto": 5, "nome_visualizzato": L("Jane D.", NAMEC),
            "testo": L("Patient and funny, my chord voicings finally make sense", TEXT),
            "telefono_insegnante": TEACHER_PHONE}),
        case(f, f"{a}/api/v2/dispositivi", headers=_h(rng, auth="bearer"), body={
            "token_push": L(push_token(rng), DID), "id_installazione": L(INSTALL_ID, DID),
            "lingua": L("en-US", DEV), "fuso_orario": L("America/New_York", DEV),
            "piattaforma": "android"}),
        case(f, f"{a}/api/v2/eventi", gz=True, headers=_h(rng, auth="bearer"), body={
            "id_utente": L(USER_ID, UID), "eventi": [
                ev("lezione_prenotata", 1, insegnante=TEACHER, prezzo=L("65.00", BUY)),
                ev("pratica_completata", 2, minuti=L(25, USAGE)),
                ev("schermata", 3, nome=L("Calendario", USAGE))]}),
        case(f, f"{a}/api/v2/calendario", query={"mese": "2025-12"}, headers=_h(rng, how="none"),
             cookies={"arm_sess": L(opaque(rng, "", 64), CRED),
                      "arm_disp": L(INSTALL_ID.upper(), DID), "arm_lingua": L("en", DEV)}),
        case(f, f"{a}/api/v2/fatturazione", headers=_h(rng, auth="bearer"), body={
            "intestatario": L(NAME, NAMEC), "indirizzo": L(LINE1, ADDR), "cap": L(ZIP, COARSE),
            "paese": L("US", COARSE), "email_fattura": L(EMAIL_UPPER, MAIL)}),
        case(f, f"{a}/api/v2/disponibilita", headers=_h(rng, auth="session"), body={
            "giorni": ["mar", "gio"], "fascia": "sera", "fuso_orario": L("America/New_York", DEV),
            "durata_preferita": 45}),
        case(f, f"{a}/api/v2/insegnanti/{TEACHER}/recensioni", query={"pagina": "2"},
             headers=_h(rng, auth="session")),
    ]
    return cases



def armonio_sdks() -> list[Case]:
    rng = random.Random(2522)
    return [
        gauge_batch(APP, rng, [("Teacher Searched", {"query": L("jazz piano", SEARCH)}),
                               ("Lesson Booked", {"price": L(65.0, BUY), "mode": "home"})]),
        gauge_identify(APP, rng, {"instrument": "piano", "level": "beginner", "plan": "plus"}),
        ref_open(APP, rng, user=True),
        ref_event(APP, rng, "lesson_booked", {"revenue": L(65.0, BUY), "currency": "USD"},
                  custom={"instrument": "piano", "mode": "home"}),
        moth_event(APP, rng, ("java.lang.IllegalStateException", "stop failed: -1007"),
                   [moth_crumb("navigation", "Compiti -> Registra"),
                    moth_crumb("ui.click", "btn_stop")], screen="RecordActivity"),
        flag_eval(APP, rng, {"plan": "plus", "instrument": "piano"}),
        bell_register(APP, rng, tags={"instrument": "piano", "level": "beginner"}),
        finch_3ds(APP, rng),
        smith_directions(APP, rng, STUDIO_AT, "walking"),
        cairn_message(APP, rng, L("I was charged for a lesson the teacher cancelled", TEXT),
                      {"booking": L(LESSON_BOOKING, BUY), "plan": "plus"}),
        cons_save(APP, rng, {"analytics": True, "personalisation": True}, receipt=True),
    ]
