"""Berlin e-scooter and bike-share subscription app "Radflott" (its API's keys are German; she is
on a four-month secondment in Berlin): registration, a password grant, an SMS code, ``/ich``, her
Berlin address, the monthly subscription by SEPA, the employer's mobility budget (her Steuer-ID),
favourites, stations and vehicles nearby (a position in the query and in the path), a ride's
start, trace (msgpack) and heartbeat (protobuf), the end with a parking photo, the receipt, a
damage report, a roaming check, a referral, support, push, events and the history by a cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MCCMNC,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families52_kit import (
    ABO,
    DE_HOME,
    DE_HOME_AT,
    DE_OFFICE_AT,
    EBIKE,
    ESCOOTER,
    IBAN_DE,
    NET_DE,
    RIDE_A,
    RIDE_B,
    STATION,
    STEUER_ID,
    fix,
    obj,
    trace,
)
from eval_families52_sdk import cw_batch, sm_crash, sm_crumb, tb_event, tb_session
from eval_families52_svc import (
    bk_register,
    cg_geocode,
    cg_route,
    ob_save,
    sf_eval,
    tp_sepa,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("radflott", "Radflott", "com.example.radflott", "3.14.0",
          "https://api.radflott.example.com")
IID = "X-Radflott-Geraet"
PW = "Spreeufer!2025"
FRIEND = ("Katrin Vogel", "+4915155501234")  # a colleague she refers (contact.*)
DE_ADDR = {"strasse": L(DE_HOME["strasse"], ADDR), "zusatz": L(DE_HOME["zusatz"], ADDR),
           "plz": L(DE_HOME["plz"], COARSE), "ort": L(DE_HOME["ort"], COARSE)}


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = {"Accept-Language": L("en-US,en;q=0.9,de;q=0.8", DEV), **kw.pop("extra", {})}
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def radflott() -> list[Case]:
    rng = random.Random(5201)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kdnr=L(USER_ID, UID)))}
    b = {"auth": "bearer"}
    fid = obj(rng, "fahrt", 10)
    sla, slo = fix(RIDE_A)
    ela, elo = fix(RIDE_B)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, fid), (3, [(1, L(52.532871, PRECISE)),
                                                    (2, L(13.412206, PRECISE))]),
               (4, 17.2), (5, ESCOOTER["battery"]), (6, L(NET_DE[0], CARRIER)),
               (7, ESCOOTER["serial"])], "", lab)
    return [
        case(f, f"{a}/api/v2/konto", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "passwort": L(PW, CRED), "vorname": L(FIRST, NAMEC),
            "nachname": L(LAST, NAMEC), "geburtsdatum": L("17.05.1991", BIRTH),
            "telefonnummer": L(PHONE, TEL), "sprache": L("en", DEV),
            "agb_akzeptiert": True, "newsletter": False}),
        case(f, f"{a}/api/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "radflott-android"}),
        case(f, f"{a}/api/v2/auth/sms", fmt="form", headers=_h(rng, **b), body={
            "telefonnummer": L(E164, TEL), "code": L("482913", CRED)}),
        case(f, f"{a}/api/v2/konto/ich", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/konto/adresse", headers=_h(rng, **b), body={
            **DE_ADDR, "land": L("DE", COARSE), "gueltig_ab": "2025-10-01"}),
        case(f, f"{a}/api/v2/abo", headers=_h(rng, **b), body={
            "tarif": L("Radflott Monat M", BUY), "preis": L("29.90", BUY), "waehrung": "EUR",
            "zahlungsart": "sepa", "iban": L(IBAN_DE, PAY), "kontoinhaber": L(NAME, NAMEC),
            "vertragsnummer": L(ABO, BUY), "start": "2025-12-01"}),
        case(f, f"{a}/api/v2/arbeitgeber/mobilitaetsbudget", headers=_h(rng, **b), body={
            "arbeitgeber": "Nordlicht Analytics GmbH", "personalnummer": L("NL-20417", UID),
            "steuer_id": L(STEUER_ID, NATID), "geburtsdatum": L("1991-05-17", BIRTH),
            "email_dienstlich": L("jane.doe@nordlicht.example.de", MAIL),
            "budget_monat": 50, "kostenstelle": "KST-4410"}),
        case(f, f"{a}/api/v2/favoriten", headers=_h(rng, **b), body={"orte": [
            {"name": "Zuhause", "lat": fix(DE_HOME_AT)[0], "lon": fix(DE_HOME_AT)[1]},
            {"name": "Büro", "lat": fix(DE_OFFICE_AT, 5)[0], "lon": fix(DE_OFFICE_AT, 5)[1]}]}),
        case(f, f"{a}/api/v2/stationen", headers=_h(rng, **b), query={
            "lat": L(f"{RIDE_A[0]:.4f}", PRECISE), "lon": L(f"{RIDE_A[1]:.4f}", PRECISE),
            "radius": "500", "typ": "ebike,escooter"}),
        at_path(case(f, f"{a}/api/v2/fahrzeuge/nahe/{RIDE_A[0]:.5f},{RIDE_A[1]:.5f}",
                     headers=_h(rng, **b), query={"limit": "20"}),
                f"{RIDE_A[0]:.5f},{RIDE_A[1]:.5f}", PRECISE),
        case(f, f"{a}/api/v2/fahrten", headers=_h(rng, **b), body={
            "qr": ESCOOTER["qr"], "fahrzeug": ESCOOTER["id"], "fahrt": fid,
            "position": {"lat": sla, "lon": slo, "genauigkeit": 6},
            "fahrzeug_ble": ESCOOTER["ble"], "akku": ESCOOTER["battery"],
            "station": {"id": STATION["id"], "lat": STATION["lat"], "lon": STATION["lon"]}}),
        case(f, f"{a}/api/v2/fahrten/{fid}/spur", fmt="msgpack", headers=_h(rng, **b), body={
            "punkte": trace(rng, 6, RIDE_A, RIDE_B), "fahrzeug": ESCOOTER["id"], "seq": 2}),
        raw(f, f"{a}/api/v2/fahrten/{fid}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/fahrten/{fid}/ende", [
            ("parkfoto", "parken.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("ende", None, "application/json", {"lat": ela, "lon": elo, "zone": "pz_BER_0412",
                                                "zonen_mitte": [52.52119, 13.41102]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/fahrten/{fid}/beleg", headers=_h(rng, **b), query={
            "betrag": L("2.40", BUY), "minuten": "11", "km": "3.3", "waehrung": "EUR"}),
        multipart(f, f"{a}/api/v2/schaden", [
            ("foto", "bremse.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("meldung", None, "application/json", {
                "fahrzeug": EBIKE["id"], "seriennummer": EBIKE["serial"], "teil": "bremse",
                "beschreibung": L("Hinterradbremse schleift, Klingel fehlt", TEXT),
                "lat": fix(RIDE_B, 5)[0], "lon": fix(RIDE_B, 5)[1]})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/netz", fmt="form", headers=_h(rng, **b), body={
            "sim_mccmnc": L(MCCMNC, CARRIER), "netz_mccmnc": L(NET_DE[0], CARRIER),
            "netz_betreiber": L(NET_DE[1], CARRIER), "sim_land": L("us", CARRIER),
            "roaming": "1", "sms_fallback": "1"}),
        case(f, f"{a}/api/v2/empfehlungen", fmt="form", headers=_h(rng, **b), body={
            "name": L(FRIEND[0], NAMEC), "telefonnummer": L(FRIEND[1], TEL),
            "code": "JANE-RAD-7"}),
        case(f, f"{a}/api/v2/support/nachrichten", headers=_h(rng, **b), body={
            "betreff": "Doppelte Abbuchung", "fahrt": fid,
            "text": L("Die Fahrt am 8.12. wurde zweimal abgebucht, bitte erstatten.", TEXT)}),
        case(f, f"{a}/api/v2/geraete/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "geraet_id": L(INSTALL_ID, DID),
            "modell": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "zeitzone": L("Europe/Berlin", DEV), "sprache": L("en-US", DEV)}),
        case(f, f"{a}/api/v2/ereignisse", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "ereignisse": [
                ev("fahrt_beendet", 1, minuten=11), ev("abo_gekauft", 2, tarif="M"),
                ev("screen", 3, screen=L("Fahrtverlauf", USAGE))]}),
        case(f, f"{a}/api/v2/fahrten/verlauf", headers=_h(rng, how="none"),
             cookies={"rf_sitzung": L(opaque(rng, "", 40), CRED),
                      "rf_geraet": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def radflott_sdks() -> list[Case]:
    rng = random.Random(5202)
    net = NET_DE
    addr = {"line1": L(DE_HOME["strasse"], ADDR), "postal_code": L(DE_HOME["plz"], COARSE),
            "city": L(DE_HOME["ort"], COARSE), "country": L("DE", COARSE)}
    return [
        cw_batch(APP, rng, [("Ride Ended", {"minutes": 11, "price": L(2.40, BUY)}),
                            ("Subscription Started", {"plan": "M"})], at=RIDE_B, nd=3,
                 tz="Europe/Berlin", carrier=net),
        tb_session(APP, rng, first=True, carrier=net),
        tb_event(APP, rng, "r1de7x", {"vehicle": "escooter", "city": L("berlin", COARSE)},
                 revenue=2.40, currency="EUR"),
        sm_crash(APP, rng, ("java.util.concurrent.TimeoutException", "ble unlock 8000ms"),
                 [sm_crumb("navigation", "Karte -> Entsperren"),
                  sm_crumb("ui", "qr.scanned", {"qr": ESCOOTER["qr"]})],
                 screen="EntsperrenActivity", tz="Europe/Berlin"),
        sf_eval(APP, rng, {"city": L("berlin", COARSE), "abo": "M"}),
        bk_register(APP, rng, tags={"stadt": L("berlin", COARSE)}, at=DE_HOME_AT, nd=2,
                    tz="Europe/Berlin", carrier=net[1]),
        ob_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False},
                country="DE", region="BE"),
        tp_sepa(APP, rng, IBAN_DE, addr),
        cg_geocode(APP, rng, "Mauerpark Flohmarkt", SEARCH, near=RIDE_A, nd=4, lang="de"),
        cg_route(APP, rng, [(DE_HOME_AT, PRECISE), ((STATION["lat"], STATION["lon"]), None),
                            (DE_OFFICE_AT, PRECISE)], mode="cycling"),
    ]
