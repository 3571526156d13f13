"""Electronic meal-voucher card app "Bonmagnar" (the card her employer in Mestre tops up with
eight-euro ``buoni pasto`` each working day; its API's keys are Venetian, ASCII-folded, with the
card words real APIs keep: ``numaro_carta`` card number, ``codese_fiscal`` tax code,
``matricola`` employee number, ``data_de_nassita``, ``celulare``, ``ciave`` password, ``pin``,
``codice`` code, ``saldo`` balance, ``boni`` vouchers, ``movimenti`` transactions, ``mexe``
month, ``esercente`` merchant, ``inporto`` amount, ``posission``, ``serca`` search, ``visin``
near, ``bloco`` block, ``motivo`` reason, ``spedision`` delivery, ``indirisso``, ``comun``,
``cap``, ``spesa`` groceries, ``carelo`` cart, ``colega`` colleague, ``dividi`` split,
``mesajo`` message, ``coa`` queue, ``lengua``): the card activated with her tax code, the PIN,
a log-in and SMS code, ``/mi``, the balance, transactions by the card's token in the path, a
lunch paid by QR at a bar with her fix, shops near her office, a search, favourites, a NFC tap
(protobuf), an offline queue (msgpack), a lost-card block, a replacement card's delivery, a
grocery order paid with vouchers, a bill split with a colleague, a wallet token, a message, a
preferences cookie, push and events."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families263_kit import (
    BAR,
    BAR_FIX,
    CF,
    COLLEAGUE,
    EMPLOYEE,
    EMPLOYER,
    HOME,
    OFFICE_AT,
    VCARD,
    fix,
    hd,
    vpush,
)
from eval_families263_sdk import (
    cc_crash,
    cc_crumb,
    cc_session,
    mc_batch,
    mc_queue,
    tf_event,
    tf_launch,
)
from eval_families263_svc import cb_save, fs_eval, hf_message, mb_geocode, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bonmagnar", "Bonmagnar", "com.example.bonmagnar", "5.1.0",
          "https://api.bonmagnar.example.net")
IID = "X-BM-Device"
PW = "Spritz&Bacalà1991"
NID = "personal.national_id"
CARD_TOKEN = "ctk_7f31c0a9d25e4b18"  # the card's token at the issuer (financial.payment)
MASKED = "5301 25** **** 7731"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def bonmagnar() -> list[Case]:
    rng = random.Random(26311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), matricola=L(EMPLOYEE, UID),
                                    carta=L(CARD_TOKEN, PAY)))}
    bla, blo = fix(BAR_FIX, 4)
    lab: dict[str, str] = {}
    tap = pb([(1, L(CARD_TOKEN, PAY)), (2, BAR["id"]), (3, L(800, BUY)), (4, 1),
              (5, 1782640211), (6, opaque(rng, "", 12))], "", lab)
    movs = at_path(case(f, f"{a}/v2/carte/{CARD_TOKEN}/movimenti", headers=_h(rng, **b),
                        query={"mexe": "2026-06", "pagina": "1"}), CARD_TOKEN, PAY)
    return [
        case(f, f"{a}/v2/ativasion", headers=_h(rng), body={
            "numaro_carta": L(VCARD, PAY), "codese_fiscal": L(CF, NID),
            "data_de_nassita": L(DOB, BIRTH), "matricola": L(EMPLOYEE, UID),
            "azienda": EMPLOYER["id"], "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "celulare": L(E164, TEL), "ciave": L(PW, CRED)}),
        case(f, f"{a}/v2/pin", fmt="form", headers=_h(rng), body={
            "carta": L(CARD_TOKEN, PAY), "pin": L("4719", CRED), "conferma_pin": L("4719", CRED)}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "ciave": L(PW, CRED), "aparecio": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/login/sms", fmt="form", headers=_h(rng), body={
            "celulare": L(E164, TEL), "codice": L("305817", CRED)}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/saldo", headers=_h(rng, **b), query={
            "carta": L(MASKED, PAY), "mexe": "2026-06"}),
        movs,
        case(f, f"{a}/v2/pagamenti/qr", headers=_h(rng, **b), body={
            "esercente": {"id": BAR["id"], "nome": BAR["name"], "telefono": BAR["phone"]},
            "qr": "BMQR1:" + BAR["id"] + ":" + opaque(rng, "", 16), "boni": 1,
            "inporto": L("8.00", BUY), "carta": L(CARD_TOKEN, PAY),
            "posission": {"lat": bla, "lng": blo},
            "esercente_posission": {"lat": BAR["lat"], "lng": BAR["lon"]},
            "id_operasion": rid(rng)}),
        case(f, f"{a}/v2/esercenti/visin", headers=_h(rng, **b), query={
            "lat": L(f"{OFFICE_AT[0]:.3f}", PRECISE), "lng": L(f"{OFFICE_AT[1]:.3f}", PRECISE),
            "raggio": "800", "categoria": "bar"}),
        case(f, f"{a}/v2/esercenti/serca", headers=_h(rng, **b), query={
            "serca": L("pizza al taglio via Piave", SEARCH), "comun": L("Mestre", COARSE)}),
        case(f, f"{a}/v2/preferiti", fmt="form", headers=_h(rng, **b), body={
            "esercente": BAR["id"], "azion": "zonta"}),
        raw(f, f"{a}/v2/nfc/tap", tap, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/pagamenti/coa", fmt="msgpack", headers=_h(rng, **b), body={
            "matricola": L(EMPLOYEE, UID), "operasioni": [
                {"esercente": "es_40311", "inporto": L(8.0, BUY), "boni": 1, "ts": 1782553200},
                {"esercente": "es_40192", "inporto": L(16.0, BUY), "boni": 2,
                 "ts": 1782639600}]}),
        case(f, f"{a}/v2/carte/bloco", headers=_h(rng, **b), body={
            "numaro_carta": L(VCARD, PAY),
            "motivo": L("Persa in autobus, linea 80 da Cioza a Mestre", TEXT)}),
        case(f, f"{a}/v2/carte/nova", headers=_h(rng, **b), body={
            "spedision": {"nome": L(f"{FIRST} {LAST}", NAMEC),
                          "indirisso": L(HOME["line"], ADDR), "comun": L(HOME["town"], COARSE),
                          "cap": L(HOME["post"], COARSE), "provincia": L(HOME["prov"], COARSE)},
            "costo": L(5, BUY)}),
        case(f, f"{a}/v2/spesa/ordine", headers=_h(rng, **b), body={
            "carelo": [{"sku": "8001120004417", "qt": 2, "presio": 1.89},
                       {"sku": "8004690052118", "qt": 1, "presio": 3.49}],
            "totale": L(7.27, BUY), "boni_usai": L(8, BUY),
            "consegna": {"indirisso": L(HOME["line"], ADDR), "comun": L(HOME["town"], COARSE)},
            "fassa_oraria": "18-20"}),
        case(f, f"{a}/v2/dividi", headers=_h(rng, **b), body={
            "colega": {"nome": L(COLLEAGUE[0], NAMEC), "celulare": L(COLLEAGUE[1], TEL)},
            "inporto": L(12.5, BUY), "esercente": BAR["id"],
            "mesajo": L("Elisa, te go pagà el spriss e el tramezin", TEXT)}),
        case(f, f"{a}/v2/portafogio/token", headers=_h(rng, **b), body={
            "carta": L(CARD_TOKEN, PAY), "dpan": L("5301259900182264", PAY),
            "scadensa": L("08/29", PAY), "aparecio": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/mesaji", headers=_h(rng, **b), body={
            "oggetto": "boni mancanti", "matricola": L(EMPLOYEE, UID),
            "mesajo": L("A giugno go lavorà 21 zorni ma go ricevù solo 19 boni", TEXT)}),
        case(f, f"{a}/v2/preferense", headers=_h(rng, how="none"), cookies={
            "bm_sess": L(opaque(rng, "", 40), CRED),
            "bm_pref": W({"lengua": L("it", DEV), "matricola": L(EMPLOYEE, UID)}, "b64json")}),
        case(f, f"{a}/v2/aparecio", headers=_h(rng, **b), body=vpush(push_token(rng))),
        case(f, f"{a}/v2/eventi", headers=_h(rng, **b), body={
            "doparador": L(USER_ID, UID), "sesion": rid(rng), "eventi": [
                ev("qr_pagato", 1, boni=1), ev("schermo", 2, schermo=L("Saldo", USAGE))]}),
    ]


def bonmagnar_sdks() -> list[Case]:
    rng = random.Random(26312)
    return [
        mc_batch(APP, rng, [("Voucher Spent", {"amount": L(8, BUY), "merchant": BAR["id"]}),
                            ("Balance Viewed", {})], at=BAR_FIX, nd=2),
        mc_queue(APP, rng, [("QR Scanned", {"merchant": BAR["id"]}),
                            ("Payment Queued", {"amount": L(16, BUY)})]),
        tf_launch(APP, rng, user=True),
        tf_event(APP, rng, "voucher_spent", {"merchant": BAR["id"]}, revenue=8.0,
                 currency="EUR"),
        cc_crash(APP, rng, ("java.lang.SecurityException", "nfc tag lost"),
                 [cc_crumb("nav", "Saldo -> Paga"), cc_crumb("tap", "nfc_pay")],
                 screen="PagaActivity"),
        cc_session(APP, rng, secs=95),
        fs_eval(APP, rng, {"azienda": EMPLOYER["id"], "comun": L("Mestre", COARSE)}, hdr=True),
        pc_register(APP, rng, lang="it", tags={"azienda": EMPLOYER["id"]}),
        cb_save(APP, rng, {"analytics": True, "marketing": False}),
        mb_geocode(APP, rng, "Bar Ai Do Campanili", SEARCH, near=OFFICE_AT, nd=3),
        hf_message(APP, rng, L("Ho perso la carta, il saldo di 152 euro resta?", TEXT),
                   {"matricola": L(EMPLOYEE, UID)}),
    ]
