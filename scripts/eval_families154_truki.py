"""Food-truck vendor app "Trukipan" (she and her husband run a late-night truk'i pan, a bread-truck
food stand, at a licensed stand in Otrobanda; she is the vendor; its API mixes Papiamentu with
English in camelCase: ``nomberKompleto`` full name, ``korreo`` e-mail, ``selular`` mobile,
``numberSedula`` identity-card number, ``numberCrib`` tax number, ``kompañero`` partner
(``kompanero``), ``negoshi`` business, ``vendedo`` vendor, ``permiso`` permit, ``sertifikado``
certificate, ``ubikashon`` location, ``habri``/``sera`` open / close, ``plato`` dish, ``preis``
price, ``ordu`` order, ``kla`` ready, ``kaha`` cash register, ``efektivo`` cash, ``karchi`` card,
``empleado`` employee, ``ora`` hours, ``kuentaBanko`` bank account, ``titular`` holder,
``pagamentu`` payout, ``impuesto`` tax, ``periodo`` period, ``entrada`` turnover, ``stòk``
stock (``stok``), ``inspekshon`` inspection, ``rapport`` report): vendor sign-up, an OAuth
password grant, ``/mi``, the food-handler certificate (PDF), opening the truck with her live
position, the menu, a new dish and its photo, orders marked ready, the night's cash-up (gzip),
an employee added, the payout account and payouts, the turnover-tax declaration (gzip), an
offline sync (JSON Lines), stock (msgpack), the vendor report by vendor number in the path, a
health-inspection slot, a message to the inspector, the truck's router for the card terminal,
push, events and a token refresh. Set 151's winery had her as a seller; this is a street-food
vendor's point-of-sale and location app (no earlier set has a food truck)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families154_kit import (
    CRIB,
    CW_ACCOUNT,
    CW_HOME_AT,
    HUSBAND,
    SEDULA,
    fix,
    hd,
    obj,
    push,
)
from eval_families154_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families154_svc import (
    cl_wallet,
    fn_eval,
    hs_message,
    mm_reverse,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("trukipan", "Trukipan", "com.example.trukipan", "1.9.5",
          "https://api.trukipan.example.net")
IID = "X-Trukipan-Device"
PW = "Otrobanda*Pan77"
NID = "personal.national_id"
STAND = {"id": "std_otb_04", "name": "Stand Brionplein 4", "lat": 12.10742,
         "lon": -68.93861}  # the licensed stand (a negative)
TRUCK_FIX = (12.107391, -68.938577)  # her phone in the truck, broadcast to customers
VENDOR = "TP-V-0193"  # her vendor account (id.user)
NEPHEW = ("Kevin Martina", "+59996713345")  # an employee she adds: contact.*
ROUTER = ("TrukiPan-POS", "0c:80:63:5d:2e:91")  # the truck's own router (location.wifi)
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def trukipan() -> list[Case]:
    rng = random.Random(15421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, vendedo=L(VENDOR, UID), korreo=L(EMAIL, MAIL)))}
    tla, tlo = fix(TRUCK_FIX)
    report = at_path(case(f, f"{a}/v1/vendedo/{VENDOR}/rapport", headers=_h(rng, **b),
                          query={"luna": "2025-11"}), VENDOR, UID)
    return [
        case(f, f"{a}/v1/vendedo", headers=_h(rng), body={
            "nomberKompleto": L(f"{FIRST} {LAST}", NAMEC), "korreo": L(EMAIL, MAIL),
            "selular": L(E164, TEL), "kontrasena": L(PW, CRED),
            "numberSedula": L(SEDULA, NID), "numberCrib": L(CRIB, NID),
            "kompanero": {"nomber": L(HUSBAND[0], NAMEC), "selular": L(HUSBAND[1], TEL)},
            "negoshi": {"nomber": "Truk'i Pan Dushi", "kvk": "KVK-164220"},
            "vendedo": L(VENDOR, UID), "siudat": L("Willemstad", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "trukipan-android"}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/permiso/sertifikado", [
            ("dokumento", "sertifikado_kuminda.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "vendedo": L(VENDOR, UID), "nomber": L(f"{FIRST} {LAST}", NAMEC),
                "tipo": "food_handler", "number": "FH-25-30917", "valido": "2027-06-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/truk/ubikashon", headers=_h(rng, **b), body={
            "habri": True, "latitut": tla, "longitut": tlo, "presishon": 6,
            "stand": {"id": STAND["id"], "latitut": STAND["lat"], "longitut": STAND["lon"]},
            "te": "02:00"}),
        case(f, f"{a}/v1/menu", headers=_h(rng, **b), query={"vendedo": L(VENDOR, UID)}),
        case(f, f"{a}/v1/menu/plato", headers=_h(rng, **b), body={
            "nomber": "Pan ku karni stoba", "preis": 14.5, "kategoria": "pan",
            "ingredientenan": ["karni", "pan", "salsa di konkomber"]}),
        multipart(f, f"{a}/v1/menu/potret", [
            ("potret", "pan_stoba.jpg", "image/jpeg", L(JPEG + b"\x34", MEDIA)),
            ("meta", None, "application/json", {"plato": "pl_0421"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ordunan/kla", fmt="form", headers=_h(rng, **b), body={
            "ordu": obj(rng, "od"), "minut": "6", "stand": STAND["id"]}),
        case(f, f"{a}/v1/kaha/sera", gz=True, headers=_h(rng, **b), body={
            "vendedo": L(VENDOR, UID), "fecha": "2025-12-09", "efektivo": L(1240, BUY),
            "karchi": L(860.5, BUY), "total": L(2100.5, BUY), "ordunan": 143,
            "empleadonan": [{"nomber": L(NEPHEW[0], NAMEC), "ora": 7}]}),
        case(f, f"{a}/v1/empleado", headers=_h(rng, **b), body={
            "nomber": L(NEPHEW[0], NAMEC), "selular": L(NEPHEW[1], TEL),
            "rol": "kasha", "pago_pa_ora": 11}),
        case(f, f"{a}/v1/pagamentu/kuenta", headers=_h(rng, **b), body={
            "titular": L(f"{FIRST} {LAST}", NAMEC), "kuentaBanko": L(CW_ACCOUNT, PAY),
            "banko": "Example Bank Curacao", "moneda": "XCG", "vendedo": L(VENDOR, UID)}),
        case(f, f"{a}/v1/pagamentu", headers=_h(rng, **b), query={"vendedo": L(VENDOR, UID)}),
        case(f, f"{a}/v1/impuesto/ob", gz=True, headers=_h(rng, **b), body={
            "numberCrib": L(CRIB, NID), "periodo": "2025-11", "entrada": L(48210, BUY),
            "ob_suma": L(2892.6, BUY), "vendedo": L(VENDOR, UID)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "venta", "ordu": L("od_77c1e0", BUY), "total": L(29, BUY)},
            {"op": "stok", "artikulo": "pan_bolo", "kantidat": 60, "by": L(VENDOR, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/stok", fmt="msgpack", headers=_h(rng, **b), body={
            "vendedo": L(VENDOR, UID), "artikulonan": [
                {"artikulo": "pan_bolo", "kantidat": 60},
                {"artikulo": "karni_kg", "kantidat": 8}]}),
        report,
        case(f, f"{a}/v1/inspekshon/sita", fmt="form", headers=_h(rng, **b), body={
            "stand": STAND["id"], "fecha": "2026-01-08", "ora": "19:00"}),
        case(f, f"{a}/v1/mensahe", headers=_h(rng, **b), body={
            "pa": "inspekshon_desk",
            "teksto": L("Inspektor, mi esposo Rignald Martina (+59995184422) lo ta na e truk "
                        "djaweps.", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/truk/router", headers=_h(rng, **b), body={
            "ssid": L(ROUTER[0], WIFI), "bssid": L(ROUTER[1], WIFI),
            "ip_lokal": L("192.168.8.14", DEV), "terminal": "pos_ax21"}),
        case(f, f"{a}/v1/aparato", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventonan", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventonan": [
                ev("truk_habri", 1), ev("pantaya", 2, pantaya=L("Kaha", USAGE))]}),
        case(f, f"{a}/v1/seshon/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def trukipan_sdks() -> list[Case]:
    rng = random.Random(15422)
    return [
        mc_batch(APP, rng, [("Truck Opened", {"stand": STAND["id"]}),
                            ("Cash Up", {"orders": 143})], at=TRUCK_FIX, nd=3),
        mc_identify(APP, rng, {"siudat": L("Willemstad", COARSE), "vendedo": L(VENDOR, UID)}),
        mc_pixel(APP, rng, "Menu Shared", {"channel": "whatsapp"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "listing", {"plato": "pl_0421"}),
        fn_eval(APP, rng, {"stand": STAND["id"], "role": "vendor"}),
        pt_register(APP, rng, at=CW_HOME_AT, nd=2, tags={"stand": STAND["id"]}),
        cl_wallet(APP, rng, "2100.50", L(E164, TEL)),
        mm_reverse(APP, rng, TRUCK_FIX, PRECISE, nd=5),
        mm_route(APP, rng, [(CW_HOME_AT, PRECISE), ((STAND["lat"], STAND["lon"]), None)]),
        hs_message(APP, rng, L("The payout for 9 December did not arrive", f"{TEXT}|{BUY}"),
                   {"vendedo": L(VENDOR, UID)}),
    ]
