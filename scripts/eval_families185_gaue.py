"""Job-seeker app "Kumi Gaue" of the territory's employment and training service (Mata-Utu): its
API's keys are Wallisian as a local developer writes them, without the glottal stop (``higoa``
first name, ``higoa_famili`` surname, ``meli`` e-mail, ``telefoni`` phone, ``kupu_fufu`` password
(lit. "hidden word"), ``aho_fanau`` birth date, ``tagata_fafine`` sex (``fafine`` woman),
``numelo_secu`` social-security number (French "secu"), ``kata_nofoaga`` residence card,
``nofoaga`` residence (street line), ``kolo`` village, ``vahe`` district, ``ohoana`` spouse,
``gaue`` work / job, ``kumi`` search, ``kole_gaue`` job application, ``tohi`` letter /
document, ``tohi_ako`` diploma, ``ako`` training, ``fakataha`` meeting / interview, ``potu``
place, ``mahaki`` illness, ``toketa`` doctor, ``talanoa`` message, ``paaga`` money,
``totogi`` pay, ``mahina`` month, ``lea`` language, ``au`` me, ``hu`` / ``hu_ki_tua`` enter /
leave): sign-up, log-in, ``/au``, the diploma and the CV, skills, a job search, an offer, an
application, an interview slot, a check-in at the office, training, the training allowance's
account, the monthly update (msgpack), a sick declaration (gzip), letters by seeker number in the
path, a protobuf session beat, a message to her counsellor, an attestation by cookie, push, events
and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
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
from eval_families185_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    JOB_FIX,
    JOB_OFFICE,
    NIR_ME,
    RESIDENCE,
    SEEKER,
    TZ,
    WF_ACCOUNT,
    fix,
    hd,
    obj,
)
from eval_families185_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families185_svc import cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kumigaue", "Kumi Gaue", "com.example.kumigaue", "3.2.0",
          "https://api.kumigaue.example.org")
IID = "X-Kumigaue-Meafaigaue"
PW = "Gaue!Ahoa2026"
DOB_FR = "17/05/1991"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, wls=True, **kw)


def kumigaue() -> list[Case]:
    rng = random.Random(18501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, meli=L(EMAIL, MAIL), numelo=L(SEEKER, UID)))}
    jla, jlo = fix(JOB_FIX, 5)
    offer = obj(rng, "gaue")
    lab: dict[str, str] = {}
    beat = pb([(1, L(SEEKER, UID)), (2, 1768200000),
               (3, [(1, L(JOB_FIX[0], PRECISE)), (2, L(JOB_FIX[1], PRECISE)), (3, 15.0)]),
               (4, L(63, DEV)), (5, "3.2.0")], "", lab)
    letters = at_path(case(f, f"{a}/api/v1/seeker/{SEEKER}/tohi", headers=_h(rng, **b),
                           query={"mahina": "2026-01"}), SEEKER, UID)
    return [
        case(f, f"{a}/api/v1/lesita", headers=_h(rng), body={
            "higoa": L(FIRST, NAMEC), "higoa_famili": L(LAST, NAMEC), "meli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "kupu_fufu": L(PW, CRED), "aho_fanau": L(DOB_FR, BIRTH),
            "tagata_fafine": L("fafine", GENDER), "numelo_secu": L(NIR_ME, NID),
            "kata_nofoaga": L(RESIDENCE, NID), "nofoaga": L(HOME["line"], ADDR),
            "kolo": L(HOME["village"], COARSE), "vahe": L(HOME["district"], COARSE),
            "ohoana": {"higoa": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)},
            "tamasii": 2, "lea": ["en", "fr"], "talite": True}),
        case(f, f"{a}/api/v1/hu", fmt="form", headers=_h(rng), body={
            "meli": L(EMAIL_UPPER, MAIL), "kupu_fufu": L(PW, CRED), "manatu": "1"}),
        case(f, f"{a}/api/v1/au", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/v1/tohi_ako", [
            ("tohi", "diplome_bts.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"numelo": L(SEEKER, UID), "tau": 2013,
                                                "fakamatala": "BTS commerce"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/cv", [
            ("cv", "cv_jane_doe.pdf", "application/pdf", L(PDF + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"numelo": L(SEEKER, UID), "lea": "en"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/poto", headers=_h(rng, **b), body={
            "numelo": L(SEEKER, UID), "poto": ["kesi", "tauhi tohi", "faleoloa"],
            "taimi_gaue": "full", "motoka": True}),
        case(f, f"{a}/api/v1/gaue/kumi", headers=_h(rng, **b), query={
            "kumi": L("gaue tauhi tohi Mata-Utu", SEARCH), "vahe": "Hahake", "peesi": "1"}),
        case(f, f"{a}/api/v1/gaue/{offer}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kole_gaue", headers=_h(rng, **b), body={
            "gaue": offer, "numelo": L(SEEKER, UID), "cv": "cv_01",
            "tohi": L("Malo te mauli, I kept the books of a shop in Ohio for six years and I "
                      "speak French and some Wallisian.", TEXT),
            "kamata": "2026-03-01"}),
        case(f, f"{a}/api/v1/fakataha", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "ft"), "numelo": L(SEEKER, UID), "potu": JOB_OFFICE["id"]}),
        case(f, f"{a}/api/v1/hu_ofisi", headers=_h(rng, **b), body={
            "potu": {"lat": jla, "lon": jlo, "acc": 9},
            "ofisi": {"id": JOB_OFFICE["id"], "lat": JOB_OFFICE["lat"],
                      "lon": JOB_OFFICE["lon"]}, "numelo": L(SEEKER, UID)}),
        case(f, f"{a}/api/v1/ako", headers=_h(rng, **b), query={
            "vahe": "Hahake", "kalasi": "tauhi-tohi", "mahina": "2026-03"}),
        case(f, f"{a}/api/v1/ako/lesita", headers=_h(rng, **b), body={
            "ako": "tauhi-tohi-2026-03", "numelo_secu": L(NIR_ME, NID),
            "totogi": {"iban": L(WF_ACCOUNT, PAY), "higoa": L(f"{FIRST} {LAST}", NAMEC)}}),
        case(f, f"{a}/api/v1/mahina", fmt="msgpack", headers=_h(rng, **b), body={
            "numelo": L(SEEKER, UID), "mahina": "2026-01", "kumi_gaue": True,
            "ako": 0, "mahaki_aho": L(3, MED), "kole": 4}),
        case(f, f"{a}/api/v1/mahaki", gz=True, headers=_h(rng, **b), body={
            "numelo": L(SEEKER, UID), "mai": "2026-01-19", "ki": "2026-01-21",
            "mahaki": L("tenge (dengue), fiva", MED),
            "toketa": L("Dr. Sione Lauhea", NAMEC)}),
        letters,
        raw(f, f"{a}/api/v1/fakaili", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/talanoa", headers=_h(rng, **b), body={
            "ki": "cns_0412",
            "talanoa": L("I cannot come on Thursday, please call me on +1 555 010 0199",
                         f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/tohi/fakamooni", headers=_h(rng, how="none"), cookies={
            "kg_sesio": L(opaque(rng, "", 40), CRED), "kg_meafaigaue": L(INSTALL_ID, DID),
            "kg_req": rid(rng)}),
        case(f, f"{a}/api/v1/meafaigaue", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "meafaigaue_id": L(INSTALL_ID, DID),
            "lea": L("fr", DEV), "taimi": L(TZ, DEV), "modele": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/fakamatala", gz=True, headers=_h(rng, **b), body={
            "tagata": L(USER_ID, UID), "meafai": [
                ev("kole_gaue", 1, gaue=offer), ev("ako_lesita", 2),
                ev("pasina", 3, pasina=L("TohiAku", USAGE))]}),
        case(f, f"{a}/api/v1/hu_ki_tua", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "meafaigaue": L(INSTALL_ID, DID)}),
    ]


def kumigaue_sdks() -> list[Case]:
    rng = random.Random(18502)
    return [
        mc_batch(APP, rng, [("Job Applied", {"offer": "gaue_x"}),
                            ("Office Check In", {"office": JOB_OFFICE["id"]})],
                 at=JOB_FIX, nd=3, locale="fr_WF"),
        mc_identify(APP, rng, {"kolo": L("Ahoa", COARSE), "numelo": L(SEEKER, UID),
                               "seeker": True}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "application", {"offer": "gaue_x"}, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="jobs,training,wallis"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "pdf picker closed"),
                 [cd_crumb("nav", "TohiAku -> CV"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/cv", "status": 500})],
                 screen="CvActivity"),
        pt_register(APP, rng, lang="fr", at=HOME_AT, nd=2,
                    tags={"vahe": L("Hahake", COARSE), "ako": "tauhi-tohi"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_route(APP, rng, [(HOME_AT, PRECISE),
                            ((JOB_OFFICE["lat"], JOB_OFFICE["lon"]), None)], mode="driving"),
        hs_message(APP, rng, L(f"My seeker number {SEEKER} shows no training allowance",
                               f"{TEXT}|{UID}"), {"numelo": L(SEEKER, UID)}),
    ]
