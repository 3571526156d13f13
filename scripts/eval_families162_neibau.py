"""Buyer's portal "Neibau" of a developer selling flats off plan in Belval (she and Pit are buying
flat C-3.04; its API mixes English with Luxembourgish keys, umlauts dropped: ``keefer`` buyer,
``co_keefer`` co-buyer, ``numm`` name, ``handy`` mobile, ``wunneng`` flat, ``etage`` floor,
``praeis`` price, ``reserveierung`` reservation, ``reservatiounsgeld`` deposit, ``pass`` passport,
``openthaltskaart`` residence card, ``urspronk_vun_de_suen`` source of funds, ``beruff``
occupation, ``akommes`` income, ``gesiichtsvektor`` face vector, ``bellegen_akt`` the
registration-duty credit, ``eegen_wunneng`` own home, ``optiounen`` options, ``plaettercher``
tiles, ``kichen`` kitchen, ``tranche`` instalment, ``bauofschnett`` construction stage,
``betrag`` amount, ``konto`` account, ``maengel`` defects, ``raum`` room, ``notaire`` notary,
``plenneren`` moving, ``nei_adress`` new address, ``noriicht`` message, ``sich`` search): account,
log-in, an SMS code, ``/keefer/mech``, the reservation with Pit as co-buyer, the AML check (both
documents), a selfie and a face vector, the bank's loan offer (PDF), the Bëllegen Akt claim
(both matricules), the finishes, a construction-stage call paid from her IBAN, the site visit with
her fix, a snag photo, the notary slot, documents, the contract by flat number in the path, a
protobuf site-camera view, the move (msgpack; their future address), a message, a search, push,
events and a refresh. Sets 23 and 32 have mortgage apps and set 159 a notary; this is a
developer's off-plan buyer portal."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families10_kit import flat
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families162_kit import (
    BUYER,
    EMPLOYER,
    HOME_AT,
    HUSBAND,
    LU_ACCOUNT,
    MATRICULE,
    PASSPORT,
    RES_CARD,
    SITE,
    SITE_FIX,
    UNIT,
    fix,
    hd,
    push,
)
from eval_families162_sdk import (
    bk_bid,
    bk_notice,
    cp_session,
    mt_event,
    mt_launch,
    mt_link,
    qs_batch,
)
from eval_families162_svc import cm_card, cm_confirm, hk_attach, ma_reverse, ma_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("neibau", "Neibau Belval", "com.example.neibau", "1.9.0",
          "https://api.neibau.example.com")
IID = "X-Neibau-Device"
PW = "HautsFourneaux#C304"
NID = "personal.national_id"
FACE = "biometric.face"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
NEW_HOME = {"line": "12 avenue du Blues, Résidence Hauts-Fourneaux C, app. 3.04",
            "post": "L-4368", "town": "Esch-sur-Alzette"}  # their address once they move in


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def neibau() -> list[Case]:
    rng = random.Random(16241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), keefer=L(BUYER, UID),
                                    wunneng=L(UNIT, BUY)))}
    sla, slo = fix(SITE_FIX)
    lab: dict[str, str] = {}
    view = pb([(1, L(BUYER, UID)), (2, "cam_c_north"), (3, L(184, USAGE)),
               (4, L(UNIT, BUY)), (5, L("wifi", DEV))], "", lab)
    contract = at_path(case(f, f"{a}/v1/wunnengen/{UNIT}/kontrakt", headers=_h(rng, **b)),
                       UNIT, BUY)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "numm": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "handy": L(E164, TEL), "password": L(PW, CRED), "sprooch": "en",
            "quell": "salon_immo_2025"}),
        case(f, f"{a}/v1/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/login/sms", fmt="form", headers=_h(rng), body={
            "handy": L(E164, TEL), "code": L("774120", CRED)}),
        case(f, f"{a}/v1/keefer/mech", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/reserveierung", headers=_h(rng, **b), body={
            "keefer": L(BUYER, UID), "wunneng": L(UNIT, BUY), "etage": 3, "zemmeren": 2,
            "praeis": L(489000, BUY), "reservatiounsgeld": L(10000, BUY),
            "co_keefer": {"numm": L(HUSBAND[0], NAMEC), "handy": L(HUSBAND[1], TEL),
                          "matricule": L(HUSBAND[2], NID)},
            "keller": L("K-17", BUY), "parking": L("P2-044", BUY)}),
        case(f, f"{a}/v1/kyc", headers=_h(rng, **b), body={
            "keefer": L(BUYER, UID), "matricule": L(MATRICULE, NID),
            "pass": L(PASSPORT, NID), "openthaltskaart": L(RES_CARD, NID),
            "urspronk_vun_de_suen": "spueren_a_kredit", "beruff": "comptabel",
            "patron": EMPLOYER, "akommes": "80-100k", "pep": False}),
        multipart(f, f"{a}/v1/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "keefer": L(BUYER, UID), "gesiichtsvektor": L(flat(rng, 128), FACE),
                "liveness": 0.97, "modell": "fv-128-v3"})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/finanzement/offer", [
            ("offer", "offre_de_pret.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"keefer": L(BUYER, UID), "bank": "bk_mosel",
                                                "betrag": 390000, "zenssaz": 3.35})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bellegen_akt", headers=_h(rng, **b), body={
            "wunneng": L(UNIT, BUY), "eegen_wunneng": True,
            "keefer": [{"numm": L(f"{FIRST} {LAST}", NAMEC), "matricule": L(MATRICULE, NID)},
                       {"numm": L(HUSBAND[0], NAMEC), "matricule": L(HUSBAND[2], NID)}],
            "deel": "50/50"}),
        case(f, f"{a}/v1/optiounen", headers=_h(rng, **b), body={
            "wunneng": L(UNIT, BUY),
            "optiounen": [{"id": "plaettercher_grau_60", "praeis": 2400},
                          {"id": "kichen_insel", "praeis": 6800}],
            "total": L(9200, BUY)}),
        case(f, f"{a}/v1/tranchen/bezuelen", fmt="form", headers=_h(rng, **b), body={
            "wunneng": L(UNIT, BUY), "bauofschnett": "rohbau_35", "betrag": L("171150.00", BUY),
            "konto": L(LU_ACCOUNT, PAY), "referenz": rid(rng)}),
        case(f, f"{a}/v1/visite/check_in", headers=_h(rng, **b), body={
            "chantier": {"id": SITE["id"], "lat": SITE["lat"], "lng": SITE["lon"]},
            "position": {"lat": sla, "lng": slo, "acc": 6}, "keefer": L(BUYER, UID)}),
        multipart(f, f"{a}/v1/maengel", [
            ("foto", "buedzemmer.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("meta", None, "application/json", {
                "wunneng": L(UNIT, BUY), "raum": "buedzemmer",
                "text": L("D'Plättercher bei der Dusch sinn net gläich a ee Stéck ass gebrach",
                          TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/notaire/termin", fmt="form", headers=_h(rng, **b), body={
            "notaire": "not_esch_02", "datum": "2026-04-22T10:30", "keefer": L(BUYER, UID),
            "co_keefer": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/dokumenter", headers=_h(rng, **b), query={
            "keefer": L(BUYER, UID), "typ": "all"}),
        contract,
        raw(f, f"{a}/v1/kamera/view", view, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/plenneren", fmt="msgpack", headers=_h(rng, **b), body={
            "keefer": L(BUYER, UID), "datum": "2027-05-01",
            "nei_adress": {"adress": L(NEW_HOME["line"], ADDR),
                           "postcode": L(NEW_HOME["post"], COARSE),
                           "stad": L(NEW_HOME["town"], COARSE)}, "lift_reserveieren": True}),
        case(f, f"{a}/v1/noriicht", headers=_h(rng, **b), body={
            "un": "vente_belval",
            "text": L(f"Fir d'Kichen w.e.g. mäi Mann uruffen: {HUSBAND[1]}", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/sich", headers=_h(rng, **b), query={
            "q": L("keller block c parking", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tranche_paid", 1, betrag=L(171150, BUY)),
                ev("screen", 2, screen=L("Baukamera", USAGE))]}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def neibau_sdks() -> list[Case]:
    rng = random.Random(16242)
    link = U("https://neibau.example.com/w", {"wunneng": L(UNIT, BUY), "src": "mail",
                                             "em": L(EMAIL, MAIL)})
    return [
        qs_batch(APP, rng, [("Reservation Made", {"total": L(10000, BUY)}),
                            ("Site Visit", {"site": SITE["id"]})], at=SITE_FIX, nd=3),
        mt_launch(APP, rng, first=True),
        mt_link(APP, rng, link),
        mt_event(APP, rng, "reservation", {"wunneng": L(UNIT, BUY)}, revenue=10000.0,
                 hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="mortgage,furniture,kitchen"),
        bk_notice(APP, rng, "imp"),
        cp_session(APP, rng, secs=940),
        cm_card(APP, rng, email=True),
        cm_confirm(APP, rng, "10000.00"),
        ma_reverse(APP, rng, SITE_FIX, PRECISE, nd=5),
        ma_route(APP, rng, [(HOME_AT, PRECISE), ((SITE["lat"], SITE["lon"]), None)]),
        hk_attach(APP, rng, L(JPEG + b"\x54", MEDIA), "fenster.jpg", "image/jpeg"),
    ]
