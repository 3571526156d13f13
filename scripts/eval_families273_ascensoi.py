"""Genoa's public lifts and funicular resident pass "Ascensoi" (its API's keys are Ligurian
(Genoese) written ASCII-folded: ``nomme`` first name, ``cognomme`` surname, ``telefono`` phone,
``ciave`` password (lit. "key"), ``daeta_de_nascita`` birth date, ``codexo_fiscale`` tax code,
``indirisso`` address, ``comun`` town, ``quarte`` district, ``tescera`` pass, ``abonamento``
subscription, ``inporto`` amount, ``pagamento`` payment, ``stasion`` station, ``corsa`` ride,
``poxision`` position, ``seuxoa`` mother-in-law, ``invaliditae`` disability, ``ricevua`` receipt,
``çerca``/``cerca`` search, ``reclamo`` complaint, ``lengua`` language): sign-up with her tax code,
log-in, ``/mi``, the pass photo, the monthly pass and its payment, lifts near her flat, a station's
status, a tap-in at the Castelletto lift with her fix, a protobuf validation beat, an offline
queue (msgpack), a reduced pass for her mother-in-law (disability), rides by pass number in the
path, a search, a complaint, a lost item, preferences in a base64 JSON cookie, receipts by
session cookie, push, events and a log-out."""

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
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families273_kit import (
    FUNI,
    GE_HOME,
    GE_HOME_AT,
    LIFT,
    LIFT_FIX,
    MOTHER_IL,
    PASS,
    TAXCODE,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families273_sdk import (
    bl_bid,
    bl_notice,
    cf_crash,
    cf_crumb,
    cz_batch,
    cz_identify,
    pk_event,
    pk_launch,
)
from eval_families273_svc import hm_message, mp_reverse, pf_register, sp_card, sp_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ascensoi", "Ascensoi", "com.example.ascensoi", "3.1.2",
          "https://api.ascensoi.example.com")
IID = "X-Ascensoi-Dispoxitivo"
PW = "Righi!Zecca1991"
DOB_IT = "17/05/1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lij=True, **kw)


def ascensoi() -> list[Case]:
    rng = random.Random(27301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tescera=L(PASS, UID),
                                    resid=True))}
    lla, llo = fix(LIFT_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(PASS, UID)), (2, LIFT["id"]), (3, 1768290000),
               (4, [(1, L(LIFT_FIX[0], PRECISE)), (2, L(LIFT_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(64, DEV))], "", lab)
    rides = at_path(case(f, f"{a}/api/v1/tescere/{PASS}/corse", headers=_h(rng, **b),
                         query={"meise": "2026-01"}), PASS, UID)
    return [
        case(f, f"{a}/api/v1/registrasion", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cognomme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "ciave": L(PW, CRED), "daeta_de_nascita": L(DOB_IT, BIRTH),
            "codexo_fiscale": L(TAXCODE, NID), "indirisso": L(GE_HOME["line"], ADDR),
            "comun": L(GE_HOME["town"], COARSE), "quarte": L(GE_HOME["area"], COARSE),
            "cap": L(GE_HOME["post"], COARSE), "residente": True, "privacy_ok": True}),
        case(f, f"{a}/api/v1/intra", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "ciave": L(PW, CRED), "arregordime": "1"}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/v1/tescere/foto", [
            ("foto", "tescera.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"tescera": L(PASS, UID), "uso": "tescera"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/abonamenti", headers=_h(rng, **b), body={
            "tescera": L(PASS, UID), "tipo": "mensile_residente", "meise": "2026-02",
            "inporto": L(12.0, BUY), "stasioin": [LIFT["id"], FUNI["id"]],
            "abonamento_id": L("AB-2602-7730418", BUY)}),
        case(f, f"{a}/api/v1/pagamento", fmt="form", headers=_h(rng, **b), body={
            "abonamento_id": L("AB-2602-7730418", BUY), "inporto": L("12.00", BUY),
            "valuta": "EUR", "metodo": L(opaque(rng, "pm_", 24), PAY),
            "urtime_quattro": L("4444", PAY)}),
        case(f, f"{a}/api/v1/stasioin/vixin", headers=_h(rng, **b), query={
            "lat": L(f"{GE_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{GE_HOME_AT[1]:.3f}", PRECISE),
            "raggio_m": "800"}),
        case(f, f"{a}/api/v1/stasioin/{LIFT['id']}/stato", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/validasion", headers=_h(rng, **b), body={
            "tescera": L(PASS, UID), "stasion": LIFT["id"], "corsa": obj(rng, "cr"),
            "poxision": {"lat": lla, "lon": llo, "precixon": 6},
            "stasion_poxision": {"lat": LIFT["lat"], "lon": LIFT["lon"]}, "verso": "in_sciu"}),
        raw(f, f"{a}/api/v1/validasion/batti", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/validasion/coa", fmt="msgpack", headers=_h(rng, **b), body={
            "tescera": L(PASS, UID), "corse": [
                {"stasion": FUNI["id"], "ts": 1768301200, "corsa": obj(rng, "cr")},
                {"stasion": LIFT["id"], "ts": 1768305800, "corsa": obj(rng, "cr")}],
            "dispoxitivo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/tescere/ridote", headers=_h(rng, **b), body={
            "seuxoa": {"nomme": L(MOTHER_IL[0], NAMEC), "telefono": L(MOTHER_IL[1], TEL),
                       "indirisso": L(MOTHER_IL[2], ADDR)},
            "invaliditae": L("75%", SENS),
            "motivo": L("Protexi a l'anca, a camina co-o baston", f"{TEXT}|{MED}"),
            "parente": "seuxoa", "inporto": L(5.0, BUY)}),
        rides,
        case(f, f"{a}/api/v1/cerca", headers=_h(rng, **b), query={
            "q": L("orari funicolare Righi domenega", SEARCH), "pagina": "1"}),
        case(f, f"{a}/api/v1/reclamo", headers=_h(rng, **b), body={
            "stasion": LIFT["id"], "categoria": "guasto",
            "testo": L("L'ascensô o l'e fermo da 3 giorni, con o figgeu a scheua a pê", TEXT)}),
        case(f, f"{a}/api/v1/ogetti_perdui", fmt="form", headers=_h(rng, **b), body={
            "stasion": FUNI["id"], "data": "2026-01-18",
            "descrision": L("Guanti rossi de un figgeu, lasciae in sciâ funicolare", TEXT),
            "telefono": L(E164, TEL)}),
        case(f, f"{a}/api/v1/preferense", headers=_h(rng, how="none"), cookies={
            "as_sess": L(opaque(rng, "", 40), CRED),
            "as_pref": W({"tescera": L(PASS, UID), "lengua": L("it", DEV),
                          "stasion_preferia": LIFT["id"]}, "b64json")}),
        case(f, f"{a}/api/v1/ricevue/urtima", headers=_h(rng, how="none"), cookies={
            "as_sess": L(opaque(rng, "", 40), CRED), "as_disp": L(INSTALL_ID, DID),
            "as_req": rid(rng)}),
        case(f, f"{a}/api/v1/dispoxitivi", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "dispoxitivo_id": L(INSTALL_ID, DID),
            "lengua": L("it", DEV), "fuso_oraio": L(TZ, DEV), "modello": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/eventi", gz=True, headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "eventi": [
                ev("validasion", 1, stasion=LIFT["id"]), ev("abonamento", 2, inporto=L(12, BUY)),
                ev("schermo", 3, schermo=L("MeTescera", USAGE))]}),
        case(f, f"{a}/api/v1/sciorti", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "dispoxitivo": L(INSTALL_ID, DID)}),
    ]


def ascensoi_sdks() -> list[Case]:
    rng = random.Random(27302)
    return [
        cz_batch(APP, rng, [("Pass Bought", {"total": L(12, BUY)}),
                            ("Tap In", {"station": LIFT["id"]})],
                 at=LIFT_FIX, nd=2, locale="it_IT"),
        cz_identify(APP, rng, {"comun": L("Genova", COARSE), "quarte": L("Castelletto", COARSE),
                               "tescera": L(PASS, UID), "residente": True}),
        pk_launch(APP, rng, first=True),
        pk_event(APP, rng, "purchase", {"abonamento": L("AB-2602-7730418", BUY)}, revenue=12.0,
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="genova,trasporti,citta"),
        bl_notice(APP, rng, "imp"),
        cf_crash(APP, rng, ("android.nfc.TagLostException", "tag was lost"),
                 [cf_crumb("nav", "MeTescera -> Valida"),
                  cf_crumb("net", "POST", {"url": f"{APP.api}/api/v1/validasion", "status": 201})],
                 screen="ValidaActivity"),
        pf_register(APP, rng, lang="it", at=GE_HOME_AT, nd=2,
                    tags={"stasion": LIFT["id"], "quarte": L("Castelletto", COARSE)}),
        sp_card(APP, rng),
        sp_confirm(APP, rng, "12.00"),
        mp_reverse(APP, rng, LIFT_FIX, PRECISE, nd=5),
        hm_message(APP, rng, L("Ho pagato l'abbonamento due volte a febbraio", f"{TEXT}|{BUY}"),
                   {"tescera": L(PASS, UID)}),
    ]
