"""Community-radio app "SonqoFM" of Radio Ayllu Sonqo (a Cusco station broadcasting in Quechua and
Spanish; unlike set 103's club song request, listeners send song requests with dedications,
voice dedications, community notices and live call-ins; Spanish keys): sign-up (a form), an SMS
log-in and its code, ``/me`` with a JWT, now playing, a protobuf listening heartbeat, a song
request with a dedication, a voice dedication, a call-in, a lost-alpaca notice, top-ten votes, the
schedule, a donation, the live chat (msgpack), an alarm, a contest entry, a podcast search and
progress, casting to a TV, a reception report with her point, push, events and her requests by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
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
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families24_kit import claims
from eval_families109_kit import (
    CE_NUMBER,
    CUSCO_AT,
    CUSCO_CITY,
    MOTHER_IN_LAW,
    PE_NATIONAL,
    PE_PHONE,
    RADIO,
    fix,
    hd,
    obj,
)
from eval_families109_sdk import (
    bv_bid,
    bv_notice,
    ch_session,
    hy_crash,
    hy_crumb,
    qp_batch,
    qp_pixel,
)
from eval_families109_svc import ay_save, cf_eval, pu_register, qq_wallet
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("sonqo", "SonqoFM", "com.example.sonqofm", "2.0.3", "https://api.sonqofm.example.org")
IID = "X-Oyente-Device"
PW = "Waylla-Ichu-12"
ALIAS = "Jane de San Blas"  # her on-air name (contact.name: it carries her first name)
LISTENER = "OY-22817"  # her listener number (id.user)


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, auth=auth, lang="es", **kw)


def sonqofm() -> list[Case]:
    rng = random.Random(10951)
    a, f, st = f"{APP.api}/v1", APP.fam, RADIO["id"]
    jw = {"Authorization": J(claims(rng, phone_number=L(PE_PHONE, TEL), oyente=L(LISTENER, UID)))}
    lab: dict[str, str] = {}
    beat = pb([(1, L(INSTALL_ID, DID)), (2, st), (3, L(1800, USAGE)), (4, L(PUBLIC_IP, IPLOC)),
               (5, L("wifi", DEV)), (6, 64)], "", lab)
    ha, ho = fix(CUSCO_AT, 3)
    return [
        case(f, f"{a}/oyentes", fmt="form", headers=_h(rng, auth=None), body={
            "nombre": L(FIRST, NAMEC), "alias": L(ALIAS, NAMEC), "correo": L(EMAIL, MAIL),
            "celular": L(PE_NATIONAL, TEL), "clave": L(PW, CRED),
            "distrito": L(CUSCO_CITY, COARSE)}),
        case(f, f"{a}/auth/sms", headers=_h(rng, auth=None), body={
            "celular": L(PE_PHONE, TEL), "canal": "sms"}),
        case(f, f"{a}/auth/sms/verificar", headers=_h(rng, auth=None), body={
            "celular": L(PE_PHONE, TEL), "codigo": L("391207", CRED),
            "dispositivo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/now-playing", query={"station": st}, headers=_h(rng, auth=None)),
        raw(f, f"{a}/listen/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, auth=None)),
        case(f, f"{a}/pedidos", headers=_h(rng), body={
            "cancion": "Valicha", "artista": "Conjunto Qori Sonqo", "de": L(ALIAS, NAMEC),
            "para": L(MOTHER_IN_LAW, NAMEC), "al_aire": "2025-12-10T07:00",
            "dedicatoria": L("Para mi suegra Rosa en Hatun Q'asa, feliz cumpleaños de parte de "
                             "Jane y Wilber", f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/dedicatorias/voz", [
            ("audio", "dedicatoria.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("data", None, "application/json", {
                "para": L(MOTHER_IN_LAW, NAMEC), "ocasion": "cumpleanos", "duracion_s": 24})],
            headers=_h(rng)),
        case(f, f"{a}/en-vivo/llamadas", headers=_h(rng), body={
            "celular": L(PE_PHONE, TEL), "nombre": L(FIRST, NAMEC), "programa": "pr_wayra",
            "tema": L("Cómo proteger a las crías de alpaca de la helada", TEXT)}),
        case(f, f"{a}/avisos", headers=_h(rng), body={
            "tipo": "perdido", "distrito": L("Pitumarca", COARSE),
            "texto": L("Se perdió una alpaca blanca con arete PIT-0417-019 cerca de Hatun "
                       "Q'asa, llamar al 984 552 107", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/top10/votos", headers=_h(rng), body={
            "semana": "2025-50", "canciones": [obj(rng, "sg", 6) for _ in range(3)]}),
        case(f, f"{a}/programacion", query={"lang": L("qu", DEV), "dia": "mie"},
             headers=_h(rng, auth=None)),
        case(f, f"{a}/donaciones", headers=_h(rng), body={
            "monto": L("20.00", BUY), "medio": "billetera", "celular": L(PE_NATIONAL, TEL),
            "mensaje": L("Gracias por el programa en quechua", TEXT)}),
        case(f, f"{a}/chat/mensajes", fmt="msgpack", headers=_h(rng), body={
            "sala": "manana", "alias": L(ALIAS, NAMEC), "ts": 1765321800,
            "texto": L("Saludos a todas las tejedoras de Chinchero!", TEXT)}),
        case(f, f"{a}/alarmas", fmt="form", headers=_h(rng), body={
            "hora": "05:30", "tz": L("America/Lima", DEV), "emisora": st}),
        case(f, f"{a}/concursos/cc_2512/participaciones", headers=_h(rng), body={
            "respuesta": L("Ausangate", TEXT), "DNI": L(CE_NUMBER, NATID),
            "nacimiento": L("1991-05-17", BIRTH), "celular": L(PE_PHONE, TEL),
            "nombre": L(NAME, NAMEC)}),
        case(f, f"{a}/podcasts/buscar", query={"q": L("embarazo en la altura", SEARCH),
                                               "lang": L("es", DEV)}, headers=_h(rng)),
        case(f, f"{a}/podcasts/ep_3318/progreso", headers=_h(rng), body={
            "posicion_s": L(1260, USAGE), "terminado": False}),
        case(f, f"{a}/cast", headers=_h(rng), body={
            "sender_ip": L(LOCAL_IP, DEV), "receptor": "Sala TV", "receptor_ip": "192.168.1.41",
            "emisora": st}),
        case(f, f"{a}/cobertura", headers=_h(rng), body={
            "lat": ha, "lon": ho, "senal": "debil", "frecuencia": 98.7,
            "distrito": L(CUSCO_CITY, COARSE), "estudio_lat": RADIO["at"][0],
            "estudio_lon": RADIO["at"][1]}),
        case(f, f"{a}/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "instalacion": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "android": L("14", DEV), "idioma": L("es_PE", DEV)}),
        case(f, f"{a}/eventos", gz=True, headers=_h(rng), body={
            "user": L(USER_ID, UID), "oyente": L(LISTENER, UID), "events": [
                ev("stream_start", 1, station=st), ev("dedication_sent", 2),
                ev("screen", 3, screen=L("EnVivo", USAGE))]}),
        case(f, f"{a}/mis-pedidos", headers=_h(rng, auth=None, how="upper"),
             cookies={"sq_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def sonqofm_sdks() -> list[Case]:
    rng = random.Random(10952)
    return [
        qp_batch(APP, rng, [("Stream Started", {"station": RADIO["id"]}),
                            ("Listening Time", {"minutes": L(42, USAGE)})]),
        qp_pixel(APP, rng, "Schedule Viewed", {"day": "mie"}),
        ch_session(APP, rng, user=True),
        bv_bid(APP, rng, {"audio": {"mimes": ["audio/mp4"], "minduration": 5,
                                    "maxduration": 30}, "tagid": "preroll"}),
        bv_notice(APP, rng, "imp"),
        hy_crash(APP, rng, ("android.media.MediaCodec$CodecException", "Error 0xfffffff4"),
                 [hy_crumb("nav", "Inicio -> EnVivo"), hy_crumb("log", "buffer underrun")],
                 screen="PlayerActivity", custom={"station": RADIO["id"]}),
        cf_eval(APP, rng, {"quechuaUi": True, "district": L(CUSCO_CITY, COARSE)}),
        pu_register(APP, rng, tags={"idioma": "qu", "distrito": L(CUSCO_CITY, COARSE)},
                    lang="qu"),
        ay_save(APP, rng, {"analytics": True, "ads": True}),
        qq_wallet(APP, rng, "20.00", "Donación Radio Ayllu Sonqo"),
    ]
