"""A Bhiwani de-addiction centre's family app "Nayi Subah" (HEALTH: her husband's younger brother
Rohit is in its 60-day residential programme; she is the family contact who filled the admission
and pays, and the family programme asks about her own sleep and stress). Haryanvi keys in Latin
letters: ``naam`` first name, ``kunba_naam`` surname, ``fon_nambar`` phone number, ``gupt_kod``
password, ``janam_tarik`` birth date, ``ghar`` home address, ``shahar`` town, ``naata`` relation
(``bhabhi`` elder brother's wife), ``mareez`` patient, ``bharti`` admission (``bharti_nambar``
admission number), ``nasha`` addiction, ``kitne_saal`` for how many years, ``pichhla_ilaaj``
earlier treatment, ``dawai`` medicines, ``daaktar``, ``salaah`` counselling, ``milan`` visit,
``parivaar`` family, ``neend`` sleep, ``chinta`` worry, ``kharcha`` cost, ``kisht`` instalment,
``khata`` bank account, ``saaman`` things, ``sandesa`` message, ``khoj`` search, ``rasid``
receipt, with English ``email``, ``otp``, ``aadhaar``, ``upi``, ``bp``, ``lat``/``lng``: the
family account, an OTP log-in, ``/me``, the admission (gzip), the consent signature, the deposit
by UPI, instalments from her account, visit slots and a visit booked, her check-in at the centre,
his progress report by admission number in the URL path, a family counselling video session, her
own questionnaire, a message to the counsellor, his medicines, a parcel for him (msgpack), a
search, an emergency contact, the invoice by cookie, her offline mood diary (JSON Lines), push
and events."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families306_kit import (
    CENTRE,
    CENTRE_FIX,
    DEWAR,
    HOME,
    HOME_AT,
    HUSBAND,
    IN_ACCOUNT,
    PATIENT,
    SAAS,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families306_sdk import cp_batch, cp_queue, ht_launch, tf_crash, tf_crumb, tf_session
from eval_families306_svc import (
    bd_attach,
    bd_message,
    ck_card,
    ck_confirm,
    dp_register,
    gm_route,
    hc_check,
    jf_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nayisubah", "Nayi Subah", "com.example.nayisubah", "2.6.0",
          "https://api.nayisubah.example.in")
IID = "X-NS-Device"
PW = "Subah!Bhiwani26"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
DEWAR_DOB = "1999-06-12"
DEWAR_AADHAAR = "3058 9921 6604"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nayisubah() -> list[Case]:
    rng = random.Random(30651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mareez=[L(PATIENT, MED)],
                                    role="parivaar"))}
    cla, clo = fix(CENTRE_FIX, 5)
    report = at_path(case(f, f"{a}/v2/mareez/{PATIENT}/pragati", headers=_h(rng, **b),
                          query={"hafta": "3"}), PATIENT, MED)
    return [
        case(f, f"{a}/v2/parivaar/khata", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "kunba_naam": L(LAST, NAMEC), "fon_nambar": L(E164, TEL),
            "email": L(EMAIL, MAIL), "gupt_kod": L(PW, CRED), "janam_tarik": L(DOB, BIRTH),
            "naata": "bhabhi", "ghar": L(HOME["line"], ADDR), "shahar": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "fon_nambar": L(E164, TEL), "otp": L("930417", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/bharti", gz=True, headers=_h(rng, **b), body={
            "mareez": {"naam": L(DEWAR[0], NAMEC), "janam_tarik": L(DEWAR_DOB, BIRTH),
                       "aadhaar": L(DEWAR_AADHAAR, NID), "fon_nambar": L(DEWAR[1], TEL)},
            "bharti_nambar": L(PATIENT, MED), "nasha": [L("sharab", MED), L("chitta", MED)],
            "kitne_saal": L(4, MED), "pichhla_ilaaj": L("2024 mein 10 din detox, Rohtak", MED),
            "daakhil": "2026-01-05", "program": L("60-din residential", MED)}),
        multipart(f, f"{a}/v2/bharti/sahmati", [
            ("dastkhat", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"bharti_nambar": L(PATIENT, MED),
                                                "kisne": L(f"{FIRST} {LAST}", NAMEC),
                                                "naata": "bhabhi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/jama", fmt="form", headers=_h(rng, **b), body={
            "bharti_nambar": L(PATIENT, MED), "rakam": L("25000", BUY), "upi": L(VPA, PAY),
            "txn": rid(rng)}),
        case(f, f"{a}/v2/kisht", headers=_h(rng, **b), body={
            "kul_kharcha": L(60000, BUY), "kisht": 3, "har_kisht": L(11667, BUY),
            "khata": L(IN_ACCOUNT, PAY), "bharti_nambar": L(PATIENT, MED)}),
        case(f, f"{a}/v2/milan/slot", headers=_h(rng, **b), query={
            "bharti_nambar": L(PATIENT, MED), "hafta": "2026-W04"}),
        case(f, f"{a}/v2/milan", headers=_h(rng, **b), body={
            "slot": obj(rng, "ml"), "bharti_nambar": L(PATIENT, MED),
            "log": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(SAAS[0], NAMEC)]}),
        case(f, f"{a}/v2/milan/pahunch", headers=_h(rng, **b), body={
            "jagah": {"lat": cla, "lng": clo},
            "kendra": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lng": CENTRE["lon"]}}),
        report,
        case(f, f"{a}/v2/salaah/video", headers=_h(rng, **b), body={
            "salaah": L("parivaar salaah (family therapy)", MED), "session": obj(rng, "fs"),
            "joinToken": L(opaque(rng, "vr_", 36), CRED), "bharti_nambar": L(PATIENT, MED)}),
        case(f, f"{a}/v2/parivaar/prashnavali", headers=_h(rng, **b), body={
            "neend": L("raat ko 4-5 ghante", MED), "chinta": L(7, MED),
            "bp": L("138/88", MED), "dawai": [L("none", MED)], "sahara": "saas, gharwala"}),
        case(f, f"{a}/v2/sandesa", headers=_h(rng, **b), body={
            "kisko": "counsellor_07",
            "sandesa": L("Fon pe Rohit bol raha tha neend na aave aur ghar aana chahve, "
                         "ke karein?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/dawai", headers=_h(rng, **b), query={
            "bharti_nambar": L(PATIENT, MED), "active": "1"}),
        case(f, f"{a}/v2/saaman", fmt="msgpack", headers=_h(rng, **b), body={
            "bharti_nambar": L(PATIENT, MED),
            "saaman": [{"cheez": "garam kapde", "ginti": 3}, {"cheez": "chappal", "ginti": 1}],
            "kaun_laave": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v2/khoj", headers=_h(rng, **b), query={
            "khoj": L("chitta chhodne ke baad neend kab aave", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v2/emergency", headers=_h(rng, **b), body={
            "bharti_nambar": L(PATIENT, MED),
            "sampark": [{"naam": L(SAAS[0], NAMEC), "fon_nambar": L(SAAS[1], TEL)},
                        {"naam": L(HUSBAND[0], NAMEC), "fon_nambar": L(HUSBAND[1], TEL)}]}),
        case(f, f"{a}/v2/rasid/latest", headers=_h(rng, how="none"), cookies={
            "ns_sess": L(opaque(rng, "", 40), CRED), "ns_dev": L(INSTALL_ID, DID)}),
        lines(f, f"{a}/v2/diary/sync", [
            {"din": "2026-01-12", "mann": L("pareshaan", MED), "neend_ghante": L(4, MED)},
            {"din": "2026-01-13", "mann": L("theek", MED), "neend_ghante": L(6, MED)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("visit_booked", 1), ev("screen", 2, screen=L("Pragati", USAGE))]}),
    ]


def nayisubah_sdks() -> list[Case]:
    rng = random.Random(30652)
    return [
        cp_batch(APP, rng, [("Visit Booked", {}), ("Deposit Paid", {"rakam": L(25000, BUY)})]),
        cp_queue(APP, rng, [("Diary Saved", {"mann": L("pareshaan", MED)}),
                            ("Report Opened", {"hafta": 3})]),
        ht_launch(APP, rng, user=True),
        tf_crash(APP, rng, ("java.io.IOException", "video room closed"),
                 [tf_crumb("nav", "Salaah -> Video")], screen="VideoActivity"),
        tf_session(APP, rng, secs=1180),
        jf_eval(APP, rng, {"kendra": CENTRE["id"], "program": L("de-addiction", MED)}),
        dp_register(APP, rng, tags={"kendra": CENTRE["id"]}),
        hc_check(APP, rng, {"analytics": True, "research": False}),
        ck_card(APP, rng),
        ck_confirm(APP, rng, "25000.00"),
        gm_route(APP, rng, [(HOME_AT, PRECISE), ((CENTRE["lat"], CENTRE["lon"]), None)]),
        bd_message(APP, rng, L("Rohit ki week 3 report khul na rahi", f"{TEXT}|{MED}"),
                   {"bharti_nambar": L(PATIENT, MED)}),
        bd_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "detox_discharge_2024.pdf",
                  "application/pdf"),
    ]
