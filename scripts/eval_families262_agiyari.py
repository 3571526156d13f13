"""A Parsi anjuman's agiyari app "Humata" (a Navsari Zoroastrian community trust's app for its
fire temple and baug: household membership, jashan and muktad prayers, sandalwood offerings, the
children's navjote; her husband's family are members, she is the household's contact). Its API's
keys are Gujarati in Latin letters as a Navsari developer writes them (snake_case, ASCII-folded):
``naam`` name, ``atak`` surname, ``mobile``, ``gupt_shabd`` password (lit. "secret word"),
``janm_tarikh`` birth date, ``saranamu`` address, ``shaher`` town, ``pin_kod``, ``sabhya_kramank``
member number, ``kutumb`` family, ``pati`` husband, ``patni`` wife, ``dikri`` daughter, ``sasu``
mother-in-law, ``dharm`` religion, ``svargasth`` the departed, ``roj``/``mah`` Parsi day and month
names, ``sukhad`` sandalwood, ``bhet`` donation, ``rakam`` amount, ``chukavani`` payment,
``prarthana`` prayer, ``sandesh`` message, ``umar`` age, ``yatra`` pilgrimage, ``betak`` seat,
``sthal`` place, ``akshansh``/``rekhansh`` latitude/longitude, ``pahonch`` receipt, ``tarikh``
date, ``samay`` time. Sign-up, log-in, ``/maru``, the household, a jashan at home, muktad
prayers for her late father-in-law, a sandalwood offering, the calendar, Anahita's navjote
registration (her Aadhaar), the sudreh and kusti ordered, her arrival at the baug with her fix,
the navjote photos, a donation, a prayer request, Udvada bus seats, a message to the dasturji,
the membership by number in the path, a receipt by cookie, push and events."""

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
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families262_kit import (
    AGIYARI,
    AGIYARI_FIX,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    fix,
    hd,
    obj,
    upkaran,
)
from eval_families262_sdk import cf_crash, cf_crumb, md_batch, md_identify, md_pixel, tt_event
from eval_families262_svc import cs_save, ht_message, mp_route, pc_card, pc_confirm, pu_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("humata", "Humata", "com.example.humata", "2.4.1", "https://api.humata.example.org")
IID = "X-Humata-Upkaran"
PW = "Atash#Navsari25"
REL = SENS
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, gu=True, **kw)


def humata() -> list[Case]:
    rng = random.Random(26211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sabhya=L(MEMBER, UID),
                                    anjuman=L("navsari-parsi", REL)))}
    fla, flo = fix(AGIYARI_FIX, 4)
    member = at_path(case(f, f"{a}/api/v1/sabhya/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/nondhani", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "atak": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobile": L(E164, TEL), "gupt_shabd": L(PW, CRED), "janm_tarikh": L("17/05/1991",
                                                                                   BIRTH),
            "saranamu": L(HOME["line"], ADDR), "shaher": L(HOME["town"], COARSE),
            "pin_kod": L(HOME["pin"], COARSE), "sabhya_kramank": L(MEMBER, UID),
            "sambandh": "patni", "dharm": L("Khristi", REL)}),
        case(f, f"{a}/api/v1/pravesh", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gupt_shabd": L(PW, CRED), "yaad_rakho": "1"}),
        case(f, f"{a}/api/v1/maru", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kutumb", headers=_h(rng, **b), body={
            "sabhya_kramank": L(MEMBER, UID),
            "pati": {"naam": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL),
                     "dharm": L("Zarthoshti", REL)},
            "dikri": {"naam": L(KID, NAMEC), "janm_tarikh": L(DAUGHTER["dob"], BIRTH),
                      "ling": L(DAUGHTER["sex"], GENDER)},
            "sasu": {"naam": L(MOTHER_IL[0], NAMEC), "mobile": L(MOTHER_IL[1], TEL),
                     "shaher": L("Navsari", COARSE)}}),
        case(f, f"{a}/api/v1/jashan", headers=_h(rng, **b), body={
            "prakar": L("ghar_jashan", REL), "tarikh": "2025-12-21", "samay": "08:30",
            "sthal": {"saranamu": L(HOME["line"], ADDR), "akshansh": L(HOME_AT[0], "location.precise"),
                      "rekhansh": L(HOME_AT[1], "location.precise")},
            "mobeds": 2, "rakam": L(5100, BUY), "karan": L("Navu ghar, navi sharuaat", TEXT)}),
        case(f, f"{a}/api/v1/muktad", headers=_h(rng, **b), body={
            "svargasth": [{"naam": L("Jehangir Bharucha", NAMEC), "roj": "Ashishvangh",
                           "mah": "Aspandarmad"}],
            "prarthana": L("muktad_farvardegan", REL), "divaso": 10, "bhet": L(1500, BUY),
            "sabhya_kramank": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/sukhad", fmt="form", headers=_h(rng, **b), body={
            "agiyari": AGIYARI["id"], "vajan_gram": "250", "rakam": L("700", BUY),
            "kona_mate": L("Jehangir Bharucha", NAMEC), "sabhya_kramank": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/panchang", headers=_h(rng, **b), query={
            "calendar": L("shahenshahi", REL), "varsh": "1395", "mah": "Dae"}),
        case(f, f"{a}/api/v1/navjote/nondhani", headers=_h(rng, **b), body={
            "balak": {"naam": L(DAUGHTER["first"], NAMEC), "atak": L(DAUGHTER["last"], NAMEC),
                      "janm_tarikh": L(DAUGHTER["dob"], BIRTH), "umar": L(10, BIRTH),
                      "ling": L(DAUGHTER["sex"], GENDER), "aadhaar": L(DAUGHTER["aadhaar"], NID)},
            "pita": {"naam": L(HUSBAND[0], NAMEC), "dharm": L("Zarthoshti", REL),
                     "navjote_varsh": L(1991, REL)},
            "navjote_tarikh": "2026-02-08", "agiyari": AGIYARI["id"],
            "sabhya_kramank": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/navjote/sadra_kasti", fmt="msgpack", headers=_h(rng, **b), body={
            "vastu": [{"naam": L("sudreh", REL), "map": "28", "sankhya": 2},
                      {"naam": L("kusti", REL), "lambai": "72", "sankhya": 1}],
            "rakam": L(1850, BUY), "balak": L(KID, NAMEC)}),
        case(f, f"{a}/api/v1/baug/aagman", headers=_h(rng, **b), body={
            "prasang": L("navjote", REL), "tarikh": "2026-02-08",
            "sthal": {"akshansh": fla, "rekhansh": flo},
            "agiyari": {"id": AGIYARI["id"], "akshansh": AGIYARI["lat"],
                        "rekhansh": AGIYARI["lon"]}, "aagman_id": obj(rng, "ag")}),
        multipart(f, f"{a}/api/v1/album", [
            ("photo", "navjote_anahita.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "album": "navjote-2026-02",
                "varnan": L("Anahita ni navjote, dasturji sathe", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/bhet", fmt="form", headers=_h(rng, **b), body={
            "fund": L("agiyari_jirnoddhar", REL), "rakam": L("2500", BUY), "chalan": "INR",
            "chukavani_rit": L(opaque(rng, "pm_", 24), PAY), "gupt_daata": "false",
            "pan": L("AQZPD4417K", NID)}),
        case(f, f"{a}/api/v1/prarthana_vinanti", headers=_h(rng, **b), body={
            "sandesh": L(f"Mara sasu {MOTHER_IL[0]} na ghutan nu operation somvare che, "
                         "temna mate prarthana karjo", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "drashya": "mobed_matra"}),
        case(f, f"{a}/api/v1/yatra/udvada", headers=_h(rng, **b), body={
            "bus": "ud_feb_2", "betak": 3,
            "yatri": [L(HUSBAND[0], NAMEC), L(KID, NAMEC), L(MOTHER_IL[0], NAMEC)],
            "rakam": L(900, BUY), "pickup": "Navsari station road"}),
        case(f, f"{a}/api/v1/sandesh", headers=_h(rng, **b), body={
            "kone": "dasturji_ag03",
            "sandesh": L("Dasturji, Anahita ne kusti bandhta shikhavva mate ravivare aavi "
                         "shakay? Teno number +919099014417 che.",
                         f"{TEXT}|{REL}|{TEL}")}),
        member,
        case(f, f"{a}/api/v1/pahonch/chhelli", headers=_h(rng, how="none"), cookies={
            "hm_session": L(opaque(rng, "", 40), CRED), "hm_upkaran": L(INSTALL_ID, DID),
            "hm_req": rid(rng)}),
        case(f, f"{a}/api/v1/pasand", headers=_h(rng, **b), cookies={
            "hm_pasand": W({"sabhya": L(MEMBER, UID), "bhasha": L("gu", "device.info"),
                            "calendar": L("shahenshahi", REL)}, "b64json")}),
        case(f, f"{a}/api/v1/upkaran", headers=_h(rng, **b), body=upkaran(push_token(rng))),
        case(f, f"{a}/api/v1/ghatna", gz=True, headers=_h(rng, **b), body={
            "upyogkarta": L(USER_ID, UID), "ghatnao": [
                ev("jashan_booked", 1), ev("screen", 2, screen=L("Navjote", USAGE)),
                ev("bhet", 3, fund=L("agiyari_jirnoddhar", REL))]}),
    ]


def humata_sdks() -> list[Case]:
    rng = random.Random(26212)
    return [
        md_batch(APP, rng, [("Jashan Booked", {"total": L(5100, BUY)}),
                            ("Navjote Registered", {"agiyari": AGIYARI["id"]})],
                 at=AGIYARI_FIX, nd=2, locale="gu_IN"),
        md_identify(APP, rng, {"anjuman": L("Navsari Parsi Anjuman", REL),
                               "sabhya": L(MEMBER, UID), "shaher": L("Surat", COARSE)}),
        md_pixel(APP, rng, "Calendar Opened", {"mah": "Dae"}),
        tt_event(APP, rng, "donation", {"fund": L("agiyari_jirnoddhar", REL)}, revenue=2500.0,
                 currency="INR"),
        cf_crash(APP, rng, ("java.lang.IllegalStateException", "roj not found for date"),
                 [cf_crumb("nav", "Panchang -> Muktad"), cf_crumb("tap", "add_svargasth")],
                 screen="MuktadActivity"),
        pu_register(APP, rng, lang="gu", at=HOME_AT, nd=2,
                    tags={"anjuman": L("navsari-parsi", REL), "bhasha": "gu"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        pc_card(APP, rng, email=True),
        pc_confirm(APP, rng, "2500.00", "inr"),
        mp_route(APP, rng, [(HOME_AT, "location.precise"), ((AGIYARI["lat"], AGIYARI["lon"]),
                                                             None)]),
        ht_message(APP, rng, L("Muktad ni pahonch email ma nathi aavi", f"{TEXT}|{REL}"),
                   {"sabhya": L(MEMBER, UID)}),
    ]
