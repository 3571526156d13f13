"""A rainbow families' association app "Famee Arcobalen" (the Bergamo section of an association of
same-sex parents and their children; she joined with her wife Chiara and their son Tommaso; her
sexual orientation: a sensitive trait). Its API's keys are Lombard in camelCase, ASCII-folded:
``nom`` first name, ``cognom`` surname, ``telefon`` phone, ``parolaSegreta`` password (lit.
"secret word"), ``nassida`` birth date, ``codesFiscal`` tax code, ``paes`` town,
``provincia``, ``tipFamea`` family type (``do mame`` two mothers), ``compagna`` partner,
``fioi`` children, ``tesera`` membership card, ``quota`` dues, ``import`` amount, ``metod``
method, ``incontr`` meeting, ``prenotasiu`` booking, ``adulcc``/``s_cecc`` adults/children,
``etaFioi`` children's ages, ``alergie`` allergies, ``sportelLegal`` legal desk, ``pratica``
case file, ``tip`` kind, ``descrissiu`` description, ``document``, ``vacansa`` holiday,
``partecipancc`` participants, ``dieta`` diet, ``messagg`` message, ``grop`` group, ``turno``
shift, ``scola`` school, ``richiesta`` request, ``donasiu`` donation, ``fond`` fund, ``serca``
search, ``didascalia`` caption, ``aparecc`` device, ``evencc`` events): joining (the family
type, her wife, their son), an OAuth password grant, ``/me`` (the association in a claim), the
dues, meetings and a booking, the legal desk's second-parent adoption request, the son's birth
certificate and their New York marriage certificate (PDFs), the family holiday camp and its
receipt by booking number in the path, a group message about the Pride, a volunteer shift, a
letter to the school, a donation to the legal fund, a search, a family photo, news by cookie
(base64 JSON preferences), push and events. Set 14 has an LGBTQ+ social app, 44 a dating and
events app, 77 a community events app in New York; this is a parents' association with a legal
desk and the children's activities."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
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
from eval_families281_kit import ASSOC, CF, HOME, MEMBER, SON, WIFE, hd, obj, push
from eval_families281_sdk import cs_session, ms_batch, ms_identify, tp_launch
from eval_families281_svc import (
    co_card,
    co_confirm,
    cp_save,
    fs_eval,
    hc_message,
    mp_geocode,
    po_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("famee", "Famee Arcobalen", "com.example.famee", "2.2.0",
          "https://api.famee.example.org")
IID = "X-Famee-Device"
PW = "Arcobalen#Ranica15"
NID = "personal.national_id"
BIRTH = "personal.birthdate"
KID = f"{SON['first']} {SON['last']}"
VAC = "VAC-26-0233"  # the family camp booking (financial.purchase)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def famee() -> list[Case]:
    rng = random.Random(28111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tesera=L(MEMBER, UID),
                                    assoc=L(ASSOC["name"], SENS)))}
    receipt = at_path(case(f, f"{a}/v2/vacanse/{VAC}/ricevuda", headers=_h(rng, **b)), VAC, BUY)
    return [
        case(f, f"{a}/v2/iscrisiu", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "cognom": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parolaSegreta": L(PW, CRED), "nassida": L(DOB, BIRTH),
            "codesFiscal": L(CF, NID), "paes": L(HOME["town"], COARSE),
            "provincia": L(HOME["prov"], COARSE), "tipFamea": L("do mame", SENS),
            "compagna": {"nom": L(WIFE["name"], NAMEC), "codesFiscal": L(WIFE["cf"], NID)},
            "fioi": [{"nom": L(SON["first"], NAMEC), "cognom": L(SON["last"], NAMEC),
                      "nassida": L(SON["dob"], BIRTH)}],
            "tesera": L(MEMBER, UID), "sesiu": ASSOC["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "famee-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/quota", fmt="form", headers=_h(rng, **b), body={
            "tesera": L(MEMBER, UID), "an": "2026", "import": L("40", BUY), "valuda": "EUR",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/incontr", headers=_h(rng, **b), query={
            "sesiu": ASSOC["id"], "mis": "2026-02"}),
        case(f, f"{a}/v2/incontr/{obj(rng, 'inc')}/prenotasiu", headers=_h(rng, **b), body={
            "tesera": L(MEMBER, UID), "adulcc": 2, "s_cecc": 1, "etaFioi": [L(10, BIRTH)],
            "alergie": L("kiwi (Tommaso)", MED), "nota": "we bring a cake"}),
        case(f, f"{a}/v2/sportelLegal", headers=_h(rng, **b), body={
            "tesera": L(MEMBER, UID), "pratica": {
                "tip": L("adosiu in casi particolari", SENS), "tribunal": "Brescia minori",
                "descrissiu": L(f"{WIFE['name']} wants to adopt {SON['first']}; I am the birth "
                                "mother, we married in New York in 2014",
                                f"{TEXT}|{SENS}|{NAMEC}")},
            "contatTelefon": L(E164, TEL), "avocat": "av_rota"}),
        multipart(f, f"{a}/v2/documencc", [
            ("document", "atto_nassida_tommaso.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"pratica": "pr_55102", "tip": "atto_nassida"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/documencc", [
            ("document", "marriage_ny_2014.pdf", "application/pdf",
             L(PDF + b"\x02", f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"pratica": "pr_55102", "tip": "matrimone"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pratiche/pr_55102/stat", headers=_h(rng, **b)),
        case(f, f"{a}/v2/vacanse", headers=_h(rng, **b), body={
            "vacansa": "campo_famee_iseo_2026", "prenotasiu": L(VAC, BUY), "camera": "famea_3",
            "partecipancc": [L(f"{FIRST} {LAST}", NAMEC), L(WIFE["name"], NAMEC),
                             L(KID, NAMEC)],
            "etaFioi": [L(10, BIRTH)], "dieta": L("senza glutine (Chiara)", MED),
            "import": L(620, BUY)}),
        receipt,
        case(f, f"{a}/v2/messagg", headers=_h(rng, **b), body={
            "grop": "mame-bergamo",
            "test": L("Anyone from the Serio valley going to the Bergamo Pride on 13 June? We can "
                      "take two kids in our car", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/pride/volontari", fmt="form", headers=_h(rng, **b), body={
            "tesera": L(MEMBER, UID), "turno": obj(rng, "tu"),
            "grop": L("carro famiglie arcobaleno", SENS), "maja": "M"}),
        case(f, f"{a}/v2/scola/letera", headers=_h(rng, **b), body={
            "scola": "primaria_ranica", "classe": "5A",
            "fiol": {"nom": L(SON["first"], NAMEC), "cognom": L(SON["last"], NAMEC)},
            "mame": [L(f"{FIRST} {LAST}", NAMEC), L(WIFE["name"], NAMEC)],
            "richiesta": L("Please write 'parent 1 / parent 2' on Tommaso's forms: he has two "
                           "mothers", f"{TEXT}|{SENS}|{NAMEC}")}),
        case(f, f"{a}/v2/donasiu", fmt="form", headers=_h(rng, **b), body={
            "fond": L("fond-legal-famee", SENS), "import": L("25", BUY), "valuda": "EUR",
            "metod": L(opaque(rng, "pm_", 24), PAY), "anonim": "false"}),
        case(f, f"{a}/v2/serca", headers=_h(rng, **b), query={
            "q": L("adozione due mamme tempi tribunale Brescia", f"{SEARCH}|{SENS}")}),
        multipart(f, f"{a}/v2/album/foto", [
            ("foto", "picnic_trucca.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "album": "picnic-2026",
                "didascalia": L("Our first Famee picnic at the Parco della Trucca", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/notissie", headers=_h(rng, how="none"), cookies={
            "fa_sessiu": L(opaque(rng, "", 40), CRED), "fa_aparecc": L(INSTALL_ID, DID),
            "fa_pref": W({"tesera": L(MEMBER, UID), "lengua": L("en", DEV)}, "b64json"),
            "fa_req": rid(rng)}),
        case(f, f"{a}/v2/aparecc", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/evencc", headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "sessiu": rid(rng), "evencc": [
                ev("incontr_prenotat", 1),
                ev("schermada", 2, schermada=L("SportelLegal", USAGE))]}),
    ]


def famee_sdks() -> list[Case]:
    rng = random.Random(28112)
    return [
        ms_batch(APP, rng, [("Member Joined", {"family_type": L("two mothers", SENS)}),
                            ("Meeting Booked", {"children": 1})]),
        ms_identify(APP, rng, {"family_type": L("two mothers", SENS),
                               "city": L("Bergamo", COARSE), "tesera": L(MEMBER, UID)}),
        tp_launch(APP, rng, user=True),
        cs_session(APP, rng, secs=377),
        fs_eval(APP, rng, {"section": ASSOC["id"], "legalDesk": True}),
        po_register(APP, rng, tags={"section": ASSOC["id"], "pride_volunteer": L(True, SENS)}),
        cp_save(APP, rng, {"analytics": True, "marketing": False}),
        co_card(APP, rng, email=True),
        co_confirm(APP, rng, "40.00"),
        mp_geocode(APP, rng, "Parco della Trucca Bergamo", SEARCH, near=(45.724318, 9.713842),
                   nd=2),
        hc_message(APP, rng, L("My 2026 membership card has not arrived", TEXT),
                   {"tesera": L(MEMBER, UID)}),
    ]
