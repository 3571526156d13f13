"""An Arya Samaj mandir's app "Yagyashala" (HER RELIGION: she and Naveen married at this Arya
Samaj in Rohtak after her ``shuddhi``; the family keeps a Sunday havan). Haryanvi/Hindi keys in
Latin letters, ASCII-folded: ``naam`` first name, ``khandani_naam`` surname, ``sampark`` contact
number, ``gupt_chaabi`` password, ``janam_tithi`` birth date, ``pata`` address, ``nagar`` town,
``ling`` sex (``mahila`` woman, ``chhori`` girl), ``pati`` husband, ``dharm`` religion,
``sabhasad`` member (number), ``samaj`` the society, ``havan``, ``samagri`` offerings kit,
``yajman`` host, ``purohit`` priest, ``sanskar`` rite, ``vivah_praman`` marriage certificate,
``tithi`` date, ``samay`` time, ``sthan`` place, ``daan`` donation, ``rasid`` receipt, ``rakam``
amount, ``prarthana`` prayer request, ``pravachan`` sermon, ``satsang`` weekly gathering,
``khoj`` search, ``sandesh`` message, ``tasveer`` photo, with English ``email``, ``pan``,
``upi``, ``lat``/``lon``: registration, an OAuth password grant, ``/me``, havan slots, a home
havan booked, the daughter's yagyopavit (sacred-thread) rite, a copy of the marriage certificate,
Sunday satsang attendance with her fix, a donation (PAN for the tax receipt), a prayer request for
her brother-in-law, a Satyarth Prakash study circle, a havan photo, a message to the acharya, the
member by number in the URL path, a receipt by cookie, a search, the festival calendar, a
samagri order (msgpack), the membership fee by UPI, push and events."""

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
from eval_families306_kit import (
    DAUGHTER,
    DEWAR,
    HOME,
    HOME_AT,
    HUSBAND,
    MANDIR,
    MANDIR_FIX,
    PAN,
    SABHASAD,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families306_sdk import cp_batch, cp_identify, cp_pixel, ht_event, tf_crash, tf_crumb
from eval_families306_svc import bd_message, ck_card, ck_confirm, dp_register, gm_route, hc_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("yagyashala", "Yagyashala", "com.example.yagyashala", "2.2.0",
          "https://api.yagyashala.example.org")
IID = "X-Yagya-Device"
PW = "Om#Havan2014"
NID = "personal.national_id"
REL = SENS
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
CERT = "ASM-RTK-V-2014-0212"  # their marriage certificate's register number (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def yagyashala() -> list[Case]:
    rng = random.Random(30611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sabhasad=L(SABHASAD, UID),
                                    samaj=L(MANDIR["name"], REL)))}
    mla, mlo = fix(MANDIR_FIX, 4)
    member = at_path(case(f, f"{a}/v1/sabhasad/{SABHASAD}", headers=_h(rng, **b)), SABHASAD,
                     UID)
    return [
        case(f, f"{a}/v1/sabhasad", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "khandani_naam": L(LAST, NAMEC),
            "sampark": L(E164, TEL), "email": L(EMAIL_MIXED, MAIL), "gupt_chaabi": L(PW, CRED),
            "janam_tithi": L(DOB, BIRTH), "ling": L("mahila", GENDER),
            "pata": L(HOME["line"], ADDR), "nagar": L(HOME["town"], COARSE),
            "dharm": L("Vaidik (Arya Samaj)", REL), "samaj": L(MANDIR["id"], REL),
            "pati": L(HUSBAND[0], NAMEC), "sabhasad": L(SABHASAD, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "yagyashala-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/havan/slot", headers=_h(rng, **b), query={
            "samaj": L(MANDIR["id"], REL), "tithi": "2026-01-18"}),
        case(f, f"{a}/v1/havan/buking", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "sthan": "ghar", "pata": L(HOME["line"], ADDR),
            "yajman": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "avsar": L("Kavya ke janamdin ka havan", f"{TEXT}|{REL}"),
            "samagri": True, "rakam": L(1100, BUY), "purohit": "ac_vedpal"}),
        case(f, f"{a}/v1/sanskar", headers=_h(rng, **b), body={
            "sanskar": L("yagyopavit", REL), "tithi": "2026-02-15",
            "bachcha": {"naam": L(DAUGHTER["first"], NAMEC), "khandani_naam": L(DAUGHTER["last"],
                                                                              NAMEC),
                        "janam_tithi": L(DAUGHTER["dob"], BIRTH),
                        "ling": L(DAUGHTER["sex"], GENDER)},
            "sabhasad": L(SABHASAD, UID), "dakshina": L(2100, BUY)}),
        case(f, f"{a}/v1/vivah_praman/nakal", fmt="form", headers=_h(rng, **b), body={
            "praman_nambar": L(CERT, UID), "pati": L(HUSBAND[0], NAMEC),
            "patni": L(f"{FIRST} {LAST}", NAMEC), "vivah_tithi": "2014-02-14",
            "shuddhi": L("2014-02-10", REL), "karan": "passport"}),
        case(f, f"{a}/v1/satsang/haajri", headers=_h(rng, **b), body={
            "satsang": L("Ravivar satsang", REL), "tithi": "2026-01-11",
            "sthan": {"lat": mla, "lon": mlo},
            "mandir": {"lat": MANDIR["lat"], "lon": MANDIR["lon"]}}),
        case(f, f"{a}/v1/daan", fmt="form", headers=_h(rng, **b), body={
            "kosh": L("yagyashala-nirman", REL), "rakam": L("5100", BUY), "pan": L(PAN, NID),
            "method": L(opaque(rng, "pm_", 24), PAY), "gupt": "nahi"}),
        case(f, f"{a}/v1/prarthana", headers=_h(rng, **b), body={
            "prarthana": L(f"Mere dewar {DEWAR[0]} ki nashe se mukti ke liye havan mein "
                           "prarthana karo", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "dikhe": "acharya"}),
        case(f, f"{a}/v1/swadhyay/judo", headers=_h(rng, **b), body={
            "mandal": L("Satyarth Prakash path, Budhwar", REL),
            "sabhasad": L(SABHASAD, UID)}),
        multipart(f, f"{a}/v1/tasveer", [
            ("tasveer", "ravivar_havan.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "album": "makar-sankranti-2026",
                "shirshak": L("Kavya aur Naveen ke saath havan", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sandesh", headers=_h(rng, **b), body={
            "kisko": "ac_vedpal",
            "sandesh": L("Acharya ji, yagyopavit ke din meri saas Santosh Devi "
                         "bhi aavengi, unke liye kursi rakhna", f"{TEXT}|{REL}|{NAMEC}")}),
        member,
        case(f, f"{a}/v1/rasid/latest", headers=_h(rng, how="none"), cookies={
            "ys_sess": L(opaque(rng, "", 40), CRED), "ys_dev": L(INSTALL_ID, DID),
            "ys_req": rid(rng)}),
        case(f, f"{a}/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("havan samagri ghar tak", SEARCH)}),
        case(f, f"{a}/v1/parv", headers=_h(rng, **b), query={
            "varsh": "2026", "kism": "vaidik"}),
        case(f, f"{a}/v1/samagri/order", fmt="msgpack", headers=_h(rng, **b), body={
            "cheez": [{"naam": "havan samagri 1kg", "daam": 180, "ginti": 2},
                      {"naam": "desi ghee 500g", "daam": 390, "ginti": 1}],
            "rakam": L(750, BUY), "pata": L(HOME["line"], ADDR),
            "nagar": L(HOME["town"], COARSE), "pin": L(HOME["pin"], COARSE)}),
        case(f, f"{a}/v1/shulk", headers=_h(rng, **b), body={
            "sabhasad": L(SABHASAD, UID), "varsh": 2026, "rakam": L(600, BUY),
            "upi": L(VPA, PAY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/v1/ghatna", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("havan_booked", 1), ev("screen", 2, screen=L("Sanskar", USAGE)),
                ev("daan", 3, kosh=L("yagyashala-nirman", REL))]}),
    ]


def yagyashala_sdks() -> list[Case]:
    rng = random.Random(30612)
    return [
        cp_batch(APP, rng, [("Havan Booked", {"rakam": L(1100, BUY)}),
                            ("Satsang Attended", {"satsang": L("Ravivar satsang", REL)})],
                 at=MANDIR_FIX, nd=2, locale="hi_IN"),
        cp_identify(APP, rng, {"samaj": L(MANDIR["name"], REL), "sabhasad": L(SABHASAD, UID),
                               "nagar": L("Rohtak", COARSE)}),
        cp_pixel(APP, rng, "Panchang Opened", {"tithi": "2026-01-14"}),
        ht_event(APP, rng, "donation", {"kosh": L("yagyashala-nirman", REL)}, revenue=5100.0,
                 currency="INR"),
        tf_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/daan"),
                 [tf_crumb("nav", "Home -> Daan"), tf_crumb("tap", "daan_button")],
                 screen="DaanActivity"),
        dp_register(APP, rng, at=HOME_AT, nd=2, lang="hi",
                    tags={"samaj": L("Arya Samaj Model Town", REL), "satsang": "ravivar"}),
        hc_save(APP, rng, {"analytics": True, "marketing": False}),
        ck_card(APP, rng, email=True),
        ck_confirm(APP, rng, "5100.00"),
        gm_route(APP, rng, [(HOME_AT, PRECISE), ((MANDIR["lat"], MANDIR["lon"]), None)],
                 mode="driving"),
        bd_message(APP, rng, L("Daan ki 80G rasid email pe na aayi", f"{TEXT}|{REL}"),
                   {"sabhasad": L(SABHASAD, UID)}),
    ]
