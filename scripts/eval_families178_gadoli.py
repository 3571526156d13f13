"""A licensed CFA-franc / cedi exchange bureau's app "Gadoli" (``ga`` money, ``ɖɔli`` change: counters
at Lomé's Grand Marché and at Aflao; she changes francs into cedis for the Ho household and sends
them to her husband's mobile-money wallet in Ghana). Ewe keys in ASCII: ``asisi`` client (lit.
"customer"), ``asisi_id`` client number, ``nko`` / ``fome_nko``, ``dzigbe``, ``fon``,
``adzamenya``, ``mozogbale`` passport, ``mrz`` its machine-readable line, ``nkumetata`` selfie,
``nkume_dzesiwo`` face template, ``nofe`` / ``du`` / ``nutome``, ``ga_tso`` / ``ga_yi`` currency
from / to, ``agbososo`` amount, ``asi`` rate, ``xola`` / ``xolawo`` recipient(s), ``tadodzinu``
purpose, ``gaxexe`` payment, ``nkudodzi`` alert, ``mo_dzesi`` device signature, ``gbedasi``
message. Calls: sign-up, an SMS log-in, ``/nye``, KYC (passport page, MRZ, selfie, face
template), proof of address, the rates, a quote, the exchange order paid out to her husband's
wallet, the payment (her CFA account), the counter pick-up with her fix and a one-time code, the
device check (base64 JSON in a form field), transactions by client number in the path, a rate
alert, saved recipients, receipts by cookie, a search, a message quoting her passport, a
complaint, push, events and a log-out. Set 35's bank and set 42's remittance app are the nearest
kinds; no earlier set has a bureau de change (greps for "forex", "bureau de change", "exchange
bureau" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families178_kit import (
    CLIENT,
    COUNTER_FIX,
    COUNTERS,
    HUSBAND,
    LOME_HOME,
    MOTHER_IL,
    MRZ2,
    PASSPORT,
    TG_ACCOUNT,
    TG_NET,
    fix,
    hd,
    obj,
    push,
)
from eval_families178_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families178_svc import cl_wallet, fn_eval, hs_attach, hs_message, mm_geocode, pt_register
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, W, case

APP = App("gadoli", "Gadoli", "com.example.gadoli", "2.6.0", "https://api.gadoli.example.org")
IID = "X-Gadoli-Mo"
PW = "Cedi&Franc2026"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def gadoli() -> list[Case]:
    rng = random.Random(17851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, asisi_id=L(CLIENT, UID), email=L(EMAIL, MAIL),
                                    kyc="full"))}
    cla, clo = fix(COUNTER_FIX, 5)
    face = [round(rng.gauss(0, 0.085), 5) for _ in range(128)]
    quote = obj(rng, "qt")
    txs = at_path(case(f, f"{a}/v2/asisiwo/{CLIENT}/gadoliwo", headers=_h(rng, **b),
                       query={"tso": "2025-12-01"}), CLIENT, UID)
    return [
        case(f, f"{a}/v2/asisiwo", headers=_h(rng), body={
            "nko": L(FIRST, NAMEC), "fome_nko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fon": L(E164, TEL), "adzamenya": L(PW, CRED), "dzigbe": L(DOB, BIRTH),
            "duko": "US", "asisi_id": L(CLIENT, UID)}),
        case(f, f"{a}/v2/ge_de_eme", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "code": L("918240", CRED), "mo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/nye", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/kyc", [
            ("mozogbale", "passport.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NID}")),
            ("nkumetata", "selfie.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "asisi_id": L(CLIENT, UID), "mozogbale": L(PASSPORT, NID), "mrz": L(MRZ2, NID),
                "dzigbe": L(DOB, BIRTH), "nkume_dzesiwo": L(face, FACE), "model": "fv-128",
                "soso": 0.93})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/kyc/nofe", [
            ("agbale", "ceet_bill.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "nofe": L(LOME_HOME["line"], ADDR), "du": L(LOME_HOME["town"], COARSE),
                "nutome": L(LOME_HOME["area"], COARSE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/asiwo", headers=_h(rng, **b), query={
            "ga_tso": "XOF", "ga_yi": "GHS", "counter": COUNTERS[0]["id"]}),
        case(f, f"{a}/v2/quote", headers=_h(rng, **b), body={
            "ga_tso": "XOF", "ga_yi": "GHS", "agbososo": L(500000, BUY), "asi": 0.0252,
            "quote": quote}),
        case(f, f"{a}/v2/gadoli", headers=_h(rng, **b), body={
            "quote": quote, "agbososo": L(500000, BUY), "ga_yi_agbososo": L(12600, BUY),
            "xola": {"nko": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[2], TEL),
                     "gakotoku": "gh_mtn_momo"},
            "tadodzinu": L("Dzifa ƒe suku ga kple aƒeme zazã le Ho", TEXT),
            "asisi_id": L(CLIENT, UID)}),
        case(f, f"{a}/v2/gaxexe", fmt="form", headers=_h(rng, **b), body={
            "quote": quote, "agbososo": L("500000", BUY), "ga_fomevi": "XOF",
            "iban": L(TG_ACCOUNT, PAY), "xexemo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/counter/xoxo", headers=_h(rng, **b), body={
            "counter": COUNTERS[0]["id"], "tefe": {"lat": cla, "lng": clo},
            "counter_tefe": {"lat": COUNTERS[0]["lat"], "lng": COUNTERS[0]["lon"]},
            "otp": L("662071", CRED), "quote": quote}),
        case(f, f"{a}/v2/mo/kpo", fmt="form", headers=_h(rng, **b), body={
            "mo_dzesi": W({"aid": L(ANDROID_ID, DID), "model": L("Pixel 8", DEV),
                           "rooted": L(False, DEV), "sim_duko": L("US", CARRIER),
                           "net": L(TG_NET, CARRIER), "lan_ip": L(LOCAL_IP, DEV)}, "b64json"),
            "v": "3"}),
        txs,
        case(f, f"{a}/v2/nkudodzi", headers=_h(rng, **b), body={
            "ga_tso": "XOF", "ga_yi": "GHS", "ne_asi_de": 0.026, "email": L(EMAIL, MAIL),
            "sms": L(E164, TEL)}),
        case(f, f"{a}/v2/xolawo", headers=_h(rng, **b), body={
            "xolawo": [{"nko": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[2], TEL),
                        "kadodo": "sro"},
                       {"nko": L(MOTHER_IL[0], NAMEC), "fon": L(MOTHER_IL[1], TEL),
                        "kadodo": "sro_dada"}]}),
        case(f, f"{a}/v2/gaxogbalewo", headers=_h(rng, how="none"), cookies={
            "gd_sesi": L(opaque(rng, "", 40), CRED), "gd_mo": L(INSTALL_ID, DID),
            "gd_req": rid(rng)}),
        case(f, f"{a}/v2/didi", headers=_h(rng, **b), query={
            "didi": L("cedi asi Aflao egbe", SEARCH)}),
        case(f, f"{a}/v2/gbedasi", headers=_h(rng, **b), body={
            "gbedasi": L(f"Wogbe nye mozogbale {PASSPORT} le KYC me, nukata?",
                         f"{TEXT}|{NID}"), "asisi_id": L(CLIENT, UID)}),
        case(f, f"{a}/v2/nyatofofo", headers=_h(rng, **b), body={
            "quote": quote, "nu": "late_payout",
            "nunlonlo": L("Ga la meɖo srɔ̃nye gbɔ o le gaƒoƒo etɔ̃ megbe", TEXT)}),
        case(f, f"{a}/v2/mowo", headers=_h(rng, **b), body=push(push_token(rng), "fr_TG")),
        case(f, f"{a}/v2/nyadzodzo", gz=True, headers=_h(rng, **b), body={
            "zala": L(USER_ID, UID), "nyadzodzo": [
                ev("gadoli", 1, agbososo=L(500000, BUY)),
                ev("ekran", 2, ekran=L("Rates", USAGE))]}),
        case(f, f"{a}/v2/do_le_eme", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "mo": L(INSTALL_ID, DID)}),
    ]


def gadoli_sdks() -> list[Case]:
    rng = random.Random(17852)
    return [
        mc_batch(APP, rng, [("Quote Viewed", {"pair": "XOF/GHS"}),
                            ("Exchange Paid", {"amount": L(500000, BUY)})],
                 at=COUNTER_FIX, nd=2, locale="fr_TG"),
        mc_identify(APP, rng, {"asisi_id": L(CLIENT, UID), "kyc": "full",
                               "du": L("Lomé", COARSE)}),
        mc_pixel(APP, rng, "Rates Opened", {"pair": "XOF/GHS"}),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "exchange", {"pair": "XOF/GHS"}, revenue=500000.0, hashed=True),
        fn_eval(APP, rng, {"kyc": "full", "country": L("TG", COARSE)}, hdr=True),
        pt_register(APP, rng, lang="fr", tags={"pair": "XOF_GHS"}),
        cl_wallet(APP, rng, "12600", L(HUSBAND[2], TEL), currency="GHS", provider="gh_mtn",
                  bank=False),
        hs_message(APP, rng, L("The payout to my husband's MoMo is still pending", TEXT),
                   {"asisi_id": L(CLIENT, UID)}),
        hs_attach(APP, rng, L(JPEG + b"\x63", MEDIA), "receipt.jpg", "image/jpeg"),
        mm_geocode(APP, rng, "Gadoli Aflao", "behavior.search", near=COUNTER_FIX, nd=2),
    ]
