"""A duck farm's shop app "Bòria" (the "Bòria del Guit Blanc", a family farm at Lescure near Albi
that sells confit, magret and foie gras at the Albi covered market on Saturdays, takes Christmas
orders and runs a farm table; she orders when they visit her mother-in-law; its API's keys are
Occitan, ASCII-folded: ``client``, ``prenom``, ``nom``, ``corriel``, ``telefon``, ``senhal``,
``guit`` duck, ``fetge_gras`` foie gras, ``confit``, ``produch`` product, ``pes`` weight,
``pretz`` price, ``comanda`` order, ``soma`` amount, ``pagament``, ``retirada`` pick-up,
``mercat`` market, ``carta_fidelitat`` loyalty card, ``punts`` points, ``taula``
farm table, ``convidats`` guests, ``regim`` diet, ``vesita`` visit, ``avis`` review,
``recerca`` search, ``present`` gift, ``destinatari`` recipient, ``adreca``, ``lat``/``lon``):
sign-up, a log-in, ``/ieu``, the catalogue (prices), the Christmas order, its payment, the
pick-up at the market with her fix, basket changes (msgpack), points by cookie, the farm table
booked for five (her mother-in-law's coeliac diet), a farm visit for Lina, the farm's Wi-Fi, a
review, a search, a gift box to her sister in Ohio, the order by number in the path, a
complaint, a protobuf stock-alert subscription, push, events and a log-out. "duck", "magret",
"confit", "goose" and "foie" matched no file name or docstring; set 227 has a farm shop for a
potted Christmas tree."""

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
    MED,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families239_kit import (
    FARM,
    FARM_CARD,
    FARM_FIX,
    FARM_ORDER,
    MARKET,
    MARKET_FIX,
    SISTER_US,
    TZ,
    fix,
    hd,
)
from eval_families239_sdk import (
    bc_bid,
    bc_notice,
    cg_crash,
    cg_crumb,
    cg_session,
    mg_batch,
    mg_identify,
    tc_event,
    tc_launch,
    tc_link,
)
from eval_families239_svc import cp_card, cp_confirm, mp_reverse, mp_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("boria", "Bòria", "com.example.boriaguit", "1.9.0", "https://api.boria-guit.example.fr")
IID = "X-Boria-Aparelh"
PW = "Magret&Albi81"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, oc=True, **kw)


def boria() -> list[Case]:
    rng = random.Random(23951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, corriel=L(EMAIL, MAIL),
                                    carta_fidelitat=L(FARM_CARD, UID)))}
    mla, mlo = fix(MARKET_FIX, 5)
    lab: dict[str, str] = {}
    alert = pb([(1, L(FARM_CARD, UID)), (2, "fetge_gras_mi_cuch_300g"), (3, 1),
                (4, L(E164, TEL))], "", lab)
    order = at_path(case(f, f"{a}/v2/comandas/{FARM_ORDER}", headers=_h(rng, **b)),
                    FARM_ORDER, BUY)
    return [
        case(f, f"{a}/v2/clients", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "corriel": L(EMAIL, MAIL),
            "telefon": L(NATIONAL, TEL), "senhal": L(PW, CRED),
            "vila": L("Tolosa", COARSE), "carta_fidelitat": L(FARM_CARD, UID),
            "infoletra": True}),
        case(f, f"{a}/v2/connexion", fmt="form", headers=_h(rng), body={
            "corriel": L(EMAIL_UPPER, MAIL), "senhal": L(PW, CRED)}),
        case(f, f"{a}/v2/ieu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/produches", headers=_h(rng, **b), query={
            "categoria": "nadal", "boria": FARM["id"]}),
        case(f, f"{a}/v2/comandas", headers=_h(rng, **b), body={
            "comanda": L(FARM_ORDER, BUY), "linhas": [
                {"produch": "fetge_gras_entier_500g", "quantitat": 1, "pretz": 68.0},
                {"produch": "confit_4_cueissas", "quantitat": 2,
                 "pretz": 24.5},
                {"produch": "magret_sec", "quantitat": 3, "pretz": 9.9}],
            "soma": L(146.7, BUY), "retirada": {"mercat": MARKET["id"], "jorn": "2026-12-19",
                                                "ora": "09:00-12:00"},
            "nom_retirada": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)}),
        case(f, f"{a}/v2/pagaments", fmt="form", headers=_h(rng, **b), body={
            "comanda": L(FARM_ORDER, BUY), "soma": L("146.70", BUY), "moneda": "EUR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "darriers_quatre": L("4444", PAY)}),
        case(f, f"{a}/v2/retiradas/arribada", headers=_h(rng, **b), body={
            "comanda": L(FARM_ORDER, BUY), "posicion": {"lat": mla, "lon": mlo},
            "mercat": {"id": MARKET["id"], "lat": MARKET["lat"], "lon": MARKET["lon"]},
            "estanh": "B14"}),
        at_path(case(f, f"{a}/v2/comandas/{FARM_ORDER}/panier", fmt="msgpack",
                     headers=_h(rng, **b), body={
                         "ajustar": [{"produch": "grattons", "quantitat": 2, "pretz": 6.5}],
                         "soma": L(159.7, BUY), "carta_fidelitat": L(FARM_CARD, UID)}),
                FARM_ORDER, BUY),
        case(f, f"{a}/v2/punts", headers=_h(rng, how="none"), cookies={
            "bg_sesilha": L(opaque(rng, "", 40), CRED), "bg_aparelh": L(INSTALL_ID, DID),
            "bg_req": rid(rng)}),
        case(f, f"{a}/v2/taula/reservacions", headers=_h(rng, **b), body={
            "data": "2026-02-08", "ora": "12:30", "convidats": 5,
            "nom": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
            "regim": L("ma sògra Odeta es celiaca: sens gluten", f"{TEXT}|{MED}"),
            "cadiera_nenon": True, "soma": L(175, BUY)}),
        case(f, f"{a}/v2/vesitas", fmt="form", headers=_h(rng, **b), body={
            "vesita": "nurrir_los_guits", "data": "2026-02-08", "adultes": "2", "enfants": "1",
            "atge_enfant": L("2", BIRTH), "soma": L("8", BUY)}),
        case(f, f"{a}/v2/wifi/connexion", headers=_h(rng, **b), body={
            "ssid": L(FARM["ssid"], WIFI), "bssid": L(FARM["bssid"], WIFI),
            "ip_locala": L("10.0.8.41", DEV), "carta_fidelitat": L(FARM_CARD, UID),
            "posicion": {"lat": L(FARM_FIX[0], PRECISE), "lon": L(FARM_FIX[1], PRECISE)}}),
        case(f, f"{a}/v2/avis", fmt="form", headers=_h(rng, **b), body={
            "boria": FARM["id"], "estelas": "5",
            "texte": L("Lo magret melhor de Tarn! Lina a pogut donar de blat als guits.",
                       TEXT)}),
        case(f, f"{a}/v2/recerca", headers=_h(rng, **b), query={
            "recerca": L("fetge gras mi-cuèch sens sal nitritat", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v2/presents", headers=_h(rng, **b), body={
            "destinatari": {"nom": L(SISTER_US[0], NAMEC), "corriel": L(SISTER_US[2], MAIL),
                            "adreca": L(SISTER_US[3], ADDR), "pais": L("US", COARSE)},
            "cais": "cais_degustacion", "soma": L(89, BUY),
            "mot": L("Merry Christmas Rachel! Tot lo Tarn dins una caissa.", TEXT)}),
        order,
        case(f, f"{a}/v2/reclamacions", headers=_h(rng, **b), body={
            "comanda": L(FARM_ORDER, BUY),
            "texte": L("Un pòt de confit èra copat a la retirada del mercat.", TEXT)}),
        raw(f, f"{a}/v2/alertas/estoc", alert, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/aparelhs", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "id_aparelh": L(INSTALL_ID, DID),
            "lenga": L("fr", DEV), "zona_oraria": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/eveniments", gz=True, headers=_h(rng, **b), body={
            "utilizaire": L(USER_ID, UID), "eveniments": [
                ev("comanda", 1, soma=L(146.7, BUY)), ev("ecran", 2, ecran=L("Nadal", USAGE))]}),
        case(f, f"{a}/v2/sortida", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparelh": L(INSTALL_ID, DID)}),
    ]


def boria_sdks() -> list[Case]:
    rng = random.Random(23952)
    link = U("https://boria-guit.example.fr/c", {"comanda": L(FARM_ORDER, BUY), "src": "sms",
                                                  "tel": L(E164, TEL)})
    return [
        mg_batch(APP, rng, [("Order Placed", {"total": L(146.7, BUY)}),
                            ("Pickup Arrived", {"market": MARKET["id"]})],
                 at=MARKET_FIX, nd=3),
        mg_identify(APP, rng, {"vila": L("Tolosa", COARSE), "carta": L(FARM_CARD, UID),
                               "punts": 215}),
        tc_launch(APP, rng, first=True),
        tc_link(APP, rng, link),
        tc_event(APP, rng, "purchase", {"comanda": L(FARM_ORDER, BUY)}, revenue=146.7,
                 hashed=True),
        bc_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=FARM_FIX, nd=2,
               keywords="gastronomy,christmas,tarn"),
        bc_notice(APP, rng, "imp"),
        cg_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "basket line 3"),
                 [cg_crumb("nav", "Comanda -> Panier")], screen="PanierActivity"),
        cg_session(APP, rng, secs=517),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "146.70"),
        mp_reverse(APP, rng, MARKET_FIX, PRECISE, nd=5),
        mp_route(APP, rng, [(MARKET_FIX, PRECISE), ((FARM["lat"], FARM["lon"]), None)]),
    ]
