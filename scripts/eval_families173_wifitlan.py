"""A community Wi-Fi network's voucher app "Wifitlan" (a playful local name, "place of Wi-Fi"):
the village and barrio hotspots of a small Huasteca network sell time vouchers (fichas) by app
and at corner shops, install home antennas and offer a parental filter. Keys in Huasteca Nahuatl
with English and Spanish loans: ``tokaitl`` name, ``selular`` mobile, ``ichtakatlajtoli``
password, ``kalpoli`` barrio, ``altepetl`` town, ``ficha`` voucher (loan), ``kawitl`` time,
``datos`` data (loan), ``tomin`` money, ``tlaxtlawili`` payment, ``tlakowali`` purchase,
``kampa`` where, ``chantli`` home, ``antena`` antenna (loan), ``tepostli`` device (lit. "metal"),
``konetl`` child, ``tlatsakuili`` blocked (from ``tsakua`` "close"), ``sitios`` sites visited
(loan), ``tlanawatili`` message, ``tlajtlakoli`` fault report, ``akin`` to whom, ``tonali``
day. Calls: sign-up, log-in (JSON), ``/nejwatl``, hotspots near the house, a voucher bought, the
voucher redeemed at a hotspot (her phone's MAC, the hotspot's Wi-Fi joined), usage (protobuf), a
corner-shop top-up reference, a voucher given to her mother-in-law, her household's devices
(msgpack; MACs), a speed test (her public IP), an outage report with her fix, her home router for
a mesh node, an antenna installation request, the daughter's tablet in the parental filter, the
filter's visited sites, payments by cookie GET, a support message, push, events (gzip) and a
log-out. Sets 95 and 103 have one Wi-Fi voucher call inside travel apps; Wifitlan is a whole
community network's app."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BROWSE,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    HW,
    IPLOC,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families173_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families173_sdk import bh_bid, bh_notice, cc_session, tm_batch, tm_queue, tz_launch
from eval_families173_svc import ft_eval, hc_attach, hc_message, mp_telemetry, pj_wallet
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    MAC,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("wifitlan", "Wifitlan", "com.example.wifitlan", "1.12.0",
          "https://api.wifitlan.example.com")
IID = "X-Wifitlan-Device"
PW = "Fichas!Huejutla91"
ACCOUNT = "WT-HJ-30871"  # her network account (id.user)
HOTSPOT = {"id": "hs_plaza", "ssid": "Wifitlan-Plaza", "bssid": "a8:5e:45:12:7c:01",
           "lat": 21.14077, "lon": -98.41992}  # the plaza hotspot (point a negative)
HUSBAND_MAC = "5c:e9:1e:8a:44:b2"  # her husband's phone (id.hardware)
TABLET_MAC = "d4:3a:2c:07:91:5e"  # the daughter's tablet (id.hardware)
VOUCHER = "FX7K-29QM-4HTW"  # a time voucher: it logs the device on (secret.credential)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def wifitlan() -> list[Case]:
    rng = random.Random(17371)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kuenta=L(ACCOUNT, UID), selular=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT, 5)
    ola, olo = fix((21.139402, -98.420877))
    lab: dict[str, str] = {}
    use = pb([(1, L(ACCOUNT, UID)), (2, L(MAC, HW)), (3, HOTSPOT["id"]),
              (4, [(1, L(5400, USAGE)), (2, 812345678), (3, 90123456)]), (5, 1762801200)],
             "", lab)
    return [
        case(f, f"{a}/v1/kuenta", headers=_h(rng), body={
            "tokaitl": L(f"{FIRST} {LAST}", NAMEC), "selular": L(E164, TEL),
            "korreo": L(EMAIL, "contact.email"), "ichtakatlajtoli": L(PW, CRED),
            "kalpoli": L(HOME["area"], COARSE), "altepetl": L(HOME["town"], COARSE),
            "kuenta": L(ACCOUNT, UID)}),
        case(f, f"{a}/v1/login", headers=_h(rng), body={
            "selular": L(E164, TEL), "ichtakatlajtoli": L(PW, CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/nejwatl", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/hotspots", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "radio": "2000"}),
        case(f, f"{a}/v1/ficha/tlakowali", headers=_h(rng, **b), body={
            "plan": "24h", "tomin": L(20, BUY), "metodo": L(opaque(rng, "pm_", 24), PAY),
            "kuenta": L(ACCOUNT, UID), "tlakowali": L("FC-2511-88213", BUY)}),
        case(f, f"{a}/v1/ficha/activar", fmt="form", headers=_h(rng, **b), body={
            "ficha": L(VOUCHER, CRED), "mac": L(MAC, HW), "ip": L(LOCAL_IP, DEV),
            "ssid": L(HOTSPOT["ssid"], WIFI), "bssid": L(HOTSPOT["bssid"], WIFI),
            "hotspot": HOTSPOT["id"]}),
        raw(f, f"{a}/v1/kawitl", use, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/recarga/referencia", fmt="form", headers=_h(rng, **b), body={
            "tomin": L("100", BUY), "tienda": "abarrotes_la_huasteca",
            "referencia": opaque(rng, "", 14), "kuenta": L(ACCOUNT, UID)}),
        case(f, f"{a}/v1/ficha/maka", headers=_h(rng, **b), body={
            "akin": {"tokaitl": L(MOTHER_IL[0], NAMEC), "selular": L(MOTHER_IL[1], TEL)},
            "plan": "7d", "tomin": L(90, BUY),
            "tlanawatili": L("Nonantsin, ni ficha para xikitta Xochitl ika video", TEXT)}),
        case(f, f"{a}/v1/tepostli", fmt="msgpack", headers=_h(rng, **b), body={
            "kuenta": L(ACCOUNT, UID), "tepostli": [
                {"mac": L(MAC, HW), "modelo": L("Pixel 8", DEV), "akin": "nejwatl"},
                {"mac": L(HUSBAND_MAC, HW), "modelo": "Moto g54", "akin": L(HUSBAND[0], NAMEC)},
                {"mac": L(TABLET_MAC, HW), "modelo": "Tab A8", "akin": L(DAUGHTER["first"] +
                                                                        " " + DAUGHTER["last"],
                                                                        NAMEC)}]}),
        case(f, f"{a}/v1/velocidad", headers=_h(rng, **b), body={
            "ip_publica": L(PUBLIC_IP, IPLOC), "servidor": "198.51.100.20", "bajada": 7.4,
            "subida": 1.9, "ping": 88, "red": L("wifi", DEV), "hotspot": HOTSPOT["id"]}),
        case(f, f"{a}/v1/tlajtlakoli", headers=_h(rng, **b), body={
            "kampa": {"lat": ola, "lon": olo}, "hotspot": HOTSPOT["id"],
            "hotspot_kampa": {"lat": HOTSPOT["lat"], "lon": HOTSPOT["lon"]},
            "tlanawatili": L("Amo kipia internet desde youak ipan plaza", TEXT)}),
        case(f, f"{a}/v1/chantli/router", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
            "puerta_enlace": "192.168.1.1", "nodo": "mesh_2"}),
        case(f, f"{a}/v1/antena/instalasion", headers=_h(rng, **b), body={
            "chantli": L(HOME["line"], ADDR), "kalpoli": L(HOME["area"], COARSE),
            "kampa": {"lat": hla, "lon": hlo}, "selular": L(E164, TEL),
            "tonali": "2025-11-15", "tomin": L(850, BUY)}),
        case(f, f"{a}/v1/konetl/filtro", headers=_h(rng, **b), body={
            "konetl": L(DAUGHTER["first"], NAMEC), "xiwitl": L(8, "personal.birthdate"),
            "mac": L(TABLET_MAC, HW), "tlatsakuili": ["adultos", "apuestas"],
            "oras": {"pewa": "15:00", "tlami": "19:30"}}),
        case(f, f"{a}/v1/konetl/sitios", headers=_h(rng, **b), query={
            "mac": L(TABLET_MAC, HW), "tonali": "2025-11-10"}),
        case(f, f"{a}/v1/konetl/sitios/reporte", headers=_h(rng, **b), body={
            "mac": L(TABLET_MAC, HW), "sitios": [
                L("https://videos.example.com/watch?v=caricatura-nawatl", BROWSE),
                L("https://juegos.example.org/colorear/animales", BROWSE)],
            "bloqueados": 2}),
        case(f, f"{a}/v1/tlaxtlawili", headers=_h(rng, how="none"), cookies={
            "wt_sid": L(opaque(rng, "", 40), CRED), "wt_dev": L(INSTALL_ID, DID),
            "wt_req": rid(rng)}),
        case(f, f"{a}/v1/soporte", headers=_h(rng, **b), body={
            "kuenta": L(ACCOUNT, UID), "tiket": obj(rng, "tk"),
            "tlanawatili": L("Noficha FX7K amo mochiwa ipan notableta", f"{TEXT}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tlachiwali", gz=True, headers=_h(rng, **b), body={
            "id": L(USER_ID, UID), "tlachiwali": [
                ev("voucher_bought", 1, tomin=L(20, BUY)),
                ev("screen", 2, screen=L("Hotspots", USAGE))]}),
        case(f, f"{a}/v1/kisa", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def wifitlan_sdks() -> list[Case]:
    rng = random.Random(17372)
    png = b"\x89PNG\r\n\x1a\n" + bytes(40)
    return [
        tm_batch(APP, rng, [("Voucher Bought", {"plan": "24h"}), ("Hotspot Joined", {})],
                 at=HOME_AT, nd=2, adid=True),
        tm_queue(APP, rng, [("Speed Test", {"down": 7.4}), ("Filter Opened", {})]),
        tz_launch(APP, rng, first=True),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="internet,recarga"),
        bh_notice(APP, rng, "win"),
        cc_session(APP, rng, secs=312),
        ft_eval(APP, rng, {"kalpoli": L(HOME["area"], COARSE), "plan": "24h"}),
        pj_wallet(APP, rng, "100", L(E164, TEL)),
        mp_telemetry(APP, rng, [HOME_AT, (21.139402, -98.420877)], PRECISE),
        hc_message(APP, rng, L("Noficha amo mochiwa", TEXT), {"kuenta": L(ACCOUNT, UID)}),
        hc_attach(APP, rng, L(png, "content.media"), "error_ficha.png", "image/png"),
    ]
