"""A humanist association's members' app "Pensier Libaro" (a national association of atheists
and agnostics; she is a member of its Venice-Mestre circle; its API's keys are Venetian,
ASCII-folded: ``nome`` / ``cognome``, ``email``, ``telefono``, ``ciave``, ``data_de_nassita``,
``codese_fiscal``, ``indirisso``, ``comun``, ``cap``, ``convinsion`` conviction (``atea``),
``tesara`` membership card, ``quota`` fee, ``sircolo`` circle, ``batizo`` baptism, ``cesa``
church, ``parochia`` parish, ``fiducia`` trustee, ``volontà`` wishes, ``rianimasion``,
``nutrision``, ``donasion_organi``, ``firma`` signature, ``fio`` son, ``scola``, ``clase``,
``sielta`` choice, ``petision``, ``dono`` donation, ``serimonia`` ceremony, ``mesajo``,
``serca``, ``posission``): joining (her conviction), an OAuth password grant, ``/mi``, the fee,
a de-baptism request to her childhood parish (the letter as PDF), her living will (gzip), the
school opt-out of Catholic religion class for her son, events near her, a seat at a talk, the
check-in with her fix, a petition signed, a donation, a forum post, a photo, a search, a
secular funeral wish, the card by number in the path, a newsletter cookie, push and events."""

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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families263_kit import (
    CF,
    CIRCLE,
    CIRCLE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families263_sdk import bb_bid, cc_crash, cc_crumb, mc_batch, mc_identify, tf_event
from eval_families263_svc import cb_save, cz_card, cz_confirm, hf_message, mb_route, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("libaro", "Pensier Libaro", "com.example.pensierlibaro", "2.2.7",
          "https://api.pensierlibaro.example.org")
IID = "X-PL-Device"
PW = "Ipazia#Mestre415"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
PET = "via-i-crocefissi-da-le-aule"  # a legible petition slug (political opinion)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def libaro() -> list[Case]:
    rng = random.Random(26321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tesara=L(MEMBER, UID),
                                    sircolo=L(CIRCLE["name"], SENS)))}
    cla, clo = fix(CIRCLE_FIX, 5)
    card = at_path(case(f, f"{a}/v1/tesare/{MEMBER}", headers=_h(rng, **b),
                        query={"formato": "pdf"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/iscrision", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefono": L(E164, TEL), "ciave": L(PW, CRED), "data_de_nassita": L(DOB, BIRTH),
            "codese_fiscal": L(CF, NID), "indirisso": L(HOME["line"], ADDR),
            "comun": L(HOME["town"], COARSE), "cap": L(HOME["post"], COARSE),
            "convinsion": L("atea", SENS), "sircolo": L(CIRCLE["id"], SENS),
            "tesara": L(MEMBER, UID), "quota": L(35, BUY), "newsletter": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pensierlibaro-android"}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/quote/paga", fmt="form", headers=_h(rng, **b), body={
            "tesara": L(MEMBER, UID), "ano": "2026", "inporto": L("35.00", BUY), "valuta": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/sbatezo", headers=_h(rng, **b), body={
            "nome": L(f"{FIRST} {LAST}", NAMEC), "data_de_nassita": L(DOB, BIRTH),
            "batizo": {"data": L("1991-07-14", SENS),
                       "parochia": L("St. Brendan Catholic Church, Columbus, Ohio", SENS),
                       "confession": L("cattolica", SENS)},
            "richiesta": L("Chiedo l'annotazione della mia volontà di non essere più "
                           "considerata appartenente alla Chiesa cattolica", f"{TEXT}|{SENS}"),
            "tesara": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/sbatezo/letera", [
            ("letera", "sbatezo_firmado.pdf", "application/pdf", L(PDF, f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"tesara": L(MEMBER, UID),
                                                "spedia_a": "parochia", "raccomandata": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/testamento_biologico", gz=True, headers=_h(rng, **b), body={
            "codese_fiscal": L(CF, NID),
            "fiducia": {"nome": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL)},
            "volonta": {"rianimasion": L(False, MED), "nutrision_artificial": L(False, MED),
                        "ventilasion": L("solo temporanea", MED),
                        "donasion_organi": L(True, MED), "sedasion_palliativa": L(True, MED)},
            "firma": L(f"{FIRST} {LAST}", NAMEC), "deposito": "comun_chioggia"}),
        case(f, f"{a}/v1/scola/esonero", headers=_h(rng, **b), body={
            "fio": {"nome": L(SON["first"], NAMEC), "cognome": L(SON["last"], NAMEC),
                    "data_de_nassita": L(SON["dob"], BIRTH), "codese_fiscal": L(SON["cf"], NID)},
            "scola": "ic_cioza2_primaria", "clase": "5B",
            "sielta": L("nessun insegnamento della religione cattolica", SENS),
            "alternativa": "studio_assistito"}),
        case(f, f"{a}/v1/eventi/visin", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE),
            "km": "40"}),
        case(f, f"{a}/v1/eventi/ev_darwin26/posti", fmt="form", headers=_h(rng, **b), body={
            "posti": "2", "tesara": L(MEMBER, UID),
            "acompagnador": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/eventi/ev_darwin26/checkin", headers=_h(rng, **b), body={
            "posission": {"lat": cla, "lng": clo},
            "sala": {"id": CIRCLE["id"], "lat": CIRCLE["lat"], "lng": CIRCLE["lon"]},
            "tesara": L(MEMBER, UID)}),
        at_path(case(f, f"{a}/v1/petision/{PET}/firma", headers=_h(rng, **b), body={
            "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "comun": L(HOME["town"], COARSE), "sostegno": L(PET, SENS), "pubblica": False}),
            PET, SENS),
        case(f, f"{a}/v1/doni", fmt="form", headers=_h(rng, **b), body={
            "campagna": L("sbatezo-day", SENS), "inporto": L("20", BUY), "valuta": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "anonimo": "false"}),
        case(f, f"{a}/v1/forum/post", headers=_h(rng, **b), body={
            "discussion": obj(rng, "th"), "sircolo": L(CIRCLE["id"], SENS),
            "testo": L("Me fio Nicolò el xe l'unico de la clase che no fa religion, la maestra "
                       "lo manda in coridoio. Qualcun ga esperienza?",
                       f"{TEXT}|{SENS}|{NAMEC}")}),
        multipart(f, f"{a}/v1/album/foto", [
            ("foto", "darwin_day.jpg", "image/jpeg", L(JPEG + b"\x26", MEDIA)),
            ("meta", None, "application/json", {
                "album": "darwin-day-2026",
                "didascalia": L("Darwin Day al sircolo con Marco", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/serca", headers=_h(rng, **b), query={
            "serca": L("funerale laico Venesia", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/v1/volonta/funerale", headers=_h(rng, **b), body={
            "tipo": L("laico", SENS), "cremasion": L(True, SENS),
            "nota": L("Nessun prete, musica de Bach e le poesie de Emily Dickinson",
                      f"{TEXT}|{SENS}"),
            "contato": {"nome": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL)}}),
        card,
        case(f, f"{a}/v1/newsletter", headers=_h(rng, how="none"), cookies={
            "pl_sess": L(opaque(rng, "", 40), CRED), "pl_dev": L(INSTALL_ID, DID),
            "pl_pref": W({"temi": [L("laicità", SENS), L("scola", SENS)],
                          "lengua": L("it", DEV)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "it_IT")),
        case(f, f"{a}/v1/eventi/app", gz=True, headers=_h(rng, **b), body={
            "doparador": L(USER_ID, UID), "eventi": [
                ev("petision_firmada", 1, petision=L(PET, SENS)),
                ev("schermo", 2, schermo=L("Sbatezo", USAGE))]}),
    ]


def libaro_sdks() -> list[Case]:
    rng = random.Random(26322)
    return [
        mc_batch(APP, rng, [("Petition Signed", {"petition": L("via-i-crocefissi-da-le-aule",
                                                               SENS)}),
                            ("Event Booked", {"event": "ev_darwin26"})],
                 at=CIRCLE_FIX, nd=2),
        mc_identify(APP, rng, {"sircolo": L(CIRCLE["name"], SENS), "tesara": L(MEMBER, UID),
                               "comun": L("Chioggia", COARSE)}),
        tf_event(APP, rng, "donation", {"campagna": L("sbatezo-day", SENS)}, revenue=20.0,
                 currency="EUR"),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="libri,scienza,eventi"),
        cc_crash(APP, rng, ("java.io.FileNotFoundException", "sbatezo_firmado.pdf"),
                 [cc_crumb("nav", "Home -> Sbatezo"), cc_crumb("tap", "allega_letera")],
                 screen="SbatezoActivity"),
        pc_register(APP, rng, lang="it", at=HOME_AT, nd=2,
                    tags={"sircolo": L(CIRCLE["id"], SENS), "petision": True}),
        cb_save(APP, rng, {"analytics": True, "marketing": False}),
        cz_card(APP, rng, email=True),
        cz_confirm(APP, rng, "20.00"),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((CIRCLE["lat"], CIRCLE["lon"]), None)],
                 mode="transit"),
        hf_message(APP, rng, L("La ricevuta del mio sbatezo non e' mai arrivata dalla parrocchia",
                               f"{TEXT}|{SENS}"), {"tesara": L(MEMBER, UID)}),
    ]
