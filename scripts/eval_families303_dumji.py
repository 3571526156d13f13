"""Village festival sponsor-rota app "Dumji Lawa" (Namche's summer Dumji: each year a few
households of the village are ``lawa``, the sponsors who feed the village and the lamas for the
festival's days; the committee keeps the roll of households by clan, the rota, the offerings and
the masked-dance days). Her household (her husband's, counted in his clan) is lawa in 2026: her
religion and the clan (ethnic origin) are sensitive. Its API's keys are Sherpa, ASCII-folded as a
Namche developer types them, with English loans (``email``, ``token``, ``id``) and Nepali loans
(``rasid`` receipt): ``min`` given name, ``gyuming`` family name, ``khapar`` phone, ``sangta``
password (lit. secret word), ``kyetshe`` birth date, ``yul`` village, ``khyoga`` husband,
``khyimtsang`` household, ``ru`` clan, ``cholug`` religion, ``lawa`` sponsor, ``ngul`` money /
amount, ``ngultre`` payment, ``chopa`` offerings, ``chome`` butter lamps, ``kurim`` rite, ``shipa``
the departed, ``monlam`` prayer / intention, ``tam`` message, ``par`` photo, ``tshol`` search,
``jinpa`` gift / donation, ``mi`` people, ``lo`` age, ``nyima`` day, ``sacha`` place, ``bya``
actions (events), ``chekhen`` user. Calls: sign-up, log-in, ``/nga``, the rota, the sponsorship
taken, the offerings (msgpack), the payment, butter lamps, a rite for the departed, a check-in at
the gompa, the masked-dance seats, a message to the committee, a photo, the household by number
in the path, the household's people, a search, a receipt by cookie, a donation, the schedule with
a base64 JSON preferences cookie, push, events and a log-out. New kind: a file-name and docstring
grep of ``scripts/eval_families*`` for "dumji", "lawa", "sponsor rota" and "festival committee"
found only set 279's children's stick-dance school (a "festival committee" phrase); Buddhist
monastery apps (sets 141, 161, 186) order readings, novitiations and teachings passes, not a
village festival's sponsorship."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families303_kit import (
    CLAN,
    DAUGHTER,
    GOMPA,
    GOMPA_FIX,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    IBI,
    fix,
    hd,
    obj,
    push,
)
from eval_families303_sdk import (
    ct_crash,
    ct_crumb,
    th_event,
    th_launch,
    tr_batch,
    tr_identify,
)
from eval_families303_svc import ck_save, cp_card, cp_confirm, hw_message, mg_route, pd_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("dumjilawa", "Dumji Lawa", "com.example.dumjilawa", "1.8.2",
          "https://api.dumjilawa.example.org")
IID = "X-Lawa-Device"
PW = "Khumbila#Dumji26"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dumji() -> list[Case]:
    rng = random.Random(30311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), khyimtsang=L(HOUSEHOLD, UID),
                                    ru=L(CLAN, SENS)))}
    gla, glo = fix(GOMPA_FIX, 5)
    roll = at_path(case(f, f"{a}/api/khyimtsang/{HOUSEHOLD}", headers=_h(rng, **b)),
                   HOUSEHOLD, UID)
    return [
        case(f, f"{a}/api/khyimtsang/tho", headers=_h(rng), body={
            "min": L(FIRST, NAMEC), "gyuming": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "khapar": L(E164, TEL), "sangta": L(PW, CRED), "kyetshe": L(DOB, BIRTH),
            "yul": L("Namche", COARSE), "ru": L(CLAN, SENS), "cholug": L("Nyingma", SENS),
            "khyimtsang": L(HOUSEHOLD, UID),
            "khyoga": {"min": L(HUSBAND[0], NAMEC), "khapar": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/nangdzul", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sangta": L(PW, CRED), "semzin": "1"}),
        case(f, f"{a}/api/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/dumji/lawa/rim", headers=_h(rng, **b), query={
            "khyimtsang": L(HOUSEHOLD, UID), "lo": "2026"}),
        case(f, f"{a}/api/dumji/lawa", headers=_h(rng, **b), body={
            "khyimtsang": L(HOUSEHOLD, UID), "lawa": L(True, SENS), "lo": 2026,
            "nyima": ["2026-06-13", "2026-06-14"], "ngul": L(45000, BUY),
            "kurim": L("Dumji tshokchö", SENS), "line": obj(rng, "lw")}),
        case(f, f"{a}/api/dumji/chopa", fmt="msgpack", headers=_h(rng, **b), body={
            "khyimtsang": L(HOUSEHOLD, UID), "chopa": [
                {"dzey": "mar", "kilo": 12}, {"dzey": "dru", "kilo": 40},
                {"dzey": "chang", "liter": 60}], "ngul": L(18500, BUY)}),
        case(f, f"{a}/api/ngultre", fmt="form", headers=_h(rng, **b), body={
            "khyimtsang": L(HOUSEHOLD, UID), "ngul": L("45000.00", BUY), "dram": "NPR",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kard_last4": L("4444", PAY)}),
        case(f, f"{a}/api/gompa/chome", headers=_h(rng, **b), body={
            "gompa": L(GOMPA["id"], SENS), "chome": 108, "ngul": L(1080, BUY),
            "monlam": L("For Ibi's knee pain to ease and for Pema's exams",
                        f"{TEXT}|{SENS}|{MED}")}),
        case(f, f"{a}/api/gompa/kurim", headers=_h(rng, **b), body={
            "gompa": L(GOMPA["id"], SENS), "kurim": L("shitro, 49th day", SENS),
            "shipa": L("Lhakpa Gyaltsen Sherpa", NAMEC), "nyima": "2026-03-02",
            "lama": "lm_ngawang", "ngul": L(7000, BUY)}),
        case(f, f"{a}/api/dumji/tshok", headers=_h(rng, **b), body={
            "nyima": "2026-06-14", "cham": L("Dumji cham, day two", SENS),
            "sacha": {"lat": gla, "lng": glo},
            "gompa_sacha": {"lat": GOMPA["lat"], "lng": GOMPA["lon"]}}),
        case(f, f"{a}/api/dumji/cham/sa", headers=_h(rng, **b), query={
            "nyima": "2026-06-14", "row": "B"}),
        case(f, f"{a}/api/tam", headers=_h(rng, **b), body={
            "to": "committee", "tam": L("Our lodge can host the lamas from Thame on the second "
                                        "night; Mingma brings the chang.", f"{TEXT}|{SENS}")}),
        multipart(f, f"{a}/api/par", [
            ("par", "cham_costume.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "album": "dumji-2026",
                "caption": L("Pema in her first cham costume", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        roll,
        case(f, f"{a}/api/khyimtsang/mi", headers=_h(rng, **b), body={
            "khyimtsang": L(HOUSEHOLD, UID), "ru": L(CLAN, SENS), "mi": [
                {"min": L(HUSBAND[0], NAMEC), "khapar": L(HUSBAND[1], TEL)},
                {"min": L(KID, NAMEC), "lo": L(DAUGHTER["age"], BIRTH)},
                {"min": L(IBI[0], NAMEC), "khapar": L(IBI[1], TEL)}]}),
        case(f, f"{a}/api/tshol", headers=_h(rng, **b), query={
            "tshol": L("cham schedule day three", SEARCH), "page": "1"}),
        case(f, f"{a}/api/rasid/gyun", headers=_h(rng, how="none"), cookies={
            "dl_sesia": L(opaque(rng, "", 40), CRED), "dl_device": L(INSTALL_ID, DID),
            "dl_req": rid(rng)}),
        case(f, f"{a}/api/jinpa", fmt="form", headers=_h(rng, **b), body={
            "jinpa": L("gompa-roof", SENS), "ngul": L("5000", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "mingmed": "0"}),
        case(f, f"{a}/api/dumji/dutsho", headers=_h(rng, how="none"), cookies={
            "dl_sesia": L(opaque(rng, "", 40), CRED),
            "dl_pref": W({"khyimtsang": L(HOUSEHOLD, UID), "ke": L("xsr", DEV)}, "b64json")}),
        case(f, f"{a}/api/trulkhor", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/bya", gz=True, headers=_h(rng, **b), body={
            "chekhen": L(USER_ID, UID), "bya": [
                ev("lawa_accepted", 1), ev("screen", 2, screen=L("ChomeOffering", USAGE)),
                ev("jinpa", 3, jinpa=L("gompa-roof", SENS))]}),
        case(f, f"{a}/api/thonpa", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def dumji_sdks() -> list[Case]:
    rng = random.Random(30312)
    return [
        tr_batch(APP, rng, [("Lawa Accepted", {"total": L(45000, BUY)}),
                            ("Lamp Offered", {"count": 108})], at=GOMPA_FIX, nd=2),
        tr_identify(APP, rng, {"ru": L(CLAN, SENS), "yul": L("Namche", COARSE),
                               "khyimtsang": L(HOUSEHOLD, UID)}),
        th_launch(APP, rng, first=True),
        th_event(APP, rng, "purchase", {"kind": L("lawa", SENS)}, revenue=45000.0, hashed=True),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "rota not loaded"),
                 [ct_crumb("nav", "Home -> LawaRota"),
                  ct_crumb("net", "GET", {"url": f"{APP.api}/api/dumji/lawa/rim", "status": 504})],
                 screen="LawaRotaActivity"),
        pd_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"gompa": L(GOMPA["name"], SENS), "lawa": "2026"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "45000.00"),
        mg_route(APP, rng, [(HOME_AT, PRECISE), ((GOMPA["lat"], GOMPA["lon"]), None)],
                 mode="walking"),
        hw_message(APP, rng, L("The lawa payment shows twice for our household",
                               f"{TEXT}|{SENS}"), {"khyimtsang": L(HOUSEHOLD, UID)}),
    ]
