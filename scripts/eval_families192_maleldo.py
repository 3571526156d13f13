"""A barrio chapel's Holy Week app "Maleldo" (San Roque chapel in Dolores, City of San Fernando:
Kapampangan "Mal a Aldo", the holy days; its API's keys are Kapampangan with English:
``debotu`` devotee, ``relihiyon`` religion, ``bisita`` chapel, ``pisamban`` church, ``pabasa``
the sung Pasyon, ``mamasa`` chanters, ``panata`` vow, ``pangadi`` prayer, ``kumpisal``
confession, ``ayuno`` fasting, ``limos`` alms, ``misa`` mass, ``mete`` the dead, ``prusisyon``
procession, ``lagyu`` name, ``apelyidu`` surname, ``selpon`` mobile, ``aldo_kebaitan`` birth
date, ``bale`` house, ``barangay``, ``balen`` town, ``asawa`` spouse, ``ima`` mother,
``alaga`` amount, ``lugal`` place, ``mensahi`` message, ``letratu`` photo, ``aku`` me): the
devotee's registration, an OAuth password grant, ``/aku``, a pabasa hosted at her mother-in-law's
house (its vow), the chanters' rota, food for the chanters, the Visita Iglesia plan from her
house and a check-in at a church with her fix, the Via Crucis attendance, a confession slot, a
mass for the departed, alms, the fasting log, Senakulo seats, a prayer request, a procession
photo, a message to the hermana mayor, carrying the Santo Entierro, the devotee record by number
in the path, a receipt by cookie, push and events. Parish apps exist (sets 101, 102, 115, 142,
151, 156, 183: candles, confraternities, cemeteries, Flores de Mayo); none is about Holy Week (a
docstring grep for "pabasa", "pasyon", "holy week", "lenten", "visita iglesia" found none)."""

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
from eval_families192_kit import (
    CHAPEL,
    CHAPEL_FIX,
    DEVOTEE,
    HOME_AT,
    HUSBAND,
    MIL_AT,
    MIL_HOME,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families192_sdk import cb_crash, cb_crumb, mb_batch, mb_identify, mb_pixel, tk_event
from eval_families192_svc import ck_save, cm_card, cm_confirm, ht_message, mp_route, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("maleldo", "Maleldo", "com.example.maleldo", "1.3.7", "https://api.maleldo.example.org")
IID = "X-Maleldo-Device"
PW = "SanRoque@Dolores7"
REL = SENS
CHURCH7 = [("pc_metropolitan", 15.03105, 120.68467), ("pc_sta_lucia", 15.03412, 120.68077),
           ("pc_del_pilar", 15.02818, 120.68933)]  # churches on the route (negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pam=True, **kw)


def maleldo() -> list[Case]:
    rng = random.Random(19231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), debotu=L(DEVOTEE, UID),
                                    bisita=L(CHAPEL["name"], REL)))}
    cla, clo = fix(CHAPEL_FIX, 4)
    rec = at_path(case(f, f"{a}/v1/debotu/{DEVOTEE}", headers=_h(rng, **b)), DEVOTEE, UID)
    return [
        case(f, f"{a}/v1/debotu", headers=_h(rng), body={
            "lagyu": L(FIRST, NAMEC), "apelyidu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "password": L(PW, CRED), "aldo_kebaitan": L(DOB, BIRTH),
            "relihiyon": L("Katoliku Romanu", REL), "bisita": L(CHAPEL["id"], REL),
            "binyag": L("1991-06-30", REL), "asawa": L(HUSBAND[0], NAMEC),
            "debotu": L(DEVOTEE, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "maleldo-android"}),
        case(f, f"{a}/v1/aku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pabasa", headers=_h(rng, **b), body={
            "host": [L(f"{FIRST} {LAST}", NAMEC), L(MOTHER_IL[0], NAMEC)],
            "bale": L(MIL_HOME["line"], ADDR),
            "barangay": L(MIL_HOME["brgy"], COARSE), "balen": L(MIL_HOME["town"], COARSE),
            "lat": L(round(MIL_AT[0], 5), PRECISE), "lng": L(round(MIL_AT[1], 5), PRECISE),
            "aldo": ["2026-03-30", "2026-03-31"], "oras": "20:00",
            "panata": L("Panata mi para king pamagsalangi nang Ima Ising kaibat ning stroke",
                        f"{TEXT}|{REL}|{MED}"), "bisita": L(CHAPEL["id"], REL)}),
        case(f, f"{a}/v1/pabasa/mamasa", headers=_h(rng, **b), query={
            "bisita": L(CHAPEL["id"], REL), "aldo": "2026-03-30"}),
        case(f, f"{a}/v1/pabasa/pamangan", fmt="form", headers=_h(rng, **b), body={
            "pabasa": obj(rng, "pb"), "menu": "pancit,puto,salabat", "bilang": "25",
            "alaga": L("3750", BUY)}),
        case(f, f"{a}/v1/visita/plan", headers=_h(rng, **b), body={
            "pamagumpisa": {"lat": L(round(HOME_AT[0], 3), PRECISE),
                            "lng": L(round(HOME_AT[1], 3), PRECISE)},
            "pisamban": [c for c, _, _ in CHURCH7], "aldo": "2026-04-02",
            "kayabe": 2}),
        case(f, f"{a}/v1/visita/checkin", headers=_h(rng, **b), body={
            "pisamban": CHURCH7[0][0], "lugal": {"lat": cla, "lng": clo},
            "pisamban_lugal": {"lat": CHURCH7[0][1], "lng": CHURCH7[0][2]},
            "estasyon": 1}),
        case(f, f"{a}/v1/viacrucis/attendance", headers=_h(rng, **b), body={
            "debotu": L(DEVOTEE, UID), "serbisyu": L("Via Crucis", REL), "aldo": "2026-04-03",
            "bisita": L(CHAPEL["id"], REL)}),
        case(f, f"{a}/v1/kumpisal/book", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "ks"), "pari": "pr_fr_lapid", "klase": L("kumpisal", REL),
            "debotu": L(DEVOTEE, UID)}),
        case(f, f"{a}/v1/misa/mete", headers=_h(rng, **b), body={
            "lagyu_mete": [L("Eduardo Manalang", NAMEC), L("Felisa Manalang", NAMEC)],
            "klase": L("misa para king mete", REL), "aldo": "2026-04-04",
            "limos": L(500, BUY)}),
        case(f, f"{a}/v1/limos", fmt="form", headers=_h(rng, **b), body={
            "pundu": L("bisita-repair", REL), "alaga": L("1000", BUY), "currency": "PHP",
            "method": L(opaque(rng, "pm_", 24), PAY), "anonymous": "false"}),
        case(f, f"{a}/v1/ayuno", headers=_h(rng, **b), body={
            "debotu": L(DEVOTEE, UID), "aldo": ["2026-02-18", "2026-04-03"],
            "klase": L("ayuno ampo abstinensya", REL),
            "sulat": L("Abstinensya mu, e ku makaayuno uli ning gamut ku king thyroid",
                       f"{TEXT}|{REL}|{MED}")}),
        case(f, f"{a}/v1/senakulo/seats", headers=_h(rng, **b), body={
            "show": "sk_cutud_goodfri", "seats": ["C12", "C13", "C14"], "alaga": L(450, BUY),
            "tiket": L("SNK-" + opaque(rng, "", 6).upper(), BUY)}),
        case(f, f"{a}/v1/pangadi", headers=_h(rng, **b), body={
            "text": L("Ipangadi yu pu ing asawa ku Arnel Manalang, mayap ya sana ing operasyon na "
                      "king tuhod", f"{TEXT}|{REL}|{NAMEC}|{MED}"), "visibility": "clergy"}),
        multipart(f, f"{a}/v1/letratu", [
            ("letratu", "prusisyon.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
            ("meta", None, "application/json", {
                "album": "maleldo-2026",
                "caption": L("Prusisyon ning Santo Entierro, Biernes Santo", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mensahi", headers=_h(rng, **b), body={
            "kang": "hermana_mayor",
            "mensahi": L("Manang Cora, i Ysabel mamasa ya king alas tres, pwede ya?",
                         f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/prusisyon/volunteer", headers=_h(rng, **b), body={
            "debotu": L(DEVOTEE, UID), "papel": L("cargadora ning Santo Entierro", REL),
            "selpon": L(E164, TEL), "katas_cm": 168}),
        rec,
        case(f, f"{a}/v1/resibu/latest", headers=_h(rng, how="none"), cookies={
            "ml_sesyon": L(opaque(rng, "", 40), CRED), "ml_gamit": L(INSTALL_ID, DID),
            "ml_req": rid(rng)}),
        case(f, f"{a}/v1/gamit", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pabasa_hosted", 1), ev("screen", 2, screen=L("VisitaIglesia", USAGE)),
                ev("limos", 3, pundu=L("bisita-repair", REL))]}),
    ]


def maleldo_sdks() -> list[Case]:
    rng = random.Random(19232)
    return [
        mb_batch(APP, rng, [("Pabasa Hosted", {"nights": 2}),
                            ("Church Visited", {"service": L("Visita Iglesia", REL)})],
                 at=CHAPEL_FIX, nd=2, locale="pam_PH"),
        mb_identify(APP, rng, {"bisita": L(CHAPEL["name"], REL), "debotu": L(DEVOTEE, UID),
                               "balen": L("City of San Fernando", COARSE)}),
        mb_pixel(APP, rng, "Pasyon Opened", {"pahina": 112}),
        tk_event(APP, rng, "donation", {"pundu": L("bisita-repair", REL)}, revenue=1000.0),
        cb_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/limos"),
                 [cb_crumb("nav", "Home -> Limos"), cb_crumb("tap", "give_button")],
                 screen="LimosActivity"),
        ps_register(APP, rng, lang="pam", at=HOME_AT, nd=2,
                    tags={"bisita": L("San Roque Dolores", REL), "pabasa_host": True}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        cm_card(APP, rng, email=True),
        cm_confirm(APP, rng, "1000.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), (MIL_AT, PRECISE),
                            ((CHAPEL["lat"], CHAPEL["lon"]), None)]),
        ht_message(APP, rng, L("My alms receipt for the chapel repair did not arrive",
                               f"{TEXT}|{REL}"), {"debotu": L(DEVOTEE, UID)}),
    ]


__all__ = ["APP", "maleldo", "maleldo_sdks"]
