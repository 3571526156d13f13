"""Naturalisation-path app "Biergerwee" (a language school's app that keeps her Luxembourg
nationality file, books the Sproochentest and the civics course; its API's keys are
Luxembourgish with the umlauts dropped: ``virnumm`` first name, ``nonumm`` surname, ``handy``
mobile, ``kennwuert`` password, ``gebuertsdag`` birth date, ``gebuertsuert`` birthplace,
``nationaliteit`` nationality, ``wunnadress`` home address line, ``gemeng`` municipality,
``openthaltskaart`` residence card, ``pass_nummer`` passport number, ``bestuet_mat`` married to,
``dossier`` file, ``prozedur`` procedure, ``gebuertsakt`` birth certificate, ``strofregister``
criminal record, ``iwwersetzung`` translation, ``termin`` appointment, ``testzentrum`` test
centre, ``besonnesch_bedierfnesser`` special needs, ``stemmofdrock`` voiceprint, ``presenz``
attendance, ``standuert`` position with ``breet``/``laeng`` latitude/longitude, ``betrag``
amount, ``bezuelung`` payment, ``noriicht`` message, ``sich`` search, ``eed`` oath,
``evenementer`` events, ``ofmellen`` log out): sign-up with her matricule, log-in, an SMS code,
``/mech``, the dossier (residence card, passport, husband), a birth-certificate scan, the
criminal-record extract, test slots and the booking, an oral practice recording, the voiceprint
for the remote proctor, the check-in at the test centre, a protobuf proctor beat, the result by
dossier number in the path, the civics course and its attendance, a translation paid, a quiz
(msgpack), a message, a search, the oath at the commune, push, events, a cookie GET, log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families10_kit import flat
from eval_families13_kit import M4A
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families162_kit import (
    COURSE,
    COURSE_FIX,
    DOSSIER,
    HOME,
    HOME_AT,
    HUSBAND,
    MATRICULE,
    PASSPORT,
    RES_CARD,
    TEST_CENTRE,
    TEST_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families162_sdk import (
    cp_crash,
    cp_crumb,
    cp_session,
    mt_event,
    mt_launch,
    qs_batch,
    qs_identify,
)
from eval_families162_svc import ck_save, fb_eval, hk_message, ma_geocode, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("biergerwee", "Biergerwee", "com.example.biergerwee", "3.4.1",
          "https://api.biergerwee.example.org")
IID = "X-Biergerwee-Apparat"
PW = "Uelzecht#Brill2026"
NID = "personal.national_id"
VOICE = "biometric.voice"
DOB_LB = "17.05.1991"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lb=True, **kw)


def biergerwee() -> list[Case]:
    rng = random.Random(16211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dossier=L(DOSSIER, UID),
                                    gemeng=L(HOME["town"], COARSE)))}
    tla, tlo = fix(TEST_FIX)
    cla, clo = fix(COURSE_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(DOSSIER, UID)), (2, obj(rng, "px")), (3, 1772445600),
               (4, [(1, L(round(TEST_FIX[0], 5), PRECISE)),
                    (2, L(round(TEST_FIX[1], 5), PRECISE))]), (5, L(64, DEV))], "", lab)
    result = at_path(case(f, f"{a}/v2/dossier/{DOSSIER}/resultat", headers=_h(rng, **b)),
                     DOSSIER, UID)
    return [
        case(f, f"{a}/v2/umeldung", headers=_h(rng), body={
            "virnumm": L(FIRST, NAMEC), "nonumm": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "handy": L(E164, TEL), "kennwuert": L(PW, CRED), "gebuertsdag": L(DOB_LB, BIRTH),
            "gebuertsuert": L("Columbus, Ohio", COARSE), "nationaliteit": L("US", COARSE),
            "matricule": L(MATRICULE, NID), "wunnadress": L(HOME["line"], ADDR),
            "postcode": L(HOME["post"], COARSE), "gemeng": L(HOME["town"], COARSE),
            "newsletter": False}),
        case(f, f"{a}/v2/aloggen", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kennwuert": L(PW, CRED), "vergiess_mech_net": "1"}),
        case(f, f"{a}/v2/aloggen/sms", fmt="form", headers=_h(rng), body={
            "handy": L(E164, TEL), "code": L("508317", CRED)}),
        case(f, f"{a}/v2/mech", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/dossier", headers=_h(rng, **b), body={
            "dossier": L(DOSSIER, UID), "prozedur": "optioun_bestuet", "openthaltsjoren": 4,
            "openthaltskaart": L(RES_CARD, NID), "pass_nummer": L(PASSPORT, NID),
            "bestuet_mat": {"numm": L(HUSBAND[0], NAMEC), "matricule": L(HUSBAND[2], NID)},
            "bestuet_zenter": "2021-06-12", "beruff": "comptabel"}),
        multipart(f, f"{a}/v2/dossier/dokumenter", [
            ("fichier", "gebuertsakt.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"dossier": L(DOSSIER, UID),
                                                "typ": "gebuertsakt", "iwwersetzung": True})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/dossier/pass", [
            ("fichier", "pass.jpg", "image/jpeg", L(JPEG + b"\x16", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"dossier": L(DOSSIER, UID),
                                                "pass_nummer": L(PASSPORT, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/strofregister", fmt="form", headers=_h(rng, **b), body={
            "matricule": L(MATRICULE, NID), "email": L(EMAIL, MAIL), "bulletin": "3",
            "zweck": "nationaliteit"}),
        case(f, f"{a}/v2/sproochentest/termaen", headers=_h(rng, **b), query={
            "testzentrum": TEST_CENTRE["id"], "mount": "2026-03", "deel": "oral"}),
        case(f, f"{a}/v2/sproochentest/reservatioun", headers=_h(rng, **b), body={
            "termin": obj(rng, "sl"), "testzentrum": TEST_CENTRE["id"],
            "dossier": L(DOSSIER, UID), "matricule": L(MATRICULE, NID),
            "besonnesch_bedierfnesser": L("Ech heieren op der lenker Sait schlecht, w.e.g. eng "
                                          "Plaz vir", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/uebung/oral", [
            ("opnam", "meng_famill.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"thema": "meng Famill", "dauer_s": 94,
                                                "dossier": L(DOSSIER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/proctor/stemm", headers=_h(rng, **b), body={
            "dossier": L(DOSSIER, UID), "modell": "spk-ecapa-192",
            "stemmofdrock": L(flat(rng, 192), VOICE), "qualiteit": 0.91}),
        case(f, f"{a}/v2/sproochentest/check_in", headers=_h(rng, **b), body={
            "testzentrum": TEST_CENTRE["id"], "standuert": {"breet": tla, "laeng": tlo, "acc": 9},
            "zentrum": {"breet": TEST_CENTRE["lat"], "laeng": TEST_CENTRE["lon"]},
            "dossier": L(DOSSIER, UID)}),
        raw(f, f"{a}/v2/proctor/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        result,
        case(f, f"{a}/v2/zesummeliewen/aschreiwung", fmt="form", headers=_h(rng, **b), body={
            "cours": COURSE["id"], "dossier": L(DOSSIER, UID), "sprooch_vum_cours": "fr"}),
        case(f, f"{a}/v2/zesummeliewen/presenz", headers=_h(rng, **b), body={
            "cours": COURSE["id"], "sessioun": obj(rng, "zs"),
            "standuert": {"breet": cla, "laeng": clo},
            "sall": {"breet": COURSE["lat"], "laeng": COURSE["lon"]}}),
        case(f, f"{a}/v2/iwwersetzung/bestellung", fmt="form", headers=_h(rng, **b), body={
            "dokument": "gebuertsakt", "sprooch": "fr", "betrag": L("65.00", BUY),
            "bezuelung": L(opaque(rng, "pm_", 24), PAY), "dossier": L(DOSSIER, UID)}),
        case(f, f"{a}/v2/quiz/aentwerten", fmt="msgpack", headers=_h(rng, **b), body={
            "dossier": L(DOSSIER, UID), "quiz": "institutiounen_3",
            "aentwerten": [2, 0, 3, 1, 1], "punkten": 4}),
        case(f, f"{a}/v2/noriicht", headers=_h(rng, **b), body={
            "un": "guichet_nationaliteit",
            "text": L(f"Mäi Mann {HUSBAND[0]} ass Lëtzebuerger, brauch ech nach säi "
                      "Gebuertsakt?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/sich", headers=_h(rng, **b), query={
            "sich": L("sproochentest esch mäerz", SEARCH), "sait": "1"}),
        case(f, f"{a}/v2/eed/termin", headers=_h(rng, **b), body={
            "gemeng": L(HOME["town"], COARSE), "datum": "2026-06-18",
            "dossier": L(DOSSIER, UID), "begleedung": 2}),
        case(f, f"{a}/v2/apparater", headers=_h(rng, **b), body=push(push_token(rng), "lb_LU")),
        case(f, f"{a}/v2/evenementer", gz=True, headers=_h(rng, **b), body={
            "benotzer": L(USER_ID, UID), "evenementer": [
                ev("termin_reserveiert", 1), ev("ecran", 2, ecran=L("MengDossier", USAGE))]}),
        case(f, f"{a}/v2/dossier/status", headers=_h(rng, how="none"), cookies={
            "bw_sessioun": L(opaque(rng, "", 40), CRED), "bw_apparat": L(INSTALL_ID, DID),
            "bw_req": rid(rng)}),
        case(f, f"{a}/v2/ofmellen", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparat": L(INSTALL_ID, DID)}),
    ]


def biergerwee_sdks() -> list[Case]:
    rng = random.Random(16212)
    return [
        qs_batch(APP, rng, [("Test Booked", {"part": "oral"}),
                            ("Course Attended", {"course": COURSE["id"]})],
                 at=HOME_AT, nd=2, locale="lb_LU"),
        qs_identify(APP, rng, {"gemeng": L(HOME["town"], COARSE), "dossier": L(DOSSIER, UID),
                               "prozedur": "optioun_bestuet"}),
        mt_launch(APP, rng, first=True),
        mt_event(APP, rng, "test_booked", {"dossier": L(DOSSIER, UID)}, hashed=True),
        cp_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [cp_crumb("nav", "Uebung -> Oral"), cp_crumb("tap", "record_button")],
                 screen="OralActivity"),
        cp_session(APP, rng, secs=1260),
        fb_eval(APP, rng, {"procedure": "option", "commune": L(HOME["town"], COARSE)}),
        pf_register(APP, rng, lang="lb", at=HOME_AT, nd=2, tags={"dossier_phase": "test"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        ma_geocode(APP, rng, "Sproochenzentrum Kierchbierg", SEARCH, near=HOME_AT, nd=3),
        hk_message(APP, rng, L("Mäi Resultat fir den Hörverständnis feelt nach", TEXT),
                   {"dossier": L(DOSSIER, UID)}),
    ]
