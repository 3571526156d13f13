"""Peer-to-peer loan marketplace app "Tilts" (she invests small sums in consumer and business loans
from Rezekne; its API's keys are Latgalian, ASCII-folded: ``vuords`` first name, ``pavuords``
surname, ``e_posts`` e-mail, ``tuolrunis`` phone, ``parole`` password, ``dzimsonys_dina`` birth
date, ``personys_kods`` personal code, ``pilsoneiba`` citizenship, ``adress``, ``mists`` town,
``pasta_indekss`` post code, ``valsts`` country, ``investors`` investor, ``suma`` amount,
``aizdavums`` loan, ``iguldejums`` investment, ``nudukli`` taxes, ``asv_nudukla_nr`` US tax
number, ``paraksts`` signature, ``draugs`` friend, ``vasts`` message, ``izmoksa`` withdrawal,
``ireice`` device, ``nutykumi`` events): sign-up, log-in with an SMS code, ``/muns``, the passport
and selfie for KYC, the suitability questions (gzip), a W-9 with her SSN, a deposit from her
account, loan listings, an investment, auto-invest (msgpack), the portfolio by investor number in
the path, a secondary-market offer (protobuf), a withdrawal, the tax statement, a referral, a
support message, preferences in a base64 JSON cookie, push, events and a log-out."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families291_kit import (
    FRIEND,
    INVESTOR,
    LV_ACCOUNT,
    PERSONAL_CODE,
    RZ_HOME,
    SSN,
    hd,
    obj,
    push,
)
from eval_families291_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families291_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("tilts", "Tilts", "com.example.tilts", "3.8.1", "https://api.tilts.example.com")
IID = "X-Tilts-Ireice"
PW = "Rezekne#Lubans26"
DOB_LV = "17.05.1991"
NID = "personal.national_id"
PASSPORT = "588013442"  # her US passport (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ltg=True, **kw)


def tilts() -> list[Case]:
    rng = random.Random(29101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_posts=L(EMAIL, MAIL), investors=L(INVESTOR, UID)))}
    loan = obj(rng, "ln", 8)
    lab: dict[str, str] = {}
    offer = pb([(1, L(INVESTOR, UID)), (2, obj(rng, "lp", 8)), (3, L("48.50", BUY)),
                (4, -3), (5, 1771200000)], "", lab)
    portfolio = at_path(case(f, f"{a}/api/v1/investori/{INVESTOR}/portfelis",
                             headers=_h(rng, **b), query={"statuss": "aktivs"}), INVESTOR, UID)
    return [
        case(f, f"{a}/api/v1/registraceja", headers=_h(rng), body={
            "vuords": L(FIRST, NAMEC), "pavuords": L(LAST, NAMEC), "e_posts": L(EMAIL, MAIL),
            "tuolrunis": L(E164, TEL), "parole": L(PW, CRED), "dzimsonys_dina": L(DOB_LV, BIRTH),
            "personys_kods": L(PERSONAL_CODE, NID), "pilsoneiba": "US",
            "adress": L(RZ_HOME["line"], ADDR), "mists": L(RZ_HOME["town"], COARSE),
            "pasta_indekss": L(RZ_HOME["post"], COARSE), "valsts": L("LV", COARSE),
            "nuoteikumi": True, "marketings": False}),
        case(f, f"{a}/api/v1/ieeja", fmt="form", headers=_h(rng), body={
            "e_posts": L(EMAIL_UPPER, MAIL), "parole": L(PW, CRED)}),
        case(f, f"{a}/api/v1/ieeja/kods", fmt="form", headers=_h(rng), body={
            "tuolrunis": L(NATIONAL, TEL), "kods": L("804116", CRED), "meginuojums": "1"}),
        case(f, f"{a}/api/v1/muns", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/v1/kyc/dokuments", [
            ("dokuments", "pase.jpg", "image/jpeg", L(JPEG + b"\x29", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {
                "dokumenta_tips": "pase", "dokumenta_nr": L(PASSPORT, NID),
                "izdevusi_valsts": "USA", "derigs_leidz": "2031-03-02"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/kyc/selfs", [
            ("bilde", "selfs.jpg", "image/jpeg", L(JPEG + b"\x2a", MEDIA)),
            ("meta", None, "application/json", {"investors": L(INVESTOR, UID),
                                                "dzeivums": "passive_v2"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/piemerotiba", gz=True, headers=_h(rng, **b), body={
            "investors": L(INVESTOR, UID), "inuokumi_gada": "20000-40000", "piredze": "maza",
            "mierkis": "uzkruojumi", "risku_izpratne": True, "var_zaudeit_procentus": 20}),
        case(f, f"{a}/api/v1/nudukli/w9", fmt="form", headers=_h(rng, **b), body={
            "vuords_pavuords": L(NAME, NAMEC), "asv_nudukla_nr": L(SSN, NID),
            "adress": L(RZ_HOME["line"], ADDR), "mists": L(RZ_HOME["town"], COARSE),
            "paraksts": L(f"{FIRST} {LAST}", NAMEC), "datums": "2026-01-22"}),
        case(f, f"{a}/api/v1/nauda/ieskaitejums", headers=_h(rng, **b), body={
            "suma": L("500.00", BUY), "valuta": "EUR", "nu_konta": L(LV_ACCOUNT, PAY),
            "atsauce": L(INVESTOR, UID), "piprasejuma_id": rid(rng)}),
        case(f, f"{a}/api/v1/aizdavumi", headers=_h(rng, **b), query={
            "valsts": "LV", "procenti_nu": "11", "termins_leidz": "24", "lapa": "1",
            "kuortuot": "procenti"}),
        case(f, f"{a}/api/v1/aizdavumi/{loan}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/iguldejumi", headers=_h(rng, **b), body={
            "aizdavums": loan, "suma": L(50, BUY), "iguldejums": L("IG-26-0098812", BUY),
            "investors": L(INVESTOR, UID), "idempotences_atslaga": rid(rng)}),
        case(f, f"{a}/api/v1/autoinvests", fmt="msgpack", headers=_h(rng, **b), body={
            "investors": L(INVESTOR, UID), "strategija": "lidzsvarota", "maks_vinam": 25,
            "kopejuo_suma": L(1200, BUY), "valstis": ["LV", "LT", "EE"], "procenti_nu": 10.5}),
        portfolio,
        raw(f, f"{a}/api/v1/otrais_tirgus/piedavuojums", offer, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/nauda/izmoksa", fmt="form", headers=_h(rng, **b), body={
            "suma": L("120.00", BUY), "uz_kontu": L(LV_ACCOUNT, PAY), "sms_kods": L("551902", CRED)}),
        case(f, f"{a}/api/v1/nudukli/izzina", headers=_h(rng, **b), query={
            "gods": "2025", "investors": L(INVESTOR, UID), "formats": "pdf"}),
        case(f, f"{a}/api/v1/ieteikt", headers=_h(rng, **b), body={
            "draugs": {"vuords_pavuords": L(FRIEND[0], NAMEC), "e_posts": L(FRIEND[1], MAIL)},
            "vasts": L("Sandra, te var īguļdeit nu 10 eiro, pamieginoj!", TEXT),
            "kods": "JANE10"}),
        case(f, f"{a}/api/v1/atbolsts", headers=_h(rng, **b), body={
            "temats": "nudukli",
            "vasts": L("Kur ir muns W-9 apstyprynuojums? Nūsyuteju 22. janvarī.", TEXT)}),
        case(f, f"{a}/api/v1/pazinuojumi", headers=_h(rng, how="none"), cookies={
            "tl_sesija": L(opaque(rng, "", 40), CRED),
            "tl_prefs": W({"investors": L(INVESTOR, UID), "voluda": L("ltg", DEV),
                           "e_posta_zinis": True}, "b64json")}),
        case(f, f"{a}/api/v1/ireices", headers=_h(rng, **b), body=push(push_token(rng), "ltg_LV")),
        case(f, f"{a}/api/v1/nutykumi", gz=True, headers=_h(rng, **b), body={
            "lituotuojs": L(USER_ID, UID), "nutykumi": [
                ev("ieskaitejums", 1, suma=L(500, BUY)), ev("iguldejums", 2, suma=L(50, BUY)),
                ev("ekrans", 3, ekrans=L("Portfelis", USAGE))]}),
        case(f, f"{a}/api/v1/izeja", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ireice": L(INSTALL_ID, DID)}),
    ]


def tilts_sdks() -> list[Case]:
    rng = random.Random(29102)
    return [
        mc_batch(APP, rng, [("Deposit Made", {"total": L(500, BUY)}),
                            ("Loan Invested", {"amount": L(50, BUY), "rate": 12.4})],
                 locale="lv_LV"),
        mc_identify(APP, rng, {"mists": L("Rezekne", COARSE), "investors": L(INVESTOR, UID),
                               "risku_profils": "vidējs"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "deposit", {"investors": L(INVESTOR, UID)}, revenue=500.0,
                 currency="EUR", hashed=True),
        cd_crash(APP, rng, ("java.lang.NumberFormatException", "suma: '50,00'"),
                 [cd_crumb("nav", "Aizdavumi -> Iguldeit"), cd_crumb("tap", "iguldeit_poga")],
                 screen="IguldeitActivity"),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"valsts": L("LV", COARSE), "kyc": "verified"}),
        pt_register(APP, rng, lang="lv", tags={"investors": L(INVESTOR, UID), "auto": "on"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "500.00"),
        hs_message(APP, rng, L("Izmoksa 120 eiro vēļ nav atguojuse uz kontu", f"{TEXT}|{BUY}"),
                   {"investors": L(INVESTOR, UID)}),
    ]
