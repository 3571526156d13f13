"""A hyperbaric-chamber clinic's app "Buzo Raya" (``buzo``: diver, the coast's Spanish word;
``raya``: life; Bilwi's chamber treats lobster divers with decompression sickness; her husband
dived for lobster until a bend in 2019 left his legs weak; she is his caregiver and the
account holder). Its API's keys are Miskito with clinical Spanish: ``nina``/``kiamka``
first/family name, ``nina_sut`` full name, ``imel``, ``telefon``, ``ki`` password, ``kod``
code, ``sedula`` ID number, ``kaiki_upla`` caregiver (lit. "person who watches"), ``siknis_upla``
patient (lit. "sick person"), ``ekspidiente`` clinical record number, ``kainara_yu`` birth
date, ``waikna_mairin`` sex (``waikna`` man), ``inss_namba`` social-security number,
``siknis`` illness, ``sika`` medicine, ``kamara`` chamber, ``sesion`` session, ``li_tilara``
under water (diving history), ``pies`` feet (depth), ``mani`` years, ``dolor`` pain (Spanish),
``siknis_naiwa`` today's complaint, ``kiama_siknis`` ear trouble, ``waia_mitro`` metres walked,
``mita_ulbanka`` signature, ``utla_pliska`` house address,
``lalah`` amount, ``lilka`` photo, ``bila`` message, ``plikanka`` search. Caregiver sign-up,
an SMS code, ``/me``, her husband's patient record (cédula, INSS, the bend), the pre-chamber
questionnaire (gzip), a session booked, the consent signature, the check-in with her fix, a
protobuf chamber log, a msgpack symptom diary, a photo of a pressure sore, a message to the
doctor, a refill, a wheelchair taxi from their house, the INSS pension form (PDF), the invoice
by record number in the path, a payment, a search, a video consult, a page by cookie, push and
events. No earlier set has a hyperbaric chamber (set 181's sea-cucumber divers log dives; here
a clinic treats the injury, and the patient is her husband)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DEV,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families209_kit import CHAMBER, HOME, HOME_AT, HUSBAND, RESIDENCE, fix, hd, obj, push
from eval_families209_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families209_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("buzo", "Buzo Raya", "com.example.buzoraya", "2.0.7", "https://api.buzoraya.example.net")
IID = "X-BR-Install"
PW = "Kamara#Raya2019"
NID = "personal.national_id"
RECORD = "HB-2019-0233"  # his clinical record number (health.medical, as set 151's chart)
INSS = "12053448"  # his social-security number (personal.national_id)
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
RIGO = f"{HUSBAND['first']} {HUSBAND['last']}"
CH_FIX = (14.026288, -83.385102)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def buzo() -> list[Case]:
    rng = random.Random(20951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), ekspidiente=L(RECORD, MED),
                                    rol="kaiki_upla"))}
    cla, clo = fix(CH_FIX, 5)
    hla, hlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    log = pb([(1, L(RECORD, MED)), (2, CHAMBER["id"]), (3, L("2.4 ATA", MED)),
              (4, L(90, MED)), (5, L(3, MED)), (6, L(66, DEV))], "", lab)
    inv = at_path(case(f, f"{a}/v1/ekspidiente/{RECORD}/factura", headers=_h(rng, **b)),
                  RECORD, MED)
    return [
        case(f, f"{a}/v1/kaiki_upla", headers=_h(rng), body={
            "nina": L(FIRST, NAMEC), "kiamka": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "ki": L(PW, CRED), "sedula": L(RESIDENCE, NID),
            "siknis_upla_ra": "maia"}),
        case(f, f"{a}/v1/auth/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("274906", CRED)}),
        case(f, f"{a}/v1/yang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/siknis_upla", headers=_h(rng, **b), body={
            "nina_sut": L(RIGO, NAMEC), "sedula": L(HUSBAND["ced"], NID),
            "kainara_yu": L("12/03/1988", BIRTH), "waikna_mairin": L("waikna", GENDER),
            "inss_namba": L(INSS, NID), "ekspidiente": L(RECORD, MED),
            "siknis": L("enfermedad descompresiva tipo II (2019), debilidad en piernas", MED),
            "li_tilara": {"mani": L(11, MED), "pies_max": L(120, MED)},
            "telefon": L(HUSBAND["phone"], TEL)}),
        case(f, f"{a}/v1/kwestionario", gz=True, headers=_h(rng, **b), body={
            "ekspidiente": L(RECORD, MED), "kiama_siknis": L(False, MED),
            "asma": L(False, MED), "klaustrofobia": L("pali sirpi", MED),
            "sika": [L("baclofen 10 mg", MED), L("gabapentin 300 mg", MED)],
            "sigaret": L(True, MED)}),
        case(f, f"{a}/v1/sesion", headers=_h(rng, **b), body={
            "ekspidiente": L(RECORD, MED), "kamara": "km_01", "yu": "2026-01-19T08:00",
            "tipo": L("TT5 seguimiento", MED)}),
        multipart(f, f"{a}/v1/consent", [
            ("mita_ulbanka", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(24), MEDIA)),
            ("meta", None, "application/json", {"ekspidiente": L(RECORD, MED),
                                                "nina_sut": L(f"{FIRST} {LAST}", NAMEC),
                                                "rol": "kaiki_upla"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sesion/diman", headers=_h(rng, **b), body={
            "sesion": obj(rng, "se"), "pliska": {"lat": cla, "lng": clo},
            "klinik": {"id": CHAMBER["id"], "lat": CHAMBER["lat"], "lng": CHAMBER["lon"]}}),
        raw(f, f"{a}/v1/kamara/log", log, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/diario", fmt="msgpack", headers=_h(rng, **b), body={
            "ekspidiente": L(RECORD, MED), "yu": "2026-01-20", "dolor": L(5, MED),
            "waia_mitro": L(180, FIT), "siknis_naiwa": L("pie izquierdo dormido", MED)}),
        multipart(f, f"{a}/v1/lilka", [
            ("lilka", "ulcera.jpg", "image/jpeg", L(JPEG + b"\xc3", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"ekspidiente": L(RECORD, MED),
                                                "pliska_body": L("sacro", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bila", headers=_h(rng, **b), body={
            "to": "dr_hb_02",
            "bila": L("Dokta, Rigo naiwa dolor ailal brisa, sika kum wala sip?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/sika/refill", fmt="form", headers=_h(rng, **b), body={
            "ekspidiente": L(RECORD, MED), "sika": L("baclofen 10 mg", MED), "pis": "60"}),
        case(f, f"{a}/v1/taxi", headers=_h(rng, **b), body={
            "utla_pliska": L(HOME["line"], ADDR), "pliska": {"lat": hla, "lng": hlo},
            "silla_ruedas": L(True, MED), "yu": "2026-01-19T07:30",
            "telefon": L(E164, TEL)}),
        multipart(f, f"{a}/v1/inss/form", [
            ("form", "inss_invalidez.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"inss_namba": L(INSS, NID),
                                                "nina_sut": L(RIGO, NAMEC)})],
            headers=_h(rng, **b)),
        inv,
        case(f, f"{a}/v1/lalah", fmt="form", headers=_h(rng, **b), body={
            "lalah": L("1800.00", BUY), "moneda": "NIO", "kard_las4": L("4444", PAY),
            "lalah_yabanka": L(opaque(rng, "pm_", 24), PAY), "ekspidiente": L(RECORD, MED)}),
        case(f, f"{a}/v1/plikanka", headers=_h(rng, **b), query={
            "q": L("baclofen Bilwi farmacia", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/video", headers=_h(rng, **b), body={
            "sesion": obj(rng, "vc"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/page/kamara", headers=_h(rng, how="none"), cookies={
            "br_sesion": L(opaque(rng, "", 40), CRED), "br_install": L(INSTALL_ID, DID),
            "br_req": rid(rng)}),
        case(f, f"{a}/v1/dukia", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ivent", headers=_h(rng, **b), body={
            "upla": L(USER_ID, UID), "session": rid(rng), "ivent": [
                ev("session_booked", 1), ev("screen", 2, screen=L("Diario", USAGE))]}),
    ]


def buzo_sdks() -> list[Case]:
    rng = random.Random(20952)
    return [
        mc_batch(APP, rng, [("Session Booked", {"kind": L("TT5", MED)}),
                            ("Payment", {"amount": L(1800, BUY)})]),
        mc_queue(APP, rng, [("Diary Saved", {"pain": L(5, MED)}), ("Photo Sent", {})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=604),
        fn_eval(APP, rng, {"program": L("decompression", MED), "clinic": CHAMBER["id"]},
                hdr=True),
        pt_register(APP, rng, tags={"clinic": CHAMBER["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1800.00"),
        mm_geocode(APP, rng, "Cámara Hiperbárica Bilwi", "behavior.search", near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "epicrisis.pdf", "application/pdf"),
    ]
