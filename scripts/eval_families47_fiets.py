"""Bike repair and lease app "Spaakwerk" (Amsterdam; its API's keys are Dutch; she leases a bike
there during a three-month project): sign-up, a log-in, ``/mij``, a quote, the lease contract
(name, birth date, phone, address, postcode, BSN, IBAN, a drawn signature), her passport for the
contract, delivery to her flat, the bike's status and unlocking, a flat tyre reported where it
happened with a photo, the repair's status by number in the path, shops nearby, an appointment, a
payment, theft insurance, a lock handshake log (msgpack), a change of address (form), a friend
invited, a cancellation note, push, events and invoices by a cookie GET."""

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
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
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
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head, rid
from eval_families47_kit import (
    BSN,
    FIETS,
    LEASE,
    LEKKE_BAND_AT,
    NL_ADRES,
    NL_HOME_AT,
    NL_IBAN,
    REPARATIE,
    WERKPLAATS,
    fix,
    near,
    obj,
    signature,
)
from eval_families47_sdk import (
    aq_event,
    aq_session,
    bm_bid,
    ck_session,
    cw_batch,
    cw_identify,
)
from eval_families47_svc import ms_events, ms_reverse, ms_search, qp_confirm, qp_sepa
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("spaakwerk", "Spaakwerk", "com.example.spaakwerk", "5.3.2",
          "https://api.spaakwerk.example.com")
IID = "X-Spaakwerk-Toestel"
WW = "Gracht-Fiets-2025!"
KLANT = "SW-1047718"  # her customer number (id.user)
DOB_NL = "17-05-1991"
VRIEND = ("Daan Visser", "+31655501873")  # a colleague she invites (contact.*)
R_URL = f"https://api.spaakwerk.example.com/v2/reparaties/{REPARATIE}/status"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("nl-NL,nl;q=0.9,en;q=0.8", DEV)
    return h


def _adres() -> dict[str, Any]:
    return {"straat": L(NL_ADRES["straat"], ADDR), "huisnummer": L(NL_ADRES["huisnummer"], ADDR),
            "postcode": L(NL_ADRES["postcode"], COARSE),
            "woonplaats": L(NL_ADRES["woonplaats"], COARSE)}


def spaakwerk() -> list[Case]:
    rng = random.Random(4711)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), klantnummer=L(KLANT, UID)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(NL_HOME_AT, 5)
    lla, llo = fix(LEKKE_BAND_AT)
    ula, ulo = fix((52.362951, 4.872388), 5)
    status = at_path(case(f, R_URL, headers=_h(rng, **b)), REPARATIE, BUY)
    return [
        case(f, f"{a}/v2/account/registreren", headers=_h(rng), body={
            "voornaam": L(FIRST, NAMEC), "achternaam": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "wachtwoord": L(WW, CRED), "telefoonnummer": L(PHONE, TEL),
            "geboortedatum": L(DOB_NL, BIRTH), "nieuwsbrief": False, "voorwaarden": True}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "gebruikersnaam": L(EMAIL, MAIL),
            "wachtwoord": L(WW, CRED), "client_id": "spaakwerk-android"}),
        case(f, f"{a}/v2/mij", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/lease/offerte", headers=_h(rng, **b), body={
            "abonnement": "deluxe7", "maandprijs": "19.90", "borg": "0.00",
            "postcode": L(NL_ADRES["postcode"], COARSE), "startdatum": "2025-12-12"}),
        case(f, f"{a}/v2/lease/contract", headers=_h(rng, **b), body={
            "naam": L(NAME, NAMEC), "geboortedatum": L(DOB_NL, BIRTH),
            "telefoonnummer": L(PHONE, TEL), "email": L(EMAIL, MAIL),
            "adres": {**_adres(), "land": L("NL", COARSE)}, "bsn": L(BSN, NATID),
            "iban": L(NL_IBAN, PAY), "contractnummer": L(LEASE, BUY),
            "abonnement": L("deluxe7", BUY), "maandbedrag": L("19.90", BUY),
            "handtekening": L(signature(rng, 28), MOTION), "akkoordAv": True}),
        multipart(f, f"{a}/v2/lease/identiteit", [
            ("document", "paspoort.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NATID}")),
            ("gegevens", None, "application/json", {
                "documentType": "paspoort", "documentnummer": L(PASSPORT, NATID),
                "geldigTot": "2032-03-14", "nationaliteit": "USA",
                "contract": L(LEASE, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/lease/bezorging", headers=_h(rng, **b), body={
            "contract": L(LEASE, BUY), "tijdvak": "2025-12-12T18:00/20:00",
            "adres": _adres(), "locatie": {"lat": hla, "lon": hlo},
            "opmerking": L("Bel aan bij Doe, tweede verdieping, geen lift", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/fietsen/{FIETS['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/fietsen/{FIETS['id']}/ontgrendelen", headers=_h(rng, **b), body={
            "slot": FIETS["slot"], "ble": FIETS["ble"], "accu": FIETS["accu"],
            "sleutel": L(opaque(rng, "ek_", 32), CRED), "locatie": {"lat": ula, "lon": ulo}}),
        case(f, f"{a}/v2/reparaties", headers=_h(rng, **b), body={
            "fiets": FIETS["id"], "frame": FIETS["frame"], "probleem": "lekke_band_achter",
            "omschrijving": L("Achterband lek op de Stadhouderskade, kan niet verder", TEXT),
            "locatie": {"lat": lla, "lon": llo, "nauwkeurigheid": 6},
            "ophalen": True, "ordernummer": L(REPARATIE, BUY)}),
        multipart(f, f"{a}/v2/reparaties/{REPARATIE}/fotos", [
            ("foto", "band.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("info", None, "application/json", {"fiets": FIETS["id"], "kant": "achter"})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/v2/werkplaatsen", headers=_h(rng, **b), query={
            "lat": L(f"{NL_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{NL_HOME_AT[1]:.3f}", PRECISE),
            "straal": "2000", "open": "nu"}),
        case(f, f"{a}/v2/afspraken", headers=_h(rng, **b), body={
            "werkplaats": dict(WERKPLAATS), "tijdslot": "2025-12-15T08:30",
            "reparatie": L(REPARATIE, BUY), "kosten": L("12.50", BUY),
            "herinnering": "sms"}),
        case(f, f"{a}/v2/betalingen", fmt="form", headers=_h(rng, **b), body={
            "reparatie": L(REPARATIE, BUY), "bedrag": L("12.50", BUY), "valuta": "EUR",
            "methode": "ideal", "bank": "ABNANL2A", "terugUrl": "spaakwerk://betaald"}),
        case(f, f"{a}/v2/verzekering", headers=_h(rng, **b), body={
            "contract": L(LEASE, BUY), "product": L("diefstal_plus", BUY),
            "premie": L("4.50", BUY), "eigenRisico": "25.00"}),
        case(f, f"{a}/v2/fietsen/{FIETS['id']}/slotlog", fmt="msgpack", headers=_h(rng, **b),
             body={"sessie": obj(rng, "bs", 10), "ble": FIETS["ble"], "rssi": -61,
                   "accu": FIETS["accu"], "toestel": L(INSTALL_ID, DID), "pogingen": 2,
                   "firmware": "3.0.7"}),
        case(f, f"{a}/v2/account/adres", fmt="form", headers=_h(rng, **b), body={
            **_adres(), "land": L("NL", COARSE), "ingangsdatum": "2025-12-20"}),
        case(f, f"{a}/v2/vrienden/uitnodigen", headers=_h(rng, **b), body={
            "naam": L(VRIEND[0], NAMEC), "telefoonnummer": L(VRIEND[1], TEL),
            "bericht": L("Eerste maand gratis met mijn code!", TEXT), "code": "JANE-SPW"}),
        case(f, f"{a}/v2/lease/opzeggen", headers=_h(rng, **b), body={
            "contract": L(LEASE, BUY), "einddatum": "2026-03-12",
            "reden": L("Ik ga in maart terug naar New York", TEXT), "ophalen": True}),
        case(f, f"{a}/v2/apparaten", headers=_h(rng, **b), body={
            "pushtoken": L(push_token(rng), DID), "toestel": L(INSTALL_ID, DID),
            "taal": L("nl_NL", DEV), "tijdzone": L("Europe/Amsterdam", DEV),
            "model": L("Pixel 8", DEV), "systeem": L("Android 14", DEV)}),
        case(f, f"{a}/v2/gebeurtenissen", gz=True, headers=_h(rng, **b), body={
            "gebruiker": L(USER_ID, UID), "gebeurtenissen": [
                ev("contract_getekend", 1), ev("reparatie_gemeld", 2, soort="band"),
                ev("scherm", 3, scherm=L("Reparatiestatus", USAGE))]}),
        case(f, f"{a}/v2/facturen", headers=_h(rng, how="none"), cookies={
            "spw_sessie": L(opaque(rng, "", 40), CRED), "spw_toestel": L(INSTALL_ID, DID),
            "spw_req": rid(rng)}),
    ]


def spaakwerk_sdks() -> list[Case]:
    rng = random.Random(4712)
    ams = {"region": "NH", "city": "Amsterdam", "zip": "1054"}
    return [
        cw_batch(APP, rng, [("Lease Signed", {"plan": L("deluxe7", BUY), "monthly": 19.9}),
                            ("Repair Reported", {"kind": "flat_tyre"}),
                            ("Shop Search", {"q": L("fietsenmaker oud-west", SEARCH)})],
                 at=NL_HOME_AT, nd=2, tz="Europe/Amsterdam", locale="nl-NL"),
        cw_identify(APP, rng, {"woonplaats": L("Amsterdam", COARSE), "klantnummer": L(KLANT, UID),
                               "abonnement": L("deluxe7", BUY), "taal": L("nl", DEV)}),
        aq_session(APP, rng, first=True),
        aq_event(APP, rng, "lease_started", {"contract": L(LEASE, BUY), "plan": "deluxe7"},
                 revenue=19.9, currency="EUR", hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, geo_ip=ams, country="NLD",
               keywords="fiets,lease,amsterdam"),
        ck_session(APP, rng, tz="Europe/Amsterdam"),
        qp_sepa(APP, rng, NL_IBAN),
        qp_confirm(APP, rng, "12.50", "eur"),
        ms_search(APP, rng, "fietsenmaker Kinkerstraat", SEARCH, near=NL_HOME_AT, nd=3,
                  lang="nl", country="nl"),
        ms_reverse(APP, rng, LEKKE_BAND_AT, PRECISE, nd=5),
        ms_events(APP, rng, [near(LEKKE_BAND_AT, rng, 0.0003), LEKKE_BAND_AT], PRECISE),
    ]
