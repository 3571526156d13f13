"""Income-tax assistance association app "Dawkar" (a members' association that prepares its
members' German income-tax returns from their documents; she joined for the couple's 2025
return). Its API's keys are Upper Sorbian without diacritics: ``clon`` member, ``clonske_cislo``
membership number, ``mjeno``, ``swojbne_mjeno``, ``e_mejl``, ``telefon``, ``heslo``,
``datum_narodzenja``, ``adresa``, ``dawkowe_id`` tax ID, ``dawkowe_leto`` tax year, ``dochod``
income, ``hruby_dochod`` gross pay, ``zaderzany_dawk`` withheld tax, ``dzelodawar`` employer,
``cyrkwinski_dawk`` church tax, ``wery_wuznace`` denomination, ``mandzelski`` husband,
``zhromadne_wotmerjenje`` joint assessment, ``dzeci`` children, ``dzecace_pjenjezy`` child
benefit, ``puc_na_dzelo_km`` commute km, ``dzelowe_dny`` work days, ``zwjazk`` union,
``clonski_pinjez`` dues, ``chorobne_wudawki`` medical costs, ``zbrasenje`` disability,
``stopjen`` degree, ``dary`` donations, ``wrocenje`` refund, ``konto``, ``dokument``,
``podpis`` signature, ``powesc`` message, ``wuziwar`` user, ``podawki`` events): joining
(membership fee by income band), an SMS code, ``/ja``, the tax IDs of the three of them, the
wage statement (PDF) and its values, the commute, union dues, church tax, the child, medical
costs (her crowns; Hanka's glasses), the daughter's disability degree (none) asked, donations
(gzip), the husband's side income, the refund account, the e-signature, the assessment notice
photo, the advisor appointment at the office, the case by membership number in the path, a
message, push and events. Set 179 is a refund agent for departed seasonal workers and set 190
a commune's residents' office (with church tax); this is a members' association preparing a
resident couple's joint return."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families210_kit import (
    DAUGHTER,
    HOME,
    HUSBAND,
    HUSBAND_TAX,
    JOINT_IBAN,
    MEMBER,
    OFFICE,
    TAX_ID,
    WORK,
    hd,
    obj,
    podawk,
    push,
)
from eval_families210_sdk import lc_batch, lc_identify, pd_crash, pd_crumb, sw_launch
from eval_families210_svc import ch_eval, ph_attach, pj_card, pj_confirm, pz_check, zw_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dawkar", "Dawkar", "com.example.dawkar", "5.0.3", "https://api.dawkar.example.com")
IID = "X-Dawkar-Instalacija"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, hsb=False, **kw)


def dawkar() -> list[Case]:
    rng = random.Random(21031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, clon=L(MEMBER, UID), dawkowe_id=L(TAX_ID, NID)))}
    case_page = at_path(case(f, f"{a}/v2/clonojo/{MEMBER}/pad/2025", headers=_h(rng, **b)),
                        MEMBER, UID)
    return [
        case(f, f"{a}/v2/clonojo", headers=_h(rng), body={
            "mjeno": L(FIRST, NAMEC), "swojbne_mjeno": L(LAST, NAMEC), "e_mejl": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "datum_narodzenja": L(DOB, BIRTH),
            "adresa": {"droha": L(HOME["line"], ADDR), "mesto": L(HOME["town"], COARSE),
                       "postowe_cislo": L(HOME["post"], COARSE)},
            "dochodowy_rjad": L("30000-40000", BUY), "clonski_pinjez": L(159, BUY),
            "clonske_cislo": L(MEMBER, UID), "iban": L(JOINT_IBAN, PAY)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("305918", CRED)}),
        case(f, f"{a}/v2/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/dawkowe_id", headers=_h(rng, **b), body={
            "ja": L(TAX_ID, NID), "mandzelski": {"mjeno": L(HUSBAND[0], NAMEC),
                                                   "dawkowe_id": L(HUSBAND_TAX, NID),
                                                   "datum_narodzenja": L("1987-11-02", BIRTH)},
            "zhromadne_wotmerjenje": True, "dawkowe_leto": 2025}),
        multipart(f, f"{a}/v2/dokumenty", [
            ("dokument", "lohnsteuerbescheinigung_2025.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"druh": "mzdowe_wopismo",
                                                "clon": L(MEMBER, UID), "leto": 2025})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/dochod", headers=_h(rng, **b), body={
            "dzelodawar": WORK["name"], "hruby_dochod": L(36840.0, BUY),
            "zaderzany_dawk": L(4122.0, BUY), "solidarity": 0,
            "cyrkwinski_dawk": L(318.42, f"{BUY}|{SENS}"),
            "wery_wuznace": L("rk", SENS), "dawkowa_klasa": "4"}),
        case(f, f"{a}/v2/puc_na_dzelo", headers=_h(rng, **b), body={
            "wot": L(HOME["town"], COARSE), "do": L(WORK["town"], COARSE),
            "puc_na_dzelo_km": 36, "dzelowe_dny": 196,
            "srodk": "awto"}),
        case(f, f"{a}/v2/wudawki/zwjazk", fmt="form", headers=_h(rng, **b), body={
            "zwjazk": L("Wučerski zwjazk Sakska", SENS), "clonski_pinjez": L("216.00", BUY),
            "leto": "2025"}),
        case(f, f"{a}/v2/cyrkej", headers=_h(rng, **b), body={
            "ja": L("rk", SENS), "mandzelski": L("rk", SENS),
            "wosada": L("Budyšin, Tachantska wosada sw. Pětra", SENS),
            "cyrkwinski_pjenjez": 0}),
        case(f, f"{a}/v2/dzeci", headers=_h(rng, **b), body={
            "dzeci": [{"mjeno": L(KID, NAMEC), "datum_narodzenja": L(DAUGHTER["dob"], BIRTH),
                       "dawkowe_id": L(DAUGHTER["tax"], NID),
                       "dzecace_pjenjezy": L(3060, BUY), "zbrasenje": L(False, MED),
                       "hort_kosty": L(1140, BUY)}]}),
        case(f, f"{a}/v2/wudawki/chorobne", gz=True, headers=_h(rng, **b), body={
            "pozicije": [
                {"wopis": L("dwě krónje, zubny lěkar", MED), "suma": L(1480.0, f"{BUY}|{MED}"),
                 "za": "ja"},
                {"wopis": L("brile za Hanku (-1,5)", MED), "suma": L(189.0, f"{BUY}|{MED}"),
                 "za": L(KID, NAMEC)},
                {"wopis": L("fyzioterapija křižowa bolosć", MED), "suma": L(120.0, f"{BUY}|{MED}"),
                 "za": "mandzelski"}],
            "chorobna_pokladnja_zaplacila": L(220.0, BUY)}),
        case(f, f"{a}/v2/wudawki/dary", gz=True, headers=_h(rng, **b), body={
            "dary": [{"prijimar": "Towarstwo za serbsku kulturu", "suma": L(60, BUY),
                      "druh": "kultura"},
                     {"prijimar": L("Katolska wosada Chrósćicy", SENS), "suma": L(50, BUY)},
                     {"prijimar": "Lakeland animal shelter", "suma": L(25, BUY)}],
            "clon": L(MEMBER, UID)}),
        case(f, f"{a}/v2/mandzelski/pobocny_dochod", headers=_h(rng, **b), body={
            "mjeno": L(HUSBAND[0], NAMEC), "druh": "lesniske dzelo", "suma": L(2300, BUY),
            "wudawki": L(410, BUY)}),
        case(f, f"{a}/v2/konto/wrocenje", fmt="form", headers=_h(rng, **b), body={
            "iban": L(JOINT_IBAN, PAY), "wobsedzer": L(f"{FIRST} {LAST} & {HUSBAND[0]}", NAMEC),
            "bic": "EXAMDEF1BAU"}),
        case(f, f"{a}/v2/podpis", headers=_h(rng, **b), body={
            "pad": obj(rng, "pd"), "podpis": L(f"{FIRST} {LAST}", NAMEC),
            "pin": L("7720", CRED), "hodzina": "2026-02-11T20:41:07+01:00"}),
        multipart(f, f"{a}/v2/wotmerjenje", [
            ("foto", "bescheid_2024.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {"leto": 2024, "wrocenje": L(1312.55, BUY),
                                                "dawkowe_id": L(TAX_ID, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/terminy", headers=_h(rng, **b), query={
            "poradnja": OFFICE["id"], "dzen": "2026-02-18"}),
        case(f, f"{a}/v2/terminy/rezerwacija", fmt="form", headers=_h(rng, **b), body={
            "termin": obj(rng, "tm"), "clon": L(MEMBER, UID), "tema": "zhromadne_wotmerjenje"}),
        case_page,
        case(f, f"{a}/v2/powesce", headers=_h(rng, **b), body={
            "prijimar": "poradzowarka_hy",
            "powesc": L("Moja dźowka ma astmu, móžemy inhalator jako chorobne wudawki zapodać?",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/grat", headers=_h(rng, **b), body=push(push_token(rng), "de_DE")),
        case(f, f"{a}/v2/podawki", headers=_h(rng, how="none"), cookies={
            "dk_sid": L(opaque(rng, "", 40), CRED), "dk_grat": L(INSTALL_ID, DID)}, body={
            "wuziwar": L(USER_ID, UID), "podawki": [
                podawk("dokument_nahraty", 1), podawk("wobrazowka", 2,
                                                      wobrazowka=L("Wudawki", USAGE))]}),
    ]


def dawkar_sdks() -> list[Case]:
    rng = random.Random(21032)
    return [
        lc_batch(APP, rng, [("Document Uploaded", {"kind": "wage"}),
                            ("Return Signed", {"refund": L(1450, BUY)})], locale="de_DE"),
        lc_identify(APP, rng, {"member": L(MEMBER, UID), "joint": True,
                               "band": L("30000-40000", BUY)}),
        sw_launch(APP, rng, user=True),
        pd_crash(APP, rng, ("java.lang.IllegalStateException", "pdf renderer closed"),
                 [pd_crumb("nav", "Dokumenty -> Preview")], screen="DokumentyActivity",
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)}),
        ch_eval(APP, rng, {"office": OFFICE["id"], "joint": True}, hdr=True),
        zw_register(APP, rng, lang="de", tags={"office": OFFICE["id"]}),
        pz_check(APP, rng, {"analytics": True, "marketing": False}),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "159.00"),
        ph_attach(APP, rng, L(PDF, MEDIA), "spendenquittung.pdf", "application/pdf"),
    ]

