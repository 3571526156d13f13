"""A pony club's parent app "Cavallu" (``cavallu``: horse; the club in Biguglia where Lisandru
rides on Wednesdays). Its API's keys are Corsican: ``famiglia`` family, ``nome``/``casata`` first
name/surname, ``telefunu`` phone, ``parolla_secreta`` password, ``indirizzu``/
``carrughju``/``cita``/``codice_pustale`` address/street/town/post code, ``zitellu`` child,
``data_di_nascita`` birth date, ``sessu`` sex, ``licenza`` rider licence, ``pesu`` weight,
``statura`` height, ``livellu`` level, ``lezzione`` lesson, ``riservazione`` booking, ``puleddu``
pony, ``somma`` amount, ``pagamentu`` payment, ``fattura`` invoice, ``stage`` holiday course,
``allergie`` allergies, ``asma`` asthma, ``ritirata`` pick-up, ``ligame`` relation, ``nanna``
grandmother, ``pusizione`` position, ``ritrattu`` photo, ``didascalia`` caption, ``testu`` text,
``incidente`` accident, ``descrizzione`` description, ``cuncorsu`` competition, ``prova`` event,
``abbunamentu`` membership, ``titulare`` holder, ``nota`` rating, ``cummentu`` comment, ``cascu``
helmet size. Sign-up, an OAuth password grant, ``/eiu``, enrolling Lisandru (weight and height for
the pony), his medical certificate (PDF), lessons, a booking, the payment, the Easter pony camp
(his asthma), a pick-up authorisation for his grandmother, the gate check-in, his photo on the
pony, a message to the instructor, an accident report, results by licence number in the path, a
competition entry (msgpack), invoices by cookie, a search, the membership by SEPA mandate (their
IBAN), push, events, a survey and a log-out. Riding is new in a grep ("riding school" and
"equestrian" matched nothing; "pony" matched a Lesotho pony-trekking tour booking, an adults'
outing, not a child's club)."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families164_kit import (
    CLUB,
    CLUB_FIX,
    FR_IBAN,
    HOME,
    MOTHER_IL,
    MUTUELLE,
    NIR,
    RIDER_LIC,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families164_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families164_svc import cl_card, cl_confirm, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("cavallu", "Cavallu", "com.example.cavallu", "2.2.0", "https://api.cavallu.example.net")
IID = "X-Cavallu-Device"
PW = "Fiadone#Biguglia9"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def cavallu() -> list[Case]:
    rng = random.Random(16421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), zitelli=[L(RIDER_LIC, UID)],
                                    rolu="parente"))}
    cla, clo = fix(CLUB_FIX, 5)
    res = at_path(case(f, f"{a}/v2/risultati/{RIDER_LIC}", headers=_h(rng, **b),
                       query={"stagione": "2026"}), RIDER_LIC, UID)
    return [
        case(f, f"{a}/v2/famiglia/arrighjistramentu", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "casata": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefunu": L(E164, TEL), "parolla_secreta": L(PW, CRED),
            "indirizzu": {"carrughju": L(HOME["line"], ADDR), "cita": L(HOME["town"], COARSE),
                          "codice_pustale": L(HOME["post"], COARSE)}, "newsletter": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "cavallu-android"}),
        case(f, f"{a}/v2/eiu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/zitelli", headers=_h(rng, **b), body={
            "nome": L(SON["first"], NAMEC), "casata": L(SON["last"], NAMEC),
            "data_di_nascita": L(SON["dob"], BIRTH), "sessu": L(SON["sex"], GENDER),
            "licenza": L(RIDER_LIC, UID), "pesu": L(34, FIT), "statura": L(141, FIT),
            "livellu": "galop_2", "cascu": "54"}),
        multipart(f, f"{a}/v2/zitelli/certificatu", [
            ("schedariu", "certificatu_medicu.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"licenza": L(RIDER_LIC, UID),
                                                "validu_finu": "2026-09-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lezzioni", headers=_h(rng, **b), query={
            "licenza": L(RIDER_LIC, UID), "mese": "2026-03", "club": CLUB["id"]}),
        case(f, f"{a}/v2/lezzioni/riservazione", headers=_h(rng, **b), body={
            "lezzione": obj(rng, "lz"), "licenza": L(RIDER_LIC, UID), "puleddu": "Fiadone",
            "ora": "14:00", "somma": L(22, BUY)}),
        case(f, f"{a}/v2/pagamentu", fmt="form", headers=_h(rng, **b), body={
            "fattura": L("PCB-2026-0311", BUY), "somma": L("88.00", BUY), "valuta": "EUR",
            "metodu": L(opaque(rng, "pm_", 24), PAY), "ultime_quattru": L("4444", PAY)}),
        case(f, f"{a}/v2/stage", headers=_h(rng, **b), body={
            "licenza": L(RIDER_LIC, UID), "settimana": "2026-04-13", "somma": L(245, BUY),
            "allergie": [L("pollini di graminacee", MED)],
            "asma": L("asma leggera, porta u so ventolin", f"{TEXT}|{MED}"),
            "pranzu": "cantina"}),
        case(f, f"{a}/v2/ritirata", headers=_h(rng, **b), body={
            "licenza": L(RIDER_LIC, UID),
            "persona": {"nome": L(MOTHER_IL[0], NAMEC), "telefunu": L(MOTHER_IL[1], TEL),
                        "ligame": "nanna"}, "ghjorni": ["mercuri"]}),
        case(f, f"{a}/v2/arrivu", headers=_h(rng, **b), body={
            "licenza": L(RIDER_LIC, UID), "pusizione": {"lat": cla, "lng": clo},
            "club": {"id": CLUB["id"], "lat": CLUB["lat"], "lng": CLUB["lon"]},
            "tipu": "depositu"}),
        multipart(f, f"{a}/v2/ritratti", [
            ("ritrattu", "lisandru_fiadone.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {
                "licenza": L(RIDER_LIC, UID),
                "didascalia": L("Lisandru nantu à Fiadone, prima volta à u galoppu",
                                f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/messaghji", headers=_h(rng, **b), body={
            "filu": obj(rng, "fl"), "a": "mon_paula",
            "testu": L("Lisandru hà una tendinite à u polsu, pò fà a lezzione senza saltà?",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/incidente", headers=_h(rng, **b), body={
            "licenza": L(RIDER_LIC, UID), "data": "2026-03-11",
            "descrizzione": L(f"{KID} hè cascatu da u puleddu, polsu mancu storta",
                              f"{TEXT}|{MED}|{NAMEC}"),
            "nir_zitellu": L(SON["nir"], NATID), "nir_parente": L(NIR, NATID),
            "mutuale": L(MUTUELLE, MED)}),
        res,
        case(f, f"{a}/v2/cuncorsu", fmt="msgpack", headers=_h(rng, **b), body={
            "licenza": L(RIDER_LIC, UID), "prova": "CSO Poney 4 - Club 2",
            "data": "2026-05-17", "puleddu": "Fiadone", "somma": L(18, BUY)}),
        case(f, f"{a}/v2/fatture", headers=_h(rng, how="none"), cookies={
            "cv_sid": L(opaque(rng, "", 40), CRED), "cv_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/ricerca", headers=_h(rng, **b), query={
            "q": L("stage di vacanze di Pasqua puleddi", SEARCH)}),
        case(f, f"{a}/v2/abbunamentu", headers=_h(rng, **b), body={
            "licenza": L(RIDER_LIC, UID), "annu": "2025-2026", "somma": L(390, BUY),
            "mandatu": {"iban": L(FR_IBAN, PAY), "titulare": L(f"{FIRST} {LAST}", NAMEC),
                        "riferenza": "SEPA-CB-0922"}}),
        case(f, f"{a}/v2/apparechju", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/avvenimenti", headers=_h(rng, **b), body={
            "utilizatore": L(USER_ID, UID), "avvenimenti": [
                ev("lezzione_riservata", 1), ev("screen", 2, screen=L("Risultati", USAGE))]}),
        case(f, f"{a}/v2/sondaghju", fmt="form", headers=_h(rng, **b), body={
            "nota": "5", "cummentu": L("I munitori sò pazienti, Lisandru hè felice",
                                     f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/esciuta", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparechju": L(INSTALL_ID, DID)}),
    ]


def cavallu_sdks() -> list[Case]:
    rng = random.Random(16422)
    return [
        mc_batch(APP, rng, [("Lesson Booked", {"price": L(22, BUY)}),
                            ("Camp Booked", {"week": "2026-04-13"})], at=CLUB_FIX, nd=2),
        mc_identify(APP, rng, {"children": 1, "cita": L("Bastia", COARSE),
                               "licenza": L(RIDER_LIC, UID)}),
        tn_launch(APP, rng),
        tn_event(APP, rng, "purchase", {"stage": "paschja"}, revenue=245.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="poney,kids,bastia"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "calendar closed"),
                 [cd_crumb("nav", "Lezzioni -> Riservazione"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v2/lezzioni/riservazione",
                                           "status": 409})], screen="LezzioniActivity"),
        pt_register(APP, rng, tags={"club": CLUB["id"], "livellu": "galop_2"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "88.00", "eur"),
    ]
