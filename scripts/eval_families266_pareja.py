"""A Catholic couples' ministry app "Hogarfe" (the weekly household group of married couples in
Tetuan, tithes, retreats, the Fiesta Pilar novena; its API's keys are Chavacano in ASCII with
English loans such as ``password``, ``email`` kept as ``correo``: ``nombre``, ``apellido``,
``celular``, ``cumpleanos``, ``marido`` husband, ``esposa`` wife, ``casamiento`` wedding,
``parroquia`` parish, ``religion``, ``miembro`` member, ``grupo`` group, ``reunion`` meeting,
``rezo`` prayer, ``diezmo`` tithe, ``ofrenda`` offering, ``intencion`` mass intention,
``retiro`` retreat, ``alojamiento`` lodging, ``devocion`` devotion, ``procesion``, ``servicio``,
``foto``, ``mensaje``, ``cantidad``): registration (her religion, parish, husband and church
wedding), a log-in, ``/yo``, household groups near her house, joining one, a meeting's attendance
with her fix at the host couple's house, a prayer request for her mother-in-law, a tithe,
the teaching series, a marriage retreat with an emergency contact, the novena calendar, the Fiesta
Pilar procession check-in at Fort Pilar, a music service rota, the group chat, a photo of the
renewal of vows, the member profile by number in the path, a mass intention for the departed, the
calendar by cookie GET, a survey, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families266_kit import (
    GROUP_HOST_AT,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    PILAR,
    PILAR_FIX,
    ZC_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families266_sdk import cz_batch, cz_identify, cz_pixel, qb_crash, qb_crumb, rs_event
from eval_families266_svc import ap_save, as_message, cp_register, mp_route, pg_card, pg_confirm
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("hogarfe", "Hogarfe", "com.example.hogarfe", "1.9.5", "https://api.hogarfe.example.org")
IID = "X-Hogarfe-Device"
PW = "Pilar!Tetuan14"
REL = SENS
GROUP = "hg_tetuan_07"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, cbk=True, **kw)


def hogarfe() -> list[Case]:
    rng = random.Random(26631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), miembro=L(MEMBER, UID),
                                    grupo=L("Hogar Tetuan 7", REL)))}
    hla, hlo = fix(GROUP_HOST_AT, 5)
    pla, plo = fix(PILAR_FIX)
    prof = at_path(case(f, f"{a}/api/miembros/{MEMBER}/perfil", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/api/registro", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC),
            "correo": L(EMAIL_MIXED, MAIL), "celular": L(E164, TEL), "password": L(PW, CRED),
            "cumpleanos": L(DOB, BIRTH), "religion": L("Catolica Romana", REL),
            "parroquia": L("Parroquia de San Jose, Tetuan", REL),
            "marido": {"nombre": L(HUSBAND[0], NAMEC), "celular": L(HUSBAND[1], TEL)},
            "casamiento": {"fecha": "2014-04-26", "na_iglesia": L(True, REL)},
            "miembro": L(MEMBER, UID)}),
        case(f, f"{a}/api/auth/login", headers=_h(rng), body={
            "correo": L(EMAIL, MAIL), "password": L(PW, CRED), "recorda_yo": True}),
        case(f, f"{a}/api/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/grupos/cerca", headers=_h(rng, **b), query={
            "lat": L(f"{ZC_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{ZC_HOME_AT[1]:.3f}", PRECISE),
            "ministerio": L("parejas", REL), "km": "3"}),
        case(f, f"{a}/api/grupos/{GROUP}/unir", headers=_h(rng, **b), body={
            "miembro": L(MEMBER, UID), "pareja": True, "ministerio": L("parejas", REL),
            "invitado_por": "mb_0391"}),
        case(f, f"{a}/api/asistencia", headers=_h(rng, **b), body={
            "grupo": GROUP, "fecha": "2026-01-16", "reunion": L("rosario y compartir", REL),
            "lugar": {"lat": hla, "lng": hlo}, "miembro": L(MEMBER, UID), "con_marido": True}),
        case(f, f"{a}/api/rezo", headers=_h(rng, **b), body={
            "grupo": GROUP, "visibilidad": "grupo",
            "texto": L(f"Favor reza kamo para mi suegra {MOTHER_IL[0]}, ay opera su catarata "
                       "este martes", f"{TEXT}|{REL}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/diezmo", fmt="form", headers=_h(rng, **b), body={
            "fondo": L("diezmo", REL), "cantidad": L("1500.00", BUY), "moneda": "PHP",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "miembro": L(MEMBER, UID)}),
        case(f, f"{a}/api/ensenanza", headers=_h(rng, **b), query={
            "serie": L("vida cristiana para parejas", REL), "semana": "3"}),
        case(f, f"{a}/api/retiro/inscribir", headers=_h(rng, **b), body={
            "retiro": L("retiro de matrimonio, Pasonanca", REL), "fecha": "2026-02-13",
            "pareja": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "alojamiento": "cuarto doble", "alergia": L("camaron", MED),
            "cantidad": L(3500, BUY),
            "emergencia": {"nombre": L(MOTHER_IL[0], NAMEC), "celular": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/api/novena", headers=_h(rng, **b), query={
            "fiesta": L("Nuestra Senora del Pilar", REL), "ano": "2026"}),
        case(f, f"{a}/api/procesion/checkin", headers=_h(rng, **b), body={
            "devocion": L("Virgen del Pilar", REL), "fecha": "2025-10-12",
            "lugar": {"lat": pla, "lng": plo},
            "santuario": {"id": PILAR["id"], "lat": PILAR["lat"], "lng": PILAR["lon"]}}),
        case(f, f"{a}/api/servicio", fmt="form", headers=_h(rng, **b), body={
            "miembro": L(MEMBER, UID), "rol": L("guitarra na misa de domingo", REL),
            "mes": "2026-02"}),
        case(f, f"{a}/api/mensajes", headers=_h(rng, **b), body={
            "grupo": GROUP, "hilo": obj(rng, "hl"),
            "mensaje": L("Hermanos, el rosario este viernes na casa de Tito Boy y Tita Nene, "
                         "yo ay traye pancit", f"{TEXT}|{REL}")}),
        multipart(f, f"{a}/api/fotos", [
            ("foto", "renovacion.jpg", "image/jpeg", L(JPEG + b"\x3a", MEDIA)),
            ("meta", None, "application/json", {
                "album": "aniversario-2026",
                "pie": L("Renovacion de votos con Ronnie na San Jose", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        prof,
        case(f, f"{a}/api/intencion", headers=_h(rng, **b), body={
            "misa": "2026-01-25T07:00", "tipo": L("alma", REL),
            "intencion": L("Por el alma de Pedro Enriquez", f"{TEXT}|{REL}|{NAMEC}"),
            "ofrenda": L(200, BUY)}),
        case(f, f"{a}/api/calendario", headers=_h(rng, how="none"), cookies={
            "hg_sesion": L(opaque(rng, "", 40), CRED),
            "hg_prefs": W({"miembro": L(MEMBER, UID), "idioma": L("cbk", DEV)}, "b64json")}),
        case(f, f"{a}/api/encuesta", headers=_h(rng, **b), body={
            "encuesta": "sv_2026_01", "anos_casado": 11, "hijos": 1,
            "religion_esposa": L("Bautista de nacimiento, Catolica desde 2014", f"{TEXT}|{REL}"),
            "religion_marido": L("Catolico", REL)}),
        case(f, f"{a}/api/dispositivo", headers=_h(rng, **b),
             body=push(push_token(rng), "cbk_PH")),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "sesion": rid(rng), "eventos": [
                ev("rezo_mandado", 1), ev("diezmo", 2, fondo=L("diezmo", REL)),
                ev("pantalla", 3, pantalla=L("Novena", USAGE))]}),
    ]


def hogarfe_sdks() -> list[Case]:
    rng = random.Random(26632)
    return [
        cz_batch(APP, rng, [("Prayer Posted", {}), ("Tithe Given", {"amount": L(1500, BUY)})],
                 at=PILAR_FIX, nd=2, locale="cbk_PH"),
        cz_identify(APP, rng, {"parroquia": L("San Jose Tetuan", REL),
                               "miembro": L(MEMBER, UID), "ciudad": L("Zamboanga", COARSE)}),
        cz_pixel(APP, rng, "Teaching Opened", {"week": 3}),
        rs_event(APP, rng, "donation", {"fund": L("diezmo", REL)}, revenue=1500.0),
        qb_crash(APP, rng, ("java.net.UnknownHostException", "api.hogarfe.example.org"),
                 [qb_crumb("nav", "Grupo -> Rezo"), qb_crumb("tap", "send_prayer")],
                 screen="RezoActivity"),
        cp_register(APP, rng, lang="cbk", at=ZC_HOME_AT, nd=2,
                    tags={"grupo": L("Hogar Tetuan 7", REL), "rol": "musica"}),
        ap_save(APP, rng, {"analytics": True, "marketing": False}),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "1500.00"),
        mp_route(APP, rng, [(ZC_HOME_AT, PRECISE), ((PILAR["lat"], PILAR["lon"]), None)],
                 mode="walking"),
        as_message(APP, rng, L("El recibo del diezmo de Enero hende ya llega", f"{TEXT}|{REL}"),
                   {"miembro": L(MEMBER, UID)}),
    ]
