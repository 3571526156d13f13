"""A consumer co-op's member app "Soci Lanterna" (her member card, the shop's receipts and the
co-op's member loan, a savings account the co-op pays interest on; keys Ligurian, ASCII-folded,
with loans: ``socio`` member, ``quota_sociale`` member's share, ``prestio_sociale`` member loan,
``versamento`` deposit, ``prelevo`` withdrawal, ``saldo`` balance, ``interesse`` interest,
``conto`` account, ``titolare`` holder, ``scontrin`` receipt, ``spesa`` shopping, ``lista``
list, ``consegna`` delivery, ``citofono`` intercom name, ``cian`` floor, ``ponti`` points,
``buoni`` coupons, ``assemblea`` members' meeting, ``famiggia`` household, ``mario`` husband,
``codexo_fiscale`` tax code, ``daeta_de_nascita``, ``indirisso``, ``comun``, ``cap``,
``telefono``, ``inporto`` amount): sign-up as a member (tax code, share), an SMS code, ``/mi``,
the card, the member loan opened (her IBAN), a deposit, the balance by loan account in the path,
the interest statement, a withdrawal, a receipt with points, a shopping list, a home delivery,
a check-in at the shop with her fix, a search, coupons, the assembly vote, a receipt photo for
missing points, the household, a protobuf self-scan basket, a card link (base64 JSON in a form
field), push and events."""

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
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families24_kit import claims, rid
from eval_families273_kit import (
    GE_HOME,
    GE_HOME_AT,
    HUSBAND,
    IT_ACCOUNT,
    LOAN,
    MEMBER,
    SHOP,
    SHOP_FIX,
    SON,
    TAXCODE,
    fix,
    hd,
    push,
)
from eval_families273_sdk import cz_batch, cz_identify, cz_pixel, pk_event, pk_launch
from eval_families273_svc import (
    fc_eval,
    hm_message,
    mp_geocode,
    pf_register,
    sp_card,
    sp_confirm,
    sp_wallet,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("socilanterna", "Soci Lanterna", "com.example.socilanterna", "5.8.1",
          "https://api.socilanterna.example.net")
IID = "X-SL-Install"
NID = "personal.national_id"
DOB_IT = "17/05/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, lij=True, **kw)


def socilanterna() -> list[Case]:
    rng = random.Random(27321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, socio=L(MEMBER, UID), telefono=L(E164, TEL)))}
    sla, slo = fix(SHOP_FIX, 4)
    lab: dict[str, str] = {}
    basket = pb([(1, L(MEMBER, UID)), (2, SHOP["id"]),
                 (3, [(1, "8001234567894"), (2, 2), (3, 1.89)]),
                 (4, [(1, "8009876543210"), (2, 1), (3, 4.35)]),
                 (5, L(8.13, BUY)), (6, 1768460400)], "", lab)
    bal = at_path(case(f, f"{a}/v4/prestio/{LOAN}/saldo", headers=_h(rng, **b)), LOAN, PAY)
    return [
        case(f, f"{a}/v4/soci", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cognomme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "daeta_de_nascita": L(DOB_IT, BIRTH),
            "codexo_fiscale": L(TAXCODE, NID), "indirisso": L(GE_HOME["line"], ADDR),
            "comun": L(GE_HOME["town"], COARSE), "cap": L(GE_HOME["post"], COARSE),
            "quota_sociale": L(25, BUY), "negozio_preferio": SHOP["id"]}),
        case(f, f"{a}/v4/auth/sms", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "codice": L("508117", CRED)}),
        case(f, f"{a}/v4/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v4/tescera", headers=_h(rng, **b), query={
            "socio": L(MEMBER, UID), "formato": "barcode"}),
        case(f, f"{a}/v4/prestio", headers=_h(rng, **b), body={
            "socio": L(MEMBER, UID), "conto": L(LOAN, PAY),
            "iban_appoggio": L(IT_ACCOUNT, PAY), "titolare": L(f"{FIRST} {LAST}", NAMEC),
            "codexo_fiscale": L(TAXCODE, NID), "consenso_contratto": True}),
        case(f, f"{a}/v4/prestio/versamento", fmt="form", headers=_h(rng, **b), body={
            "conto": L(LOAN, PAY), "inporto": L("1500.00", PAY), "da_iban": L(IT_ACCOUNT, PAY),
            "riferimento": rid(rng)}),
        bal,
        case(f, f"{a}/v4/prestio/estratto", headers=_h(rng, **b), query={
            "conto": L(LOAN, PAY), "anno": "2025", "formato": "pdf"}),
        case(f, f"{a}/v4/prestio/prelevo", headers=_h(rng, **b), body={
            "conto": L(LOAN, PAY), "inporto": L(400.0, PAY), "a_iban": L(IT_ACCOUNT, PAY),
            "causale": L("Cauzione pe-a toua de Pietro", TEXT)}),
        case(f, f"{a}/v4/scontrin", headers=_h(rng, **b), body={
            "socio": L(MEMBER, UID), "negozio": SHOP["id"], "cassa": "c03",
            "righe": [{"ean": "8001234567894", "prexo": 1.89, "qty": 2},
                      {"ean": "8004567000123", "prexo": 3.20, "qty": 1}],
            "totale": L(6.98, BUY), "ponti": 6, "scontrin_id": L("SC-0231-260115-0442", BUY)}),
        case(f, f"{a}/v4/lista", headers=_h(rng, **b), body={
            "nomme_lista": "setemann-a", "elementi": [L("fugassa", TEXT), L("pesto", TEXT),
                                                     L("trofie", TEXT), L("stracchin", TEXT)]}),
        case(f, f"{a}/v4/consegne", headers=_h(rng, **b), body={
            "indirisso": L(GE_HOME["line"], ADDR), "cap": L(GE_HOME["post"], COARSE),
            "citofono": L("Parodi - Doe", NAMEC), "cian": "3", "fascia": "18-20",
            "totale": L(64.10, BUY), "ordine": L("OD-77120-SL", BUY),
            "notta": L("Sonae doe votte, o citofono o l'e rotto", TEXT)}),
        case(f, f"{a}/v4/negozi/checkin", headers=_h(rng, **b), body={
            "negozio": SHOP["id"], "poxision": {"lat": sla, "lon": slo},
            "negozio_poxision": {"lat": SHOP["lat"], "lon": SHOP["lon"]},
            "socio": L(MEMBER, UID)}),
        case(f, f"{a}/v4/cerca", headers=_h(rng, **b), query={
            "q": L("pesto sensa aggio", SEARCH), "negozio": SHOP["id"]}),
        case(f, f"{a}/v4/buoni/attiva", fmt="form", headers=_h(rng, **b), body={
            "buono": "bn_" + opaque(rng, "", 8), "socio": L(MEMBER, UID)}),
        case(f, f"{a}/v4/assemblea/voto", headers=_h(rng, **b), body={
            "assemblea": "as_2026_primavera", "punto": 3, "voto": "si",
            "socio": L(MEMBER, UID)}),
        multipart(f, f"{a}/v4/ponti/reclamo", [
            ("foto", "scontrin.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"socio": L(MEMBER, UID),
                                                "testo": L("Mancan i ponti de sabo", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v4/famiggia", headers=_h(rng, **b), body={
            "socio": L(MEMBER, UID), "conponenti": [
                {"nomme": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL),
                 "relasion": "mario"},
                {"nomme": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "anno_nascita": L(2017, BIRTH)}]}),
        raw(f, f"{a}/v4/autoscan/carrello", basket, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v4/tescera/collega", fmt="form", headers=_h(rng, **b), body={
            "dati": W({"socio": L(MEMBER, UID), "telefono": L(NATIONAL, TEL),
                       "daeta_de_nascita": L(DOB_IT, BIRTH)}, "b64json"), "v": "2"}),
        case(f, f"{a}/v4/dispoxitivi", headers=_h(rng, **b), body=push(push_token(rng), "it_IT")),
        case(f, f"{a}/v4/eventi", gz=True, headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "sessione": rid(rng), "eventi": [
                ev("versamento", 1), ev("schermo", 2, schermo=L("PrestioSociale", USAGE)),
                ev("spesa", 3, totale=L(6.98, BUY))]}),
        case(f, f"{a}/v4/sessione/rinnova", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "negozio": SHOP["id"]}),
    ]


def socilanterna_sdks() -> list[Case]:
    rng = random.Random(27322)
    return [
        cz_batch(APP, rng, [("Receipt Scanned", {"total": L(6.98, BUY)}),
                            ("Loan Deposit", {"channel": "app"})], at=SHOP_FIX, nd=3,
                 locale="it_IT"),
        cz_identify(APP, rng, {"socio": L(MEMBER, UID), "comun": L("Genova", COARSE),
                               "prestio": True}),
        cz_pixel(APP, rng, "Flyer Opened", {"week": "2026-W03"}),
        pk_launch(APP, rng, first=True, user=True),
        pk_event(APP, rng, "purchase", {"ordine": L("OD-77120-SL", BUY)}, revenue=64.10,
                 hashed=True),
        fc_eval(APP, rng, {"shop": SHOP["id"], "member": True}, hdr=True),
        pf_register(APP, rng, lang="it", at=GE_HOME_AT, nd=2, tags={"negozio": SHOP["id"]}),
        sp_card(APP, rng, email=True),
        sp_confirm(APP, rng, "64.10"),
        sp_wallet(APP, rng, "400.00", L(E164, TEL)),
        mp_geocode(APP, rng, "Soci Lanterna Castelletto", SEARCH, near=GE_HOME_AT, nd=2),
        hm_message(APP, rng, L(f"Il prelievo dal prestito sociale {LOAN} non è arrivato",
                               f"{TEXT}|{PAY}"), {"socio": L(MEMBER, UID)}),
    ]
