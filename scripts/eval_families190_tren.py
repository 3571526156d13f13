"""Car-loading train app "Chargiatren" (the car shuttle through the Vereina tunnel between
Sagliains in the Lower Engadine and Selfranga by Klosters; its API's keys are Rumantsch
Grischun: ``prenum`` first name, ``num`` surname, ``natel`` mobile, ``pledclav`` password,
``data_naschientscha`` birth date, ``adressa`` street line, ``lieu`` place, ``numer_postal``
post code, ``cliant`` customer number, ``jau`` me, ``vehichel`` vehicle, ``placa`` plate,
``proprietari`` owner, ``urari`` timetable, ``temp_da_spetga`` waiting time, ``bigliet``
ticket, ``viadi`` trip, ``partenza`` / ``destinaziun`` from / to, ``persunas`` passengers,
``summa`` amount, ``pajament`` payment, ``metoda`` method, ``ultimas_quatter`` last four,
``carta_multipla`` multi-trip card, ``fila`` queue lane, ``posiziun`` position,
``latitudo``/``longitudo``, ``staziun`` station, ``quittanza`` receipt, ``puncts`` points,
``valitaziun`` rating, ``commentari`` remark, ``tschertga`` search, ``avis`` alerts,
``abunar`` subscribe, ``messadi`` message, ``reclamaziun`` complaint, ``colliar`` link,
``utilisader`` user, ``eveniments`` events): sign-up, log-in, ``/jau``, the car, the timetable,
the waiting time, a ticket, its payment, a 10-trip card, the queue check-in with her fix, a
protobuf queue beat, offline ticket scans (msgpack), the receipt by ticket number in the path,
points by cookie, a rating, a search, delay alerts, a message, a card link (base64 JSON in a
form field), a complaint, push, events and a log-out. No earlier set has a car-shuttle train."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families190_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    PLATE,
    RAMP_FIX,
    RAMP_K,
    RAMP_S,
    apparat,
    fix,
    hd,
    obj,
)
from eval_families190_sdk import (
    bs_bid,
    bs_notice,
    cr_crash,
    cr_crumb,
    cr_session,
    mp_batch,
    mp_identify,
    tk_event,
    tk_launch,
)
from eval_families190_svc import co_card, co_confirm, hm_message, mb_reverse, pz_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("chargiatren", "Chargiatren", "com.example.chargiatren", "5.2.1",
          "https://api.chargiatren.example.com")
IID = "X-Chargiatren-Apparat"
PW = "Vereina!Sagliains7"
DOB_RM = "17-05-1991"
CLIENT = "CT-77120418"  # her customer number (id.user)
TICKET = "VB-2601-448213"  # a single ticket (financial.purchase)
CARD10 = "VM10-0098417"  # a 10-trip card (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, rm=True, **kw)


def chargiatren() -> list[Case]:
    rng = random.Random(19001)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cliant=L(CLIENT, UID)))}
    rla, rlo = fix(RAMP_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CLIENT, UID)), (2, RAMP_S["id"]), (3, 1767950400),
               (4, [(1, L(RAMP_FIX[0], PRECISE)), (2, L(RAMP_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(64, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/bigliets/{TICKET}/quittanza",
                           headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/api/v1/registraziun", headers=_h(rng), body={
            "prenum": L(FIRST, NAMEC), "num": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "natel": L(E164, TEL), "pledclav": L(PW, CRED), "data_naschientscha": L(DOB_RM, BIRTH),
            "adressa": L(HOME["line"], ADDR), "lieu": L(HOME["town"], COARSE),
            "numer_postal": L(HOME["post"], COARSE), "cliant": L(CLIENT, UID),
            "lingua": L("rm", DEV), "newsletter": False}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "pledclav": L(PW, CRED), "memorisar": "1"}),
        case(f, f"{a}/api/v1/jau", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/vehichels", headers=_h(rng, **b), body={
            "placa": PLATE, "marca": "Subaru", "categoria": "auto", "lunghezza_m": 4.7,
            "proprietari": L(HUSBAND[0], NAMEC), "cliant": L(CLIENT, UID)}),
        case(f, f"{a}/api/v1/urari", headers=_h(rng, **b), query={
            "partenza": RAMP_S["id"], "destinaziun": RAMP_K["id"], "data": "2026-01-10"}),
        case(f, f"{a}/api/v1/temp_da_spetga", headers=_h(rng, **b), query={
            "staziun": RAMP_S["id"], "direcziun": "nord"}),
        case(f, f"{a}/api/v1/bigliets", headers=_h(rng, **b), body={
            "viadi": {"partenza": RAMP_S["id"], "destinaziun": RAMP_K["id"],
                      "data": "2026-01-10", "ura": "07:56"},
            "vehichel": {"categoria": "auto", "placa": PLATE}, "persunas": 3,
            "bigliet": L(TICKET, BUY), "summa": L(27, BUY), "cliant": L(CLIENT, UID)}),
        case(f, f"{a}/api/v1/pajaments", fmt="form", headers=_h(rng, **b), body={
            "bigliet": L(TICKET, BUY), "summa": L("27.00", BUY), "valuta": "CHF",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "ultimas_quatter": L("4444", PAY)}),
        case(f, f"{a}/api/v1/cartas_multiplas", headers=_h(rng, **b), body={
            "tip": "10-viadis-auto", "carta_multipla": L(CARD10, BUY), "summa": L(216, BUY),
            "valuta": "CHF", "cliant": L(CLIENT, UID), "valid_fin": "2027-01-09"}),
        case(f, f"{a}/api/v1/fila/annunzia", headers=_h(rng, **b), body={
            "bigliet": L(TICKET, BUY), "posiziun": {"latitudo": rla, "longitudo": rlo,
                                                    "exactadad_m": 7},
            "staziun": {"id": RAMP_S["id"], "latitudo": RAMP_S["lat"],
                        "longitudo": RAMP_S["lon"]}, "fila": "3", "annunzia": obj(rng, "fl")}),
        raw(f, f"{a}/api/v1/fila/puls", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/bigliets/scans", fmt="msgpack", headers=_h(rng, **b), body={
            "cliant": L(CLIENT, UID), "scans": [
                {"bigliet": L(TICKET, BUY), "staziun": RAMP_S["id"], "temp": 1767950811},
                {"carta_multipla": L(CARD10, BUY), "staziun": RAMP_K["id"],
                 "temp": 1768223940}], "offline": True}),
        receipt,
        case(f, f"{a}/api/v1/puncts", headers=_h(rng, how="none"), cookies={
            "ct_sesiun": L(opaque(rng, "", 40), CRED), "ct_apparat": L(INSTALL_ID, DID),
            "ct_req": rid(rng)}),
        case(f, f"{a}/api/v1/valitaziun", fmt="form", headers=_h(rng, **b), body={
            "viadi": obj(rng, "vd"), "valitaziun": "4",
            "commentari": L("Ina fila lunga a Sagliains, ma il tren è partì puntual.", TEXT)}),
        case(f, f"{a}/api/v1/tschertga", headers=_h(rng, **b), query={
            "q": L("ultim tren Selfranga dumengia saira", SEARCH), "pagina": "1"}),
        case(f, f"{a}/api/v1/avis/abunar", headers=_h(rng, **b), body={
            "natel": L(E164, TEL), "staziuns": [RAMP_S["id"], RAMP_K["id"]],
            "tip": ["retard", "fila_lunga"], "lingua": L("rm", DEV)}),
        case(f, f"{a}/api/v1/messadis", headers=_h(rng, **b), body={
            "a": "servetsch", "messadi": L("Nus vegnin cun in char da bagascha, "
                                          "bastan 4.7 m per la categoria auto?", TEXT)}),
        case(f, f"{a}/api/v1/carta/colliar", fmt="form", headers=_h(rng, **b), body={
            "data": W({"cliant": L(CLIENT, UID), "natel": L(NATIONAL, TEL),
                       "data_naschientscha": L(DOB_RM, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/reclamaziun", headers=_h(rng, **b), body={
            "bigliet": L(TICKET, BUY), "categoria": "retard",
            "messadi": L("Il tren da las 07:56 è stà 40 minutas en retard e nus avain "
                         "mancà il termin a Turitg.", TEXT)}),
        case(f, f"{a}/api/v1/apparats", headers=_h(rng, **b), body=apparat(push_token(rng))),
        case(f, f"{a}/api/v1/eveniments", gz=True, headers=_h(rng, **b), body={
            "utilisader": L(USER_ID, UID), "eveniments": [
                ev("bigliet_cumprà", 1, summa=L(27, BUY)), ev("fila_annunzia", 2),
                ev("visur", 3, visur=L("MiaFila", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparat": L(INSTALL_ID, DID)}),
    ]


def chargiatren_sdks() -> list[Case]:
    rng = random.Random(19002)
    return [
        mp_batch(APP, rng, [("Ticket Bought", {"total": L(27, BUY)}),
                            ("Queue Joined", {"station": RAMP_S["id"]})],
                 at=RAMP_FIX, nd=2, locale="rm_CH"),
        mp_identify(APP, rng, {"lieu": L("Scuol", COARSE), "cliant": L(CLIENT, UID),
                               "vehichel": "auto", "puncts": 120}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "purchase", {"bigliet": L(TICKET, BUY)}, revenue=27.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RAMP_FIX, nd=3,
               keywords="travel,car,alps"),
        bs_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "ticket qr not rendered"),
                 [cr_crumb("nav", "MiaFila -> Bigliet"),
                  cr_crumb("net", "POST", {"url": f"{APP.api}/api/v1/fila/annunzia",
                                           "status": 201})], screen="BiglietActivity"),
        pz_register(APP, rng, lang="rm", at=HOME_AT, nd=2,
                    tags={"staziun": RAMP_S["id"], "lieu": L("Scuol", COARSE)}),
        cr_session(APP, rng, secs=622),
        co_card(APP, rng),
        co_confirm(APP, rng, "27.00"),
        mb_reverse(APP, rng, RAMP_FIX, PRECISE, nd=5),
        hm_message(APP, rng, L(f"Bigliet {TICKET} è vegnì debità duas giadas", f"{TEXT}|{BUY}"),
                   {"cliant": L(CLIENT, UID)}),
    ]
