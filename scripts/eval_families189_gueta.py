"""A small food exporter's seller app "Guetaxpor" (``gueta`` tortilla, the Isthmus's oven-baked
totopo: she sells the totopos of a women's comiscal-oven cooperative to Mexican grocers in
Texas and handles the export papers). Earlier seller sets (151's winery, 173's orange lots) sell
at home; this one is an export: the customs entry, the importer's prior notice, a CFDI export
invoice, payouts to her CLABE and the cooperative's share. Isthmus Zapotec keys in ASCII with
Spanish loans: ``exportador`` exporter (her account), ``la`` / ``la_bixhoze`` names,
``correo``, ``telefonu``, ``codigu`` code, ``rfc`` / ``curp`` / ``clabe``, ``residente`` her
resident card, ``lidxe`` home, ``guidxi`` town, ``gueta`` totopos, ``lote`` lot, ``caja`` box,
``ra_nuu`` where one is, ``retratu`` photo, ``pedido`` order, ``comprador`` buyer,
``remitente`` sender, ``aduana`` customs, ``pedimento`` customs entry, ``bueltu`` amount,
``guixhe`` pay, ``factura`` invoice, ``diidxa`` message, ``nota`` note, ``naa`` me. Calls:
seller sign-up, an SMS code, ``/naa``, a lot baked (her fix at the oven), a product photo, the
catalogue, an order from Houston, the customs entry (gzip), the prior notice, a shipping label,
a pick-up, the payout CLABE, payouts, the cooperative's share, the export invoice, an offline
sync (JSON Lines), sales by exporter number in the path, a message to the buyer, a quality note
(msgpack), push, events and a session refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims
from eval_families189_kit import (
    BAKERY,
    BAKERY_FIX,
    BUYER,
    CLABE,
    CURP,
    EXPORTER,
    HOME,
    HUSBAND,
    RESIDENT,
    RFC,
    fix,
    hd,
    obj,
    push,
)
from eval_families189_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families189_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("guetaxpor", "Guetaxpor", "com.example.guetaxpor", "1.3.5",
          "https://api.guetaxpor.example.com")
IID = "X-Guetaxpor-Install"
NID = "personal.national_id"
ORDER = "GX-PO-3318"  # the Houston grocer's order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def guetaxpor() -> list[Case]:
    rng = random.Random(18951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, exportador=L(EXPORTER, UID), telefonu=L(E164, TEL)))}
    bla, blo = fix(BAKERY_FIX)
    lote = obj(rng, "lt")
    sales = at_path(case(f, f"{a}/v1/exportador/{EXPORTER}/ventas", headers=_h(rng, **b),
                         query={"desde": "2026-01-01", "hasta": "2026-03-31"}), EXPORTER, UID)
    return [
        case(f, f"{a}/v1/exportador", headers=_h(rng), body={
            "la": L(FIRST, NAMEC), "la_bixhoze": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "telefonu": L(E164, TEL), "rfc": L(RFC, NID), "curp": L(CURP, NID),
            "residente": L(RESIDENT, NID), "lidxe": L(HOME["line"], ADDR),
            "guidxi": L(HOME["town"], COARSE), "exportador": L(EXPORTER, UID),
            "cooperativa": BAKERY["id"]}),
        case(f, f"{a}/v1/biuu/codigu", fmt="form", headers=_h(rng), body={
            "telefonu": L(E164, TEL), "codigu": L("319482", CRED)}),
        case(f, f"{a}/v1/naa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/gueta/lotes", headers=_h(rng, **b), body={
            "lote": lote, "kg": 180, "horneado": "2026-02-17", "comiscales": 6,
            "ra_nuu": {"lat": bla, "lon": blo},
            "cooperativa": {"id": BAKERY["id"], "lat": BAKERY["lat"], "lon": BAKERY["lon"]}}),
        multipart(f, f"{a}/v1/gueta/retratu", [
            ("retratu", "totopo_lote.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {"lote": lote, "precio_caja": 46})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/catalogo", headers=_h(rng, **b), query={"exportador": L(EXPORTER, UID)}),
        case(f, f"{a}/v1/pedidos", headers=_h(rng, **b), body={
            "pedido": L(ORDER, BUY), "comprador": {"la": L(BUYER[0], NAMEC),
                                                   "correo": L(BUYER[1], MAIL)},
            "cajas": 40, "total": L(1840.0, BUY), "moneda": "USD", "destino": "Houston, TX"}),
        case(f, f"{a}/v1/aduana/pedimento", gz=True, headers=_h(rng, **b), body={
            "rfc": L(RFC, NID), "exportador": L(EXPORTER, UID), "pedido": L(ORDER, BUY),
            "valor_usd": L(1840.0, BUY), "fraccion": "1904.10.01", "agente": "AA-3317",
            "aduana": "NLD"}),
        case(f, f"{a}/v1/aduana/estado", headers=_h(rng, **b), query={
            "pedido": L(ORDER, BUY), "aduana": "NLD"}),
        case(f, f"{a}/v1/aviso_previo", headers=_h(rng, **b), body={
            "pedido": L(ORDER, BUY), "fabricante": BAKERY["name"],
            "remitente": {"la": L(f"{FIRST} {LAST}", NAMEC), "telefonu": L(E164, TEL),
                          "lidxe": L(HOME["line"], ADDR)},
            "llegada": "2026-02-24"}),
        case(f, f"{a}/v1/envio/etiqueta", headers=_h(rng, **b), body={
            "remitente": {"la": L(f"{FIRST} {LAST}", NAMEC), "telefonu": L(E164, TEL),
                          "guidxi": L(HOME["town"], COARSE)},
            "paquete": {"cajas": 40, "kg": 92.0}, "servicio": "carga"}),
        case(f, f"{a}/v1/recoleccion", fmt="form", headers=_h(rng, **b), body={
            "fecha": "2026-02-19", "ventana": "9-12", "contacto_telefonu": L(HUSBAND[1], TEL),
            "bultos": "40"}),
        case(f, f"{a}/v1/clabe", headers=_h(rng, **b), body={
            "titular": L(f"{FIRST} {LAST}", NAMEC), "clabe": L(CLABE, PAY),
            "rfc": L(RFC, NID), "exportador": L(EXPORTER, UID)}),
        case(f, f"{a}/v1/pagos", headers=_h(rng, **b), query={"exportador": L(EXPORTER, UID)}),
        case(f, f"{a}/v1/pagos/cooperativa", fmt="form", headers=_h(rng, **b), body={
            "cooperativa": BAKERY["id"], "lote": lote, "bueltu": L("14400.00", BUY),
            "clabe_cooperativa": "072610009935412771", "concepto": "lote febrero"}),
        case(f, f"{a}/v1/factura", headers=_h(rng, **b), body={
            "rfc": L(RFC, NID), "cp_fiscal": L(HOME["post"], COARSE), "pedido": L(ORDER, BUY),
            "total": L(1840.0, BUY), "moneda": "USD", "tipo": "exportacion"}),
        lines(f, f"{a}/v1/sync", [
            {"op": "stock", "lote": lote, "cajas": 120, "por": L(EXPORTER, UID)},
            {"op": "venta", "pedido": L(ORDER, BUY), "total": L(1840.0, BUY)}],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/v1/diidxa", headers=_h(rng, **b), body={
            "para": "comprador",
            "diidxa": L("Rosa, las 40 cajas salen el lunes; si no contesto llame a mi esposo al "
                        "+52 971 162 0385", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/lotes/{lote}/nota", fmt="msgpack", headers=_h(rng, **b), body={
            "lote": lote, "humedad": 3.1, "rotos_pct": 2,
            "nota": L("Quedaron un poco quemados, separar para venta local", TEXT),
            "por": L(EXPORTER, UID)}),
        case(f, f"{a}/v1/dispositivo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventos", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("pedimento_enviado", 1), ev("pantalla", 2, pantalla=L("Aduana", USAGE))]}),
        case(f, f"{a}/v1/sesion/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def guetaxpor_sdks() -> list[Case]:
    rng = random.Random(18952)
    return [
        mc_batch(APP, rng, [("Lot Logged", {"kg": 180}), ("Order Accepted", {})],
                 at=BAKERY_FIX, nd=2),
        mc_identify(APP, rng, {"guidxi": L("Juchitan", COARSE), "exportador": L(EXPORTER, UID)}),
        mc_pixel(APP, rng, "Sales Opened", {"period": "2026-Q1"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "listing", {"producto": "totopo_clasico"}),
        fn_eval(APP, rng, {"region": L("Istmo", COARSE), "role": "exporter"}),
        pt_register(APP, rng, at=BAKERY_FIX, nd=2, tags={"region": L("Istmo", COARSE)}),
        cl_wallet(APP, rng, "14400", L(E164, TEL)),
        mm_geocode(APP, rng, "paqueteria de carga Juchitan", "behavior.search",
                   near=BAKERY_FIX, nd=3),
        hs_message(APP, rng, L(f"El pago del pedido {ORDER} no llega", f"{TEXT}|{BUY}"),
                   {"exportador": L(EXPORTER, UID)}),
    ]
