"""A Naples pizza-making school's app "Furnariello" (a ``scola``, school, on Via dei Tribunali that
runs a three-month ``pizzaiuolo`` course in the evenings: she is a pupil). Its API's keys are
Neapolitan, ASCII-folded: ``nomme`` / ``cugnomme`` first name / surname, ``cellulare`` mobile,
``parola_secreta`` password ("secret word"), ``juorno_nascita`` birth date, ``codice_fiscale`` tax
code, ``ndirizzo`` street line, ``paese`` town, ``cap`` post code, ``allievo`` pupil, ``corso``
course, ``lezzione`` lesson, ``masto`` master (the instructor), ``furno`` oven, ``farina`` flour,
``acqua`` water, ``sale`` salt, ``criscito`` sourdough starter (lit. "the risen"), ``impasto``
dough, ``lievitazione`` rise (hours), ``intolleranze`` intolerances, ``esame`` exam, ``attestato``
certificate, ``rate`` instalments, ``mporto`` amount, ``pavamento`` payment, ``presenza``
attendance, ``pusizione`` position, ``didascalia`` caption, ``mmasciata`` message, ``cerca``
search, ``regalo`` gift, ``ricevute`` receipts, ``stelle`` stars, ``ije`` me, ``evente`` events:
sign-up (tax code), an OAuth password grant, ``/ije``, the courses, enrolment (her lactose
intolerance), the payment, instalments from her IBAN, the calendar, attendance with her fix, a
dough log (msgpack), a pizza photo, an oven session (protobuf), the exam booked, the result by
pupil number in the path, the certificate posted home, a message to the master (her voice), a
search, a course given to her husband, a review, receipts by cookie, an offline log sync (JSON
Lines), push and events. Sets 40 and 68 have food ordering, set 207 a festival kitchen with a
food-handler certificate; no set had a pizza school."""

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
    DID,
    E164,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families267_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    IT_ACCOUNT,
    JANE_CF,
    PUPIL,
    SCHOOL,
    SCHOOL_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families267_sdk import (
    bb_bid,
    bb_notice,
    cc_session,
    ms_batch,
    ms_queue,
    tp_event,
    tp_launch,
)
from eval_families267_svc import ca_save, cz_card, cz_confirm, ff_eval, ma_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("furnariello", "Furnariello", "com.example.furnariello", "1.9.0",
          "https://api.furnariello.example.net")
IID = "X-Furnariello-Device"
PW = "Margherita#1889"
NID = "personal.national_id"
COURSE = "cr_pzz_base_2601"  # the course (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def furnariello() -> list[Case]:
    rng = random.Random(26721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), allievo=L(PUPIL, UID),
                                    ruolo="allievo"))}
    sla, slo = fix(SCHOOL_FIX, 5)
    lab: dict[str, str] = {}
    oven = pb([(1, L(PUPIL, UID)), (2, SCHOOL["oven"]), (3, 1768330800),
               (4, [(1, 452.0), (2, 88), (3, 3)]), (5, "1.9.0")], "", lab)
    result = at_path(case(f, f"{a}/v1/esame/risultato/{PUPIL}", headers=_h(rng, **b)), PUPIL,
                     UID)
    return [
        case(f, f"{a}/v1/scrizione", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cugnomme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "cellulare": L(E164, TEL), "parola_secreta": L(PW, CRED),
            "juorno_nascita": L(DOB, BIRTH), "codice_fiscale": L(JANE_CF, NID),
            "lengua": "en", "comme_ce_cunusce": "amica"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "furnariello-android"}),
        case(f, f"{a}/v1/ije", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/corse", headers=_h(rng, **b), query={
            "livello": "base", "sera": "true", "mese": "2026-01"}),
        case(f, f"{a}/v1/corse/{COURSE}/iscrizione", headers=_h(rng, **b), body={
            "allievo": L(PUPIL, UID), "corso": COURSE, "mporto": L(650, BUY),
            "intolleranze": [L("lattosio", MED)],
            "note": L("I can taste but not eat the fior di latte", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/pavamento", fmt="form", headers=_h(rng, **b), body={
            "corso": COURSE, "mporto": L("250.00", BUY), "valuta": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "urdeme_quatte": L("4444", PAY)}),
        case(f, f"{a}/v1/rate", headers=_h(rng, **b), body={
            "corso": COURSE, "rate": 2, "mporto_rata": L(200, BUY),
            "iban": L(IT_ACCOUNT, PAY), "intestatario": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/calendario", headers=_h(rng, **b), query={
            "allievo": L(PUPIL, UID), "corso": COURSE}),
        case(f, f"{a}/v1/presenza", headers=_h(rng, **b), body={
            "lezzione": obj(rng, "lz"), "pusizione": {"lat": sla, "lng": slo},
            "scola": {"id": SCHOOL["id"], "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]}}),
        case(f, f"{a}/v1/impasto", fmt="msgpack", headers=_h(rng, **b), body={
            "allievo": L(PUPIL, UID), "farina": "00 W300", "grammi_farina": 1000,
            "acqua": 650, "sale": 28, "criscito": 150, "lievitazione": 24, "temperatura": 19.5,
            "scritto": L("Too sticky at the second fold, less water next time", TEXT)}),
        multipart(f, f"{a}/v1/foto", [
            ("foto", "margherita_lezzione6.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "lezzione": obj(rng, "lz"),
                "didascalia": L("My first round one! The cornicione finally rose", TEXT)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/furno/sessione", oven, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/esame/prenotazione", fmt="form", headers=_h(rng, **b), body={
            "allievo": L(PUPIL, UID), "sessione": "es_2026_03_14", "turno": "B"}),
        result,
        case(f, f"{a}/v1/attestato", headers=_h(rng, **b), body={
            "allievo": L(PUPIL, UID), "nomme_stampa": L(f"{FIRST} {LAST}", NAMEC),
            "codice_fiscale": L(JANE_CF, NID), "spedizione": {
                "ndirizzo": L(HOME["line"], ADDR), "paese": L(HOME["town"], COARSE),
                "cap": L(HOME["cap"], COARSE)}, "prezzo_spedizione": L(6.5, BUY)}),
        case(f, f"{a}/v1/mmasciata", headers=_h(rng, **b), body={
            "a": "masto_salvatore",
            "scritto": L("Maestro, I'll be late on Thursday: the voice clinic again, my vocal "
                         "cords", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/cerca", headers=_h(rng, **b), query={
            "cerca": L("ricetta criscito idratazione 70", SEARCH)}),
        case(f, f"{a}/v1/regalo", headers=_h(rng, **b), body={
            "corso": "cr_frittura_2602", "destinatario": {
                "nomme_cumpleto": L(HUSBAND[0], NAMEC), "email": L(HUSBAND[2], MAIL)},
            "scritto": L("Auguri Ciro, now you fry and I bake", TEXT), "mporto": L(180, BUY)}),
        case(f, f"{a}/v1/recensione", fmt="form", headers=_h(rng, **b), body={
            "corso": COURSE, "stelle": "5",
            "scritto": L("Hard work, hot ovens, the best teachers in Naples.", TEXT)}),
        case(f, f"{a}/v1/ricevute", headers=_h(rng, how="none"), cookies={
            "fr_sess": L(opaque(rng, "", 40), CRED), "fr_dev": L(INSTALL_ID, DID),
            "fr_req": rid(rng)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "impasto", "allievo": L(PUPIL, UID), "acqua": 640, "lievitazione": 48},
            {"op": "foto_pending", "lezzione": obj(rng, "lz"), "ts": 1768417200}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dispusitive", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/evente", headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "sessione": rid(rng), "evente": [
                ev("impasto_salvato", 1), ev("schermo", 2, schermo=L("Calendario", USAGE))]}),
    ]


def furnariello_sdks() -> list[Case]:
    rng = random.Random(26722)
    return [
        ms_batch(APP, rng, [("Course Enrolled", {"amount": L(650, BUY)}),
                            ("Dough Logged", {"hydration": 65})], at=SCHOOL_FIX, nd=2),
        ms_queue(APP, rng, [("Photo Uploaded", {"lesson": 6}), ("Exam Booked", {})]),
        tp_launch(APP, rng, first=True, user=True),
        tp_event(APP, rng, "purchase", {"corso": COURSE}, revenue=650.0, currency="EUR",
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="pizza,cucina,napoli"),
        bb_notice(APP, rng, "imp"),
        cc_session(APP, rng, secs=1290),
        ff_eval(APP, rng, {"scola": SCHOOL["id"], "ruolo": "allievo"}),
        ca_save(APP, rng, {"analytics": True, "marketing": False}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "250.00"),
        ma_geocode(APP, rng, "Via dei Tribunali 94", SEARCH, near=HOME_AT, nd=2),
    ]
