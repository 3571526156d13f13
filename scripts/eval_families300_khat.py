"""A children's calligraphy house's parent app "Qalamdan" (Tara's Saturday nastaliq class in Rasht:
reed pens, ink and weekly exercise sheets; its API's keys are Gilaki in Latin letters: ``vali``
guardian, ``nam`` name, ``famil`` surname, ``mobail`` mobile, ``khane_neshani`` home address,
``kode_posti`` post code, ``nesbat`` relation (``mar`` mother, ``shue_mar`` husband's mother),
``zak`` child, ``shagird`` pupil, ``shagirde_nomre`` pupil number, ``kode_melli`` national code,
``tavallode_ruz`` birth date, ``jens`` sex (``dokhtar`` girl), ``eynak`` glasses, ``kelas``
class, ``mashgh`` exercise, ``ostad`` teacher, ``hozur`` attendance, ``ghaybat`` absence,
``sabab`` reason, ``shahriye`` tuition, ``namayeshgah`` exhibition, ``onvan`` title, ``gab``
message, ``tahvil`` pick-up, ``darb`` door): the parent's log-in (OAuth password grant), the
guardian's profile, ``/mi`` with a ``shagirdan`` claim, Tara enrolled by her national code, her
exercises by pupil number in the path, an exercise sheet's photo, attendance, an absence (a
fever), the term's tuition, reed pens and ink (msgpack), a piece for the Nowruz exhibition, the
door check-in, a pick-up authorisation for her mother-in-law, a message to the teacher, the
timetable, the term's evaluation by cookie GET, a meeting slot, an offline practice log (JSON
Lines), the address, push and events. Set 265 has a child's Saturday art class (painting); this
is calligraphy: exercise sheets corrected by the teacher, pens and ink, the nastaliq levels."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families300_kit import (
    CLASS,
    DAUGHTER,
    DOOR_FIX,
    HOME,
    MOTHER_IL,
    QALAM,
    fix,
    hd,
    obj,
    push,
)
from eval_families300_sdk import ab_launch, bm_bid, cs_crash, cs_crumb, mv_batch, mv_identify
from eval_families300_svc import cg_save, fk_eval, hc_message, pb_card, pb_confirm, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("qalamdan", "Qalamdan", "com.example.qalamdan", "1.9.5",
          "https://api.qalamdan.example.org")
IID = "X-Qalamdan-Device"
PW = "Nastaliq#Tara96"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PUPIL = DAUGHTER["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def qalamdan() -> list[Case]:
    rng = random.Random(30041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), shagirdan=[L(PUPIL, UID)],
                                    naghsh="vali"))}
    dla, dlo = fix(DOOR_FIX, 5)
    exercises = at_path(case(f, f"{a}/v1/shagird/{PUPIL}/mashgh", headers=_h(rng, **b),
                             query={"term": "1404-paeez"}), PUPIL, UID)
    practice = [{"shagird": L(PUPIL, UID), "ruz": f"1404/09/{10 + i}", "daghighe": 20 + 5 * i,
                 "harf": h, "safhe": L("TamrinKhane", USAGE)}
                for i, h in enumerate(["alef", "be", "jim"])]
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "qalamdan-android"}),
        case(f, f"{a}/v1/vali", headers=_h(rng, auth="bearer"), body={
            "nam": L(FIRST, NAMEC), "famil": L(LAST, NAMEC), "mobail": L(NATIONAL, TEL),
            "email": L(EMAIL_MIXED, MAIL), "nesbat": "mar",
            "khane_neshani": L(HOME["line"], ADDR), "shahr": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/shagird", headers=_h(rng, **b), body={
            "zak": {"nam": L(DAUGHTER["first"], NAMEC), "famil": L(DAUGHTER["last"], NAMEC),
                    "kode_melli": L(DAUGHTER["nid"], NID),
                    "tavallode_ruz": L("1396/08/12", BIRTH), "jens": L(DAUGHTER["sex"], GENDER),
                    "eynak": L(True, MED), "chap_dast": True},
            "shagirde_nomre": L(PUPIL, UID), "kelas": CLASS["id"], "sath": CLASS["level"]}),
        exercises,
        multipart(f, f"{a}/v1/mashgh/ersal", [
            ("aks", "mashgh_be.jpg", "image/jpeg", L(JPEG + b"\x44", MEDIA)),
            ("meta", None, "application/json", {"shagird": L(PUPIL, UID), "harf": "be",
                                                "hafte": 9})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hozur", headers=_h(rng, **b), query={
            "shagird": L(PUPIL, UID), "mah": "1404-09"}),
        case(f, f"{a}/v1/ghaybat", headers=_h(rng, **b), body={
            "shagird": L(PUPIL, UID), "ruz": "1404/09/15", "sabab": L("nakhoshi", MED),
            "gab": L("Tara tab dare u gulu dard, imruz kelas numaye", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/shahriye/pardakht", fmt="form", headers=_h(rng, **b), body={
            "shagird": L(PUPIL, UID), "term": "1404-paeez", "mablagh": L("42000000", BUY),
            "ravesh": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/forushgah/sefaresh", fmt="msgpack", headers=_h(rng, **b), body={
            "aghlam": [{"kala": "qalam_ney_3", "tedad": 3, "fi": 350000},
                       {"kala": "morakkab_siyah", "tedad": 1, "fi": 900000}],
            "jam": L(1950000, BUY), "shagird": L(PUPIL, UID)}),
        multipart(f, f"{a}/v1/namayeshgah", [
            ("asar", "tara_nowruz.jpg", "image/jpeg", L(JPEG + b"\x45", MEDIA)),
            ("meta", None, "application/json", {
                "shagird": L(PUPIL, UID), "onvan": L("Bahar amo, Tara (8 sale)",
                                                    f"{TEXT}|{NAMEC}|{BIRTH}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/darb/checkin", headers=_h(rng, **b), body={
            "shagird": L(PUPIL, UID), "ja": {"lat": dla, "lng": dlo},
            "darb": {"id": "dr_asli", "lat": QALAM["lat"], "lng": QALAM["lon"]},
            "nu": "tahvil"}),
        case(f, f"{a}/v1/tahvil/ejaze", headers=_h(rng, **b), body={
            "shagird": L(PUPIL, UID),
            "nafar": {"nam": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL),
                      "nesbat": "shue_mar"}, "ruzha": ["shanbe"]}),
        case(f, f"{a}/v1/gab", headers=_h(rng, **b), body={
            "be": "ostad_kl_nast_b",
            "gab": L("Ostad Mahdavi, Tara qalam-a kelas ja bana, shanbe avere",
                     f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/jadval", headers=_h(rng, **b), query={
            "kelas": CLASS["id"], "ruz": CLASS["day"]}),
        case(f, f"{a}/v1/karname", headers=_h(rng, how="none"), query={
            "shagird": L(PUPIL, UID)}, cookies={
            "qd_sid": L(opaque(rng, "", 40), CRED), "qd_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/moshavere", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "ms"), "shagird": L(PUPIL, UID), "zaban": "en"}),
        lines(f, f"{a}/v1/tamrin/sync", practice, headers=_h(rng, **b)),
        case(f, f"{a}/v1/vali/neshani", headers=_h(rng, **b), body={
            "khane_neshani": L(HOME["line"], ADDR), "shahr": L(HOME["town"], COARSE),
            "mahalle": L(HOME["area"], COARSE), "kode_posti": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("mashgh_dide", 1), ev("safhe", 2, safhe=L("Namayeshgah", USAGE))]}),
    ]


def qalamdan_sdks() -> list[Case]:
    rng = random.Random(30042)
    return [
        mv_batch(APP, rng, [("Exercise Viewed", {"week": 9}),
                            ("Tuition Paid", {"amount": L(42000000, BUY)})]),
        mv_identify(APP, rng, {"role": "parent", "children": 1, "shahr": L("Rasht", COARSE)}),
        ab_launch(APP, rng),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,art,calligraphy"),
        cs_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [cs_crumb("nav", "Mashgh -> Camera")], user={"id": L(USER_ID, UID)},
                 screen="MashghCameraActivity"),
        fk_eval(APP, rng, {"school": QALAM["id"], "children": 1}),
        ps_register(APP, rng, tags={"kelas": CLASS["id"]}),
        cg_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pb_card(APP, rng),
        pb_confirm(APP, rng, "42000000"),
        hc_message(APP, rng, L(f"Shahriye-ye {KID} hanuz pardakht nashode neshan dahe",
                               f"{TEXT}|{NAMEC}"), {"shagird": L(PUPIL, UID)}),
    ]
