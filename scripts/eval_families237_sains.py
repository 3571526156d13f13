"""The Suva primary schools' science fair app "Raerae" ("to look closely"; their son Jiare, 10,
enters a project on the rainwater tanks of Ahau, measured on their Christmas visit). Its API's
keys are Rotuman as another developer writes them (joined, no underscores in compounds, the
short form ``as`` before a qualifier) with English loans: ``asa`` name, ``asle`` the child's
name, ``ranfanau`` birth date, ``le`` child, ``ohoni`` mother, ``imel``, ``telefon``,
``faeagnusura`` password, ``sikul`` school, ``kalasi`` class, ``fikale`` pupil number,
``projek`` project, ``fuag`` its meaning (the question), ``tanu`` water, ``ut`` place,
``jaja`` picture, ``vitio`` video, ``tala`` amount, ``totogi`` payment, ``mahaki`` illness,
``vai`` medicine, ``rogrog`` message, ``rae`` search: the parent's sign-up, a log-in,
``/ou``, Jiare's entry, the project, the tank readings (JSON Lines), a photo and a video of the
demonstration, the media consent, the entry fee, the project by pupil number in the path, the
safety form (his asthma), who collects him, the judges' feedback, a message to the coordinator, a
search, a check-in at the hall, the people's-choice vote, a draft in base64 JSON, the
certificate by cookie, push and events. Only the family's tank is hers (``location.precise``);
the church's and the school's tanks are negatives, as are the readings (a borrowed test kit's,
not a device of hers)."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families237_kit import (
    AHAU_HOME_AT,
    COUSIN,
    FAIR_FIX,
    FAIR_HALL,
    SCHOOL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families237_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families237_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("raerae", "Raerae", "com.example.raerae", "1.2.7", "https://api.raerae.example.org")
IID = "X-Raerae-Device"
PW = "Jiare2015*Ahau"
KID = f"{SON['first']} {SON['last']}"
CHURCH_TANK = (-12.50672, 177.06911)  # the Ahau church's tank (a negative)
SCHOOL_TANK = (-12.50318, 177.07405)  # the village school's tank (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def raerae() -> list[Case]:
    rng = random.Random(23721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), le=[L(SON["pupil"], UID)],
                                    role="ohoni"))}
    proj = obj(rng, "pj")
    hla, hlo = fix(AHAU_HOME_AT, 5)
    entry = at_path(case(f, f"{a}/api/le/{SON['pupil']}/projek", headers=_h(rng, **b)),
                    SON["pupil"], UID)
    return [
        case(f, f"{a}/api/ohoni/signup", headers=_h(rng), body={
            "asa": L(f"{FIRST} {LAST}", NAMEC), "imel": L(EMAIL, MAIL), "telefon": L(E164, TEL),
            "faeagnusura": L(PW, CRED), "relation": "ohoni"}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "faeagnusura": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/le", headers=_h(rng, **b), body={
            "asle": L(SON["first"], NAMEC), "askainaga": L(SON["last"], NAMEC),
            "ranfanau": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER),
            "sikul": SCHOOL["id"], "kalasi": "Year 5", "fikale": L(SON["pupil"], UID)}),
        case(f, f"{a}/api/projek", headers=_h(rng, **b), body={
            "projek": proj, "title": "Which tank in Ahau has the cleanest water?",
            "fuag": L("Is the water from our house tank cleaner than the school's? I think roofs "
                      "with cleaned gutters give cleaner water.", TEXT),
            "category": "environment", "le": L(SON["pupil"], UID)}),
        lines(f, f"{a}/api/projek/{proj}/data", [
            {"tank": "own", "ut": {"lat": hla, "lng": hlo}, "ph": 6.8, "ntu": 1.2,
             "ran": "2025-12-28"},
            {"tank": "church", "ut": {"lat": CHURCH_TANK[0], "lng": CHURCH_TANK[1]},
             "ph": 7.1, "ntu": 3.9, "ran": "2025-12-28"},
            {"tank": "sikul", "ut": {"lat": SCHOOL_TANK[0], "lng": SCHOOL_TANK[1]},
             "ph": 6.4, "ntu": 5.5, "ran": "2025-12-29"}], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/projek/{proj}/jaja", [
            ("jaja", "tanks_ahau.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"le": L(SON["pupil"], UID),
                                                "caption": L("Jiare testing our tank", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/projek/{proj}/vitio", [
            ("vitio", "demo.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"seconds": 58})], headers=_h(rng, **b)),
        case(f, f"{a}/api/konsent", fmt="form", headers=_h(rng, **b), body={
            "le": L(SON["pupil"], UID), "media": "yes", "ohoni": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/fee/totogi", fmt="form", headers=_h(rng, **b), body={
            "le": L(SON["pupil"], UID), "tala": L("10.00", BUY), "valuta": "FJD",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        entry,
        case(f, f"{a}/api/safety", headers=_h(rng, **b), body={
            "le": L(SON["pupil"], UID), "mahaki": L("asthma", MED),
            "vai": L("salbutamol inhaler, blue", MED), "allergies": [L("none known", MED)],
            "contact": L(E164, TEL)}),
        case(f, f"{a}/api/pickup", headers=_h(rng, **b), body={
            "le": L(SON["pupil"], UID),
            "person": {"asa": L(COUSIN[0], NAMEC), "telefon": L(COUSIN[1], TEL),
                       "relation": "uncle"}, "ran": "2026-02-20"}),
        case(f, f"{a}/api/judges/feedback", headers=_h(rng, **b), query={
            "le": L(SON["pupil"], UID), "projek": proj}),
        case(f, f"{a}/api/rogrog", headers=_h(rng, **b), body={
            "to": "coordinator", "thread": obj(rng, "th"),
            "text": L(f"{KID} needs a power socket for the pump in his demo", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/rae", headers=_h(rng, **b), query={
            "rae": L("rainwater tank bacteria test kit", SEARCH)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "ut": {"lat": L(round(FAIR_FIX[0], 4), PRECISE), "lng": L(round(FAIR_FIX[1], 4),
                                                                        PRECISE)},
            "hall": {"id": FAIR_HALL["id"], "lat": FAIR_HALL["lat"], "lng": FAIR_HALL["lon"]},
            "le": L(SON["pupil"], UID)}),
        case(f, f"{a}/api/vote", fmt="form", headers=_h(rng, **b), body={
            "projek": obj(rng, "pj"), "voter": L(USER_ID, UID), "nonce": rid(rng)}),
        case(f, f"{a}/api/projek/{proj}/draft", fmt="form", headers=_h(rng, **b), body={
            "draft": W({"le": L(SON["pupil"], UID), "asle": L(KID, NAMEC),
                        "fuag": L("Our tank had the least dirt because Dad cleans the gutters",
                                  TEXT)}, "b64json")}),
        case(f, f"{a}/api/certificate", headers=_h(rng, how="none"), cookies={
            "rr_sid": L(opaque(rng, "", 40), CRED), "rr_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("project_saved", 1), ev("screen", 2, screen=L("Judging", USAGE))]}),
    ]


def raerae_sdks() -> list[Case]:
    rng = random.Random(23722)
    return [
        mc_batch(APP, rng, [("Project Saved", {"category": "environment"}),
                            ("Fee Paid", {"amount": L(10, BUY)})]),
        mc_identify(APP, rng, {"role": "ohoni", "children": 1, "hanua": L("Suva", COARSE)}),
        tn_launch(APP, rng),
        cd_crash(APP, rng, ("java.io.IOException", "video upload aborted"),
                 [cd_crumb("nav", "Projek -> Vitio"), cd_crumb("tap", "upload")],
                 screen="UploadActivity"),
        fn_eval(APP, rng, {"fair": "suva_primary_2026", "children": 1}),
        pt_register(APP, rng, tags={"fair": "suva_primary_2026", "kalasi": "year5"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "10.00"),
        hs_message(APP, rng, L(f"The fee for {KID} was taken twice", f"{TEXT}|{NAMEC}"),
                   {"le": L(SON["pupil"], UID)}),
    ]
