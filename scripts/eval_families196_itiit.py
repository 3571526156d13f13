"""An engine pre-heater and remote-start controller app "Itiit Motor" (itiit, "warm it up": an
aftermarket GSM unit with its own SIM, fitted to her car for -50 mornings, sold with a heated
garage-box rental). Keys Sakha with Russian car words and English: ``massyyna`` car
(``marka``, ``nuomer`` plate), ``motuor`` engine, ``itiit`` warm-up, ``kontroller`` unit
(``imei``, ``serial``, ``iccid``), ``pin_kod`` command PIN, ``grafik`` schedule, ``tymnyy``
cold threshold, ``minuuta`` minutes, ``akkumulyator`` battery, ``garaazh`` garage, ``boks`` box,
``yi`` month, ``ustanovka`` installer, ``dover`` shared access, ``zhurnal`` log, ``turuk``
status, and the shared ``aata``, ``familiyata``, ``telefon``, ``kistelen_tyl``, ``sir``,
``suuma``, ``tolobur``, ``kaarta_4``, ``suruk``, ``kordoo``, ``teril``, ``tugennar``, ``min``.
Car apps exist (set 8's maker app with remote commands and a PIN, set 34's connected car, sets 29
and 56 insurance telematics, set 172's rental); this is an aftermarket pre-heater controller
whose rules are temperatures, with a garage cooperative's heated boxes; a docstring grep for
"pre-heat", "preheat", "autostart" found nothing of the kind. Calls: registration, a log-in,
``/min``, pairing the unit (its IMEI, serial and SIM), a remote start with the PIN, schedules,
the unit's status, the car's position (hers), a heated box booked and paid, the receipt by
booking number in the path, the unit's SIM topped up, access shared with her husband, the home
Wi-Fi for the unit's yard module, a search, a support message, a start log (msgpack),
installers near (2 decimals), an installer booking, statements by cookie, push, events and a
log-out."""

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
    HW,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families196_kit import CAR_AT, CONTROLLER, GARAGE, HUSBAND, fix, hd, push
from eval_families196_sdk import (
    am_batch,
    am_pixel,
    ba_bid,
    ba_notice,
    ct_crash,
    ct_crumb,
    ts_event,
    ts_launch,
)
from eval_families196_svc import cc_save, ck_card, ck_confirm, mo_reverse
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("itiit", "Itiit Motor", "com.example.itiitmotor", "4.6.1",
          "https://api.itiitmotor.example.com")
IID = "X-Itiit-Teril"
PW = "Tymnyy-52!Prado"
PIN = "4718"
ICCID = "8970102741900321775"  # the unit's SIM (id.sim: her unit's SIM, as the unit's IMEI)
BOX = "GB-26-0177"  # the heated box booking (financial.purchase)
INSTALLER_AT = (62.03112, 129.68845)  # a workshop's point (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def itiit() -> list[Case]:
    rng = random.Random(19651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    kontroller=L(CONTROLLER["serial"], HW)))}
    cla, clo = fix(CAR_AT)
    receipt = at_path(case(f, f"{a}/api/v3/garaazh/{BOX}/kvitansiya", headers=_h(rng, **b)),
                      BOX, BUY)
    return [
        case(f, f"{a}/api/v3/suruttaryy", headers=_h(rng), body={
            "aata": L(FIRST, NAMEC), "familiyata": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kistelen_tyl": L(PW, CRED)}),
        case(f, f"{a}/api/v3/kiir", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kistelen_tyl": L(PW, CRED), "teril": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/kontroller/bayla", headers=_h(rng, **b), body={
            "kontroller": {"imei": L(CONTROLLER["imei"], HW), "serial": L(CONTROLLER["serial"], HW),
                           "iccid": L(ICCID, SIM), "proshivka": "7.14.2"},
            "massyyna": {"marka": "Toyota Land Cruiser Prado", "nuomer": "K418OR14",
                         "dvigatel": "1GD-FTV"},
            "pin_kod": L(PIN, CRED)}),
        case(f, f"{a}/api/v3/itiit/start", fmt="form", headers=_h(rng, **b), body={
            "kontroller": L(CONTROLLER["serial"], HW), "pin_kod": L(PIN, CRED),
            "minuuta": "25", "komanda_id": rid(rng)}),
        case(f, f"{a}/api/v3/grafik", headers=_h(rng, **b), body={
            "kontroller": L(CONTROLLER["serial"], HW), "grafik": [
                {"kem": "06:40", "kunner": ["mon", "tue", "wed", "thu", "fri"], "minuuta": 30},
                {"kem": "17:20", "kunner": ["mon", "wed"], "minuuta": 20}],
            "tymnyy": -35, "akkumulyator_min_v": 11.8}),
        case(f, f"{a}/api/v3/turuk", headers=_h(rng, **b), query={
            "imei": L(CONTROLLER["imei"], HW)}),
        case(f, f"{a}/api/v3/massyyna/sir", headers=_h(rng, **b), body={
            "kontroller": L(CONTROLLER["serial"], HW), "sir": {"lat": cla, "lon": clo, "acc": 7},
            "motuor_itii": -38, "salon_itii": -36, "akkumulyator_v": 12.1}),
        case(f, f"{a}/api/v3/garaazh/bron", headers=_h(rng, **b), body={
            "garaazh": GARAGE["id"], "boks": "17", "yi": "2026-01", "bron": L(BOX, BUY),
            "suuma": L(7500, BUY),
            "garaazh_sire": {"lat": GARAGE["lat"], "lon": GARAGE["lon"]}}),
        case(f, f"{a}/api/v3/tolobur", fmt="form", headers=_h(rng, **b), body={
            "bron": L(BOX, BUY), "suuma": L("7500.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kaarta_4": L("3651", PAY)}),
        receipt,
        case(f, f"{a}/api/v3/kontroller/sim/balans", headers=_h(rng, **b), body={
            "iccid": L(ICCID, SIM), "suuma": L(300, BUY), "tarif": "m2m-mini"}),
        case(f, f"{a}/api/v3/dover", headers=_h(rng, **b), body={
            "kontroller": L(CONTROLLER["serial"], HW),
            "kihi": {"aata": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "prava": ["start", "grafik"]}),
        case(f, f"{a}/api/v3/dvor/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
            "modul": "ym_0412"}),
        case(f, f"{a}/api/v3/kordoo", headers=_h(rng, **b), query={
            "kordoo": L("webasto 5 kvt syanata ustanovka", SEARCH)}),
        case(f, f"{a}/api/v3/suruk", headers=_h(rng, **b), body={
            "tema": "start",
            "suruk": L("Bugun -52 kraadys, motuor itiimmete, akkumulyator 11.6 V", TEXT)}),
        case(f, f"{a}/api/v3/zhurnal", fmt="msgpack", headers=_h(rng, **b), body={
            "tuttaachy": L(USER_ID, UID), "kontroller": L(CONTROLLER["serial"], HW),
            "startar": [{"kem": 1767571200 + 86400 * i, "itii": -41 - i, "minuuta": 30}
                        for i in range(3)]}),
        case(f, f"{a}/api/v3/ustanovka/tochki", headers=_h(rng, **b), query={
            "lat": L(f"{CAR_AT[0]:.2f}", COARSE), "lon": L(f"{CAR_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/v3/ustanovka/bron", headers=_h(rng, **b), body={
            "tochka": "ust_sever3", "tochka_sire": {"lat": INSTALLER_AT[0],
                                                    "lon": INSTALLER_AT[1]},
            "kun": "2026-01-24T11:00", "suuma": L(18500, BUY), "bron": L("UB-8841", BUY),
            "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/v3/vypiska", headers=_h(rng, how="none"), cookies={
            "it_sesiya": L(opaque(rng, "", 40), CRED), "it_teril": L(INSTALL_ID, DID),
            "it_req": rid(rng)}),
        case(f, f"{a}/api/v3/teril", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/v3/tugennar", gz=True, headers=_h(rng, **b), body={
            "tuttaachy": L(USER_ID, UID), "tugennar": [
                ev("start", 1, minuuta=25), ev("ekraan", 2, ekraan=L("Grafik", USAGE))]}),
        case(f, f"{a}/api/v3/tagys", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "teril": L(INSTALL_ID, DID)}),
    ]


def itiit_sdks() -> list[Case]:
    rng = random.Random(19652)
    return [
        am_batch(APP, rng, [("Remote Start", {"minutes": 25}),
                            ("Box Booked", {"total": L(7500, BUY)})], at=CAR_AT, nd=3,
                 locale="ru_RU"),
        am_pixel(APP, rng, "Schedule Opened", {"rules": 2}),
        ts_launch(APP, rng, first=True),
        ts_event(APP, rng, "purchase", {"bron": L(BOX, BUY)}, revenue=7500.0, hashed=True),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CAR_AT, nd=2,
               keywords="car,heater,winter"),
        ba_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "gsm timeout"),
                 [ct_crumb("nav", "Massyyna -> Start"), ct_crumb("tap", "start_button")],
                 screen="StartActivity"),
        cc_save(APP, rng, {"analytics": True, "marketing": True}),
        ck_card(APP, rng, email=True),
        ck_confirm(APP, rng, "7500.00"),
        mo_reverse(APP, rng, CAR_AT, PRECISE, nd=5),
    ]
