"""Ñandutí-lace crafts marketplace "Ñandurenda" where she sells the lace she makes in Asunción. Its
API's keys are Guarani: ``tera`` (name), ``terajoapy`` (family name), ``pumbyry_papapy`` (phone
number), ``oga`` (home: the address line), ``tava`` (town), ``kuatia_papapy`` (the identity
document's number), ``ara_heñoiha`` (birth date), ``ñeeñemi`` (password, from ñe'ẽñemi), ``mena``
(husband), with ``ñemuha`` (shop), ``jerure`` (order), ``marandu`` (message), ``tepy`` (price),
``omondova``/``ohupytyva`` (sender/receiver) and ``ñee`` (language). The seller's sign-up, a
log-in and SMS code, ``/che`` with a JWT, the shop with her husband as co-holder, a listing with
a photo, a price change, a search, a sale accepted by number in the path, the shipping label, a
message to a buyer and a msgpack sync of drafts, the payout account, payouts by a session cookie,
an invoice, the identity check (cédula photos and a selfie), her workshop's point, a reply to a
review, thread bought from the cooperative, crafts fairs near her, push, events, statistics."""

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
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others, rid
from eval_families114_kit import (
    ACCEPT_PY,
    CEDULA,
    CEDULA_DOTS,
    COOP,
    FAIR_AT,
    HOME_PY,
    HOME_PY_AT,
    HUSBAND,
    HUSBAND_CI,
    PAYOUT_ACCT,
    PY_E164,
    PY_LINE,
    PY_NATIONAL,
    RUC,
    SALE,
    SHOP,
    THREAD_ORDER,
    TZ,
    fix,
    obj,
)
from eval_families114_sdk import (
    ag_event,
    ag_install,
    bc_bid,
    cp_crash,
    cp_crumb,
    mc_batch,
    mc_identify,
)
from eval_families114_svc import hc_message, nc_register, pp_payout, tc_eval, tm_geocode
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("nandurenda", "Nandurenda", "com.example.nandurenda", "4.2.1",
          "https://api.nandurenda.example.com")
IID = "X-Nandu-Install"
PW = "Mburucuja-Poty-88"
DOB_PY = "17/05/1991"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_PY, DEV)
    return h


def nandurenda() -> list[Case]:
    rng = random.Random(11401)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ñemuha=L(SHOP, UID)))}
    b = {"auth": "bearer"}
    pid = obj(rng, "prd", 10)
    buyers = others(rng, 3, "cmp_")
    hla, hlo = fix(HOME_PY_AT)
    accept = at_path(case(f, f"{a}/v1/jerure/{SALE}/acepta", headers=_h(rng, **b), body={
        "jerure": L(SALE, BUY), "plazo_dias": 3}), SALE, BUY)
    return [
        case(f, f"{a}/v1/vendedoras", headers=_h(rng), body={
            "tera": L(FIRST, NAMEC), "terajoapy": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "pumbyry_papapy": L(PY_LINE, TEL), "ñeeñemi": L(PW, CRED),
            "ara_heñoiha": L(DOB, BIRTH), "kuatia_papapy": L(CEDULA_DOTS, NATID),
            "oga": L(HOME_PY["line"], ADDR), "barrio": L(HOME_PY["barrio"], COARSE),
            "tava": L(HOME_PY["city"], COARSE), "ñee": L("es", DEV), "moneda": "PYG"}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "email": L(EMAIL_MIXED, MAIL), "ñeeñemi": L(PW, CRED),
            "client_id": "nandurenda-android"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "pumbyry_papapy": L(PY_E164, TEL), "code": L("480213", CRED)}),
        case(f, f"{a}/v1/che", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/nemuha", headers=_h(rng, **b), body={
            "ñemuha": L(SHOP, UID), "tera": L("Ñandutí de Jane", NAMEC),
            "mombeu": L("Ñandutí hecho a mano en Asunción; aprendí en Itauguá con mi suegra.",
                        TEXT),
            "tava": L(HOME_PY["city"], COARSE),
            "mena": {"tera": L(HUSBAND[0], NAMEC), "pumbyry_papapy": L(HUSBAND[1], TEL),
                     "kuatia_papapy": L(HUSBAND_CI, NATID)}, "retiro_local": True}),
        multipart(f, f"{a}/v1/productos", [
            ("taanga", "carpeta_40.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("producto", None, "application/json", {
                "titulo": "Carpeta ñandutí 40 cm 'mburucuja poty'", "tepy": 320000,
                "sku": pid, "medidas": "40x40", "hilo": "algodón", "stock": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/productos/{pid}", headers=_h(rng, **b), body={
            "tepy": 295000, "stock": 2, "descuento_pct": 8}),
        case(f, f"{a}/v1/buscar", headers=_h(rng, **b), query={
            "q": L("ñandutí blanco para pollera", SEARCH), "origen": "Itauguá", "page": "1"}),
        accept,
        case(f, f"{a}/v1/envios", headers=_h(rng, **b), body={
            "jerure": L(SALE, BUY), "peso_g": 180, "courier": "Encomiendas Yvytu",
            "omondova": {"tera": L(NAME, NAMEC), "pumbyry_papapy": L(PY_NATIONAL, TEL),
                         "oga": L(HOME_PY["line"], ADDR), "tava": L(HOME_PY["city"], COARSE)},
            "ohupytyva": {"comprador": buyers[0]}}),
        case(f, f"{a}/v1/marandu", headers=_h(rng, **b), body={
            "to": buyers[0], "jerure": L(SALE, BUY),
            "marandu": L("Mba'éichapa! Tu carpeta sale mañana por encomienda desde Villa Morra",
                         f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/v1/marandu/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "since": 1765300100, "borradores": [
                {"to": buyers[1], "marandu": L("Puedo tejer el mismo diseño en rojo", TEXT)},
                {"to": buyers[2], "marandu": L("Sí, hago envíos a Encarnación", TEXT)}]}),
        case(f, f"{a}/v1/cobros/cuenta", headers=_h(rng, **b), body={
            "banco": "Banco Yvytu", "cuenta": L(PAYOUT_ACCT, PAY), "titular": L(NAME, NAMEC),
            "ruc": L(RUC, NATID), "moneda": "PYG"}),
        case(f, f"{a}/v1/cobros", headers=_h(rng, how="none"), query={
            "desde": "2025-11-01", "hasta": "2025-12-09"},
            cookies={"nr_sesion": L(opaque(rng, "", 40), CRED), "nr_req": rid(rng)}),
        case(f, f"{a}/v1/facturas", headers=_h(rng, **b), body={
            "ruc_emisor": L(RUC, NATID), "timbrado": "16642218", "jerure": L(SALE, BUY),
            "monto": L(320000, BUY), "iva": L(29091, BUY), "cliente": "Consumidor final"}),
        multipart(f, f"{a}/v1/identidad", [
            ("frente", "cedula_frente.jpg", "image/jpeg", L(JPEG + b"\x42", f"{MEDIA}|{NATID}")),
            ("dorso", "cedula_dorso.jpg", "image/jpeg", L(JPEG + b"\x43", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x44", MEDIA)),
            ("datos", None, "application/json", {"kuatia_papapy": L(CEDULA, NATID),
                                                 "ara_heñoiha": L(DOB_PY, BIRTH)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/taller", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "retiro_local": True, "horario": "lun-vie 9-17"}),
        case(f, f"{a}/v1/resenas/{obj(rng, 'rsn', 8)}/respuesta", headers=_h(rng, **b), body={
            "marandu": L("¡Aguyje! Gracias por tu compra, que la disfrutes", TEXT)}),
        case(f, f"{a}/v1/cooperativa/pedidos", headers=_h(rng, **b), body={
            "coop": COOP["id"], "coop_tel": COOP["phone"], "jerure": L(THREAD_ORDER, BUY),
            "items": [{"hilo": "algodón mercerizado 60/2", "kg": 2}], "total": L(410000, BUY),
            "entrega": {"oga": L(HOME_PY["line"], ADDR), "tava": L(HOME_PY["city"], COARSE)}}),
        case(f, f"{a}/v1/ferias", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_PY_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_PY_AT[1]:.3f}", PRECISE),
            "radio_km": "15"}),
        case(f, f"{a}/v1/ferias/{obj(rng, 'fer', 6)}/stand", headers=_h(rng, **b), body={
            "plaza": {"lat": FAIR_AT[0], "lon": FAIR_AT[1]}, "fecha": "2025-12-20",
            "tepy_stand": 50000, "ñemuha": L(SHOP, UID)}),
        case(f, f"{a}/v1/dispositivos", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "instalacion": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "so": L("Android 14", DEV), "ñee": L("es_PY", DEV),
            "zona": L(TZ, DEV)}),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("producto_publicado", 1), ev("envio_creado", 2),
                ev("pantalla", 3, pantalla=L("MisVentas", USAGE))]}),
        case(f, f"{a}/v1/estadisticas", headers=_h(rng, how="upper"),
             cookies={"nr_sesion": L(opaque(rng, "", 40), CRED),
                      "nr_inst": L(INSTALL_ID, DID)}),
    ]


def nandurenda_sdks() -> list[Case]:
    rng = random.Random(11402)
    return [
        mc_batch(APP, rng, [("Listing Published", {"category": "carpeta", "price": 320000}),
                            ("Order Accepted", {"order": L(SALE, BUY)})],
                 at=HOME_PY_AT, nd=2),
        mc_identify(APP, rng, {"role": "seller", "tava": L("Asunción", COARSE),
                               "shop": L(SHOP, UID)}),
        ag_install(APP, rng),
        ag_event(APP, rng, "sale_k3x9", {"order": L(SALE, BUY)}, revenue=320000.0,
                 hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_PY_AT, nd=3,
               keywords="artesania,encaje,regalos"),
        cp_crash(APP, rng, ("java.lang.IllegalStateException", "camera surface released"),
                 [cp_crumb("navigation", "Productos -> NuevoProducto"),
                  cp_crumb("ui", "tap btnTaanga")], screen="NewListingActivity"),
        tc_eval(APP, rng, {"seller": True, "tava": L("Asunción", COARSE)}),
        nc_register(APP, rng, tags={"role": "seller"}),
        pp_payout(APP, rng),
        tm_geocode(APP, rng, "Teniente Vera 1422, Asunción", ADDR, near=HOME_PY_AT, nd=3),
        hc_message(APP, rng, L(f"No me llegó el pago del pedido {SALE}", f"{TEXT}|{BUY}"),
                   {"jerure": L(SALE, BUY)}),
    ]
