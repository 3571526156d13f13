"""A table tennis club app "Mesatenis" (she and Ronnie play on weeknights at a club hall near the
city hall; its API's keys are Chavacano in ASCII with English loans: ``nombre``, ``apellido``,
``usuario`` user name, ``correo``, ``celular``, ``contrasena``, ``cumpleanos``, ``sexo``,
``mano`` playing hand, ``nivel``, ``mesa`` table, ``reserva``, ``fecha``, ``hora``, ``monto``,
``pareja`` partner, ``membresia``, ``miembros``, ``ano_nacimiento``, ``rival``, ``puntos``,
``lugar``, ``pie`` caption, ``mensaje``, ``clase``, ``entrenador`` coach, ``lesion`` injury,
``torneo``, ``categoria``, ``buscar``, ``pulso``, ``calorias``, ``orden``, ``entrega``,
``direccion``): sign-up, log-in, ``/yo``, free tables, a table booked for doubles with her
husband, a family membership (msgpack), the e-wallet payment, her ranking by user name in the
path, a match result against a named rival, a check-in at the hall with her fix, a serve video, a
message to the coach about her wrist, a lesson with the injury noted, a tournament entry (gzip), a
search, her watch's sessions (JSON Lines), saved settings by cookie GET, a rubber order delivered
home, push and events. No earlier set has table tennis (a docstring grep for "table tennis" and
"ping pong" found nothing)."""

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
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families266_kit import (
    CLUB,
    CLUB_FIX,
    HUSBAND,
    PH_MOBILE,
    SON,
    ZC_HOME,
    ZC_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families266_sdk import (
    cz_batch,
    cz_identify,
    lc_bid,
    lc_notice,
    qb_crash,
    qb_crumb,
    rs_event,
    rs_launch,
)
from eval_families266_svc import ap_save, as_attach, as_message, mp_geocode, sn_eval
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("mesatenis", "Mesatenis", "com.example.mesatenis", "7.3.0",
          "https://api.mesatenis.example.com")
IID = "X-Mesatenis-Did"
PW = "Topspin!zc1991"
FIT = "health.fitness"
HANDLE = "janedoe.zc"  # her user name (id.user)
BOOKING = "MT-88120"  # the table booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, cbk=True, **kw)


def mesatenis() -> list[Case]:
    rng = random.Random(26671)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, usuario=L(HANDLE, UID), correo=L(EMAIL, MAIL)))}
    cla, clo = fix(CLUB_FIX, 5)
    rank = at_path(case(f, f"{a}/api/v3/jugadores/{HANDLE}/ranking", headers=_h(rng, **b)),
                   HANDLE, UID)
    return [
        case(f, f"{a}/api/v3/cuenta/registro", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC), "usuario": L(HANDLE, UID),
            "correo": L(EMAIL, MAIL), "celular": L(PH_MOBILE, TEL), "contrasena": L(PW, CRED),
            "cumpleanos": L(DOB, BIRTH), "sexo": L("F", GENDER), "mano": "derecha",
            "nivel": "intermedio"}),
        case(f, f"{a}/api/v3/cuenta/entra", fmt="form", headers=_h(rng), body={
            "usuario": L(HANDLE, UID), "contrasena": L(PW, CRED)}),
        case(f, f"{a}/api/v3/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/mesas", headers=_h(rng, **b), query={
            "club": CLUB["id"], "fecha": "2026-01-22", "desde": "18:00"}),
        case(f, f"{a}/api/v3/reservas", headers=_h(rng, **b), body={
            "reserva": L(BOOKING, BUY), "mesa": "t4", "fecha": "2026-01-22", "hora": "19:00",
            "horas": 2, "monto": L(240, BUY), "usuario": L(HANDLE, UID),
            "pareja": {"nombre": L(HUSBAND[0], NAMEC), "celular": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v3/membresia", fmt="msgpack", headers=_h(rng, **b), body={
            "usuario": L(HANDLE, UID), "plan": "familia", "monto": L(3600, BUY),
            "miembros": [{"nombre": L(HUSBAND[0], NAMEC)},
                         {"nombre": L(f"{SON['first']} {SON['last']}", NAMEC),
                          "ano_nacimiento": L(2016, BIRTH)}]}),
        case(f, f"{a}/api/v3/pagos", fmt="form", headers=_h(rng, **b), body={
            "reserva": L(BOOKING, BUY), "monto": L("240.00", BUY),
            "celular_ewallet": L(PH_MOBILE, TEL), "metodo": "ewallet"}),
        rank,
        case(f, f"{a}/api/v3/partidos", headers=_h(rng, **b), body={
            "usuario": L(HANDLE, UID), "rival": L("Maribel Sebastian", NAMEC),
            "puntos": ["11-8", "9-11", "11-6", "11-9"], "mesa": "t4", "liga": "miercoles-b"}),
        case(f, f"{a}/api/v3/checkin", headers=_h(rng, **b), body={
            "usuario": L(HANDLE, UID), "lugar": {"lat": cla, "lng": clo},
            "club": {"id": CLUB["id"], "lat": CLUB["lat"], "lng": CLUB["lon"]}}),
        multipart(f, f"{a}/api/v3/videos", [
            ("video", "saque.mp4", "video/mp4", L(MP4 + b"\x2a", MEDIA)),
            ("meta", None, "application/json", {
                "usuario": L(HANDLE, UID),
                "pie": L("Mi saque con backspin, cosa man mi falta?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/mensajes", headers=_h(rng, **b), body={
            "para": "co_lim", "hilo": obj(rng, "hl"),
            "mensaje": L("Coach, puede ba cambia mi clase para jueves? Ta dole pa mi muneca",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/clases", headers=_h(rng, **b), body={
            "entrenador": "co_lim", "fecha": "2026-01-29", "hora": "17:00",
            "monto": L(500, BUY), "lesion": L("tendinitis na muneca derecha", MED)}),
        case(f, f"{a}/api/v3/torneo/inscribe", gz=True, headers=_h(rng, **b), body={
            "torneo": "tr_fiesta26", "categoria": "mujeres abierto", "usuario": L(HANDLE, UID),
            "cumpleanos": L(DOB, BIRTH), "sexo": L("F", GENDER),
            "pareja_dobles": L(HUSBAND[0], NAMEC), "monto": L(300, BUY)}),
        case(f, f"{a}/api/v3/buscar", headers=_h(rng, **b), query={
            "q": L("goma china hurricane 2.1mm", SEARCH), "ciudad": L("Zamboanga", COARSE)}),
        lines(f, f"{a}/api/v3/entreno/sync", [
            {"sesion": obj(rng, "en"), "minutos": 95, "pulso_max": L(164, FIT),
             "pulso_prom": L(128, FIT), "calorias": L(540, FIT), "por": L(USER_ID, UID)},
            {"sesion": obj(rng, "en"), "minutos": 60, "pulso_max": L(152, FIT),
             "pulso_prom": L(121, FIT), "calorias": L(330, FIT), "por": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/ajustes", headers=_h(rng, how="none"), cookies={
            "mt_sesion": L(opaque(rng, "", 40), CRED),
            "mt_prefs": W({"usuario": L(HANDLE, UID), "mesa_fav": "t4", "idioma": L("cbk", DEV)},
                          "b64json")}),
        case(f, f"{a}/api/v3/tienda/orden", headers=_h(rng, **b), body={
            "orden": L("MT-OR-4417", BUY), "total": L(1850, BUY),
            "items": [{"sku": "rubber-21-red", "precio": 900}, {"sku": "rubber-21-blk",
                                                                 "precio": 950}],
            "entrega": {"nombre": L(f"{FIRST} {LAST}", NAMEC),
                        "direccion": L(ZC_HOME["line"], ADDR),
                        "barangay": L(ZC_HOME["brgy"], COARSE), "celular": L(PH_MOBILE, TEL)}}),
        case(f, f"{a}/api/v3/dispositivo", headers=_h(rng, **b),
             body=push(push_token(rng), "cbk_PH")),
        case(f, f"{a}/api/v3/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("reserva", 1, mesa="t4"), ev("partido", 2),
                ev("pantalla", 3, pantalla=L("Ranking", USAGE))]}),
    ]


def mesatenis_sdks() -> list[Case]:
    rng = random.Random(26672)
    return [
        cz_batch(APP, rng, [("Table Booked", {"total": L(240, BUY)}),
                            ("Match Logged", {"league": "miercoles-b"})], adid=True),
        cz_identify(APP, rng, {"usuario": L(HANDLE, UID), "ciudad": L("Zamboanga City", COARSE),
                               "nivel": "intermedio"}),
        rs_launch(APP, rng, first=True),
        rs_event(APP, rng, "purchase", {"reserva": L(BOOKING, BUY)}, revenue=240.0, hashed=True),
        lc_bid(APP, rng, {"video": {"w": 320, "h": 480}}, yob=1991, gender="F",
               keywords="table tennis,rubber,sports"),
        lc_notice(APP, rng, "imp"),
        qb_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encoder"),
                 [qb_crumb("nav", "Videos -> Subir"), qb_crumb("tap", "upload_button")],
                 screen="VideoActivity"),
        sn_eval(APP, rng, {"club": CLUB["id"], "city": L("Zamboanga City", COARSE)}),
        ap_save(APP, rng, {"analytics": True, "marketing": True, "personalisation": True}),
        mp_geocode(APP, rng, "Zamboanga Table Tennis Club", SEARCH, near=ZC_HOME_AT, nd=3),
        as_message(APP, rng, L(f"Ya cobra dos veces el reserva {BOOKING}", f"{TEXT}|{BUY}"),
                   {"usuario": L(HANDLE, UID)}),
        as_attach(APP, rng, L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA), "cobro_doble.png",
                  "image/png"),
    ]
