"""Fish-auction (lonxa) catch-logbook app "Poxamar" of Vigo for a small-boat skipper: its API's
keys are Galician (``nome``, ``apelidos``, ``telefono_movil``, ``enderezo``, ``concello``,
``numero_dni``, ``data_nacemento``, ``contrasinal``, ``parella``). Sign-up with her guild
membership and her partner (who crews with her), a log-in by NIE, an SMS code, ``/eu``, the boat by
folio in the path, a trip's departure, hauls (gzip), a protobuf position, a landing declaration
and its catch photo, live auction prices, her settlements (by month in the query, one by number in
the path), the settlement IBAN, her seafarer's book, a message to the hall, weather alerts, a
man-overboard drill, ice bought, push, events and quotas by a cookie GET."""

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
    EMAIL_UPPER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families111_kit import (
    BOAT,
    DOB_GL,
    GL_NAT,
    GL_PHONE,
    HOME_GL,
    HOME_GL_AT,
    IBAN_ES,
    LIBRETA,
    LIQUIDACION,
    LONXA,
    NATID,
    NIE,
    PARTNER,
    PORT_AT,
    SOCIO,
    fix,
    gl_head,
    hauls,
    obj,
)
from eval_families111_sdk import (
    ab_event,
    ab_open,
    bp_bid,
    cv_crash,
    cv_crumb,
    tr_batch,
    tr_identify,
)
from eval_families111_svc import cl_message, fh_eval, pm_register, tf_reverse
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("poxamar", "Poxamar", "com.example.poxamar", "5.2.1", "https://api.poxamar.example.com")
IID = "X-Poxamar-Dispositivo"
PW = "Bateeira#Cies88"
DEPART_AT = (42.231644, -8.746012)  # her fix leaving Bouzas


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return gl_head(APP, rng, IID, how=how, **kw)


def poxamar() -> list[Case]:
    rng = random.Random(11101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, socio=L(SOCIO, UID), dni=L(NIE, NATID)))}
    marea = obj(rng, "mar", 8)
    desemb = obj(rng, "des", 8)
    dla, dlo = fix(DEPART_AT)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, marea), (3, [(1, L(42.218734, PRECISE)),
                                                       (2, L(-8.851207, PRECISE))]),
               (4, 5.8), (5, BOAT["mmsi"]), (6, 1765262144)], "", lab)
    liq = at_path(case(f, f"{a}/v1/liquidacions/{LIQUIDACION}", headers=_h(rng, **b)),
                  LIQUIDACION, BUY)
    return [
        case(f, f"{a}/v1/rexistro", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apelidos": L(LAST, NAMEC),
            "telefono_movil": L(GL_PHONE, TEL), "correo": L(EMAIL, MAIL),
            "enderezo": L(HOME_GL["rua"], ADDR), "codigo_postal": L(HOME_GL["cp"], COARSE),
            "concello": L(HOME_GL["concello"], COARSE), "numero_dni": L(NIE, NATID),
            "data_nacemento": L(DOB_GL, BIRTH), "contrasinal": L(PW, CRED),
            "socio_cofradia": L(SOCIO, UID),
            "parella": {"nome": L(PARTNER[0], NAMEC), "telefono": L(PARTNER[1], TEL),
                        "tripulante": True},
            "embarcacion": {"nome": BOAT["nome"], "folio": BOAT["folio"]},
            "acepta_condicions": True}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "usuario": L(NIE, NATID), "contrasinal": L(PW, CRED),
            "client_id": "poxamar-android"}),
        case(f, f"{a}/v1/auth/sms/verificar", headers=_h(rng), body={
            "telefono": L(GL_NAT, TEL), "codigo": L("482913", CRED), "prefixo": "+34"}),
        case(f, f"{a}/v1/eu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/embarcacions/{BOAT['folio']}", headers=_h(rng, **b),
             query={"socio": L(SOCIO, UID), "campos": "licenzas,artes"}),
        case(f, f"{a}/v1/diario/mareas", headers=_h(rng, **b), body={
            "marea": marea, "folio": BOAT["folio"], "saida": "2025-12-09T05:02:00+01:00",
            "porto": {"codigo": "VIG-BZ", "lat": PORT_AT[0], "lon": PORT_AT[1]},
            "posicion": {"lat": dla, "lon": dlo, "precision_m": 4},
            "tripulantes": [{"nome": L(NAME, NAMEC), "rol": "patroa"},
                            {"nome": L(PARTNER[0], NAMEC), "rol": "mariñeiro"}],
            "rede": {"operador": L("Example Mobile", "location.carrier"),
                     "mcc_mnc": L(MCCMNC, "location.carrier")}}),
        case(f, f"{a}/v1/diario/mareas/{marea}/lances", gz=True, headers=_h(rng, **b), body={
            "lances": hauls(rng, 4), "folio": BOAT["folio"], "zona_fao": "27.9.a"}),
        raw(f, f"{a}/v1/diario/posicion", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/desembarques", headers=_h(rng, **b), body={
            "desembarque": desemb, "marea": marea, "lonxa": LONXA["id"],
            "chegada": "2025-12-09T11:48:00+01:00",
            "lotes": [{"especie": "OCC", "kg": 41.6, "caixas": 4, "talla": "T2"},
                      {"especie": "CRE", "kg": 12.3, "caixas": 1, "talla": "T1"}],
            "patroa": {"nome": L(NAME, NAMEC), "libreta": L(LIBRETA, NATID)}}),
        multipart(f, f"{a}/v1/desembarques/{desemb}/fotos", [
            ("foto", "captura_0912.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("datos", None, "application/json", {"desembarque": desemb, "lote": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/poxa/directo", headers=_h(rng, **b), query={
            "lonxa": LONXA["id"], "especie": "OCC", "desde": "2025-12-09T06:00:00Z"}),
        case(f, f"{a}/v1/poxa/avisos", headers=_h(rng, **b), body={
            "especies": ["OCC", "CRE"], "prezo_minimo_kg": 9.5, "canal": "push",
            "socio": L(SOCIO, UID)}),
        case(f, f"{a}/v1/liquidacions", headers=_h(rng, **b), query={
            "socio": L(SOCIO, UID), "mes": "2025-12", "formato": "resumo"}),
        liq,
        case(f, f"{a}/v1/conta-bancaria", fmt="form", headers=_h(rng, **b), body={
            "iban": L(IBAN_ES, PAY), "titular": L(NAME, NAMEC), "numero_dni": L(NIE, NATID),
            "socio": L(SOCIO, UID)}),
        multipart(f, f"{a}/v1/documentos/libreta", [
            ("imaxe", "libreta.jpg", "image/jpeg", L(JPEG + b"\x12", f"{MEDIA}|{NATID}")),
            ("datos", None, "application/json", {"numero": L(LIBRETA, NATID),
                                                 "caduca": "2029-06-30",
                                                 "capitania": "Vigo"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mensaxes", headers=_h(rng, **b), body={
            "fio": obj(rng, "fio", 8), "para": "oficina_lonxa",
            "texto": L("Mañá non saio polo temporal. Xurxo leva as caixas de polbo ás 7.",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/meteo/alertas", headers=_h(rng, **b), body={
            "porto_base": "Bouzas", "aviso_ondas_m": 3.5, "vento_nos": 30,
            "punto": {"lat": L(round(HOME_GL_AT[0], 3), PRECISE),
                      "lon": L(round(HOME_GL_AT[1], 3), PRECISE)}}),
        case(f, f"{a}/v1/seguridade/simulacro", headers=_h(rng, **b), body={
            "tipo": "home_ao_mar", "marea": marea, "posicion": L("42.21873,-8.85121", PRECISE),
            "contacto_emerxencia": {"nome": L(PARTNER[0], NAMEC),
                                    "telefono": L(PARTNER[1], TEL)},
            "ip": L(PUBLIC_IP, IPLOC), "bateria": L(48, DEV)}),
        case(f, f"{a}/v1/compras/xeo", headers=_h(rng, **b), body={
            "pedido": L("XEO-25-07731", BUY), "kg": 200, "total": L("36.00", BUY),
            "entrega": "peirao 3", "socio": L(SOCIO, UID)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "dispositivo": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "so": L("Android 14", DEV), "idioma": L("gl_ES", DEV),
            "fuso": L("Europe/Madrid", DEV)}),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("lance_gardado", 1, n=4), ev("poxa_vista", 2),
                ev("pantalla", 3, pantalla=L("Liquidacions", USAGE))]}),
        case(f, f"{a}/v1/cotas", headers=_h(rng, how="none"),
             cookies={"px_sesion": L(opaque(rng, "", 40), CRED),
                      "px_disp": L(INSTALL_ID.upper(), DID), "px_req": rid(rng)}),
        case(f, f"{a}/v1/auth/contrasinal", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL_UPPER, MAIL), "canle": "correo"}),
    ]


def poxamar_sdks() -> list[Case]:
    rng = random.Random(11102)
    return [
        tr_batch(APP, rng, [("Lance Gardado", {"n": 4, "arte": "nasas"}),
                            ("Poxa Vista", {"especie": "OCC"})], at=HOME_GL_AT, nd=2),
        tr_identify(APP, rng, {"concello": L("Vigo", COARSE), "socio": L(SOCIO, UID),
                               "porto": "Bouzas", "eslora": BOAT["eslora"]}),
        ab_open(APP, rng, first=True),
        ab_event(APP, rng, "registro_completo", {"porto": "Bouzas"}, hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}, "tagid": "meteo_bottom"},
               keywords="pesca,meteo,mareas"),
        cv_crash(APP, rng, ("java.lang.IllegalStateException", "GPS fix stale"),
                 [cv_crumb("nav", "Marea -> Lances"),
                  cv_crumb("http", "POST", {"url": f"{APP.api}/v1/diario/posicion",
                                            "status_code": 504})],
                 screen="LancesActivity"),
        fh_eval(APP, rng, {"porto": "Bouzas", "cofradia": True}),
        pm_register(APP, rng, tags={"porto": "Bouzas", "especies": "OCC,CRE"}),
        tf_reverse(APP, rng, PORT_AT, None),
        cl_message(APP, rng, L("Non me chega a liquidación da semana pasada", TEXT),
                   {"socio": L(SOCIO, UID), "lonxa": LONXA["id"]}),
    ]
