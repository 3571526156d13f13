"""A university's distance-education student app "Dur Padhai" (a fictional hill university's
distance centre at Chauras across the river from Srinagar; she is in the first year of an MA in
Garhwali folk culture by distance, with weekend counselling at the study centre and a fieldwork
file of recorded songs). Its API's keys are Garhwali with the Hindi academic words a Garhwali
developer uses, ASCII-folded, camelCase: ``vidyarthi`` student, ``namankanNambar`` enrolment
number, ``naun``/``thar``, ``patiKoNaun`` husband's name (the form's "husband's/father's
name"), ``jalamTithi``, ``ling``, ``phon``, ``gupatShabd`` password, ``rashtriyata``
nationality, ``ociNambar`` OCI card, ``thikanu``, ``pin``, ``shulk`` fee, ``satra`` session,
``vishay`` course, ``lekh`` assignment, ``kshetraKarya`` fieldwork, ``gayak`` singer,
``anumati`` permission, ``kendra`` study centre, ``hajiri`` attendance, ``parikshaKendra`` exam
centre, ``pravesh_patra`` admit card, ``parinam`` result, ``ank`` marks, ``charcha`` forum,
``salahkar`` counsellor, ``tippani`` notes, ``pustakalay`` library: registration (her OCI card),
the fee paid, an OAuth password grant, ``/mi``, courses, an assignment (PDF), a field recording
(M4A) with the singer's permission, the study-centre check-in with her fix, the exam form, the
admit card by enrolment number in the path, results, a library search, a forum post, a message
to the counsellor, a protobuf lecture-progress beat, notes (msgpack), a transcript for her
sister, push, events and a log-out. Student portals exist in earlier sets; none for distance
education ("distance education", "distance learning", "correspondence course" matched no
docstring)."""

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
    M4A,
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
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families302_kit import (
    CENTRE,
    CENTRE_FIX,
    ENROL,
    HOME,
    HUSBAND,
    OCI,
    SISTER_US,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families302_sdk import (
    bp_bid,
    bp_notice,
    cr_crash,
    cr_crumb,
    mb_batch,
    mb_pixel,
    tk_event,
    tk_launch,
    tk_link,
)
from eval_families302_svc import cb_card, cb_confirm, cs_save, hj_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("durpadhai", "Dur Padhai", "com.example.durpadhai", "5.4.2",
          "https://api.durpadhai.example.org")
IID = "X-DP-Install"
PW = "Lokgeet!Chauras25"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
SINGER = ("Shiv Lal Bhandari", "+919719004412")  # the jagariya she recorded, typed by her


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def durpadhai() -> list[Case]:
    rng = random.Random(30261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), namankan=L(ENROL, UID),
                                    role="student"))}
    cla, clo = fix(CENTRE_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(ENROL, UID)), (2, "MAGF-102-L07"), (3, L(1312, USAGE)),
               (4, L(2700, USAGE)), (5, 1771200000)], "", lab)
    admit = at_path(case(f, f"{a}/api/vidyarthi/{ENROL}/pravesh_patra", headers=_h(rng, **b),
                         query={"satra": "2026-june"}), ENROL, UID)
    return [
        case(f, f"{a}/api/vidyarthi/panjikaran", headers=_h(rng), body={
            "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC),
            "patiKoNaun": L(HUSBAND[0], NAMEC), "jalamTithi": L(DOB, BIRTH),
            "ling": L("mahila", GENDER), "email": L(EMAIL_MIXED, MAIL), "phon": L(E164, TEL),
            "gupatShabd": L(PW, CRED), "rashtriyata": "USA", "ociNambar": L(OCI, NID),
            "thikanu": L(HOME["line"], ADDR), "sahar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE), "vishay": "MA-GF", "kendra": CENTRE["id"],
            "namankanNambar": L(ENROL, UID)}),
        case(f, f"{a}/api/shulk", fmt="form", headers=_h(rng, **b), body={
            "namankanNambar": L(ENROL, UID), "satra": "2025-26", "rakam": L("14200", BUY),
            "mudra": "INR", "card_ke_antim_char": L("4444", PAY),
            "bhugtan_vidhi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "durpadhai-app"}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/vishay", headers=_h(rng, **b), query={
            "namankan": L(ENROL, UID), "varsh": "1"}),
        multipart(f, f"{a}/api/lekh", [
            ("file", "MAGF102_lekh2.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"namankanNambar": L(ENROL, UID),
                                                "prashnapatra": "MAGF-102", "lekh": 2})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/kshetraKarya/rikarding", [
            ("audio", "jagar_chamdhar.m4a", "audio/mp4", L(M4A + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "namankanNambar": L(ENROL, UID), "gaun": L(VILLAGE["name"], COARSE),
                "gayak": {"naun": L(SINGER[0], NAMEC), "phon": L(SINGER[1], TEL)},
                "anumati": True,
                "tippani": L("Mera sasural ka kul devta ki jagar, raat 2, Narsingh ki gatha",
                             f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kendra/hajiri", headers=_h(rng, **b), body={
            "namankanNambar": L(ENROL, UID), "kaksha": obj(rng, "cl"),
            "mero_thau": {"lat": cla, "lng": clo},
            "kendra": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lng": CENTRE["lon"]}}),
        case(f, f"{a}/api/pariksha/form", headers=_h(rng, **b), body={
            "namankanNambar": L(ENROL, UID), "satra": "2026-june",
            "prashnapatra": ["MAGF-101", "MAGF-102", "MAGF-103"],
            "parikshaKendra": "pk_srinagar_01", "shulk": L(1500, BUY)}),
        admit,
        case(f, f"{a}/api/parinam", headers=_h(rng, **b), query={
            "namankanNambar": L(ENROL, UID), "satra": "2025-dec"}),
        case(f, f"{a}/api/pustakalay/khoj", headers=_h(rng, **b), query={
            "q": L("Garhwali jagar gatha sangrah", SEARCH), "panna": "2"}),
        case(f, f"{a}/api/charcha", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "vishay": "MAGF-102",
            "post": L("Mera anubhav ch ki ghadyala ma jagariya pehli raat sirf devta ku nyuto "
                      "dinda. Kya kisi ku Pandavani ka bare ma pata ch?", TEXT)}),
        case(f, f"{a}/api/salahkar/sandesu", headers=_h(rng, **b), body={
            "ko": "cns_gf_02",
            "sandesu": L("Madam, meri rikarding 180 MB ki ch, upload nahi honi. Kya pen drive "
                         "ma kendra laun?", TEXT)}),
        case(f, f"{a}/api/salahkar/samay", fmt="form", headers=_h(rng, **b), body={
            "namankanNambar": L(ENROL, UID), "slot": obj(rng, "sl"), "kendra": CENTRE["id"],
            "madhyam": "video"}),
        multipart(f, f"{a}/api/vidyarthi/photo", [
            ("photo", "id_photo.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("meta", None, "application/json", {"namankanNambar": L(ENROL, UID),
                                                "upyog": "pahchan_patra"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/vyakhyan/pragati", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tippani/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "namankanNambar": L(ENROL, UID), "tippani": [
                {"id": obj(rng, "nt"), "vyakhyan": "MAGF-102-L07",
                 "paath": L("Thadya geet: Basant Panchami se, gol ghera, mahila", TEXT)},
                {"id": obj(rng, "nt"), "vyakhyan": "MAGF-103-L02",
                 "paath": L("Mangal geet byo ma — sasu ji se puchan", TEXT)}]}),
        case(f, f"{a}/api/transcript", headers=_h(rng, **b), body={
            "namankanNambar": L(ENROL, UID),
            "prapt_karta": {"naun": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "shulk": L(300, BUY)}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ghatna", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("lekh_jama", 1), ev("screen", 2, screen=L("Parinam", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, how="none"), cookies={
            "dp_sesan": L(opaque(rng, "", 40), CRED), "dp_install": L(INSTALL_ID, DID)}, body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "req": rid(rng)}),
    ]


def durpadhai_sdks() -> list[Case]:
    rng = random.Random(30262)
    link = U("https://durpadhai.example.org/r", {"namankan": L(ENROL, UID), "ref": "mail",
                                                 "em": L(EMAIL, MAIL)})
    return [
        mb_batch(APP, rng, [("Assignment Submitted", {"paper": "MAGF-102"}),
                            ("Fee Paid", {"amount": L(14200, BUY)})], at=CENTRE_FIX, nd=2),
        mb_pixel(APP, rng, "Result Opened", {"session": "2025-dec"}),
        tk_launch(APP, rng, first=True, user=True),
        tk_link(APP, rng, link),
        tk_event(APP, rng, "fee_paid", {"session": "2025-26"}, revenue=14200.0, hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="books,exam,garhwali"),
        bp_notice(APP, rng, "imp"),
        cr_crash(APP, rng, ("java.io.IOException", "upload 180MB aborted"),
                 [cr_crumb("nav", "KshetraKarya -> Upload"),
                  cr_crumb("net", "POST", {"url": f"{APP.api}/api/kshetraKarya/rikarding",
                                           "status": 413})],
                 screen="UploadActivity"),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        cb_card(APP, rng, email=True),
        cb_confirm(APP, rng, "14200.00"),
        hj_message(APP, rng, L(f"Admit card for {ENROL} shows the wrong exam centre",
                               f"{TEXT}|{UID}"), {"namankan": L(ENROL, UID)}),
    ]
