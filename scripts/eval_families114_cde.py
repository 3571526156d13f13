"""Shopping-trip planner "Puentelista" for trips to Ciudad del Este and across the Friendship
Bridge to Foz do Iguaçu (snake_case API): sign-up, a Google-style sign-in with an ID token in a
JSON field, ``/me``, a trip for two, the bus booked with their documents, a store search, a gift
list naming her son, a price alert, exchange rates, the border crossing (her passport, her fix at
the bridge), purchases logged, a receipt's photo, a check-in in a store, her live position shared
with her husband (msgpack), the share itself, a hotel booked, the trip's summary, a store review,
reais bought, stores near her, push, events and the trips by a cookie GET."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head
from eval_families114_kit import (
    BRIDGE_FIX,
    BUS_BOOKING,
    CEDULA,
    HOME_PY_AT,
    HOTEL_BOOKING,
    HOTEL_CDE,
    HUSBAND,
    HUSBAND_CI,
    STORE_AT,
    STORE_FIX,
    TZ,
    fix,
    obj,
    road,
)
from eval_families114_sdk import (
    ag_event,
    ag_install,
    bc_bid,
    bc_win,
    cp_crash,
    cp_crumb,
    mc_batch,
    mc_identify,
)
from eval_families114_svc import cu_save, tm_route, tm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("puentelista", "Puentelista", "com.example.puentelista", "3.4.0",
          "https://api.puentelista.example.net")
IID = "X-PL-Install-Id"
PW = "Yguazu-Saltos-41"
CDE = "Ciudad del Este"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def puentelista() -> list[Case]:
    rng = random.Random(11431)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    trip, store = obj(rng, "trp", 10), obj(rng, "sto", 6)
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "aud": "puentelista-android",
               "sub": L("110482277310594412237", UID), "email": L(EMAIL, MAIL),
               "name": L(NAME, NAMEC), "iat": 1765301200}, "body", "id_token", acc)
    google = add(case(f, f"{a}/v1/auth/google", headers=_h(rng), body={
        "id_token": idt, "device_id": L(INSTALL_ID, DID)}), acc)
    bla, blo = fix(BRIDGE_FIX)
    sla, slo = fix(STORE_FIX, 5)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "last_name": L(LAST, NAMEC), "phone": L(PHONE, TEL),
            "country_of_residence": L("PY", COARSE), "nationality": "US"}),
        google,
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b), body={
            "trip_id": trip, "date": "2025-12-13", "from": {"city": L("Asunción", COARSE)},
            "to": {"city": L(CDE, COARSE)}, "budget_usd": 900,
            "travellers": [{"name": L(NAME, NAMEC)}, {"name": L(HUSBAND[0], NAMEC)}]}),
        case(f, f"{a}/v1/trips/{trip}/bus", headers=_h(rng, **b), body={
            "booking": L(BUS_BOOKING, BUY), "fare": L(150000, BUY), "company": "Expreso Yguazú",
            "departure": "2025-12-13T05:30", "seats": ["21", "22"],
            "passengers": [{"name": L(NAME, NAMEC), "doc": L(CEDULA, NATID)},
                           {"name": L(HUSBAND[0], NAMEC), "doc": L(HUSBAND_CI, NATID)}]}),
        case(f, f"{a}/v1/stores/search", headers=_h(rng, **b), query={
            "q": L("notebook gamer rtx 4060", SEARCH), "cat": "electronica", "city": "cde"}),
        case(f, f"{a}/v1/lists", headers=_h(rng, **b), body={
            "name": L("Regalos de Navidad para Tomás", f"{TEXT}|{NAMEC}"),
            "items": [{"product": obj(rng, "prd", 8), "qty": 1},
                      {"product": obj(rng, "prd", 8), "qty": 2}]}),
        case(f, f"{a}/v1/price-alerts", headers=_h(rng, **b), body={
            "product": obj(rng, "prd", 8), "target_usd": 649, "notify_email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/rates", headers=_h(rng, **b), query={
            "base": "USD", "symbols": "PYG,BRL,ARS"}),
        case(f, f"{a}/v1/border/crossings", headers=_h(rng, **b), body={
            "trip": trip, "direction": "PY-BR", "post": "Puente de la Amistad",
            "passport": L(PASSPORT, NATID), "full_name": L(NAME, NAMEC),
            "birth_date": L(DOB, BIRTH), "phone": L(E164, TEL), "nationality": "US",
            "at": {"lat": bla, "lon": blo}}),
        case(f, f"{a}/v1/trips/{trip}/purchases", headers=_h(rng, **b), body={
            "store": store, "items": L([{"desc": "notebook 15 pulgadas", "usd": 649},
                                        {"desc": "auriculares", "usd": 89}], BUY),
            "total_usd": L(738, BUY), "paid_with": "cash"}),
        multipart(f, f"{a}/v1/receipts", [
            ("photo", "factura_cde.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{BUY}")),
            ("meta", None, "application/json", {"store": store, "total_usd": L(738.0, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{trip}/checkins", headers=_h(rng, **b), body={
            "store": store, "store_at": {"lat": STORE_AT[0], "lon": STORE_AT[1]},
            "lat": sla, "lon": slo, "acc_m": 11}),
        case(f, f"{a}/v1/trips/{trip}/live", fmt="msgpack", headers=_h(rng, **b), body={
            "share": obj(rng, "shr", 8), "fixes": road(rng, 4, HOME_PY_AT, STORE_FIX)}),
        case(f, f"{a}/v1/trips/{trip}/share", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
            "message": L("Te comparto el viaje a CDE del sábado", TEXT)}),
        case(f, f"{a}/v1/hotels/bookings", headers=_h(rng, **b), body={
            "hotel": HOTEL_CDE["name"], "hotel_line": HOTEL_CDE["line"],
            "hotel_phone": HOTEL_CDE["phone"], "guest": L(NAME, NAMEC),
            "guest_phone": L(NATIONAL, TEL), "nights": 1,
            "checkin": "2025-12-13", "total": L(420000, BUY), "booking": L(HOTEL_BOOKING, BUY)}),
        case(f, f"{a}/v1/trips/{trip}/summary", headers=_h(rng, **b)),
        case(f, f"{a}/v1/stores/{store}/reviews", headers=_h(rng, **b), body={
            "stars": 2, "text": L("Me vendieron la notebook con la caja abierta", TEXT)}),
        case(f, f"{a}/v1/exchange/orders", headers=_h(rng, **b), body={
            "amount_pyg": L(1500000, BUY), "currency": "BRL", "order": L("CX-88120", BUY),
            "house": "Cambios Paraná Sur"}),
        case(f, f"{a}/v1/stores/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{STORE_FIX[0]:.4f},{STORE_FIX[1]:.4f}", PRECISE), "radius": "800"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os_version": L("14", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("trip_created", 1), ev("store_checkin", 2),
                ev("screen", 3, screen=L("TripMap", USAGE))]}),
        case(f, f"{a}/v1/trips", headers=_h(rng, how="nodash"),
             cookies={"pl_session": L(opaque(rng, "", 40), CRED)}),
    ]


def puentelista_sdks() -> list[Case]:
    rng = random.Random(11432)
    store = obj(rng, "sto", 6)
    return [
        mc_batch(APP, rng, [("Trip Created", {"to": L(CDE, COARSE)}),
                            ("Store Checked In", {"store": store})],
                 at=STORE_FIX, nd=3, adid=True),
        mc_identify(APP, rng, {"home_city": L("Asunción", COARSE), "trips": 3}),
        ag_install(APP, rng),
        ag_event(APP, rng, "bus_b00k", {"booking": L(BUS_BOOKING, BUY)}, revenue=150000.0,
                 hashed=True),
        bc_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}", "ver": "1.2"}},
               at=STORE_FIX, nd=3, keywords="electronica,compras"),
        bc_win(APP, rng),
        cp_crash(APP, rng, ("java.lang.OutOfMemoryError", "receipt bitmap 4032x3024"),
                 [cp_crumb("navigation", "Trip -> Receipt"), cp_crumb("ui", "tap shutter")],
                 screen="ReceiptCameraActivity"),
        tm_route(APP, rng, [(HOME_PY_AT, PRECISE), (STORE_AT, None)]),
        tm_telemetry(APP, rng, [(-25.451207, -55.712044), (-25.452118, -55.701377)], PRECISE),
        cu_save(APP, rng, {"analytics": True, "ads": False}),
    ]
