"""A Resistance memorial association's member app "Memoia" (the Villapiana section in Savona: its
members keep the memorial stones, guide walks on the partisans' paths and march on 25 April;
membership is a political opinion; keys Ligurian, ASCII-folded: ``iscrision`` enrolment,
``sezion`` section, ``tescera`` membership card, ``quota`` dues, ``firma`` signature,
``petission`` petition, ``corteo`` march, ``lapide`` memorial stone, ``omaggio`` tribute,
``giâ``/``gia`` walk, ``posti`` seats, ``prenotasion`` booking, ``turno`` shift, ``archivio``
archive, ``testimonianza`` testimony, ``candidae`` candidates, ``voto`` vote, ``motivasion``
reason, ``nomme``/``cognomme``, ``telefono``, ``indirisso``, ``comun``, ``inporto``): enrolment,
log-in, ``/mi``, dues, a petition signed with her tax code, the 25 April march, a check-in at a
memorial stone with her fix, a guided walk booked, a museum shift, a photo of the cleaned stone,
an archive search, a message to the section secretary, newsletter preferences in a base64 JSON
cookie, the card by number in the path, a donation, her mother-in-law's recorded testimony
(audio), the events list, the section's vote, saved archive items (JSON Lines), push and
events."""

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
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families273_kit import (
    CARD,
    GE_HOME,
    GE_HOME_AT,
    MOTHER_IL,
    SEAT,
    SON,
    STONE_AT,
    STONE_FIX,
    TAXCODE,
    fix,
    hd,
    obj,
    push,
)
from eval_families273_sdk import cf_crash, cf_crumb, cz_batch, cz_identify, pk_event, pk_launch
from eval_families273_svc import (
    ct_save,
    fc_eval,
    hm_message,
    mp_route,
    pf_register,
    sp_card,
    sp_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("memoia", "Memoia", "com.example.memoia", "1.9.3", "https://api.memoia.example.org")
IID = "X-Memoia-Device"
PW = "Aprile25!Priamar"
NID = "personal.national_id"
POL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def memoia() -> list[Case]:
    rng = random.Random(27331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tescera=L(CARD, UID),
                                    sezion=L(SEAT["name"], POL)))}
    sla, slo = fix(STONE_FIX)
    card = at_path(case(f, f"{a}/v1/tescere/{CARD}", headers=_h(rng, **b)), CARD, UID)
    return [
        case(f, f"{a}/v1/iscrision", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cognomme": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefono": L(E164, TEL), "daeta_de_nascita": L(DOB, BIRTH),
            "indirisso": L(GE_HOME["line"], ADDR), "comun": L(GE_HOME["town"], COARSE),
            "sezion": L(SEAT["id"], POL), "tescera": L(CARD, UID),
            "motivasion": L("Mae nonno o l'ea un sordatto american in Liguria into '45, voeggio "
                            "dâ unna man a-a memöia antifascista", f"{TEXT}|{POL}")}),
        case(f, f"{a}/v1/intra", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "dispoxitivo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/quote", fmt="form", headers=_h(rng, **b), body={
            "tescera": L(CARD, UID), "anno": "2026", "inporto": L("20.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "sezion": L(SEAT["id"], POL)}),
        case(f, f"{a}/v1/petission/ps_0412/firma", headers=_h(rng, **b), body={
            "nomme": L(FIRST, NAMEC), "cognomme": L(LAST, NAMEC),
            "codexo_fiscale": L(TAXCODE, NID), "comun": L("Genova", COARSE),
            "aderiscio": L("Contra a chiusua do museo da Resistensa", POL)}),
        case(f, f"{a}/v1/corteo/2026-04-25", headers=_h(rng, **b), body={
            "tescera": L(CARD, UID), "corteo": L("25 Aprile Savona", POL), "posti": 2,
            "partecipanti": [L(f"{FIRST} {LAST}", NAMEC),
                             L(f"{SON['first']} {SON['last']}", NAMEC)],
            "bandea": L(True, POL)}),
        case(f, f"{a}/v1/lapidi/lp_0081/omaggio", headers=_h(rng, **b), body={
            "lapide": "lp_0081", "poxision": {"lat": sla, "lon": slo, "prec": 7},
            "lapide_poxision": {"lat": STONE_AT[0], "lon": STONE_AT[1]},
            "omaggio": "sciori", "tescera": L(CARD, UID)}),
        case(f, f"{a}/v1/gie/prenotasion", headers=_h(rng, **b), body={
            "gia": "gi_sentiero_partigian", "data": "2026-05-10", "posti": 3,
            "inporto": L(15, BUY), "prenotasion": L("GI-2605-0377", BUY)}),
        case(f, f"{a}/v1/museo/turni", fmt="form", headers=_h(rng, **b), body={
            "turno": obj(rng, "tn"), "tescera": L(CARD, UID), "ruolo": "accoglienza"}),
        multipart(f, f"{a}/v1/lapidi/lp_0081/foto", [
            ("foto", "lapide_pulia.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "didascalia": L("A lapide pulia co-i figgeu da scheua", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/archivio/cerca", headers=_h(rng, **b), query={
            "q": L("brigate partigiane Villapiana 1944", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v1/messaggi", headers=_h(rng, **b), body={
            "a": "segretaio_sv01", "fio": obj(rng, "th"),
            "testo": L("Ghe saiô a l'assemblea, votto pe-a mosion contra l'estrema destra",
                       f"{TEXT}|{POL}")}),
        case(f, f"{a}/v1/newsletter", headers=_h(rng, how="none"), cookies={
            "mm_sess": L(opaque(rng, "", 40), CRED),
            "mm_pref": W({"tescera": L(CARD, UID), "sezion": L(SEAT["id"], POL),
                          "lengua": L("it", "device.info")}, "b64json")}),
        card,
        case(f, f"{a}/v1/donasioin", fmt="form", headers=_h(rng, **b), body={
            "fondo": L("archivio-partigian", POL), "inporto": L("30", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "anonimo": "false"}),
        multipart(f, f"{a}/v1/archivio/testimonianze", [
            ("audio", "seuxoa_1944.m4a", "audio/mp4", L(M4A + b"\x07", MEDIA)),
            ("meta", None, "application/json", {
                "testimone": L(MOTHER_IL[0], NAMEC), "telefono": L(MOTHER_IL[1], TEL),
                "descrision": L("A mae seuxoa a conta de so poae staffetta partigiana",
                                f"{TEXT}|{POL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/eventi_sezion", headers=_h(rng, **b), query={
            "sezion": L(SEAT["id"], POL), "da": "2026-04-01"}),
        case(f, f"{a}/v1/assemblea/votasion", headers=_h(rng, **b), body={
            "votasion": "vt_direttivo_2026", "candidae": ["cd_11", "cd_14"],
            "tescera": L(CARD, UID), "sezion": L(SEAT["id"], POL)}),
        lines(f, f"{a}/v1/archivio/salvae", [
            {"op": "salva", "doc": "ar_1944_0112", "by": L(CARD, UID)},
            {"op": "salva", "doc": "ar_1945_0031", "by": L(CARD, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dispoxitivi", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventi", headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "sessione": rid(rng), "eventi": [
                ev("omaggio", 1), ev("schermo", 2, schermo=L("Lapidi", USAGE))]}),
    ]


def memoia_sdks() -> list[Case]:
    rng = random.Random(27332)
    return [
        cz_batch(APP, rng, [("Member Joined", {"section": L(SEAT["id"], POL)}),
                            ("Stone Visited", {"stone": "lp_0081"})], at=STONE_FIX, nd=2),
        cz_identify(APP, rng, {"sezion": L(SEAT["name"], POL), "tescera": L(CARD, UID),
                               "comun": L("Savona", COARSE)}),
        pk_launch(APP, rng, first=True),
        pk_event(APP, rng, "donation", {"fondo": L("archivio-partigian", POL)}, revenue=30.0),
        cf_crash(APP, rng, ("java.io.IOException", "recorder stopped"),
                 [cf_crumb("nav", "Archivio -> Registra"), cf_crumb("tap", "rec_button")],
                 screen="RegistraActivity"),
        fc_eval(APP, rng, {"section": L(SEAT["id"], POL), "member": True}),
        pf_register(APP, rng, lang="it", tags={"sezion": L(SEAT["id"], POL)}),
        ct_save(APP, rng, {"analytics": True, "marketing": False}),
        sp_card(APP, rng),
        sp_confirm(APP, rng, "20.00"),
        mp_route(APP, rng, [(GE_HOME_AT, PRECISE), (STONE_AT, None)], mode="driving"),
        hm_message(APP, rng, L("La quota 2026 della sezione non risulta pagata",
                               f"{TEXT}|{POL}"), {"tescera": L(CARD, UID)}),
    ]

