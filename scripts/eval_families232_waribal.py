"""A Spanish school's host-family app "Waribal" ("place to sleep": the Antigua school places its
students in families' houses and pays the families weekly; she hosts). Keys are Kaqchikel,
ASCII-folded, with Spanish and English loans: ``biaj`` name, ``apellido`` surname (loan),
``correo``, ``oyonibal`` telephone, ``ewal_tzij`` password, ``ralaxik`` birth, ``dpi`` / ``nit``
(her DPI and tax number, loans), ``rachoch`` her house (street line), ``tinamit`` town,
``departamento``, ``codigo_postal``, ``jay`` house, ``waribal`` bed/room, ``tijoxel`` student,
``waim`` food (meals), ``rachijil`` her husband, ``ral`` her child, ``rujuna`` his years,
``chabal`` language, ``akuchi`` where, ``rajil`` amount, ``tojonik`` payment, ``kayewal``
problem (an incident), ``tzij`` message, ``wachibal`` picture, ``qij`` day, ``wuqij`` week,
``samaj`` work: the host's sign-up (her DPI, NIT, household), a log-in, ``/yin``, the house
profile with its position and the Wi-Fi for students, room photos, an inspection slot, the payout
account, placements, a student's arrival (her fix at the school), the weekly meals, an incident
(a student's illness), payouts, an electronic invoice (FEL), payments by host number in the path,
availability, a msgpack meal queue, the host training, the police-record certificate (PDF), a
message to the coordinator, a summary with a base64 JSON preferences cookie, a review, push and
events. Money: she is paid (payouts to her account, invoices under her NIT). "homestay" in set 191
is a guest's booking; "host family" in sets 112 and 228 is lodging for a pilgrim or a delegate;
no set has a host family's payouts from a language school."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families232_kit import (
    DPI,
    GT_ACCOUNT,
    HOME,
    HOME_AT,
    HOST,
    HUSBAND,
    NIT,
    SCHOOL,
    STUDENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families232_sdk import mq_batch, mq_identify, mq_pixel, tp_event, tp_launch
from eval_families232_svc import fj_eval, hh_message, mf_geocode, mf_reverse, pg_register, pp_wallet
from eval_payloads import BSSID, EMAIL, INSTALL_ID, SSID, USER_ID, Case, J, L, W, case

APP = App("waribal", "Waribal", "com.example.waribal", "2.4.1", "https://api.waribal.example.net")
IID = "X-Waribal-Device"
PW = "CasaB!SanSebas19"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
SCHOOL_FIX = (14.557041, -90.733087)  # her phone at the school gate, meeting a student


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def waribal() -> list[Case]:
    rng = random.Random(23221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), familia=L(HOST, UID),
                                    rol="anfitriona"))}
    hla, hlo = fix(HOME_AT, 4)
    sla, slo = fix(SCHOOL_FIX, 5)
    pays = at_path(case(f, f"{a}/v1/familias/{HOST}/pagos", headers=_h(rng, **b),
                        query={"juna": "2025"}), HOST, UID)
    return [
        case(f, f"{a}/v1/tzibaxik", headers=_h(rng), body={
            "biaj": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC), "correo": L(EMAIL_MIXED, MAIL),
            "oyonibal": L(E164, TEL), "ewal_tzij": L(PW, CRED), "ralaxik": L(DOB, BIRTH),
            "dpi": L(DPI, NID), "nit": L(NIT, NID), "rachoch": L(HOME["line"], ADDR),
            "tinamit": L(HOME["town"], COARSE), "departamento": L(HOME["dept"], COARSE),
            "codigo_postal": L(HOME["post"], COARSE), "familia": L(HOST, UID),
            "hogar": {"rachijil": L(HUSBAND[0], NAMEC), "ral": {"rujuna": L(10, BIRTH)},
                      "chabal": ["es", "en", "cak"]}}),
        case(f, f"{a}/v1/okem", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL, MAIL), "ewal_tzij": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/yin", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/jay", headers=_h(rng, **b), body={
            "familia": L(HOST, UID), "rachoch": L(HOME["line"], ADDR),
            "akuchi": {"lat": hla, "lon": hlo}, "waribal": 2, "bano_privado": True,
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "ewal_tzij": L("Quetzal2025casa", CRED)},
            "mascotas": "perro", "fuman": False}),
        multipart(f, f"{a}/v1/jay/wachibal", [
            ("foto", "cuarto1.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"familia": L(HOST, UID), "waribal": "w1"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/inspeccion", fmt="form", headers=_h(rng, **b), body={
            "familia": L(HOST, UID), "qij": "2025-09-18", "ramaj": "10:00",
            "slot": obj(rng, "sl")}),
        case(f, f"{a}/v1/cuenta", headers=_h(rng, **b), body={
            "titular": L(f"{FIRST} {LAST}", NAMEC), "iban": L(GT_ACCOUNT, PAY),
            "banco": "Banco Ejemplo de Guatemala", "moneda": "GTQ", "nit": L(NIT, NID)}),
        case(f, f"{a}/v1/tijoxel/asignaciones", headers=_h(rng, **b), query={
            "familia": L(HOST, UID), "desde": "2025-10-01"}),
        case(f, f"{a}/v1/tijoxel/{STUDENT}/llegada", headers=_h(rng, **b), body={
            "familia": L(HOST, UID), "ramaj": "13:20", "akuchi": {"lat": sla, "lon": slo},
            "escuela": {"id": SCHOOL["id"], "lat": SCHOOL["lat"], "lon": SCHOOL["lon"]}}),
        case(f, f"{a}/v1/waim/reporte", headers=_h(rng, **b), body={
            "familia": L(HOST, UID), "tijoxel": STUDENT, "wuqij": "2025-W42",
            "waim": {"desayuno": 6, "almuerzo": 6, "cena": 5}, "dieta": "vegetariana"}),
        case(f, f"{a}/v1/kayewal", headers=_h(rng, **b), body={
            "tijoxel": STUDENT, "tipo": "salud",
            "tzij": L("La estudiante tiene diarrea y fiebre desde el martes, hoy la lleve a la "
                      "clinica y le dieron metronidazol", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/tojonik/semanas", headers=_h(rng, **b), query={
            "familia": L(HOST, UID), "estado": "pagado"}),
        case(f, f"{a}/v1/factura", headers=_h(rng, **b), body={
            "nit_emisor": L(NIT, NID), "nit_receptor": "6081123-4", "serie": "FACE-63",
            "numero": L("2025-000412", BUY), "rajil": L(1260.0, BUY), "moneda": "GTQ",
            "concepto": "Hospedaje y alimentacion, semana 42"}),
        pays,
        case(f, f"{a}/v1/calendario/disponibilidad", headers=_h(rng, **b), body={
            "familia": L(HOST, UID), "waribal": "w2",
            "libre": [{"desde": "2025-11-03", "hasta": "2025-12-12"}]}),
        case(f, f"{a}/v1/waim/cola", fmt="msgpack", headers=_h(rng, **b), body={
            "familia": L(HOST, UID), "registros": [
                {"qij": "2025-10-14", "cena": True, "tijoxel": STUDENT},
                {"qij": "2025-10-15", "cena": False, "tijoxel": STUDENT}],
            "enviado": 1760600000}),
        case(f, f"{a}/v1/samaj/capacitacion", fmt="form", headers=_h(rng, **b), body={
            "modulo": "seguridad-1", "respuestas": "b,a,d,c,a", "puntos": "5",
            "certificado": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/antecedentes", [
            ("constancia", "antecedentes_policiacos.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"dpi": L(DPI, NID), "familia": L(HOST, UID),
                                                "vence": "2026-09-01"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tzij", headers=_h(rng, **b), body={
            "chi": "coordinacion",
            "tzij": L("Mi suegra Tomasa Sotz Cumez se queda con nosotros el fin de semana, su "
                      "telefono es 4773 0615 por si acaso", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/resumen", headers=_h(rng, how="none"), cookies={
            "wb_sesion": L(opaque(rng, "", 40), CRED),
            "wb_prefs": W({"familia": L(HOST, UID), "chabal": L("es", DEV), "moneda": "GTQ"},
                          "b64json")}),
        case(f, f"{a}/v1/resena", headers=_h(rng, **b), body={
            "escuela": SCHOOL["id"], "estrellas": 4,
            "tzij": L("Los pagos llegan a tiempo pero avisen antes de cambiar de estudiante",
                      TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "okisanel": L(USER_ID, UID), "events": [
                ev("pago_visto", 1, rajil=L(1260, BUY)),
                ev("screen", 2, screen=L("Asignaciones", USAGE))]}),
    ]


def waribal_sdks() -> list[Case]:
    rng = random.Random(23222)
    return [
        mq_batch(APP, rng, [("Payout Viewed", {"amount": L(1260, BUY)}),
                            ("Arrival Confirmed", {})], at=HOME_AT, nd=3),
        mq_identify(APP, rng, {"familia": L(HOST, UID),
                               "tinamit": L("Antigua Guatemala", COARSE), "waribal": 2}),
        mq_pixel(APP, rng, "Calendar Opened", {"wuqij": "2025-W44"}),
        tp_launch(APP, rng, user=True),
        tp_event(APP, rng, "host_signup", {"escuela": SCHOOL["id"]}),
        fj_eval(APP, rng, {"escuela": SCHOOL["id"], "rol": "anfitriona"}, hdr=True),
        pg_register(APP, rng, tags={"familia": L(HOST, UID)}),
        pp_wallet(APP, rng, "1260", L(E164, TEL)),
        mf_geocode(APP, rng, "Escuela de Espanol Pan Qan", "behavior.search", near=HOME_AT,
                   nd=2),
        mf_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hh_message(APP, rng, L("El pago de la semana 42 no aparece en mi cuenta", TEXT),
                   {"familia": L(HOST, UID)}),
    ]
