"""Barcelona tapas-reservation and neighbourhood-market app "Tapeta" (its API's keys are
Catalan; she spends a month in a flat in Gràcia): sign-up with her NIE under ``dni``, log-ins by
password and SMS, ``/jo``, bars nearby, a bar's page, a booking with a note, its status by code
in the path, her check-in at the door, an order from the table, an invoice with her NIE, a search,
a market order for delivery and an item in msgpack, a review and its photo, diet and allergies, a
friend invited, a favourite, push, events and the points by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, PEOPLE, multipart, push_token
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families72_kit import (
    ADDR,
    BAR,
    BAR_FIX,
    BCN,
    BCN_AT,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    NIE,
    PAY,
    PRECISE,
    RESERVA,
    SEARCH,
    STALL,
    STALL_AT,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    obj,
)
from eval_families72_sdk import bj_bid, gp_crash, gp_crumb, lb_event, lb_open, tf_batch, tf_identify
from eval_families72_svc import ab_save, cm_message, mc_geocode, po_register, pw_card
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("tapeta", "Tapeta", "com.example.tapeta", "5.2.1", "https://api.tapeta.example.com")
IID = "X-Tapeta-Dispositiu"
PWD = "Vermut#Gracia24"
DOB_CA = "17/05/1991"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("ca-ES,ca;q=0.9,en;q=0.8", DEV)
    return h


def tapeta() -> list[Case]:
    rng = random.Random(7201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correu=L(EMAIL, MAIL), tel=L(E164, TEL)))}
    bla, blo = fix(BAR_FIX)
    status = at_path(case(f, f"{a}/v1/reserves/{RESERVA}", headers=_h(rng, **b)), RESERVA, BUY)
    return [
        case(f, f"{a}/v1/usuaris", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "cognoms": L(LAST, NAMEC), "correu": L(EMAIL, MAIL),
            "telefon": L(PHONE, TEL), "contrasenya": L(PWD, CRED),
            "data_naixement": L(DOB_CA, BIRTH), "dni": L(NIE, NATID),
            "adreca": {"carrer": L(BCN["carrer"], ADDR), "codi_postal": L(BCN["cp"], COARSE),
                       "ciutat": L(BCN["ciutat"], COARSE)},
            "idioma": L("ca", DEV), "accepta_comunicacions": False}),
        case(f, f"{a}/v1/sessio", fmt="form", headers=_h(rng), body={
            "correu": L("Jane.Doe@Example.org", MAIL), "contrasenya": L(PWD, CRED),
            "recorda": "1"}),
        case(f, f"{a}/v1/sessio/sms", headers=_h(rng), body={
            "telefon": L(E164, TEL), "codi": L("482913", CRED), "canal": "sms"}),
        case(f, f"{a}/v1/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/restaurants/a-prop", headers=_h(rng, **b), query={
            "lat": L(f"{BCN_AT[0]:.4f}", PRECISE), "lon": L(f"{BCN_AT[1]:.4f}", PRECISE),
            "radi": "800", "tipus": "tapes", "obert_ara": "1"}),
        case(f, f"{a}/v1/restaurants/{BAR['id']}", headers=_h(rng, **b),
             query={"camps": "horari,carta,fotos"}),
        case(f, f"{a}/v1/reserves", headers=_h(rng, **b), body={
            "restaurant": BAR["id"], "data": "2025-12-12", "hora": "21:30", "comensals": 4,
            "nom_reserva": L(NAME, NAMEC), "telefon_contacte": L(E164, TEL),
            "notes": L("Una de nosaltres és celíaca, res amb gluten si us plau",
                       f"{TEXT}|{MED}"),
            "codi": L(RESERVA, BUY), "senyal": L("10.00", BUY), "moneda": "EUR",
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        status,
        at_path(case(f, f"{a}/v1/reserves/{RESERVA}/arribada", headers=_h(rng, **b), body={
            "posicio": {"lat": bla, "lon": blo, "precisio_m": 9},
            "restaurant": {"id": BAR["id"], "lat": BAR["lat"], "lon": BAR["lon"]},
            "peticio": rid(rng)}), RESERVA, BUY),
        at_path(case(f, f"{a}/v1/reserves/{RESERVA}/comanda", headers=_h(rng, **b), body={
            "taula": "T12", "plats": [{"id": "pl_204", "q": 2}, {"id": "pl_311", "q": 1},
                                      {"id": "pl_118", "q": 3}],
            "total": L("47.60", BUY), "propina": L("4.00", BUY),
            "usuari": L(USER_ID, UID)}), RESERVA, BUY),
        case(f, f"{a}/v1/factures", headers=_h(rng, **b), body={
            "reserva": L(RESERVA, BUY), "nom_fiscal": L(NAME, NAMEC), "dni": L(NIE, NATID),
            "adreca_fiscal": {"carrer": L(BCN["carrer"], ADDR),
                              "codi_postal": L(BCN["cp"], COARSE),
                              "ciutat": L(BCN["ciutat"], COARSE)},
            "correu": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/cerca", headers=_h(rng, **b), query={
            "q": L("patates braves sense gluten", SEARCH), "barri": "gracia", "pagina": "1"}),
        case(f, f"{a}/v1/mercat/cistella", fmt="msgpack", headers=_h(rng, **b), body={
            "parada": STALL["id"], "producte": "prd_7712", "quantitat": 2,
            "usuari": L(USER_ID, UID), "ts": 1765312466}),
        case(f, f"{a}/v1/mercat/comandes", headers=_h(rng, **b), body={
            "parada": STALL["id"], "mercat": STALL["mercat"],
            "mercat_pos": {"lat": STALL_AT[0], "lon": STALL_AT[1]},
            "productes": [{"id": "prd_7712", "q": 2}, {"id": "prd_7790", "q": 1}],
            "total": L("18.35", BUY), "lliurament": {
                "carrer": L(BCN["carrer"], ADDR), "codi_postal": L(BCN["cp"], COARSE),
                "ciutat": L(BCN["ciutat"], COARSE), "franja": "2025-12-13T10:00/11:00",
                "telefon": L("+1 555-010-0199", TEL)},
            "metode_pagament": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/ressenyes", fmt="form", headers=_h(rng, **b), body={
            "restaurant": BAR["id"], "puntuacio": "5",
            "text": L("Les bombes més bones del barri, i el cambrer molt amable", TEXT)}),
        multipart(f, f"{a}/v1/ressenyes/fotos", [
            ("foto", "braves.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("dades", None, "application/json", {"restaurant": BAR["id"],
                                                 "ressenya": obj(rng, "rsn")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/preferencies", headers=_h(rng, **b), body={
            "al_lergies": [L("gluten", MED), L("fruits secs", MED)],
            "vegetaria": False, "picant": "mitja", "idioma_carta": L("ca", DEV)}),
        case(f, f"{a}/v1/amics/convida", headers=_h(rng, **b), body={
            "nom": L(PEOPLE[1][0], NAMEC), "telefon": L(PEOPLE[1][1], TEL),
            "missatge": L("Vine dissabte a fer el vermut a Gràcia!", TEXT)}),
        case(f, f"{a}/v1/restaurants/{BAR['id']}/preferit", headers=_h(rng, **b),
             body={"preferit": True}),
        case(f, f"{a}/v1/dispositius", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "id_dispositiu": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "versio_so": L("Android 14", DEV),
            "idioma": L("ca_ES", DEV), "zona_horaria": L("Europe/Madrid", DEV)}),
        case(f, f"{a}/v1/esdeveniments", gz=True, headers=_h(rng, **b), body={
            "usuari": L(USER_ID, UID), "esdeveniments": [
                ev("reserva_feta", 1, comensals=4), ev("pantalla", 2,
                                                       nom=L("Mercat", USAGE)),
                ev("cerca", 3)]}),
        case(f, f"{a}/v1/punts", headers=_h(rng, how="none"),
             cookies={"tpt_sessio": L(opaque(rng, "", 40), CRED),
                      "tpt_disp": L(INSTALL_ID, DID), "tpt_idioma": L("ca", DEV)}),
    ]


def tapeta_sdks() -> list[Case]:
    rng = random.Random(7202)
    return [
        tf_batch(APP, rng, [("Reservation Made", {"party": 4, "deposit": L(10.0, BUY)}),
                            ("Search", {"query": L("patates braves sense gluten", SEARCH)})],
                 at=BCN_AT, nd=2, tz="Europe/Madrid", locale="ca-ES"),
        tf_identify(APP, rng, {"city": L("Barcelona", COARSE), "postal_code": L("08012", COARSE),
                               "first_name": L(FIRST, NAMEC), "lang": L("ca", DEV)}),
        lb_open(APP, rng, first=True),
        lb_event(APP, rng, "reservation", {"booking": L(RESERVA, BUY), "party": 4},
                 revenue=10.0, currency="EUR", hashed=True),
        bj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BAR_FIX, nd=3, country="ESP",
               lang="ca", keywords="tapes,vermut,gracia"),
        gp_crash(APP, rng, ("java.lang.IllegalStateException", "seat map not ready"),
                 [gp_crumb("nav", "Inici -> Reserva"),
                  gp_crumb("net", "POST", {"url": f"{APP.api}/v1/reserves", "status": 201})],
                 screen="ReservaActivity", tz="Europe/Madrid"),
        po_register(APP, rng, tz="Europe/Madrid", lang="ca",
                    tags={"barri": L("Gràcia", COARSE), "reserves": 3}),
        ab_save(APP, rng, {"analytics": True, "ads": False, "personalisation": True},
                user=True, country="ES", region="CT", lang="ca"),
        pw_card(APP, rng, zip_=L(BCN["cp"], COARSE)),
        mc_geocode(APP, rng, "Carrer de Verdi 32, Barcelona", ADDR, near=BCN_AT, nd=3,
                   lang="ca"),
        cm_message(APP, rng, L(f"La reserva {RESERVA} surt duplicada, podeu anul·lar-ne una?",
                               f"{TEXT}|{BUY}"), {"reserva": L(RESERVA, BUY)}),
    ]
