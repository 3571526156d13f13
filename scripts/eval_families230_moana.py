"""Seabed-minerals consultation app "Tala Moana" ("news of the ocean": the government's public
consultation on whether to license deep-sea nodule exploration in the island's waters; residents
register, answer the survey, send written and spoken submissions, attend village meetings and
ask questions; she opposes the licences and joins an ocean-protection network). Its API's keys
are Niuean with English where the platform is a generic consultation product (``id``,
``token``, ``email_code``): ``higoa`` name, ``higoa_magafaoa`` family name, ``imeli``,
``telefoni``, ``kupu_fufu``, ``koti`` code, ``maaga`` village, ``tau_moui`` age (band),
``tagata_niue`` of Niuean descent, ``tohi`` documents, ``huhu`` questions, ``tali`` answers,
``manatu`` opinion, ``tete_atu`` oppose, ``tohi_manatu`` submission ("letter of opinion"),
``leo`` voice, ``fono`` meeting, ``hau`` attend, ``tuaga`` position, ``kau`` join (a group),
``fakatino`` picture, ``fekau`` message, ``kumi`` search, ``talahauaga`` announcements,
``fakaata`` consent (to publish), ``mahani`` events): registration, an e-mail code, ``/au``, the
documents, the survey (her stance), the written submission (PDF) and a spoken one (M4A),
meetings near her, an RSVP, the check-in at the Hakupu hall with her fix, a question asked
there, the announcements, her submissions by submitter number in the path, joining the network,
a search, a reef photo with a caption, a message to the minister's office, the profile by
cookie, push and events. Petitions and campaign platforms (sets 13, 15) and canvassing (set 45)
differ: this is a government consultation with submissions and village hearings."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families230_kit import (
    HALL,
    HALL_FIX,
    NU_HOME,
    NU_HOME_AT,
    SUBMITTER,
    fix,
    hd,
    obj,
    push,
)
from eval_families230_sdk import ct_session, fg_batch, fg_identify, tk_launch
from eval_families230_svc import (
    cm_message,
    cs_check,
    cs_save,
    fp_eval,
    ml_geocode,
    pa_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("talamoana", "Tala Moana", "com.example.talamoana", "1.2.7",
          "https://consult.talamoana.example.org")
IID = "X-TalaMoana-Device"
PW = "NoNodules!2025"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
OPINION = f"{TEXT}|{SENS}"
NET = "Moana Mahu Network"  # the ocean-protection campaign network she joins (personal.sensitive)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, niu=True, **kw)


def talamoana() -> list[Case]:
    rng = random.Random(23031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), submitter=L(SUBMITTER, UID)))}
    hla, hlo = fix(HALL_FIX, 4)
    meet = obj(rng, "fono")
    mine = at_path(case(f, f"{a}/v1/tohi_manatu/{SUBMITTER}", headers=_h(rng, **b)),
                   SUBMITTER, UID)
    return [
        case(f, f"{a}/v1/lesista", headers=_h(rng), body={
            "higoa": L(FIRST, NAMEC), "higoa_magafaoa": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(DASHED, TEL), "kupu_fufu": L(PW, CRED),
            "maaga": L(NU_HOME["village"], COARSE), "tau_moui": L("25-44", BIRTH),
            "tagata_niue": L(False, SENS), "nofo_niue_tau": 3,
            "submitter": L(SUBMITTER, UID)}),
        case(f, f"{a}/v1/auth/email_code", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL, MAIL), "koti": L("904418", CRED)}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tohi", headers=_h(rng, **b), query={
            "consultation": "seabed-2025", "vagahau": L("niu", DEV)}),
        case(f, f"{a}/v1/huhu/tali", headers=_h(rng, **b), body={
            "consultation": "seabed-2025", "submitter": L(SUBMITTER, UID),
            "tali": {"q1_manatu": L("tete_atu", SENS), "q2_fakaata_pemiti": L(False, SENS),
                     "q3_moratorium": L("lagomatai", SENS),
                     "q4_fakamaama": L("The reef and the whales feed our families. No mining "
                                       "until the science is in.", OPINION)}}),
        multipart(f, f"{a}/v1/tohi_manatu", [
            ("tohi", "submission_seabed.pdf", "application/pdf", L(PDF, f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"submitter": L(SUBMITTER, UID),
                                                "fakaata": False, "higoa_fakakite": False})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/leo", [
            ("leo", "oral_submission.m4a", "audio/mp4", L(M4A, f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"submitter": L(SUBMITTER, UID), "sekone": 94})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fono", headers=_h(rng, **b), query={
            "lat": L(f"{NU_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{NU_HOME_AT[1]:.2f}", COARSE),
            "mai": "2025-12-01"}),
        case(f, f"{a}/v1/fono/{meet}/hau", fmt="form", headers=_h(rng, **b), body={
            "submitter": L(SUBMITTER, UID), "tagata": "2", "fakaliliu": "1"}),
        case(f, f"{a}/v1/fono/{meet}/checkin", headers=_h(rng, **b), body={
            "tuaga": {"lat": hla, "lng": hlo},
            "fale": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        case(f, f"{a}/v1/fono/{meet}/huhu", headers=_h(rng, **b), body={
            "huhu": L("Who pays to fix the reef if a test dredge damages it?", TEXT),
            "higoa_fakakite": False}),
        case(f, f"{a}/v1/talahauaga", fmt="form", headers=_h(rng, **b), body={
            "imeli": L(EMAIL, MAIL), "telefoni": L(DASHED, TEL), "sms": "1"}),
        mine,
        case(f, f"{a}/v1/kau", headers=_h(rng, **b), body={
            "kautaha": L(NET, SENS), "imeli": L(EMAIL, MAIL), "lagomatai": L(True, SENS),
            "gahua": ["petition_stall", "beach_cleanup"]}),
        case(f, f"{a}/v1/kumi", headers=_h(rng, **b), query={
            "kumi": L("nodule exploration licence whales", SEARCH)}),
        multipart(f, f"{a}/v1/fakatino", [
            ("fakatino", "reef_limu_pools.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "submitter": L(SUBMITTER, UID),
                "fakamaama": L("This is why we say no to seabed mining", OPINION)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fekau", headers=_h(rng, **b), body={
            "ki": "office_minister_natural_resources",
            "fekau": L("Please extend the consultation, many families in the villages have not "
                       "seen the documents. I oppose the licences.", OPINION)}),
        case(f, f"{a}/v1/au/profile", headers=_h(rng, how="none"), cookies={
            "tm_sess": L(opaque(rng, "", 40), CRED), "tm_dev": L(INSTALL_ID, DID),
            "tm_req": rid(rng)}),
        case(f, f"{a}/v1/mena", headers=_h(rng, **b), body=push(push_token(rng), lang="niu_NU")),
        case(f, f"{a}/v1/mahani", headers=_h(rng, **b), body={
            "tagata": L(USER_ID, UID), "mahani": [
                ev("submission_sent", 1, manatu=L("tete_atu", SENS)),
                ev("lau", 2, lau=L("Fono", USAGE))]}),
    ]


def talamoana_sdks() -> list[Case]:
    rng = random.Random(23032)
    return [
        fg_batch(APP, rng, [("Survey Submitted", {"stance": L("oppose", SENS)}),
                            ("Meeting Checked In", {"hall": HALL["id"]})], at=HALL_FIX, nd=2),
        fg_identify(APP, rng, {"maaga": L("Alofi North", COARSE),
                               "submitter": L(SUBMITTER, UID), "network": L(NET, SENS)}),
        tk_launch(APP, rng),
        ct_session(APP, rng, secs=604),
        fp_eval(APP, rng, {"consultation": "seabed-2025", "village": L("Alofi North", COARSE)}),
        pa_register(APP, rng, lang="niu", tags={"topics": "seabed", "meetings": "on"}),
        cs_check(APP, rng, {"analytics": True}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        ml_geocode(APP, rng, "Hakupu village hall", SEARCH, near=NU_HOME_AT, nd=3),
        cm_message(APP, rng, L("My voice submission upload stopped at 80%", TEXT),
                   {"submitter": L(SUBMITTER, UID)}),
    ]
