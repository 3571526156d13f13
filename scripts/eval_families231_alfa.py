"""A marabout's consultations app "Alfasanni" (the alfa's word: Alfa Souleymane Garba, a Quranic
scholar in Lazaret whose clients book consultations, istikhara, prayers and protective writings;
she took the shahada at her marriage). Its API's keys are Zarma, ASCII-folded, with Arabic loans as
Niamey speech has them: ``maa`` first name, ``baaba_maa`` surname, ``silaama_maa`` Muslim name,
``diina`` religion (``Silaama`` Islam), ``imel`` e-mail, ``telefon`` phone, ``sirri`` password,
``hay_zaari`` birth date, ``kurnye`` husband, ``nimero`` her number in the alfa's book, ``kaayan``
visit (consultation), ``dumi`` kind, ``jingar`` prayer, ``sadaka`` alms, ``mehaw`` fasting (lit.
tying the mouth), ``batu`` gathering, ``tira`` writing (a protective writing), ``ize`` child,
``sabaabu`` reason, ``sanni`` message, ``jinde`` voice, ``deene`` language, ``nooru`` amount,
``banayan`` payment, ``nongu`` place, ``ay`` me. Calls: registration, an OAuth password grant,
``/ay``, a password change (``sirri_dong``/``sirri_taaga`` old/new), the alfa's free slots, a
consultation booked, an istikhara question, a prayer request for her mother-in-law, the alms
prescribed, a payment, a check-in at his house, prayer times near home, a women's dhikr gathering,
a voice note (M4A), a message, her record by number in the path, receipts by cookie, Ramadan days
to make up, a protective writing for her son, push and events. Sufi circles (sets 172, 177), a
tafsir class (182), Quran classes (88) and mosque apps exist; a docstring grep for "marabout" found
none: a private cleric's consultation book is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families231_kit import (
    ALFA,
    ALFA_FIX,
    CLIENT_NO,
    HUSBAND,
    NE_WALLET,
    NY_HOME_AT,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families231_sdk import cf_crash, cf_crumb, mk_batch, mk_identify, mk_pixel, td_event
from eval_families231_svc import co_card, co_confirm, cs_save, hb_message, mg_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("alfasanni", "Alfasanni", "com.example.alfasanni", "1.7.3",
          "https://api.alfasanni.example.org")
IID = "X-Alfa-Device"
PW = "Lazaret#Aminata26"
REL = SENS
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def alfasanni() -> list[Case]:
    rng = random.Random(23121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), nimero=L(CLIENT_NO, UID),
                                    diina=L("Silaama", REL)))}
    ala, alo = fix(ALFA_FIX, 4)
    rec = at_path(case(f, f"{a}/v1/boro/{CLIENT_NO}/tira", headers=_h(rng, **b)), CLIENT_NO, UID)
    return [
        case(f, f"{a}/v1/hantum", headers=_h(rng), body={
            "maa": L(FIRST, NAMEC), "baaba_maa": L(LAST, NAMEC),
            "silaama_maa": L("Aminata", REL), "diina": L("Silaama", REL),
            "imel": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL), "sirri": L(PW, CRED),
            "hay_zaari": L(DOB, BIRTH), "kurnye": L(HUSBAND[0], NAMEC),
            "nimero": L(CLIENT_NO, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "alfasanni-android"}),
        case(f, f"{a}/v1/ay", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ay/sirri", fmt="form", headers=_h(rng, **b), body={
            "sirri_dong": L(PW, CRED), "sirri_taaga": L("Koira#Kano2026", CRED)}),
        case(f, f"{a}/v1/alfa/{ALFA['id']}/alwaatey", headers=_h(rng, **b), query={
            "zaari": "2026-02-12"}),
        case(f, f"{a}/v1/kaayan", fmt="form", headers=_h(rng, **b), body={
            "alwaati": obj(rng, "sl"), "alfa": ALFA["id"], "dumi": L("istikhara", REL),
            "nimero": L(CLIENT_NO, UID)}),
        case(f, f"{a}/v1/istikhara", headers=_h(rng, **b), body={
            "kaayan": obj(rng, "ky"), "dumi": L("istikhara", REL),
            "sanni": L("Should we move Seyni to the Franco-Arab school in Dosso next year?",
                       f"{TEXT}|{REL}|{NAMEC}")}),
        case(f, f"{a}/v1/jingar", headers=_h(rng, **b), body={
            "sanni": L("Please pray for my mother-in-law Mariama Boubacar, her diabetes is worse "
                       "since the hot season", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "dumi": L("du'a", REL), "nimero": L(CLIENT_NO, UID)}),
        case(f, f"{a}/v1/sadaka", headers=_h(rng, **b), body={
            "dumi": L("sadaka", REL), "jinay": "goro kaaray, hayni", "nooru": L(5000, BUY),
            "wallet": L(NE_WALLET, TEL), "zaari": "2026-02-13"}),
        case(f, f"{a}/v1/banayan", fmt="form", headers=_h(rng, **b), body={
            "nooru": L("5000", BUY), "nooru_dumi": "XOF",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "nimero": L(CLIENT_NO, UID)}),
        case(f, f"{a}/v1/kaayan/check_in", headers=_h(rng, **b), body={
            "ay_nongu": {"lat": ala, "lng": alo}, "alfa_fu": {"lat": ALFA["lat"],
                                                               "lng": ALFA["lon"]}}),
        case(f, f"{a}/v1/jingar/alwaatey", headers=_h(rng, **b), query={
            "lat": L(f"{NY_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{NY_HOME_AT[1]:.2f}", COARSE),
            "madhab": L("maliki", REL), "zaari": "2026-02-12"}),
        case(f, f"{a}/v1/batu", headers=_h(rng, **b), body={
            "batu": L("zikri_juma_weyborey", REL), "maa": L(f"{FIRST} {LAST}", NAMEC),
            "nimero": L(CLIENT_NO, UID), "borey": 1}),
        multipart(f, f"{a}/v1/jinde", [
            ("jinde", "sanni.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"nimero": L(CLIENT_NO, UID), "deene": "fr",
                                                "dumi": L("istikhara", REL)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sanni", headers=_h(rng, **b), body={
            "to": ALFA["id"],
            "sanni": L("Alfa, my husband Issoufou Hamani will bring the sadaka on Thursday "
                       "after the prayer", f"{TEXT}|{REL}|{NAMEC}")}),
        rec,
        case(f, f"{a}/v1/tira_banayan/latest", headers=_h(rng, how="none"), cookies={
            "alf_session": L(opaque(rng, "", 40), CRED), "alf_device": L(INSTALL_ID, DID),
            "alf_req": rid(rng)}),
        case(f, f"{a}/v1/mehaw", headers=_h(rng, **b), body={
            "mehaw_zaarey": L(6, REL), "jiiri": "1447",
            "sabaabu": L("ill with typhoid during Ramadan", f"{REL}|{MED}")}),
        case(f, f"{a}/v1/ize/tira", headers=_h(rng, **b), body={
            "ize": {"maa": L(KID, NAMEC), "hay_zaari": L(SON["dob"], BIRTH)},
            "dumi": L("tira (protection writing)", REL),
            "sabaabu": L("He has bad dreams since school started", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "fr_NE")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "boro": L(USER_ID, UID), "events": [
                ev("kaayan_booked", 1, dumi=L("istikhara", REL)),
                ev("ekran", 2, ekran=L("JingarAlwaatey", USAGE)),
                ev("sadaka_paid", 3, nooru=L(5000, BUY))]}),
    ]


def alfasanni_sdks() -> list[Case]:
    rng = random.Random(23122)
    return [
        mk_batch(APP, rng, [("Consultation Booked", {"kind": L("istikhara", REL)}),
                            ("Alms Paid", {"amount": L(5000, BUY)})],
                 at=ALFA_FIX, nd=2, locale="fr_NE"),
        mk_identify(APP, rng, {"diina": L("Silaama", REL), "nimero": L(CLIENT_NO, UID),
                               "kwaara": L("Niamey", COARSE)}),
        mk_pixel(APP, rng, "Prayer Times Opened", {"day": "2026-02-12"}),
        td_event(APP, rng, "donation", {"dumi": L("sadaka", REL)}, revenue=5000.0),
        cf_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/sadaka"),
                 [cf_crumb("nav", "Ay -> Sadaka"), cf_crumb("tap", "bana_button")],
                 screen="SadakaActivity"),
        pk_register(APP, rng, at=NY_HOME_AT, nd=2, lang="fr",
                    tags={"batu": L("zikri_juma_weyborey", REL), "alfa": ALFA["id"]}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        co_card(APP, rng, email=True),
        co_confirm(APP, rng, "5000"),
        mg_route(APP, rng, [(NY_HOME_AT, PRECISE), ((ALFA["lat"], ALFA["lon"]), None)],
                 mode="driving"),
        hb_message(APP, rng, L("The receipt for my sadaka of 13 February did not arrive",
                               f"{TEXT}|{REL}"), {"nimero": L(CLIENT_NO, UID)}),
    ]
