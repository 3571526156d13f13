"""The culture house's children's qeej and dance class app "Qeej Menyuam" (the qeej is the Hmong
free-reed mouth organ; Tooj, 7, learns it on Saturdays at the Sa Pa culture house and dances in
the New Year show). Its API's keys are Hmong (RPA): ``menyuam`` child, ``niam`` mother,
``npe`` / ``xeem`` name / surname, ``hnub_yug`` birth date, ``poj_txiv`` sex, ``tus_lej`` ID
number, ``mob`` illness, ``chav_kawm`` class, ``xib_fwb`` teacher, ``kawm`` lesson, ``tuaj``
attendance, ``qhab_nia`` marks, ``xyaum`` practice, ``suab`` sound (a recording), ``seev_cev``
dance, ``khaub_ncaws`` costume, ``siab`` height, ``hauv_siab`` chest, ``ua_yeeb_yam`` show,
``noj_peb_caug`` New Year, ``tuaj_tos`` pick-up, ``qiv`` loan (of an instrument), ``nqi`` fee,
``them_nyiaj`` payment, ``lus`` message, ``nrhiav`` search, ``duab`` photo, ``xov_xwm`` notices.
Calls: the parent's log-in (OAuth password grant), ``/kuv`` with a ``menyuam`` claim, the
enrolment (the son's name, birth date, sex, ID number and asthma), the timetable, the term fee,
her check-in at the culture-house door, a practice recording (audio), marks by learner number in
the path, the practice log (protobuf), the costume's measurements, the New Year show's line-up,
a message to the teacher, an absence, a pick-up by his grandmother, the photo consent and his
photo, an instrument loan, a search, an offline queue of practice marks (msgpack), notices by
cookie, push and events. A docstring grep found no qeej, mouth organ or reed pipe; earlier
sets have adults' music lessons and children's dance classes (Bollywood, Danza de los
Viejitos), not a traditional instrument class for a child."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families13_kit import M4A
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families285_kit import (
    CULTURE,
    CULTURE_FIX,
    LEARNER,
    MOTHER_IL,
    SON,
    TEACHER,
    fix,
    hd,
    obj,
    push,
)
from eval_families285_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_queue,
    tn_launch,
)
from eval_families285_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("qeejmenyuam", "Qeej Menyuam", "com.example.qeejmenyuam", "1.3.0",
          "https://api.qeejmenyuam.example.net")
IID = "X-QM-Device"
PW = "Tooj2018!qeej"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['hm']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, hm=True, **kw)


def qeejmenyuam() -> list[Case]:
    rng = random.Random(28521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), menyuam=[L(LEARNER, UID)],
                                    role="niam"))}
    cla, clo = fix(CULTURE_FIX, 5)
    lesson = obj(rng, "ks")
    lab: dict[str, str] = {}
    log = pb([(1, L(LEARNER, UID)), (2, lesson), (3, 1768550400),
              (4, [(1, 25), (2, "zaj_tshoob"), (3, 3)]), (5, L(71, DEV))], "", lab)
    marks = at_path(case(f, f"{a}/v1/menyuam/{LEARNER}/qhab_nia", headers=_h(rng, **b),
                         query={"lub_caij": "2025-2"}), LEARNER, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "qeejmenyuam-android"}),
        case(f, f"{a}/v1/kuv", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/menyuam", headers=_h(rng, **b), body={
            "npe": L(SON["first"], NAMEC), "xeem": L("Thoj", NAMEC),
            "npe_ntawv": L(SON["vn"], NAMEC), "hnub_yug": L(SON["dob"], BIRTH),
            "poj_txiv": L(SON["sex"], GENDER), "tus_lej": L(SON["pid"], NID),
            "mob": L("hawb pob (asthma), nqa tshuaj tshuab", MED),
            "niam_xov_tooj": L("+15550100199", TEL), "chav_kawm": "qj_menyuam_b",
            "learner": L(LEARNER, UID)}),
        case(f, f"{a}/v1/chav_kawm/qj_menyuam_b/sijhawm", headers=_h(rng, **b), query={
            "lub_hli": "2026-01"}),
        case(f, f"{a}/v1/them_nyiaj", fmt="form", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "lub_caij": "2025-2", "nqi": L("600000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/tuaj/checkin", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "kawm": lesson, "qhov_chaw": {"lat": cla, "lng": clo},
            "tsev": {"id": CULTURE["id"], "lat": CULTURE["lat"], "lng": CULTURE["lon"]}}),
        multipart(f, f"{a}/v1/xyaum/suab", [
            ("suab", "tooj_zaj_tshoob.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"learner": L(LEARNER, UID), "kawm": lesson,
                                                "zaj": "zaj_tshoob", "feeb": 3})],
            headers=_h(rng, **b)),
        marks,
        raw(f, f"{a}/v1/xyaum/log", log, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/khaub_ncaws", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "siab_cm": L(124, FIT), "hauv_siab_cm": L(61, FIT),
            "qhov_loj": "S", "xim": "xiav_dub", "nqi": L(450000, BUY)}),
        case(f, f"{a}/v1/ua_yeeb_yam/noj_peb_caug", headers=_h(rng, **b), body={
            "ua_yeeb_yam": "nyp_2026_sp", "learner": L(LEARNER, UID),
            "pab_pawg": [L(KID, NAMEC), L("Lis Kub", NAMEC), L("Vaj Ntxheb", NAMEC)],
            "zaj": "seev_cev_qeej", "niam_txiv_tuaj": 3}),
        case(f, f"{a}/v1/lus", headers=_h(rng, **b), body={
            "rau": TEACHER, "lus": L("Xib fwb Tsab, Tooj hawb pob thaum tshuab qeej ntev, thov "
                                     "cia nws so ib pliag", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/tuaj/tsis_tuaj", fmt="form", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "hnub": "2026-01-17",
            "vim": L("mob khaub thuas thiab ua npaws", MED)}),
        case(f, f"{a}/v1/tuaj_tos", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID),
            "neeg": {"npe": L(MOTHER_IL[1], NAMEC), "xov_tooj": L(MOTHER_IL[2], TEL),
                     "txheeb_ze": "pog"}, "hnub": ["sat"]}),
        multipart(f, f"{a}/v1/duab", [
            ("duab", "tooj_qeej.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("meta", None, "application/json", {"learner": L(LEARNER, UID),
                                                "pom_zoo_duab": True, "siv": "facebook_page"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/qiv_qeej", fmt="form", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "qeej": "qj_loan_0412", "nyiaj_tso": L("300000", BUY)}),
        case(f, f"{a}/v1/nrhiav", headers=_h(rng, **b), query={
            "q": L("kawm seev cev noj peb caug menyuam 7 xyoo", SEARCH)}),
        case(f, f"{a}/v1/xyaum/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID),
            "xyaum": [{"hnub": f"2026-01-{10 + i:02d}", "feeb": 15 + 5 * i, "zaj": "zaj_tshoob"}
                      for i in range(3)]}),
        case(f, f"{a}/v1/xov_xwm", headers=_h(rng, how="none"), cookies={
            "qm_sess": L(opaque(rng, "", 40), CRED), "qm_dev": L(INSTALL_ID, DID),
            "qm_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("recording_sent", 1), ev("screen", 2, screen=L("QhabNia", USAGE))]}),
    ]


def qeejmenyuam_sdks() -> list[Case]:
    rng = random.Random(28522)
    return [
        mc_batch(APP, rng, [("Recording Sent", {"minutes": 3}),
                            ("Fee Paid", {"amount": L(600000, BUY)})],
                 at=CULTURE_FIX, nd=2),
        mc_queue(APP, rng, [("Practice Logged", {"minutes": 25}), ("Marks Opened", {})]),
        mc_identify(APP, rng, {"role": "niam", "menyuam": 1, "nroog": L("Sa Pa", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,kids,instrument"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [cd_crumb("nav", "Xyaum -> Suab")], user={"id": L(USER_ID, UID)},
                 screen="SuabActivity"),
        fn_eval(APP, rng, {"chav_kawm": "qj_menyuam_b", "nroog": L("Sa Pa", COARSE)}),
        pt_register(APP, rng, tags={"chav_kawm": "qj_menyuam_b"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "photos": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "600000", "vnd"),
        hs_message(APP, rng, L(f"Tus nqi kawm rau {KID} tseem qhia tias tsis tau them",
                               f"{TEXT}|{NAMEC}"), {"learner": L(LEARNER, UID)}),
    ]
