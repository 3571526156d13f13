"""A hill town's "EUR 1 houses" app "Casuzza" (Prizzi, in the Sicani mountains south of Palermo:
the town sells abandoned houses for one euro against a guarantee and a renovation within three
years; she and her husband buy one for her mother-in-law's summers; its API's keys are Sicilian
in camelCase, ASCII-folded, with English ``email``, ``token``, ``id``, ``iban``: ``nomu``,
``cugnomu``, ``cellulari`` mobile, ``chiavi`` password, ``jornuNascita`` birth date,
``codiciFiscali`` tax code, ``citatinanza`` citizenship, ``residenza`` residence, ``nnirizzu``
street line, ``cita``, ``cap``, ``candidatu`` applicant, ``immobili`` property, ``paisi`` town,
``prezzuMassimu`` top price, ``bannu`` the tender, ``dumanna`` application, ``cumpraturi``
buyers, ``pruggettu`` project, ``geometra`` surveyor, ``garanzia`` guarantee, ``polizza``
policy, ``mpurtu`` amount, ``dipositu`` deposit, ``spisiNutaru`` notary's fees,
``intestatariu`` account holder, ``causali`` payment reference, ``sopraluogu`` site visit,
``pusizzioni`` position, ``municipiu`` town hall, ``fotu``, ``didascalia`` caption,
``perimetru`` outline, ``lavuri`` works, ``mastru`` builder, ``partitaIva`` VAT number,
``rata`` instalment, ``scadenza`` due date, ``cantieri`` building site, ``diariu`` diary,
``spisa`` expense, ``pratica`` file, ``missaggi``, ``testu``, ``bonus`` grant, ``fatturi``
invoices, ``circata`` search, ``avvisi`` notices, ``dispusitivi``, ``eventi``, ``trasi`` log
in, ``iu`` me): sign-up, log-in, ``/iu``, houses for one euro, a house's sheet, the application
with both buyers' tax codes, the project (PDF), the guarantee policy, the deposit with the
notary's fees (her IBAN), a site visit with her fix, photos, the plot's outline, a builder's
instalment, the works' status, an offline site diary (JSON Lines), her file by applicant number
in the path, a message to the town's technical office quoting her husband's phone, the
renovation grant (gzip), notices by cookie, a search, push and events. Property apps exist
(listings in sets 8, 16, 23; set 200's renovation), none a town's one-euro tender with a
guarantee ("one euro", "1 euro", "derelict", "abandoned" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families240_kit import (
    APPLICANT,
    BUILDER,
    CF_HER,
    HOME,
    HOUSE,
    HOUSE_AT,
    HUSBAND,
    IBAN,
    NID,
    TOWN,
    fix,
    hd,
    push,
)
from eval_families240_sdk import (
    ba_bid,
    cc_crash,
    cc_crumb,
    mk_batch,
    mk_identify,
    tt_launch,
    tt_link,
)
from eval_families240_svc import cs_wallet, hc_message, mu_reverse, mu_telemetry, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("casuzza", "Casuzza", "com.example.casuzza", "2.4.1", "https://api.casuzza.example.net")
IID = "X-Casuzza-Device"
PW = "Sicani#Prizzi2026"
POLICY = "PF-88214409"  # her guarantee policy (financial.purchase)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
CORNERS = [(37.722101, 13.436922), (37.722118, 13.437051), (37.722019, 13.437063),
           (37.722004, 13.436935)]  # the plot's outline (hers)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, it=True, **kw)


def casuzza() -> list[Case]:
    rng = random.Random(24041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, candidatu=L(APPLICANT, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOUSE_AT)
    lot = HOUSE["lot"]
    file_ = at_path(case(f, f"{a}/api/candidati/{APPLICANT}/pratica", headers=_h(rng, **b)),
                    APPLICANT, UID)
    return [
        case(f, f"{a}/api/candidati", headers=_h(rng), body={
            "nomu": L(FIRST, NAMEC), "cugnomu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "cellulari": L(E164, TEL), "chiavi": L(PW, CRED),
            "jornuNascita": L(DOB, "personal.birthdate"), "codiciFiscali": L(CF_HER, NID),
            "citatinanza": "statunitensi",
            "residenza": {"nnirizzu": L(HOME["line"], ADDR), "cita": L(HOME["town"], COARSE),
                          "cap": L(HOME["post"], COARSE)},
            "candidatu": L(APPLICANT, UID)}),
        case(f, f"{a}/api/trasi", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "chiavi": L(PW, CRED)}),
        case(f, f"{a}/api/iu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/immobili", headers=_h(rng, **b), query={
            "paisi": TOWN["name"], "prezzuMassimu": "1", "mqMinimi": "60", "terrazzu": "si"}),
        case(f, f"{a}/api/immobili/{lot}", headers=_h(rng, **b)),
        case(f, f"{a}/api/bannu/dumanna", headers=_h(rng, **b), body={
            "candidatu": L(APPLICANT, UID), "immobili": lot,
            "cumpraturi": [{"nomu": L(f"{FIRST} {LAST}", NAMEC),
                            "codiciFiscali": L(CF_HER, NID)},
                           {"nomu": L(HUSBAND[0], NAMEC), "codiciFiscali": L(HUSBAND[2], NID)}],
            "pruggettu": L("Casa pâ stati di me socira, cu terrazzu e cucina nova", TEXT),
            "tempiLavuri": "36 misi", "usu": "residenza_secunnaria"}),
        multipart(f, f"{a}/api/bannu/pruggettu", [
            ("pianta", "pruggettu_preliminari.pdf", "application/pdf", L(PDF, MEDIA)),
            ("dati", None, "application/json", {
                "candidatu": L(APPLICANT, UID),
                "geometra": L("Geom. Filippo Lo Coco", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/garanzia", headers=_h(rng, **b), body={
            "candidatu": L(APPLICANT, UID), "tipu": "polizza_fideiussoria",
            "polizza": L(POLICY, BUY), "mpurtu": L(5000, BUY),
            "assicuraturi": "Example Assicurazioni", "scadenza": "2029-03-31"}),
        case(f, f"{a}/api/pagamenti/dipositu", fmt="form", headers=_h(rng, **b), body={
            "mpurtu": L("1.00", BUY), "spisiNutaru": L("1850.00", BUY), "iban": L(IBAN, PAY),
            "intestatariu": L(f"{FIRST} {LAST}", NAMEC), "causali": f"acquisto {lot}"}),
        case(f, f"{a}/api/sopraluoghi", headers=_h(rng, **b), body={
            "immobili": lot, "jornu": "2026-01-10", "pusizzioni": {"lat": hla, "lng": hlo},
            "municipiu": {"lat": TOWN["hall_lat"], "lng": TOWN["hall_lon"]}}),
        multipart(f, f"{a}/api/immobili/{lot}/fotu", [
            ("fotu", "cucina.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("dati", None, "application/json", {
                "didascalia": L("U tettu dâ cucina è sfunnatu, a scala è bona", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/immobili/{lot}/perimetru", headers=_h(rng, **b), body={
            "candidatu": L(APPLICANT, UID), "fogghiu": HOUSE["sheet"],
            "particedda": HOUSE["parcel"],
            "perimetru": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in CORNERS]}),
        case(f, f"{a}/api/lavuri/rati", headers=_h(rng, **b), body={
            "mastru": {"nomu": BUILDER["name"], "partitaIva": BUILDER["vat"],
                       "telefunu": BUILDER["phone"]},
            "rata": 1, "mpurtu": L(12000, BUY), "iban": L(IBAN, PAY), "scadenza": "2026-04-30"}),
        case(f, f"{a}/api/lavuri/statu", headers=_h(rng, **b), query={
            "candidatu": L(APPLICANT, UID)}),
        lines(f, f"{a}/api/cantieri/diariu", [
            {"op": "nota", "testu": L("Arrivaru i canali pû tettu", TEXT),
             "autori": L(APPLICANT, UID)},
            {"op": "spisa", "mpurtu": L(340, BUY), "vuci": "canali di ramu"},
            {"op": "pusizzioni", "lat": L(round(HOUSE_AT[0], 5), PRECISE),
             "lng": L(round(HOUSE_AT[1], 5), PRECISE)}], headers=_h(rng, **b)),
        file_,
        case(f, f"{a}/api/missaggi", headers=_h(rng, **b), body={
            "a": "ufficiu_tecnicu",
            "testu": L("Bongiornu, a SCIA è prunta? Lunidi veni me maritu Salvatore Mangiaracina "
                       "(+39 347 118 6205) a pigghiari i carti.", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/bonus/dumanna", gz=True, headers=_h(rng, **b), body={
            "candidatu": L(APPLICANT, UID), "codiciFiscali": L(CF_HER, NID),
            "iban": L(IBAN, PAY), "spisiDocumentati": L(18400, BUY),
            "fatturi": [L("FT-2026-0041", BUY), L("FT-2026-0057", BUY)]}),
        case(f, f"{a}/api/avvisi", headers=_h(rng, how="none"), cookies={
            "cz_sessioni": L(opaque(rng, "", 40), CRED), "cz_dispusitivu": L(INSTALL_ID, DID),
            "cz_req": rid(rng)}),
        case(f, f"{a}/api/circata", headers=_h(rng, **b), query={
            "circata": L("casi cu terrazzu vista lagu", SEARCH), "paisi": TOWN["name"]}),
        case(f, f"{a}/api/dispusitivi", headers=_h(rng, **b), body=push(push_token(rng), "it_IT")),
        case(f, f"{a}/api/eventi", headers=_h(rng, **b), body={
            "utenti": L(USER_ID, UID), "eventi": [
                ev("dumanna_mannata", 1), ev("schermu", 2, schermu=L("Cantieri", USAGE))]}),
    ]


def casuzza_sdks() -> list[Case]:
    rng = random.Random(24042)
    link = U("https://casuzza.example.net/immobili", {"lot": HOUSE["lot"], "ref": "mail",
                                                      "em": L(EMAIL, MAIL)})
    return [
        mk_batch(APP, rng, [("Application Sent", {"lot": HOUSE["lot"]}),
                            ("Deposit Paid", {"amount": L(1851, BUY)})], at=HOUSE_AT, nd=3),
        mk_identify(APP, rng, {"paisi": L(TOWN["name"], COARSE),
                               "candidatu": L(APPLICANT, UID)}),
        tt_launch(APP, rng, user=True),
        tt_link(APP, rng, link),
        ba_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="casa,ristrutturazione",
               city="Catania"),
        cc_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [cc_crumb("nav", "Immobili -> Fotu"), cc_crumb("tap", "carica")],
                 screen="FotuActivity"),
        pp_register(APP, rng, lang="it", at=HOUSE_AT, nd=2,
                    tags={"paisi": L(TOWN["name"], COARSE)}),
        cs_wallet(APP, rng, "150.00", L(E164, TEL)),
        mu_reverse(APP, rng, HOUSE_AT, PRECISE, nd=4),
        mu_telemetry(APP, rng, [HOUSE_AT, (37.721893, 13.436601)], PRECISE),
        hc_message(APP, rng, L(f"A polizza {POLICY} nun risulta caricata", f"{TEXT}|{BUY}"),
                   {"candidatu": L(APPLICANT, UID)}),
    ]
