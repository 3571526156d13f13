"""Occupational-health service app "Schaffgesond" (the employers' medical service in the south
that every employee must see: hiring and periodic exams, screen-work glasses, return to work;
its API's keys are Luxembourgish camelCase with the umlauts dropped: ``numm`` name, ``gebDatum``
birth date, ``geschlecht`` sex (``Fra`` woman), ``patron`` employer, ``beruff`` occupation,
``froebou`` questionnaire, ``krankheeten`` illnesses, ``medikamenter`` medicines, ``allergien``,
``rauchen`` smoking, ``schwanger`` pregnant, ``nuetsaarbecht`` night work,
``bildschiermStonnen`` screen hours, ``ennersichung`` examination, ``bluttdrock`` blood
pressure, ``gewiicht`` weight, ``greisst`` height, ``gehier`` hearing (``lenks``/``riets``
left/right), ``aen`` eyes, ``impfung`` vaccination, ``reprise`` return to work, ``grond``
reason, ``tauglechkeet`` fitness for the post, ``dokter`` doctor, ``schrett`` steps,
``stressBarometer``, ``sich`` search): sign-up with an employer code, an OAuth password grant,
``/ech``, the questionnaire (gzip), slots and the periodic exam booked, the check-in, home blood
pressure, a hearing screen, a vision screen and screen-work glasses, a flu jab, a therapeutic
part-time return after burn-out (a PDF and a reason), the fitness certificate by file number in
the path, a workstation photo, a message to the doctor, a protobuf step challenge, a stress check
(msgpack), the result shared with the employer, a search, a video consult, push, events, a
cookie GET. Set 58 has an occupational hearing dosimeter; this is the general service."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    COARSE,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families162_kit import (
    EMPLOYER,
    HEALTH_CENTRE,
    HEALTH_FIX,
    HOME,
    HOME_AT,
    MATRICULE,
    WORKER,
    fix,
    hd,
    obj,
    push,
)
from eval_families162_sdk import cp_session, mt_launch, qs_batch, qs_queue
from eval_families162_svc import ck_check, fb_eval, hk_attach, hk_message, ma_route, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("schaffgesond", "Schaffgesond", "com.example.schaffgesond", "2.12.0",
          "https://api.schaffgesond.example.net")
IID = "X-SG-Apparat"
PW = "Petrusse!Gare91"
NID = "personal.national_id"
FIT = "health.fitness"
DOCTOR = ("Dr. Carole Hoffmann", "c.hoffmann@stm-sud.example.net")  # typed by her: contact.*
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def schaffgesond() -> list[Case]:
    rng = random.Random(16221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dossier=L(WORKER, MED)))}
    hla, hlo = fix(HEALTH_FIX)
    lab: dict[str, str] = {}
    steps = pb([(1, L(WORKER, MED)), (2, "2026-02-16"), (3, L(8412, FIT)), (4, L(47, FIT)),
                (5, L("Pixel 8", DEV))], "", lab)
    cert = at_path(case(f, f"{a}/api/dossier/{WORKER}/tauglechkeet", headers=_h(rng, **b)),
                   WORKER, MED)
    return [
        case(f, f"{a}/api/registreierung", headers=_h(rng), body={
            "numm": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "handy": L(E164, TEL), "gebDatum": L("1991-05-17", BIRTH),
            "geschlecht": L("Fra", GENDER), "matricule": L(MATRICULE, NID),
            "patron": EMPLOYER, "beruff": "Comptabel", "patronCode": "FP-2217",
            "kennwuert": L(PW, CRED)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "schaffgesond-android"}),
        case(f, f"{a}/api/ech", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/froebou", gz=True, headers=_h(rng, **b), body={
            "dossier": L(WORKER, MED), "krankheeten": [L("Migrän", MED)],
            "medikamenter": [L("Sumatriptan 50 mg", MED)], "allergien": [L("Latex", MED)],
            "rauchen": L(False, MED), "schwanger": L(False, MED), "nuetsaarbecht": False,
            "bildschiermStonnen": 7, "leschtEnnersichung": "2023-02"}),
        case(f, f"{a}/api/termaen", headers=_h(rng, **b), query={
            "zentrum": HEALTH_CENTRE["id"], "woch": "2026-W08"}),
        case(f, f"{a}/api/termaen/reserveieren", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "zentrum": HEALTH_CENTRE["id"], "dossier": L(WORKER, MED),
            "ennersichung": L("periodesch Ennersichung, Bildschiermaarbecht", MED)}),
        case(f, f"{a}/api/check_in", headers=_h(rng, **b), body={
            "zentrum": {"id": HEALTH_CENTRE["id"], "lat": HEALTH_CENTRE["lat"],
                        "lng": HEALTH_CENTRE["lon"]},
            "position": {"lat": hla, "lng": hlo, "genauegkeet": 7}, "termin": obj(rng, "tm")}),
        case(f, f"{a}/api/miessungen", fmt="form", headers=_h(rng, **b), body={
            "dossier": L(WORKER, MED), "bluttdrock": L("128/84", MED), "puls": L("72", FIT),
            "gewiicht": L("64.5", FIT), "greisst": L("168", FIT), "datum": "2026-02-14"}),
        case(f, f"{a}/api/gehier", headers=_h(rng, **b), body={
            "dossier": L(WORKER, MED), "frequenzen": [500, 1000, 2000, 4000],
            "lenks": [L(v, MED) for v in (20, 25, 35, 45)],
            "riets": [L(v, MED) for v in (15, 15, 20, 25)], "kopfhorer": "ref_ad2"}),
        case(f, f"{a}/api/aen", headers=_h(rng, **b), body={
            "dossier": L(WORKER, MED), "visus": {"lenks": L("0.8", MED), "riets": L("1.0", MED)},
            "bildschiermBrell": L(True, MED), "brellgeschaft": "opt_uelz_03"}),
        case(f, f"{a}/api/impfung", fmt="form", headers=_h(rng, **b), body={
            "dossier": L(WORKER, MED), "impfung": L("Gripp 2026", MED), "datum": "2026-10-12",
            "site": "fp_gare"}),
        multipart(f, f"{a}/api/reprise", [
            ("attest", "reprise_therapeutique.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "dossier": L(WORKER, MED), "prozent": L(50, MED), "wochen": 8,
                "grond": L("Burnout, Behandlung bei der Psychiaterin zënter November",
                           f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        cert,
        multipart(f, f"{a}/api/aarbechtsplaz/foto", [
            ("foto", "buro.jpg", "image/jpeg", L(JPEG + b"\x26", MEDIA)),
            ("meta", None, "application/json", {
                "dossier": L(WORKER, MED),
                "text": L("Den Ecran ass ze déif, mäi Nacken deet wéi", f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/noriichten", headers=_h(rng, **b), body={
            "un": {"numm": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "text": L("Kann ech d'Migränmedikament och während der Aarbecht huelen?",
                      f"{TEXT}|{MED}")}),
        raw(f, f"{a}/api/erausfuerderung/schrett", steps, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/stressbarometer", fmt="msgpack", headers=_h(rng, **b), body={
            "dossier": L(WORKER, MED), "woch": "2026-W07",
            "aentwerten": [L(v, MED) for v in (3, 4, 2, 4, 3)], "score": L(16, MED)}),
        case(f, f"{a}/api/resultat/patron", headers=_h(rng, **b), body={
            "dossier": L(WORKER, MED), "resultat": L("tauglech mat Bildschiermbrell", MED),
            "patron": EMPLOYER, "deelen": True}),
        case(f, f"{a}/api/sich", headers=_h(rng, **b), query={
            "q": L("bildschiermbrell remboursement cns", SEARCH)}),
        case(f, f"{a}/api/video/sall", headers=_h(rng, **b), body={
            "termin": obj(rng, "tm"), "joinToken": L(opaque(rng, "vs_", 36), CRED)}),
        case(f, f"{a}/api/adress", headers=_h(rng, **b), body={
            "strooss": L(HOME["line"], "contact.address"), "postcode": L(HOME["post"], COARSE),
            "uertschaft": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/apparater", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/evenementer", headers=_h(rng, **b), body={
            "benotzer": L(USER_ID, UID), "sessioun": rid(rng), "evenementer": [
                ev("froebou_fardeg", 1), ev("ecran", 2, ecran=L("Gehiertest", USAGE))]}),
        case(f, f"{a}/api/dokumenter", headers=_h(rng, how="none"), cookies={
            "sg_sess": L(opaque(rng, "", 40), CRED), "sg_app": L(INSTALL_ID, DID)}),
    ]


def schaffgesond_sdks() -> list[Case]:
    rng = random.Random(16222)
    return [
        qs_batch(APP, rng, [("Exam Booked", {"kind": "periodic"}),
                            ("Hearing Screen Done", {"left_4k": L(45, MED)})]),
        qs_queue(APP, rng, [("Steps Synced", {"steps": L(8412, FIT)}),
                            ("Stress Check", {"score": L(16, MED)})]),
        mt_launch(APP, rng, first=True, user=True),
        cp_session(APP, rng, secs=388),
        fb_eval(APP, rng, {"centre": HEALTH_CENTRE["id"], "programme": L("reprise", MED)},
                hdr=True),
        pf_register(APP, rng, tags={"centre": HEALTH_CENTRE["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        ma_route(APP, rng, [(HOME_AT, "location.precise"),
                            ((HEALTH_CENTRE["lat"], HEALTH_CENTRE["lon"]), None)],
                 mode="walking"),
        hk_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "krankeschain.pdf", "application/pdf"),
        hk_message(APP, rng, L("Mäi Certificat d'aptitude ass nach net beim Patron ukomm",
                               TEXT), {"dossier": L(WORKER, MED)}),
    ]
