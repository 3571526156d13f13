"""The Istanbul community mikveh's appointment app "Tevila" (the ritual bath in Şişli; her
religion and her cycle). Its API's keys are Ladino: ``nombre``, ``alkunya`` surname,
``posta_elektronika``, ``telefon``, ``kontrasenya`` password, ``data_de_nasimiento``,
``komunita`` community, ``kal`` synagogue, ``numero_de_miembro`` membership number, ``marido``
husband, ``regla`` period (``primer_dia`` first day, ``durasion``), ``siklo`` cycle, ``ifsek``
the hefsek tahara (the check that ends the period), ``dias_limpios`` the seven clean days,
``noche`` the immersion night, ``banyo`` the bath, ``ora`` hour, ``randevu`` appointment,
``notas``, ``suma`` amount, ``moneda``, ``metodo``, ``kupa`` charity box (``fondo`` fund),
``kurso`` class, ``mesaje``, ``bushkar`` search, ``adreso``, ``kuartier``, ``sivdad``,
``kodigo_postal``, ``dolap`` locker (``kodigo`` its code), ``yegada`` arrival, ``salida``
log-out, ``lingua``, ``zona_de_ora``. Calls: sign-up, a form log-in, ``/yo`` with a JWT, the
cycle calendar, free slots for the night, a booking, its payment, an arrival beat (protobuf), the
locker code, a donation to the brides' fund, a class, a message to the attendant, a search, the
history by membership number in the path, reminders (msgpack), the address, a cookie GET, push,
events and a log-out. No earlier set has a mikveh (a grep for mikve/niddah/tevila found none);
set 69's synagogue app has services, seats and yahrzeits, not immersion appointments."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families212_kit import HOME, HOME_AT, HUSBAND, MEMBER, MIKVEH, fix, hd, obj, push
from eval_families212_sdk import ab_launch, cg_crash, cg_crumb, ko_batch, ko_identify, ko_pixel
from eval_families212_svc import (
    fs_eval,
    hc_message,
    kl_save,
    mb_route,
    pa_card,
    pa_confirm,
    pv_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tevila", "Tevila", "com.example.tevila", "2.4.1", "https://api.tevila.example.org")
IID = "X-Tevila-Aparato"
PW = "Banyo#Sisli2026"
MIKVEH_FIX = (41.058702, 28.984139)  # her phone at the mikveh door
CYC = f"{MED}|{SENS}"  # a date of the niddah count: her cycle and her religious practice


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tevila() -> list[Case]:
    rng = random.Random(21211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta_elektronika=L(EMAIL, MAIL),
                                    miembro=L(MEMBER, UID), komunita=L("sefaradi", SENS)))}
    mla, mlo = fix(MIKVEH_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, MIKVEH["id"]), (3, 1768935600),
               (4, [(1, mla), (2, mlo), (3, 14.0)]),
               (5, L(63, DEV))], "", lab)
    hist = at_path(case(f, f"{a}/api/v1/miembros/{MEMBER}/istoria", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/enrejistrasion", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "alkunya": L(LAST, NAMEC), "posta_elektronika": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kontrasenya": L(PW, CRED), "data_de_nasimiento": L(DOB, BIRTH),
            "komunita": L("Komunita Sefaradi de Estambol", SENS), "kal": L("Kal de Neve Shalom",
                                                                             SENS),
            "numero_de_miembro": L(MEMBER, UID),
            "marido": {"nombre": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "akseptar_kondisiones": True}),
        case(f, f"{a}/api/v1/entrada", fmt="form", headers=_h(rng), body={
            "posta_elektronika": L(EMAIL_UPPER, MAIL), "kontrasenya": L(PW, CRED),
            "akodrar": "1"}),
        case(f, f"{a}/api/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kalendario", headers=_h(rng, **b), body={
            "regla": {"primer_dia": L("2026-01-06", MED), "durasion": L(5, MED)},
            "siklo": L(28, MED), "ifsek": L("2026-01-10", CYC),
            "dias_limpios": {"empesa": L("2026-01-11", CYC), "fin": L("2026-01-17", CYC)},
            "minag": L("sefaradi", SENS)}),
        case(f, f"{a}/api/v1/banyos/{MIKVEH['id']}/randevus", headers=_h(rng, **b), query={
            "noche": L("2026-01-17", CYC), "privado": "true"}),
        case(f, f"{a}/api/v1/randevus", headers=_h(rng, **b), body={
            "banyo": MIKVEH["id"], "slot": obj(rng, "sl"), "noche": L("2026-01-17", CYC),
            "ora": "20:30", "privado": True, "numero_de_miembro": L(MEMBER, UID),
            "notas": L("Tengo una kurita en el braso, kero un plaster ke no se moje", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/pago", fmt="form", headers=_h(rng, **b), body={
            "randevu": obj(rng, "rv"), "suma": L("150.00", BUY), "moneda": "TRY",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultimos_kuatro": L("4444", PAY)}),
        raw(f, f"{a}/api/v1/yegada", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/dolap", fmt="form", headers=_h(rng, **b), body={
            "dolap": "d_14", "kodigo": L("5810", CRED), "randevu": obj(rng, "rv")}),
        case(f, f"{a}/api/v1/kupa", fmt="form", headers=_h(rng, **b), body={
            "fondo": L("novias_sin_medios", SENS), "suma": L("300", BUY), "moneda": "TRY",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "anonimo": "true"}),
        case(f, f"{a}/api/v1/kursos/enrejistrar", headers=_h(rng, **b), body={
            "kurso": L("taharat_amishpaha_2", SENS), "data": "2026-02-04",
            "numero_de_miembro": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/mesajes", headers=_h(rng, **b), body={
            "a": "asistente_banyo",
            "mesaje": L("La regla me vino dos dias antes, puedo trokar la noche al 15?",
                        f"{TEXT}|{CYC}")}),
        case(f, f"{a}/api/v1/bushkar", headers=_h(rng, **b), query={
            "bushkar": L("banyo avierto en Kuzguncuk el viernes", SEARCH), "pajina": "1"}),
        hist,
        case(f, f"{a}/api/v1/rekordatorios", fmt="msgpack", headers=_h(rng, **b), body={
            "numero_de_miembro": L(MEMBER, UID), "ifsek": L("2026-02-07", CYC),
            "noche": L("2026-02-14", CYC), "avizar_antes_min": 120}),
        case(f, f"{a}/api/v1/perfil/adreso", headers=_h(rng, **b), body={
            "adreso": L(HOME["line"], ADDR), "kuartier": L(HOME["area"], COARSE),
            "sivdad": L(HOME["town"], COARSE), "kodigo_postal": L(HOME["post"], COARSE)}),
        case(f, f"{a}/api/v1/randevus/avenir", headers=_h(rng, how="none"), cookies={
            "tv_sesion": L(opaque(rng, "", 40), CRED), "tv_aparato": L(INSTALL_ID, DID),
            "tv_req": rid(rng)}),
        case(f, f"{a}/api/v1/banyos", headers=_h(rng, **b), query={
            "sivdad": L("İstanbul", COARSE), "abierto": "true"}),
        case(f, f"{a}/api/v1/aparatos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "uzador": L(USER_ID, UID), "eventos": [
                ev("randevu_reservada", 1, banyo=MIKVEH["id"]),
                ev("ekran", 2, ekran=L("Kalendario", USAGE))]}),
        case(f, f"{a}/api/v1/salida", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
    ]


def tevila_sdks() -> list[Case]:
    rng = random.Random(21212)
    return [
        ko_batch(APP, rng, [("Slot Booked", {"bath": MIKVEH["id"], "total": L(150, BUY)}),
                            ("Calendar Viewed", {})]),
        ko_identify(APP, rng, {"komunita": L("sefaradi", SENS), "sivdad": L("İstanbul", COARSE)}),
        ab_launch(APP, rng, first=True),
        cg_crash(APP, rng, ("java.lang.IllegalStateException", "calendar day out of range"),
                 [cg_crumb("nav", "Kalendario -> Randevu"),
                  cg_crumb("net", "POST", {"url": f"{APP.api}/api/v1/randevus", "status": 201})],
                 screen="KalendarioActivity"),
        fs_eval(APP, rng, {"banyo": MIKVEH["id"], "kurso": L("taharat_amishpaha", SENS)}),
        pv_register(APP, rng, tags={"banyo": MIKVEH["id"], "minag": L("sefaradi", SENS)}),
        kl_save(APP, rng, {"analytics": True, "marketing": False}),
        ko_pixel(APP, rng, "Hours Opened", {"bath": MIKVEH["id"]}),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((MIKVEH["lat"], MIKVEH["lon"]), None)],
                 mode="walking"),
        pa_card(APP, rng),
        pa_confirm(APP, rng, "150.00"),
        hc_message(APP, rng, L("Pagi 150 TL dos vezes para la mizma randevu", f"{TEXT}|{BUY}"),
                   {"miembro": L(MEMBER, UID)}),
    ]
