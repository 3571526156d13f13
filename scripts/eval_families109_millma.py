"""Alpaca-fibre cooperative app "Millmanchis" (a Pitumarca cooperative pools its members' graded
fleeces and sells them by lot; unlike set 93's cashmere cooperative, where a member sells her own
lots to buyers' offers, here the coop grades, pools and pays members advances and a settlement;
its API's keys are Quechua): member registration (her husband in ``qusa``), a log-in with an SMS
code, ``/me`` with a JWT, the member card by number in the path, the herd (msgpack), a fleece
delivery at the collection centre with a photo, her lots, a grading slip by number in the path,
an advance, the payout account, prices, a message to the committee, a vet visit, a training
video, a search, an assembly check-in, dues, a member photo, a course sign-up, push, events and
notices by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families109_kit import (
    ACOPIO,
    ACOPIO_FIX,
    CCI,
    CE_NUMBER,
    COMMUNITY,
    CUSCO_CITY,
    CUSCO_LINE,
    ESTANCIA_AT,
    HUSBAND,
    PE_NATIONAL,
    PE_PHONE,
    SLIP,
    SOCIO,
    fix,
    hd,
    obj,
)
from eval_families109_sdk import ch_event, ch_session, hy_crash, hy_crumb, qp_batch, qp_identify
from eval_families109_svc import ay_save, cf_eval, pu_register, qq_wallet, rc_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("millma", "Millmanchis", "com.example.millmanchis", "2.4.1",
          "https://api.millmanchis.example.org")
IID = "X-Millma-Device"
PW = "Qhawa-Inti-58"


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, auth=auth, lang="qu", **kw)


def millmanchis() -> list[Case]:
    rng = random.Random(10911)
    a, f = f"{APP.api}/api/v1", APP.fam
    jw = {"Authorization": J(claims(rng, socio=L(SOCIO, UID), phone_number=L(PE_PHONE, TEL)))}
    la, lo = fix(ACOPIO_FIX, 5)
    ea, eo = fix(ESTANCIA_AT, 6)
    va, vo = fix(ESTANCIA_AT, 4)
    ha, ho = fix(ACOPIO_FIX, 6)
    return [
        case(f, f"{a}/socios/qillqakuy", headers=_h(rng, auth=None), body={
            "suti": L(FIRST, NAMEC), "ayllu_suti": L(LAST, NAMEC),
            "tilipunu_yupay": L(PE_NATIONAL, TEL), "correo": L(EMAIL, MAIL),
            "DNI_yupay": L(CE_NUMBER, NATID), "documento_tipo": "CE",
            "paqarimuy_punchaw": L("17/05/1991", BIRTH), "tiyana": L(CUSCO_LINE, ADDR),
            "llaqta": L(CUSCO_CITY, COARSE), "ayllu": L(COMMUNITY, COARSE),
            "pakasqa_simi": L(PW, CRED), "uywakuna": 46,
            "qusa": {"suti": L(HUSBAND["name"], NAMEC), "DNI_yupay": L(HUSBAND["dni"], NATID),
                     "tilipunu_yupay": L(HUSBAND["phone"], TEL)}}),
        case(f, f"{a}/yaykuy", fmt="form", headers=_h(rng, auth=None), body={
            "tilipunu_yupay": L(PE_PHONE, TEL), "pakasqa_simi": L(PW, CRED),
            "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/yaykuy/otp", fmt="form", headers=_h(rng, auth=None), body={
            "tilipunu_yupay": L(PE_PHONE, TEL), "code": L("604118", CRED)}),
        case(f, f"{a}/socio/me", headers=_h(rng, auth=None, extra=jw)),
        at_path(case(f, f"{a}/socios/{SOCIO}/tarjeta", headers=_h(rng, auth=None),
                     cookies={"mll_sess": L(opaque(rng, "", 40), CRED)}), SOCIO, UID),
        case(f, f"{a}/michiy/uywakuna", fmt="msgpack", headers=_h(rng), body={
            "socio": L(SOCIO, UID), "estancia": {"lat": ea, "lon": eo, "alt_m": 4310},
            "alpacas": {"huacaya": 38, "suri": 8}, "colores": {"blanco": 29, "LF": 9, "yana": 8},
            "aretes": "PIT-0417-001..046"}),
        multipart(f, f"{a}/millma/entregas", [
            ("foto", "vellones_0412.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("data", None, "application/json", {
                "socio": L(SOCIO, UID), "acopio": ACOPIO["id"], "kilos": 61.4, "vellones": 23,
                "color": "blanco", "lote": obj(rng, "lot"), "fix": {"lat": la, "lon": lo}})],
            headers=_h(rng)),
        case(f, f"{a}/millma/lotes", query={"socio": L(SOCIO, UID), "temporada": "2025",
                                            "page": "1"}, headers=_h(rng)),
        at_path(case(f, f"{a}/millma/clasificacion/{SLIP}", headers=_h(rng)), SLIP, BUY),
        case(f, f"{a}/qullqi/adelanto", headers=_h(rng), body={
            "socio": L(SOCIO, UID), "monto": L("350.00", BUY), "moneda": "PEN",
            "cuenta_cci": L(CCI, PAY), "titular": L(f"{FIRST} {LAST}", NAMEC),
            "motivo": L("Para mis controles del embarazo y el forraje de las alpacas",
                        f"{TEXT}|{MED}|{SENS}")}),
        case(f, f"{a}/qullqi/cuenta", fmt="form", headers=_h(rng), body={
            "banco": "Caja Wiñay", "cci": L(CCI, PAY), "titular": L(f"{FIRST} {LAST}", NAMEC),
            "DNI_yupay": L(CE_NUMBER, NATID), "tipo": "ahorros"}),
        case(f, f"{a}/chaninkuna", query={"calidad": "baby", "llaqta": L("Pitumarca", COARSE),
                                          "moneda": "PEN"}, headers=_h(rng)),
        case(f, f"{a}/rimanakuy", headers=_h(rng), body={
            "hacia": "comite", "hilo": obj(rng, "thr", 8),
            "qillqa": L("Wilber llevará los vellones que faltan a Checacupe el sábado",
                        f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/qhaway/veterinario", headers=_h(rng), body={
            "socio": L(SOCIO, UID), "tilipunu_yupay": L(PE_NATIONAL, TEL),
            "uywa": {"arete": "PIT-0417-019", "unquy": "sarna", "edad_anios": 4},
            "maypi": {"lat": va, "lon": vo},
            "willakuy": L("Una alpaca con sarna en la estancia, llamen antes de subir", TEXT)}),
        case(f, f"{a}/yachay/video/progreso", headers=_h(rng), body={
            "video": obj(rng, "vid", 8), "segundos": L(412, USAGE), "completado": False}),
        case(f, f"{a}/maskay", query={"q": L("tintes naturales cochinilla", SEARCH),
                                      "limit": "20"}, headers=_h(rng)),
        case(f, f"{a}/asamblea/ASB-2025-12/asistencia", headers=_h(rng), body={
            "socio": L(SOCIO, UID), "lat": ha, "lon": ho, "sede": ACOPIO["id"],
            "sede_lat": ACOPIO["at"][0], "sede_lon": ACOPIO["at"][1]}),
        case(f, f"{a}/aportes", headers=_h(rng), body={
            "socio": L(SOCIO, UID), "monto": L("25.00", BUY), "medio": "billetera",
            "operacion": L("OP-7781230", BUY), "periodo": "2025-12"}),
        multipart(f, f"{a}/socio/foto", [
            ("foto", "socia.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("data", None, "application/json", {"socio": L(SOCIO, UID), "uso": "tarjeta"})],
            headers=_h(rng)),
        case(f, f"{a}/yachay/cursos/inscripcion", fmt="form", headers=_h(rng), body={
            "curso": "esquila-tecnificada", "socio": L(SOCIO, UID),
            "tilipunu_yupay": L(PE_NATIONAL, TEL), "acopio": ACOPIO["id"],
            "acopio_tel": ACOPIO["phone"], "ruc": ACOPIO["ruc"]}),
        case(f, f"{a}/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "android": L("14", DEV), "simi": L("qu_PE", DEV)}),
        case(f, f"{a}/eventos", gz=True, headers=_h(rng), body={
            "user": L(USER_ID, UID), "socio": L(SOCIO, UID), "events": [
                ev("entrega_registrada", 1, kilos=61.4), ev("precios_vistos", 2),
                ev("pantalla", 3, nombre=L("TarjetaSocio", USAGE))]}),
        case(f, f"{a}/willakuykuna", headers=_h(rng, auth=None, how="nodash"),
             cookies={"mll_sess": L(opaque(rng, "", 40), CRED), "mll_lang": "qu"}),
    ]


def millmanchis_sdks() -> list[Case]:
    rng = random.Random(10912)
    return [
        qp_batch(APP, rng, [("Fleece Delivered", {"kilos": 61.4, "screen": "Entregas"}),
                            ("Prices Viewed", {"grade": "baby"})], at=ACOPIO_FIX, nd=2,
                 locale="qu_PE"),
        qp_identify(APP, rng, {"llaqta": L(CUSCO_CITY, COARSE), "socio": L(SOCIO, UID),
                               "simi": L("qu", "device.info"), "herd_size": 46}),
        ch_session(APP, rng, first=True),
        ch_event(APP, rng, "advance_requested", {"band": "300-500", "socio": L(SOCIO, UID)}),
        cf_eval(APP, rng, {"cooperative": "pitumarca", "quechuaUi": True}),
        pu_register(APP, rng, tags={"llaqta": L("Pitumarca", COARSE), "rol": "socia"},
                    lang="qu"),
        ay_save(APP, rng, {"analytics": True, "ads": False, "personalization": False},
                user=True),
        qq_wallet(APP, rng, "25.00", "Aporte mensual 2025-12"),
        rc_message(APP, rng, L("No me llegó el adelanto a mi cuenta de la Caja", TEXT),
                   {"socio": L(SOCIO, UID), "plan": "socia"}),
        hy_crash(APP, rng, ("java.lang.IllegalStateException", "Camera not ready"),
                 [hy_crumb("nav", "Entregas -> Camara"),
                  hy_crumb("net", "POST /api/v1/millma/entregas", {"status": 500})],
                 screen="EntregaActivity", custom={"acopio": ACOPIO["id"]}),
    ]

