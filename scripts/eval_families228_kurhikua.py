"""The P'urhépecha New Fire festival's delegations app "Kurhikuaeri" (``Kurhíkuaeri K'uínchekua``,
the fiesta of the fire, held each 1 February by a different community of the four P'urhépecha
regions; her husband's barrio of Paracho sends a delegation; ethnicity: ``personal.sensitive``).
Keys are P'urhépecha, ASCII-folded, with loans: ``arhikua`` name, ``apeyidu`` surname (loan),
``telefunu`` phone, ``kontrasenia`` password (loan), ``ireta`` town, community, ``ireta_anapu``
community one is from, ``purhepecha`` P'urhépecha (self-identification), ``uandakua_purhe``
speaks P'urhépecha, ``autoadskripsion`` self-ascription (loan), ``irekua`` family, household,
``achati`` husband, ``uajpa`` child, ``nana_keri`` grandmother, ``uexurhini`` years (age),
``kuinchekua`` fiesta, ``kurhikua`` fire, ``pirekua`` song, ``pireri`` singer, ``uarhakua``
dance, ``jarhojpekua`` help (a contribution), ``tumina`` money, ``intskua`` payment,
``karakata`` paper (the delegation pass), ``uandakua`` word (message), ``jurhiata`` day): sign-up,
an OAuth password grant, ``/me``, the programme, the family's delegation registration, a
contribution, bus seats, the pirekua contest's schedule and an entry, the plaza check-in, a photo
of the fire, lodging with a host family, a msgpack bookmark queue, a message to the committee, a
language workshop, the organisers' survey (gzip), a faena shift, receipts by cookie, the pass by
delegate number in the path, a search, push and events. A grep found no "new fire", "Purepecha"
or "P'urhe" in the set docstrings (set 118's marae and set 209's territorial government are other
indigenous institutions; this is a festival's delegation registry)."""

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
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families228_kit import (
    DELEGATE,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    PLAZA,
    PLAZA_FIX,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families228_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_pixel, tn_event
from eval_families228_svc import (
    cl_card,
    cl_confirm,
    cy_save,
    hs_message,
    mm_route,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kurhikuaeri", "Kurhikuaeri", "com.example.kurhikuaeri", "1.3.0",
          "https://api.kurhikuaeri.example.org")
IID = "X-Kurhikua-Device"
PW = "Kurhikua#Nurio26"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def kurhikua() -> list[Case]:
    rng = random.Random(22851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), delegada=L(DELEGATE, UID),
                                    ireta_anapu=L("Paracho", COARSE)))}
    pla, plo = fix(PLAZA_FIX, 4)
    pas = at_path(case(f, f"{a}/v1/karakata/{DELEGATE}", headers=_h(rng, **b)), DELEGATE, UID)
    return [
        case(f, f"{a}/v1/registro", headers=_h(rng), body={
            "arhikua": L(FIRST, NAMEC), "apeyidu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefunu": L(E164, TEL), "kontrasenia": L(PW, CRED),
            "ireta": L("Paracho", COARSE),
            "autoadskripsion": L("no indígena; casada en familia purhépecha", SENS),
            "delegada": L(DELEGATE, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kurhikuaeri-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kuinchekua/2026/programa", headers=_h(rng, **b), query={
            "sede": PLAZA["id"], "idioma": "es"}),
        case(f, f"{a}/v1/delegaciones/irekua", headers=_h(rng, **b), body={
            "delegacion": "par_sanpedro", "ireta_anapu": L("Paracho", COARSE),
            "irekua": [
                {"arhikua": L(HUSBAND[0], NAMEC), "parentesku": "achati",
                 "purhepecha": L(True, SENS), "uandakua_purhe": L(True, SENS)},
                {"arhikua": L(KID, NAMEC), "parentesku": "uajpa", "uexurhini": L(10, BIRTH),
                 "purhepecha": L(True, SENS), "uarhakua": "viejitos"},
                {"arhikua": L(MOTHER_IL[0], NAMEC), "parentesku": "nana_keri",
                 "purhepecha": L(True, SENS), "uandakua_purhe": L(True, SENS),
                 "kargu": L("lleva la ofrenda del fuego del barrio", SENS)}],
            "registra": L(DELEGATE, UID)}),
        case(f, f"{a}/v1/jarhojpekua", fmt="form", headers=_h(rng, **b), body={
            "delegada": L(DELEGATE, UID), "tumina": L("350", BUY), "moneda": "MXN",
            "intskua": L(opaque(rng, "pm_", 24), PAY), "destinu": "leña y banda"}),
        case(f, f"{a}/v1/camiones/asientos", headers=_h(rng, **b), body={
            "ruta": "paracho-nurio", "salida": "2026-02-01T05:30", "asientos": 3,
            "pasajeros": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)],
            "tumina": L(180, BUY)}),
        case(f, f"{a}/v1/pirekua/concurso/horario", headers=_h(rng, **b), query={
            "jurhiata": "2026-02-01", "sede": PLAZA["id"]}),
        case(f, f"{a}/v1/pirekua/concurso/inscripcion", headers=_h(rng, **b), body={
            "pireri": {"arhikua": L(MOTHER_IL[0], NAMEC), "telefunu": L(MOTHER_IL[1], TEL),
                       "ireta_anapu": L("Paracho", COARSE)},
            "pirekua": "Tsitsiki Urapiti", "categoria": "solista", "registra": L(DELEGATE, UID)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "delegada": L(DELEGATE, UID), "ubicacion": {"lat": pla, "lng": plo},
            "plaza": {"id": PLAZA["id"], "lat": PLAZA["lat"], "lng": PLAZA["lon"]},
            "ora": "2026-02-01T11:42"}),
        multipart(f, f"{a}/v1/fotos", [
            ("foto", "kurhikua_nurio.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "album": "kk2026",
                "uandakua": L("El fuego nuevo llegando a la plaza de Nurío al mediodía", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hospedaje", headers=_h(rng, **b), body={
            "delegada": L(DELEGATE, UID), "personas": 3, "noches": 1,
            "familia_anfitriona": "fa_nur_118", "uajpa_uexurhini": L(10, BIRTH)}),
        case(f, f"{a}/v1/favoritos/cola", fmt="msgpack", headers=_h(rng, **b), body={
            "delegada": L(DELEGATE, UID),
            "favoritos": [{"evento": "ev_pirekua_final", "t": 1769961600},
                          {"evento": "ev_uarhakua_viejitos", "t": 1769972400}]}),
        case(f, f"{a}/v1/uandakua", headers=_h(rng, **b), body={
            "para": "comite_organizador", "hilo": obj(rng, "hl"),
            "uandakua": L("Somos la delegación del barrio de San Pedro de Paracho, llegamos 14 "
                          "personas con la banda y la ofrenda.", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/taller/uandakua", fmt="form", headers=_h(rng, **b), body={
            "taller": "purhe_acompanantes", "nivel": "principiante",
            "delegada": L(DELEGATE, UID)}),
        case(f, f"{a}/v1/encuesta", gz=True, headers=_h(rng, **b), body={
            "delegada": L(DELEGATE, UID), "autoadskripsion": L("no", SENS),
            "uandakua_purhe": L("aprendiendo", SENS), "lengua_materna": L("inglés", SENS),
            "primera_vez": True, "calificacion": 5}),
        case(f, f"{a}/v1/faena", headers=_h(rng, **b), body={
            "turno": "limpieza_plaza_0700", "delegada": L(DELEGATE, UID),
            "telefunu": L(E164, TEL)}),
        case(f, f"{a}/v1/recibos/ultimo", headers=_h(rng, how="none"), cookies={
            "kk_sesion": L(opaque(rng, "", 40), CRED), "kk_disp": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        pas,
        case(f, f"{a}/v1/buskari", headers=_h(rng, **b), query={
            "q": L("pirekua final horario Nurío", SEARCH)}),
        case(f, f"{a}/v1/dispositivos", headers=_h(rng, **b), body=push(push_token(rng),
                                                                           "es_MX")),
        case(f, f"{a}/v1/eventos", headers=_h(rng, **b), body={
            "kuiripu": L(USER_ID, UID), "eventos": [
                ev("delegacion_registrada", 1), ev("pantalla", 2, pantalla=L("Programa", USAGE)),
                ev("idioma", 3, idioma=L("es", DEV))]}),
    ]


def kurhikua_sdks() -> list[Case]:
    rng = random.Random(22852)
    return [
        mc_batch(APP, rng, [("Delegation Registered", {"members": 3}),
                            ("Checked In", {"plaza": PLAZA["id"]})], at=PLAZA_FIX, nd=2,
                 locale="es_MX"),
        mc_pixel(APP, rng, "Program Opened", {"year": 2026}),
        tn_event(APP, rng, "contribution", {"destinu": "lena"}, revenue=350.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PLAZA_FIX, nd=3,
               keywords="fiesta,musica,michoacan"),
        cd_crash(APP, rng, ("java.io.IOException", "photo upload"),
                 [cd_crumb("nav", "Album -> Subir"), cd_crumb("tap", "subir_foto")],
                 screen="AlbumActivity"),
        pt_register(APP, rng, lang="es", at=HOME_AT, nd=2,
                    tags={"delegacion": "par_sanpedro", "purhepecha_irekua": L(True, SENS)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "350.00"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((PLAZA["lat"], PLAZA["lon"]), None)]),
        mm_telemetry(APP, rng, [PLAZA_FIX, (19.653211, -102.137902)], PRECISE),
        hs_message(APP, rng, L("No me llegó el pase de la delegación al correo", TEXT),
                   {"delegada": L(DELEGATE, UID)}),
    ]
