"""A market casera's ordering app "Caserita" (her weekly produce from a stallholder at the Feria 16
de Julio; "casera" is the regular seller-buyer bond). Sets 82, 91, 112 and 121 have market
stalls run by the user (a seller's till, stock and sales); here she is the buyer: her casera
keeps her order aside with a "yapa" (a little extra), she picks it up at the stall or has it sent
home by moto, keeps a small "fiado" (credit) and shares the list with her husband. Calls:
sign-up, a log-in, ``/mi-cuenta``, stalls near her by ``lat,lon`` in the path, the catalogue, a
favourite casera, an order, its QR payment, the pick-up at the stall, a chat message, a home
delivery, the cart (msgpack), an offline queue (JSON Lines), orders by client number in the
query, a review, the fiado, a search, sharing the list (a URL in a JSON field), a receipt by order
number in the path, promotions (a base64 JSON cookie), offers (a base64 JSON header), push and
events."""

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
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families139_kit import (
    BO_ACCOUNT,
    CLIENT,
    EA_HOME,
    EA_HOME_AT,
    HUSBAND,
    MARKET_FIX,
    STALL,
    fix,
    hd,
    obj,
    push,
)
from eval_families139_sdk import (
    bc_bid,
    cq_session,
    mv_batch,
    mv_queue,
    tt_event,
    tt_launch,
)
from eval_families139_svc import ch_confirm, ck_check, hy_message, mw_geocode, pc_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, W, case

APP = App("caserita", "Caserita", "com.example.caserita", "1.3.8",
          "https://api.caserita.example.com")
IID = "X-Caserita-Id"
PW = "Yapa+Feria16"
ORDER = "PD-16J-0311-0277"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def caserita() -> list[Case]:
    rng = random.Random(13971)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), cliente=L(CLIENT, UID)))}
    seg = f"{MARKET_FIX[0]:.4f},{MARKET_FIX[1]:.4f}"
    near = at_path(case(f, f"{a}/v1/puestos/cerca/{seg}", headers=_h(rng, **b),
                        query={"radio": "300"}), seg, PRECISE)
    mla, mlo = fix(MARKET_FIX)
    hla, hlo = fix(EA_HOME_AT, 5)
    rcpt = at_path(case(f, f"{a}/v1/recibos/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    queue = lines(f, f"{a}/v1/offline", [
        {"cliente": L(CLIENT, UID), "pedido": L(ORDER, BUY), "op": "crear", "t": 1773222000},
        {"cliente": L(CLIENT, UID), "item": "papa_huaycha", "op": "sumar", "t": 1773222060},
        {"cliente": L(CLIENT, UID), "dispositivo": L(INSTALL_ID, DID), "op": "enviar",
         "t": 1773222120}], headers=_h(rng, **b))
    return [
        case(f, f"{a}/v1/clientes", headers=_h(rng), body={
            "nombre": L(NAME, NAMEC), "celular": L(E164, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "direccion": L(EA_HOME["line"], ADDR),
            "zona": L(EA_HOME["zone"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "celular": L(NATIONAL, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/mi-cuenta", headers=_h(rng, extra=jw)),
        near,
        case(f, f"{a}/v1/puestos/{STALL['id']}/catalogo", headers=_h(rng, **b),
             query={"categoria": "tuberculos"}),
        case(f, f"{a}/v1/caseras/favoritas", headers=_h(rng, **b), body={
            "cliente": L(CLIENT, UID), "puesto": STALL["id"], "desde": "2025-11"}),
        case(f, f"{a}/v1/pedidos", headers=_h(rng, **b), body={
            "pedido": L(ORDER, BUY), "cliente": L(CLIENT, UID), "puesto": STALL["id"],
            "items": [{"producto": "papa huaycha", "unidad": "arroba", "cant": 1,
                       "precio": 60},
                      {"producto": "chuno negro", "unidad": "libra", "cant": 3, "precio": 9},
                      {"producto": "queso de Achacachi", "unidad": "unidad", "cant": 2,
                       "precio": 25}],
            "total": L(137, BUY), "yapa": True, "retiro": "puesto"}),
        case(f, f"{a}/v1/pedidos/{ORDER}/pago", fmt="form", headers=_h(rng, **b), body={
            "monto": L("137", BUY), "metodo": "qr", "cuenta": L(BO_ACCOUNT, PAY)}),
        case(f, f"{a}/v1/retiros", headers=_h(rng, **b), body={
            "pedido": L(ORDER, BUY), "yo": {"lat": mla, "lon": mlo},
            "puesto": {"lat": STALL["lat"], "lon": STALL["lon"], "ubicacion": STALL["feria"]}}),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "puesto": STALL["id"], "cliente": L(CLIENT, UID),
            "texto": L("Caserita, guardeme la papa grande, paso a las 11 con mi esposo", TEXT)}),
        case(f, f"{a}/v1/entregas", headers=_h(rng, **b), body={
            "pedido": L(ORDER, BUY), "direccion": L(EA_HOME["line"], ADDR),
            "referencia": L(EA_HOME["ref"], ADDR), "lat": hla, "lon": hlo,
            "recibe": {"nombre": L(HUSBAND[0], NAMEC), "celular": L(HUSBAND[1], TEL)},
            "envio": L(10, BUY)}),
        case(f, f"{a}/v1/carrito/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "cliente": L(CLIENT, UID), "dispositivo": L(INSTALL_ID, DID),
            "items": [{"p": "papa_huaycha", "c": 1}, {"p": "chuno_negro", "c": 3}],
            "rev": 7}),
        queue,
        case(f, f"{a}/v1/pedidos", headers=_h(rng, **b), query={
            "cliente": L(CLIENT, UID), "estado": "entregado"}),
        case(f, f"{a}/v1/resenas", fmt="form", headers=_h(rng, **b), body={
            "puesto": STALL["id"], "estrellas": "5",
            "texto": L("Siempre me da buena yapa y la papa es fresca", TEXT)}),
        case(f, f"{a}/v1/fiado", headers=_h(rng, **b), body={
            "cliente": L(CLIENT, UID), "puesto": STALL["id"], "monto": L(45, BUY),
            "pagar_el": "2026-03-18"}),
        case(f, f"{a}/v1/buscar", headers=_h(rng, **b), query={
            "q": L("chuno negro de Ancoraimes", SEARCH), "orden": "precio"}),
        case(f, f"{a}/v1/listas/compartir", headers=_h(rng, **b), body={
            "para": {"nombre": L(HUSBAND[0], NAMEC), "celular": L(HUSBAND[1], TEL)},
            "link": U("https://caserita.example.com/l", {"c": L(CLIENT, UID),
                                                         "p": L(ORDER, BUY), "s": "wa"}),
            "mensaje": L("Ruben, esto es lo que falta para el domingo", f"{TEXT}|{NAMEC}")}),
        rcpt,
        case(f, f"{a}/v1/promos", headers=_h(rng, how="none"), cookies={
            "cs_sesion": L(opaque(rng, "", 40), CRED),
            "cs_ctx": W({"cliente": L(CLIENT, UID), "zona": L("Villa Dolores", COARSE),
                         "v": 2}, "b64json")}),
        case(f, f"{a}/v1/ofertas", headers={**_h(rng, **b), "X-Cs-Context": W({
            "cliente": L(CLIENT, UID), "feria": "16J", "dispositivo": L(INSTALL_ID, DID)},
            "b64json")}),
        case(f, f"{a}/v1/dispositivos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("pedido_creado", 1, items=3), ev("pago_qr", 2),
                ev("pantalla", 3, nombre=L("MiCasera", USAGE))], "ref": obj(rng, "ev")}),
    ]


def caserita_sdks() -> list[Case]:
    rng = random.Random(13972)
    return [
        mv_batch(APP, rng, [("Order Placed", {"total": L(137, BUY)}),
                            ("Pickup Confirmed", {})], at=MARKET_FIX, nd=2),
        mv_queue(APP, rng, [("Cart Updated", {"items": 2}), ("Cart Updated", {"items": 3})]),
        tt_launch(APP, rng, user=True, n=9),
        tt_event(APP, rng, "purchase", {"pedido": L(ORDER, BUY)}, revenue=137.0,
                 currency="BOB", hashed=True),
        bc_bid(APP, rng, {"native": {"ver": "1.2"}}, at=MARKET_FIX, nd=3,
               keywords="mercado,papa,feria"),
        cq_session(APP, rng, secs=318),
        pc_register(APP, rng, at=MARKET_FIX, nd=2, tags={"casera": STALL["id"]}),
        ck_check(APP, rng, {"analytics": True, "ads": False}),
        ch_confirm(APP, rng, "137"),
        mw_geocode(APP, rng, "Feria 16 de Julio fila C", SEARCH, near=MARKET_FIX, nd=2),
        hy_message(APP, rng, L(f"Mi pedido {ORDER} no llego a casa", f"{TEXT}|{BUY}"),
                   {"cliente": L(CLIENT, UID)}),
    ]
