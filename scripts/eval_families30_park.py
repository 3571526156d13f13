"""Street-parking payment app "Parkvik" from a Swedish company (its API's keys are Swedish),
used in New York: an account, her car, a saved card, zones near her and a typed zone code,
parking sessions started at the car, extended and stopped, an e-mailed receipt, a business
profile, a residential permit with a lease photo, parked-car detection (msgpack), a parking fine
paid, saved places, reminders, a support case (banner ads on the free tier)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    HW,
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
    push_token,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families23_kit import WORK_AT, WORK_LINE
from eval_families24_kit import claims, head, rid
from eval_families30_kit import (
    CAR,
    EMPLOYER,
    PARKED_FIX,
    PARKING_ORG,
    PARKVIK_MAIL,
    PLATE,
    WORK_MAIL,
    ZONE_SIGN_AT,
    fix,
)
from eval_families30_sdk import (
    at_bid,
    at_notice,
    bw_crash,
    bw_crumb,
    cw_batch,
    cw_pixel,
    iw_event,
    iw_install,
)
from eval_families30_svc import ms_reverse, ms_route, nw_register, pv_card, pv_wallet
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("parkvik", "Parkvik", "se.example.parkvik", "9.2.0", "https://api.parkvik.example.com")
IID = "X-Parkvik-Enhet"
PW = "Zonkod-Sommar-77"
ZON = "4127"
P1, P2 = "pk_5f81c2a0", "pk_5f81d907"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def parkvik() -> list[Case]:
    rng = random.Random(3031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, epost=L(EMAIL, MAIL), kund=L("PV-1187204", UID)))}
    plat, plon = fix(PARKED_FIX, 5)
    lat5, lon5 = pos(5)
    away_lat, away_lon = pos(4, 0.0121, 0.0056)
    bt_seen = {"bil_bt": CAR["bt"], "position": {"latitud": fix(PARKED_FIX)[0],
                                                 "longitud": fix(PARKED_FIX)[1]},
               "tid": 1765318222, "aktivitet": "gar", "hastighet_ms": 1.2}
    cases = [
        case(f, f"{a}/api/v1/konto", headers=_h(rng), body={
            "namn": L(NAME, NAMEC), "epost": L(EMAIL, MAIL), "telefonnummer": L(E164, TEL),
            "losenord": L(PW, CRED), "land": L("US", COARSE), "nyhetsbrev": False}),
        case(f, f"{a}/api/v1/inloggning", fmt="form", headers=_h(rng), body={
            "epost": L(EMAIL_UPPER, MAIL), "losenord": L(PW, CRED), "enhet": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/jag", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/fordon", headers=_h(rng, **b), body={
            "registreringsnummer": L(PLATE, HW), "delstat": L(STATE, COARSE),
            "marke": CAR["make"], "modell": CAR["model"], "farg": CAR["color"],
            "smeknamn": L("Jane's Nimbus", NAMEC), "standard": True}),
        case(f, f"{a}/api/v1/betalsatt", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "pvtok_", 24), PAY), "sista_fyra": L("1111", PAY),
            "typ": "kort", "standard": True}),
        case(f, f"{a}/api/v1/zoner", query={"latitud": lat5, "longitud": lon5, "radie_m": "400"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/zoner/sok", query={"q": L(ZON, SEARCH), "stad": L("nyc", COARSE)},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/parkeringar", headers=_h(rng, **b), body={
            "zonkod": ZON, "registreringsnummer": L(PLATE, HW),
            "position": {"latitud": plat, "longitud": plon, "noggrannhet_m": 6},
            "zonskylt": {"latitud": ZONE_SIGN_AT[0], "longitud": ZONE_SIGN_AT[1]},
            "starttid": "2025-12-09T09:12:00-05:00", "sluttid": "2025-12-09T11:12:00-05:00",
            "belopp": L(9.0, BUY), "valuta": "USD", "betalsatt": L("pm_4Kq81Vx2", PAY),
            "klient_ref": rid(rng)}),
        case(f, f"{a}/api/v1/parkeringar/{P1}/forlang", fmt="form", headers=_h(rng, **b),
             body={"minuter": "60", "belopp": L("4.50", BUY), "klient_ref": rid(rng)}),
        case(f, f"{a}/api/v1/parkeringar/{P1}/stoppa", headers=_h(rng, **b), body={
            "sluttid": "2025-12-09T12:02:41-05:00", "slutbelopp": L(12.75, BUY),
            "position": {"latitud": away_lat, "longitud": away_lon}}),
        case(f, f"{a}/api/v1/kvitton/epost", fmt="form", headers=_h(rng, **b), body={
            "parkering": P1, "epost": L(EMAIL, MAIL), "kopia": L(WORK_MAIL, MAIL),
            "avsandare": PARKVIK_MAIL}),
        case(f, f"{a}/api/v1/foretagsprofil", headers=_h(rng, **b), body={
            "foretag": EMPLOYER[0], "kostnadsstalle": EMPLOYER[1],
            "arbetsmejl": L(WORK_MAIL, MAIL), "kvittofrekvens": "manad",
            "leverantor_orgnr": PARKING_ORG}),
        multipart(f, f"{a}/api/v1/boendeparkering", [
            ("bevis", "hyresavtal.jpg", "image/jpeg", L(JPEG, f"{MEDIA}|{ADDR}")),
            ("ansokan", None, "application/json", {
                "hemadress": L(f"{LINE1} {LINE2}", ADDR), "postnummer": L(ZIP, COARSE),
                "ort": L(CITY, COARSE), "registreringsnummer": L(PLATE, HW),
                "tillstand": "RPP-Z12", "giltig_fran": "2026-01-01"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/parkerad-bil", fmt="msgpack", headers=_h(rng, **b), body={
            "anvandare": L(USER_ID, UID), "handelse": "bt_franskild", **bt_seen}),
        case(f, f"{a}/api/v1/kontrollavgifter/betala", headers=_h(rng, **b), body={
            "avgiftsnummer": "NYC-PV-4471902218", "registreringsnummer": L(PLATE, HW),
            "belopp": L(65.0, BUY), "betalsatt": L("pm_4Kq81Vx2", PAY)}),
        case(f, f"{a}/api/v1/favoriter", headers=_h(rng, **b), body={"platser": [
            {"namn": "Hemma", "adress": L(LINE1, ADDR),
             "latitud": lat5, "longitud": lon5},
            {"namn": "Jobbet", "adress": L(WORK_LINE, ADDR),
             "latitud": L(WORK_AT[0], PRECISE), "longitud": L(WORK_AT[1], PRECISE)}]}),
        case(f, f"{a}/api/v1/paminnelser", headers=_h(rng, **b), body={
            "minuter_fore": 10, "kanal": "push", "tyst_natt": True}),
        case(f, f"{a}/api/v1/support/arende", fmt="form", headers=_h(rng, **b), body={
            "amne": "dubbeldebitering",
            "meddelande": L("I was charged twice for zone 4127 this morning, please refund "
                            "one of them", TEXT),
            "telefon": L(DASHED, TEL), "parkering": P2}),
        case(f, f"{a}/api/v1/enheter", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "installations_id": L(INSTALL_ID, DID),
            "plattform": "android", "tidszon": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/handelser", gz=True, headers=_h(rng, **b), body={
            "anvandare": L(USER_ID, UID), "handelser": [
                ev("parkering_startad", 1, zon=ZON, belopp=L(9.0, BUY)),
                ev("skarm", 2, namn=L("Karta", USAGE)), ev("parkering_forlangd", 3)]}),
        case(f, f"{a}/api/v1/historik", query={"fran": "2025-11-01", "till": "2025-12-09"},
             headers=_h(rng, how="none"),
             cookies={"pv_session": L(opaque(rng, "", 48), CRED), "pv_enhet": L(INSTALL_ID, DID)}),
    ]
    return cases


def parkvik_sdks() -> list[Case]:
    rng = random.Random(3032)
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}, "tagid": "parkvik_map_bottom"}
    return [
        cw_pixel(APP, rng, "App Opened", {"first": True, "lang": L("en", DEV)}),
        cw_batch(APP, rng, [("Parking Started", {"zone": ZON, "price": L(9.0, BUY)}),
                            ("Parking Extended", {"minutes": 60})], adid=True, nd=4),
        iw_install(APP, rng),
        iw_event(APP, rng, "parking_started", {"zone": ZON}, revenue=9.0),
        at_bid(APP, rng, banner, nd=3, hem=True),
        at_notice(APP, rng, "win"),
        bw_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout starting parking"),
                 [bw_crumb("navigation", "KartaActivity"),
                  bw_crumb("request", "POST /api/v1/parkeringar", {"status": 0})],
                 meta={"parkering": {"zon": ZON, "regnr": L(PLATE, HW)}},
                 screen="KartaActivity"),
        nw_register(APP, rng, tags={"stad": L("nyc", COARSE), "bilar": "1"}, nd=3),
        pv_card(APP, rng, email=True),
        pv_wallet(APP, rng, "9.00"),
        ms_reverse(APP, rng, PARKED_FIX, PRECISE),
        ms_route(APP, rng, PARKED_FIX, PRECISE, WORK_AT, PRECISE),
    ]

