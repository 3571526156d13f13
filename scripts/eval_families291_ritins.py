"""Children's bicycle-licence app "Ritins" (``ritiņs`` wheel, bike: the parent's side of the
school-run course and exam for the bicycle rider's licence that children need on Latvian roads;
Ontons, 11, at his Rezekne school; its API's keys are Latgalian, ASCII-folded: ``vacuoks``
parent, ``barns`` child, ``vuords`` / ``pavuords``, ``personys_kods``, ``dzimsonys_dina``,
``dzymums`` sex (``puika`` boy), ``skola``, ``klase``, ``redze`` eyesight, ``tests``,
``punkti`` points, ``eksamens`` exam, ``moksa`` payment, ``bilde`` photo, ``piekrisona``
consent, ``paraksts`` signature, ``trenins`` practice, ``celš`` route, ``apliceiba`` licence,
``piguode`` delivery, ``aizbildnis`` guardian, ``velosipeds`` bicycle, ``ramis`` frame):
the parent's sign-up and log-in, ``/muns`` with a ``barni`` claim, the child added with his
personal code, practice tests by child number in the path, a test attempt, the exam booked and
paid, his photo, the consent signed, a practice ride (JSON Lines fixes from her phone and a
msgpack summary), the exam-day check-in, the licence by number in the path, its delivery, a
message to the teacher, the bike registered, notices, a search, the second guardian, push and
events with a session cookie."""

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
from eval_families291_kit import (
    HUSBAND,
    LICENCE,
    PERSONAL_CODE,
    RZ_HOME,
    SCHOOL,
    SON,
    YARD_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families291_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families291_svc import (
    cl_card,
    cl_confirm,
    cy_save,
    fn_eval,
    hs_message,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("ritins", "Ritins", "com.example.ritins", "1.9.3", "https://api.ritins.example.lv")
IID = "X-Ritins-Ireice"
PW = "Ontons2015!velo"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
CHILD = "RT-B-55210"  # the son's account in the app (id.user)
DOB_LV = "09.04.2015"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(28)
RIDE = [(56.504921, 27.326380), (56.505644, 27.324107), (56.506013, 27.322455)]  # her fixes


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ritins() -> list[Case]:
    rng = random.Random(29141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_posts=L(EMAIL, MAIL), barni=[L(CHILD, UID)],
                                    loma="vacuoks"))}
    yla, ylo = fix(YARD_FIX, 5)
    sla, slo = fix(RIDE[0], 4)
    tests = at_path(case(f, f"{a}/api/barni/{CHILD}/testi", headers=_h(rng, **b),
                         query={"tema": "celu_zeimes"}), CHILD, UID)
    lic = at_path(case(f, f"{a}/api/apliceiba/{LICENCE}", headers=_h(rng, **b)), LICENCE, NID)
    ride = [{"barns": L(CHILD, UID), "t": 1776000000 + 60 * i, "plotums": L(la, PRECISE),
             "garums": L(lo, PRECISE), "uotrums_kmh": 11.5 + i}
            for i, (la, lo) in enumerate(RIDE)]
    return [
        case(f, f"{a}/api/vacuoki", headers=_h(rng), body={
            "vuords": L(FIRST, NAMEC), "pavuords": L(LAST, NAMEC), "e_posts": L(EMAIL, MAIL),
            "tuolrunis": L(E164, TEL), "parole": L(PW, CRED),
            "personys_kods": L(PERSONAL_CODE, NID)}),
        case(f, f"{a}/api/ieeja", fmt="form", headers=_h(rng), body={
            "e_posts": L(EMAIL, MAIL), "parole": L(PW, CRED), "atguoduot": "1"}),
        case(f, f"{a}/api/muns", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/barni", headers=_h(rng, **b), body={
            "vuords": L(SON["first"], NAMEC), "pavuords": L(SON["last"], NAMEC),
            "personys_kods": L(SON["pk"], NID), "dzimsonys_dina": L(DOB_LV, BIRTH),
            "dzymums": L(SON["sex"], GENDER), "skola": SCHOOL["id"], "klase": SON["class"],
            "redze": L("breļļu nanosoj, redze normala", MED), "barns": L(CHILD, UID)}),
        tests,
        case(f, f"{a}/api/testi/meginuojums", headers=_h(rng, **b), body={
            "barns": L(CHILD, UID), "tests": "ts_12", "punkti": 18, "nu": 20,
            "ilgums_s": 611, "atbildes": [2, 1, 3, 3, 1]}),
        case(f, f"{a}/api/eksamens/pieraksts", headers=_h(rng, **b), body={
            "barns": L(CHILD, UID), "laiks": "2026-04-24T14:00", "skola": SCHOOL["id"],
            "moksa": L(5, BUY), "grupa": obj(rng, "gr", 6)}),
        case(f, f"{a}/api/moksa", fmt="form", headers=_h(rng, **b), body={
            "suma": L("5.00", BUY), "valuta": "EUR", "metode": L(opaque(rng, "pm_", 24), PAY),
            "barns": L(CHILD, UID)}),
        multipart(f, f"{a}/api/barni/bilde", [
            ("bilde", "ontons.jpg", "image/jpeg", L(JPEG + b"\x5e", MEDIA)),
            ("meta", None, "application/json", {"barns": L(CHILD, UID), "izmantuot":
                                                "apliceiba"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/piekrisona", [
            ("paraksts", "paraksts.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {
                "barns": L(CHILD, UID), "vacuoks": L(NAME, NAMEC),
                "personys_kods": L(PERSONAL_CODE, NID), "datums": "2026-04-10"})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/trenins/cels", ride, headers=_h(rng, **b)),
        case(f, f"{a}/api/trenins", fmt="msgpack", headers=_h(rng, **b), body={
            "barns": L(CHILD, UID), "km": L(4.2, FIT), "minutis": L(26, FIT),
            "sakums": {"plotums": sla, "garums": slo}, "kritini": 0}),
        case(f, f"{a}/api/eksamens/ierasona", headers=_h(rng, **b), body={
            "barns": L(CHILD, UID), "vita": {"plotums": yla, "garums": ylo},
            "laukums": {"id": "lk_rz5", "plotums": SCHOOL["lat"], "garums": SCHOOL["lon"]}}),
        lic,
        case(f, f"{a}/api/apliceiba/piguode", headers=_h(rng, **b), body={
            "apliceiba": L(LICENCE, NID), "sanemejs": L(NAME, NAMEC),
            "adress": L(RZ_HOME["line"], ADDR), "mists": L(RZ_HOME["town"], COARSE),
            "pasta_indekss": L(RZ_HOME["post"], COARSE)}),
        case(f, f"{a}/api/vastis", headers=_h(rng, **b), body={
            "kam": "sk_rz5_5b", "pavediens": obj(rng, "pv"),
            "teksts": L(f"{KID} šudiņ nabyus uz trenina, jam suop kuoja piec kritīņa.",
                        f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/api/velosipeds", headers=_h(rng, **b), body={
            "barns": L(CHILD, UID), "ramis": "WTU215C0931", "marka": "Kross", "kruosa": "zyla"}),
        case(f, f"{a}/api/jaunumi", headers=_h(rng, **b), query={
            "skola": SCHOOL["id"], "klase": SON["class"], "nu": "2026-04-01"}),
        case(f, f"{a}/api/meklet", headers=_h(rng, **b), query={
            "q": L("kai apbraukt škēršli kreisajā pusē", SEARCH)}),
        case(f, f"{a}/api/aizbildnis", headers=_h(rng, **b), body={
            "barns": L(CHILD, UID), "vuords": L(HUSBAND[0], NAMEC),
            "tuolrunis": L(HUSBAND[1], TEL), "e_posts": L(HUSBAND[2], MAIL), "loma": "tāvs"}),
        case(f, f"{a}/api/ireices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/nutykumi", headers=_h(rng, how="none"), cookies={
            "rt_sid": L(opaque(rng, "", 40), CRED), "rt_dev": L(INSTALL_ID, DID)}, body={
            "lituotuojs": L(USER_ID, UID), "piprasejums": rid(rng), "nutykumi": [
                ev("tests_pabeigts", 1), ev("ekrans", 2, ekrans=L("Trenins", USAGE))]}),
    ]


def ritins_sdks() -> list[Case]:
    rng = random.Random(29142)
    return [
        mc_batch(APP, rng, [("Test Finished", {"score": 18}),
                            ("Exam Paid", {"amount": L(5, BUY)})]),
        mc_identify(APP, rng, {"loma": "vacuoks", "barni": 1, "mists": L("Rezekne", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="velosipedi,barni,skola"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "licence photo"),
                 [cd_crumb("nav", "Barni -> Apliceiba")], screen="ApliceibaActivity"),
        fn_eval(APP, rng, {"skola": SCHOOL["id"], "barni": 1}),
        pt_register(APP, rng, tags={"skola": SCHOOL["id"], "klase": SON["class"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "5.00"),
        mm_telemetry(APP, rng, RIDE[:2], PRECISE),
        hs_message(APP, rng, L(f"Eksamena moksa par {KID} raduos naapmoksuota",
                               f"{TEXT}|{NAMEC}"), {"barns": L(CHILD, UID)}),
    ]
