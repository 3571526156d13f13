"""Wildlife-photography hide app "Amagatallo" (a fictional bearded-vulture feeding-station hide near
Aguero in the Pre-Pyrenees, booked by photographers by the half day; its API's keys are Aragonese,
ASCII-folded, with English where its developer kept them: ``usuario`` user, ``nombre``,
``apelliu``, ``correu``, ``telefono``, ``clau``, ``naixencia``, ``nie``; ``amagatallo`` hide,
``reserva`` booking, ``calendata`` date, ``hora`` hour, ``puestos`` seats, ``preu`` price,
``pago`` payment, ``permiso`` permit, ``especie`` species, ``crebantaguesos`` bearded vulture,
``avistamientos`` sightings, ``retrato`` photo, ``camara`` camera, ``latitut`` / ``longitut``,
``furgoneta`` van pick-up, ``regalo`` gift, ``vale`` voucher, ``opinion`` review, ``cancelar``,
``lista_aspera`` waiting list, ``busca``, ``mensache``, ``cola`` queue): sign-up, log-in,
``/yo``, free dates, a booking, its payment, the regional photography permit (her NIE), the van
pick-up, a check-in at the hide with her fix, an offline queue of sightings (msgpack; no signal in
the hide), photos with the phone's position, a review, a search, a gift voucher for her sister,
the booking by number in the path, a cancellation of a second date, the waiting list, a message
to the keeper, the receipt by cookie, push and events."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families268_kit import (
    HIDE,
    HIDE_BOOKING,
    HIDE_FIX,
    HU_HOME_AT,
    NIE,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families268_sdk import (
    ms_batch,
    ms_identify,
    pj_bid,
    pj_notice,
    rs_event,
    rs_launch,
    rs_link,
)
from eval_families268_svc import dn_card, dn_confirm, mp_geocode, mp_route, mp_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("amagatallo", "Amagatallo", "com.example.amagatallo", "1.9.0",
          "https://api.amagatallo.example.com")
IID = "X-Amagatallo-Device"
PW = "Crebantaguesos_26"
NID = "personal.national_id"
PERMIT = "PRM-FOT-26-0188"  # her regional photography permit (id.user: a number for her)
HANDLE = "jane.fotos.pirineu"  # her photographer's handle (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def amagatallo() -> list[Case]:
    rng = random.Random(26831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correu=L(EMAIL, MAIL), usuario=L(HANDLE, UID)))}
    hla, hlo = fix(HIDE_FIX)
    second = obj(rng, "rs")
    booking = at_path(case(f, f"{a}/api/reservas/{HIDE_BOOKING}", headers=_h(rng, **b)),
                      HIDE_BOOKING, BUY)
    return [
        case(f, f"{a}/api/usuarios", headers=_h(rng), body={
            "usuario": L(HANDLE, UID), "nombre": L(FIRST, NAMEC), "apelliu": L(LAST, NAMEC),
            "correu": L(EMAIL, MAIL), "telefono": L(E164, TEL), "clau": L(PW, CRED),
            "naixencia": L(DOB, BIRTH), "bolet": True}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "correu": L(EMAIL_UPPER, MAIL), "clau": L(PW, CRED),
            "aparato": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/amagatallos/{HIDE['id']}/disponibilidat", headers=_h(rng, **b),
             query={"mes": "2026-02", "franja": "maitin"}),
        case(f, f"{a}/api/amagatallos/{HIDE['id']}", headers=_h(rng, **b),
             query={"campos": "normas,horarios,puestos"}),
        case(f, f"{a}/api/reservas", headers=_h(rng, **b), body={
            "amagatallo": HIDE["id"], "calendata": "2026-02-21", "hora": "07:15",
            "puestos": 1, "reserva": L(HIDE_BOOKING, BUY), "preu": L(95, BUY),
            "lente": "600mm", "comentario": L("Ye a mia primera vegada en un amagatallo", TEXT)}),
        case(f, f"{a}/api/pagos", fmt="form", headers=_h(rng, **b), body={
            "reserva": L(HIDE_BOOKING, BUY), "cantidat": L("95.00", BUY), "moneda": "EUR",
            "tarcheta_token": L(opaque(rng, "tok_", 24), PAY), "ultimos4": L("4444", PAY)}),
        case(f, f"{a}/api/permisos", headers=_h(rng, **b), body={
            "nombre": L(f"{FIRST} {LAST}", NAMEC), "nie": L(NIE, NID),
            "especie": "Gypaetus barbatus", "amagatallo": HIDE["id"],
            "permiso": L(PERMIT, UID), "finalidat": "fotografia no comercial"}),
        case(f, f"{a}/api/furgoneta", headers=_h(rng, **b), body={
            "reserva": L(HIDE_BOOKING, BUY), "recoger_en": L("Aguero, plaza", COARSE),
            "hora": "06:40", "telefono": L(E164, TEL), "preu": L(10, BUY)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "reserva": L(HIDE_BOOKING, BUY), "latitut": hla, "longitut": hlo,
            "amagatallo": {"latitut": HIDE["lat"], "longitut": HIDE["lon"]},
            "checkin_id": obj(rng, "ci")}),
        case(f, f"{a}/api/avistamientos/cola", fmt="msgpack", headers=_h(rng, **b), body={
            "usuario": L(HANDLE, UID), "reserva": L(HIDE_BOOKING, BUY), "avistamientos": [
                {"especie": "crebantaguesos", "cantidat": 2, "t": 1771659600},
                {"especie": "voitre leonado", "cantidat": 34, "t": 1771660500},
                {"especie": "milano reyal", "cantidat": 3, "t": 1771661400}],
            "puesto": {"latitut": L(round(HIDE_FIX[0], 5), PRECISE),
                       "longitut": L(round(HIDE_FIX[1], 5), PRECISE)}}),
        multipart(f, f"{a}/api/retratos", [
            ("retrato", "crebantaguesos_0712.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "reserva": L(HIDE_BOOKING, BUY), "camara": "mirrorless APS-C",
                "gps": {"latitut": L(HIDE_FIX[0], PRECISE), "longitut": L(HIDE_FIX[1], PRECISE)},
                "titol": L("O crebantaguesos con un gueso en o pico", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/opinions", headers=_h(rng, **b), body={
            "amagatallo": HIDE["id"], "estrelas": 5,
            "texto": L("Fredo pero increyible, dos crebantaguesos a 20 metros.", TEXT)}),
        case(f, f"{a}/api/busca", headers=_h(rng, **b), query={
            "busca": L("amagatallo aguila real Riglos", SEARCH), "radio": "40"}),
        case(f, f"{a}/api/regalos", headers=_h(rng, **b), body={
            "ta": {"nombre": L(SISTER_US[0], NAMEC), "correu": L(SISTER_US[2], MAIL)},
            "mensache": L("Emily, ista ye a tuya manyana con os voitres cuan vienas!", TEXT),
            "vale": opaque(rng, "VL", 8), "cantidat": L(95, BUY)}),
        booking,
        case(f, f"{a}/api/reservas/{second}/cancelar", fmt="form", headers=_h(rng, **b),
             body={"motivo": "tiempo", "reembolso": L("85.50", BUY)}),
        case(f, f"{a}/api/lista_aspera", headers=_h(rng, **b), body={
            "amagatallo": HIDE["id"], "calendatas": ["2026-03-07", "2026-03-14"],
            "avisar_en": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/mensaches", headers=_h(rng, **b), body={
            "ta": "guarda_aguero",
            "texto": L("Plegaremos con a furgoneta, o mio mobil ye +1 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/recibos/zaguero", headers=_h(rng, how="none"), cookies={
            "am_sesion": L(opaque(rng, "", 40), CRED), "am_aparato": L(INSTALL_ID, DID),
            "am_req": rid(rng)}),
        case(f, f"{a}/api/aparatos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("reserva_feita", 1), ev("pantalla", 2, pantalla=L("Avistamientos", USAGE))]}),
    ]


def amagatallo_sdks() -> list[Case]:
    rng = random.Random(26832)
    link = U("https://amagatallo.example.com/r", {"reserva": L(HIDE_BOOKING, BUY),
                                                  "origen": "correu", "e": L(EMAIL, MAIL)})
    return [
        ms_batch(APP, rng, [("Hide Booked", {"total": L(95, BUY)}),
                            ("Photo Uploaded", {"species": "gypaetus"})], at=HIDE_FIX, nd=3),
        ms_identify(APP, rng, {"handle": L(HANDLE, UID), "nivel": "amator"}),
        rs_launch(APP, rng, first=True),
        rs_link(APP, rng, link),
        rs_event(APP, rng, "purchase", {"reserva": L(HIDE_BOOKING, BUY)}, revenue=95.0,
                 hashed=True),
        pj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HU_HOME_AT, nd=2,
               keywords="birds,photography,pyrenees"),
        pj_notice(APP, rng, "imp"),
        dn_card(APP, rng),
        dn_confirm(APP, rng, "95.00"),
        mp_geocode(APP, rng, "Aguero", SEARCH, near=HU_HOME_AT, nd=3),
        mp_route(APP, rng, [(HU_HOME_AT, PRECISE), ((HIDE["lat"], HIDE["lon"]), None)]),
        mp_telemetry(APP, rng, [HIDE_FIX, (42.298712, -0.790115)], PRECISE),
    ]
