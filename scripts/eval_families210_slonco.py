"""Balcony plug-in solar app "Slonco" (słónco: sun; a Lusatian shop's app for an 800 W balcony
kit: the order, the landlord's consent, the grid operator's and the unit register's
notifications, the installer, the micro-inverter on the home Wi-Fi and its yield). Its API's
keys are Upper Sorbian without diacritics: ``kupc`` customer, ``mjeno``, ``swojbne_mjeno``,
``e_mejl``, ``telefon``, ``heslo``, ``adresa``, ``droha``, ``mesto``, ``postowe_cislo``,
``balkon``, ``modul`` panel, ``mocnosc`` power, ``nachilenje`` tilt, ``smer`` direction,
``wobsedzer`` landlord, ``prizwolenje`` consent, ``merjak`` meter, ``syc`` grid,
``registrowanje``, ``wunosk`` yield, ``montaza`` installation, ``susod`` neighbour,
``skazanka`` order, ``suma``, ``zaplacenje``, ``serokosc`` / ``dolhosc``, ``wuziwar``,
``podawki``): sign-up, log-in, ``/ja``, the balcony survey with her flat's position, the kit
order and payment, the housing cooperative's consent letter (PDF), the grid notification, the
register entry, the installer's slot, the inverter pairing on the home Wi-Fi (protobuf), yield
readings (msgpack), a balcony photo, a neighbour referral, a support message, the order by
number in the path, an invoice by cookie, the bonus from the town, push and events. Sets 33
and 84 have rooftop solar and home batteries owned by the household; this is a tenant's plug-in
kit with the landlord's consent and grid paperwork."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families210_kit import (
    HOME,
    HOME_AT,
    HOME_BSSID,
    HOME_LAN,
    HOME_SSID,
    IBAN,
    KIT,
    SOLAR_ACCOUNT,
    fix,
    hd,
    obj,
    podawk,
    push,
)
from eval_families210_sdk import bk_bid, bk_notice, lc_batch, lc_queue, sw_event, sw_launch
from eval_families210_svc import (
    ch_eval,
    ka_geocode,
    ph_message,
    pj_card,
    pj_confirm,
    pj_payout,
    zw_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("slonco", "Slonco", "com.example.slonco", "1.9.0", "https://api.slonco.example.com")
IID = "X-Slonco-Grat"
PW = "Balkon800!Sun"
ORDER = "SL-2026-10388"  # her kit order (financial.purchase)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def slonco() -> list[Case]:
    rng = random.Random(21041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kupc=L(SOLAR_ACCOUNT, UID), e_mejl=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    pair = pb([(1, KIT["inverter_sn"]), (2, L(HOME_SSID, WIFI)), (3, L(HOME_BSSID, WIFI)),
               (4, L(HOME_LAN, DEV)), (5, L(SOLAR_ACCOUNT, UID)), (6, "fw 1.0.22")], "", lab)
    order = at_path(case(f, f"{a}/v1/skazanki/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/kupcy", headers=_h(rng), body={
            "mjeno": L(FIRST, NAMEC), "swojbne_mjeno": L(LAST, NAMEC),
            "e_mejl": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL), "heslo": L(PW, CRED),
            "adresa": {"droha": L(HOME["line"], ADDR), "mesto": L(HOME["town"], COARSE),
                       "postowe_cislo": L(HOME["post"], COARSE)}, "najenk": True}),
        case(f, f"{a}/v1/prizjewjenje", fmt="form", headers=_h(rng), body={
            "e_mejl": L(EMAIL, MAIL), "heslo": L(PW, CRED)}),
        case(f, f"{a}/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/balkon", headers=_h(rng, **b), body={
            "pozicija": {"serokosc": hla, "dolhosc": hlo}, "smer": "juh", "nachilenje": 70,
            "poschod": 2, "zabradlo_cm": 110, "kupc": L(SOLAR_ACCOUNT, UID)}),
        case(f, f"{a}/v1/wunosk/prognoza", headers=_h(rng, **b), query={
            "serokosc": L(f"{HOME_AT[0]:.3f}", PRECISE), "dolhosc": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "mocnosc": "800", "smer": "juh"}),
        case(f, f"{a}/v1/skazanki", headers=_h(rng, **b), body={
            "skazanka": L(ORDER, BUY), "artikl": KIT["sku"], "modul": 2, "mocnosc_w": 800,
            "suma": L(549.0, BUY), "dodawanje": {"mjeno": L(f"{FIRST} {LAST}", NAMEC),
                                                "droha": L(HOME["line"], ADDR),
                                                "postowe_cislo": L(HOME["post"], COARSE)}}),
        case(f, f"{a}/v1/zaplacenje", fmt="form", headers=_h(rng, **b), body={
            "skazanka": L(ORDER, BUY), "suma": L("549.00", BUY), "waluta": "EUR",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "rate": "3"}),
        multipart(f, f"{a}/v1/prizwolenje", [
            ("list", "zustimmung_wbg.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "wobsedzer": "Wohnungsgenossenschaft Spreeblick eG", "kupc": L(SOLAR_ACCOUNT, UID),
                "byt": L("2. OG links", ADDR)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/syc/zdzelenje", headers=_h(rng, **b), body={
            "wobsedzerka": L(f"{FIRST} {LAST}", NAMEC), "datum_narodzenja": L(DOB, BIRTH),
            "adresa": {"droha": L(HOME["line"], ADDR), "postowe_cislo": L(HOME["post"], COARSE),
                       "mesto": L(HOME["town"], COARSE)},
            "merjak": KIT["meter"], "mocnosc_w": 800, "prenjeswarjak": KIT["inverter_sn"],
            "e_mejl": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/registrowanje", fmt="form", headers=_h(rng, **b), body={
            "wobsedzerka": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
            "jednotka": "SEE9" + "41077120" + "3", "zapoceto": "2026-04-22"}),
        case(f, f"{a}/v1/montaza/terminy", headers=_h(rng, **b), query={
            "postowe_cislo": L(HOME["post"], COARSE), "tydzen": "2026-W17"}),
        case(f, f"{a}/v1/montaza/rezerwacija", headers=_h(rng, **b), body={
            "termin": obj(rng, "mt"), "skazanka": L(ORDER, BUY),
            "zapisk": L("Zwonić pola Šołta, 2. poschod, pos je přećelny", f"{TEXT}|{NAMEC}"),
            "telefon": L(E164, TEL)}),
        raw(f, f"{a}/v1/prenjeswarjak/zwjazac", pair, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wunosk", fmt="msgpack", headers=_h(rng, **b), body={
            "prenjeswarjak": KIT["inverter_sn"], "kupc": L(SOLAR_ACCOUNT, UID),
            "dny": [{"dzen": "2026-05-01", "kwh": 3.42}, {"dzen": "2026-05-02", "kwh": 2.87},
                    {"dzen": "2026-05-03", "kwh": 4.01}], "wifi_rssi": -61}),
        multipart(f, f"{a}/v1/fota", [
            ("foto", "balkon.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("meta", None, "application/json", {"skazanka": L(ORDER, BUY),
                                                "wopis": L("Moduly na zabradle, juh", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/doporucenje", headers=_h(rng, **b), body={
            "susod": {"mjeno": L("Thomas Krahl", NAMEC), "e_mejl": L("t.krahl@example.com", MAIL)},
            "powesc": L("Tomas, tu je link za balkonowu elektrownju, 50 € rabat", TEXT),
            "kod": opaque(rng, "REF", 6)}),
        case(f, f"{a}/v1/mestny_bonus", headers=_h(rng, **b), body={
            "mesto": L("Bautzen", COARSE), "iban": L(IBAN, PAY),
            "wobsedzerka": L(f"{FIRST} {LAST}", NAMEC), "skazanka": L(ORDER, BUY),
            "suma": L(200, BUY)}),
        order,
        case(f, f"{a}/v1/zliwki/posledna", headers=_h(rng, how="none"), cookies={
            "sl_sesija": L(opaque(rng, "", 40), CRED), "sl_grat": L(INSTALL_ID, DID),
            "sl_req": rid(rng)}),
        case(f, f"{a}/v1/grat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/podawki", gz=True, headers=_h(rng, **b), body={
            "wuziwar": L(USER_ID, UID), "podawki": [
                podawk("skazanka", 1, suma=L(549, BUY)),
                podawk("wobrazowka", 2, wobrazowka=L("Wunosk", USAGE))]}),
    ]


def slonco_sdks() -> list[Case]:
    rng = random.Random(21042)
    return [
        lc_batch(APP, rng, [("Kit Ordered", {"total": L(549, BUY)}),
                            ("Inverter Paired", {"fw": "1.0.22"})], at=HOME_AT, nd=3),
        lc_queue(APP, rng, [("Yield Viewed", {"kwh": 3.42}), ("Tips Opened", {})]),
        sw_launch(APP, rng, first=True),
        sw_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=549.0, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="solar,energy,balcony"),
        bk_notice(APP, rng, "imp"),
        ch_eval(APP, rng, {"city": L("Bautzen", COARSE), "kit": KIT["sku"]}),
        zw_register(APP, rng, at=HOME_AT, nd=2, tags={"kit": KIT["sku"]}),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "549.00"),
        pj_payout(APP, rng, "200.00", L(f"{FIRST} {LAST}", NAMEC)),
        ka_geocode(APP, rng, HOME["line"] + ", Bautzen", ADDR, near=HOME_AT, nd=2),
        ph_message(APP, rng, L(f"Skazanka {ORDER}: prenjeswarjak so njezwjaza z Wi-Fi",
                               f"{TEXT}|{BUY}"), {"kupc": L(SOLAR_ACCOUNT, UID)}),
    ]
