"""A chimney-sweep and firewood app "Odzhak" (Ohrid: the family's stone house in Varosh is heated
by a wood stove; the API's keys are Macedonian in Latin letters, zh/ch/kj digraphs: ``ime``
first name, ``prezime`` surname, ``telefon`` phone, ``lozinka`` password, ``kod`` code,
``objekt`` property, ``adresa`` address, ``naselba`` neighbourhood, ``grad`` city,
``postenski_broj`` post code, ``lokacija`` location, ``tip_na_pechka`` stove type, ``kat``
floor, ``drva`` firewood, ``ceni`` prices, ``naracka`` order, ``depo`` depot, ``vid_drva`` wood
kind, ``kubni_metri`` cubic metres, ``cena_po_m3`` price per m3, ``vkupno`` total,
``adresa_za_dostava`` delivery address, ``plakjanje`` payment, ``chistenje`` sweeping,
``termin`` slot, ``odzhaci`` chimneys, ``kod_za_kapija`` gate code, ``kluch_kaj`` key held by,
``zapisi`` records, ``kukja`` house, ``slika`` photo, ``opis`` description, ``senzor`` CO
sensor, ``seriski_broj`` serial, ``lokalna_ip`` LAN address, ``sertifikati`` certificates,
``poraka`` message, ``zhalba`` complaint, ``prebaruvanje`` search, ``subvencija`` subsidy,
``embg`` citizen number, ``faktura`` invoice, ``ocenka`` rating, ``komentar`` comment):
sign-up, an SMS code, ``/jas``, the house registered (address and point), firewood prices for
Ohrid, the order, its payment, a sweep booked with the gate code and the neighbour holding the
key, an offline sync (msgpack), a stove photo, the CO sensor paired on the house Wi-Fi, a
protobuf sensor beat, certificates by cookie GET, messages, a complaint, the order by number in
the path, a search, the municipal subsidy application (her EMBG, her IBAN), push, events, a
rating and a log-out."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families152_kit import (
    DEPOT,
    EMBG,
    MK_ACCOUNT,
    NEIGHBOUR_OH,
    OH_HOUSE,
    OH_HOUSE_AT,
    WOOD_ORDER,
    fix,
    hd,
    obj,
    push,
)
from eval_families152_sdk import (
    ak_event,
    ak_launch,
    bt_bid,
    cb_crash,
    cb_crumb,
    mv_batch,
    mv_pixel,
)
from eval_families152_svc import (
    fm_eval,
    hk_message,
    mp_geocode,
    mp_telemetry,
    pd_wallet,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("odzhak", "Odzhak", "com.example.odzhak", "1.3.9", "https://api.odzhak.example.com")
IID = "X-Odzhak-Ured"
PW = "Varosh#Ohrid14"
NID = "personal.national_id"
SSID, BSSID = "Kukja-Varosh", "f4:92:bf:3a:55:c1"  # the Ohrid house's Wi-Fi (location.wifi)
SENSOR = "COS-8820-114573"  # the CO sensor's serial (a negative: the device's, no type fits)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mk=True, **kw)


def odzhak() -> list[Case]:
    rng = random.Random(15261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    ola, olo = fix(OH_HOUSE_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, SENSOR), (2, 12), (3, [(1, L(OH_HOUSE_AT[0], PRECISE)),
                                          (2, L(OH_HOUSE_AT[1], PRECISE))]),
               (4, L(81, DEV)), (5, 1768200000)], "", lab)
    order = at_path(case(f, f"{a}/api/v1/naracki/{WOOD_ORDER}", headers=_h(rng, **b)),
                    WOOD_ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/korisnici", headers=_h(rng), body={
            "ime": L(FIRST, NAMEC), "prezime": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "email": L(EMAIL, MAIL), "lozinka": L(PW, CRED), "uslovi": True}),
        case(f, f"{a}/api/v1/sms/potvrda", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("392861", CRED)}),
        case(f, f"{a}/api/v1/jas", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/objekti", headers=_h(rng, **b), body={
            "adresa": L(OH_HOUSE["line"], ADDR), "naselba": L(OH_HOUSE["area"], COARSE),
            "grad": L(OH_HOUSE["town"], COARSE), "postenski_broj": L(OH_HOUSE["post"], COARSE),
            "lokacija": {"lat": ola, "lng": olo}, "tip_na_pechka": "shporet na drva", "kat": 2}),
        case(f, f"{a}/api/v1/drva/ceni", headers=_h(rng, **b), query={
            "grad": L("Ohrid", COARSE), "vid": "buk"}),
        case(f, f"{a}/api/v1/naracki", headers=_h(rng, **b), body={
            "naracka": L(WOOD_ORDER, BUY), "depo": DEPOT["id"], "vid_drva": "buk",
            "kubni_metri": 6, "cena_po_m3": 3800, "vkupno": L(22800, BUY),
            "adresa_za_dostava": L(OH_HOUSE["line"], ADDR), "datum": "2026-01-12"}),
        case(f, f"{a}/api/v1/plakjanje", fmt="form", headers=_h(rng, **b), body={
            "naracka": L(WOOD_ORDER, BUY), "iznos": L("22800", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "valuta": "MKD"}),
        case(f, f"{a}/api/v1/chistenje/termin", headers=_h(rng, **b), body={
            "objekt": obj(rng, "ob"), "termin": "2026-01-15T09:00", "odzhaci": 1,
            "iznos": L(1500, BUY), "kod_za_kapija": L("4816", CRED),
            "kluch_kaj": {"ime": L(NEIGHBOUR_OH[0], NAMEC), "telefon": L(NEIGHBOUR_OH[1], TEL)}}),
        case(f, f"{a}/api/v1/offline/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "korisnik": L(USER_ID, UID), "zapisi": [
                {"tip": "drva_vneseni", "m3": 2, "t": 1768210000},
                {"tip": "pechka_zapalena", "t": 1768213600}],
            "kukja": {"lat": L(OH_HOUSE_AT[0], PRECISE), "lng": L(OH_HOUSE_AT[1], PRECISE)}}),
        multipart(f, f"{a}/api/v1/sliki/pechka", [
            ("slika", "pechka.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {
                "opis": L("Chad izleguva pokraj vratichkata na shporetot", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/senzori", headers=_h(rng, **b), body={
            "seriski_broj": SENSOR, "model": "CO-Guard 3",
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "lokalna_ip": L("192.168.0.14", DEV)}),
        raw(f, f"{a}/api/v1/senzori/puls", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sertifikati/posleden", headers=_h(rng, how="none"), cookies={
            "od_sesija": L(opaque(rng, "", 40), CRED), "od_ured": L(INSTALL_ID, DID),
            "od_req": rid(rng)}),
        case(f, f"{a}/api/v1/poraki", headers=_h(rng, **b), body={
            "naracka": WOOD_ORDER,
            "tekst": L(f"Ve molam javete se na sosetkata Blagica na {NEIGHBOUR_OH[1]}, taa ima "
                       "kluch od portata", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/zhalbi", headers=_h(rng, **b), body={
            "naracka": L(WOOD_ORDER, BUY),
            "tekst": L("Dobivme pet kubni namesto shest, drvata se vlazhni", TEXT)}),
        order,
        case(f, f"{a}/api/v1/prebaruvanje", headers=_h(rng, **b), query={
            "q": L("peleti 15 kg cena Ohrid", SEARCH)}),
        case(f, f"{a}/api/v1/subvencija", headers=_h(rng, **b), body={
            "embg": L(EMBG, NID), "ime_prezime": L(f"{FIRST} {LAST}", NAMEC),
            "adresa": L(OH_HOUSE["line"], ADDR), "faktura": L(WOOD_ORDER, BUY),
            "iban": L(MK_ACCOUNT, PAY), "programa": "energetska_efikasnost_2026"}),
        case(f, f"{a}/api/v1/ured", headers=_h(rng, **b), body=push(push_token(rng), "mk_MK")),
        case(f, f"{a}/api/v1/nastani", headers=_h(rng, **b), body={
            "korisnik": L(USER_ID, UID), "nastani": [
                ev("naracka_drva", 1, m3=6), ev("ekran", 2, ekran=L("Senzor", USAGE))]}),
        case(f, f"{a}/api/v1/ocenki", fmt="form", headers=_h(rng, **b), body={
            "naracka": L(WOOD_ORDER, BUY), "ocenka": "4",
            "komentar": L("Odzhacharot dojde navreme i go ischisti ubavo", TEXT)}),
        case(f, f"{a}/api/v1/odjava", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ured": L(INSTALL_ID, DID)}),
    ]


def odzhak_sdks() -> list[Case]:
    rng = random.Random(15262)
    return [
        mv_batch(APP, rng, [("Wood Ordered", {"total": L(22800, BUY)}),
                            ("Sweep Booked", {"chimneys": 1})],
                 at=OH_HOUSE_AT, nd=2, locale="mk_MK"),
        mv_pixel(APP, rng, "Prices Opened", {"grad": L("Ohrid", COARSE)}),
        ak_launch(APP, rng, user=True),
        ak_event(APP, rng, "purchase", {"naracka": L(WOOD_ORDER, BUY)}, revenue=22800.0,
                 hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=OH_HOUSE_AT, nd=3,
               keywords="firewood,stove,heating"),
        cb_crash(APP, rng, ("java.lang.IllegalStateException", "ble scan stopped"),
                 [cb_crumb("nav", "Senzor -> Sparuvanje")], screen="SenzorActivity"),
        fm_eval(APP, rng, {"grad": L("Ohrid", COARSE), "role": "household"}),
        pp_register(APP, rng, lang="mk", at=OH_HOUSE_AT, nd=2, tags={"grad": L("Ohrid", COARSE)}),
        pd_wallet(APP, rng, "1500", L(E164, TEL)),
        mp_geocode(APP, rng, f"{OH_HOUSE['line']}, Ohrid", ADDR, near=OH_HOUSE_AT, nd=3),
        mp_telemetry(APP, rng, [OH_HOUSE_AT], PRECISE),
        hk_message(APP, rng, L(f"Narackata {WOOD_ORDER} e dostavena samo delumno",
                               f"{TEXT}|{BUY}"), {"grad": L("Ohrid", COARSE)}),
    ]
