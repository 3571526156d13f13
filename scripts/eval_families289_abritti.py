"""A children's recitation (abritti) and drawing academy's parent app "Kobitaghor" (Ayesha's
Saturday classes in Ambarkhana, Sylhet; its API's keys are Sylheti in ASCII: ``obhibabok``
guardian, ``shishu`` child, ``nam``, ``fodobi``, ``mubail``, ``gufon_shobdo``, ``shomporko``
relation, ``jonmo_tarik`` birth date, ``linga`` sex (``meye`` girl), ``jonmo_nibondhon`` birth
registration number, ``chatro_nombor`` student number, ``klas`` class, ``batch``,
``mashik_fi`` monthly fee, ``elarji`` allergy, ``hajira`` attendance, ``sobi`` drawing,
``shironam`` title, ``kobita`` poem, ``protijogita`` competition, ``nite_ashbe`` collector,
``folafol`` results, ``tikana``, ``elaka``, ``shoor``, ``post_kod``, ``montobbo``, ``tara``):
sign-up with the child, the OAuth password grant, ``/amar`` with a ``chatro`` claim, batches,
enrolment, the fee by mobile wallet, attendance by student number in the path, the gate
pick-up with her fix, a drawing and a recitation recording, a competition entry, a collector
authorised, a message to the teacher (a sore throat), notices, a search, results, feedback, an
offline practice log (JSON Lines), preferences in a base64 JSON cookie, the address, push and
events."""

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
    GENDER,
    JPEG,
    M4A,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families289_kit import (
    ACADEMY,
    ACADEMY_FIX,
    DAUGHTER,
    SY_HOME,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families289_sdk import bj_bid, cm_crash, cm_crumb, ms_batch, ms_identify, tk_launch
from eval_families289_svc import ch_save, fs_eval, hc_message, pg_register, ps_card, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kobitaghor", "Kobitaghor", "com.example.kobitaghor", "1.9.0",
          "https://api.kobitaghor.example.org")
IID = "X-Kobitaghor-Device"
PW = "Ayesha2017!Amb"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
STU = DAUGHTER["student"]
DRIVER = ("Jamal Uddin", "+8801799052291")  # the family's CNG driver (typed by her: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kobitaghor() -> list[Case]:
    rng = random.Random(28921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chatro=[L(STU, UID)],
                                    role="obhibabok"))}
    gla, glo = fix(ACADEMY_FIX, 5)
    attendance = at_path(case(f, f"{a}/api/chatro/{STU}/hajira", headers=_h(rng, **b),
                              query={"mash": "2026-01"}), STU, UID)
    return [
        case(f, f"{a}/api/nibondhon", headers=_h(rng), body={
            "obhibabok": {"nam": L(FIRST, NAMEC), "fodobi": L(LAST, NAMEC),
                          "mubail": L(E164, TEL), "email": L(EMAIL_MIXED, MAIL),
                          "gufon_shobdo": L(PW, CRED), "shomporko": "ma"},
            "shishu": {"nam": L(DAUGHTER["first"], NAMEC), "fodobi": L(DAUGHTER["last"], NAMEC),
                       "jonmo_tarik": L(DAUGHTER["dob"], BIRTH),
                       "linga": L(DAUGHTER["sex"], GENDER),
                       "jonmo_nibondhon": L(DAUGHTER["brn"], NID), "klas": "3"},
            "chatro_nombor": L(STU, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kobitaghor-obhibabok"}),
        case(f, f"{a}/api/amar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/batch", headers=_h(rng, **b), query={
            "academy": ACADEMY["id"], "boyosh_dol": "7-9", "bishoy": "abritti"}),
        case(f, f"{a}/api/bhorti", headers=_h(rng, **b), body={
            "chatro_nombor": L(STU, UID), "batch": "ab_sat_7_9", "sobi_batch": "dr_sat_b",
            "mashik_fi": L(1200, BUY), "elarji": L("badam", MED),
            "jorury_fon": L(E164, TEL)}),
        case(f, f"{a}/api/fi/dewa", fmt="form", headers=_h(rng, **b), body={
            "chatro_nombor": L(STU, UID), "mash": "2026-02", "foriman": L("1200", BUY),
            "wallet_nombor": L(WALLET, TEL), "trx": opaque(rng, "TX", 10).upper()}),
        attendance,
        case(f, f"{a}/api/gate/nilam", headers=_h(rng, **b), body={
            "chatro_nombor": L(STU, UID), "zaga": {"lat": gla, "lng": glo},
            "gate": {"id": "gt_1", "lat": ACADEMY["lat"], "lng": ACADEMY["lon"]},
            "kisim": "nite_ashlam"}),
        multipart(f, f"{a}/api/sobi", [
            ("sobi", "amar_gaw.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {
                "chatro_nombor": L(STU, UID),
                "shironam": L("Amar dadur barir fukur", TEXT), "ranga": "jolrong"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/abritti/record", [
            ("audio", "kobita_ayesha.m4a", "audio/mp4", L(M4A + b"\x09", MEDIA)),
            ("meta", None, "application/json", {"chatro_nombor": L(STU, UID),
                                                "kobita": "kb_0112", "shomoy_s": 94})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/protijogita/boishakh", headers=_h(rng, **b), body={
            "chatro_nombor": L(STU, UID), "nam": L(KID, NAMEC),
            "jonmo_tarik": L(DAUGHTER["dob"], BIRTH), "bibhag": "kha", "fi": L(300, BUY),
            "kobita": "kb_0112"}),
        case(f, f"{a}/api/nite_ashbe", headers=_h(rng, **b), body={
            "chatro_nombor": L(STU, UID),
            "manush": {"nam": L(DRIVER[0], NAMEC), "mubail": L(DRIVER[1], TEL),
                       "shomporko": "gari chalok"}, "din": ["sat"]}),
        case(f, f"{a}/api/khobor", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "projonto": "tc_ab_02",
            "likha": L("Apa, Ayesha-r gola boisa gese, jor-o ase, aiz klas-o aibo na",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/notice", headers=_h(rng, **b), query={
            "academy": ACADEMY["id"], "batch": "ab_sat_7_9", "thaki": "2026-01-01"}),
        case(f, f"{a}/api/tukano", headers=_h(rng, **b), query={
            "q": L("chotoder kobita Sukumar Ray Boishakh", SEARCH)}),
        case(f, f"{a}/api/folafol", headers=_h(rng, **b), query={
            "chatro_nombor": L(STU, UID), "protijogita": "boishakh-2025"}),
        case(f, f"{a}/api/motamot", fmt="form", headers=_h(rng, **b), body={
            "batch": "ab_sat_7_9", "tara": "5",
            "montobbo": L("Apa khub dhorjo loiya shikhain, furi-e khub moja pay", TEXT)}),
        lines(f, f"{a}/api/practice/sync", [
            {"chatro": L(STU, UID), "kobita": "kb_0112", "minit": L(12, USAGE), "t": 1768380000},
            {"chatro": L(STU, UID), "kobita": "kb_0097", "minit": L(8, USAGE), "t": 1768466400}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/profile/prefs", headers=_h(rng, **b), cookies={
            "kg_sess": L(opaque(rng, "", 40), CRED),
            "kg_prefs": W({"chatro": L(STU, UID), "basha": L("bn", DEV), "dark": False},
                          "b64json")}),
        case(f, f"{a}/api/obhibabok/tikana", headers=_h(rng, **b), body={
            "tikana": L(SY_HOME["line"], ADDR), "elaka": L(SY_HOME["area"], COARSE),
            "shoor": L(SY_HOME["town"], COARSE), "post_kod": L(SY_HOME["post"], COARSE)}),
        case(f, f"{a}/api/zontro", headers=_h(rng, **b), body=push(push_token(rng), "bn_BD")),
        case(f, f"{a}/api/ghotona", headers=_h(rng, how="none"), cookies={
            "kg_sess": L(opaque(rng, "", 40), CRED), "kg_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "ghotona": [
                ev("record_uploaded", 1), ev("screen", 2, screen=L("Hajira", USAGE))]}),
    ]


def kobitaghor_sdks() -> list[Case]:
    rng = random.Random(28922)
    return [
        ms_batch(APP, rng, [("Recording Uploaded", {"secs": 94}),
                            ("Fee Paid", {"amount": L(1200, BUY)})], at=ACADEMY_FIX, nd=2),
        ms_identify(APP, rng, {"role": "obhibabok", "shishu": 1, "shoor": L("Sylhet", COARSE)}),
        tk_launch(APP, rng),
        bj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,poetry,drawing"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "recorder not prepared"),
                 [cm_crumb("nav", "Abritti -> Record")],
                 user={"id": L(USER_ID, UID)}, screen="RecordActivity"),
        fs_eval(APP, rng, {"academy": ACADEMY["id"], "children": 1}),
        pg_register(APP, rng, lang="bn", tags={"batch": "ab_sat_7_9"}),
        ch_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ps_card(APP, rng),
        ps_confirm(APP, rng, "300.00"),
        hc_message(APP, rng, L(f"{KID}-or Boishakh protijogitar fi duibar kata gese",
                               f"{TEXT}|{NAMEC}|{BUY}"), {"chatro": L(STU, UID)}),
    ]

