"""A Catholic lay family association's app "Jakobusfamilje" (the family association attached to
St. Jakobus, Ramsloh: family weekends, a cycling pilgrimage, a used-clothes collection, mission
donations; its API's keys are Saterland Frisian, lower case: ``foarnoome``, ``tounoome``,
``telefon``, ``paaswoud``, ``gebuurtsdai``, ``adresse``, ``gloowe`` faith, ``saerkengemeente``
parish, ``famieljenumer`` family number, ``lide`` members, ``oolder`` age, ``bidraach`` dues,
``bedraach``, ``spende`` donation, ``fonds``, ``pilgertoch`` pilgrimage, ``klodere`` clothes,
``saake`` sacks, ``steede``, ``breedte``/``lengte``, ``foarbede`` intercession, ``doopdoatum``
baptism date, ``doopsaerke`` church of baptism, ``kommunioun`` first communion, ``naricht``,
``saike``): registration (her faith, the family), a log-in, ``/ik``, dues (SEPA), a family
weekend retreat, the cycling pilgrimage to Bethen and its protobuf beat, a clothes collection
from her house, a mission donation, an intercession for her mother-in-law, an album photo, a
message to the chaplain, the family record by number in the path, volunteers for the parish
fair, Tammo's first-communion group, a search, a receipt by cookie, push and events."""

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
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families282_kit import (
    CHURCH,
    CHURCH_FIX,
    DE_IBAN,
    FAM_NO,
    HOME,
    HOME_AT,
    HUSBAND,
    SON,
    fix,
    hd,
    push,
)
from eval_families282_sdk import ct_crash, ct_crumb, mr_batch, mr_identify, mr_pixel, ts_event
from eval_families282_svc import ce_save, cs_card, cs_confirm, hs_message, ms_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jakobusfamilje", "Jakobusfamilje", "com.example.jakobusfamilje", "1.9.3",
          "https://api.jakobusfamilje.example.org")
IID = "X-JF-Device"
PW = "Bethen2026*Fiets"
KID = f"{SON['first']} {SON['last']}"
BETHEN = (52.85691, 8.04577)  # the pilgrimage's destination (a public shrine: negative)
ROAD_FIX = (52.941873, 7.972415)  # her phone on the pilgrimage ride


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def jakobusfamilje() -> list[Case]:
    rng = random.Random(28241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), famieljenumer=L(FAM_NO, UID),
                                    ferbaand=L("Familienbund St. Jakobus Ramsloh", SENS)))}
    _rla, _rlo = fix(ROAD_FIX)
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(FAM_NO, UID)), (2, "pilgertoch_bethen_26"), (3, 1781856000),
               (4, [(1, L(ROAD_FIX[0], PRECISE)), (2, L(ROAD_FIX[1], PRECISE)), (3, 18.5)]),
               (5, L(47, DEV))], "", lab)
    rec = at_path(case(f, f"{a}/api/famieljen/{FAM_NO}", headers=_h(rng, **b)), FAM_NO, UID)
    return [
        case(f, f"{a}/api/anmaeldenge", headers=_h(rng), body={
            "foarnoome": L(FIRST, NAMEC), "tounoome": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "paaswoud": L(PW, CRED), "gebuurtsdai": L(DOB, BIRTH),
            "adresse": L(f"{HOME['line']}, {HOME['post']} {HOME['town']}", ADDR),
            "gloowe": L("roomsk-katholsk", SENS), "saerkengemeente": L(CHURCH["name"], SENS),
            "famieljenumer": L(FAM_NO, UID),
            "lide": [{"noome": L(HUSBAND[0], NAMEC), "rolle": "mon"},
                     {"noome": L(KID, NAMEC), "gebuurtsdai": L(SON["dob"], BIRTH),
                      "rolle": "suun"}]}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "paaswoud": L(PW, CRED), "apparoat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/ik", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/bidraach", headers=_h(rng, **b), body={
            "famieljenumer": L(FAM_NO, UID), "jier": 2026, "bedraach": L(36, BUY),
            "iban": L(DE_IBAN, PAY), "kontoinhaber": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/termine", headers=_h(rng, **b), query={
            "ferbaand": "fb_stj_rmsl", "fon": "2026-03-01", "kiend": "alle"}),
        case(f, f"{a}/api/termine/tm_famwe_26/anmaeldenge", headers=_h(rng, **b), body={
            "famieljenumer": L(FAM_NO, UID), "kiend": L("family retreat with Mass", SENS),
            "persoonen": [{"noome": L(f"{FIRST} {LAST}", NAMEC)},
                          {"noome": L(HUSBAND[0], NAMEC)},
                          {"noome": L(KID, NAMEC), "oolder": L(SON["age"], BIRTH)}],
            "iten": "vegetarisk", "bedraach": L(145, BUY)}),
        case(f, f"{a}/api/pilgertoch", headers=_h(rng, **b), body={
            "toch": "pilgertoch_bethen_26", "pilgerziel": L("Bethen Marian shrine", SENS),
            "famieljenumer": L(FAM_NO, UID), "fiets": "e-bike", "noodtelefon": L(HUSBAND[1], TEL),
            "ziel": {"breedte": BETHEN[0], "lengte": BETHEN[1]}}),
        raw(f, f"{a}/api/pilgertoch/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/klodere", headers=_h(rng, **b), body={
            "adresse": L(HOME["line"], ADDR), "oard": L(HOME["town"], COARSE),
            "steede": {"breedte": hla, "lengte": hlo}, "saake": 3, "dai": "2026-03-21",
            "famieljenumer": L(FAM_NO, UID)}),
        case(f, f"{a}/api/spende", fmt="form", headers=_h(rng, **b), body={
            "fonds": L("mission-tansania", SENS), "bedraach": L("40", BUY), "wiehrenge": "EUR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "quittung": "ja"}),
        case(f, f"{a}/api/foarbede", headers=_h(rng, **b), body={
            "tekst": L("Please pray for my mother-in-law Gesina Deeken, she had a small stroke "
                       "last week.", f"{TEXT}|{SENS}|{MED}|{NAMEC}"),
            "sichtboar": "praeses"}),
        multipart(f, f"{a}/api/album", [
            ("foto", "erntedank.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("meta", None, "application/json", {
                "album": "erntedank-2025",
                "unnerschrift": L("Harvest festival Mass, our crown of wheat", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/naricht", headers=_h(rng, **b), body={
            "an": "praeses_stj",
            "tekst": L("Father, may Hinnerk and I bring the Easter candle for the family weekend?",
                       f"{TEXT}|{SENS}")}),
        rec,
        case(f, f"{a}/api/helpers", fmt="form", headers=_h(rng, **b), body={
            "fest": "pfarrfest_2026", "stand": "kuchen", "telefon": L(E164, TEL),
            "famieljenumer": L(FAM_NO, UID)}),
        case(f, f"{a}/api/kommunioun", headers=_h(rng, **b), body={
            "baiden": {"foarnoome": L(SON["first"], NAMEC), "tounoome": L(SON["last"], NAMEC),
                       "gebuurtsdai": L(SON["dob"], BIRTH), "doopdoatum": L("2015-08-23", SENS),
                       "doopsaerke": L(CHURCH["name"], SENS)},
            "grupe": L("first-communion-2027", SENS), "famieljenumer": L(FAM_NO, UID)}),
        case(f, f"{a}/api/saike", headers=_h(rng, **b), query={
            "saike": L("fietspilgertoch bethen anmäldenge", SEARCH)}),
        case(f, f"{a}/api/quittungen/laast", headers=_h(rng, how="none"), cookies={
            "jf_sesjoon": L(opaque(rng, "", 40), CRED), "jf_device": L(INSTALL_ID, DID),
            "jf_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/evente", gz=True, headers=_h(rng, **b), body={
            "bruker": L(USER_ID, UID), "evente": [
                ev("spende", 1, fonds=L("mission-tansania", SENS)),
                ev("skirm", 2, skirm=L("Termine", USAGE))]}),
    ]


def jakobusfamilje_sdks() -> list[Case]:
    rng = random.Random(28242)
    return [
        mr_batch(APP, rng, [("Donation", {"fund": L("mission-tansania", SENS)}),
                            ("Event Registered", {"event": "tm_famwe_26"})],
                 at=CHURCH_FIX, nd=2),
        mr_identify(APP, rng, {"ferbaand": L("Familienbund St. Jakobus", SENS),
                               "famieljenumer": L(FAM_NO, UID), "oard": L("Ramsloh", COARSE)}),
        mr_pixel(APP, rng, "Newsletter Opened", {"issue": "2026-03"}),
        ts_event(APP, rng, "donation", {"fonds": L("mission-tansania", SENS)}, revenue=40.0),
        ct_crash(APP, rng, ("java.net.SocketTimeoutException", "api/spende"),
                 [ct_crumb("nav", "Start -> Spende"), ct_crumb("tap", "spende_button")],
                 screen="SpendeActivity"),
        pg_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"saerkengemeente": L("St. Jakobus", SENS), "grupe": "famieljen"}),
        ce_save(APP, rng, {"analytics": True, "marketing": False}),
        cs_card(APP, rng, email=True),
        cs_confirm(APP, rng, "40.00"),
        ms_route(APP, rng, [(HOME_AT, PRECISE), (BETHEN, None)], mode="cycling"),
        hs_message(APP, rng, L("My donation receipt for the mission fund did not come",
                               f"{TEXT}|{SENS}"), {"famieljenumer": L(FAM_NO, UID)}),
    ]
