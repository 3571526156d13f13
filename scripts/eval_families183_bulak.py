"""A chapel's Flores de Mayo and Santacruzan app "Bulakmayo" (bulak: flower, Mayo: May) for the
barangay chapel's month of daily flower offerings to the Virgin and the closing Santacruzan
procession, in which their daughter walks as a sagala (her religion; the child's data). Keys in
Waray with English: ``relihiyon`` religion, ``kapilya`` chapel, ``devoto`` devotee,
``ginbunyagan`` baptised, ``halad`` offering, ``bulak`` flower, ``intensyon`` intention,
``pag_ampo`` prayer, ``misa`` mass, ``prusisyon`` procession, ``papel`` role, ``sagala`` the
procession's maidens, ``konsorte`` escort, ``sukat`` measurement (``hawak`` waist, ``abaga``
shoulder), ``hermana`` sponsor, ``pondo`` fund, ``arko`` arch, ``dara`` what one brings,
``kag_anak`` parent, ``ugangan`` parent-in-law and the shared words. Calls: sign-up, an OAuth
password grant, ``/ako``, the daily flower offering, the rosary attendance with her fix, the
daughter's sagala entry (role, gown measurements), a gown fitting, the escort's name, a
donation, the route, a sponsorship, a prayer request, a procession photo, the rosary group's
chat, the devotee record by number in the path, a receipt by cookie, a pot-luck, the choir rota,
a search, push and events. Parish and Santo Nino apps exist (sets 101, 102, 115, 142, 151,
156); none is a Flores de Mayo or Santacruzan app (a docstring grep for "flores", "santacruzan"
and "sagala" found none)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families183_kit import (
    CHAPEL,
    CHAPEL_FIX,
    DAUGHTER,
    DEVOTEE,
    HOME_AT,
    LOCAL_PH,
    MOTHER_IL,
    fix,
    gamit,
    hd,
    obj,
)
from eval_families183_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families183_svc import cl_card, cl_confirm, cy_save, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bulakmayo", "Bulakmayo", "com.example.bulakmayo", "2.0.5",
          "https://api.bulakmayo.example.net")
IID = "X-Bulakmayo-Device"
PW = "Sagala#Mayo2026"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bulakmayo() -> list[Case]:
    rng = random.Random(18321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), devoto=L(DEVOTEE, UID),
                                    kapilya=L(CHAPEL["name"], SENS)))}
    cla, clo = fix(CHAPEL_FIX, 4)
    rec = at_path(case(f, f"{a}/api/devoto/{DEVOTEE}", headers=_h(rng, **b)), DEVOTEE, UID)
    return [
        case(f, f"{a}/api/parehistro", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(LOCAL_PH, TEL), "password": L(PW, CRED),
            "adlaw_pagkatawo": L(DOB, BIRTH), "relihiyon": L("Katoliko Romano", SENS),
            "kapilya": L(CHAPEL["id"], SENS), "ginbunyagan": L(True, SENS),
            "devoto": L(DEVOTEE, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "bulakmayo-android"}),
        case(f, f"{a}/api/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/halad/bulak", headers=_h(rng, **b), body={
            "petsa": "2026-05-07", "bulak": "sampaguita", "kadamo": 2,
            "intensyon": L("Para han maupay nga panlawas han akon ugangan", f"{TEXT}|{SENS}"),
            "kapilya": L(CHAPEL["id"], SENS)}),
        case(f, f"{a}/api/rosaryo/atendans", headers=_h(rng, **b), body={
            "misa": L("Flores de Mayo rosaryo", SENS), "petsa": "2026-05-07",
            "lugar": {"lat": cla, "lng": clo},
            "kapilya_lugar": {"lat": CHAPEL["lat"], "lng": CHAPEL["lon"]}}),
        case(f, f"{a}/api/sagala", headers=_h(rng, **b), body={
            "anak": {"ngaran": L(DAUGHTER["first"], NAMEC), "apelyido": L(DAUGHTER["last"], NAMEC),
                     "adlaw_pagkatawo": L(DAUGHTER["dob"], BIRTH),
                     "sekso": L(DAUGHTER["sex"], GENDER), "ginbunyagan": L(True, SENS),
                     "papel": L("Reyna Caridad", SENS)},
            "sukat": {"kataas_cm": L(138, FIT), "hawak_cm": L(58, FIT)},
            "kag_anak": L(DEVOTEE, UID)}),
        case(f, f"{a}/api/sagala/sukat", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "ft"), "sastre": "ss_lorna", "abaga_cm": L(32, FIT),
            "anak": L(KID, NAMEC)}),
        case(f, f"{a}/api/sagala/konsorte", headers=_h(rng, **b), body={
            "konsorte": L("Paolo Yaokasin", NAMEC), "edad": L(11, BIRTH),
            "kontak_nanay": L("+639195550264", TEL), "anak": L(KID, NAMEC)}),
        case(f, f"{a}/api/halad/kwarta", fmt="form", headers=_h(rng, **b), body={
            "pondo": L("arko han Santacruzan", SENS), "kantidad": L("500", BUY),
            "currency": "PHP", "metodo": L(opaque(rng, "pm_", 24), PAY), "anonymous": "false"}),
        case(f, f"{a}/api/prusisyon/ruta", headers=_h(rng, **b), query={
            "kapilya": L(CHAPEL["id"], SENS), "petsa": "2026-05-31"}),
        case(f, f"{a}/api/hermana", headers=_h(rng, **b), body={
            "papel": L("hermana mayor", SENS), "kantidad": L(3000, BUY),
            "devoto": L(DEVOTEE, UID), "tuig": 2026}),
        case(f, f"{a}/api/pag_ampo", headers=_h(rng, **b), body={
            "pag_ampo": L(f"Ig-ampo an akon ugangan nga hi {MOTHER_IL[0]}, an iya diabetes "
                          "nagsasamot", f"{TEXT}|{SENS}|{MED}|{NAMEC}"),
            "makikita": "padi"}),
        multipart(f, f"{a}/api/litrato", [
            ("litrato", "santacruzan.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("meta", None, "application/json", {
                "album": "santacruzan-2026",
                "caption": L("Hi Ligaya nga Reyna Caridad ha prusisyon", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/grupo/mensahe", headers=_h(rng, **b), body={
            "grupo": "rosaryo_purok3",
            "mensahe": L("Ako an magdadara han bulak ngan kandila ha Biyernes", f"{TEXT}|{SENS}")}),
        rec,
        case(f, f"{a}/api/resibo/urhi", headers=_h(rng, how="none"), cookies={
            "bm_sesyon": L(opaque(rng, "", 40), CRED), "bm_gamit": L(INSTALL_ID, DID),
            "bm_req": rid(rng)}),
        case(f, f"{a}/api/salo_salo", headers=_h(rng, **b), body={
            "dara": "pancit canton", "kadamo": 1, "petsa": "2026-05-31",
            "kontribusyon": L(200, BUY)}),
        case(f, f"{a}/api/koro/rota", headers=_h(rng, **b), query={
            "devoto": L(DEVOTEE, UID), "bulan": "2026-05"}),
        case(f, f"{a}/api/pamiling", headers=_h(rng, **b), query={
            "pamiling": L("renta gown sagala Tacloban", SEARCH)}),
        case(f, f"{a}/api/sagala/{obj(rng, 'sg')}/dokumento", headers=_h(rng, **b), body={
            "anak": L(KID, NAMEC), "bunyag_petsa": L("2015-09-27", SENS),
            "bunyag_simbahan": L("Santo Nino Church, Tacloban", SENS)}),
        case(f, f"{a}/api/gamit", headers=_h(rng, **b), body=gamit(push_token(rng))),
        case(f, f"{a}/api/mga_hitabo", headers=_h(rng, how="none"), cookies={
            "bm_sesyon": L(opaque(rng, "", 40), CRED),
            "bm_prefs": W({"devoto": L(DEVOTEE, UID), "yinaknan": L("war", "device.info")},
                          "b64json")}, body={
            "user": L(USER_ID, UID), "mga_hitabo": [
                ev("bulak_ginhalad", 1), ev("screen", 2, screen=L("Prusisyon", USAGE))]}),
    ]


def bulakmayo_sdks() -> list[Case]:
    rng = random.Random(18322)
    return [
        mc_batch(APP, rng, [("Flower Offered", {"kapilya": L(CHAPEL["name"], SENS)}),
                            ("Rosary Attended", {"day": 7})], at=CHAPEL_FIX, nd=2),
        mc_identify(APP, rng, {"kapilya": L(CHAPEL["name"], SENS),
                               "devoto": L(DEVOTEE, UID), "syudad": L("Tacloban City", COARSE)}),
        mc_pixel(APP, rng, "Novena Opened", {"day": "2026-05-07"}),
        tn_event(APP, rng, "donation", {"pondo": L("arko han Santacruzan", SENS)},
                 revenue=500.0, currency="PHP"),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "api/halad/kwarta"),
                 [cd_crumb("nav", "Home -> Halad"), cd_crumb("tap", "halad_button")],
                 screen="HaladActivity"),
        pt_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"kapilya": L(CHAPEL["name"], SENS), "sagala": "2026"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "500.00"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((CHAPEL["lat"], CHAPEL["lon"]), None)],
                 mode="walking"),
    ]
