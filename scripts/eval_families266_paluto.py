"""A paluto app "Palutomar" (buy seafood by the kilo at a stall on the seafood strip and have the
restaurant next door cook it; its API's keys are Chavacano in ASCII with English loans:
``celular``, ``codigo``, ``nombre_completo``, ``correo``, ``direccion``, ``barangay``,
``landmark``, ``lugar`` place, ``cliente`` customer, ``puesto`` stall, ``marisco`` seafood,
``kilo``, ``estilo`` cooking style, ``mesa`` table, ``reserva`` booking, ``fecha``, ``hora``,
``nota``, ``monto``, ``pago``, ``llegamos`` we arrived, ``pie`` caption, ``dividir`` split,
``con`` with, ``mensaje``, ``estrellas``, ``comentario``, ``reclamo``, ``problema``, ``suki``
regular customer, ``carga`` top-up, ``amigo``, ``buscar``): an SMS log-in, the profile with her
address, landmark and house pin, ``/yo``, favourite stalls, today's prices, a curacha dinner
booked for the family (a note on her mother-in-law's shrimp allergy), its e-wallet payment, the
booking by number in the path, arrival with her fix, a photo of the table, the bill split with her
husband and mother-in-law, a message to the restaurant, a rating, a complaint (gzip), a suki card
top-up (msgpack), a referral, promos by cookie GET, a search, push and events. No earlier set has
paluto (a docstring grep for "paluto" found nothing; set 204 has a fish market's pre-orders)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
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
from eval_families24_kit import claims, rid
from eval_families266_kit import (
    EATERY,
    EATERY_FIX,
    HUSBAND,
    MOTHER_IL,
    PH_MOBILE,
    STALL,
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
    cz_pixel,
    lc_bid,
    lc_notice,
    qb_crash,
    qb_crumb,
    rs_event,
)
from eval_families266_svc import cp_register, mp_route, mp_telemetry, pg_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("palutomar", "Palutomar", "com.example.palutomar", "2.2.9",
          "https://api.palutomar.example.com")
IID = "X-Paluto-Install"
CLIENT = "PM-C-20931"  # her customer number (id.user)
BOOKING = "PM-2601-7712"  # the dinner booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, cbk=True, **kw)


def palutomar() -> list[Case]:
    rng = random.Random(26661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, celular=L(PH_MOBILE, TEL), cliente=L(CLIENT, UID)))}
    hla, hlo = fix(ZC_HOME_AT)
    ela, elo = fix(EATERY_FIX, 5)
    state = at_path(case(f, f"{a}/v1/reservas/{BOOKING}/estado", headers=_h(rng, **b)),
                    BOOKING, BUY)
    return [
        case(f, f"{a}/v1/otp/pidi", fmt="form", headers=_h(rng), body={
            "celular": L(PH_MOBILE, TEL), "canal": "sms"}),
        case(f, f"{a}/v1/otp/verifica", fmt="form", headers=_h(rng), body={
            "celular": L(PH_MOBILE, TEL), "codigo": L("287140", CRED),
            "dispositivo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/perfil", headers=_h(rng, **b), body={
            "nombre_completo": L(f"{FIRST} {LAST}", NAMEC), "correo": L(EMAIL, MAIL),
            "direccion": L(ZC_HOME["line"], ADDR), "barangay": L(ZC_HOME["brgy"], COARSE),
            "landmark": L("Cerca del capilla de Purok 4, porton verde", ADDR),
            "lugar": {"lat": hla, "lng": hlo}, "cliente": L(CLIENT, UID)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/favoritos", headers=_h(rng, **b), body={
            "cliente": L(CLIENT, UID), "puestos": [STALL["id"], "st_lato7"],
            "restaurante": EATERY["id"]}),
        case(f, f"{a}/v1/mariscos", headers=_h(rng, **b), query={
            "tipo": "curacha", "ciudad": L("Zamboanga City", COARSE), "puesto": STALL["id"]}),
        case(f, f"{a}/v1/reservas", headers=_h(rng, **b), body={
            "cliente": L(CLIENT, UID), "reserva": L(BOOKING, BUY), "mesa_para": 6,
            "items": [{"marisco": "curacha", "kilo": 1.5, "estilo": "alavar", "precio_kilo": 1200},
                      {"marisco": "lato", "kilo": 0.5, "estilo": "fresco", "precio_kilo": 180},
                      {"marisco": "pescado", "kilo": 1.0, "estilo": "sinigang",
                       "precio_kilo": 320}],
            "fecha": "2026-01-31", "hora": "18:30", "monto": L(2410, BUY),
            "nota": L("Hende picante para el bata, y sin camaron el de mi suegra, alergico ele",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/pagos", fmt="form", headers=_h(rng, **b), body={
            "reserva": L(BOOKING, BUY), "monto": L("1000.00", BUY), "metodo": "ewallet",
            "celular_ewallet": L(PH_MOBILE, TEL), "referencia": rid(rng)}),
        state,
        case(f, f"{a}/v1/llegamos", headers=_h(rng, **b), body={
            "reserva": L(BOOKING, BUY), "lugar": {"lat": ela, "lng": elo},
            "restaurante": {"id": EATERY["id"], "lat": EATERY["lat"], "lng": EATERY["lon"]}}),
        multipart(f, f"{a}/v1/fotos", [
            ("foto", "curacha_alavar.jpg", "image/jpeg", L(JPEG + b"\x4c", MEDIA)),
            ("meta", None, "application/json", {
                "reserva": L(BOOKING, BUY),
                "pie": L("Cumpleanos de Lola Mely con curacha alavar!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/cuenta/dividir", headers=_h(rng, **b), body={
            "reserva": L(BOOKING, BUY), "total": L(2410, BUY),
            "con": [{"nombre": L(HUSBAND[0], NAMEC), "monto": L(1205, BUY)},
                    {"nombre": L(MOTHER_IL[0], NAMEC), "monto": L(0, BUY)}]}),
        case(f, f"{a}/v1/mensajes", headers=_h(rng, **b), body={
            "para": EATERY["id"], "hilo": obj(rng, "hl"),
            "mensaje": L("Ate, ay llega kame quince minutos tarde, guarda lang el mesa", TEXT)}),
        case(f, f"{a}/v1/calificacion", fmt="form", headers=_h(rng, **b), body={
            "reserva": L(BOOKING, BUY), "estrellas": "5",
            "comentario": L("Sabroso gayot el alavar, bien fresco el lato. Gracias!", TEXT)}),
        case(f, f"{a}/v1/reclamo", gz=True, headers=_h(rng, **b), body={
            "reserva": L(BOOKING, BUY), "fecha": "2026-02-01",
            "problema": L("El curacha diutay, hende gayot aquel kilo y medio", TEXT)}),
        case(f, f"{a}/v1/suki/carga", fmt="msgpack", headers=_h(rng, **b), body={
            "cliente": L(CLIENT, UID), "tarjeta_suki": "sk_0931", "monto": L(1500, BUY),
            "tarjeta_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v1/referido", headers=_h(rng, **b), body={
            "amigo": {"nombre": L("Ana Lisa Fernandez", NAMEC),
                      "celular": L("+639165550190", TEL)}, "cliente": L(CLIENT, UID)}),
        case(f, f"{a}/v1/promos", headers=_h(rng, how="none"), query={"puesto": STALL["id"]},
             cookies={"pm_sesion": L(opaque(rng, "", 40), CRED), "pm_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/buscar", headers=_h(rng, **b), query={
            "q": L("curacha alavar para seis", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v1/dispositivo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventos", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("reserva_hecho", 1, monto=L(2410, BUY)),
                ev("pantalla", 2, pantalla=L("MiMesa", USAGE))]}),
    ]


def palutomar_sdks() -> list[Case]:
    rng = random.Random(26662)
    return [
        cz_batch(APP, rng, [("Booking Made", {"total": L(2410, BUY)}),
                            ("Arrived", {})], at=EATERY_FIX, nd=2, locale="cbk_PH"),
        cz_identify(APP, rng, {"barangay": L("Tetuan", COARSE), "cliente": L(CLIENT, UID),
                               "party": 6}),
        cz_pixel(APP, rng, "Promo Seen", {"promo": "pr_curacha"}),
        rs_event(APP, rng, "purchase", {"reserva": L(BOOKING, BUY)}, revenue=2410.0,
                 hashed=True),
        lc_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=ZC_HOME_AT, nd=3,
               keywords="seafood,curacha,restaurant"),
        lc_notice(APP, rng, "win"),
        qb_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [qb_crumb("nav", "Reserva -> Mapa")], screen="MapaActivity"),
        cp_register(APP, rng, lang="cbk", at=ZC_HOME_AT, nd=2, tags={"stall": STALL["id"]}),
        pg_wallet(APP, rng, "1000", L(PH_MOBILE, TEL)),
        mp_route(APP, rng, [(ZC_HOME_AT, PRECISE), ((EATERY["lat"], EATERY["lon"]), None)]),
        mp_telemetry(APP, rng, [ZC_HOME_AT, EATERY_FIX], PRECISE),
    ]
