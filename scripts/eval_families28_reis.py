"""Public-transit ticketing app "Poortje" (a Dutch company: its API's keys are Dutch): the user
spends a weekend in Amsterdam. Registration with her home address, an e-mail code, her personal
transit card, balance and top-up, a journey planner, nearby stops, check-ins and check-outs at
stations (the stations' coordinates beside her own fixes; protobuf and msgpack too), trip
history, a delay claim, a 48-hour ticket, lost property and a data-access request."""

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
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
    raw,
)
from eval_families19_kit import IID_BRACED
from eval_families20_kit import CITY, FIRST, LAST, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families28_kit import (
    AMS_FIXES,
    DOB_NL,
    OV_CARD,
    OV_CARD_SPACED,
    POORTJE_SERVICE,
    STATIONS,
    TRAM_STOP,
)
from eval_families28_sdk import (
    orig_event,
    orig_launch,
    plot_batch,
    plot_beacon,
    rook_crash,
    rook_crumb,
)
from eval_families28_svc import (
    ass_save,
    carto_reverse,
    carto_route,
    carto_telemetry,
    chime_register,
    purse_gpay,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("poortje", "Poortje", "com.example.poortje", "2.33.0", "https://api.poortje.example.org")
IID = "X-Apparaat-Id"
REIS = "rs_20251206_0412"  # a trip's internal ID (a negative)
SHL, ASD = STATIONS["SHL"][1], STATIONS["ASD"][1]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _fix(p: tuple[float, float]) -> dict[str, L]:
    return {"lat": L(p[0], PRECISE), "lon": L(p[1], PRECISE)}


def _checkout(rng: random.Random) -> Case:
    """A check-out as schema-less protobuf: the card (1), the station's code (2) and its own
    coordinates (3.1, 3.2: negatives), the phone's fix (4.1, 4.2), the time (5), the trip (6)."""
    labels: dict[str, str] = {}
    data = pb([(1, L(OV_CARD, UID)), (2, "ASD"), (3, [(1, ASD[0]), (2, ASD[1])]),
               (4, [(1, L(AMS_FIXES[1][0], PRECISE)), (2, L(AMS_FIXES[1][1], PRECISE))]),
               (5, 1765014612), (6, REIS)], "", labels)
    return raw(APP.fam, f"{APP.api}/api/v1/uitchecken", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def poortje() -> list[Case]:
    rng = random.Random(2871)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, naam=L(FIRST, NAMEC), kaart=L(OV_CARD, UID)))}
    lat2, lon2 = pos(2)
    tram = AMS_FIXES[2]
    cases = [
        case(f, f"{a}/api/v1/locatie/regio", headers=_h(rng), body={
            "lat": lat2, "lon": lon2, "taal": L("en", DEV), "eerste_start": True}),
        case(f, f"{a}/api/v1/registreren", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "tussenvoegsel": "", "achternaam": L(LAST, NAMEC),
            "emailadres": L(EMAIL, MAIL), "wachtwoord": L("Grachten&Fietsen12", CRED),
            "geboortedatum": L(DOB_NL, BIRTH), "telefoonnummer": L(PHONE, TEL),
            "adres": {"straat": L("Fifth Avenue", ADDR), "huisnummer": L("350", ADDR),
                      "toevoeging": L("Apt 4B", ADDR), "postcode": L(ZIP, COARSE),
                      "woonplaats": L(CITY, COARSE), "land": L("Verenigde Staten", COARSE)},
            "nieuwsbrief": False}),
        case(f, f"{a}/api/v1/inloggen", fmt="form", headers=_h(rng), body={
            "gebruikersnaam": L(EMAIL, MAIL), "wachtwoord": L("Grachten&Fietsen12", CRED)}),
        case(f, f"{a}/api/v1/inloggen/verificatie", headers=_h(rng), body={
            "code": L("730118", CRED), "apparaat_naam": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/account", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kaarten/koppelen", headers=_h(rng, auth="bearer"), body={
            "kaartnummer": L(OV_CARD_SPACED, UID), "soort": "persoonlijk",
            "vervaldatum": "2030-11-30", "gelezen_via_nfc": True}),
        at_path(case(f, f"{a}/api/v1/kaarten/{OV_CARD}/saldo", headers=_h(rng, auth="bearer")),
                OV_CARD, UID),
        at_path(case(f, f"{a}/api/v1/kaarten/{OV_CARD}/opladen", headers=_h(rng, auth="bearer"),
                     body={"bedrag": L("20.00", BUY), "valuta": "EUR",
                           "betaalmethode": L(opaque(rng, "pm_", 24), PAY),
                           "saldo": "3.40", "idempotentie": rid(rng)}), OV_CARD, UID),
        case(f, f"{a}/api/v1/reisplanner", headers=_h(rng, auth="bearer"), query={
            "van": L(f"{AMS_FIXES[1][0]},{AMS_FIXES[1][1]}", PRECISE),
            "naar": L(TRAM_STOP[0], SEARCH), "vertrek": "2025-12-06T11:05",
            "modaliteiten": "tram,bus"}),
        case(f, f"{a}/api/v1/haltes/dichtbij", headers=_h(rng, auth="bearer"), query={
            "lat": L(f"{tram[0]:.4f}", PRECISE), "lon": L(f"{tram[1]:.4f}", PRECISE),
            "straal_m": "500"}),
        case(f, f"{a}/api/v1/inchecken", headers=_h(rng, auth="bearer"), body={
            "kaart": L(OV_CARD, UID), "halte": "SHL", "vervoerder": "trein",
            "halte_positie": {"lat": SHL[0], "lon": SHL[1]}, "positie": _fix(AMS_FIXES[0]),
            "nauwkeurigheid_m": 11, "tijd": "2025-12-06T09:48:31+01:00"}),
        _checkout(rng),
        case(f, f"{a}/api/v1/inchecken/offline", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"kaart": L(OV_CARD, UID), "tikken": [
                 {"soort": "in", "halte": "GVB-5072", "lijn": "2", "t": 1765015530,
                  "halte_positie": list(TRAM_STOP[1]), **_fix(AMS_FIXES[1])},
                 {"soort": "uit", "halte": "GVB-5240", "lijn": "2", "t": 1765016610,
                  **_fix(tram)}]}),
        case(f, f"{a}/api/v1/reizen", query={"maand": "2025-12", "kaart": L(OV_CARD, UID)},
             headers=_h(rng, how="none"), cookies={"pj_sessie": L(opaque(rng, "", 48), CRED),
                                                   "pj_apparaat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/reizen/{REIS}/declaratie", headers=_h(rng, auth="bearer"), body={
            "reis": REIS, "reden": "vertraging", "vertraging_min": 40, "bedrag": L("8.60", BUY),
            "toelichting": L("Trein stond 40 minuten stil voor Amsterdam Centraal", TEXT),
            "terugbetaling": "kaart"}),
        case(f, f"{a}/api/v1/tickets/48-uur", headers=_h(rng, auth="bearer"), body={
            "product": L("stad_48u", BUY), "prijs": L("15.00", BUY),
            "geldig_vanaf": "2025-12-06T11:00",
            "reiziger": {"naam": L(NAME, NAMEC), "geboortedatum": L(DOB_NL, BIRTH)},
            "betaalmethode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/gevonden-voorwerpen", headers=_h(rng, auth="bearer"), body={
            "omschrijving": L("Blauwe wollen sjaal, laten liggen in tram 2", TEXT),
            "datum": "2025-12-06", "lijn": "2", "servicenummer": POORTJE_SERVICE,
            "contact": {"emailadres": L(EMAIL, MAIL), "telefoon": L(E164, TEL)}}),
        case(f, f"{a}/api/v1/privacy/inzage", fmt="form", headers=_h(rng, auth="bearer"), body={
            "emailadres": L(EMAIL, MAIL),
            "toelichting": L("Ik wil weten welke reisgegevens jullie van mij bewaren", TEXT)}),
        case(f, f"{a}/api/v1/apparaten", headers=_h(rng, auth="bearer"), body={
            "push_token": L(push_token(rng), DID), "installatie_id": L(IID_BRACED, DID),
            "tijdzone": L("Europe/Amsterdam", DEV), "taal": L("en-US", DEV)}),
        case(f, f"{a}/api/v1/gebeurtenissen", gz=True, headers=_h(rng, auth="bearer"), body={
            "gebruiker": L(USER_ID, UID), "gebeurtenissen": [
                ev("ingecheckt", 1, modaliteit="trein"), ev("saldo_bekeken", 2),
                ev("scherm", 3, naam=L("Reisplanner", USAGE))]}),
    ]
    return cases


def poortje_sdks() -> list[Case]:
    rng = random.Random(2872)
    return [
        plot_batch(APP, rng, [("Ingecheckt", {"modaliteit": "trein"}),
                              ("Reis Gepland", {"naar": L(TRAM_STOP[0], SEARCH)})]),
        plot_beacon(APP, rng, "Onboarding", {"stap": "taal", "taal": "en"}),
        orig_launch(APP, rng, first=True),
        orig_event(APP, rng, "ticket_gekocht", {"product": L("stad_48u", BUY)},
                   revenue=15.0),
        rook_crash(APP, rng, ("android.nfc.TagLostException", "Tag was lost."),
                   [rook_crumb("nav", "Kaart -> Koppelen"),
                    rook_crumb("net", "GET reisplanner", {"url": U(
                        f"{APP.api}/api/v1/reisplanner",
                        {"van": L(f"{AMS_FIXES[1][0]},{AMS_FIXES[1][1]}", PRECISE),
                         "naar": L(TRAM_STOP[0], SEARCH)})})],
                   extra={"kaart_soort": "persoonlijk"}, screen="KaartKoppelenActivity"),
        purse_gpay(APP, rng, "20.00", "eur"),
        carto_route(APP, rng, AMS_FIXES[1], PRECISE, TRAM_STOP[1], None, "transit", nd=6),
        carto_telemetry(APP, rng, AMS_FIXES[1:3], PRECISE),
        carto_reverse(APP, rng, AMS_FIXES[3], PRECISE, 6),
        chime_register(APP, rng, tags={"lijnen": "2,12", "stad": L("amsterdam", COARSE)}),
        ass_save(APP, rng, {"analytisch": True, "marketing": False}, user=True),
    ]
