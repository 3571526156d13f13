"""Pharmacy-chain app "Farmalba" in Milan (its API's keys are Italian; she is on a long
secondment there): registration with her codice fiscale, a log-in, ``/utente/me``, her address
and GP, pharmacies nearby, e-prescriptions (NRE) imported and a paper prescription's photo, a
pick-up booked and checked by number in the path, a home delivery (msgpack), a blood-pressure
check at the counter, a flu-jab booking, the receipt sent for the tax deduction, the health
record's consent (a JSON string), a search, the cart, a question to the pharmacist, a friend
allowed to collect, reminders, the loyalty card, push, events and the points by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families51_kit import (
    AIC,
    CF,
    FARMACI,
    FARMACIA,
    MEDICO,
    MEDICO_ASL,
    MI_FIX,
    MI_HOME,
    MI_HOME_AT,
    NRE,
    ORDINE,
    obj,
)
from eval_families51_sdk import (
    bt_bid,
    cp_crash,
    cp_crumb,
    iv_event,
    iv_session,
    ty_batch,
)
from eval_families51_svc import cg_save, fs_eval, mt_geocode, pk_register, pq_sepa
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("farmalba", "Farmalba", "com.example.farmalba", "6.3.0",
          "https://api.farmalba.example.com")
IID = "X-Farmalba-Device"
PW = "Navigli-Tram-19"
ROME = "Europe/Rome"
FRIEND_CF = ("Giulia", "Marchetti", "MRCGLI88C62F205X")  # a colleague who may collect for her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = {"Accept-Language": L("it-IT,it;q=0.9,en-US;q=0.6", DEV), **kw.pop("extra", {})}
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def _addr() -> dict[str, Any]:
    return {"indirizzo": L(MI_HOME["indirizzo"], ADDR), "interno": L(MI_HOME["interno"], ADDR),
            "cap": L(MI_HOME["cap"], COARSE), "citta": L(MI_HOME["citta"], COARSE),
            "provincia": L(MI_HOME["provincia"], COARSE)}


def farmalba() -> list[Case]:
    rng = random.Random(5111)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cf=L(CF, NATID)))}
    b = {"auth": "bearer"}
    shop = dict(FARMACIA)  # the pharmacy: its name, address, phone and point (negatives)
    return [
        case(f, f"{a}/v2/registrazione", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC), "codice_fiscale": L(CF, NATID),
            "data_di_nascita": L("17/05/1991", "personal.birthdate"), "sesso": L("F", GENDER),
            "telefono": L(E164, TEL), "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "consenso_privacy": True, "consenso_marketing": False}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "farmalba-android"}),
        case(f, f"{a}/v2/utente/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/utente/indirizzo", headers=_h(rng, **b), body={
            **_addr(), "citofono": L(LAST, NAMEC), "predefinito": True}),
        case(f, f"{a}/v2/utente/medico", headers=_h(rng, **b), body={
            "medico": L(MEDICO, NAMEC), "codice_regionale": MEDICO_ASL, "ats": "ATS Milano"}),
        case(f, f"{a}/v2/farmacie/vicine", headers=_h(rng, **b), query={
            "lat": L(f"{MI_FIX[0]:.4f}", PRECISE), "lng": L(f"{MI_FIX[1]:.4f}", PRECISE),
            "raggio": "1500", "aperte": "1"}),
        case(f, f"{a}/v2/ricette/importa", headers=_h(rng, **b), body={
            "codice_fiscale": L(CF, NATID), "nre": [L(n, MED) for n in NRE],
            "fonte": "sms_promemoria"}),
        multipart(f, f"{a}/v2/ricette/foto", [
            ("foto", "promemoria.jpg", "image/jpeg", L(JPEG + b"\x11", f"{MEDIA}|{MED}")),
            ("dati", None, "application/json", {"nre": L(NRE[1], MED), "fascia": "A",
                                                "pagine": 1})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/prenotazioni", headers=_h(rng, **b), body={
            "farmacia": shop, "ordine": L(ORDINE, BUY),
            "farmaci": [{"nome": L(n, MED), "aic": c, "quantita": 1}
                        for (n, _), c in zip(FARMACI, AIC, strict=True)],
            "ritiro": "2025-12-11T17:30:00+01:00", "totale": L("8.40", BUY)}),
        case(f, f"{a}/v2/prenotazioni/{ORDINE}/stato", headers=_h(rng, how="upper", **b)),
        case(f, f"{a}/v2/consegne", fmt="msgpack", headers=_h(rng, **b), body={
            "ordine": L(ORDINE, BUY), "indirizzo": _addr(), "fascia": "18-20",
            "note": L("Citofono Doe, scala B, settimo piano", f"{TEXT}|{ADDR}"),
            "rider_tip": L("1.50", BUY)}),
        case(f, f"{a}/v2/misurazioni/pressione", headers=_h(rng, **b), body={
            "sistolica": L(128, MED), "diastolica": L(84, MED), "frequenza": L(72, FIT),
            "farmacia": FARMACIA["id"], "strumento": "OMX-7361", "ora": "2025-12-09T18:12"}),
        case(f, f"{a}/v2/vaccini/prenota", fmt="form", headers=_h(rng, **b), body={
            "vaccino": L("antinfluenzale", MED), "codice_fiscale": L(CF, NATID),
            "farmacia": FARMACIA["id"], "slot": "2025-12-13T10:20", "telefono": L(E164, TEL)}),
        case(f, f"{a}/v2/scontrini/detrazione", fmt="form", headers=_h(rng, **b), body={
            "codice_fiscale": L(CF, NATID), "scontrino": L("0081-2512-0447", BUY),
            "importo": L("23.90", BUY), "data": "2025-12-09", "opposizione_ts": "0"}),
        case(f, f"{a}/v2/fse/consenso", headers=_h(rng, **b), body={
            "tipo": "fascicolo", "versione": 3,
            "payload": W({"cf": L(CF, NATID), "consenso": True, "dossier": False}, "json")}),
        case(f, f"{a}/v2/catalogo/cerca", headers=_h(rng, **b), query={
            "q": L("crema solare bambini 50+", SEARCH), "pagina": "1", "ordina": "prezzo"}),
        case(f, f"{a}/v2/carrello", gz=True, headers=_h(rng, **b), body={
            "righe": [{"aic": "038512044", "prezzo": 12.90, "qta": 1},
                      {"aic": "041027031", "prezzo": 6.50, "qta": 2}],
            "coupon": "NATALE10", "farmacia": FARMACIA["id"]}),
        case(f, f"{a}/v2/chat/farmacista", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8), "testo": L(
                "Posso prendere l'ibuprofene se uso il salbutamolo per l'asma?",
                f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/ricette/delega", headers=_h(rng, **b), body={
            "delegato": {"nome": L(FRIEND_CF[0], NAMEC), "cognome": L(FRIEND_CF[1], NAMEC),
                         "codice_fiscale": L(FRIEND_CF[2], NATID)},
            "nre": L(NRE[0], MED), "scadenza": "2025-12-20"}),
        case(f, f"{a}/v2/promemoria", headers=_h(rng, **b), body={
            "farmaco": L(FARMACI[0][0], MED), "posologia": L(FARMACI[0][1], MED),
            "orario": "07:30", "fuso": L(ROME, DEV)}),
        case(f, f"{a}/v2/fedelta/collega", fmt="form", headers=_h(rng, **b), body={
            "carta": L("2950417730021", UID), "punti_iniziali": "0"}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installazione": L(INSTALL_ID, DID),
            "modello": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lingua": L("it", DEV)}),
        case(f, f"{a}/v2/eventi", gz=True, headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "eventi": [
                ev("ricetta_importata", 1, quante=2), ev("ritiro_prenotato", 2),
                ev("schermata", 3, nome=L("DettaglioRicetta", USAGE))]}),
        case(f, f"{a}/v2/fedelta/punti", headers=_h(rng, how="nodash"),
             cookies={"fa_sess": L(opaque(rng, "", 40), CRED), "fa_lang": "it"}),
    ]


def farmalba_sdks() -> list[Case]:
    rng = random.Random(5112)
    return [
        ty_batch(APP, rng, [("Ricetta Importata", {"quante": 2}),
                            ("Ritiro Prenotato", {"totale": L(8.4, BUY)})],
                 at=MI_FIX, nd=3, tz=ROME, locale="it-IT"),
        iv_session(APP, rng, first=True),
        iv_event(APP, rng, "ordine_completato", {"righe": 2}, revenue=8.4, currency="EUR",
                 hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, gdpr=True, lang="it",
               ipgeo=("ITA", "25", "Milano", "20154")),
        cp_crash(APP, rng, ("java.lang.IllegalArgumentException", "NRE non valido"),
                 [cp_crumb("nav", "Ricette -> Importa"),
                  cp_crumb("http", "POST /v2/ricette/importa", {"status": 422})],
                 screen="ImportaRicettaActivity", tz=ROME, lang="it-IT"),
        fs_eval(APP, rng, {"market": L("IT", COARSE), "delivery": True}),
        pk_register(APP, rng, at=MI_HOME_AT, nd=2, tz=ROME, lang="it",
                    tags={"farmacia": FARMACIA["id"]}),
        cg_save(APP, rng, {"analytics": True, "ads": False, "profiling": False}, user=True,
                country="IT", region="25", lang="it"),
        pq_sepa(APP, rng),
        mt_geocode(APP, rng, "Via Paolo Sarpi 22, Milano", ADDR, near=MI_FIX, nd=3, lang="it"),
    ]
