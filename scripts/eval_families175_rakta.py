"""Rare-blood-group donor registry "Raktamitra" (Pune's Rh-negative donors, called when a hospital
needs O-negative blood or platelets; she is O negative; its API's keys are Marathi in Latin
letters: ``daata`` donor, ``daata_kr`` donor number, ``raktagat`` blood group, ``vajan`` weight,
``unchi`` height, ``himoglobin``, ``raktadab`` blood pressure, ``nadi`` pulse,
``shevatche_raktadan`` last donation, ``ajar`` illnesses, ``aushadhe`` medicines,
``garbhavati`` pregnant, ``patrata`` eligibility, ``upalabdhata`` availability, ``antar``
distance, ``vinanti`` request, ``pratisad`` response, ``raktadan`` donation, ``prakar`` kind,
``pramanpatra`` certificate, ``itihas`` history, ``kutumb`` family (``pati`` husband,
``mulga`` son), ``shibir`` camp, ``sandarbh`` referral, ``smaran`` reminder, plus the set's
``pahila_nav``, ``kulnav``, ``janmadinank``, ``stri_purush``, ``bhramandhvani``, ``ipatra``,
``nagar``, ``parisar``, ``pin_sanket``, ``aadhaar_shevatche4`` keys): registration, an SMS code,
``/mi``, the eligibility questionnaire (gzip), availability near her flat, requests nearby, a
response with her fix, a protobuf en-route beat, the check-in at the blood bank, the donation
logged (haemoglobin, pressure, pulse), the donor card's photo, the history by donor number in the
path, her family's blood groups, a camp at her office, a message, feedback, a search, reminders
(msgpack), a referral, the card by cookie, push, events and a log-out. Set 13 has a donor-services
app for scheduled donations at drives; this is an on-call registry for a rare group (requests,
responses, routes to the hospital)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
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
from eval_families175_kit import (
    AADHAAR,
    BANK_FIX,
    BLOOD_BANK,
    DONOR,
    HUSBAND,
    IN_MOBILE,
    OFFICE,
    PUNE_HOME,
    PUNE_HOME_AT,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families175_sdk import (
    gv_batch,
    gv_queue,
    ss_event,
    ss_launch,
    tl_crash,
    tl_crumb,
    tl_session,
)
from eval_families175_svc import dr_reverse, dr_route, sp_register, sy_message, zf_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("raktamitra", "Raktamitra", "com.example.raktamitra", "2.2.5",
          "https://api.raktamitra.example.org")
IID = "X-Raktamitra-Install"
FIT = "health.fitness"
NID = "personal.national_id"
GROUP = "O-"
ON_WAY = (18.531220, 73.829614)  # her phone on the way to the blood bank


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mr=True, **kw)


def raktamitra() -> list[Case]:
    rng = random.Random(17551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, daata_kr=L(DONOR, UID), raktagat=L(GROUP, MED)))}
    bla, blo = fix(BANK_FIX, 5)
    req = obj(rng, "vn")
    lab: dict[str, str] = {}
    beat = pb([(1, L(DONOR, UID)), (2, req),
               (3, [(1, L(ON_WAY[0], PRECISE)), (2, L(ON_WAY[1], PRECISE)), (3, 14.0)]),
               (4, 12), (5, L(47, DEV))], "", lab)
    hist = at_path(case(f, f"{a}/v1/daata/{DONOR}/itihas", headers=_h(rng, **b)), DONOR, UID)
    return [
        case(f, f"{a}/v1/daata/nondani", headers=_h(rng), body={
            "pahila_nav": L(FIRST, NAMEC), "kulnav": L(LAST, NAMEC),
            "janmadinank": L(DOB, BIRTH), "stri_purush": L("stri", GENDER),
            "bhramandhvani": L(IN_MOBILE, TEL), "ipatra": L(EMAIL, MAIL),
            "raktagat": L(GROUP, MED), "vajan": L(61, FIT), "unchi": L(168, FIT),
            "nagar": L(PUNE_HOME["town"], COARSE), "parisar": L(PUNE_HOME["area"], COARSE),
            "pin_sanket": L(PUNE_HOME["pin"], COARSE),
            "aadhaar_shevatche4": L(AADHAAR[-4:], NID), "daata_kr": L(DONOR, UID)}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "bhramandhvani": L(IN_MOBILE, TEL), "otp": L("271604", CRED)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/patrata", gz=True, headers=_h(rng, **b), body={
            "daata_kr": L(DONOR, UID), "vajan": L(61, FIT), "himoglobin": L(12.9, MED),
            "shevatche_raktadan": L("2025-10-04", MED), "ajar": [L("nahi", MED)],
            "aushadhe": [L("levocetirizine 5 mg", MED)], "tattoo_12_mahine": L(False, MED),
            "garbhavati": L(False, MED), "malaria_pravas": L(False, MED),
            "hiv_chachni_sammati": L(True, MED)}),
        case(f, f"{a}/v1/upalabdhata", headers=_h(rng, **b), body={
            "upalabdh": True, "lat": L(round(PUNE_HOME_AT[0], 3), PRECISE),
            "lng": L(round(PUNE_HOME_AT[1], 3), PRECISE), "antar_km": 15,
            "vel": ["sakali", "ratri"]}),
        case(f, f"{a}/v1/vinanti", headers=_h(rng, **b), query={
            "raktagat": L(GROUP, MED), "antar": "15"}),
        case(f, f"{a}/v1/vinanti/{req}/pratisad", headers=_h(rng, **b), body={
            "yenar": "ho", "pohochnyachi_vel_min": 25, "raktagat": L(GROUP, MED),
            "sthan": {"lat": L(PUNE_HOME_AT[0], PRECISE), "lng": L(PUNE_HOME_AT[1], PRECISE)}}),
        raw(f, f"{a}/v1/marg", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/aagman", headers=_h(rng, **b), body={
            "daata_kr": L(DONOR, UID), "vinanti": req, "sthan": {"lat": bla, "lng": blo},
            "raktapedhi": {"id": BLOOD_BANK["id"], "lat": BLOOD_BANK["lat"],
                           "lng": BLOOD_BANK["lon"]}}),
        case(f, f"{a}/v1/raktadan/nond", headers=_h(rng, **b), body={
            "daata_kr": L(DONOR, UID), "dinank": "2026-01-27", "prakar": "platelets_apheresis",
            "himoglobin": L(13.1, MED), "raktadab": L("118/76", MED), "nadi": L(72, FIT),
            "bag": "BAG-SDP-260127-09", "vinanti": req}),
        multipart(f, f"{a}/v1/pramanpatra", [
            ("photo", "donor_card.jpg", "image/jpeg", L(JPEG + b"\x2b", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"daata_kr": L(DONOR, UID)})],
            headers=_h(rng, **b)),
        hist,
        case(f, f"{a}/v1/kutumb", headers=_h(rng, **b), body={
            "pati": {"nav": L(HUSBAND[0], NAMEC), "raktagat": L("B+", MED),
                     "bhramandhvani": L(HUSBAND[1], TEL)},
            "mulga": {"nav": L(f"{SON['first']} {SON['last']}", NAMEC),
                      "raktagat": L("O+", MED), "janmadinank": L(SON["dob"], BIRTH)}}),
        case(f, f"{a}/v1/shibir/nondani", fmt="form", headers=_h(rng, **b), body={
            "shibir": "sb_hjw_0214", "slot": "14:30", "daata_kr": L(DONOR, UID),
            "karyalay": OFFICE["id"]}),
        case(f, f"{a}/v1/sandesh", headers=_h(rng, **b), body={
            "prati": "samanvayak",
            "sandesh": L("Mala sadhya sardi-khokla aahe, pudhchya athavdyat yete",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/abhipray", fmt="form", headers=_h(rng, **b), body={
            "raktadan": "don_" + req[3:],
            "abhipray": L("Staff khup chhan hota, pan parking milala nahi", TEXT)}),
        case(f, f"{a}/v1/shodh", headers=_h(rng, **b), query={
            "q": L("O negative platelets Sadashiv Peth", SEARCH)}),
        case(f, f"{a}/v1/smaran", fmt="msgpack", headers=_h(rng, **b), body={
            "daata_kr": L(DONOR, UID), "pudhil_patra_dinank": L("2026-04-27", MED),
            "suchana": ["sms", "push"]}),
        case(f, f"{a}/v1/sandarbh", headers=_h(rng, **b), body={
            "nav": L("Meera Kulkarni", NAMEC), "bhramandhvani": L("+919881223450", TEL),
            "sandesh": L("Meera, tu pan O negative aahes na? Nondani kar", TEXT)}),
        case(f, f"{a}/v1/card", headers=_h(rng, how="none"), cookies={
            "rm_sesh": L(opaque(rng, "", 40), CRED), "rm_device": L(INSTALL_ID, DID),
            "rm_req": rid(rng)}),
        case(f, f"{a}/v1/upkaran", headers=_h(rng, **b), body=push(push_token(rng), "mr_IN")),
        case(f, f"{a}/v1/ghatana", gz=True, headers=_h(rng, **b), body={
            "vaparkarta": L(USER_ID, UID), "ghatana": [
                ev("request_accepted", 1), ev("screen", 2, screen=L("Vinanti", USAGE))]}),
        case(f, f"{a}/v1/baher", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "upkaran": L(INSTALL_ID, DID)}),
    ]


def raktamitra_sdks() -> list[Case]:
    rng = random.Random(17552)
    return [
        gv_batch(APP, rng, [("Request Accepted", {"group": L(GROUP, MED)}),
                            ("Donation Logged", {"kind": "platelets"})],
                 at=BANK_FIX, nd=3, locale="mr_IN"),
        gv_queue(APP, rng, [("Card Opened", {}), ("Reminder Set", {"days": 90})]),
        ss_launch(APP, rng, first=True),
        ss_event(APP, rng, "donor_registered", {"raktagat": L(GROUP, MED)}),
        tl_crash(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                 [tl_crumb("nav", "Vinanti -> Marg")], screen="MargActivity"),
        tl_session(APP, rng, secs=905),
        sp_register(APP, rng, lang="mr", at=PUNE_HOME_AT, nd=2,
                    tags={"raktagat": L(GROUP, MED), "nagar": L("Pune", COARSE)}),
        zf_eval(APP, rng, {"raktagat": L(GROUP, MED), "nagar": L("Pune", COARSE)}, hdr=True),
        dr_route(APP, rng, [(PUNE_HOME_AT, PRECISE),
                            ((BLOOD_BANK["lat"], BLOOD_BANK["lon"]), None)]),
        dr_reverse(APP, rng, ON_WAY, PRECISE, nd=4),
        sy_message(APP, rng, L("Donor card madhe maza raktagat chukicha dakhavto (O- aahe)",
                               f"{TEXT}|{MED}"), {"daata_kr": L(DONOR, UID)}),
    ]


__all__ = ["APP", "raktamitra", "raktamitra_sdks"]
