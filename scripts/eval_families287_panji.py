"""Maithil genealogists' register app "Panjidhar" (the panjikars of Saurath keep the panji, the
lineage books of Maithil Brahmin and Karn Kayastha families, and issue the sidhant, the
certificate that a bride and groom are not of forbidden kinship; her married family's folio;
keys Maithili in Latin letters: ``naam`` first name, ``padvi`` surname, ``mobail`` mobile,
``gupt_shabd`` password, ``janm_tithi`` birth date, ``ling`` sex (``stri`` woman, ``balak`` boy),
``pati`` husband, ``pita`` father, ``maay`` mother, ``jati`` caste, ``gotra``, ``mool`` the
lineage's village of origin, ``shakha`` Vedic branch, ``panji_sankhya`` folio number,
``vanshavali`` family tree, ``peedhi`` generations, ``santaan`` children, ``maike`` natal home,
``vivah_paddhati`` wedding rite, ``sidhant`` certificate, ``kanya``/``var`` bride/groom,
``aavedak`` applicant, ``shulk`` fee, ``prashn`` question, ``purkha`` ancestors, ``sanshodhan``
correction, ``daan`` donation, ``sanyojan`` sharing, ``adhikar`` permission, ``thekaan`` address,
``gaam`` village, ``jila`` district, ``rashi`` amount, mixed with ``email``, ``otp``, ``upi``):
registration with the family's caste marks, an SMS code, ``/hamar``, the family tree by folio
number in the path, her entry as a married-in wife, her son's entry, sidhant slots, a sidhant
application for her husband's cousin's wedding (both families' gotra and mool), its fee by UPI,
her check-in at the genealogists' seat, a photo of an old folio leaf, a question about her
husband's great-grandfather, a search by name and mool, a correction (msgpack), a donation,
sharing with her husband, the postal address, the certificate by session cookie, push and
events. Genealogy apps of earlier sets are family trees and clan registries elsewhere; this one is
a caste genealogist's register whose main use is marriage eligibility."""

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
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
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
from eval_families287_kit import (
    COUSIN,
    HOME,
    HUSBAND,
    LINEAGE,
    PANJI_NO,
    SABHA,
    SABHA_FIX,
    SON,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families287_sdk import (
    lj_batch,
    lj_identify,
    lj_queue,
    sp_event,
    sp_launch,
    tp_crash,
    tp_crumb,
)
from eval_families287_svc import gb_register, mb_message, sq_check, tk_card, tk_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("panjidhar", "Panjidhar", "com.example.panjidhar", "2.0.6",
          "https://api.panjidhar.example.com")
IID = "X-Panji-Device"
PW = "Saurath#Sabha2026"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, mai=True, **kw)


def panjidhar() -> list[Case]:
    rng = random.Random(28721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), panji=L(PANJI_NO, UID),
                                    bhumika="sadasya"))}
    sla, slo = fix(SABHA_FIX, 4)
    tree = at_path(case(f, f"{a}/api/vanshavali/{PANJI_NO}", headers=_h(rng, **b),
                        query={"peedhi": "7", "shakha_sahit": "1"}), PANJI_NO, UID)
    return [
        case(f, f"{a}/api/panjiyan", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "padvi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "gupt_shabd": L(PW, CRED), "janm_tithi": L(DOB, BIRTH),
            "pati": {"naam": L(HUSBAND[0], NAMEC)}, "panji_sankhya": L(PANJI_NO, UID),
            "jati": L(LINEAGE["jati"], SENS), "gotra": L(LINEAGE["gotra"], SENS),
            "mool": L(LINEAGE["mool"], SENS), "gaam": L("Rajnagar", COARSE),
            "jila": L("Madhubani", COARSE)}),
        case(f, f"{a}/api/pravesh/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("318406", CRED)}),
        case(f, f"{a}/api/hamar", headers=_h(rng, extra=jw)),
        tree,
        case(f, f"{a}/api/praveshti/vivahit", headers=_h(rng, **b), body={
            "panji_sankhya": L(PANJI_NO, UID), "naam": L(f"{FIRST} {LAST}", NAMEC),
            "pita": L("Robert Doe", NAMEC), "maike": L("Minneapolis, USA", COARSE),
            "pati": L(HUSBAND[0], NAMEC), "vivah_tithi": "2015-11-27",
            "vivah_paddhati": L("vaidik, Rajnagar", SENS), "gotra_parivartan": L(True, SENS)}),
        case(f, f"{a}/api/praveshti/santaan", headers=_h(rng, **b), body={
            "panji_sankhya": L(PANJI_NO, UID), "naam": L(SON["first"], NAMEC),
            "padvi": L(SON["last"], NAMEC), "janm_tithi": L(SON["dob"], BIRTH),
            "ling": L(SON["sex"], GENDER), "pita": L(HUSBAND[0], NAMEC),
            "maay": L(f"{FIRST} {LAST}", NAMEC), "janm_sthan": L("Darbhanga", COARSE),
            "gotra": L(LINEAGE["gotra"], SENS), "mool": L(LINEAGE["mool"], SENS)}),
        case(f, f"{a}/api/sidhant/samay", headers=_h(rng, **b), query={
            "sabha": SABHA["id"], "maas": "2026-02"}),
        case(f, f"{a}/api/sidhant/aavedan", headers=_h(rng, **b), body={
            "aavedak": L(PANJI_NO, UID), "samay": obj(rng, "sl"),
            "kanya": {"naam": L(COUSIN[0], NAMEC), "gotra": L(LINEAGE["gotra"], SENS),
                      "mool": L(LINEAGE["mool"], SENS)},
            "var": {"naam": L(COUSIN[1], NAMEC), "gotra": L("Shandilya", SENS),
                    "mool": L("Kharauray", SENS)},
            "shulk": L(501, BUY)}),
        case(f, f"{a}/api/shulk/bhugtaan", fmt="form", headers=_h(rng, **b), body={
            "rashi": L("501.00", BUY), "upi": L(UPI, PAY), "aavedan": obj(rng, "av"),
            "sandarbh": rid(rng)}),
        case(f, f"{a}/api/upasthiti", headers=_h(rng, **b), body={
            "sabha": SABHA["id"], "thaam": {"lat": sla, "lng": slo},
            "sabha_thaam": {"lat": SABHA["lat"], "lng": SABHA["lon"]}}),
        multipart(f, f"{a}/api/dastavej", [
            ("photo", "purana_panna.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"panji_sankhya": L(PANJI_NO, UID),
                                                "varsh_anuman": "1890"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/prashn", headers=_h(rng, **b), body={
            "panjikar": "pk_srt_03",
            "prashn": L("Hamar sasur ke baba Shri Dayanath Jha, mool Sodarpur, hunak naam ee "
                        "panji me darj achhi ki?", f"{TEXT}|{NAMEC}|{SENS}")}),
        case(f, f"{a}/api/khoj", headers=_h(rng, **b), query={
            "naam": L("Dayanath Jha", f"{SEARCH}|{NAMEC}"),
            "mool": L(LINEAGE["mool"], f"{SEARCH}|{SENS}"), "peedhi": "4"}),
        case(f, f"{a}/api/vanshavali/sanshodhan", fmt="msgpack", headers=_h(rng, **b), body={
            "panji_sankhya": L(PANJI_NO, UID),
            "purkha": [{"naam": L("Dayanath Jha", NAMEC), "mrityu_varsh": 1971},
                       {"naam": L("Sheonath Jha", NAMEC), "mrityu_varsh": 1939}],
            "karan": L("Baba ke bhai ke naam chhutal chhal", TEXT)}),
        case(f, f"{a}/api/daan", fmt="form", headers=_h(rng, **b), body={
            "nidhi": "panji_sanrakshan", "rashi": L("1100", BUY),
            "vidhi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/sanyojan", headers=_h(rng, **b), body={
            "naam": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL), "adhikar": "dekhab",
            "panji_sankhya": L(PANJI_NO, UID)}),
        case(f, f"{a}/api/thekaan", headers=_h(rng, **b), body={
            "thekaan": L(HOME["line"], ADDR), "tola": L(HOME["tola"], COARSE),
            "nagar": L(HOME["town"], COARSE), "pin": L(HOME["pin"], COARSE),
            "rajya": L(HOME["state"], COARSE)}),
        case(f, f"{a}/api/sidhant/praman", headers=_h(rng, how="none"), query={
            "aavedan": obj(rng, "av")}, cookies={
            "pd_satra": L(opaque(rng, "", 40), CRED), "pd_yantra": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ghatna", gz=True, headers=_h(rng, **b), body={
            "upyogkarta": L(USER_ID, UID), "ghatna": [
                ev("vanshavali_dekhal", 1, peedhi=7), ev("sidhant_aavedan", 2),
                ev("parda", 3, parda=L("Vanshavali", USAGE), mool=L(LINEAGE["mool"], SENS))]}),
    ]


def panjidhar_sdks() -> list[Case]:
    rng = random.Random(28722)
    return [
        lj_batch(APP, rng, [("Tree Viewed", {"generations": 7}),
                            ("Sidhant Applied", {"fee": L(501, BUY)})]),
        lj_identify(APP, rng, {"jati": L(LINEAGE["jati"], SENS), "jila": L("Madhubani", COARSE),
                               "panji": L(PANJI_NO, UID)}),
        lj_queue(APP, rng, [("Folio Opened", {"panji": L(PANJI_NO, UID)}),
                            ("Search", {"mool": L(LINEAGE["mool"], SENS)})]),
        sp_launch(APP, rng, first=True),
        sp_event(APP, rng, "sidhant_fee", {"sabha": SABHA["id"]}, revenue=501.0),
        tp_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "tree depth 7"),
                 [tp_crumb("nav", "Vanshavali -> Peedhi"), tp_crumb("tap", "expand_node")],
                 screen="VanshavaliActivity"),
        gb_register(APP, rng, lang="mai",
                    tags={"mool": L(LINEAGE["mool"], SENS), "sabha": SABHA["id"]}),
        sq_check(APP, rng, {"analytics": True, "marketing": False}),
        tk_card(APP, rng),
        tk_confirm(APP, rng, "1100.00"),
        mb_message(APP, rng, L(f"{KID} ke praveshti me janm tithi galat dekhait achhi",
                               f"{TEXT}|{NAMEC}"), {"panji": L(PANJI_NO, UID)}),
    ]
