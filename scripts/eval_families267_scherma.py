"""The son's fencing club's parent app "Sala 'e Scherma" (a sabre club in Arco Felice, Pozzuoli:
THE CHILD'S DATA). Its API's keys are Neapolitan, ASCII-folded: ``genitore`` parent, ``tiratore``
fencer, ``criaturo`` child, ``nomme`` / ``cugnomme``, ``juorno_nascita`` birth date, ``sesso``
(``masculo``), ``codice_fiscale`` tax code, ``tessera`` (his federation card), ``arma`` weapon
(``sciabbola`` sabre), ``mano`` hand, ``certificato`` (the sports medical certificate),
``scadenza`` expiry, ``salute`` health, ``allergie``, ``asma``, ``piso`` weight, ``autezza``
height, ``occhiale`` glasses, ``quota`` fee, ``noleggio`` rental, ``maschera`` mask, ``giacca``
jacket, ``taglia`` size, ``gara`` competition, ``categoria`` (the age category), ``risultate``
results, ``assalto`` bout, ``stoccate`` touches, ``allenamento`` practice, ``ritiro`` pick-up,
``nonna`` grandmother, ``documento`` ID card, ``passaggio`` lift, ``accompagnatore`` driver,
``posti`` seats, ``mmasciata`` message, ``masto`` master (the coach), ``didascalia`` caption,
``detrazione`` tax deduction, ``ije`` me, ``trase`` log in, ``esce`` log out: the parent's sign-up,
a log-in, ``/ije``, Gennaro's registration, the medical certificate (PDF), his health form (gzip),
the fee, the calendar, a drop-off check-in with her fix, the kit rental, a competition entry,
results by card number in the path, a protobuf bout score, a practice log (msgpack), the
grandmother's pick-up authorisation, a message to the master, a competition photo, a lift to
Salerno, receipts by cookie, the sports-expense deduction, push and events. Earlier children's
sports apps (set 144's water polo, set 263's rowing, swimming, surf, judo, archery, rugby...)
exist; no fencing club ("fencing" only as geofencing; "scherma", "sabre", "epee" nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families267_kit import (
    HALL,
    HALL_FIX,
    HUSBAND,
    JANE_CF,
    MOTHER_IL,
    MOTHER_IL_CI,
    SON,
    SON_CF,
    fix,
    hd,
    obj,
    push,
)
from eval_families267_sdk import bb_bid, cc_crash, cc_crumb, ms_batch, ms_identify, tp_launch
from eval_families267_svc import (
    ca_save,
    cz_card,
    cz_confirm,
    ff_eval,
    ht_message,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("salascherma", "Sala 'e Scherma", "com.example.salascherma", "2.0.9",
          "https://api.salascherma.example.net")
IID = "X-Sala-Device"
PW = "Sciabbola!Arco10"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
CARD = SON["card"]
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def salascherma() -> list[Case]:
    rng = random.Random(26761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tiratori=[L(CARD, UID)],
                                    ruolo="genitore"))}
    hla, hlo = fix(HALL_FIX, 5)
    lab: dict[str, str] = {}
    bout = pb([(1, L(CARD, UID)), (2, obj(rng, "as")), (3, [(1, 15), (2, 11)]),
               (4, "pedana_3"), (5, 1768676400)], "", lab)
    res = at_path(case(f, f"{a}/api/tiratori/{CARD}/risultate", headers=_h(rng, **b),
                       query={"stagione": "2025-26"}), CARD, UID)
    return [
        case(f, f"{a}/api/genitore/scrizione", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cugnomme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "cellulare": L(E164, TEL), "chiave": L(PW, CRED),
            "codice_fiscale": L(JANE_CF, NID)}),
        case(f, f"{a}/api/trase", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "chiave": L(PW, CRED)}),
        case(f, f"{a}/api/ije", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/tiratori", headers=_h(rng, **b), body={
            "criaturo": {"nomme": L(SON["first"], NAMEC), "cugnomme": L(SON["last"], NAMEC),
                         "juorno_nascita": L(SON["dob"], BIRTH), "sesso": L("masculo", GENDER),
                         "codice_fiscale": L(SON_CF, NID)},
            "tessera": L(CARD, UID), "arma": "sciabbola", "mano": "mancina",
            "genitore": L(JANE_CF, NID)}),
        multipart(f, f"{a}/api/tiratori/{CARD}/certificato", [
            ("certificato", "certificato_non_agonistico.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"tessera": L(CARD, UID),
                                                "scadenza": "2026-09-30",
                                                "tipo": "non_agonistico"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tiratori/{CARD}/salute", gz=True, headers=_h(rng, **b), body={
            "allergie": [L("graminacee", MED)], "asma": L(False, MED),
            "piso": L(34, FIT), "autezza": L(142, FIT), "occhiale": L(True, MED),
            "note": L("Wears contact lenses under the mask; hay fever in May",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/quota", fmt="form", headers=_h(rng, **b), body={
            "tessera": L(CARD, UID), "stagione": "2025-26", "mporto": L("480.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "urdeme_quatte": L("4444", PAY)}),
        case(f, f"{a}/api/calendario", headers=_h(rng, **b), query={
            "tessera": L(CARD, UID), "mese": "2026-01"}),
        case(f, f"{a}/api/presenza", headers=_h(rng, **b), body={
            "tessera": L(CARD, UID), "tipo": "consegna", "pusizione": {"lat": hla, "lng": hlo},
            "sala": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        case(f, f"{a}/api/noleggio", headers=_h(rng, **b), body={
            "tessera": L(CARD, UID), "maschera": {"taglia": L("S", FIT)},
            "giacca": {"taglia": L("140", FIT)}, "sciabbola": "n.2", "mporto": L(40, BUY)}),
        case(f, f"{a}/api/gare/gr_u11_salerno/iscrizione", headers=_h(rng, **b), body={
            "tessera": L(CARD, UID), "categoria": L("Under 11", BIRTH), "arma": "sciabbola",
            "mporto": L(15, BUY)}),
        res,
        raw(f, f"{a}/api/pedana/assalto", bout, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/allenamento", fmt="msgpack", headers=_h(rng, **b), body={
            "tessera": L(CARD, UID), "minuti": 25,
            "esercizie": ["affondo", "parata_quinta", "passo_avanti"], "juorno": "2026-01-18"}),
        case(f, f"{a}/api/ritiro", headers=_h(rng, **b), body={
            "tessera": L(CARD, UID), "nonna": {
                "nomme_cumpleto": L(MOTHER_IL[0], NAMEC), "cellulare": L(MOTHER_IL[1], TEL),
                "documento": L(MOTHER_IL_CI, NID)}, "juorne": ["mar", "gio"]}),
        case(f, f"{a}/api/mmasciata", headers=_h(rng, **b), body={
            "a": "masto_sciabbola",
            "scritto": L("Maestro, Gennaro sprained his wrist at school, he skips Thursday",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/api/foto", [
            ("foto", "gennaro_podio.jpg", "image/jpeg", L(JPEG + b"\x88", MEDIA)),
            ("meta", None, "application/json", {
                "gara": "gr_u11_salerno",
                "didascalia": L("Bronze in Salerno!", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/passaggio", headers=_h(rng, **b), body={
            "gara": "gr_u11_salerno", "posti": 3, "accompagnatore": {
                "nomme_cumpleto": L(HUSBAND[0], NAMEC), "cellulare": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/ricevute", headers=_h(rng, how="none"), cookies={
            "ss_sess": L(opaque(rng, "", 40), CRED), "ss_dev": L(INSTALL_ID, DID),
            "ss_req": rid(rng)}),
        case(f, f"{a}/api/detrazione", headers=_h(rng, **b), body={
            "criaturo": L(SON_CF, NID), "genitore": L(JANE_CF, NID), "anno": 2025,
            "totale": L(520, BUY)}),
        case(f, f"{a}/api/dispusitive", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/evente", headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "evente": [
                ev("gara_iscritto", 1), ev("schermo", 2, schermo=L("Calendario", USAGE))]}),
    ]


def salascherma_sdks() -> list[Case]:
    rng = random.Random(26762)
    return [
        ms_batch(APP, rng, [("Fee Paid", {"amount": L(480, BUY)}),
                            ("Competition Entered", {"weapon": "sabre"})]),
        ms_identify(APP, rng, {"ruolo": "genitore", "figli": 1, "paese": L("Pozzuoli", COARSE)}),
        tp_launch(APP, rng),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sport,bambini,scherma"),
        cc_crash(APP, rng, ("java.lang.NullPointerException", "bout row"),
                 [cc_crumb("nav", "Risultate -> Assalto")], screen="RisultateActivity"),
        ff_eval(APP, rng, {"sala": HALL["id"], "figli": 1}),
        pp_register(APP, rng, tags={"sala": HALL["id"], "arma": "sciabbola"}),
        ca_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "480.00"),
        ht_message(APP, rng, L(f"The fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"tessera": L(CARD, UID)}),
    ]
