"""A home air-conditioning service and smart-controller app "Keel Iik" (cold air; Merida's heat
makes split units a household's biggest bill; keys in maaya t'aan ASCII: ``keel_iik`` the
air-conditioner unit, ``nuukul`` device/controller, ``otoch`` home (street line), ``kolonia``
neighbourhood, ``kaaj`` town, ``cp`` post code, ``kuarto`` room (loan), ``chokojil`` heat
(setpoint), ``kiin`` day, ``suutuk`` time, ``kaat`` order, ``tojol`` price, ``bool`` payment,
``tsook_kantul`` last four, ``tsiib`` note, ``oochel`` photo, ``tuux_yaan`` where she is,
``nats`` near (the geofence), ``toj_oolal`` health, ``kaxan`` search, ``tuukul`` review,
``kaaba`` name, ``koreo`` e-mail, ``telefono`` phone, ``maak`` user, ``beetil`` events,
``teen`` me). An OAuth password grant, ``/teen``, the home, the units, pairing the controller on
the home Wi-Fi (SSID, BSSID, the Wi-Fi password, the phone's LAN address), a schedule, a
protobuf telemetry frame, a service visit (her husband named in the note), the technician by
order number in the path, a card payment, the electricity service number with daily kWh (gzip),
the nameplate photo, a filter order for the daughter's dust allergy (msgpack), the warranty, a
geofence with her fix and the house's point, a search, a review, visits by cookie, push, events
and a log-out. Thermostat apps exist (sets 11, 23, 64): this is an installer's service app with
a controller (the units' serials and the controller's own MAC are the appliance's, negatives)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import E164, JPEG, multipart, pb, push_token
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families194_kit import (
    AC_SHOP,
    ADDR,
    BUY,
    COARSE,
    CRED,
    DAUGHTER,
    DEV,
    DID,
    HOME,
    HOME_AT,
    HUSBAND,
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
    WIFI,
    fix,
    hd,
    push,
)
from eval_families194_sdk import (
    bk_bid,
    bk_notice,
    cc_crash,
    cc_crumb,
    mk_batch,
    mk_queue,
    tu_launch,
)
from eval_families194_svc import cx_save, fp_eval, ha_attach, ps_register, py_confirm
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("keeliik", "Keel Iik", "com.example.keeliik", "5.2.0",
          "https://api.keeliik.example.org")
IID = "X-Keeliik-Device"
PW = "Frio!GarciaG27"
VISIT = "KI-SV-40921"  # the service visit (financial.purchase)
CFE = "RPU-544190887123"  # the house's electricity service number (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def keeliik() -> list[Case]:
    rng = random.Random(19431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, koreo=L(EMAIL, MAIL), otoch=L("hm_77k2", UID)))}
    nla, nlo = fix((20.991120, -89.628845))
    lab: dict[str, str] = {}
    frame = pb([(1, L(USER_ID, UID)), (2, "ac_sala"), (3, 1768860000), (4, 31.5), (5, 24.0),
                (6, L(LOCAL_IP, DEV)), (7, "FW 2.14")], "", lab)
    tech = at_path(case(f, f"{a}/v2/kaat/{VISIT}/tecnico", headers=_h(rng, **b)), VISIT, BUY)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "keeliik-android"}),
        case(f, f"{a}/v2/teen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/otoch", headers=_h(rng, **b), body={
            "otoch": L(HOME["line"], ADDR), "kolonia": L(HOME["col"], COARSE),
            "kaaj": L(HOME["town"], COARSE), "cp": L(HOME["cp"], COARSE), "pisos": 1,
            "kuartoob": 3}),
        case(f, f"{a}/v2/keel_iik", headers=_h(rng, **b), body={
            "otoch": "hm_77k2", "unidades": [
                {"kuarto": "sala", "marca": "Example", "btu": 18000, "serie": "SPL18-4410937"},
                {"kuarto": f"u kuarto {DAUGHTER['first']}", "btu": 12000,
                 "serie": "SPL12-3388015"}]}),
        case(f, f"{a}/v2/nuukul/vincular", headers=_h(rng, **b), body={
            "nuukul_mac": "60:55:f9:1a:2b:3c", "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "wifi_taakab_taan": L("Chokoj2026!", CRED), "lan_ip": L(LOCAL_IP, DEV),
            "maak": L(USER_ID, UID)}),
        case(f, f"{a}/v2/horario", headers=_h(rng, **b), body={
            "unidad": "ac_sala", "kiin": ["lun", "mar", "mie"], "suutuk": "22:00-06:00",
            "chokojil": 24, "modo": "dormir"}),
        raw(f, f"{a}/v2/telemetria", frame, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kaat", headers=_h(rng, **b), body={
            "kaat": L(VISIT, BUY), "tipo": "mantenimiento", "unidades": 2, "kiin": "2026-01-22",
            "suutuk": "09-11", "tojol": L(1200, BUY), "taller": AC_SHOP["id"],
            "tsiib": L(f"In icham {HUSBAND[0]} ku je'ik u joolnaj, {HUSBAND[1]}",
                       f"{TEXT}|{NAMEC}|{TEL}")}),
        tech,
        case(f, f"{a}/v2/bool", fmt="form", headers=_h(rng, **b), body={
            "kaat": L(VISIT, BUY), "taakin": L("1200.00", BUY), "moneda": "MXN",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "tsook_kantul": L("4444", PAY)}),
        case(f, f"{a}/v2/energia", gz=True, headers=_h(rng, **b), body={
            "servicio_cfe": L(CFE, UID), "tarifa": "1F",
            "kwh": [{"kiin": f"2026-01-{d:02d}", "kwh": 18 + d % 5} for d in range(10, 15)]}),
        multipart(f, f"{a}/v2/oochel", [
            ("oochel", "placa_sala.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"unidad": "ac_sala", "kaat": L(VISIT, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/filtros", fmt="msgpack", headers=_h(rng, **b), body={
            "cantidad": 2, "tipo": "HEPA", "tojol": L(640, BUY), "kaat": L("KI-FL-1177", BUY),
            "toj_oolal": L(f"{DAUGHTER['first']} yaan u alergia ti' u polvo", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/garantia", headers=_h(rng, **b), body={
            "kaaba": L(f"{FIRST} {LAST}", NAMEC), "telefono": L(E164, TEL),
            "koreo": L(EMAIL, MAIL), "otoch": L(HOME["line"], ADDR), "serie": "SPL18-4410937",
            "factura": "F-99812", "kiin_compra": "2024-04-02"}),
        case(f, f"{a}/v2/nats", headers=_h(rng, **b), body={
            "tuux_yaan": {"lat": nla, "lon": nlo}, "radio_m": 2000,
            "otoch_tuux": {"lat": L(HOME_AT[0], PRECISE), "lon": L(HOME_AT[1], PRECISE)},
            "encender": "ac_sala"}),
        case(f, f"{a}/v2/kaxan", headers=_h(rng, **b), query={
            "kaxan": L("minisplit inverter 1 tonelada tojol", SEARCH)}),
        case(f, f"{a}/v2/tuukul", fmt="form", headers=_h(rng, **b), body={
            "kaat": VISIT, "estrellas": "5",
            "tsiib": L("Le tecnico jach uts, tu p'o'aj le filtros yeetel tu ts'a gas.", TEXT)}),
        case(f, f"{a}/v2/kaatoob", headers=_h(rng, how="none"), cookies={
            "ki_sess": L(opaque(rng, "", 40), CRED), "ki_dev": L(INSTALL_ID, DID),
            "ki_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/beetil", headers=_h(rng, **b), body={
            "maak": L(USER_ID, UID), "beetil": [
                ev("nuukul_vincular", 1), ev("pantalla", 2, pantalla=L("Horario", USAGE))]}),
        case(f, f"{a}/v2/jookol", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "nuukul": L(INSTALL_ID, DID)}),
    ]


def keeliik_sdks() -> list[Case]:
    rng = random.Random(19432)
    return [
        mk_batch(APP, rng, [("Controller Paired", {"units": 2}),
                            ("Visit Booked", {"total": L(1200, BUY)})], at=HOME_AT, nd=3),
        mk_queue(APP, rng, [("Schedule Saved", {"mode": "dormir"}), ("Unit On", {})]),
        tu_launch(APP, rng, first=True),
        bk_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="clima,minisplit,merida"),
        bk_notice(APP, rng, "imp"),
        cc_crash(APP, rng, ("java.net.SocketTimeoutException", "controller 192.168.1.40"),
                 [cc_crumb("nav", "Unidades -> Vincular"),
                  cc_crumb("log", "mdns lookup", {"ssid": L(SSID, WIFI)})],
                 screen="VincularActivity"),
        fp_eval(APP, rng, {"kaaj": L("Merida", COARSE), "unidades": 2}, hdr=True),
        ps_register(APP, rng, lang="en", at=HOME_AT, nd=2, tags={"kolonia": L(HOME["col"],
                                                                                 COARSE)}),
        cx_save(APP, rng, {"analytics": True, "ads": True, "location": True}),
        py_confirm(APP, rng, "640.00"),
        ha_attach(APP, rng, L(JPEG + b"\x62", MEDIA), "goteo_sala.jpg", "image/jpeg"),
    ]
