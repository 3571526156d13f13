"""A grain cooperative's warrantage app "Warakredi" (inventory credit: the family's sorghum sacks
lie in the cooperative's warehouse at Landa as the collateral of a small loan she takes before the
lean season, repaid after selling at a better price; its API's keys are Kabiyè in ASCII as a Kara
developer types them, with French loans: ``hide`` first name (hɩɖɛ), ``diga_hide`` surname
(ɖɩɣa hɩɖɛ, "house name"), ``telefoni`` phone, ``sekre_tom`` password ("secret word"),
``lulu_wiye`` birth date (lʊlʊʊ wiye), ``halu_abalu`` sex (``halu`` woman), ``adiresi`` street
line, ``tetu`` town or village (tɛtʊ), ``carte_sejour`` residence card, ``abalu`` husband,
``eyu_nomero`` member number (ɛyʊ person), ``magazini`` warehouse, ``toonag`` crop (tɔɔnaɣ food),
``saki`` sacks, ``hade`` field (haɖɛ), ``kredi`` loan, ``liidiye`` amount (money),
``liidiye_celuu`` payment (cɛlʊʊ giving), ``takayag`` receipt / paper (takayaɣ), ``tom``
message (tɔm), ``aliwaatu`` term, ``wiye`` day): sign-up, log-in, ``/eyu/ma``, warehouses near
her house, the field, the sacks deposited with her fix, their photo, the receipt by number in the
path, the loan request, an SMS code, the signed contract, the disbursement to her wallet, her
loans, a price watch (msgpack), an offline sync (JSON Lines), a repayment, a message, the general
assembly, a cookie GET, a protobuf warehouse visit, push, events and a log-out."""

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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families233_kit import (
    FIELD_AT,
    HOME,
    HOME_AT,
    HUSBAND,
    LOAN,
    LOCAL_SIM,
    MEMBER,
    RECEIPT,
    RES_CARD,
    TG_ACCOUNT,
    TZ,
    WAREHOUSE,
    WAREHOUSE_FIX,
    fix,
    hd,
    obj,
)
from eval_families233_sdk import (
    bs_bid,
    ck_crash,
    ck_crumb,
    mk_batch,
    mk_identify,
    tp_event,
    tp_launch,
)
from eval_families233_svc import (
    cn_wallet,
    co_save,
    ft_eval,
    hb_message,
    md_reverse,
    pl_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("warakredi", "Warakredi", "com.example.warakredi", "1.8.4",
          "https://api.warakredi.example.com")
IID = "X-Warakredi-Eyu-Masini"
PW = "Sorgho!Landa2026"
DOB_TG = "17/05/1991"
NID = "personal.national_id"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(28))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def warakredi() -> list[Case]:
    rng = random.Random(23311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), eyu_nomero=L(MEMBER, UID),
                                    tetu=L("Landa", COARSE)))}
    wla, wlo = fix(WAREHOUSE_FIX)
    fla, flo = fix(FIELD_AT, 5)
    lab: dict[str, str] = {}
    visit = pb([(1, L(MEMBER, UID)), (2, WAREHOUSE["id"]), (3, 1768640400),
                (4, [(1, L(WAREHOUSE_FIX[0], PRECISE)), (2, L(WAREHOUSE_FIX[1], PRECISE)),
                     (3, 9.0)]), (5, L(63, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/takayag/{RECEIPT}", headers=_h(rng, **b)),
                      RECEIPT, BUY)
    sign = multipart(f, f"{a}/api/v1/kredi/{LOAN}/signature", [
        ("signature", "signature.png", "image/png", L(PNG, MEDIA)),
        ("meta", None, "application/json", {"kredi": L(LOAN, BUY),
                                            "hide": L(f"{FIRST} {LAST}", NAMEC),
                                            "wiye": "2026-02-02"})], headers=_h(rng, **b))
    at_path(sign, LOAN, BUY)
    return [
        case(f, f"{a}/api/v1/eyu", headers=_h(rng), body={
            "hide": L(FIRST, NAMEC), "diga_hide": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefoni": L(LOCAL_SIM, TEL), "sekre_tom": L(PW, CRED),
            "lulu_wiye": L(DOB_TG, BIRTH), "halu_abalu": L("halu", GENDER),
            "adiresi": L(HOME["line"], ADDR), "tetu": L(HOME["town"], COARSE),
            "prefecture": L(HOME["prefecture"], COARSE), "carte_sejour": L(RES_CARD, NID),
            "abalu": {"hide": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)},
            "eyu_nomero": L(MEMBER, UID), "cgu": True}),
        case(f, f"{a}/api/v1/sesi", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "sekre_tom": L(PW, CRED), "masini": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/eyu/ma", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/magazini/kpeekpe", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "25", "toonag": "sorgho"}),
        case(f, f"{a}/api/v1/hade", headers=_h(rng, **b), body={
            "eyu_nomero": L(MEMBER, UID), "tetu": L("Landa", COARSE), "hectare": 1.2,
            "toonag": "sorgho", "at": {"lat": fla, "lng": flo}, "tumiye_pinzi": 2025}),
        case(f, f"{a}/api/v1/saki", headers=_h(rng, **b), body={
            "magazini": WAREHOUSE["id"], "eyu_nomero": L(MEMBER, UID), "toonag": "sorgho",
            "saki": 24, "kilo": 2400, "humidite": 11.5, "lot": obj(rng, "lot"),
            "takayag": L(RECEIPT, BUY), "at": {"lat": wla, "lng": wlo, "acc": 7},
            "magazini_at": {"lat": WAREHOUSE["lat"], "lng": WAREHOUSE["lon"]}}),
        multipart(f, f"{a}/api/v1/saki/foto", [
            ("foto", "saki_24.jpg", "image/jpeg", L(JPEG + b"\x17", MEDIA)),
            ("meta", None, "application/json", {"takayag": L(RECEIPT, BUY), "saki": 24})],
            headers=_h(rng, **b)),
        receipt,
        case(f, f"{a}/api/v1/kredi", headers=_h(rng, **b), body={
            "eyu_nomero": L(MEMBER, UID), "kredi": L(LOAN, BUY), "liidiye": L(180000, BUY),
            "aliwaatu": "6 mois", "garanti": L(RECEIPT, BUY), "carte_sejour": L(RES_CARD, NID),
            "tom": L("Pour payer l'écolage et les semences avant la soudure", TEXT)}),
        case(f, f"{a}/api/v1/kredi/otp", fmt="form", headers=_h(rng, **b), body={
            "telefoni": L(LOCAL_SIM, TEL), "kod": L("480215", CRED)}),
        sign,
        case(f, f"{a}/api/v1/liidiye_celuu/decaissement", headers=_h(rng, **b), body={
            "kredi": L(LOAN, BUY), "liidiye": L("180000", BUY), "devise": "XOF",
            "momo": {"telefoni": L(LOCAL_SIM, TEL), "reseau": "tg_wallet"},
            "reference": rid(rng)}),
        case(f, f"{a}/api/v1/kredi/ma", headers=_h(rng, **b), query={
            "eyu_nomero": L(MEMBER, UID), "statut": "actif"}),
        case(f, f"{a}/api/v1/prix/suivi", fmt="msgpack", headers=_h(rng, **b), body={
            "eyu_nomero": L(MEMBER, UID), "toonag": "sorgho", "marche": "mk_kara_gm",
            "prix_kg": [{"wiye": "2026-01-10", "fcfa": 235}, {"wiye": "2026-01-17", "fcfa": 242}],
            "seuil_vente": 310}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "visite_hade", "eyu": L(MEMBER, UID),
             "at": {"lat": L(round(FIELD_AT[0], 6), PRECISE),
                    "lng": L(round(FIELD_AT[1], 6), PRECISE)}, "t": 1768550000},
            {"op": "note", "tom": L("Les termites ont touché deux sacs au fond", TEXT),
             "t": 1768550600},
            {"op": "remboursement_prevu", "kredi": L(LOAN, BUY), "liidiye": L(60000, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/liidiye_celuu", fmt="form", headers=_h(rng, **b), body={
            "kredi": L(LOAN, BUY), "liidiye": L("60000", BUY), "devise": "XOF",
            "methode": L(opaque(rng, "pm_", 24), PAY), "kad_4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/tom", headers=_h(rng, **b), body={
            "a": "secretariat_coop",
            "tom": L("Mon mari Essozimna Tchalla viendra chercher les sacs jeudi avec le tricycle",
                     f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/assemblee/ag_2026_02", fmt="form", headers=_h(rng, **b), body={
            "eyu_nomero": L(MEMBER, UID), "presence": "oui", "diga_eyaa": "2"}),
        case(f, f"{a}/api/v1/kredi/echeancier", headers=_h(rng, how="none"), cookies={
            "wk_sesi": L(opaque(rng, "", 40), CRED), "wk_masini": L(INSTALL_ID, DID),
            "wk_pref": W({"eyu_nomero": L(MEMBER, UID), "langue": L("fr", DEV)}, "b64json")}),
        raw(f, f"{a}/api/v1/magazini/visite", visit, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/konti/banque", headers=_h(rng, **b), body={
            "eyu_nomero": L(MEMBER, UID), "iban": L(TG_ACCOUNT, PAY),
            "titulaire": L(f"{FIRST} {LAST}", NAMEC), "telefoni": L(NATIONAL, TEL)}),
        case(f, f"{a}/api/v1/masini", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masini_id": L(INSTALL_ID, DID),
            "langue": L("fr", DEV), "fuseau": L(TZ, DEV), "modele": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/evenements", gz=True, headers=_h(rng, **b), body={
            "eyu": L(USER_ID, UID), "evenements": [
                ev("saki_depose", 1, saki=24), ev("kredi_demande", 2, liidiye=L(180000, BUY)),
                ev("ecran", 3, ecran=L("MesKredi", USAGE))]}),
        case(f, f"{a}/api/v1/sesi/fin", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def warakredi_sdks() -> list[Case]:
    rng = random.Random(23312)
    return [
        mk_batch(APP, rng, [("Sacks Deposited", {"sacks": 24}),
                            ("Loan Requested", {"amount": L(180000, BUY)})],
                 at=FIELD_AT, nd=2, locale="fr_TG"),
        mk_identify(APP, rng, {"tetu": L("Landa", COARSE), "eyu_nomero": L(MEMBER, UID),
                               "toonag": "sorgho"}),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "loan_disbursed", {"kredi": L(LOAN, BUY)}, revenue=180000.0),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="agriculture,credit,kara"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "otp expired"),
                 [ck_crumb("nav", "Kredi -> Signature"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/api/v1/kredi/otp",
                                           "status": 410})], screen="SignatureActivity"),
        ft_eval(APP, rng, {"cooperative": WAREHOUSE["id"], "region": L("Kara", COARSE)}),
        pl_register(APP, rng, lang="fr", at=HOME_AT, nd=2,
                    tags={"magazini": WAREHOUSE["id"], "tetu": L("Landa", COARSE)}),
        co_save(APP, rng, {"analytics": True, "marketing": False}),
        cn_wallet(APP, rng, "60000", L(LOCAL_SIM, TEL)),
        md_reverse(APP, rng, FIELD_AT, PRECISE, nd=5),
        hb_message(APP, rng, L(f"Le remboursement du kredi {LOAN} n'apparait pas",
                               f"{TEXT}|{BUY}"), {"eyu_nomero": L(MEMBER, UID)}),
    ]
