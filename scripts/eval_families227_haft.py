"""A Kashubian embroidery school's course app "Wzorzëk" (a studio in Żukowo teaching the Żukowo
school of Kashubian embroidery in evening courses; its API's keys are Kashubian, ASCII-folded,
with English ``email``, ``token``, ``id``: ``student``, ``miono``, ``nozwesko``, ``telefon``,
``parola``, ``gard``, ``kurs`` course, ``poziom`` level, ``rata`` instalment, ``raty``
instalments, ``sema`` amount, ``placenk`` payment, ``zestaw`` kit, ``nitczi`` threads, ``farwe``
(farwë) colours, ``platno`` linen, ``bestelenk`` order, ``pozycje`` lines, ``cena`` price,
``dowoz`` delivery, ``odbiorca`` recipient, ``adresa`` street line, ``kod`` post code,
``lekcjo`` lesson, ``praca`` work, ``wzor`` (wzór) pattern, ``wyhaftowac`` to embroider,
``wystawa`` exhibition, ``tytul`` title, ``ocena`` rating, ``komentorz`` comment, ``szukoj``
search, ``czat``, ``certifikat``, ``darenk`` gift, ``zyczenia`` wishes, ``sztëczi`` stitches,
``rachunk`` bill): sign-up (her phone as she types it), a log-in, ``/ja``, the courses, an
enrolment in three instalments, the first instalment, a kit order with delivery, a lesson's
video, a check-in at the studio, a photo of her work, a custom pattern with her daughter's
name, an exhibition entry, a review, a search, the group chat, the certificate by student number
in the path, a gift voucher for her mother-in-law, an offline progress sync (JSON Lines), the
bill by cookie (a base64 JSON preferences cookie), push and events. New: "embroider" matched
only tailoring and uniform apps (sets 112, 117, 153: a name or pattern embroidered on an order)
and "haft" only inside other words; the craft neighbours (set 114's lace marketplace where she
sells, set 120's knitting-pattern subscription, set 166's church quilting circle) are other
crafts and shapes: this is a school's course app (instalments, lessons, studio attendance,
exhibition, certificate)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families227_kit import (
    DAUGHTER,
    KT_HOME,
    MOTHER_IL,
    STUDENT,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families227_sdk import (
    bm_bid,
    bm_notice,
    ch_session,
    mg_batch,
    mg_identify,
    mg_pixel,
    to_event,
    to_launch,
    to_link,
)
from eval_families227_svc import ps_card, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("wzorzek", "Wzorzek", "com.example.wzorzek", "1.3.5", "https://api.wzorzek.example.com")
IID = "X-Wzorzek-Device"
PW = "Tulipan$Zukowo7"
KIT_ORDER = "WZ-ZM-40712"  # the kit order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, csb=True, **kw)


def wzorzek() -> list[Case]:
    rng = random.Random(22751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), student=L(STUDENT, UID)))}
    sla, slo = fix(STUDIO_FIX)
    work = obj(rng, "pr")
    cert = at_path(case(f, f"{a}/api/certifikat/{STUDENT}", headers=_h(rng, **b)),
                   STUDENT, UID)
    return [
        case(f, f"{a}/api/konto", headers=_h(rng), body={
            "miono": L(FIRST, NAMEC), "nozwesko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(NATIONAL, TEL), "parola": L(PW, CRED),
            "gard": L(KT_HOME["town"], COARSE), "student": L(STUDENT, UID),
            "newsletter": False}),
        case(f, f"{a}/api/logowanie", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "parola": L(PW, CRED), "urzadzenie": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/kurse", headers=_h(rng, **b), query={
            "szkola": "zukowskô", "poziom": "zoczatk", "pracownia": STUDIO["id"]}),
        case(f, f"{a}/api/zapisy", headers=_h(rng, **b), body={
            "kurs": "zuk-podst-2026", "student": L(STUDENT, UID), "sema": L(390, BUY),
            "raty": 3, "zoczatk": "2026-01-08"}),
        case(f, f"{a}/api/placenk", fmt="form", headers=_h(rng, **b), body={
            "student": L(STUDENT, UID), "rata": "1", "sema": L("130.00", BUY),
            "waluta": "PLN", "metoda": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/zestaw/bestelenk", headers=_h(rng, **b), body={
            "bestelenk": L(KIT_ORDER, BUY),
            "pozycje": [{"towar": "platno-lniane-50x50", "cena": 38},
                        {"towar": "nitczi-7-farw-zukowo", "cena": 64},
                        {"towar": "tamborek-20", "cena": 22}],
            "sema": L(124, BUY),
            "dowoz": {"odbiorca": L(f"{FIRST} {LAST}", NAMEC), "adresa": L(KT_HOME["line"], ADDR),
                      "gard": L(KT_HOME["town"], COARSE), "kod": L(KT_HOME["post"], COARSE),
                      "paczkomat_zapasowi": "KRT02M"}}),
        case(f, f"{a}/api/lekcje/lk_0207/wideo", headers=_h(rng, **b), query={
            "student": L(STUDENT, UID), "jakosc": "720p"}),
        case(f, f"{a}/api/meldunek", headers=_h(rng, **b), body={
            "lekcjo": "lk_0207", "polozenie": {"szerzo": sla, "dlegosc": slo},
            "pracownia": {"id": STUDIO["id"], "szerzo": STUDIO["lat"], "dlegosc": STUDIO["lon"]},
            "student": L(STUDENT, UID)}),
        multipart(f, f"{a}/api/prace", [
            ("odjimk", "tulipan_1.jpg", "image/jpeg", L(JPEG + b"\x48", MEDIA)),
            ("meta", None, "application/json", {
                "praca": work, "student": L(STUDENT, UID), "wzor": "tulipan-zukowsczi",
                "uwoga": L("My first tulip, the dark blue thread keeps tangling", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/wzore/swojny", headers=_h(rng, **b), body={
            "wzor": "serce-i-tulipan", "wiolgosc_cm": 30,
            "wyhaftowac": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", f"{TEXT}|{NAMEC}"),
            "farwe": ["#1b3f8b", "#2f7bd1", "#6ab0e6", "#1e7b3a", "#f2c81d", "#c8102e",
                      "#3d2b1f"]}),
        case(f, f"{a}/api/wystawa/zgloszenie", fmt="form", headers=_h(rng, **b), body={
            "student": L(STUDENT, UID), "praca": work,
            "tytul": L("Serwetka dla teściowej", TEXT), "na_sprzedaz": "nie"}),
        case(f, f"{a}/api/ocena", headers=_h(rng, **b), body={
            "kurs": "zuk-podst-2026", "ocena": 5,
            "komentorz": L("Patient teacher, warm studio, the best coffee in Żukowo.", TEXT)}),
        case(f, f"{a}/api/szukanie", headers=_h(rng, **b), query={
            "szukoj": L("wzór żukowsczi serwetka tulipan", SEARCH)}),
        case(f, f"{a}/api/czat", headers=_h(rng, **b), body={
            "grupa": "zuk-podst-czw",
            "wiadomosc": L("I'll be 15 minutes late on Thursday, the train from Kartuzy is "
                           "delayed", f"{TEXT}|{COARSE}")}),
        cert,
        case(f, f"{a}/api/darenk", headers=_h(rng, **b), body={
            "odbiorca": {"miono": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
            "sema": L(150, BUY), "kod_bonu": opaque(rng, "WZB", 8),
            "zyczenia": L("Wesołëch Gòdów, Mamo! Now you can teach me at home too.", TEXT)}),
        lines(f, f"{a}/api/sync", [
            {"op": "postep", "praca": work, "sztecze": 412, "minute": 95,
             "student": L(STUDENT, UID)},
            {"op": "postep", "praca": work, "sztecze": 288, "minute": 70,
             "student": L(STUDENT, UID)},
            {"op": "odjimk", "praca": work, "plik": "tulipan_2.jpg"}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/rachunk/ostatny", headers=_h(rng, how="none"), cookies={
            "wz_sesja": L(opaque(rng, "", 40), CRED),
            "wz_prefs": W({"student": L(STUDENT, UID), "jazek": L("csb", DEV),
                           "motyw": "jasny"}, "b64json")}),
        case(f, f"{a}/api/urzadzenie", headers=_h(rng, **b), body=push(push_token(rng),
                                                                        "csb_PL")),
        case(f, f"{a}/api/wedarzenia", gz=True, headers=_h(rng, **b), body={
            "brekownik": L(USER_ID, UID), "wedarzenia": [
                ev("lekcjo_obejrzano", 1), ev("ekran", 2, ekran=L("MojePrace", USAGE))]}),
    ]


def wzorzek_sdks() -> list[Case]:
    rng = random.Random(22752)
    link = U("https://wzorzek.example.com/k", {"kurs": "zuk-podst-2026", "ref": "mail",
                                               "em": L(EMAIL, MAIL)})
    return [
        mg_batch(APP, rng, [("Course Enrolled", {"total": L(390, BUY)}),
                            ("Lesson Watched", {"lesson": "lk_0207"})], locale="csb_PL"),
        mg_identify(APP, rng, {"gard": L("Kartuzy", COARSE), "student": L(STUDENT, UID),
                               "poziom": "zoczatk"}),
        mg_pixel(APP, rng, "Pattern Opened", {"pattern": "tulipan-zukowsczi"}),
        to_launch(APP, rng, first=True),
        to_link(APP, rng, link),
        to_event(APP, rng, "purchase", {"bestelenk": L(KIT_ORDER, BUY)}, revenue=124.0,
                 hashed=True),
        bm_bid(APP, rng, {"native": {"ver": "1.2"}}, at=STUDIO_FIX, nd=2,
               keywords="embroidery,crafts,kashubia"),
        bm_notice(APP, rng, "imp"),
        ch_session(APP, rng, secs=1620),
        ps_card(APP, rng),
        ps_confirm(APP, rng, "130.00"),
    ]
