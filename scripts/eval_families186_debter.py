"""The exile administration's family Green Book and chatrel app "Debter" (its API's keys are
Tibetan in the simplified phonetic spelling: ``ming`` name, ``ming_dangpo`` / ``ming_jema``
first / last name, ``lokthrin`` e-mail, ``khapar`` phone, ``sangtsig`` password, ``kyetse``
birth date, ``kyeyul`` birthplace, ``phomo`` sex, ``mirig`` ethnicity, ``phayul`` ancestral
region in Tibet, ``debjang`` Green Book, ``rc_ang`` Registration Certificate number,
``chilag`` passport, ``khyimtsang`` household, ``tsikhra`` account, ``tsogmi`` member,
``chatrel`` the voluntary contribution, ``ngul`` amount, ``ngultro`` payment, ``yigtsang``
office, ``ngongak`` appointment, ``tsendu`` election, ``thrinyig`` message, ``yige`` text,
``yigcha`` documents, ``khajang`` address, ``dzong`` district, ``jungwa`` events, ``nyenngo``
screen, ``zhug`` / ``thon`` log in / out): she keeps the household's account (she is
American; her husband and daughter hold Green Books): sign-up, log-in, ``/nga``, the household,
adding Tenzin and Pema, the year's chatrel and its payment, the receipt by Green Book number in
the path, Pema's Green Book page by number in the path, the household's new address with the
cottage's pin, Tenzin's RC renewal, a photo upload, the nearest office, an appointment, the voter
roll, the Tibetan Medicare enrolment and a claim, a message to the office, a receipt by cookie
GET, push, events and a log-out."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families186_kit import (
    AADHAAR,
    AADHAAR_H,
    DAUGHTER,
    DH_HOME,
    DH_HOME_AT,
    GREENBOOK_H,
    HUSBAND,
    OFFICE,
    PASSPORT,
    RC_H,
    fix,
    hd,
    obj,
)
from eval_families186_sdk import cr_crash, cr_crumb, lt_launch, ts_batch, ts_identify
from eval_families186_svc import (
    fd_eval,
    hk_message,
    ms_reverse,
    pd_register,
    pn_card,
    pn_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("debter", "Debter", "com.example.debter", "3.4.1", "https://api.debter.example.org")
IID = "X-Debter-Yoche"
PW = "Bhagsu#Lhasa26"
NID = "personal.national_id"
FAMILY = "DBT-HH-20417"  # the household account she keeps (id.user)
TMS = "TMS-DSA-55902"  # the family's Tibetan Medicare number (health.medical, a member ID)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bo=True, **kw)


def debter() -> list[Case]:
    rng = random.Random(18601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lokthrin=L(EMAIL, MAIL), tsikhra=L(FAMILY, UID)))}
    _hla, _hlo = fix(DH_HOME_AT, 3)
    receipt = at_path(case(f, f"{a}/v1/chatrel/rtsis/{GREENBOOK_H}", headers=_h(rng, **b),
                           query={"lo": "2026"}), GREENBOOK_H, NID)
    return [
        case(f, f"{a}/v1/thovkhod", headers=_h(rng), body={
            "ming_dangpo": L(FIRST, NAMEC), "ming_jema": L(LAST, NAMEC),
            "lokthrin": L(EMAIL, MAIL), "khapar": L(E164, TEL), "sangtsig": L(PW, CRED),
            "kyetse": L(DOB, BIRTH), "chilag": L(PASSPORT, NID), "aadhaar": L(AADHAAR, NID),
            "khyoga": {"ming": L(HUSBAND[0], NAMEC), "debjang": L(GREENBOOK_H, NID)},
            "shichag": L("Dharamshala", COARSE), "tsikhra_rig": "khyimtsang"}),
        case(f, f"{a}/v1/zhug", fmt="form", headers=_h(rng), body={
            "lokthrin": L(EMAIL_UPPER, MAIL), "sangtsig": L(PW, CRED), "drenpa": "1"}),
        case(f, f"{a}/v1/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/khyimtsang", headers=_h(rng, **b), query={
            "tsikhra": L(FAMILY, UID), "tsogmi": "tsang"}),
        case(f, f"{a}/v1/khyimtsang/tsogmi", headers=_h(rng, **b), body={
            "tsikhra": L(FAMILY, UID), "ming": L(HUSBAND[0], NAMEC),
            "kyetse": L("1986-02-14", BIRTH), "kyeyul": L("Bylakuppe", COARSE),
            "phomo": L("pho", GENDER), "mirig": L("bod", SENS),
            "phayul": L("Kham Lithang", SENS), "debjang": L(GREENBOOK_H, NID),
            "rc_ang": L(RC_H, NID), "aadhaar": L(AADHAAR_H, NID),
            "khapar": L(HUSBAND[1], TEL), "lokthrin": L(HUSBAND[2], MAIL)}),
        case(f, f"{a}/v1/khyimtsang/tsogmi", headers=_h(rng, **b), body={
            "tsikhra": L(FAMILY, UID), "ming": L(KID, NAMEC), "kyetse": L(DAUGHTER["dob"], BIRTH),
            "kyeyul": L("Dharamshala", COARSE), "phomo": L(DAUGHTER["sex"], GENDER),
            "mirig": L("bod", SENS), "debjang": L(DAUGHTER["gb"], NID),
            "pha": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/chatrel/lonthro", headers=_h(rng, **b), query={
            "debjang": L(GREENBOOK_H, NID), "lo": "2026"}),
        case(f, f"{a}/v1/chatrel/ngultro", fmt="form", headers=_h(rng, **b), body={
            "debjang": L(GREENBOOK_H, NID), "rig": L("chatrel", SENS), "ngul": L("96", BUY),
            "lo_tsang": "2026", "method": L(opaque(rng, "pm_", 24), PAY),
            "card_last4": L("4444", PAY)}),
        receipt,
        at_path(case(f, f"{a}/v1/debjang/{DAUGHTER['gb']}/shog", headers=_h(rng, **b),
                     query={"format": "pdf"}), DAUGHTER["gb"], NID),
        case(f, f"{a}/v1/khyimtsang/khajang", headers=_h(rng, **b), body={
            "tsikhra": L(FAMILY, UID), "khajang": L(DH_HOME["line"], ADDR),
            "dzong": L(DH_HOME["district"], COARSE), "pin": L(DH_HOME["pin"], COARSE),
            "sane": {"lat": L(DH_HOME_AT[0], PRECISE), "lng": L(DH_HOME_AT[1], PRECISE)}}),
        case(f, f"{a}/v1/lagkhyer/rc/sarje", headers=_h(rng, **b), body={
            "rc_ang": L(RC_H, NID), "tsetsad": "2026-03-31", "dzong": L("Kangra", COARSE),
            "khajang": L(DH_HOME["line"], ADDR), "pin": L(DH_HOME["pin"], COARSE),
            "ming": L(HUSBAND[0], NAMEC)}),
        multipart(f, f"{a}/v1/yigcha", [
            ("par", "tenzin_passport_photo.jpg", "image/jpeg", L(JPEG + b"\x86", MEDIA)),
            ("meta", None, "application/json", {"debjang": L(GREENBOOK_H, NID),
                                                "rig": "rc_par"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/yigtsang/nyewa", headers=_h(rng, **b), query={
            "lat": L(f"{DH_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{DH_HOME_AT[1]:.3f}", PRECISE),
            "km": "15"}),
        case(f, f"{a}/v1/ngongak", headers=_h(rng, **b), body={
            "yigtsang": OFFICE["id"], "tsedrang": "2026-02-09", "dutso": "10:30",
            "don": "rc_sarje", "ming": L(HUSBAND[0], NAMEC), "ngongak_id": obj(rng, "ap")}),
        case(f, f"{a}/v1/tsendu/tho", headers=_h(rng, **b), query={
            "debjang": L(GREENBOOK_H, NID), "tsendu": "sikyong-2026"}),
        case(f, f"{a}/v1/tms/thro", headers=_h(rng, **b), body={
            "tsikhra": L(FAMILY, UID), "tms_ang": L(TMS, MED),
            "tsogmi": [L(HUSBAND[0], NAMEC), L(KID, NAMEC)], "ngul": L(1210, BUY),
            "sngon_natsa": L("Tenzin: asthma since 2014", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/tms/claim", gz=True, headers=_h(rng, **b), body={
            "tms_ang": L(TMS, MED), "nadpa": L(KID, NAMEC),
            "natsa": L("pneumonia, 4 days admitted", MED), "menkhang": "Kangra Valley Hospital",
            "ngul": L(18500, BUY), "bill_ang": L("KVH-26-00917", BUY)}),
        case(f, f"{a}/v1/thrinyig", headers=_h(rng, **b), body={
            "yigtsang": OFFICE["id"], "thread": obj(rng, "th"),
            "yige": L("Tenzin Norbu's RC expires in March, can we renew it here instead of "
                      "Bylakuppe?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/rtsis/latest", headers=_h(rng, how="none"), cookies={
            "db_session": L(opaque(rng, "", 40), CRED), "db_yoche": L(INSTALL_ID, DID),
            "db_req": rid(rng)}),
        case(f, f"{a}/v1/yoche", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "yoche_id": L(INSTALL_ID, DID),
            "keyig": L("bo", "device.info"), "dutso_khul": L("Asia/Kolkata", "device.info")}),
        case(f, f"{a}/v1/jungwa", gz=True, headers=_h(rng, **b), body={
            "chokhen": L(USER_ID, UID), "jungwa": [
                ev("chatrel_paid", 1, ngul=L(96, BUY)),
                ev("nyenngo", 2, nyenngo=L("KhyimtsangTsogmi", USAGE))]}),
        case(f, f"{a}/v1/thon", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yoche": L(INSTALL_ID, DID)}),
    ]


def debter_sdks() -> list[Case]:
    rng = random.Random(18602)
    return [
        ts_batch(APP, rng, [("Chatrel Paid", {"amount": L(96, BUY)}),
                            ("Member Added", {"relation": "pugu"})], at=DH_HOME_AT, nd=2),
        ts_identify(APP, rng, {"shichag": L("Dharamshala", COARSE), "tsikhra": L(FAMILY, UID),
                               "members": 3}),
        lt_launch(APP, rng, first=True),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "receipt pdf closed"),
                 [cr_crumb("nav", "Chatrel -> Rtsis"),
                  cr_crumb("net", "GET", {"url": f"{APP.api}/v1/chatrel/lonthro",
                                          "status": 200})], screen="RtsisActivity"),
        fd_eval(APP, rng, {"office": OFFICE["id"], "shichag": L("Dharamshala", COARSE)},
                hdr=True),
        pd_register(APP, rng, lang="bo", at=DH_HOME_AT, nd=2, tags={"yigtsang": OFFICE["id"]}),
        pn_card(APP, rng),
        pn_confirm(APP, rng, "96.00"),
        ms_reverse(APP, rng, DH_HOME_AT, PRECISE, nd=5),
        hk_message(APP, rng, L("The chatrel receipt for 2026 shows my husband's Green Book twice",
                               TEXT), {"tsikhra": L(FAMILY, UID)}),
    ]


__all__ = ["debter", "debter_sdks"]
