"""A San Gregorio Armeno nativity-figurine workshop's app "Pasturaro" (a ``puteca``, workshop, that
makes terracotta ``pasture``, crib figurines, to order: she commissions figurines of her husband,
her son and herself for the family's ``presebbio``, the crib). Its API's keys are Neapolitan,
ASCII-folded: ``nomme`` first name, ``cugnomme`` surname, ``nomme_cumpleto`` full name,
``cellulare`` mobile, ``chiave`` password (lit. "key"), ``citta`` city, ``ndirizzo`` street line,
``cap`` post code, ``stato`` state, ``codice_fiscale`` tax code (Italian loan), ``pasture``
figurines, ``pasturo`` figurine, ``faccia_'e`` (``faccia_e``) the face of, ``mestiere`` trade (a
figurine's), ``autezza`` height (of the figurine, cm), ``puteca`` workshop, ``ordene`` order,
``caparra`` deposit, ``mporto`` amount, ``metodo`` method, ``urdeme_quatte`` last four,
``pavamento`` payment, ``spedizione`` shipping, ``destinatario`` recipient, ``mmasciata`` message,
``scritto`` text, ``recensione`` review, ``stelle`` stars, ``cerca`` search, ``visita`` visit,
``perzone`` people, ``juorno`` day, ``ora`` time, ``pusizione`` position, ``lista_desiderie``
wishlist, ``regalo`` gift, ``fattura`` invoice, ``ije`` me, ``trase`` log in, ``scrizione``
sign-up, ``evente`` events, ``schermo`` screen, ``utente`` user: sign-up, log-in, ``/ije``, the
catalogue, a figurine, the commission with the family's faces, the likeness photos, the deposit,
the order by number in the path, a message about her husband's beard, shipping a figurine to her
sister in Ohio, the workshop's hours, a visit booked, a check-in at the workshop, the wishlist
(msgpack), the cart by cookie, a review, a search, a gift voucher for her mother-in-law, the
invoice with her tax code, preferences (base64 JSON in a form field), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families267_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    JANE_CF,
    MOTHER_IL,
    ORDER,
    PUTECA,
    PUTECA_FIX,
    SISTER_US,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families267_sdk import (
    bb_bid,
    bb_notice,
    cc_crash,
    cc_crumb,
    ms_batch,
    ms_identify,
    tp_event,
    tp_launch,
)
from eval_families267_svc import cz_card, cz_confirm, ht_message, ma_route, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("pasturaro", "Pasturaro", "com.example.pasturaro", "3.2.1",
          "https://api.pasturaro.example.com")
IID = "X-Pasturaro-Dispusitivo"
PW = "Presebbio!Sga2025"
NID = "personal.national_id"
CLIENT = "cl_" + USER_ID[2:]  # her customer account at the workshop (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, it=True, **kw)


def pasturaro() -> list[Case]:
    rng = random.Random(26711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cliente=L(CLIENT, UID)))}
    pla, plo = fix(PUTECA_FIX, 5)
    order = at_path(case(f, f"{a}/api/ordene/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/scrizione", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cugnomme": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "cellulare": L(E164, TEL), "chiave": L(PW, CRED), "citta": L(HOME["town"], COARSE),
            "newsletter": True, "cliente": L(CLIENT, UID)}),
        case(f, f"{a}/api/trase", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "chiave": L(PW, CRED), "ricuordame": "1"}),
        case(f, f"{a}/api/ije", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/pasture/catalogo", headers=_h(rng, **b), query={
            "categoria": "mestieri", "autezza": "12", "pagina": "1"}),
        case(f, f"{a}/api/pasture/ps_pizzaiuolo_12", headers=_h(rng, **b)),
        case(f, f"{a}/api/ordene/personalizzato", headers=_h(rng, **b), body={
            "ordene": L(ORDER, BUY), "cliente": L(CLIENT, UID), "puteca": PUTECA["id"],
            "pasture": [
                {"faccia_e": L(HUSBAND[0], NAMEC), "mestiere": "pescatore", "autezza": 12,
                 "prezzo": 140},
                {"faccia_e": L(f"{SON['first']} {SON['last']}", NAMEC), "mestiere": "zampugnaro",
                 "autezza": 10, "prezzo": 120},
                {"faccia_e": L(f"{FIRST} {LAST}", NAMEC), "mestiere": "lavannara",
                 "autezza": 12, "prezzo": 140}],
            "totale": L(400, BUY), "consegna": "2025-12-12"}),
        multipart(f, f"{a}/api/ordene/{ORDER}/foto", [
            ("foto", "ciro_profilo.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("foto2", "gennaro_fronte.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {
                "ordene": L(ORDER, BUY),
                "scritto": L("Front and profile, as the master asked", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ordene/{ORDER}/caparra", fmt="form", headers=_h(rng, **b), body={
            "mporto": L("120.00", BUY), "valuta": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "urdeme_quatte": L("4444", PAY)}),
        order,
        case(f, f"{a}/api/ordene/{ORDER}/mmasciata", headers=_h(rng, **b), body={
            "scritto": L("Maestro, Ciro now has a short grey beard and glasses; please give the "
                         "fisherman a red cap like his.", TEXT), "allegati": 0}),
        case(f, f"{a}/api/spedizione", headers=_h(rng, **b), body={
            "ordene": L(ORDER, BUY), "destinatario": {
                "nomme_cumpleto": L(SISTER_US[0], NAMEC), "ndirizzo": L(SISTER_US[3], ADDR),
                "citta": L(SISTER_US[4], COARSE), "stato": L(SISTER_US[5], COARSE),
                "cap": L(SISTER_US[6], COARSE), "paese": "US",
                "cellulare": L(SISTER_US[1], TEL)},
            "pacco": {"kg": 1.2, "assicurato": True}, "prezzo": L(38, BUY)}),
        case(f, f"{a}/api/puteca/{PUTECA['id']}/orari", headers=_h(rng, **b),
             query={"juorno": "2025-12-06"}),
        case(f, f"{a}/api/visita", headers=_h(rng, **b), body={
            "puteca": PUTECA["id"], "juorno": "2025-12-06", "ora": "11:30", "perzone": 3,
            "nomme_cumpleto": L(f"{FIRST} {LAST}", NAMEC), "cellulare": L(E164, TEL)}),
        case(f, f"{a}/api/visita/checkin", headers=_h(rng, **b), body={
            "visita": obj(rng, "vs"), "pusizione": {"lat": pla, "lng": plo, "precisione": 9},
            "puteca": {"id": PUTECA["id"], "lat": PUTECA["lat"], "lng": PUTECA["lon"]}}),
        case(f, f"{a}/api/lista_desiderie", fmt="msgpack", headers=_h(rng, **b), body={
            "utente": L(CLIENT, UID),
            "pasture": ["ps_angelo_20", "ps_cicciobello_8", "ps_benino_12"],
            "aggiornato": 1765301200}),
        case(f, f"{a}/api/carrello", headers=_h(rng, how="none"), cookies={
            "pst_sessione": L(opaque(rng, "", 40), CRED), "pst_dispusitivo": L(INSTALL_ID, DID),
            "pst_req": rid(rng)}),
        case(f, f"{a}/api/recensione", fmt="form", headers=_h(rng, **b), body={
            "puteca": PUTECA["id"], "stelle": "5",
            "scritto": L("The fisherman really has my husband's face. Worth the wait.", TEXT)}),
        case(f, f"{a}/api/cerca", headers=_h(rng, **b), query={
            "cerca": L("pastore con faccia personalizzata bambino", SEARCH), "pagina": "1"}),
        case(f, f"{a}/api/regalo/buono", headers=_h(rng, **b), body={
            "destinatario": {"nomme_cumpleto": L(MOTHER_IL[0], NAMEC),
                             "cellulare": L(MOTHER_IL[1], TEL)},
            "mporto": L(50, BUY), "scritto": L("Buon Natale, mamma Carmela!", TEXT),
            "codice_buono": opaque(rng, "BN", 8)}),
        case(f, f"{a}/api/fattura", headers=_h(rng, **b), body={
            "ordene": L(ORDER, BUY), "codice_fiscale": L(JANE_CF, NID),
            "ndirizzo": L(HOME["line"], ADDR), "cap": L(HOME["cap"], COARSE),
            "citta": L(HOME["town"], COARSE), "provincia": L(HOME["prov"], COARSE)}),
        case(f, f"{a}/api/preferenze", fmt="form", headers=_h(rng, **b), body={
            "data": W({"cliente": L(CLIENT, UID), "lengua": L("en", DEV),
                       "avvise_sms": True}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/dispusitive", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/evente", gz=True, headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "evente": [
                ev("ordene_personalizzato", 1, totale=L(400, BUY)),
                ev("schermo", 2, schermo=L("MieOrdene", USAGE))]}),
    ]


def pasturaro_sdks() -> list[Case]:
    rng = random.Random(26712)
    return [
        ms_batch(APP, rng, [("Custom Order Placed", {"total": L(400, BUY), "figures": 3}),
                            ("Deposit Paid", {"amount": L(120, BUY)})], at=HOME_AT, nd=2,
                 locale="it_IT"),
        ms_identify(APP, rng, {"citta": L("Pozzuoli", COARSE), "cliente": L(CLIENT, UID),
                               "ordini": 1}),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "purchase", {"ordene": L(ORDER, BUY)}, revenue=400.0, currency="EUR",
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="presepe,natale,artigianato"),
        bb_notice(APP, rng, "win"),
        cc_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [cc_crumb("nav", "Ordene -> Foto"), cc_crumb("tap", "add_photo")],
                 screen="FotoActivity"),
        pp_register(APP, rng, lang="it", tags={"puteca": PUTECA["id"], "natale": True}),
        cz_card(APP, rng, email=True),
        cz_confirm(APP, rng, "120.00"),
        ma_route(APP, rng, [(HOME_AT, PRECISE), ((PUTECA["lat"], PUTECA["lon"]), None)],
                 mode="transit"),
        ht_message(APP, rng, L(f"Where is my order {ORDER}? It said ready on 12 December",
                               f"{TEXT}|{BUY}"), {"cliente": L(CLIENT, UID)}),
    ]

