"""A canyoning guides' booking app "Forra" (``forra``: gorge; guided descents of the Purcaraccia
canyon under the Bavella needles, a July weekend from her mother-in-law's in Ajaccio). Its API's
keys are Corsican: ``inscrizzione`` sign-up, ``nome``/``casata`` first name/surname,
``telefunu`` phone, ``parolla_secreta`` password, ``data_di_nascita`` birth date, ``cita``
town, ``sorte`` outings, ``riservazione`` booking, ``tutale`` total, ``participanti``
participants, ``pesu`` weight, ``statura`` height, ``eta`` age, ``caparra`` deposit,
``token_carta`` card token, ``discaricu`` waiver, ``salute`` health, ``asma`` asthma,
``cardiacu`` heart condition, ``gravidanza`` pregnancy, ``operazione_recente`` recent
surgery, ``firma`` signature, ``locu_di_scontru`` meeting point, ``arrivu`` arrival,
``pusizione`` position, ``pusizioni`` positions, ``saltu`` jump, ``incidente`` incident,
``ritratti`` photos, ``didascalia`` caption, ``mancia`` tip, ``guida`` guide, ``valutazione``
review, ``ricerca`` search, ``annullazione`` cancellation, ``motivu`` reason, ``messaghju``
message, ``testu`` text, ``utilizatore`` user. Sign-up, log-in, ``/eiu``, availability, the
booking for the three of them, the deposit, the waiver with her recent surgery, the signature
image, the meeting point, the arrival with her fix, a protobuf beat in the canyon, an offline
msgpack queue of fixes, a small incident, a photo, the guide's album by booking in the path, a
tip, a review, a search, a cancelled second outing, a message quoting her phone, the invoice by
cookie, push and events. Canyoning is new in a grep ("canyon" matched nothing; set 104 has a
dive app, set 90 a Danube kayak rental with a waiver: a guided descent for a family with
weights, heights, a meeting point and the guide's album differs)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families164_kit import CANYON_FIX, HUSBAND, MEETING, SON, TRIP, fix, hd, obj, push
from eval_families164_sdk import bf_bid, bf_notice, mc_batch, mc_queue, tn_event, tn_launch, tn_link
from eval_families164_svc import cl_card, cl_confirm, mm_reverse, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("forra", "Forra", "com.example.forra", "1.9.4", "https://api.forra.example.com")
IID = "X-Forra-Install"
PW = "Bavella$Aiguilles7"
MEET_FIX = (41.804598, 9.241205)  # her phone at the meeting point (hers: precise)
SIGN = b"\x89PNG\r\n\x1a\n" + bytes(32)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def forra() -> list[Case]:
    rng = random.Random(16431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefunu=L(E164, TEL)))}
    mla, mlo = fix(MEET_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, L(TRIP, BUY)), (3, 1784450400),
               (4, [(1, L(CANYON_FIX[0], PRECISE)), (2, L(CANYON_FIX[1], PRECISE)),
                    (3, 512.0)]), (5, L(63, DEV))], "", lab)
    album = at_path(case(f, f"{a}/api/ritratti/{TRIP}", headers=_h(rng, **b)), TRIP, BUY)
    return [
        case(f, f"{a}/api/inscrizzione", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "casata": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefunu": L(NATIONAL, TEL), "parolla_secreta": L(PW, CRED),
            "data_di_nascita": L(DOB, BIRTH), "cita": L("Bastia", COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "parolla_secreta": L(PW, CRED),
            "apparechju": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/eiu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/sorte", headers=_h(rng, **b), query={
            "canyon": "purcaraccia", "data": "2026-07-19", "persone": "3"}),
        case(f, f"{a}/api/riservazioni", headers=_h(rng, **b), body={
            "sorta": "purcaraccia_intera", "data": "2026-07-19", "ora": "09:00",
            "riservazione": L(TRIP, BUY), "tutale": L(195, BUY), "participanti": [
                {"nome": L(f"{FIRST} {LAST}", NAMEC), "pesu": L(61, FIT), "statura": L(168, FIT)},
                {"nome": L(HUSBAND[0], NAMEC), "pesu": L(82, FIT), "statura": L(179, FIT)},
                {"nome": L(f"{SON['first']} {SON['last']}", NAMEC), "eta": L(10, BIRTH),
                 "pesu": L(34, FIT), "statura": L(141, FIT)}]}),
        case(f, f"{a}/api/caparra", fmt="form", headers=_h(rng, **b), body={
            "riservazione": L(TRIP, BUY), "somma": L("60.00", BUY), "valuta": "EUR",
            "token_carta": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/discaricu", headers=_h(rng, **b), body={
            "riservazione": L(TRIP, BUY), "salute": {
                "asma": L(False, MED), "cardiacu": L(False, MED), "gravidanza": L(False, MED),
                "operazione_recente": L("tumorectumia in ghjennaghju, radioterapia finita",
                                        f"{TEXT}|{MED}")},
            "firma": L(f"{FIRST} {LAST}", NAMEC), "per_u_zitellu": True, "versione": "dc_v5"}),
        multipart(f, f"{a}/api/discaricu/firma", [
            ("firma", "firma.png", "image/png", L(SIGN, MEDIA)),
            ("meta", None, "application/json", {"riservazione": L(TRIP, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/locu_di_scontru", headers=_h(rng, **b), query={
            "riservazione": L(TRIP, BUY)}),
        case(f, f"{a}/api/arrivu", headers=_h(rng, **b), body={
            "riservazione": L(TRIP, BUY), "pusizione": {"lat": mla, "lng": mlo, "prec": 14},
            "locu": {"id": MEETING["id"], "lat": MEETING["lat"], "lng": MEETING["lon"]}}),
        raw(f, f"{a}/api/sorte/battitu", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sorte/coda", fmt="msgpack", headers=_h(rng, **b), body={
            "utilizatore": L(USER_ID, UID),
            "pusizioni": [{"lat": L(round(CANYON_FIX[0] + 0.0004 * i, 6), PRECISE),
                           "lng": L(round(CANYON_FIX[1] - 0.0005 * i, 6), PRECISE),
                           "t": 1784451000 + 240 * i} for i in range(3)],
            "saltu": [{"altezza_m": 4}, {"altezza_m": 7}]}),
        case(f, f"{a}/api/incidente", headers=_h(rng, **b), body={
            "riservazione": L(TRIP, BUY), "gravita": "leggera",
            "testu": L("Petru s'hè tagliatu u ghjinochju nantu à una petra, a guida l'hà "
                       "medicatu", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/ritratti", [
            ("ritrattu", "toboga.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"riservazione": L(TRIP, BUY),
                                                "didascalia": L("U toboga grande!", TEXT)})],
            headers=_h(rng, **b)),
        album,
        case(f, f"{a}/api/mancia", fmt="form", headers=_h(rng, **b), body={
            "guida": "gd_orsu", "somma": L("20", BUY), "metodu": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/valutazione", headers=_h(rng, **b), body={
            "sorta": "purcaraccia_intera", "nota": 5,
            "testu": L("Guida attenta, acqua fresca, u nostru figliolu hà adattu!", TEXT)}),
        case(f, f"{a}/api/ricerca", headers=_h(rng, **b), query={
            "q": L("canyon facile per zitelli vicinu à Bavella", SEARCH)}),
        case(f, f"{a}/api/annullazione", fmt="form", headers=_h(rng, **b), body={
            "riservazione": L("FR-BV-260802-11", BUY), "motivu": L("Temporale previstu", TEXT),
            "rimborsu": "iè"}),
        case(f, f"{a}/api/messaghji", headers=_h(rng, **b), body={
            "filu": obj(rng, "fl"), "a": "gd_orsu",
            "testu": L("Simu in ritardu, ghjunghjimu à 9h15. U mo numeru: +1 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/fattura", headers=_h(rng, how="none"), cookies={
            "fr_sessione": L(opaque(rng, "", 40), CRED), "fr_apparechju": L(INSTALL_ID, DID),
            "fr_req": rid(rng)}),
        case(f, f"{a}/api/apparechju", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/avvenimenti", gz=True, headers=_h(rng, **b), body={
            "utilizatore": L(USER_ID, UID), "avvenimenti": [
                ev("riservazione_fatta", 1), ev("screen", 2, screen=L("Discaricu", USAGE))]}),
    ]


def forra_sdks() -> list[Case]:
    rng = random.Random(16432)
    link = U("https://forra.example.com/r", {"riservazione": L(TRIP, BUY), "src": "mail",
                                             "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Trip Booked", {"total": L(195, BUY)}),
                            ("Waiver Signed", {"people": 3})], at=CANYON_FIX, nd=3),
        mc_queue(APP, rng, [("Canyon Beat", {"alt": 512}), ("Trip Done", {})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"riservazione": L(TRIP, BUY)}, revenue=195.0,
                 hashed=True),
        bf_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=MEET_FIX, nd=2,
               keywords="canyoning,bavella,outdoor"),
        bf_notice(APP, rng, "imp"),
        mm_reverse(APP, rng, CANYON_FIX, PRECISE, nd=4),
        mm_telemetry(APP, rng, [MEET_FIX, CANYON_FIX], PRECISE),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "60.00", "eur"),
    ]
