"""Education savings plan app "Karen Ligdi" (``karen`` study, ``ligdi`` money: an Ouagadougou
insurer's ten-year plan that pays Wendyam's secondary-school fees from 2031; she saves monthly,
with death cover on her life). Its API's keys are Moore with French loans: ``yuure`` first name,
``sondre`` family name, ``portabl`` mobile, ``pin``, ``rogem_raare`` birth date, ``raoa_poaka``
sex, ``zak_soore`` street line, ``kartye`` quarter, ``sektor`` sector, ``tengkasenga`` town,
``region``, ``kontra`` contract, ``yaobda`` payer (lit. the one who pays), ``deegda``
beneficiary (lit. the one who receives), ``biig_yuure`` / ``biig_sondre`` the child's names,
``rogem_sebre`` birth-certificate entry, ``kiuug_ligdi`` monthly amount, ``yuum_waoogo`` term
(lit. the years' length), ``kapital`` capital, ``sida`` husband, ``laafi`` health, ``kilo``
weight, ``wogdo`` height, ``tansion`` blood pressure, ``sukr_baaga`` diabetes, ``opereson``
operations, ``fum`` smoking, ``pasipoor`` passport, ``ban_kont`` bank account, ``kont_soaba``
account holder, ``yaobre`` payment, ``kode`` wallet code, ``ligd_paase`` extra payment (lit.
money added), ``situasion`` statement, ``lekol`` school, ``koeega`` message, ``randevu``
appointment, ``fiskal`` tax residence, ``dokiman`` documents: sign-up, a PIN log-in, ``/mam``, a
simulation, the contract (the child as beneficiary), the health declaration (gzip), the passport
scan, the birth-certificate scan, the debit mandate, the first premium by mobile money, the
statement by contract number in the path, payment history, an extra payment (msgpack), the
school certificate (PDF), a message to her adviser, an appointment, an address change, the US tax
self-certification, documents by cookie, push, events and a log-out. New: "education savings",
"college fund" and "study savings" matched no file name or docstring (insurance appears in many
sets as a feature; none is a child's education plan)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families218_kit import (
    BF_ACCOUNT,
    CONTRACT,
    HUSBAND,
    INSURER,
    LOCAL_PHONE,
    OUA_HOME,
    OUA_HOME_AT,
    PASSPORT,
    SON,
    hd,
    push,
)
from eval_families218_sdk import (
    ab_event,
    ab_launch,
    cg_crash,
    cg_crumb,
    st_batch,
    st_identify,
    st_pixel,
)
from eval_families218_svc import cn_save, fs_eval, hw_message, pm_wallet, py_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("karenligdi", "Karen Ligdi", "com.example.karenligdi", "2.2.0",
          "https://api.karenligdi.example.com")
IID = "X-KL-Device"
PIN = "4719"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
SSN = "509-41-2286"  # her US taxpayer number for the tax self-certification


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def karenligdi() -> list[Case]:
    rng = random.Random(21851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kontra=L(CONTRACT, BUY)))}
    statement = at_path(case(f, f"{a}/v1/kontra/{CONTRACT}/situasion", headers=_h(rng, **b),
                             query={"yuumde": "2026"}), CONTRACT, BUY)
    return [
        case(f, f"{a}/v1/kliyan", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "portabl": L(E164, TEL), "pin": L(PIN, CRED), "rogem_raare": L(DOB, BIRTH),
            "raoa_poaka": L("poaka", GENDER), "zak_soore": L(OUA_HOME["line"], ADDR),
            "kartye": L(OUA_HOME["quarter"], COARSE), "sektor": L(OUA_HOME["sector"], COARSE),
            "tengkasenga": L(OUA_HOME["town"], COARSE), "region": L(OUA_HOME["region"], COARSE),
            "tuumde": "journalist"}),
        case(f, f"{a}/v1/auth/pin", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "pin": L(PIN, CRED), "apare": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/simulasion", headers=_h(rng, **b), query={
            "kiuug_ligdi": "25000", "yuum_waoogo": "10", "taux": "3.5"}),
        case(f, f"{a}/v1/kontra", headers=_h(rng, **b), body={
            "kontra": L(CONTRACT, BUY), "produit": "epargne_etudes_10",
            "yaobda": {"yuure": L(f"{FIRST} {LAST}", NAMEC), "pasipoor": L(PASSPORT, NID)},
            "deegda": {"biig_yuure": L(SON["first"], NAMEC), "biig_sondre": L(SON["last"], NAMEC),
                       "rogem_raare": L(SON["dob"], BIRTH), "raoa_poaka": L(SON["sex"], GENDER),
                       "rogem_sebre": L(SON["birth_cert"], NID)},
            "sida": {"yuure": L(HUSBAND[0], NAMEC), "portabl": L(HUSBAND[1], TEL)},
            "kiuug_ligdi": L(25000, BUY), "yuum_waoogo": 10, "kapital": L(3520000, BUY)}),
        case(f, f"{a}/v1/laafi/deklarasion", gz=True, headers=_h(rng, **b), body={
            "kontra": L(CONTRACT, BUY), "kilo": L(61.5, "health.fitness"),
            "wogdo": L(168, "health.fitness"), "tansion": L(False, MED),
            "sukr_baaga": L(False, MED), "opereson": [L("appendectomy 2009", MED)],
            "fum": L(False, MED), "baase_moona": L("amoebiasis, treated January 2026", MED)}),
        multipart(f, f"{a}/v1/kyc/pasipoor", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"pasipoor": L(PASSPORT, NID),
                                                "expiry": "2031-05-16"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/kyc/rogem_sebre", [
            ("scan", "acte_naissance.jpg", "image/jpeg", L(JPEG + b"\xc2", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"rogem_sebre": L(SON["birth_cert"], NID),
                                                "kontra": L(CONTRACT, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ban_kont", headers=_h(rng, **b), body={
            "ban_kont": L(BF_ACCOUNT, PAY), "kont_soaba": L(f"{FIRST} {LAST}", NAMEC),
            "ban": "Example Bank Burkina", "daare": 5, "kontra": L(CONTRACT, BUY)}),
        case(f, f"{a}/v1/yaobre", fmt="form", headers=_h(rng, **b), body={
            "kontra": L(CONTRACT, BUY), "ligdi": L("25000", BUY), "devise": "XOF",
            "wallet": L(LOCAL_PHONE, TEL), "kode": L("880412", CRED)}),
        statement,
        case(f, f"{a}/v1/yaobre/tuusa", headers=_h(rng, **b), query={
            "kontra": L(CONTRACT, BUY), "yuumde": "2026"}),
        case(f, f"{a}/v1/ligd_paase", fmt="msgpack", headers=_h(rng, **b), body={
            "kontra": L(CONTRACT, BUY), "ligdi": L(100000, BUY), "wallet": L(LOCAL_PHONE, TEL),
            "ref": rid(rng)}),
        multipart(f, f"{a}/v1/sertifika/lekol", [
            ("sertifika", "certificat_scolarite.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"kontra": L(CONTRACT, BUY),
                                                "biig_yuure": L(KID, NAMEC),
                                                "lekol": "Ecole Wend-Panga", "klas": "CE2"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/koeega", headers=_h(rng, **b), body={
            "reegda": "conseiller_07",
            "koeega": L("I want the capital paid when Wendyam starts the lycee in 2031, not in "
                        "one go", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/randevu", fmt="form", headers=_h(rng, **b), body={
            "ajans": INSURER["id"], "daare": "2026-02-12", "wakato": "10:00",
            "kontra": L(CONTRACT, BUY)}),
        case(f, f"{a}/v1/adres", headers=_h(rng, **b), body={
            "zak_soore": L(OUA_HOME["line"], ADDR), "kartye": L(OUA_HOME["quarter"], COARSE),
            "sektor": L(OUA_HOME["sector"], COARSE), "tengkasenga": L(OUA_HOME["town"], COARSE),
            "ziiga": {"lat": L(round(OUA_HOME_AT[0], 4), "location.precise"),
                      "lng": L(round(OUA_HOME_AT[1], 4), "location.precise")}}),
        case(f, f"{a}/v1/fiskal", headers=_h(rng, **b), body={
            "us_person": True, "tin": L(SSN, NID), "tin_country": "US",
            "residence_fiscale": L("BF", COARSE), "sign": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/dokiman", headers=_h(rng, how="none"), cookies={
            "kl_sesion": L(opaque(rng, "", 40), CRED),
            "kl_prefs": W({"kontra": L(CONTRACT, BUY), "gomde": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/v1/apare", headers=_h(rng, **b), body=push(push_token(rng), "fr_BF")),
        case(f, f"{a}/v1/yela", headers=_h(rng, **b), body={
            "neda": L(USER_ID, UID), "yela": [
                ev("kontra_signed", 1), ev("screen", 2, screen=L("Situasion", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apare": L(INSTALL_ID, DID)}),
    ]


def karenligdi_sdks() -> list[Case]:
    rng = random.Random(21852)
    return [
        st_batch(APP, rng, [("Contract Signed", {"monthly": L(25000, BUY)}),
                            ("Premium Paid", {"amount": L(25000, BUY)})],
                 at=OUA_HOME_AT, nd=2, locale="fr_BF"),
        st_identify(APP, rng, {"kamba": 1, "tengkasenga": L("Ouagadougou", COARSE),
                               "kontra": L(CONTRACT, BUY)}),
        st_pixel(APP, rng, "Simulation Opened", {"years": 10}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "subscribe", {"produit": "epargne_etudes_10"}, revenue=25000.0,
                 hashed=True),
        cg_crash(APP, rng, ("java.lang.IllegalArgumentException", "pin pad"),
                 [cg_crumb("nav", "Kontra -> Yaobre"), cg_crumb("tap", "confirm")],
                 screen="YaobreActivity"),
        fs_eval(APP, rng, {"produit": "epargne_etudes_10", "kamba": 1}),
        py_register(APP, rng, lang="fr", tags={"produit": "epargne_etudes_10"}),
        cn_save(APP, rng, {"analytics": True, "marketing": False}),
        pm_wallet(APP, rng, "25000", L(LOCAL_PHONE, TEL)),
        hw_message(APP, rng, L(f"My January premium for contract {CONTRACT} is not shown",
                               f"{TEXT}|{BUY}"), {"kontra": L(CONTRACT, BUY)}),
    ]
