"""A Friulian-language association's app "Marilenghe" ("mother tongue"; a civic association in
Udine campaigning for the language's use in schools and public offices; she joined to learn the
family's language). Its API's keys are Friulian: ``non`` / ``cognon``, ``email``,
``telefonin``, ``peraule_claf``, ``date_di_nassite``, ``codic_fiscal``, ``indiric``, ``comun``
municipality, ``codic_postal``, ``tessare`` membership card, ``adesion`` membership kind,
``socie`` member (f.), ``quote`` fee, ``impuart``, ``metodi``, ``petizion`` petition
(``firme`` signature, ``document``), ``scuele`` school (``opzion_furlan`` opting the pupil into
Friulian lessons, ``clas``, ``fi`` son, ``gjenitor`` parent, ``lenghe_di_famee`` the family's
language), ``cors`` course (``livel`` level), ``manifestazion`` rally (``partecipazion``,
``pulman`` coach seat), ``tradusion`` translation, ``regjistrazion`` recording
(``intervistade`` interviewee, ``pais``, ``consens``), ``messac``, ``ufierte`` donation,
``ricercje``, ``peraulis`` dictionary look-ups, ``buste`` newsletter, ``utent``,
``aveniments``: joining (her tax code), an OAuth grant, ``/jo``, the fee, a petition signed with
her identity card, open petitions, the son's Friulian-lesson option at school, courses, a course
enrolment, a rally with a coach seat, her card by membership number in the path, a translation
she volunteered (a text file), an oral-history recording of the grandmother (audio), a message,
a donation, a dictionary search and the look-up history (gzip), the newsletter form (base64
JSON), the events calendar by cookie, push, events, log-out. Set 190 (Romansh news) and set 184
(a Livvi song archive) touch minority languages, sets 118, 144, 146 and 152 have language
courses and many sets have petitions; none is a minority-language rights association."""

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
    M4A,
    MAIL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families207_kit import (
    ASSOC,
    CF_JANE,
    CIE,
    GRANNY,
    HOME,
    HUSBAND,
    MEMBER,
    SON,
    hd,
    obj,
    push,
)
from eval_families207_sdk import mc_batch, mc_identify, tn_event, tn_launch
from eval_families207_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("marilenghe", "Marilenghe", "com.example.marilenghe", "2.2.0",
          "https://api.marilenghe.example.org")
IID = "X-Marilenghe-Device"
PW = "Mandi!Furlan2026"
NID = "personal.national_id"
POL = SENS  # her membership of a language-rights campaign, petitions and rallies (political)
TXT = b"Il Friul al e' une tiere di confin..." + bytes(8)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fur=True, **kw)


def marilenghe() -> list[Case]:
    rng = random.Random(20761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tessare=L(MEMBER, UID)))}
    card = at_path(case(f, f"{a}/v1/socis/{MEMBER}/tessare", headers=_h(rng, **b)),
                   MEMBER, UID)
    pet = obj(rng, "pt")
    return [
        case(f, f"{a}/v1/socis", headers=_h(rng), body={
            "non": L(FIRST, NAMEC), "cognon": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefonin": L(E164, TEL), "peraule_claf": L(PW, CRED),
            "date_di_nassite": L(DOB, BIRTH), "codic_fiscal": L(CF_JANE, NID),
            "indiric": L(HOME["line"], ADDR), "comun": L(HOME["town"], COARSE),
            "codic_postal": L(HOME["post"], COARSE), "tessare": L(MEMBER, UID),
            "adesion": L("socie ordenarie", POL)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "marilenghe-app"}),
        case(f, f"{a}/v1/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/quote", fmt="form", headers=_h(rng, **b), body={
            "tessare": L(MEMBER, UID), "an": "2026", "impuart": L("20.00", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/petizions/{pet}/firme", headers=_h(rng, **b), body={
            "non_complet": L(f"{FIRST} {LAST}", NAMEC), "codic_fiscal": L(CF_JANE, NID),
            "comun": L(HOME["town"], COARSE),
            "document": {"tip": "CIE", "numar": L(CIE, NID)}, "firme": L(True, POL)}),
        case(f, f"{a}/v1/petizions", headers=_h(rng, **b), query={"stat": "viertis"}),
        case(f, f"{a}/v1/scuele/opzion", headers=_h(rng, **b), body={
            "fi": {"non": L(SON["first"], NAMEC), "cognon": L(SON["last"], NAMEC),
                   "codic_fiscal": L(SON["cf"], NID), "date_di_nassite": L(SON["dob"], BIRTH)},
            "scuele": "sc_ud_ippolito", "clas": "3B", "opzion_furlan": L(True, SENS),
            "lenghe_di_famee": L("furlan e inglês", SENS),
            "gjenitor": {"non_complet": L(f"{FIRST} {LAST}", NAMEC),
                         "codic_fiscal": L(CF_JANE, NID)}}),
        case(f, f"{a}/v1/cors", headers=_h(rng, **b), query={"livel": "A2", "sede": ASSOC["id"]}),
        case(f, f"{a}/v1/cors/iscrizion", headers=_h(rng, **b), body={
            "cors": "cr_a2_sere", "tessare": L(MEMBER, UID), "impuart": L(90, BUY),
            "livel": "A2"}),
        case(f, f"{a}/v1/manifestazions/mn_0512/partecipazion", headers=_h(rng, **b), body={
            "partecipazion": L(True, POL), "personis": 2, "cun": L(HUSBAND[0], NAMEC),
            "pulman": {"partence": "Udin, place Primo Maggio", "puescj": 2,
                       "impuart": L(10, BUY)}}),
        card,
        multipart(f, f"{a}/v1/tradusions", [
            ("file", "friul_tiere_di_confin.txt", "text/plain", L(TXT, TEXT)),
            ("meta", None, "application/json", {"tessare": L(MEMBER, UID),
                                                "di": "en", "a": "fur"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/regjistrazions", [
            ("audio", "none_rina.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "intervistade": {"non_complet": L(GRANNY["name"], NAMEC),
                                 "date_di_nassite": L(GRANNY["dob"], BIRTH),
                                 "pais": L(GRANNY["town"], COARSE)},
                "teme": "la vite in Cjargne tal dopovuere", "consens": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messacs", headers=_h(rng, **b), body={
            "a": "segretarie",
            "messac": L("Mandi! O volarès judâ cu lis tradusions dal inglês, o ai timp la "
                        "sabide", TEXT)}),
        case(f, f"{a}/v1/ufiertis", fmt="form", headers=_h(rng, **b), body={
            "impuart": L("30", BUY), "metodi": L(opaque(rng, "pm_", 24), PAY),
            "anonime": "false", "tessare": L(MEMBER, UID)}),
        case(f, f"{a}/v1/ricercje", headers=_h(rng, **b), query={
            "q": L("dizionari furlan inglês peraulis di cusine", SEARCH)}),
        case(f, f"{a}/v1/peraulis/cronologjie", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID),
            "peraulis": [L("madone", SEARCH), L("scampanotade", SEARCH), L("cjaminadôr", SEARCH),
                         L("frascje", SEARCH)]}),
        case(f, f"{a}/v1/buste", fmt="form", headers=_h(rng, **b), body={
            "data": W({"email": L(EMAIL, MAIL), "tessare": L(MEMBER, UID),
                       "lenghe": L("fur", DEV)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/calendari", headers=_h(rng, how="none"), cookies={
            "ml_session": L(opaque(rng, "", 40), CRED), "ml_device": L(INSTALL_ID, DID),
            "ml_req": rid(rng)}),
        case(f, f"{a}/v1/dispositif", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/aveniments", headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "aveniments": [
                ev("petizion_firmade", 1), ev("schermi", 2, schermi=L("Dizionari", USAGE))]}),
        case(f, f"{a}/v1/jessude", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "dispositif": L(INSTALL_ID, DID)}),
    ]


def marilenghe_sdks() -> list[Case]:
    rng = random.Random(20762)
    return [
        mc_batch(APP, rng, [("Petition Signed", {"petition": "pt_scuele"}),
                            ("Word Looked Up", {"n": 4})], locale="fur_IT"),
        mc_identify(APP, rng, {"tessare": L(MEMBER, UID), "comun": L("Udine", COARSE),
                               "adesion": L("socie ordenarie", POL)}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "donation", {"fund": "scuele"}, revenue=30.0),
        fn_eval(APP, rng, {"member": True, "level": "A2"}, hdr=True),
        pt_register(APP, rng, lang="fur", tags={"tessare": L(MEMBER, UID), "cors": "A2"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "30.00"),
        hs_message(APP, rng, L("My membership card still shows 2025", TEXT),
                   {"tessare": L(MEMBER, UID)}),
    ]
