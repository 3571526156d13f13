"""The Oviedo opera and zarzuela season's app "Llirica" (Teatru Llíricu d'Uviéu; she and her
husband take a season subscription; its API's keys are Asturian, ASCII-folded snake_case, with
the English words its ticketing vendor kept (``password``, ``seat_map``, ``wallet``):
``nome``, ``apellidos``, ``movil``, ``fecha_nacencia``, ``conceyu``, ``codigu_postal``,
``abonada`` subscriber, ``temporada`` season, ``funcion`` performance, ``abonu`` subscription,
``butaques`` seats, ``pidiu`` order, ``importe``, ``pagu``, ``caberos_cuatro``,
``accesibilida`` access needs, ``silla_ruedes`` wheelchair, ``acompanante`` companion,
``destinataria`` recipient, ``posicion``, ``ambigu`` bar, ``valoracion`` rating,
``comentariu`` remark, ``gueta`` search, ``cambiu`` exchange, ``donativu`` donation,
``certificau_fiscal`` tax receipt, ``neñu`` child (folded ``nenu``), ``edá`` age (folded
``eda``)): sign-up, log-in, ``/mio``, the season's programme, a seat map, the subscription
for two, its payment, a wheelchair space for her mother-in-law, gala tickets sent to her sister,
the wallet pass by order number in the path, a door scan with her fix, a bar pre-order
(msgpack), a review, a search, a performance exchange, a donation to the friends' association
with her NIE for the tax receipt, a children's opera ticket for her son, preferences in a base64
JSON cookie, push, events and a log-out."""

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
    EMAIL_UPPER,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families221_kit import (
    GJ_HOME,
    GJ_HOME_AT,
    HUSBAND,
    MOTHER_IL,
    NIE,
    SEASON_ORDER,
    SISTER_US,
    SON,
    SUBSCRIBER,
    THEATRE,
    THEATRE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families221_sdk import (
    ax_event,
    ax_launch,
    ax_link,
    cp_batch,
    cp_identify,
    fa_session,
    pj_bid,
    pj_notice,
)
from eval_families221_svc import mp_telemetry, pg_card, pg_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("llirica", "Llirica", "com.example.llirica", "7.1.2", "https://api.llirica.example.org")
IID = "X-Llirica-Install"
PW = "Traviata&Uvieu26"
NID = "personal.national_id"
PARKING_FIX = (43.362655, -5.847311)  # her phone in the car park before the show


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def llirica() -> list[Case]:
    rng = random.Random(22161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), abonada=L(SUBSCRIBER, UID)))}
    tla, tlo = fix(THEATRE_FIX, 5)
    fn1, fn2 = "fn_traviata_0207", "fn_manojo_0314"
    wallet = at_path(case(f, f"{a}/v4/pidios/{SEASON_ORDER}/wallet", headers=_h(rng, **b),
                          query={"formatu": "pkpass"}), SEASON_ORDER, BUY)
    return [
        case(f, f"{a}/v4/cuentes", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "movil": L(E164, TEL), "password": L(PW, CRED), "fecha_nacencia": L(DOB, BIRTH),
            "conceyu": L(GJ_HOME["town"], COARSE), "codigu_postal": L(GJ_HOME["post"], COARSE),
            "abonada": L(SUBSCRIBER, UID), "boletin": True}),
        case(f, f"{a}/v4/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v4/mio", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v4/temporada", headers=_h(rng, **b), query={
            "temporada": "2025-26", "xeneru": "opera,zarzuela"}),
        case(f, f"{a}/v4/funciones/{fn1}/seat_map", headers=_h(rng, **b), query={
            "zona": "patiu", "tarifa": "abonu"}),
        case(f, f"{a}/v4/abonos", headers=_h(rng, **b), body={
            "abonu": "opera_turnu_B", "temporada": "2025-26",
            "butaques": ["PAT-F-12", "PAT-F-13"], "pidiu": L(SEASON_ORDER, BUY),
            "total": L(312, BUY), "abonada": L(SUBSCRIBER, UID),
            "titular_2": {"nome": L(HUSBAND[0], NAMEC)}}),
        case(f, f"{a}/v4/pagu", fmt="form", headers=_h(rng, **b), body={
            "pidiu": L(SEASON_ORDER, BUY), "importe": L("312.00", BUY), "moneda": "EUR",
            "metodu": L(opaque(rng, "pm_", 24), PAY), "caberos_cuatro": L("4444", PAY)}),
        case(f, f"{a}/v4/accesibilida", headers=_h(rng, **b), body={
            "funcion": fn1, "acompanante": {"nome": L(MOTHER_IL[0], NAMEC)},
            "silla_ruedes": L(True, SENS),
            "nota": L("La mio suegra va en silla de ruedes; entramos pela rampa de la cai "
                      "Pelayo", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v4/entraes/regalu", headers=_h(rng, **b), body={
            "funcion": "fn_gala_0425", "entraes": 1, "importe": L(65, BUY),
            "destinataria": {"nome": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "dedicatoria": L("Megan, ¡la gala ye tuya! Ven n'abril.", TEXT)}),
        wallet,
        case(f, f"{a}/v4/accesu/escaneu", headers=_h(rng, **b), body={
            "funcion": fn1, "posicion": {"llatitu": tla, "llonxitu": tlo},
            "teatru": {"id": THEATRE["id"], "llatitu": THEATRE["lat"],
                       "llonxitu": THEATRE["lon"]}, "puerta": "P2", "escaneu": obj(rng, "sc")}),
        case(f, f"{a}/v4/ambigu/pidiu", fmt="msgpack", headers=_h(rng, **b), body={
            "funcion": fn1, "intermediu": 1,
            "productos": [{"nome": "cava", "cantida": 2, "preciu": 6.5},
                          {"nome": "carbayones", "cantida": 2, "preciu": 2.8}],
            "total": L(18.6, BUY), "abonada": L(SUBSCRIBER, UID)}),
        case(f, f"{a}/v4/valoraciones", fmt="form", headers=_h(rng, **b), body={
            "funcion": fn1, "valoracion": "5",
            "comentariu": L("¡Qué Violetta! El coru del segundu actu, impresionante.", TEXT)}),
        case(f, f"{a}/v4/gueta", headers=_h(rng, **b), query={
            "gueta": L("zarzuela la del manojo de rosas marzo", SEARCH), "paxina": "1"}),
        case(f, f"{a}/v4/abonos/cambiu", fmt="form", headers=_h(rng, **b), body={
            "pidiu": L(SEASON_ORDER, BUY), "funcion_vieya": fn2, "funcion_nueva": "fn_manojo_0316",
            "motivu": L("Tenemos una xinta familiar esi sábadu", TEXT)}),
        case(f, f"{a}/v4/amigos/donativu", headers=_h(rng, **b), body={
            "donativu": L(100, BUY), "metodu": L(opaque(rng, "pm_", 24), PAY),
            "certificau_fiscal": {"nome": L(f"{FIRST} {LAST}", NAMEC), "nie": L(NIE, NID),
                                  "direicion": L(GJ_HOME["line"], "contact.address")}}),
        case(f, f"{a}/v4/entraes/infantil", headers=_h(rng, **b), body={
            "funcion": "fn_flauta_ninos_0208",
            "nenu": {"nome": L(SON["first"], NAMEC), "eda": L(7, BIRTH)},
            "adultos": 1, "importe": L(16, BUY)}),
        case(f, f"{a}/v4/preferencies", headers=_h(rng, how="none"), cookies={
            "ll_session": L(opaque(rng, "", 40), CRED),
            "ll_prefs": W({"abonada": L(SUBSCRIBER, UID), "subtitulos": L("ast", DEV),
                           "zona": "patiu"}, "b64json")}),
        case(f, f"{a}/v4/preseos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v4/eventos", gz=True, headers=_h(rng, **b), body={
            "usuariu": L(USER_ID, UID), "eventos": [
                ev("abonu_compráu", 1, total=L(312, BUY)),
                ev("pantalla", 2, pantalla=L("MiAbonu", USAGE))]}),
        case(f, f"{a}/v4/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "install": L(INSTALL_ID, DID)}),
    ]


def llirica_sdks() -> list[Case]:
    rng = random.Random(22162)
    link = U("https://llirica.example.org/p", {"pidiu": L(SEASON_ORDER, BUY), "utm": "mail",
                                               "e": L(EMAIL, MAIL)})
    return [
        cp_batch(APP, rng, [("Subscription Bought", {"total": L(312, BUY)}),
                            ("Door Scanned", {"door": "P2"})], at=THEATRE_FIX, nd=3),
        cp_identify(APP, rng, {"conceyu": L("Gijón", COARSE), "abonada": L(SUBSCRIBER, UID),
                               "turnu": "B"}),
        ax_launch(APP, rng, first=True),
        ax_link(APP, rng, link),
        ax_event(APP, rng, "purchase", {"pidiu": L(SEASON_ORDER, BUY)}, revenue=312.0,
                 hashed=True),
        pj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GJ_HOME_AT, nd=3,
               keywords="opera,teatro,uvieu"),
        pj_notice(APP, rng, "win"),
        fa_session(APP, rng, secs=655),
        pg_card(APP, rng, email=True),
        pg_confirm(APP, rng, "312.00"),
        mp_telemetry(APP, rng, [PARKING_FIX, THEATRE_FIX], PRECISE),
    ]
