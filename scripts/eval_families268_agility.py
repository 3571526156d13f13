"""Dog-agility club app "Blincacans" (a fictional agility club with a field outside Jaca; she runs
her border collie Boira at weekends; its API's keys are Aragonese, ASCII-folded, camelCase:
``guia`` handler, ``nombre``, ``apelliu``, ``correuElectronico``, ``telefonoMobil``,
``parolaClau`` password, ``naixencia``, ``adreza``, ``localidat``, ``codigoPostal``; ``can``
dog, ``nombreCan``, ``raza`` breed, ``microchip``, ``grau`` grade, ``licenciaGuia`` handler
licence, ``entreno`` training, ``pista`` ring, ``proba`` trial, ``inscripcion`` entry,
``recorriu`` run, ``tiempo`` time, ``faltas`` faults, ``vacunas`` vaccinations, ``socio``
member, ``cuota``, ``botiga`` shop, ``foro`` forum): sign-up, log-in, ``/yo``, the dog
registered, the handler licence, the club fee, a training slot, a check-in at the field with her
fix, a run video, the dog's vaccination card (photo), a trial entry, results by licence in the
path, a forum post, a car-share, a message to the trainer, the club shop, an offline queue of
runs (msgpack), a search, push and events."""

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
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
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
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families268_kit import (
    DOG,
    FIELD,
    FIELD_FIX,
    HANDLER,
    HUSBAND,
    JACA_AT,
    JACA_FLAT,
    fix,
    hd,
    obj,
    push,
)
from eval_families268_sdk import (
    cb_crash,
    cb_crumb,
    ms_batch,
    ms_queue,
    pj_bid,
    pj_notice,
    rs_launch,
)
from eval_families268_svc import cp_register, cs_check, dn_card, dn_confirm, mp_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("blincacans", "Blincacans", "com.example.blincacans", "1.3.5",
          "https://api.blincacans.example.net")
IID = "X-Blincacans-Device"
PW = "Boira-Collie-21"
DOB_ES = "17/05/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def blincacans() -> list[Case]:
    rng = random.Random(26861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correuElectronico=L(EMAIL, MAIL),
                                    licenciaGuia=L(HANDLER, UID), club="blc_chaca"))}
    fla, flo = fix(FIELD_FIX)
    trial = "pr_chaca_0412"
    results = at_path(case(f, f"{a}/api/v2/guias/{HANDLER}/resultaus", headers=_h(rng, **b)),
                      HANDLER, UID)
    return [
        case(f, f"{a}/api/v2/socios", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apelliu": L(LAST, NAMEC),
            "correuElectronico": L(EMAIL, MAIL), "telefonoMobil": L(NATIONAL, TEL),
            "parolaClau": L(PW, CRED), "naixencia": L(DOB_ES, BIRTH),
            "adreza": L(JACA_FLAT["line"], ADDR), "localidat": L(JACA_FLAT["town"], COARSE),
            "codigoPostal": L(JACA_FLAT["post"], COARSE), "comoNos": "amiga"}),
        case(f, f"{a}/api/v2/dentrar", fmt="form", headers=_h(rng), body={
            "correuElectronico": L(EMAIL, MAIL), "parolaClau": L(PW, CRED),
            "aparato": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/cans", headers=_h(rng, **b), body={
            "nombreCan": DOG["name"], "raza": DOG["breed"], "microchip": DOG["chip"],
            "naixenciaCan": DOG["born"], "altura_cm": 52, "grau": "G2",
            "guia": L(HANDLER, UID)}),
        case(f, f"{a}/api/v2/licencias", headers=_h(rng, **b), body={
            "licenciaGuia": L(HANDLER, UID), "nombre": L(f"{FIRST} {LAST}", NAMEC),
            "naixencia": L(DOB_ES, BIRTH), "seguro_RC": "incluiu", "temporada": 2026}),
        case(f, f"{a}/api/v2/cuotas", fmt="form", headers=_h(rng, **b), body={
            "socio": L(HANDLER, UID), "cuota": L("60.00", BUY), "anyo": "2026",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v2/entrenos", headers=_h(rng, **b), body={
            "pista": "pista_2", "calendata": "2026-02-14", "hora": "10:00",
            "can": DOG["name"], "guia": L(HANDLER, UID), "entreno": obj(rng, "en")}),
        case(f, f"{a}/api/v2/entrenos/checkin", headers=_h(rng, **b), body={
            "guia": L(HANDLER, UID), "latitut": fla, "longitut": flo, "precision": 7,
            "campo": {"latitut": FIELD["lat"], "longitut": FIELD["lon"]}}),
        multipart(f, f"{a}/api/v2/recorrius/video", [
            ("video", "boira_jumping.mp4", "video/mp4", L(MP4 + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"can": DOG["name"], "tiempo": 38.72,
                                                "faltas": 1, "pista": "pista_2"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/cans/vacunas", [
            ("foto", "cartilla_boira.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"microchip": DOG["chip"],
                                                "rabia": "2025-10-03"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/probas/{trial}/inscripcion", headers=_h(rng, **b), body={
            "guia": L(HANDLER, UID), "can": DOG["name"], "microchip": DOG["chip"],
            "mangas": ["agility", "jumping"], "preu": L(22, BUY),
            "inscripcion": L(opaque(rng, "INS-", 6), BUY)}),
        results,
        case(f, f"{a}/api/v2/foro/mensaches", headers=_h(rng, **b), body={
            "fio": obj(rng, "fo"),
            "texto": L("Qui se'n va a la proba de Sabinyanigo? Tengo dos puestos en o cotche",
                       TEXT)}),
        case(f, f"{a}/api/v2/cotches", headers=_h(rng, **b), body={
            "proba": trial, "puestos": 2, "salida": L("Jaca", COARSE),
            "telefonoMobil": L(E164, TEL)}),
        case(f, f"{a}/api/v2/mensaches", headers=_h(rng, **b), body={
            "ta": "entrenadora_g2",
            "texto": L("Boira se salta o balancin, o mio mariu Jorge Castan la levara o "
                       "sabado", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v2/botiga", headers=_h(rng, **b), body={
            "articlos": [{"sku": "arnes-m", "preu": 34.0}, {"sku": "premios-200g", "preu": 6.5}],
            "total": L(40.5, BUY), "pedido": L(opaque(rng, "BL-", 8), BUY)}),
        case(f, f"{a}/api/v2/recorrius/cola", fmt="msgpack", headers=_h(rng, **b), body={
            "guia": L(HANDLER, UID), "recorrius": [
                {"can": DOG["name"], "tiempo": 41.1, "faltas": 2, "t": 1771063200},
                {"can": DOG["name"], "tiempo": 37.9, "faltas": 0, "t": 1771064100}],
            "puesto": {"latitut": L(round(FIELD_FIX[0], 4), PRECISE),
                       "longitut": L(round(FIELD_FIX[1], 4), PRECISE)}}),
        case(f, f"{a}/api/v2/busca", headers=_h(rng, **b), query={
            "q": L("seminario contactos balancin marzo", SEARCH)}),
        case(f, f"{a}/api/v2/emergencia", headers=_h(rng, **b), body={
            "guia": L(HANDLER, UID), "contacto": {"nombre": L(HUSBAND[0], NAMEC),
                                                  "telefono": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v2/parolaClau", fmt="form", headers=_h(rng, **b), body={
            "parolaClauActual": L(PW, CRED), "parolaClauNueva": L("Boira-Jumping-26", CRED)}),
        case(f, f"{a}/api/v2/aparatos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "sesion": rid(rng), "eventos": [
                ev("entreno_reservau", 1), ev("pantalla", 2, pantalla=L("Resultaus", USAGE))]}),
    ]


def blincacans_sdks() -> list[Case]:
    rng = random.Random(26862)
    return [
        ms_batch(APP, rng, [("Training Booked", {"ring": 2}),
                            ("Trial Entered", {"fee": L(22, BUY)})], at=FIELD_FIX, nd=3),
        ms_queue(APP, rng, [("Run Logged", {"faults": 2}), ("Run Logged", {"faults": 0})]),
        rs_launch(APP, rng, first=True, user=True),
        pj_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=JACA_AT, nd=2,
               keywords="dogs,agility,pets"),
        pj_notice(APP, rng, "win"),
        cb_crash(APP, rng, ("java.lang.IllegalArgumentException", "timer negative"),
                 [cb_crumb("nav", "Entrenos -> Cronometro"), cb_crumb("tap", "stop_button")],
                 screen="CronometroActivity"),
        cp_register(APP, rng, at=JACA_AT, nd=2, tags={"grau": "G2"}),
        cs_check(APP, rng, {"analytics": True, "ads": True}),
        dn_card(APP, rng),
        dn_confirm(APP, rng, "60.00"),
        mp_reverse(APP, rng, FIELD_FIX, PRECISE, nd=4),
    ]
