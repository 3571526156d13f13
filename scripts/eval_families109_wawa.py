"""Prenatal check-up card app "Wawakarnet" (the digital copy of the check-up card her Cusco clinic
keeps for her pregnancy, 15 weeks; unlike sets 88 and 98's antenatal trackers, the card is the
clinic's record: each check-up's entry, altitude-corrected haemoglobin, a QR to show any
emergency room and a fit-to-fly letter; Spanish keys): an account with her resident card, an
OAuth password grant and an MFA code, ``/me`` with a JWT, the pregnancy, a check-up entry, a card
page photographed, an ultrasound, a home doppler recording, vaccines, lab results, symptoms, the
birth plan with Wilber, the card's QR by number in the path, the card shared, a travel letter, the
week's tips by week in the path, supplements (msgpack), an appointment, a message to her
obstetrician, a protobuf blood-pressure reading, push, events and the check-ups by a cookie
GET."""

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
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families109_kit import CARD_NO, CE_NUMBER, CLINIC, DUE, HUSBAND, LMP, WEEKS, hd
from eval_families109_sdk import (
    bv_bid,
    bv_notice,
    ch_event,
    ch_session,
    hy_crash,
    hy_crumb,
    qp_batch,
    qp_identify,
)
from eval_families109_svc import ay_check, ay_save, rc_attach
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("wawa", "Wawakarnet", "com.example.wawakarnet", "2.2.0",
          "https://api.wawakarnet.example.com")
IID = "X-Wawa-Instalacion"
PW = "Wawa-Qori-2026"
PREG = f"{MED}|{SENS}"  # a fact of her pregnancy (TAXONOMY lists pregnancy as sensitive)


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, auth=auth, lang="es", **kw)


def wawakarnet() -> list[Case]:
    rng = random.Random(10971)
    a, f = f"{APP.api}/v1", APP.fam
    jw = {"Authorization": J(claims(rng, historia=L(CARD_NO, MED), email=L(EMAIL, MAIL)))}
    lab: dict[str, str] = {}
    bp = pb([(1, L(USER_ID, UID)), (2, L(112, MED)), (3, L(72, MED)), (4, L(78, FIT)),
             (5, L(WEEKS, PREG)), (6, 1765320000)], "", lab)
    return [
        case(f, f"{a}/cuentas", headers=_h(rng, auth=None), body={
            "correo": L(EMAIL, MAIL), "clave": L(PW, CRED), "nombres": L(FIRST, NAMEC),
            "apellidos": L(LAST, NAMEC), "fechaNacimiento": L(DOB, BIRTH),
            "celular": L(E164, TEL), "documento": {"tipo": "CE", "numero": L(CE_NUMBER, NATID)},
            "clinica": CLINIC["id"], "grupoSanguineo": L("O+", MED)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng, auth=None), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "wawakarnet-android"}),
        case(f, f"{a}/oauth/mfa", headers=_h(rng, auth=None), body={
            "mfaToken": L(opaque(rng, "mfa_", 32), CRED), "codigo": L("553901", CRED)}),
        case(f, f"{a}/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/embarazo", headers=_h(rng), body={
            "ultimaRegla": L(LMP, PREG), "fechaProbableParto": L(DUE, PREG),
            "gestas": L(1, PREG), "partos": L(0, PREG), "semanas": L(WEEKS, PREG),
            "embarazoMultiple": L(False, PREG), "pesoPregestacionalKg": L(61.0, FIT),
            "tallaCm": L(168, FIT)}),
        case(f, f"{a}/controles", headers=_h(rng), body={
            "fecha": "2025-12-05", "semanas": L(WEEKS, PREG), "pesoKg": L(63.5, FIT),
            "presionArterial": L("110/70", MED), "hemoglobina": L(11.8, MED),
            "hbCorregidaAltura": L(10.1, MED), "alturaUterinaCm": L(15, PREG),
            "fcf": L(152, PREG), "edema": L(False, MED), "obstetra": "ob_2207",
            "proximaCita": "2026-01-05"}),
        multipart(f, f"{a}/carnet/paginas", [
            ("pagina", "carnet_p2.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{PREG}")),
            ("data", None, "application/json", {"carnet": L(CARD_NO, MED), "numero": 2})],
            headers=_h(rng)),
        multipart(f, f"{a}/ecografias", [
            ("imagen", "eco_15s.jpg", "image/jpeg", L(JPEG + b"\xb2", f"{MEDIA}|{PREG}")),
            ("data", None, "application/json", {
                "semanas": L(WEEKS, PREG), "pesoFetalG": L(70, PREG),
                "placenta": L("anterior", PREG), "sexoBebe": L("niña", PREG)})],
            headers=_h(rng)),
        multipart(f, f"{a}/doppler", [
            ("audio", "latidos.wav", "audio/wav", L(WAV, f"{MEDIA}|{PREG}")),
            ("data", None, "application/json", {"fcf": L(148, PREG), "duracionS": 20})],
            headers=_h(rng)),
        case(f, f"{a}/vacunas", headers=_h(rng), body={"vacunas": [
            {"nombre": L("dTpa", MED), "fecha": "2025-11-28", "lote": "DT2291"},
            {"nombre": L("Influenza", MED), "fecha": "2025-10-14", "lote": "FL0871"}]}),
        case(f, f"{a}/laboratorio", headers=_h(rng), body={
            "fecha": "2025-12-03", "vih": L("no reactivo", MED), "sifilis": L("no reactivo", MED),
            "glucosa": L(82, MED), "orina": L("normal", MED), "grupoRh": L("O+", MED)}),
        case(f, f"{a}/sintomas", headers=_h(rng), body={
            "sintomas": [L("náuseas", MED), L("dolor de cabeza", MED)],
            "nota": L("Náuseas todas las mañanas, peor después del bus", f"{TEXT}|{MED}")}),
        case(f, f"{a}/plan-parto", headers=_h(rng), body={
            "hospital": "Hospital Regional del Cusco", "posicion": L("vertical", PREG),
            "analgesia": L(False, PREG),
            "acompanante": {"nombre": L(HUSBAND["name"], NAMEC),
                            "celular": L(HUSBAND["phone"], TEL)},
            "nota": L("Quiero parto vertical y que me hablen en castellano o inglés",
                      f"{TEXT}|{PREG}")}),
        at_path(case(f, f"{a}/carnet/{CARD_NO}/qr", headers=_h(rng, how="upper")),
                CARD_NO, MED),
        case(f, f"{a}/carnet/compartir", fmt="form", headers=_h(rng), body={
            "carnet": L(CARD_NO, MED), "destino": "emergencias@hrcusco.example.org",
            "horas": "72"}),
        case(f, f"{a}/cartas/viaje", headers=_h(rng), body={
            "semanasAlViajar": L(20, PREG), "destino": L("New York", COARSE),
            "vuelo": "2026-01-20", "motivo": L("Visitar a mis padres en Nueva York", TEXT)}),
        at_path(case(f, f"{a}/semanas/{WEEKS}/consejos", query={"lang": L("es", DEV)},
                     headers=_h(rng)), str(WEEKS), PREG),
        case(f, f"{a}/suplementos", fmt="msgpack", headers=_h(rng), body={
            "semana": L(WEEKS, PREG), "tomas": [
                {"nombre": L("Sulfato ferroso 60 mg", MED), "tomado": True},
                {"nombre": L("Ácido fólico 0.4 mg", MED), "tomado": True}]}),
        case(f, f"{a}/citas", headers=_h(rng), body={
            "clinica": CLINIC["id"], "clinicaNombre": CLINIC["name"],
            "clinicaTel": CLINIC["phone"], "direccion": CLINIC["line"],
            "lat": CLINIC["at"][0], "lon": CLINIC["at"][1], "slot": "2026-01-05T09:00",
            "motivo": L("control prenatal 20 semanas", PREG), "copago": L("45.00", BUY)}),
        case(f, f"{a}/mensajes", headers=_h(rng), body={
            "para": "obstetra", "hilo": "thr_" + opaque(rng, "", 8),
            "texto": L("Tengo dolor de cabeza y veo lucecitas desde ayer, estoy de 15 semanas",
                       f"{TEXT}|{PREG}")}),
        raw(f, f"{a}/presion", bp, "application/x-protobuf", lab, headers=_h(rng)),
        case(f, f"{a}/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "instalacion": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "android": L("14", DEV), "idioma": L("es_PE", DEV)}),
        case(f, f"{a}/eventos", gz=True, headers=_h(rng), body={
            "userId": L(USER_ID, UID), "events": [
                ev("control_registrado", 1), ev("carnet_compartido", 2),
                ev("pantalla", 3, nombre=L("Carnet", USAGE))]}),
        case(f, f"{a}/controles", query={"orden": "desc"}, headers=_h(rng, auth=None),
             cookies={"wk_sesion": L(opaque(rng, "", 44), CRED)}),
    ]


def wawakarnet_sdks() -> list[Case]:
    rng = random.Random(10972)
    return [
        qp_batch(APP, rng, [("Checkup Logged", {"weeks": L(WEEKS, PREG)}),
                            ("Card Shared", {"hours": 72})]),
        qp_identify(APP, rng, {"dueMonth": L("2026-06", PREG), "city": L("Cusco", COARSE)}),
        ch_session(APP, rng, user=True),
        ch_event(APP, rng, "card_completed", {"weeks": L(WEEKS, PREG)}, hashed=True),
        bv_bid(APP, rng, {"banner": {"w": 320, "h": 100}, "tagid": "tips_mid"}, yob=1991,
               gender="F", keywords=L("embarazo,bebe,maternidad", PREG)),
        bv_notice(APP, rng),
        hy_crash(APP, rng, ("java.lang.NullPointerException", "qr bitmap"),
                 [hy_crumb("nav", "Carnet -> Qr"), hy_crumb("tap", "share_button")],
                 screen="CarnetQrActivity"),
        ay_save(APP, rng, {"analytics": True, "ads": False, "research": False}, user=True),
        ay_check(APP, rng, {"analytics": True, "ads": False}),
        rc_attach(APP, rng, L(JPEG + b"\xb3", f"{MEDIA}|{PREG}"), "carnet_p1.jpg", "image/jpeg"),
    ]
