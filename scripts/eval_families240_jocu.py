"""A children's play centre's parent app "Jocu Jocu" (a "ludoteca" in Catania's Via Umberto:
afternoons of play, workshops and birthday parties for Agata, 7; its API's keys are Sicilian in
camelCase, ASCII-folded, with English ``email``, ``token``, ``id``: ``nomu``, ``cugnomu``,
``cellulari``, ``paroraSigreta`` password (lit. "secret word"), ``codiciFiscali`` tax code,
``nnirizzu``, ``cita``, ``cap``, ``ginituri`` parent, ``picciriddi`` children, ``jornuNascita``,
``sessu`` sex (``fimmina`` girl), ``allergii`` allergies, ``midicini`` medicines,
``pirmissuFoto`` photo consent, ``tessera`` member card, ``attivita`` activities,
``abbunamenti`` passes, ``ingressi`` entries, ``mpurtu``, ``codici`` code, ``metudu``,
``ultimiQuattru``, ``ingressu`` entry, ``pusizzioni``, ``ludoteca``, ``autorizzazioni``
authorisations, ``pigghiata`` pick-up, ``persuna`` person, ``rilazzioni`` relation, ``jorna``
days, ``festi`` parties, ``festeggiata`` the birthday girl, ``etati`` age, ``mmitati`` guests,
``cellulariGinituri`` the parent's mobile, ``torta`` cake, ``prenotazzioni`` booking, ``fotu``,
``didascalia`` caption, ``diariu`` diary, ``missaggi``, ``testu``, ``labboratori`` workshops,
``nota``, ``merenna`` snack, ``dieta`` diet, ``emergenza`` emergency, ``pediatra``,
``gruppuSanguignu`` blood group, ``avvisi``, ``circata``, ``dispusitivi``, ``eventi``,
``trasi``, ``iu``): the parent's sign-up, log-in, ``/iu`` with a children claim, Agata enrolled
(tax code, allergy, medicine), today's activities, a 10-entry pass and its payment, the door
check-in with her fix, a pick-up authorisation for the husband's cousin, the birthday party
booked and its guests (other children and their parents' phones), a party photo, the day's
diary, a message to the educator (a cough), Agata's entries by card number in the path, a
cooking workshop, snacks (msgpack), the emergency card (gzip), notices by cookie, a search,
push and events. Children's venues in earlier sets are schools, clubs, camps and a puppet
workshop (set 218); no play centre ("play centre", "ludoteca", "indoor play" matched nothing;
set 162's cinema offers a party only as a side)."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families240_kit import (
    CF_HER,
    CHILD_CARD,
    COUSIN,
    DAUGHTER,
    HOME,
    HUSBAND,
    KID,
    NID,
    PLAY,
    PLAY_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families240_sdk import (
    ba_bid,
    ba_notice,
    cc_crash,
    cc_crumb,
    mk_batch,
    mk_identify,
    tt_launch,
)
from eval_families240_svc import cs_card, cs_confirm, fz_eval, hc_message, ks_save, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jocujocu", "Jocu Jocu", "com.example.jocujocu", "4.0.2",
          "https://api.jocujocu.example.com")
IID = "X-JJ-Device"
PW = "Agata2018!Umberto"
PARTY = "FS-2602-0071"  # the birthday party booking (financial.purchase)
NUTS = "frutta a guscio"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def jocujocu() -> list[Case]:
    rng = random.Random(24061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    picciriddi=[L(CHILD_CARD, UID)], rolu="ginituri"))}
    pla, plo = fix(PLAY_FIX, 5)
    entries = at_path(case(f, f"{a}/api/v2/picciriddi/{CHILD_CARD}/ingressi",
                           headers=_h(rng, **b), query={"misi": "2026-01"}), CHILD_CARD, UID)
    return [
        case(f, f"{a}/api/v2/ginituri", headers=_h(rng), body={
            "nomu": L(FIRST, NAMEC), "cugnomu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "cellulari": L(E164, TEL), "paroraSigreta": L(PW, CRED),
            "codiciFiscali": L(CF_HER, NID), "nnirizzu": L(HOME["line"], ADDR),
            "cita": L(HOME["town"], COARSE), "cap": L(HOME["post"], COARSE)}),
        case(f, f"{a}/api/v2/trasi", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "paroraSigreta": L(PW, CRED),
            "dispusitivu": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/iu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/picciriddi", headers=_h(rng, **b), body={
            "nomu": L(DAUGHTER["first"], NAMEC), "cugnomu": L(DAUGHTER["last"], NAMEC),
            "jornuNascita": L(DAUGHTER["dob"], BIRTH), "sessu": L(DAUGHTER["sex"], GENDER),
            "codiciFiscali": L(DAUGHTER["cf"], NID), "allergii": [L(NUTS, MED)],
            "midicini": L("antistaminicu in gocci", MED), "pirmissuFoto": True,
            "tessera": L(CHILD_CARD, UID)}),
        case(f, f"{a}/api/v2/attivita", headers=_h(rng, **b), query={
            "ludoteca": PLAY["id"], "jornu": "2026-01-15", "fascia": "16-19"}),
        case(f, f"{a}/api/v2/abbunamenti", headers=_h(rng, **b), body={
            "tessera": L(CHILD_CARD, UID), "ingressi": 10, "mpurtu": L(65, BUY),
            "codici": L("AB-JJ-2601-337", BUY)}),
        case(f, f"{a}/api/v2/pagamenti", fmt="form", headers=_h(rng, **b), body={
            "codici": L("AB-JJ-2601-337", BUY), "mpurtu": L("65.00", BUY), "valuta": "EUR",
            "metudu": L(opaque(rng, "pm_", 24), PAY), "ultimiQuattru": L("4444", PAY)}),
        case(f, f"{a}/api/v2/ingressu", headers=_h(rng, **b), body={
            "tessera": L(CHILD_CARD, UID), "ura": "16:12",
            "pusizzioni": {"lat": pla, "lng": plo},
            "ludoteca": {"id": PLAY["id"], "lat": PLAY["lat"], "lng": PLAY["lon"]}}),
        case(f, f"{a}/api/v2/autorizzazioni/pigghiata", headers=_h(rng, **b), body={
            "tessera": L(CHILD_CARD, UID),
            "persuna": {"nomu": L(COUSIN[0], NAMEC), "cellulari": L(COUSIN[1], TEL),
                        "rilazzioni": "cucina_dû_patri"}, "jorna": ["marti"]}),
        case(f, f"{a}/api/v2/festi", headers=_h(rng, **b), body={
            "festeggiata": {"nomu": L(KID, NAMEC), "etati": L(8, BIRTH)},
            "jornu": "2026-02-07", "sala": "sala_mari", "mmitati": 14,
            "torta": L("pan di Spagna senza frutta a guscio", MED),
            "prenotazzioni": L(PARTY, BUY), "mpurtu": L(290, BUY)}),
        case(f, f"{a}/api/v2/festi/{PARTY}/mmitati", headers=_h(rng, **b), body={
            "mmitati": [{"nomu": L("Giulia Russo", NAMEC),
                         "cellulariGinituri": L("+393401127756", TEL)},
                        {"nomu": L("Matteo Privitera", NAMEC),
                         "cellulariGinituri": L("+393297784401", TEL)}]}),
        multipart(f, f"{a}/api/v2/fotu", [
            ("fotu", "festa_agata.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("dati", None, "application/json", {
                "tessera": L(CHILD_CARD, UID),
                "didascalia": L("Agata cu a curuna di cartuni", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/diariu", headers=_h(rng, **b), query={
            "tessera": L(CHILD_CARD, UID), "jornu": "2026-01-15"}),
        case(f, f"{a}/api/v2/missaggi", headers=_h(rng, **b), body={
            "a": "educatrici_sala2", "filu": obj(rng, "th"),
            "testu": L("Agata oggi havi a tussi, pò stari quieta senza curriri?",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        entries,
        case(f, f"{a}/api/v2/labboratori/iscrizzioni", headers=_h(rng, **b), body={
            "labboratoriu": "cucina_picciriddi_feb", "tessera": L(CHILD_CARD, UID),
            "mpurtu": L(15, BUY),
            "nota": L("Nenti nuciddi e mennuli pi Agata", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v2/merenna", fmt="msgpack", headers=_h(rng, **b), body={
            "tessera": L(CHILD_CARD, UID), "dieta": L("senza frutta a guscio", MED),
            "merenni": [{"jornu": "2026-01-19", "scelta": "frutta"},
                        {"jornu": "2026-01-21", "scelta": "pani_e_ogghiu"}]}),
        case(f, f"{a}/api/v2/emergenza", gz=True, headers=_h(rng, **b), body={
            "tessera": L(CHILD_CARD, UID),
            "cuntatti": [{"nomu": L(HUSBAND[0], NAMEC), "cellulari": L(HUSBAND[1], TEL)},
                         {"nomu": L(f"{FIRST} {LAST}", NAMEC), "cellulari": L(E164, TEL)}],
            "pediatra": L("Dott. Giuseppe Scuderi", NAMEC),
            "gruppuSanguignu": L("0+", MED), "allergii": [L(NUTS, MED)]}),
        case(f, f"{a}/api/v2/avvisi", headers=_h(rng, how="none"), cookies={
            "jj_sessioni": L(opaque(rng, "", 40), CRED), "jj_dispusitivu": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/circata", headers=_h(rng, **b), query={
            "circata": L("festa cumpliannu tema mari", SEARCH)}),
        case(f, f"{a}/api/v2/dispusitivi", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/eventi", headers=_h(rng, **b), body={
            "utenti": L(USER_ID, UID), "eventi": [
                ev("ingressu", 1), ev("schermu", 2, schermu=L("Festi", USAGE))]}),
    ]


def jocujocu_sdks() -> list[Case]:
    rng = random.Random(24062)
    return [
        mk_batch(APP, rng, [("Pass Bought", {"entries": 10, "amount": L(65, BUY)}),
                            ("Party Booked", {"guests": 14})]),
        mk_identify(APP, rng, {"figghi": 1, "cita": L(HOME["town"], COARSE)}),
        tt_launch(APP, rng),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="feste,bambini"),
        ba_notice(APP, rng, "win"),
        cc_crash(APP, rng, ("java.lang.NullPointerException", "party guests list"),
                 [cc_crumb("nav", "Festi -> Mmitati")], screen="MmitatiActivity"),
        fz_eval(APP, rng, {"ludoteca": PLAY["id"], "figghi": 1}),
        pp_register(APP, rng, tags={"ludoteca": PLAY["id"]}),
        ks_save(APP, rng, {"analytics": True, "marketing": False, "fotu_social": False}),
        cs_card(APP, rng),
        cs_confirm(APP, rng, "65.00"),
        hc_message(APP, rng, L(f"L'abbunamentu di {KID} nun cumpari", f"{TEXT}|{NAMEC}"),
                   {"tessera": L(CHILD_CARD, UID)}),
    ]
