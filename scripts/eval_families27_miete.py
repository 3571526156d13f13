"""German apartment-rental app "Zimmerling" (a German company: its API's keys are German): the
user is moving from New York to a job in Berlin; searches and a saved search, a tenant
self-disclosure (Mieterselbstauskunft), a SCHUFA report, pay slips and a passport scan, enquiries
and viewings (one checked in on site), a commute estimate to her future office, the rent deposit
by IBAN, an e-signed lease and a removals request to her next home."""

from __future__ import annotations

import base64
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
    EMAIL_B64,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PHONE_NOPLUS,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import IID_UPPER, NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families27_kit import (
    AGENT_MAIL,
    AGENT_PHONE,
    BERLIN_FIX,
    DOB_DE,
    FLAT_LINE,
    FLAT_ORT,
    FLAT_PLZ,
    IBAN_DE_SPACED,
    LISTINGS_AT,
    PDF,
    WORK_DE,
    code,
)
from eval_families27_sdk import (
    atv_click,
    atv_event,
    atv_session,
    fl_crash,
    fl_crumb,
    tally_batch,
    tally_beacon,
)
from eval_families27_svc import (
    co_geocode,
    co_route,
    cr_save,
    fq_eval,
    pg_register,
    pg_tags,
    tq_sepa,
)
from eval_payloads import EMAIL, NAME, PHONE, PUBLIC_IP, USER_ID, Case, J, L, U, case

APP = App("zimmerling", "Zimmerling", "com.example.zimmerling", "2.17.0",
          "https://api.zimmerling.example.net")
IID = "X-Geraete-Id"
FLATS = ["zl_wr41a", "zl_ok12c", "zl_sk07b"]  # listings (negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _selbstauskunft() -> dict[str, Any]:
    """The tenant self-disclosure: identity, current address and contact labelled; nationality,
    marital status, job, employer, income and debts unlabelled (no taxonomy type); smoking
    ``health.medical`` (as set 25)."""
    return {"Vorname": L(FIRST, NAMEC), "Nachname": L(LAST, NAMEC),
            "Geburtsdatum": L(DOB_DE, BIRTH), "Staatsangehoerigkeit": "US",
            "Familienstand": "ledig",
            "Aktuelle_Anschrift": {"Strasse": L("Fifth Avenue", ADDR),
                                   "Hausnummer": L("350", ADDR), "Zusatz": L("Apt 4B", ADDR),
                                   "PLZ": L(ZIP, COARSE), "Ort": L(CITY, COARSE),
                                   "Land": L("USA", COARSE)},
            "Telefon": L(E164, TEL), "EMail": L(EMAIL, MAIL), "Beruf": "Produktmanagerin",
            "Arbeitgeber": "Quayside Freight GmbH", "Nettoeinkommen": 4200,
            "Beschaeftigt_seit": "2026-02-01", "Personen_im_Haushalt": 1, "Haustiere": False,
            "Raucher": L(False, MED), "Mietschulden": False, "Insolvenzverfahren": False}


def zimmerling() -> list[Case]:
    rng = random.Random(2751)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), vorname=L(FIRST, NAMEC)))}
    lease = code(rng, "ZL")
    cases = [
        case(f, f"{a}/api/v2/registrierung", headers=_h(rng), body={
            "Vorname": L(FIRST, NAMEC), "Nachname": L(LAST, NAMEC),
            "EMail": L(EMAIL_MIXED, MAIL), "Passwort": L("Altbau-Traum26", CRED),
            "Telefon": L(PHONE, TEL), "AGB_akzeptiert": True, "Newsletter": False}),
        case(f, f"{a}/api/v2/anmeldung", fmt="form", headers=_h(rng), body={
            "Benutzername": L(EMAIL, MAIL), "Passwort": L("Altbau-Traum26", CRED)}),
        case(f, f"{a}/api/v2/ich", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/suche", headers=_h(rng, auth="bearer"), query={
            "Ort": L("Berlin", SEARCH), "Bezirk": L("Kreuzberg", SEARCH), "Zimmer_min": "2",
            "Kaltmiete_max": "1400", "Flaeche_min": "55", "Balkon": "1", "Seite": "1"}),
        case(f, f"{a}/api/v2/suchauftraege", headers=_h(rng, auth="bearer"), body={
            "Name": L("2 Zimmer Kreuzberg/Neukölln", TEXT),
            "Kriterien": {"Ort": L("Berlin", SEARCH),
                          "Bezirke": [L("Kreuzberg", SEARCH), L("Neukölln", SEARCH)],
                          "Kaltmiete_max": 1400, "Zimmer_min": 2},
            "Benachrichtigung": "sofort"}),
        case(f, f"{a}/api/v2/inserate/{FLATS[0]}", query={"mit_Karte": "1"},
             headers=_h(rng, auth="bearer", lang=True)),
        case(f, f"{a}/api/v2/merkliste", headers=_h(rng, auth="bearer"), body={
            "Inserat_ID": FLATS[1], "Notiz": L("Altbau, Balkon zum Hof, nah an der U1", TEXT)}),
        case(f, f"{a}/api/v2/selbstauskunft", headers=_h(rng, auth="bearer"),
             body=_selbstauskunft()),
        multipart(f, f"{a}/api/v2/unterlagen", [
            ("Datei", "SCHUFA-BonitaetsCheck.pdf", "application/pdf", L(PDF, MEDIA)),
            ("Meta", None, "application/json", {"Typ": "schufa", "Ausgestellt_am": "2025-11-30",
                                                "Score_Klasse": "B", "Upload_ID": rid(rng)})],
            headers=_h(rng, auth="bearer")),
        multipart(f, f"{a}/api/v2/unterlagen", [
            ("Gehaltsnachweis", "Gehalt_2025-11.pdf", "application/pdf", L(PDF + b"\x07", MEDIA)),
            ("Reisepass", "reisepass.jpg", "image/jpeg", L(JPEG, f"{MEDIA}|{NATID}")),
            ("Meta", None, "application/json", {"Reisepassnummer": L(PASSPORT, NATID),
                                                "Ausstellungsland": "USA",
                                                "Gueltig_bis": "2031-04-30"})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/anfragen", headers=_h(rng, auth="bearer"), body={
            "Inserat_ID": FLATS[0], "Anrede": L("Frau", GENDER), "Vorname": L(FIRST, NAMEC),
            "Nachname": L(LAST, NAMEC), "EMail": L(EMAIL, MAIL), "Telefon": L(E164, TEL),
            "Nachricht": L("Guten Tag, ich ziehe im Februar für eine neue Stelle nach Berlin "
                           "und würde die Wohnung gern besichtigen.", TEXT),
            "Einzug_ab": "2026-03-01", "Personen": 1, "Haustiere": False,
            "Makler": {"Telefon": AGENT_PHONE, "EMail": AGENT_MAIL}}),
        case(f, f"{a}/api/v2/besichtigungen", headers=_h(rng, auth="bearer"), body={
            "Termin_ID": "tm_" + opaque(rng, "", 8), "Inserat_ID": FLATS[0],
            "Rueckruf_Telefon": L(PHONE_NOPLUS, TEL), "Bestaetigung": "push"}),
        case(f, f"{a}/api/v2/besichtigungen/tm_4c21e9/checkin", headers=_h(rng, auth="bearer"),
             body={"Position": {"Breite": L(BERLIN_FIX[0], PRECISE),
                                "Laenge": L(BERLIN_FIX[1], PRECISE)}, "Genauigkeit_m": 9,
                   "Objekt": {"Breite": LISTINGS_AT[0][0], "Laenge": LISTINGS_AT[0][1]}}),
        case(f, f"{a}/api/v2/umgebung", headers=_h(rng, auth="bearer"), query={
            "Breite": str(LISTINGS_AT[1][0]), "Laenge": str(LISTINGS_AT[1][1]),
            "Kategorien": "kita,supermarkt,ubahn"}),
        case(f, f"{a}/api/v2/pendelzeit", headers=_h(rng, auth="bearer"), body={
            "Von": {"Inserat_ID": FLATS[2]}, "Nach": L(WORK_DE, ADDR),
            "Verkehrsmittel": "oepnv", "Ankunft": "09:00"}),
        case(f, f"{a}/api/v2/kaution", headers=_h(rng, auth="bearer"), body={
            "Vertragsnummer": L(lease, BUY), "IBAN": L(IBAN_DE_SPACED, PAY),
            "Kontoinhaber": L(NAME, NAMEC), "Betrag": L("3900.00", BUY), "Waehrung": "EUR"}),
        case(f, f"{a}/api/v2/vertrag/signatur", headers=_h(rng, auth="bearer"), body={
            "Vertragsnummer": L(lease, BUY),
            "Unterschrift_png": L(base64.b64encode(PNG).decode(), MEDIA),
            "Name": L(NAME, NAMEC), "IP": L(PUBLIC_IP, IPLOC),
            "Zeitpunkt": "2025-12-09T23:48:02Z"}),
        case(f, f"{a}/api/v2/geraete", headers=_h(rng, auth="bearer"), body={
            "Push_Token": L(push_token(rng), DID), "Installations_ID": L(IID_UPPER, DID),
            "Sprache": L("en-US", DEV), "Zeitzone": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v2/ereignisse", gz=True, headers=_h(rng, auth="bearer"), body={
            "Nutzer": L(USER_ID, UID), "Ereignisse": [
                ev("suche_gestartet", 1, Treffer=48), ev("anfrage_gesendet", 2),
                ev("bildschirm", 3, Name=L("Besichtigungen", USAGE))]}),
        case(f, f"{a}/api/v2/nachrichten", query={"ungelesen": "1"}, headers=_h(rng, how="none"),
             cookies={"zl_sitzung": L(opaque(rng, "", 56), CRED),
                      "zl_geraet": L(IID_UPPER, DID)}),
        case(f, f"{a}/api/v2/premium/kauf", headers=_h(rng, auth="bearer"), body={
            "Produkt": L("zimmerling_plus_monat", BUY),
            "Bestellnummer": L("GPA.3301-8823-0147-66092", BUY),
            "Kauf_Token": L(play_token(rng), BUY), "Paket": APP.pkg}),
        case(f, f"{a}/api/v2/umzugsservice/anfrage", fmt="form", headers=_h(rng, auth="bearer"),
             body={"Vorname": L(FIRST, NAMEC), "Nachname": L(LAST, NAMEC),
                   "EMail": L(EMAIL, MAIL), "Telefon": L(E164, TEL),
                   "Umzugsdatum": "2026-02-20", "Von_PLZ": L(ZIP, COARSE),
                   "Von_Ort": L(CITY, COARSE), "Nach_Strasse": L(FLAT_LINE, ADDR),
                   "Nach_PLZ": L(FLAT_PLZ, COARSE), "Nach_Ort": L(FLAT_ORT, COARSE),
                   "Volumen_m3": "18"}),
    ]
    return cases


def zimmerling_sdks() -> list[Case]:
    rng = random.Random(2752)
    return [
        tally_batch(APP, rng, [("Listing Viewed", {"district": "Kreuzberg", "rooms": 2}),
                               ("Application Sent", {"documents": 3})]),
        tally_beacon(APP, rng, "Search", {"ort": L("Berlin", SEARCH), "zimmer": 2}),
        atv_session(APP, rng, n=6),
        atv_click(APP, rng, U("zimmerling://konto/bestaetigen", {
            "token": L(opaque(rng, "bt_", 32), CRED), "m": L(EMAIL_B64, MAIL),
            "utm_source": "email"})),
        atv_event(APP, rng, "prm4zq", revenue=9.99),
        fl_crash(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate 4194320 bytes"),
                 [fl_crumb("nav", "Unterlagen -> Upload")],
                 log=L("12-09 23:40:11 W/Upload: Reisepass_Jane_Doe.jpg 4.1 MB, compressing",
                       NAMEC), screen="UnterlagenActivity"),
        fq_eval(APP, rng, {"market": "de-berlin", "plus": False}),
        pg_register(APP, rng),
        pg_tags(APP, rng, {"suchauftrag": "kreuzberg_2zi", "ziel_plz": L(FLAT_PLZ, COARSE)}),
        cr_save(APP, rng, {"statistik": True, "marketing": False, "personalisierung": True}),
        tq_sepa(APP, rng, L(NAME, NAMEC)),
        co_geocode(APP, rng, f"{FLAT_LINE}, {FLAT_PLZ} Berlin", ADDR),
        co_route(APP, rng, BERLIN_FIX, PRECISE, LISTINGS_AT[1], None, "pedestrian"),
    ]
