"""A Kokborok language and literature society's app "Borokkok" (``borok`` people, ``kok``
language: a members' society in Agartala that runs classes, a magazine, Kokborok Day on 19
January and the campaign for the Roman script in examinations; her husband's family are Tripuri
and she learns the language). Its API's keys are Kokborok with Bengali loans, ASCII-folded:
``mung`` name, ``dopha`` clan (surname), ``mobail`` mobile (loan), ``guptokok`` password (lit.
"secret word"), ``jonmo_sal`` birth date, ``nok_thikana`` home address, ``sohor`` town, ``jati``
community (loan), ``lipi`` script (loan), ``lipi_mot`` script opinion, ``sadosyo_nambar``
membership number (loan), ``chanda`` dues (loan), ``utsob`` festival (loan), ``dabi`` petition /
demand (loan), ``sakkhor`` signature (loan), ``kobita`` poem (loan), ``patrika`` magazine (loan),
``swrang`` learn, ``phorangnai`` teacher, ``bwsajwk`` daughter, ``swami`` husband, ``khorang``
message, ``nai`` search, ``rang`` amount, ``chobi`` photo, ``kok`` language: sign-up (her
community and her script opinion), an OAuth password grant, ``/me``, dues, a Kokborok Day RSVP
for the family, the hall check-in with her fix, the Roman-script petition signed, her own
beginners' class, attendance by member number in the path, a poem submitted, the magazine, the
daughter's reading circle (her clan), a donation to the campaign fund, a photo, a message to the
secretary, a search, the member card by number in the path, a receipt by cookie GET, a
preferences cookie (base64 JSON), push and events."""

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
from eval_families298_kit import (
    AG_HOME,
    AG_HOME_AT,
    DAUGHTER,
    HUSBAND,
    MEMBER,
    SOCIETY,
    SOCIETY_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families298_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families298_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("borokkok", "Borokkok", "com.example.borokkok", "2.2.0",
          "https://api.borokkok.example.org")
IID = "X-Borokkok-Device"
PW = "Kokborok19Jan!"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kb=True, **kw)


def borokkok() -> list[Case]:
    rng = random.Random(29811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sadosyo=L(MEMBER, UID),
                                    lipi=L("roman", SENS)))}
    sla, slo = fix(SOCIETY_FIX, 4)
    card = at_path(case(f, f"{a}/v1/sadosyo/{MEMBER}/card", headers=_h(rng, **b)), MEMBER, UID)
    attend = at_path(case(f, f"{a}/v1/sadosyo/{MEMBER}/hajira", headers=_h(rng, **b),
                          query={"tal": "2026-01"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/sadosyo", headers=_h(rng), body={
            "mung": L(FIRST, NAMEC), "dopha": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "guptokok": L(PW, CRED), "jonmo_sal": L(DOB, BIRTH),
            "nok_thikana": L(AG_HOME["line"], ADDR), "sohor": L(AG_HOME["town"], COARSE),
            "jati": L("American (swami Tripuri)", SENS), "kok": "en,kokborok",
            "lipi_mot": L("Roman", SENS), "swami": L(HUSBAND[0], NAMEC),
            "sadosyo_nambar": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "borokkok-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/chanda", fmt="form", headers=_h(rng, **b), body={
            "sadosyo_nambar": L(MEMBER, UID), "bwswr": "2026", "rang": L("300", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/utsob/kokborok-sal-2026/rsvp", headers=_h(rng, **b), body={
            "sadosyo_nambar": L(MEMBER, UID), "seat": 3,
            "paribar": [L(HUSBAND[0], NAMEC), L(KID, NAMEC)], "mai": "veg"}),
        case(f, f"{a}/v1/utsob/checkin", headers=_h(rng, **b), body={
            "utsob": "kokborok-sal-2026", "jaga": {"lat": sla, "lng": slo},
            "hall": {"id": SOCIETY["id"], "lat": SOCIETY["lat"], "lng": SOCIETY["lon"]},
            "checkin_id": obj(rng, "ci")}),
        case(f, f"{a}/v1/dabi/roman-lipi/sakkhor", headers=_h(rng, **b), body={
            "dabi": L("roman-lipi-board-exam", SENS), "sakkhor": L(f"{FIRST} {LAST}", NAMEC),
            "mobail": L(E164, TEL), "sohor": L("Agartala", COARSE),
            "kok": L("Ani bwsajwk Roman lipi-o swrango, exam-o bini kok-o lekhano thangnai",
                     f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/swrang/class/enrol", headers=_h(rng, **b), body={
            "class": "kb_beg_roman_2", "sadosyo_nambar": L(MEMBER, UID),
            "phorangnai": "ph_0117", "rang": L(800, BUY), "somoi": "sat-10:00"}),
        attend,
        case(f, f"{a}/v1/kobita", headers=_h(rng, **b), body={
            "sadosyo_nambar": L(MEMBER, UID), "patrika": "twisa-2026-02",
            "kobita": L("Twi kwchar, khum kwtal / Gomati bai ang phaiya / nok-o Khumlai "
                        "mwnwi", TEXT), "kok": "trp"}),
        case(f, f"{a}/v1/patrika/subscribe", headers=_h(rng, **b), body={
            "patrika": "twisa", "tal": 12, "rang": L(480, BUY),
            "nok_thikana": L(AG_HOME["line"], ADDR), "pin": L(AG_HOME["pin"], COARSE)}),
        case(f, f"{a}/v1/bwsa/reading-circle", headers=_h(rng, **b), body={
            "bwsajwk": {"mung": L(DAUGHTER["first"], NAMEC),
                        "dopha": L(DAUGHTER["last"], f"{NAMEC}|{SENS}"),
                        "jonmo_sal": L(DAUGHTER["dob"], BIRTH),
                        "chwla_bwrwi": L(DAUGHTER["sex"], GENDER),
                        "jati": L("Tripuri", SENS), "kok": L("kokborok", SENS)},
            "circle": "rc_sat_kids", "guardian": L(MEMBER, UID)}),
        case(f, f"{a}/v1/donation", fmt="form", headers=_h(rng, **b), body={
            "fund": L("roman-lipi-dabi", SENS), "rang": L("1000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "nam_gupto": "false"}),
        multipart(f, f"{a}/v1/album", [
            ("chobi", "kokborok_sal.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "utsob": "kokborok-sal-2026",
                "kok": L("Khumlai Kokborok sal-o kobita phorangkha", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/khorang", headers=_h(rng, **b), body={
            "to": "secretary",
            "khorang": L("Ani swami Bishal Debbarma (+919436512087) volunteer tongnai, "
                         "phon khlai", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/nai", headers=_h(rng, **b), query={
            "nai": L("Kokborok English dictionary Roman", SEARCH)}),
        card,
        case(f, f"{a}/v1/rasid/latest", headers=_h(rng, how="none"), cookies={
            "bk_session": L(opaque(rng, "", 40), CRED), "bk_device": L(INSTALL_ID, DID),
            "bk_req": rid(rng)}),
        case(f, f"{a}/v1/settings", headers=_h(rng, **b), cookies={
            "bk_prefs": W({"sadosyo": L(MEMBER, UID), "kok": L("trp", DEV),
                           "lipi": L("roman", SENS)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "trp_IN")),
        case(f, f"{a}/v1/ghatana", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatana": [
                ev("petition_signed", 1, dabi=L("roman-lipi-board-exam", SENS)),
                ev("screen", 2, screen=L("Patrika", USAGE))]}),
    ]


def borokkok_sdks() -> list[Case]:
    rng = random.Random(29812)
    return [
        mc_batch(APP, rng, [("Petition Signed", {"campaign": L("roman-lipi", SENS)}),
                            ("Dues Paid", {"amount": L(300, BUY)})], at=SOCIETY_FIX, nd=2),
        mc_identify(APP, rng, {"community": L("Tripuri household", SENS),
                               "sadosyo": L(MEMBER, UID), "city": L("Agartala", COARSE)}),
        mc_pixel(APP, rng, "Magazine Opened", {"issue": "twisa-2026-02"}),
        tn_event(APP, rng, "donation", {"fund": L("roman-lipi-dabi", SENS)}, revenue=1000.0),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/dabi"),
                 [cd_crumb("nav", "Home -> Dabi"), cd_crumb("tap", "sign_button")],
                 screen="DabiActivity"),
        pt_register(APP, rng, lang="trp", at=AG_HOME_AT, nd=2,
                    tags={"lipi": L("roman", SENS), "class": "kb_beg_roman_2"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "1000.00", "inr"),
        mm_route(APP, rng, [(AG_HOME_AT, PRECISE), ((SOCIETY["lat"], SOCIETY["lon"]), None)],
                 mode="driving"),
        hs_message(APP, rng, L("Roman lipi dabi-ni rasid email-o phaiya",
                               f"{TEXT}|{SENS}"), {"sadosyo": L(MEMBER, UID)}),
    ]
