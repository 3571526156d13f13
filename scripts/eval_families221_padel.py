"""Gijón padel club's court-booking app "Pistina" (Pádel Les Piles in Somió; its API's keys are
Asturian, ASCII-folded snake_case: ``nome`` first name, ``apellidos`` surnames, ``correu``
e-mail, ``movil`` mobile, ``contrasena`` password, ``fecha_nacencia`` birth date, ``sexu`` sex
(``muyer`` woman), ``direicion`` street line, ``conceyu`` municipality, ``codigu_postal`` post
code, ``socia`` member card, ``pista`` court, ``reserva`` booking, ``preciu`` price, ``importe``
amount, ``pagu`` payment, ``caberos_cuatro`` last four digits, ``llatitu`` / ``llonxitu``
latitude / longitude, ``gueta`` search, ``mensaxe`` message, ``testu`` text, ``compañeru`` partner
(folded ``companeru``), ``pareya`` pair, ``lesion`` injury, ``semeya`` photo, ``convidada`` guest,
``preseu`` device, ``eventos`` events): sign-up, log-in, ``/mio``, free courts, a booking, its
payment, a check-in at the club, a partner search, a match result, a chat message, a lesson
(msgpack), an injury note, a mixed tournament with her husband, the hours pack by cookie, the
receipt by booking number in the path, a profile photo, an offline score queue (JSON Lines), a
cancellation, a guest invitation, push, events and a log-out."""

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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families221_kit import (
    GJ_HOME,
    GJ_HOME_AT,
    HUSBAND,
    PADEL,
    PADEL_BOOKING,
    PADEL_CARD,
    PADEL_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families221_sdk import (
    ax_event,
    ax_launch,
    cp_batch,
    cp_identify,
    fa_crash,
    fa_crumb,
    fa_session,
    pj_bid,
    pj_notice,
)
from eval_families221_svc import av_register, mp_reverse, pg_card, pg_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pistina", "Pistina", "com.example.pistina", "3.8.1", "https://api.pistina.example.com")
IID = "X-Pistina-Preseu"
PW = "Somio#Pala2026"
DOB_ES = "17/05/1991"
FRIEND = ("Marta Suárez Llana", "+34684110293")  # a friend she invites (typed: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ast=True, **kw)


def pistina() -> list[Case]:
    rng = random.Random(22101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correu=L(EMAIL, MAIL), socia=L(PADEL_CARD, UID)))}
    pla, plo = fix(PADEL_FIX)
    match = obj(rng, "pt")
    receipt = at_path(case(f, f"{a}/api/v3/reserves/{PADEL_BOOKING}/recibu",
                           headers=_h(rng, **b)), PADEL_BOOKING, BUY)
    return [
        case(f, f"{a}/api/v3/rexistru", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "correu": L(EMAIL, MAIL),
            "movil": L(E164, TEL), "contrasena": L(PW, CRED),
            "fecha_nacencia": L(DOB_ES, BIRTH), "sexu": L("muyer", GENDER),
            "direicion": L(GJ_HOME["line"], ADDR), "conceyu": L(GJ_HOME["town"], COARSE),
            "codigu_postal": L(GJ_HOME["post"], COARSE), "socia": L(PADEL_CARD, UID),
            "nivel": "3.5", "mano": "drecha", "acepto_condiciones": True}),
        case(f, f"{a}/api/v3/aniciar_sesion", fmt="form", headers=_h(rng), body={
            "correu": L(EMAIL_UPPER, MAIL), "contrasena": L(PW, CRED), "alcordase": "1"}),
        case(f, f"{a}/api/v3/mio", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/pistes/llibres", headers=_h(rng, **b), query={
            "club": PADEL["id"], "fecha": "2026-01-14", "dende": "19:00", "hasta": "21:00"}),
        case(f, f"{a}/api/v3/reserves", headers=_h(rng, **b), body={
            "club": PADEL["id"], "pista": "p3", "fecha": "2026-01-14", "hora": "19:30",
            "duracion": 90, "reserva": L(PADEL_BOOKING, BUY), "preciu": L(24, BUY),
            "socia": L(PADEL_CARD, UID),
            "xugadores": ["usr_k2m8", "usr_p9t4", "usr_w3x7"], "lluz": True}),
        case(f, f"{a}/api/v3/pagu", fmt="form", headers=_h(rng, **b), body={
            "reserva": L(PADEL_BOOKING, BUY), "importe": L("24.00", BUY), "moneda": "EUR",
            "metodu": L(opaque(rng, "pm_", 24), PAY), "caberos_cuatro": L("4444", PAY)}),
        case(f, f"{a}/api/v3/entrada", headers=_h(rng, **b), body={
            "reserva": PADEL_BOOKING, "posicion": {"llatitu": pla, "llonxitu": plo,
                                                   "precision": 9},
            "club": {"id": PADEL["id"], "llatitu": PADEL["lat"], "llonxitu": PADEL["lon"]},
            "entrada_id": obj(rng, "en")}),
        case(f, f"{a}/api/v3/companeros/gueta", headers=_h(rng, **b), query={
            "gueta": L("compañera nivel 3.5 martes pela tarde", SEARCH), "radiu_km": "5"}),
        case(f, f"{a}/api/v3/partios/{match}/resultau", headers=_h(rng, **b), body={
            "partiu": match, "sets": [[6, 4], [3, 6], [7, 5]], "ganadores": ["usr_k2m8",
                                                                              L(USER_ID, UID)],
            "socia": L(PADEL_CARD, UID), "duracion_min": 96}),
        case(f, f"{a}/api/v3/chat/mensaxes", headers=_h(rng, **b), body={
            "conversa": obj(rng, "cv"), "destinatariu": "usr_k2m8",
            "testu": L("Llego diez minutos tarde, toi aparcando en Somió. Calentái ensin mi!",
                       TEXT)}),
        case(f, f"{a}/api/v3/clases", fmt="msgpack", headers=_h(rng, **b), body={
            "entrenador": "ent_iyan", "fecha": "2026-01-17", "hora": "10:00",
            "tipu": "particular", "preciu": L(30, BUY), "socia": L(PADEL_CARD, UID),
            "oxetivu": L("ameyorar la bandexa y la volea de revés", TEXT)}),
        case(f, f"{a}/api/v3/perfil/lesion", headers=_h(rng, **b), body={
            "lesion": L("epicondilitis (codu de tenista) nel brazu drechu", MED),
            "dende": L("2025-11", MED), "fisio": L(True, MED),
            "nota": L("Xuegu con codera, nada de partíos de más de 90 minutos",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/torneos/mixtu-xineru/inscripcion", headers=_h(rng, **b), body={
            "categoria": "mixta_3", "socia": L(PADEL_CARD, UID),
            "pareya": {"nome": L(HUSBAND[0], NAMEC), "movil": L(HUSBAND[1], TEL)},
            "camiseta": "M", "cuota": L(40, BUY)}),
        case(f, f"{a}/api/v3/bonos", headers=_h(rng, how="none"), cookies={
            "ps_sesion": L(opaque(rng, "", 40), CRED), "ps_preseu": L(INSTALL_ID, DID),
            "ps_req": rid(rng)}),
        receipt,
        multipart(f, f"{a}/api/v3/perfil/semeya", [
            ("semeya", "yo_pista.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"socia": L(PADEL_CARD, UID), "publica": True})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/v3/marcador/sync", [
            {"partiu": match, "set": 1, "puntu": "15-0", "t": 1768415400},
            {"partiu": match, "set": 1, "puntu": "30-0", "t": 1768415431},
            {"partiu": match, "usuariu": L(USER_ID, UID), "socia": L(PADEL_CARD, UID),
             "fin": True}], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/reserves/encaboxar", fmt="form", headers=_h(rng, **b), body={
            "reserva": L(PADEL_BOOKING, BUY),
            "motivu": L("Llueve a esgaya y la pista 3 ta descubierta", TEXT)}),
        case(f, f"{a}/api/v3/convidaes", headers=_h(rng, **b), body={
            "convidada": {"nome": L(FRIEND[0], NAMEC), "movil": L(FRIEND[1], TEL)},
            "reserva": L(PADEL_BOOKING, BUY), "preciu_convidada": L(8, BUY)}),
        case(f, f"{a}/api/v3/preseos", headers=_h(rng, **b), body=push(push_token(rng), "ast_ES")),
        case(f, f"{a}/api/v3/eventos", gz=True, headers=_h(rng, **b), body={
            "usuariu": L(USER_ID, UID), "eventos": [
                ev("reserva_fecha", 1, pista="p3"), ev("pagu", 2, importe=L(24, BUY)),
                ev("pantalla", 3, pantalla=L("MiesReserves", USAGE))]}),
        case(f, f"{a}/api/v3/zarrar_sesion", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "preseu": L(INSTALL_ID, DID),
            "locale": L("ast_ES", DEV)}),
    ]


def pistina_sdks() -> list[Case]:
    rng = random.Random(22102)
    return [
        cp_batch(APP, rng, [("Court Booked", {"club": PADEL["id"], "total": L(24, BUY)}),
                            ("Checked In", {"court": "p3"})],
                 at=PADEL_FIX, nd=3, locale="ast_ES"),
        cp_identify(APP, rng, {"conceyu": L("Gijón", COARSE), "barriu": L("La Arena", COARSE),
                               "socia": L(PADEL_CARD, UID), "nivel": "3.5"}),
        ax_launch(APP, rng, first=True),
        ax_event(APP, rng, "purchase", {"reserva": L(PADEL_BOOKING, BUY)}, revenue=24.0,
                 hashed=True),
        pj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GJ_HOME_AT, nd=2,
               keywords="padel,deporte,gijon"),
        pj_notice(APP, rng, "win"),
        fa_crash(APP, rng, ("java.lang.IllegalStateException", "slot taken"),
                 [fa_crumb("nav", "Pistes -> Reserva"),
                  fa_crumb("net", "POST", {"url": f"{APP.api}/api/v3/reserves", "status": 409})],
                 screen="ReservaActivity"),
        av_register(APP, rng, lang="ast", at=GJ_HOME_AT, nd=2,
                    tags={"club": PADEL["id"], "nivel": "3.5"}),
        fa_session(APP, rng, secs=612),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "24.00"),
        mp_reverse(APP, rng, PADEL_FIX, PRECISE, nd=5),
    ]
