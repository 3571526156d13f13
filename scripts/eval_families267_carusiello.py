"""A postal-savings app "Carusiello" (``carusiello``: the Neapolitan clay money box; a fictional
savings issuer's passbooks, ``libretti``, and savings bonds, ``buone``: HER MONEY and the son's
minor passbook). Its API's keys are Neapolitan, ASCII-folded, with Italian banking loans: ``nomme``
/ ``cugnomme``, ``nomme_cumpleto`` full name, ``codice_fiscale`` tax code, ``chiave`` password,
``juorno_nascita`` birth date, ``nato_a`` birthplace, ``sesso`` (``masculo`` male), ``documento``
(``nummero``, ``scadenza``) identity document (number, expiry), ``ndirizzo`` street line, ``paese``
town, ``cap``, ``cellulare``, ``risparmiatore`` saver, ``libretto`` passbook, ``criaturo`` child,
``tutore`` guardian, ``cointestatario`` co-holder, ``buono`` bond, ``durata`` term, ``versamento``
deposit, ``bonifico`` transfer, ``beneficiario`` beneficiary, ``causale`` payment reason (free
text), ``mporto`` amount, ``tasse`` / ``tasso`` rates, ``anne`` years, ``movimente`` transactions,
``ufficio`` branch, ``motivo`` reason, ``delega`` proxy, ``residenza_fiscale`` tax residence,
``tin_usa`` US taxpayer number (a FATCA self-certification), ``estratto`` statement, ``reclamo``
complaint, ``otp`` one-time code, ``ije`` me, ``trase`` log in: registration with her residence
card, the video identification (selfie and the card's photo), a log-in with her tax code, ``/ije``,
the passbooks, the son's minor passbook opened (his tax code), transactions by passbook number in
the path, a bond bought for him, a deposit from her IBAN, a transfer to her mother-in-law, the
rates, a simulation, an OTP, a protobuf session beat, branches near home (3 decimals), a branch
appointment, the statement by cookie, a proxy for her husband, the FATCA form (her SSN), a
complaint, push and events. Banking, mobile money, tontines, set 142's gold pawnshop and set 105's
gold loans exist in earlier sets; no set had a postal-savings passbook or savings bonds
("passbook", "savings bond", "postal savings" matched nothing)."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families267_kit import (
    BRANCH,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_CF,
    IT_ACCOUNT,
    JANE_CF,
    MOTHER_IL,
    PASSBOOK,
    PASSBOOK_SON,
    PERMIT,
    SAVER,
    SON,
    SON_CF,
    SSN,
    hd,
    obj,
    push,
)
from eval_families267_sdk import (
    cc_crash,
    cc_crumb,
    ms_batch,
    ms_identify,
    ms_pixel,
    tp_event,
    tp_launch,
)
from eval_families267_svc import ca_save, ff_eval, ht_message, ma_reverse, pp_register
from eval_payloads import USER_ID, Case, J, L, W, case

APP = App("carusiello", "Carusiello", "com.example.carusiello", "5.0.3",
          "https://api.carusiello.example.com")
IID = "X-Carusiello-Device"
PW = "Carusiello_2025!"
NID = "personal.national_id"
MIL_IBAN = "IT60X0542811101000000123456"  # the mother-in-law's account (typed: financial.payment)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, it=True, **kw)


def carusiello() -> list[Case]:
    rng = random.Random(26741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, risparmiatore=L(SAVER, UID), cf=L(JANE_CF, NID),
                                    libretti=[L(PASSBOOK, PAY), L(PASSBOOK_SON, PAY)]))}
    lab: dict[str, str] = {}
    beat = pb([(1, L(SAVER, UID)), (2, rid(rng)), (3, 1765302400),
               (4, [(1, L("Pixel 8", DEV)), (2, L("Android 14", DEV))]), (5, 3)], "", lab)
    moves = at_path(case(f, f"{a}/api/libretto/{PASSBOOK_SON}/movimente", headers=_h(rng, **b),
                         query={"da": "2025-01-01"}), PASSBOOK_SON, PAY)
    return [
        case(f, f"{a}/api/scrizione", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cugnomme": L(LAST, NAMEC),
            "codice_fiscale": L(JANE_CF, NID), "juorno_nascita": L(DOB, BIRTH),
            "nato_a": L("Stati Uniti", COARSE),
            "documento": {"tipo": "carta_soggiorno", "nummero": L(PERMIT, NID),
                          "scadenza": "2030-04-02"},
            "ndirizzo": L(HOME["line"], ADDR), "paese": L(HOME["town"], COARSE),
            "cap": L(HOME["cap"], COARSE), "cellulare": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "chiave": L(PW, CRED)}),
        multipart(f, f"{a}/api/riconoscimento", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("documento", "carta_fronte.jpg", "image/jpeg", L(JPEG + b"\x56", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"pratica": obj(rng, "rc"),
                                                "codice_fiscale": L(JANE_CF, NID)})],
            headers=_h(rng)),
        case(f, f"{a}/api/trase", fmt="form", headers=_h(rng), body={
            "codice_fiscale": L(JANE_CF, NID), "chiave": L(PW, CRED)}),
        case(f, f"{a}/api/ije", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/libretti", headers=_h(rng, **b), query={
            "risparmiatore": L(SAVER, UID)}),
        case(f, f"{a}/api/libretto/minore", headers=_h(rng, **b), body={
            "criaturo": {"nomme": L(SON["first"], NAMEC), "cugnomme": L(SON["last"], NAMEC),
                         "juorno_nascita": L(SON["dob"], BIRTH), "nato_a": L("Napoli", COARSE),
                         "sesso": L("masculo", GENDER), "codice_fiscale": L(SON_CF, NID)},
            "tutore": L(JANE_CF, NID),
            "cointestatario": {"nomme_cumpleto": L(HUSBAND[0], NAMEC),
                               "codice_fiscale": L(HUSBAND_CF, NID)},
            "libretto": L(PASSBOOK_SON, PAY)}),
        moves,
        case(f, f"{a}/api/buono", headers=_h(rng, **b), body={
            "tipo": "ordinario", "durata": 10, "mporto": L(1000, BUY),
            "addebito": L(PASSBOOK, PAY), "beneficiario": L(SON_CF, NID),
            "buono": L("BF-7702-1148-35", PAY)}),
        case(f, f"{a}/api/versamento", headers=_h(rng, **b), body={
            "da_iban": L(IT_ACCOUNT, PAY), "a_libretto": L(PASSBOOK_SON, PAY),
            "mporto": L(150, BUY), "causale": L("Pe' Gennarino, 'o compleanno", TEXT)}),
        case(f, f"{a}/api/bonifico", headers=_h(rng, **b), body={
            "da_libretto": L(PASSBOOK, PAY), "beneficiario": {
                "nomme_cumpleto": L(MOTHER_IL[0], NAMEC), "iban": L(MIL_IBAN, PAY)},
            "mporto": L(300, BUY), "causale": L("For the dentist, mamma", TEXT)}),
        case(f, f"{a}/api/tasse", headers=_h(rng, **b), query={"prodotto": "buone"}),
        case(f, f"{a}/api/simulazione", fmt="form", headers=_h(rng, **b), body={
            "prodotto": "ordinario", "mporto": "5000", "anne": "10"}),
        case(f, f"{a}/api/otp/conferma", fmt="form", headers=_h(rng, **b), body={
            "operazione": obj(rng, "op"), "otp": L("594027", CRED)}),
        raw(f, f"{a}/api/sessione/battito", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ufficie/vicine", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "raggio": "3"}),
        case(f, f"{a}/api/appuntamento", fmt="form", headers=_h(rng, **b), body={
            "ufficio": BRANCH["id"], "juorno": "2025-12-15", "ora": "09:40",
            "motivo": "firma libretto minore", "risparmiatore": L(SAVER, UID)}),
        case(f, f"{a}/api/estratto", headers=_h(rng, how="none"), query={"anno": "2025"},
             cookies={"cr_sessione": L(opaque(rng, "", 40), CRED),
                      "cr_pref": W({"risparmiatore": L(SAVER, UID), "lengua": L("it", DEV),
                                    "pdf": True}, "b64json")}),
        case(f, f"{a}/api/delega", headers=_h(rng, **b), body={
            "delegato": {"nomme_cumpleto": L(HUSBAND[0], NAMEC),
                         "codice_fiscale": L(HUSBAND_CF, NID),
                         "cellulare": L(HUSBAND[1], TEL)},
            "libretto": L(PASSBOOK, PAY), "poteri": ["versamento", "consultazione"]}),
        case(f, f"{a}/api/fatca", headers=_h(rng, **b), body={
            "cittadinanza": ["US"], "residenza_fiscale": ["IT", "US"],
            "tin_usa": L(SSN, NID), "codice_fiscale": L(JANE_CF, NID),
            "firma": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/reclamo", headers=_h(rng, **b), body={
            "categoria": "ritardo",
            "scritto": L("The bond for my son was debited twice from my passbook on 3 December",
                         f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/dispusitive", headers=_h(rng, **b), body=push(push_token(rng), "it_IT")),
        case(f, f"{a}/api/evente", gz=True, headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "evente": [
                ev("buono_sottoscritto", 1, mporto=L(1000, BUY)),
                ev("schermo", 2, schermo=L("Libretti", USAGE))]}),
    ]


def carusiello_sdks() -> list[Case]:
    rng = random.Random(26742)
    return [
        ms_batch(APP, rng, [("Bond Bought", {"amount": L(1000, BUY)}),
                            ("Minor Passbook Opened", {})], locale="it_IT"),
        ms_identify(APP, rng, {"risparmiatore": L(SAVER, UID), "paese": L("Pozzuoli", COARSE),
                               "libretti": 2}),
        ms_pixel(APP, rng, "Rates Viewed", {"product": "ordinario"}),
        tp_launch(APP, rng, user=True),
        tp_event(APP, rng, "bond_purchase", {"durata": 10}, revenue=1000.0, currency="EUR"),
        cc_crash(APP, rng, ("javax.net.ssl.SSLHandshakeException", "pinning failed"),
                 [cc_crumb("nav", "Libretti -> Buono"), cc_crumb("net", "POST", {
                     "url": f"{APP.api}/api/buono", "status": 0})], screen="BuonoActivity"),
        ff_eval(APP, rng, {"segmento": "famiglia", "paese": L("Pozzuoli", COARSE)}),
        pp_register(APP, rng, lang="it", tags={"ufficio": BRANCH["id"]}),
        ca_save(APP, rng, {"analytics": True, "marketing": False, "profiling": False}),
        ma_reverse(APP, rng, HOME_AT, PRECISE, nd=4),
        ht_message(APP, rng, L("The OTP SMS does not reach my US number", TEXT),
                   {"risparmiatore": L(SAVER, UID)}),
    ]
