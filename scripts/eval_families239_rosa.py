"""Toulouse local-currency wallet "Ròsa" (a citizens' complementary currency, one ròsa for one
euro, spent at local shops; its API's keys are Occitan (Languedocien), ASCII-folded as its
volunteer developers write them: ``prenom`` first name, ``nom_familha`` surname, ``corriel``
e-mail, ``telefon`` phone, ``senhal`` password, ``data_naissenca`` birth date, ``adreca``
address, ``vila`` town, ``codi_postal`` post code, ``quartier`` quarter, ``soci`` member,
``cotisacion`` membership fee, ``escambi`` exchange (euros to ròsas), ``soma`` amount,
``pagament`` payment, ``comercant`` shop, ``beneficiari`` payee, ``nota`` note, ``latitud`` /
``longitud``, ``recerca`` search, ``vot`` vote, ``associacion`` association, ``istoric``
history, ``aparelh`` device, ``eveniments`` events, ``sortida`` log-out): joining, a log-in,
``/ieu``, the balance, an exchange of euros from her account, a payment at the bakery by QR, a
protobuf tap at the bookshop, a transfer to her husband, shops near the flat, a search, the
market-day offline payments (JSON Lines), the yearly vote on which association gets the fund, the
history by member number in the path, preferences in a base64 JSON cookie, a message to the
volunteers, a reimbursement, push, events and a log-out. No earlier set has a local or
complementary currency (a docstring grep for "local currency", "complementary currency",
"community currency", "time bank" and "monnaie" found nothing)."""

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
    MAIL,
    NAMEC,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families239_kit import (
    BAKERY,
    BAKERY_FIX,
    BOOKSHOP,
    EXCHANGE_DESK,
    FR_IBAN,
    HOME,
    HOME_AT,
    HUSBAND,
    ROSA_MEMBER,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families239_sdk import (
    bc_bid,
    bc_notice,
    cg_crash,
    cg_crumb,
    mg_batch,
    mg_identify,
    tc_launch,
)
from eval_families239_svc import cp_wallet, fc_eval, ht_message, mp_geocode, mp_reverse, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("rosa", "Ròsa", "com.example.rosamoneda", "3.4.1", "https://api.rosa-moneda.example.org")
IID = "X-Rosa-Aparelh"
PW = "Garona!Rosa2026"
DOB_OC = "17/05/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, oc=True, **kw)


def rosa() -> list[Case]:
    rng = random.Random(23901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, corriel=L(EMAIL, MAIL), soci=L(ROSA_MEMBER, UID)))}
    bla, blo = fix(BAKERY_FIX, 5)
    lab: dict[str, str] = {}
    tap = pb([(1, L(ROSA_MEMBER, UID)), (2, BOOKSHOP["id"]), (3, L(18, BUY)), (4, 1768912200),
              (5, [(1, L(43.600418, PRECISE)), (2, L(1.436192, PRECISE))]), (6, "nfc")], "", lab)
    hist = at_path(case(f, f"{a}/v3/socis/{ROSA_MEMBER}/istoric", headers=_h(rng, **b),
                        query={"mes": "2026-01", "pagina": "1"}), ROSA_MEMBER, UID)
    return [
        case(f, f"{a}/v3/adesion", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom_familha": L(LAST, NAMEC),
            "corriel": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL), "senhal": L(PW, CRED),
            "data_naissenca": L(DOB_OC, BIRTH), "adreca": L(HOME["line_fr"], ADDR),
            "vila": L(HOME["town_fr"], COARSE), "codi_postal": L(HOME["post"], COARSE),
            "quartier": L(HOME["area"], COARSE), "cotisacion": L(10, BUY),
            "charta_acceptada": True}),
        case(f, f"{a}/v3/connexion", fmt="form", headers=_h(rng), body={
            "corriel": L(EMAIL, MAIL), "senhal": L(PW, CRED), "se_remembrar": "1"}),
        case(f, f"{a}/v3/ieu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/solde", headers=_h(rng, **b), query={"soci": L(ROSA_MEMBER, UID)}),
        case(f, f"{a}/v3/escambi", headers=_h(rng, **b), body={
            "soci": L(ROSA_MEMBER, UID), "soma": L(100, BUY), "moneda": "EUR",
            "compte_bancari": L(FR_IBAN, PAY), "mandat_sepa": L("RUM-ROSA-0031-7742", PAY),
            "comptador": EXCHANGE_DESK["id"]}),
        case(f, f"{a}/v3/pagaments", headers=_h(rng, **b), body={
            "comercant": BAKERY["id"], "nom_comercant": BAKERY["name"], "soma": L(7.40, BUY),
            "nota": L("pan de campanha e fogaça", TEXT), "qr": opaque(rng, "qr_", 16),
            "posicion": {"latitud": bla, "longitud": blo},
            "botiga": {"latitud": BAKERY["lat"], "longitud": BAKERY["lon"]}}),
        raw(f, f"{a}/v3/pagaments/tap", tap, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/transferiments", headers=_h(rng, **b), body={
            "beneficiari": {"nom": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "soma": L(40, BUY),
            "messatge": L("Per las cortinas del mercat de dissabte", TEXT),
            "referencia": rid(rng)}),
        case(f, f"{a}/v3/comercants/prop", headers=_h(rng, **b), query={
            "latitud": L(f"{HOME_AT[0]:.3f}", PRECISE), "longitud": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "rai": "800", "categoria": "alimentacion"}),
        case(f, f"{a}/v3/comercants/recerca", headers=_h(rng, **b), query={
            "recerca": L("librariá occitana", SEARCH), "vila": "Tolosa"}),
        lines(f, f"{a}/v3/pagaments/fora_linha", [
            {"soci": L(ROSA_MEMBER, UID), "comercant": "cm_0907", "soma": L(12.5, BUY),
             "ora": 1768634100, "id_local": obj(rng, "ol")},
            {"soci": L(ROSA_MEMBER, UID), "comercant": "cm_0911", "soma": L(6, BUY),
             "ora": 1768635020, "id_local": obj(rng, "ol")},
            {"soci": L(ROSA_MEMBER, UID), "comercant": "cm_0918", "soma": L(21.8, BUY),
             "ora": 1768636400, "id_local": obj(rng, "ol")}], headers=_h(rng, **b)),
        case(f, f"{a}/v3/fons/vot", fmt="form", headers=_h(rng, **b), body={
            "soci": L(ROSA_MEMBER, UID), "associacion": "as_jardins_partejats",
            "an": "2026"}),
        case(f, f"{a}/v3/beneficiaris", headers=_h(rng, **b), body={
            "soci": L(ROSA_MEMBER, UID), "favorits": [
                {"nom": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                {"nom": L("Odeta Delpech", NAMEC), "telefon": L("+33639981377", TEL)}]}),
        case(f, f"{a}/v3/cotisacion", fmt="form", headers=_h(rng, **b), body={
            "soci": L(ROSA_MEMBER, UID), "an": "2026", "soma": L("10", BUY),
            "iban": L(FR_IBAN, PAY)}),
        hist,
        case(f, f"{a}/v3/preferencias", headers=_h(rng, how="none"), cookies={
            "rs_sesilha": L(opaque(rng, "", 40), CRED),
            "rs_prefs": W({"soci": L(ROSA_MEMBER, UID), "lenga": L("oc", DEV),
                           "notificacions": True}, "b64json")}),
        case(f, f"{a}/v3/messatges", headers=_h(rng, **b), body={
            "subjecte": "pagament doble",
            "texte": L("Lo fornièr m'a comptat dos còps 7,40 ròsas dissabte", TEXT),
            "soci": L(ROSA_MEMBER, UID)}),
        case(f, f"{a}/v3/rembors", fmt="form", headers=_h(rng, **b), body={
            "pagament": obj(rng, "pg"), "soma": L("7.40", BUY), "motiu": "doble"}),
        case(f, f"{a}/v3/aparelhs", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "id_aparelh": L(INSTALL_ID, DID),
            "lenga": L("oc", DEV), "zona_oraria": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v3/eveniments", gz=True, headers=_h(rng, **b), body={
            "utilizaire": L(USER_ID, UID), "eveniments": [
                ev("escambi", 1, soma=L(100, BUY)), ev("pagament_qr", 2),
                ev("ecran", 3, ecran=L("Istoric", USAGE))]}),
        case(f, f"{a}/v3/sortida", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparelh": L(INSTALL_ID, DID)}),
    ]


def rosa_sdks() -> list[Case]:
    rng = random.Random(23902)
    return [
        mg_batch(APP, rng, [("Exchange Done", {"amount": L(100, BUY)}),
                            ("QR Payment", {"shop": BAKERY["id"], "amount": L(7.4, BUY)})],
                 at=BAKERY_FIX, nd=2, locale="fr_FR"),
        mg_identify(APP, rng, {"vila": L("Tolosa", COARSE), "quartier": L("Sant Cibrian", COARSE),
                               "soci": L(ROSA_MEMBER, UID), "annada": 2026}),
        tc_launch(APP, rng, first=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="local,shops,toulouse"),
        bc_notice(APP, rng, "imp"),
        cg_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed during QR"),
                 [cg_crumb("nav", "Pagar -> Escaner"),
                  cg_crumb("net", "POST", {"url": f"{APP.api}/v3/pagaments", "status": 201})],
                 screen="EscanerActivity"),
        fc_eval(APP, rng, {"quartier": L("Sant Cibrian", COARSE), "membre_despuei": 2024}),
        pc_register(APP, rng, lang="oc", at=HOME_AT, nd=2, tags={"quartier": L("Sant Cibrian",
                                                                              COARSE)}),
        cp_wallet(APP, rng, "40", L(HUSBAND[1], TEL)),
        mp_geocode(APP, rng, "Librariá del Pont", SEARCH, near=HOME_AT, nd=3),
        mp_reverse(APP, rng, BAKERY_FIX, PRECISE, nd=4),
        ht_message(APP, rng, L("L'escambi de 100 ròsas apareis pas sus mon compte",
                               f"{TEXT}|{BUY}"),
                   {"soci": L(ROSA_MEMBER, UID)}),
    ]
