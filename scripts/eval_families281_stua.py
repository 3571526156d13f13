"""A pellet-stove app "Stua" (the valley dealer's app for the 9 kW pellet stove in their living
room: the stove's Wi-Fi module, its schedule, pellet pallets delivered, the yearly service, the
flue sweep, the energy-incentive paperwork). Its API's keys are Lombard in camelCase,
ASCII-folded: ``client`` customer, ``nom``, ``cognom``, ``email``, ``celular``, ``ciav``
password, ``codesFiscal`` tax code, ``indiris``, ``paes``, ``cap``, ``stua`` stove
(``matricola`` serial, ``modell``, ``dataInstalasiu``), ``posisiu`` position, ``rete`` network,
``telemetria``, ``programa`` schedule (``acendida`` on, ``smorsada`` off, ``temperadura``),
``pellet`` order (``sach`` bags, ``bancal`` pallet, ``presiSach`` price per bag, ``total``),
``consegna`` delivery (``nota``), ``ordin``, ``import``, ``metod``, ``firmatDa`` signed by,
``manutensiu`` service (``slot``, ``tecnich``, ``contatTelefon``), ``libret`` the heating log,
``alarm`` (``cod``), ``incentiv`` incentive (``intestatari``, ``iban``, ``spesa`` cost),
``fature`` invoices, ``spassacami`` chimney sweep, ``serca``, ``aparecc``, ``evencc``,
``sortida`` log-out): registration, a log-in, ``/me``, the stove registered at home, its Wi-Fi,
a protobuf telemetry beat, the schedule, a pallet order, its payment and tracking by order number
in the path, the delivery signature (PNG), the service booking, the heating log, an error
display photo, an offline alarm queue (msgpack), the incentive paperwork, invoices by cookie
(base64 JSON preferences), the flue sweep, a search, push, events and a log-out. Firewood,
heating-oil and charcoal deliveries and a chimney sweep with a stove subsidy exist in earlier sets;
none is a pellet stove's connected module with its dealer's servicing."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families281_kit import (
    CF,
    CUSTOMER,
    DEALER,
    HOME,
    HOME_AT,
    IT_IBAN,
    STOVE,
    hd,
    obj,
    push,
)
from eval_families281_sdk import (
    bt_bid,
    cs_crash,
    cs_crumb,
    ms_batch,
    ms_identify,
    tp_launch,
)
from eval_families281_svc import co_card, co_confirm, fs_eval, hc_message, mp_geocode, po_register
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("stua", "Stua", "com.example.stua", "4.1.3", "https://api.stua.example.it")
IID = "X-Stua-Device"
PW = "Pellet+Ranica12"
NID = "personal.national_id"
PELLET = "PLT-26-00872"  # the pallet order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def stua() -> list[Case]:
    rng = random.Random(28161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, client=L(CUSTOMER, UID), email=L(EMAIL, MAIL)))}
    lab: dict[str, str] = {}
    beat = pb([(1, STOVE["serial"]), (2, 1767600000), (3, [(1, 21.5), (2, 3), (3, 184.0)]),
               (4, L(CUSTOMER, UID)), (5, L(LOCAL_IP, DEV))], "", lab)
    track = at_path(case(f, f"{a}/api/v1/ordini/{PELLET}/tracking", headers=_h(rng, **b)),
                    PELLET, BUY)
    return [
        case(f, f"{a}/api/v1/client", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "cognom": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "celular": L(E164, TEL), "ciav": L(PW, CRED), "codesFiscal": L(CF, NID),
            "indiris": L(HOME["line"], ADDR), "paes": L(HOME["town"], COARSE),
            "cap": L(HOME["post"], COARSE), "client": L(CUSTOMER, UID),
            "rivenditur": DEALER["id"]}),
        case(f, f"{a}/api/v1/entrada", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "ciav": L(PW, CRED), "aparecc": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/stue", headers=_h(rng, **b), body={
            "client": L(CUSTOMER, UID), "stua": {"matricola": STOVE["serial"],
                                                 "modell": STOVE["model"],
                                                 "dataInstalasiu": "2023-10-12"},
            "posisiu": {"lat": L(round(HOME_AT[0], 5), PRECISE),
                        "lon": L(round(HOME_AT[1], 5), PRECISE)}}),
        case(f, f"{a}/api/v1/stue/{STOVE['serial']}/rete", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ipTelefon": L(LOCAL_IP, DEV),
            "modul": STOVE["module"], "firmware": "2.7.19"}),
        raw(f, f"{a}/api/v1/stue/telemetria", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/stue/{STOVE['serial']}/programa", headers=_h(rng, **b), body={
            "programa": [{"de": "lun-ven", "acendida": "06:00", "smorsada": "08:00",
                          "temperadura": 21},
                         {"de": "lun-ven", "acendida": "17:30", "smorsada": "22:30",
                          "temperadura": 21.5}], "eco": True}),
        case(f, f"{a}/api/v1/pellet", headers=_h(rng, **b), body={
            "client": L(CUSTOMER, UID), "ordin": L(PELLET, BUY), "sach": 70, "bancal": 1,
            "presiSach": 6.9, "total": L(483, BUY),
            "consegna": {"indiris": L(HOME["line"], ADDR), "paes": L(HOME["town"], COARSE),
                         "nota": L("Leave the pallet in the garage, the gate code is 2409",
                                   f"{TEXT}|{CRED}")}}),
        case(f, f"{a}/api/v1/pagament", fmt="form", headers=_h(rng, **b), body={
            "ordin": L(PELLET, BUY), "import": L("483.00", BUY), "valuda": "EUR",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        track,
        multipart(f, f"{a}/api/v1/consegna/firma", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"ordin": L(PELLET, BUY),
                                                "firmatDa": L(NAME, NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/manutensiu", headers=_h(rng, **b), body={
            "matricola": STOVE["serial"], "slot": obj(rng, "sl"), "tecnich": "tc_bonetti",
            "contatTelefon": L(E164, TEL),
            "nota": L("Error E-05 after ignition and a smell of smoke in the living room",
                      TEXT)}),
        case(f, f"{a}/api/v1/libret", headers=_h(rng, **b), query={
            "matricola": STOVE["serial"], "client": L(CUSTOMER, UID)}),
        multipart(f, f"{a}/api/v1/alarm/foto", [
            ("foto", "display_e05.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"matricola": STOVE["serial"], "cod": "E05"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/alarm/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "client": L(CUSTOMER, UID), "alarm": [
                {"cod": "E05", "ura": 1767596400}, {"cod": "A01", "ura": 1767600000}]}),
        case(f, f"{a}/api/v1/incentiv", gz=True, headers=_h(rng, **b), body={
            "intestatari": L(NAME, NAMEC), "codesFiscal": L(CF, NID),
            "iban": L(IT_IBAN, PAY), "spesa": L(2890, BUY),
            "indiris": L(HOME["line"], ADDR), "paes": L(HOME["town"], COARSE),
            "matricola": STOVE["serial"]}),
        case(f, f"{a}/api/v1/fature", headers=_h(rng, how="none"), cookies={
            "st_sess": L(opaque(rng, "", 40), CRED), "st_dev": L(INSTALL_ID, DID),
            "st_pref": W({"client": L(CUSTOMER, UID), "lengua": L("en", DEV)}, "b64json"),
            "st_req": rid(rng)}),
        case(f, f"{a}/api/v1/spassacami", headers=_h(rng, **b), body={
            "indiris": L(HOME["line"], ADDR), "slot": obj(rng, "sl"), "import": L(90, BUY),
            "cana_fumaria": "inox 80 mm"}),
        case(f, f"{a}/api/v1/serca", headers=_h(rng, **b), query={
            "q": L("pellet certificato A1 sacchi 15 kg", SEARCH)}),
        case(f, f"{a}/api/v1/aparecc", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/evencc", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "evencc": [
                ev("pellet_ordinat", 1), ev("schermada", 2, schermada=L("Programa", USAGE))]}),
        case(f, f"{a}/api/v1/sortida", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparecc": L(INSTALL_ID, DID)}),
    ]


def stua_sdks() -> list[Case]:
    rng = random.Random(28162)
    return [
        ms_batch(APP, rng, [("Pellet Ordered", {"bags": 70, "total": L(483, BUY)}),
                            ("Stove On", {"mode": "eco"})], at=HOME_AT, nd=2),
        ms_identify(APP, rng, {"paes": L(HOME["town"], COARSE), "client": L(CUSTOMER, UID)}),
        tp_launch(APP, rng, first=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="pellet,stove,heating"),
        cs_crash(APP, rng, ("java.net.SocketTimeoutException", "stove module"),
                 [cs_crumb("nav", "Stua -> Programa"),
                  cs_crumb("net", "POST", {"url": f"{APP.api}/api/v1/stue/telemetria",
                                           "status": 504})], screen="ProgramaActivity"),
        fs_eval(APP, rng, {"dealer": DEALER["id"], "module": "WM-2"}, hdr=True),
        po_register(APP, rng, at=HOME_AT, nd=2, tags={"dealer": DEALER["id"]}),
        co_card(APP, rng),
        co_confirm(APP, rng, "483.00"),
        mp_geocode(APP, rng, f"{HOME['line']}, {HOME['town']}", ADDR, near=HOME_AT, nd=3),
        hc_message(APP, rng, L(f"Order {PELLET}: the driver could not find the gate",
                               f"{TEXT}|{BUY}"), {"client": L(CUSTOMER, UID)}),
    ]
