"""Car-sharing app "Sdilko" (a Czech company: its API's keys are Czech), used by the profile's
user on a trip to Prague: sign-up with her US address, phone verification, log-in, the driving
licence check (licence photos, a selfie, a face template matched to the licence's photo),
sign-up fraud signals (typing rhythm, a slide-to-confirm trajectory, the accelerometer), cars
near her, a reservation, unlocking the car by Bluetooth, the pre-trip damage photos, a
destination search, ending the trip at the airport, payment, an invoice, a rating, a problem
report, prepaid credit, devices, events and a cookie-authenticated trip history."""

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
    E164,
    FACE,
    JPEG,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    dwell_flight,
    f32b64,
    flat,
    landmarks,
    multipart,
    push_token,
    series,
    swipe,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED, PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families22_kit import LICENCE
from eval_families24_kit import claims, head, rid
from eval_families31_kit import (
    LICENCE_EXP,
    PARK_FIX,
    PRG_AIRPORT_AT,
    PRG_FIX,
    SHARED_CAR,
    UNLOCK_FIX,
)
from eval_families31_sdk import (
    bm_bid,
    bm_notice,
    ct_batch,
    fw_crumb,
    fw_notify,
    tl_event,
    tl_session,
)
from eval_families31_svc import (
    fm_eval,
    gh_route,
    gh_telemetry,
    nc_register,
    yv_save,
)
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("sdilko", "Sdilko", "com.example.sdilko", "8.4.1", "https://api.sdilko.example.com")
IID = "X-Sdilko-Zarizeni"
TZ = "Europe/Prague"
TRIP = "jz_5c20e7a1"
CAR = SHARED_CAR


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _at(p: tuple[float, float], nd: int = 6) -> dict[str, L]:
    return {"lat": L(round(p[0], nd), PRECISE), "lng": L(round(p[1], nd), PRECISE)}


def sdilko() -> list[Case]:
    rng = random.Random(3111)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), jmeno=L(NAME, NAMEC),
                                    overen=True))}
    b = {"auth": "bearer"}
    dwell, flight = dwell_flight(rng, 12)
    cases = [
        case(f, f"{a}/v2/registrace", headers=_h(rng), body={
            "jmeno": L(FIRST, NAMEC), "prijmeni": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(PHONE, TEL), "heslo": L("Vltava#Most2025", CRED),
            "datum_narozeni": L("17. 5. 1991", BIRTH),
            "adresa": {"ulice": L(STREET, ADDR), "mesto": L(CITY, COARSE),
                       "psc": L(ZIP, COARSE), "stat": L("US", COARSE)},
            "souhlas_s_podminkami": True, "marketing": False}),
        case(f, f"{a}/v2/overeni-telefonu", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("605193", CRED)}),
        case(f, f"{a}/v2/prihlaseni", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "heslo": L("Vltava#Most2025", CRED)}),
        case(f, f"{a}/v2/ja", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/ridic/prukaz", [
            ("predni_strana", "prukaz_predni.jpg", "image/jpeg",
             L(JPEG + b"\x11", f"{MEDIA}|{NATID}")),
            ("zadni_strana", "prukaz_zadni.jpg", "image/jpeg",
             L(JPEG + b"\x12", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("udaje", None, "application/json", {
                "cislo_prukazu": L(LICENCE, NATID), "stat_vydani": L("NY", COARSE),
                "zeme_vydani": L("US", COARSE), "platnost_do": LICENCE_EXP,
                "skupiny": ["B"], "datum_narozeni": L(DOB, BIRTH),
                "mezinarodni_povoleni": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ridic/oblicej", headers=_h(rng, **b), body={
            "vektor_obliceje": L(f32b64(flat(rng, 128, 0.07)), FACE),
            "body_obliceje": L(landmarks(rng, 68), FACE), "model": "fm-3.2",
            "zivost": 0.98, "shoda_s_prukazem": 0.91, "pokus": 1, "relace": rid(rng)}),
        case(f, f"{a}/v2/ridic/signaly", fmt="msgpack", headers=_h(rng, **b), body={
            "uzivatel": L(USER_ID, UID), "zarizeni": {
                "id_instalace": L(INSTALL_ID, DID), "android_id": L(ANDROID_ID, DID),
                "root": L(False, DEV), "emulator": L(False, DEV)},
            "psani": {"pole": "heslo", "drzeni_ms": L(dwell, KEYS),
                      "prodlevy_ms": L(flight, KEYS)},
            "potvrzeni_posunem": L(swipe(rng, 14), MOTION),
            "akcelerometr": L(series(rng, 24, ("ax", "ay", "az"), dt=20, scale=0.4), MOTION),
            "trvani_registrace_s": L(412, USAGE)}),
        case(f, f"{a}/v2/auta", headers=_h(rng, **b), query={
            "lat": L(f"{PRG_FIX[0]:.4f}", PRECISE), "lng": L(f"{PRG_FIX[1]:.4f}", PRECISE),
            "okruh_m": "800", "typ": "vse"}),
        case(f, f"{a}/v2/rezervace", headers=_h(rng, **b), body={
            "auto_id": CAR["id"], "moje_poloha": _at(PRG_FIX), "tarif": "minuty",
            "cena_za_minutu": L("7.90", BUY), "mena": "CZK", "zdarma_min": 15,
            "pozadavek": rid(rng)}),
        case(f, f"{a}/v2/auta/{CAR['id']}/odemknout", headers=_h(rng, **b), body={
            "zpusob": "ble", "ble_adresa": CAR["ble"], "jednotka": CAR["box"],
            "moje_poloha": _at(UNLOCK_FIX), "presnost_m": 6, "vzdalenost_od_auta_m": 4,
            "pozadavek": rid(rng)}),
        case(f, f"{a}/v2/jizdy/{TRIP}/odemceno", fmt="form", headers=_h(rng, **b), body={
            "token_klice": L(opaque(rng, "bk1.", 48), CRED), "rssi": "-61",
            "baterie_auta_pct": "78", "stav_kilometru": "40213", "vin": CAR["vin"]}),
        multipart(f, f"{a}/v2/jizdy/{TRIP}/kontrola", [
            ("foto_1", "naraznik.jpg", "image/jpeg", L(JPEG + b"\x14", MEDIA)),
            ("foto_2", "dvere_leve.jpg", "image/jpeg", L(JPEG + b"\x15", MEDIA)),
            ("udaje", None, "application/json", {
                "poskozeni": [{"cast": "zadni_naraznik",
                               "popis": L("Scratch on the rear bumper, left corner, "
                                          "already there when I arrived", TEXT)},
                              {"cast": "leve_dvere", "popis": L("Small dent under the handle",
                                                                TEXT)}],
                "cistota": 4, "spz": CAR["spz"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/hledat", headers=_h(rng, **b), query={
            "dotaz": L("letiste vaclava havla", SEARCH),
            "blizko": L(f"{PRG_FIX[0]:.3f},{PRG_FIX[1]:.3f}", PRECISE), "jazyk": L("en", DEV)}),
        case(f, f"{a}/v2/jizdy/{TRIP}/ukoncit", headers=_h(rng, **b), body={
            "moje_poloha": _at(PARK_FIX), "presnost_m": 8, "zona": "letiste_p3",
            "ujeto_km": 18.4, "palivo_pct": 61, "okna_zavrena": True,
            "parkoviste": {"lat": PRG_AIRPORT_AT[0], "lng": PRG_AIRPORT_AT[1]}}),
        multipart(f, f"{a}/v2/jizdy/{TRIP}/foto-parkovani", [
            ("foto", "parkovani.jpg", "image/jpeg", L(JPEG + b"\x16", MEDIA)),
            ("udaje", None, "application/json", {"uzivatel": L(USER_ID, UID),
                                                 "cas": 1765330112})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/platby", headers=_h(rng, **b), body={
            "jizda": TRIP, "cena": L("412.50", BUY), "mena": "CZK",
            "platebni_metoda": L("pm_" + opaque(rng, "", 24), PAY),
            "posledni_ctyri": L("4444", PAY), "pozadavek": rid(rng)}),
        case(f, f"{a}/v2/faktury", fmt="form", headers=_h(rng, **b), body={
            "jizda": TRIP, "email": L(EMAIL, MAIL), "jmeno": L(NAME, NAMEC),
            "adresa": L(f"{STREET}, {CITY} {ZIP}", ADDR), "ico": ""}),
        case(f, f"{a}/v2/jizdy/{TRIP}/hodnoceni", headers=_h(rng, **b), body={
            "hvezdy": 4, "komentar": L("Car was fine but the charging cable was missing",
                                       TEXT)}),
        case(f, f"{a}/v2/hlaseni", fmt="form", headers=_h(rng, **b), body={
            "typ": "nelze_zamknout",
            "popis": L("The car won't lock at the airport, I'm standing next to it", TEXT),
            "poloha": L(f"{PARK_FIX[0]:.5f},{PARK_FIX[1]:.5f}", PRECISE),
            "zpetne_volani": L(PHONE_PAREN, TEL), "auto_id": CAR["id"]}),
        case(f, f"{a}/v2/kredit/overit", headers=_h(rng, **b), body={
            "produkt": L("sdilko_kredit_1000", BUY), "objednavka": L("GPA.3354-2291-7708-14562",
                                                                   BUY),
            "token_nakupu": L(play_token(rng), BUY), "balicek": APP.pkg}),
        case(f, f"{a}/v2/zarizeni", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "id_instalace": L(INSTALL_ID, DID),
            "casove_pasmo": L(TZ, DEV), "jazyk": L("en-US", DEV)}),
        case(f, f"{a}/v2/udalosti", gz=True, headers=_h(rng, **b), body={
            "uzivatel": L(USER_ID, UID), "udalosti": [
                ev("auto_odemceno", 1, zpusob="ble"), ev("jizda_ukoncena", 2, km=18.4),
                ev("obrazovka", 3, nazev=L("Mapa", USAGE))]}),
        case(f, f"{a}/v2/jizdy", query={"strana": "1"}, headers=_h(rng, how="none"),
             cookies={"sd_relace": L(opaque(rng, "", 56), CRED),
                      "sd_zarizeni": L(INSTALL_ID, DID)}),
    ]
    return cases


def sdilko_sdks() -> list[Case]:
    rng = random.Random(3112)
    banner = {"banner": {"w": 320, "h": 50, "pos": 1}, "tagid": "sdilko_map_banner"}
    fixes = [(50.091238, 14.392107), (50.096815, 14.342662), (50.102431, 14.290154)]
    return [
        ct_batch(APP, rng, [("Car Unlocked", {"method": "ble"}),
                            ("Trip Ended", {"km": 18.4, "zone": "letiste_p3"})],
                 at=PRG_FIX, nd=3, tz=TZ),
        tl_session(APP, rng, first=True),
        tl_event(APP, rng, "trip_end", {"km": 18.4, "trip": TRIP}, revenue=412.5,
                 currency="CZK", hashed=True),
        bm_bid(APP, rng, banner, at=PRG_FIX, nd=3, gdpr=True),
        fw_notify(APP, rng, ("android.bluetooth.BluetoothGattException", "GATT 133"),
                  [fw_crumb("navigation", "Mapa -> Auto"),
                   fw_crumb("log", "ble connect retry 3", {"box": CAR["box"]})],
                  meta={"car": {"ble": CAR["ble"], "box_fw": "5.1.7"}}, screen="UnlockActivity",
                  tz=TZ),
        fm_eval(APP, rng, {"city": L("Praha", COARSE), "licenceCountry": L("US", COARSE)}),
        nc_register(APP, rng, at=PRG_FIX, nd=2, tz=3600, tags={"city": L("Praha", COARSE)}),
        yv_save(APP, rng, {"analytics": True, "ads": False}, country="CZ", region="10",
                tcf=True, receipt=True),
        gh_route(APP, rng, UNLOCK_FIX, PRECISE, PRG_AIRPORT_AT, None),
        gh_telemetry(APP, rng, fixes, PRECISE),
        bm_notice(APP, rng, "win"),
    ]
