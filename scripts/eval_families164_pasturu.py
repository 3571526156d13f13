"""A shepherd's cheese-box subscription and transhumance-walk app "Pasturu" (``pasturu``:
pasture; a Niolu shepherd family's brocciu and tomme, picked up at their stall at the Bastia
market, and the June walk with the flock up to the summer pastures). Its API's keys are
Corsican: ``contu`` account, ``nome``/``casata`` first name/surname, ``telefunu`` phone,
``parolla_secreta`` password, ``indirizzu_di_cunsegna`` delivery address, ``carrughju``
street, ``cita`` town, ``codice_pustale`` post code, ``abbunatu`` subscriber,
``abbunamentu`` subscription, ``cascetta`` box, ``casgiu`` cheese, ``stagione`` season,
``frequenza`` frequency, ``prezzu`` price, ``somma`` amount, ``pagamentu`` payment,
``cunsegne`` deliveries, ``settimana`` week, ``salta`` skip, ``ritiru`` pick-up, ``mercatu``
market, ``arrivu`` arrival, ``pusizione`` position, ``regalu`` gift, ``destinatariu``
recipient, ``messaghju`` message, ``transumanza`` transhumance, ``camminata`` walk,
``participanti`` participants, ``eta`` age, ``cuntattu_d_urgenza`` emergency contact,
``salute`` health, ``ritrattu`` photo, ``didascalia`` caption, ``valutazione``/``nota``/
``cummentu`` review/stars/comment, ``ricerca`` search, ``fatture`` invoices, ``preferenze``
preferences, ``lingua`` language. Sign-up, an e-mailed code, ``/eiu``, the boxes, the
subscription, its payment, deliveries, a skipped week, the pick-up at the stall with her fix, a
gift box for her mother-in-law, the walk's dates, the walk registration (her son, his asthma,
her husband as emergency contact), a protobuf walk beat, fixes as JSON Lines, a photo of the
flock, a review, a search, invoices by subscriber number in the path, a message quoting her
phone, a base64 JSON preferences cookie, push and events. Cheese, shepherds and transhumance
are new in a grep (set 120 has a lambing registry where she farms; here she buys)."""

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
    E164,
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families164_kit import (
    FOLD,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    SON,
    STALL,
    SUBSCRIBER,
    WALK_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families164_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families164_svc import (
    cl_card,
    cl_confirm,
    cy_save,
    fn_eval,
    hs_message,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("pasturu", "Pasturu", "com.example.pasturu", "1.3.7", "https://api.pasturu.example.net")
IID = "X-Pasturu-Device"
PW = "Niolu*Brocciu88"
STALL_FIX = (42.697688, 9.450991)  # her phone at the market stall
MIL_LINE = "Residence Les Palmiers, 3 Cours Grandval"  # her mother-in-law's, Ajaccio


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, co=True, **kw)


def pasturu() -> list[Case]:
    rng = random.Random(16441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, abbunatu=L(SUBSCRIBER, UID), email=L(EMAIL, MAIL)))}
    sla, slo = fix(STALL_FIX, 5)
    walk = obj(rng, "cm")
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, walk), (3, 1781337600),
               (4, [(1, L(WALK_FIX[0], PRECISE)), (2, L(WALK_FIX[1], PRECISE)), (3, 1280.0)]),
               (5, L(57, DEV))], "", lab)
    inv = at_path(case(f, f"{a}/v1/abbunati/{SUBSCRIBER}/fatture", headers=_h(rng, **b)),
                  SUBSCRIBER, UID)
    return [
        case(f, f"{a}/v1/contu", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "casata": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefunu": L(E164, TEL), "parolla_secreta": L(PW, CRED),
            "indirizzu_di_cunsegna": {"carrughju": L(HOME["line"], ADDR),
                                      "cita": L(HOME["town"], COARSE),
                                      "codice_pustale": L(HOME["post"], COARSE)},
            "abbunatu": L(SUBSCRIBER, UID)}),
        case(f, f"{a}/v1/auth/codice", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "codice": L("552180", CRED)}),
        case(f, f"{a}/v1/eiu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/cascette", headers=_h(rng, **b), query={
            "stagione": "veranu", "pastore": FOLD["id"]}),
        case(f, f"{a}/v1/abbunamentu", headers=_h(rng, **b), body={
            "abbunatu": L(SUBSCRIBER, UID), "cascetta": "brocciu_tomma_M",
            "frequenza": "ogni_duie_settimane", "prezzu": L(34, BUY),
            "ritiru": {"mercatu": STALL["id"], "ghjornu": "sabbatu"}}),
        case(f, f"{a}/v1/pagamentu", fmt="form", headers=_h(rng, **b), body={
            "abbunatu": L(SUBSCRIBER, UID), "somma": L("34.00", BUY), "valuta": "EUR",
            "metodu": L(opaque(rng, "pm_", 24), PAY), "ultime_quattru": L("4444", PAY)}),
        case(f, f"{a}/v1/cunsegne", headers=_h(rng, **b), query={
            "abbunatu": L(SUBSCRIBER, UID), "da": "2026-04-01"}),
        case(f, f"{a}/v1/cunsegne/salta", fmt="form", headers=_h(rng, **b), body={
            "abbunatu": L(SUBSCRIBER, UID), "settimana": "2026-W16"}),
        case(f, f"{a}/v1/ritiru/arrivu", headers=_h(rng, **b), body={
            "pusizione": {"lat": sla, "lng": slo},
            "mercatu": {"id": STALL["id"], "lat": STALL["lat"], "lng": STALL["lon"]},
            "cascetta": obj(rng, "cs")}),
        case(f, f"{a}/v1/regalu", headers=_h(rng, **b), body={
            "destinatariu": {"nome": L(MOTHER_IL[0], NAMEC), "telefunu": L(MOTHER_IL[1], TEL),
                             "carrughju": L(MIL_LINE, ADDR), "cita": L("Ajaccio", COARSE),
                             "codice_pustale": L("20000", COARSE)},
            "messaghju": L("Bona festa, mamma! Un brocciu per u fiadone di dumenica", TEXT),
            "somma": L(29, BUY), "cascetta": "brocciu_solu"}),
        case(f, f"{a}/v1/transumanza/date", headers=_h(rng, **b), query={
            "annu": "2026", "pastore": FOLD["id"]}),
        case(f, f"{a}/v1/transumanza/iscrizzione", headers=_h(rng, **b), body={
            "camminata": walk, "participanti": [
                {"nome": L(f"{FIRST} {LAST}", NAMEC)},
                {"nome": L(f"{SON['first']} {SON['last']}", NAMEC), "eta": L(10, BIRTH)}],
            "cuntattu_d_urgenza": {"nome": L(HUSBAND[0], NAMEC), "telefunu": L(HUSBAND[1], TEL)},
            "salute": L("U zitellu hà l'asma, porta u so ventolin", f"{TEXT}|{MED}"),
            "somma": L(30, BUY)}),
        raw(f, f"{a}/v1/transumanza/{walk}/battitu", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/transumanza/{walk}/pusizioni", [
            {"utilizatore": L(USER_ID, UID), "lat": L(round(WALK_FIX[0] + 0.0009 * i, 6), PRECISE),
             "lng": L(round(WALK_FIX[1] + 0.0007 * i, 6), PRECISE), "t": 1781338200 + 600 * i}
            for i in range(3)], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/ritratti", [
            ("ritrattu", "greghja.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "camminata": walk, "didascalia": L("A greghja passa u ponte di Altore", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/valutazione", fmt="form", headers=_h(rng, **b), body={
            "casgiu": "tomma_2025", "nota": "4",
            "cummentu": L("A tomma era un pocu secca sta volta", TEXT)}),
        case(f, f"{a}/v1/ricerca", headers=_h(rng, **b), query={
            "q": L("brocciu frescu senza sale", SEARCH)}),
        inv,
        case(f, f"{a}/v1/messaghji", headers=_h(rng, **b), body={
            "a": "pastore_" + FOLD["id"],
            "testu": L("Pudemu piglià a cascetta u sabbatu? Chjamatemi à u +1 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/preferenze", headers=_h(rng, **b), cookies={
            "ps_sess": L(opaque(rng, "", 40), CRED),
            "ps_pref": W({"abbunatu": L(SUBSCRIBER, UID), "lingua": L("co", DEV)}, "b64json")}),
        case(f, f"{a}/v1/apparechju", headers=_h(rng, **b), body=push(push_token(rng), "co_FR")),
        case(f, f"{a}/v1/avvenimenti", headers=_h(rng, **b), body={
            "utilizatore": L(USER_ID, UID), "avvenimenti": [
                ev("cascetta_ritirata", 1), ev("screen", 2, screen=L("Transumanza", USAGE))]}),
    ]


def pasturu_sdks() -> list[Case]:
    rng = random.Random(16442)
    return [
        mc_batch(APP, rng, [("Box Subscribed", {"price": L(34, BUY)}),
                            ("Walk Registered", {"people": 2})], at=STALL_FIX, nd=2,
                 locale="co_FR"),
        mc_identify(APP, rng, {"cita": L("Bastia", COARSE), "abbunatu": L(SUBSCRIBER, UID),
                               "cascetta": "brocciu_tomma_M"}),
        mc_pixel(APP, rng, "Recipe Opened", {"recipe": "fiadone"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "subscribe", {"cascetta": "brocciu_tomma_M"}, revenue=34.0),
        fn_eval(APP, rng, {"market": STALL["id"], "cita": L("Bastia", COARSE)}),
        pt_register(APP, rng, lang="co", at=HOME_AT, nd=2, tags={"mercatu": STALL["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "34.00", "eur"),
        mm_geocode(APP, rng, "Ponte di Altore Calacuccia", "behavior.search", near=WALK_FIX,
                   nd=3),
        hs_message(APP, rng, L("A cascetta di sabbatu ùn c'era micca à u mercatu", TEXT),
                   {"abbunatu": L(SUBSCRIBER, UID)}),
    ]
