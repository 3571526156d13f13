"""Toulouse municipal pools app "Nadaire" (nadaire: swimmer; the city's pool card, lane slots,
aqua-fitness classes and the baby-swimming mornings; its API's keys are Occitan, ASCII-folded:
``nadaire`` swimmer, ``prenom``, ``nom``, ``adreca_mail`` e-mail, ``mobil`` mobile, ``senhal``,
``data_de_naissenca`` birth date, ``carta`` pool card, ``abonament`` subscription, ``crenel``
slot, ``linha`` lane, ``piscina`` pool, ``intrada`` entry, ``aquagim``, ``nenons`` babies,
``responsable`` guardian, ``vaccinacions``, ``certificat_medical``, ``suspension``,
``motiu`` reason, ``longors`` lengths, ``minutas``, ``pols`` pulse, ``vestiari`` locker,
``objecte_perdut`` lost item, ``recarga`` top-up, ``soma``, ``familha``, ``nota``, ``lat``
/``lon``): sign-up, a log-in, ``/ieu``, the card top-up, a lane slot, the turnstile entry by
card number in the path, the check-in with her fix, Lina's baby-swimming enrolment, an
aqua-fitness class, the subscription paused for her foot surgery (a medical certificate PDF), a
protobuf swim log from her watch, pools near the flat (2 decimals), the occupancy, a locker, a
lost item with a photo, a review, a message, a search, adding her husband to the family account,
push and events. "swimming pool", "piscine", "aquagym", "lap swim" and "baby swim" matched no
docstring; set 113 has a children's swim school (lessons, a coach's video feedback), this is a
city's pool network for adult lane swimming with a baby-swimming morning."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families239_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    POOL,
    POOL_CARD,
    POOL_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families239_sdk import cg_session, mg_batch, mg_pixel, mg_queue, tc_event, tc_launch
from eval_families239_svc import co_check, cp_card, cp_confirm, fc_eval, mp_telemetry, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("nadaire", "Nadaire", "com.example.nadaire", "6.2.0", "https://api.nadaire.example.org")
IID = "X-Nadaire-Device"
PW = "Bagatela_50m!"
FIT = "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nadaire() -> list[Case]:
    rng = random.Random(23961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, adreca_mail=L(EMAIL, MAIL), carta=L(POOL_CARD, UID)))}
    pla, plo = fix(POOL_FIX, 4)
    lab: dict[str, str] = {}
    swim = pb([(1, L(POOL_CARD, UID)), (2, POOL["id"]), (3, 1768492800),
               (4, [(1, L(64, FIT)), (2, L(52, FIT)), (3, L(138, FIT)), (4, L(1600, FIT))]),
               (5, "watch-2.4.1")], "", lab)
    gate = at_path(case(f, f"{a}/v4/cartas/{POOL_CARD}/intrada", headers=_h(rng, **b),
                        query={"piscina": POOL["id"], "portica": "P2"}), POOL_CARD, UID)
    return [
        case(f, f"{a}/v4/nadaires", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "adreca_mail": L(EMAIL, MAIL),
            "mobil": L(E164, TEL), "senhal": L(PW, CRED), "data_de_naissenca": L(DOB, BIRTH),
            "sexe": L("F", GENDER), "comuna": L(HOME["town_fr"], COARSE),
            "codi_postal": L(HOME["post"], COARSE), "tarif": "tolosan"}),
        case(f, f"{a}/v4/connexion", fmt="form", headers=_h(rng), body={
            "adreca_mail": L(EMAIL_UPPER, MAIL), "senhal": L(PW, CRED)}),
        case(f, f"{a}/v4/ieu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v4/cartas/recarga", fmt="form", headers=_h(rng, **b), body={
            "carta": L(POOL_CARD, UID), "formula": "10_intradas", "soma": L("32.00", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v4/crenels/reservacion", headers=_h(rng, **b), body={
            "piscina": POOL["id"], "crenel": obj(rng, "cn"), "linha": 4,
            "nivel": "rapid", "carta": L(POOL_CARD, UID)}),
        gate,
        case(f, f"{a}/v4/arribada", headers=_h(rng, **b), body={
            "carta": L(POOL_CARD, UID), "posicion": {"lat": pla, "lon": plo},
            "piscina": {"id": POOL["id"], "lat": POOL["lat"], "lon": POOL["lon"]}}),
        case(f, f"{a}/v4/nenons/inscripcion", headers=_h(rng, **b), body={
            "nenon": {"prenom": L(DAUGHTER["first"], NAMEC), "nom": L(DAUGHTER["last"], NAMEC),
                      "data_de_naissenca": L(DAUGHTER["dob"], BIRTH)},
            "vaccinacions_a_jorn": L(True, MED), "otitis_recentas": L(True, MED),
            "responsable": L(f"{FIRST} {LAST}", NAMEC), "sesilha": "dissabte_09h",
            "soma": L(96, BUY)}),
        case(f, f"{a}/v4/aquagim/reservacion", fmt="form", headers=_h(rng, **b), body={
            "cors": "aquagim_dimars_19h", "carta": L(POOL_CARD, UID), "soma": L("9.50", BUY)}),
        multipart(f, f"{a}/v4/abonaments/suspension", [
            ("certificat_medical", "certificat_cirurgia_pe.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{MED}")),
            ("demanda", None, "application/json", {
                "carta": L(POOL_CARD, UID), "de": "2026-01-19", "fins_a": "2026-03-01",
                "motiu": L("operacion del pè (hallux valgus), pas d'aiga sis setmanas",
                           f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        raw(f, f"{a}/v4/nadadas", swim, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v4/piscinas/prop", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE),
            "duberta": "ara"}),
        case(f, f"{a}/v4/piscinas/{POOL['id']}/frequentacion", headers=_h(rng, **b)),
        case(f, f"{a}/v4/vestiaris", fmt="form", headers=_h(rng, **b), body={
            "piscina": POOL["id"], "vestiari": "C-118", "codi": L("4471", CRED)}),
        multipart(f, f"{a}/v4/objectes_perduts", [
            ("foto", "ulhals.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {
                "piscina": POOL["id"],
                "nota": L("Ulhals de natacion blaus de correccion -2,5 oblidats al vestiari C",
                          f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v4/avis", headers=_h(rng, **b), body={
            "piscina": POOL["id"], "estelas": 4,
            "texte": L("Aiga tròp freja la setmana passada, mas las linhas rapidas son "
                       "plan organizadas.", TEXT)}),
        case(f, f"{a}/v4/messatges", headers=_h(rng, **b), body={
            "a": "acuelh_bagatela",
            "texte": L("Pòdi tornar a l'aquagim abans lo 1èr de març se lo cirurgian es "
                       "d'acòrdi?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v4/recerca", headers=_h(rng, **b), query={
            "q": L("piscina dubèrta dimenge ser bassin 50 m", SEARCH)}),
        case(f, f"{a}/v4/familha", headers=_h(rng, **b), body={
            "carta": L(POOL_CARD, UID),
            "membres": [{"nom": L(HUSBAND[0], NAMEC), "mobil": L(HUSBAND[1], TEL),
                         "naissenca": L("1988-03-02", BIRTH)}],
            "prefs": W({"lenga": "oc", "newsletter": False}, "b64json")}),
        case(f, f"{a}/v4/atestacions", headers=_h(rng, **b), query={
            "carta": L(POOL_CARD, UID), "an": "2025", "per": "comitat_empresa"}),
        case(f, f"{a}/v4/aparelhs", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v4/eveniments", headers=_h(rng, how="none"), cookies={
            "nd_sid": L(opaque(rng, "", 40), CRED), "nd_dev": L(INSTALL_ID, DID)}, body={
            "utilizaire": L(USER_ID, UID), "sesilha": rid(rng), "eveniments": [
                ev("intrada", 1), ev("ecran", 2, ecran=L("Crenels", USAGE))]}),
    ]


def nadaire_sdks() -> list[Case]:
    rng = random.Random(23962)
    return [
        mg_batch(APP, rng, [("Slot Booked", {"lane": 4}), ("Entry Scanned", {})],
                 at=POOL_FIX, nd=3),
        mg_queue(APP, rng, [("Swim Synced", {"lengths": L(64, FIT)}),
                            ("Class Booked", {"amount": L(9.5, BUY)})]),
        mg_pixel(APP, rng, "Occupancy Viewed", {"pool": POOL["id"]}),
        tc_launch(APP, rng, user=True),
        tc_event(APP, rng, "subscription", {"formula": "10_entries"}, revenue=32.0),
        cg_session(APP, rng, secs=275),
        fc_eval(APP, rng, {"pool": POOL["id"], "tarif": "tolosan"}, hdr=True),
        pc_register(APP, rng, at=POOL_FIX, nd=2, tags={"piscina": POOL["id"]}),
        co_check(APP, rng, {"analytics": True}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "32.00"),
        mp_telemetry(APP, rng, [POOL_FIX, HOME_AT], PRECISE),
    ]
