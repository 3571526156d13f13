"""Medical second-opinion service "Miijo Didabo" (``miijo didabo``: a second opinion; a Garoua
specialist centre's app that collects a patient's records and has a specialist answer her
questions; its API's keys are Adamawa Fulfulde in ASCII: ``innde`` first name, ``yettoore``
surname, ``tilifon`` phone, ``kongol_sirri`` password (lit. "secret word"), ``nyalnde_jibineede``
birth date, ``jinsi`` sex (``debbo`` woman), ``hoddaare`` residence (street line), ``saare``
town, ``kartiye`` quarter, ``paaspoor`` passport, ``dosiye`` case file, ``nyawu`` illness,
``alamaaji`` signs, ``muusu`` pain, ``lekki`` medicines, ``reedu`` pregnancy (lit. "belly"),
``yiiyam`` blood, ``naamnal`` question, ``coggu`` price, ``ceede`` amount, ``njobdi`` payment,
``yillaare`` visit, ``nulal`` message, ``binndi`` text, ``gorko`` husband, ``dabbitol`` search,
``kuutorgal`` device, ``demngal`` language, ``kewuuji`` events): sign-up, log-in, ``/am``, the case
opened (gzip: her fibroids, bleeding, medicines and her wish to be pregnant), the ultrasound and
blood results (PDF), a search for a specialist, the question asked, its payment, the visit
booked, a check-in at the centre, a protobuf of the nurse's measurements, a msgpack pain diary,
a message to the specialist, the opinion by case number in the path, a video room, a
prescription sent to a pharmacy, sharing with her husband, her US insurer's claim, invoices by
cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families243_kit import (
    CASE_NO,
    CENTRE,
    CENTRE_FIX,
    CM_LINE,
    HUSBAND,
    MR_HOME,
    MR_HOME_AT,
    PASSPORT,
    SPECIALIST,
    fix,
    hd,
    obj,
    push,
)
from eval_families243_sdk import (
    cm_crash,
    cm_crumb,
    cm_session,
    mn_batch,
    mn_identify,
    tw_event,
    tw_launch,
)
from eval_families243_svc import (
    ck_save,
    cp_card,
    cp_confirm,
    fs_eval,
    hj_attach,
    ml_route,
    pn_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("miijo", "Miijo Didabo", "com.example.miijodidabo", "2.4.1",
          "https://api.miijodidabo.example.org")
IID = "X-Miijo-Kuutorgal"
PW = "Benoue#Garuwa2026"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def miijo() -> list[Case]:
    rng = random.Random(24311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dosiye=L(CASE_NO, MED)))}
    cla, clo = fix(CENTRE_FIX)
    lab: dict[str, str] = {}
    vitals = pb([(1, L(CASE_NO, MED)), (2, 1769504400),
                 (3, [(1, L(118, MED)), (2, L(76, MED)), (3, L(88, MED))]),
                 (4, L(63.5, FIT)), (5, L("9.1 g/dL", MED)), (6, "nurse_07")], "", lab)
    opinion = at_path(case(f, f"{a}/api/v1/dosiye/{CASE_NO}/miijo", headers=_h(rng, **b)),
                      CASE_NO, MED)
    return [
        case(f, f"{a}/api/v1/winndito", headers=_h(rng), body={
            "innde": L(FIRST, NAMEC), "yettoore": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "tilifon": L(E164, TEL), "kongol_sirri": L(PW, CRED),
            "nyalnde_jibineede": L(DOB, BIRTH), "jinsi": L("debbo", GENDER),
            "hoddaare": L(MR_HOME["line"], ADDR), "kartiye": L(MR_HOME["area"], COARSE),
            "saare": L(MR_HOME["town"], COARSE), "paaspoor": L(PASSPORT, NID),
            "demngal": L("en", DEV), "jaabi_sarti": True}),
        case(f, f"{a}/api/v1/naatgol", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kongol_sirri": L(PW, CRED), "siftor_am": "1"}),
        case(f, f"{a}/api/v1/am", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/dosiye", gz=True, headers=_h(rng, **b), body={
            "dosiye": L(CASE_NO, MED), "nyawu": L("fibromes uterins", MED),
            "alamaaji": [L("yiiyam keewdo e lewru", MED), L("muusu reedu", MED)],
            "muusu": L(6, MED), "lekki": [L("fer 200 mg", MED), L("acide tranexamique", MED)],
            "reedu": {"jogii": L(False, SENS), "yidi": L(True, SENS)},
            "miijo_gadano": L("Dokta Maroua wi'i operasiyo, mi yidi faamde goonga",
                              f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v1/dosiye/echo", [
            ("fiilde", "echographie_pelvienne.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dosiye": L(CASE_NO, MED), "nder": "echo",
                                                "nyalnde": "2026-01-08"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/dosiye/laabo", [
            ("fiilde", "nfs_janvier.pdf", "application/pdf", L(PDF + b"\x02", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dosiye": L(CASE_NO, MED),
                                                "yiiyam_hb": L(9.1, MED),
                                                "ferritine": L(11, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/specialistes", headers=_h(rng, **b), query={
            "dabbitol": L("jinekolog fibrome Garuwa", f"{SEARCH}|{MED}"), "hello": "1"}),
        case(f, f"{a}/api/v1/miijo/naamnal", headers=_h(rng, **b), body={
            "dosiye": L(CASE_NO, MED), "specialiste": "sp_jin_014",
            "naamnal": L("Mi yidi reedu hitaande garoyde: myomectomie walla embolisation?",
                         f"{TEXT}|{MED}|{SENS}"),
            "coggu": L(45000, BUY), "moneyaa": "XAF"}),
        case(f, f"{a}/api/v1/njobdi", fmt="form", headers=_h(rng, **b), body={
            "dosiye": CASE_NO, "ceede": L("45000", BUY), "moneyaa": "XAF",
            "metod": L(opaque(rng, "pm_", 24), PAY), "limre_momo": L(CM_LINE, TEL)}),
        case(f, f"{a}/api/v1/yillaare", headers=_h(rng, **b), body={
            "dosiye": L(CASE_NO, MED), "centre": CENTRE["id"], "nyalnde": "2026-01-27",
            "waktu": "09:30", "yillaare": obj(rng, "yl"),
            "sabu": L("echographie kontrol", MED)}),
        case(f, f"{a}/api/v1/yillaare/naatgol", headers=_h(rng, **b), body={
            "nokku": {"lat": cla, "lng": clo, "sizuste": 9},
            "centre": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lng": CENTRE["lon"],
                       "tilifon": CENTRE["phone"]}}),
        raw(f, f"{a}/api/v1/teskaare", vitals, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/deftere_muusu", fmt="msgpack", headers=_h(rng, **b), body={
            "dosiye": L(CASE_NO, MED), "nyalde": [
                {"nyalnde": "2026-01-14", "muusu": L(7, MED), "yiiyam": L("keewdo", MED)},
                {"nyalnde": "2026-01-15", "muusu": L(5, MED), "yiiyam": L("hakkundeejo", MED)}],
            "lekki_njardaa": [L("ibuprofene 400 mg", MED)]}),
        case(f, f"{a}/api/v1/nulal", headers=_h(rng, **b), body={
            "to": {"innde": L(SPECIALIST[0], NAMEC), "email": L(SPECIALIST[1], MAIL)},
            "binndi": L("Dokta, yiiyam ina heewi lewru ndu, mi tampi no feewi. Ko mi waɗata?",
                        f"{TEXT}|{MED}")}),
        opinion,
        case(f, f"{a}/api/v1/video/sal", headers=_h(rng, **b), body={
            "yillaare": obj(rng, "yl"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v1/lekki/ordonans", headers=_h(rng, **b), body={
            "dosiye": L(CASE_NO, MED), "farmasi": "ph_mra_domayo",
            "lekki": [L("fer fumarate 200 mg x60", MED), L("acide tranexamique 500 mg", MED)],
            "tilifon": L(CM_LINE, TEL)}),
        case(f, f"{a}/api/v1/rendu", headers=_h(rng, **b), body={
            "dosiye": L(CASE_NO, MED),
            "gorko": {"innde": L(HUSBAND[0], NAMEC), "tilifon": L(HUSBAND[1], TEL)},
            "nder": ["yillaare", "fakture"]}),
        case(f, f"{a}/api/v1/asuraas/naamnal", fmt="form", headers=_h(rng, **b), body={
            "limre_asuraas": L("XGH402218871", MED), "ceede": L("45000", BUY),
            "dosiye": L(CASE_NO, MED), "leydi_asuraas": "US"}),
        case(f, f"{a}/api/v1/fakture", headers=_h(rng, how="none"), cookies={
            "md_sesiyo": L(opaque(rng, "", 40), CRED), "md_kuutorgal": L(INSTALL_ID, DID),
            "md_req": rid(rng)}),
        case(f, f"{a}/api/v1/kuutorgal", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/kewuuji", gz=True, headers=_h(rng, **b), body={
            "jom_konte": L(USER_ID, UID), "kewuuji": [
                ev("dosiye_udditaama", 1), ev("naamnal_neldaama", 2, coggu=L(45000, BUY)),
                ev("yiyde", 3, yiyde=L("MiijoDokta", USAGE))]}),
        case(f, f"{a}/api/v1/yaltugol", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "kuutorgal": L(INSTALL_ID, DID)}),
    ]


def miijo_sdks() -> list[Case]:
    rng = random.Random(24312)
    return [
        mn_batch(APP, rng, [("Case Opened", {"specialty": L("gynaecology", MED)}),
                            ("Question Paid", {"price": L(45000, BUY)})],
                 at=MR_HOME_AT, nd=2),
        mn_identify(APP, rng, {"saare": L("Maroua", COARSE), "dosiye": L(CASE_NO, MED)}),
        tw_launch(APP, rng, first=True),
        tw_event(APP, rng, "purchase", {"item": "second_opinion"}, revenue=45000.0,
                 currency="XAF", hashed=True),
        cm_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [cm_crumb("nav", "Dosiye -> Echo"),
                  cm_crumb("net", "POST", {"url": f"{APP.api}/api/v1/dosiye/echo",
                                           "status": 0})], screen="UploadActivity"),
        cm_session(APP, rng, secs=734),
        fs_eval(APP, rng, {"centre": CENTRE["id"], "video": True}),
        pn_register(APP, rng, tags={"centre": CENTRE["id"]}),
        ck_save(APP, rng, {"analytics": True, "research": False}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "45000"),
        ml_route(APP, rng, [(MR_HOME_AT, PRECISE), ((CENTRE["lat"], CENTRE["lon"]), None)]),
        hj_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ordonnance.pdf", "application/pdf"),
    ]
