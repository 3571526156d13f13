"""The town's dog and cat sterilisation campaign app "Ina Vilu" (lit. "dog cat": a fictional
municipal programme in Tlaxiaco with weekend campaigns in the municipal auditorium and a
recovery fee). Its API's keys are Mixtec ASCII-folded: ``ina`` dog, ``vilu`` cat, ``dueno``
owner (loan), ``sivi`` name, ``apeyido`` surname, ``telefono``, ``tuun_kasi`` password,
``vee`` house (street line), ``barrio``, ``nuu`` town, ``tutu`` ID card, ``kuia`` age (years),
``peso`` weight, ``turno`` slot, ``xuun`` money (the fee), ``chavi`` payment, ``kasaa`` arrival,
``firma`` signature, ``ndatuun`` message, ``nanduku`` search, ``foto``, ``vakuna`` vaccine,
``kivi`` day, ``ora`` hour, ``lugar`` place, ``taxi`` gift (a donation).

Sign-up, log-in, ``/yo``, her dog registered, campaigns near her house (3 decimals), a slot
booked, the fee, the signed consent (her resident card), the fasting instructions, arrival at
the auditorium with her fix, a post-op photo, a message to the vet, the rabies shot record, a
search, a stray-dog report with her fix, a volunteer sign-up, a donation, the cat's slot
(msgpack), a receipt by cookie, an offline check-in queue (JSON Lines), push and events. Pet,
vet and rabies-shot apps exist (sets 142, 203 and others); a sterilisation campaign ("spay",
"neuter", "steriliz", "castrat": no match) is new. The animals' names, sex, age and weight are
not anyone's personal data (negatives)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DID,
    EMAIL_UPPER,
    JPEG,
    MAIL,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families295_kit import (
    CAMPAIGN,
    CAMPAIGN_FIX,
    CAT,
    DOG,
    RESIDENCE,
    TX_HOME,
    TX_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families295_sdk import (
    bk_bid,
    cr_crash,
    cr_crumb,
    ms_batch,
    ms_pixel,
    ty_event,
    ty_launch,
)
from eval_families295_svc import ck_save, cx_card, cx_confirm, mp_reverse, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("inavilu", "Ina Vilu", "com.example.inavilu", "1.3.5",
          "https://api.inavilu.example.org")
IID = "X-InaVilu-Device"
PW = "Canela2023*"
NID = "personal.national_id"
STRAY_AT = (17.271164, -97.678830)  # her phone where she saw the stray (hers: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mx=True, **kw)


def inavilu() -> list[Case]:
    rng = random.Random(29551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefono=L(DASHED, TEL)))}
    cla, clo = fix(CAMPAIGN_FIX, 5)
    sla, slo = fix(STRAY_AT, 4)
    dog_id, cat_id = obj(rng, "ms"), obj(rng, "ms")
    return [
        case(f, f"{a}/v1/registro", headers=_h(rng), body={
            "sivi": L(FIRST, NAMEC), "apeyido": L(LAST, NAMEC), "telefono": L(DASHED, TEL),
            "email": L(EMAIL, MAIL), "tuun_kasi": L(PW, CRED),
            "vee": L(TX_HOME["line"], ADDR), "barrio": L(TX_HOME["barrio"], COARSE),
            "nuu": L(TX_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "tuun_kasi": L(PW, CRED)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/mascotas", headers=_h(rng, **b), body={
            "dueno": L(USER_ID, UID), "id": dog_id,
            "ina": {"sivi": DOG["name"], "sexo": DOG["sex"], "kuia": DOG["age"],
                    "peso": DOG["kg"], "raza": "criolla", "color": "canela"}}),
        case(f, f"{a}/v1/jornadas", headers=_h(rng, **b), query={
            "lat": L(f"{TX_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{TX_HOME_AT[1]:.3f}", PRECISE),
            "km": "10"}),
        case(f, f"{a}/v1/turnos", headers=_h(rng, **b), body={
            "jornada": CAMPAIGN["id"], "mascota": dog_id, "turno": obj(rng, "tu"),
            "kivi": "2026-02-14", "ora": "08:40"}),
        case(f, f"{a}/v1/chavi", fmt="form", headers=_h(rng, **b), body={
            "jornada": CAMPAIGN["id"], "xuun": L("150.00", BUY), "moneda": "MXN",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/consentimiento", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {
                "mascota": dog_id, "firma": L(f"{FIRST} {LAST}", NAMEC),
                "tutu": L(RESIDENCE, NID), "acepta_riesgos": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/jornadas/{CAMPAIGN['id']}/ayuno", headers=_h(rng, **b)),
        case(f, f"{a}/v1/kasaa", headers=_h(rng, **b), body={
            "jornada": CAMPAIGN["id"], "lugar": {"lat": cla, "lon": clo},
            "sede": {"lat": CAMPAIGN["lat"], "lon": CAMPAIGN["lon"]}, "mascota": dog_id}),
        multipart(f, f"{a}/v1/mascotas/foto", [
            ("foto", "canela_postop.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {"mascota": dog_id, "dia": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ndatuun", headers=_h(rng, **b), body={
            "to": "mvz_jornada", "hilo": obj(rng, "th"),
            "ndatuun": L("Canela se lame los puntos, le pongo el collar? Ya no tiene fiebre",
                         TEXT)}),
        case(f, f"{a}/v1/vakuna", headers=_h(rng, **b), body={
            "mascota": dog_id, "vakuna": "antirrabica", "lote": "RB-2601-77",
            "kivi": "2026-02-14", "dueno": {"telefono": L(DASHED, TEL)}}),
        case(f, f"{a}/v1/nanduku", headers=_h(rng, **b), query={
            "q": L("collar isabelino chico", SEARCH)}),
        case(f, f"{a}/v1/callejeros", headers=_h(rng, **b), body={
            "lugar": {"lat": sla, "lon": slo}, "kuenta": 3,
            "ndatuun": L("Tres perros flacos junto al mercado, uno cojea", TEXT)}),
        case(f, f"{a}/v1/voluntarios", headers=_h(rng, **b), body={
            "sivi": L(f"{FIRST} {LAST}", NAMEC), "telefono": L(DASHED, TEL),
            "kivi": ["sab", "dom"], "tinu": "recepcion"}),
        case(f, f"{a}/v1/taxi", fmt="form", headers=_h(rng, **b), body={
            "xuun": L("200", BUY), "metodo": L(opaque(rng, "pm_", 24), PAY),
            "anonimo": "0"}),
        case(f, f"{a}/v1/turnos", fmt="msgpack", headers=_h(rng, **b), body={
            "jornada": CAMPAIGN["id"], "mascota": cat_id,
            "vilu": {"sivi": CAT["name"], "sexo": CAT["sex"], "kuia": CAT["age"],
                     "peso": CAT["kg"]}, "turno": obj(rng, "tu"), "xuun": L(100, BUY)}),
        case(f, f"{a}/v1/recibos/ultimo", headers=_h(rng, how="none"), cookies={
            "iv_sesion": L(opaque(rng, "", 40), CRED), "iv_dev": L(INSTALL_ID, DID),
            "iv_req": rid(rng)}),
        lines(f, f"{a}/v1/kasaa/sync", [
            {"turno": obj(rng, "tu"), "user": L(USER_ID, UID), "t": 1771057200},
            {"turno": obj(rng, "tu"), "user": L(USER_ID, UID), "t": 1771057260,
             "lat": L(CAMPAIGN_FIX[0], PRECISE), "lon": L(CAMPAIGN_FIX[1], PRECISE)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "es_MX")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("turno_reservado", 1), ev("pantalla", 2, pantalla=L("Jornadas", USAGE))]}),
    ]


def inavilu_sdks() -> list[Case]:
    rng = random.Random(29552)
    return [
        ms_batch(APP, rng, [("Slot Booked", {"campaign": CAMPAIGN["id"]}),
                            ("Fee Paid", {"amount": L(150, BUY)})], at=CAMPAIGN_FIX, nd=2,
                 locale="es_MX"),
        ms_pixel(APP, rng, "Guide Opened", {"topic": "ayuno"}),
        ty_launch(APP, rng, first=True),
        ty_event(APP, rng, "donation", {"campaign": CAMPAIGN["id"]}, revenue=200.0,
                 currency="MXN"),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CAMPAIGN_FIX, nd=3,
               keywords="mascotas,veterinaria"),
        cr_crash(APP, rng, ("java.lang.IllegalArgumentException", "slot taken"),
                 [cr_crumb("nav", "Jornadas -> Turno")], screen="TurnoActivity"),
        pk_register(APP, rng, lang="es", at=TX_HOME_AT, nd=2, tags={"barrio": L(
            "San Diego", COARSE)}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        cx_card(APP, rng),
        cx_confirm(APP, rng, "150.00"),
        mp_reverse(APP, rng, STRAY_AT, PRECISE, nd=4),
    ]
