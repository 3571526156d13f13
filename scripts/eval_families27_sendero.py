"""Hiking and trail app "Sendalia" (a Spanish company: its API's keys are Spanish): sign-up and
profile, trail searches, an offline map, a recorded hike synced as msgpack and as an encoded
polyline, a photo on the trail, live tracking shared with a friend (protobuf), an SOS, an
emergency contact, a review and a watch's import (free tier with native ads)."""

from __future__ import annotations

import random
from typing import Any

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import (
    CITY,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    latlng,
    opaque,
    play_token,
    pos,
)
from eval_families24_kit import claims, head
from eval_families27_kit import DOB_ES, HIKE, HUT_AT, TRAILHEAD_AT, polyline, puntos
from eval_families27_sdk import (
    atv_event,
    atv_session,
    bm_bid,
    fl_crash,
    fl_crumb,
    tally_batch,
    tally_identify,
)
from eval_families27_svc import co_route, co_telemetry, cr_save, pg_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("sendalia", "Sendalia", "com.example.sendalia", "7.4.0",
          "https://api.sendalia.example.org")
IID = "X-Id-Dispositivo"
RUTA = "ru_bk0412"  # the trail (a negative)
ACT = "act_5e02c71d"  # her recorded hike
T_HIKE = 1765114200  # the hike's start (Sunday morning)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _live(rng: random.Random) -> Case:
    """Live-tracking points as schema-less protobuf: the share token (whoever holds it sees
    her position: a credential), then repeated fixes ``2[i]`` (lat/lon ``location.precise``)."""
    rows = [(2, [(1, T_HIKE + 600 + 120 * i), (2, la), (3, lo), (4, 180 + 22 * i)])
            for i, (la, lo) in enumerate(HIKE[1:4])]
    data = pb([(1, opaque(rng, "lv_", 32)), *rows, (3, 62)], "", {})
    labels = {"1": CRED}
    for i in range(3):
        labels.update({f"2[{i}].2": PRECISE, f"2[{i}].3": PRECISE})
    return raw(APP.fam, f"{APP.api}/api/v1/seguimiento-en-vivo/puntos", data,
               "application/x-protobuf", labels, headers=_h(rng, auth="bearer"))


def sendalia() -> list[Case]:
    rng = random.Random(2771)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), nombre=L(NAME, NAMEC)))}
    lat2, lon2 = pos(2)
    sos = HIKE[4]
    cases = [
        case(f, f"{a}/api/v1/registro", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "contrasena": L("Cumbre!Hudson7", CRED), "telefono": L(PHONE, TEL),
            "fecha_nacimiento": L(DOB_ES, BIRTH), "sexo": L("mujer", GENDER),
            "pais": L("US", COARSE), "acepta_terminos": True}),
        case(f, f"{a}/api/v1/sesion", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL_UPPER, MAIL), "contrasena": L("Cumbre!Hudson7", CRED)}),
        case(f, f"{a}/api/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/perfil", headers=_h(rng, auth="bearer"), body={
            "apodo": L("janetrails", UID),
            "direccion": {"calle": L(LINE1, ADDR), "piso": L(LINE2, ADDR),
                          "codigo_postal": L(ZIP, COARSE), "ciudad": L(CITY, COARSE),
                          "estado": L(STATE, COARSE)},
            "peso_kg": L(63.5, FIT), "altura_cm": L(168, FIT), "nivel": "intermedio",
            "idioma": L("en", DEV)}),
        case(f, f"{a}/api/v1/rutas/buscar", headers=_h(rng, auth="bearer"), query={
            "q": L("Breakneck Ridge", SEARCH), "ubicacion": latlng(3), "radio_km": "40",
            "dificultad": "dificil"}),
        case(f, f"{a}/api/v1/rutas/cercanas", headers=_h(rng, auth="bearer"),
             query={"lat": lat2, "lon": lon2, "limite": "20"}),
        case(f, f"{a}/api/v1/rutas/{RUTA}", headers=_h(rng, auth="bearer", lang=True)),
        case(f, f"{a}/api/v1/rutas/{RUTA}/offline", headers=_h(rng, auth="bearer"), body={
            "bbox": [-73.9902, 41.4371, -73.9588, 41.4566], "zoom": [12, 16],
            "espacio_libre_mb": L(18432, DEV)}),
        case(f, f"{a}/api/v1/actividades", fmt="msgpack", headers=_h(rng, auth="bearer"), body={
            "usuario": L(USER_ID, UID), "ruta_id": RUTA, "inicio": T_HIKE,
            "puntos": puntos(rng, HIKE, T_HIKE), "distancia_km": L(7.9, FIT),
            "desnivel_m": L(430, FIT), "duracion_s": L(14820, FIT),
            "calorias": L(912, FIT), "fc_media": L(128, FIT), "fc_max": L(171, FIT)}),
        case(f, f"{a}/api/v1/actividades/{ACT}/resumen", headers=_h(rng, auth="bearer"), body={
            "polilinea": L(polyline(HIKE), PRECISE),
            "inicio": L(f"{HIKE[0][0]},{HIKE[0][1]}", PRECISE),
            "fin": L(f"{HIKE[-1][0]},{HIKE[-1][1]}", PRECISE), "publica": False}),
        multipart(f, f"{a}/api/v1/actividades/{ACT}/fotos", [
            ("foto", "IMG_20251207_1012.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("datos", None, "application/json", {
                "ubicacion": {"lat": L(HIKE[3][0], PRECISE), "lon": L(HIKE[3][1], PRECISE)},
                "descripcion": L("Vista del Hudson desde la cima", TEXT)})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v1/seguimiento-en-vivo", headers=_h(rng, auth="bearer"), body={
            "contactos": [{"nombre": L(PEOPLE[1][0], NAMEC), "telefono": L(PEOPLE[1][1], TEL)}],
            "posicion": {"lat": L(HIKE[0][0], PRECISE), "lon": L(HIKE[0][1], PRECISE)},
            "bateria": L(0.83, DEV), "regreso_estimado": "2025-12-07T15:30:00-05:00"}),
        _live(rng),
        case(f, f"{a}/api/v1/sos", fmt="form", headers=_h(rng, auth="bearer"), body={
            "lat": L(sos[0], PRECISE), "lon": L(sos[1], PRECISE), "precision_m": "6",
            "telefono": L(E164, TEL), "bateria": L("0.41", DEV),
            "mensaje": L("Me torcí el tobillo bajando, puedo caminar despacio",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/contacto-emergencia", headers=_h(rng, auth="bearer"), body={
            "nombre": L(PEOPLE[1][0], NAMEC), "telefono": L(PEOPLE[1][1], TEL),
            "relacion": "amiga"}),
        case(f, f"{a}/api/v1/resenas", headers=_h(rng, auth="bearer"), body={
            "ruta_id": RUTA, "puntuacion": 5, "nombre_visible": L("Jane D.", NAMEC),
            "texto": L("Subida dura pero preciosa, mucha roca suelta en el tramo final",
                       TEXT)}),
        case(f, f"{a}/api/v1/meteo", headers=_h(rng, auth="bearer"), query={
            "lat": str(HUT_AT[0]), "lon": str(HUT_AT[1]), "fecha": "2025-12-14"}),
        case(f, f"{a}/api/v1/dispositivos", headers=_h(rng, auth="bearer"), body={
            "token_push": L(push_token(rng), DID), "id_instalacion": L(INSTALL_ID, DID),
            "zona_horaria": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/eventos", gz=True, headers=_h(rng, auth="bearer"), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("ruta_guardada", 1, ruta=RUTA), ev("actividad_terminada", 2),
                ev("pantalla", 3, pantalla=L("MapaOffline", USAGE))]}),
        case(f, f"{a}/api/v1/actividades", query={"pagina": "1"}, headers=_h(rng, how="none"),
             cookies={"snd_sesion": L(opaque(rng, "", 56), CRED),
                      "snd_disp": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/suscripcion/verificar", headers=_h(rng, auth="bearer"), body={
            "producto": L("sendalia_pro_anual", BUY),
            "pedido": L("GPA.3342-7781-0265-93318", BUY),
            "token_compra": L(play_token(rng), BUY), "paquete": APP.pkg}),
        case(f, f"{a}/api/v1/reloj/sincronizar", gz=True, headers=_h(rng, auth="bearer"), body={
            "fecha": "2025-12-07", "pasos": L(18432, FIT), "fc_reposo": L(57, FIT),
            "vo2max": L(41.5, FIT),
            "frecuencia_cardiaca": L([112 + (i * 7) % 50 for i in range(24)], FIT),
            "reloj": {"modelo": "Trailwatch 3", "firmware": "2.8.1"}}),
    ]
    return cases


def sendalia_sdks() -> list[Case]:
    rng = random.Random(2772)
    native = {"native": {"request": '{"ver":"1.2","assets":[{"id":1,"title":{"len":80}},'
                                    '{"id":2,"img":{"type":3,"w":1200,"h":627}}]}',
                         "ver": "1.2"}, "tag": "trail_list_native"}
    return [
        tally_batch(APP, rng, [("Ruta Guardada", {"dificultad": "dificil"}),
                               ("Actividad Terminada", {"distancia_km": L(7.9, FIT)})], nd=3),
        tally_identify(APP, rng, {"nivel": "intermedio", "ciudad": L(CITY, COARSE),
                                  "pro": False}),
        atv_session(APP, rng, first=True),
        atv_event(APP, rng, "hk3pro", revenue=29.99),
        bm_bid(APP, rng, native, nd=4, yob=1991, gender="F", hem=True),
        fl_crash(APP, rng, ("java.lang.IllegalStateException", "GPS provider disabled"),
                 [fl_crumb("nav", "Mapa -> Grabar"), fl_crumb("log", "recording paused")],
                 screen="GrabarActivity"),
        co_telemetry(APP, rng, HIKE[:3], PRECISE),
        co_route(APP, rng, (LAT, LON), PRECISE, TRAILHEAD_AT, None, "auto"),
        pg_register(APP, rng, tags={"ciudad": L(CITY, COARSE), "pro": 0}),
        cr_save(APP, rng, {"analitica": True, "publicidad": True}),
    ]
