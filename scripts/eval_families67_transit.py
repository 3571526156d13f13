"""Helsinki public-transport and city-bike app "Matkalla" (its API's keys are Finnish; she is on
a six-month research posting in Helsinki): sign-up and log-in, ``/me``, the home municipality
check for resident fares (her address and temporary identity code), linking a travel card, a
journey plan, stops nearby, a single ticket bought and activated, its status by number in the
path, a 30-day season ticket, a city-bike season with a PIN, a bike taken, its ride (msgpack) and
return, a Bluetooth check-in on a tram (protobuf), lost property with a photo, feedback, saved
places, a referral, disruption alerts, push, events and the tickets by a cookie GET."""

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
    EMAIL_UPPER,
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
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families67_kit import (
    BIKE_NO,
    CARD_NO,
    FI_FRIEND,
    HETU,
    HKI,
    HKI_HOME_AT,
    HKI_WORK_AT,
    STATION,
    STATION2,
    STOP_A,
    STOP_B,
    TICKET,
    TRAM,
    fix,
    obj,
    trace,
)
from eval_families67_sdk import bc_bid, eh_batch, fm_crash, fm_crumb, ig_event, ig_install
from eval_families67_svc import ab_geocode, as_save, fg_eval, pm_card, pr_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("matkalla", "Matkalla", "com.example.matkalla", "6.3.0",
          "https://api.matkalla.example.com")
IID = "X-Laite-Id"
PW = "Sauna-Lumi-4471"
FI_LANG = {"Accept-Language": L("en-FI,en;q=0.9,fi;q=0.7", DEV)}
BIKE_AT = (60.166903, 24.939177)  # her fix at the Varsapuistikko dock, taking a bike
BACK_AT = (60.157088, 24.955942)  # her fix returning it at Kaivopuisto


def _h(rng: random.Random, how: str = "plain", extra: dict[str, Any] | None = None,
       **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, extra={**FI_LANG, **(extra or {})}, **kw)


def matkalla() -> list[Case]:
    rng = random.Random(6711)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, sahkoposti=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(HKI_HOME_AT, 6)
    wla, wlo = fix(HKI_WORK_AT, 5)
    ride = obj(rng, "lainaus", 10)
    lab: dict[str, str] = {}
    beacon = pb([(1, L(USER_ID, UID)), (2, TRAM),
                 (3, [(1, L(60.168133, PRECISE)), (2, L(24.946281, PRECISE))]),
                 (4, 1765312540), (5, "ble:-71")], "", lab)
    return [
        case(f, f"{a}/v2/rekisteroidy", headers=_h(rng), body={
            "etunimi": L(FIRST, NAMEC), "sukunimi": L(LAST, NAMEC), "sahkoposti": L(EMAIL, MAIL),
            "puhelin": L(E164, TEL), "salasana": L(PW, CRED),
            "syntymaaika": L("17.05.1991", BIRTH), "kieli": L("en", DEV),
            "markkinointilupa": False}),
        case(f, f"{a}/v2/kirjaudu", fmt="form", headers=_h(rng), body={
            "sahkoposti": L(EMAIL_MIXED, MAIL), "salasana": L(PW, CRED),
            "laite": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/omat-tiedot", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profiili/kotikunta", headers=_h(rng, **b), body={
            "nimi": L(NAME, NAMEC), "osoite": {
                "katu": L(HKI["katu"], ADDR), "postinumero": L(HKI["postinumero"], COARSE),
                "kaupunki": L(HKI["kaupunki"], COARSE)},
            "kotikunta": L("Helsinki", COARSE), "henkilotunnus": L(HETU, NATID),
            "suostumus_vtj": True}),
        case(f, f"{a}/v2/matkakortti", headers=_h(rng, **b), body={
            "kortinnumero": L(CARD_NO, UID), "asiakasryhma": "aikuinen", "oletus": True}),
        case(f, f"{a}/v2/reitit", headers=_h(rng, **b), query={
            "from": L(f"{HKI_HOME_AT[0]:.5f},{HKI_HOME_AT[1]:.5f}", PRECISE),
            "to": STOP_B["id"], "toName": L("Suomenlinna ferry", SEARCH),
            "time": "2025-12-10T09:15", "modes": "TRAM,BUS,FERRY", "walkSpeed": "1.3"}),
        case(f, f"{a}/v2/pysakit/lahella", headers=_h(rng, **b), query={
            "lat": L(f"{HKI_HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{HKI_HOME_AT[1]:.4f}", PRECISE),
            "sade": "500"}),
        case(f, f"{a}/v2/liput/osto", headers=_h(rng, **b), body={
            "tuote": L("AB kertalippu", BUY), "vyohykkeet": "AB", "hinta": L("3.20", BUY),
            "valuutta": "EUR", "maksutapa": L(opaque(rng, "pm_", 24), PAY),
            "asiakas": L(USER_ID, UID)}),
        case(f, f"{a}/v2/liput/aktivoi", headers=_h(rng, **b), body={
            "tilaus": L(TICKET, BUY), "leveys": L(60.163, PRECISE), "pituus": L(24.937, PRECISE),
            "aika": 1765354210}),
        at_path(case(f, f"{a}/v2/liput/{TICKET}", headers=_h(rng, **b)), TICKET, BUY),
        case(f, f"{a}/v2/kausilippu", headers=_h(rng, **b), body={
            "tuote": L("30 päivää AB, kotikuntahinta", BUY), "hinta": L("64.70", BUY),
            "kotikunta": L("Helsinki", COARSE), "alkaa": "2025-12-10",
            "kortti": L(CARD_NO, UID)}),
        case(f, f"{a}/v2/kaupunkipyorat/kausi", fmt="form", headers=_h(rng, **b), body={
            "tuote": L("kaupunkipyora_kausi_2026", BUY), "hinta": L("35.00", BUY),
            "pin": L("4719", CRED)}),
        case(f, f"{a}/v2/kaupunkipyorat/lainaus", headers=_h(rng, **b), body={
            "asema": STATION2["id"], "asemaNimi": STATION2["nimi"], "pyora": BIKE_NO,
            "lainaus": ride, "sijainti": {"lat": fix(BIKE_AT)[0], "lon": fix(BIKE_AT)[1],
                                          "tarkkuus": 6},
            "asemanSijainti": [STATION2["lat"], STATION2["lon"]]}),
        case(f, f"{a}/v2/kaupunkipyorat/{ride}/reitti", fmt="msgpack", headers=_h(rng, **b),
             body={"pisteet": trace(rng, 6, BIKE_AT, BACK_AT), "pyora": BIKE_NO, "osa": 1}),
        case(f, f"{a}/v2/kaupunkipyorat/{ride}/palautus", headers=_h(rng, **b), body={
            "asema": STATION["id"], "asemaNimi": STATION["nimi"], "kesto_min": 17,
            "matka_km": 2.6, "lukko": "ok",
            "sijainti": L(f"{BACK_AT[0]:.5f},{BACK_AT[1]:.5f}", PRECISE)}),
        raw(f, f"{a}/v2/matkat/kirjaus", beacon, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/loytotavarat", [
            ("kuva", "sateenvarjo.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("tiedot", None, "application/json", {
                "kuvaus": L("Black umbrella with a wooden handle, left on tram 4 near Kauppatori",
                            TEXT),
                "linja": "4", "aika": "2025-12-09T08:40", "yhteys": L(EMAIL, MAIL)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/palaute", fmt="form", headers=_h(rng, **b), body={
            "aihe": "kuljettaja", "linja": "24",
            "viesti": L("The driver on bus 24 waited when I ran for it at Erottaja. Thank you!",
                        TEXT),
            "vastaus_sahkopostiin": L(EMAIL_UPPER, MAIL)}),
        case(f, f"{a}/v2/suosikit", headers=_h(rng, **b), body={"paikat": [
            {"nimi": "Koti", "osoite": L(f"{HKI['katu']}, 00120 Helsinki", ADDR),
             "lat": hla, "lon": hlo},
            {"nimi": "Työ", "lat": wla, "lon": wlo},
            {"nimi": "Rautatientori", "pysakki": STOP_A["id"], "lat": STOP_A["lat"],
             "lon": STOP_A["lon"]}]}),
        case(f, f"{a}/v2/kutsu", headers=_h(rng, **b), body={
            "ystavanNimi": L(FI_FRIEND[0], NAMEC), "ystavanPuhelin": L(FI_FRIEND[1], TEL),
            "koodi": "JANE-MTK5"}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "laite": L(INSTALL_ID, DID),
            "malli": L("Pixel 8", DEV), "kayttojarjestelma": L("Android 14", DEV),
            "kieli": L("en_FI", DEV), "aikavyohyke": L("Europe/Helsinki", DEV)}),
        case(f, f"{a}/v2/tapahtumat", gz=True, headers=_h(rng, **b), body={
            "kayttaja": L(USER_ID, UID), "tapahtumat": [
                ev("ticket_bought", 1, zones="AB"), ev("bike_returned", 2, minutes=17),
                ev("screen", 3, screen=L("Reittiopas", USAGE))]}),
        case(f, f"{a}/v2/liput", headers=_h(rng, how="upper"),
             cookies={"mk_sessio": L(opaque(rng, "", 40), CRED)}),
    ]


def matkalla_sdks() -> list[Case]:
    rng = random.Random(6712)
    return [
        eh_batch(APP, rng, [("Ticket Purchased", {"zones": "AB", "price": L(3.2, BUY)}),
                            ("Bike Returned", {"minutes": 17})],
                 at=HKI_HOME_AT, nd=3, tz="Europe/Helsinki", locale="en-FI"),
        ig_install(APP, rng, referrer="utm_source=grovenet&utm_campaign=hki_winter"),
        ig_event(APP, rng, "ticket_purchase", {"product": "AB single", "zones": "AB"},
                 revenue=3.2, currency="EUR"),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HKI_HOME_AT, nd=2, country="FIN",
               utcoffset=120),
        fm_crash(APP, rng, ("java.lang.NullPointerException", "departures list was null"),
                 [fm_crumb("navigation", "Reittiopas -> Pysakki"),
                  fm_crumb("http", "GET /v2/pysakit/lahella", {"status": 200})],
                 screen="StopActivity", tz="Europe/Helsinki"),
        fg_eval(APP, rng, {"country": L("FI", COARSE), "resident_price": True}),
        pr_register(APP, rng, at=HKI_HOME_AT, nd=2, tz="Europe/Helsinki", offset=7200,
                    tags={"lines": "4,7"}),
        as_save(APP, rng, {"analytics": True, "ads": False}, country="FI", region="18"),
        pm_card(APP, rng, zip_="00120", country="FI"),
        ab_geocode(APP, rng, "Suomenlinna", SEARCH, near=HKI_HOME_AT, nd=3),
    ]
