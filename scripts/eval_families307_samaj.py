"""A caste community association's app "Samaj Sangwari" (``sangwari``: companion, friend; the
Raipur city unit of a fictional Sahu samaj association: members' register, yearly dues, the
community hall (samaj bhawan), the Karma Jayanti gathering, the mass wedding (samuhik bihaav),
scholarships for members' children and a members' directory). She married into a Sahu family and
joined as a member (her caste by marriage, her gotra and kuldevi: ``personal.sensitive``). Its
API's keys are Chhattisgarhi in Latin letters, ASCII-folded as a Raipur developer types them:
``naanv`` first name, ``upnaanv`` surname, ``mobail`` mobile, ``gupt_kunji`` password (lit.
"secret key"), ``janam_tithi`` birth date, ``ling`` sex, ``thikana`` address, ``para``
neighbourhood, ``sahar`` town, ``jila`` district, ``jaat`` caste, ``gotra``, ``kuldevi`` family
goddess, ``gosaiyan`` husband, ``laika`` child, ``sadasya_kramank`` member number,
``sadasyata_shulk`` dues, ``rakam`` amount, ``chukara`` payment, ``chanda`` donation, ``bhawan``
hall, ``karyakram`` programme, ``bihaav`` wedding, ``dulhin``/``dulha`` bride/groom, ``umar``
age, ``chhatravritti`` scholarship, ``ank`` marks, ``kaksha`` class, ``sandesa`` message,
``khoj`` search, ``photu`` photo, ``jagha`` place, with ``email``, ``token``, ``id`` kept in
English: registration, log-in, ``/mor`` ("mine"), dues paid, the family members, the bhawan
booked for her mother-in-law's birthday, its payment, the Karma Jayanti pass and her attendance
fix, a donation, the mass-wedding form for her husband's cousin's daughter, the son's
scholarship application, a directory search, a message to the secretary, a photo, the
membership card by number in the path, a receipt by cookie, a vote for the city unit's office
bearers, push and events."""

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
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families307_kit import (
    BHAWAN,
    BHAWAN_FIX,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    PAN,
    RP_HOME,
    RP_HOME_AT,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families307_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
)
from eval_families307_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("samajsangwari", "Samaj Sangwari", "com.example.samajsangwari", "3.2.1",
          "https://api.samajsangwari.example.org")
IID = "X-Sangwari-Device"
PW = "Karma@Mata2026"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def sangwari() -> list[Case]:
    rng = random.Random(30711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    sadasya_kramank=L(MEMBER, UID),
                                    ikai=L("Sahu Samaj Raipur", SENS)))}
    bla, blo = fix(BHAWAN_FIX, 5)
    card = at_path(case(f, f"{a}/api/v1/sadasya/{MEMBER}/card", headers=_h(rng, **b),
                        query={"format": "pdf"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/panjiyan", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "upnaanv": L(HUSBAND[0].split()[1], NAMEC),
            "janm_upnaanv": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "gupt_kunji": L(PW, CRED), "janam_tithi": L(DOB, BIRTH),
            "ling": L("mahila", GENDER), "thikana": L(RP_HOME["line"], ADDR),
            "para": L(RP_HOME["para"], COARSE), "sahar": L(RP_HOME["town"], COARSE),
            "jila": L(RP_HOME["district"], COARSE), "pin_kod": L(RP_HOME["pin"], COARSE),
            "jaat": L("Sahu (Teli)", SENS), "gotra": L("Kashyap", SENS),
            "kuldevi": L("Karma Mata", SENS), "bihaav_ke_rasta": L("antarjatiya", SENS),
            "gosaiyan": {"naanv": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)},
            "ikai": "rpr_city"}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "gupt_kunji": L(PW, CRED), "yaad_rakh": "haav"}),
        case(f, f"{a}/api/v1/mor", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/sadasyata/shulk", fmt="form", headers=_h(rng, **b), body={
            "sadasya_kramank": L(MEMBER, UID), "baras": "2026-27", "rakam": L("501", BUY),
            "chukara_vidhi": "upi", "upi_ref": L(opaque(rng, "", 12), PAY)}),
        case(f, f"{a}/api/v1/parivar", headers=_h(rng, **b), body={
            "sadasya_kramank": L(MEMBER, UID), "sadasya": [
                {"naanv": L(HUSBAND[0], NAMEC), "rishta": "gosaiyan", "mobail": L(HUSBAND[1], TEL)},
                {"naanv": L(KID, NAMEC), "rishta": "beta", "janam_tithi": L(SON["dob"], BIRTH),
                 "ling": L(SON["sex"], GENDER)},
                {"naanv": L(MOTHER_IL[0], NAMEC), "rishta": "saas",
                 "mobail": L(MOTHER_IL[1], TEL)}]}),
        case(f, f"{a}/api/v1/bhawan/{BHAWAN['id']}/khali", headers=_h(rng, **b),
             query={"mahina": "2026-03"}),
        case(f, f"{a}/api/v1/bhawan/buking", headers=_h(rng, **b), body={
            "bhawan": BHAWAN["id"], "tithi": "2026-03-22", "hall": "bada_hall",
            "karyakram": L("Saas ke 70va janamdin", TEXT), "mehmaan": 120,
            "rakam": L(6500, BUY), "buking_id": L("SB-BK-26-0311", BUY),
            "sadasya_kramank": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/chukara", fmt="form", headers=_h(rng, **b), body={
            "buking_id": L("SB-BK-26-0311", BUY), "rakam": L("6500.00", BUY), "mudra": "INR",
            "vidhi": L(opaque(rng, "pm_", 24), PAY), "card_ke_aakhri_char": L("4444", PAY)}),
        case(f, f"{a}/api/v1/karyakram/karma-jayanti/pass", headers=_h(rng, **b), body={
            "karyakram": L("Bhaktin Mata Karma Jayanti", SENS), "tithi": "2026-03-14",
            "sadasya_kramank": L(MEMBER, UID), "pass_ginti": 3}),
        case(f, f"{a}/api/v1/karyakram/upasthiti", headers=_h(rng, **b), body={
            "karyakram": "kj_2026", "jagha": {"lat": bla, "lng": blo, "sateekta": 9},
            "bhawan": {"lat": BHAWAN["lat"], "lng": BHAWAN["lon"]},
            "entry": obj(rng, "en")}),
        case(f, f"{a}/api/v1/chanda", fmt="form", headers=_h(rng, **b), body={
            "kosh": L("karma-mata-mandir-nirman", SENS), "rakam": L("1100", BUY),
            "gupt_daan": "nahi", "pan": L(PAN, "personal.national_id"),
            "vidhi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/samuhik-bihaav/aavedan", gz=True, headers=_h(rng, **b), body={
            "sammelan": "smv_2026_rpr", "aavedak": L(MEMBER, UID),
            "dulhin": {"naanv": L("Khushboo Sahu", NAMEC), "janam_tithi": L("2003-07-19", BIRTH),
                       "gotra": L("Kashyap", SENS), "pita": L("Santosh Sahu", NAMEC)},
            "dulha": {"naanv": L("Devendra Sahu", NAMEC), "umar": L(26, BIRTH),
                      "gotra": L("Bharadwaj", SENS), "gaanv": L("Khamhardih", COARSE)},
            "mobail": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/v1/chhatravritti", headers=_h(rng, **b), body={
            "laika": {"naanv": L(KID, NAMEC), "janam_tithi": L(SON["dob"], BIRTH),
                      "aadhaar": L(SON["aadhaar"], "personal.national_id")},
            "kaksha": "5", "iskool": "Shankar Nagar HS School", "ank": "91.4",
            "jaat_praman_patra": L("OBC/RPR/2019/118442", SENS),
            "sadasya_kramank": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/nirdeshika/khoj", headers=_h(rng, **b), query={
            "khoj": L("darji Gudhiyari", SEARCH), "ikai": "rpr_city", "panna": "1"}),
        case(f, f"{a}/api/v1/sandesa", headers=_h(rng, **b), body={
            "paane_wala": "sachiv_rpr",
            "sandesa": L("Sachiv ji, mor saas Janki Bai Sahu ke naanv Bilaspur ikai ma he, "
                         "Raipur ma badle bar ka karna he?", f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/api/v1/photu", [
            ("photu", "karma_jayanti.jpg", "image/jpeg", L(JPEG + b"\x57", MEDIA)),
            ("meta", None, "application/json", {
                "album": "kj_2026",
                "vivran": L("Karma Mata ke puja ma Dhruv aur Rakesh", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        card,
        case(f, f"{a}/api/v1/rasid/latest", headers=_h(rng, how="none"), cookies={
            "ss_satr": L(opaque(rng, "", 40), CRED), "ss_device": L(INSTALL_ID, DID),
            "ss_req": rid(rng)}),
        case(f, f"{a}/api/v1/chunav/mat", fmt="form", headers=_h(rng, **b), body={
            "chunav": "rpr_ikai_2026", "pad": "mahila_upadhyaksh", "ummeedwar": "cand_07",
            "sadasya_kramank": L(MEMBER, UID), "otp": L("530817", CRED)}),
        case(f, f"{a}/api/v1/pasand", headers=_h(rng, **b), cookies={
            "ss_pasand": W({"sadasya_kramank": L(MEMBER, UID), "bhakha": L("hi", "device.info"),
                            "ikai": "rpr_city"}, "b64json")}),
        case(f, f"{a}/api/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("dues_paid", 1), ev("screen", 2, screen=L("BhawanBuking", USAGE)),
                ev("donation", 3, kosh=L("karma-mata-mandir-nirman", SENS))]}),
    ]


def sangwari_sdks() -> list[Case]:
    rng = random.Random(30712)
    return [
        mc_batch(APP, rng, [("Dues Paid", {"amount": L(501, BUY)}),
                            ("Hall Booked", {"hall": BHAWAN["id"]})],
                 at=BHAWAN_FIX, nd=2, locale="hi_IN"),
        mc_identify(APP, rng, {"samaj": L("Sahu", SENS), "ikai": "rpr_city",
                               "sahar": L("Raipur", COARSE), "member": L(MEMBER, UID)}),
        tn_event(APP, rng, "donation", {"fund": L("karma-mata-mandir-nirman", SENS)},
                 revenue=1100.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="matrimony,wedding,raipur"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "otp view detached"),
                 [cd_crumb("nav", "Chunav -> Mat"), cd_crumb("tap", "submit_vote")],
                 screen="ChunavActivity"),
        pt_register(APP, rng, lang="hi", at=RP_HOME_AT, nd=2,
                    tags={"samaj": L("sahu", SENS), "ikai": "rpr_city"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "6500.00"),
        mm_route(APP, rng, [(RP_HOME_AT, PRECISE), ((BHAWAN["lat"], BHAWAN["lon"]), None)]),
        hs_message(APP, rng, L("Bhawan buking ke rasid nai aaye he", TEXT),
                   {"sadasya_kramank": L(MEMBER, UID)}),
    ]

