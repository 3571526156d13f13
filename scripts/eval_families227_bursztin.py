"""A Gdańsk amber workshop's raw-amber buying app "Bursztinka" (she picks amber on the beach at
Stogi after winter storms and sells it by weight to the workshop; its API's keys are Kashubian,
ASCII-folded, with English ``email``, ``token``, ``id``: ``sprzedawca`` seller, ``miono`` first
name, ``nozwesko`` surname, ``komorka`` (kòmórka) mobile number, ``parola`` password, ``pesel``,
``dokument`` / ``rodzaj`` / ``numer`` identity document, ``adresa`` street line, ``gard`` town,
``kod`` post code, ``konto`` (kònto) bank account, ``bursztin`` amber, ``znalezisko`` a find,
``grame`` grams, ``partia`` lot, ``kolor`` colour, ``uwoga`` remark, ``wycena`` valuation,
``oferta`` offer, ``sema`` amount, ``wyplata`` payout, ``tytul`` transfer title, ``wizyta`` visit,
``godzena`` (gòdzëna) hour, ``datum`` date, ``polozenie`` position, ``szerzo``/``dlegosc``,
``atest`` certificate, ``podatk`` (pòdatk) tax, ``przechod`` revenue, ``historia``, ``polecenie``
referral, ``szukoj`` (szukôj) search, ``wiadomosc`` message, ``urzadzenie`` device): seller
sign-up (PESEL, residence card, her account), an SMS code, ``/ja``, the price list, a find logged
with her fix on the beach, a lot with a photo, a valuation, the offer accepted, a visit to hand
it over, a check-in at the workshop, a certificate, the payout, payouts, the yearly tax statement
(gzip), an offline sync of finds (JSON Lines), her lots by seller number in the path, a message
to the buyer, a referral of her mother-in-law, a search, a bank link (base64 JSON in a form
field), push and events. New: "amber" matched only SDK vendor names and "chamber"; no file
name or docstring has an amber or beach-combing app (files named ``_gold``, ``_silver`` and
``_igolide`` exist, in sets 105, 170 and 201; their docstrings do not mention amber); here she is
the seller of what she finds."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families227_kit import (
    KT_HOME,
    KT_HOME_AT,
    MOTHER_IL,
    PESEL,
    PL_ACCOUNT,
    RESIDENCE,
    SELLER,
    STOGI_FIX,
    WORKSHOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families227_sdk import bm_bid, mg_batch, mg_queue, to_event, to_launch
from eval_families227_svc import fw_eval, hg_message, mw_geocode, pl_register, ps_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bursztinka", "Bursztinka", "com.example.bursztinka", "1.9.2",
          "https://api.bursztinka.example.net")
IID = "X-Bursztinka-Install"
NID = "personal.national_id"
WORKSHOP_FIX = (54.349712, 18.654201)  # her phone at the workshop's counter


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, csb=True, **kw)


def bursztinka() -> list[Case]:
    rng = random.Random(22711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sprzedawca=L(SELLER, UID), komorka=L(E164, TEL)))}
    sla, slo = fix(STOGI_FIX)
    wla, wlo = fix(WORKSHOP_FIX, 5)
    lot = obj(rng, "pt")
    hist = at_path(case(f, f"{a}/api/sprzedawca/{SELLER}/partie", headers=_h(rng, **b),
                        query={"od": "2025-10-01", "do": "2025-12-31"}), SELLER, UID)
    return [
        case(f, f"{a}/api/sprzedawca", headers=_h(rng), body={
            "miono": L(FIRST, NAMEC), "nozwesko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "komorka": L(E164, TEL), "parola": L("Bursztin#Stogi91", CRED),
            "pesel": L(PESEL, NID),
            "dokument": {"rodzaj": "karta_pobytu", "numer": L(RESIDENCE, NID)},
            "adresa": L(KT_HOME["line"], ADDR), "gard": L(KT_HOME["town"], COARSE),
            "kod": L(KT_HOME["post"], COARSE), "sprzedawca": L(SELLER, UID),
            "konto": L(PL_ACCOUNT, PAY)}),
        case(f, f"{a}/api/auth/kod", fmt="form", headers=_h(rng), body={
            "komorka": L(E164, TEL), "kod": L("538201", CRED)}),
        case(f, f"{a}/api/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/cennik", headers=_h(rng, **b), query={
            "rodzaj": "surowi", "grame_od": "5", "waluta": "PLN"}),
        case(f, f"{a}/api/znalezisko", headers=_h(rng, **b), body={
            "datum": "2025-12-08", "godzena": "07:40",
            "polozenie": {"szerzo": sla, "dlegosc": slo, "dokladnosc": 6},
            "grame": 38.4, "kawalczi": 7, "sztorm": "2025-12-07",
            "sprzedawca": L(SELLER, UID)}),
        multipart(f, f"{a}/api/partie", [
            ("odjimk", "bursztin_grudzen.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "partia": lot, "grame": 38.4, "kolor": "miodowi",
                "uwoga": L("Jeden kawałk z mùszką w strzodku, reszta czësti", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/wycena", headers=_h(rng, **b), body={
            "partia": lot, "grame": 38.4, "sprzedawca": L(SELLER, UID),
            "odbior": "osobiscie", "pracownia": WORKSHOP["id"]}),
        case(f, f"{a}/api/oferta/akceptacjo", fmt="form", headers=_h(rng, **b), body={
            "partia": lot, "cena_za_gram": "9.50", "sema": L("364.80", BUY),
            "sprzedawca": L(SELLER, UID), "akceptuja": "1"}),
        case(f, f"{a}/api/wizyta", headers=_h(rng, **b), body={
            "pracownia": WORKSHOP["id"], "datum": "2025-12-11", "godzena": "15:30",
            "partia": lot, "telefon_kontaktowi": L(E164, TEL)}),
        case(f, f"{a}/api/wizyta/meldunek", headers=_h(rng, **b), body={
            "partia": lot, "polozenie": {"szerzo": wla, "dlegosc": wlo},
            "pracownia": {"id": WORKSHOP["id"], "szerzo": WORKSHOP["lat"],
                          "dlegosc": WORKSHOP["lon"], "telefon": WORKSHOP["phone"]}}),
        case(f, f"{a}/api/atest", fmt="form", headers=_h(rng, **b), body={
            "partia": lot, "miono_nozwesko": L(f"{FIRST} {LAST}", NAMEC),
            "sema": L("40", BUY), "jazek": "en"}),
        case(f, f"{a}/api/wyplata", headers=_h(rng, **b), body={
            "sprzedawca": L(SELLER, UID), "sema": L(364.80, BUY), "waluta": "PLN",
            "konto": L(PL_ACCOUNT, PAY), "tytul": f"Skup {lot}"}),
        case(f, f"{a}/api/wyplaty", headers=_h(rng, **b), query={
            "sprzedawca": L(SELLER, UID), "rok": "2025"}),
        case(f, f"{a}/api/podatk/zestawienie", gz=True, headers=_h(rng, **b), body={
            "sprzedawca": L(SELLER, UID), "rok": 2025, "pesel": L(PESEL, NID),
            "przechod": L(2840.60, BUY), "partie": 9, "grame_razem": 311.2,
            "adresa": L(KT_HOME["line"], ADDR), "kod": L(KT_HOME["post"], COARSE)}),
        lines(f, f"{a}/api/sync", [
            {"op": "znalezisko", "grame": 4.2, "szerzo": L(round(STOGI_FIX[0] + 0.0021, 5),
                                                          PRECISE),
             "dlegosc": L(round(STOGI_FIX[1] + 0.0034, 5), PRECISE), "t": 1765178400},
            {"op": "znalezisko", "grame": 11.9, "szerzo": L(round(STOGI_FIX[0] + 0.0008, 5),
                                                           PRECISE),
             "dlegosc": L(round(STOGI_FIX[1] + 0.0011, 5), PRECISE), "t": 1765179300},
            {"op": "partia", "partia": lot, "sprzedawca": L(SELLER, UID)}],
            headers=_h(rng, **b)),
        hist,
        case(f, f"{a}/api/wiadomosc", headers=_h(rng, **b), body={
            "do": "skup_mariacka", "partia": lot,
            "wiadomosc": L("Do you also buy white (bony) amber? I have about 12 g from the same "
                           "storm.", TEXT)}),
        case(f, f"{a}/api/polecenie", headers=_h(rng, **b), body={
            "miono_nozwesko": L(MOTHER_IL[0], NAMEC), "komorka": L(MOTHER_IL[1], TEL),
            "od": L(SELLER, UID)}),
        case(f, f"{a}/api/szukanie", headers=_h(rng, **b), query={
            "szukoj": L("bursztin z owadem cena za gram", SEARCH)}),
        case(f, f"{a}/api/konto/powiazanie", fmt="form", headers=_h(rng, **b), body={
            "data": W({"konto": L(PL_ACCOUNT, PAY), "wlasciciel": L(f"{FIRST} {LAST}", NAMEC),
                       "sprzedawca": L(SELLER, UID)}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/urzadzenie", headers=_h(rng, **b), body=push(push_token(rng),
                                                                        "csb_PL")),
        case(f, f"{a}/api/wedarzenia", headers=_h(rng, how="none"), cookies={
            "bk_sesja": L(opaque(rng, "", 40), CRED), "bk_urz": L(INSTALL_ID, DID)}, body={
            "brekownik": L(USER_ID, UID), "wedarzenia": [
                ev("partia_dodano", 1), ev("ekran", 2, ekran=L("Wyplaty", USAGE))]}),
    ]


def bursztinka_sdks() -> list[Case]:
    rng = random.Random(22712)
    return [
        mg_batch(APP, rng, [("Find Logged", {"grams": 38.4}), ("Offer Accepted", {})],
                 at=STOGI_FIX, nd=3),
        mg_queue(APP, rng, [("Find Logged", {"grams": 4.2}), ("Find Logged", {"grams": 11.9})]),
        to_launch(APP, rng, user=True),
        to_event(APP, rng, "sale", {"lot": "pt_4c1e0a9b2d"}),
        fw_eval(APP, rng, {"gard": L("Kartuzy", COARSE), "role": "seller"}),
        pl_register(APP, rng, at=STOGI_FIX, nd=2, tags={"region": L("pomorskie", COARSE)}),
        ps_wallet(APP, rng, "364.80", L(E164, TEL)),
        mw_geocode(APP, rng, "Stogi plaża wejście 27", SEARCH, near=KT_HOME_AT, nd=2),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="amber,jewellery,gdansk"),
        hg_message(APP, rng, L("The payout for my December lot has not arrived", TEXT),
                   {"sprzedawca": L(SELLER, UID)}),
    ]

