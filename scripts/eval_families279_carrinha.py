"""Travelling grocer's van app "La Carrinha" (a grocer from Sendim drives a van with bread, fish,
fruit and groceries through the villages of the plateau on fixed days; customers order ahead,
follow the van and pay on a tab). Its API's keys are Mirandese, ASCII-folded, with English loans:
``nome``, ``apelhido``, ``correio``, ``telemobel``, ``palabra_passe``, ``morada``, ``pobo``,
``cuonta`` tab, ``paraige`` stop, ``ancomenda`` order, ``artigos`` items, ``pan`` bread,
``peixe`` fish, ``quantidade``, ``precio`` price, ``total``, ``fiado`` on the tab,
``pagamiento``, ``balor``, ``lhista_cumpras`` shopping list, ``abiso`` alert, ``chegada``
arrival, ``lugar`` place, ``beijina`` neighbour, ``busca``, ``mensaige``: sign-up, a log-in,
``/miu``, the route's stops for her village, the van's position (the grocer's), an "alert me when
it is near" with her position at 3 decimals, an order (msgpack), a weekly bread subscription, an
order for her mother-in-law delivered to her door, the tab by tab number in the path, a tab
payment, the check-in at the stop with her fix, a shopping list (JSON Lines), a fish
pre-order, a complaint, a search, a review, preferences in a base64 JSON cookie, push, events
and a log-out. New: "grocery van", "mobile shop", "travelling shop" and "bread van" matched no
docstring ("grocer" matched delivery apps and a trading post's charge account in set 170)."""

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
    EMAIL_UPPER,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families279_kit import (
    HOME,
    HOME_AT,
    MOTHER_IL,
    SISTER_US,
    STOP_FIX,
    STOPS,
    TAB,
    fix,
    hd,
    obj,
    push,
)
from eval_families279_sdk import ct_batch, ct_queue, lx_bid, lx_notice, qb_session, rs_launch
from eval_families279_svc import bd_eval, cu_check, mo_card, mo_confirm, mp_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("carrinha", "La Carrinha", "com.example.lacarrinha", "4.0.2",
          "https://api.lacarrinha.example.com")
IID = "X-Carrinha-Aparelho"
PW = "PanCentieno!26"
MIL_LINE = "Rue de l Cabeço 3"  # her mother-in-law's street line (typed by her: contact.address)
VAN_AT = (41.40122, -6.43390)  # the van on the road (the grocer's: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pt=True, **kw)


def carrinha() -> list[Case]:
    rng = random.Random(27961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, cuonta=L(TAB, UID), telemobel=L(E164, TEL)))}
    sla, slo = fix(STOP_FIX)
    tab = at_path(case(f, f"{a}/v2/cuontas/{TAB}", headers=_h(rng, **b),
                       query={"mes": "2026-03"}), TAB, UID)
    return [
        case(f, f"{a}/v2/clientes", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apelhido": L(LAST, NAMEC), "correio": L(EMAIL, MAIL),
            "telemobel": L(E164, TEL), "palabra_passe": L(PW, CRED),
            "morada": L(HOME["line"], ADDR), "pobo": L(HOME["village"], COARSE),
            "paraige": STOPS[0]["id"], "cuonta": L(TAB, UID)}),
        case(f, f"{a}/v2/entrar", fmt="form", headers=_h(rng), body={
            "correio": L(EMAIL_UPPER, MAIL), "palabra_passe": L(PW, CRED), "lhembrar": "1"}),
        case(f, f"{a}/v2/miu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/rota/paraiges", headers=_h(rng, **b), query={
            "pobo": L(HOME["village"], COARSE), "die": "quinta"}),
        case(f, f"{a}/v2/rota/carrinha", headers=_h(rng, **b), query={
            "rota": "planalto_qui", "lat": f"{VAN_AT[0]:.5f}", "lon": f"{VAN_AT[1]:.5f}"}),
        case(f, f"{a}/v2/abisos/perto", fmt="form", headers=_h(rng, **b), body={
            "cuonta": L(TAB, UID), "km": "2",
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/v2/ancomendas", fmt="msgpack", headers=_h(rng, **b), body={
            "cuonta": L(TAB, UID), "paraige": STOPS[0]["id"], "ancomenda": obj(rng, "anc"),
            "artigos": [{"artigo": "pan centeno 1kg", "quantidade": 2, "precio": 2.4},
                        {"artigo": "bacalhau demolhado", "quantidade": 1, "precio": 11.9},
                        {"artigo": "maçanas", "quantidade": 2, "precio": 1.6}],
            "total": L(20.30, BUY), "fiado": True}),
        case(f, f"{a}/v2/assinaturas/pan", headers=_h(rng, **b), body={
            "cuonta": L(TAB, UID), "dies": ["ter", "qui", "sab"], "pan": "centeno_1kg",
            "semanal": L(7.20, BUY)}),
        case(f, f"{a}/v2/ancomendas/outra_pessona", headers=_h(rng, **b), body={
            "cuonta": L(TAB, UID),
            "para": {"nome": L(MOTHER_IL[0], NAMEC), "telemobel": L(MOTHER_IL[1], TEL),
                     "morada": L(MIL_LINE, ADDR), "pobo": L("Sendim", COARSE)},
            "artigos": [{"artigo": "pan sin sal", "quantidade": 1, "precio": 1.9}],
            "nota": L("No salt bread for my mother-in-law, her blood pressure", f"{TEXT}|{MED}"),
            "total": L(1.90, BUY)}),
        tab,
        case(f, f"{a}/v2/cuontas/pagar", fmt="form", headers=_h(rng, **b), body={
            "cuonta": L(TAB, UID), "balor": L("58.40", BUY), "moeda": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "redadeiros_4": L("4444", PAY)}),
        case(f, f"{a}/v2/chegada", headers=_h(rng, **b), body={
            "paraige": STOPS[0]["id"], "lugar": {"lat": sla, "lng": slo, "precison": 9},
            "paraige_lugar": {"lat": STOPS[0]["lat"], "lng": STOPS[0]["lon"]},
            "cuonta": L(TAB, UID)}),
        lines(f, f"{a}/v2/lhista_cumpras/sync", [
            {"op": "add", "artigo": L("leite sin lactose", TEXT), "qtd": 2},
            {"op": "add", "artigo": L("ovos de la casa", TEXT), "qtd": 12},
            {"op": "done", "artigo": "pan centeno 1kg", "por": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/peixe/reserba", fmt="form", headers=_h(rng, **b), body={
            "cuonta": L(TAB, UID), "peixe": "polbo", "quilos": "1.5",
            "precio": L("27.00", BUY), "die": "2026-04-02"}),
        case(f, f"{a}/v2/reclamacones", headers=_h(rng, **b), body={
            "cuonta": L(TAB, UID), "categorie": "atraso",
            "testo": L("The van did not stop in Sendim square on Thursday, we waited 40 "
                       "minutes", TEXT)}),
        case(f, f"{a}/v2/busca", headers=_h(rng, **b), query={
            "busca": L("folar de carne pascoa", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v2/oupinion", fmt="form", headers=_h(rng, **b), body={
            "strelas": "5",
            "testo": L("Best rye bread on the plateau, my sister Megan asks for it every "
                       "visit!", TEXT)}),
        case(f, f"{a}/v2/perfil/prefs", headers=_h(rng, **b), cookies={
            "cr_sesson": L(opaque(rng, "", 40), CRED),
            "cr_prefs": W({"cuonta": L(TAB, UID), "lhengua": L("en", DEV),
                           "paraige": STOPS[0]["id"]}, "b64json")}),
        case(f, f"{a}/v2/cuonta/partilhar", headers=_h(rng, **b), body={
            "cuonta": L(TAB, UID), "cun": {"nome": L(SISTER_US[0], NAMEC),
                                           "correio": L(SISTER_US[2], MAIL)},
            "ate": "2026-04-20", "req": rid(rng)}),
        case(f, f"{a}/v2/aparelhos", headers=_h(rng, **b), body=push(push_token(rng), "pt_PT")),
        case(f, f"{a}/v2/eibentos", headers=_h(rng, **b), body={
            "outelizador": L(USER_ID, UID), "eibentos": [
                ev("ancomenda", 1, total=L(20.30, BUY)),
                ev("ecran", 2, ecran=L("MapaCarrinha", USAGE))]}),
        case(f, f"{a}/v2/salir", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparelho": L(INSTALL_ID, DID)}),
    ]


def carrinha_sdks() -> list[Case]:
    rng = random.Random(27962)
    return [
        ct_batch(APP, rng, [("Order Placed", {"total": L(20.30, BUY)}),
                            ("Van Tracked", {"route": "planalto_qui"})], at=STOP_FIX, nd=3),
        ct_queue(APP, rng, [("List Item Added", {"n": 2}), ("List Synced", {})]),
        rs_launch(APP, rng, first=True),
        lx_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="groceries,bread,fish"),
        lx_notice(APP, rng, "win"),
        qb_session(APP, rng, secs=288),
        bd_eval(APP, rng, {"route": "planalto_qui", "pobo": L("Sendim", COARSE)}, hdr=True),
        cu_check(APP, rng, {"analytics": True}),
        mo_card(APP, rng),
        mo_confirm(APP, rng, "58.40"),
        mp_reverse(APP, rng, STOP_FIX, PRECISE, nd=4),
    ]
