"""Children's BMX school parent app "Rodetas" (a fictional BMX club's school at a municipal track in
Huesca; Martina, 9, rides in its Saturday group; its API's keys are Aragonese, ASCII-folded,
with English ``email`` and ``token``: ``pai_mai`` parent, ``nombre``, ``apelliu``, ``mobil``,
``clau``, ``corredora`` rider (girl), ``filla`` daughter, ``naixencia`` birth date, ``sexo``,
``licencia`` federation licence, ``talla`` size, ``casco`` helmet, ``certificau_medico`` medical
certificate, ``apta`` fit, ``alerchias``, ``cuota`` fee, ``carrera`` race, ``dorsal`` bib,
``categoria``, ``autorizacion`` consent, ``firma`` signature, ``cotche`` car (car-sharing),
``puestos`` seats, ``caida`` fall, ``entrenador`` coach, ``retrato`` photo, ``botiga`` shop):
the parent's sign-up, an OAuth password grant, ``/yo`` with a ``corredoras`` claim, Martina's
enrolment, the medical certificate (gzip), the term fee, a race entry, results by licence in the
path, the race-day consent, a check-in at the track with her fix, a fall report, a message to the
coach, a car-share to the Jaca race, Martina's photo for the licence card, a helmet from the club
shop, a training video, a search, notices, push and events."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    SEARCH,
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
from eval_families24_kit import claims
from eval_families268_kit import (
    DAUGHTER,
    HUSBAND,
    JACA_AT,
    TRACK,
    TRACK_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families268_sdk import cb_session, ms_batch, ms_identify, pj_bid, rs_event, rs_launch
from eval_families268_svc import (
    bn_eval,
    cd_message,
    cp_register,
    cs_save,
    dn_card,
    dn_confirm,
    mp_route,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("rodetas", "Rodetas", "com.example.rodetas", "2.0.6", "https://api.rodetas.example.org")
IID = "X-Rodetas-Install"
PW = "Martina#BMX2016"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
LIC = DAUGHTER["licence"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def rodetas() -> list[Case]:
    rng = random.Random(26851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), corredoras=[L(LIC, UID)],
                                    rol="pai_mai"))}
    tla, tlo = fix(TRACK_FIX, 5)
    race = "cr_chaca_0315"
    results = at_path(case(f, f"{a}/v1/licencias/{LIC}/resultaus", headers=_h(rng, **b),
                           query={"temporada": "2026"}), LIC, UID)
    return [
        case(f, f"{a}/v1/pai_mai", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apelliu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobil": L(E164, TEL), "clau": L(PW, CRED), "naixencia": L(DOB, BIRTH),
            "relacion": "mai", "localidat": L("Huesca", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "rodetas-familias"}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/corredoras", headers=_h(rng, **b), body={
            "nombre": L(DAUGHTER["first"], NAMEC), "apelliu": L(DAUGHTER["last"], NAMEC),
            "naixencia": L(DAUGHTER["dob"], BIRTH), "sexo": L(DAUGHTER["sex"], GENDER),
            "licencia": L(LIC, UID), "talla": "S", "grupo": "escuela-sabado",
            "alerchias": [L("picadura d'abella", MED)],
            "contacto_emerchencia": {"nombre": L(HUSBAND[0], NAMEC),
                                     "mobil": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/corredoras/certificau_medico", gz=True, headers=_h(rng, **b), body={
            "licencia": L(LIC, UID), "apta": L(True, MED), "calendata": "2026-01-12",
            "observacions": L("asma leve de esfuerzo, leva inhalador", f"{TEXT}|{MED}"),
            "pes": L(29, "health.fitness"), "altura": L(134, "health.fitness")}),
        case(f, f"{a}/v1/licencias/renovar", headers=_h(rng, **b), body={
            "licencia": L(LIC, UID), "dni_corredora": L("73418826C", "personal.national_id"),
            "tarcheta_sanitaria": L("ARAG-116021-93", MED), "temporada": 2026,
            "seguro_accidents": True, "preu": L(38, BUY)}),
        case(f, f"{a}/v1/cuotas", fmt="form", headers=_h(rng, **b), body={
            "licencia": L(LIC, UID), "trimestre": "2026-T1", "cuota": L("75.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/carreras/{race}/inscripcion", headers=_h(rng, **b), body={
            "licencia": L(LIC, UID), "categoria": "ninas-9-10", "dorsal": 117,
            "preu": L(12, BUY)}),
        results,
        case(f, f"{a}/v1/carreras/{race}/autorizacion", fmt="form", headers=_h(rng, **b),
             body={"licencia": L(LIC, UID), "autorizo": "si",
                   "firma": L(f"{FIRST} {LAST}", NAMEC), "mobil": L(E164, TEL)}),
        case(f, f"{a}/v1/entrenos/checkin", headers=_h(rng, **b), body={
            "licencia": L(LIC, UID), "puesto": {"latitut": tla, "longitut": tlo},
            "pista": {"id": TRACK["id"], "latitut": TRACK["lat"], "longitut": TRACK["lon"]},
            "tipo": "deixar"}),
        case(f, f"{a}/v1/caidas", headers=_h(rng, **b), body={
            "licencia": L(LIC, UID), "calendata": "2026-02-07",
            "descripcion": L(f"{KID} s'ha caiu en o segundo salto, se fa mal en o canell "
                             "cucho", f"{TEXT}|{MED}|{NAMEC}"),
            "primeros_auxilios": True}),
        case(f, f"{a}/v1/mensaches", headers=_h(rng, **b), body={
            "ta": "entrenador_sabado", "fio": obj(rng, "fi"),
            "texto": L("Martina no plegara dica las 11, tien dentista", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/cotches", headers=_h(rng, **b), body={
            "carrera": race, "puestos_libres": 2, "salida": L("Huesca, estacion", COARSE),
            "conductor": L(HUSBAND[0], NAMEC), "mobil": L(HUSBAND[1], TEL)}),
        multipart(f, f"{a}/v1/licencias/retrato", [
            ("retrato", "martina_licencia.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"licencia": L(LIC, UID), "uso": "carnet"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/botiga/pedidos", headers=_h(rng, **b), body={
            "articlos": [{"sku": "casco-int-s", "cantidat": 1, "preu": 64.9},
                         {"sku": "guants-xs", "cantidat": 1, "preu": 14.5}],
            "total": L(79.4, BUY), "pedido": L(opaque(rng, "RD-", 8), BUY),
            "recoger": "pista"}),
        multipart(f, f"{a}/v1/videos", [
            ("video", "salto_manual.mp4", "video/mp4", L(MP4 + b"\x17", MEDIA)),
            ("meta", None, "application/json", {"licencia": L(LIC, UID),
                                                "nota": L("O primer manual d'a Martina!",
                                                          TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/busca", headers=_h(rng, **b), query={
            "q": L("bici BMX 20 pulgadas segunda man", SEARCH)}),
        case(f, f"{a}/v1/avisos", headers=_h(rng, **b), query={
            "grupo": "escuela-sabado", "dende": "2026-01-01"}),
        case(f, f"{a}/v1/aparatos", headers=_h(rng, **b), body=push(push_token(rng), "es_ES")),
        case(f, f"{a}/v1/eventos", headers=_h(rng, how="none"), cookies={
            "rd_sid": L(opaque(rng, "", 40), CRED), "rd_dev": L(INSTALL_ID, DID)}, body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("resultaus_vistos", 1), ev("pantalla", 2, pantalla=L("Carreras", USAGE))]}),
    ]


def rodetas_sdks() -> list[Case]:
    rng = random.Random(26852)
    return [
        ms_batch(APP, rng, [("Race Entered", {"fee": L(12, BUY)}),
                            ("Fee Paid", {"amount": L(75, BUY)})], locale="es_ES"),
        ms_identify(APP, rng, {"rol": "pai_mai", "fillos": 1, "localidat": L("Huesca",
                                                                              COARSE)}),
        rs_launch(APP, rng),
        rs_event(APP, rng, "shop_order", {"items": 2}, revenue=79.4),
        pj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="bmx,kids,bikes"),
        cb_session(APP, rng, secs=301),
        bn_eval(APP, rng, {"club": "bmx_uesca", "fillos": 1}),
        cp_register(APP, rng, lang="es", tags={"grupo": "escuela-sabado"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        dn_card(APP, rng),
        dn_confirm(APP, rng, "75.00"),
        mp_route(APP, rng, [(TRACK_FIX, "location.precise"), (JACA_AT, "location.precise")]),
        cd_message(APP, rng, L(f"A licencia de {KID} sale caducada", f"{TEXT}|{NAMEC}"),
                   {"licencia": L(LIC, UID)}),
    ]
