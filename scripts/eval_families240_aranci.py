"""A blood-orange grower's box-shipping app "Aranciu Russu" (a family farm near Palagonia in the
Catania plain ships Tarocco, Moro and Sanguinello boxes from December to April; she orders for
the family, sends a gift box to her mother-in-law in Palermo and takes the family to a picking
day; its API's keys are Sicilian, snake_case, ASCII-folded, with English ``email``, ``token``,
``id``, ``iban``: ``nomu``, ``cugnomu``, ``telefunu``, ``chiavi`` password,
``nnirizzu_di_cunsigna`` delivery address, ``cita``, ``cap``, ``pruvincia`` province,
``cliente`` customer, ``catalogu``, ``stagiuni`` season, ``varieta`` variety, ``cascitti``
boxes, ``chila`` kilos, ``prezzu``, ``totali``, ``ordini``, ``nota_curreri`` note to the
courier, ``mpurtu``, ``metudu``, ``ultimi_quattru``, ``rigali`` gifts, ``distinatariu``
recipient, ``bigliettu`` card, ``abbunamentu`` subscription, ``frequenza``, ``carta_token``,
``spidizzioni`` shipments, ``fattura`` invoice, ``codici_fiscali``, ``nomu_cumpletu``,
``lamenti`` complaints, ``testu``, ``rimborsi`` refunds, ``intestatariu`` holder, ``visiti``
visits, ``raccolta`` picking, ``partecipanti``, ``etati_picciriddi`` children's ages,
``arrivu``, ``pusizzioni``, ``aziendu`` farm, ``sync``, ``stiddi``, ``vutu`` rating,
``circata``, ``carrellu`` cart, ``prifirenzi``, ``dispusitivi``, ``eventi``, ``nesci``,
``iu``): sign-up, log-in, ``/iu``, the catalogue, an order with a note to the courier, its
payment, a gift box for her mother-in-law (her address typed), the winter subscription, the
shipment by order number in the query, the invoice by order number in the path, the invoice
data (her tax code), a complaint photo, a refund to her IBAN, the picking day booked for the
family, the arrival in the grove with her fix, an offline sync from the grove (JSON Lines), a
rating, a search, the cart by cookie (base64 JSON preferences), push, events (gzip) and a
log-out. Set 173 has an orange seller's app (she sells from her orchard); here she is a
customer of a grower's shipping and picking days ("citrus", "blood orange" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families240_kit import (
    CF_HER,
    CUSTOMER,
    FARM,
    GROVE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    IBAN,
    KID,
    MOTHER_IL,
    NID,
    fix,
    hd,
    push,
)
from eval_families240_sdk import (
    ba_bid,
    ba_notice,
    cc_session,
    mk_batch,
    mk_queue,
    tt_event,
    tt_launch,
)
from eval_families240_svc import cs_card, cs_confirm, mu_geocode, mu_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("aranciurussu", "Aranciu Russu", "com.example.aranciurussu", "2.2.5",
          "https://api.aranciurussu.example.com")
IID = "X-AR-Install"
PW = "Tarocco&Moro2026"
ORDER = "AR-25-31877"  # her order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def aranciurussu() -> list[Case]:
    rng = random.Random(24071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, cliente=L(CUSTOMER, UID), email=L(EMAIL, MAIL)))}
    gla, glo = fix(GROVE_FIX)
    inv = at_path(case(f, f"{a}/api/ordini/{ORDER}/fattura", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/clienti", headers=_h(rng), body={
            "nomu": L(FIRST, NAMEC), "cugnomu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefunu": L(E164, TEL), "chiavi": L(PW, CRED),
            "nnirizzu_di_cunsigna": L(HOME["line"], ADDR), "cita": L(HOME["town"], COARSE),
            "cap": L(HOME["post"], COARSE), "pruvincia": L(HOME["prov"], COARSE),
            "cliente": L(CUSTOMER, UID)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "chiavi": L(PW, CRED)}),
        case(f, f"{a}/api/iu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/catalogu", headers=_h(rng, **b), query={
            "stagiuni": "2025-26", "varieta": "tarocco", "aziendu": FARM["id"]}),
        case(f, f"{a}/api/ordini", headers=_h(rng, **b), body={
            "ordini": L(ORDER, BUY), "cliente": L(CUSTOMER, UID),
            "cascitti": [{"varieta": "tarocco", "chila": 10, "prezzu": 24.0},
                         {"varieta": "moro", "chila": 5, "prezzu": 14.0}],
            "totali": L(38.0, BUY), "nnirizzu_di_cunsigna": L(HOME["line"], ADDR),
            "nota_curreri": L("Lassatila ô purtinaru si nun ci sugnu", TEXT)}),
        case(f, f"{a}/api/pagamenti", fmt="form", headers=_h(rng, **b), body={
            "ordini": L(ORDER, BUY), "mpurtu": L("38.00", BUY), "valuta": "EUR",
            "metudu": L(opaque(rng, "pm_", 24), PAY), "ultimi_quattru": L("4444", PAY)}),
        case(f, f"{a}/api/rigali", headers=_h(rng, **b), body={
            "distinatariu": {"nomu": L(MOTHER_IL[0], NAMEC), "telefunu": L(MOTHER_IL[1], TEL),
                             "nnirizzu": L(MOTHER_IL[2], ADDR)},
            "bigliettu": L("Pi vossia, cu tantu affettu. Jane e Turi", TEXT),
            "cascitta": "moro_10kg", "mpurtu": L(29, BUY)}),
        case(f, f"{a}/api/abbunamentu", headers=_h(rng, **b), body={
            "cliente": L(CUSTOMER, UID), "frequenza": "ogni_15_jorna",
            "cascitta": "mista_10kg", "mpurtu": L(24, BUY), "finu_a": "2026-04-15",
            "carta_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/spidizzioni", headers=_h(rng, **b), query={
            "ordini": L(ORDER, BUY), "curreri": "corriere_sud"}),
        inv,
        case(f, f"{a}/api/fattura/dati", headers=_h(rng, **b), body={
            "codici_fiscali": L(CF_HER, NID), "nomu_cumpletu": L(f"{FIRST} {LAST}", NAMEC),
            "nnirizzu": L(HOME["line"], ADDR), "cap": L(HOME["post"], COARSE)}),
        multipart(f, f"{a}/api/lamenti", [
            ("fotu", "aranci_ammuffuti.jpg", "image/jpeg", L(JPEG + b"\x56", MEDIA)),
            ("dati", None, "application/json", {
                "ordini": L(ORDER, BUY),
                "testu": L("Tri aranci ammuffuti nna cascitta, u restu boni", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/rimborsi", headers=_h(rng, **b), body={
            "ordini": L(ORDER, BUY), "mpurtu": L(4.5, BUY), "iban": L(IBAN, PAY),
            "intestatariu": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/visiti/raccolta", headers=_h(rng, **b), body={
            "jornu": "2026-01-24", "pirsuni": 3, "aziendu": FARM["id"],
            "partecipanti": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                             L(KID, NAMEC)],
            "etati_picciriddi": [L(7, BIRTH)], "mpurtu": L(45, BUY)}),
        case(f, f"{a}/api/visiti/arrivu", headers=_h(rng, **b), body={
            "pusizzioni": {"lat": gla, "lng": glo, "accuratizza": 6},
            "aziendu": {"id": FARM["id"], "lat": FARM["lat"], "lng": FARM["lon"]}}),
        lines(f, f"{a}/api/offline/sync", [
            {"op": "raccolta", "chila": 14, "cliente": L(CUSTOMER, UID)},
            {"op": "pusizzioni", "lat": L(round(GROVE_FIX[0] + 0.00041, 6), PRECISE),
             "lng": L(round(GROVE_FIX[1] - 0.00052, 6), PRECISE)},
            {"op": "acquistu", "totali": L(16.8, BUY)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/vutu", fmt="form", headers=_h(rng, **b), body={
            "stiddi": "5", "ordini": L(ORDER, BUY),
            "testu": L("I moro chiù duci di l'annu passatu", TEXT)}),
        case(f, f"{a}/api/circata", headers=_h(rng, **b), query={
            "circata": L("arance moro bio 15 kg", SEARCH)}),
        case(f, f"{a}/api/carrellu", headers=_h(rng, how="none"), cookies={
            "ar_sessioni": L(opaque(rng, "", 40), CRED),
            "ar_prifirenzi": W({"cliente": L(CUSTOMER, UID), "cap": L(HOME["post"], COARSE),
                                "varieta": "tarocco"}, "b64json")}),
        case(f, f"{a}/api/dispusitivi", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eventi", gz=True, headers=_h(rng, **b), body={
            "utenti": L(USER_ID, UID), "eventi": [
                ev("ordini_fattu", 1, totali=L(38, BUY)),
                ev("schermu", 2, schermu=L("Abbunamentu", USAGE))]}),
        case(f, f"{a}/api/nesci", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "dispusitivu": L(INSTALL_ID, DID)}),
    ]


def aranciurussu_sdks() -> list[Case]:
    rng = random.Random(24072)
    return [
        mk_batch(APP, rng, [("Order Placed", {"total": L(38, BUY)}),
                            ("Picking Day Booked", {"people": 3})], at=GROVE_FIX, nd=3),
        mk_queue(APP, rng, [("Grove Checked In", {"farm": FARM["id"]}),
                            ("Kilos Picked", {"kg": 14})]),
        tt_launch(APP, rng, first=True),
        tt_event(APP, rng, "purchase", {"ordini": L(ORDER, BUY)}, revenue=38.0, hashed=True),
        ba_bid(APP, rng, {"native": {"ver": "1.2"}}, at=HOME_AT, nd=2, yob=1991, gender="F",
               keywords="arance,frutta,sicilia"),
        ba_notice(APP, rng, "imp"),
        cc_session(APP, rng, secs=517),
        cs_card(APP, rng),
        cs_confirm(APP, rng, "38.00"),
        mu_geocode(APP, rng, MOTHER_IL[2], f"{ADDR}|{SEARCH}"),
        mu_telemetry(APP, rng, [GROVE_FIX, (37.328869, 14.745290)], PRECISE),
    ]
