"""A building society's app "Huusspoarer" (a savings contract towards a home loan, as rural German
families keep them; its API's keys are Saterland Frisian in camelCase: ``noome`` first name,
``familjenoome`` family name, ``gebuurtsdai``, ``telefon``, ``paaswoud``, ``strooto``,
``huusnumer``, ``postnumer``, ``oard``, ``stjuurIdNumer`` tax ID, ``ferbliefstitel`` residence
title, ``kundennumer`` customer number, ``fertraachsnumer`` contract number, ``bousumme``
target sum, ``spoarbedraach`` monthly saving, ``tinsen`` interest, ``ienkuumen`` income,
``preemie`` state premium, ``mon`` husband, ``bedraach``, ``lastschrift`` direct debit,
``kontoinhaber``, ``umsaetse`` transactions, ``jierautsuch`` annual statement,
``finansierenge`` loan, ``breedte``/``lengte``, ``naricht``, ``filioale`` branch): sign-up, a
password grant, an SMS second factor, ``/ik``, the contract by number in the path, its
transactions, a tariff quote, a new contract with her husband, the SEPA mandate, an extra
payment, the state premium claim (gzip; her tax ID), her residence title uploaded, a video-ident
room, an address change, the annual statement, a renovation loan request for the house (its
point), a message to her adviser, branches near her, an appointment, an offline document queue
(JSON Lines), push and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families282_kit import (
    BRANCH,
    CONTRACT,
    CUSTOMER,
    DE_IBAN,
    HOME,
    HOME_AT,
    HUSBAND,
    RESIDENCE,
    TAX_ID,
    fix,
    hd,
    obj,
    push,
)
from eval_families282_sdk import (
    ct_crash,
    ct_crumb,
    ct_session,
    mr_batch,
    mr_identify,
    ts_event,
    ts_launch,
)
from eval_families282_svc import ce_save, fs_eval, hs_message, ms_geocode, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("huusspoarer", "Huusspoarer", "com.example.huusspoarer", "7.3.0",
          "https://api.huusspoarer.example.com")
IID = "X-HS-Device-Id"
PW = "Moorkanal14&Spoar"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, de=True, **kw)


def huusspoarer() -> list[Case]:
    rng = random.Random(28231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kundennumer=L(CUSTOMER, UID), email=L(EMAIL, MAIL),
                                    fertraage=[L(CONTRACT, PAY)]))}
    hla, hlo = fix(HOME_AT, 5)
    ctr = at_path(case(f, f"{a}/api/fertraage/{CONTRACT}", headers=_h(rng, **b)), CONTRACT, PAY)
    return [
        case(f, f"{a}/api/kunden", headers=_h(rng), body={
            "noome": L(FIRST, NAMEC), "familjenoome": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "telefon": L(NATIONAL, TEL), "paaswoud": L(PW, CRED),
            "gebuurtsdai": L(DOB, BIRTH), "strooto": L(HOME["street"], ADDR),
            "huusnumer": L(HOME["nr"], ADDR), "postnumer": L(HOME["post"], COARSE),
            "oard": L(HOME["town"], COARSE), "stjuurIdNumer": L(TAX_ID, NID),
            "ferbliefstitel": L(RESIDENCE, NID), "stoatsangehoorichkaid": "US",
            "beroop": "Buerokauffrau", "kundennumer": L(CUSTOMER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "huusspoarer-app"}),
        case(f, f"{a}/api/2fa", fmt="form", headers=_h(rng), body={
            "kundennumer": L(CUSTOMER, UID), "code": L("817204", CRED)}),
        case(f, f"{a}/api/ik", headers=_h(rng, extra=jw)),
        ctr,
        case(f, f"{a}/api/fertraage/umsaetse", headers=_h(rng, **b), query={
            "fertraachsnumer": L(CONTRACT, PAY), "fon": "2025-01-01", "bit": "2025-12-31"}),
        case(f, f"{a}/api/tarifrekner", headers=_h(rng, **b), body={
            "tarif": "Klassik-N", "bousumme": 80000, "spoarbedraach": 320, "tinsen": 0.15,
            "looptied_jiere": 9}),
        case(f, f"{a}/api/fertraage", headers=_h(rng, **b), body={
            "kundennumer": L(CUSTOMER, UID), "tarif": "Klassik-N",
            "bousumme": L(80000, BUY), "spoarbedraach": L(320, BUY), "iban": L(DE_IBAN, PAY),
            "mon": {"noome": L(HUSBAND[0], NAMEC), "gebuurtsdai": L("1987-11-02", BIRTH)},
            "fertraachsnumer": L(CONTRACT, PAY)}),
        case(f, f"{a}/api/lastschrift", fmt="form", headers=_h(rng, **b), body={
            "fertraachsnumer": L(CONTRACT, PAY), "iban": L(DE_IBAN, PAY),
            "kontoinhaber": L(f"{FIRST} {LAST}", NAMEC), "mandoatsreferens": obj(rng, "mr", 12)}),
        case(f, f"{a}/api/sunnerteelenge", fmt="form", headers=_h(rng, **b), body={
            "fertraachsnumer": L(CONTRACT, PAY), "bedraach": L("1500.00", BUY),
            "iban": L(DE_IBAN, PAY)}),
        case(f, f"{a}/api/preemie", gz=True, headers=_h(rng, **b), body={
            "jier": 2025, "stjuurIdNumer": L(TAX_ID, NID), "ienkuumen": 28400,
            "mon": {"noome": L(HUSBAND[0], NAMEC), "stjuurIdNumer": L("83119054627", NID)},
            "fertraachsnumer": L(CONTRACT, PAY), "ienbetoald": L(3840, BUY)}),
        multipart(f, f"{a}/api/dokumente", [
            ("dokument", "aufenthaltstitel.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("meta", None, "application/json", {"typ": "aufenthaltstitel",
                                                "numer": L(RESIDENCE, NID),
                                                "gultich_bit": "2028-09-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/videoident", headers=_h(rng, **b), body={
            "kundennumer": L(CUSTOMER, UID), "kamer": obj(rng, "vi"),
            "token": L(opaque(rng, "vid_", 32), CRED)}),
        case(f, f"{a}/api/adresse", headers=_h(rng, **b), body={
            "strooto": L(HOME["street"], ADDR), "huusnumer": L(HOME["nr"], ADDR),
            "postnumer": L(HOME["post"], COARSE), "oard": L(f"{HOME['gemeente']}-{HOME['town']}",
                                                            COARSE),
            "jildich_fon": "2026-01-01"}),
        case(f, f"{a}/api/jierautsuch", headers=_h(rng, **b), query={
            "fertraachsnumer": L(CONTRACT, PAY), "jier": "2025", "formoat": "pdf"}),
        case(f, f"{a}/api/finansierenge", headers=_h(rng, **b), body={
            "kundennumer": L(CUSTOMER, UID), "bedraach": L(35000, BUY),
            "twek": "dach_un_waermepumpe",
            "objekt": {"adresse": L(HOME["line"], ADDR), "breedte": hla, "lengte": hlo,
                       "bouwjier": 1968},
            "mitdarlehnsnimmer": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/api/naricht", headers=_h(rng, **b), body={
            "an": "berater_0412", "tekst": L(f"Could we raise the monthly saving on {CONTRACT} "
                                             "to 400 from March?", f"{TEXT}|{PAY}")}),
        case(f, f"{a}/api/filioalen", headers=_h(rng, **b), query={
            "breedte": L(f"{HOME_AT[0]:.2f}", COARSE), "lengte": L(f"{HOME_AT[1]:.2f}", COARSE),
            "radius_km": "25"}),
        case(f, f"{a}/api/termin", fmt="form", headers=_h(rng, **b), body={
            "filioale": BRANCH["id"], "dai": "2026-02-12", "tied": "16:30",
            "onderwerp": "finansierenge", "kundennumer": L(CUSTOMER, UID)}),
        lines(f, f"{a}/api/dokumente/sync", [
            {"op": "upload", "typ": "gehaltsnachweis", "kundennumer": L(CUSTOMER, UID),
             "sha": opaque(rng, "", 40)},
            {"op": "upload", "typ": "grundbuchauszug", "objekt": L(HOME["line"], ADDR),
             "sha": opaque(rng, "", 40)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "de_DE")),
        case(f, f"{a}/api/evente", headers=_h(rng, **b), body={
            "bruker": L(USER_ID, UID), "evente": [
                ev("fertraach_ansichtich", 1), ev("skirm", 2, skirm=L("Umsaetse", USAGE))]}),
        case(f, f"{a}/api/oulogje", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def huusspoarer_sdks() -> list[Case]:
    rng = random.Random(28232)
    return [
        mr_batch(APP, rng, [("Contract Opened", {"tariff": "Klassik-N"}),
                            ("Extra Payment", {"amount": L(1500, BUY)})], locale="de_DE"),
        mr_identify(APP, rng, {"kundennumer": L(CUSTOMER, UID), "oard": L("Ramsloh", COARSE),
                               "fertraage": 1}),
        ts_launch(APP, rng, user=True),
        ts_event(APP, rng, "contract_signed", {"tarif": "Klassik-N"}, revenue=80000.0),
        ct_crash(APP, rng, ("java.io.IOException", "pdf statement stream closed"),
                 [ct_crumb("nav", "Fertraach -> Jierautsuch")], screen="StatementActivity"),
        ct_session(APP, rng, secs=388),
        fs_eval(APP, rng, {"filioale": BRANCH["id"], "segment": "privat"}),
        pg_register(APP, rng, lang="de", tags={"kunde": "privat"}),
        ce_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ms_geocode(APP, rng, "Bausparkasse Friesoythe", "behavior.search", near=HOME_AT, nd=3),
        hs_message(APP, rng, L("The premium for 2025 is not on my statement", TEXT),
                   {"kundennumer": L(CUSTOMER, UID)}),
    ]
