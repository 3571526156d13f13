"""Works-council app "Comitat" (the staff council of her employer, a fictional aerospace supplier
in Blagnac: holiday vouchers, cinema tickets, the children's Christmas, childcare and sport
subsidies graded by the household's family quotient, and the council's own election; its API's
keys are Occitan, ASCII-folded, with the French acronyms staff use: ``salariat`` employee,
``matricula`` employee number, ``nom`` surname, ``prenom`` first name,
``corrièl_pro`` → ``corriel_pro`` work e-mail, ``corriel_perso``, ``portable`` mobile,
``senhal`` password, ``familha`` household, ``conjunt`` spouse, ``enfants`` children,
``naissença`` → ``naissenca`` birth date, ``quocient_familial`` family quotient,
``revengut_referencia`` reference tax income, ``parts`` tax shares, ``numero_fiscal`` tax number,
``chec_vacancas`` holiday vouchers, ``bilhets`` tickets, ``present_nadal`` Christmas present,
``joguina`` toy, ``subvencion``, ``garda`` childcare, ``justificatiu`` proof, ``espòrt`` →
``esport``, ``comanda`` order, ``soma``, ``pagament``, ``liurason`` delivery, ``adreça`` →
``adreca``, ``escrutin`` ballot, ``lista`` list, ``recerca``): the account activation with her
employee number, a log-in, ``/ieu``, the household (gzip; spouse, daughter, tax number, income),
holiday vouchers, cinema tickets, the rugby tickets search, Lina's Christmas present, the
childcare subsidy with the childminder's certificate (PDF), the sport subsidy for her pool card,
the council election (msgpack), the catalogue, a delivery address, a message to the council,
the orders by employee number in the path, a base64 JSON form field, push and events. A
docstring grep for "works council", "staff council", "comit", "holiday voucher", "employee
benefit" and "perks" found nothing."""

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
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families239_kit import (
    DAUGHTER,
    EMPLOYER,
    HOME,
    HOME_AT,
    HUSBAND,
    MINDER,
    POOL_CARD,
    STAFF_NO,
    TAX_NO,
    WORK_MAIL,
    hd,
    obj,
    push,
)
from eval_families239_sdk import bc_bid, bc_notice, cg_session, mg_batch, mg_pixel, tc_launch
from eval_families239_svc import co_check, cp_card, cp_confirm, fc_eval, ht_message, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("comitat", "Comitat", "com.example.comitat", "4.0.3", "https://api.comitat.example.fr")
IID = "X-Comitat-Device"
PW = "Blanhac#Vol2026"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, oc=True, **kw)


def comitat() -> list[Case]:
    rng = random.Random(23931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, matricula=L(STAFF_NO, UID),
                                    corriel_pro=L(WORK_MAIL, MAIL), site=EMPLOYER["id"]))}
    orders = at_path(case(f, f"{a}/api/salariats/{STAFF_NO}/comandas", headers=_h(rng, **b),
                          query={"an": "2026"}), STAFF_NO, UID)
    return [
        case(f, f"{a}/api/activacion", headers=_h(rng), body={
            "matricula": L(STAFF_NO, UID), "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC),
            "corriel_pro": L(WORK_MAIL, MAIL), "corriel_perso": L(EMAIL, MAIL),
            "portable": L(E164, TEL), "senhal": L(PW, CRED), "site": EMPLOYER["id"]}),
        case(f, f"{a}/api/connexion", fmt="form", headers=_h(rng), body={
            "matricula": L(STAFF_NO, UID), "senhal": L(PW, CRED)}),
        case(f, f"{a}/api/ieu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/familha", gz=True, headers=_h(rng, **b), body={
            "matricula": L(STAFF_NO, UID),
            "conjunt": {"nom": L(HUSBAND[0], NAMEC), "naissenca": L("1988-03-02", BIRTH)},
            "enfants": [{"prenom": L(DAUGHTER["first"], NAMEC),
                         "naissenca": L(DAUGHTER["dob"], BIRTH),
                         "sexe": L(DAUGHTER["sex"], GENDER)}],
            "numero_fiscal": L(TAX_NO, NID), "revengut_referencia": 61240, "parts": 2.5,
            "quocient_familial": 2041}),
        case(f, f"{a}/api/chec_vacancas/comanda", headers=_h(rng, **b), body={
            "matricula": L(STAFF_NO, UID), "soma_faciala": L(400, BUY),
            "part_salariat": L(160, BUY), "part_comitat": 240, "format": "electronic",
            "comanda": L(obj(rng, "cv"), BUY)}),
        case(f, f"{a}/api/bilhetaria/cinema", fmt="form", headers=_h(rng, **b),
             body={"produch": "cine_ut_10", "quantitat": "10", "soma": L("55.00", BUY),
                   "metode": L(opaque(rng, "pm_", 24), PAY), "darriers_quatre": L("4444", PAY)}),
        case(f, f"{a}/api/bilhetaria/recerca", headers=_h(rng, **b), query={
            "recerca": L("rugbi Tolosa Clarmont febrièr", SEARCH), "categoria": "espectacles"}),
        case(f, f"{a}/api/nadal/present", headers=_h(rng, **b), body={
            "enfant": {"prenom": L(DAUGHTER["first"], NAMEC), "nom": L(DAUGHTER["last"], NAMEC),
                       "naissenca": L(DAUGHTER["dob"], BIRTH)},
            "joguina": "jg_2_3_ans_04", "tranca_d_atge": "2-3", "retirada": "sala_CSE"}),
        multipart(f, f"{a}/api/subvencions/garda", [
            ("justificatiu", "atestacion_assistenta.pdf", "application/pdf", L(PDF, MEDIA)),
            ("demanda", None, "application/json", {
                "matricula": L(STAFF_NO, UID), "enfant": L(f"{DAUGHTER['first']} "
                                                           f"{DAUGHTER['last']}", NAMEC),
                "assistenta": L(MINDER[0], NAMEC), "cost_annal": L(7420, BUY),
                "periode": "2025"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/subvencions/esport", headers=_h(rng, **b), body={
            "matricula": L(STAFF_NO, UID), "activitat": "natacion",
            "carta_piscina": L(POOL_CARD, UID), "cost": L(168, BUY), "subvencion": 50}),
        case(f, f"{a}/api/eleccions/vot", fmt="msgpack", headers=_h(rng, **b), body={
            "escrutin": "cse-2026-t1", "collegi": "ingenhaires_cadres",
            "lista": L("lista sindicala CFDT-Aero", SENS), "matricula": L(STAFF_NO, UID),
            "nonce": rid(rng)}),
        case(f, f"{a}/api/catalog", headers=_h(rng, **b), query={
            "categoria": "vacancas", "pagina": "2"}),
        case(f, f"{a}/api/liurason/adreca", headers=_h(rng, **b), body={
            "adreca": L(HOME["line_fr"], ADDR), "codi_postal": L(HOME["post"], COARSE),
            "vila": L(HOME["town_fr"], COARSE), "portable": L(E164, TEL)}),
        case(f, f"{a}/api/messatges", headers=_h(rng, **b), body={
            "subjecte": "chec vacanças",
            "texte": L("Bonjorn, mos chècs vacanças son pas encara arribats, "
                                         "la comanda es de decembre.", TEXT)}),
        case(f, f"{a}/api/covoiturage/anoncis", headers=_h(rng, **b), body={
            "matricula": L(STAFF_NO, UID),
            "partenca": {"lat": L(f"{HOME_AT[0]:.3f}", PRECISE),
                         "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
                         "quartier": L("Sant Cibrian", COARSE)},
            "arribada": EMPLOYER["id"], "ora": "07:40", "places": 2,
            "nota": L("Parti de Sant Cibrian cada matin, torni a 17 h 30 per la noirissa.",
                      TEXT)}),
        case(f, f"{a}/api/bilhets", headers=_h(rng, **b), query={
            "comanda": L(obj(rng, "bl"), BUY), "matricula": L(STAFF_NO, UID), "format": "qr"}),
        orders,
        case(f, f"{a}/api/preferencias", fmt="form", headers=_h(rng, **b), body={
            "data": W({"matricula": L(STAFF_NO, UID), "site": EMPLOYER["id"],
                       "newsletter": False, "enfants": 1}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/aparelhs", headers=_h(rng, **b), body=push(push_token(rng), "fr_FR")),
        case(f, f"{a}/api/eveniments", headers=_h(rng, how="none"), cookies={
            "cm_sid": L(opaque(rng, "", 40), CRED), "cm_dev": L(INSTALL_ID, DID)}, body={
            "utilizaire": L(USER_ID, UID), "eveniments": [
                ev("catalog_vist", 1), ev("ecran", 2, ecran=L("Bilhetaria", USAGE))]}),
        case(f, f"{a}/api/sortida", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def comitat_sdks() -> list[Case]:
    rng = random.Random(23932)
    return [
        mg_batch(APP, rng, [("Vouchers Ordered", {"amount": L(160, BUY)}),
                            ("Ticket Bought", {"qty": 10})], locale="fr_FR"),
        mg_pixel(APP, rng, "Catalogue Opened", {"cat": "vacances"}),
        tc_launch(APP, rng, user=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="travel,cinema,family"),
        bc_notice(APP, rng, "win"),
        cg_session(APP, rng, secs=388),
        fc_eval(APP, rng, {"site": EMPLOYER["id"], "college": "cadres"}),
        pc_register(APP, rng, lang="fr", tags={"site": EMPLOYER["id"],
                                               "enfants": L("1 (2-3 ans)", BIRTH)}),
        co_check(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "55.00"),
        ht_message(APP, rng, L("Lo present de Nadal de Lina es pas a la sala", TEXT),
                   {"matricula": L(STAFF_NO, UID)}),
    ]
